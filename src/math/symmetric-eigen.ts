// Symmetric eigenvalues at d ≈ 2048 in well under a second. Level-3 work (O(n³)) runs as float64 Gemm/MatMul graphs
// through onnxruntime (MLAS); the inherently sequential O(n²·b) parts run in typed-array JavaScript. Written from the
// algorithms' descriptions:
//   * symmetricEigenvaluesTwoStage: the two-stage reduction of successive band reduction (C. Bischof, B. Lang,
//     X. Sun, "A framework for symmetric band reduction", ACM TOMS 26(4), 2000, and their SBR toolbox; LAPACK ≥ 3.7
//     has the same two stages as dsytrd_2stage, after A. Haidar, H. Ltaief, J. Dongarra et al.):
//       1. dense → band (bandwidth b): for each panel of b columns a JS Householder QR of the part below the band,
//          the compact WY form Q = I − V T Vᵀ (R. Schreiber, C. Van Loan, "A storage-efficient WY representation for
//          products of Householder transformations", SIAM J. Sci. Stat. Comput. 10, 1989; GVL §5.1), and the
//          two-sided update A ← QᵀAQ = A − V Zᵀ − Z Vᵀ with W = A V T, Z = W − ½ V (Tᵀ Vᵀ W) (the symmetric
//          rank-2k form of GVL §8.3's tridiagonalization, blocked). Updates of g consecutive panels are accumulated
//          and applied to the trailing matrix once per group, and each panel's columns are brought up to date on the
//          fly — the delayed update of J. Dongarra, S. Hammarling, D. Sorensen, "Block reduction of matrices to
//          condensed forms for eigenvalue computations" (LAPACK Working Note 2; J. Comput. Appl. Math. 27, 1989) —
//          so a panel costs one read-only pass A·V over the trailing matrix instead of a rewrite of it.
//       2. band → tridiagonal by bulge chasing with Householder reflectors of length b, annihilating only the first
//          column of each bulge (B. Lang, "A parallel algorithm for reducing symmetric banded matrices to tridiagonal
//          form", SIAM J. Sci. Comput. 14, 1993; A. Haidar, H. Ltaief, J. Dongarra, "Parallel reduction to condensed
//          forms for symmetric eigenvalue problems using aggregated fine-grained and memory-aware kernels", SC'11):
//          O(n² b) flops on a cache-resident band, eigenvalues only (no reflectors kept), on two threads.
//       3. tridiagonal eigenvalues by the root-free implicit QL iteration of Pal, Walker and Kahan (C. Reinsch,
//          "A stable, rational QR algorithm for the computation of the eigenvalues of an Hermitian, tridiagonal
//          matrix", Math. Comp. 25, 1971; B. Parlett, The Symmetric Eigenvalue Problem, §8.15).
//     Orthogonal similarity transforms throughout: the computed eigenvalues are those of A + E with
//     ‖E‖₂ ≲ c(n)·ε·‖A‖₂ (GVL §8.3), the same backward error as a one-stage reduction.
import { bandFromDense, denseToBand, newBandMatrix, type BandReductionOptions } from './band-reduction.js';
import { bandToTridiagonal, bandTridiagonal } from './bulge-chase.js';
import { abortChaseJob, chaseJob, chaseWorker, startChaseJob } from './chase-worker.js';
import { lap } from './ort-linalg.js';
import { tridiagonalEigenvaluesRootFree } from './tridiagonal.js';

export { symmetricEigenvalues } from './tridiagonal.js';

export interface TwoStageOptions extends BandReductionOptions {
  /** Bandwidth b of the intermediate band matrix (default 12; clamped to n − 1). */
  bandwidth?: number;
  /** Smallest n for which stage 2 runs on two threads (this one and a worker; default 384; Infinity: never). */
  workerMinSize?: number;
}

/** Below this size the hand-offs between the two threads cost more than they save. */
const WORKER_MIN_SIZE = 384;

/** Default bandwidth of the two-stage reduction (tuned at n = 2048: stage 1 costs ∝ n/b passes, stage 2 ∝ b·n²). */
export const DEFAULT_BANDWIDTH = 12;

/**
 * Eigenvalues (unsorted) of the symmetric n × n matrix `a` (row-major, not modified) by the two-stage reduction
 * dense → band → tridiagonal and the root-free QL iteration. Both triangles of `a` are read; it must be symmetric.
 */
export async function symmetricEigenvaluesTwoStage(
  a: Float64Array,
  n: number,
  opts: TwoStageOptions = {},
): Promise<Float64Array> {
  if (n === 0) return new Float64Array(0);
  const b = Math.max(1, Math.min(opts.bandwidth ?? DEFAULT_BANDWIDTH, n - 1));
  let t0 = performance.now();
  let tri: { d: Float64Array; e: Float64Array };
  const worker = n >= (opts.workerMinSize ?? WORKER_MIN_SIZE) && n > b + 1 && b > 1 ? chaseWorker() : undefined;
  if (worker) {
    // the worker starts now and waits; stage 2 runs on both threads once stage 1 is done
    const band = newBandMatrix(n, b, true);
    const job = startChaseJob(worker, band);
    try {
      await denseToBand(a, n, b, { ...opts, band });
    } catch (err) {
      await abortChaseJob(job);
      throw err;
    }
    t0 = lap(opts.timings, 'stage1', t0);
    await chaseJob(job, band);
    tri = bandTridiagonal(band);
    t0 = lap(opts.timings, 'stage2', t0);
  } else {
    const band = n <= b + 1 ? bandFromDense(a, n, b) : await denseToBand(a, n, b, opts);
    t0 = lap(opts.timings, 'stage1', t0);
    tri = bandToTridiagonal(band);
    t0 = lap(opts.timings, 'stage2', t0);
  }
  const ev = tridiagonalEigenvaluesRootFree(tri.d, tri.e);
  lap(opts.timings, 'stage3', t0);
  return ev;
}
