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
 * blocks: W[:, J] = S[c_J:, :]ᵀ L[c_J:, J] (S's rows as its columns, by symmetry), then M[J, :] = L[c_J:, J]ᵀ W[c_J:,
 * :].
 * About 2(1 + 1/B)·n³ flops instead of 4n³. Inputs S_J, L_J are row views from c_J (no copies).
 */
const lowerCongruenceSession = (blocks: number) =>
  graphSession(`lower-congruence-${blocks}`, () => {
    const nodes = [],
      inputs = [];
    for (let j = 0; j < blocks; j++) {
      inputs.push(f64(`S${j}`, [`p${j}`, 'n']), f64(`L${j}`, [`p${j}`, 'n']), i64(`sl${j}`, [2]), i64(`el${j}`, [2]));
      if (j > 0) inputs.push(i64(`sw${j}`, [2]), i64(`ew${j}`, [2]));
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
      if (j > 0) nodes.push(node('Slice', ['W', `sw${j}`, `ew${j}`], [`WI${j}`]));
      nodes.push(gemm(`LJ${j}`, j > 0 ? `WI${j}` : 'W', undefined, `M${j}`, { ta: true }));
    }
    nodes.push(
      node(
        'Concat',
        Array.from({ length: blocks }, (_, j) => `M${j}`),
        ['M'],
        { axis: 0 },
      ),
    );
    return { nodes, inputs, outputs: [f64('M', ['n', 'n'])] };
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
  if (!lowerTriangular || r !== n || n < 2 * blockWidth)
    return (await runGraph(congruenceSession(), { S: [s, [n, n]], F: [f, [n, r]] })).M;
  const blocks = Math.min(16, Math.max(2, Math.round(n / blockWidth)));
  const c = Array.from({ length: blocks + 1 }, (_, j) => Math.round((j * n) / blocks));
  const feeds: Record<string, Feed> = {};
  for (let j = 0; j < blocks; j++) {
    const p = n - c[j];
    feeds[`S${j}`] = [s.subarray(c[j] * n), [p, n]];
    feeds[`L${j}`] = [f.subarray(c[j] * n), [p, n]];
    feeds[`sl${j}`] = [i64s(0, c[j]), [2]];
    feeds[`el${j}`] = [i64s(p, c[j + 1]), [2]];
    if (j > 0) {
      feeds[`sw${j}`] = [i64s(c[j], 0), [2]];
      feeds[`ew${j}`] = [i64s(n, n), [2]];
    }
  }
  return (await runGraph(lowerCongruenceSession(blocks), feeds, { M: [new Float64Array(n * n), [n, n]] })).M;
}
