// Inception Score, KID and PRDC against the reference pack (fixtures/reference/expected.json, made with torch-fidelity
// 0.4.0, prdc 2020-07-13 + scikit-learn 1.2.1 and numpy 1.24; see fixtures/reference/SOURCE.md), plus analytic cases
// and brute-force cross-checks of the tiled PRDC. Runs from the fixtures alone; with the full pack present
// (../shared/reference) the IS checks also run on the pack's own logits.npy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expected, readNpzArray, referencePool3, REF, SHARED_REF, uniform } from '../helpers/helpers.js';
import { parseNpy } from '../../src/util/npy.js';
import { inceptionScore } from '../../src/metrics/inception-score.js';
import { kidFull, kidSubsets } from '../../src/metrics/kid.js';
import { prdc, prdcForEachK } from '../../src/metrics/prdc.js';
import { matmulABt } from '../../src/math/gram.js';
import { syntheticInceptionStateDict } from '../../src/weights/synthetic.js';

const D = 2048;
const SETS = ['A', 'B', 'C', 'D', 'G', 'H'] as const;
const IS_VARIANTS = [
  // [expected.json key, logits with the fc bias?, shuffle seed]
  ['classic_with_bias', true, null],
  ['classic_no_bias', false, null],
  ['torch_fidelity_default', false, 2020],
  ['torch_fidelity_with_bias', true, 2020],
  ['torch_fidelity_no_shuffle', false, null],
] as const;

const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

function gaussian(n: number, seed: number, shift = 0, scale = 1): Float32Array {
  const u = uniform(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - u())),
      t = 2 * Math.PI * u();
    out[i] = shift + scale * r * Math.cos(t);
    if (i + 1 < n) out[i + 1] = shift + scale * r * Math.sin(t);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Inception Score

let fc: { weight: Float64Array; bias: Float32Array } | undefined;
function fcLayer() {
  if (!fc) {
    const sd = syntheticInceptionStateDict();
    fc = { weight: Float64Array.from(sd.get('fc.weight')!.data), bias: sd.get('fc.bias')!.data };
  }
  return fc;
}

/** logits = pool3 · fc.weightᵀ + fc.bias (float64, rounded to float32), and the unbiased logits − fc.bias (float32). */
async function logitsFromPool3(set: string): Promise<{ withBias: Float32Array; noBias: Float32Array; n: number }> {
  const { data, n } = referencePool3(set);
  const { weight, bias } = fcLayer();
  const g = await matmulABt(Float64Array.from(data), weight, n, D, 1008);
  const withBias = new Float32Array(n * 1008),
    noBias = new Float32Array(n * 1008);
  for (let i = 0; i < withBias.length; i++) {
    withBias[i] = g[i] + bias[i % 1008];
    noBias[i] = withBias[i] - bias[i % 1008];
  }
  return { withBias, noBias, n };
}

test('IS: logits recomputed from the fixtures pool3 agree with the reference logits (24 stored rows per set)', async () => {
  for (const s of SETS) {
    const { withBias } = await logitsFromPool3(s);
    const ref = readNpzArray(path.join(REF, 'sets', s, 'head', 'features.npz'), 'logits').data;
    let max = 0;
    for (let i = 0; i < ref.length; i++) max = Math.max(max, Math.abs(ref[i] - withBias[i]));
    assert.ok(max < 5e-6, `${s}: max |logit difference| ${max}`);
  }
});

test('IS: all five variants of expected.json for every set (logits recomputed from pool3: mean 5e-9 rel, std 5e-9 abs)', async () => {
  for (const s of SETS) {
    const { withBias, noBias, n } = await logitsFromPool3(s);
    for (const [key, bias, seed] of IS_VARIANTS) {
      const got = inceptionScore(bias ? withBias : noBias, n, 1008, { shuffleSeed: seed });
      const want = expected.inception_score[s][key];
      assert.ok(rel(got.mean, want.mean) < 5e-9, `${s} ${key} mean ${got.mean} vs ${want.mean}`);
      assert.ok(Math.abs(got.std - want.std) < 5e-9, `${s} ${key} std ${got.std} vs ${want.std}`);
      assert.equal(got.splits.length, 10);
    }
  }
});

test("IS: exact match on the pack's own logits.npy (mean and split scores 1e-12 rel, std 1e-12 abs)", {
  skip: !SHARED_REF && 'needs ../shared/reference',
}, () => {
  const { bias } = fcLayer();
  for (const s of SETS) {
    const file = path.join(SHARED_REF!, 'sets', s, 'logits.npy');
    if (!existsSync(file)) continue;
    const a = parseNpy(readFileSync(file), file);
    const withBias = a.data as Float32Array,
      n = a.shape[0];
    const noBias = withBias.map((v, i) => v - bias[i % 1008]); // float32 subtraction, as the reference did
    for (const [key, b, seed] of IS_VARIANTS) {
      const got = inceptionScore(b ? withBias : noBias, n, 1008, { shuffleSeed: seed });
      const want = expected.inception_score[s][key];
      assert.ok(rel(got.mean, want.mean) < 1e-12, `${s} ${key} mean ${got.mean} vs ${want.mean}`);
      assert.ok(Math.abs(got.std - want.std) < 1e-12, `${s} ${key} std ${got.std} vs ${want.std}`);
      (want.split_scores as number[] | undefined)?.forEach((v, i) =>
        assert.ok(rel(got.splits[i], v) < 1e-12, `${s} ${key} split ${i}`),
      );
    }
  }
});

test('IS: synthetic cases of is_cases.json (IS up to 9.5)', async () => {
  const cases = JSON.parse(readFileSync(path.join(REF, 'synthetic', 'is_cases.json'), 'utf8')).cases as {
    id: string;
    n: number;
    classes: number;
    sha256_f32le: string;
    classic: { mean: number; std: number; split_scores: number[] };
    torch_fidelity_default: { mean: number; std: number };
    torch_fidelity_no_shuffle: { mean: number; std: number };
  }[];
  const sha = (a: Float32Array) =>
    createHash('sha256')
      .update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength))
      .digest('hex');
  const inputs: Record<string, Float32Array> = {};
  // i01: 3·z (stored fixture); i02: exactly 10 at [r, r % 10]; i03: all zero; i04: 10 · set A logits (recomputed)
  inputs.i01_hash_3z = parseNpy(readFileSync(path.join(REF, 'synthetic', 'i01_hash_3z_logits.npy')), 'i01')
    .data as Float32Array;
  inputs.i02_confident_10_classes = new Float32Array(100 * 1008);
  for (let r = 0; r < 100; r++) inputs.i02_confident_10_classes[r * 1008 + (r % 10)] = 10;
  inputs.i03_all_zero = new Float32Array(50 * 1008);
  inputs.i04_setA_logits_x10 = (await logitsFromPool3('A')).withBias.map((v) => Math.fround(10) * v);
  for (const c of cases) {
    const x = inputs[c.id];
    assert.ok(x, `no input for ${c.id}`);
    assert.equal(x.length, c.n * c.classes);
    const exact = c.id !== 'i04_setA_logits_x10'; // i04 is built from recomputed logits (±2e-6): looser tolerance
    if (exact) assert.equal(sha(x), c.sha256_f32le, `${c.id} input bytes`);
    const tol = exact ? 1e-12 : 3e-7;
    for (const [key, seed] of [
      ['classic', null],
      ['torch_fidelity_default', 2020],
      ['torch_fidelity_no_shuffle', null],
    ] as const) {
      const got = inceptionScore(x, c.n, c.classes, { shuffleSeed: seed });
      const want = c[key];
      assert.ok(rel(got.mean, want.mean) < tol, `${c.id} ${key} mean ${got.mean} vs ${want.mean}`);
      assert.ok(
        Math.abs(got.std - want.std) < tol * Math.max(1, want.mean),
        `${c.id} ${key} std ${got.std} vs ${want.std}`,
      );
    }
    const classic = inceptionScore(x, c.n, c.classes);
    c.classic.split_scores.forEach((v, i) => assert.ok(rel(classic.splits[i], v) < tol, `${c.id} split ${i}`));
  }
});

test('IS: analytic cases — uniform p(y|x) gives 1; confident predictions over C equally used classes give C', () => {
  const n = 200,
    k = 50;
  const u = uniform(7);
  const flat = new Float32Array(n * k);
  for (let r = 0; r < n; r++) flat.fill(Math.fround(u() * 20 - 10), r * k, (r + 1) * k); // constant within a row
  for (const seed of [null, 2020]) {
    const s = inceptionScore(flat, n, k, { shuffleSeed: seed });
    assert.ok(Math.abs(s.mean - 1) < 1e-14 && s.std < 1e-14, `uniform: ${s.mean} ± ${s.std}`);
  }
  for (const C of [1, 7, 20]) {
    const rows = 10 * C * 3; // every split holds each class 3 times
    const x = new Float32Array(rows * k);
    for (let r = 0; r < rows; r++) x[r * k + (r % C)] = 1000; // p(y|x) one-hot to double precision
    const s = inceptionScore(x, rows, k);
    assert.ok(Math.abs(s.mean - C) < 1e-12 * C && s.std < 1e-12 * C, `C=${C}: ${s.mean} ± ${s.std}`);
  }
  assert.throws(() => inceptionScore(new Float32Array(5 * 3), 5, 3), /splits/);
  assert.throws(() => inceptionScore(new Float32Array(7), 5, 3), RangeError);
});

// ---------------------------------------------------------------------------------------------------------------
// KID

const KID_PAIRS = ['A_B', 'A_C', 'A_D', 'G_H', 'A_G'] as const;

test('KID: full-set unbiased MMD² matches kid_full_unbiased (1e-8 rel) and torch-fidelity kernel_mmd (its float32 rounding)', async () => {
  for (const pair of KID_PAIRS) {
    const [s1, s2] = pair.split('_');
    const x = referencePool3(s1),
      y = referencePool3(s2);
    const want = expected.pairs[pair];
    const got = await kidFull(x.data, x.n, y.data, y.n, D);
    assert.ok(rel(got, want.kid_full_unbiased.value) < 1e-8, `${pair}: ${got} vs ${want.kid_full_unbiased.value}`);
    if (want.kid_torch_fidelity_full_sets?.value !== undefined) {
      assert.ok(
        Math.abs(got - want.kid_torch_fidelity_full_sets.value) < 1e-5,
        `${pair} torch-fidelity full: ${got} vs ${want.kid_torch_fidelity_full_sets.value}`,
      );
    }
    // tiles smaller than N (and not dividing it) give the same sums
    const tiled = await kidFull(x.data, x.n, y.data, y.n, D, { tile: 48 });
    assert.ok(rel(tiled, got) < 1e-11, `${pair}: tiled ${tiled} vs ${got}`);
  }
});

test("KID: torch-fidelity's 100 subsets (seed 2020, subset 100) — same draws, mean and std within float32 rounding (1e-5)", async () => {
  for (const pair of KID_PAIRS) {
    const [s1, s2] = pair.split('_');
    const x = referencePool3(s1),
      y = referencePool3(s2);
    const want = expected.pairs[pair].kid_torch_fidelity_subsets;
    const got = await kidSubsets(x.data, x.n, y.data, y.n, D, {
      subsets: want.subsets,
      subsetSize: want.subset_size,
      seed: want.rng_seed,
    });
    assert.equal(got.values.length, 100);
    assert.ok(Math.abs(got.mean - want.mean) < 1e-5, `${pair} mean ${got.mean} vs ${want.mean}`);
    assert.ok(Math.abs(got.std - want.std) < 1e-5, `${pair} std ${got.std} vs ${want.std}`);
    if (pair === 'A_B') {
      // Other draws move the result by far more than that tolerance, so the test does check the draws.
      const other = await kidSubsets(x.data, x.n, y.data, y.n, D, { subsets: 100, subsetSize: 100, seed: 2021 });
      assert.ok(Math.abs(other.mean - want.mean) > 1e-3, `seed 2021 mean ${other.mean}`);
    }
  }
});

test('KID: two samples of one distribution give ≈ 0 (well within the subset spread); a shifted one does not', async () => {
  const d = 64,
    n = 600;
  const x = gaussian(n * d, 11),
    x2 = gaussian(n * d, 12),
    shifted = gaussian(n * d, 13, 0.5);
  const same = await kidFull(x, n, x2, n, d);
  const spread = await kidSubsets(x, n, x2, n, d, { subsets: 50, subsetSize: 200, seed: 1 });
  assert.ok(Math.abs(same) < spread.std, `KID(X, X') = ${same}, subset std ${spread.std}`);
  assert.ok(
    Math.abs(spread.mean) < (3 * spread.std) / Math.sqrt(50) + Math.abs(same) + 1e-3,
    `subset mean ${spread.mean}`,
  );
  const far = await kidFull(x, n, shifted, n, d);
  assert.ok(far > 20 * spread.std, `KID(X, X + 0.5) = ${far}`);
  await assert.rejects(kidSubsets(x, n, x2, n, d, { subsetSize: n + 1 }), /subset size/);
});

// ---------------------------------------------------------------------------------------------------------------
// PRDC

/** Straightforward all-pairs emulation of prdc.compute_prdc on sklearn's float32 distances (no tiles, no filters). */
function bruteForcePrdc(real: Float32Array, n: number, fake: Float32Array, m: number, d: number, k: number) {
  const norms = (a: Float32Array, rows: number) =>
    Float64Array.from({ length: rows }, (_, i) => {
      let s = 0;
      for (let c = 0; c < d; c++) s += a[i * d + c] * a[i * d + c];
      return s;
    });
  const xx = norms(real, n),
    yy = norms(fake, m);
  const dist = (a: Float32Array, i: number, b: Float32Array, j: number, ai: number, bj: number) => {
    let dot = 0;
    for (let c = 0; c < d; c++) dot += a[i * d + c] * b[j * d + c];
    const s = Math.fround(-2 * dot + ai + bj);
    return s > 0 ? Math.fround(Math.sqrt(s)) : 0;
  };
  const radii = (a: Float32Array, rows: number, sq: Float64Array) =>
    Float32Array.from(
      { length: rows },
      (_, i) => Float64Array.from({ length: rows }, (_, j) => (i === j ? 0 : dist(a, i, a, j, sq[i], sq[j]))).sort()[k],
    );
  const rr = radii(real, n, xx),
    rf = radii(fake, m, yy);
  const pHit = new Uint8Array(m),
    dCount = new Int32Array(m),
    cov = new Uint8Array(n),
    rec = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const v = dist(real, i, fake, j, xx[i], yy[j]);
      if (v < rr[i]) {
        pHit[j] = 1;
        dCount[j]++;
        cov[i] = 1;
      }
      if (v < rf[j]) rec[i] = 1;
    }
  }
  const sum = (a: ArrayLike<number>) => {
    let t = 0;
    for (let i = 0; i < a.length; i++) t += a[i];
    return t;
  };
  return {
    precision: sum(pHit) / m,
    recall: sum(rec) / n,
    density: (1 / k) * (sum(dCount) / m),
    coverage: sum(cov) / n,
  };
}

const pick = (r: { precision: number; recall: number; density: number; coverage: number }) => ({
  precision: r.precision,
  recall: r.recall,
  density: r.density,
  coverage: r.coverage,
});

test('PRDC: prdc_k3 and prdc_k5 of A_B, A_C, A_D, G_H exactly (identical counts and float64 values)', async () => {
  for (const pair of ['A_B', 'A_C', 'A_D', 'G_H'] as const) {
    const [s1, s2] = pair.split('_');
    const x = referencePool3(s1),
      y = referencePool3(s2);
    for (const k of [3, 5]) {
      const want = expected.pairs[pair][`prdc_k${k}`];
      const got = await prdc(x.data, x.n, y.data, y.n, D, k);
      assert.deepEqual(
        pick(got),
        { precision: want.precision, recall: want.recall, density: want.density, coverage: want.coverage },
        `${pair} k=${k}`,
      );
      const tiled = await prdc(x.data, x.n, y.data, y.n, D, k, { tile: 70 });
      assert.deepEqual(pick(tiled), pick(got), `${pair} k=${k} with 70-row tiles`);
    }
    // both k from one pass, as the prdc metric group computes them
    const [k3, k5] = await prdcForEachK(x.data, x.n, y.data, y.n, D, [3, 5]);
    for (const [k, got] of [
      [3, k3],
      [5, k5],
    ] as const) {
      const want = expected.pairs[pair][`prdc_k${k}`];
      assert.deepEqual(
        pick(got),
        { precision: want.precision, recall: want.recall, density: want.density, coverage: want.coverage },
        `${pair} k=${k} (k = 3 and 5 together)`,
      );
    }
  }
});

test('PRDC: identical sets give precision = recall = coverage = 1', async () => {
  const x = referencePool3('A');
  const r = await prdc(x.data, x.n, x.data, x.n, D, 5);
  assert.equal(r.precision, 1);
  assert.equal(r.recall, 1);
  assert.equal(r.coverage, 1);
  assert.ok(r.density > 0.5, `density ${r.density}`);
});

test('PRDC: N = 2500 with 1024-row tiles equals one 2500-row tile', async () => {
  const d = 64,
    n = 2500,
    m = 2300;
  const real = gaussian(n * d, 21),
    fake = gaussian(m * d, 22, 0.05);
  for (const k of [3, 5]) {
    const tiled = await prdc(real, n, fake, m, d, k, { tile: 1024 });
    const whole = await prdc(real, n, fake, m, d, k, { tile: 2500 });
    assert.deepEqual(pick(tiled), pick(whole), `k=${k}`);
    assert.ok(tiled.precision > 0.2 && tiled.precision < 1, `k=${k} precision ${tiled.precision}`);
  }
});

test('PRDC: agrees with an all-pairs emulation of prdc/sklearn on hard cases (near-ties, tiny distances, duplicates)', async () => {
  const d = 40;
  const cases: {
    name: string;
    real: Float32Array;
    n: number;
    fake: Float32Array;
    m: number;
    expectRescan?: boolean;
    expectF64?: boolean;
  }[] = [];
  cases.push({ name: 'gaussian', real: gaussian(300 * d, 31), n: 300, fake: gaussian(260 * d, 32, 0.1), m: 260 });
  // Tight clusters far from the origin: neighbour distances are ~1e-6 of the norms, far inside the float32 Gram
  // error bound, so radii need rescans and cross tiles need float64 Gram tiles.
  const clustered = (rows: number, seed: number) => {
    const u = uniform(seed),
      centres = gaussian(12 * d, 99, 0, 1);
    const out = new Float32Array(rows * d);
    for (let r = 0; r < rows; r++) {
      const c = Math.floor(u() * 12);
      for (let q = 0; q < d; q++) out[r * d + q] = 300 + centres[c * d + q] + 0.01 * (u() - 0.5);
    }
    return out;
  };
  cases.push({
    name: 'clustered',
    real: clustered(220, 41),
    n: 220,
    fake: clustered(200, 42),
    m: 200,
    expectRescan: true,
    expectF64: true,
  });
  // Exact duplicates: radii of 0 (more than k copies) and ties between equal distances.
  const dup = (rows: number, distinct: number, seed: number) => {
    const base = gaussian(distinct * d, seed);
    const out = new Float32Array(rows * d);
    for (let r = 0; r < rows; r++) out.set(base.subarray((r % distinct) * d, ((r % distinct) + 1) * d), r * d);
    return out;
  };
  cases.push({ name: 'duplicates', real: dup(120, 25, 51), n: 120, fake: dup(90, 30, 51), m: 90 });
  for (const c of cases) {
    for (const k of [3, 5]) {
      const want = bruteForcePrdc(c.real, c.n, c.fake, c.m, d, k);
      for (const tile of [64, 1024]) {
        const got = await prdc(c.real, c.n, c.fake, c.m, d, k, { tile });
        assert.deepEqual(pick(got), want, `${c.name} k=${k} tile=${tile}`);
        if (c.expectRescan) assert.ok(got.stats.rescannedRows > 0, `${c.name}: rescans exercised`);
        if (c.expectF64) assert.ok(got.stats.float64Tiles > 0, `${c.name}: float64 tiles exercised`);
      }
    }
    // k = 3 and 5 from one pass (rescans and float64 tiles shared by both)
    for (const tile of [64, 1024]) {
      const both = await prdcForEachK(c.real, c.n, c.fake, c.m, d, [3, 5], { tile });
      for (const [q, k] of [3, 5].entries())
        assert.deepEqual(
          pick(both[q]),
          bruteForcePrdc(c.real, c.n, c.fake, c.m, d, k),
          `${c.name} k=${k} of [3, 5] tile=${tile}`,
        );
    }
  }
});

test('PRDC: argument checks', async () => {
  const x = gaussian(10 * 4, 1);
  await assert.rejects(prdc(x, 10, x, 10, 4, 10), /more than k/);
  await assert.rejects(prdc(x, 10, x, 9, 4, 3), /sizes/);
  await assert.rejects(prdc(x, 10, x, 10, 4, 0), /positive integer/);
  await assert.rejects(prdcForEachK(x, 10, x, 10, 4, [3, 10]), /more than k = 10/);
});
