// IS: the Inception Score of the generated set's class logits, 10 splits in file order (the classic definition).
// Its domain starts at 1: the exp of a mean KL divergence, 1 when every image gets the same class distribution.
import { InputError } from '../../util/errors.js';
import { defineMetricGroup } from '../metric-def.js';
import { inceptionScore } from '../inception-score.js';
import { IS_SPLITS } from '../../core/defaults.js';

export const inceptionScoreGroup = defineMetricGroup({
  group: 'is',
  aliases: ['isc', 'inception-score'],
  selectable: true,
  byDefault: true,
  title: 'IS',
  needs: {
    source: 'pair',
    logits: true,
    extractor: { output: 'logits', requirement: "IS (Inception Score) needs the Inception network's class logits" },
  },
  metrics: [
    {
      name: 'is',
      aliases: ['isc', 'inception-score'],
      better: 'higher',
      label: 'IS',
      tableLabel: 'Inception Score',
      domain: [1, Infinity],
      settings: () => `${IS_SPLITS} splits, file order`,
    },
  ],
  async compute({ generated }) {
    const logits = generated.logits!;
    // 10 splits need at least 10 images (inceptionScore would otherwise throw a RangeError: an internal error)
    if (generated.count < IS_SPLITS)
      throw new InputError(
        `IS (Inception Score, ${IS_SPLITS} splits) needs at least ${IS_SPLITS} generated images; ${generated.summary.source} has ${generated.count}`,
        generated.summary.source,
      );
    const r = inceptionScore(logits, generated.count, logits.length / generated.count, { splits: IS_SPLITS });
    return {
      is: {
        value: r.mean,
        std: r.std,
        better: 'higher',
        details: { splits: IS_SPLITS, order: 'file order (classic definition)', logits: 'fc output with bias' },
      },
    };
  },
});
