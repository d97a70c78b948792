// FD∞ (src/metrics/fd-infinity.ts; Chong & Forsyth 2020): FID_N = FD∞ + k/N fitted on 1/N, intercept reported.
//   1. Analytic truth: generated rows from N(μ₂, diag b), exact reference statistics (μ₁, diag a). The Fréchet
//      distance is FD = ‖μ₁ − μ₂‖² + Σ (√aᵢ − √bᵢ)², and the leading bias of FID_N has a closed form (derivation at
//      biasCoefficient). Six data sets, N = 10,000, d = 64: FD∞ must land far closer to FD than FID at the full N.
//   2. Every point is the FID of the first n rows of RandomState(seed).permutation(N), computed independently
//      (gaussianStats + frechetDistanceFromStats), on both routes (sample-space n ≤ d, statistics n > d).
//   3. The least-squares fit against hand-computed numbers; sizes, defaults, determinism, input errors.
//   4. Reference pool3 features (A as the reference, B generated; 200 rows, d = 2048): each point against the
//      features-vs-features route of fid.ts, the full-N point against the reference pack.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fdInfinity, leastSquares, type FdInfinityResult } from '../../src/metrics/fd-infinity.js';
import { frechetDistanceFromFeatures } from '../../src/metrics/fid.js';
import { frechetDistanceFromStats } from '../../src/metrics/fid-stats.js';
import { RandomState } from '../../src/metrics/numpy-random.js';
import { gaussianStats, StatsAccumulator, type GaussianStats } from '../../src/metrics/stats.js';
import { InputError } from '../../src/util/errors.js';
import { expected, referencePool3 } from '../helpers/helpers.js';

/** n rows of N(mean, diag(variance)) (Box–Muller on RandomState(seed)), row-major float32. */
function gaussianRows(n: number, mean: Float64Array, variance: Float64Array, seed: number): Float32Array {
  const d = mean.length,
    rs = new RandomState(seed),
    x = new Float32Array(n * d);
  const sd = variance.map(Math.sqrt);
  for (let i = 0; i < n * d; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - rs.randomSample())),
      u = 2 * Math.PI * rs.randomSample();
    x[i] = mean[i % d] + sd[i % d] * r * Math.cos(u);
    if (i + 1 < n * d) x[i + 1] = mean[(i + 1) % d] + sd[(i + 1) % d] * r * Math.sin(u);
  }
  return x;
}

function diagonalStats(mu: Float64Array, variance: Float64Array): GaussianStats {
  const d = mu.length,
    sigma = new Float64Array(d * d);
  for (let i = 0; i < d; i++) sigma[i * d + i] = variance[i];
  return { mu, sigma, dim: d, count: Infinity }; // exact population statistics
}

/**
 * k in E FID_N = FD + k/N + O(N⁻²) for exact (μ₁, Σ₁ = diag a) against n rows of N(μ₂, diag b), with the sample mean
 * m̂ and the unbiased sample covariance Ŝ (np.cov):
 *   E‖μ₁ − m̂‖² = ‖μ₁ − μ₂‖² + tr Σ₂/n,   E tr Ŝ = tr Σ₂,
 *   tr √(A Ŝ A), A = Σ₁^½, expanded to second order in P = A(Ŝ − Σ₂)A around M = diag(cᵢ²), cᵢ = √(aᵢbᵢ)
 *   (Daleckii–Krein: ½ Σᵢⱼ Pᵢⱼ² f′^[1](cᵢ², cⱼ²), f = √, f′^[1](x, y) = (f′(x) − f′(y))/(x − y), f″ on the diagonal),
 *   with E P = 0 and E Pᵢⱼ² = cᵢ²cⱼ²(1 + δᵢⱼ)/(n − 1) for Gaussian rows:
 *   E tr √(A Ŝ A) = Σ cᵢ − (Σᵢⱼ hᵢⱼ + Σᵢ hᵢᵢ)/(4(n − 1)) + O(n⁻²),   hᵢⱼ = cᵢcⱼ/(cᵢ + cⱼ),
 * so k = tr Σ₂ + ½(Σᵢⱼ hᵢⱼ + Σᵢ hᵢᵢ). (d = 1, a = b = 1: k = 1 + ½ = the 1/n + 1/(2(n−1)) of E(1 − √ŝ)² + E m̂².)
 */
function biasCoefficient(a: Float64Array, b: Float64Array): number {
  const d = a.length,
    c = a.map((ai, i) => Math.sqrt(ai * b[i]));
  let k = 0;
  for (let i = 0; i < d; i++) {
    k += b[i] + 0.5 * (c[i] / 2);
    for (let j = 0; j < d; j++) k += (0.5 * (c[i] * c[j])) / (c[i] + c[j]);
  }
  return k;
}

/** The first n rows of `perm` applied to `rows`. */
function prefix(rows: Float32Array, perm: Int32Array, n: number, d: number): Float32Array {
  const out = new Float32Array(n * d);
  for (let i = 0; i < n; i++) out.set(rows.subarray(perm[i] * d, perm[i] * d + d), i * d);
  return out;
}

const fids = (r: FdInfinityResult) => r.points.map((p) => p.fid);

test('synthetic diagonal Gaussians (d = 64, N = 10,000): FD∞ recovers the closed-form distance, slope ≈ the bias coefficient', async (t) => {
  const d = 64,
    N = 10_000;
  const a = new Float64Array(d),
    b = new Float64Array(d),
    mu1 = new Float64Array(d),
    mu2 = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    a[i] = 1 + 0.5 * Math.sin(i);
    b[i] = a[i] * (1 + 0.1 * Math.cos(2 * i));
    mu2[i] = 0.02 * Math.sin(3 * i + 1);
  }
  let truth = 0;
  for (let i = 0; i < d; i++) truth += (mu1[i] - mu2[i]) ** 2 + (Math.sqrt(a[i]) - Math.sqrt(b[i])) ** 2;
  const k = biasCoefficient(a, b);
  assert.ok(Math.abs(truth - 0.0935090565) < 1e-9, `truth ${truth}`);
  assert.ok(Math.abs(k - 1041.48255) < 1e-4, `k ${k}`);
  const real = diagonalStats(mu1, a);

  // Measured (seed 2020): FD∞ − FD = −0.0012, 0.0184, 0.0067, −0.0016, 0.0171, −0.0021 against FID_N − FD ≈ 0.095 …
  // 0.109
  // (k/N = 0.104); slopes 951 … 1048; R² ≥ 0.9975.
  let sumInf = 0,
    sumFull = 0,
    sumSlope = 0;
  const sets = [1, 2, 3, 4, 5, 6];
  for (const s of sets) {
    const r = await fdInfinity(real, gaussianRows(N, mu2, b, s), N, d, { seed: 2020 });
    const full = r.points[r.points.length - 1];
    assert.equal(full.n, N);
    assert.equal(r.points.length, 15);
    assert.ok(r.points.every((p) => p.route === 'statistics'));
    const errInf = r.value - truth,
      errFull = full.fid - truth;
    t.diagnostic(
      `data ${s}: FD = ${truth.toFixed(5)}, FD∞ = ${r.value.toFixed(5)} (error ${errInf.toFixed(5)}), FID_${N} = ${full.fid.toFixed(5)} (error ${errFull.toFixed(5)}), slope ${r.slope.toFixed(1)} vs k = ${k.toFixed(1)}, R² = ${r.rSquared.toFixed(4)}`,
    );
    assert.ok(r.rSquared > 0.99, `R² ${r.rSquared}`);
    assert.ok(r.slope > 0);
    assert.ok(errFull > 0.08, `FID_N error ${errFull}`); // the bias is there to remove
    assert.ok(
      Math.abs(errInf) < 0.25 * errFull,
      `data ${s}: |FD∞ − FD| = ${Math.abs(errInf)} vs FID_N − FD = ${errFull}`,
    );
    sumInf += errInf;
    sumFull += errFull;
    sumSlope += r.slope;
  }
  const n = sets.length;
  // mean over the six: FD∞ error ≈ +0.006 (what is left of ≈ 0.105), FID_N error ≈ k/N, slope ≈ 0.96 k (the fit's
  // lowest size, N/10 = 1000, is 16 d: the O(N⁻²) curvature pulls the slope down a little)
  t.diagnostic(
    `mean FD∞ − FD = ${(sumInf / n).toFixed(5)}, mean FID_N − FD = ${(sumFull / n).toFixed(5)} (k/N = ${(k / N).toFixed(5)}), mean slope ${(sumSlope / n).toFixed(1)} (k = ${k.toFixed(1)})`,
  );
  assert.ok(Math.abs(sumInf / n) < 0.015, `mean FD∞ error ${sumInf / n}`);
  assert.ok(Math.abs(sumFull / n - k / N) < 0.1 * (k / N), `mean FID_N error ${sumFull / n} vs k/N = ${k / N}`);
  assert.ok(Math.abs(sumSlope / n - k) < 0.06 * k, `mean slope ${sumSlope / n} vs ${k}`);
});

test('each point is the FID of the first n rows of RandomState(seed).permutation(N), on both routes', async () => {
  const d = 16,
    N = 40;
  // a correlated, full-rank reference: 100 rows of a diagonal Gaussian mixed by a fixed matrix
  const base = gaussianRows(100, new Float64Array(d).fill(0.5), new Float64Array(d).fill(1), 11);
  const mixed = new Float32Array(base.length);
  for (let r = 0; r < 100; r++)
    for (let i = 0; i < d; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += base[r * d + j] * (i === j ? 1 : 0.3 * Math.sin(i * d + j));
      mixed[r * d + i] = s;
    }
  const real = await gaussianStats(mixed, d);
  const gen = gaussianRows(
    N,
    Float64Array.from({ length: d }, (_, i) => 0.1 * i),
    Float64Array.from({ length: d }, (_, i) => 0.5 + i / d),
    12,
  );
  const lines: string[] = [];
  const r = await fdInfinity(real, gen, N, d, { points: 10, minN: 5, seed: 7, progress: (l) => lines.push(l) });
  // np.linspace(5, 40, 10).astype(int32)
  assert.deepEqual(
    r.points.map((p) => p.n),
    [5, 8, 12, 16, 20, 24, 28, 32, 36, 40],
  );
  assert.deepEqual(
    r.points.map((p) => p.route),
    [...Array(4).fill('sample-space'), ...Array(6).fill('statistics')],
  );
  // one note (smallest size ≤ d) and one line per size
  assert.equal(lines.length, 11);
  assert.match(lines[0], /smallest subset \(5 rows\) is not above d = 16/);
  assert.match(lines[10], /^FD∞ 10\/10: N = 40, FID = \d+\.\d{6} \(statistics, /);
  const perm = new RandomState(7).permutation(N);
  for (const p of r.points) {
    const sub = prefix(gen, perm, p.n, d);
    const viaStats = (await frechetDistanceFromStats(real, await gaussianStats(sub, d), d)).fid;
    const viaRows = (await frechetDistanceFromFeatures(mixed, 100, sub, p.n, d)).fid;
    // the statistics route is the same computation; the sample-space one differs from both references by the
    // √ε-level noise that structurally zero eigenvalues leave in Σ √λ (measured ≤ 2.6e−7 on FID ≈ 15 … 33)
    if (p.route === 'statistics')
      assert.ok(Math.abs(p.fid - viaStats) < 1e-12 * viaStats, `n = ${p.n}: ${p.fid} vs ${viaStats}`);
    assert.ok(
      Math.abs(p.fid - viaStats) < 1e-6 && Math.abs(p.fid - viaRows) < 1e-6,
      `n = ${p.n} (${p.route}): ${p.fid} vs ${viaStats}, ${viaRows}`,
    );
  }
  const fit = leastSquares(
    r.points.map((p) => 1 / p.n),
    fids(r),
  );
  assert.equal(r.value, fit.intercept);
  assert.equal(r.slope, fit.slope);
});

test('StatsAccumulator.snapshot: the prefix statistics mid-stream, and the stream goes on', async () => {
  const d = 8,
    rows = gaussianRows(1000, new Float64Array(d).fill(3), new Float64Array(d).fill(2), 5);
  const acc = new StatsAccumulator(d, 64);
  await acc.add(rows.subarray(0, 300 * d));
  const mid = await acc.snapshot();
  await acc.add(rows.subarray(300 * d));
  const end = await acc.finalize();
  for (const [got, want] of [
    [mid, await gaussianStats(rows.subarray(0, 300 * d), d)],
    [end, await gaussianStats(rows, d)],
  ] as const) {
    assert.equal(got.count, want.count);
    for (let i = 0; i < d; i++) assert.ok(Math.abs(got.mu[i] - want.mu[i]) < 1e-12);
    for (let i = 0; i < d * d; i++) assert.ok(Math.abs(got.sigma[i] - want.sigma[i]) < 1e-12);
  }
});

test('leastSquares: hand-computed fit', () => {
  // x̄ = 2.5, ȳ = 2.75, Sxx = 5, Sxy = 5.5 ⇒ slope 1.1, intercept 0; residuals −0.1, 0.8, −1.3, 0.6 ⇒ SSres = 2.7,
  // Syy = 8.75 ⇒ R² = 1 − 2.7/8.75
  const f = leastSquares([1, 2, 3, 4], [1, 3, 2, 5]);
  assert.ok(Math.abs(f.slope - 1.1) < 1e-15);
  assert.ok(Math.abs(f.intercept) < 1e-15);
  assert.ok(Math.abs(f.rSquared - (1 - 2.7 / 8.75)) < 1e-15);
  // an exact line: intercept and slope back, R² = 1; a flat line: slope 0, R² = 1
  const x = [1 / 100, 1 / 150, 1 / 200],
    line = leastSquares(
      x,
      x.map((v) => 3.25 + 40 * v),
    );
  assert.ok(
    Math.abs(line.intercept - 3.25) < 1e-13 && Math.abs(line.slope - 40) < 1e-11 && Math.abs(line.rSquared - 1) < 1e-15,
  );
  assert.deepEqual(leastSquares([1, 2, 3], [2, 2, 2]), { intercept: 2, slope: 0, rSquared: 1 });
});

test('defaults, sizes and determinism', async () => {
  const d = 16,
    N = 300;
  const real = diagonalStats(new Float64Array(d), new Float64Array(d).fill(1));
  const gen = gaussianRows(N, new Float64Array(d).fill(0.1), new Float64Array(d).fill(1.2), 3);
  const r1 = await fdInfinity(real, gen, N, d);
  // 15 sizes from ⌈N/10⌉ = 30 to N, evenly spaced (step 270/14 ≈ 19.3, truncated as numpy's astype(int32))
  assert.equal(r1.seed, 2020);
  assert.deepEqual(
    r1.points.map((p) => p.n),
    [30, 49, 68, 87, 107, 126, 145, 165, 184, 203, 222, 242, 261, 280, 300],
  );
  const r2 = await fdInfinity(real, gen, N, d, { seed: 2020 });
  assert.deepEqual(fids(r2), fids(r1));
  assert.equal(r2.value, r1.value);
  assert.equal(r2.slope, r1.slope);
  assert.equal(r2.rSquared, r1.rSquared);
  // another permutation: other subsets, same full set
  const r3 = await fdInfinity(real, gen, N, d, { seed: 1 });
  assert.equal(r3.seed, 1);
  assert.notEqual(r3.points[0].fid, r1.points[0].fid);
  assert.ok(Math.abs(r3.points[14].fid - r1.points[14].fid) < 1e-12 * r1.points[14].fid);
  assert.notEqual(r3.value, r1.value);
});

test('bad input is an InputError', async () => {
  const d = 4,
    N = 20;
  const real = diagonalStats(new Float64Array(d), new Float64Array(d).fill(1));
  const gen = gaussianRows(N, new Float64Array(d), new Float64Array(d).fill(1), 1);
  const bad = async (re: RegExp, f: () => Promise<unknown>) => {
    await assert.rejects(f, (e: unknown) => e instanceof InputError && re.test(e.message));
  };
  await bad(/reference statistics have dimension 4.*generated features 5/, () => fdInfinity(real, gen, 16, 5));
  await bad(/reference statistics have dimension 3/, () => fdInfinity({ ...real, dim: 3 }, gen, N, d));
  await bad(/generated features have 80 values, expected 19 × 4 = 76/, () => fdInfinity(real, gen, 19, d));
  await bad(/dimension must be a positive integer, got 0/, () => fdInfinity(real, gen, N, 0));
  await bad(/points must be an integer ≥ 2.*got 1$/, () => fdInfinity(real, gen, N, d, { points: 1 }));
  await bad(/points must be an integer ≥ 2.*got 2\.5/, () => fdInfinity(real, gen, N, d, { points: 2.5 }));
  // 15 points need 16 rows (sizes 2 … 16)
  await bad(/needs at least 16 generated rows for 15 distinct subset sizes from 2 up, got 15/, () =>
    fdInfinity(real, gen.subarray(0, 15 * d), 15, d),
  );
  await bad(/minN must be an integer in \[2, 6\].*got 7/, () => fdInfinity(real, gen, N, d, { minN: 7 }));
  await bad(/minN must be an integer in \[2, 6\].*got 1/, () => fdInfinity(real, gen, N, d, { minN: 1 }));
  await bad(/seed must be an integer in \[0, 2\^32\), got -1/, () => fdInfinity(real, gen, N, d, { seed: -1 }));
  const nan = gen.slice();
  nan[2 * d + 1] = NaN;
  await bad(/non-finite value at row 2/, () => fdInfinity(real, nan, N, d));
  const badSigma = real.sigma.slice();
  badSigma[5] = Infinity;
  await bad(/reference sigma contains a non-finite value at index 5/, () =>
    fdInfinity({ ...real, sigma: badSigma }, gen, N, d),
  );
  // the smallest valid call: 16 rows, 15 sizes 2 … 16
  const ok = await fdInfinity(real, gen.subarray(0, 16 * d), 16, d);
  assert.deepEqual(
    ok.points.map((p) => p.n),
    Array.from({ length: 15 }, (_, i) => i + 2),
  );
  assert.ok(Number.isFinite(ok.value));
});

test('pool3 features (A reference, B generated; 200 rows, d = 2048): every point matches fid.ts, full N matches the pack', async (t) => {
  const d = 2048,
    A = referencePool3('A'),
    B = referencePool3('B');
  const real = await gaussianStats(A.data, d);
  const t0 = performance.now();
  const r = await fdInfinity(real, B.data, B.n, d);
  const seconds = (performance.now() - t0) / 1000;
  assert.deepEqual(
    r.points.map((p) => p.n),
    [20, 32, 45, 58, 71, 84, 97, 110, 122, 135, 148, 161, 174, 187, 200],
  );
  assert.ok(r.points.every((p) => p.route === 'sample-space'));
  // the same numbers through the features-vs-features sample-space route (A's rows instead of A's statistics)
  const perm = new RandomState(2020).permutation(B.n);
  for (const p of r.points) {
    const ref = await frechetDistanceFromFeatures(A.data, A.n, prefix(B.data, perm, p.n, d), p.n, d);
    assert.ok(Math.abs(p.fid - ref.fid) < 1e-6 * ref.fid, `n = ${p.n}: ${p.fid} vs ${ref.fid}`);
  }
  // full N against pytorch-fid's FID of A vs B: 13.79440 (scipy sqrtm), 13.79452 (the pack's eigh route); here
  // 13.79503, as frechetDistanceFromStats and fid.ts give it (rank-199 covariances: the routes differ by ~5e−5
  // relative)
  const full = r.points[14].fid;
  assert.ok(Math.abs(full - expected.pairs.A_B.fid.value) < 1e-4 * full, `${full}`);
  // 200 rows ≪ d: FID_N is dominated by subset noise (‖μ₁ − μ̂‖² alone moves by several units between sizes), so the
  // line explains
  // little (R² ≈ 0.04). The intercept is still below the full-N FID, and the numbers are pinned as measured.
  t.diagnostic(
    `FD∞ = ${r.value.toFixed(6)}, FID_200 = ${full.toFixed(6)}, slope ${r.slope.toFixed(4)}, R² = ${r.rSquared.toFixed(5)}, ${seconds.toFixed(2)} s`,
  );
  assert.ok(r.value < full);
  assert.ok(Math.abs(r.value - 8.951678) < 1e-4, `${r.value}`);
  assert.ok(Math.abs(r.slope - 45.5119) < 1e-2, `${r.slope}`);
  assert.ok(r.rSquared > 0.02 && r.rSquared < 0.06, `${r.rSquared}`);
});
