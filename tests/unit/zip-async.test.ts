// readZipEntryAsync inflates a deflated member as a gzip stream around its raw data, so that zlib checks the CRC-32 on
// the thread pool. It must give exactly what the synchronous reader gives: the member's bytes, or a ZipError that says
// what is wrong with the member.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import {
  readZipEntries,
  readZipEntry,
  readZipEntryAsync,
  writeZip,
  ZipError,
  type ZipEntry,
} from '../../src/util/zip.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

function member(data: Uint8Array, compress = true): { bytes: Uint8Array; entry: ZipEntry } {
  const bytes = writeZip([{ name: 'm.npy', data }], compress);
  const [entry] = readZipEntries(bytes, 'f.npz');
  return { bytes, entry: entry! };
}

const compressible = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7) % 13);

test('members of every size come back byte for byte (stored and deflated, compressible and not)', async () => {
  for (const data of [
    new Uint8Array(0),
    Uint8Array.of(42),
    compressible(1000),
    new Uint8Array(randomBytes(100_000)),
    new Uint8Array(new Float64Array(70_000).map((_, i) => Math.sin(i)).buffer),
  ]) {
    for (const compress of [true, false]) {
      const { bytes, entry } = member(data, compress);
      assert.equal(entry.method, compress ? 8 : 0);
      const out = await readZipEntryAsync(bytes, entry, 'f.npz');
      assert.equal(out.length, data.length);
      assert.ok(Buffer.from(out).equals(Buffer.from(data)), `${data.length} bytes, compress ${compress}`);
    }
  }
});

test('a wrong CRC-32, a wrong size or damaged data is a ZipError naming the file and member', async () => {
  const data = new Uint8Array(new Float64Array(5000).map((_, i) => Math.cos(i)).buffer);
  const { bytes, entry } = member(data);
  await assert.rejects(
    readZipEntryAsync(bytes, { ...entry, crc: (entry.crc ^ 1) >>> 0 }, 'f.npz'),
    (err: Error) =>
      err instanceof ZipError && /^f\.npz: member m\.npy: CRC mismatch \(corrupt file\)$/.test(err.message),
  );
  await assert.rejects(
    readZipEntryAsync(bytes, { ...entry, size: entry.size + 5 }, 'f.npz'),
    (err: Error) =>
      err instanceof ZipError &&
      err.message === `f.npz: member m.npy: inflated to ${data.length} bytes, header says ${data.length + 5}`,
  );
  await assert.rejects(
    readZipEntryAsync(bytes, { ...entry, size: entry.size - 5 }, 'f.npz'),
    (err: Error) => err instanceof ZipError && /^f\.npz: member m\.npy: corrupt deflate data \(/.test(err.message),
  );
  await assert.rejects(
    readZipEntryAsync(bytes, { ...entry, compressedSize: entry.compressedSize - 100 }, 'f.npz'),
    (err: Error) => err instanceof ZipError && /^f\.npz: member m\.npy: corrupt deflate data \(/.test(err.message),
  );
});

test('mutated deflate data: the asynchronous reader agrees with the synchronous one (same bytes, or both refuse)', async () => {
  const data = new Uint8Array(new Float64Array(3000).map((_, i) => Math.round(Math.sin(i) * 100) / 7).buffer);
  const { bytes, entry } = member(data);
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.record({ at: fc.nat(entry.compressedSize - 1), bit: fc.integer({ min: 0, max: 7 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
      async (flips) => {
        const b = bytes.slice();
        for (const { at, bit } of flips) b[entry.dataOffset + at]! ^= 1 << bit;
        let sync: Uint8Array | ZipError;
        try {
          sync = readZipEntry(b, entry, 'f.npz');
        } catch (err) {
          assert.ok(err instanceof ZipError, String(err));
          sync = err;
        }
        let async: Uint8Array | ZipError;
        try {
          async = await readZipEntryAsync(b, entry, 'f.npz');
        } catch (err) {
          assert.ok(err instanceof ZipError, String(err));
          async = err;
        }
        if (sync instanceof ZipError || async instanceof ZipError)
          assert.ok(sync instanceof ZipError && async instanceof ZipError, 'one reader refused, the other did not');
        else assert.ok(Buffer.from(sync).equals(Buffer.from(async)));
      },
    ),
    { numRuns: RUNS },
  );
});

/** What a reader gives: the bytes (their SHA-256 and length) or the ZipError's message. */
async function outcome(read: () => Uint8Array | Promise<Uint8Array>): Promise<string> {
  try {
    const b = await read();
    return `bytes ${createHash('sha256').update(b).digest('hex')} (${b.length})`;
  } catch (err) {
    assert.ok(err instanceof ZipError, String(err));
    return err.message;
  }
}

test('a deflate stream that ends before the member data does: the same outcome as the synchronous reader', async () => {
  const data = new Uint8Array(new Float64Array(5000).map((_, i) => Math.sin(i)).buffer);
  const half = data.length / 2;
  const cases: [string, Uint8Array, number][] = [
    // two complete deflate streams, each holding half the data: raw inflate stops after the first
    [
      'two streams',
      Buffer.concat([deflateRawSync(data.subarray(0, half)), deflateRawSync(data.subarray(half))]),
      crc32(data) >>> 0,
    ],
    // one complete stream and padding after it (inside the member's compressed size): raw inflate ignores it
    ...[1, 3, 4, 64].map((pad): [string, Uint8Array, number] => [
      `${pad} bytes of padding`,
      Buffer.concat([deflateRawSync(data), Buffer.alloc(pad, 0x5a)]),
      crc32(data) >>> 0,
    ]),
  ];
  for (const [what, stream, crc] of cases) {
    const bytes = new Uint8Array(stream);
    const entry: ZipEntry = {
      name: 'm.npy',
      method: 8,
      compressedSize: bytes.length,
      size: data.length,
      crc,
      dataOffset: 0,
      localOffset: 0,
    };
    const sync = await outcome(() => readZipEntry(bytes, entry, 'f.npz'));
    const async = await outcome(() => readZipEntryAsync(bytes, entry, 'f.npz'));
    assert.equal(async, sync, what);
  }
  // and the two named outcomes are what they should be
  const two = Buffer.concat([deflateRawSync(data.subarray(0, half)), deflateRawSync(data.subarray(half))]);
  await assert.rejects(
    readZipEntryAsync(
      new Uint8Array(two),
      {
        name: 'm.npy',
        method: 8,
        compressedSize: two.length,
        size: data.length,
        crc: crc32(data) >>> 0,
        dataOffset: 0,
        localOffset: 0,
      },
      'f.npz',
    ),
    (err: Error) => err.message === `f.npz: member m.npy: inflated to ${half} bytes, header says ${data.length}`,
  );
  const padded = Buffer.concat([deflateRawSync(data), Buffer.alloc(4, 0x5a)]);
  const out = await readZipEntryAsync(
    new Uint8Array(padded),
    {
      name: 'm.npy',
      method: 8,
      compressedSize: padded.length,
      size: data.length,
      crc: crc32(data) >>> 0,
      dataOffset: 0,
      localOffset: 0,
    },
    'f.npz',
  );
  assert.ok(Buffer.from(out).equals(Buffer.from(data)), 'padding after the stream is ignored, as by readZipEntry');
});
