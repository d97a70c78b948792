// Tiling of pairwise products (Gram matrices, distance tiles) so that no N × M matrix is ever held: the tile list
// shared by KID's kernel sums and prdc's distance passes, the float32 → float64 row blocks they feed to ORT, and the
// Gram tile on the run's device.
import { DataType, node, valueInfo } from '../features/onnx-writer.js';
import { matmulABt } from './gram.js';
import { tileSession, type MetricsDevice } from './ort-linalg.js';
import * as ort from 'onnxruntime-node';

/** One tile: rows [i0, i0 + ti) of the left factor against rows [j0, j0 + tj) of the right one. */
export interface Tile {
  i0: number;
  ti: number;
  j0: number;
  tj: number;
}

/**
 * All tiles of an n × m product, in row-block order, or (upper) those covering the upper triangle of an n × n one:
 * each diagonal block is split once more into half-size tiles (when it has more than 64 rows), so that little of the
 * lower triangle is computed; off-diagonal tiles then count for both triangles.
 */
export function gramTiles(n: number, m: number, tile: number, upper: boolean): Tile[] {
  const out: Tile[] = [];
  const add = (i0: number, ti: number, j0: number, tj: number) => out.push({ i0, ti, j0, tj });
  for (let i0 = 0; i0 < n; i0 += tile) {
    const ti = Math.min(tile, n - i0);
    if (!upper) {
      for (let j0 = 0; j0 < m; j0 += tile) add(i0, ti, j0, Math.min(tile, m - j0));
      continue;
    }
    const h = Math.ceil(ti / 2);
    if (ti > 64) {
      add(i0, h, i0, h);
      add(i0, h, i0 + h, ti - h);
      add(i0 + h, ti - h, i0 + h, ti - h);
    } else add(i0, ti, i0, ti);
    for (let j0 = i0 + tile; j0 < n; j0 += tile) add(i0, ti, j0, Math.min(tile, n - j0));
  }
  return out;
}

/** Rows [start, start + count) of a row-major matrix with d columns as float64: a view when it already is float64,
 * else a converted copy (float32 → float64 is exact). */
export function rowsAsFloat64(a: Float32Array | Float64Array, start: number, count: number, d: number): Float64Array {
  const sub = a.subarray(start * d, (start + count) * d);
  if (sub instanceof Float64Array) return sub;
  const out = new Float64Array(sub.length);
  out.set(sub); // native float32 → float64 conversion
  return out;
}

/**
 * G = A·Bᵀ (m × n) of row-major A (m × d) and B (n × d). On the CPU (and CUDA, see MetricsDevice): float64, through
 * onnxruntime's float64 MatMul. On WebGPU: the rows rounded to float32 (exact for features that were float32) and a
 * float32 Gemm on the GPU, so each entry is within γ_d·Σ|aₖbₖ| (γ_d = d·u/(1 − d·u), u = 2⁻²⁴; Higham, "Accuracy and
 * Stability of Numerical Algorithms", 2nd ed., §3.1) of the float64 one.
 */
export async function gramTile(
  a: Float64Array,
  m: number,
  b: Float64Array,
  n: number,
  d: number,
  device: MetricsDevice = 'cpu',
): Promise<Float64Array | Float32Array> {
  if (device !== 'webgpu') return matmulABt(a, b, m, d, n);
  const F = DataType.FLOAT;
  const session = await tileSession(
    'gram-f32',
    () => ({
      nodes: [node('Gemm', ['A', 'B'], ['G'], { transB: 1 })],
      inputs: [valueInfo('A', F, ['m', 'd']), valueInfo('B', F, ['n', 'd'])],
      outputs: [valueInfo('G', F, ['m', 'n'])],
    }),
    device,
  );
  const a32 = Float32Array.from(a),
    b32 = a === b ? a32 : Float32Array.from(b);
  const out = await session.run({
    A: new ort.Tensor('float32', a32, [m, d]),
    B: new ort.Tensor('float32', b32, [n, d]),
  });
  return out.G.data as Float32Array;
}
