// Memorization (data-copying) check: the authenticity rule of Alaa, van Breugel, Saveliev & van der Schaar 2022,
// "How Faithful is your Synthetic Data? Sample-level Metrics for Evaluating and Auditing Generative Models" (ICML
// 2022, §3 "Authenticity"): a generated sample y is non-authentic when it lies closer to its nearest training sample x*
// than x* lies to its own nearest other training sample,
//   ρ(y) = ‖y − x*‖ / r(x*),   x* = argminₓ ‖y − x‖ over training,   r(x*) = min over training x ≠ x* of ‖x* − x‖,
// non-authentic ⇔ ρ < 1. Exact duplicates of x* in the training set (distance 0) are skipped when computing r, so a
// training set with repeated images does not give r = 0; when every training row equals x*, r = +∞ and ρ = 0.
//
// Why the default β = 0.25 and not Alaa et al.'s 1: for held-out samples from the training distribution, x* is y's
// nearest of N points and r(x*) is x*'s nearest of N − 1 others, so ρ < 1 about half of the time. Measured on the
// reference pack (pool3 features of 64×64 crops; training = set A, 200 crops of 10 photos;
// tests/unit/memorization.test.ts
// asserts every number here):
//   held-out B (200 other crops of the same photos): ρ quantiles 1% 0.345, 5% 0.532, 50% 0.976; 105/200 (52.5%) have
//     ρ < 1. Its minimum, 0.132, is B[23], a crop shifted by (−2, +1) px from A[133] (95% overlap: a true near-copy);
//     the next is 0.342. Crops overlapping their nearest training crop by 88% / 85% / 82% get ρ 0.45 / 0.57 / 0.54.
//   C (B + pixel noise): 1% 0.668, 5% 0.789, 50% 1.087, min 0.646.  D (B blurred): 1% 0.347, 5% 0.591, 50% 0.988,
//     min 0.266 (the blurred B[23]).
//   copies: an exact copy has ρ = 0 exactly; a copy moved by ε·r(x*) in feature space has ρ = ε (for ε < 1/2);
//     isotropic feature noise of 0.1% / 1% / 3% of ‖x‖ gives median ρ 0.034 / 0.34 / 1.03 (the median r(x*) is 4.4% of
//     the mean feature norm).
// β = 0.25 sits ~25% below every honest non-overlapping pair (≥ 0.33 in B and D): it flags 1/200 of B (the shifted
// crop), none of C or D, and every copy perturbed by less than a quarter of its training neighbour's spacing. A
// power-law
// fit of B's lower tail (P(ρ < x) ∝ x^3.7 between the 1% and 5% quantiles) puts an honest model's share near 0.3%.
// The reference (held-out real) set is the calibration: its share at β is what an honest model scores, and reference
// rows with ρ < β are near-duplicates of training rows (a leak between the splits).
//
// How it is computed (no nG × nT matrix is ever held):
//  * Training rows are deduplicated first (exact float equality, via a row hash); all searches run over the distinct
//    rows, and a result index is the first training row of its group.
//  * Nearest neighbours by tiles: float32 Gram tiles through onnxruntime of the rows centred on the training mean μ
//    (distances are unchanged and the rounding error shrinks with the norms), a = ‖q‖² + ‖t‖² − 2q·t, reduced in the
//    same graph with TopK to the K = 32 smallest per row (and per column, for the upper-triangle tiles of the
//    training × training pass) and merged in JS into per-row candidate buffers. The squared distances of the candidates
//    that can still be nearest are recomputed exactly in float64 in JS as Σ(q − t)² (so an exact copy gives exactly 0).
//    A row outside the buffer has a ≥ the buffer's K-th value, and a float32 dot product of length d is within
//    γ_d Σ|qₖtₖ| ≤ γ_d‖q‖‖t‖ of the exact one (γ_d = d·u/(1 − d·u); Higham, "Accuracy and Stability of Numerical
//    Algorithms", 2nd ed., §3.1); when the best exact candidate is not provably below every row outside the buffer,
//    that query row is searched again with float64 tiles (u = 2⁻⁵³). Ties that even float64 cannot separate are broken
//    by the smaller index (the distances agree to ~1e-13; ρ then depends on which x* is taken).
//  * r(x*): each distinct training row's nearest other distinct row, from the upper-triangle tiles of the training ×
//    training product (row and column TopK per tile), or — when fewer than half of the distinct rows are ever someone's
//    x* — from those rows only, against all training rows.
//  * Features with max |x| outside 2^±40 are searched after an exact power-of-two rescaling (src/math/feature-scale.ts;
//    float32 tiles of 1e19-sized features overflow); distances and radii are scaled back, ratios are unchanged.
// Memory: O((nG + nR + nT)·K) plus a few tiles; work ≈ (nG + nR)·nT·d + min(nT²/2, |used|·nT)·d multiply-adds.
import * as ort from 'onnxruntime-node';
import { DataType, node, valueInfo } from '../features/onnx-writer.js';
import { maxAbs, safeScaleExponent, scaledByPowerOfTwo } from '../math/feature-scale.js';
import { cachedSession, tileSession as deviceTileSession, type MetricsDevice } from '../math/ort-linalg.js';
import { newTopK, topKInsert, type TopK } from '../math/top-k.js';
import { InputError } from '../util/errors.js';
import { firstNonFinite } from '../util/first-non-finite.js';

/** Default threshold on ρ: a generated sample with ρ < β is a suspected copy (see the header for the measurement). */
export const DEFAULT_BETA = 0.25;
export const DEFAULT_MAX_PAIRS = 16;

export interface MemorizationOptions {
  /** Suspected copy ⇔ ρ < beta (default DEFAULT_BETA; Alaa et al.'s own rule is beta = 1). */
  beta?: number;
  /** Pairs kept in `closestPairs` (default 16). */
  maxPairs?: number;
  /** Held-out real features, checked against training the same way (leak detection and calibration). */
  reference?: { features: Float32Array; n: number };
  /** Rows per Gram tile (default 1024). */
  tile?: number;
  /** How r(x*) is found: all distinct training rows (upper-triangle pass), only the used ones, or the cheaper (auto).
   * */
  radiusPass?: 'auto' | 'triangle' | 'rows';
  /** Where the float32 tiles run (ort-linalg.ts tileSession); the results are the same on every device. */
  device?: MetricsDevice;
}

interface PairBase {
  /** Index of the nearest training row (the first of its exact duplicates). */
  training: number;
  /** ‖y − x*‖, exact float64. */
  distance: number;
  /** ρ = distance / r(x*). */
  ratio: number;
}
export interface GeneratedPair extends PairBase {
  generated: number;
}
export interface ReferencePair extends PairBase {
  reference: number;
}

/** Per-sample results of one set (generated or reference) against training. */
export interface NearestTraining {
  /** Samples with ρ < beta. */
  flagged: number;
  /** flagged / n. */
  share: number;
  /** Index of each sample's nearest training row x* (the first of its exact duplicates). */
  nearestTraining: Int32Array;
  /** ‖y − x*‖ (exact float64). */
  distance: Float64Array;
  /** r(x*): distance from x* to its nearest other distinct training row (+∞ when there is none). */
  trainingRadius: Float64Array;
  /** ρ = ‖y − x*‖ / r(x*) (0 when r = +∞). */
  ratio: Float64Array;
}

/** The generated set's results (its `share` is the gate metric `memorization`, lower is better) and the reference's. */
export interface MemorizationResult extends NearestTraining {
  /** The threshold used: flagged ⇔ ρ < beta. */
  beta: number;
  /** Up to maxPairs generated samples with the smallest ρ, ascending. */
  closestPairs: GeneratedPair[];
  reference?: NearestTraining & { closestPairs: ReferencePair[] };
  stats: {
    /** Distinct training rows (after removing exact duplicates). */
    distinctTraining: number;
    /** Which pass found r(x*). */
    radiusPass: 'triangle' | 'rows';
    /** Rows searched again with float64 tiles because float32 could not prove their nearest neighbour. */
    float64Rows: number;
  };
}

/** Candidates kept per row: enough that, on concentrated high-dimensional features, the K-th candidate usually lies
 * beyond the float32 error bound of the first, so that few rows need the float64 pass. */
const K = 32;
const U32 = 2 ** -24;
const U64 = 2 ** -53;

// ───────────────────────────────────────────── onnxruntime tiles ─────────────────────────────────────────────

type Precision = 'float32' | 'float64';

/** Gram tile + TopK graph. Rows: for each row of A, the k smallest of −2·a·b + ‖b‖² over the rows of B (value, column).
 * With columns: also, for each row of B, the k smallest of −2·a·b + ‖a‖² over the rows of A. */
function tileSession(
  precision: Precision,
  columns: boolean,
  device: MetricsDevice = 'cpu',
): Promise<ort.InferenceSession> {
  if (precision === 'float32')
    return deviceTileSession(`nearest-topk:${precision}:${columns}`, () => tileGraph(precision, columns), device);
  return cachedSession(`nearest-topk:${precision}:${columns}`, () => tileGraph(precision, columns));
}

function tileGraph(precision: Precision, columns: boolean) {
  const T = precision === 'float32' ? DataType.FLOAT : DataType.DOUBLE;
  const I64 = DataType.INT64,
    I32 = DataType.INT32;
  const nodes = [
    node('Gemm', ['A', 'B'], ['P'], { transB: 1, alpha: { float: -2 } }),
    node('Add', ['P', 'bb'], ['rowA']),
    node('TopK', ['rowA', 'kRow'], ['rowVal', 'rowIdx64'], { axis: 1, largest: 0, sorted: 1 }),
    node('Cast', ['rowIdx64'], ['rowIdx'], { to: I32 }),
  ];
  const inputs = [
    valueInfo('A', T, ['m', 'd']),
    valueInfo('B', T, ['n', 'd']),
    valueInfo('bb', T, [1, 'n']),
    valueInfo('kRow', I64, [1]),
  ];
  const outputs = [valueInfo('rowVal', T, ['m', 'kr']), valueInfo('rowIdx', I32, ['m', 'kr'])];
  if (columns) {
    nodes.push(
      node('Add', ['P', 'aa'], ['colA']),
      node('TopK', ['colA', 'kCol'], ['colVal', 'colIdx64'], { axis: 0, largest: 0, sorted: 1 }),
      node('Cast', ['colIdx64'], ['colIdx'], { to: I32 }),
    );
    inputs.push(valueInfo('aa', T, ['m', 1]), valueInfo('kCol', I64, [1]));
    outputs.push(valueInfo('colVal', T, ['kc', 'n']), valueInfo('colIdx', I32, ['kc', 'n']));
  }
  return { nodes, inputs, outputs };
}

/**
 * Rows of a feature matrix, possibly a subset (`ids`), as the tiles see them: centred on the training mean μ (distances
 * do not change, and the Gram error bound scales with ‖q − μ‖‖t − μ‖ instead of ‖q‖‖t‖, far smaller for features
 * with a large common component such as pool3's), with the squared norms of the centred rows in each precision.
 */
interface Rows {
  x: Float32Array;
  /** Global row of each local row; null: local = global. */
  ids: Int32Array | null;
  n: number;
  mean: Float64Array;
  /** ‖fl32(x − μ)‖² and ‖fl64(x − μ)‖², accumulated in float64, per local row. */
  sq32: Float64Array;
  sq64: Float64Array;
}

function globalRow(r: Rows, local: number): number {
  return r.ids ? r.ids[local] : local;
}

function makeRows(x: Float32Array, ids: Int32Array | null, n: number, mean: Float64Array, d: number): Rows {
  const sq32 = new Float64Array(n),
    sq64 = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const o = (ids ? ids[k] : k) * d;
    let s32 = 0,
      s64 = 0;
    for (let c = 0; c < d; c++) {
      const v = x[o + c] - mean[c],
        f = Math.fround(v);
      s32 += f * f;
      s64 += v * v;
    }
    sq32[k] = s32;
    sq64[k] = s64;
  }
  return { x, ids, n, mean, sq32, sq64 };
}

/** The subset of local rows `locals` of r. */
function subsetRows(r: Rows, locals: Int32Array): Rows {
  return {
    x: r.x,
    ids: Int32Array.from(locals, (l) => globalRow(r, l)),
    n: locals.length,
    mean: r.mean,
    sq32: Float64Array.from(locals, (l) => r.sq32[l]),
    sq64: Float64Array.from(locals, (l) => r.sq64[l]),
  };
}

/** Local rows [start, start + count), centred, as one contiguous block in the requested precision. */
function block(r: Rows, start: number, count: number, d: number, precision: Precision): Float32Array | Float64Array {
  const out = precision === 'float64' ? new Float64Array(count * d) : new Float32Array(count * d);
  const mean = r.mean;
  for (let k = 0; k < count; k++) {
    const o = globalRow(r, start + k) * d,
      p = k * d;
    for (let c = 0; c < d; c++) out[p + c] = r.x[o + c] - mean[c];
  }
  return out;
}

function sqOf(r: Rows, precision: Precision): Float64Array {
  return precision === 'float32' ? r.sq32 : r.sq64;
}

function normBlock(r: Rows, start: number, count: number, precision: Precision): Float32Array | Float64Array {
  const out = precision === 'float64' ? new Float64Array(count) : new Float32Array(count);
  out.set(sqOf(r, precision).subarray(start, start + count));
  return out;
}

/** Per query row, the K smallest approximate squared distances seen so far (ascending) and their local target row. */
type Buffers = TopK;

const newBuffers = (rows: number): Buffers => newTopK(rows, K);
const insert = topKInsert;

function tensorOf(precision: Precision, data: Float32Array | Float64Array, dims: number[]): ort.Tensor {
  return precision === 'float32'
    ? new ort.Tensor('float32', data as Float32Array, dims)
    : new ort.Tensor('float64', data as Float64Array, dims);
}

/** Every query row against every target row, tile by tile: fills `buf` (one buffer row per query row). */
async function crossPass(
  q: Rows,
  t: Rows,
  d: number,
  tile: number,
  precision: Precision,
  buf: Buffers,
  device: MetricsDevice = 'cpu',
): Promise<void> {
  const session = await tileSession(precision, false, device);
  for (let j0 = 0; j0 < t.n; j0 += tile) {
    const tj = Math.min(tile, t.n - j0);
    const B = tensorOf(precision, block(t, j0, tj, d, precision), [tj, d]);
    const bb = tensorOf(precision, normBlock(t, j0, tj, precision), [1, tj]);
    const kRow = Math.min(K, tj);
    const qSq = sqOf(q, precision);
    for (let i0 = 0; i0 < q.n; i0 += tile) {
      const ti = Math.min(tile, q.n - i0);
      const out = await session.run({
        A: tensorOf(precision, block(q, i0, ti, d, precision), [ti, d]),
        B,
        bb,
        kRow: new ort.Tensor('int64', BigInt64Array.of(BigInt(kRow)), [1]),
      });
      const val = out.rowVal.data as Float32Array | Float64Array,
        idx = out.rowIdx.data as Int32Array;
      for (let r = 0; r < ti; r++) {
        const qq = qSq[i0 + r];
        for (let p = 0; p < kRow; p++) insert(buf, i0 + r, qq + val[r * kRow + p], j0 + idx[r * kRow + p]);
      }
    }
  }
}

/** Upper-triangle pass of a set against itself (float32): each row's candidates among all rows, itself included. */
async function trianglePass(
  t: Rows,
  d: number,
  tile: number,
  buf: Buffers,
  device: MetricsDevice = 'cpu',
): Promise<void> {
  const rowsOnly = await tileSession('float32', false, device),
    both = await tileSession('float32', true, device);
  for (let i0 = 0; i0 < t.n; i0 += tile) {
    const ti = Math.min(tile, t.n - i0);
    const A = new ort.Tensor('float32', block(t, i0, ti, d, 'float32') as Float32Array, [ti, d]);
    const aaBlock = normBlock(t, i0, ti, 'float32') as Float32Array;
    for (let j0 = i0; j0 < t.n; j0 += tile) {
      const tj = Math.min(tile, t.n - j0);
      const diagonal = j0 === i0;
      const kRow = Math.min(K, tj),
        kCol = Math.min(K, ti);
      const feeds: Record<string, ort.Tensor> = {
        A,
        B: diagonal ? A : new ort.Tensor('float32', block(t, j0, tj, d, 'float32') as Float32Array, [tj, d]),
        bb: new ort.Tensor('float32', normBlock(t, j0, tj, 'float32') as Float32Array, [1, tj]),
        kRow: new ort.Tensor('int64', BigInt64Array.of(BigInt(kRow)), [1]),
      };
      // A diagonal tile is symmetric: its row TopK already covers both sides.
      if (!diagonal) {
        feeds.aa = new ort.Tensor('float32', aaBlock, [ti, 1]);
        feeds.kCol = new ort.Tensor('int64', BigInt64Array.of(BigInt(kCol)), [1]);
      }
      const out = await (diagonal ? rowsOnly : both).run(feeds);
      const rv = out.rowVal.data as Float32Array,
        ri = out.rowIdx.data as Int32Array;
      for (let r = 0; r < ti; r++) {
        const qq = t.sq32[i0 + r];
        for (let p = 0; p < kRow; p++) insert(buf, i0 + r, qq + rv[r * kRow + p], j0 + ri[r * kRow + p]);
      }
      if (diagonal) continue;
      const cv = out.colVal.data as Float32Array,
        ci = out.colIdx.data as Int32Array;
      for (let c = 0; c < tj; c++) {
        const tt = t.sq32[j0 + c];
        for (let p = 0; p < kCol; p++) insert(buf, j0 + c, tt + cv[p * tj + c], i0 + ci[p * tj + c]);
      }
    }
  }
}

/** Σ (x_i − y_j)² in float64, computed from the differences (exact copies give exactly 0). */
function squaredDistance(x: Float32Array, i: number, y: Float32Array, j: number, d: number): number {
  let s0 = 0,
    s1 = 0,
    s2 = 0,
    s3 = 0;
  const a = i * d,
    b = j * d;
  let c = 0;
  for (; c + 3 < d; c += 4) {
    const e0 = x[a + c] - y[b + c],
      e1 = x[a + c + 1] - y[b + c + 1],
      e2 = x[a + c + 2] - y[b + c + 2],
      e3 = x[a + c + 3] - y[b + c + 3];
    s0 += e0 * e0;
    s1 += e1 * e1;
    s2 += e2 * e2;
    s3 += e3 * e3;
  }
  for (; c < d; c++) {
    const e = x[a + c] - y[b + c];
    s0 += e * e;
  }
  return s0 + s1 + s2 + s3;
}

/**
 * From the candidate buffers: each query row's exact nearest target (excluding target `self[r]` when given) and its
 * exact squared distance, and the rows where that is not proved. Every target outside a row's buffer has a ≥ the
 * buffer's K-th value, hence an exact squared distance ≥ that value − δ, where δ bounds |a − ‖q − t‖²| for the
 * pass's precision (unit roundoff u), with q̃ = fl(q − μ), t̃ = fl(t − μ):
 *   Gram:       2γ_d‖q̃‖‖t̃‖, γ_d = d·u/(1 − d·u) (Higham 2002, §3.1: |fl(x·y) − x·y| ≤ γ_d Σ|xₖyₖ|)
 *   additions:  u·(2‖q̃‖‖t̃‖ + 2‖t̃‖²)  (P + ‖t̃‖², and ‖t̃‖² rounded to the tile precision)
 *   centring:   2.01·u·(‖q̃‖ + ‖t̃‖)²  (each coordinate of q̃ − t̃ is off by ≤ u(|q̃ₖ| + |t̃ₖ|))
 *   float64:    the JS sums, and the (d + 4)·2⁻⁵³ relative error of the exact distance itself.
 */
function resolve(
  q: Rows,
  t: Rows,
  d: number,
  buf: Buffers,
  precision: Precision,
  self: Int32Array | null,
  best: Int32Array,
  bestSq: Float64Array,
  rows: Int32Array | null,
  unproved: number[],
): void {
  const u = precision === 'float32' ? U32 : U64;
  const qSq = sqOf(q, precision),
    tSq = sqOf(t, precision);
  let maxTT = 0;
  for (let j = 0; j < t.n; j++) maxTT = Math.max(maxTT, tSq[j]);
  const maxT = Math.sqrt(maxTT);
  const du = d * u,
    gamma = du / (1 - du);
  for (let r = 0; r < q.n; r++) {
    const out = rows ? rows[r] : r; // where this row's result goes
    const base = r * K;
    const nq = Math.sqrt(qSq[r]);
    const delta =
      2 * gamma * nq * maxT +
      u * (2 * nq * maxT + 2 * maxTT) +
      2.01 * u * (nq + maxT) ** 2 +
      16 * U64 * (qSq[r] + maxTT + 2 * nq * maxT);
    // Exact distances of the candidates that can still be nearest: a ≤ (smallest a other than self) + 2δ.
    let first = Infinity;
    for (let p = 0; p < K && first === Infinity; p++) {
      const j = buf.idx[base + p];
      if (j >= 0 && !(self && j === self[r])) first = buf.vals[base + p];
    }
    let bi = -1,
      bs = Infinity;
    for (let p = 0; p < K; p++) {
      const j = buf.idx[base + p];
      if (j < 0 || buf.vals[base + p] > first + 2 * delta) break;
      if (self && j === self[r]) continue;
      const s = squaredDistance(q.x, globalRow(q, r), t.x, globalRow(t, j), d);
      if (s < bs || (s === bs && j < bi)) {
        bs = s;
        bi = j;
      }
    }
    best[out] = bi;
    bestSq[out] = bs;
    if (buf.idx[base + K - 1] < 0) continue; // fewer than K targets in all: every one was looked at
    if (!(bs + (d + 4) * U64 * bs <= buf.vals[base + K - 1] - delta)) unproved.push(r);
  }
}

/** Nearest target of every query row (local target indices, exact float64 squared distances); `buf`: candidates
 * already collected by a float32 pass (the triangle pass), otherwise a float32 cross pass collects them. */
async function nearest(
  q: Rows,
  t: Rows,
  d: number,
  tile: number,
  self: Int32Array | null,
  buf: Buffers | null,
  stats: { float64Rows: number },
  device: MetricsDevice = 'cpu',
): Promise<{ best: Int32Array; bestSq: Float64Array }> {
  const best = new Int32Array(q.n),
    bestSq = new Float64Array(q.n);
  if (!buf) {
    buf = newBuffers(q.n);
    await crossPass(q, t, d, tile, 'float32', buf, device);
  }
  const unproved: number[] = [];
  resolve(q, t, d, buf, 'float32', self, best, bestSq, null, unproved);
  if (unproved.length) {
    // Near-ties that float32 cannot separate: those rows again, with float64 tiles.
    stats.float64Rows += unproved.length;
    const rows = Int32Array.from(unproved);
    const sub = subsetRows(q, rows);
    const sub64 = newBuffers(sub.n);
    await crossPass(sub, t, d, tile, 'float64', sub64);
    resolve(sub, t, d, sub64, 'float64', self && Int32Array.from(rows, (r) => self[r]), best, bestSq, rows, []);
  }
  return { best, bestSq };
}

// ───────────────────────────────────────────── inputs ─────────────────────────────────────────────

/** Column means of the rows, accumulated in float64. */
function columnMeans(x: Float32Array, n: number, d: number): Float64Array {
  const mean = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let c = 0, o = i * d; c < d; c++) mean[c] += x[o + c];
  for (let c = 0; c < d; c++) mean[c] /= n;
  return mean;
}

function checkFeatures(what: string, x: Float32Array, n: number, d: number, min: number): void {
  if (!Number.isInteger(n) || n < min)
    throw new InputError(`memorization: ${what} needs at least ${min} sample${min > 1 ? 's' : ''}, got ${n}`, what);
  if (x.length !== n * d) {
    throw new InputError(
      `memorization: ${what} features have ${x.length} values, expected ${n} × ${d} = ${n * d} (dimension mismatch?)`,
      what,
    );
  }
  const k = firstNonFinite(x);
  if (k >= 0) throw new InputError(`memorization: ${what} features contain ${x[k]} (row ${Math.floor(k / d)})`, what);
}

/** Distinct training rows (exact float equality, −0 = 0): the first training index of each, in order. */
function distinctRows(x: Float32Array, n: number, d: number): Int32Array {
  const bits = new Uint32Array(x.buffer, x.byteOffset, x.length);
  const byHash = new Map<number, number[]>();
  const firsts: number[] = [];
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5; // FNV-1a over the float bit patterns
    for (let c = i * d, e = c + d; c < e; c++) h = Math.imul(h ^ (x[c] === 0 ? 0 : bits[c]), 0x01000193);
    const same = byHash.get(h);
    const equal = (j: number) => {
      for (let c = 0; c < d; c++) if (x[i * d + c] !== x[j * d + c]) return false;
      return true;
    };
    if (same?.some(equal)) continue;
    if (same) same.push(i);
    else byHash.set(h, [i]);
    firsts.push(i);
  }
  return Int32Array.from(firsts);
}

/** `unit`: the factor back to the caller's units (2^−e when the features were scaled by 2^e; exact). */
function setResult(
  near: { best: Int32Array; bestSq: Float64Array },
  distinct: Int32Array,
  radius: Float64Array,
  beta: number,
  unit: number,
): NearestTraining {
  const n = near.best.length;
  const nearestTraining = new Int32Array(n),
    distance = new Float64Array(n),
    trainingRadius = new Float64Array(n),
    ratio = new Float64Array(n);
  let flagged = 0;
  for (let j = 0; j < n; j++) {
    const u = near.best[j];
    nearestTraining[j] = distinct[u];
    distance[j] = Math.sqrt(near.bestSq[j]) * unit;
    trainingRadius[j] = radius[u] * unit;
    // Alaa et al. 2022 §3: ρ = ‖y − x*‖ / r(x*); r = +∞ (no other distinct training row) gives ρ = 0.
    ratio[j] = radius[u] === Infinity ? 0 : distance[j] / trainingRadius[j];
    if (ratio[j] < beta) flagged++;
  }
  return { flagged, share: flagged / n, nearestTraining, distance, trainingRadius, ratio };
}

function closest(
  s: NearestTraining,
  maxPairs: number,
): { sample: number; training: number; distance: number; ratio: number }[] {
  const order = Array.from({ length: s.ratio.length }, (_, j) => j);
  order.sort((a, b) => s.ratio[a] - s.ratio[b] || s.distance[a] - s.distance[b] || a - b);
  return order
    .slice(0, maxPairs)
    .map((j) => ({ sample: j, training: s.nearestTraining[j], distance: s.distance[j], ratio: s.ratio[j] }));
}

/** Refuses bad inputs of memorization (dimension, feature sets, beta, maxPairs, in that order); beta and maxPairs. */
function checkedSettings(
  training: Float32Array,
  nTraining: number,
  generated: Float32Array,
  nGenerated: number,
  d: number,
  opts: MemorizationOptions,
): { beta: number; maxPairs: number } {
  if (!Number.isInteger(d) || d < 1)
    throw new InputError(`memorization: the feature dimension must be a positive integer, got ${d}`);
  checkFeatures('training', training, nTraining, d, 2);
  checkFeatures('generated', generated, nGenerated, d, 1);
  if (opts.reference) checkFeatures('reference', opts.reference.features, opts.reference.n, d, 1);
  const beta = opts.beta ?? DEFAULT_BETA;
  if (!(beta > 0) || !Number.isFinite(beta))
    throw new InputError(`memorization: beta must be a positive number, got ${beta}`, 'beta');
  const maxPairs = opts.maxPairs ?? DEFAULT_MAX_PAIRS;
  if (!Number.isInteger(maxPairs) || maxPairs < 0)
    throw new InputError(`memorization: maxPairs must be a non-negative integer, got ${maxPairs}`, 'maxPairs');
  return { beta, maxPairs };
}

type Nearest = { best: Int32Array; bestSq: Float64Array };

/**
 * r(x*) for the distinct training rows that are some sample's x* (the others stay NaN, never read): the distance to
 * the nearest other distinct training row, from the whole triangle or from the used rows alone (`radiusPass`, or
 * whichever is cheaper under 'auto'); the pass that ran.
 */
async function trainingRadii(
  train: Rows,
  nearGen: Nearest,
  nearRef: Nearest | null,
  d: number,
  tile: number,
  stats: { float64Rows: number },
  device: MetricsDevice,
  radiusPass: MemorizationOptions['radiusPass'],
): Promise<{ radius: Float64Array; mode: 'triangle' | 'rows' }> {
  const radius = new Float64Array(train.n).fill(NaN);
  const used = new Uint8Array(train.n);
  for (const u of nearGen.best) used[u] = 1;
  if (nearRef) for (const u of nearRef.best) used[u] = 1;
  const usedList: number[] = [];
  used.forEach((f, u) => {
    if (f) usedList.push(u);
  });
  const usedRows = Int32Array.from(usedList);
  const mode = radiusPass && radiusPass !== 'auto' ? radiusPass : 2 * usedRows.length < train.n ? 'rows' : 'triangle';
  if (train.n === 1) {
    radius[0] = Infinity; // every training row is the same: no other distinct row
  } else if (mode === 'triangle') {
    const buf = newBuffers(train.n);
    await trianglePass(train, d, tile, buf, device);
    const near = await nearest(
      train,
      train,
      d,
      tile,
      Int32Array.from({ length: train.n }, (_, i) => i),
      buf,
      stats,
      device,
    );
    for (let u = 0; u < train.n; u++) radius[u] = Math.sqrt(near.bestSq[u]);
  } else {
    const near = await nearest(subsetRows(train, usedRows), train, d, tile, usedRows, null, stats, device);
    usedRows.forEach((u, r) => {
      radius[u] = Math.sqrt(near.bestSq[r]);
    });
  }
  return { radius, mode };
}

/**
 * Memorization check of generated features (nGenerated × d, row-major float32) against the training features
 * (nTraining × d), and optionally of held-out reference features against training: each sample's nearest training
 * row x*, its distance, and Alaa et al.'s ratio ρ = ‖y − x*‖ / r(x*); samples with ρ < beta are suspected copies.
 */
export async function memorization(
  training: Float32Array,
  nTraining: number,
  generated: Float32Array,
  nGenerated: number,
  d: number,
  opts: MemorizationOptions = {},
): Promise<MemorizationResult> {
  const { beta, maxPairs } = checkedSettings(training, nTraining, generated, nGenerated, d, opts);
  const tile = Math.max(1, Math.floor(opts.tile ?? 1024));
  const stats = { float64Rows: 0 };
  // features so large (or small) that the float32 tiles would overflow: the search runs on features times 2^e
  // (exact; the same neighbours and ratios), distances are scaled back
  const e = safeScaleExponent(maxAbs(training, generated, ...(opts.reference ? [opts.reference.features] : [])));
  training = scaledByPowerOfTwo(training, e);
  generated = scaledByPowerOfTwo(generated, e);
  const reference = opts.reference && { features: scaledByPowerOfTwo(opts.reference.features, e), n: opts.reference.n };
  const unit = 2 ** -e;

  const distinct = distinctRows(training, nTraining, d);
  const mean = columnMeans(training, nTraining, d);
  const train = makeRows(training, distinct.length === nTraining ? null : distinct, distinct.length, mean, d);
  const gen = makeRows(generated, null, nGenerated, mean, d);
  const ref = reference ? makeRows(reference.features, null, reference.n, mean, d) : null;

  const device = opts.device ?? 'cpu';
  const nearGen = await nearest(gen, train, d, tile, null, null, stats, device);
  const nearRef = ref ? await nearest(ref, train, d, tile, null, null, stats, device) : null;
  const { radius, mode } = await trainingRadii(train, nearGen, nearRef, d, tile, stats, device, opts.radiusPass);

  const main = setResult(nearGen, distinct, radius, beta, unit);
  const result: MemorizationResult = {
    ...main,
    beta,
    closestPairs: closest(main, maxPairs).map(({ sample, ...p }) => ({ generated: sample, ...p })),
    stats: { distinctTraining: train.n, radiusPass: mode, float64Rows: stats.float64Rows },
  };
  if (nearRef) {
    const r = setResult(nearRef, distinct, radius, beta, unit);
    result.reference = {
      ...r,
      closestPairs: closest(r, maxPairs).map(({ sample, ...p }) => ({ reference: sample, ...p })),
    };
  }
  return result;
}
