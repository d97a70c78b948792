// Memorization check (src/metrics/memorization.ts, Alaa et al. 2022 authenticity ratio ρ = ‖y − x*‖ / r(x*)) against
// known truth: the reference pack's pool3 features (A = training; B = 200 other crops of the same 10 photos, C = B +
// pixel
// noise, D = B blurred) with planted exact and near copies, a brute-force float64 cross-check, hand-computed small
// cases,
// duplicates, a float32 near-tie that needs the float64 pass, input errors; and the pairs grid PNG.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { referencePool3, REF, uniform } from '../helpers/helpers.js';
import { DEFAULT_BETA, memorization } from '../../src/metrics/memorization.js';
import { writePairsGrid } from '../../src/images/pairs-grid.js';
import { decodeRgb, type RgbImage } from '../../src/images/decode.js';
import { InputError } from '../../src/util/errors.js';

const D = 2048;
const A = referencePool3('A'),
  B = referencePool3('B');

/** numpy.quantile (linear interpolation). */
function quantile(v: Float64Array, p: number): number {
  const s = Float64Array.from(v).sort();
  const pos = p * (s.length - 1),
    lo = Math.floor(pos);
  return lo + 1 < s.length ? s[lo] + (pos - lo) * (s[lo + 1] - s[lo]) : s[lo];
}

const close = (actual: number, want: number, tol: number, what: string) =>
  assert.ok(Math.abs(actual - want) <= tol, `${what}: ${actual}, expected ${want} ± ${tol}`);

/** A unit vector in a uniformly random direction (Box–Muller normals, normalized in float64). */
function direction(d: number, u: () => number): Float64Array {
  const z = new Float64Array(d);
  for (let c = 0; c < d; c++) z[c] = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
  const n = Math.hypot(...z);
  return z.map((v) => v / n);
}

function rowsOf(x: Float32Array, rows: readonly number[], d: number): Float32Array {
  const out = new Float32Array(rows.length * d);
  rows.forEach((r, k) => out.set(x.subarray(r * d, (r + 1) * d), k * d));
  return out;
}

const dist = (x: Float32Array, i: number, y: Float32Array, j: number, d: number) => {
  let s = 0;
  for (let c = 0; c < d; c++) {
    const e = x[i * d + c] - y[j * d + c];
    s += e * e;
  }
  return Math.sqrt(s);
};

/** The definition, by brute force in float64: nearest training row, r(x*) skipping exact duplicates, ρ. */
function bruteForce(t: Float32Array, nT: number, g: Float32Array, nG: number, d: number) {
  const radius = new Float64Array(nT);
  for (let i = 0; i < nT; i++) {
    let m = Infinity;
    for (let j = 0; j < nT; j++) {
      const v = dist(t, i, t, j, d);
      if (v > 0 && v < m) m = v;
    }
    radius[i] = m;
  }
  const nearest = new Int32Array(nG),
    ratio = new Float64Array(nG);
  for (let k = 0; k < nG; k++) {
    let m = Infinity,
      b = -1;
    for (let j = 0; j < nT; j++) {
      const v = dist(g, k, t, j, d);
      if (v < m) {
        m = v;
        b = j;
      }
    }
    nearest[k] = b;
    ratio[k] = radius[b] === Infinity ? 0 : m / radius[b];
  }
  return { nearest, ratio, radius };
}

const indicesBelow = (ratio: Float64Array, beta: number) => [...ratio.keys()].filter((j) => ratio[j] < beta);

test('held-out B against training A: the ρ distribution that sets the default β, and a brute-force cross-check', async () => {
  const res = await memorization(A.data, A.n, B.data, B.n, D);
  assert.equal(res.beta, DEFAULT_BETA);
  assert.equal(DEFAULT_BETA, 0.25);
  // Quantiles of ρ for honest held-out data (quoted in the header of memorization.ts).
  close(quantile(res.ratio, 0.01), 0.34472348, 1e-7, 'B 1% quantile');
  close(quantile(res.ratio, 0.05), 0.53237628, 1e-7, 'B 5% quantile');
  close(quantile(res.ratio, 0.5), 0.97596227, 1e-7, 'B median');
  // Alaa et al.'s β = 1 calls half of the honest set non-authentic.
  assert.equal(indicesBelow(res.ratio, 1).length, 105);
  // At β = 0.25 exactly one: B[23], cropped 2 px left of and 1 px below A[133] (files.json: (506, 282) vs (508, 281) in
  // rocket.jpg), a real near-copy. The next smallest ρ, 0.342, is an unrelated crop.
  assert.deepEqual(indicesBelow(res.ratio, DEFAULT_BETA), [23]);
  assert.equal(res.flagged, 1);
  assert.equal(res.share, 0.005);
  assert.equal(res.nearestTraining[23], 133);
  close(res.ratio[23], 0.13166883, 1e-7, 'ρ of B[23]');
  assert.deepEqual(
    res.closestPairs.slice(0, 2).map((p) => [p.generated, p.training]),
    [
      [23, 133],
      [133, 83],
    ],
  );
  close(res.closestPairs[1].ratio, 0.34244994, 1e-7, 'second smallest ρ');
  assert.equal(res.closestPairs.length, 16);
  for (let k = 1; k < 16; k++) assert.ok(res.closestPairs[k].ratio >= res.closestPairs[k - 1].ratio);
  assert.equal(res.stats.distinctTraining, 200);

  const brute = bruteForce(A.data, A.n, B.data, B.n, D);
  assert.deepEqual([...res.nearestTraining], [...brute.nearest]);
  for (let j = 0; j < B.n; j++) {
    close(res.ratio[j], brute.ratio[j], 1e-12, `ρ[${j}]`);
    close(res.trainingRadius[j], brute.radius[brute.nearest[j]], 1e-12, `r[${j}]`);
    close(res.distance[j], res.ratio[j] * res.trainingRadius[j], 1e-12, `distance[${j}]`);
  }
  // Same numbers with small tiles (many tiles, the column TopK of the triangle pass) and with either radius pass.
  for (const o of [
    { tile: 37, radiusPass: 'triangle' as const },
    { tile: 64, radiusPass: 'rows' as const },
  ]) {
    const other = await memorization(A.data, A.n, B.data, B.n, D, o);
    assert.equal(other.stats.radiusPass, o.radiusPass);
    assert.deepEqual([...other.nearestTraining], [...res.nearestTraining]);
    assert.deepEqual([...other.ratio], [...res.ratio]);
  }
});

test('C (noisy) and D (blurred) against A: nothing flagged at the default β', async () => {
  const want = {
    C: [0.66824391, 0.78860602, 1.08688439, 0.64624973],
    D: [0.34738046, 0.59102495, 0.98844826, 0.26578121],
  };
  for (const set of ['C', 'D'] as const) {
    const S = referencePool3(set);
    const res = await memorization(A.data, A.n, S.data, S.n, D);
    const [q1, q5, q50, min] = want[set];
    close(quantile(res.ratio, 0.01), q1, 1e-7, `${set} 1%`);
    close(quantile(res.ratio, 0.05), q5, 1e-7, `${set} 5%`);
    close(quantile(res.ratio, 0.5), q50, 1e-7, `${set} median`);
    close(Math.min(...res.ratio), min, 1e-7, `${set} min`);
    assert.equal(res.flagged, 0, set);
  }
});

test('B with 20 rows replaced by exact copies of A rows: exactly those and B[23] are flagged', async () => {
  const gen = B.data.slice();
  const copies = new Map<number, number>(); // generated row → training row it copies
  for (let k = 0; k < 20; k++) {
    const j = 7 + 10 * k,
      src = (3 * j + 1) % 200;
    gen.set(A.data.subarray(src * D, (src + 1) * D), j * D);
    copies.set(j, src);
  }
  const res = await memorization(A.data, A.n, gen, B.n, D, { maxPairs: 25 });
  assert.deepEqual(
    indicesBelow(res.ratio, DEFAULT_BETA),
    [...copies.keys(), 23].sort((a, b) => a - b),
  );
  assert.equal(res.flagged, 21);
  assert.equal(res.share, 21 / 200);
  for (const [j, src] of copies) {
    assert.equal(res.nearestTraining[j], src);
    assert.equal(res.distance[j], 0); // exact: recomputed from the differences
    assert.equal(res.ratio[j], 0);
  }
  // The 20 copies first (ρ = 0, then by index), then B[23].
  assert.deepEqual(
    res.closestPairs.slice(0, 21).map((p) => p.generated),
    [...copies.keys(), 23],
  );
  assert.deepEqual(res.closestPairs[0], { generated: 7, training: 22, distance: 0, ratio: 0 });
  assert.equal(res.closestPairs.length, 25);
});

test('near copies: a copy moved by ε·r(x*) in feature space has ρ = ε; isotropic noise of 1% of ‖x‖ gives ρ ≈ 0.34', async () => {
  const brute = bruteForce(A.data, A.n, A.data.subarray(0, 0), 0, D); // r of every training row
  const eps = [0.05, 0.2, 0.24, 0.26, 0.45],
    sources = [3, 50, 101, 150, 199];
  const u = uniform(11);
  const gen = new Float32Array(eps.length * D);
  eps.forEach((e, k) => {
    const src = sources[k],
      step = direction(D, u);
    for (let c = 0; c < D; c++) gen[k * D + c] = A.data[src * D + c] + e * brute.radius[src] * step[c];
  });
  const res = await memorization(A.data, A.n, gen, eps.length, D);
  // For ε < 1/2 the source stays the nearest training row (triangle inequality), so ρ = ε up to the float32 rounding of
  // y.
  assert.deepEqual([...res.nearestTraining], sources);
  eps.forEach((e, k) => close(res.ratio[k], e, 1e-5, `ρ for ε = ${e}`));
  assert.deepEqual(indicesBelow(res.ratio, DEFAULT_BETA), [0, 1, 2]);

  // Isotropic Gaussian noise with norm ≈ s·‖x‖ on 20 training rows: ρ grows linearly with s (r(x*) is ~4% of ‖x‖).
  const rows = Array.from({ length: 20 }, (_, k) => 10 * k + 3);
  const medians: number[] = [];
  for (const s of [0.001, 0.01, 0.03]) {
    const v = uniform(7);
    const noisy = rowsOf(A.data, rows, D);
    rows.forEach((r, k) => {
      const norm = Math.sqrt(dist(A.data, r, new Float32Array(D), 0, D) ** 2),
        sigma = (s * norm) / Math.sqrt(D);
      for (let c = 0; c < D; c++)
        noisy[k * D + c] += sigma * Math.sqrt(-2 * Math.log(1 - v())) * Math.cos(2 * Math.PI * v());
    });
    const r = await memorization(A.data, A.n, noisy, rows.length, D);
    assert.deepEqual([...r.nearestTraining], rows);
    medians.push(quantile(r.ratio, 0.5));
  }
  // Deterministic numbers (seeded noise), quoted in the header of memorization.ts.
  close(medians[0], 0.034410429, 1e-8, 'median ρ at 0.1% noise');
  close(medians[1], 0.34410414, 1e-7, 'median ρ at 1% noise');
  close(medians[2], 1.0323124, 1e-6, 'median ρ at 3% noise');
});

test('reference set: rows leaked from training are flagged, the honest rest calibrates', async () => {
  const ref = B.data.slice();
  const leaked = [0, 40, 80, 120, 160, 190, 191, 192, 193, 194];
  leaked.forEach((j) => ref.set(A.data.subarray(j * D, (j + 1) * D), j * D));
  const C = referencePool3('C');
  const res = await memorization(A.data, A.n, C.data, C.n, D, { reference: { features: ref, n: B.n } });
  assert.equal(res.flagged, 0); // the generated set (C) is honest
  assert.ok(res.reference);
  assert.equal(res.reference.flagged, 11);
  assert.equal(res.reference.share, 11 / 200);
  assert.deepEqual(
    indicesBelow(res.reference.ratio, DEFAULT_BETA),
    [...leaked, 23].sort((a, b) => a - b),
  );
  assert.deepEqual(
    res.reference.closestPairs.slice(0, 10).map((p) => [p.reference, p.training, p.ratio]),
    leaked.map((j) => [j, j, 0]),
  );
  // The generated set's numbers do not depend on the reference being there.
  const alone = await memorization(A.data, A.n, C.data, C.n, D);
  assert.deepEqual([...alone.ratio], [...res.ratio]);

  // A reference that is a subset of training: all of it is flagged.
  const subset = await memorization(A.data, A.n, C.data, C.n, D, {
    reference: { features: A.data.slice(0, 50 * D), n: 50 },
  });
  assert.equal(subset.reference?.share, 1);
});

test('small analytic case (d = 3)', async () => {
  // Training: origin, (1,0,0), (0,2,0), (0,0,4). r = 1, 1, 2 (to the origin), 4 (to the origin).
  const training = Float32Array.of(0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 4);
  const generated = Float32Array.of(
    0.2,
    0,
    0, //   nearest 0, distance 0.2, ρ = 0.2
    0,
    2,
    0.2, //   nearest 2, distance 0.2, ρ = 0.2 / 2 = 0.1
    0,
    0,
    3, //     nearest 3, distance 1, ρ = 1 / 4 = 0.25: not < β = 0.25
    0,
    0,
    4, //     exact copy of 3: ρ = 0
    3,
    3,
    2, //     nearest 2 (√14 vs √17, √22, √22), ρ = √14 / 2
  );
  const res = await memorization(training, 4, generated, 5, 3, { maxPairs: 3 });
  assert.deepEqual([...res.nearestTraining], [0, 2, 3, 3, 2]);
  assert.deepEqual([...res.trainingRadius], [1, 2, 4, 4, 2]);
  const want = [Math.fround(0.2), Math.fround(0.2) / 2, 0.25, 0, Math.sqrt(14) / 2];
  want.forEach((w, k) => close(res.ratio[k], w, 1e-15, `ρ[${k}]`));
  close(res.distance[4], Math.sqrt(14), 1e-15, 'distance[4]');
  assert.equal(res.flagged, 3);
  assert.equal(res.share, 0.6);
  assert.deepEqual(
    res.closestPairs.map((p) => p.generated),
    [3, 1, 0],
  );
  assert.equal((await memorization(training, 4, generated, 5, 3, { beta: 1 })).flagged, 4); // Alaa et al.'s rule
  assert.equal((await memorization(training, 4, generated, 5, 3, { beta: 0.05 })).flagged, 1);
});

test('duplicated training rows are skipped for r and reported as their first index', async () => {
  const training = Float32Array.of(0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 3, 0);
  const generated = Float32Array.of(0.1, 0, 0, 1, 0, 0.5, 0, 3, 0);
  const res = await memorization(training, 6, generated, 3, 3);
  assert.equal(res.stats.distinctTraining, 3);
  assert.deepEqual([...res.nearestTraining], [0, 2, 5]);
  assert.deepEqual([...res.trainingRadius], [1, 1, 3]); // not 0: the duplicates of x* do not count
  close(res.ratio[0], Math.fround(0.1), 1e-15, 'ρ[0]');
  assert.equal(res.ratio[1], 0.5);
  assert.equal(res.ratio[2], 0);
  // −0 and 0 are the same value.
  const signed = await memorization(Float32Array.of(0, 0, -0, 0, 2, 0), 3, Float32Array.of(0, 1), 1, 2);
  assert.equal(signed.stats.distinctTraining, 2);
  assert.equal(signed.trainingRadius[0], 2);

  // A training set of one repeated row: r = +∞, so ρ = 0 for everything.
  const same = await memorization(Float32Array.of(1, 2, 1, 2, 1, 2), 3, Float32Array.of(1, 2, 5, 5), 2, 2);
  assert.equal(same.stats.distinctTraining, 1);
  assert.deepEqual([...same.trainingRadius], [Infinity, Infinity]);
  assert.deepEqual([...same.ratio], [0, 0]);
  assert.equal(same.distance[1], 5);
});

test('near-ties that float32 cannot separate are settled by the float64 pass', async () => {
  // 40 training rows at distance √(R² + a²) from the origin, a = 1 + k/4096: the squared distances differ by ~5e-4,
  // well inside the float32 error bound at ‖q − μ‖ ≈ R = 1000. The nearest (a = 1) sits in the middle.
  const d = 64,
    n = 40,
    R = 1000;
  const order = Array.from({ length: n }, (_, row) => (row * 17 + 20) % n); // row → k, a permutation
  const training = new Float32Array(n * d);
  order.forEach((k, row) => {
    training[row * d] = R;
    training[row * d + 1 + k] = 1 + k / 4096;
  });
  const res = await memorization(training, n, new Float32Array(d), 1, d);
  assert.ok(res.stats.float64Rows >= 1, `float64 rows ${res.stats.float64Rows}`);
  assert.equal(res.nearestTraining[0], order.indexOf(0));
  assert.equal(order.indexOf(0), 20);
  close(res.trainingRadius[0], Math.hypot(1, Math.fround(1 + 1 / 4096)), 1e-15, 'r(x*): to the row with k = 1');
  const brute = bruteForce(training, n, new Float32Array(d), 1, d);
  assert.equal(res.nearestTraining[0], brute.nearest[0]);
  close(res.ratio[0], brute.ratio[0], 1e-15, 'ρ');
});

test('input errors are InputErrors that name the problem', async () => {
  const t = new Float32Array(12),
    g = new Float32Array(6);
  const rejects = (p: Promise<unknown>, re: RegExp) =>
    assert.rejects(p, (e: unknown) => e instanceof InputError && re.test(e.message));
  await rejects(memorization(t.subarray(0, 3), 1, g, 2, 3), /training needs at least 2 samples, got 1/);
  await rejects(
    memorization(t, 4, g, 2, 4),
    /training features have 12 values, expected 4 × 4 = 16 \(dimension mismatch\?\)/,
  );
  await rejects(memorization(t, 4, g, 3, 3), /generated features have 6 values, expected 3 × 3 = 9/);
  await rejects(
    memorization(t, 4, g, 2, 3, { reference: { features: new Float32Array(4), n: 2 } }),
    /reference features have 4 values/,
  );
  await rejects(
    memorization(t, 4, Float32Array.of(0, NaN, 0, 0, 0, 0), 2, 3),
    /generated features contain NaN \(row 0\)/,
  );
  await rejects(memorization(t, 4, g, 2, 3, { beta: 0 }), /beta must be a positive number/);
  await rejects(memorization(t, 4, g, 0, 3), /generated needs at least 1 sample, got 0/);
});

test('writePairsGrid: one row per pair, generated | training, scaled to one cell height', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fid-gate-pairs-'));
  try {
    const head = path.join(REF, 'sets');
    const a0 = await decodeRgb(path.join(head, 'A', 'head', 'images', 'a_000.png'));
    const b0 = await decodeRgb(path.join(head, 'B', 'head', 'images', 'b_000.png'));
    // A 4×2 image whose pixel (x, y) is (10x, 100y, 7): scaled ×32 with nearest neighbour to 128×64.
    const small: RgbImage = { width: 4, height: 2, file: 'small', data: new Uint8Array(4 * 2 * 3) };
    for (let y = 0; y < 2; y++) for (let x = 0; x < 4; x++) small.data.set([10 * x, 100 * y, 7], (y * 4 + x) * 3);
    const file = path.join(dir, 'sub', 'pairs.png');
    const out = await writePairsGrid(file, [
      { left: b0, right: a0 },
      { left: small, right: a0 },
    ]);
    // Cells of the widest scaled image (128) and the common height (64), 2 px padding: 2 + 2·130 wide, 2 + 2·66 high.
    assert.deepEqual(out, { width: 262, height: 134, count: 2 });
    const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
    assert.deepEqual([info.width, info.height, info.channels], [262, 134, 3]);
    const px = (x: number, y: number) => [...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
    const src = (img: RgbImage, x: number, y: number) => [
      ...img.data.subarray((y * img.width + x) * 3, (y * img.width + x) * 3 + 3),
    ];
    assert.deepEqual(px(0, 0), [0, 0, 0]); // padding
    assert.deepEqual(px(1, 70), [0, 0, 0]);
    // Same-height images are copied untouched: generated at (2, 2), training at (132, 2).
    for (const [x, y] of [
      [0, 0],
      [63, 0],
      [17, 41],
      [63, 63],
    ]) {
      assert.deepEqual(px(2 + x, 2 + y), src(b0, x, y));
      assert.deepEqual(px(132 + x, 2 + y), src(a0, x, y));
      assert.deepEqual(px(132 + x, 68 + y), src(a0, x, y));
    }
    assert.deepEqual(px(66, 2), [0, 0, 0]); // right of the 64-wide image in its 128-wide cell: background
    // The small image, second row: 32×32 blocks.
    assert.deepEqual(px(2, 68), [0, 0, 7]);
    assert.deepEqual(px(2 + 31, 68 + 31), [0, 0, 7]);
    assert.deepEqual(px(2 + 32, 68), [10, 0, 7]);
    assert.deepEqual(px(2 + 127, 68 + 63), [30, 100, 7]);
    // A fixed cell height with lanczos: every image is resampled.
    const half = await writePairsGrid(file, [{ left: a0, right: small }], { height: 32, kernel: 'lanczos3' });
    assert.deepEqual(half, { width: 2 + 2 * (64 + 2), height: 2 + 34, count: 1 });
    await assert.rejects(writePairsGrid(file, []), /no pairs/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
