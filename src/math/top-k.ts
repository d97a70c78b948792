// Per-row buffers of the K smallest values seen so far (k-nearest-neighbour candidates and radii), shared by prdc's
// radius passes, memorization's nearest-neighbour search and the bootstrap's resample radii. Sorted insertion into a
// fixed buffer: O(K) per accepted value, O(1) per rejected one, and no per-row sort.

/** rows × K values (ascending per row, +∞ where unfilled) and the column index of each (−1 where unfilled). */
export interface TopK {
  K: number;
  vals: Float64Array;
  idx: Int32Array;
}

export function newTopK(rows: number, K: number): TopK {
  return { K, vals: new Float64Array(rows * K).fill(Infinity), idx: new Int32Array(rows * K).fill(-1) };
}

/** Empties row r. */
export function clearTopK(b: TopK, r: number): void {
  b.vals.fill(Infinity, r * b.K, (r + 1) * b.K);
  b.idx.fill(-1, r * b.K, (r + 1) * b.K);
}

/**
 * Inserts (v, j) into row r when v is strictly below the row's K-th value (NaN never enters); among equal values the
 * one inserted first stays first. Returns whether it went in.
 */
export function topKInsert(b: TopK, r: number, v: number, j: number): boolean {
  const { K, vals, idx } = b;
  const base = r * K;
  if (!(v < vals[base + K - 1])) return false;
  let p = K - 1;
  while (p > 0 && vals[base + p - 1] > v) {
    vals[base + p] = vals[base + p - 1];
    idx[base + p] = idx[base + p - 1];
    p--;
  }
  vals[base + p] = v;
  idx[base + p] = j;
  return true;
}

/** The row's K-th smallest value so far (+∞ while the row holds fewer than K). */
export function kthValue(b: TopK, r: number): number {
  return b.vals[r * b.K + b.K - 1];
}
