// KID: the unbiased MMD² with the cubic polynomial kernel (torch-fidelity's kid), over all pairs or seeded subsets.
import { defineMetricGroup, NON_NEGATIVE } from '../metric-def.js';
import { kidFull, kidSubsets } from '../kid.js';
import { KID_FULL_MAX_PAIRS } from '../../core/defaults.js';

export const kidGroup = defineMetricGroup({
  group: 'kid',
  selectable: true,
  byDefault: true,
  title: 'KID',
  needs: { source: 'pair', features: ['real', 'generated'] },
  metrics: [
    {
      name: 'kid',
      better: 'lower',
      label: 'KID',
      tableLabel: 'KID',
      domain: NON_NEGATIVE,
      interval: 'kid',
      settings: (d) =>
        d.mode === 'full' ? 'unbiased MMD², all pairs' : `${d.subsets} subsets of ${d.subsetSize}, seed ${d.seed}`,
    },
  ],
  async compute({ real, generated, dim: d, seed, settings, device }) {
    const mode =
      settings.kidMode && settings.kidMode !== 'auto'
        ? settings.kidMode
        : real.count * generated.count <= KID_FULL_MAX_PAIRS
          ? 'full'
          : 'subsets';
    if (mode === 'full') {
      const v = await kidFull(real.features!, real.count, generated.features!, generated.count, d, { device });
      return {
        kid: {
          value: v,
          better: 'lower',
          details: { mode: 'full', kernel: '(x·y/d + 1)^3', estimator: 'unbiased MMD²' },
        },
      };
    }
    const r = await kidSubsets(real.features!, real.count, generated.features!, generated.count, d, { seed, device });
    return {
      kid: {
        value: r.mean,
        std: r.std,
        better: 'lower',
        details: { mode: 'subsets', subsets: r.subsets, subsetSize: r.subsetSize, seed, kernel: '(x·y/d + 1)^3' },
      },
    };
  },
});
