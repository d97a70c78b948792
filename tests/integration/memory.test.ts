// Memory bounds of extraction (src/features/extract.ts MEMORY_LIMITS) and of decoders fed a few bytes that declare
// a large image: batches are cut by their total pixels, decodes ahead are bounded, and the per-sample work of the
// BMP-RLE and plain Netpbm decoders no longer grows with what a few bytes can declare.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as ort from 'onnxruntime-node';
import { extractFeatures, heldPixels, type FeatureModel, type PreparedImage } from '../../src/features/extract.js';
import type { RgbImage } from '../../src/images/decode.js';
import { decodeRgb } from '../../src/images/decode.js';

/** A stand-in session: output `sum` is each image's pixel sum (one row per image), and every batch's dims are kept. */
function summingModel(batches: number[][]): FeatureModel {
  const session = {
    run: async (feeds: Record<string, ort.Tensor>) => {
      const t = feeds.x!;
      batches.push([...t.dims]);
      const n = t.dims[0]!;
      const per = (t.data as Uint8Array).length / n;
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < per; j++) s += (t.data as Uint8Array)[i * per + j]!;
        out[i] = s;
      }
      return { sum: { dims: [n, 1], type: 'float32', data: out } };
    },
  } as unknown as ort.InferenceSession;
  return { name: 'sum', session, device: 'cpu', inputName: 'x', outputs: { sum: 1 } };
}

function image(file: string, w: number, h: number, v: number): RgbImage {
  return { file, width: w, height: h, data: new Uint8Array(w * h * 3).fill(v) };
}

test('extractFeatures: a batch is cut at batchPixels; a larger image goes alone; the rows are the same', async () => {
  // 6 images of 10×10 (100 pixels) with a budget of 250 pixels: batches of 2, 2, 2 instead of one of 6
  const files = Array.from({ length: 6 }, (_, i) => `f${i}`);
  const decode = async (f: string) => image(f, 10, 10, Number(f.slice(1)) + 1);
  const bounded: number[][] = [];
  const r = await extractFeatures(summingModel(bounded), files, {
    decode,
    progress: false,
    limits: { batchPixels: 250 },
  });
  assert.deepEqual(
    bounded.map((d) => d[0]),
    [2, 2, 2],
  );
  const unbounded: number[][] = [];
  const u = await extractFeatures(summingModel(unbounded), files, { decode, progress: false });
  assert.deepEqual(
    unbounded.map((d) => d[0]),
    [6],
  );
  // pixel sums: (i + 1) × 300 for image i, in order, whichever batching
  assert.deepEqual([...r.features.sum!], [300, 600, 900, 1200, 1500, 1800]);
  assert.deepEqual([...u.features.sum!], [...r.features.sum!]);
  // an image over the budget on its own: a batch of 1
  const big: number[][] = [];
  await extractFeatures(summingModel(big), ['a', 'b'], {
    decode: async (f) => image(f, 20, 20, 1),
    progress: false,
    limits: { batchPixels: 250 },
  });
  assert.deepEqual(
    big.map((d) => d[0]),
    [1, 1],
  );
});

test('extractFeatures: decodes in flight and decoded pixels held ahead stay within their limits', async () => {
  const files = Array.from({ length: 40 }, (_, i) => `f${i}`);
  let running = 0,
    maxRunning = 0,
    decoded = 0,
    consumed = 0,
    maxAhead = 0;
  const decode = async (f: string) => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    await new Promise((r) => setImmediate(r));
    running--;
    decoded++;
    maxAhead = Math.max(maxAhead, decoded - consumed);
    return image(f, 10, 10, 1);
  };
  const model = summingModel([]);
  const run = model.session.run.bind(model.session);
  (model.session as unknown as { run: typeof run }).run = async (feeds) => {
    consumed += feeds.x!.dims[0]!;
    return run(feeds);
  };
  // ahead budget 300 pixels = 3 images (plus the one that crosses it), 2 decodes in flight, batches of 1
  const r = await extractFeatures(model, files, {
    decode,
    progress: false,
    batchSize: 1,
    limits: { aheadPixels: 300, decodesInFlight: 2 },
  });
  assert.equal(r.count, 40);
  assert.equal(maxRunning, 2);
  assert.ok(maxAhead <= 4 + 2, `decoded ahead of the network: ${maxAhead}`);
});

test('extractFeatures: inputs prepared by decode workers count by their bytes in the ahead budget', async () => {
  // a 2×2 image whose model input is 300 float32 values (1200 bytes): 400 pixels' worth of RGB uint8, not 4
  assert.equal(heldPixels({ file: 'p', width: 2, height: 2, input: new Float32Array(300) }), 400);
  assert.equal(heldPixels(image('i', 2, 2, 0)), 4);
  const files = Array.from({ length: 40 }, (_, i) => `f${i}`);
  let decoded = 0,
    consumed = 0,
    maxAhead = 0;
  const value = (f: string) => Number(f.slice(1)) + 1;
  const decodePrepared = async (f: string): Promise<PreparedImage> => {
    await new Promise((r) => setImmediate(r));
    decoded++;
    maxAhead = Math.max(maxAhead, decoded - consumed);
    return { file: f, width: 2, height: 2, input: new Float32Array(300).fill(value(f)) };
  };
  const batches: number[][] = [];
  const model = summingModel(batches);
  model.input = {
    spec: { kind: 'clean-inception' },
    batchKey: () => '',
    dims: (n) => [n, 300],
    write: (img, out, offset) => out.fill(img.data[0]!, offset, offset + 300),
  };
  const run = model.session.run.bind(model.session);
  (model.session as unknown as { run: typeof run }).run = async (feeds) => {
    consumed += feeds.x!.dims[0]!;
    // a network slower than the decoder, so that decoded inputs pile up to the budget
    for (let i = 0; i < 8; i++) await new Promise((r) => setImmediate(r));
    return run(feeds);
  };
  // ahead budget 1200 pixels = 3 prepared inputs (plus the one that crosses it), 2 decodes in flight, batches of 1;
  // counted by their 4 decoded pixels, all 40 could wait (lookahead 40)
  const opts = {
    progress: false as const,
    batchSize: 1,
    lookahead: 40,
    limits: { aheadPixels: 1200, decodesInFlight: 2 },
  };
  const r = await extractFeatures(model, files, {
    ...opts,
    decode: async (f) => image(f, 2, 2, value(f)),
    decodePrepared: (f, spec) => {
      assert.deepEqual(spec, { kind: 'clean-inception' });
      return decodePrepared(f);
    },
  });
  assert.equal(r.count, 40);
  assert.ok(maxAhead <= 4 + 2, `prepared inputs ahead of the network: ${maxAhead}`);
  // the rows are those of the main-thread path (ModelInput.write on the pixels): 300 × (i + 1)
  const main = await extractFeatures(model, files, { ...opts, decode: async (f) => image(f, 2, 2, value(f)) });
  assert.deepEqual([...r.features.sum!], [...main.features.sum!]);
  assert.deepEqual(
    [...main.features.sum!],
    files.map((f) => 300 * value(f)),
  );
});

/** A BMP-RLE8 of w×h pixels of palette index 0 (colour `rgb`), from delta escapes only: a few bytes. */
function rle8Bmp(w: number, h: number, rgb: [number, number, number]): Uint8Array {
  const body: number[] = [];
  for (let rows = 0; rows < h; rows += 255) body.push(0, 2, 0, 0, 0, Math.min(255, h - rows));
  body.push(0, 1);
  const header = Buffer.alloc(14 + 40 + 4);
  header.write('BM', 0, 'latin1');
  header.writeUInt32LE(header.length + body.length, 2);
  header.writeUInt32LE(header.length, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(w, 18);
  header.writeInt32LE(h, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(8, 28);
  header.writeUInt32LE(1, 30); // BI_RLE8
  header.writeUInt32LE(body.length, 34);
  header.writeUInt32LE(1, 46); // one palette colour
  header[54] = rgb[2];
  header[55] = rgb[1];
  header[56] = rgb[0]; // BGRX
  return new Uint8Array(Buffer.concat([header, Buffer.from(body)]));
}

test('BMP-RLE8: delta escapes declaring 4000×3000 pixels in 131 bytes decode to the palette colour', async () => {
  const bytes = rle8Bmp(4000, 3000, [10, 20, 30]);
  assert.ok(bytes.length < 200);
  const img = await decodeRgb({ file: 'rle.bmp', bytes });
  assert.equal(img.width, 4000);
  assert.equal(img.height, 3000);
  for (let i = 0; i < img.data.length; i += 3) {
    if (img.data[i] !== 10 || img.data[i + 1] !== 20 || img.data[i + 2] !== 30) assert.fail(`pixel ${i / 3}`);
  }
});

test("plain PGM/PPM: a last token without trailing whitespace fills the image (Pillow's quirk) at once", async () => {
  // 5000×4000 declared, one token of body: Pillow repeats it; 20 M samples, filled by a typed-array fill
  const pgm = await decodeRgb({ file: 'q.pgm', bytes: new TextEncoder().encode('P2 5000 4000 255\n7') });
  assert.equal(pgm.data.length, 5000 * 4000 * 3);
  assert.ok(pgm.data.every((v) => v === 7));
  // P3: 3 values given, the third repeated; maxval 100 → round(v / 100 × 255)
  const ppm = await decodeRgb({ file: 'q.ppm', bytes: new TextEncoder().encode('P3 3 2 100\n0 50 100') });
  assert.deepEqual(
    [...ppm.data],
    [0, 128, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255],
  );
  // the repeated token is still validated: over maxval is an error, naming the file
  await assert.rejects(
    decodeRgb({ file: 'bad.pgm', bytes: new TextEncoder().encode('P2 5000 4000 255\n256') }),
    /bad\.pgm.*channel value too large/,
  );
});

test('the pixel guard holds for every format a few bytes can declare a large image in', async () => {
  const { deflateSync, crc32 } = await import('node:zlib');
  const sharp = (await import('sharp')).default;
  const LIMIT = 64 * 64;
  const chunk = (t: string, d: Buffer) => {
    const b = Buffer.alloc(12 + d.length);
    b.writeUInt32BE(d.length, 0);
    b.write(t, 4, 'latin1');
    d.copy(b, 8);
    b.writeUInt32BE(crc32(Buffer.concat([Buffer.from(t, 'latin1'), d])) >>> 0, 8 + d.length);
    return b;
  };
  // a PNG of zeros: 8- or 16-bit RGB, optionally Adam7-interlaced (its zero stream is long enough either way)
  const png = (w: number, h: number, depth: number, interlace: number, body = true) => {
    const ihdr = Buffer.alloc(13);
    ihdr.writeUInt32BE(w, 0);
    ihdr.writeUInt32BE(h, 4);
    ihdr[8] = depth;
    ihdr[9] = 2;
    ihdr[12] = interlace;
    const raw = Buffer.alloc(body ? (1 + (w * 3 * depth) / 8) * h * 2 : 100);
    return Buffer.concat([
      Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
      chunk('IHDR', ihdr),
      chunk('IDAT', deflateSync(raw)),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  };
  // a baseline TIFF header declaring w×h with one 16-byte strip
  const tiff = (w: number, h: number) => {
    const tags: [number, number, number][] = [
      [256, 4, w],
      [257, 4, h],
      [258, 3, 8],
      [259, 3, 1],
      [262, 3, 1],
      [273, 4, 8 + 2 + 12 * 9 + 4],
      [277, 3, 1],
      [278, 4, h],
      [279, 4, 16],
    ];
    const b = Buffer.alloc(8 + 2 + 12 * tags.length + 4 + 16);
    b.write('II*\0', 0, 'latin1');
    b.writeUInt32LE(8, 4);
    b.writeUInt16LE(tags.length, 8);
    tags.forEach(([tag, type, v], i) => {
      const o = 10 + 12 * i;
      b.writeUInt16LE(tag, o);
      b.writeUInt16LE(type, o + 2);
      b.writeUInt32LE(1, o + 4);
      if (type === 3) b.writeUInt16LE(v, o + 8);
      else b.writeUInt32LE(v, o + 8);
    });
    return b;
  };
  const jpegOf = async (w: number, h: number) => {
    const j = Buffer.from(
      await sharp({ create: { width: 16, height: 16, channels: 3, background: 'black' } })
        .jpeg()
        .toBuffer(),
    );
    for (let p = 2; p < j.length - 8; p++)
      if (j[p] === 0xff && j[p + 1] === 0xc0) {
        j.writeUInt16BE(h, p + 5);
        j.writeUInt16BE(w, p + 7);
        break;
      }
    return j;
  };
  const refused: [string, Uint8Array][] = [
    ['PNG 8-bit', png(64, 65, 8, 0)],
    ['PNG 16-bit', png(64, 65, 16, 0)],
    ['PNG interlaced', png(64, 65, 8, 1)],
    ['PNG 65535² with a tiny IDAT', png(65535, 65535, 8, 0, false)],
    ['TIFF 65535²', tiff(65535, 65535)],
    ['JPEG declaring 65500²', await jpegOf(65500, 65500)],
    [
      'WebP',
      await sharp(Buffer.alloc(64 * 65 * 3), { raw: { width: 64, height: 65, channels: 3 } })
        .webp({ lossless: true })
        .toBuffer(),
    ],
    ['plain PGM 65535² maxval 65535', Buffer.from('P2 65535 65535 65535\n1 2 3')],
    ['binary PGM maxval 65535', Buffer.from('P5 64 65 65535\n\0\0')],
  ];
  for (const [what, bytes] of refused) {
    await assert.rejects(
      decodeRgb({ file: what, bytes }, { maxPixels: LIMIT }),
      (e: Error) =>
        e.name === 'InputError' && /exceeds the limit of 4096 pixels \(decompression bomb guard\)/.test(e.message),
      what,
    );
  }
  // at the limit the same kinds decode, with the right size and content
  for (const [what, bytes] of [
    ['PNG 8-bit', png(64, 64, 8, 0)],
    ['PNG 16-bit', png(64, 64, 16, 0)],
    ['PNG interlaced', png(64, 64, 8, 1)],
  ] as const) {
    const img = await decodeRgb({ file: what, bytes }, { maxPixels: LIMIT });
    assert.deepEqual([img.width, img.height, img.data.length, Math.max(...img.data)], [64, 64, 64 * 64 * 3, 0], what);
  }
});
