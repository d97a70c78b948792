// Bootstrap intervals (src/metrics/bootstrap.ts): one resample's metrics, computed through Gram matrices and counts,
// must equal the metrics computed directly (fid.ts, kid.ts, prdc.ts) on the resampled array with its duplicate rows;
// the intervals must be deterministic per seed, pair up across runs, shrink with N, and cover the truth of a KID whose
// population value is known.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { referencePool3 } from '../helpers/helpers.js';
import {
  bootstrapMetrics,
  drawCounts,
  GEN_STREAM,
  metricsOfCounts,
  quantile,
  spread,
} from '../../src/metrics/bootstrap.js';
import { RandomState } from '../../src/metrics/numpy-random.js';
import { frechetDistance } from '../../src/metrics/frechet.js';
import { StatsAccumulator } from '../../src/metrics/stats.js';
import { kidFull } from '../../src/metrics/kid.js';
import { prdc } from '../../src/metrics/prdc.js';

function gaussianRows(rng: RandomState, n: number, d: number, shift = 0, scale = 1): Float32Array {
  const out = new Float32Array(n * d);
  for (let i = 0; i < out.length; i += 2) {
    // Box–Muller from numpy-compatible uniforms
    const u = 1 - rng.randomSample(),
      v = rng.randomSample();
    const r = Math.sqrt(-2 * Math.log(u));
    out[i] = shift + scale * r * Math.cos(2 * Math.PI * v);
    if (i + 1 < out.length) out[i + 1] = shift + scale * r * Math.sin(2 * Math.PI * v);
  }
  return out;
}

/** FID of two arrays by the statistics route (np.cov, then frechet.ts): the exact value, no sample-space eigen noise.
 * */
async function fidByStats(x: Float32Array, n: number, y: Float32Array, m: number, d: number): Promise<number> {
  const a = new StatsAccumulator(d),
    b = new StatsAccumulator(d);
  await a.add(x, n);
  await b.add(y, m);
  const sa = await a.finalize(),
    sb = await b.finalize();
  return (await frechetDistance(sa.mu, sa.sigma, sb.mu, sb.sigma, d)).fid;
}

/**
 * KID of a resample by brute force over its positions, pairing only positions that hold different original samples
 * (the U-statistic without ties that bootstrap.ts computes): kernel (x·y/d + 1)³, float64.
 */
function kidWithoutTies(
  x: Float32Array,
  rx: { rows: Int32Array; counts: Float64Array },
  y: Float32Array,
  ry: { rows: Int32Array; counts: Float64Array },
  d: number,
): number {
  const ker = (a: Float32Array, i: number, b: Float32Array, j: number) => {
    let t = 0;
    for (let k = 0; k < d; k++) t += a[i * d + k] * b[j * d + k];
    t = t / d + 1;
    return t * t * t;
  };
  const pos = (r: { rows: Int32Array; counts: Float64Array }) =>
    Array.from(r.rows).flatMap((row, i) => Array<number>(r.counts[i]).fill(row));
  const px = pos(rx),
    py = pos(ry);
  const within = (a: Float32Array, ps: number[]) => {
    let s = 0,
      pairs = 0;
    for (let i = 0; i < ps.length; i++)
      for (let j = 0; j < ps.length; j++)
        if (ps[i] !== ps[j]) {
          s += ker(a, ps[i], a, ps[j]);
          pairs++;
        }
    return s / pairs;
  };
  let xy = 0;
  for (const i of px) for (const j of py) xy += ker(x, i, y, j);
  return within(x, px) + within(y, py) - (2 * xy) / (px.length * py.length);
}

function expand(
  x: Float32Array,
  d: number,
  r: { rows: Int32Array; counts: Float64Array },
): { data: Float32Array; n: number } {
  const n = r.counts.reduce((s, c) => s + c, 0);
  const out = new Float32Array(n * d);
  let o = 0;
  r.rows.forEach((row, i) => {
    for (let c = 0; c < r.counts[i]; c++, o++) out.set(x.subarray(row * d, (row + 1) * d), o * d);
  });
  return { data: out, n };
}

test('one resample: FID, KID, P/R/D/C from counts equal the metrics of the duplicated array', async () => {
  const d = 6,
    rng = new RandomState(7);
  const x = gaussianRows(rng, 40, d),
    y = gaussianRows(rng, 35, d, 0.3, 1.2);
  const rx = drawCounts(new RandomState(1), 40, 40),
    ry = drawCounts(new RandomState(2), 35, 35);
  assert.ok(rx.counts.some((c) => c > 1) && ry.counts.some((c) => c > 1), 'the resamples hold duplicates');
  const got = await metricsOfCounts(x, y, d, rx, ry, ['fid', 'kid', 'precision', 'recall', 'density', 'coverage']);
  const ex = expand(x, d, rx),
    ey = expand(y, d, ry);
  const fid = await fidByStats(ex.data, ex.n, ey.data, ey.n, d);
  assert.ok(Math.abs(got.fid! - fid) < 1e-12 * Math.abs(fid), `FID ${got.fid} vs ${fid}`);
  // KID: without ties (copies of one sample are not paired); on a resample without duplicates it is kid.ts's value
  const kid = kidWithoutTies(x, rx, y, ry, d);
  assert.ok(Math.abs(got.kid! - kid) < 1e-9 * Math.abs(kid) + 1e-12, `KID ${got.kid} vs ${kid}`);
  const once = { rows: Int32Array.from({ length: 40 }, (_, i) => i), counts: new Float64Array(40).fill(1) };
  const onceY = { rows: Int32Array.from({ length: 35 }, (_, i) => i), counts: new Float64Array(35).fill(1) };
  const plain = await metricsOfCounts(x, y, d, once, onceY, ['kid']);
  const direct = await kidFull(x, 40, y, 35, d);
  assert.ok(Math.abs(plain.kid! - direct) < 1e-9 * Math.abs(direct), `KID ${plain.kid} vs kid.ts ${direct}`);
  const pr = await prdc(ex.data, ex.n, ey.data, ey.n, d, 3),
    dc = await prdc(ex.data, ex.n, ey.data, ey.n, d, 5);
  assert.equal(got.precision, pr.precision);
  assert.equal(got.recall, pr.recall);
  assert.ok(Math.abs(got.density! - dc.density) < 1e-12, `density ${got.density} vs ${dc.density}`);
  assert.equal(got.coverage, dc.coverage);
});

test('one resample of real pool3 features (d = 2048, N < d): FID and KID match the direct computation', async () => {
  const a = referencePool3('A'),
    b = referencePool3('B');
  const d = 2048;
  const rx = drawCounts(new RandomState(3), a.n, a.n),
    ry = drawCounts(new RandomState(4), b.n, b.n);
  const got = await metricsOfCounts(a.data, b.data, d, rx, ry, ['fid', 'kid']);
  const ex = expand(a.data, d, rx),
    ey = expand(b.data, d, ry);
  const fid = await fidByStats(ex.data, ex.n, ey.data, ey.n, d);
  const kid = kidWithoutTies(a.data, rx, b.data, ry, d);
  // the stats route carries its own ~1e-8 (pivoted Cholesky of these singular covariances)
  assert.ok(Math.abs(got.fid! - fid) < 1e-7 * fid, `FID ${got.fid} vs ${fid}`);
  assert.ok(Math.abs(got.kid! - kid) < 1e-8 * Math.abs(kid), `KID ${got.kid} vs ${kid}`);
});

test('quantile and spread follow numpy (linear interpolation, ddof = 1)', () => {
  const s = Float64Array.from([1, 2, 4, 8, 16]);
  assert.equal(quantile(s, 0.5), 4);
  assert.equal(quantile(s, 0.975), 8 + 0.9 * 8); // h = 3.9
  assert.equal(quantile(s, 0.025), 1 + 0.1 * 1);
  const sp = spread([16, 1, 8, 2, 4]);
  assert.ok(Math.abs(sp.halfWidth - (15.2 - 1.1) / 2) < 1e-12);
  assert.ok(
    Math.abs(
      sp.se - Math.sqrt(((1 - 6.2) ** 2 + (2 - 6.2) ** 2 + (4 - 6.2) ** 2 + (8 - 6.2) ** 2 + (16 - 6.2) ** 2) / 4),
    ) < 1e-12,
  );
});

test('bootstrap on A vs B: deterministic per seed, the reference resample pairs up across runs, intervals plausible', async () => {
  const a = referencePool3('A'),
    b = referencePool3('B');
  const metrics = ['fid', 'kid', 'precision', 'recall', 'density', 'coverage'] as const;
  const r1 = await bootstrapMetrics(a.data, a.n, b.data, b.n, 2048, metrics, { replicates: 40, seed: 5 });
  const r2 = await bootstrapMetrics(a.data, a.n, b.data, b.n, 2048, metrics, { replicates: 40, seed: 5 });
  assert.deepEqual(r1.intervals.fid!.replicates, r2.intervals.fid!.replicates);
  assert.equal(r1.intervals.fid!.scale, 1);
  assert.deepEqual(r1.draws, { real: 200, generated: 200 });
  // FID(A, B) = 13.795 (parity). Resamples hold ≈ 126 distinct rows of 200, so at N < d their FIDs sit above it and
  // spread widely. Yardstick measured on these features (scratch study, 30 random 200/200 splits of A ∪ B): FID between
  // halves has a standard deviation of 6.5 and the bootstrap of one split a standard error of 5.7; for A vs B the
  // replicates have a long upper tail (q2.5 4.7, median 18, q97.5 51 with 100 replicates): wide, on the safe side.
  const f = r1.intervals.fid!;
  const mean = f.replicates.reduce((s, v) => s + v, 0) / f.replicates.length;
  assert.ok(mean > 13.8 && mean < 40, `mean of FID replicates ${mean}`);
  assert.ok(f.se > 3 && f.se < 25, `FID bootstrap standard error ${f.se}`);
  for (const m of ['precision', 'recall', 'density', 'coverage'] as const) {
    const iv = r1.intervals[m]!;
    assert.ok(iv.halfWidth > 0 && iv.halfWidth < 0.5, `${m} half-width ${iv.halfWidth}`);
  }
  // another seed: other replicates
  const r3 = await bootstrapMetrics(a.data, a.n, b.data, b.n, 2048, ['kid'], { replicates: 40, seed: 6 });
  assert.notDeepEqual(r3.intervals.kid!.replicates, r1.intervals.kid!.replicates);
  // the generated side's draws do not depend on the real side: same seed, another generated set of the same size →
  // the real resample is the same; with identical generated features the replicates are identical
  const rc = await bootstrapMetrics(a.data, a.n, b.data, b.n, 2048, ['kid'], { replicates: 40, seed: 5 });
  assert.deepEqual(rc.intervals.kid!.replicates, r1.intervals.kid!.replicates);
});

test('m-out-of-n above maxSamples: √(m/N) scaling, and the interval shrinks about as 1/√N', async () => {
  const d = 4,
    rng = new RandomState(11);
  const x = gaussianRows(rng, 1600, d),
    y = gaussianRows(rng, 1600, d, 0.5);
  const small = await bootstrapMetrics(x, 400, y, 400, d, ['kid', 'fid'], { replicates: 100, seed: 1 });
  const large = await bootstrapMetrics(x, 1600, y, 1600, d, ['kid', 'fid'], { replicates: 100, seed: 1 });
  const sub = await bootstrapMetrics(x, 1600, y, 1600, d, ['kid', 'fid'], {
    replicates: 100,
    seed: 1,
    maxSamples: 400,
  });
  assert.equal(sub.intervals.kid!.scale, 0.5);
  assert.deepEqual(sub.draws, { real: 400, generated: 400 });
  for (const m of ['kid', 'fid'] as const) {
    const ratio = small.intervals[m]!.halfWidth / large.intervals[m]!.halfWidth;
    assert.ok(ratio > 1.4 && ratio < 2.8, `${m}: half-width at N = 400 / at N = 1600 = ${ratio} (√4 = 2 expected)`);
    const sratio = sub.intervals[m]!.halfWidth / large.intervals[m]!.halfWidth;
    assert.ok(sratio > 0.6 && sratio < 1.6, `${m}: m-out-of-n half-width / full bootstrap = ${sratio}`);
  }
});

test('KID intervals cover the population MMD² in about 95 % of independent draws', async () => {
  // X ~ N(0, I₃), Y ~ N(δ·1, I₃), k(x, y) = (x·y/3 + 1)³. E k(x, x′) for independent x, x′ with means a, b and
  // identity covariances: with t = x·x′/3 + 1, E t = a·b/3 + 1 =: μ, Var-moments from Isserlis' theorem; rather than
  // deriving them we take the population MMD² from one draw of 200,000 per side (its own error < 1 % of the spread).
  const d = 3,
    delta = 0.4;
  const big = 200_000;
  const rngBig = new RandomState(99);
  const bx = gaussianRows(rngBig, big, d),
    by = gaussianRows(rngBig, big, d, delta);
  // unbiased MMD² of independent halves pairs is E k(x,x′) + E k(y,y′) − 2 E k(x,y): estimate each by pairing rows i, i
  // + big/2
  const ker = (a: Float32Array, i: number, b: Float32Array, j: number) => {
    let s = 0;
    for (let k = 0; k < d; k++) s += a[i * d + k] * b[j * d + k];
    const t = s / d + 1;
    return t * t * t;
  };
  let kxx = 0,
    kyy = 0,
    kxy = 0;
  const h = big / 2;
  for (let i = 0; i < h; i++) {
    kxx += ker(bx, i, bx, i + h);
    kyy += ker(by, i, by, i + h);
    kxy += ker(bx, i, by, i);
  }
  const truth = (kxx + kyy - 2 * kxy) / h;
  let covered = 0;
  const trials = 40;
  const rng = new RandomState(2024);
  for (let t = 0; t < trials; t++) {
    const x = gaussianRows(rng, 150, d),
      y = gaussianRows(rng, 150, d, delta);
    const value = await kidFull(x, 150, y, 150, d);
    const r = await bootstrapMetrics(x, 150, y, 150, d, ['kid'], { replicates: 200, seed: t });
    if (Math.abs(value - truth) <= r.intervals.kid!.halfWidth) covered++;
  }
  assert.ok(covered >= 33 && covered <= 40, `covered ${covered}/${trials} (95 % nominal)`);
});

test("P/R/D/C replicates from the pool's neighbour lists equal a full scan of each resample (many tied distances)", async () => {
  // small integer features over 256 rows: the centre (a multiple of 1/256) and every Gram entry are exact, so the
  // resample's own Gram matrices (metricsOfCounts) and the pool's slices hold the same numbers, and distances tie often
  const d = 6,
    n = 256,
    rng = new RandomState(3);
  const ints = (shift: number) => Float32Array.from({ length: n * d }, () => rng.randomInterval(6) - 3 + shift);
  const x = ints(0),
    y = ints(1);
  const metrics = ['precision', 'recall', 'density', 'coverage'] as const;
  const B = 12,
    seed = 9;
  const r = await bootstrapMetrics(x, n, y, n, d, metrics, { replicates: B, seed });
  const rngX = new RandomState(seed),
    rngY = new RandomState((seed ^ GEN_STREAM) >>> 0);
  for (let b = 0; b < B; b++) {
    const want = await metricsOfCounts(x, y, d, drawCounts(rngX, n, n), drawCounts(rngY, n, n), metrics);
    for (const m of metrics) assert.equal(r.intervals[m]!.replicates[b], want[m], `replicate ${b}: ${m}`);
  }
});
