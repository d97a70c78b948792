// Statistics that are not valid Gaussians are refused with an InputError naming the file (src/metrics/stats-file.ts,
// src/math/covariance-check.ts), never turned into a number; FID is never negative (src/metrics/frechet.ts).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { frechetDistanceFromStats } from '../../src/metrics/fid-stats.js';
import { frechetDistance, nonNegativeFid } from '../../src/metrics/frechet.js';
import { readStatsNpz } from '../../src/metrics/stats-file.js';
import { InputError } from '../../src/util/errors.js';
import { formatNpz, type NpyData } from '../../src/util/npy.js';
import { writeZip } from '../../src/util/zip.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-stats-validation-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

type Members = Record<string, { data: Exclude<NpyData, string[]> | string[]; shape: number[] }>;
let serial = 0;
function npz(members: Members): string {
  const file = path.join(tmp, `s${serial++}.npz`);
  writeFileSync(file, formatNpz(members));
  return file;
}
const mu3 = { data: new Float64Array([0, 1, 2]), shape: [3] };
const sigma = (v: number[]) => ({ data: new Float64Array(v), shape: [3, 3] });
const VALID = [2, 1, 0, 1, 2, 0, 0, 0, 1];

async function refused(members: Members, pattern: RegExp): Promise<void> {
  const file = npz(members);
  await assert.rejects(readStatsNpz(file), (e: unknown) => {
    assert.ok(e instanceof InputError, `not an InputError: ${e}`);
    assert.ok(e.message.startsWith(`${file}: `), e.message);
    assert.match(e.message, pattern);
    return true;
  });
}

test('stats file: pytorch-fid layout (mu, sigma only) reads with count unknown, not 0', async () => {
  const s = await readStatsNpz(npz({ mu: mu3, sigma: sigma(VALID) }));
  assert.equal(s.count, undefined);
  assert.deepEqual([...s.sigma], VALID);
});

test('stats file: a singular covariance and the zero matrix are valid', async () => {
  // rank 1: [1 1 0; 1 1 0; 0 0 0], eigenvalues 2, 0, 0
  assert.equal((await readStatsNpz(npz({ mu: mu3, sigma: sigma([1, 1, 0, 1, 1, 0, 0, 0, 0]) }))).dim, 3);
  assert.equal((await readStatsNpz(npz({ mu: mu3, sigma: sigma(new Array(9).fill(0)) }))).dim, 3);
});

test('stats file: invalid sigma is refused', async () => {
  await refused(
    { mu: mu3, sigma: sigma([2, 1, 0, 1.001, 2, 0, 0, 0, 1]) },
    /'sigma' is not symmetric: \[0, 1\] = 1 but \[1, 0\] = 1\.001/,
  );
  // eigenvalues 3, −1, 1: indefinite
  await refused(
    { mu: mu3, sigma: sigma([1, 2, 0, 2, 1, 0, 0, 0, 1]) },
    /'sigma' is not positive semidefinite: its smallest eigenvalue is -1\.000/,
  );
  await refused({ mu: mu3, sigma: sigma([-2, 0, 0, 0, -1, 0, 0, 0, -1]) }, /'sigma' has a negative trace/);
  await refused(
    { mu: mu3, sigma: sigma([5, 0, 0, 0, -1, 0, 0, 0, 1]) },
    /negative variance on its diagonal \(\[1, 1\] = -1\)/,
  );
  await refused({ mu: mu3, sigma: sigma([0, 1, 0, 1, 0, 0, 0, 0, 0]) }, /zero variances but a non-zero covariance/);
  await refused({ mu: mu3, sigma: sigma([2, 1, 0, 1, NaN, 0, 0, 0, 1]) }, /'sigma' contains NaN or Inf/);
  await refused({ mu: mu3, sigma: { data: new Float64Array(4), shape: [2, 2] } }, /'sigma' must be 3×3 to match 'mu'/);
  await refused(
    { mu: { data: new Float64Array([0, Infinity, 0]), shape: [3] }, sigma: sigma(VALID) },
    /'mu' contains NaN or Inf/,
  );
});

test('stats file: a rounding-size negative eigenvalue (float32-stored covariance) is accepted', async () => {
  // [1 1; 1 1] with the off-diagonal rounded up by 1e-8: eigenvalue −1e-8 ≥ −1e-6 · trace
  const s = await readStatsNpz(
    npz({
      mu: { data: new Float64Array(2), shape: [2] },
      sigma: { data: new Float64Array([1, 1 + 1e-8, 1 + 1e-8, 1]), shape: [2, 2] },
    }),
  );
  assert.equal(s.dim, 2);
});

test('stats file: count must be a non-negative integer ≤ 2^53', async () => {
  const base = { mu: mu3, sigma: sigma(VALID) };
  await refused(
    { ...base, count: { data: new BigInt64Array([-1n]), shape: [] } },
    /'count' must be a non-negative integer of at most 2\^53, is -1/,
  );
  await refused(
    { ...base, count: { data: new BigInt64Array([2n ** 53n + 2n]), shape: [] } },
    /at most 2\^53, is 9007199254740994/,
  );
  await refused({ ...base, count: { data: new Float64Array([1.5]), shape: [] } }, /is 1\.5/);
  await refused({ ...base, count: { data: ['7'], shape: [] } }, /'count' must be one integer/);
  assert.equal((await readStatsNpz(npz({ ...base, count: { data: new BigInt64Array([7n]), shape: [] } }))).count, 7);
});

test('stats file: protocol, files and warning of the wrong type are refused', async () => {
  const base = { mu: mu3, sigma: sigma(VALID) };
  const good = {
    extractor: 'inception',
    weights: 'w',
    weightsSha256: 'h',
    resize: 'legacy-pytorch',
    quantization: 'png-uint8',
    fidGateVersion: '1',
  };
  await refused(
    { ...base, protocol: { data: ['[1, 2]'], shape: [] } },
    /'protocol' must be a JSON object, is an array/,
  );
  await refused({ ...base, protocol: { data: ['null'], shape: [] } }, /'protocol' must be a JSON object, is null/);
  await refused(
    { ...base, protocol: { data: [JSON.stringify({ ...good, resize: 3 })], shape: [] } },
    /'protocol'\.resize must be a string, is 3/,
  );
  await refused(
    { ...base, protocol: { data: [JSON.stringify({ ...good, weights: undefined })], shape: [] } },
    /'protocol'\.weights must be a string, is missing/,
  );
  await refused(
    { ...base, protocol: { data: [JSON.stringify({ ...good, sampling: 'x' })], shape: [] } },
    /'protocol'\.sampling must be an object/,
  );
  await refused(
    { ...base, protocol: { data: new Float64Array([1]), shape: [] } },
    /'protocol' must be one unicode string/,
  );
  await refused({ ...base, files: { data: new Float64Array([1]), shape: [1] } }, /'files' must be a 1-D unicode array/);
  await refused({ ...base, warning: { data: new Int32Array([1]), shape: [] } }, /'warning' must be one unicode string/);
  const s = await readStatsNpz(npz({ ...base, protocol: { data: [JSON.stringify(good)], shape: [] } }));
  assert.deepEqual(s.protocol, good);
});

test('Fréchet distance from statistics: an indefinite sigma is refused naming its source', async () => {
  const mu = new Float64Array(3),
    ok = new Float64Array(VALID),
    bad = new Float64Array([1, 2, 0, 2, 1, 0, 0, 0, 1]);
  await assert.rejects(
    frechetDistanceFromStats(
      { mu, sigma: ok, dim: 3, count: 10 },
      { mu, sigma: bad, dim: 3, count: 10, source: 'b.npz' } as never,
      3,
    ),
    (e: unknown) => e instanceof InputError && /^b\.npz: sigma is not positive semidefinite/.test(e.message),
  );
  await assert.rejects(
    frechetDistanceFromStats({ mu, sigma: bad, dim: 3, count: 10 }, { mu, sigma: ok, dim: 3, count: 10 }, 3),
    (e: unknown) =>
      e instanceof InputError && /^the first statistics: sigma is not positive semidefinite/.test(e.message),
  );
  await assert.rejects(
    frechetDistance(mu, new Float64Array([2, 1, 0, 1.1, 2, 0, 0, 0, 1]), mu, ok, 3),
    (e: unknown) => e instanceof InputError && /sigma1 is not symmetric/.test(e.message),
  );
  // identical statistics: exactly 0 or a non-negative rounding residue, never below 0
  const r = await frechetDistanceFromStats(
    { mu, sigma: ok, dim: 3, count: 10 },
    { mu, sigma: ok.slice(), dim: 3, count: 10 },
    3,
  );
  assert.ok(r.fid >= 0 && r.fid < 1e-12, `${r.fid}`);
});

test('nonNegativeFid: a negative within 1e-6 × (‖Δμ‖² + tr Σ₁ + tr Σ₂) is 0, beyond it an error', () => {
  const err = (msg: string) => new InputError(msg);
  // 1 + 2 + 3 − 2·3.0000015 = −3e-6 ≥ −1e-6 · 6
  assert.equal(nonNegativeFid({ meanTerm: 1, traceSigma1: 2, traceSigma2: 3, traceSqrtProduct: 3.0000015 }, err), 0);
  assert.equal(nonNegativeFid({ meanTerm: 1, traceSigma1: 2, traceSigma2: 3, traceSqrtProduct: 2.5 }, err), 1);
  assert.throws(
    () => nonNegativeFid({ meanTerm: 1, traceSigma1: 2, traceSigma2: 3, traceSqrtProduct: 3.001 }, err),
    (e: unknown) =>
      e instanceof InputError && /came out -0\.00200000, below the rounding tolerance −6\.00e-6/.test(e.message),
  );
});

/** A .npy with any descr, order and raw data (formatNpy writes only little-endian C order). */
function rawNpy(descr: string, shape: number[], data: Uint8Array, fortran = false): Uint8Array {
  let h = `{'descr': '${descr}', 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': (${shape.join(', ')}${shape.length === 1 ? ',' : ''}), }`;
  while ((10 + h.length + 1) % 64) h += ' '; // numpy pads the header to a multiple of 64 bytes
  h += '\n';
  const out = new Uint8Array(10 + h.length + data.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, h.length & 255, h.length >> 8]);
  for (let i = 0; i < h.length; i++) out[10 + i] = h.charCodeAt(i);
  out.set(data, 10 + h.length);
  return out;
}

function rawNpz(members: Record<string, Uint8Array>): string {
  const file = path.join(tmp, `s${serial++}.npz`);
  writeFileSync(file, writeZip(Object.entries(members).map(([k, data]) => ({ name: `${k}.npy`, data }))));
  return file;
}

const le64 = (v: number[]) => new Uint8Array(Float64Array.from(v).buffer);

test('stats file: big-endian and Fortran-ordered arrays read as np.load gives them', async () => {
  const be = Buffer.alloc(24);
  [0, 1, 2].forEach((v, i) => be.writeDoubleBE(v, 8 * i));
  // [[2, 1, 0], [1, 3, 0], [0, 0, 1]] stored column by column is [2, 1, 0, 1, 3, 0, 0, 0, 1] (symmetric: the same);
  // a non-symmetric-looking layout shows the reorder: features [[1, 2, 3], [4, 5, 6]] in Fortran order
  const s = await readStatsNpz(
    rawNpz({
      mu: rawNpy('>f8', [3], new Uint8Array(be)),
      sigma: rawNpy('<f8', [3, 3], le64([2, 1, 0, 1, 3, 0, 0, 0, 1]), true),
      features: rawNpy('<f4', [2, 3], new Uint8Array(Float32Array.from([1, 4, 2, 5, 3, 6]).buffer), true),
    }),
  );
  assert.deepEqual([...s.mu], [0, 1, 2]);
  assert.deepEqual([...s.sigma], [2, 1, 0, 1, 3, 0, 0, 0, 1]);
  assert.deepEqual([...s.features!], [1, 2, 3, 4, 5, 6]);
  assert.equal(s.count, 2);
});

test('stats file: float16, complex and object sigma, 0-d and 3-d shapes, d = 0 are refused', async () => {
  const mu = rawNpy('<f8', [3], le64([0, 1, 2]));
  const cases: [Record<string, Uint8Array>, RegExp][] = [
    [{ mu, sigma: rawNpy('<f2', [3, 3], new Uint8Array(18)) }, /unsupported dtype <f2/],
    [{ mu, sigma: rawNpy('<c16', [3, 3], new Uint8Array(144)) }, /unsupported dtype <c16/],
    [{ mu, sigma: rawNpy('|O', [3, 3], new Uint8Array(72)) }, /unsupported dtype \|O/],
    [{ mu, sigma: rawNpy('<i8', [3, 3], new Uint8Array(72)) }, /'sigma' must be float32 or float64, found <i8/],
    [{ mu, sigma: rawNpy('<f8', [], le64([1])) }, /'sigma' must be 3×3 to match 'mu', has shape \(\)/],
    [{ mu, sigma: rawNpy('<f8', [3, 3, 1], le64(VALID)) }, /'sigma' must be 3×3 to match 'mu', has shape \(3,3,1\)/],
    [{ mu: rawNpy('<f8', [0], new Uint8Array(0)), sigma: rawNpy('<f8', [0, 0], new Uint8Array(0)) }, /'mu' is empty/],
  ];
  for (const [members, re] of cases) {
    const file = rawNpz(members);
    await assert.rejects(
      readStatsNpz(file),
      (e: Error) => e instanceof InputError && e.message.startsWith(file) && re.test(e.message),
      String(re),
    );
  }
});

test('stats file: mu or sigma beyond ±2^400 (the distance would overflow to Inf/NaN) and a files list of the wrong length are refused', async () => {
  await refused(
    { mu: { data: new Float64Array([1e308, 0, 0]), shape: [3] }, sigma: sigma(VALID) },
    /'mu' has 1e\+308 at \[0\], beyond ±2\^400/,
  );
  await refused(
    { mu: mu3, sigma: sigma([1e300, 0, 0, 0, 1, 0, 0, 0, 1]) },
    /'sigma' has 1e\+300 at \[0, 0\], beyond ±2\^400/,
  );
  // just below the bound: a finite distance
  const big = 2 ** 399;
  const a = await readStatsNpz(
    npz({ mu: { data: new Float64Array([big, 0, 0]), shape: [3] }, sigma: sigma([big, 0, 0, 0, big, 0, 0, 0, big]) }),
  );
  const b = await readStatsNpz(npz({ mu: mu3, sigma: sigma(VALID) }));
  assert.ok(Number.isFinite((await frechetDistanceFromStats({ ...a, count: 0 }, { ...b, count: 0 }, 3)).fid));
  const features = { data: new Float32Array(9), shape: [3, 3] };
  await refused(
    { mu: mu3, sigma: sigma(VALID), features, files: { data: ['a.png'], shape: [1] } },
    /'files' has 1 names, expected 3 \(one per image\)/,
  );
});

test('symmetry check: the worst pair reported is the first in row-major order among equal differences', async () => {
  const { symmetryDefect } = await import('../../src/math/covariance-check.js');
  const d = 130,
    s = new Float64Array(d * d);
  for (let i = 0; i < d; i++) s[i * d + i] = 1;
  // equal defects at [6, 10] (an earlier column tile) and [5, 100] (row-major first), a smaller one at [0, 1]
  s[6 * d + 10] = 0.5;
  s[5 * d + 100] = 0.5;
  s[0 * d + 1] = 0.25;
  assert.match(symmetryDefect(s, d) ?? '', /^is not symmetric: \[5, 100\] = 0\.5 but \[100, 5\] = 0 /);
  s[5 * d + 100] = 0;
  assert.match(symmetryDefect(s, d) ?? '', /^is not symmetric: \[6, 10\] = 0\.5 but \[10, 6\] = 0 /);
});
