// writeZip starts every stored member's data on a 64-byte boundary (a zipalign-style padding field in the local
// header), so that readNpz can use a stored float64 array in place instead of copying it out; the archive stays an
// ordinary ZIP that the synchronous and asynchronous readers (and Python's zipfile, numpy's np.load) read as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatNpz, readNpz } from '../../src/util/npy.js';
import { readZipEntries, readZipEntry, writeZip, ZIP_STORED_ALIGNMENT } from '../../src/util/zip.js';
import { uniform } from '../helpers/helpers.js';

test('stored members start on a 64-byte boundary whatever the names and sizes before them; deflated ones are not padded', () => {
  const rand = uniform(7);
  const members = Array.from({ length: 9 }, (_, i) => ({
    name: `${'x'.repeat(i * 3 + 1)}.npy`,
    data: Uint8Array.from({ length: 1 + Math.floor(rand() * 300) }, () => Math.floor(rand() * 256)),
  }));
  const stored = writeZip(members);
  const entries = readZipEntries(stored, 'stored.zip');
  assert.equal(entries.length, members.length);
  entries.forEach((e, i) => {
    assert.equal(e.dataOffset % ZIP_STORED_ALIGNMENT, 0, e.name);
    assert.deepEqual(Uint8Array.from(readZipEntry(stored, e, 'stored.zip')), members[i]!.data);
  });
  // a deflated archive is the size it was: local header 30 + name, no extra field
  const deflated = writeZip(members, true);
  for (const e of readZipEntries(deflated, 'deflated.zip'))
    assert.equal(deflated.readUInt16LE(e.localOffset + 28), 0, e.name);
});

test('readNpz uses a stored float64 sigma of an aligned archive in place: the same numbers, no copy', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-zip-align-'));
  try {
    const d = 512;
    const sigma = Float64Array.from({ length: d * d }, (_, i) => Math.sin(i) * 1e3);
    const mu = Float64Array.from({ length: d }, (_, i) => i / 7);
    const file = path.join(dir, 'stats.npz');
    writeFileSync(file, formatNpz({ mu: { data: mu, shape: [d] }, sigma: { data: sigma, shape: [d, d] } }));
    const m = await readNpz(file);
    const read = m.get('sigma')!.data as Float64Array;
    assert.deepEqual(read, sigma);
    // in place: a view into the whole file's bytes, at the member's aligned data offset plus the .npy header
    assert.equal(read.buffer.byteLength, readFileSync(file).length);
    assert.equal(read.byteOffset % 64, 0);
    assert.deepEqual(m.get('mu')!.data, mu);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
