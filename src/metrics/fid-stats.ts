// FID from Gaussian statistics alone (mu/sigma), for statistics files. Checks that each sigma is a valid covariance
// matrix (math/covariance-check.ts: symmetric, positive semidefinite within the documented tolerances; a matrix read by
// readStatsNpz was already checked and is not factored again), then delegates to the fast symmetric-eigenvalue route of
// frechet.ts. A sigma whose reader deferred the semidefiniteness test goes to the distance unfactored: the distance
// certifies it on the way when it can, and what it leaves open is settled here, with the reader's error.
import { covarianceDefect, isSemidefinitePending, settleCovariance, settledOnError } from '../math/covariance-check.js';
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
    if (isSemidefinitePending(s.sigma)) continue;
    const defect = await covarianceDefect(s.sigma, d);
    if (defect) throw new InputError(`${name}: sigma ${defect}`, name);
  }
  const result = await settledOnError([a.sigma, b.sigma], () => frechetDistance(a.mu, a.sigma, b.mu, b.sigma, d));
  for (const s of [a, b]) await settleCovariance(s.sigma);
  return result;
}
