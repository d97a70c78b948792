// Fréchet distance from statistics (src/metrics/frechet.ts) and the eigenvalue pipeline under it (src/math/):
//   1. the two-stage eigenvalue route against analytic spectra (Q diag(λ) Qᵀ, Q from a Householder QR of a seeded
//      random matrix), the band → tridiagonal chase and the root-free QL against the existing one-stage code,
//      the Cholesky factorizations;
//   2. FID against pytorch-fid 0.3 numbers of the reference pack (fixtures/reference/synthetic, copied from
//      shared/reference/synthetic; the d = 2048 features are regenerated and checked by sha256), and a d = 2048
//      full-rank case against the slow eigh route computed by fixtures/scripts/make_frechet_reference.py.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { hashFeatureRows, hashNormals, sha256F32 } from '../../fixtures/scripts/hash-normal.js';
import { frechetDistanceFromFeatures } from '../../src/metrics/fid.js';
import { frechetDistance } from '../../src/metrics/frechet.js';
import { bandFromDense, denseToBand, hasPanelKernels, newBandMatrix } from '../../src/math/band-reduction.js';
import { bandToTridiagonal } from '../../src/math/bulge-chase.js';
import { bandToTridiagonalParallel } from '../../src/math/chase-worker.js';
import { choleskyLower, pivotedCholesky } from '../../src/math/cholesky.js';
import { matmulABt } from '../../src/math/gram.js';
import { symmetricEigenvaluesTwoStage } from '../../src/math/symmetric-eigen.js';
import {
  symmetricEigenvalues,
  tridiagonalEigenvalues,
  tridiagonalEigenvaluesRootFree,
} from '../../src/math/tridiagonal.js';
import { gaussianStats } from '../../src/metrics/stats.js';
import { InputError } from '../../src/util/errors.js';
import { parseNpy } from '../../src/util/npy.js';
import { REF, uniform } from '../helpers/helpers.js';

const SYN = path.join(REF, 'synthetic');
const cases = JSON.parse(readFileSync(path.join(SYN, 'cases.json'), 'utf8'));
const f01 = JSON.parse(readFileSync(path.join(SYN, 'frechet_d2048.json'), 'utf8')).cases[0];

/** Row-major orthogonal Q from the Householder QR of a seeded uniform random n × n matrix (column-major work). */
function randomOrthogonal(n: number, seed: number): Float64Array {
  const r = uniform(seed),
    g = new Float64Array(n * n).map(() => 2 * r() - 1),
    taus = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    const o = j * n;
    let sig = 0;
    for (let i = j + 1; i < n; i++) sig += g[o + i] * g[o + i];
    const x0 = g[o + j];
    if (sig === 0) continue;
    const nrm = Math.sqrt(x0 * x0 + sig),
      beta = x0 >= 0 ? -nrm : nrm,
      tau = (beta - x0) / beta,
      sc = 1 / (x0 - beta);
    for (let i = j + 1; i < n; i++) g[o + i] *= sc;
    g[o + j] = beta;
    taus[j] = tau;
    for (let c = j + 1; c < n; c++) {
      const o2 = c * n;
      let s = g[o2 + j];
      for (let i = j + 1; i < n; i++) s += g[o + i] * g[o2 + i];
      s *= tau;
      g[o2 + j] -= s;
      for (let i = j + 1; i < n; i++) g[o2 + i] -= s * g[o + i];
    }
  }
  const q = new Float64Array(n * n); // column-major, Q = H₀ H₁ ⋯ applied to I from the right end
  for (let i = 0; i < n; i++) q[i * n + i] = 1;
  for (let j = n - 1; j >= 0; j--) {
    const o = j * n,
      tau = taus[j];
    if (!tau) continue;
    for (let c = j; c < n; c++) {
      const o2 = c * n;
      let s = q[o2 + j];
      for (let i = j + 1; i < n; i++) s += g[o + i] * q[o2 + i];
      s *= tau;
      q[o2 + j] -= s;
      for (let i = j + 1; i < n; i++) q[o2 + i] -= s * g[o + i];
    }
  }
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = q[j * n + i];
  return out;
}

/** Q diag(λ) Qᵀ, symmetrized. */
async function withSpectrum(lambda: Float64Array, seed: number): Promise<Float64Array> {
  const n = lambda.length,
    q = randomOrthogonal(n, seed),
    b = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) b[i * n + j] = q[i * n + j] * lambda[j];
  const a = await matmulABt(b, q, n, n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < i; j++) {
      const v = 0.5 * (a[i * n + j] + a[j * n + i]);
      a[i * n + j] = v;
      a[j * n + i] = v;
    }
  return a;
}

const sorted = (a: ArrayLike<number>) => Float64Array.from(a).sort();
function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.equal(a.length, b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
const maxAbs = (a: ArrayLike<number>) => Array.from(a).reduce((m, x) => Math.max(m, Math.abs(x)), 0);

function npyF32(file: string): Float32Array {
  const a = parseNpy(readFileSync(path.join(SYN, path.basename(file))), file);
  return a.data as Float32Array;
}

async function statsOf(x: Float32Array, y: Float32Array, d: number) {
  return [await gaussianStats(x, d), await gaussianStats(y, d)] as const;
}

describe('two-stage symmetric eigenvalues', () => {
  // spectra with both signs, a cluster, a repeated value and a spread of magnitudes
  const spectrum = (n: number) =>
    Float64Array.from({ length: n }, (_, i) =>
      i % 11 === 3 ? 0.75 : Math.cos(1.7 * i) * (1 + (i % 3)) * (i % 5 === 0 ? 1e-3 : 1),
    );
  for (const [n, b, groupColumns] of [
    [7, 3, 6],
    [7, 12, 256],
    [64, 12, 24],
    [64, 16, 256],
    [300, 7, 256],
    [300, 12, 48],
    [1000, 12, 256],
    [1000, 16, 64],
  ] as const) {
    it(`n = ${n}, bandwidth ${b}, groups of ${groupColumns} columns: sorted eigenvalues of Q diag(λ) Qᵀ within 1e-10·‖λ‖∞`, async () => {
      const lambda = spectrum(n);
      const a = await withSpectrum(lambda, 1000 + n);
      const before = a.slice();
      const ev = await symmetricEigenvaluesTwoStage(a, n, { bandwidth: b, groupColumns });
      assert.deepEqual(a, before, 'input not modified');
      const err = maxAbsDiff(sorted(ev), sorted(lambda));
      assert.ok(err <= 1e-10 * maxAbs(lambda), `max |Δλ| = ${err}`);
    });
  }

  it('the band from stage 1 has the spectrum of the dense matrix (n not a multiple of b, last group partial)', async () => {
    const n = 203,
      b = 9;
    const lambda = spectrum(n);
    const a = await withSpectrum(lambda, 7);
    const band = await denseToBand(a, n, b, { groupColumns: 45 });
    const dense = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let k = Math.max(0, i - band.w + 1); k <= i; k++) {
        const v = band.ab[(band.w - 1) * (i + 1) + k];
        if (i - k > b) assert.ok(Math.abs(v) <= 1e-14, `entry (${i},${k}) outside the band: ${v}`);
        else {
          dense[i * n + k] = v;
          dense[k * n + i] = v;
        }
      }
    assert.ok(maxAbsDiff(sorted(symmetricEigenvalues(dense, n)), sorted(lambda)) <= 1e-11 * maxAbs(lambda));
  });

  it('stage 1: the generated panel kernels give bitwise the band of the loops (b = 2–24, partial last panels)', async () => {
    for (const [n, b, groupColumns] of [
      [203, 9, 45],
      [300, 12, 48],
      [130, 24, 48],
      [50, 2, 8],
      [14, 12, 256],
    ] as const) {
      const a = await withSpectrum(spectrum(n), n + b);
      assert.ok(hasPanelKernels(b), `kernels generated for b = ${b}`);
      const loops = await denseToBand(a, n, b, { groupColumns, unrollMax: 0 }),
        kernels = await denseToBand(a, n, b, { groupColumns });
      assert.deepEqual(kernels.ab, loops.ab, `n=${n} b=${b}`);
      assert.ok(loops.ab[(loops.w - 1) * 2] !== 0, 'a band with a non-zero sub-diagonal');
    }
  });

  it('band → tridiagonal chase agrees with the one-stage reduction for bandwidths 1–20 (unrolled kernels up to 16)', () => {
    const r = uniform(42);
    for (const [n, b] of [
      [1, 1],
      [2, 1],
      [5, 4],
      [17, 3],
      [40, 8],
      [61, 12],
      [90, 16],
      [77, 20],
      [33, 32],
    ] as const) {
      const a = new Float64Array(n * n);
      for (let i = 0; i < n; i++)
        for (let k = Math.max(0, i - b); k <= i; k++) {
          const v = 2 * r() - 1;
          a[i * n + k] = v;
          a[k * n + i] = v;
        }
      const band = bandFromDense(a, n, b);
      const { d, e } = bandToTridiagonal(band);
      const err = maxAbsDiff(sorted(tridiagonalEigenvaluesRootFree(d, e)), sorted(symmetricEigenvalues(a, n)));
      assert.ok(err <= 1e-13 * Math.max(1, n), `n=${n} b=${b}: ${err}`);
    }
  });

  it('stage 2 on two threads (worker + this one) is bitwise the same as on one; so is the whole two-stage route', async () => {
    const r = uniform(77);
    for (const [n, b] of [
      [700, 12],
      [517, 7],
      [400, 24],
      [450, 30],
    ] as const) {
      const seq = newBandMatrix(n, b),
        par = newBandMatrix(n, b, true);
      for (let i = 0; i < n; i++)
        for (let k = Math.max(0, i - b); k <= i; k++) seq.ab[(seq.w - 1) * (i + 1) + k] = 2 * r() - 1;
      par.ab.set(seq.ab);
      const a = bandToTridiagonal(seq),
        c = await bandToTridiagonalParallel(par);
      assert.deepEqual(c.d, a.d, `n=${n} b=${b}: d`);
      assert.deepEqual(c.e, a.e, `n=${n} b=${b}: e`);
    }
    const n = 600,
      a = await withSpectrum(spectrum(n), 5);
    const one = await symmetricEigenvaluesTwoStage(a, n, { workerMinSize: Infinity }),
      two = await symmetricEigenvaluesTwoStage(a, n, { workerMinSize: 0 });
    assert.deepEqual(two, one);
  });

  it('root-free QL agrees with the existing QL (random, graded, split and zero tridiagonals)', () => {
    const r = uniform(3);
    const kinds: [string, (i: number) => number, (i: number) => number][] = [
      ['random', () => r() + 1, () => r() - 0.5],
      ['graded', (i) => i * 1e-3, () => 1e-8 * (r() - 0.5)],
      ['split', () => r(), (i) => (i % 7 === 0 ? 0 : r() - 0.5)],
      ['zero diagonal', () => 0, (i) => (i % 2 ? 1 : 0)],
      ['constant', () => 2, () => 1],
    ];
    for (const n of [1, 2, 3, 10, 257])
      for (const [name, dv, ev] of kinds) {
        const d0 = Float64Array.from({ length: n }, (_, i) => dv(i)),
          e0 = Float64Array.from({ length: n }, (_, i) => (i < n - 1 ? ev(i) : 0));
        const ours = sorted(tridiagonalEigenvaluesRootFree(d0.slice(), e0.slice()));
        const ref = sorted(tridiagonalEigenvalues(d0.slice(), e0.slice()));
        assert.ok(maxAbsDiff(ours, ref) <= 1e-13 * Math.max(1, maxAbs(ref)), `${name} n=${n}`);
      }
  });

  it('Cholesky (blocked, n not a multiple of the block) reproduces A; not positive definite → undefined', async () => {
    const n = 150,
      r = uniform(9);
    const x = new Float64Array(n * n).map(() => r() - 0.5);
    const a = await matmulABt(x, x, n, n, n);
    for (let i = 0; i < n; i++) a[i * n + i] += 1;
    const l = await choleskyLower(a, n, { blockSize: 64 });
    assert.ok(l);
    const llt = await matmulABt(l, l, n, n, n);
    assert.ok(maxAbsDiff(llt, a) <= 1e-12 * maxAbs(a));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) assert.equal(l[i * n + j], 0);
    const b = a.slice();
    b[77 * n + 77] = -1;
    assert.equal(await choleskyLower(b, n, { blockSize: 64 }), undefined);
  });

  it('pivoted Cholesky finds the rank of a PSD matrix and reproduces it', async () => {
    const n = 120,
      rank = 37,
      r = uniform(11);
    const x = new Float64Array(n * rank).map(() => r() - 0.5);
    const xt = new Float64Array(n * rank); // A = X Xᵀ
    xt.set(x);
    const a = await matmulABt(x, xt, n, rank, n);
    for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a[j * n + i] = a[i * n + j];
    let maxDiag = 0;
    for (let i = 0; i < n; i++) maxDiag = Math.max(maxDiag, a[i * n + i]);
    const { f, rank: got } = await pivotedCholesky(a, n, n * Number.EPSILON * maxDiag, { blockSize: 16 });
    assert.equal(got, rank);
    const fft = await matmulABt(f, f, n, got, n);
    assert.ok(maxAbsDiff(fft, a) <= 1e-12 * maxAbs(a));
  });
});

describe('Fréchet distance: pytorch-fid parameter cases', () => {
  for (const p of cases.parameter_cases) {
    it(p.id, async () => {
      const d = p.mu1.length;
      const res = await frechetDistance(
        Float64Array.from(p.mu1),
        Float64Array.from(p.sigma1.flat()),
        Float64Array.from(p.mu2),
        Float64Array.from(p.sigma2.flat()),
        d,
      );
      if (p.id === 'p06_d3_eps_fallback') {
        // pytorch-fid adds 1e-6·I after scipy's sqrtm fails; the Gaussians as given have FID 1 + 4 + 2 − 2√2
        assert.ok(Math.abs(res.fid - (7 - 2 * Math.SQRT2)) <= 1e-12, `${res.fid}`);
        assert.ok(Math.abs(res.fid - p.fid_pytorch_fid) < 2e-5, `${res.fid} vs pytorch-fid ${p.fid_pytorch_fid}`);
        assert.equal(res.route, 'pivoted-cholesky(sigma1, rank 1)');
      } else {
        assert.ok(
          Math.abs(res.fid - p.fid_pytorch_fid) <= 1e-12 * Math.max(1, Math.abs(p.fid_pytorch_fid)),
          `${res.fid} vs ${p.fid_pytorch_fid}`,
        );
      }
      if (p.id === 'p04_d3_singular') assert.equal(res.route, 'cholesky(sigma2)');
      if (p.id === 'p05_d2_both_zero') assert.equal(res.traceSqrtProduct, 0);
      assert.ok(Number.isFinite(res.seconds));
    });
  }
});

describe('Fréchet distance: pytorch-fid sample cases (d = 64, stored features)', () => {
  for (const c of cases.cases.filter((c: { d: number; x?: string }) => c.d === 64 && c.x)) {
    it(c.id, async () => {
      const x = npyF32(c.x),
        y = npyF32(c.y);
      assert.equal(sha256F32(x), c.sha256_x_f32le);
      assert.equal(sha256F32(y), c.sha256_y_f32le);
      const [sx, sy] = await statsOf(x, y, c.d);
      const res = await frechetDistance(sx.mu, sx.sigma, sy.mu, sy.sigma, c.d);
      const parts = c.parts;
      if (c.n1 > c.d && c.n2 > c.d) {
        // full rank: the same number as pytorch-fid up to rounding
        assert.equal(res.route, 'cholesky(sigma1)');
        const tol = 1e-10 * Math.max(1, Math.abs(c.fid_pytorch_fid));
        assert.ok(Math.abs(res.fid - c.fid_pytorch_fid) <= tol, `${res.fid} vs ${c.fid_pytorch_fid}`);
        assert.ok(
          Math.abs(res.traceSqrtProduct - parts.trace_sqrt_product_eigh) <= 1e-11 * parts.trace_sqrt_product_eigh,
        );
      } else {
        // N ≤ d: singular covariances, algorithm noise ~1e-4 (README); compare with the eigh route
        assert.match(res.route, /^pivoted-cholesky\(sigma1, rank \d+\)$/);
        assert.ok(
          Math.abs(res.fid - parts.fid_from_eigh_route) <= Math.max(1e-3, 1e-4 * Math.abs(parts.fid_from_eigh_route)),
          `${res.fid} vs ${parts.fid_from_eigh_route}`,
        );
      }
      assert.ok(Math.abs(res.meanTerm - parts.mean_term) <= 1e-12 * Math.max(1, parts.mean_term));
      assert.ok(Math.abs(res.traceSigma1 - parts.trace_sigma1) <= 1e-12 * parts.trace_sigma1);
      assert.ok(Math.abs(res.traceSigma2 - parts.trace_sigma2) <= 1e-12 * Math.max(1, parts.trace_sigma2));
    });
  }
});

describe('Fréchet distance: d = 2048', () => {
  const d = 2048;
  const regenerate = (id: string, seedX: number, seedY: number, n: number, meanY = 0, scaleY = 1) => {
    const c = cases.cases.find((x: { id: string }) => x.id === id);
    const x = hashFeatureRows(seedX, d, 0, n),
      y = seedY === seedX ? x : hashFeatureRows(seedY, d, 0, n, meanY, scaleY);
    assert.equal(sha256F32(x), c.sha256_x_f32le, `${id}: regenerated X`);
    assert.equal(sha256F32(y), c.sha256_y_f32le, `${id}: regenerated Y`);
    return { c, x, y };
  };

  it('s09 (N = 2500, full rank, regenerated): pytorch-fid FID and the eigh trace to 1e-10', async () => {
    const { c, x, y } = regenerate('s09_d2048_N2500_fullrank', 301, 302, 2500, 0.05, 1.1);
    const [sx, sy] = await statsOf(x, y, d);
    const res = await frechetDistance(sx.mu, sx.sigma, sy.mu, sy.sigma, d);
    assert.equal(res.route, 'cholesky(sigma1)');
    assert.equal(res.clampedEigenvalues, 0);
    assert.ok(Math.abs(res.fid - c.fid_pytorch_fid) <= 1e-10 * c.fid_pytorch_fid, `${res.fid} vs ${c.fid_pytorch_fid}`);
    assert.ok(
      Math.abs(res.traceSqrtProduct - c.parts.trace_sqrt_product_eigh) <= 1e-10 * c.parts.trace_sqrt_product_eigh,
    );
  });

  it('f01 (N = 3000, correlated Σ₂, regenerated): the slow eigh route of make_frechet_reference.py to 1e-8', async () => {
    const n = 3000;
    const x = hashFeatureRows(501, d, 0, n);
    // Y[r, c] = float32(0.1 + (z[r, c] + 0.5 z[r, (c+1) mod d])), exact in float64 before the one rounding
    const zz = hashNormals(502, 0, n * d),
      y = new Float32Array(n * d);
    for (let r = 0; r < n; r++)
      for (let c = 0; c < d; c++) y[r * d + c] = 0.1 + (zz[r * d + c] + 0.5 * zz[r * d + ((c + 1) % d)]);
    assert.equal(sha256F32(x), f01.sha256_x_f32le);
    assert.equal(sha256F32(y), f01.sha256_y_f32le);
    const [sx, sy] = await statsOf(x, y, d);
    const res = await frechetDistance(sx.mu, sx.sigma, sy.mu, sy.sigma, d);
    assert.equal(res.route, 'cholesky(sigma1)');
    assert.ok(
      Math.abs(res.traceSqrtProduct - f01.trace_sqrt_product_eigh) <= 1e-8 * f01.trace_sqrt_product_eigh,
      `${res.traceSqrtProduct} vs ${f01.trace_sqrt_product_eigh}`,
    );
    assert.ok(Math.abs(res.fid - f01.fid_eigh) <= 1e-8 * f01.fid_eigh, `${res.fid} vs ${f01.fid_eigh}`);
  });

  it('s07/s08 (N = 300 < d, regenerated): pivoted route, within algorithm noise of pytorch-fid and of the exact sample-space route', async () => {
    const { c, x, y } = regenerate('s07_d2048_N300_singular', 201, 202, 300, 0.1);
    const [sx, sy] = await statsOf(x, y, d);
    const res = await frechetDistance(sx.mu, sx.sigma, sy.mu, sy.sigma, d);
    assert.equal(res.route, 'pivoted-cholesky(sigma1, rank 299)');
    assert.ok(
      Math.abs(res.fid - c.parts.fid_from_eigh_route) <= 1e-3,
      `${res.fid} vs eigh ${c.parts.fid_from_eigh_route}`,
    );
    assert.ok(Math.abs(res.fid - c.fid_pytorch_fid) <= 1e-3, `${res.fid} vs pytorch-fid ${c.fid_pytorch_fid}`);
    const exact = await frechetDistanceFromFeatures(x, 300, y, 300, d);
    // the pivoted route drops only rounding noise: it matches the exact N < d route far below the algorithm noise
    assert.ok(Math.abs(res.fid - exact.fid) <= 1e-5, `${res.fid} vs sample-space ${exact.fid}`);
    // the same set twice: exactly 0 up to rounding (pytorch-fid: −0.000176)
    const same = await frechetDistance(sx.mu, sx.sigma, sx.mu, sx.sigma, d);
    assert.ok(Math.abs(same.fid) <= 1e-6, `${same.fid}`);
  });
});

describe('Fréchet distance: inputs', () => {
  it('refuses wrong sizes and non-finite values', async () => {
    const mu = new Float64Array(2),
      s = Float64Array.from([1, 0, 0, 1]);
    await assert.rejects(frechetDistance(mu, s, mu, s.subarray(0, 3), 2), InputError);
    await assert.rejects(frechetDistance(mu, s, Float64Array.from([0, NaN]), s, 2), InputError);
    await assert.rejects(frechetDistance(mu, s, mu, s, 0), InputError);
  });
});

describe('runGraph with preallocated outputs', () => {
  it('fills the given array with what a fresh output holds, and refuses an output that overlaps an input', async () => {
    const { graphSession, gemm, f64, runGraph } = await import('../../src/math/ort-linalg.js');
    const session = graphSession('test-prealloc-gemm', () => ({
      nodes: [gemm('A', 'B', undefined, 'C', {})],
      inputs: [f64('A', ['m', 'k']), f64('B', ['k', 'n'])],
      outputs: [f64('C', ['m', 'n'])],
    }));
    const a = Float64Array.of(1, 2, 3, 4, 5, 6), // 2 × 3
      b = Float64Array.of(1, 0, 0, 1, 2, -1); // 3 × 2
    const fresh = (await runGraph(session, { A: [a, [2, 3]], B: [b, [3, 2]] })).C;
    assert.deepEqual([...fresh], [7, -1, 16, -1]); // [1 2 3; 4 5 6] · [1 0; 0 1; 2 −1]
    const store = new Float64Array(8).fill(Number.NaN);
    const c = (await runGraph(session, { A: [a, [2, 3]], B: [b, [3, 2]] }, { C: [store.subarray(2, 6), [2, 2]] })).C;
    assert.deepEqual([...store], [Number.NaN, Number.NaN, 7, -1, 16, -1, Number.NaN, Number.NaN]);
    assert.equal(c.buffer, store.buffer);
    const shared = Float64Array.of(1, 2, 3, 4, 5, 6, 0, 0);
    await assert.rejects(
      runGraph(session, { A: [shared.subarray(0, 6), [2, 3]], B: [b, [3, 2]] }, { C: [shared.subarray(4, 8), [2, 2]] }),
      /output C overlaps input A/,
    );
  });
});
