// FID: the Fréchet distance between the Gaussians of the two sets' features (pytorch-fid's calculate_frechet_distance).
import { defineMetricGroup, NON_NEGATIVE } from '../metric-def.js';
import { frechetDistanceFromFeatures } from '../fid.js';
import { frechetDistanceFromStats } from '../fid-stats.js';
import { countText } from '../../core/format.js';

/**
 * Whether FID takes the exact sample-space route from the features (both sets' features at hand and N ≤ d on either
 * side: the covariances are singular) rather than the route from the statistics.
 */
export function fidFromFeatures(
  real: { count: number; features?: Float32Array },
  generated: { count: number; features?: Float32Array },
  d: number,
): boolean {
  return Math.min(real.count, generated.count) <= d && !!real.features && !!generated.features;
}

export const fidGroup = defineMetricGroup({
  group: 'fid',
  selectable: true,
  byDefault: true,
  title: 'FID',
  needs: { source: 'pair' },
  metrics: [
    {
      name: 'fid',
      better: 'lower',
      label: 'FID',
      tableLabel: 'FID',
      domain: NON_NEGATIVE,
      interval: 'fid',
      settings: (d) => String(d.route ?? ''),
    },
  ],
  async compute({ real, generated, dim: d, notes }) {
    // a count of 0 is a statistics file that records none (pytorch-fid's mu/sigma): N unknown, no warning about it
    const known = (n: number) => n > 0;
    if ((known(real.count) && real.count <= d) || (known(generated.count) && generated.count <= d)) {
      notes.push(
        `WARNING: N (${countText(real.count)} real, ${countText(generated.count)} generated) is not above the feature dimension ${d}: the covariances are singular and FID is strongly biased upwards (and noisy). Gate on KID (unbiased at any N) rather than FID, or use N > ${d}; FIDs are only comparable at the same N`,
      );
    }
    // the exact sample-space route when features are at hand and the covariances are singular; else from the statistics
    const r =
      fidFromFeatures(real, generated, d) && real.features && generated.features
        ? await frechetDistanceFromFeatures(real.features, real.count, generated.features, generated.count, d)
        : await frechetDistanceFromStats(real, generated, d);
    return {
      fid: {
        value: r.fid,
        better: 'lower',
        details: {
          route: r.route,
          meanTerm: r.meanTerm,
          traceSigma1: r.traceSigma1,
          traceSigma2: r.traceSigma2,
          traceSqrtProduct: r.traceSqrtProduct,
          clampedEigenvalues: r.clampedEigenvalues,
        },
      },
    };
  },
});
