// Tiling of pairwise products (Gram matrices, distance tiles) so that no N × M matrix is ever held: the tile list
// shared by KID's kernel sums and prdc's distance passes, and the float32 → float64 row blocks they feed to ORT.

/** One tile: rows [i0, i0 + ti) of the left factor against rows [j0, j0 + tj) of the right one. */
export interface Tile { i0: number; ti: number; j0: number; tj: number }

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
    if (!upper) { for (let j0 = 0; j0 < m; j0 += tile) add(i0, ti, j0, Math.min(tile, m - j0)); continue; }
    const h = Math.ceil(ti / 2);
    if (ti > 64) { add(i0, h, i0, h); add(i0, h, i0 + h, ti - h); add(i0 + h, ti - h, i0 + h, ti - h); } else add(i0, ti, i0, ti);
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
