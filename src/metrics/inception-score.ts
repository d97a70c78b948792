// Inception Score (Salimans et al. 2016, "Improved Techniques for Training GANs"):
//   IS = exp( E_x KL( p(y|x) ‖ p(y) ) ),   p(y|x) = softmax(logits(x)),   p(y) = E_x p(y|x),
// estimated on `splits` disjoint chunks of the sample; the result is the mean and the population standard deviation
// (np.std) of the per-chunk scores.
import { RandomState } from './numpy-random.js';

export interface InceptionScoreOptions {
  /** Number of chunks (default 10). Chunk i holds rows [⌊i·N/splits⌋, ⌊(i+1)·N/splits⌋). */
  splits?: number;
  /**
   * null/undefined (default): chunks in the given row order — the classic definition (OpenAI's script, pytorch-fid's
   * features). A number: rows are first reordered by `np.random.RandomState(seed).permutation(N)`, as torch-fidelity
   * 0.4.0 `isc_features_to_metric(..., shuffle=True, rng_seed=seed)` does (its default seed is 2020).
   */
  shuffleSeed?: number | null;
}

export interface InceptionScore {
  mean: number;
  /** Population standard deviation of the per-split scores. */
  std: number;
  /** The per-split scores, in split order. */
  splits: number[];
}

/**
 * Inception Score of `n` rows of `k` logits (row-major), accumulated in float64.
 *
 * For each chunk S: IS_S = exp( (1/|S|) Σ_{x∈S} Σ_y p(y|x) (log p(y|x) − log q(y)) ), q = (1/|S|) Σ_{x∈S} p(y|x),
 * computed in one pass as exp( (1/|S|) Σ_x Σ_y p log p − Σ_y q log q ) (the same sum, regrouped; 0·log 0 = 0).
 * Softmax and log-softmax use the max-shifted logits, as torch's float64 `softmax`/`log_softmax`.
 *
 * Matches, to about 1e-14 relative, with the same logits:
 *  - the classic definition (10 splits in file order; OpenAI's `inception_score.py` when given logits without the fc
 *    bias), reference pack `inception_score.<S>.classic_with_bias` / `classic_no_bias`;
 *  - torch-fidelity 0.4.0 `isc_features_to_metric` with `shuffleSeed: 2020` (its default; fed `logits_unbiased`,
 *    i.e. logits − fc.bias, all 1008 columns), reference pack `torch_fidelity_default` / `torch_fidelity_with_bias`.
 */
export function inceptionScore(
  logits: Float32Array | Float64Array,
  n: number,
  k = 1008,
  opts: InceptionScoreOptions = {},
): InceptionScore {
  const splits = opts.splits ?? 10;
  if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(k) || k <= 0)
    throw new RangeError(`inceptionScore: bad shape ${n} x ${k}`);
  if (logits.length !== n * k) throw new RangeError(`inceptionScore: ${logits.length} values for ${n} x ${k} logits`);
  if (!Number.isInteger(splits) || splits < 1 || splits > n)
    throw new RangeError(`inceptionScore: splits must be in [1, N=${n}], got ${splits}`);
  const order = opts.shuffleSeed == null ? null : new RandomState(opts.shuffleSeed).permutation(n);

  const q = new Float64Array(k),
    e = new Float64Array(k);
  const scores: number[] = [];
  for (let s = 0; s < splits; s++) {
    const lo = Math.floor((s * n) / splits),
      hi = Math.floor(((s + 1) * n) / splits);
    q.fill(0);
    let sumPLogP = 0;
    for (let r = lo; r < hi; r++) {
      const off = (order ? order[r] : r) * k;
      let m = -Infinity;
      for (let c = 0; c < k; c++) if (logits[off + c] > m) m = logits[off + c];
      let z = 0;
      for (let c = 0; c < k; c++) {
        const v = Math.exp(logits[off + c] - m);
        e[c] = v;
        z += v;
      }
      const logZ = Math.log(z);
      let rowSum = 0;
      for (let c = 0; c < k; c++) {
        const p = e[c] / z;
        q[c] += p;
        rowSum += p * (logits[off + c] - m - logZ); // p · log_softmax
      }
      sumPLogP += rowSum;
    }
    const rows = hi - lo;
    let qLogQ = 0;
    for (let c = 0; c < k; c++) {
      const qc = q[c] / rows;
      if (qc > 0) qLogQ += qc * Math.log(qc);
    }
    scores.push(Math.exp(sumPLogP / rows - qLogQ));
  }
  let mean = 0;
  for (const v of scores) mean += v;
  mean /= splits;
  let vr = 0;
  for (const v of scores) vr += (v - mean) ** 2;
  return { mean, std: Math.sqrt(vr / splits), splits: scores };
}
