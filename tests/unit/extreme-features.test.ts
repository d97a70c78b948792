// Features of extreme (finite) magnitude: prdc and memorization run their searches on float32 Gram tiles, which
// overflow for |x| ≳ 1e19; they rescale by a power of two (src/math/feature-scale.ts). Each case is checked against a
// plain float64 implementation written here (brute force over all pairs), on the very float32 values passed in.
// KID and the bootstrap compute in float64 and are checked for the same magnitudes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bootstrapMetrics } from '../../src/metrics/bootstrap.js';
import { kidFull } from '../../src/metrics/kid.js';
import { memorization } from '../../src/metrics/memorization.js';
import { prdc } from '../../src/metrics/prdc.js';
import { uniform } from '../helpers/helpers.js';

/** n × d float32 rows of N(shift, 1) (Box–Muller on a seeded uniform), times `scale` (rounded to float32). */
function gaussianRows(seed: number, n: number, d: number, shift: number, scale: number): Float32Array {
  const u = uniform(seed),
    out = new Float32Array(n * d);
  for (let i = 0; i < out.length; i++)
    out[i] = (shift + Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u())) * scale;
  return out;
}

function dist64(x: Float32Array, i: number, y: Float32Array, j: number, d: number): number {
  let s = 0;
  for (let c = 0; c < d; c++) {
    const e = x[i * d + c] - y[j * d + c];
    s += e * e;
  }
  return Math.sqrt(s);
}

/** prdc (clovaai, compute_prdc) in plain float64: radius = (k+1)-th smallest distance of a row, self (0) included. */
function prdc64(x: Float32Array, n: number, y: Float32Array, m: number, d: number, k: number) {
  const radius = (a: Float32Array, cnt: number) =>
    Float64Array.from(
      { length: cnt },
      (_, i) => Float64Array.from({ length: cnt }, (_, j) => dist64(a, i, a, j, d)).sort()[k],
    );
  const rx = radius(x, n),
    ry = radius(y, m);
  let p = 0,
    r = 0,
    dens = 0,
    cov = 0;
  for (let j = 0; j < m; j++) {
    let any = false;
    for (let i = 0; i < n; i++)
      if (dist64(x, i, y, j, d) < rx[i]) {
        dens++;
        any = true;
      }
    if (any) p++;
  }
  for (let i = 0; i < n; i++) {
    let any = false,
      near = Infinity;
    for (let j = 0; j < m; j++) {
      const dd = dist64(x, i, y, j, d);
      if (dd < ry[j]) any = true;
      near = Math.min(near, dd);
    }
    if (any) r++;
    if (near < rx[i]) cov++;
  }
  return { precision: p / m, recall: r / n, density: (1 / k) * (dens / m), coverage: cov / n };
}

const N = 40,
  M = 30,
  D = 8;

for (const scale of [1, 1e19, 1e25, 1e30, 3e36, 1e-30]) {
  test(`prdc: features of magnitude ${scale} give the float64 answer`, async () => {
    const x = gaussianRows(1, N, D, 0, scale),
      y = gaussianRows(2, M, D, 0.7, scale);
    for (const k of [3, 5]) {
      const got = await prdc(x, N, y, M, D, k);
      const want = prdc64(x, N, y, M, D, k);
      assert.deepEqual(
        { precision: got.precision, recall: got.recall, density: got.density, coverage: got.coverage },
        want,
        `scale ${scale}, k ${k}`,
      );
    }
  });
}

test('prdc: the float64 answer at 1e19 is not the degenerate 1, 1, ·, 1 (sets far apart)', async () => {
  const x = gaussianRows(3, N, D, 0, 1e19),
    y = gaussianRows(4, M, D, 50, 1e19);
  const got = await prdc(x, N, y, M, D, 5);
  assert.deepEqual([got.precision, got.recall, got.density, got.coverage], [0, 0, 0, 0]);
});

test('memorization: features of magnitude 1e20 and 1e-25 give the float64 nearest neighbours, distances and ratios', async () => {
  for (const scale of [1e20, 1e-25]) {
    const t = gaussianRows(5, N, D, 0, scale),
      g = gaussianRows(6, M, D, 0.2, scale);
    const r = await memorization(t, N, g, M, D);
    for (let j = 0; j < M; j++) {
      let best = -1,
        bd = Infinity;
      for (let i = 0; i < N; i++) {
        const dd = dist64(g, j, t, i, D);
        if (dd < bd) {
          bd = dd;
          best = i;
        }
      }
      let rad = Infinity;
      for (let i = 0; i < N; i++) if (i !== best) rad = Math.min(rad, dist64(t, best, t, i, D));
      assert.equal(r.nearestTraining[j], best, `scale ${scale}, row ${j}`);
      assert.ok(Math.abs(r.distance[j] - bd) <= 1e-12 * bd, `distance ${r.distance[j]} vs ${bd}`);
      assert.ok(Math.abs(r.trainingRadius[j] - rad) <= 1e-12 * rad, `radius ${r.trainingRadius[j]} vs ${rad}`);
      assert.ok(Math.abs(r.ratio[j] - bd / rad) <= 1e-12 * (bd / rad), `ratio ${r.ratio[j]} vs ${bd / rad}`);
    }
  }
});

test('KID: float64 kernels stay exact at magnitude 1e19 (plain float64 reference)', async () => {
  const x = gaussianRows(7, N, D, 0, 1e19),
    y = gaussianRows(8, M, D, 1, 1e19);
  const k = (a: Float32Array, i: number, b: Float32Array, j: number) => {
    let s = 0;
    for (let c = 0; c < D; c++) s += a[i * D + c] * b[j * D + c];
    return (s / D + 1) ** 3;
  };
  let kxx = 0,
    kyy = 0,
    kxy = 0;
  for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) if (i !== j) kxx += k(x, i, x, j);
  for (let i = 0; i < M; i++) for (let j = 0; j < M; j++) if (i !== j) kyy += k(y, i, y, j);
  for (let i = 0; i < N; i++) for (let j = 0; j < M; j++) kxy += k(x, i, y, j);
  const want = kxx / (N * (N - 1)) + kyy / (M * (M - 1)) - (2 * kxy) / (N * M);
  const got = await kidFull(x, N, y, M, D);
  assert.ok(Number.isFinite(got) && Math.abs(got - want) <= 1e-9 * Math.abs(want), `${got} vs ${want}`);
});

test('bootstrap: features times 2^64 and 2^100 give the same P/R/D/C replicates and FID × 4^k', async () => {
  const x = gaussianRows(9, N, D, 0, 1),
    y = gaussianRows(10, M, D, 0.5, 1);
  const metrics = ['fid', 'precision', 'recall', 'density', 'coverage'] as const;
  const base = await bootstrapMetrics(x, N, y, M, D, metrics, { replicates: 8, seed: 3 });
  for (const e of [64, 100]) {
    const f = 2 ** e;
    const r = await bootstrapMetrics(
      x.map((v) => v * f),
      N,
      y.map((v) => v * f),
      M,
      D,
      metrics,
      { replicates: 8, seed: 3 },
    );
    for (const m of ['precision', 'recall', 'density', 'coverage'] as const)
      assert.deepEqual(r.intervals[m]!.replicates, base.intervals[m]!.replicates, `${m} at 2^${e}`);
    const fb = base.intervals.fid!.replicates,
      fr = r.intervals.fid!.replicates;
    fb.forEach((v, b) =>
      assert.ok(Math.abs(fr[b] / (f * f) - v) <= 1e-9 * v, `FID replicate ${b} at 2^${e}: ${fr[b] / (f * f)} vs ${v}`),
    );
  }
});
