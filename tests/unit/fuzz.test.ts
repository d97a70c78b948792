// Issue 7, item 2: the parsers of untrusted input under property-based fuzzing (fast-check). Each property feeds
// random and mutated inputs and accepts exactly two outcomes: a valid result, or the parser's typed error. Anything
// else (TypeError, RangeError from a giant allocation, a hang) is a bug in the parser. Bounded: a few hundred runs
// per property, the whole file in seconds (FUZZ_RUNS scales it for a longer local run).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { formatNpy, formatNpz, parseNpy, parseNpz } from '../../src/util/npy.js';
import { readZipEntries, readZipEntry, writeZip, ZipError } from '../../src/util/zip.js';
import { PthError, readStateDict } from '../../src/weights/pth.js';
import { parseMaxRegression, parseThresholds } from '../../src/gate/rules.js';
import { validateMetricsReport } from '../../src/report/metrics-json.js';
import { InputError } from '../../src/util/errors.js';
import { fsDecode, fsEncode } from '../../src/util/fs-names.js';
import { compareCodePoints } from '../../src/images/list.js';
import { frechetDistance } from '../../src/metrics/frechet.js';
import { magnitudeDefect } from '../../src/math/covariance-check.js';
import { REF } from '../helpers/helpers.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) };

/** Runs fn; a typed error counts as a pass, anything else is rethrown (and fails the property). */
function typedOnly(fn: () => unknown, ...types: (new (...a: never[]) => Error)[]): void {
  try {
    fn();
  } catch (err) {
    if (types.some((t) => err instanceof t)) return;
    throw err;
  }
}

/** A valid file with some bytes overwritten, inserted or cut: the interesting inputs are near valid ones. */
function mutated(base: Uint8Array): fc.Arbitrary<Uint8Array> {
  return fc
    .record({
      edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
    })
    .map(({ edits, cut }) => {
      const b = Uint8Array.from(base);
      for (const [i, v] of edits) b[i % b.length] = v;
      return cut === undefined ? b : b.subarray(0, cut % (b.length + 1));
    });
}

const npy = formatNpy(Float32Array.of(1, 2, 3, 4, 5, 6), [2, 3]);
const npyStr = formatNpy(['a', 'bc'], [2]);
const npz = formatNpz({
  mu: { data: new Float64Array(3), shape: [3] },
  sigma: { data: new Float64Array(9), shape: [3, 3] },
});
const npzDeflated = formatNpz(
  { mu: { data: new Float64Array(3), shape: [3] }, files: { data: ['x.png', 'y.png'], shape: [2] } },
  true,
);

function npyWithHeader(header: string, body = new Uint8Array(16)): Uint8Array {
  const h = header + ' '.repeat((64 - ((10 + header.length + 1) % 64)) % 64) + '\n';
  const out = new Uint8Array(10 + h.length + body.length);
  out.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0]);
  new DataView(out.buffer).setUint16(8, h.length, true);
  out.set(new TextEncoder().encode(h), 10);
  out.set(body, 10 + h.length);
  return out;
}

test('parseNpy / parseNpz: random and mutated bytes → a result or InputError', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      typedOnly(() => parseNpy(b, 'f.npy'), InputError);
      typedOnly(() => parseNpz(b, 'f.npz'), InputError);
    }),
    params,
  );
  for (const base of [npy, npyStr])
    fc.assert(
      fc.property(mutated(base), (b) => typedOnly(() => parseNpy(b, 'f.npy'), InputError)),
      params,
    );
  for (const base of [npz, npzDeflated])
    fc.assert(
      fc.property(mutated(base), (b) => typedOnly(() => parseNpz(b, 'f.npz'), InputError)),
      params,
    );
});

test('parseNpy: a header claiming a huge shape is refused without allocating it', () => {
  const before = process.memoryUsage().arrayBuffers;
  for (const shape of [
    '(1099511627776,)',
    '(1048576, 1048576)',
    '(4294967296, 4294967296, 4294967296)',
    '(' + '9'.repeat(400) + ',)',
  ]) {
    for (const descr of ['<f4', '<f8', '<U8', '<U0', '|u1']) {
      assert.throws(
        () => parseNpy(npyWithHeader(`{'descr': '${descr}', 'fortran_order': False, 'shape': ${shape}, }`), 'big.npy'),
        (e: Error) => e instanceof InputError && /truncated \.npy data|malformed|unsupported|shape/.test(e.message),
        `${descr} ${shape}`,
      );
    }
  }
  assert.ok(process.memoryUsage().arrayBuffers - before < 64 * 1024 ** 2, 'no giant allocation');
  // random shapes and dtypes in a well-formed header
  const header = fc.record({
    descr: fc.constantFrom('<f4', '<f8', '<i4', '<i8', '|u1', '<U0', '<U1', '<U3', '>f4', '|O', '<c16', 'x'),
    shape: fc.array(fc.oneof(fc.nat(8), fc.nat(), fc.constant(2 ** 40), fc.constant(2 ** 53 + 1), fc.constant(0)), {
      maxLength: 4,
    }),
    fortran: fc.boolean(),
  });
  fc.assert(
    fc.property(header, fc.uint8Array({ maxLength: 64 }), ({ descr, shape, fortran }, body) => {
      const s = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
      typedOnly(
        () =>
          parseNpy(
            npyWithHeader(
              `{'descr': '${descr}', 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': ${s}, }`,
              body,
            ),
            'h.npy',
          ),
        InputError,
      );
    }),
    params,
  );
});

test('readZipEntries / readZipEntry: random and mutated archives → entries or ZipError', () => {
  const zips = [
    writeZip(
      [
        { name: 'a.txt', data: new TextEncoder().encode('hello hello hello') },
        { name: 'b/c.bin', data: new Uint8Array(40).fill(7) },
      ],
      true,
    ),
    writeZip([{ name: 'x', data: Uint8Array.of(1, 2, 3) }], false),
  ];
  const check = (b: Uint8Array) =>
    typedOnly(() => {
      for (const e of readZipEntries(b, 'f.zip')) readZipEntry(b, e, 'f.zip', 1 << 20);
    }, ZipError);
  fc.assert(
    fc.property(
      fc.uint8Array({ maxLength: 200 }).map((b) => Uint8Array.of(0x50, 0x4b, 5, 6, ...b)),
      check,
    ),
    params,
  );
  for (const z of zips) fc.assert(fc.property(mutated(z), check), params);
});

test('parseNpz: mutated .npz files never inflate more than their headers allow; aliased members are refused', () => {
  const npz = formatNpz(
    { mu: { data: new Float32Array([1, 2, 3]), shape: [3] }, sigma: { data: new Float64Array(9), shape: [3, 3] } },
    true,
  );
  fc.assert(
    fc.property(mutated(npz), (b) => {
      typedOnly(
        () => {
          const entries = readZipEntries(b, 'm.npz');
          // the data ranges of what is read never overlap (no member is inflated twice)
          const ranges = entries
            .map((e) => [e.dataOffset, e.dataOffset + e.compressedSize] as const)
            .sort((x, y) => x[0] - y[0]);
          for (let i = 1; i < ranges.length; i++) assert.ok(ranges[i]![0] >= ranges[i - 1]![1]);
          for (const a of parseNpz(b, 'm.npz').values()) {
            // every array read is exactly what its header's shape declares
            assert.equal(
              Array.isArray(a.data) ? a.data.length : a.data.length,
              a.shape.reduce((x, y) => x * y, 1),
            );
          }
        },
        InputError,
        ZipError,
      );
    }),
    params,
  );
  // a central directory listing one member k times: refused whatever k
  fc.assert(
    fc.property(fc.integer({ min: 2, max: 40 }), (k) => {
      const zip = writeZip([{ name: 'a.npy', data: formatNpy(new Float32Array(8), [8]) }], true);
      const eocd = zip.length - 22;
      const cdOffset = zip.readUInt32LE(eocd + 16);
      const cdh = zip.subarray(cdOffset, eocd);
      const out = Buffer.concat([
        zip.subarray(0, cdOffset),
        ...Array.from({ length: k }, () => cdh),
        zip.subarray(eocd),
      ]);
      out.writeUInt16LE(k, out.length - 14);
      out.writeUInt16LE(k, out.length - 12);
      out.writeUInt32LE(cdh.length * k, out.length - 10);
      assert.throws(() => parseNpz(out, 'alias.npz'), /overlap \(the same data listed twice\)/);
    }),
    params,
  );
});

test('readStateDict: mutated torch.save files (zip and legacy) → a state dict or PthError', () => {
  for (const name of ['tiny_zip.pth', 'tiny_legacy.pth']) {
    const base = readFileSync(path.join(REF, 'pth', name));
    assert.ok(readStateDict(base, name).size > 0, name);
    fc.assert(
      fc.property(mutated(base), (b) => typedOnly(() => readStateDict(b, name), PthError)),
      params,
    );
  }
  fc.assert(
    fc.property(
      fc.uint8Array({ maxLength: 200 }).map((b) => Uint8Array.of(0x80, 2, ...b)),
      (b) => typedOnly(() => readStateDict(b, 'r.pth'), PthError),
    ),
    params,
  );
});

test('thresholds / max-regression: random strings → rules or InputError', () => {
  const token = fc.constantFrom(
    'fid',
    'kid',
    'is',
    'precision',
    'recall',
    'lpips',
    '<=',
    '>=',
    '<',
    '>',
    '≤',
    ':',
    '=',
    '+',
    '-',
    '%',
    '5',
    '0.5',
    '1e400',
    '.',
    'e',
    ',',
    ';',
    '#',
    '\n',
    ' ',
    '\r\n',
    'NaN',
    'Infinity',
  );
  const text = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.array(token, { maxLength: 20 }).map((t) => t.join('')),
  );
  fc.assert(
    fc.property(text, (s) => {
      typedOnly(() => {
        for (const r of parseThresholds(s)) assert.ok(Number.isFinite(r.limit) && r.line >= 1, JSON.stringify(r));
      }, InputError);
      typedOnly(() => {
        for (const r of parseMaxRegression(s)) assert.ok(Number.isFinite(r.amount) && r.amount >= 0, JSON.stringify(r));
      }, InputError);
    }),
    params,
  );
});

test('validateMetricsReport: random JSON and mutated reports → a report or InputError', () => {
  const valid = {
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
    },
    real: { source: 'a', kind: 'folder', count: 10 },
    generated: { source: 'b', kind: 'stats', count: 10 },
    metrics: { fid: { value: 1.5, better: 'lower' }, recall: { value: 0.5, better: 'higher', std: 0.1 } },
    notes: ['x'],
    durationSeconds: 1,
  };
  assert.ok(validateMetricsReport(valid, 'ok.json').metrics.fid, 'valid report');
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => typedOnly(() => validateMetricsReport(v, 'r.json'), InputError)),
    params,
  );
  // replace one field somewhere in a valid report with a random JSON value
  const paths: string[][] = [];
  const walk = (o: unknown, p: string[]) => {
    paths.push(p);
    if (o && typeof o === 'object') for (const [k, v] of Object.entries(o)) walk(v, [...p, k]);
  };
  walk(valid, []);
  fc.assert(
    fc.property(fc.constantFrom(...paths.filter((p) => p.length)), fc.jsonValue({ maxDepth: 2 }), (p, v) => {
      const doc = structuredClone(valid) as Record<string, unknown>;
      let o = doc;
      for (const k of p.slice(0, -1)) o = o[k] as Record<string, unknown>;
      o[p[p.length - 1]!] = v;
      typedOnly(() => {
        const r = validateMetricsReport(JSON.parse(JSON.stringify(doc)), 'm.json');
        for (const m of Object.values(r.metrics)) assert.ok(Number.isFinite(m!.value), 'finite metric value');
      }, InputError);
    }),
    params,
  );
});

test('parseNpy: big-endian and Fortran-ordered arrays read as the C-ordered little-endian array they describe', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 4 }),
      fc.boolean(),
      fc.boolean(),
      (shape, bigEndian, fortran) => {
        const n = shape.reduce((a, b) => a * b, 1);
        const c = Float64Array.from({ length: n }, (_, i) => i * 1.5 - 3);
        // the same array laid out column-major: element (i0..ik) at Σ i_j · Π_{l<j} shape_l
        const f = new Float64Array(n);
        for (let ci = 0; ci < n; ci++) {
          let rest = ci,
            fi = 0,
            stride = 1;
          const idx = new Array<number>(shape.length);
          for (let j = shape.length - 1; j >= 0; j--) {
            idx[j] = rest % shape[j]!;
            rest = Math.floor(rest / shape[j]!);
          }
          for (let j = 0; j < shape.length; j++) {
            fi += idx[j]! * stride;
            stride *= shape[j]!;
          }
          f[fi] = c[ci]!;
        }
        const body = Buffer.from((fortran && shape.length > 1 ? f : c).buffer.slice(0));
        if (bigEndian) for (let i = 0; i < body.length; i += 8) body.subarray(i, i + 8).reverse();
        const s = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
        const a = parseNpy(
          npyWithHeader(
            `{'descr': '${bigEndian ? '>' : '<'}f8', 'fortran_order': ${fortran ? 'True' : 'False'}, 'shape': ${s}, }`,
            body,
          ),
          'o.npy',
        );
        assert.equal(a.dtype, '<f8');
        assert.deepEqual([...(a.data as Float64Array)], [...c]);
      },
    ),
    params,
  );
});

test('validateMetricsReport: nesting anywhere past 64 levels is an InputError, never a stack overflow', () => {
  const base = {
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
    },
    real: { source: 'a', kind: 'folder', count: 10 },
    generated: { source: 'b', kind: 'stats', count: 10 },
    metrics: { fid: { value: 1.5, better: 'lower' } },
    notes: [],
    durationSeconds: 1,
  };
  const nest = (depth: number, arrays: boolean): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = arrays ? [v] : { k: v };
    return v;
  };
  fc.assert(
    fc.property(
      fc.oneof(fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 20_000 })),
      fc.boolean(),
      fc.constantFrom('extra', 'protocol.sampling', 'metrics.fid.details'),
      (depth, arrays, where) => {
        const doc = structuredClone(base) as typeof base & {
          extra?: unknown;
          protocol: { sampling?: unknown };
          metrics: { fid: { details?: unknown } };
        };
        const v = nest(depth, arrays);
        if (where === 'extra') doc.extra = v;
        else if (where === 'protocol.sampling') doc.protocol.sampling = { s: v };
        else doc.metrics.fid.details = { d: v };
        // the document's depth (the root is level 1; metrics.fid alone reaches 3): the value's levels start below 1
        // (extra), 3 (protocol.sampling.s) or 4 (metrics.fid.details.d) levels
        const total = Math.max(3, depth + (where === 'extra' ? 1 : where === 'protocol.sampling' ? 3 : 4));
        if (total > 64)
          assert.throws(
            () => validateMetricsReport(doc, 'n.json'),
            (e: Error) => e instanceof InputError && /nested more than 64 levels/.test(e.message),
          );
        else typedOnly(() => validateMetricsReport(doc, 'n.json'), InputError);
      },
    ),
    params,
  );
});

test('fsDecode / fsEncode: any bytes round-trip; valid UTF-8 decodes as UTF-8; escapes sort between U+D7FF and U+E000', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
      const s = fsDecode(b);
      assert.deepEqual([...fsEncode(s)], [...b]);
      const valid = Buffer.from(Buffer.from(b).toString('utf8'), 'utf8').equals(Buffer.from(b));
      if (valid) assert.equal(s, Buffer.from(b).toString('utf8'));
      else assert.ok(/[\udc80-\udcff]/.test(s), 'an escape');
    }),
    params,
  );
  fc.assert(
    fc.property(
      fc.integer({ min: 0x80, max: 0xff }),
      fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff),
      (byte, cp) => {
        const escaped = fsDecode(Uint8Array.of(byte));
        const ch = String.fromCodePoint(cp);
        assert.equal(Math.sign(compareCodePoints(escaped, ch)), Math.sign(0xdc00 + byte - cp) || 0);
      },
    ),
    params,
  );
});

test('statistics of any magnitude: refused beyond ±2^400, else a finite FID', async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: -1074, max: 1023 }), fc.integer({ min: -1074, max: 1023 }), async (em, es) => {
      const mu = new Float64Array([2 ** em, 0]);
      const sigma = new Float64Array([2 ** es, 0, 0, 2 ** es]);
      const b = { mu: new Float64Array(2), sigma: new Float64Array([1, 0, 0, 1]), dim: 2, count: 0 };
      try {
        const r = await frechetDistance(mu, sigma, b.mu, b.sigma, 2);
        assert.ok(em <= 400 && es <= 400, `mu 2^${em}, sigma 2^${es} accepted`);
        assert.ok(Number.isFinite(r.fid) && r.fid >= 0, `fid ${r.fid}`);
      } catch (e) {
        assert.ok(e instanceof InputError, String(e));
        assert.ok(em > 400 || es > 400, (e as Error).message);
      }
      assert.equal(magnitudeDefect(mu, 2) === undefined, em <= 400);
    }),
    { ...params, numRuns: Math.min(RUNS, 200) },
  );
});
