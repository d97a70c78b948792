// Hostile inputs that used to cost gigabytes, read forever or end as internal errors (exit 3): each now ends with
// an InputError naming the file (exit 2) before the damage, or is reported. Memory bounds of extraction are in
// tests/integration/memory.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { formatNpy, parseNpz, readNpz } from '../../src/util/npy.js';
import { readZipEntries, writeZip } from '../../src/util/zip.js';
import { readStateDict, readStateDictFile } from '../../src/weights/pth.js';
import { loadInceptionModel } from '../../src/features/inception.js';
import { checkInceptionOnnx } from '../../src/features/inception-onnx.js';
import { checkOutput } from '../../src/features/extract.js';
import { listImagesDetailed } from '../../src/images/list.js';
import { decodeRgb } from '../../src/images/decode.js';
import { DataType, model, node, valueInfo } from '../../src/features/onnx-writer.js';
import { syntheticInceptionStateDict } from '../../src/weights/synthetic.js';
import { legacyTorchSave } from '../helpers/torch-save.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'fid-gate-harden-'));
const isInput = (re: RegExp, subject?: string) => (e: Error) => {
  assert.equal(e.name, 'InputError', e.message);
  assert.match(e.message, re);
  if (subject) assert.ok(e.message.includes(subject), e.message);
  return true;
};

/** A zip whose central directory lists the first member `copies` times (all aliases of one local header). */
function aliasedZip(copies: number): Buffer {
  const zip = writeZip([{ name: 'a.npy', data: formatNpy(new Float32Array(1000), [1000]) }], true);
  const eocd = zip.length - 22;
  const cdOffset = zip.readUInt32LE(eocd + 16);
  const cdh = zip.subarray(cdOffset, eocd);
  const out = Buffer.concat([
    zip.subarray(0, cdOffset),
    ...Array.from({ length: copies }, () => cdh),
    zip.subarray(eocd),
  ]);
  const e = out.length - 22;
  out.writeUInt16LE(copies, e + 8);
  out.writeUInt16LE(copies, e + 10);
  out.writeUInt32LE(cdh.length * copies, e + 12);
  return out;
}

test('zip: central-directory entries aliasing one member are refused before anything is inflated', () => {
  const zip = aliasedZip(3);
  assert.throws(() => readZipEntries(zip, 'x.npz'), /members a\.npy and a\.npy overlap/);
  assert.throws(() => parseNpz(zip, 'x.npz'), isInput(/x\.npz: members a\.npy and a\.npy overlap/));
  // the same archive with one entry reads
  const one = parseNpz(writeZip([{ name: 'a.npy', data: formatNpy(new Float32Array([1, 2]), [2]) }], true), 'y.npz');
  assert.deepEqual([...(one.get('a')!.data as Float32Array)], [1, 2]);
});

test('npz: a member declaring more bytes than its header shape needs is refused before inflating', () => {
  // header says (4,) float32 = 16 bytes of data; the member holds 16 MiB of zeros after it (deflated: ~16 KiB)
  const npy = formatNpy(new Float32Array(4), [4]);
  const padded = new Uint8Array(npy.length + (16 << 20));
  padded.set(npy);
  const zip = writeZip([{ name: 'mu.npy', data: padded }], true);
  assert.ok(zip.length < 100_000);
  assert.throws(
    () => parseNpz(zip, 'bomb.npz'),
    isInput(
      /bomb\.npz\[mu\.npy\]: the member inflates to 16777360 bytes but its array \(<f4 \(4\)\) needs 144: refused/,
    ),
  );
});

test('npz: arrays needing more than 8 GiB in all are refused from their headers (no inflation)', () => {
  // three members whose headers each declare 2^30 - 64 float32 (just under 4 GiB), their central-directory sizes
  // patched to match: each alone is consistent, together 12 GiB
  const count = 2 ** 30 - 64;
  const header = formatNpy(new Float32Array(0), [count]);
  const zip = writeZip(['a', 'b', 'c'].map((k) => ({ name: `${k}.npy`, data: header })));
  let p = zip.length - 22 - 3 * (46 + 5);
  for (let i = 0; i < 3; i++, p += 46 + 5) {
    assert.equal(zip.readUInt32LE(p), 0x02014b50);
    zip.writeUInt32LE(header.length + 4 * count, p + 24);
  }
  assert.throws(
    () => parseNpz(zip, 'big.npz'),
    isInput(/big\.npz: its arrays would inflate to more than 8589934592 bytes in all: refused/),
  );
  // one such member alone: inflating it finds the data missing (a truncated array), without allocating 4 GiB first
  const one = writeZip([{ name: 'a.npy', data: header }]);
  assert.throws(() => parseNpz(one, 'one.npz'), isInput(/one\.npz\[a\.npy\]: truncated \.npy data/));
});

test('user files: /dev/zero and FIFOs are refused at once, not read forever', async () => {
  await assert.rejects(readNpz('/dev/zero'), isInput(/\/dev\/zero: not a regular file/));
  await assert.rejects(readStateDictFile('/dev/zero'), (e: Error) => /not a regular file/.test(e.message));
  await assert.rejects(
    loadInceptionModel({ weights: '/dev/zero', cacheDir: tmp }),
    isInput(/--weights \/dev\/zero: not a regular file/),
  );
  const fifo = path.join(tmp, 'stats.npz');
  execFileSync('mkfifo', [fifo]);
  await assert.rejects(readNpz(fifo), isInput(/stats\.npz: not a regular file/));
  const img = path.join(tmp, 'zero.png');
  symlinkSync('/dev/zero', img);
  await assert.rejects(decodeRgb(img), isInput(/Cannot read image .*zero\.png: not a regular file/));
});

test('pth: storages that would inflate past what the file can hold are refused before inflating', () => {
  // the bound is 4 × the file's size + 64 MiB of tensors: a legacy (uncompressed) 128 MiB tensor is within it
  const sd = new Map([['w', { shape: [32 << 20], data: new Float32Array(32 << 20) }]]);
  const legacy = legacyTorchSave(sd);
  assert.ok(readStateDict(legacy, 'ok.pth').get('w'));
  // a zip torch.save whose 128 MiB storage record of zeros deflates to ~128 KiB: refused from the headers
  const pkl = zipCheckpointPickle(32 << 20);
  const big = writeZip(
    [
      { name: 'archive/data.pkl', data: pkl },
      { name: 'archive/data/0', data: new Uint8Array(128 << 20) },
    ],
    true,
  );
  assert.ok(big.length < 1 << 20, `${big.length}`);
  assert.throws(
    () => readStateDict(big, 'bomb.pth'),
    /bomb\.pth: .*implausible checkpoint: its storages would inflate to 134217728 bytes/,
  );
});

/** The data.pkl of torch.save({'w': FloatStorage of n elements, shape [n]}) (protocol 2). */
function zipCheckpointPickle(n: number): Uint8Array {
  const b: number[] = [0x80, 2, 0x7d]; // PROTO 2, EMPTY_DICT
  const str = (s: string) => {
    b.push(0x58, s.length, 0, 0, 0, ...Buffer.from(s));
  }; // BINUNICODE
  const int = (v: number) => {
    b.push(0x4a, v & 255, (v >> 8) & 255, (v >> 16) & 255, (v >>> 24) & 255);
  }; // BININT
  const glob = (m: string, name: string) => {
    b.push(0x63, ...Buffer.from(`${m}\n${name}\n`));
  }; // GLOBAL
  str('w');
  glob('torch._utils', '_rebuild_tensor_v2');
  b.push(0x28); // MARK
  b.push(0x28); // MARK (persistent id tuple)
  str('storage');
  glob('torch', 'FloatStorage');
  str('0');
  str('cpu');
  int(n);
  b.push(0x74, 0x51); // TUPLE, BINPERSID
  int(0);
  b.push(0x28);
  int(n);
  b.push(0x74); // size
  b.push(0x28);
  int(1);
  b.push(0x74); // stride
  b.push(0x89); // NEWFALSE (requires_grad)
  glob('collections', 'OrderedDict');
  b.push(0x29, 0x52); // EMPTY_TUPLE, REDUCE
  b.push(0x74, 0x52); // TUPLE, REDUCE
  b.push(0x73, 0x2e); // SETITEM, STOP
  return new Uint8Array(b);
}

test('--weights: a non-ONNX file named .onnx and an ONNX model that is not an Inception are input errors', async () => {
  const notOnnx = path.join(tmp, 'notes.onnx');
  writeFileSync(notOnnx, 'these are my notes, not a model\n');
  await assert.rejects(
    loadInceptionModel({ weights: notOnnx, cacheDir: tmp }),
    isInput(/--weights .*notes\.onnx: not a readable ONNX model/),
  );
  const other = path.join(tmp, 'relu.onnx');
  writeFileSync(
    other,
    model({
      nodes: [node('Relu', ['x'], ['y'])],
      initializers: [],
      inputs: [valueInfo('x', DataType.FLOAT, ['N', 4])],
      outputs: [valueInfo('y', DataType.FLOAT, ['N', 4])],
    }),
  );
  await assert.rejects(
    loadInceptionModel({ weights: other, cacheDir: tmp }),
    isInput(/--weights .*relu\.onnx: not an Inception made by fid-gate .*its inputs are x float32 \[N, 4\]/),
  );
  // the Inception fid-gate builds passes
  const synth = await loadInceptionModel({ weights: 'synthetic', cacheDir: tmp });
  checkInceptionOnnx(synth.onnx, 'synthetic', 'synthetic');
  // truncated: noticed
  assert.throws(
    () => checkInceptionOnnx(synth.onnx.subarray(0, synth.onnx.length - 100), 't.onnx', 't.onnx'),
    isInput(/t\.onnx: not a readable ONNX model \(truncated/),
  );
});

test('a damaged cached conversion (truncated, emptied, unrecorded) is rebuilt, not loaded', async () => {
  const pth = path.join(tmp, 'w.pth');
  writeFileSync(pth, legacyTorchSave(syntheticInceptionStateDict()));
  const cacheDir = path.join(tmp, 'cache');
  const first = await loadInceptionModel({ weights: pth, cacheDir });
  const cached = path.join(cacheDir, 'onnx', readdirSync(path.join(cacheDir, 'onnx'))[0]!);
  for (const damage of [
    () => truncateSync(cached, 1000),
    () => truncateSync(cached, 0),
    () => writeFileSync(path.join(cacheDir, 'onnx.sha256', path.basename(cached) + '.sha256'), 'x\n'),
  ]) {
    damage();
    const logs: string[] = [];
    const again = await loadInceptionModel({ weights: pth, cacheDir, log: (m) => logs.push(m) });
    assert.ok(
      logs.some((l) => /is damaged or unverified; rebuilding it/.test(l)),
      logs.join('\n'),
    );
    assert.equal(Buffer.compare(Buffer.from(again.onnx), Buffer.from(first.onnx)), 0);
    const third: string[] = [];
    await loadInceptionModel({ weights: pth, cacheDir, log: (m) => third.push(m) });
    assert.ok(
      third.some((l) => /using the converted model/.test(l)),
      third.join('\n'),
    );
  }
});

test("an encoder's output: float64, int64, a folded batch, an empty width are input errors naming the model", async () => {
  const m = { name: 'onnx:enc.onnx' };
  const t = (type: 'float32' | 'float64' | 'int64', dims: number[]) => {
    const n = dims.reduce((a, b) => a * b, 1);
    const data =
      type === 'float32' ? new Float32Array(n) : type === 'float64' ? new Float64Array(n) : new BigInt64Array(n);
    return new ort.Tensor(type, data, dims);
  };
  assert.equal(checkOutput(m, 'emb', t('float32', [3, 4]), 3, 4, ['emb']).length, 12);
  assert.throws(
    () => checkOutput(m, 'emb', t('float64', [3, 4]), 3, 4, ['emb']),
    isInput(/onnx:enc\.onnx: output emb is float64; expected float32/),
  );
  assert.throws(() => checkOutput(m, 'emb', t('int64', [3, 4]), 3, 4, ['emb']), isInput(/output emb is int64/));
  assert.throws(
    () => checkOutput(m, 'emb', t('float32', [1, 4]), 3, 4, ['emb']),
    isInput(/output emb has shape \[1, 4\] for a batch of 3 images/),
  );
  assert.throws(
    () => checkOutput(m, 'emb', t('float32', [3, 0]), 3, 0, ['emb']),
    isInput(/output emb has 0 values per image/),
  );
  assert.throws(() => checkOutput(m, 'emb', t('float32', []), 3, 4, ['emb']), isInput(/output emb has shape \[\]/));
  assert.throws(
    () => checkOutput(m, 'emb', undefined, 3, 4, ['other']),
    isInput(/output emb is missing \(outputs: other\)/),
  );
});

test('listing: dangling symlinks, symlink loops and over-long paths are reported as left out; a non-UTF-8 name is listed', async () => {
  const d = path.join(tmp, 'imgs');
  mkdirSync(d);
  writeFileSync(path.join(d, 'a.ppm'), 'P6 1 1 255\n\x01\x02\x03');
  symlinkSync(path.join(d, 'missing.png'), path.join(d, 'dangling.png'));
  symlinkSync(path.join(d, 'loop2.png'), path.join(d, 'loop1.png'));
  symlinkSync(path.join(d, 'loop1.png'), path.join(d, 'loop2.png'));
  symlinkSync('x'.repeat(300) + '.png', path.join(d, 'long.png')); // a name over NAME_MAX
  writeFileSync(
    Buffer.concat([Buffer.from(d + '/'), Buffer.from([0x66, 0xff, 0x2e, 0x70, 0x6e, 0x67])]),
    'P6 1 1 255\n\x01\x02\x03',
  );
  const r = await listImagesDetailed(d);
  // f\xff.png: Python's os.fsdecode gives 'f\udcff.png' (surrogateescape), and so does the listing
  assert.deepEqual(r.files, [path.join(d, 'a.ppm'), path.join(d, 'f\udcff.png')]);
  const why = Object.fromEntries(r.omitted.map((o) => [path.basename(o.path), o.reason]));
  assert.match(why['dangling.png']!, /dangling symlink/);
  assert.match(why['loop1.png']!, /symlink loop/);
  assert.match(why['loop2.png']!, /symlink loop/);
  assert.match(why['long.png']!, /path too long/);
  assert.equal(r.omitted.length, 4);
  const img = await decodeRgb(path.join(d, 'f\udcff.png'));
  assert.deepEqual([...img.data], [1, 2, 3]);
});

test('CLI: a Latin-1 file name is read like Pillow reads it, and entries left out of a listing reach the report notes', async () => {
  const sharp = (await import('sharp')).default;
  const { cli } = await import('../helpers/cli.js');
  const { readStatsNpz } = await import('../../src/metrics/stats-file.js');
  const pngOf = (r: number, g: number, b: number) =>
    sharp({ create: { width: 32, height: 32, channels: 3, background: { r, g, b } } })
      .png()
      .toBuffer();
  const d = path.join(tmp, 'names');
  mkdirSync(d);
  const latin = await pngOf(200, 30, 90);
  // Python's sorted() order of these names: e, z, é (U+E9), \udce9 (the Latin-1 byte 0xE9), U+E000, U+1F600
  writeFileSync(path.join(d, 'e.png'), await pngOf(10, 20, 30));
  writeFileSync(path.join(d, 'z.png'), await pngOf(40, 50, 60));
  writeFileSync(path.join(d, 'é.png'), await pngOf(70, 80, 90));
  writeFileSync(Buffer.concat([Buffer.from(d + '/'), Buffer.from([0xe9]), Buffer.from('.png')]), latin);
  writeFileSync(path.join(d, '\ue000.png'), await pngOf(100, 110, 120));
  writeFileSync(path.join(d, '\u{1f600}.png'), await pngOf(130, 140, 150));
  symlinkSync(path.join(d, 'missing.png'), path.join(d, 'gone.png'));
  const same = path.join(tmp, 'names-utf8');
  mkdirSync(same);
  writeFileSync(path.join(same, 'a.png'), latin);
  writeFileSync(path.join(same, 'b.png'), latin);
  const W = ['--weights', 'synthetic', '--cache-dir', path.join(tmp, 'cache'), '--quiet'];

  const o = path.join(tmp, 'names.npz');
  const r = await cli('stats', d, '-o', o, '--features', ...W);
  assert.equal(r.code, 0, r.err);
  const note = `${d}: 1 entry left out of the listing (cannot be opened): gone.png (dangling symlink (its target does not exist) or vanished)`;
  assert.ok(r.out.split('\n').includes(note), r.out);
  assert.match(r.out, /names\.npz: 6 images/);
  const s = await readStatsNpz(o);
  assert.deepEqual(s.files, ['e.png', 'z.png', 'é.png', '\udce9.png', '\ue000.png', '\u{1f600}.png']);
  const ref = path.join(tmp, 'names-utf8.npz');
  assert.equal((await cli('stats', same, '-o', ref, '--features', ...W)).code, 0);
  const t = await readStatsNpz(ref);
  const D = s.dim;
  assert.deepEqual([...s.features!.subarray(3 * D, 4 * D)], [...t.features!.subarray(0, D)]);

  // compare: the notes of the real, generated and training folders name the entry left out, with the count
  const json = path.join(tmp, 'names.json');
  const c = await cli('compare', d, d, '--metrics', 'fid', '--training', d, '--json', json, ...W);
  assert.equal(c.code, 0, c.err);
  const notes = (JSON.parse(readFileSync(json, 'utf8')).notes as string[]).filter((n) =>
    n.includes('left out of the listing'),
  );
  assert.deepEqual(
    notes,
    ['real', 'generated', 'training'].map((w) => `${w} input ${note}`),
  );
});

test('pth: pickles of many small objects (EMPTY_LIST, MEMOIZE, DUP) and a data.pkl inflating past 64 MiB are refused', async () => {
  const { MAX_PICKLE_OPS } = await import('../../src/weights/pth.js');
  const pickle = (op: number, n: number) =>
    Buffer.concat([Buffer.from([0x80, 0x02, 0x5d]), Buffer.alloc(n, op), Buffer.from('.')]);
  const zipOf = (pkl: Uint8Array) => writeZip([{ name: 'archive/data.pkl', data: pkl }], true);
  // one opcode past the budget: each of these used to cost memory per opcode (4.7 GB for 30 M EMPTY_LIST, and
  // the memo overflowed with an internal error); a few KB of deflated data each
  for (const op of [0x5d, 0x94, 0x32]) {
    assert.throws(
      () => readStateDict(zipOf(pickle(op, MAX_PICKLE_OPS)), 'bomb.pth'),
      /implausible checkpoint: its pickle runs more than 4194304 opcodes/,
    );
  }
  // within the budget the same pickle is read, and refused for what it is (a list)
  assert.throws(
    () => readStateDict(zipOf(pickle(0x32, 1000)), 'list.pth'),
    /not a state dict: the checkpoint holds a list/,
  );
  const big = zipOf(pickle(0x32, 65 << 20));
  assert.ok(big.length < 200_000);
  assert.throws(
    () => readStateDict(big, 'big.pth'),
    /archive\/data\.pkl would inflate to 68157444 bytes \(more than 67108864\)/,
  );
});

test('outputs: an existing FIFO or device as -o / --json is refused before the work and left in place', async () => {
  const { cli } = await import('../helpers/cli.js');
  const { lstatSync } = await import('node:fs');
  const fifo = path.join(tmp, 'out.fifo');
  execFileSync('mkfifo', [fifo]);
  const W = ['--weights', 'synthetic', '--cache-dir', path.join(tmp, 'cache'), '--quiet'];
  const stats = path.join(tmp, 'o.npz');
  writeFileSync(stats, formatNpzFile());
  const r = await cli('compare', stats, stats, '--metrics', 'fid', '--json', fifo, ...W);
  assert.equal(r.code, 2);
  assert.match(r.err, /--json .*out\.fifo: exists and is not a regular file \(a device, FIFO or socket\)/);
  const d = path.join(tmp, 'imgs-out');
  mkdirSync(d);
  for (const n of ['a.ppm', 'b.ppm']) writeFileSync(path.join(d, n), 'P6 1 1 255\n\x01\x02\x03');
  const s = await cli('stats', d, '-o', fifo, ...W);
  assert.equal(s.code, 2);
  assert.match(s.err, /-o .*out\.fifo: exists and is not a regular file/);
  assert.ok(lstatSync(fifo).isFIFO(), 'the FIFO is still there');
  // --generator / --denoiser given a FIFO: refused at once (the read used to block forever)
  const g = await cli(
    'sample',
    '--kind',
    'gan',
    '--generator',
    fifo,
    '-n',
    '2',
    '-o',
    path.join(tmp, 'samples'),
    '--quiet',
  );
  assert.equal(g.code, 2);
  assert.match(g.err, /--generator .*out\.fifo: not a regular file/);
  const e = await cli('elbo', '--denoiser', fifo, '--images', d, '--quiet');
  assert.equal(e.code, 2);
  assert.match(e.err, /--denoiser .*out\.fifo: not a regular file/);
});

function formatNpzFile(): Uint8Array {
  return writeZip([
    { name: 'mu.npy', data: formatNpy(new Float64Array([0, 1]), [2]) },
    { name: 'sigma.npy', data: formatNpy(new Float64Array([1, 0, 0, 1]), [2, 2]) },
  ]);
}

test('JSON from other runs: a metrics file or a recorded protocol nested past 64 levels is an input error, not a stack overflow', async () => {
  const { readMetricsFile, validateMetricsReport } = await import('../../src/report/metrics-json.js');
  const { readStatsNpz } = await import('../../src/metrics/stats-file.js');
  const deep = '{"a":'.repeat(150_000) + '1' + '}'.repeat(150_000);
  const report = JSON.stringify({
    schema: 'fid-gate/metrics@1',
    fidGateVersion: '0.1.0',
    createdAt: '2026-01-01T00:00:00Z',
    protocol: {
      extractor: 'e',
      weights: 'w',
      weightsSha256: 'abc',
      resize: 'legacy-pytorch',
      quantization: 'png-uint8',
      fidGateVersion: '0.1.0',
      nReal: 10,
      nGenerated: 10,
      device: 'cpu',
      sampling: { x: 1 },
    },
    real: { source: 'a', kind: 'folder', count: 10 },
    generated: { source: 'b', kind: 'stats', count: 10 },
    metrics: { fid: { value: 1.5, better: 'lower' } },
    notes: [],
    durationSeconds: 1,
  });
  const f = path.join(tmp, 'deep.json');
  writeFileSync(f, report.replace('"sampling":{"x":1}', `"sampling":${deep}`));
  await assert.rejects(readMetricsFile(f), isInput(/deep\.json: not JSON \(nested more than 64 levels deep\)/));
  // the same value handed over already parsed
  assert.throws(
    () =>
      validateMetricsReport(
        JSON.parse(report.replace('"sampling":{"x":1}', `"sampling":${'{"a":'.repeat(65)}1${'}'.repeat(65)}`)),
        'r.json',
      ),
    isInput(/r\.json: not a valid fid-gate metrics file \(metrics JSON: nested more than 64 levels deep\)/),
  );
  assert.equal(validateMetricsReport(JSON.parse(report), 'ok.json').metrics.fid!.value, 1.5);
  // a statistics file whose protocol's sampling nests 150 000 levels
  const protocol = `{"extractor":"e","weights":"w","weightsSha256":"a","resize":"r","quantization":"q","fidGateVersion":"v","sampling":${deep}}`;
  const npz = path.join(tmp, 'deep-protocol.npz');
  writeFileSync(
    npz,
    writeZip([
      { name: 'mu.npy', data: formatNpy(new Float64Array([0, 1]), [2]) },
      { name: 'sigma.npy', data: formatNpy(new Float64Array([1, 0, 0, 1]), [2, 2]) },
      { name: 'protocol.npy', data: formatNpy([protocol], []) },
    ]),
  );
  await assert.rejects(
    readStatsNpz(npz),
    isInput(/deep-protocol\.npz: 'protocol' is not valid JSON \(nested more than 64 levels deep\)/),
  );
});

test('compare: KID at N = 2: its interval is finite or left out with a note, never NaN', async () => {
  const { cli } = await import('../helpers/cli.js');
  const D = 4;
  const feats = (f: (i: number, j: number) => number) =>
    Float32Array.from({ length: 2 * D }, (_, t) => f(Math.floor(t / D), t % D));
  const npzOf = (x: Float32Array) => {
    const mu = new Float64Array(D),
      sigma = new Float64Array(D * D);
    for (let j = 0; j < D; j++) mu[j] = (x[j]! + x[D + j]!) / 2;
    for (let a = 0; a < D; a++)
      for (let b = 0; b < D; b++)
        sigma[a * D + b] = (x[a]! - mu[a]!) * (x[b]! - mu[b]!) + (x[D + a]! - mu[a]!) * (x[D + b]! - mu[b]!);
    return writeZip([
      { name: 'mu.npy', data: formatNpy(mu, [D]) },
      { name: 'sigma.npy', data: formatNpy(sigma, [D, D]) },
      { name: 'features.npy', data: formatNpy(x, [2, D]) },
      { name: 'count.npy', data: formatNpy(new BigInt64Array([2n]), []) },
    ]);
  };
  const a = path.join(tmp, 'n2a.npz'),
    b = path.join(tmp, 'n2b.npz'),
    json = path.join(tmp, 'n2.json');
  writeFileSync(a, npzOf(feats((i, j) => i + j)));
  writeFileSync(b, npzOf(feats((i, j) => i * j)));
  const r = await cli('compare', a, b, '--metrics', 'kid', '--json', json, '--quiet');
  assert.equal(r.code, 0, r.err);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  // x = [[0,1,2,3],[1,2,3,4]], y = [[0,0,0,0],[0,1,2,3]], k = (x·y/4 + 1)³: unbiased MMD² = 62.4375 exactly
  assert.equal(report.metrics.kid.value, 62.4375);
  // KID's interval is the U-statistic projection's, defined from N = 2 on: finite, or left out with the note that
  // says why (the route for replicates that are undefined), never NaN
  const ci = report.metrics.kid.ci;
  if (ci) {
    assert.equal(ci.method, 'u-statistic');
    assert.ok(
      Number.isFinite(ci.halfWidth) && Number.isFinite(ci.se) && ci.replicates.every(Number.isFinite),
      JSON.stringify(ci),
    );
  } else {
    assert.ok(
      report.notes.includes(
        'no bootstrap interval for kid: some of its replicates are undefined (too few images: 2 real, 2 generated)',
      ),
      report.notes.join('\n'),
    );
  }
  assert.doesNotMatch(r.out, /NaN/);
  assert.doesNotMatch(readFileSync(json, 'utf8'), /NaN|null/);
});

test('npz: readNpz (members inflated in parallel) and parseNpz name the first corrupt member in archive order', async () => {
  const rows = (v: number) =>
    formatNpy(
      Float64Array.from({ length: 4096 }, (_, i) => (i === 4095 ? v : Math.sin(i))),
      [4096],
    );
  const a = rows(0.25),
    b = rows(0.5),
    c = rows(0.75);
  const zip = writeZip(
    [
      { name: 'a.npy', data: a },
      { name: 'b.npy', data: b },
      { name: 'c.npy', data: c },
    ],
    true,
  );
  const good = path.join(tmp, 'three.npz');
  writeFileSync(good, zip);
  const read = await readNpz(good);
  assert.deepEqual(
    [...read.keys()].map((k) => [k, (read.get(k)!.data as Float64Array)[4095]]),
    [
      ['a', 0.25],
      ['b', 0.5],
      ['c', 0.75],
    ],
  );
  // flip a byte inside the compressed data of b and of c: b is named, whichever inflation fails first
  const entries = readZipEntries(zip, 'three.npz');
  const bad = Buffer.from(zip);
  for (const name of ['b.npy', 'c.npy']) {
    const e = entries.find((x) => x.name === name)!;
    bad[e.dataOffset + e.compressedSize - 8] ^= 0xff; // past the .npy header, inside the data
  }
  const badFile = path.join(tmp, 'three-bad.npz');
  writeFileSync(badFile, bad);
  await assert.rejects(readNpz(badFile), isInput(/three-bad\.npz: member b\.npy: (corrupt deflate data|CRC mismatch)/));
  assert.throws(
    () => parseNpz(bad, badFile),
    isInput(/three-bad\.npz: member b\.npy: (corrupt deflate data|CRC mismatch)/),
  );
});
