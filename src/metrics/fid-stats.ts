// FID from Gaussian statistics alone (mu/sigma), for statistics files. Delegates to the fast symmetric-eigenvalue
// route of frechet.ts.
import { frechetDistance, type FrechetResult } from './frechet.js';
import type { GaussianStats } from './stats.js';

export function frechetDistanceFromStats(a: GaussianStats, b: GaussianStats, d: number): Promise<FrechetResult> {
  return frechetDistance(a.mu, a.sigma, b.mu, b.sigma, d);
}
