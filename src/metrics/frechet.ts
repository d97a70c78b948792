// Fréchet distance between two Gaussians given by their statistics alone (Heusel et al. 2017, "GANs trained by a
// two time-scale update rule converge to a local Nash equilibrium"; Dowson & Landau 1982 for the closed form):
//
//   FID = ‖μ₁ − μ₂‖² + tr Σ₁ + tr Σ₂ − 2 tr √(Σ₁^½ Σ₂ Σ₁^½)
//
// pytorch-fid 0.3 evaluates the last term as tr sqrtm(Σ₁Σ₂) with scipy's general (Schur) matrix square root. Here it
// is Σᵢ √max(λᵢ, 0) over the eigenvalues λᵢ of a SYMMETRIC positive semidefinite matrix with the same spectrum as
// Σ₁^½ Σ₂ Σ₁^½ — no general matrix square root, no complex arithmetic, no imaginary part to discard:
//
//   Σ₁ = L Lᵀ (Cholesky)  ⇒  M = Lᵀ Σ₂ L  is similar to  Σ₁ Σ₂ = L (Lᵀ Σ₂ L) L⁻¹,
//
// and Σ₁^½ Σ₂ Σ₁^½ is similar to Σ₁ Σ₂ as well (Σ₁^½ (Σ₁^½ Σ₂ Σ₁^½) Σ₁^{-½}), so eig(M) = eig(Σ₁^½ Σ₂ Σ₁^½).
// M's eigenvalues come from the two-stage symmetric reduction of src/math/symmetric-eigen.ts (dense → band through ORT
// float64 Gemms,
// band → tridiagonal by bulge chasing, root-free QL), eigenvalues only.
import { InputError } from '../util/errors.js';
import { firstNonFinite } from '../util/first-non-finite.js';
import { choleskyLower, pivotedCholesky } from '../math/cholesky.js';
import { congruence } from '../math/congruence.js';
import {
  certifySemidefinite,
  choleskyTolerance,
  isKnownValidCovariance,
  pendingAsymmetry,
  magnitudeDefect,
  symmetryDefect,
  validationFactor,
} from '../math/covariance-check.js';
import { symmetricEigenvaluesTwoStage, type TwoStageOptions } from '../math/symmetric-eigen.js';

export interface FrechetResult {
  fid: number;
  meanTerm: number;
  traceSigma1: number;
  traceSigma2: number;
  /** tr √(Σ₁^½ Σ₂ Σ₁^½) = Σ √max(λᵢ, 0). */
  traceSqrtProduct: number;
  /** Which factorization ran: "cholesky(sigma1)", "cholesky(sigma2)" or "pivoted-cholesky(sigma1, rank r)". */
  route: string;
  /** Eigenvalues of the PSD product that came out below 0 (rounding) and were counted as 0. */
  clampedEigenvalues: number;
  /** Wall time of the call. */
  seconds: number;
}

export interface FrechetOptions
  extends Pick<TwoStageOptions, 'bandwidth' | 'groupColumns' | 'workerMinSize' | 'timings'> {
  /** Block width of the Cholesky factorizations (default: src/math/cholesky.ts's). */
  choleskyBlock?: number;
}

/**
 * Refuses bad inputs of frechetDistance, in this order: the dimension; each array's length and finiteness; each
 * sigma's symmetry; each mu's magnitude.
 */
function checkFrechetInputs(
  mu1: Float64Array,
  sigma1: Float64Array,
  mu2: Float64Array,
  sigma2: Float64Array,
  d: number,
): void {
  if (!Number.isInteger(d) || d < 1)
    throw new InputError(`Fréchet distance: dimension must be a positive integer, got ${d}`);
  for (const [name, v, len] of [
    ['mu1', mu1, d],
    ['mu2', mu2, d],
    ['sigma1', sigma1, d * d],
    ['sigma2', sigma2, d * d],
  ] as const) {
    if (v.length !== len)
      throw new InputError(`Fréchet distance: ${name} has ${v.length} values, expected ${len} (d = ${d})`, name);
    if (len === d * d && isKnownValidCovariance(v)) continue; // finite and symmetric already
    const i = firstNonFinite(v);
    if (i >= 0) throw new InputError(`Fréchet distance: ${name} contains a non-finite value at index ${i}`, name);
  }
  for (const [name, s] of [
    ['sigma1', sigma1],
    ['sigma2', sigma2],
  ] as const) {
    const defect = symmetryDefect(s, d);
    if (defect) throw new InputError(`Fréchet distance: ${name} ${defect}`, name);
  }
  for (const [name, m] of [
    ['mu1', mu1],
    ['mu2', mu2],
  ] as const) {
    const defect = magnitudeDefect(m, d); // beyond ±2^400 ‖μ₁ − μ₂‖² overflows
    if (defect) throw new InputError(`Fréchet distance: ${name} ${defect}`, name);
  }
}

/** ‖μ₁ − μ₂‖², tr Σ₁, tr Σ₂ and the largest diagonal entry of each sigma, in one pass over the diagonals. */
function diagonalTerms(
  mu1: Float64Array,
  sigma1: Float64Array,
  mu2: Float64Array,
  sigma2: Float64Array,
  d: number,
): { meanTerm: number; traceSigma1: number; traceSigma2: number; maxDiag1: number; maxDiag2: number } {
  let meanTerm = 0,
    traceSigma1 = 0,
    traceSigma2 = 0,
    maxDiag1 = 0,
    maxDiag2 = 0;
  for (let i = 0; i < d; i++) {
    meanTerm += (mu1[i] - mu2[i]) ** 2;
    const s1 = sigma1[i * d + i],
      s2 = sigma2[i * d + i];
    traceSigma1 += s1;
    traceSigma2 += s2;
    maxDiag1 = Math.max(maxDiag1, s1);
    maxDiag2 = Math.max(maxDiag2, s2);
  }
  return { meanTerm, traceSigma1, traceSigma2, maxDiag1, maxDiag2 };
}

/**
 * The symmetric PSD matrix M (r × r) with the spectrum of Σ₁^½ Σ₂ Σ₁^½, by the first route of frechetDistance's list
 * that applies, and the route's name; `tc` is the lap timer, returned after the congruence lap.
 */
async function productMatrix(
  sigma1: Float64Array,
  sigma2: Float64Array,
  d: number,
  maxDiag1: number,
  maxDiag2: number,
  opts: FrechetOptions,
  tc: number,
): Promise<{ m: Float64Array; r: number; route: string; tc: number; l1?: Float64Array }> {
  const tol1 = d * Number.EPSILON * maxDiag1,
    tol2 = d * Number.EPSILON * maxDiag2;
  const timings = opts.timings;
  let m: Float64Array,
    r = d,
    route: string;
  // a covariance validated by math/covariance-check.ts may carry the very factor computed here (same tolerance and
  // the default block width)
  const factor = (s: Float64Array, tol: number) =>
    (opts.choleskyBlock === undefined && tol === choleskyTolerance(s, d) ? validationFactor(s) : undefined) ??
    choleskyLower(s, d, { tolerance: tol, blockSize: opts.choleskyBlock, timings });
  const l1 = maxDiag1 > 0 ? await factor(sigma1, tol1) : undefined;
  if (l1) {
    certifySemidefinite(sigma1); // positive definite: a deferred test of it is settled
    tc = lapTime(timings, 'cholesky', tc);
    m = await congruence(sigma2, l1, d, d, true);
    route = 'cholesky(sigma1)';
  } else {
    const l2 = maxDiag2 > 0 ? await factor(sigma2, tol2) : undefined;
    tc = lapTime(timings, 'cholesky', tc);
    if (l2) {
      certifySemidefinite(sigma2);
      m = await congruence(sigma1, l2, d, d, true);
      route = 'cholesky(sigma2)';
    } else {
      const { f, rank } = await pivotedCholesky(sigma1, d, tol1, { timings });
      tc = lapTime(timings, 'pivoted-cholesky', tc);
      r = rank;
      m = rank > 0 ? await congruence(sigma2, f, d, rank) : new Float64Array(0);
      route = `pivoted-cholesky(sigma1, rank ${rank})`;
    }
  }
  tc = lapTime(timings, 'congruence', tc);
  return { m, r, route, tc, l1 };
}

/**
 * A bound on how far the computed eigenvalues of M̃ (the congruence of Σ₂ by L̃, the computed Cholesky factor of Σ₁,
 * nonsingular and triangular) can lie from those of the exact L̃ᵀ Σ L̃, where Σ is the symmetric matrix of Σ₂'s lower
 * triangle (what the semidefiniteness test reads), under the standard rounding model:
 *   * the two products: |M̃ − L̃ᵀ Σ₂ L̃| ≤ γ₂ₙ |L̃ᵀ| |Σ₂| |L̃| elementwise for any order of summation (Higham, Accuracy and
 *     Stability of Numerical Algorithms, 2nd ed., §3.5), of 2-norm at most γ₂ₙ ‖L̃‖²_F ‖Σ₂‖_F, γₖ = kε / (1 − kε);
 *   * the products may read Σ₂'s upper triangle, and only M̃'s lower triangle is kept (mirrored): at most
 *     2 ‖L̃‖²_F ‖Σ₂ − Σ₂ᵀ‖_F more (0 for an exactly symmetric file);
 *   * the eigenvalues: those of M̃ + E with ‖E‖₂ ≤ c·n²·ε·‖M̃‖_F for orthogonal reductions and the QL iteration
 *     (GVL §8.3; Higham §19.3). c is assumed, not derived, at 16: the errors observed are ~1e-15 · ‖M̃‖.
 * The three add up (Weyl). undefined — no certificate — when a norm lies outside [2⁻⁴⁰⁰, 2⁴⁰⁰]: there underflow in
 * the products or in the reflectors' squares could exceed the model.
 */
function productEigenvalueErrorBound(
  l: Float64Array,
  sigma2: Float64Array,
  asymmetry: number,
  m: Float64Array,
  n: number,
): number | undefined {
  const sumSquares = (a: Float64Array) => {
    let s0 = 0,
      s1 = 0,
      i = 0;
    for (; i + 1 < a.length; i += 2) {
      s0 += a[i] * a[i];
      s1 += a[i + 1] * a[i + 1];
    }
    if (i < a.length) s0 += a[i] * a[i];
    return s0 + s1;
  };
  const l2 = sumSquares(l),
    s2 = Math.sqrt(sumSquares(sigma2)),
    m2 = Math.sqrt(sumSquares(m));
  const safe = (x: number) => x >= 2 ** -400 && x <= 2 ** 400;
  if (!(safe(l2) && safe(s2) && safe(m2))) return undefined;
  const eps = Number.EPSILON,
    gamma = (2 * n * eps) / (1 - 2 * n * eps);
  const bound = gamma * l2 * s2 + 2 * l2 * asymmetry + 16 * n * n * eps * m2;
  // the norms themselves round by a relative n·ε, far inside the factor of 16
  return bound * (1 + 4 * n * eps);
}

/**
 * Fréchet distance from statistics: `mu1`, `mu2` (length d) and `sigma1`, `sigma2` (row-major d × d, symmetric),
 * float64, not modified.
 *
 * Routes, tried in this order:
 *   1. `cholesky(sigma1)`: Σ₁ = L Lᵀ succeeds with every pivot above tol₁ = d·ε·max diag Σ₁ (Σ₁ numerically positive
 *      definite); eigenvalues of M = Lᵀ Σ₂ L (d × d).
 *   2. `cholesky(sigma2)`: otherwise the same with the roles swapped, Σ₂ = L Lᵀ and M = Lᵀ Σ₁ L, since
 *      eig(Σ₁Σ₂) = eig(Σ₂Σ₁).
 *   3. `pivoted-cholesky(sigma1, rank r)`: both singular (N ≤ d, constant features, …): a rank-revealing Cholesky
 *      with diagonal pivoting, Σ₁ ≈ F Fᵀ with F of rank r (stopping when the largest remaining pivot is ≤ tol₁, as
 *      LAPACK's dpstrf does), and M = Fᵀ Σ₂ F (r × r), whose eigenvalues are the non-zero ones of Σ₁Σ₂. The
 *      remainder that the stop drops is a PSD matrix of norm ≤ d·tol₁: rounding noise of a rank-deficient
 *      covariance, which any route resolves only to about that level (tr √ of a noise matrix of size δ is of order
 *      d·√δ; the reference pack shows scipy's sqrtm and an eigh route differing by ~1e−4 on N < d cases).
 *
 * Rounding can leave eigenvalues of the PSD matrix M slightly below zero; they count as 0 (clampedEigenvalues).
 *
 * pytorch-fid's eps fallback: when sqrtm(Σ₁Σ₂) is not finite it warns and retries with Σ + 1e-6·I. Every step here
 * is a backward-stable factorization or orthogonal reduction of a symmetric matrix, so finite inputs always give a
 * finite result and no regularization is ever added: the value is that of the Gaussians as given. (For the reference
 * pack's case p06_d3_eps_fallback, constructed so that scipy's sqrtm fails, pytorch-fid reports 4.17156263 after adding
 * 1e-6·I; the exact value of the given Gaussians, 7 − 2√2 = 4.17157288, is what this function returns.) Non-finite
 * inputs are refused with an InputError, and so is a sigma that is not symmetric to 1e-6 × max |sigma|
 * (math/covariance-check.ts; the full semidefiniteness check runs where statistics enter from outside, fid-stats.ts and
 * stats-file.ts, except that a reader may leave it to this function for sigma2: see certifySemidefinite). The result is
 * never negative: see nonNegativeFid.
 */
export async function frechetDistance(
  mu1: Float64Array,
  sigma1: Float64Array,
  mu2: Float64Array,
  sigma2: Float64Array,
  d: number,
  opts: FrechetOptions = {},
): Promise<FrechetResult> {
  const t0 = performance.now();
  checkFrechetInputs(mu1, sigma1, mu2, sigma2, d);
  const { meanTerm, traceSigma1, traceSigma2, maxDiag1, maxDiag2 } = diagonalTerms(mu1, sigma1, mu2, sigma2, d);
  const timings = opts.timings;
  const { m, r, route, tc, l1 } = await productMatrix(sigma1, sigma2, d, maxDiag1, maxDiag2, opts, performance.now());
  const eig = await symmetricEigenvaluesTwoStage(m, r, opts); // m is left as it was
  lapTime(timings, 'eigenvalues', tc);
  let traceSqrtProduct = 0,
    clampedEigenvalues = 0,
    smallest = Infinity,
    sumSquares = 0;
  for (const l of eig) {
    if (l > 0) traceSqrtProduct += Math.sqrt(l);
    else if (l < 0) clampedEigenvalues++;
    if (l < smallest) smallest = l;
    sumSquares += l * l;
  }
  // A deferred semidefiniteness test of Σ₂ is settled when every eigenvalue is above the bound on its error: the exact
  // L̃ᵀ Σ L̃ is then positive definite, and so is Σ (Sylvester's law of inertia). The bound is at least 16n²ε‖M̃‖_F, and
  // ‖M̃‖_F is the eigenvalues' root sum of squares to far better than a factor of 2: an M whose smallest eigenvalue is
  // below half that (the covariances of real images) is not worth the bound's passes over three matrices.
  const asymmetry = pendingAsymmetry(sigma2);
  if (l1 && asymmetry !== undefined && smallest > 8 * d * d * Number.EPSILON * Math.sqrt(sumSquares)) {
    const errorBound = productEigenvalueErrorBound(l1, sigma2, asymmetry, m, d);
    if (errorBound !== undefined && smallest > errorBound) certifySemidefinite(sigma2);
  }
  const parts = { meanTerm, traceSigma1, traceSigma2, traceSqrtProduct };
  const fid = nonNegativeFid(
    parts,
    (msg) =>
      new InputError(
        `Fréchet distance: ${msg}: sigma1 or sigma2 is not a valid (positive semidefinite) covariance matrix`,
      ),
  );
  return { fid, ...parts, route, clampedEigenvalues, seconds: (performance.now() - t0) / 1000 };
}

/** Relative tolerance of nonNegativeFid, in units of ‖μ₁ − μ₂‖² + tr Σ₁ + tr Σ₂. */
export const FID_ROUNDING_TOLERANCE = 1e-6;

/**
 * FID = ‖μ₁ − μ₂‖² + tr Σ₁ + tr Σ₂ − 2 tr √(Σ₁^½ Σ₂ Σ₁^½), never negative: for valid covariances it is ≥ 0 exactly, and
 * rounding (eigenvalues of M off by ~ε‖M‖, each adding up to √(ε‖M‖) to the trace term) can leave it slightly below 0.
 * A value in [−τ, 0) with τ = FID_ROUNDING_TOLERANCE · (‖μ₁ − μ₂‖² + tr Σ₁ + tr Σ₂) is taken as 0; a value below −τ
 * means the covariances were not positive semidefinite, and `invalid` makes the error to throw.
 */
export function nonNegativeFid(
  p: { meanTerm: number; traceSigma1: number; traceSigma2: number; traceSqrtProduct: number },
  invalid: (msg: string) => Error,
): number {
  const fid = p.meanTerm + p.traceSigma1 + p.traceSigma2 - 2 * p.traceSqrtProduct;
  if (fid >= 0) return fid;
  const tol = FID_ROUNDING_TOLERANCE * (p.meanTerm + p.traceSigma1 + p.traceSigma2);
  if (fid >= -tol) return 0;
  throw invalid(`the distance came out ${fid.toPrecision(6)}, below the rounding tolerance −${tol.toExponential(2)}`);
}

function lapTime(timings: Record<string, number> | undefined, key: string, t0: number): number {
  const t = performance.now();
  if (timings) timings[key] = (timings[key] ?? 0) + (t - t0) / 1000;
  return t;
}
