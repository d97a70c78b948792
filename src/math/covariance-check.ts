// Validity of a covariance matrix given from outside (a statistics file, or statistics handed to the Fréchet
// distance): finite, symmetric and positive semidefinite up to documented tolerances. pytorch-fid refuses such input
// too (scipy's sqrtm of an indefinite product has a large imaginary part and it raises); a Fréchet distance of an
// invalid covariance would be a number without meaning. Tolerances (docs/errors.md):
//   symmetric:     |σᵢⱼ − σⱼᵢ| ≤ 1e-6 · max |σ|
//   semidefinite:  every eigenvalue ≥ −1e-6 · tr σ, tested as: σ + 1e-6 · tr(σ) · I has a Cholesky factor (its
//                  rounding error, ≲ d·ε·‖σ‖, is far below the shift for any d this tool meets); a float32 rounding
//                  of a valid covariance (eigenvalues move by ≤ 2⁻²⁴·‖σ‖_F ≤ 6e-8 · tr σ) passes. A σ whose own
//                  Cholesky factorization succeeds (positive definite) passes without the shifted one, and its factor
//                  is kept for the Fréchet distance, which would compute the same one (validationFactor).
//                  A reader may defer this test (covarianceDefect's `deferred`): the Fréchet distance then settles it
//                  on the way, for free when it can (see certifySemidefinite), and settleCovariance runs the test
//                  for whatever is left.
//   magnitude:     every |σᵢⱼ| ≤ 2^400 (MAX_STATISTIC_MAGNITUDE; the same bound holds for μ): the distance's
//                  products (d² · max|σ|², d · max|μ|² for d ≤ 2^20) then stay finite in float64. Statistics of float32
//                  features never come near it (|μ| ≤ 3.4e38, |σ| ≤ 4.7e77); beyond it the distance would be Inf or
// NaN.
// A matrix of zeros (constant features) is valid.
import { choleskyLower } from './cholesky.js';
import { symmetricEigenvaluesTwoStage } from './symmetric-eigen.js';

export const SYMMETRY_TOLERANCE = 1e-6;
export const SEMIDEFINITE_TOLERANCE = 1e-6;

/** The largest |value| of mu or sigma accepted (2^400 ≈ 2.6e120): see the header. */
export const MAX_STATISTIC_MAGNITUDE = 2 ** 400;

/** What makes `values` (mu or sigma) non-finite or larger than MAX_STATISTIC_MAGNITUDE, or undefined. */
export function magnitudeDefect(values: Float64Array | Float32Array, d: number): string | undefined {
  const i = firstBeyondMagnitude(values);
  return i < 0 ? undefined : beyondMagnitude(values, d, i);
}

/**
 * Index of the first value that is NaN, ±Inf or beyond ±MAX_STATISTIC_MAGNITUDE, or −1. The loop builds no message:
 * a string template inside a loop over millions of values keeps some V8 versions (Node 20) from optimizing it.
 */
function firstBeyondMagnitude(values: Float64Array | Float32Array): number {
  for (let i = 0; i < values.length; i++) if (!(Math.abs(values[i]!) <= MAX_STATISTIC_MAGNITUDE)) return i;
  return -1;
}

function beyondMagnitude(values: Float64Array | Float32Array, d: number, i: number): string {
  const v = values[i]!;
  const at = values.length === d ? `[${i}]` : `[${Math.floor(i / d)}, ${i % d}]`;
  return Number.isFinite(v)
    ? `has ${v} at ${at}, beyond ±2^400: too large for the Fréchet distance in float64 (statistics of float32 features stay below 1e78)`
    : `contains ${v} at ${at}`;
}

/** What makes `sigma` (row-major d × d) non-finite, too large or non-symmetric beyond SYMMETRY_TOLERANCE, or undefined.
 * */
export function symmetryDefect(sigma: Float64Array, d: number): string | undefined {
  return isKnownValidCovariance(sigma) ? undefined : symmetryCheck(sigma, d).defect;
}

/** symmetryDefect's scan and result, with ‖σ − σᵀ‖_F (how far from symmetric an accepted σ is). */
function symmetryCheck(sigma: Float64Array, d: number): { defect: string | undefined; asymmetry: number } {
  const { maxAbs, worst, sumSquares } = symmetryScan(sigma, d);
  // the sum of squared differences cannot overflow for values within ±2^400; both triangles count
  return { defect: symmetryScanDefect(sigma, d, maxAbs, worst), asymmetry: Math.sqrt(2 * sumSquares) };
}

function symmetryScanDefect(sigma: Float64Array, d: number, maxAbs: number, worst: number): string | undefined {
  // NaN, ±Inf or a value beyond the bound: named by the first in row-major order
  if (!(maxAbs <= MAX_STATISTIC_MAGNITUDE)) return magnitudeDefect(sigma, d);
  if (worst <= SYMMETRY_TOLERANCE * maxAbs) return undefined;
  // the worst pair named is the first in row-major order among the largest differences
  for (let i = 0; i < d; i++) {
    for (let j = i + 1; j < d; j++) {
      if (Math.abs(sigma[i * d + j]! - sigma[j * d + i]!) === worst) {
        return `is not symmetric: [${i}, ${j}] = ${sigma[i * d + j]} but [${j}, ${i}] = ${sigma[j * d + i]} (tolerance ${SYMMETRY_TOLERANCE.toExponential(0)} × max |sigma|)`;
      }
    }
  }
  return undefined; // not reached: the largest difference is one of the pairs
}

/**
 * One pass over sigma in square tiles (so that the transposed reads stay in cache): max |σᵢⱼ| (NaN or Infinity when
 * a value is not finite, or beyond MAX_STATISTIC_MAGNITUDE) and max |σᵢⱼ − σⱼᵢ| over i < j.
 */
function symmetryScan(sigma: Float64Array, d: number): { maxAbs: number; worst: number; sumSquares: number } {
  let worst = 0,
    maxAbs = 0,
    sumSquares = 0;
  const failed = { maxAbs: Number.NaN, worst: Number.NaN, sumSquares: Number.NaN };
  for (let i = 0; i < d; i++) {
    const v = Math.abs(sigma[i * d + i]!);
    if (!(v <= MAX_STATISTIC_MAGNITUDE)) return failed;
    if (v > maxAbs) maxAbs = v;
  }
  for (let i0 = 0; i0 < d; i0 += SYMMETRY_TILE) {
    const i1 = Math.min(d, i0 + SYMMETRY_TILE);
    for (let j0 = i0; j0 < d; j0 += SYMMETRY_TILE) {
      const j1 = Math.min(d, j0 + SYMMETRY_TILE);
      for (let i = i0; i < i1; i++) {
        const ri = i * d;
        for (let j = Math.max(j0, i + 1); j < j1; j++) {
          const x = sigma[ri + j]!,
            y = sigma[j * d + i]!;
          const ax = Math.abs(x),
            ay = Math.abs(y);
          if (!(ax <= MAX_STATISTIC_MAGNITUDE && ay <= MAX_STATISTIC_MAGNITUDE)) return failed;
          if (ax > maxAbs) maxAbs = ax;
          if (ay > maxAbs) maxAbs = ay;
          const diff = Math.abs(x - y);
          sumSquares += diff * diff;
          if (diff > worst) worst = diff;
        }
      }
    }
  }
  return { maxAbs, worst, sumSquares };
}

/** Side of the tiles symmetryDefect compares (64 × 64 doubles: 32 KiB per tile and its transpose). */
const SYMMETRY_TILE = 64;

/** Covariances already found valid (by identity), so that a matrix read from a file is not factored twice. */
const valid = new WeakSet<Float64Array>();

/**
 * Covariances whose finiteness, symmetry and diagonal were checked but whose semidefiniteness test a reader deferred,
 * with the error that reader throws for a defect found later (settleCovariance).
 */
const deferred = new WeakMap<Float64Array, PendingTest>();

interface PendingTest {
  d: number;
  error: (defect: string) => Error;
  /** ‖σ − σᵀ‖_F: the test reads σ's lower triangle, a product may read the upper one. */
  asymmetry: number;
  /** The test once started (by settleCovariance or covarianceDefect), shared by every caller until it ends. */
  running?: Promise<string | undefined>;
}

/** The deferred test of `sigma`, started once; the entry goes when it ends (valid or not). */
function runPending(sigma: Float64Array, pending: PendingTest): Promise<string | undefined> {
  pending.running ??= semidefiniteDefect(sigma, pending.d).finally(() => deferred.delete(sigma));
  return pending.running;
}

/**
 * Whether covarianceDefect already found `sigma` (this very array) finite and symmetric: valid, or valid but for the
 * semidefiniteness test it deferred.
 */
export function isKnownValidCovariance(sigma: Float64Array): boolean {
  return valid.has(sigma) || deferred.has(sigma);
}

/** Whether `sigma`'s semidefiniteness test was deferred and is still to be settled. */
export function isSemidefinitePending(sigma: Float64Array): boolean {
  return deferred.has(sigma);
}

/** ‖σ − σᵀ‖_F of a matrix whose semidefiniteness test is pending (0 for an exactly symmetric one), else undefined. */
export function pendingAsymmetry(sigma: Float64Array): number | undefined {
  return deferred.get(sigma)?.asymmetry;
}

/**
 * Settles a deferred semidefiniteness test without running it, from a certificate that `sigma` is positive definite
 * found elsewhere: a Cholesky factorization of `sigma` with every pivot above d·ε·max diag σ (the test's own first
 * criterion), or the spectrum of M = L̃ᵀ σ L̃ for a nonsingular L̃ (the Fréchet distance's product) with every computed
 * eigenvalue above a bound on its error under the standard rounding model (metrics/frechet.ts): the exact M is then
 * positive definite, and so is σ, which is congruent to it (Sylvester's law of inertia). An ill-conditioned L̃ shrinks
 * M's eigenvalues below that bound, and σ is then tested.
 */
export function certifySemidefinite(sigma: Float64Array): void {
  if (deferred.delete(sigma)) valid.add(sigma);
}

/**
 * Runs `sigma`'s deferred semidefiniteness test, if it is still pending: throws the deferring reader's error for a
 * defect, else records the matrix as valid. A no-op for any other matrix.
 */
export async function settleCovariance(sigma: Float64Array): Promise<void> {
  const pending = deferred.get(sigma);
  if (!pending) return;
  const defect = await runPending(sigma, pending);
  if (defect) throw pending.error(defect);
}

/**
 * Runs `work`; should it throw, the deferred tests of `sigmas` run first (settleCovariance), so that an invalid
 * covariance is reported by its reader's error, as when it is tested on reading, rather than by what it caused.
 */
export async function settledOnError<T>(sigmas: readonly Float64Array[], work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    for (const sigma of sigmas) await settleCovariance(sigma);
    throw err;
  }
}

/**
 * Cholesky factors found while validating, by covariance: choleskyLower(sigma, d, { tolerance: choleskyTolerance })
 * with the default block width, exactly what the Fréchet distance's first route computes (metrics/frechet.ts takes
 * it from here instead of factoring the same matrix again).
 */
const factors = new WeakMap<Float64Array, Float64Array>();

/** The tolerance of the Fréchet distance's Cholesky route: a pivot ≤ d·ε·max diag σ means "not positive definite". */
export function choleskyTolerance(sigma: Float64Array, d: number): number {
  let maxDiag = 0;
  for (let i = 0; i < d; i++) maxDiag = Math.max(maxDiag, sigma[i * d + i]);
  return d * Number.EPSILON * maxDiag;
}

/** The factor choleskyLower(sigma, d, { tolerance: choleskyTolerance(sigma, d) }) computed by covarianceDefect, if any.
 * */
export function validationFactor(sigma: Float64Array): Float64Array | undefined {
  return factors.get(sigma);
}

/**
 * What makes `sigma` an invalid covariance matrix (non-finite, non-symmetric, negative variance, negative-definite or
 * indefinite beyond the tolerances above), or undefined when it is valid.
 *
 * With `deferred`, a matrix whose every other check passes and whose diagonal is positive is not factored yet: its
 * semidefiniteness test is left pending (isSemidefinitePending), to be certified by the Fréchet distance or run by
 * settleCovariance, which then throws `deferred(defect)` for a defect. A caller that defers must settle.
 */
export async function covarianceDefect(
  sigma: Float64Array,
  d: number,
  opts: { deferred?: (defect: string) => Error } = {},
): Promise<string | undefined> {
  if (valid.has(sigma)) return undefined;
  const pending = deferred.get(sigma);
  if (pending) return runPending(sigma, pending);
  const { defect: asym, asymmetry } = symmetryCheck(sigma, d);
  if (asym) return asym;
  let trace = 0,
    minDiag = Infinity,
    at = 0;
  for (let i = 0; i < d; i++) {
    const v = sigma[i * d + i];
    trace += v;
    if (v < minDiag) {
      minDiag = v;
      at = i;
    }
  }
  if (trace < 0) return `has a negative trace (${trace}): it is not a covariance matrix (negative-definite?)`;
  const shift = SEMIDEFINITE_TOLERANCE * trace;
  if (minDiag < -shift)
    return `has a negative variance on its diagonal ([${at}, ${at}] = ${minDiag}): it is not a covariance matrix`;
  if (trace === 0) {
    // every variance is 0: only the zero matrix is semidefinite
    for (let i = 0; i < sigma.length; i++)
      if (sigma[i] !== 0)
        return `has zero variances but a non-zero covariance at [${Math.floor(i / d)}, ${i % d}]: it is indefinite`;
    valid.add(sigma);
    return undefined;
  }
  if (minDiag > 0 && opts.deferred) {
    deferred.set(sigma, { d, error: opts.deferred, asymmetry });
    return undefined;
  }
  return semidefiniteDefect(sigma, d);
}

/**
 * The semidefiniteness part of covarianceDefect, for a finite symmetric `sigma` with a positive trace and no variance
 * below −shift.
 */
async function semidefiniteDefect(sigma: Float64Array, d: number): Promise<string | undefined> {
  let trace = 0,
    minDiag = Infinity;
  for (let i = 0; i < d; i++) {
    trace += sigma[i * d + i];
    minDiag = Math.min(minDiag, sigma[i * d + i]);
  }
  const shift = SEMIDEFINITE_TOLERANCE * trace;
  if (minDiag > 0) {
    // positive definite (every pivot above d·ε·max diag σ) implies semidefinite, and this factor is the one the
    // Fréchet distance needs; only a singular or indefinite σ goes on to the shifted test
    const l = await choleskyLower(sigma, d, { tolerance: choleskyTolerance(sigma, d) });
    if (l) {
      factors.set(sigma, l);
      valid.add(sigma);
      return undefined;
    }
  }
  const shifted = sigma.slice();
  for (let i = 0; i < d; i++) shifted[i * d + i] += shift;
  if (await choleskyLower(shifted, d)) {
    valid.add(sigma);
    return undefined;
  }
  let lowest = Infinity;
  for (const l of await symmetricEigenvaluesTwoStage(sigma, d)) lowest = Math.min(lowest, l);
  return `is not positive semidefinite: its smallest eigenvalue is ${lowest.toPrecision(4)}, below −${SEMIDEFINITE_TOLERANCE.toExponential(0)} × trace = ${(-shift).toExponential(3)} (indefinite)`;
}
