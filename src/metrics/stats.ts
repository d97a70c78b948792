// Mean and covariance of feature rows, accumulated as a stream in float64 (memory O(d²), not O(N·d)).
// Matches pytorch-fid 0.3's calculate_activation_statistics: mu = np.mean(act, axis=0),
// sigma = np.cov(act, rowvar=False) (divisor N − 1), both in float64.
//
// Rows are shifted by a fixed centre c (the first chunk's mean) before accumulating, so the final
// sigma = (S₂ − S₁S₁ᵀ/N)/(N − 1) with S₁ = Σ(x − c), S₂ = Σ(x − c)(x − c)ᵀ does not lose digits to large means.
// S₂ is updated with float64 MatMuls through onnxruntime (MLAS), chunk by chunk.
import * as ort from 'onnxruntime-node';
import { DataType, node, valueInfo } from '../features/onnx-writer.js';
import { cachedSession } from '../math/ort-linalg.js';

export interface GaussianStats {
  mu: Float64Array;
  /** Row-major d × d. */
  sigma: Float64Array;
  dim: number;
  count: number;
}

/** Session computing G = Aᵀ A for a float64 A [n, d]. */
function gram(): Promise<ort.InferenceSession> {
  return cachedSession('gram-ata-f64', () => ({
    nodes: [node('Transpose', ['A'], ['At'], { perm: [1, 0] }), node('MatMul', ['At', 'A'], ['G'])],
    inputs: [valueInfo('A', DataType.DOUBLE, ['n', 'd'])],
    outputs: [valueInfo('G', DataType.DOUBLE, ['d', 'd'])],
  }));
}

export class StatsAccumulator {
  private readonly chunkRows: number;
  private chunk: Float64Array;
  private rowsInChunk = 0;
  private centre: Float64Array | undefined;
  private readonly s1: Float64Array;
  private readonly s2: Float64Array;
  private n = 0;

  constructor(
    readonly dim: number,
    chunkRows = 512,
  ) {
    this.chunkRows = chunkRows;
    this.chunk = new Float64Array(chunkRows * dim);
    this.s1 = new Float64Array(dim);
    this.s2 = new Float64Array(dim * dim);
  }

  get count(): number {
    return this.n + this.rowsInChunk;
  }

  /** Adds `rows` rows of width `dim` (row-major). */
  async add(data: Float32Array | Float64Array, rows = data.length / this.dim): Promise<void> {
    const d = this.dim;
    for (let r = 0; r < rows; r++) {
      this.chunk.set(data.subarray(r * d, (r + 1) * d), this.rowsInChunk * d);
      this.rowsInChunk++;
      if (this.rowsInChunk === this.chunkRows) await this.flush();
    }
  }

  private async flush(): Promise<void> {
    const m = this.rowsInChunk,
      d = this.dim;
    if (!m) return;
    const x = this.chunk;
    if (!this.centre) {
      const c = new Float64Array(d);
      for (let r = 0; r < m; r++) for (let j = 0; j < d; j++) c[j] += x[r * d + j];
      for (let j = 0; j < d; j++) c[j] /= m;
      this.centre = c;
    }
    const c = this.centre;
    for (let r = 0; r < m; r++) {
      const o = r * d;
      for (let j = 0; j < d; j++) {
        const v = x[o + j] - c[j];
        x[o + j] = v;
        this.s1[j] += v;
      }
    }
    const a = m === this.chunkRows ? x : x.slice(0, m * d);
    const out = await (await gram()).run({ A: new ort.Tensor('float64', a, [m, d]) });
    const g = out.G.data as Float64Array;
    const s2 = this.s2;
    for (let i = 0; i < s2.length; i++) s2[i] += g[i];
    out.G.dispose?.();
    this.n += m;
    this.rowsInChunk = 0;
  }

  /**
   * Statistics of the rows added so far, without ending the stream: more rows may be added afterwards (FD∞ takes
   * the statistics of growing prefixes of one permutation). finalize() only reads the running sums once it has
   * flushed the pending chunk, so this is finalize under a name that promises that.
   */
  snapshot(): Promise<GaussianStats> {
    return this.finalize();
  }

  async finalize(): Promise<GaussianStats> {
    await this.flush();
    const d = this.dim,
      n = this.n;
    const c = this.centre ?? new Float64Array(d);
    const mu = new Float64Array(d);
    for (let j = 0; j < d; j++) mu[j] = c[j] + this.s1[j] / n;
    const sigma = new Float64Array(d * d);
    // np.cov with one observation divides by 0 and gives NaN; we do the same and let callers refuse N < 2.
    const div = n - 1;
    for (let i = 0; i < d; i++) {
      const si = this.s1[i] / n;
      for (let j = 0; j < d; j++) sigma[i * d + j] = (this.s2[i * d + j] - si * this.s1[j]) / div;
    }
    // symmetrize: the MatMul result is symmetric up to rounding
    for (let i = 0; i < d; i++)
      for (let j = i + 1; j < d; j++) {
        const v = 0.5 * (sigma[i * d + j] + sigma[j * d + i]);
        sigma[i * d + j] = v;
        sigma[j * d + i] = v;
      }
    return { mu, sigma, dim: d, count: n };
  }
}

export async function gaussianStats(rows: Float32Array | Float64Array, dim: number): Promise<GaussianStats> {
  const acc = new StatsAccumulator(dim);
  await acc.add(rows);
  return acc.finalize();
}
