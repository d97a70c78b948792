// The complete variance of KID's U-statistic (kidVariance in src/metrics/intervals.ts) against its definition: the
// direct average of h(S,T)·h(S',T') over all pairs of index tuples, and, on a discrete distribution small enough to
// enumerate every sample, the exact variance of the statistic and the exact expectation of the estimate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { higherOrderWidening, kidInfluence, kidVariance, type KidKernelSums } from '../../src/metrics/intervals.js';
import { uniform } from '../helpers/helpers.js';

/** KID's kernel (xᵀy/d + 1)³ in float64. */
const kernel = (x: ArrayLike<number>, i: number, y: ArrayLike<number>, j: number, d: number) => {
  let g = 0;
  for (let k = 0; k < d; k++) g += x[i * d + k] * y[j * d + k];
  return (g / d + 1) ** 3;
};

/** The three kernel matrices (K_XX, K_YY with zeroed diagonals) in float64. */
function kernelMatrices(x: ArrayLike<number>, m: number, y: ArrayLike<number>, n: number, d: number) {
  const kxx = new Float64Array(m * m),
    kyy = new Float64Array(n * n),
    kxy = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) kxx[i * m + j] = kernel(x, i, x, j, d);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) kyy[i * n + j] = kernel(y, i, y, j, d);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) kxy[i * n + j] = kernel(x, i, y, j, d);
  return { kxx, kyy, kxy };
}

/** KidKernelSums of float64 kernel matrices, by plain loops. */
function float64Sums(k: ReturnType<typeof kernelMatrices>, m: number, n: number): KidKernelSums {
  const s: KidKernelSums = {
    m,
    n,
    xxRows: new Float64Array(m),
    yyRows: new Float64Array(n),
    xyRows: new Float64Array(m),
    xyCols: new Float64Array(n),
    xxSquares: 0,
    yySquares: 0,
    xySquares: 0,
  };
  for (let i = 0; i < m; i++)
    for (let j = 0; j < m; j++) {
      s.xxRows[i] += k.kxx[i * m + j];
      s.xxSquares += k.kxx[i * m + j] ** 2;
    }
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      s.yyRows[i] += k.kyy[i * n + j];
      s.yySquares += k.kyy[i * n + j] ** 2;
    }
  for (let i = 0; i < m; i++)
    for (let j = 0; j < n; j++) {
      s.xyRows[i] += k.kxy[i * n + j];
      s.xyCols[j] += k.kxy[i * n + j];
      s.xySquares += k.kxy[i * n + j] ** 2;
    }
  return s;
}

/** MMD²_u from the kernel matrices. */
function mmd2u(k: ReturnType<typeof kernelMatrices>, m: number, n: number): number {
  const sum = (a: Float64Array) => a.reduce((t, v) => t + v, 0);
  return sum(k.kxx) / (m * (m - 1)) + sum(k.kyy) / (n * (n - 1)) - (2 * sum(k.kxy)) / (m * n);
}

const gamma = (k: number) => [((k - 2) * (k - 3)) / (k * (k - 1)), (4 * (k - 2)) / (k * (k - 1)), 2 / (k * (k - 1))];

/**
 * From the definition: h(S,T) for every 2-subset S of the x's and T of the y's, the average of h(S,T)·h(S',T') over
 * all pairs of tuples whose overlaps are (|S∩S'|, |T∩T'|) = (c, d), σ̂²_cd = that average − the (0, 0) one, and
 * Var = Σ_{(c,d)≠(0,0)} γ_c(m) γ_d(n) σ̂²_cd.
 */
function directVariance(k: ReturnType<typeof kernelMatrices>, m: number, n: number) {
  const pairs = (k: number) => {
    const out: [number, number][] = [];
    for (let a = 0; a < k; a++) for (let b = a + 1; b < k; b++) out.push([a, b]);
    return out;
  };
  const S = pairs(m),
    T = pairs(n);
  const h = new Float64Array(S.length * T.length);
  S.forEach(([s1, s2], a) =>
    T.forEach(([t1, t2], b) => {
      const cross = k.kxy[s1 * n + t1] + k.kxy[s1 * n + t2] + k.kxy[s2 * n + t1] + k.kxy[s2 * n + t2];
      h[a * T.length + b] = k.kxx[s1 * m + s2] + k.kyy[t1 * n + t2] - cross / 2;
    }),
  );
  const overlap = (u: [number, number], v: [number, number]) => u.filter((i) => v.includes(i)).length;
  // the (T, T') index pairs of each overlap class
  const tPairs: number[][] = [[], [], []];
  for (let b = 0; b < T.length; b++) for (let b2 = 0; b2 < T.length; b2++) tPairs[overlap(T[b], T[b2])].push(b, b2);
  const sums = new Float64Array(9),
    counts = new Float64Array(9);
  for (let a = 0; a < S.length; a++)
    for (let a2 = 0; a2 < S.length; a2++) {
      const c = overlap(S[a], S[a2]);
      const ha = a * T.length,
        ha2 = a2 * T.length;
      for (let d = 0; d <= 2; d++) {
        const list = tPairs[d];
        let t = 0;
        for (let i = 0; i < list.length; i += 2) t += h[ha + list[i]] * h[ha2 + list[i + 1]];
        sums[c * 3 + d] += t;
        counts[c * 3 + d] += list.length / 2;
      }
    }
  const e = Float64Array.from(sums, (v, i) => v / counts[i]);
  const sigma2 = Float64Array.from(e, (v) => v - e[0]);
  const gm = gamma(m),
    gn = gamma(n);
  let total = 0;
  for (let c = 0; c <= 2; c++) for (let d = 0; d <= 2; d++) if (c + d > 0) total += gm[c] * gn[d] * sigma2[c * 3 + d];
  return { total, sigma2, e00: e[0] };
}

/** n × d standard normals (Box–Muller on mulberry32), times `scale`, plus `shift`. */
function normals(n: number, d: number, seed: number, scale = 1, shift = 0): Float64Array {
  const u = uniform(seed);
  return Float64Array.from({ length: n * d }, () => {
    const r = Math.sqrt(-2 * Math.log(1 - u()));
    return r * Math.cos(2 * Math.PI * u()) * scale + shift;
  });
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

test('closed-form variance of MMD²_u equals the direct average over index-tuple pairs (m = n = 10; m = 8, n = 12)', () => {
  for (const [m, n, seed] of [
    [10, 10, 1],
    [8, 12, 2],
  ]) {
    const d = 3;
    const x = normals(m, d, seed),
      y = normals(n, d, seed + 100, 1.3, 0.4);
    const k = kernelMatrices(x, m, y, n, d);
    const direct = directVariance(k, m, n);
    const v = kidVariance(float64Sums(k, m, n))!;
    assert.ok(rel(v.total, direct.total) < 1e-9, `m=${m} n=${n}: closed form ${v.total} vs direct ${direct.total}`);
    for (let i = 1; i < 9; i++)
      assert.ok(
        Math.abs(v.sigma2[i] - direct.sigma2[i]) < 1e-9 * Math.abs(direct.sigma2[4]),
        `σ²[${i}] ${v.sigma2[i]} vs ${direct.sigma2[i]}`,
      );
    // at the sample's own sizes the total is U² − Ê₀₀, the unbiased variance estimate
    const u = mmd2u(k, m, n);
    assert.ok(rel(u * u - direct.e00, direct.total) < 1e-9, `U² − Ê₀₀ = ${u * u - direct.e00}`);
    assert.ok(rel(v.firstOrder, (4 * direct.sigma2[3]) / m + (4 * direct.sigma2[1]) / n) < 1e-9);
  }
});

test('on a discrete distribution, the estimate is unbiased for the exact variance (at the sample sizes and others)', () => {
  // X on 3 points, Y on 3 others (d = 2): every sample of m = 4, n = 5 enumerated with its probability
  const d = 2,
    px = [-0.5, 1, 0.8, 0.2, 1.5, -1],
    wx = [0.5, 0.3, 0.2],
    py = [0.3, 1.2, -1, 0.6, 2, 0.1],
    wy = [0.2, 0.3, 0.5];
  const m = 4,
    n = 5;
  // exact first-order term: ζ₁₀ = Var g(X), g(x) = E k(x, X') − E k(x, Y); ζ₀₁ likewise
  const g = (pts: number[], w: number[], same: number[], sw: number[], other: number[], ow: number[]) => {
    const vals = w.map((_, i) => {
      let t = 0;
      for (let j = 0; j < sw.length; j++) t += sw[j] * kernel(pts, i, same, j, d);
      for (let j = 0; j < ow.length; j++) t -= ow[j] * kernel(pts, i, other, j, d);
      return t;
    });
    const mean = vals.reduce((t, v, i) => t + w[i] * v, 0);
    return vals.reduce((t, v, i) => t + w[i] * (v - mean) ** 2, 0);
  };
  const zeta10 = g(px, wx, px, wx, py, wy),
    zeta01 = g(py, wy, py, wy, px, wx);
  // the kernel between support points, looked up per sample
  const table = (u: number[], v: number[]) =>
    Array.from({ length: 9 }, (_, t) => kernel(u, Math.floor(t / 3), v, t % 3, d));
  const txx = table(px, px),
    tyy = table(py, py),
    txy = table(px, py);
  /** E over every sample of sizes (a, b) of f(kernel matrices, U). */
  const expectation = (a: number, b: number, f: (k: ReturnType<typeof kernelMatrices>, u: number) => number[]) => {
    const total: number[] = [];
    const idx = new Int32Array(a + b);
    const k = { kxx: new Float64Array(a * a), kyy: new Float64Array(b * b), kxy: new Float64Array(a * b) };
    for (let code = 0; code < 3 ** (a + b); code++) {
      let c = code,
        p = 1;
      for (let i = 0; i < a + b; i++) {
        idx[i] = c % 3;
        c = Math.floor(c / 3);
        p *= i < a ? wx[idx[i]] : wy[idx[i]];
      }
      for (let i = 0; i < a; i++) for (let j = 0; j < a; j++) if (i !== j) k.kxx[i * a + j] = txx[idx[i] * 3 + idx[j]];
      for (let i = 0; i < b; i++)
        for (let j = 0; j < b; j++) if (i !== j) k.kyy[i * b + j] = tyy[idx[a + i] * 3 + idx[a + j]];
      for (let i = 0; i < a; i++) for (let j = 0; j < b; j++) k.kxy[i * b + j] = txy[idx[i] * 3 + idx[a + j]];
      f(k, mmd2u(k, a, b)).forEach((v, i) => (total[i] = (total[i] ?? 0) + p * v));
    }
    return total;
  };
  const [eu, eu2, eTotal, eFirst, eAt44] = expectation(m, n, (k, u) => {
    const s = float64Sums(k, m, n);
    const own = kidVariance(s)!;
    return [u, u * u, own.total, own.firstOrder, kidVariance(s, 4, 4)!.total];
  });
  const varU = eu2 - eu * eu;
  assert.ok(rel(eTotal, varU) < 1e-9, `E[estimate] ${eTotal} vs Var U ${varU}`);
  assert.ok(rel(eFirst, (4 * zeta10) / m + (4 * zeta01) / n) < 1e-9, `E[first order] ${eFirst}`);
  // evaluated at other sizes (what the subset rule relies on): unbiased for that size's variance
  const [fu, fu2] = expectation(4, 4, (_, u) => [u, u * u]);
  assert.ok(rel(eAt44, fu2 - fu * fu) < 1e-9, `E[estimate at 4, 4] ${eAt44} vs ${fu2 - fu * fu}`);
  assert.ok(varU > (4 * zeta10) / m + (4 * zeta01) / n, 'the higher-order terms are positive');
});

test('the float32 Gram tiles give the float64 variance to float32 rounding (m = n = 40, d = 3; m = 40, n = 33)', async () => {
  for (const [m, n] of [
    [40, 40],
    [40, 33],
  ]) {
    const d = 3;
    const x = normals(m, d, 7),
      y = normals(n, d, 8, 1.2, 0.3);
    const ref = kidVariance(float64Sums(kernelMatrices(x, m, y, n, d), m, n))!;
    const k = await kidInfluence(Float32Array.from(x), m, Float32Array.from(y), n, d, 0);
    const v = kidVariance(k.sums)!;
    assert.ok(rel(v.total, ref.total) < 1e-4, `total ${v.total} vs ${ref.total}`);
    assert.ok(rel(v.firstOrder, ref.firstOrder) < 1e-4, `first order ${v.firstOrder} vs ${ref.firstOrder}`);
    assert.ok(
      Math.abs(v.higherOrder - ref.higherOrder) < 1e-3 * ref.total,
      `higher order ${v.higherOrder} vs ${ref.higherOrder}`,
    );
  }
});

test('at n = 2000 the higher-order terms are below 1 % of the first-order one (the projection was already close)', async () => {
  const n = 2000,
    d = 3;
  const x = Float32Array.from(normals(n, d, 11)),
    y = Float32Array.from(normals(n, d, 12, 1.2, 0.3));
  const k = await kidInfluence(x, n, y, n, d, 0);
  const v = kidVariance(k.sums)!;
  assert.ok(v.firstOrder > 0 && v.total > 0);
  assert.ok(Math.abs(v.higherOrder) < 0.01 * v.firstOrder, `higher ${v.higherOrder} vs first ${v.firstOrder}`);
  // the interval's widening factor √(1 + R/V₁) is then within 0.5 % of 1
  const w = higherOrderWidening(k, n, n, 1);
  assert.ok(w >= 1 && w < 1.005, `widening ${w}`);
});
