// Stage 2 of the two-stage symmetric eigenvalue reduction (symmetric-eigen.ts): band → tridiagonal by bulge chasing.
//
// Sweep j annihilates A[j+2 .. j+b, j] with a reflector H₀ on rows/columns I₀ = [j+1, j+b]; applying H₀ from the
// right to the block below I₀ fills it (the bulge). Step s ≥ 1 applies H_{s−1} from the right to rows I_s = I₀ + s·b,
// annihilates only the first column of the block A[I_s, I_{s−1}] with H_s, applies H_s from the left to the rest of
// that block and to both sides of the diagonal block A[I_s, I_s]. The rest of each bulge lies on the path of sweep
// j + 1, which removes it (Lang 1993; Haidar, Ltaief & Dongarra 2011). Entries never reach beyond distance 2b − 1.
//
// Step s of sweep j touches only rows I_s (lower storage) and reads what step s + 1 of sweep j − 1 writes; steps
// further apart touch disjoint rows. So two threads can chase at once — one the even sweeps, the other the odd
// ones, step s of sweep j waiting until sweep j − 1 has finished step s + 1 — and the result is bitwise the same as
// the sweeps run one after another (the pipelined bulge chasing of Lang 1993 and of Haidar et al. 2011).
import type { BandMatrix } from './band-reduction.js';

/** Control words shared with the chase worker (Int32Array over a SharedArrayBuffer). */
export const CTL_GO = 0,
  CTL_ABORT = 1,
  CTL_READY = 2,
  CTL_FAILED = 3,
  CTL_WORDS = 4;

/**
 * The bulge chase, written without references outside this function so that its source text can be evaluated in a
 * worker thread as well (see chaseWorker).
 */
export function chaseRuntime() {
  /**
   * Householder reflector for x = A[i0 .. i0+len−1, col]: H x = β e₁ with H = I − τ v vᵀ, v₀ = 1 (GVL §5.1,
   * LAPACK's sign convention). Writes v, stores β and zeros in the column, returns τ (0 when x is already β e₁).
   */
  function house(
    ab: Float64Array,
    w1: number,
    i0: number,
    col: number,
    len: number,
    v: Float64Array,
    vo: number,
  ): number {
    const b0 = w1 * (i0 + 1) + col;
    const x0 = ab[b0];
    let sig = 0;
    for (let r = 1; r < len; r++) {
      const x = ab[b0 + r * w1];
      sig += x * x;
    }
    v[vo] = 1;
    if (sig === 0) {
      for (let r = 1; r < len; r++) v[vo + r] = 0;
      return 0;
    }
    const norm = Math.sqrt(x0 * x0 + sig),
      beta = x0 >= 0 ? -norm : norm,
      tau = (beta - x0) / beta,
      sc = 1 / (x0 - beta);
    for (let r = 1; r < len; r++) {
      const q = b0 + r * w1;
      v[vo + r] = ab[q] * sc;
      ab[q] = 0;
    }
    ab[b0] = beta;
    return tau;
  }
  /** A[I, I] ← H A[I, I] H for I = [i0, i0 + len), symmetric rank-2 form (GVL §8.3), lower storage. */
  function twoSided(
    ab: Float64Array,
    w1: number,
    i0: number,
    len: number,
    v: Float64Array,
    vo: number,
    tau: number,
    p: Float64Array,
  ): void {
    for (let r = 0; r < len; r++) p[r] = 0;
    for (let r = 0; r < len; r++) {
      const base = w1 * (i0 + r + 1) + i0,
        vr = v[vo + r];
      let s = 0;
      for (let c = 0; c < r; c++) {
        const x = ab[base + c];
        s += x * v[vo + c];
        p[c] += x * vr;
      }
      p[r] += s + ab[base + r] * vr;
    }
    let pv = 0;
    for (let r = 0; r < len; r++) {
      p[r] *= tau;
      pv += p[r] * v[vo + r];
    }
    const h = 0.5 * tau * pv;
    for (let r = 0; r < len; r++) p[r] -= h * v[vo + r];
    for (let r = 0; r < len; r++) {
      const base = w1 * (i0 + r + 1) + i0,
        vr = v[vo + r],
        pr = p[r];
      for (let c = 0; c <= r; c++) ab[base + c] -= vr * p[c] + pr * v[vo + c];
    }
  }
  /** A[rows, cols] ← A[rows, cols] H: `rows` rows from i1, `len` columns from col. */
  function right(
    ab: Float64Array,
    w1: number,
    i1: number,
    rows: number,
    col: number,
    len: number,
    v: Float64Array,
    vo: number,
    tau: number,
  ): void {
    for (let r = 0; r < rows; r++) {
      const base = w1 * (i1 + r + 1) + col;
      let s = 0;
      for (let c = 0; c < len; c++) s += ab[base + c] * v[vo + c];
      s *= tau;
      for (let c = 0; c < len; c++) ab[base + c] -= s * v[vo + c];
    }
  }
  /** A[rows, cols] ← H A[rows, cols]: `rows` rows from i1 (H of that length), nc columns from col. */
  function left(
    ab: Float64Array,
    w1: number,
    i1: number,
    rows: number,
    col: number,
    nc: number,
    v: Float64Array,
    vo: number,
    tau: number,
    wv: Float64Array,
  ): void {
    for (let c = 0; c < nc; c++) wv[c] = 0;
    for (let r = 0; r < rows; r++) {
      const base = w1 * (i1 + r + 1) + col,
        vr = v[vo + r];
      for (let c = 0; c < nc; c++) wv[c] += vr * ab[base + c];
    }
    for (let r = 0; r < rows; r++) {
      const base = w1 * (i1 + r + 1) + col,
        f = tau * v[vo + r];
      for (let c = 0; c < nc; c++) ab[base + c] -= f * wv[c];
    }
  }
  type Right = (
    ab: Float64Array,
    w1: number,
    i1: number,
    rows: number,
    col: number,
    v: Float64Array,
    vo: number,
    tau: number,
  ) => void;
  type Left = (ab: Float64Array, w1: number, i1: number, col: number, v: Float64Array, vo: number, tau: number) => void;
  type Two = (ab: Float64Array, w1: number, i0: number, v: Float64Array, vo: number, tau: number) => void;
  const cache = new Map<number, { right: Right; left: Left; two: Two }>();
  /**
   * The three full-size (b × b) kernels with their inner loops unrolled for this b, generated once per b: the same
   * operations as right/left/twoSided, but V8 spends less on loop control than on arithmetic for loops of 8–24 and
   * keeps v and the partial sums in registers (about 2× faster measured).
   */
  function unrolled(b: number) {
    let k = cache.get(b);
    if (k) return k;
    try {
      k = generate(b);
    } catch {
      return undefined;
    } // code generation disabled (--disallow-code-generation-from-strings): plain loops
    cache.set(b, k);
    return k;
  }
  function generate(b: number) {
    const idx = Array.from({ length: b }, (_, c) => c);
    const loadV = idx.map((c) => `const v${c} = v[vo + ${c}];`).join('');
    const r = `${loadV}
      for (let r = 0, base = w1 * (i1 + 1) + col; r < rows; r++, base += w1) {
        const s = tau * (${idx.map((c) => `ab[base + ${c}] * v${c}`).join(' + ')});
        ${idx.map((c) => `ab[base + ${c}] -= s * v${c};`).join('')}
      }`;
    const nc = idx.slice(0, b - 1);
    const l = `${nc.map((c) => `let u${c} = 0;`).join('')}
      const b0 = w1 * (i1 + 1) + col + 1;
      for (let r = 0, base = b0; r < ${b}; r++, base += w1) { const vr = v[vo + r]; ${nc.map((c) => `u${c} += vr * ab[base + ${c}];`).join('')} }
      for (let r = 0, base = b0; r < ${b}; r++, base += w1) { const f = tau * v[vo + r]; ${nc.map((c) => `ab[base + ${c}] -= f * u${c};`).join('')} }`;
    let t = `${loadV}${idx.map((i) => `let p${i} = 0;`).join('')}const B = w1 * (i0 + 1) + i0;`;
    for (let i = 0; i < b; i++) {
      for (let c = 0; c < i; c++)
        t += `{ const x = ab[B + ${i} * w1 + ${c}]; p${i} += x * v${c}; p${c} += x * v${i}; }`;
      t += `p${i} += ab[B + ${i} * w1 + ${i}] * v${i};`;
    }
    t += `let pv = 0;${idx.map((i) => `p${i} *= tau; pv += p${i} * v${i};`).join('')}const h = 0.5 * tau * pv;${idx.map((i) => `p${i} -= h * v${i};`).join('')}`;
    for (let i = 0; i < b; i++)
      for (let c = 0; c <= i; c++) t += `ab[B + ${i} * w1 + ${c}] -= v${i} * p${c} + p${i} * v${c};`;
    return {
      right: new Function('ab', 'w1', 'i1', 'rows', 'col', 'v', 'vo', 'tau', r) as Right,
      left: new Function('ab', 'w1', 'i1', 'col', 'v', 'vo', 'tau', l) as Left,
      two: new Function('ab', 'w1', 'i0', 'v', 'vo', 'tau', t) as Two,
    };
  }

  const DONE = 1 << 30;
  /** Shared progress of a two-thread chase: step[j] = steps sweep j has finished (DONE at the end); waiting[j] = 1
   * while a thread sleeps on step[j]. */
  interface Shared {
    step: Int32Array;
    waiting: Int32Array;
    ctl: Int32Array;
    parity: number;
  }
  /** Blocks until step[j] ≥ need (spinning briefly, then sleeping on the word; the writer wakes sleepers). */
  function waitFor(sh: Shared, j: number, need: number): void {
    for (let spin = 0; spin < 2000; spin++) if (Atomics.load(sh.step, j) >= need) return;
    let last = -1,
      since = Date.now();
    for (;;) {
      Atomics.store(sh.waiting, j, 1);
      const seen = Atomics.load(sh.step, j);
      if (seen >= need) break;
      if (Atomics.load(sh.ctl, 3)) throw new Error('the other band chase thread failed');
      if (seen !== last) {
        last = seen;
        since = Date.now();
      } else if (Date.now() - since > 60000) throw new Error('the other band chase thread stalled');
      Atomics.wait(sh.step, j, seen, 100);
    }
    Atomics.store(sh.waiting, j, 0);
  }
  /**
   * Reduces the band (bandwidth b, window w ≥ 2b, lower storage, overwritten) to tridiagonal form. Sweeps are taken
   * in groups of `group`, and a group advances as a wavefront: pass t runs step t − 2i of its i-th sweep, so each
   * sweep stays two steps behind the one before it and the group's working set stays in cache. With `sh`, this
   * thread runs every other group (parity) and only a group's first sweep waits on the other thread (for the last
   * sweep of the group before, which publishes its steps) — the threads meet once per step of a group, not per sweep.
   */
  function chase(ab: Float64Array, n: number, b: number, w: number, sh?: Shared, unrollMax = 24, group = 16): void {
    const w1 = w - 1,
      sweeps = n - 2;
    if (b < 2 || sweeps <= 0) return;
    const kern = b <= unrollMax ? unrolled(b) : undefined;
    const vs = new Float64Array(group * b),
      taus = new Float64Array(group),
      steps = new Int32Array(group);
    const vn = new Float64Array(b),
      p = new Float64Array(b),
      wv = new Float64Array(b);
    for (let g = sh ? sh.parity : 0; g * group < sweeps; g += sh ? 2 : 1) {
      const j0 = g * group,
        count = Math.min(group, sweeps - j0);
      steps.fill(0);
      let finished = 0;
      for (let t = 0; finished < count; t++) {
        for (let i = 0; i < count; i++) {
          const s = t - 2 * i;
          if (s < 0) break;
          if (steps[i] >= DONE) continue;
          const j = j0 + i,
            vo = i * b;
          if (sh && i === 0 && j > 0) waitFor(sh, j - 1, s + 2);
          const i1 = j + 1 + s * b;
          let end = i1 >= n;
          if (!end) {
            const len = Math.min(b, n - i1);
            if (s === 0) {
              const tau = house(ab, w1, i1, j, len, vs, vo);
              taus[i] = tau;
              if (tau !== 0) {
                if (kern && len === b) kern.two(ab, w1, i1, vs, vo, tau);
                else twoSided(ab, w1, i1, len, vs, vo, tau, p);
              }
            } else {
              const prevI = i1 - b,
                tau = taus[i]; // every earlier block of this sweep was a full b × b
              if (tau !== 0) {
                if (kern) kern.right(ab, w1, i1, len, prevI, vs, vo, tau);
                else right(ab, w1, i1, len, prevI, b, vs, vo, tau);
              }
              if (len < 2) end = true;
              else {
                const t2 = house(ab, w1, i1, prevI, len, vn, 0);
                if (t2 !== 0) {
                  if (kern && len === b) kern.left(ab, w1, i1, prevI, vn, 0, t2);
                  else left(ab, w1, i1, len, prevI + 1, b - 1, vn, 0, t2, wv);
                  if (kern && len === b) kern.two(ab, w1, i1, vn, 0, t2);
                  else twoSided(ab, w1, i1, len, vn, 0, t2, p);
                }
                for (let c = 0; c < len; c++) vs[vo + c] = vn[c];
                taus[i] = t2;
              }
            }
          }
          steps[i] = end ? DONE : s + 1;
          if (end) finished++;
          if (sh && i === count - 1) {
            Atomics.store(sh.step, j, steps[i]);
            if (Atomics.load(sh.waiting, j)) Atomics.notify(sh.step, j);
          }
        }
      }
    }
  }
  return { chase };
}

export const chase = chaseRuntime().chase;

/** d and e of the tridiagonal matrix left in the band. */
export function bandTridiagonal(band: BandMatrix): { d: Float64Array; e: Float64Array } {
  const { n, ab } = band,
    w1 = band.w - 1;
  const d = new Float64Array(n),
    e = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    d[i] = ab[w1 * (i + 1) + i];
    if (i + 1 < n && band.w > 1) e[i] = ab[w1 * (i + 2) + i];
  }
  return { d, e };
}

/**
 * Reduces the band matrix (overwritten) to symmetric tridiagonal form by Householder bulge chasing and returns the
 * diagonal d and the sub-diagonal e (e[n−1] = 0). `unrollMax`: the largest b that gets generated kernels (tests).
 */
export function bandToTridiagonal(band: BandMatrix, unrollMax?: number): { d: Float64Array; e: Float64Array } {
  chase(band.ab, band.n, band.b, band.w, undefined, unrollMax);
  return bandTridiagonal(band);
}
