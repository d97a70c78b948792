// Dense float64 linear algebra on row-major typed arrays.
//   * symmetricEigenvalues: Householder tridiagonalization (Golub & Van Loan, Matrix Computations 4th ed., Alg. 8.3.1)
//     followed by the implicit QL iteration with Wilkinson-type shifts on the tridiagonal matrix (EISPACK tql1).
//   * matmul / gram products go through onnxruntime's float64 MatMul (MLAS), never nested JS arrays.
import * as ort from 'onnxruntime-node';
import { DataType, model, node, valueInfo } from '../features/onnx-writer.js';
import { cpuSessionOptions } from '../features/session.js';

/**
 * Reduces the symmetric matrix `a` (n × n, row-major, overwritten) to tridiagonal form T = Qᵀ A Q and returns its
 * diagonal `d` and sub-diagonal `e` (e[n-1] = 0). Eigenvalues only: Q is not formed.
 */
export function tridiagonalize(a: Float64Array, n: number): { d: Float64Array; e: Float64Array } {
  const d = new Float64Array(n), e = new Float64Array(n);
  const v = new Float64Array(n), p = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    // Householder vector for x = A[k+1:n, k]
    let sigma = 0;
    for (let i = k + 2; i < n; i++) sigma += a[i * n + k] * a[i * n + k];
    const x0 = a[(k + 1) * n + k];
    if (sigma === 0) { e[k] = x0; d[k] = a[k * n + k]; continue; }
    const alpha = Math.sqrt(x0 * x0 + sigma);
    // v = x − (−sign(x0)·alpha) e₁, scaled so v₀ = 1; beta = 2 / vᵀv
    const v0 = x0 <= 0 ? x0 - alpha : -sigma / (x0 + alpha);
    const beta = (2 * v0 * v0) / (sigma + v0 * v0);
    v[k + 1] = 1;
    for (let i = k + 2; i < n; i++) v[i] = a[i * n + k] / v0;
    // p = beta · A₂₂ v
    for (let i = k + 1; i < n; i++) {
      const row = i * n;
      let s = 0;
      for (let j = k + 1; j < n; j++) s += a[row + j] * v[j];
      p[i] = beta * s;
    }
    // w = p − (beta pᵀv / 2) v, stored in p
    let pv = 0;
    for (let i = k + 1; i < n; i++) pv += p[i] * v[i];
    const kk = (beta * pv) / 2;
    for (let i = k + 1; i < n; i++) p[i] -= kk * v[i];
    // A₂₂ −= v wᵀ + w vᵀ
    for (let i = k + 1; i < n; i++) {
      const row = i * n, vi = v[i], wi = p[i];
      for (let j = k + 1; j < n; j++) a[row + j] -= vi * p[j] + wi * v[j];
    }
    d[k] = a[k * n + k];
    e[k] = x0 <= 0 ? alpha : -alpha;
  }
  if (n >= 2) { d[n - 2] = a[(n - 2) * n + n - 2]; e[n - 2] = a[(n - 1) * n + n - 2]; }
  if (n >= 1) d[n - 1] = a[(n - 1) * n + n - 1];
  e[n - 1] = 0;
  return { d, e };
}

/** Eigenvalues of a symmetric tridiagonal matrix (diagonal d, sub-diagonal e; both overwritten), unsorted. */
export function tridiagonalEigenvalues(d: Float64Array, e: Float64Array): Float64Array {
  const n = d.length;
  for (let l = 0; l < n; l++) {
    let iter = 0;
    for (;;) {
      let m = l;
      for (; m < n - 1; m++) {
        const dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
        if (Math.abs(e[m]) <= Number.EPSILON * dd) break;
      }
      if (m === l) break;
      if (++iter > 60) throw new Error('tridiagonal QL did not converge');
      let g = (d[l + 1] - d[l]) / (2 * e[l]);
      let r = Math.hypot(g, 1);
      g = d[m] - d[l] + e[l] / (g + (g >= 0 ? Math.abs(r) : -Math.abs(r)));
      let s = 1, c = 1, p = 0;
      let i = m - 1;
      let underflow = false;
      for (; i >= l; i--) {
        const f = s * e[i], b = c * e[i];
        r = Math.hypot(f, g);
        e[i + 1] = r;
        if (r === 0) { d[i + 1] -= p; e[m] = 0; underflow = true; break; }
        s = f / r; c = g / r;
        g = d[i + 1] - p;
        r = (d[i] - g) * s + 2 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
      }
      if (underflow) continue;
      d[l] -= p; e[l] = g; e[m] = 0;
    }
  }
  return d;
}

/** Eigenvalues of the symmetric n × n matrix `a` (not modified). */
export function symmetricEigenvalues(a: Float64Array, n: number): Float64Array {
  const { d, e } = tridiagonalize(a.slice(), n);
  return tridiagonalEigenvalues(d, e);
}

let matmulSession: Promise<ort.InferenceSession> | undefined;
let abtSession: Promise<ort.InferenceSession> | undefined;

/** C = A · B for float64 A [m, k], B [k, n] through onnxruntime. */
export async function matmul(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Promise<Float64Array> {
  matmulSession ??= ort.InferenceSession.create(model({
    nodes: [node('MatMul', ['A', 'B'], ['C'])], initializers: [],
    inputs: [valueInfo('A', DataType.DOUBLE, ['m', 'k']), valueInfo('B', DataType.DOUBLE, ['k', 'n'])],
    outputs: [valueInfo('C', DataType.DOUBLE, ['m', 'n'])],
  }, { opset: 17 }), cpuSessionOptions());
  const out = await (await matmulSession).run({ A: new ort.Tensor('float64', a, [m, k]), B: new ort.Tensor('float64', b, [k, n]) });
  return out.C.data as Float64Array;
}

/** C = A · Bᵀ for float64 A [m, k], B [n, k]. */
export async function matmulABt(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Promise<Float64Array> {
  abtSession ??= ort.InferenceSession.create(model({
    nodes: [node('Transpose', ['B'], ['Bt'], { perm: [1, 0] }), node('MatMul', ['A', 'Bt'], ['C'])], initializers: [],
    inputs: [valueInfo('A', DataType.DOUBLE, ['m', 'k']), valueInfo('B', DataType.DOUBLE, ['n', 'k'])],
    outputs: [valueInfo('C', DataType.DOUBLE, ['m', 'n'])],
  }, { opset: 17 }), cpuSessionOptions());
  const out = await (await abtSession).run({ A: new ort.Tensor('float64', a, [m, k]), B: new ort.Tensor('float64', b, [n, k]) });
  return out.C.data as Float64Array;
}
