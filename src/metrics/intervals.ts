// 95 % intervals of FID, KID and precision/recall/density/coverage at a small fraction of the metrics' own cost.
//
// FID and KID are smooth functionals of the two samples' empirical distributions, so their sampling error is, to
// first order, an average of per-sample influence values (the delta method / von Mises expansion; A. van der Vaart,
// "Asymptotic Statistics", 1998, ch. 20; Efron & Tibshirani 1993, ch. 21, "the nonparametric delta method"):
//   T(P̂*, Q̂*) − T(P̂, Q̂) ≈ Σᵢ (wᵢ − 1)/m · IFₓ(xᵢ) + Σⱼ (vⱼ − 1)/n · IF_y(yⱼ)
// for a resample with multinomial counts w, v. The replicates here are exactly this linear form evaluated on the same
// multinomial counts the full bootstrap would draw (RandomState(seed) for the real set, seed ^ GEN_STREAM for the
// generated one): the "linear bootstrap" (Efron & Tibshirani 1993, §21.3). A replicate costs O(m + n) instead of a
// metric evaluation, and replicate b of two runs with the same seed and reference set still resamples the reference
// identically, so the gate's paired difference (gate/rules.ts) keeps working: the reference's own noise cancels.
//
//   FID (delta method): with u = x − μ₁, v = y − μ₂, δ = μ₁ − μ₂ and T the optimal transport map between the two
//     Gaussians, T = Σ₁^{−½}(Σ₁^½ Σ₂ Σ₁^½)^½ Σ₁^{−½} (T Σ₁ T = Σ₂), ∂ tr √(Σ₁Σ₂)/∂Σ₁ = ½T and ∂/∂Σ₂ = ½T⁻¹, so
//        IFₓ(x) = 2δ·u + uᵀ(I − T)u − const,   IF_y(y) = −2δ·v + vᵀ(I − T⁻¹)v − const
//     (the constants cancel: Σᵢ(wᵢ − 1) = 0). T and T⁻¹ come without eigenvectors or inverses: with
//     A = Σ₁Σ₂ (positive spectrum), T = Σ₂ A^{−½} and T⁻¹ = Σ₁ (A^{−½})ᵀ, and A^{−½} is the limit of the coupled
//     Newton–Schulz iteration (N. Higham, "Functions of Matrices", 2008, §6.3, eq. 6.35: stable, matrix products only)
//     run in float32 through onnxruntime. Valid for N above d (non-singular covariances); below, the full bootstrap.
//   KID (U-statistic): MMD²_u is a two-sample U-statistic; its Hoeffding projection (the first-order term
//     of its variance, Gretton et al. 2012 "A kernel two-sample test", §6; Sutherland et al. 2017 "Generative models
//     and model criticism via optimized MMD", appendix A) has influence values
//        IFₓ(xᵢ) = 2(mean_{j≠i} k(xᵢ, xⱼ) − mean_j k(xᵢ, yⱼ)),   IF_y(yⱼ) = 2(mean_{i≠j} k(yⱼ, yᵢ) − mean_i k(xᵢ, yⱼ)),
//     from kernel row means (float32 Gram tiles through onnxruntime, reduced inside the graph). The same tiles give
//     the squared Frobenius norms, and with the row sums these make the complete variance of the U-statistic
//     (kidVariance: first-order term + the second- and higher-order Hoeffding terms); the replicates' spread is
//     widened by the higher-order share. Above KID_INFLUENCE_ROWS rows per set, a seeded subset of that many rows
//     stands in for the set and the spread is scaled by √(R/N) (as the m-out-of-n bootstrap is).
//   Precision/recall/density/coverage (not smooth: nearest-neighbour radii): the percentile bootstrap of
//     metrics/bootstrap.ts on a seeded pool of at most `maxSamples` rows per set, whose Gram matrices are formed once
//     and sliced per replicate; the spread is scaled by √(P/N).
//
// Device: every float32 graph here (Newton–Schulz, quadratic forms, kernel tiles, the bootstrap pool's Gram matrices)
// runs where the metrics' tiles run (`device`, ort-linalg.ts tileSession: on WebGPU after a WebGPU extraction, else on
// the CPU; after CUDA on the CPU, since TF32 would void the error bounds). On the GPU, FID's and KID's influence values
// differ from the CPU's in the last float32 bits (same graphs, another summation order), and so do the replicates and
// half-widths: on small test sets ~1e-7 relative for FID and 1e-5–1e-4 for KID (whose influence values are
// differences of kernel means of order 1), far below the sampling spread an interval's width measures. The P/R/D/C
// replicates are the CPU's: the pool's float32 Gram entries near a decision are recomputed in float64 (bootstrap.ts
// deviceGrams).
import * as ort from 'onnxruntime-node';
import { DataType, node, valueInfo } from '../features/onnx-writer.js';
import { tileSession, type MetricsDevice } from '../math/ort-linalg.js';
import { gramTiles } from '../math/distance-tiles.js';
import {
  bootstrapMetrics,
  DEFAULT_BOOTSTRAP_MAX_SAMPLES,
  GEN_STREAM,
  spread,
  type BootstrapMetric,
} from './bootstrap.js';
import { RandomState } from './numpy-random.js';
import { DEFAULT_BOOTSTRAP_REPLICATES } from '../core/defaults.js';

/** How an interval was obtained (the metrics JSON's `ci.method`). */
export type IntervalMethod = 'bootstrap' | 'delta-method' | 'u-statistic';

export interface MetricIntervalResult {
  halfWidth: number;
  se: number;
  /** Unscaled replicates, in replicate order (runs with the same seed and reference pair up). */
  replicates: Float64Array;
  scale: number;
  method: IntervalMethod;
}

export interface IntervalsResult {
  intervals: Partial<Record<BootstrapMetric, MetricIntervalResult>>;
  replicates: number;
  /** Rows per replicate of the percentile bootstrap (P/R/D/C; FID when N ≤ d), when it ran. */
  draws?: { real: number; generated: number };
  fidDraws?: { real: number; generated: number };
  seconds: number;
}

export interface IntervalOptions {
  replicates?: number;
  seed?: number;
  /** Rows per set of the percentile bootstrap's pool (default 1000). */
  maxSamples?: number;
  /** Rows per set of KID's influence values (default KID_INFLUENCE_ROWS). */
  kidRows?: number;
  kPR?: number;
  kDC?: number;
  progress?: (line: string) => void;
  /** Where the float32 graphs run (ort-linalg.ts tileSession): the device the features were extracted on. */
  device?: MetricsDevice;
}

/** At most this many rows per set enter KID's kernel row means (N × R kernel work per set). */
export const KID_INFLUENCE_ROWS = 5000;

const F = DataType.FLOAT;
const f32 = (name: string, dims: (number | string)[]) => valueInfo(name, F, dims);

async function run32(
  key: string,
  build: () => {
    nodes: ReturnType<typeof node>[];
    inputs: ReturnType<typeof valueInfo>[];
    outputs: ReturnType<typeof valueInfo>[];
  },
  feeds: Record<string, [Float32Array, number[]]>,
  device: MetricsDevice,
): Promise<Record<string, Float32Array>> {
  const s = await tileSession(`intervals:${key}`, build, device);
  const inputs: Record<string, ort.Tensor> = {};
  for (const [k, [data, dims]] of Object.entries(feeds)) inputs[k] = new ort.Tensor('float32', data, dims);
  const res = await s.run(inputs);
  const out: Record<string, Float32Array> = {};
  for (const k of s.outputNames) out[k] = res[k].data as Float32Array;
  return out;
}

/** One coupled Newton–Schulz step: P = 1.5·I − 0.5·Z Y, Y ← Y P, Z ← P Z. */
const nsStep = () => ({
  nodes: [
    node('MatMul', ['Z', 'Y'], ['ZY']),
    node('Mul', ['ZY', 'half'], ['H']),
    node('Sub', ['I15', 'H'], ['P']),
    node('MatMul', ['Y', 'P'], ['Y2']),
    node('MatMul', ['P', 'Z'], ['Z2']),
  ],
  inputs: [f32('Y', ['d', 'd']), f32('Z', ['d', 'd']), f32('I15', ['d', 'd']), f32('half', [1])],
  outputs: [f32('Y2', ['d', 'd']), f32('Z2', ['d', 'd'])],
});

/** Row-wise quadratic forms qᵢ = uᵢᵀ G uᵢ of a block of rows U. */
const quadForms = () => ({
  nodes: [
    node('MatMul', ['U', 'G'], ['W']),
    node('Mul', ['W', 'U'], ['E']),
    node('ReduceSum', ['E', 'ax'], ['q'], { keepdims: 0 }),
  ],
  inputs: [f32('U', ['r', 'd']), f32('G', ['d', 'd']), valueInfo('ax', DataType.INT64, [1])],
  outputs: [f32('q', ['r'])],
});

/** Kernel row and column sums of one tile: S = (A Bᵀ·γ + 1)³, rows = Σⱼ S, cols = Σᵢ S, diag = S's diagonal. */
const kernelTile = () => ({
  nodes: [
    node('Gemm', ['A', 'B', 'one'], ['G'], { transB: 1, alpha: { float: 1 }, beta: { float: 1 } }),
    node('Mul', ['G', 'G'], ['G2']),
    node('Mul', ['G2', 'G'], ['S']),
    node('ReduceSum', ['S', 'ax1'], ['rows'], { keepdims: 0 }),
    node('ReduceSum', ['S', 'ax0'], ['cols'], { keepdims: 0 }),
    node('Mul', ['S', 'S'], ['S2']),
    node('ReduceSum', ['S2', 'ax1'], ['squares'], { keepdims: 0 }),
  ],
  inputs: [
    f32('A', ['r', 'd']),
    f32('B', ['c', 'd']),
    f32('one', [1]),
    valueInfo('ax1', DataType.INT64, [1]),
    valueInfo('ax0', DataType.INT64, [1]),
  ],
  outputs: [f32('rows', ['r']), f32('cols', ['c']), f32('squares', ['r'])],
});

/** Y = S₁ S₂ · k. */
const scaledProduct = () => ({
  nodes: [node('MatMul', ['S1', 'S2'], ['P']), node('Mul', ['P', 'k'], ['Y'])],
  inputs: [f32('S1', ['d', 'd']), f32('S2', ['d', 'd']), f32('k', [1])],
  outputs: [f32('Y', ['d', 'd'])],
});

/** G₁ = I − (T + Tᵀ)/2 with T = S₂ Z/√c, G₂ = I − (U + Uᵀ)/2 with U = S₁ Zᵀ/√c (k = 1/(2√c)). */
const transportMaps = () => ({
  nodes: [
    node('MatMul', ['S2', 'Z'], ['T']),
    node('Transpose', ['T'], ['Tt'], { perm: [1, 0] }),
    node('Add', ['T', 'Tt'], ['Ts']),
    node('Mul', ['Ts', 'k'], ['Th']),
    node('Sub', ['I', 'Th'], ['G1']),
    node('Transpose', ['Z'], ['Zt'], { perm: [1, 0] }),
    node('MatMul', ['S1', 'Zt'], ['U']),
    node('Transpose', ['U'], ['Ut'], { perm: [1, 0] }),
    node('Add', ['U', 'Ut'], ['Us']),
    node('Mul', ['Us', 'k'], ['Uh']),
    node('Sub', ['I', 'Uh'], ['G2']),
  ],
  inputs: [f32('S1', ['d', 'd']), f32('S2', ['d', 'd']), f32('Z', ['d', 'd']), f32('I', ['d', 'd']), f32('k', [1])],
  outputs: [f32('G1', ['d', 'd']), f32('G2', ['d', 'd'])],
});

/** Number of coupled Newton–Schulz steps that bring every scaled eigenvalue ≥ `floor` to within 1e-6 of convergence. */
export function newtonSchulzSteps(floor: number): number {
  let e = floor,
    k = 0;
  while (Math.abs(1 - e) > 1e-6 && k < 60) {
    e = (e * (3 - e) * (3 - e)) / 4;
    k++;
  }
  return k;
}

/** Largest eigenvalue of Σ₁Σ₂ (both PSD) by power iteration on Σ₁^½ Σ₂ Σ₁^½'s similar form: v ← Σ₁ Σ₂ v. */
function largestEigenvalue(s1: Float64Array, s2: Float64Array, d: number): number {
  let v = new Float64Array(d).fill(1 / Math.sqrt(d)),
    lambda = 0;
  const t = new Float64Array(d);
  for (let it = 0; it < 40; it++) {
    for (let i = 0; i < d; i++) {
      let s = 0;
      const o = i * d;
      for (let j = 0; j < d; j++) s += s2[o + j] * v[j];
      t[i] = s;
    }
    const w = new Float64Array(d);
    for (let i = 0; i < d; i++) {
      let s = 0;
      const o = i * d;
      for (let j = 0; j < d; j++) s += s1[o + j] * t[j];
      w[i] = s;
    }
    let norm = 0;
    for (let i = 0; i < d; i++) norm += w[i] * w[i];
    norm = Math.sqrt(norm);
    if (!(norm > 0)) return 0;
    const prev = lambda;
    lambda = norm;
    for (let i = 0; i < d; i++) w[i] /= norm;
    v = w;
    if (it > 5 && Math.abs(lambda - prev) <= 1e-4 * lambda) break;
  }
  return lambda;
}

/**
 * The matrices of FID's influence function: G₁ = I − T and G₂ = I − T⁻¹ (symmetrized), T the optimal transport map
 * from N(μ₁, Σ₁) to N(μ₂, Σ₂), through A^{−½} for A = Σ₁Σ₂ by coupled Newton–Schulz in float32.
 */
export async function fidInfluenceMatrices(
  sigma1: Float64Array,
  sigma2: Float64Array,
  d: number,
  device: MetricsDevice = 'cpu',
): Promise<{ g1: Float32Array; g2: Float32Array; steps: number }> {
  // A = Σ₁Σ₂ / c with c above its spectral radius (power iteration, with a margin: Newton–Schulz converges for
  // scaled eigenvalues in (0, 3)); eigenvalues below 1e-5·c are not resolved (their share of T is ≤ √1e-5 of the rest)
  const c = 1.25 * largestEigenvalue(sigma1, sigma2, d);
  const s1 = Float32Array.from(sigma1),
    s2 = Float32Array.from(sigma2);
  const eye15 = new Float32Array(d * d),
    eye = new Float32Array(d * d);
  for (let i = 0; i < d; i++) {
    eye15[i * d + i] = 1.5;
    eye[i * d + i] = 1;
  }
  let { Y: y } = await run32(
    'scaled-product',
    scaledProduct,
    {
      S1: [s1, [d, d]],
      S2: [s2, [d, d]],
      k: [Float32Array.of(1 / c), [1]],
    },
    device,
  );
  let z: Float32Array = eye;
  const steps = newtonSchulzSteps(1e-5);
  const half = Float32Array.of(0.5);
  for (let k = 0; k < steps; k++) {
    const r = await run32(
      'newton-schulz',
      nsStep,
      {
        Y: [y, [d, d]],
        Z: [z, [d, d]],
        I15: [eye15, [d, d]],
        half: [half, [1]],
      },
      device,
    );
    y = r.Y2;
    z = r.Z2;
  }
  // z ≈ (A/c)^{−½} = √c·A^{−½}: T = Σ₂ A^{−½} = Σ₂ z/√c, T⁻¹ = Σ₁ zᵀ/√c
  const { G1: g1, G2: g2 } = await run32(
    'transport-maps',
    transportMaps,
    {
      S1: [s1, [d, d]],
      S2: [s2, [d, d]],
      Z: [z, [d, d]],
      I: [eye, [d, d]],
      k: [Float32Array.of(0.5 / Math.sqrt(c)), [1]],
    },
    device,
  );
  return { g1, g2, steps };
}

/** Influence values 2s·δ·u + uᵀGu for the rows of x (u = x − μ), in blocks of rows through onnxruntime. */
async function quadraticInfluence(
  x: Float32Array,
  n: number,
  d: number,
  mu: Float64Array,
  delta: Float64Array,
  sign: number,
  g: Float32Array,
  device: MetricsDevice,
): Promise<Float64Array> {
  const out = new Float64Array(n);
  const block = Math.max(1, Math.min(n, Math.floor(2 ** 22 / d)));
  const u = new Float32Array(block * d),
    ax = BigInt64Array.of(1n);
  const s = await tileSession('intervals:quad-forms', quadForms, device);
  for (let r0 = 0; r0 < n; r0 += block) {
    const r = Math.min(block, n - r0);
    for (let i = 0; i < r; i++) {
      let lin = 0;
      const o = (r0 + i) * d;
      for (let j = 0; j < d; j++) {
        const v = x[o + j] - mu[j];
        u[i * d + j] = v;
        lin += delta[j] * v;
      }
      out[r0 + i] = 2 * sign * lin;
    }
    const res = await s.run({
      U: new ort.Tensor('float32', u.subarray(0, r * d), [r, d]),
      G: new ort.Tensor('float32', g, [d, d]),
      ax: new ort.Tensor('int64', ax, [1]),
    });
    const q = res.q.data as Float32Array;
    for (let i = 0; i < r; i++) out[r0 + i] += q[i];
  }
  return out;
}

/** FID's per-sample influence values (delta method), for N above d. */
export async function fidInfluence(
  x: Float32Array,
  n1: number,
  mu1: Float64Array,
  sigma1: Float64Array,
  y: Float32Array,
  n2: number,
  mu2: Float64Array,
  sigma2: Float64Array,
  d: number,
  device: MetricsDevice = 'cpu',
): Promise<{ ifx: Float64Array; ify: Float64Array }> {
  const { g1, g2 } = await fidInfluenceMatrices(sigma1, sigma2, d, device);
  const delta = Float64Array.from(mu1, (v, j) => v - mu2[j]);
  return {
    ifx: await quadraticInfluence(x, n1, d, mu1, delta, 1, g1, device),
    ify: await quadraticInfluence(y, n2, d, mu2, delta, -1, g2, device),
  };
}

/** Rows `idx` of x (all rows when undefined) as one float32 block. */
function gather(x: Float32Array, idx: Int32Array | undefined, n: number, d: number): Float32Array {
  if (!idx) return x.subarray(0, n * d);
  const out = new Float32Array(idx.length * d);
  idx.forEach((r, i) => out.set(x.subarray(r * d, (r + 1) * d), i * d));
  return out;
}

/** Rows of a feature matrix: `idx` (a seeded subset) or, when undefined, the first `count`. */
interface RowSet {
  x: Float32Array;
  idx: Int32Array | undefined;
  count: number;
}

/** Rows [start, start + count) of a row set, each value times s, as one float32 block. */
function scaledBlock(set: RowSet, start: number, count: number, d: number, s: number): Float32Array {
  const out = new Float32Array(count * d);
  for (let i = 0; i < count; i++) {
    const o = (set.idx ? set.idx[start + i] : start + i) * d;
    for (let j = 0; j < d; j++) out[i * d + j] = set.x[o + j] * s;
  }
  return out;
}

/**
 * Kernel row sums Σⱼ k(aᵢ, bⱼ) (and the column sums) of the cubic kernel k = (a·b/d + 1)³ over float32 tiles, or with
 * `b === null` the off-diagonal row sums Σ_{j≠i} k(aᵢ, aⱼ); and the sum of the squared kernel values over the same
 * pairs (the squared Frobenius norm, diagonal zeroed when `b === null`), each tile's rows reduced in the graph and
 * accumulated in float64. Rows are gathered and scaled one tile block at a time, so memory stays O(tile·d).
 */
async function kernelRowSums(
  a: RowSet,
  b: RowSet | null,
  d: number,
  device: MetricsDevice,
  tile = 1024,
): Promise<KernelRowSums> {
  const sym = b === null,
    other = b ?? a;
  const na = a.count,
    nb = other.count;
  const rows = new Float64Array(na),
    cols = new Float64Array(nb);
  let squares = 0;
  // scale by d^{−½} each side so that the Gemm computes a·b/d directly
  const s = 1 / Math.sqrt(d);
  const one = Float32Array.of(1),
    ax1 = BigInt64Array.of(1n),
    ax0 = BigInt64Array.of(0n);
  const sess = await tileSession('intervals:kernel-tile', kernelTile, device);
  let aBlock: Float32Array = new Float32Array(0),
    aStart = -1,
    aCount = -1;
  for (const { i0, ti, j0, tj } of gramTiles(na, nb, tile, sym)) {
    if (i0 !== aStart || ti !== aCount) {
      aBlock = scaledBlock(a, i0, ti, d, s);
      aStart = i0;
      aCount = ti;
    }
    const bBlock = sym && j0 === i0 && tj === ti ? aBlock : scaledBlock(other, j0, tj, d, s);
    const res = await sess.run({
      A: new ort.Tensor('float32', aBlock, [ti, d]),
      B: new ort.Tensor('float32', bBlock, [tj, d]),
      one: new ort.Tensor('float32', one, [1]),
      ax1: new ort.Tensor('int64', ax1, [1]),
      ax0: new ort.Tensor('int64', ax0, [1]),
    });
    const r = res.rows.data as Float32Array,
      c = res.cols.data as Float32Array;
    const diag = sym && i0 === j0;
    const q = res.squares.data as Float32Array;
    let tileSquares = 0;
    for (let i = 0; i < ti; i++) tileSquares += q[i];
    squares += sym && !diag ? 2 * tileSquares : tileSquares;
    for (let i = 0; i < ti; i++) rows[i0 + i] += r[i];
    if (sym && !diag) for (let j = 0; j < tj; j++) rows[j0 + j] += c[j];
    if (!sym) for (let j = 0; j < tj; j++) cols[j0 + j] += c[j];
  }
  if (sym) {
    // remove k(aᵢ, aᵢ) from each row
    for (let i = 0; i < na; i++) {
      const row = scaledBlock(a, i, 1, d, s);
      let g = 0;
      for (let j = 0; j < d; j++) g += row[j] * row[j];
      const t = g + 1;
      rows[i] -= t * t * t;
      squares -= t ** 6;
    }
  }
  return { rows, cols, squares };
}

interface KernelRowSums {
  rows: Float64Array;
  cols: Float64Array;
  squares: number;
}

/**
 * KID's influence values (the U-statistic's Hoeffding projection) on at most `rows` rows per set (seeded subsets above it), and the
 * kernel sums they came from (for kidVariance).
 */
export async function kidInfluence(
  x: Float32Array,
  m: number,
  y: Float32Array,
  n: number,
  d: number,
  seed: number,
  rows = KID_INFLUENCE_ROWS,
  device: MetricsDevice = 'cpu',
): Promise<{ ifx: Float64Array; ify: Float64Array; m: number; n: number; sums: KidKernelSums }> {
  const ix = m > rows ? new RandomState((seed ^ KID_STREAM) >>> 0).choiceWithoutReplacement(m, rows) : undefined;
  const iy =
    n > rows ? new RandomState((seed ^ KID_STREAM ^ GEN_STREAM) >>> 0).choiceWithoutReplacement(n, rows) : undefined;
  const mm = ix ? rows : m,
    nn = iy ? rows : n;
  const xs: RowSet = { x, idx: ix, count: mm },
    ys: RowSet = { x: y, idx: iy, count: nn };
  const kxx = await kernelRowSums(xs, null, d, device),
    kyy = await kernelRowSums(ys, null, d, device);
  const kxy = await kernelRowSums(xs, ys, d, device);
  const ifx = Float64Array.from(kxx.rows, (v, i) => 2 * (v / (mm - 1) - kxy.rows[i] / nn));
  const ify = Float64Array.from(kyy.rows, (v, j) => 2 * (v / (nn - 1) - kxy.cols[j] / mm));
  const sums: KidKernelSums = {
    m: mm,
    n: nn,
    xxRows: kxx.rows,
    yyRows: kyy.rows,
    xyRows: kxy.rows,
    xyCols: kxy.cols,
    xxSquares: kxx.squares,
    yySquares: kyy.squares,
    xySquares: kxy.squares,
  };
  return { ifx, ify, m: mm, n: nn, sums };
}

/**
 * The kernel sums of KID's three Gram matrices K_XX (m × m), K_YY (n × n), both with zeroed diagonals, and K_XY
 * (m × n), in float64: row sums (and K_XY's column sums) and squared Frobenius norms. Everything kidVariance needs.
 */
export interface KidKernelSums {
  m: number;
  n: number;
  /** Σ_{j≠i} k(xᵢ, xⱼ) for each i. */
  xxRows: Float64Array;
  /** Σ_{i≠j} k(yⱼ, yᵢ) for each j. */
  yyRows: Float64Array;
  /** Σⱼ k(xᵢ, yⱼ) for each i. */
  xyRows: Float64Array;
  /** Σᵢ k(xᵢ, yⱼ) for each j. */
  xyCols: Float64Array;
  /** Σ_{i≠j} k(xᵢ, xⱼ)². */
  xxSquares: number;
  /** Σ_{i≠j} k(yᵢ, yⱼ)². */
  yySquares: number;
  /** Σ_{i,j} k(xᵢ, yⱼ)². */
  xySquares: number;
}

/**
 * The complete variance of MMD²_u as a two-sample U-statistic (W. Hoeffding 1948, "A class of statistics with
 * asymptotically normal distribution"; E. Lehmann 1951, "Consistency and unbiasedness of certain nonparametric tests",
 * the two-sample form; A. J. Lee, "U-Statistics: Theory and Practice", 1990, §2.2). KID's estimator
 *   U = Σ_{i≠j} k(xᵢ,xⱼ)/(m)₂ + Σ_{i≠j} k(yᵢ,yⱼ)/(n)₂ − 2 Σ_{i,j} k(xᵢ,yⱼ)/(mn)        ((m)ᵣ = m(m−1)…(m−r+1))
 * is the average over 2-subsets S of the x's and T of the y's of the kernel of degree (2, 2)
 *   h(S, T) = k(x_{s₁},x_{s₂}) + k(y_{t₁},y_{t₂}) − ½ Σ_{s∈S, t∈T} k(x_s, y_t),
 * so, for samples of sizes M and N and σ²_cd = Cov(h(S,T), h(S',T')) when |S∩S'| = c and |T∩T'| = d,
 *   Var U = Σ_{(c,d)≠(0,0)} γ_c(M) γ_d(N) σ²_cd,   γ₀(M) = (M−2)(M−3)/(M(M−1)), γ₁(M) = 4(M−2)/(M(M−1)),
 *                                                   γ₂(M) = 2/(M(M−1)).
 * Its Hoeffding decomposition splits off the first-order term 4σ²₁₀/M + 4σ²₀₁/N (the variance of the projection that
 * the influence values estimate, ζ₁₀ = σ²₁₀ = Var E[h | x]); the rest — second-order terms in 1/M², 1/(MN), 1/N² and
 * the third/fourth-order ones below them — is non-negative and O(1/N) relative to it, except near P = Q, where the
 * first-order term vanishes (the degenerate case) and the rest carries all of the variance.
 *
 * This is the general two-sample form, used for m = n as well: Sutherland et al. 2017 ("Generative models and model
 * criticism via optimized MMD", appendix A) and Bounliphone et al. 2016 ("A test of relative similarity for model
 * selection in generative models") give the m = n variance of the one-sample U-statistic over pairs zᵢ = (xᵢ, yᵢ),
 * whose cross term leaves out the pairs i = j; KID's cross term averages over all m·n pairs, which is the two-sample
 * statistic above even when m = n.
 *
 * Estimates: E[h(S,T) h(S',T')] for each overlap (c, d) expands into products of two kernel values (PRODUCT_EXPANSIONS),
 * each of which has an unbiased estimate from the kernel sums: the average of that product over all index tuples
 * with the same coincidences, e.g. E[k(x₁,x₂) k(x₁,x₃)] ← (Σᵢ aᵢ² − ‖K_XX‖²_F)/(m)₃ with aᵢ the row sums of K_XX,
 * E[k(x₁,x₂) k(x₃,x₄)] ← ((Σaᵢ)² − 4Σaᵢ² + 2‖K_XX‖²_F)/(m)₄, E[k(x₁,y₁) k(x₂,y₂)] ← ((Σcᵢ)² − Σcᵢ² − Σc'ⱼ² +
 * ‖K_XY‖²_F)/((m)₂(n)₂) with cᵢ, c'ⱼ the row and column sums of K_XY (kernelMoments). σ̂²_cd = Ê_cd − Ê₀₀, so each
 * σ̂²_cd is unbiased, and at M = m, N = n the total is U² − Ê₀₀: the unbiased variance estimate of U. The kernel is
 * first shifted by the mean of K_XY (h does not change when every kernel value moves by the same constant), so that
 * the sums are of centred values and the differences keep their float64 digits. Needs m, n ≥ 4; undefined below.
 *
 * `M`, `N` (default m, n): the sample sizes to evaluate the variance at (the full sets, when the kernel sums are of
 * seeded subsets: the σ²_cd do not depend on the sample size).
 */
export function kidVariance(
  s: KidKernelSums,
  M = s.m,
  N = s.n,
): { total: number; firstOrder: number; higherOrder: number; sigma2: Float64Array } | undefined {
  if (s.m < 4 || s.n < 4 || M < 4 || N < 4) return undefined;
  const mu = kernelMoments(s);
  const e = Float64Array.from(PRODUCT_EXPANSIONS, (w) => w.reduce((t, wi, i) => t + wi * mu[i], 0));
  const sigma2 = Float64Array.from(e, (v) => v - e[0]);
  const gamma = (k: number) => [((k - 2) * (k - 3)) / (k * (k - 1)), (4 * (k - 2)) / (k * (k - 1)), 2 / (k * (k - 1))];
  const gm = gamma(M),
    gn = gamma(N);
  let total = 0;
  for (let c = 0; c <= 2; c++) for (let d = 0; d <= 2; d++) if (c + d > 0) total += gm[c] * gn[d] * sigma2[c * 3 + d];
  const firstOrder = (4 * sigma2[3]) / M + (4 * sigma2[1]) / N;
  return { total, firstOrder, higherOrder: total - firstOrder, sigma2 };
}

/** One kernel value of h: k(x_p, x_q) ('xx'), k(y_p, y_q) ('yy') or k(x_p, y_q) ('xy'), with its weight. */
interface KernelTerm {
  kind: 'xx' | 'yy' | 'xy';
  p: number;
  q: number;
  w: number;
}

/** h(S, T) on x-labels S and y-labels T as its six weighted kernel values. */
function hTerms(S: [number, number], T: [number, number]): KernelTerm[] {
  const out: KernelTerm[] = [
    { kind: 'xx', p: S[0], q: S[1], w: 1 },
    { kind: 'yy', p: T[0], q: T[1], w: 1 },
  ];
  for (const p of S) for (const q of T) out.push({ kind: 'xy', p, q, w: -0.5 });
  return out;
}

/**
 * The product moments E[k k'] of two kernel values, by the labels they share, in kernelMoments' order:
 *   0–2 k(x,x)·k(x,x) sharing 0, 1, 2 labels; 3–5 the same of k(y,y); 6 k(x,x)·k(y,y);
 *   7–8 k(x,x)·k(x,y) with the x-label of k(x,y) not / among the other's; 9–10 k(y,y)·k(x,y) likewise (y-label);
 *   11–14 k(x,y)·k(x,y) sharing neither label, the y-label only, the x-label only, both.
 */
function momentIndex(t: KernelTerm, u: KernelTerm): number {
  const [a, b] = t.kind <= u.kind ? [t, u] : [u, t]; // 'xx' < 'xy' < 'yy'
  const shares = (v: number, s: KernelTerm) => (v === s.p || v === s.q ? 1 : 0);
  if (a.kind === 'xx' && b.kind === 'xx') return shares(b.p, a) + shares(b.q, a);
  if (a.kind === 'yy' && b.kind === 'yy') return 3 + shares(b.p, a) + shares(b.q, a);
  if (a.kind === 'xx' && b.kind === 'yy') return 6;
  if (a.kind === 'xx') return 7 + shares(b.p, a);
  if (b.kind === 'yy') return 9 + shares(a.q, b);
  return 11 + 2 * (a.p === b.p ? 1 : 0) + (a.q === b.q ? 1 : 0);
}

/**
 * E[h(S,T) h(S',T')] for the overlaps (c, d) = (|S∩S'|, |T∩T'|), index 3c + d, as weights on the 15 product moments:
 * h on x-labels (0, 1) and y-labels (0, 1), h' sharing the first c (d) of them.
 */
const PRODUCT_EXPANSIONS: Float64Array[] = (() => {
  const labels = (c: number): [number, number] => (c === 2 ? [0, 1] : c === 1 ? [0, 2] : [2, 3]);
  const out: Float64Array[] = [];
  for (let c = 0; c <= 2; c++)
    for (let d = 0; d <= 2; d++) {
      const w = new Float64Array(15);
      for (const t of hTerms([0, 1], [0, 1]))
        for (const u of hTerms(labels(c), labels(d))) w[momentIndex(t, u)] += t.w * u.w;
      out.push(w);
    }
  return out;
})();

/**
 * The unbiased product moments of kidVariance (momentIndex's order) from the kernel sums, every kernel value shifted
 * by −κ (κ the mean of K_XY).
 */
function kernelMoments(s: KidKernelSums): Float64Array {
  const { m, n } = s;
  const sum = (a: Float64Array) => a.reduce((t, v) => t + v, 0);
  const dot = (a: Float64Array, b: Float64Array) => {
    let t = 0;
    for (let i = 0; i < a.length; i++) t += a[i] * b[i];
    return t;
  };
  const sxx0 = sum(s.xxRows),
    syy0 = sum(s.yyRows),
    sxy0 = sum(s.xyRows);
  const kappa = sxy0 / (m * n);
  // shifted row sums and squared norms: Σ(k − κ)² = Σk² − 2κΣk + (pairs)κ²
  const a = Float64Array.from(s.xxRows, (v) => v - (m - 1) * kappa),
    b = Float64Array.from(s.yyRows, (v) => v - (n - 1) * kappa),
    c = Float64Array.from(s.xyRows, (v) => v - n * kappa),
    cc = Float64Array.from(s.xyCols, (v) => v - m * kappa);
  const fxx = s.xxSquares - 2 * kappa * sxx0 + m * (m - 1) * kappa * kappa,
    fyy = s.yySquares - 2 * kappa * syy0 + n * (n - 1) * kappa * kappa,
    fxy = s.xySquares - 2 * kappa * sxy0 + m * n * kappa * kappa;
  const sxx = sum(a),
    syy = sum(b),
    sxy = sum(c);
  const pa = dot(a, a),
    pb = dot(b, b),
    pc = dot(c, c),
    pcc = dot(cc, cc),
    qac = dot(a, c),
    qbc = dot(b, cc);
  const m2 = m * (m - 1),
    m3 = m2 * (m - 2),
    m4 = m3 * (m - 3),
    n2 = n * (n - 1),
    n3 = n2 * (n - 2),
    n4 = n3 * (n - 3);
  return Float64Array.of(
    (sxx * sxx - 4 * pa + 2 * fxx) / m4,
    (pa - fxx) / m3,
    fxx / m2,
    (syy * syy - 4 * pb + 2 * fyy) / n4,
    (pb - fyy) / n3,
    fyy / n2,
    (sxx * syy) / (m2 * n2),
    (sxx * sxy - 2 * qac) / (m3 * n),
    qac / (m2 * n),
    (syy * sxy - 2 * qbc) / (n3 * m),
    qbc / (n2 * m),
    (sxy * sxy - pc - pcc + fxy) / (m2 * n2),
    (pcc - fxy) / (m2 * n),
    (pc - fxy) / (m * n2),
    fxy / (m * n),
  );
}

/** XOR'ed into the seed for KID's row subsets (above KID_INFLUENCE_ROWS rows). */
const KID_STREAM = 0x1b873593;

/**
 * Linear-bootstrap replicates value + Σᵢ wᵢ·ĨFₓ(xᵢ)/m + Σⱼ vⱼ·ĨF_y(yⱼ)/n (Ĩ: centred influence values) for B
 * multinomial resamples of all rows, drawn from the bootstrap's streams: RandomState(seed) for the first set,
 * RandomState(seed ^ GEN_STREAM) for the second.
 */
export function linearReplicates(
  value: number,
  ifx: Float64Array,
  ify: Float64Array,
  B: number,
  seed: number,
): Float64Array {
  const centred = (a: Float64Array) => {
    let s = 0;
    for (const v of a) s += v;
    s /= a.length;
    return Float64Array.from(a, (v) => v - s);
  };
  const hx = centred(ifx),
    hy = centred(ify);
  const rngX = new RandomState(seed >>> 0),
    rngY = new RandomState((seed ^ GEN_STREAM) >>> 0);
  const out = new Float64Array(B);
  const m = hx.length,
    n = hy.length;
  for (let b = 0; b < B; b++) {
    let sx = 0,
      sy = 0;
    for (let i = 0; i < m; i++) sx += hx[rngX.randomInterval(m - 1)];
    for (let j = 0; j < n; j++) sy += hy[rngY.randomInterval(n - 1)];
    out[b] = value + sx / m + sy / n;
  }
  return out;
}

/** The spread of linear replicates as an interval. */
function fromReplicates(replicates: Float64Array, scale: number, method: IntervalMethod): MetricIntervalResult {
  const s = spread(replicates);
  return { halfWidth: s.halfWidth * scale, se: s.se * scale, replicates, scale, method };
}

export interface IntervalInputs {
  x: Float32Array;
  nReal: number;
  y: Float32Array;
  nGen: number;
  d: number;
  /** Statistics of each set (FID's delta method needs the covariances). */
  real?: { mu: Float64Array; sigma: Float64Array };
  generated?: { mu: Float64Array; sigma: Float64Array };
  /** The point estimates the linear replicates are centred on. */
  values: Partial<Record<BootstrapMetric, number>>;
}

/** Whether FID's delta method applies: both covariances non-singular (N above d) and given. */
export function fidDeltaApplies(inp: Pick<IntervalInputs, 'nReal' | 'nGen' | 'd' | 'real' | 'generated'>): boolean {
  return Boolean(inp.real && inp.generated) && Math.min(inp.nReal, inp.nGen) > inp.d + 1;
}

/** FID's interval by the delta method (fidDeltaApplies must hold): linear replicates of its influence values. */
async function fidDeltaInterval(
  inp: IntervalInputs,
  B: number,
  seed: number,
  device: MetricsDevice | undefined,
): Promise<MetricIntervalResult> {
  const { x, nReal, y, nGen, d } = inp;
  const { ifx, ify } = await fidInfluence(
    x,
    nReal,
    inp.real!.mu,
    inp.real!.sigma,
    y,
    nGen,
    inp.generated!.mu,
    inp.generated!.sigma,
    d,
    device,
  );
  return fromReplicates(linearReplicates(inp.values.fid ?? 0, ifx, ify, B, seed), 1, 'delta-method');
}

/**
 * KID's interval from the complete variance of its U-statistic: linear replicates of its influence values (the
 * first-order term), scaled to N rows, with their spread around the point estimate widened by √(1 + R/V₁): V₁ the
 * replicates' own variance at N rows (scale²·(Σĩfₓ²/m² + Σĩf_y²/n²)), R kidVariance's higher-order terms at the full
 * sizes (clamped at 0: their true value is non-negative). The same multinomial draws as before, so replicates of
 * two runs with the same seed still pair up.
 */
async function kidInterval(
  inp: IntervalInputs,
  B: number,
  seed: number,
  kidRows: number | undefined,
  device: MetricsDevice | undefined,
): Promise<MetricIntervalResult> {
  const { x, nReal, y, nGen, d } = inp;
  const k = await kidInfluence(x, nReal, y, nGen, d, seed, kidRows, device);
  const value = inp.values.kid ?? 0;
  const scale = Math.sqrt(Math.max(k.m / nReal, k.n / nGen));
  const replicates = linearReplicates(value, k.ifx, k.ify, B, seed);
  const widen = higherOrderWidening(k, nReal, nGen, scale);
  if (widen !== 1) for (let b = 0; b < B; b++) replicates[b] = value + widen * (replicates[b] - value);
  return fromReplicates(replicates, scale, 'u-statistic');
}

/** √(1 + R/V₁) of kidInterval (1 when the variance is not defined: fewer than 4 rows, or no spread). */
export function higherOrderWidening(
  k: { ifx: Float64Array; ify: Float64Array; sums: KidKernelSums },
  nReal: number,
  nGen: number,
  scale: number,
): number {
  const v = kidVariance(k.sums, nReal, nGen);
  if (!v) return 1;
  const centredSquares = (a: Float64Array) => {
    let mean = 0;
    for (const t of a) mean += t;
    mean /= a.length;
    let ss = 0;
    for (const t of a) ss += (t - mean) ** 2;
    return ss / (a.length * a.length);
  };
  const v1 = scale * scale * (centredSquares(k.ifx) + centredSquares(k.ify));
  const r = Math.max(0, v.higherOrder);
  return v1 > 0 && Number.isFinite(r) ? Math.sqrt(1 + r / v1) : 1;
}

/**
 * The percentile-bootstrap intervals of the P/R/D/C metrics `wanted`, into `out`: a seeded pool of ≤ cap rows per
 * set, its Gram matrices formed once (bootstrapMetrics' full-Gram path); the pool's rows per set.
 */
async function prdcPoolIntervals(
  inp: IntervalInputs,
  wanted: BootstrapMetric[],
  B: number,
  seed: number,
  o: IntervalOptions,
  out: IntervalsResult['intervals'],
): Promise<{ real: number; generated: number }> {
  const { x, nReal, y, nGen, d } = inp;
  const cap = o.maxSamples ?? DEFAULT_BOOTSTRAP_MAX_SAMPLES;
  const p = Math.min(nReal, cap),
    q = Math.min(nGen, cap);
  const px =
    p < nReal ? new RandomState((seed ^ POOL_STREAM) >>> 0).choiceWithoutReplacement(nReal, p).sort() : undefined;
  const py =
    q < nGen
      ? new RandomState((seed ^ POOL_STREAM ^ GEN_STREAM) >>> 0).choiceWithoutReplacement(nGen, q).sort()
      : undefined;
  const r = await bootstrapMetrics(gather(x, px, nReal, d), p, gather(y, py, nGen, d), q, d, wanted, {
    replicates: B,
    seed,
    maxSamples: Math.max(p, q),
    kPR: o.kPR,
    kDC: o.kDC,
    progress: o.progress,
    device: o.device,
  });
  const scale = Math.sqrt(Math.max(p / nReal, q / nGen));
  for (const m of wanted) {
    const iv = r.intervals[m]!;
    out[m] = fromReplicates(iv.replicates, scale, 'bootstrap');
  }
  return { real: p, generated: q };
}

/** FID's interval by bootstrapMetrics' own resampling (when the delta method does not apply), and its draws. */
async function fidBootstrapInterval(
  inp: IntervalInputs,
  B: number,
  seed: number,
  o: IntervalOptions,
): Promise<{ interval: MetricIntervalResult; fidDraws: IntervalsResult['fidDraws'] }> {
  const { x, nReal, y, nGen, d } = inp;
  const r = await bootstrapMetrics(x, nReal, y, nGen, d, ['fid'], {
    replicates: B,
    seed,
    maxSamples: o.maxSamples,
    progress: o.progress,
  });
  const iv = r.intervals.fid!;
  return {
    interval: { halfWidth: iv.halfWidth, se: iv.se, replicates: iv.replicates, scale: iv.scale, method: 'bootstrap' },
    fidDraws: r.fidDraws ?? r.draws,
  };
}

/**
 * The 95 % intervals of the requested metrics: FID by the delta method (N above d) else the bootstrap, KID by its
 * U-statistic variance, P/R/D/C by the pooled percentile bootstrap (see the header).
 */
export async function metricIntervals(
  inp: IntervalInputs,
  metrics: readonly BootstrapMetric[],
  o: IntervalOptions = {},
): Promise<IntervalsResult> {
  const t0 = performance.now();
  const B = o.replicates ?? DEFAULT_BOOTSTRAP_REPLICATES,
    seed = o.seed ?? 0;
  if (!Number.isInteger(B) || B < 2) throw new RangeError(`intervals: replicates must be an integer ≥ 2, got ${B}`);
  const out: IntervalsResult['intervals'] = {};
  const want = new Set(metrics);
  const stepTimes: string[] = [];
  const note = (what: string, t: number) => {
    stepTimes.push(`${what} ${((performance.now() - t) / 1000).toFixed(1)} s`);
    o.progress?.(`intervals: ${what} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  const boot: BootstrapMetric[] = [];
  if (want.has('fid')) {
    if (fidDeltaApplies(inp)) {
      const t = performance.now();
      out.fid = await fidDeltaInterval(inp, B, seed, o.device);
      note('FID (delta method)', t);
    } else boot.push('fid');
  }
  if (want.has('kid')) {
    const t = performance.now();
    out.kid = await kidInterval(inp, B, seed, o.kidRows, o.device);
    note('KID (U-statistic)', t);
  }
  for (const m of ['precision', 'recall', 'density', 'coverage'] as const) if (want.has(m)) boot.push(m);
  let draws: IntervalsResult['draws'], fidDraws: IntervalsResult['fidDraws'];
  if (boot.length) {
    const t = performance.now();
    const prdcWanted = boot.filter((m) => m !== 'fid');
    if (prdcWanted.length) draws = await prdcPoolIntervals(inp, prdcWanted, B, seed, o, out);
    if (boot.includes('fid')) {
      const f = await fidBootstrapInterval(inp, B, seed, o);
      out.fid = f.interval;
      fidDraws = f.fidDraws;
    }
    note(`${boot.join(', ')} (bootstrap)`, t);
  }
  return {
    intervals: out,
    replicates: B,
    ...(draws ? { draws } : {}),
    ...(fidDraws ? { fidDraws } : {}),
    seconds: (performance.now() - t0) / 1000,
  };
}

/** XOR'ed into the seed for the percentile bootstrap's pool of rows. */
const POOL_STREAM = 0x68e31da4;
