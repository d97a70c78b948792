// FD∞: the bias-free extrapolation of FID (M. J. Chong & D. Forsyth 2020, "Effectively Unbiased FID and Inception
// Score and where to find them", CVPR 2020, §3). FID computed from N generated samples is biased upward, and to
// first order the bias is linear in 1/N with a slope that depends on the generator:
//
//   FID_N = FD∞ + k/N + O(1/N²)
//
// so FID is computed at several N (the paper: 15 sizes evenly spaced over 5,000 … 50,000; its code takes
// np.linspace(5000, N, 15).astype(int32), and so do we, from minN), FID_N is fitted against
// x = 1/N by ordinary least squares, and the intercept at 1/N = 0 is reported as FD∞. The real statistics stay
// those of the whole reference set at every size, as in the paper.
//
// Subsets: one permutation of the generated rows from RandomState(seed) (NumPy's legacy stream, numpy-random.ts;
// `np.random.RandomState(seed).permutation(N)[:n]` gives the same rows in Python), and size n takes its first n rows.
// Nested prefixes let the statistics be accumulated once, in one pass, instead of per size. (The paper's code draws
// an independent shuffle per size; nesting correlates the points' noise, which leaves the fit unbiased.)
//
// Default minN = ⌈N/10⌉: the paper's 5,000 of 50,000. A wider range of 1/N gives the fit more leverage, but the 1/N
// law is the first term of an expansion in the sampling error of Σ̂₂ (relative size ~√(d/N)), so the smallest size
// should stay well above d; the paper's 5,000 is 2.4 d for pool3.
//
// Two routes per size, both exact up to rounding:
//   * n > d: the statistics route — StatsAccumulator's snapshot of the prefix, then frechetDistanceFromStats
//     (Cholesky + d × d eigenvalues, ≈ 1.7 s at d = 2048 on a 2-core machine).
//   * n ≤ d: the sample-space route. With B the centred prefix (n × d), Σ̂₂ = BᵀB/(n−1), the non-zero eigenvalues of
//     Σ₁Σ̂₂ are those of the n × n PSD matrix K = B Σ₁ Bᵀ/(n−1), so tr √(Σ₁Σ̂₂) = Σ √λᵢ(K). This is fid.ts's
//     identity with the real side given as statistics (Σ₁) rather than rows. G = X Σ₁ Xᵀ over the largest such
//     prefix X is formed once (two MatMuls), and each size takes G's leading n × n block, double-centred
//     (B = (I − 11ᵀ/n) X). Cheaper than the d × d work, and it has one structurally zero eigenvalue (the centring)
//     where the statistics route's rank-deficient d × d product has d − n + 1, each adding √ε-level noise to Σ √λ.
import { InputError } from '../util/errors.js';
import { firstNonFinite } from '../util/first-non-finite.js';
import { frechetDistanceFromStats } from './fid-stats.js';
import { matmulABt } from '../math/gram.js';
import { symmetricEigenvaluesTwoStage } from '../math/symmetric-eigen.js';
import { RandomState } from './numpy-random.js';
import { StatsAccumulator, type GaussianStats } from './stats.js';
import { DEFAULT_ANALYSIS_SEED } from '../core/defaults.js';

export interface FdInfinityOptions {
  /** Number of subset sizes (default 15, as the paper; at least 2, and ≥ 10 is advisable for a stable fit). */
  points?: number;
  /** Smallest subset size (default ⌈N/10⌉, the paper's 5,000 of 50,000; at least 2). */
  minN?: number;
  /** Seed of the permutation (default 2020, as kid.ts). */
  seed?: number;
  /** One line per size. */
  progress?: (line: string) => void;
}

export interface FdInfinityPoint {
  n: number;
  fid: number;
  /** 'statistics' (n > d) or 'sample-space' (n ≤ d). */
  route: 'statistics' | 'sample-space';
  /**
   * Wall time of this size: for the statistics route, accumulating its new rows + snapshot + FID; the first
   * sample-space point includes the Gram matrix X Σ₁ Xᵀ that they share.
   */
  seconds: number;
}

export interface FdInfinityResult {
  /** FD∞: the least-squares intercept of FID_N on 1/N. */
  value: number;
  /** k of FID_N ≈ FD∞ + k/N. */
  slope: number;
  /** Coefficient of determination of the fit (1 when every point lies on the line). */
  rSquared: number;
  points: FdInfinityPoint[];
  seed: number;
  /** Wall time of the whole call. */
  seconds: number;
}

export const FD_INFINITY_DEFAULT_POINTS = 15;
export const FD_INFINITY_DEFAULT_SEED = DEFAULT_ANALYSIS_SEED;

/** Rows gathered per StatsAccumulator.add call. */
const GATHER_ROWS = 512;

/**
 * Checks fdInfinity's inputs, in this order: the dimension, the reference statistics, points, the generated rows,
 * minN and seed; returns points, minN and seed with their defaults filled in.
 */
function checkedSettings(
  real: GaussianStats,
  generated: Float32Array,
  N: number,
  d: number,
  opts: FdInfinityOptions,
): { points: number; minN: number; seed: number } {
  if (!Number.isInteger(d) || d < 1)
    throw new InputError(`FD∞: feature dimension must be a positive integer, got ${d}`);
  if (real.dim !== d || real.mu.length !== d || real.sigma.length !== d * d) {
    throw new InputError(
      `FD∞: the reference statistics have dimension ${real.dim} (mu ${real.mu.length}, sigma ${real.sigma.length} values), the generated features ${d}`,
      'real',
    );
  }
  // the sample-space route never reaches frechet.ts's own check
  for (const [name, v] of [
    ['mu', real.mu],
    ['sigma', real.sigma],
  ] as const) {
    const i = firstNonFinite(v);
    if (i >= 0) throw new InputError(`FD∞: the reference ${name} contains a non-finite value at index ${i}`, 'real');
  }
  const points = opts.points ?? FD_INFINITY_DEFAULT_POINTS;
  if (!Number.isInteger(points) || points < 2)
    throw new InputError(`FD∞: points must be an integer ≥ 2 (a line needs two), got ${points}`, 'points');
  // the smallest N that allows `points` distinct sizes starting at 2 (np.cov needs two rows)
  const minRows = points + 1;
  if (!Number.isInteger(N) || N < minRows)
    throw new InputError(
      `FD∞: needs at least ${minRows} generated rows for ${points} distinct subset sizes from 2 up, got ${N}`,
      'generated',
    );
  if (generated.length !== N * d)
    throw new InputError(
      `FD∞: generated features have ${generated.length} values, expected ${N} × ${d} = ${N * d}`,
      'generated',
    );
  const bad = firstNonFinite(generated);
  if (bad >= 0)
    throw new InputError(
      `FD∞: generated features contain a non-finite value at row ${Math.floor(bad / d)}`,
      'generated',
    );
  const maxMinN = N - (points - 1);
  const minN = opts.minN ?? Math.min(maxMinN, Math.max(2, Math.ceil(N / 10)));
  if (!Number.isInteger(minN) || minN < 2 || minN > maxMinN) {
    throw new InputError(
      `FD∞: minN must be an integer in [2, ${maxMinN}] (N = ${N} with ${points} distinct sizes), got ${minN}`,
      'minN',
    );
  }
  const seed = opts.seed ?? FD_INFINITY_DEFAULT_SEED;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new InputError(`FD∞: seed must be an integer in [0, 2^32), got ${seed}`, 'seed');
  return { points, minN, seed };
}

/**
 * The subset sizes: np.linspace(minN, N, points).astype(int32), operation for operation (k·step + start,
 * last = stop); step ≥ 1, so truncation keeps the sizes distinct and increasing.
 */
function subsetSizes(N: number, minN: number, points: number): number[] {
  const step = (N - minN) / (points - 1);
  return Array.from({ length: points }, (_, k) => (k === points - 1 ? N : Math.trunc(k * step + minN)));
}

/**
 * FID of each prefix size in `sizes` (ascending, all > d) through the statistics route: the prefix rows (in `perm`
 * order) accumulated once, a snapshot and frechetDistanceFromStats per size, to `report`.
 */
async function statisticsPoints(
  real: GaussianStats,
  generated: Float32Array,
  perm: Int32Array,
  sizes: number[],
  d: number,
  report: (p: FdInfinityPoint) => void,
): Promise<void> {
  const acc = new StatsAccumulator(d);
  const buf = new Float32Array(GATHER_ROWS * d);
  let done = 0;
  for (const n of sizes) {
    const t = performance.now();
    while (done < n) {
      const m = Math.min(GATHER_ROWS, n - done);
      for (let r = 0; r < m; r++) {
        const src = perm[done + r] * d;
        buf.set(generated.subarray(src, src + d), r * d);
      }
      await acc.add(buf, m);
      done += m;
    }
    const f = await frechetDistanceFromStats(real, await acc.snapshot(), d);
    report({ n, fid: f.fid, route: 'statistics', seconds: (performance.now() - t) / 1000 });
  }
}

/**
 * FD∞ of `generated` (nGenerated × d, row-major) against the reference statistics `real`.
 * Sizes: np.linspace(minN, nGenerated, points).astype(int32), the paper code's choice (the last is nGenerated).
 */
export async function fdInfinity(
  real: GaussianStats,
  generated: Float32Array,
  nGenerated: number,
  d: number,
  opts: FdInfinityOptions = {},
): Promise<FdInfinityResult> {
  const t0 = performance.now();
  const N = nGenerated;
  const { points, minN, seed } = checkedSettings(real, generated, N, d, opts);
  const sizes = subsetSizes(N, minN, points);
  const perm = new RandomState(seed).permutation(N);
  const progress = opts.progress;
  if (progress && minN <= d)
    progress(
      `FD∞: the smallest subset (${minN} rows) is not above d = ${d}; FID_N is linear in 1/N only for N ≫ d (check R²)`,
    );

  let traceSigma1 = 0;
  for (let i = 0; i < d; i++) traceSigma1 += real.sigma[i * d + i];
  const results: FdInfinityPoint[] = [];
  const report = (p: FdInfinityPoint): void => {
    results.push(p);
    progress?.(
      `FD∞ ${results.length}/${points}: N = ${p.n}, FID = ${p.fid.toFixed(6)} (${p.route}, ${p.seconds.toFixed(2)} s)`,
    );
  };

  const small = sizes.filter((n) => n <= d);
  if (small.length) await sampleSpacePoints(real, generated, perm, small, d, traceSigma1, report);
  const large = sizes.filter((n) => n > d);
  if (large.length) await statisticsPoints(real, generated, perm, large, d, report);

  const fit = leastSquares(
    results.map((p) => 1 / p.n),
    results.map((p) => p.fid),
  );
  return {
    value: fit.intercept,
    slope: fit.slope,
    rSquared: fit.rSquared,
    points: results,
    seed,
    seconds: (performance.now() - t0) / 1000,
  };
}

/** FID of each prefix size in `sizes` (ascending, all ≤ d) through the n × n sample-space eigenproblem, to `report`. */
async function sampleSpacePoints(
  real: GaussianStats,
  rows: Float32Array,
  perm: Int32Array,
  sizes: number[],
  d: number,
  traceSigma1: number,
  report: (p: FdInfinityPoint) => void,
): Promise<void> {
  let t = performance.now();
  const nMax = sizes[sizes.length - 1];
  // shift by the prefix mean: double-centring ignores any common shift, and this one keeps G's entries near the
  // size of the centred ones (no digits lost to a large feature mean in G − row means − column means)
  const c = new Float64Array(d);
  for (let i = 0; i < nMax; i++) {
    const o = perm[i] * d;
    for (let j = 0; j < d; j++) c[j] += rows[o + j];
  }
  for (let j = 0; j < d; j++) c[j] /= nMax;
  const x = new Float64Array(nMax * d);
  for (let i = 0; i < nMax; i++) {
    const o = perm[i] * d;
    for (let j = 0; j < d; j++) x[i * d + j] = rows[o + j] - c[j];
  }
  // G = X Σ₁ Xᵀ (Σ₁ symmetric, so X Σ₁ = X Σ₁ᵀ)
  const w = await matmulABt(x, real.sigma, nMax, d, d);
  const g = await matmulABt(w, x, nMax, d, nMax);

  const s1 = new Float64Array(d); // Σ (xᵢ − c) over the prefix
  let q = 0; // Σ ‖xᵢ − c‖²
  let done = 0;
  for (const n of sizes) {
    for (; done < n; done++)
      for (let j = 0; j < d; j++) {
        const v = x[done * d + j];
        s1[j] += v;
        q += v * v;
      }
    let meanTerm = 0,
      s1sq = 0;
    for (let j = 0; j < d; j++) {
      meanTerm += (real.mu[j] - (c[j] + s1[j] / n)) ** 2;
      s1sq += s1[j] * s1[j];
    }
    const traceSigma2 = (q - s1sq / n) / (n - 1);
    // K = (I − 11ᵀ/n) G_n (I − 11ᵀ/n) / (n − 1), symmetrized
    const rowMean = new Float64Array(n);
    let grand = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < n; j++) s += g[i * nMax + j];
      rowMean[i] = s / n;
      grand += s;
    }
    grand /= n * n;
    const k = new Float64Array(n * n);
    const scale = 1 / (n - 1);
    for (let i = 0; i < n; i++)
      for (let j = i; j < n; j++) {
        const v = (0.5 * (g[i * nMax + j] + g[j * nMax + i]) - rowMean[i] - rowMean[j] + grand) * scale;
        k[i * n + j] = v;
        k[j * n + i] = v;
      }
    let traceSqrt = 0;
    for (const l of await symmetricEigenvaluesTwoStage(k, n)) if (l > 0) traceSqrt += Math.sqrt(l);
    report({
      n,
      fid: meanTerm + traceSigma1 + traceSigma2 - 2 * traceSqrt,
      route: 'sample-space',
      seconds: (performance.now() - t) / 1000,
    });
    t = performance.now();
  }
}

/** Ordinary least squares y ≈ intercept + slope·x in float64, on centred sums. */
export function leastSquares(x: number[], y: number[]): { intercept: number; slope: number; rSquared: number } {
  const n = x.length;
  let mx = 0,
    my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxx = 0,
    sxy = 0,
    syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx,
      dy = y[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let ssRes = 0;
  for (let i = 0; i < n; i++) ssRes += (y[i] - intercept - slope * x[i]) ** 2;
  // all FIDs equal: the flat line fits exactly
  const rSquared = syy > 0 ? 1 - ssRes / syy : 1;
  return { intercept, slope, rSquared };
}
