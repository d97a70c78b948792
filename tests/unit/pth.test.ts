// Tests for src/weights/pth.ts: the torch.save reader (zip + legacy formats) and its pickle VM's refusals.
// Reference files: fixtures/reference/pth (copied from the shared reference pack) and fixtures/pth (made by
// fixtures/scripts/make_pth_fixtures.py with torch 1.13). Everything hostile is built here, in memory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PthError, readStateDict, readStateDictFile, type TorchTensor } from '../../src/weights/pth.js';
import { readZipEntries, readZipEntry, writeZip } from '../../src/util/zip.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REF = join(ROOT, 'fixtures/reference/pth');
const EXTRA = join(ROOT, 'fixtures/pth');
const tinyZip = new Uint8Array(readFileSync(join(REF, 'tiny_zip.pth')));
const tinyLegacy = new Uint8Array(readFileSync(join(REF, 'tiny_legacy.pth')));

interface RefTensor {
  dtype: string;
  shape: number[];
  values: number[];
  f32_hex?: string[];
}
const tinyValues = JSON.parse(readFileSync(join(REF, 'tiny_values.json'), 'utf8')) as {
  state_dict_order: string[];
  values: Record<string, RefTensor>;
};

// ---------------------------------------------------------------------------------------------------------------
// Helpers.

const enc = new TextEncoder();

function f32Hex(a: Float32Array): string[] {
  const u = new Uint32Array(a.buffer, a.byteOffset, a.length);
  return Array.from(u, (x) => '0x' + x.toString(16).padStart(8, '0'));
}

function expectPthError(fn: () => unknown, re: RegExp, file = 'x.pth'): PthError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof PthError, `expected a PthError, got ${String(caught)}`);
  assert.equal(caught.file, file);
  assert.equal(caught.message, `${file}: ${caught.reason}`);
  assert.match(caught.reason, re);
  return caught;
}

/** A tiny protocol-2 pickle writer, enough to build torch-like pickles and hostile ones. */
class P {
  private readonly b: number[] = [];
  op(...bytes: number[]): this {
    this.b.push(...bytes);
    return this;
  }
  raw(bytes: Uint8Array): this {
    for (const x of bytes) this.b.push(x);
    return this;
  }
  proto(v = 2): this {
    return this.op(0x80, v);
  }
  global(module: string, name: string): this {
    return this.op(0x63).raw(enc.encode(`${module}\n${name}\n`));
  }
  str(s: string): this {
    const e = enc.encode(s);
    return this.op(0x58, ...u32le(e.length)).raw(e);
  }
  int(n: number | bigint): this {
    const v = BigInt(n);
    if (v >= 0n && v < 256n) return this.op(0x4b, Number(v));
    if (v >= 0n && v < 65536n) return this.op(0x4d, Number(v) & 0xff, Number(v) >> 8);
    if (v >= -(2n ** 31n) && v < 2n ** 31n) return this.op(0x4a, ...i32le(Number(v)));
    const bytes: number[] = [];
    let x = v;
    for (;;) {
      // two's complement, little-endian, minimal
      bytes.push(Number(BigInt.asUintN(8, x)));
      x >>= 8n;
      const sign = (bytes[bytes.length - 1]! & 0x80) !== 0;
      if ((x === 0n && !sign) || (x === -1n && sign)) break;
    }
    return this.op(0x8a, bytes.length, ...bytes);
  }
  mark(): this {
    return this.op(0x28);
  }
  tuple(): this {
    return this.op(0x74);
  }
  none(): this {
    return this.op(0x4e);
  }
  false(): this {
    return this.op(0x89);
  }
  emptyTuple(): this {
    return this.op(0x29);
  }
  emptyDict(): this {
    return this.op(0x7d);
  }
  reduce(): this {
    return this.op(0x52);
  }
  stop(): this {
    return this.op(0x2e);
  }
  intTuple(xs: number[]): this {
    this.mark();
    for (const x of xs) this.int(x);
    return this.tuple();
  }
  orderedDict(): this {
    return this.global('collections', 'OrderedDict').emptyTuple().reduce();
  }
  done(): Uint8Array {
    return Uint8Array.from(this.b);
  }
}

function u32le(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}
function i32le(n: number): number[] {
  return u32le(n >>> 0);
}

interface Spec {
  key: string;
  storage: { type?: [string, string]; key: string; numel: number | bigint; view?: [string, number, number] };
  offset?: number;
  shape: number[];
  stride?: number[];
  param?: boolean;
  v3dtype?: string; // _rebuild_tensor_v3 with torch.<v3dtype>
}

function rowMajor(shape: number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i]!;
  }
  return s;
}

/** The pickle torch.save writes for an OrderedDict state dict (legacy: 6-field persistent ids). */
function stateDictPickle(specs: Spec[], legacy: boolean, metadata = true): Uint8Array {
  const p = new P().proto().orderedDict().mark();
  for (const s of specs) {
    p.str(s.key);
    if (s.param) p.global('torch._utils', '_rebuild_parameter');
    p.global('torch._utils', s.v3dtype ? '_rebuild_tensor_v3' : '_rebuild_tensor_v2').mark();
    const [tm, tn] = s.storage.type ?? ['torch', 'FloatStorage'];
    p.mark().str('storage').global(tm, tn).str(s.storage.key).str('cpu').int(s.storage.numel);
    if (legacy) {
      if (s.storage.view) p.mark().str(s.storage.view[0]).int(s.storage.view[1]).int(s.storage.view[2]).tuple();
      else p.none();
    }
    p.tuple().op(0x51); // BINPERSID
    p.int(s.offset ?? 0)
      .intTuple(s.shape)
      .intTuple(s.stride ?? rowMajor(s.shape))
      .false()
      .orderedDict();
    if (s.v3dtype) p.global('torch', s.v3dtype);
    p.tuple().reduce();
    if (s.param) p.false().orderedDict().op(0x87).reduce(); // TUPLE3, REDUCE
  }
  p.op(0x75); // SETITEMS
  if (metadata) p.emptyDict().str('_metadata').orderedDict().op(0x73).op(0x62); // {'_metadata': OrderedDict()} BUILD
  return p.stop().done();
}

const LEGACY_HEADER = tinyLegacy.subarray(0, 137); // magic, protocol version 1001, sys_info (little-endian)

interface Blob {
  key: string;
  bytes: Uint8Array;
  count?: bigint;
  elemSize?: number;
}

function legacyFile(objPickle: Uint8Array, blobs: Blob[], header: Uint8Array = LEGACY_HEADER): Uint8Array {
  const keys = new P().proto().op(0x5d).mark();
  for (const b of blobs) keys.str(b.key);
  const parts: Uint8Array[] = [header, objPickle, keys.op(0x65).stop().done()];
  for (const b of blobs) {
    const h = new Uint8Array(8);
    new DataView(h.buffer).setBigInt64(0, b.count ?? BigInt(b.bytes.length / (b.elemSize ?? 4)), true);
    parts.push(h, b.bytes);
  }
  return concat(parts);
}

function zipFile(
  objPickle: Uint8Array,
  blobs: Blob[],
  extra: { name: string; data: Uint8Array }[] = [],
  prefix = 'archive',
): Uint8Array {
  return new Uint8Array(
    writeZip([
      { name: `${prefix}/data.pkl`, data: objPickle },
      ...blobs.map((b) => ({ name: `${prefix}/data/${b.key}`, data: b.bytes })),
      { name: `${prefix}/version`, data: enc.encode('3\n') },
      ...extra,
    ]),
  );
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

function f32Bytes(values: number[]): Uint8Array {
  return new Uint8Array(Float32Array.from(values).buffer);
}

/** Replaces the first occurrence of `from` by `to` (lengths may differ). */
function patch(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const buf = Buffer.from(bytes);
  const i = buf.indexOf(from, 0, 'latin1');
  assert.ok(i >= 0, `pattern ${JSON.stringify(from)} not found`);
  return concat([bytes.subarray(0, i), Buffer.from(to, 'latin1'), bytes.subarray(i + from.length)]);
}

/** Rebuilds tiny_zip.pth with data.pkl patched. */
function patchZipPickle(from: string, to: string): Uint8Array {
  const entries = readZipEntries(tinyZip, 'tiny_zip.pth');
  return new Uint8Array(
    writeZip(
      entries.map((e) => {
        const data = readZipEntry(tinyZip, e, 'tiny_zip.pth');
        return { name: e.name, data: e.name.endsWith('data.pkl') ? patch(data, from, to) : data };
      }),
    ),
  );
}

function checkAgainstTinyValues(sd: Map<string, TorchTensor>): void {
  assert.deepEqual([...sd.keys()], tinyValues.state_dict_order);
  for (const [key, ref] of Object.entries(tinyValues.values)) {
    const t = sd.get(key)!;
    assert.equal(t.dtype, ref.dtype, key);
    assert.deepEqual(t.shape, ref.shape, key);
    if (ref.dtype === 'float32') {
      assert.ok(t.data instanceof Float32Array, key);
      assert.deepEqual(f32Hex(t.data), ref.f32_hex, key);
      assert.equal(t.data.length, ref.values.length, key);
    } else {
      assert.ok(t.data instanceof BigInt64Array, key);
      assert.deepEqual(Array.from(t.data), ref.values.map(BigInt), key);
    }
  }
  const nbt = sd.get('bn.num_batches_tracked')!;
  assert.deepEqual(nbt.shape, []);
  assert.equal(nbt.data.length, 1);
  assert.equal(nbt.data[0], 7n);
}

// ---------------------------------------------------------------------------------------------------------------
// The reference files.

test('zip format: every value bit-exact, key order, shapes, int64 0-d num_batches_tracked = 7', () => {
  checkAgainstTinyValues(readStateDict(tinyZip, 'tiny_zip.pth'));
});

test('legacy format: every value bit-exact, key order, shapes, int64 0-d num_batches_tracked = 7', () => {
  checkAgainstTinyValues(readStateDict(tinyLegacy, 'tiny_legacy.pth'));
});

test('readStateDictFile reads both files from disk; a missing file is a PthError', async () => {
  checkAgainstTinyValues(await readStateDictFile(join(REF, 'tiny_zip.pth')));
  checkAgainstTinyValues(await readStateDictFile(join(REF, 'tiny_legacy.pth')));
  const missing = join(REF, 'nope.pth');
  await assert.rejects(
    readStateDictFile(missing),
    (e: unknown) => e instanceof PthError && e.file === missing && /cannot read/.test(e.reason),
  );
});

test('tensors are fresh arrays, not views of the input', () => {
  const bytes = tinyLegacy.slice();
  const sd = readStateDict(bytes, 'x.pth');
  const before = f32Hex(sd.get('conv.weight')!.data as Float32Array);
  bytes.fill(0);
  assert.deepEqual(f32Hex(sd.get('conv.weight')!.data as Float32Array), before);
  for (const t of sd.values()) assert.notEqual(t.data.buffer, bytes.buffer);
  // Inputs that are views at odd offsets of a larger buffer (pooled Buffers, subarrays).
  for (const file of [tinyZip, tinyLegacy]) {
    const padded = Buffer.concat([Buffer.alloc(3, 0xaa), file, Buffer.alloc(5, 0xbb)]);
    checkAgainstTinyValues(readStateDict(padded.subarray(3, 3 + file.length), 'x.pth'));
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Extra torch-written fixtures (fixtures/scripts/make_pth_fixtures.py).

interface ExtraEntry {
  format: string;
  keys?: string[];
  tensors?: Record<string, { dtype: string; shape: number[]; f32_hex?: string[]; values?: string[] }>;
  error?: string;
}
const extra = JSON.parse(readFileSync(join(EXTRA, 'extra_values.json'), 'utf8')) as {
  files: Record<string, ExtraEntry>;
};

for (const [name, want] of Object.entries(extra.files)) {
  test(`torch 1.13 fixture ${name} (${want.format}${want.error ? ', refused' : ''})`, () => {
    const bytes = new Uint8Array(readFileSync(join(EXTRA, name)));
    if (want.error) {
      expectPthError(() => readStateDict(bytes, name), new RegExp(want.error), name);
      return;
    }
    const sd = readStateDict(bytes, name);
    assert.deepEqual([...sd.keys()], want.keys);
    for (const [k, ref] of Object.entries(want.tensors!)) {
      const t = sd.get(k)!;
      assert.equal(t.dtype, ref.dtype, k);
      assert.deepEqual(t.shape, ref.shape, k);
      if (ref.dtype === 'float32') assert.deepEqual(f32Hex(t.data as Float32Array), ref.f32_hex, k);
      else assert.deepEqual(Array.from(t.data as BigInt64Array, String), ref.values, k);
    }
  });
}

test('zip and legacy fixtures with shared, strided and expanded storages agree', () => {
  const names = ['views_zip.pth', 'views_legacy.pth', 'views_zip_p4.pth', 'views_legacy_p4.pth'];
  const dicts = names.map((n) => readStateDict(new Uint8Array(readFileSync(join(EXTRA, n))), n));
  for (const d of dicts.slice(1)) assert.deepEqual(d, dicts[0]);
  // Shared storage does not mean shared memory here.
  const [d] = dicts;
  (d!.get('base')!.data as Float32Array)[4] = 99;
  assert.equal((d!.get('slice')!.data as Float32Array)[2], 0);
});

// ---------------------------------------------------------------------------------------------------------------
// Hand-built state dicts: storage sharing, views, strides, v3, parameters, byte order, pickle protocol 4.

test('shared storage with offsets, transposed strides, 0-d and empty tensors (zip and legacy)', () => {
  const base = Array.from({ length: 12 }, (_, i) => i - 3.5);
  const specs: Spec[] = [
    { key: 'a', storage: { key: '0', numel: 12 }, offset: 2, shape: [2, 3] },
    { key: 't', storage: { key: '0', numel: 12 }, shape: [4, 3], stride: [1, 4] },
    { key: 's', storage: { key: '0', numel: 12 }, offset: 11, shape: [] },
    { key: 'e', storage: { key: '0', numel: 12 }, offset: 5, shape: [0, 7] },
    { key: 'x', storage: { key: '0', numel: 12 }, offset: 1, shape: [2, 2, 1], stride: [6, 2, 99] },
  ];
  const want = {
    a: [-1.5, -0.5, 0.5, 1.5, 2.5, 3.5],
    t: [-3.5, 0.5, 4.5, -2.5, 1.5, 5.5, -1.5, 2.5, 6.5, -0.5, 3.5, 7.5],
    s: [7.5],
    e: [],
    x: [-2.5, -0.5, 3.5, 5.5],
  };
  const blobs = [{ key: '0', bytes: f32Bytes(base) }];
  for (const [bytes, label] of [
    [zipFile(stateDictPickle(specs, false), blobs), 'zip'],
    [legacyFile(stateDictPickle(specs, true), blobs), 'legacy'],
  ] as const) {
    const sd = readStateDict(bytes, 'x.pth');
    assert.deepEqual([...sd.keys()], ['a', 't', 's', 'e', 'x'], label);
    for (const [k, v] of Object.entries(want))
      assert.deepEqual(Array.from(sd.get(k)!.data as Float32Array), v, `${label} ${k}`);
    assert.deepEqual(sd.get('t')!.shape, [4, 3]);
    assert.deepEqual(sd.get('s')!.shape, []);
    assert.deepEqual(sd.get('e')!.shape, [0, 7]);
  }
});

test('strided int64 tensor is gathered word by word', () => {
  const longs = new BigInt64Array([10n, -20n, 2n ** 40n, -(2n ** 50n), 5n, 6n]);
  const specs: Spec[] = [
    { key: 'l', storage: { type: ['torch', 'LongStorage'], key: '0', numel: 6 }, shape: [3, 2], stride: [1, 3] },
  ];
  const sd = readStateDict(
    zipFile(stateDictPickle(specs, false), [{ key: '0', bytes: new Uint8Array(longs.buffer) }]),
    'x.pth',
  );
  assert.deepEqual(sd.get('l'), {
    dtype: 'int64',
    shape: [3, 2],
    data: new BigInt64Array([10n, -(2n ** 50n), -20n, 5n, 2n ** 40n, 6n]),
  });
});

test('legacy storage views (view_metadata), nn.Parameter, plain dict top level, no _metadata', () => {
  const root = f32Bytes([0, 1, 2, 3, 4, 5, 6, 7]);
  const specs: Spec[] = [
    { key: 'v1', storage: { key: '0', numel: 8, view: ['10', 2, 4] }, offset: 1, shape: [2] },
    { key: 'v2', storage: { key: '0', numel: 8, view: ['11', 4, 4] }, shape: [2, 2], param: true },
  ];
  const sd = readStateDict(legacyFile(stateDictPickle(specs, true, false), [{ key: '0', bytes: root }]), 'x.pth');
  assert.deepEqual(Array.from(sd.get('v1')!.data as Float32Array), [3, 4]);
  assert.deepEqual(Array.from(sd.get('v2')!.data as Float32Array), [4, 5, 6, 7]);
  // A view past the end of its root storage is refused.
  const bad: Spec[] = [{ key: 'v', storage: { key: '0', numel: 8, view: ['10', 6, 4] }, shape: [1] }];
  expectPthError(
    () => readStateDict(legacyFile(stateDictPickle(bad, true), [{ key: '0', bytes: root }]), 'x.pth'),
    /corrupt.*view/,
  );

  // A plain dict (not an OrderedDict) is a state dict too; key order is the pickle's.
  const p = new P().proto().emptyDict().mark().str('z');
  p.global('torch._utils', '_rebuild_tensor')
    .mark()
    .mark()
    .str('storage')
    .global('torch', 'LongStorage')
    .str('0')
    .str('cpu')
    .int(2)
    .tuple()
    .op(0x51);
  p.int(1).intTuple([1]).intTuple([1]).tuple().reduce().op(0x75).stop();
  const longs = new Uint8Array(new BigInt64Array([-1n, -(2n ** 62n)]).buffer);
  const sd2 = readStateDict(zipFile(p.done(), [{ key: '0', bytes: longs }]), 'x.pth');
  assert.deepEqual(sd2.get('z'), { dtype: 'int64', shape: [1], data: new BigInt64Array([-(2n ** 62n)]) });
});

test('_rebuild_tensor_v3 over an UntypedStorage: float32 is read, float16 refused', () => {
  const bytes = f32Bytes([1.5, -2, 8]);
  const ok: Spec[] = [
    {
      key: 'w',
      storage: { type: ['torch', 'UntypedStorage'], key: '0', numel: 12 },
      offset: 1,
      shape: [2],
      v3dtype: 'float32',
    },
  ];
  const sd = readStateDict(zipFile(stateDictPickle(ok, false), [{ key: '0', bytes }]), 'x.pth');
  assert.deepEqual(Array.from(sd.get('w')!.data as Float32Array), [-2, 8]);
  const half: Spec[] = [{ ...ok[0]!, v3dtype: 'float16' }];
  expectPthError(
    () => readStateDict(zipFile(stateDictPickle(half, false), [{ key: '0', bytes }]), 'x.pth'),
    /unsupported dtype float16/,
  );
});

test('Python 2 style OrderedDict([[key, value], ...])', () => {
  const p = new P().proto().global('collections', 'OrderedDict').op(0x5d).mark();
  p.mark().str('k');
  p.global('torch._utils', '_rebuild_tensor_v2')
    .mark()
    .mark()
    .str('storage')
    .global('torch', 'FloatStorage')
    .str('0')
    .str('cpu')
    .int(1)
    .none()
    .tuple()
    .op(0x51);
  p.int(0).emptyTuple().emptyTuple().false().orderedDict().tuple().reduce();
  p.op(0x6c).op(0x65).op(0x85).reduce().stop(); // LIST (the pair), APPENDS, TUPLE1 (args), REDUCE
  const sd = readStateDict(legacyFile(p.done(), [{ key: '0', bytes: f32Bytes([0.25]) }]), 'x.pth');
  assert.deepEqual(sd.get('k'), { dtype: 'float32', shape: [], data: new Float32Array([0.25]) });
});

test('zip byteorder record: big-endian storages are swapped', () => {
  const be = new Uint8Array(12);
  const dv = new DataView(be.buffer);
  [1.25, -3, 1e-3].forEach((v, i) => dv.setFloat32(i * 4, v, false));
  const specs: Spec[] = [{ key: 'w', storage: { key: '0', numel: 3 }, shape: [3] }];
  const bytes = zipFile(
    stateDictPickle(specs, false),
    [{ key: '0', bytes: be }],
    [{ name: 'archive/byteorder', data: enc.encode('big') }],
  );
  assert.deepEqual(Array.from(readStateDict(bytes, 'x.pth').get('w')!.data as Float32Array), [
    1.25,
    -3,
    Math.fround(1e-3),
  ]);
  const le = zipFile(
    stateDictPickle(specs, false),
    [{ key: '0', bytes: f32Bytes([1, 2, 3]) }],
    [{ name: 'archive/byteorder', data: enc.encode('little') }],
  );
  assert.deepEqual(Array.from(readStateDict(le, 'x.pth').get('w')!.data as Float32Array), [1, 2, 3]);
});

test('an empty state dict is an empty map', () => {
  const pkl = new P().proto().orderedDict().stop().done();
  assert.equal(readStateDict(zipFile(pkl, []), 'x.pth').size, 0);
  assert.equal(readStateDict(legacyFile(pkl, []), 'x.pth').size, 0);
});

// ---------------------------------------------------------------------------------------------------------------
// Damaged and foreign files.

test('truncated legacy file at many cut points => truncated', () => {
  // 1: inside the magic; 20: inside sys_info; 500/996: inside the object pickle; 1134: before the first storage
  // header; 1138: inside it; 1200/1741: inside the storages.
  for (const cut of [1, 2, 5, 14, 16, 20, 100, 500, 996, 1000, 1133, 1134, 1138, 1142, 1200, 1600, 1741]) {
    expectPthError(() => readStateDict(tinyLegacy.subarray(0, cut), 'x.pth'), /truncat/);
  }
});

test('truncated zip file at many cut points => truncated or corrupt', () => {
  for (const cut of [4, 10, 21, 100, 869, 1000, 1500, 2264, 2500, 2900, 3000, 3096]) {
    expectPthError(() => readStateDict(tinyZip.subarray(0, cut), 'x.pth'), /truncat|corrupt/);
  }
});

test('corrupted bytes inside a zip record => CRC error (corrupt)', () => {
  const bytes = tinyZip.slice();
  const e = readZipEntries(bytes, 'x').find((x) => x.name === 'tiny_zip/data/0')!;
  bytes[e.dataOffset + 10]! ^= 0xff;
  expectPthError(() => readStateDict(bytes, 'x.pth'), /corrupt.*CRC|CRC.*corrupt/);
  const pkl = readZipEntries(tinyZip, 'x').find((x) => x.name === 'tiny_zip/data.pkl')!;
  const cutPkl = new Uint8Array(
    writeZip([{ name: 'a/data.pkl', data: readZipEntry(tinyZip, pkl, 'x').subarray(0, 300) }]),
  );
  expectPthError(() => readStateDict(cutPkl, 'x.pth'), /corrupt pickle: a\/data\.pkl ends before its STOP/);
});

test('random bytes, a PNG, an empty file, a plain pickle, an npz-like zip, a tar => not a checkpoint', () => {
  let seed = 12345;
  for (let k = 0; k < 8; k++) {
    const r = new Uint8Array(1000 + k * 37);
    for (let i = 0; i < r.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      r[i] = seed >>> 24;
    }
    if (k === 0) {
      r[0] = 0x80;
      r[1] = 0x02;
    } // starts like a pickle
    expectPthError(() => readStateDict(r, 'x.pth'), /^not a checkpoint/);
  }
  const png = Uint8Array.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
    0, 0, 0,
  ]);
  expectPthError(() => readStateDict(png, 'x.pth'), /^not a checkpoint/);
  expectPthError(() => readStateDict(new Uint8Array(0), 'x.pth'), /^not a checkpoint.*empty/);
  const plainPickle = new P().proto().emptyDict().str('a').int(1).op(0x73).stop().done();
  expectPthError(() => readStateDict(plainPickle, 'x.pth'), /^not a checkpoint/);
  const npz = new Uint8Array(writeZip([{ name: 'mu.npy', data: new Uint8Array(16) }]));
  expectPthError(() => readStateDict(npz, 'x.pth'), /^not a checkpoint.*data\.pkl/);
  const tar = new Uint8Array(1024);
  tar.set(enc.encode('ustar'), 257);
  expectPthError(() => readStateDict(tar, 'x.pth'), /tar archive/);
});

test('a TorchScript archive is refused as not a state dict', () => {
  const bytes = zipFile(
    new P().proto().orderedDict().stop().done(),
    [],
    [{ name: 'archive/constants.pkl', data: new P().proto().emptyTuple().stop().done() }],
  );
  expectPthError(() => readStateDict(bytes, 'x.pth'), /not a state dict.*TorchScript/);
});

// ---------------------------------------------------------------------------------------------------------------
// Hostile pickles: nothing is ever executed.

test('GLOBAL posix.system + REDUCE => "unexpected global posix.system", nothing executed', () => {
  const marker = join(tmpdir(), `pth-test-pwned-${process.pid}-${Date.now()}`);
  const evil = new P().proto().global('posix', 'system').str(`touch ${marker}`).op(0x85).reduce().stop().done();
  expectPthError(() => readStateDict(legacyFile(evil, []), 'x.pth'), /unexpected global posix\.system/);
  expectPthError(() => readStateDict(zipFile(evil, []), 'x.pth'), /unexpected global posix\.system/);
  // In the sys_info slot too, and through STACK_GLOBAL (protocol 4) with builtins.eval.
  const header = concat([LEGACY_HEADER.subarray(0, 21), evil]);
  expectPthError(
    () => readStateDict(legacyFile(new P().proto().orderedDict().stop().done(), [], header), 'x.pth'),
    /unexpected global posix\.system/,
  );
  const evil4 = new P()
    .proto(4)
    .op(0x8c, 8)
    .raw(enc.encode('builtins'))
    .op(0x8c, 4)
    .raw(enc.encode('eval'))
    .op(0x93)
    .str(`__import__('os').system('touch ${marker}')`)
    .op(0x85)
    .reduce()
    .stop()
    .done();
  expectPthError(() => readStateDict(zipFile(evil4, []), 'x.pth'), /unexpected global builtins\.eval/);
  // A real file with one global swapped.
  expectPthError(
    () => readStateDict(patch(tinyLegacy, 'collections\nOrderedDict', 'posix\nsystem'), 'x.pth'),
    /unexpected global posix\.system/,
  );
  expectPthError(
    () => readStateDict(patchZipPickle('torch._utils\n_rebuild_tensor_v2', 'os\nsystem'), 'x.pth'),
    /unexpected global os\.system/,
  );
  assert.equal(existsSync(marker), false);
});

test('allowed globals cannot be misused: calling a storage class, BUILD on a non-OrderedDict', () => {
  const callStorage = new P().proto().global('torch', 'FloatStorage').emptyTuple().reduce().stop().done();
  expectPthError(() => readStateDict(zipFile(callStorage, []), 'x.pth'), /unexpected call of torch\.FloatStorage/);
  const buildList = new P().proto().op(0x5d).emptyDict().op(0x62).stop().done();
  expectPthError(() => readStateDict(zipFile(buildList, []), 'x.pth'), /corrupt pickle: BUILD on list/);
  const wrongArgs = new P().proto().global('torch._utils', '_rebuild_tensor_v2').emptyTuple().reduce().stop().done();
  expectPthError(() => readStateDict(zipFile(wrongArgs, []), 'x.pth'), /_rebuild_tensor_v2 called with 0 arguments/);
});

test('unsupported pickle opcodes are named with their offset', () => {
  // Byte 166 of tiny_legacy.pth is the EMPTY_TUPLE after GLOBAL collections.OrderedDict.
  const newobj = tinyLegacy.slice();
  assert.equal(newobj[166], 0x29);
  newobj[166] = 0x81;
  expectPthError(() => readStateDict(newobj, 'x.pth'), /^unsupported pickle opcode NEWOBJ \(0x81\) at byte 166$/);
  newobj[166] = 0xff;
  expectPthError(() => readStateDict(newobj, 'x.pth'), /^unsupported pickle opcode 0xff \(unknown\) at byte 166$/);
  const zipText = zipFile(new P().proto().op(0x49).raw(enc.encode('01\n')).stop().done(), []);
  expectPthError(
    () => readStateDict(zipText, 'x.pth'),
    /^unsupported pickle opcode INT \(0x49\) at byte 2 of archive\/data\.pkl$/,
  );
  const proto6 = zipFile(new P().proto(6).stop().done(), []);
  expectPthError(() => readStateDict(proto6, 'x.pth'), /unsupported pickle protocol 6/);
});

test('unsupported dtypes: DoubleStorage, HalfStorage, BFloat16Storage (patched real files)', () => {
  expectPthError(
    () => readStateDict(patch(tinyLegacy, 'torch\nFloatStorage', 'torch\nDoubleStorage'), 'x.pth'),
    /unsupported dtype float64 \(torch\.DoubleStorage\)/,
  );
  expectPthError(
    () => readStateDict(patch(tinyLegacy, 'torch\nFloatStorage', 'torch\nHalfStorage'), 'x.pth'),
    /unsupported dtype float16 \(torch\.HalfStorage\)/,
  );
  expectPthError(
    () => readStateDict(patchZipPickle('torch\nFloatStorage', 'torch\nDoubleStorage'), 'x.pth'),
    /unsupported dtype float64/,
  );
  expectPthError(
    () => readStateDict(patchZipPickle('torch\nLongStorage', 'torch\nBFloat16Storage'), 'x.pth'),
    /unsupported dtype bfloat16/,
  );
});

test('a storage claiming 2^40 elements is an error, not an allocation', () => {
  const huge = 2 ** 40;
  const specs: Spec[] = [{ key: 'w', storage: { key: '0', numel: huge }, shape: [huge] }];
  const blobs = [{ key: '0', bytes: f32Bytes([1, 2, 3, 4]), count: BigInt(huge) }];
  const t0 = Date.now();
  expectPthError(
    () => readStateDict(legacyFile(stateDictPickle(specs, true), blobs), 'x.pth'),
    /truncated: storage 0 needs 4398046511104 bytes/,
  );
  expectPthError(
    () => readStateDict(zipFile(stateDictPickle(specs, false), blobs), 'x.pth'),
    /storage archive\/data\/0 holds 16 bytes but the pickle claims 1099511627776 float32 elements/,
  );
  // The header count disagreeing with the pickle, and a tensor reaching past its (honest) storage.
  const lying = [{ key: '0', bytes: f32Bytes([1, 2, 3, 4]), count: BigInt(huge) }];
  const small: Spec[] = [{ key: 'w', storage: { key: '0', numel: 4 }, shape: [4] }];
  expectPthError(
    () => readStateDict(legacyFile(stateDictPickle(small, true), lying), 'x.pth'),
    /corrupt legacy checkpoint: storage 0 holds 1099511627776 elements, the pickle says 4/,
  );
  const past: Spec[] = [{ key: 'w', storage: { key: '0', numel: 4 }, shape: [huge, huge] }];
  expectPthError(
    () => readStateDict(zipFile(stateDictPickle(past, false), blobs), 'x.pth'),
    /reads past the end of its 4-element storage/,
  );
  const expanded: Spec[] = [{ key: 'w', storage: { key: '0', numel: 4 }, shape: [2 ** 26, 2 ** 26], stride: [0, 0] }];
  expectPthError(
    () => readStateDict(zipFile(stateDictPickle(expanded, false), blobs), 'x.pth'),
    /implausible checkpoint/,
  );
  // String and frame lengths far beyond the file.
  const longStr = concat([LEGACY_HEADER, Uint8Array.from([0x80, 2, 0x58, 0xff, 0xff, 0xff, 0x7f])]);
  expectPthError(() => readStateDict(longStr, 'x.pth'), /truncated/);
  const frame = zipFile(Uint8Array.from([0x80, 4, 0x95, 0, 0, 0, 0, 0, 0, 0, 0x40, 0x2e]), []);
  expectPthError(() => readStateDict(frame, 'x.pth'), /corrupt pickle/);
  assert.ok(Date.now() - t0 < 2000, 'refusals must be immediate');
});

test('not a state dict: a list, a nested dict, a non-string key, a pickled nn.Module', () => {
  const list = new P().proto().op(0x5d).stop().done();
  expectPthError(() => readStateDict(zipFile(list, []), 'x.pth'), /^not a state dict: the checkpoint holds a list/);
  const nested = new P().proto().emptyDict().str('state_dict').orderedDict().op(0x73).stop().done();
  expectPthError(
    () => readStateDict(legacyFile(nested, []), 'x.pth'),
    /^not a state dict: the value of "state_dict" is an OrderedDict, not a tensor/,
  );
  const intKey = new P().proto().emptyDict().int(3).none().op(0x73).stop().done();
  expectPthError(() => readStateDict(zipFile(intKey, []), 'x.pth'), /^not a state dict: key 3/);
  const module = new P().proto().mark().str('module').none().none().none().tuple().op(0x51).stop().done();
  expectPthError(() => readStateDict(legacyFile(module, []), 'x.pth'), /^not a state dict: .*nn\.Module/);
});

test('big-endian legacy sys_info is refused', () => {
  const be = tinyLegacy.slice();
  assert.equal(be[73], 0x88); // NEWTRUE after 'little_endian'
  be[73] = 0x89;
  expectPthError(() => readStateDict(be, 'x.pth'), /big-endian/);
});

// ---------------------------------------------------------------------------------------------------------------
// Performance sanity: ~24M float32 values (the size of the FID Inception weights) in the legacy format.

test('a legacy file with 24M float32 values reads in about one copy', () => {
  const n = 24_000_000;
  const specs: Spec[] = [{ key: 'big', storage: { key: '0', numel: n }, shape: [6000, 4000] }];
  const vals = new Float32Array(n);
  for (let i = 0; i < n; i++) vals[i] = (i % 4099) - 2049.5;
  const file = legacyFile(stateDictPickle(specs, true), [{ key: '0', bytes: new Uint8Array(vals.buffer) }]);
  const t0 = performance.now();
  const sd = readStateDict(file, 'big.pth');
  const ms = performance.now() - t0;
  const t = sd.get('big')!;
  assert.deepEqual(t.shape, [6000, 4000]);
  assert.equal(
    Buffer.compare(Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength), Buffer.from(vals.buffer)),
    0,
  );
  assert.ok(ms < 1500, `reading 96 MB took ${ms.toFixed(0)} ms`);
});
