// Stage 1 of the two-stage symmetric eigenvalue reduction (symmetric-eigen.ts): dense → band by blocked Householder
// QR of panels and delayed two-sided updates through onnxruntime float64 Gemms. See symmetric-eigen.ts for the
// references.
import { node } from '../features/onnx-writer.js';
import { f64, gemm, graphSession, i64, i64s, lap, runGraph, type Feed } from './ort-linalg.js';

/**
 * Symmetric band matrix of bandwidth b in lower storage with a window of w ≥ 2b diagonals (room for the bulges of
 * stage 2): A[i,k] for i − w < k ≤ i lives at ab[(w − 1)(i + 1) + k].
 */
export interface BandMatrix {
  n: number;
  b: number;
  w: number;
  ab: Float64Array;
}

export function newBandMatrix(n: number, b: number, shared = false): BandMatrix {
  const w = Math.max(2 * b, 1);
  return { n, b, w, ab: shared ? new Float64Array(new SharedArrayBuffer(8 * n * w)) : new Float64Array(n * w) };
}

/** The band (lower triangle within distance b) of a dense symmetric matrix, without any reduction. */
export function bandFromDense(a: Float64Array, n: number, b: number): BandMatrix {
  const band = newBandMatrix(n, b),
    w1 = band.w - 1;
  for (let i = 0; i < n; i++) for (let k = Math.max(0, i - b); k <= i; k++) band.ab[w1 * (i + 1) + k] = a[i * n + k];
  return band;
}

// The group's pending updates A_cur = A − Σⱼ (vⱼ zⱼᵀ + zⱼ vⱼᵀ) are kept as two stacked, interleaved copies
// U1 = [v₀ᵀ; z₀ᵀ; v₁ᵀ; z₁ᵀ; …] and U2 = [z₀ᵀ; v₀ᵀ; z₁ᵀ; v₁ᵀ; …] (2k × m), so that every correction is a single
// Gemm: A_cur X = A X − U1ᵀ (U2 X).

/**
 * Panel columns cols = [c, c + w) of every row of the trailing matrix, brought up to date: P = A[:, cols] − U1ᵀ U2[:, cols]
 * (with `pending`; else A[:, cols] alone). The column slices are gathered by ORT, not in JS.
 */
const bandPanelSession = (pending: boolean) =>
  graphSession(pending ? 'band-panel' : 'band-panel0', () => ({
    nodes: [
      node('Slice', ['A', 'sc', 'ec', 'axis1'], [pending ? 'Pold' : 'P']),
      ...(pending
        ? [
            node('Slice', ['U2', 'sc', 'ec', 'axis1'], ['Us']),
            gemm('U1', 'Us', 'Pold', 'P', { ta: true, alpha: -1, beta: 1 }),
          ]
        : []),
    ],
    inputs: [
      f64('A', ['m', 'm']),
      i64('sc', [1]),
      i64('ec', [1]),
      i64('axis1', [1]),
      ...(pending ? [f64('U1', ['j', 'm']), f64('U2', ['j', 'm'])] : []),
    ],
    outputs: [f64('P', ['m', 'w'])],
  }));

/**
 * For the rows r.. that the panel's reflectors touch: W = (A_cur V T)[r:, :] and Z = W − ½ Vᵣ Tᵀ (Vᵣᵀ W), where
 * V (m × q) is zero above row r and Ar = A[r:, :] is passed as a view (only those rows are read).
 */
const bandWzSession = (pending: boolean) =>
  graphSession(pending ? 'band-wz' : 'band-wz0', () => ({
    nodes: [
      node('MatMul', ['Ar', 'V'], [pending ? 'AV' : 'Y']),
      node('Slice', ['V', 'sr', 'er'], ['Vr']),
      ...(pending
        ? [
            node('MatMul', ['U2', 'V'], ['S']),
            gemm('U1', 'S', undefined, 'C', { ta: true }),
            node('Slice', ['C', 'sr', 'er'], ['Cr']),
            node('Sub', ['AV', 'Cr'], ['Y']),
          ]
        : []),
      node('MatMul', ['Y', 'T'], ['W']),
      gemm('Vr', 'W', undefined, 'G', { ta: true }),
      gemm('T', 'G', undefined, 'X', { ta: true }),
      gemm('Vr', 'X', 'W', 'Z', { alpha: -0.5, beta: 1 }),
    ],
    inputs: [
      f64('Ar', ['p', 'm']),
      f64('V', ['m', 'q']),
      f64('T', ['q', 'q']),
      i64('sr', [2]),
      i64('er', [2]),
      ...(pending ? [f64('U1', ['j', 'm']), f64('U2', ['j', 'm'])] : []),
    ],
    outputs: [f64('Z', ['p', 'q'])],
  }));

/** The group's accumulated two-sided update of the trailing matrix: A[s:, s:] − U1ᵀ U2 (U1, U2 restricted to those
 * columns). */
const bandTrailSession = () =>
  graphSession('band-trail', () => ({
    nodes: [node('Slice', ['A', 's', 'e'], ['As']), gemm('U1', 'U2', 'As', 'Y', { ta: true, alpha: -1, beta: 1 })],
    inputs: [f64('A', ['m', 'm']), f64('U1', ['j', 'r']), f64('U2', ['j', 'r']), i64('s', [2]), i64('e', [2])],
    outputs: [f64('Y', ['r', 'r'])],
  }));

export interface BandReductionOptions {
  /** Columns per group of panels between two updates of the trailing matrix (rounded to a multiple of b; default 256).
   * */
  groupColumns?: number;
  timings?: Record<string, number>;
  /** Write into this band (e.g. one in shared memory) instead of a new one. */
  band?: BandMatrix;
  /** The largest b whose panel kernels are generated (default 24; tests compare them with the loops). */
  unrollMax?: number;
}

/**
 * Householder QR of the mr × b row-major block `p` (row stride b) in place (GVL §5.2): R on and above the diagonal,
 * the essential parts of v₀ … v_{q−1} below it (vⱼ[j] = 1 implied), τⱼ in `taus`. q = min(b, mr − 1) reflectors.
 * Row-major, so that each reflector's products with the columns to its right are one pass over the rows with the
 * partial sums side by side in `t` (length b).
 */
function panelQR(
  p: Float64Array,
  mr: number,
  b: number,
  q: number,
  taus: Float64Array,
  t: Float64Array,
  kernels: PanelKernels | undefined,
): void {
  if (kernels) {
    kernels.qr(p, mr, q, taus);
    return;
  }
  const end = mr * b;
  for (let j = 0; j < q; j++) {
    const x0 = p[j * b + j];
    let s0 = 0,
      s1 = 0,
      o = (j + 1) * b + j;
    for (; o + b < end; o += 2 * b) {
      const x = p[o],
        y = p[o + b];
      s0 += x * x;
      s1 += y * y;
    }
    if (o < end) s0 += p[o] * p[o];
    const sig = s0 + s1;
    if (sig === 0) {
      taus[j] = 0;
      continue;
    }
    const norm = Math.sqrt(x0 * x0 + sig),
      beta = x0 >= 0 ? -norm : norm,
      tau = (beta - x0) / beta,
      sc = 1 / (x0 - beta);
    for (o = (j + 1) * b + j; o < end; o += b) p[o] *= sc;
    p[j * b + j] = beta;
    taus[j] = tau;
    if (j + 1 === b) continue;
    // t = (vⱼᵀ A[:, j+1:]) with vⱼ[j] = 1, then A[:, j+1:] −= τ vⱼ t
    for (let c = j + 1; c < b; c++) t[c] = p[j * b + c];
    for (o = (j + 1) * b; o < end; o += b) {
      const v = p[o + j];
      for (let c = j + 1; c < b; c++) t[c] += v * p[o + c];
    }
    for (let c = j + 1; c < b; c++) {
      t[c] *= tau;
      p[j * b + c] -= t[c];
    }
    for (o = (j + 1) * b; o < end; o += b) {
      const v = p[o + j];
      for (let c = j + 1; c < b; c++) p[o + c] -= v * t[c];
    }
  }
}

/**
 * T (q × q upper triangular, row-major) of the compact WY form H₀ H₁ ⋯ H_{q−1} = I − V T Vᵀ (Schreiber & Van Loan
 * 1989; GVL §5.1): T[j][j] = τⱼ, T[0:j, j] = −τⱼ T[0:j, 0:j] (V[:, 0:j]ᵀ vⱼ). V is panelQR's, row-major in `p` (row
 * stride b); the products V[:, 0:j]ᵀ vⱼ for every j come from one pass over the rows, into `g` (q × q, g[l·q + j]).
 */
function compactWY(
  p: Float64Array,
  mr: number,
  b: number,
  q: number,
  taus: Float64Array,
  tm: Float64Array,
  g: Float64Array,
  kernels: PanelKernels | undefined,
): void {
  tm.fill(0, 0, q * q);
  g.fill(0, 0, q * q);
  // row i holds vⱼ[i] for j < i (and vᵢ[i] = 1 for i < q): it adds V[i][l]·V[i][j] to g[l][j] for l < j
  if (q !== b) kernels = undefined;
  const loopRows = kernels ? Math.min(mr, q) : mr;
  for (let i = 1; i < loopRows; i++) {
    const o = i * b,
      jm = Math.min(i, q - 1);
    for (let j = 1; j <= jm; j++) {
      const vj = j === i ? 1 : p[o + j];
      for (let l = 0; l < j; l++) g[l * q + j] += p[o + l] * vj;
    }
  }
  if (kernels && mr > q) kernels.gram(p, mr, g); // rows q .. mr − 1, every product, in the same order
  for (let j = 0; j < q; j++) {
    const tau = taus[j];
    for (let i = 0; i < j; i++) {
      let s = 0;
      for (let l = i; l < j; l++) s += tm[i * q + l] * g[l * q + j];
      tm[i * q + j] = -tau * s;
    }
    tm[j * q + j] = tau;
  }
}

/** Straight-line versions of panelQR and of compactWY's row pass for one b (see panelKernels). */
interface PanelKernels {
  qr: (p: Float64Array, mr: number, q: number, taus: Float64Array) => void;
  /** Rows q .. mr − 1 of compactWY's pass, for q = b. */
  gram: (p: Float64Array, mr: number, g: Float64Array) => void;
}

const panelKernelCache = new Map<number, PanelKernels | null>();

/**
 * panelQR and the bulk of compactWY's row pass with the loops over the b columns unrolled and the partial sums in
 * locals, generated once per b: the same operations in the same order as the loops (so the same results), but V8
 * spends on loops of 1–11 columns more than on their arithmetic (2.5× and 4× faster measured at b = 12). undefined
 * where code generation from strings is disabled, or for b above unrollMax.
 */
function panelKernels(b: number, unrollMax = 24): PanelKernels | undefined {
  if (b > unrollMax) return undefined;
  let k = panelKernelCache.get(b);
  if (k === undefined) {
    try {
      k = generatePanelKernels(b);
    } catch {
      k = null; // --disallow-code-generation-from-strings: the loops
    }
    panelKernelCache.set(b, k);
  }
  return k ?? undefined;
}

/** Whether denseToBand runs generated panel kernels for bandwidth b (tests). */
export function hasPanelKernels(b: number): boolean {
  return panelKernels(b) !== undefined;
}

function generatePanelKernels(b: number): PanelKernels {
  const cols = (from: number) => Array.from({ length: b - from }, (_, i) => from + i);
  let qr = `const end = mr * ${b}; let o = 0;`;
  for (let j = 0; j < b; j++) {
    const rest = cols(j + 1);
    qr += `if (q > ${j}) {
      const x0 = p[${j * b + j}];
      let s0 = 0, s1 = 0;
      for (o = ${(j + 1) * b + j}; o + ${b} < end; o += ${2 * b}) { const x = p[o], y = p[o + ${b}]; s0 += x * x; s1 += y * y; }
      if (o < end) s0 += p[o] * p[o];
      const sig = s0 + s1;
      if (sig === 0) taus[${j}] = 0;
      else {
        const norm = Math.sqrt(x0 * x0 + sig), beta = x0 >= 0 ? -norm : norm, tau = (beta - x0) / beta, sc = 1 / (x0 - beta);
        for (o = ${(j + 1) * b + j}; o < end; o += ${b}) p[o] *= sc;
        p[${j * b + j}] = beta;
        taus[${j}] = tau;`;
    if (rest.length) {
      qr += `${rest.map((c) => `let t${c} = p[${j * b + c}];`).join('')}
        for (o = ${(j + 1) * b}; o < end; o += ${b}) { const v = p[o + ${j}]; ${rest.map((c) => `t${c} += v * p[o + ${c}];`).join('')} }
        ${rest.map((c) => `t${c} *= tau; p[${j * b + c}] -= t${c};`).join('')}
        for (o = ${(j + 1) * b}; o < end; o += ${b}) { const v = p[o + ${j}]; ${rest.map((c) => `p[o + ${c}] -= v * t${c};`).join('')} }`;
    }
    qr += '}}';
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j < b; j++) for (let l = 0; l < j; l++) pairs.push([l, j]);
  const gram = `${pairs.map(([l, j]) => `let g${l}_${j} = g[${l * b + j}];`).join('')}
    for (let o = ${b * b}, end = mr * ${b}; o < end; o += ${b}) {
      ${cols(0)
        .map((c) => `const v${c} = p[o + ${c}];`)
        .join('')}
      ${pairs.map(([l, j]) => `g${l}_${j} += v${l} * v${j};`).join('')}
    }
    ${pairs.map(([l, j]) => `g[${l * b + j}] = g${l}_${j};`).join('')}`;
  return {
    qr: new Function('p', 'mr', 'q', 'taus', qr) as PanelKernels['qr'],
    gram: new Function('p', 'mr', 'g', gram) as PanelKernels['gram'],
  };
}

/** Work arrays and position of denseToBand between panels. */
interface BandWork {
  n: number;
  b: number;
  /** Panels per group, and the group's columns g · b. */
  g: number;
  gcols: number;
  band: BandMatrix;
  /** The group's pending updates, interleaved (see above): 2k rows of length m0. */
  u1: Float64Array;
  u2: Float64Array;
  vp: Float64Array;
  taus: Float64Array;
  tm: Float64Array;
  /** Work of panelQR (b) and compactWY (b × b). */
  t: Float64Array;
  gram: Float64Array;
  kernels: PanelKernels | undefined;
  /** U1, U2 restricted to the trailing columns. */
  trail1?: Float64Array;
  trail2?: Float64Array;
  /** The trailing matrix (m0 × m0), from row and column g0 on. */
  cur: Float64Array;
  /** Reused outputs of the panel and Z graphs (one panel's worth each: n × (b + 1) and n × b). */
  panelOut: Float64Array;
  zOut: Float64Array;
  /** The two arrays the trailing matrices after each group alternate in (allocated at the first group's size). */
  trailing: [Float64Array | undefined, Float64Array | undefined];
  /** Which of them holds `cur` (−1: `cur` is the caller's matrix). */
  curSlot: -1 | 0 | 1;
  g0: number;
  timings?: Record<string, number>;
  t0: number;
}

/** The work arrays of denseToBand for n × n into `band` with g panels of b columns per group. */
function bandWork(
  a: Float64Array,
  n: number,
  b: number,
  g: number,
  band: BandMatrix,
  opts: BandReductionOptions,
): BandWork {
  const gcols = g * b;
  return {
    n,
    b,
    g,
    gcols,
    band,
    u1: new Float64Array(2 * gcols * n),
    u2: new Float64Array(2 * gcols * n),
    vp: new Float64Array(n * b),
    taus: new Float64Array(b),
    tm: new Float64Array(b * b),
    t: new Float64Array(b),
    gram: new Float64Array(b * b),
    kernels: panelKernels(b, opts.unrollMax),
    cur: a,
    trailing: [undefined, undefined],
    curSlot: -1,
    panelOut: new Float64Array(n * (b + 1)),
    zOut: new Float64Array(n * b),
    g0: 0,
    timings: opts.timings,
    t0: performance.now(),
  };
}

/**
 * The w panel columns from column c of the trailing matrix (every row; only rows c.. are used), brought up to date
 * with the group's k pending reflectors.
 */
async function loadPanel(s: BandWork, m0: number, c: number, w: number, k: number): Promise<Float64Array> {
  const { u1, u2, cur } = s;
  s.t0 = lap(s.timings, 'band.js', s.t0);
  const pan = (
    await runGraph(
      bandPanelSession(k > 0),
      {
        A: [cur.subarray(0, m0 * m0), [m0, m0]],
        sc: [i64s(c), [1]],
        ec: [i64s(c + w), [1]],
        axis1: [i64s(1), [1]],
        ...(k > 0
          ? {
              U1: [u1.subarray(0, 2 * k * m0), [2 * k, m0]] as Feed,
              U2: [u2.subarray(0, 2 * k * m0), [2 * k, m0]] as Feed,
            }
          : {}),
      },
      { P: [s.panelOut.subarray(0, m0 * w), [m0, w]] },
    )
  ).P;
  s.t0 = lap(s.timings, 'band.ort', s.t0);
  return pan;
}

/**
 * The panel's q reflectors: Householder QR of the mr × b block below the band, in place in `pan` (the panel's
 * columns, row stride b), R into the band, T of the compact WY form into tm. Returns the factored block (a view of
 * the panel's rows r .. m0 − 1): R and the reflectors' essential parts.
 */
function panelReflectors(s: BandWork, pan: Float64Array, c: number, r: number, mr: number, q: number): Float64Array {
  const { b, taus, tm, g0 } = s;
  const ab = s.band.ab,
    w1 = s.band.w - 1;
  const qr = pan.subarray(r * b, (r + mr) * b);
  panelQR(qr, mr, b, q, taus, s.t, s.kernels);
  // R (upper trapezoidal) → band; the entries below it (beyond distance b) stay zero
  for (let i = 0; i < Math.min(b, mr); i++) {
    const row = w1 * (g0 + r + i + 1) + g0 + c;
    for (let j = i; j < b; j++) ab[row + j] = qr[i * b + j];
  }
  compactWY(qr, mr, b, q, taus, tm, s.gram, s.kernels);
  return qr;
}

/**
 * V (m0 × q, row-major, zero above row r) of the panel's reflectors (in `qr`, panelReflectors's block) into vp for the
 * products, and each v appended to u1/u2 after the k pending ones.
 */
function appendReflectors(
  s: BandWork,
  qr: Float64Array,
  m0: number,
  r: number,
  mr: number,
  q: number,
  k: number,
): void {
  const { vp, u1, u2, b } = s;
  vp.fill(0, 0, r * q);
  for (let i = 0; i < mr; i++) {
    const o = i * b,
      ov = (r + i) * q;
    for (let j = 0; j < q; j++) vp[ov + j] = j < i ? qr[o + j] : j === i ? 1 : 0;
  }
  for (let j = 0; j < q; j++) {
    const rv1 = 2 * (k + j) * m0,
      rv2 = rv1 + m0;
    u1.fill(0, rv1, rv1 + r + j);
    u2.fill(0, rv2, rv2 + r + j);
    u1[rv1 + r + j] = 1;
    u2[rv2 + r + j] = 1;
    for (let i = j + 1, o = (j + 1) * b + j; i < mr; i++, o += b) {
      const x = qr[o];
      u1[rv1 + r + i] = x;
      u2[rv2 + r + i] = x;
    }
  }
}

/** Z of the panel's q reflectors (bandWzSession, rows r .. m0 − 1), each z appended to u1/u2 beside its v. */
async function appendZ(s: BandWork, m0: number, r: number, mr: number, q: number, k: number): Promise<void> {
  const { cur, vp, tm, u1, u2 } = s;
  s.t0 = lap(s.timings, 'band.js', s.t0);
  const z = (
    await runGraph(
      bandWzSession(k > 0),
      {
        Ar: [cur.subarray(r * m0, m0 * m0), [mr, m0]],
        V: [vp.subarray(0, m0 * q), [m0, q]],
        T: [tm.subarray(0, q * q), [q, q]],
        sr: [i64s(r, 0), [2]],
        er: [i64s(m0, q), [2]],
        ...(k > 0
          ? {
              U1: [u1.subarray(0, 2 * k * m0), [2 * k, m0]] as Feed,
              U2: [u2.subarray(0, 2 * k * m0), [2 * k, m0]] as Feed,
            }
          : {}),
      },
      { Z: [s.zOut.subarray(0, mr * q), [mr, q]] },
    )
  ).Z; // rows r .. m0−1
  s.t0 = lap(s.timings, 'band.ort', s.t0);
  for (let j = 0; j < q; j++) {
    const rz1 = (2 * (k + j) + 1) * m0,
      rz2 = 2 * (k + j) * m0;
    u1.fill(0, rz1, rz1 + r);
    u2.fill(0, rz2, rz2 + r);
    for (let i = 0; i < mr; i++) {
      const x = z[i * q + j];
      u1[rz1 + r + i] = x;
      u2[rz2 + r + i] = x;
    }
  }
}

/**
 * One group of up to g panels of the trailing matrix (m0 × m0): each panel's diagonal block and R into the band, its
 * reflectors pending in u1/u2. Returns the pending reflector count k, or −1 when the band is complete.
 */
async function reduceGroup(s: BandWork, m0: number): Promise<number> {
  const { b, g, g0 } = s;
  const ab = s.band.ab,
    w1 = s.band.w - 1;
  let k = 0; // k reflectors pending in u1/u2 (2k rows)
  for (let p = 0; p < g; p++) {
    const c = p * b,
      r = c + b,
      mr = m0 - r;
    if (c >= m0) return -1;
    const w = mr <= 1 ? m0 - c : b; // the last panel takes every remaining column (≤ b + 1)
    const pan = await loadPanel(s, m0, c, w, k);
    // diagonal block → band
    for (let i = 0; i < w; i++) {
      const o = w1 * (g0 + c + i + 1) + g0 + c,
        q = (c + i) * w;
      for (let j = 0; j <= i; j++) ab[o + j] = pan[q + j];
    }
    if (mr <= 1) return -1;
    const q = Math.min(b, mr - 1);
    const qr = panelReflectors(s, pan, c, r, mr, q);
    appendReflectors(s, qr, m0, r, mr, q, k);
    await appendZ(s, m0, r, mr, q, k);
    k += q;
  }
  return k;
}

/** Applies the group's k pending reflectors to the trailing matrix, once, and moves past the group's columns. */
async function updateTrailing(s: BandWork, m0: number, k: number): Promise<void> {
  const { n, gcols, u1, u2 } = s;
  const m1 = m0 - gcols,
    rows = 2 * k;
  s.trail1 ??= new Float64Array(2 * gcols * n);
  s.trail2 ??= new Float64Array(2 * gcols * n);
  const t1 = s.trail1.subarray(0, rows * m1),
    t2 = s.trail2.subarray(0, rows * m1);
  for (let kk = 0; kk < rows; kk++) {
    t1.set(u1.subarray(kk * m0 + gcols, (kk + 1) * m0), kk * m1);
    t2.set(u2.subarray(kk * m0 + gcols, (kk + 1) * m0), kk * m1);
  }
  s.t0 = lap(s.timings, 'band.js', s.t0);
  // the trailing matrices alternate between two arrays (never the caller's `a`, never the input of the same call)
  const next = s.curSlot === 0 ? 1 : 0;
  s.trailing[next] ??= new Float64Array(m1 * m1);
  s.curSlot = next;
  s.cur = (
    await runGraph(
      bandTrailSession(),
      {
        A: [s.cur.subarray(0, m0 * m0), [m0, m0]],
        U1: [t1, [rows, m1]],
        U2: [t2, [rows, m1]],
        s: [i64s(gcols, gcols), [2]],
        e: [i64s(m0, m0), [2]],
      },
      { Y: [s.trailing[next].subarray(0, m1 * m1), [m1, m1]] },
    )
  ).Y;
  s.t0 = lap(s.timings, 'band.trail', s.t0);
  s.g0 += gcols;
}

/**
 * Orthogonal reduction of the symmetric `a` (row-major n × n, not modified; both triangles are read) to a band
 * matrix of bandwidth b with the same eigenvalues (stage 1 of the two-stage reduction; see the notes above).
 */
export async function denseToBand(
  a: Float64Array,
  n: number,
  b: number,
  opts: BandReductionOptions = {},
): Promise<BandMatrix> {
  const band = opts.band ?? newBandMatrix(n, b);
  const g = Math.max(1, Math.round((opts.groupColumns ?? 256) / b));
  const s = bandWork(a, n, b, g, band, opts);
  for (;;) {
    const m0 = n - s.g0;
    const k = await reduceGroup(s, m0);
    if (k < 0) break;
    await updateTrailing(s, m0, k);
  }
  return band;
}
