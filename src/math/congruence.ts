// Congruence Fᵀ S F of a symmetric S through float64 Gemm graphs (onnxruntime), for the Fréchet distance's
// M = Lᵀ Σ₂ L; with a lower-triangular L the block products skip L's zero blocks.
import { node } from '../features/onnx-writer.js';
import { f64, gemm, graphSession, i64, i64s, runGraph, type Feed } from './ort-linalg.js';

/** Fᵀ S F for a general F (n × r): one graph, Gemm(F, S F, transA). */
const congruenceSession = () =>
  graphSession('congruence', () => ({
    nodes: [node('MatMul', ['S', 'F'], ['W']), gemm('F', 'W', undefined, 'M', { ta: true })],
    inputs: [f64('S', ['n', 'n']), f64('F', ['n', 'r'])],
    outputs: [f64('M', ['r', 'r'])],
  }));

/**
 * Lᵀ S L for lower-triangular L and symmetric S, in `blocks` block columns J = [c_J, c_{J+1}) that skip L's zero
 * blocks, computing only the lower block triangle of the (symmetric) result, as LAPACK's dsygst does:
 *   W[:, J] = S[c_J:, :]ᵀ L[c_J:, J]            (S's rows as its columns, by symmetry; L[:c_J, J] = 0)
 *   M[I, :c_{I+1}] = L[c_I:, I]ᵀ W[c_I:, :c_{I+1}]  (L[:c_I, I] = 0)
 * About (1 + 1/B)·n³ + n³/3 flops instead of 4n³ for the plain two products. Inputs S_J, L_J are row views from c_J
 * (no copies); the graph returns the block rows M_I (w_I × c_{I+1}), which congruence() places and mirrors.
 */
const lowerCongruenceSession = (blocks: number) =>
  graphSession(`lower-congruence-tri-${blocks}`, () => {
    const nodes = [],
      inputs = [],
      outputs = [];
    for (let j = 0; j < blocks; j++) {
      inputs.push(f64(`S${j}`, [`p${j}`, 'n']), f64(`L${j}`, [`p${j}`, 'n']), i64(`sl${j}`, [2]), i64(`el${j}`, [2]));
      inputs.push(i64(`sw${j}`, [2]), i64(`ew${j}`, [2]));
      nodes.push(
        node('Slice', [`L${j}`, `sl${j}`, `el${j}`], [`LJ${j}`]),
        gemm(`S${j}`, `LJ${j}`, undefined, `W${j}`, { ta: true }),
      );
    }
    nodes.push(
      node(
        'Concat',
        Array.from({ length: blocks }, (_, j) => `W${j}`),
        ['W'],
        { axis: 1 },
      ),
    );
    for (let j = 0; j < blocks; j++) {
      nodes.push(node('Slice', ['W', `sw${j}`, `ew${j}`], [`WI${j}`]));
      nodes.push(gemm(`LJ${j}`, `WI${j}`, undefined, `M${j}`, { ta: true }));
      outputs.push(f64(`M${j}`, [`w${j}`, `c${j}`]));
    }
    return { nodes, inputs, outputs };
  });

/**
 * M = Fᵀ S F (r × r) for symmetric S (n × n) and F (n × r), both row-major. With `lowerTriangular` (F = L square,
 * zero above the diagonal) the products skip L's zero blocks.
 */
export async function congruence(
  s: Float64Array,
  f: Float64Array,
  n: number,
  r: number,
  lowerTriangular = false,
  blockWidth = 256,
): Promise<Float64Array> {
  if (!lowerTriangular || r !== n || n < 2 * blockWidth) {
    const m = (await runGraph(congruenceSession(), { S: [s, [n, n]], F: [f, [n, r]] })).M;
    mirrorLower(m, r); // the two triangles were rounded apart; as on the blocked route, the lower one stands
    return m;
  }
  const blocks = Math.min(16, Math.max(2, Math.round(n / blockWidth)));
  const c = Array.from({ length: blocks + 1 }, (_, j) => Math.round((j * n) / blocks));
  const feeds: Record<string, Feed> = {};
  for (let j = 0; j < blocks; j++) {
    const p = n - c[j];
    feeds[`S${j}`] = [s.subarray(c[j] * n), [p, n]];
    feeds[`L${j}`] = [f.subarray(c[j] * n), [p, n]];
    feeds[`sl${j}`] = [i64s(0, c[j]), [2]];
    feeds[`el${j}`] = [i64s(p, c[j + 1]), [2]];
    feeds[`sw${j}`] = [i64s(c[j], 0), [2]];
    feeds[`ew${j}`] = [i64s(n, c[j + 1]), [2]];
  }
  const out = await runGraph(lowerCongruenceSession(blocks), feeds);
  const m = new Float64Array(n * n);
  for (let j = 0; j < blocks; j++) {
    const mj = out[`M${j}`]!,
      width = c[j + 1];
    for (let r = c[j]; r < c[j + 1]; r++) m.set(mj.subarray((r - c[j]) * width, (r - c[j] + 1) * width), r * n);
  }
  mirrorLower(m, n);
  return m;
}

/**
 * Fills the strictly upper triangle of the row-major n × n `m` from its lower triangle, so that M is exactly
 * symmetric (the block products computed the diagonal blocks whole, each of their entries by its own dot product). In
 * square tiles, so that the transposed reads stay in cache.
 */
function mirrorLower(m: Float64Array, n: number): void {
  const tile = 64;
  for (let i0 = 0; i0 < n; i0 += tile) {
    const i1 = Math.min(n, i0 + tile);
    for (let j0 = i0; j0 < n; j0 += tile) {
      const j1 = Math.min(n, j0 + tile);
      for (let i = i0; i < i1; i++) {
        const ri = i * n;
        for (let j = Math.max(j0, i + 1); j < j1; j++) m[ri + j] = m[j * n + i]!;
      }
    }
  }
}
