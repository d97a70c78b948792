// Cholesky factorizations for the Fréchet distance (src/metrics/frechet.ts). Level-3 work runs as float64 Gemm graphs
// through onnxruntime (MLAS); the sequential diagonal blocks and panels run in typed-array JavaScript.
//   * choleskyLower: blocked left-looking Cholesky (Golub & Van Loan, Matrix Computations, 4th ed. (GVL), §4.2).
//     Each block column is updated with one Gemm against the finished columns; its nb × nb diagonal block is
//     factored in JS; the solve L21 = U21 L11⁻ᵀ multiplies by the explicit inverse of L11 and then takes one step of
//     iterative refinement (R = U21 − L21 L11ᵀ, L21 += R L11⁻ᵀ), which brings the inverse-based triangular solve back
//     to the accuracy of substitution (N. Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., ch. 8, 12).
//   * pivotedCholesky: rank-revealing Cholesky with diagonal pivoting for positive semidefinite matrices
//     (N. Higham, "Analysis of the Cholesky decomposition of a semi-definite matrix", 1990; C. Lucas, "LAPACK-style
//     codes for level 2 and 3 pivoted Cholesky factorizations", LAPACK Working Note 161, 2004): panel columns in JS
//     with updated diagonals for the pivot search, trailing updates through ORT, stop when the largest remaining
//     diagonal is ≤ tol.
import { f64, gemm, graphSession, i64, i64s, lap, runGraph } from './ort-linalg.js';
import { node } from '../features/onnx-writer.js';

/** Left-looking Cholesky update of block column J = [j0, j0+k): U = A[j0:, J] − L[j0:, :j0] L[J, :j0]ᵀ (m × k). */
const cholUpdateSession = () =>
  graphSession('chol-update', () => ({
    nodes: [
      node('Slice', ['Arows', 'sa', 'ea'], ['Acol']),
      node('Slice', ['Lrows', 'sl', 'el'], ['Lp']),
      node('Slice', ['Lrows', 'st', 'et'], ['Lt']),
      gemm('Lp', 'Lt', 'Acol', 'U', { tb: true, alpha: -1, beta: 1 }),
    ],
    inputs: [
      f64('Arows', ['m', 'n']),
      f64('Lrows', ['m', 'n']),
      i64('sa', [2]),
      i64('ea', [2]),
      i64('sl', [2]),
      i64('el', [2]),
      i64('st', [2]),
      i64('et', [2]),
    ],
    outputs: [f64('U', ['m', 'k'])],
  }));

/** Triangular solve L21 = U21 L11⁻ᵀ through X = L11⁻¹ and one refinement step: L0 = U21 Xᵀ, L21 = L0 + (U21 − L0 L11ᵀ)
 * Xᵀ. */
const trsmSession = () =>
  graphSession('trsm-refined', () => ({
    nodes: [
      gemm('U', 'X', undefined, 'L0', { tb: true }),
      gemm('L0', 'L11', 'U', 'R', { tb: true, alpha: -1, beta: 1 }),
      gemm('R', 'X', 'L0', 'L21', { tb: true }),
    ],
    inputs: [f64('U', ['r', 'k']), f64('L11', ['k', 'k']), f64('X', ['k', 'k'])],
    outputs: [f64('L21', ['r', 'k'])],
  }));

/** Trailing update after a pivoted panel: A[k:, k:] − P Pᵀ. */
const syrkSession = () =>
  graphSession('syrk-trailing', () => ({
    nodes: [node('Slice', ['A', 's', 'e'], ['A22']), gemm('P', 'P', 'A22', 'S', { tb: true, alpha: -1, beta: 1 })],
    inputs: [f64('A', ['m', 'm']), f64('P', ['r', 'k']), i64('s', [2]), i64('e', [2])],
    outputs: [f64('S', ['r', 'r'])],
  }));

/**
 * Factors the diagonal block: L11 (kb × kb, row-major) from the top-left kb × kb of `a` (row stride `stride`).
 * Returns the index of the first pivot ≤ tol, or −1 on success.
 */
function cholBlock(a: Float64Array, stride: number, kb: number, l: Float64Array, tol: number): number {
  for (let j = 0; j < kb; j++) {
    const rj = j * kb;
    let s = a[j * stride + j];
    for (let k = 0; k < j; k++) s -= l[rj + k] * l[rj + k];
    if (!(s > tol)) return j;
    const ljj = Math.sqrt(s),
      inv = 1 / ljj;
    l[rj + j] = ljj;
    for (let i = j + 1; i < kb; i++) {
      const ri = i * kb;
      let t = a[i * stride + j];
      for (let k = 0; k < j; k++) t -= l[ri + k] * l[rj + k];
      l[ri + j] = t * inv;
    }
  }
  return -1;
}

/** X = L⁻¹ for lower-triangular L (kb × kb, row-major), row by row: X[i,:] = (eᵢ − Σ_{k<i} L[i,k] X[k,:]) / L[i,i]. */
function lowerInverse(l: Float64Array, kb: number, x: Float64Array): void {
  x.fill(0, 0, kb * kb);
  for (let i = 0; i < kb; i++) {
    const ri = i * kb;
    x[ri + i] = 1;
    for (let k = 0; k < i; k++) {
      const f = l[ri + k];
      if (f === 0) continue;
      const rk = k * kb;
      for (let j = 0; j <= k; j++) x[ri + j] -= f * x[rk + j];
    }
    const inv = 1 / l[ri + i];
    for (let j = 0; j <= i; j++) x[ri + j] *= inv;
  }
}

export interface CholeskyOptions {
  /** Width of the block columns (default 64: at n = 2048, 48–96 measured alike, 128 and up lose to the JS diagonal
   * blocks). */
  blockSize?: number;
  /** A pivot (Schur complement diagonal) ≤ tol stops the factorization as "not positive definite" (default 0). */
  tolerance?: number;
  timings?: Record<string, number>;
}

/**
 * Cholesky factor L (lower triangular, row-major n × n, zeros above the diagonal) of the symmetric positive
 * definite `a` (row-major n × n; only its lower triangle is read; not modified), or undefined when a pivot is
 * ≤ tolerance (not numerically positive definite). Blocked left-looking algorithm (GVL §4.2): block column J is
 * updated with one Gemm against the finished columns, its diagonal block factored in JS, and the rest solved against
 * it through ORT — every ORT output is an n × nb block column, never an n × n trailing matrix.
 */
export async function choleskyLower(
  a: Float64Array,
  n: number,
  opts: CholeskyOptions = {},
): Promise<Float64Array | undefined> {
  const nb = Math.max(1, opts.blockSize ?? 64),
    tol = opts.tolerance ?? 0;
  const l = new Float64Array(n * n);
  const l11 = new Float64Array(nb * nb),
    x = new Float64Array(nb * nb);
  let t0 = performance.now();
  for (let j0 = 0; j0 < n; j0 += nb) {
    const m = n - j0,
      kb = Math.min(nb, m);
    let u: Float64Array;
    if (j0 === 0) {
      u = new Float64Array(m * kb);
      for (let i = 0; i < m; i++) for (let j = 0; j < kb; j++) u[i * kb + j] = a[i * n + j];
    } else {
      u = (
        await runGraph(cholUpdateSession(), {
          Arows: [a.subarray(j0 * n), [m, n]],
          Lrows: [l.subarray(j0 * n), [m, n]],
          sa: [i64s(0, j0), [2]],
          ea: [i64s(m, j0 + kb), [2]],
          sl: [i64s(0, 0), [2]],
          el: [i64s(m, j0), [2]],
          st: [i64s(0, 0), [2]],
          et: [i64s(kb, j0), [2]],
        })
      ).U;
      t0 = lap(opts.timings, 'cholesky.ort', t0);
    }
    if (cholBlock(u, kb, kb, l11, tol) >= 0) return undefined;
    for (let i = 0; i < kb; i++) l.set(l11.subarray(i * kb, i * kb + i + 1), (j0 + i) * n + j0);
    if (kb === m) break;
    lowerInverse(l11, kb, x);
    t0 = lap(opts.timings, 'cholesky.js', t0);
    const r = m - kb;
    const l21 = (
      await runGraph(trsmSession(), {
        U: [u.subarray(kb * kb), [r, kb]],
        L11: [l11.subarray(0, kb * kb), [kb, kb]],
        X: [x.subarray(0, kb * kb), [kb, kb]],
      })
    ).L21;
    for (let i = 0; i < r; i++) l.set(l21.subarray(i * kb, (i + 1) * kb), (j0 + kb + i) * n + j0);
    t0 = lap(opts.timings, 'cholesky.ort', t0);
  }
  return l;
}

/** State of pivotedCholesky between panels. */
interface PivotedState {
  n: number;
  /** Row i = row of P a Pᵀ's factor, permuted along with the pivots (n × n). */
  l: Float64Array;
  perm: Int32Array;
  /** The trailing matrix (m × m), rows and columns k0 … n − 1 of the permuted a minus the finished columns' part. */
  cur: Float64Array;
  m: number;
  k0: number;
  /** The trailing matrix's diagonal, updated column by column within a panel. */
  dd: Float64Array;
  /** The panel: the current kb columns of the factor, m × kb. */
  p: Float64Array;
}

/** Symmetric swap of rows/columns j and q in the trailing matrix, the panel rows, L's finished rows, dd and perm. */
function swapPivot(s: PivotedState, kb: number, j: number, q: number): void {
  const { n, l, perm, cur, m, k0, dd, p } = s;
  for (let c = 0; c < m; c++) {
    const t = cur[j * m + c];
    cur[j * m + c] = cur[q * m + c];
    cur[q * m + c] = t;
  }
  for (let r = 0; r < m; r++) {
    const t = cur[r * m + j];
    cur[r * m + j] = cur[r * m + q];
    cur[r * m + q] = t;
  }
  for (let t = 0; t < kb; t++) {
    const u = p[j * kb + t];
    p[j * kb + t] = p[q * kb + t];
    p[q * kb + t] = u;
  }
  for (let t = 0; t < k0; t++) {
    const u = l[(k0 + j) * n + t];
    l[(k0 + j) * n + t] = l[(k0 + q) * n + t];
    l[(k0 + q) * n + t] = u;
  }
  {
    const u = dd[j];
    dd[j] = dd[q];
    dd[q] = u;
  }
  {
    const u = perm[k0 + j];
    perm[k0 + j] = perm[k0 + q];
    perm[k0 + q] = u;
  }
}

/**
 * Factors the next kb columns of the trailing matrix into the panel, each with the largest remaining pivot; the
 * columns done: kb, or fewer where the largest remaining pivot is ≤ tol. Copies the done columns into L.
 */
function factorPanel(s: PivotedState, kb: number, tol: number): number {
  const { n, l, cur, m, k0, dd, p } = s;
  for (let i = 0; i < m; i++) dd[i] = cur[i * m + i];
  p.fill(0, 0, m * kb);
  let done = kb;
  for (let j = 0; j < kb; j++) {
    let q = j;
    for (let i = j + 1; i < m; i++) if (dd[i] > dd[q]) q = i;
    if (!(dd[q] > tol)) {
      done = j;
      break;
    }
    if (q !== j) swapPivot(s, kb, j, q);
    const ljj = Math.sqrt(dd[j]),
      inv = 1 / ljj;
    p[j * kb + j] = ljj;
    const rj = j * kb;
    for (let i = j + 1; i < m; i++) {
      const ri = i * kb;
      let sum = cur[i * m + j];
      for (let t = 0; t < j; t++) sum -= p[ri + t] * p[rj + t];
      const v = sum * inv;
      p[ri + j] = v;
      dd[i] -= v * v;
    }
  }
  for (let i = 0; i < m; i++) for (let t = 0; t < done; t++) l[(k0 + i) * n + k0 + t] = p[i * kb + t];
  return done;
}

/**
 * Rank-revealing Cholesky with diagonal pivoting of the symmetric positive semidefinite `a` (row-major n × n, not
 * modified): P a Pᵀ ≈ L Lᵀ, stopping when the largest remaining pivot is ≤ tol. Returns the factor with the
 * permutation undone, F = Pᵀ L (n × rank, row-major), so that a ≈ F Fᵀ, and the rank.
 */
export async function pivotedCholesky(
  a: Float64Array,
  n: number,
  tol: number,
  opts: { blockSize?: number; timings?: Record<string, number> } = {},
): Promise<{ f: Float64Array; rank: number }> {
  const nb = Math.max(1, opts.blockSize ?? 64);
  const s: PivotedState = {
    n,
    l: new Float64Array(n * n),
    perm: Int32Array.from({ length: n }, (_, i) => i),
    cur: a.slice(),
    m: n,
    k0: 0,
    dd: new Float64Array(n),
    p: new Float64Array(n * nb),
  };
  let rank = n;
  let t0 = performance.now();
  while (s.k0 < n) {
    const m = s.m,
      kb = Math.min(nb, m);
    const done = factorPanel(s, kb, tol);
    if (done < kb) {
      rank = s.k0 + done;
      break;
    }
    if (kb === m) break;
    t0 = lap(opts.timings, 'pivoted.js', t0);
    // the trailing update S = A[kb:, kb:] − P₂ P₂ᵀ
    const r = m - kb;
    s.cur = (
      await runGraph(syrkSession(), {
        A: [s.cur, [m, m]],
        P: [s.p.subarray(kb * kb, m * kb), [r, kb]],
        s: [i64s(kb, kb), [2]],
        e: [i64s(m, m), [2]],
      })
    ).S;
    s.k0 += kb;
    s.m = r;
    t0 = lap(opts.timings, 'pivoted.ort', t0);
  }
  const f = new Float64Array(n * rank);
  for (let i = 0; i < n; i++) f.set(s.l.subarray(i * n, i * n + rank), s.perm[i] * rank);
  return { f, rank };
}
