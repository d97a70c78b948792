// FID from Gaussian statistics alone (mu/sigma), for statistics files. Checks that each sigma is a valid covariance
// matrix (math/covariance-check.ts: symmetric, positive semidefinite within the documented tolerances; a matrix read by
// readStatsNpz was already checked and is not factored again), then delegates to the fast symmetric-eigenvalue route of
// frechet.ts.
import { covarianceDefect } from '../math/covariance-check.js';
import { InputError } from '../util/errors.js';
import { frechetDistance, type FrechetResult } from './frechet.js';
import type { GaussianStats } from './stats.js';

export async function frechetDistanceFromStats(a: GaussianStats, b: GaussianStats, d: number): Promise<FrechetResult> {
  for (const [s, which] of [
    [a, 'first'],
    [b, 'second'],
  ] as const) {
    const name = (s as { source?: string }).source ?? `the ${which} statistics`;
    if (s.mu.length !== d || s.sigma.length !== d * d) {
      throw new InputError(
        `${name}: mu has ${s.mu.length} values and sigma ${s.sigma.length}, expected ${d} and ${d}×${d}`,
        name,
      );
    }
    const defect = await covarianceDefect(s.sigma, d);
    if (defect) throw new InputError(`${name}: sigma ${defect}`, name);
  }
  return frechetDistance(a.mu, a.sigma, b.mu, b.sigma, d);
}
