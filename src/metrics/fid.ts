// Fréchet Inception Distance (Heusel et al. 2017, "GANs Trained by a Two Time-Scale Update Rule…"):
//   FID = ‖μ₁ − μ₂‖² + tr Σ₁ + tr Σ₂ − 2 tr √(Σ₁^½ Σ₂ Σ₁^½)
// pytorch-fid 0.3 computes the last term as tr sqrtm(Σ₁Σ₂) with scipy's general (Schur) square root; we use
// symmetric eigenvalues with negatives clamped at 0, which the reference pack lists as `fid_from_eigh_route`.
import { gramOfSmallerSide, matmulABt } from '../math/gram.js';
import { symmetricEigenvalues } from '../math/tridiagonal.js';
import { nonNegativeFid, type FrechetResult } from './frechet.js';

/** The parts of the result, as frechetDistance (statistics route) reports them, less its timing. */
export type FidParts = Omit<FrechetResult, 'seconds'>;

function centred(rows: Float32Array | Float64Array, n: number, d: number): { a: Float64Array; mu: Float64Array } {
  const mu = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) mu[j] += rows[i * d + j];
  for (let j = 0; j < d; j++) mu[j] /= n;
  const a = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) a[i * d + j] = rows[i * d + j] - mu[j];
  return { a, mu };
}

/**
 * FID from two feature matrices through the sample space: with centred A (n₁ × d) and B (n₂ × d),
 * Σ₁ = AᵀA/(n₁−1), Σ₂ = BᵀB/(n₂−1), the non-zero eigenvalues of Σ₁Σ₂ are those of C Cᵀ with
 * C = A Bᵀ / √((n₁−1)(n₂−1)), so tr √(Σ₁Σ₂) = Σ √λᵢ(C Cᵀ) — an min(n₁, n₂)-sized symmetric eigenproblem.
 * Exact (not an approximation) and cheap when the sets are smaller than the feature dimension.
 */
export async function frechetDistanceFromFeatures(
  x: Float32Array | Float64Array,
  n1: number,
  y: Float32Array | Float64Array,
  n2: number,
  d: number,
): Promise<FidParts> {
  const { a, mu: mu1 } = centred(x, n1, d);
  const { a: b, mu: mu2 } = centred(y, n2, d);
  let meanTerm = 0;
  for (let j = 0; j < d; j++) meanTerm += (mu1[j] - mu2[j]) ** 2;
  let ssa = 0,
    ssb = 0;
  for (let i = 0; i < a.length; i++) ssa += a[i] * a[i];
  for (let i = 0; i < b.length; i++) ssb += b[i] * b[i];
  const traceSigma1 = ssa / (n1 - 1),
    traceSigma2 = ssb / (n2 - 1);
  const c = await matmulABt(a, b, n1, d, n2); // n1 × n2
  const scale = 1 / ((n1 - 1) * (n2 - 1));
  const m = Math.min(n1, n2);
  // K = C Cᵀ (n1 ≤ n2) or Cᵀ C, both symmetric PSD with the same non-zero eigenvalues
  const k = await gramOfSmallerSide(c, n1, n2);
  for (let i = 0; i < k.length; i++) k[i] *= scale;
  const eig = symmetricEigenvalues(k, m);
  let traceSqrtProduct = 0,
    clamped = 0;
  for (const l of eig) {
    if (l > 0) traceSqrtProduct += Math.sqrt(l);
    else if (l < 0) clamped++;
  }
  // covariances of actual rows are semidefinite: a negative beyond the rounding tolerance would be a defect here
  const fid = nonNegativeFid(
    { meanTerm, traceSigma1, traceSigma2, traceSqrtProduct },
    (msg) => new Error(`sample-space FID: ${msg}`),
  );
  return {
    fid,
    meanTerm,
    traceSigma1,
    traceSigma2,
    traceSqrtProduct,
    route: `sample-space eigenvalues (${m}×${m})`,
    clampedEigenvalues: clamped,
  };
}
