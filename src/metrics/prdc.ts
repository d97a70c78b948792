// Precision and recall (Kynkäänniemi et al. 2019, "Improved Precision and Recall Metric for Assessing Generative
// Models") and density and coverage (Naeem et al. 2020, "Reliable Fidelity and Diversity Metrics for Generative
// Models"), with k-nearest-neighbour balls: r(xᵢ) = distance from real xᵢ to its k-th nearest other real sample,
// r(yⱼ) likewise among the fakes, and
//   precision = (1/M) Σⱼ 1[∃i: ‖yⱼ − xᵢ‖ < r(xᵢ)]          recall   = (1/N) Σᵢ 1[∃j: ‖xᵢ − yⱼ‖ < r(yⱼ)]
//   density   = 1/(k·M) Σⱼ Σᵢ 1[‖yⱼ − xᵢ‖ < r(xᵢ)]          coverage = (1/N) Σᵢ 1[minⱼ ‖xᵢ − yⱼ‖ < r(xᵢ)]
// with the semantics of the `prdc` package (clovaai/generative-evaluation-prdc, source of 2020-07-13, MIT): the
// radius is the (k+1)-th smallest distance of a row including the zero self-distance, comparisons are strict, and
// distances are scikit-learn 1.2's float32 `euclidean_distances`.
//
// How the counts are made exact without an N × M matrix:
//  * scikit-learn, for float32 input, computes s = (−2·x·y + ‖x‖²) + ‖y‖² in float64 (operands upcast), rounds s to
//    float32, clips at 0 and takes a float32 square root; self-distances are 0. `exactDistance` reproduces that value
//    with a float64 dot product in JS (a different summation order moves s by ~1e-16 relative, far below the float32
//    spacing, so the float32 distance is the same).
//  * The bulk of the work is float32 Gram tiles P = −2·x·yᵀ through onnxruntime (one cached session, dynamic
//    shapes), read as a = ‖x‖² + ‖y‖² + P in float64. Whatever its summation order, a float32 dot product of length d
// is
//    within γ_d Σ|x_k y_k| ≤ γ_d ‖x‖‖y‖ of the exact one (γ_d = d·u/(1 − d·u), u = 2⁻²⁴; Higham, "Accuracy and
//    Stability of Numerical Algorithms", 2nd ed., §3.1), so |a − s| ≤ δ = 2γ_d‖x‖‖y‖ plus a float64 slack. Every
//    decision whose a lies within δ (and a 2⁻²⁰ relative guard for the float32 roundings) of its threshold is redone
//    with `exactDistance`; all the others are certain. This bound is rigorous but wide (measured sgemm errors are
//    ~10u·‖x‖‖y‖): for features whose neighbour distances are small next to their norms, many decisions are redone.
//  * The same onnxruntime graph compares each tile entry with per-row and per-column limits and returns only the
//    positions (NonZero) that JS must look at, so JS never walks a whole tile; the limits are widened to cover the
//    graph's own float32 roundings, so the filter can only let too much through, never too little.
//  * Radii: one pass over the upper-triangle tiles of each set keeps, per row, the K = k+1+16 smallest values of a (a
//    sorted insertion buffer), starting from a cap (the K-th smallest a over 256 sample rows, widened by δ). From the
//    per-element bounds, elements certainly below / above the exact (k+1)-th value are counted, and the radius is the
//    right order statistic of the exact distances of the few in between. Rows whose buffer cannot prove it (many
//    near-ties) are scanned again against all rows with a 4× larger buffer, until resolved.
//  * Cross pass: real × fake tiles, each candidate pair compared with both radii; only per-row / per-column counts are
//    kept. A tile with many undecided pairs is recomputed as a float64 Gram tile (onnxruntime float64 MatMul), whose
//    error bound (2γ_d with u = 2⁻⁵³) decides all but float32-level ties, which go to `exactDistance`.
//  * Known limit: for exactly duplicated rows sklearn's s is a rounding residue of (−2x·x + ‖x‖²) + ‖x‖² that may be
//    ±1e-13·‖x‖² instead of 0 (a distance of ~1e-6 instead of 0); here it is 0. Only a radius or comparison decided
//    by such a residue could differ.
//  * Features with max |x| outside 2^±40 (e.g. 1e19, whose float32 Gram entries overflow) are first multiplied by a
//    power of two (src/math/feature-scale.ts): exact, so every distance comparison and count is unchanged.
// Memory: O((N + M)·K) plus a few tiles (tile² float32 and the candidate lists) — never N × M.
import * as ort from 'onnxruntime-node';
import { DataType, node, valueInfo } from '../features/onnx-writer.js';
import { gramTiles, rowsAsFloat64, type Tile } from '../math/distance-tiles.js';
import { maxAbs, safeScaleExponent, scaledByPowerOfTwo } from '../math/feature-scale.js';
import { matmulABt } from '../math/gram.js';
import { tileSession, type MetricsDevice } from '../math/ort-linalg.js';
import { cpuSessionOptions } from '../features/session.js';
import { newTopK, topKInsert, type TopK } from '../math/top-k.js';

export interface PrdcOptions {
  /** Rows per Gram tile (default 1024). */
  tile?: number;
  /** Where the float32 tiles run (ort-linalg.ts tileSession); the counts are the same on every device. */
  device?: MetricsDevice;
}

export interface Prdc {
  precision: number;
  recall: number;
  density: number;
  coverage: number;
  /** How the exactness was obtained: float64 distances computed in JS, rows re-scanned, tiles redone in float64. */
  stats: { exactDistances: number; rescannedRows: number; float64Tiles: number };
}

const PAD = 16;
const SAMPLE = 256;
const U32 = 2 ** -24;
const U64 = 2 ** -53;
const GUARD_LO = 1 - 2 ** -20,
  GUARD_HI = 1 + 2 ** -20;

/**
 * The tiles' session: intra-op threads that sleep instead of spinning between runs. Each tile hands back to JS for its
 * candidates, and spinning workers then burn the cores the JS thread and the other worker need: on a busy 2-core
 * machine the whole prdc pass measured ~25 % less CPU time without spinning, at the same wall time or better.
 */
const filterSessionOptions = () => ({
  ...cpuSessionOptions(),
  extra: { session: { intra_op: { allow_spinning: '0' } } },
});

/**
 * One float32 tile through onnxruntime: P = −2·A·Bᵀ (exact scaling of the float32 Gram block), and the positions (r, c)
 * where P[r,c] + colAdd[c] ≤ rowLim[r] or P[r,c] + rowAdd[r] ≤ colLim[c] — the few entries the JS side must look at —
 * with their values P[r,c] (only those leave onnxruntime, not the tile). Everything elementwise runs vectorized in
 * onnxruntime; the limits passed in are widened to cover its float32 rounding.
 */
async function filteredTile(
  a: Float32Array,
  m: number,
  b: Float32Array,
  n: number,
  d: number,
  colAdd: Float32Array,
  rowLim: Float32Array,
  rowAdd: Float32Array,
  colLim: Float32Array,
  device: MetricsDevice = 'cpu',
): Promise<{ vals: Float32Array; rows: Int32Array; cols: Int32Array }> {
  const F = DataType.FLOAT;
  const session = tileSession(
    'prdc-filter-values-f32',
    () => ({
      nodes: [
        node('Gemm', ['A', 'B'], ['P'], { transB: 1, alpha: { float: -2 } }),
        node('Add', ['P', 'colAdd'], ['U']),
        node('LessOrEqual', ['U', 'rowLim'], ['m1']),
        node('Add', ['P', 'rowAdd'], ['V']),
        node('LessOrEqual', ['V', 'colLim'], ['m2']),
        node('Or', ['m1', 'm2'], ['M']),
        node('NonZero', ['M'], ['nz']),
        node('Cast', ['nz'], ['idx'], { to: DataType.INT32 }),
        node('Transpose', ['nz'], ['at'], { perm: [1, 0] }),
        node('GatherND', ['P', 'at'], ['vals']),
      ],
      inputs: [
        valueInfo('A', F, ['m', 'd']),
        valueInfo('B', F, ['n', 'd']),
        valueInfo('colAdd', F, [1, 'n']),
        valueInfo('rowLim', F, ['m', 1]),
        valueInfo('rowAdd', F, ['m', 1]),
        valueInfo('colLim', F, [1, 'n']),
      ],
      outputs: [valueInfo('vals', F, ['nnz']), valueInfo('idx', DataType.INT32, [2, 'nnz'])],
    }),
    device,
    filterSessionOptions,
  );
  const out = await (await session).run({
    A: new ort.Tensor('float32', a, [m, d]),
    B: new ort.Tensor('float32', b, [n, d]),
    colAdd: new ort.Tensor('float32', colAdd, [1, n]),
    rowLim: new ort.Tensor('float32', rowLim, [m, 1]),
    rowAdd: new ort.Tensor('float32', rowAdd, [m, 1]),
    colLim: new ort.Tensor('float32', colLim, [1, n]),
  });
  const idx = out.idx.data as Int32Array,
    nnz = idx.length / 2;
  return { vals: out.vals.data as Float32Array, rows: idx.subarray(0, nnz), cols: idx.subarray(nnz) };
}

/** The whole float32 tile P = −2·A·Bᵀ (m × n), with the Gemm of filteredTile. */
async function gramTile(
  a: Float32Array,
  m: number,
  b: Float32Array,
  n: number,
  d: number,
  device: MetricsDevice = 'cpu',
): Promise<Float32Array> {
  const F = DataType.FLOAT;
  const session = tileSession(
    'prdc-tile-f32',
    () => ({
      nodes: [node('Gemm', ['A', 'B'], ['P'], { transB: 1, alpha: { float: -2 } })],
      inputs: [valueInfo('A', F, ['m', 'd']), valueInfo('B', F, ['n', 'd'])],
      outputs: [valueInfo('P', F, ['m', 'n'])],
    }),
    device,
    filterSessionOptions,
  );
  const out = await (await session).run({
    A: new ort.Tensor('float32', a, [m, d]),
    B: new ort.Tensor('float32', b, [n, d]),
  });
  return out.P.data as Float32Array;
}

/** Widening of a float32 limit for onnxruntime's roundings of P + add (|values| ≲ scale): 2⁻²⁰·scale ≈ 16u·scale. */
function widen(limit: number, scale: number): number {
  return limit + 2 ** -20 * (scale + Math.abs(limit));
}

function sqNorms(x: Float32Array, n: number, d: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s0 = 0,
      s1 = 0,
      s2 = 0,
      s3 = 0,
      c = i * d;
    const e = c + d;
    for (; c + 3 < e; c += 4) {
      s0 += x[c] * x[c];
      s1 += x[c + 1] * x[c + 1];
      s2 += x[c + 2] * x[c + 2];
      s3 += x[c + 3] * x[c + 3];
    }
    for (; c < e; c++) s0 += x[c] * x[c];
    out[i] = s0 + s1 + s2 + s3;
  }
  return out;
}

/** scikit-learn's float32 euclidean distance between row i of x and row j of y (see the header). */
function exactDistance(
  x: Float32Array,
  i: number,
  y: Float32Array,
  j: number,
  d: number,
  xx: number,
  yy: number,
): number {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  const a = i * d,
    b = j * d;
  let c = 0;
  for (; c + 3 < d; c += 4) {
    s0 += x[a + c] * y[b + c];
    s1 += x[a + c + 1] * y[b + c + 1];
    s2 += x[a + c + 2] * y[b + c + 2];
    s3 += x[a + c + 3] * y[b + c + 3];
  }
  for (; c < d; c++) s0 += x[a + c] * y[b + c];
  let s = -2 * (s0 + s1 + s2 + s3) + xx;
  s += yy;
  const f = Math.fround(s);
  return f > 0 ? Math.fround(Math.sqrt(f)) : 0;
}

/** Error bounds of a = ‖x‖² + ‖y‖² − 2ĝ: |a − s| ≤ gemm·‖x‖‖y‖ + slack·(‖x‖² + ‖y‖²). */
function bounds(d: number, u: number): { gemm: number; slack: number } {
  const du = d * u;
  return { gemm: (2 * du) / (1 - du), slack: (2 * d + 8) * U64 };
}

/** Per query row, the K smallest approximate squared distances seen so far (sorted) and their column index, and the
 * row's admission limit `worst` (≤ its K-th value; every insert is made with a value below it). */
interface Buffers extends TopK {
  worst: Float64Array;
}

function newBuffers(rows: number, K: number): Buffers {
  return { ...newTopK(rows, K), worst: new Float64Array(rows).fill(Infinity) };
}

function insert(b: Buffers, r: number, v: number, j: number): void {
  topKInsert(b, r, v, j);
  // Until the buffer is full, `worst` keeps its initial cap (an upper bound of the row's K-th value, see radii).
  b.worst[r] = Math.min(b.worst[r], b.vals[r * b.K + b.K - 1]);
}

/** Self pass over one tile of the upper triangle: each candidate pair (i < j) may enter both rows' buffers; the
 * diagonal contributes the self-distance 0. Candidates come from onnxruntime (entries below a row's or a column's
 * current K-th value at the tile start); the exact test against the current buffers is made here. */
async function selfTile(x: Float32Array, d: number, t: Tile, xx: Float64Array, lim: Limits, b: Buffers): Promise<void> {
  const { i0, ti, j0, tj } = t;
  const worst = b.worst;
  const rowLim = new Float32Array(ti),
    colLim = new Float32Array(tj);
  for (let r = 0; r < ti; r++) rowLim[r] = widen(worst[i0 + r] - xx[i0 + r], lim.scale);
  for (let c = 0; c < tj; c++) colLim[c] = widen(worst[j0 + c] - xx[j0 + c], lim.scale);
  const { vals, rows, cols } = await filteredTile(
    x.subarray(i0 * d, (i0 + ti) * d),
    ti,
    x.subarray(j0 * d, (j0 + tj) * d),
    tj,
    d,
    lim.xx32.subarray(j0, j0 + tj),
    rowLim,
    lim.xx32.subarray(i0, i0 + ti),
    colLim,
    lim.device,
  );
  const diag = i0 === j0;
  if (diag) for (let r = 0; r < ti; r++) if (0 < worst[i0 + r]) insert(b, i0 + r, 0, i0 + r);
  for (let q = 0; q < rows.length; q++) {
    const r = rows[q],
      c = cols[q];
    if (diag && c <= r) continue;
    const i = i0 + r,
      j = j0 + c;
    const v = xx[i] + xx[j] + vals[q];
    if (v < worst[i]) insert(b, i, v, j);
    if (v < worst[j]) insert(b, j, v, i);
  }
}

/** Rescan tile: query rows (global ids `ids`, local i0…) against all columns, one-sided. */
async function rowsTile(
  q: Float32Array,
  x: Float32Array,
  d: number,
  t: Tile,
  ids: Int32Array,
  xx: Float64Array,
  lim: Limits,
  b: Buffers,
): Promise<void> {
  const { i0, ti, j0, tj } = t;
  const worst = b.worst;
  const rowLim = new Float32Array(ti),
    rowAdd = new Float32Array(ti),
    colLim = new Float32Array(tj).fill(-Infinity);
  for (let r = 0; r < ti; r++) rowLim[r] = widen(worst[i0 + r] - xx[ids[i0 + r]], lim.scale);
  const { vals, rows, cols } = await filteredTile(
    q.subarray(i0 * d, (i0 + ti) * d),
    ti,
    x.subarray(j0 * d, (j0 + tj) * d),
    tj,
    d,
    lim.xx32.subarray(j0, j0 + tj),
    rowLim,
    rowAdd,
    colLim,
    lim.device,
  );
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k],
      c = cols[k],
      lr = i0 + r,
      i = ids[lr],
      j = j0 + c;
    if (i === j) continue;
    const v = xx[i] + xx[j] + vals[k];
    if (v < worst[lr]) insert(b, lr, v, j);
  }
  // The self-distance is 0 whatever onnxruntime made of it.
  for (let r = 0; r < ti; r++) {
    const i = ids[i0 + r];
    if (i >= j0 && i < j0 + tj && 0 < worst[i0 + r]) insert(b, i0 + r, 0, i);
  }
}

/**
 * Initial per-row caps for the self pass, so that a row's first tiles do not pass every entry to JS: the K-th smallest
 * value of a over an evenly spaced sample of SAMPLE rows bounds the row's K-th smallest value over all rows from
 * above (widened by the float32 error bound, since the tiles round the same pairs differently).
 */
async function capRows(
  x: Float32Array,
  n: number,
  d: number,
  xx: Float64Array,
  nrm: Float64Array,
  maxNorm: number,
  K: number,
  tile: number,
  cap: Float64Array,
  device: MetricsDevice = 'cpu',
): Promise<void> {
  const S = Math.min(n, SAMPLE);
  if (S <= 2 * K) return;
  const ids = Int32Array.from({ length: S }, (_, s) => Math.floor((s * n) / S));
  const sample = new Float32Array(S * d);
  ids.forEach((i, s) => sample.set(x.subarray(i * d, (i + 1) * d), s * d));
  const { gemm, slack } = bounds(d, U32);
  const best = newTopK(1, K);
  for (let i0 = 0; i0 < n; i0 += tile) {
    const ti = Math.min(tile, n - i0);
    const p = await gramTile(x.subarray(i0 * d, (i0 + ti) * d), ti, sample, S, d, device);
    for (let r = 0; r < ti; r++) {
      const i = i0 + r;
      best.vals.fill(Infinity);
      for (let s = 0; s < S; s++) topKInsert(best, 0, ids[s] === i ? 0 : xx[i] + xx[ids[s]] + p[r * S + s], s);
      const kth = best.vals[K - 1];
      const margin = 2 * (gemm * nrm[i] * maxNorm + slack * (xx[i] + xx[i] + maxNorm * maxNorm));
      cap[i] = kth + margin + 1e-9 * Math.abs(kth);
    }
  }
}

/** Norms of one set in the forms the passes need. */
interface Limits {
  xx32: Float32Array;
  scale: number;
  device: MetricsDevice;
}

/** One set's features, norms, error bounds and scratch space for proving its k-NN radii. */
interface RadiusProof {
  x: Float32Array;
  n: number;
  d: number;
  xx: Float64Array;
  nrm: Float64Array;
  maxNorm: number;
  maxSq: number;
  gemm: number;
  slack: number;
  lower: Float64Array;
  band: number[];
  stats: Prdc['stats'];
}

/** The norms and bounds of set `x` (n × d, squared norms `xx`) for radii, with fresh scratch space. */
function radiusProof(x: Float32Array, n: number, d: number, xx: Float64Array, stats: Prdc['stats']): RadiusProof {
  const nrm = xx.map(Math.sqrt);
  let maxNorm = 0,
    maxSq = 0;
  for (let i = 0; i < n; i++) {
    maxNorm = Math.max(maxNorm, nrm[i]);
    maxSq = Math.max(maxSq, xx[i]);
  }
  const { gemm, slack } = bounds(d, U32);
  return { x, n, d, xx, nrm, maxNorm, maxSq, gemm, slack, lower: new Float64Array(n), band: [], stats };
}

/** Fixes the k-th radius of global row i (into `out`) from buffer row r; false when the buffer cannot prove it. */
function resolveRadius(pr: RadiusProof, b: Buffers, r: number, i: number, k: number, out: Float32Array): boolean {
  const { x, n, d, xx, nrm, maxNorm, maxSq, gemm, slack, lower, band } = pr;
  const { K, vals, idx } = b;
  const base = r * K;
  const ei = gemm * nrm[i];
  const delta = (p: number) => {
    const j = idx[base + p];
    return j === i ? 0 : ei * nrm[j] + slack * (xx[i] + xx[j]);
  };
  let eHi = -Infinity; // upper bound of the exact (k+1)-th value: the k+1 smallest a, each at its upper bound
  for (let p = 0; p <= k; p++) eHi = Math.max(eHi, vals[base + p] + delta(p));
  for (let p = 0; p < K; p++) lower[p] = vals[base + p] - delta(p);
  let eLo = lower.subarray(0, K).sort()[k]; // lower bound: (k+1)-th smallest lower bound
  if (K < n) {
    if (vals[base + K - 1] === Infinity) return false; // a cap that was too tight: rescan without one
    const outside = vals[base + K - 1] - (ei * maxNorm + slack * (xx[i] + maxSq)); // any element not in the buffer
    if (outside <= eHi) return false;
    eLo = Math.min(eLo, outside);
  }
  let below = 0;
  band.length = 0;
  for (let p = 0; p < K; p++) {
    const v = vals[base + p],
      dl = delta(p);
    if (v + dl < eLo) below++;
    else if (v - dl <= eHi) {
      const j = idx[base + p];
      band.push(j === i ? 0 : exactDistance(x, i, x, j, d, xx[i], xx[j]));
    }
  }
  pr.stats.exactDistances += band.length;
  band.sort((p, q) => p - q);
  out[i] = band[k - below];
  return true;
}

/**
 * Resolves row i's radii (from buffer row r) of the ks whose bits are set in `open` (bit q: ks[q], into outs[q]);
 * the bits still open.
 */
function resolveOpen(
  pr: RadiusProof,
  ks: readonly number[],
  outs: Float32Array[],
  b: Buffers,
  r: number,
  i: number,
  open: number,
): number {
  for (let q = 0; q < ks.length; q++)
    if (open & (1 << q) && resolveRadius(pr, b, r, i, ks[q], outs[q])) open &= ~(1 << q);
  return open;
}

/**
 * Rows with many near-ties around their radius (`pending`, with their open ks in `open`): scans them again against
 * every row, with a buffer 4× larger (than K) each round, until every radius is proved.
 */
async function rescanRows(
  pr: RadiusProof,
  ks: readonly number[],
  outs: Float32Array[],
  pending: number[],
  open: number[],
  K: number,
  tile: number,
  lim: Limits,
): Promise<void> {
  const { x, n, d, xx, stats } = pr;
  while (pending.length) {
    stats.rescannedRows += pending.length;
    K = Math.min(n, K * 4);
    const ids = Int32Array.from(pending);
    const q = new Float32Array(ids.length * d);
    ids.forEach((i, r) => q.set(x.subarray(i * d, (i + 1) * d), r * d));
    const b = newBuffers(ids.length, K);
    for (const t of gramTiles(ids.length, n, tile, false)) await rowsTile(q, x, d, t, ids, xx, lim, b);
    const next: number[] = [],
      nextOpen: number[] = [];
    pending.forEach((i, r) => {
      const o = resolveOpen(pr, ks, outs, b, r, i, open[r]);
      if (o) {
        next.push(i);
        nextOpen.push(o);
      }
    });
    pending = next;
    open = nextOpen;
  }
}

/**
 * k-NN radii of one set, for each k of `ks`: for each row, the (k+1)-th smallest sklearn float32 distance (self
 * included, as 0). One pass serves every k: the buffers keep the max(ks) + 1 + PAD smallest values of each row, and
 * each k's radius is proved from them on its own (rows that cannot prove one are rescanned for the k still open).
 */
async function radii(
  x: Float32Array,
  n: number,
  d: number,
  ks: readonly number[],
  xx: Float64Array,
  tile: number,
  stats: Prdc['stats'],
  device: MetricsDevice = 'cpu',
): Promise<Float32Array[]> {
  const pr = radiusProof(x, n, d, xx, stats);
  const lim: Limits = { xx32: Float32Array.from(xx), scale: 4 * pr.maxSq, device };
  const outs = ks.map(() => new Float32Array(n));
  const K = Math.min(n, Math.max(...ks) + 1 + PAD);
  const all = newBuffers(n, K);
  await capRows(x, n, d, xx, pr.nrm, pr.maxNorm, K, tile, all.worst, device);
  for (const t of gramTiles(n, n, tile, true)) await selfTile(x, d, t, xx, lim, all);
  const pending: number[] = [],
    open: number[] = [];
  const every = (1 << ks.length) - 1;
  for (let i = 0; i < n; i++) {
    const o = resolveOpen(pr, ks, outs, all, i, i, every);
    if (o) {
      pending.push(i);
      open.push(o);
    }
  }
  await rescanRows(pr, ks, outs, pending, open, K, tile, lim);
  return outs;
}

/** One k's radii, squared-radius thresholds and per-row / per-column results in the cross pass. */
interface Balls {
  rReal: Float32Array;
  rFake: Float32Array;
  rLo: Float64Array;
  rHi: Float64Array;
  fLo: Float64Array;
  fHi: Float64Array;
  precisionHit: Uint8Array;
  densityCount: Int32Array;
  coverageHit: Uint8Array;
  recallHit: Uint8Array;
}

/** State of the cross pass: features, norms and one Balls per k. */
interface Cross {
  real: Float32Array;
  fake: Float32Array;
  d: number;
  xx: Float64Array;
  yy: Float64Array;
  balls: Balls[];
  openR: number[];
  openC: number[];
  exactDistances: number;
}

function count(b: Balls, i: number, j: number, inReal: boolean, inFake: boolean): void {
  if (inReal) {
    b.precisionHit[j] = 1;
    b.densityCount[j]++;
    b.coverageHit[i] = 1;
  }
  if (inFake) b.recallHit[i] = 1;
}

/**
 * Decides one pair for every k from its approximate a and bound delta, with the exact distance (computed once) when
 * a comparison is open.
 */
function decide(s: Cross, i: number, j: number, a: number, delta: number): void {
  const aLo = a - delta,
    aHi = a + delta;
  let dist = -1;
  for (const b of s.balls) {
    let inReal = aHi < b.rLo[i],
      inFake = aHi < b.fLo[j];
    const realOpen = !inReal && aLo <= b.rHi[i],
      fakeOpen = !inFake && aLo <= b.fHi[j];
    if (realOpen || fakeOpen) {
      if (dist < 0) {
        dist = exactDistance(s.real, i, s.fake, j, s.d, s.xx[i], s.yy[j]);
        s.exactDistances++;
      }
      if (realOpen) inReal = dist < b.rReal[i];
      if (fakeOpen) inFake = dist < b.rFake[j];
    }
    count(b, i, j, inReal, inFake);
  }
}

/**
 * Precision, recall, density and coverage of `fake` (M × d, row-major float32) against `real` (N × d) with k nearest
 * neighbours — prdc's `compute_prdc(real_features, fake_features, nearest_k=k)` (clovaai prdc 2020-07-13 on
 * scikit-learn 1.2), with identical counts. The usual choices are k = 3 (precision/recall, Kynkäänniemi et al.) and
 * k = 5 (density/coverage, Naeem et al.): prdcForEachK gives both from one pass.
 */
export async function prdc(
  real: Float32Array,
  nReal: number,
  fake: Float32Array,
  nFake: number,
  d: number,
  k = 5,
  opts: PrdcOptions = {},
): Promise<Prdc> {
  return (await prdcForEachK(real, nReal, fake, nFake, d, [k], opts))[0];
}

/**
 * prdc(real, nReal, fake, nFake, d, k) for each k of `ks` (in that order, each with the very counts prdc gives), from
 * one radius pass over each set and one cross pass: the distance tiles, the only O(N²·d) work, are computed once for
 * all k. `stats` is shared by the results.
 */
export async function prdcForEachK(
  real: Float32Array,
  nReal: number,
  fake: Float32Array,
  nFake: number,
  d: number,
  ks: readonly number[],
  opts: PrdcOptions = {},
): Promise<Prdc[]> {
  if (ks.length < 1 || ks.length > 30) throw new RangeError(`prdc: between 1 and 30 values of k, got ${ks.length}`);
  for (const k of ks) {
    if (!Number.isInteger(k) || k < 1) throw new RangeError(`prdc: k must be a positive integer, got ${k}`);
    if (nReal <= k || nFake <= k)
      throw new RangeError(`prdc: each set needs more than k = ${k} samples (got ${nReal}, ${nFake})`);
  }
  if (real.length !== nReal * d || fake.length !== nFake * d)
    throw new RangeError('prdc: array sizes do not match the given shapes');
  const tile = Math.max(1, Math.floor(opts.tile ?? 1024));
  // features so large (or small) that the float32 tiles would overflow: the same counts from features times 2^e
  const e = safeScaleExponent(maxAbs(real, fake));
  if (e !== 0) {
    real = scaledByPowerOfTwo(real, e);
    fake = scaledByPowerOfTwo(fake, e);
  }
  const stats = { exactDistances: 0, rescannedRows: 0, float64Tiles: 0 };
  const xx = sqNorms(real, nReal, d),
    yy = sqNorms(fake, nFake, d);
  const rReal = await radii(real, nReal, d, ks, xx, tile, stats, opts.device);
  const rFake = await radii(fake, nFake, d, ks, yy, tile, stats, opts.device);
  const s = await crossCounts(real, nReal, fake, nFake, d, xx, yy, rReal, rFake, tile, stats, opts.device);
  return ks.map((k, q) => {
    const b = s.balls[q];
    let p = 0,
      dens = 0,
      cov = 0,
      rec = 0;
    for (let j = 0; j < nFake; j++) {
      p += b.precisionHit[j];
      dens += b.densityCount[j];
    }
    for (let i = 0; i < nReal; i++) {
      cov += b.coverageHit[i];
      rec += b.recallHit[i];
    }
    return {
      precision: p / nFake,
      recall: rec / nReal,
      density: (1 / k) * (dens / nFake), // prdc: (1/k) · mean over fakes of the counts
      coverage: cov / nReal,
      stats,
    };
  });
}

/**
 * Squared-radius thresholds of the radii `r`: a value certainly below lo is "<", certainly above hi is not. A zero
 * radius admits nothing.
 */
function thresholds(r: Float32Array): { lo: Float64Array; hi: Float64Array } {
  const lo = new Float64Array(r.length),
    hi = new Float64Array(r.length);
  r.forEach((v, i) => {
    const r2 = v * v;
    lo[i] = r2 > 0 ? r2 * GUARD_LO : -Infinity;
    hi[i] = r2 > 0 ? r2 * GUARD_HI : -Infinity;
  });
  return { lo, hi };
}

/** One Balls per k (rReal[q], rFake[q]: the radii of the q-th k): its thresholds and zeroed hits. */
function newBalls(rReal: Float32Array[], rFake: Float32Array[], nReal: number, nFake: number): Balls[] {
  return rReal.map((rr, q) => {
    const { lo: rLo, hi: rHi } = thresholds(rr),
      { lo: fLo, hi: fHi } = thresholds(rFake[q]);
    return {
      rReal: rr,
      rFake: rFake[q],
      rLo,
      rHi,
      fLo,
      fHi,
      precisionHit: new Uint8Array(nFake),
      densityCount: new Int32Array(nFake),
      coverageHit: new Uint8Array(nReal),
      recallHit: new Uint8Array(nReal),
    };
  });
}

/** Norms, error bounds and onnxruntime skip thresholds of the cross pass, fixed before its first tile. */
interface CrossSetup {
  nx: Float64Array;
  ny: Float64Array;
  b32: { gemm: number; slack: number };
  b64: { gemm: number; slack: number };
  xx32: Float32Array;
  yy32: Float32Array;
  rowOut: Float32Array;
  colOut: Float32Array;
}

/**
 * The norms and bounds of the cross pass, and the thresholds onnxruntime filters the pairs with: it skips (i, j) only
 * when ‖y‖² − 2g > rowOut[i] and ‖x‖² − 2g > colOut[j].
 */
function crossSetup(xx: Float64Array, yy: Float64Array, d: number, balls: Balls[]): CrossSetup {
  const nReal = xx.length,
    nFake = yy.length;
  const nx = xx.map(Math.sqrt),
    ny = yy.map(Math.sqrt);
  const b32 = bounds(d, U32),
    b64 = bounds(d, U64);
  let maxNx = 0,
    maxNy = 0,
    maxXX = 0,
    maxYY = 0;
  for (let i = 0; i < nReal; i++) {
    maxNx = Math.max(maxNx, nx[i]);
    maxXX = Math.max(maxXX, xx[i]);
  }
  for (let j = 0; j < nFake; j++) {
    maxNy = Math.max(maxNy, ny[j]);
    maxYY = Math.max(maxYY, yy[j]);
  }
  // the largest squared-radius threshold of each row / column over the ks
  const rHi = Float64Array.from(balls[0].rHi),
    fHi = Float64Array.from(balls[0].fHi);
  for (const b of balls.slice(1)) {
    for (let i = 0; i < nReal; i++) rHi[i] = Math.max(rHi[i], b.rHi[i]);
    for (let j = 0; j < nFake; j++) fHi[j] = Math.max(fHi[j], b.fHi[j]);
  }
  // A skipped pair is certainly outside every ball, since a − δ > hi there with
  // δ ≤ gemm·‖x‖·max‖y‖ + slack·(‖x‖² + max‖y‖²) (symmetrically for the columns).
  const scale = 4 * (maxXX + maxYY);
  const rowOut = new Float32Array(nReal),
    colOut = new Float32Array(nFake);
  for (let i = 0; i < nReal; i++)
    rowOut[i] = widen(rHi[i] - xx[i] + b32.gemm * nx[i] * maxNy + b32.slack * (xx[i] + maxYY), scale);
  for (let j = 0; j < nFake; j++)
    colOut[j] = widen(fHi[j] - yy[j] + b32.gemm * maxNx * ny[j] + b32.slack * (maxXX + yy[j]), scale);
  return { nx, ny, b32, b64, xx32: Float32Array.from(xx), yy32: Float32Array.from(yy), rowOut, colOut };
}

/**
 * Counts the pairs of one tile's float32 Gram entries (`vals` at tile rows / columns `rows`, `cols`) that the float32
 * bound decides for every k; the others go to s.openR / s.openC.
 */
function countCertainPairs(
  s: Cross,
  c: CrossSetup,
  t: Tile,
  vals: Float32Array,
  rows: Int32Array,
  cols: Int32Array,
): void {
  const { xx, yy, balls, openR, openC } = s;
  const { nx, ny, b32 } = c;
  openR.length = 0;
  openC.length = 0;
  for (let q = 0; q < rows.length; q++) {
    const r = rows[q],
      col = cols[q],
      i = t.i0 + r,
      j = t.j0 + col;
    const a = xx[i] + yy[j] + vals[q];
    const delta = b32.gemm * nx[i] * ny[j] + b32.slack * (xx[i] + yy[j]);
    const aLo = a - delta,
      aHi = a + delta;
    let certain = true;
    for (const b of balls)
      if (!((aHi < b.rLo[i] || aLo > b.rHi[i]) && (aHi < b.fLo[j] || aLo > b.fHi[j]))) {
        certain = false;
        break;
      }
    if (certain) for (const b of balls) count(b, i, j, aHi < b.rLo[i], aHi < b.fLo[j]);
    else {
      openR.push(r);
      openC.push(col);
    }
  }
}

/**
 * Decides the tile's open pairs (s.openR / s.openC): from a float64 Gram tile when many are open (cheaper than that
 * many JS dot products), else each from its exact distance.
 */
async function decideOpenPairs(s: Cross, c: CrossSetup, t: Tile, stats: Prdc['stats']): Promise<void> {
  const { i0, ti, j0, tj } = t;
  const { real, fake, d, xx, yy, openR, openC } = s;
  const { nx, ny, b64 } = c;
  if (openR.length * 128 > ti * tj) {
    stats.float64Tiles++;
    const g64 = await matmulABt(rowsAsFloat64(real, i0, ti, d), rowsAsFloat64(fake, j0, tj, d), ti, d, tj);
    for (let q = 0; q < openR.length; q++) {
      const i = i0 + openR[q],
        j = j0 + openC[q];
      decide(
        s,
        i,
        j,
        xx[i] + yy[j] - 2 * g64[openR[q] * tj + openC[q]],
        b64.gemm * nx[i] * ny[j] + b64.slack * (xx[i] + yy[j]),
      );
    }
  } else {
    for (let q = 0; q < openR.length; q++) decide(s, i0 + openR[q], j0 + openC[q], 0, Infinity);
  }
}

/**
 * The cross pass: real × fake tiles, every pair decided against both radii of every k (rReal[q], rFake[q]: the radii
 * of the q-th k); the per-row / per-column hits.
 */
async function crossCounts(
  real: Float32Array,
  nReal: number,
  fake: Float32Array,
  nFake: number,
  d: number,
  xx: Float64Array,
  yy: Float64Array,
  rReal: Float32Array[],
  rFake: Float32Array[],
  tile: number,
  stats: Prdc['stats'],
  device: MetricsDevice = 'cpu',
): Promise<Cross> {
  const balls = newBalls(rReal, rFake, nReal, nFake);
  const c = crossSetup(xx, yy, d, balls);
  const s: Cross = { real, fake, d, xx, yy, balls, openR: [], openC: [], exactDistances: 0 };
  for (const t of gramTiles(nReal, nFake, tile, false)) {
    const { i0, ti, j0, tj } = t;
    const { vals, rows, cols } = await filteredTile(
      real.subarray(i0 * d, (i0 + ti) * d),
      ti,
      fake.subarray(j0 * d, (j0 + tj) * d),
      tj,
      d,
      c.yy32.subarray(j0, j0 + tj),
      c.rowOut.subarray(i0, i0 + ti),
      c.xx32.subarray(i0, i0 + ti),
      c.colOut.subarray(j0, j0 + tj),
      device,
    );
    countCertainPairs(s, c, t, vals, rows, cols);
    await decideOpenPairs(s, c, t, stats);
  }
  stats.exactDistances += s.exactDistances;
  return s;
}
