// The cheap 95 % intervals (src/metrics/intervals.ts) against the full bootstrap and against analytic truth.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bootstrapMetrics } from '../../src/metrics/bootstrap.js';
import { fidInfluenceMatrices, metricIntervals } from '../../src/metrics/intervals.js';
import { RandomState } from '../../src/metrics/numpy-random.js';
import { gaussianStats } from '../../src/metrics/stats.js';
import { frechetDistance } from '../../src/metrics/frechet.js';
import { kidFull } from '../../src/metrics/kid.js';
import { validateMetricsReport } from '../../src/report/metrics-json.js';
import { calibrate, populationFid, populationKid, sample, scenario } from '../helpers/calibration.js';
import { makeReport } from '../helpers/report-fixtures.js';

test('transport map of the delta method: diagonal covariances give T = diag(√(q/p)), G₁ = I − T, G₂ = I − T⁻¹', async () => {
  const d = 5,
    p = [1, 2, 0.5, 3, 1.5],
    q = [2, 2, 0.1, 1, 4];
  const s1 = new Float64Array(d * d),
    s2 = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    s1[i * d + i] = p[i];
    s2[i * d + i] = q[i];
  }
  const { g1, g2 } = await fidInfluenceMatrices(s1, s2, d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j < d; j++) {
      const t = i === j ? Math.sqrt(q[i] / p[i]) : 0;
      assert.ok(Math.abs(g1[i * d + j] - ((i === j ? 1 : 0) - t)) < 1e-4, `G1[${i},${j}] = ${g1[i * d + j]}`);
      assert.ok(Math.abs(g2[i * d + j] - (i === j ? 1 - 1 / t : 0)) < 1e-4, `G2[${i},${j}] = ${g2[i * d + j]}`);
    }
  }
});

async function gaussianPair(d: number, n: number, seed: number) {
  const sc = scenario(d, 0.3);
  const rng = new RandomState(seed);
  const x = sample(sc.real, n, rng),
    y = sample(sc.honest, n, rng);
  const sx = await gaussianStats(x, d),
    sy = await gaussianStats(y, d);
  const fid = (await frechetDistance(sx.mu, sx.sigma, sy.mu, sy.sigma, d)).fid,
    kid = await kidFull(x, n, y, n, d);
  return { x, y, sx, sy, fid, kid };
}

test('FID (delta method) and KID (U-statistic projection) half-widths within ±20 % of the full bootstrap', async () => {
  const d = 8,
    n = 1200;
  const { x, y, sx, sy, fid, kid } = await gaussianPair(d, n, 3);
  const fast = await metricIntervals(
    { x, nReal: n, y, nGen: n, d, real: sx, generated: sy, values: { fid, kid } },
    ['fid', 'kid'],
    { replicates: 200, seed: 1 },
  );
  const full = await bootstrapMetrics(x, n, y, n, d, ['fid', 'kid'], { replicates: 200, seed: 1, maxSamples: n });
  assert.equal(fast.intervals.fid!.method, 'delta-method');
  assert.equal(fast.intervals.kid!.method, 'u-statistic');
  for (const m of ['fid', 'kid'] as const) {
    const ratio = fast.intervals[m]!.halfWidth / full.intervals[m]!.halfWidth;
    assert.ok(
      ratio > 0.8 && ratio < 1.2,
      `${m}: half-width ${fast.intervals[m]!.halfWidth} vs bootstrap ${full.intervals[m]!.halfWidth} (ratio ${ratio})`,
    );
    const se = fast.intervals[m]!.se / full.intervals[m]!.se;
    assert.ok(se > 0.8 && se < 1.2, `${m}: standard error ratio ${se}`);
    // the linear replicates centre on the point estimate
    const mean = fast.intervals[m]!.replicates.reduce((s, v) => s + v, 0) / 200;
    assert.ok(Math.abs(mean - (m === 'fid' ? fid : kid)) < 0.5 * fast.intervals[m]!.se, `${m}: replicate mean ${mean}`);
  }
});

test('linear replicates pair up: same seed and reference → same reference draws; N ≤ d falls back to the bootstrap', async () => {
  const d = 6,
    n = 600;
  const a = await gaussianPair(d, n, 5),
    b = await gaussianPair(d, n, 5);
  const run = (p: typeof a, seed: number) =>
    metricIntervals(
      { x: p.x, nReal: n, y: p.y, nGen: n, d, real: p.sx, generated: p.sy, values: { fid: p.fid, kid: p.kid } },
      ['fid', 'kid'],
      { replicates: 50, seed },
    );
  const r1 = await run(a, 4),
    r2 = await run(b, 4),
    r3 = await run(a, 5);
  assert.deepEqual(r1.intervals.fid!.replicates, r2.intervals.fid!.replicates);
  assert.notDeepEqual(r1.intervals.kid!.replicates, r3.intervals.kid!.replicates);
  const small = await metricIntervals(
    { x: a.x, nReal: 6, y: a.y, nGen: 6, d, real: a.sx, generated: a.sy, values: {} },
    ['fid'],
    { replicates: 10, seed: 1 },
  );
  assert.equal(small.intervals.fid!.method, 'bootstrap');
});

test('population FID and KID of the calibration Gaussians agree with large samples', async () => {
  const d = 4,
    n = 40_000,
    sc = scenario(d, 0.4);
  const rng = new RandomState(9);
  const x = sample(sc.real, n, rng),
    y = sample(sc.honest, n, rng);
  const sx = await gaussianStats(x, d),
    sy = await gaussianStats(y, d);
  const fid = (await frechetDistance(sx.mu, sx.sigma, sy.mu, sy.sigma, d)).fid;
  const kid = await kidFull(x.subarray(0, 8000 * d), 8000, y.subarray(0, 8000 * d), 8000, d);
  assert.ok(
    Math.abs(fid - populationFid(sc.real, sc.honest)) < 0.02,
    `FID ${fid} vs ${populationFid(sc.real, sc.honest)}`,
  );
  assert.ok(
    Math.abs(kid - populationKid(sc.real, sc.honest)) < 0.05 * populationKid(sc.real, sc.honest),
    `KID ${kid} vs ${populationKid(sc.real, sc.honest)}`,
  );
});

test('calibration (small): intervals cover the population values, honest pairs pass, a 10 % worse FID is caught', async () => {
  const r = await calibrate({ d: 16, n: 1000, repetitions: 12, shift: 1, seed: 3 });
  assert.ok(r.fidCoverage >= 9 / 12, `FID coverage ${r.fidCoverage}`);
  assert.ok(r.kidCoverage >= 9 / 12, `KID coverage ${r.kidCoverage}`);
  assert.ok(r.differenceCoverage >= 10 / 12, `difference coverage ${r.differenceCoverage}`);
  assert.ok(r.honestBlocked <= 1 / 12, `honest blocked ${r.honestBlocked}`);
  assert.ok(r.worseCaught >= 9 / 12, `worse caught ${r.worseCaught}`);
});

test('metrics JSON: ci.method is kept; a version 1 file (no method) still loads as a baseline', () => {
  const v2 = makeReport({ fid: 3 });
  v2.metrics.fid!.ci = { halfWidth: 0.5, level: 0.95, se: 0.25, scale: 1, method: 'delta-method', replicates: [1, 2] };
  assert.equal(
    validateMetricsReport(JSON.parse(JSON.stringify(v2)), 'v2.json').metrics.fid!.ci!.method,
    'delta-method',
  );
  const v1 = JSON.parse(JSON.stringify(v2));
  v1.schema = 'fid-gate/metrics@1';
  delete v1.metrics.fid.ci.method;
  const back = validateMetricsReport(v1, 'v1.json');
  assert.equal(back.metrics.fid!.ci!.halfWidth, 0.5);
  assert.equal(back.metrics.fid!.ci!.method, undefined);
  const bad = JSON.parse(JSON.stringify(v2));
  bad.metrics.fid.ci.method = 'guess';
  assert.throws(() => validateMetricsReport(bad, 'bad.json'), /metrics\.fid\.ci\.method/);
});
