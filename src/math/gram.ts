// Float64 matrix products through onnxruntime's MatMul (MLAS), never nested JS arrays: C = A·B, C = A·Bᵀ, and the
// Gram matrix of a matrix on its smaller side.
import * as ort from 'onnxruntime-node';
import { DataType, node, valueInfo } from '../features/onnx-writer.js';
import { cachedSession } from './ort-linalg.js';

const f64 = (name: string, dims: string[]) => valueInfo(name, DataType.DOUBLE, dims);

/** C = A · B for float64 A [m, k], B [k, n] through onnxruntime. */
export async function matmul(a: Float64Array, b: Float64Array, m: number, k: number, n: number): Promise<Float64Array> {
  const session = cachedSession('matmul-f64', () => ({
    nodes: [node('MatMul', ['A', 'B'], ['C'])],
    inputs: [f64('A', ['m', 'k']), f64('B', ['k', 'n'])],
    outputs: [f64('C', ['m', 'n'])],
  }));
  const out = await (await session).run({
    A: new ort.Tensor('float64', a, [m, k]),
    B: new ort.Tensor('float64', b, [k, n]),
  });
  return out.C.data as Float64Array;
}

/** C = A · Bᵀ for float64 A [m, k], B [n, k]. */
export async function matmulABt(
  a: Float64Array,
  b: Float64Array,
  m: number,
  k: number,
  n: number,
): Promise<Float64Array> {
  const session = cachedSession('matmul-abt-f64', () => ({
    nodes: [node('Transpose', ['B'], ['Bt'], { perm: [1, 0] }), node('MatMul', ['A', 'Bt'], ['C'])],
    inputs: [f64('A', ['m', 'k']), f64('B', ['n', 'k'])],
    outputs: [f64('C', ['m', 'n'])],
  }));
  const out = await (await session).run({
    A: new ort.Tensor('float64', a, [m, k]),
    B: new ort.Tensor('float64', b, [n, k]),
  });
  return out.C.data as Float64Array;
}

/**
 * The Gram matrix of a row-major rows × cols matrix A on its smaller side: AAᵀ when rows ≤ cols, else AᵀA. Both have
 * the same non-zero eigenvalues (the squared singular values of A), so sample-space FID takes the smaller one.
 */
export async function gramOfSmallerSide(a: Float64Array, rows: number, cols: number): Promise<Float64Array> {
  if (rows <= cols) return matmulABt(a, a, rows, cols, rows);
  const t = new Float64Array(a.length);
  for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) t[j * rows + i] = a[i * cols + j];
  return matmulABt(t, t, cols, rows, cols);
}
