// Precision and recall (Kynkäänniemi et al. 2019, k = 3) and density and coverage (Naeem et al. 2020, k = 5), with
// the semantics of the prdc package.
import { InputError } from '../../util/errors.js';
import { defineMetricGroup, NON_NEGATIVE, UNIT_INTERVAL } from '../metric-def.js';
import { prdcForEachK } from '../prdc.js';

const kSetting = (d: Record<string, unknown>) => `k=${d.k}`;

export const prdcGroup = defineMetricGroup({
  group: 'prdc',
  aliases: ['pr'],
  selectable: true,
  byDefault: true,
  title: 'precision/recall/density/coverage',
  needs: { source: 'pair', features: ['real', 'generated'] },
  metrics: [
    {
      name: 'precision',
      better: 'higher',
      label: 'Precision',
      tableLabel: 'precision (k=3)',
      domain: UNIT_INTERVAL,
      interval: 'precision',
      settings: kSetting,
    },
    {
      name: 'recall',
      better: 'higher',
      label: 'Recall',
      tableLabel: 'recall (k=3)',
      domain: UNIT_INTERVAL,
      interval: 'recall',
      settings: kSetting,
    },
    {
      name: 'density',
      better: 'higher',
      label: 'Density',
      tableLabel: 'density (k=5)',
      domain: NON_NEGATIVE,
      interval: 'density',
      settings: kSetting,
    },
    {
      name: 'coverage',
      better: 'higher',
      label: 'Coverage',
      tableLabel: 'coverage (k=5)',
      domain: UNIT_INTERVAL,
      interval: 'coverage',
      settings: kSetting,
    },
  ],
  async compute({ real, generated, dim: d, device }) {
    // k-th neighbour radii within each set need more than k other samples (prdc raises on fewer)
    for (const side of [real, generated]) {
      if (side.count <= 5)
        throw new InputError(
          `precision/recall/density/coverage need more than 5 images per set (k = 5 nearest neighbours); ${side.summary.source} has ${side.count}`,
          side.summary.source,
        );
    }
    // one pass over the distance tiles for both k
    const [pr3, dc5] = await prdcForEachK(real.features!, real.count, generated.features!, generated.count, d, [3, 5], {
      device,
    });
    return {
      precision: { value: pr3.precision, better: 'higher', details: { k: 3, reference: 'Kynkäänniemi et al. 2019' } },
      recall: { value: pr3.recall, better: 'higher', details: { k: 3, reference: 'Kynkäänniemi et al. 2019' } },
      density: { value: dc5.density, better: 'higher', details: { k: 5, reference: 'Naeem et al. 2020' } },
      coverage: { value: dc5.coverage, better: 'higher', details: { k: 5, reference: 'Naeem et al. 2020' } },
    };
  },
});
