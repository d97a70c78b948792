// FD∞ (Chong & Forsyth 2020): FID extrapolated to infinite N by a 1/N fit (metrics/fd-infinity.ts).
import { defineMetricGroup, NON_NEGATIVE } from '../metric-def.js';
import { fdInfinity } from '../fd-infinity.js';

export const fdInfinityGroup = defineMetricGroup({
  group: 'fdinf',
  aliases: ['fd-inf', 'fid-inf'],
  selectable: true,
  byDefault: false,
  title: 'FD∞',
  needs: { source: 'pair', features: ['generated'] },
  metrics: [
    {
      name: 'fd-inf',
      aliases: ['fdinf', 'fid-inf', 'fdinfinity'],
      better: 'lower',
      label: 'FD∞',
      tableLabel: 'FD∞',
      domain: NON_NEGATIVE,
      settings: (d) => `FID at ${d.points ?? '?'} sizes, fit against 1/N`,
    },
  ],
  async compute({ real, generated, dim: d, seed, progress, notes }) {
    const r = await fdInfinity(real, generated.features!, generated.count, d, { seed, progress });
    if (generated.count <= 2 * d)
      notes.push(
        `FD∞: N generated (${generated.count}) is below 2 × d (${2 * d}): the 1/N fit is extrapolated from the small-N regime and is unreliable (R² = ${r.rSquared.toFixed(3)})`,
      );
    return {
      'fd-inf': {
        value: r.value,
        better: 'lower',
        details: {
          reference: 'Chong & Forsyth 2020',
          slope: r.slope,
          rSquared: r.rSquared,
          points: r.points.length,
          sizes: r.points.map((p) => p.n),
          fids: r.points.map((p) => p.fid),
          seed: r.seed,
        },
      },
    };
  },
});
