// The 95 % intervals' float32 graphs on WebGPU (src/metrics/intervals.ts, src/metrics/bootstrap.ts through
// src/math/ort-linalg.ts tileSession): FID's delta method (coupled Newton–Schulz, quadratic forms) and KID's
// U-statistic projection (kernel row sums) agree with the CPU's to float32 rounding, and the P/R/D/C bootstrap, whose
// pool Gram matrices come from float32 GPU tiles with the entries near a decision recomputed in float64, gives the
// CPU's replicates. Small inputs, since Mesa's lavapipe runs WebGPU on the CPU. Skipped without a Vulkan driver (one
// line says why).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeAdapters } from '../../src/features/gpu-adapters.js';
import { metricIntervals } from '../../src/metrics/intervals.js';
import { bootstrapMetrics } from '../../src/metrics/bootstrap.js';
import { gaussianStats } from '../../src/metrics/stats.js';
import { tileProviders } from '../../src/math/ort-linalg.js';
import { uniform } from '../helpers/helpers.js';

const probe = probeAdapters();
const skip = probe.adapters.length
  ? false
  : 'no Vulkan driver on this machine (WebGPU needs one; CI installs Mesa lavapipe)';
if (skip) console.log(`# webgpu intervals tests skipped: ${skip}`);

/**
 * n and m rows of d non-negative features (like pool3) spread uniformly by `spread` around a centre drawn from
 * [centre, 2.5·centre), every other row moved by `split` in each coordinate: two clusters, so that the rows' norms
 * about their mean (the bootstrap's shift) are large next to the neighbour distances and float32 Gram entries can
 * misorder neighbours. With `ties`, rows 1–3 of `a` repeat row 0 and the last rows of `b` repeat rows 0 and 4–8 of `a`
 * exactly or up to one float32 step (ties at the radii, and zero radii, for the float64 re-checks).
 */
function sets(
  seed: number,
  n: number,
  m: number,
  d: number,
  o: { centre: number; spread: number; split?: number; ties?: boolean },
) {
  const r = uniform(seed);
  const centre = Float32Array.from({ length: d }, () => o.centre * (1 + 1.5 * r()));
  const row = (s: number, i: number) =>
    Float32Array.from(centre, (c) => Math.fround(c + (i % 2) * (o.split ?? 0) + s * (r() - 0.5)));
  const a = new Float32Array(n * d),
    b = new Float32Array(m * d);
  for (let i = 0; i < n; i++) a.set(row(o.spread, i), i * d);
  for (let j = 0; j < m; j++) b.set(row(1.3 * o.spread, j), j * d);
  if (o.ties) {
    for (let t = 1; t < 4; t++) a.set(a.subarray(0, d), t * d);
    for (const [t, i] of [0, 4, 5, 6, 7, 8].entries()) b.set(a.subarray(i * d, (i + 1) * d), (m - 1 - t) * d);
    b[(m - 8) * d] = a[12 * d] * (1 + 2 ** -23);
  }
  return { a, b };
}

const rel = (x: number, y: number) => Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));

test('FID (delta method) and KID (U-statistic) intervals on WebGPU: the CPU half-widths to 1e-3', {
  skip,
}, async () => {
  const N = 90,
    M = 80,
    D = 12;
  const { a, b } = sets(11, N, M, D, { centre: 0.2, spread: 0.4 });
  const real = await gaussianStats(a, D),
    generated = await gaussianStats(b, D);
  const inp = { x: a, nReal: N, y: b, nGen: M, d: D, real, generated, values: { fid: 1, kid: 0.01 } };
  const o = { replicates: 200, seed: 4 };
  const cpu = await metricIntervals(inp, ['fid', 'kid'], o);
  const gpu = await metricIntervals(inp, ['fid', 'kid'], { ...o, device: 'webgpu' });
  for (const m of ['fid', 'kid'] as const) {
    const c = cpu.intervals[m]!,
      g = gpu.intervals[m]!;
    assert.equal(g.method, c.method, m);
    assert.equal(c.method, m === 'fid' ? 'delta-method' : 'u-statistic');
    assert.ok(c.halfWidth > 0, `${m}: a real interval`);
    assert.ok(rel(g.halfWidth, c.halfWidth) <= 1e-3, `${m}: half-width ${g.halfWidth} vs ${c.halfWidth}`);
    assert.ok(rel(g.se, c.se) <= 1e-3, `${m}: se ${g.se} vs ${c.se}`);
  }
  for (const key of ['scaled-product', 'newton-schulz', 'transport-maps', 'quad-forms', 'kernel-tile'])
    assert.equal(tileProviders.get(`intervals:${key}`), 'webgpu', `${key} ran on a WebGPU session`);
});

test('P/R/D/C bootstrap on WebGPU pool Gram tiles: exactly the CPU replicates', { skip }, async () => {
  const metrics = ['precision', 'recall', 'density', 'coverage'] as const;
  // the pool of every row (bootstrapMetrics), near-ties included, with the usual k and a large one
  const N = 100,
    M = 90,
    D = 24;
  const { a, b } = sets(13, N, M, D, { centre: 2, spread: 0.05, split: 4, ties: true });
  for (const kDC of [5, 50]) {
    const o = { replicates: 30, seed: 2, kPR: 3, kDC };
    const cpu = await bootstrapMetrics(a, N, b, M, D, metrics, o);
    const gpu = await bootstrapMetrics(a, N, b, M, D, metrics, { ...o, device: 'webgpu' });
    for (const m of metrics)
      assert.deepEqual(
        Array.from(gpu.intervals[m]!.replicates),
        Array.from(cpu.intervals[m]!.replicates),
        `${m}, k ${kDC}`,
      );
  }
  assert.equal(tileProviders.get('gram-f32'), 'webgpu', 'the pool Gram tiles ran on a WebGPU session');
  // metricIntervals' seeded pool (fewer rows than the sets): the same intervals
  const inp = { x: a, nReal: N, y: b, nGen: M, d: D, values: {} };
  const o = { replicates: 20, seed: 5, maxSamples: 60 };
  const cpu = await metricIntervals(inp, metrics, o);
  const gpu = await metricIntervals(inp, metrics, { ...o, device: 'webgpu' });
  assert.deepEqual(gpu.draws, { real: 60, generated: 60 });
  for (const m of metrics) {
    assert.deepEqual(Array.from(gpu.intervals[m]!.replicates), Array.from(cpu.intervals[m]!.replicates), m);
    assert.equal(gpu.intervals[m]!.halfWidth, cpu.intervals[m]!.halfWidth, m);
  }
});
