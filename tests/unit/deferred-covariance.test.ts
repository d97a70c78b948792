// A generated statistics file's sigma is not factored on reading when FID runs: the Fréchet distance's product
// M = Lᵀ Σ₂ L certifies it (Sylvester's law of inertia), and whatever it leaves open is settled with the reader's
// error (src/math/covariance-check.ts, src/metrics/fid-stats.ts, src/compare.ts).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  covarianceDefect,
  isKnownValidCovariance,
  isSemidefinitePending,
  settleCovariance,
  validationFactor,
} from '../../src/math/covariance-check.js';
import { runCompare } from '../../src/compare.js';
import { frechetDistanceFromStats } from '../../src/metrics/fid-stats.js';
import { frechetDistance } from '../../src/metrics/frechet.js';
import { readStatsNpz } from '../../src/metrics/stats-file.js';
import { InputError } from '../../src/util/errors.js';
import { formatNpz } from '../../src/util/npy.js';
import { uniform } from '../helpers/helpers.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-deferred-covariance-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** Sample covariance (float64, d × d) and mean of n points of d uniform coordinates, the i-th scaled by 1 + i/d. */
function sampleStats(n: number, d: number, seed: number): { mu: Float64Array; sigma: Float64Array } {
  const r = uniform(seed),
    x = new Float64Array(n * d),
    mu = new Float64Array(d);
  for (let k = 0; k < n; k++) for (let i = 0; i < d; i++) mu[i] += (x[k * d + i] = (r() - 0.5) * (1 + i / d)) / n;
  const sigma = new Float64Array(d * d);
  for (let k = 0; k < n; k++)
    for (let i = 0; i < d; i++)
      for (let j = 0; j < d; j++) sigma[i * d + j] += ((x[k * d + i] - mu[i]) * (x[k * d + j] - mu[j])) / (n - 1);
  return { mu, sigma };
}

let serial = 0;
function statsFile(s: { mu: Float64Array; sigma: Float64Array }): string {
  const d = s.mu.length,
    file = path.join(tmp, `s${serial++}.npz`);
  writeFileSync(file, formatNpz({ mu: { data: s.mu, shape: [d] }, sigma: { data: s.sigma, shape: [d, d] } }));
  return file;
}

// eigenvalues 3, −1, 1: indefinite, with a positive diagonal (so only the factorization finds it out)
const INDEFINITE = [1, 2, 0, 2, 1, 0, 0, 0, 1];
const INDEFINITE_MESSAGE = /'sigma' is not positive semidefinite: its smallest eigenvalue is -1\.000/;

test('deferred covariance: the test is left pending, and settling it throws the reader’s error', async () => {
  const sigma = new Float64Array(INDEFINITE);
  const error = (defect: string) => new InputError(`x.npz: 'sigma' ${defect}`, 'x.npz');
  assert.equal(await covarianceDefect(sigma, 3, { deferred: error }), undefined);
  assert.ok(isSemidefinitePending(sigma));
  assert.ok(isKnownValidCovariance(sigma)); // finite and symmetric: checked
  await assert.rejects(
    settleCovariance(sigma),
    (e: unknown) => e instanceof InputError && INDEFINITE_MESSAGE.test(e.message),
  );
  assert.ok(!isSemidefinitePending(sigma));
  // a symmetry defect is never deferred
  const asym = new Float64Array([2, 1, 0, 1.5, 2, 0, 0, 0, 1]);
  assert.match((await covarianceDefect(asym, 3, { deferred: error })) ?? '', /^is not symmetric/);
  assert.ok(!isSemidefinitePending(asym));
  // nor is a matrix with a zero variance (the Fréchet distance's first route would not certify it)
  const singular = new Float64Array([1, 0, 0, 0, 0, 0, 0, 0, 1]);
  assert.equal(await covarianceDefect(singular, 3, { deferred: error }), undefined);
  assert.ok(!isSemidefinitePending(singular));
});

test('deferred covariance: the Fréchet distance certifies a positive definite sigma2 without factoring it', async () => {
  const d = 40;
  const a = sampleStats(300, d, 1),
    b = sampleStats(300, d, 2);
  const bFile = statsFile(b);
  const deferred = await readStatsNpz(bFile, { deferSemidefinite: true });
  assert.ok(isSemidefinitePending(deferred.sigma));
  const real = { ...a, dim: d, count: 300 };
  const r = await frechetDistanceFromStats(real, { ...deferred, count: 0 }, d);
  assert.equal(r.route, 'cholesky(sigma1)');
  assert.equal(r.clampedEigenvalues, 0);
  assert.ok(!isSemidefinitePending(deferred.sigma));
  assert.ok(isKnownValidCovariance(deferred.sigma));
  assert.equal(validationFactor(deferred.sigma), undefined, 'certified by the product, never factored');
  // the same number as with sigma2 fully tested on reading
  const eager = await readStatsNpz(bFile);
  assert.ok(validationFactor(eager.sigma));
  assert.equal(r.fid, (await frechetDistanceFromStats(real, { ...eager, count: 0 }, d)).fid);
});

test('deferred covariance: what the product leaves open is tested in full (valid and invalid)', async () => {
  const d = 40;
  const a = sampleStats(300, d, 3);
  const real = { ...a, dim: d, count: 300 };
  // N = 10 < d: a valid singular sigma2; M has d − 9 zero eigenvalues, some computed below 0
  const low = sampleStats(10, d, 4);
  const lowFile = statsFile(low);
  const s = await readStatsNpz(lowFile, { deferSemidefinite: true });
  assert.ok(isSemidefinitePending(s.sigma)); // positive diagonal: deferred
  const direct = await frechetDistance(a.mu, a.sigma, s.mu, s.sigma, d);
  assert.ok(direct.clampedEigenvalues > 0, 'rounding leaves some zero eigenvalues of M below 0');
  assert.ok(isSemidefinitePending(s.sigma), 'not certified by a product with negative eigenvalues');
  const r = await frechetDistanceFromStats(real, { ...s, count: 0 }, d);
  assert.ok(!isSemidefinitePending(s.sigma));
  assert.equal(r.fid, direct.fid);
  // an indefinite sigma2: the file-named error of the reader, not a number or the distance's own error
  const bad = new Float64Array(d * d);
  for (let i = 0; i < d; i++) bad[i * d + i] = 1;
  bad[1] = bad[d] = 2; // the leading 2 × 2 block [1 2; 2 1] has eigenvalue −1
  const badFile = statsFile({ mu: new Float64Array(d), sigma: bad });
  const t = await readStatsNpz(badFile, { deferSemidefinite: true });
  await assert.rejects(
    frechetDistanceFromStats(real, { ...t, count: 0 }, d),
    (e: unknown) =>
      e instanceof InputError && e.message.startsWith(`${badFile}: `) && INDEFINITE_MESSAGE.test(e.message),
  );
});

/**
 * Σ₁ = L Lᵀ with L unit lower triangular and −1 below the diagonal: positive definite (it passes its own test) but
 * with a condition number near 1e24, so M = Lᵀ Σ₂ L scales Σ₂'s negative eigenvalue below M's rounding, where its sign
 * is left to chance. Σ₂ = scale · (I − 1.3 w wᵀ) (eigenvalue −0.3 · scale) with w along Σ₁'s near-null direction.
 */
function hiddenIndefinitePair(n: number, scale: number): { s1: Float64Array; s2: Float64Array } {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) l[i * n + j] = i === j ? 1 : -1;
  const s1 = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let k = 0; k <= Math.min(i, j); k++) s += l[i * n + k] * l[j * n + k];
      s1[i * n + j] = s;
    }
  // w by inverse iteration: solve L Lᵀ z = w a few times
  let w = new Float64Array(n).fill(1);
  for (let it = 0; it < 20; it++) {
    const y = new Float64Array(n),
      z = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = w[i];
      for (let j = 0; j < i; j++) s -= l[i * n + j] * y[j];
      y[i] = s;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = y[i];
      for (let j = i + 1; j < n; j++) s -= l[j * n + i] * z[j];
      z[i] = s;
    }
    const norm = Math.hypot(...z);
    w = z.map((v) => v / norm);
  }
  const s2 = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j <= i; j++) s2[i * n + j] = s2[j * n + i] = scale * ((i === j ? 1 : 0) - 1.3 * w[i] * w[j]);
  return { s1, s2 };
}

/** compare refuses `generated` with exactly the message of an eager read, which must match `pattern`. */
async function refusedAsEagerly(real: string, generated: string, pattern: RegExp): Promise<void> {
  let eager = '';
  await readStatsNpz(generated).catch((e: Error) => (eager = e.message));
  assert.match(eager, pattern);
  await assert.rejects(
    runCompare({ real, generated, metrics: ['fid'], bootstrap: 0, progress: false }),
    (e: unknown) => e instanceof InputError && e.message === eager,
  );
}

test('deferred covariance: an indefinite sigma2 hidden by an ill-conditioned sigma1 is still refused', async () => {
  const n = 40;
  for (const scale of [1, 2 ** -540]) {
    // 2⁻⁵⁴⁰: the squares in the error bound's norms underflow, so no certificate is given there
    const { s1, s2 } = hiddenIndefinitePair(n, scale);
    const probe = await readStatsNpz(statsFile({ mu: new Float64Array(n), sigma: s2 }), { deferSemidefinite: true });
    const r = await frechetDistance(new Float64Array(n), s1, probe.mu, probe.sigma, n);
    assert.equal(r.route, 'cholesky(sigma1)');
    assert.ok(isSemidefinitePending(probe.sigma), `scale ${scale}: not certified (${r.clampedEigenvalues} clamped)`);
    await refusedAsEagerly(
      statsFile({ mu: new Float64Array(n), sigma: s1 }),
      statsFile({ mu: new Float64Array(n), sigma: s2 }),
      /'sigma' is not positive semidefinite: its smallest eigenvalue is -/,
    );
  }
});

test('deferred covariance: the test reads the lower triangle; a product reading the upper one certifies nothing else', async () => {
  // within the symmetry tolerance (1e-6 × max |σ| = 1e-6) the two triangles of Σ₂ differ by 0.999e-6 below the
  // diagonal: one symmetric reading has the eigenvalue 1e-5 · 0.01 > 0 along the ones of the lower-right block, the
  // other ≈ −6e-4, beyond −1e-6 × trace ≈ −7e-6. n = 600 takes the blocked congruence, which reads Σ₂'s rows as columns.
  const n = 600,
    a = 0.01,
    delta = 0.999e-6;
  const upper = new Float64Array(n * n);
  upper[0] = 1;
  for (let i = 1; i < n; i++)
    for (let j = 1; j < n; j++) upper[i * n + j] = (i === j ? a : 0) - (a * (1 - 1e-3)) / (n - 1);
  const lowerIndefinite = upper.slice(),
    upperIndefinite = upper.slice();
  for (let i = 1; i < n; i++)
    for (let j = 1; j < i; j++) {
      lowerIndefinite[i * n + j] -= delta;
      upperIndefinite[j * n + i] -= delta;
    }
  const identity = new Float64Array(n * n);
  for (let i = 0; i < n; i++) identity[i * n + i] = 1;
  const real = statsFile({ mu: new Float64Array(n), sigma: identity });
  await refusedAsEagerly(
    real,
    statsFile({ mu: new Float64Array(n), sigma: lowerIndefinite }),
    /not positive semidefinite/,
  );
  // the other way round the file is valid (its lower triangle is), and compare accepts it
  const ok = statsFile({ mu: new Float64Array(n), sigma: upperIndefinite });
  assert.equal((await readStatsNpz(ok)).dim, n);
  const { report } = await runCompare({ real, generated: ok, metrics: ['fid'], bootstrap: 0, progress: false });
  assert.ok(Number.isFinite(report.metrics.fid?.value ?? Number.NaN));
});

test('deferred covariance: callers settling at once share one test and all see its error', async () => {
  const sigma = new Float64Array(INDEFINITE);
  const error = (defect: string) => new InputError(`x.npz: 'sigma' ${defect}`, 'x.npz');
  await covarianceDefect(sigma, 3, { deferred: error });
  const results = await Promise.allSettled([
    settleCovariance(sigma),
    settleCovariance(sigma),
    covarianceDefect(sigma, 3),
  ]);
  assert.equal(results[0].status, 'rejected');
  assert.equal(results[1].status, 'rejected');
  assert.ok(results[2].status === 'fulfilled' && INDEFINITE_MESSAGE.test(`'sigma' ${results[2].value}`));
});

test('deferred covariance: errors found after sigma do not hide an invalid sigma', async () => {
  const d = 3;
  const mu = { data: new Float64Array(d), shape: [d] };
  const sigma = { data: new Float64Array(INDEFINITE), shape: [d, d] };
  // a later member is bad too: the sigma error comes first, as when sigma is tested on reading
  const file = path.join(tmp, `s${serial++}.npz`);
  writeFileSync(
    file,
    formatNpz({ mu, sigma, features: { data: Float32Array.from([0, 1, Number.NaN, 3, 4, 5]), shape: [2, 3] } }),
  );
  await assert.rejects(
    readStatsNpz(file, { deferSemidefinite: true }),
    (e: unknown) => e instanceof InputError && INDEFINITE_MESSAGE.test(e.message),
  );
  // one image only (compare refuses N < 2) and a real side of another dimension: still the sigma error
  const one = path.join(tmp, `s${serial++}.npz`);
  writeFileSync(one, formatNpz({ mu, sigma, count: { data: new BigInt64Array([1n]), shape: [] } }));
  const real = statsFile({ mu: new Float64Array(d), sigma: new Float64Array([2, 1, 0, 1, 2, 0, 0, 0, 1]) });
  const real4 = statsFile({
    mu: new Float64Array(4),
    sigma: Float64Array.from({ length: 16 }, (_, i) => (i % 5 === 0 ? 1 : 0)),
  });
  const bad = statsFile({ mu: new Float64Array(d), sigma: new Float64Array(INDEFINITE) });
  for (const [r, g] of [
    [real, one],
    [real4, bad],
  ])
    await assert.rejects(
      runCompare({ real: r, generated: g, metrics: ['fid'], bootstrap: 0, progress: false }),
      (e: unknown) =>
        e instanceof InputError && e.message.startsWith(`${g}: 'sigma'`) && INDEFINITE_MESSAGE.test(e.message),
    );
});

test('deferred covariance: compare reports an invalid generated file as reading it eagerly does', async () => {
  const d = 3;
  const features = { data: Float32Array.from([0, 1, 2, 1, 0, 1, 2, 2, 0]), shape: [3, 3] };
  const write = (sigma: number[], withFeatures: boolean) => {
    const file = path.join(tmp, `s${serial++}.npz`);
    const members = {
      mu: { data: new Float64Array(d), shape: [d] },
      sigma: { data: new Float64Array(sigma), shape: [d, d] },
    };
    writeFileSync(file, formatNpz(withFeatures ? { ...members, features } : members));
    return file;
  };
  for (const withFeatures of [false, true]) {
    // with features of N = 3 ≤ d, FID takes the features route and never looks at sigma: compare settles it itself
    const real = write([2, 1, 0, 1, 2, 0, 0, 0, 1], withFeatures),
      bad = write(INDEFINITE, withFeatures);
    let eager = '';
    await readStatsNpz(bad).catch((e: Error) => (eager = e.message));
    assert.match(eager, INDEFINITE_MESSAGE);
    await assert.rejects(
      runCompare({ real, generated: bad, metrics: ['fid'], bootstrap: 0, progress: false }),
      (e: unknown) => e instanceof InputError && e.message === eager,
    );
  }
});
