import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp, { type SharpOptions } from 'sharp';
import { configureSharp, decodeRgb, DEFAULT_MAX_PIXELS } from '../../src/images/decode.js';
import { roundHalfEven } from '../../src/images/netpbm.js';
import { InputError } from '../../src/util/errors.js';

const DIR = fileURLToPath(new URL('../../fixtures/decode/', import.meta.url));

interface Expected {
  pillow: string;
  fixtures: Record<string, { width: number; height: number; mode: string; format: string; rgb: string; note?: string }>;
  errors: Record<string, string>;
}
const expected = JSON.parse(await readFile(join(DIR, 'expected.json'), 'utf8')) as Expected;

/** Documented deviations from Pillow 9.4 (see src/images/decode.ts / bmp.ts). */
const DEVIATIONS: Record<string, { maxDiff: number } | { refused: RegExp }> = {
  // libvips un-premultiplies associated alpha with a different rounding than Pillow's RGBa unpacker
  'tiff_rgba_assoc.tif': { maxDiff: 1 },
  // Pillow reads overlapping rows here (its grey-palette shortcut reads 8 bits per pixel from 4-bit rows)
  'bmp_p4_grey16_w16.bmp': { refused: /greyscale palette rows wider/ },
  // libvips returns black for transparent GIF pixels, Pillow the palette colour (GIF is not in IMAGE_EXTENSIONS)
  'gif_trns.gif': { refused: /GIF with transparency/ },
};

function diff(a: Uint8Array, b: Uint8Array): { max: number; count: number } {
  assert.equal(a.length, b.length, 'length');
  let max = 0;
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    if (d) count++;
    if (d > max) max = d;
  }
  return { max, count };
}

function assertInputError(err: unknown, file: string, re?: RegExp): true {
  assert.ok(err instanceof InputError, `expected InputError, got ${String(err)}`);
  assert.ok(err.message.includes(file), `message names the file: ${err.message}`);
  assert.ok(!/\n\s+at /.test(err.message), `no stack trace in the message: ${err.message}`);
  if (re) assert.match(err.message, re);
  return true;
}

test('fixtures: expected.json comes from Pillow 9.4.0 and covers every fixture file', async () => {
  assert.equal(expected.pillow, '9.4.0');
  const files = (await readdir(DIR)).filter((f) => f !== 'expected.json').sort();
  const listed = [...Object.keys(expected.fixtures), ...Object.keys(expected.errors)].sort();
  assert.deepEqual(files, listed);
  assert.ok(files.length >= 100);
});

for (const [name, e] of Object.entries(expected.fixtures)) {
  const dev = DEVIATIONS[name];
  test(`decode ${name} (${e.format} mode ${e.mode}) == Pillow convert('RGB')${dev ? ' [documented deviation]' : ''}`, async () => {
    const file = join(DIR, name);
    if (dev && 'refused' in dev) {
      await assert.rejects(decodeRgb(file), (err) => assertInputError(err, file, dev.refused));
      return;
    }
    const img = await decodeRgb(file);
    assert.equal(img.file, file);
    assert.equal(img.width, e.width);
    assert.equal(img.height, e.height);
    assert.ok(img.data instanceof Uint8Array);
    const want = new Uint8Array(Buffer.from(e.rgb, 'base64'));
    const d = diff(img.data, want);
    if (dev && 'maxDiff' in dev) {
      assert.ok(d.max <= dev.maxDiff, `max diff ${d.max} > ${dev.maxDiff}`);
    } else {
      assert.deepEqual(d, { max: 0, count: 0 }, 'byte-identical to Pillow');
    }
  });
}

for (const [name, pilError] of Object.entries(expected.errors)) {
  test(`decode ${name} fails like Pillow (${pilError})`, async () => {
    const file = join(DIR, name);
    await assert.rejects(decodeRgb(file), (err) => assertInputError(err, file));
  });
}

test('decodeRgb accepts {file, bytes} and gives the same result as a path', async () => {
  for (const name of [
    'png_rgb8.png',
    'jpeg_cmyk.jpg',
    'png_gray16.png',
    'bmp_rle4.bmp',
    'ppm_p3.ppm',
    'tiff_i16.tif',
  ]) {
    const file = join(DIR, name);
    const bytes = new Uint8Array(await readFile(file));
    const a = await decodeRgb(file);
    const b = await decodeRgb({ file: 'virtual/' + name, bytes });
    assert.equal(b.file, 'virtual/' + name);
    assert.deepEqual([b.width, b.height], [a.width, a.height]);
    assert.deepEqual(Buffer.from(b.data), Buffer.from(a.data));
  }
});

// The fixtures would not catch a regression if the special cases did not matter: check that they do.
test('fixtures exercise the special cases (sharp defaults would differ from Pillow)', async () => {
  const plain = async (name: string, opts: SharpOptions = {}): Promise<{ data: Buffer; w: number; h: number }> => {
    const { data, info } = await sharp(join(DIR, name), opts)
      .removeAlpha()
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, w: info.width, h: info.height };
  };
  const want = (name: string): Buffer => Buffer.from(expected.fixtures[name]!.rgb, 'base64');
  // embedded ICC profile: applying it changes colours a lot
  assert.ok(diff((await plain('jpeg_icc.jpg')).data, want('jpeg_icc.jpg')).max > 30);
  assert.ok(diff((await plain('png_rgb8_icc.png')).data, want('png_rgb8_icc.png')).max > 30);
  // EXIF orientation 6: auto-orienting would swap width and height
  const o = await plain('jpeg_exif6.jpg', { autoOrient: true });
  assert.deepEqual(
    [o.w, o.h],
    [expected.fixtures['jpeg_exif6.jpg']!.height, expected.fixtures['jpeg_exif6.jpg']!.width],
  );
  // CMYK: sharp's ICC-based conversion is not Pillow's
  assert.ok(diff((await plain('jpeg_cmyk.jpg')).data, want('jpeg_cmyk.jpg')).max > 30);
  // 16-bit grey: scaling (v >> 8) is not Pillow's clipping
  assert.ok(diff((await plain('png_gray16.png')).data, want('png_gray16.png')).max > 100);
  // alpha: the fixture has fully transparent pixels with non-zero RGB, which compositing would turn black
  const rgba = await sharp(join(DIR, 'png_rgba8.png')).flatten({ background: '#000' }).raw().toBuffer();
  assert.ok(diff(rgba, want('png_rgba8.png')).max > 100);
});

test('Pillow specifics are pinned in the expected data', () => {
  const px = (name: string, i: number): number[] => [
    ...Buffer.from(expected.fixtures[name]!.rgb, 'base64').subarray(3 * i, 3 * i + 3),
  ];
  // 16-bit grey PNG row 0 = [0, 1, 254, 255, 256, 65535]: clipped, not scaled
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5].map((i) => px('png_gray16.png', i)[0]),
    [0, 1, 254, 255, 255, 255],
  );
  // 16-bit RGB PNG pixel 0 = (0x0000, 0x00ff, 0x0180): high byte
  assert.deepEqual(px('png_rgb16.png', 0), [0, 0, 1]);
  assert.deepEqual(px('png_rgb16.png', 1), [0x7f, 0x80, 0xff]);
  // PGM maxval 2: value 1 -> 127.5 -> 128 (round half to even)
  assert.equal(roundHalfEven(127.5), 128);
  assert.equal(roundHalfEven(126.5), 126);
  assert.equal(roundHalfEven(0.49999999999999994), 0);
});

test('decoding errors are InputErrors that name the file and the reason', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'fid-gate-decode-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  const png = await readFile(join(DIR, 'png_rgb8.png'));
  const jpg = await readFile(join(DIR, 'jpeg_rgb420.jpg'));
  const cases: [string, Uint8Array | null, RegExp][] = [
    ['missing.png', null, /no such file/],
    ['zero.png', new Uint8Array(0), /empty \(0 bytes\)/],
    ['truncated.png', png.subarray(0, png.length >> 1), /corrupt or truncated PNG/],
    ['truncated.jpg', jpg.subarray(0, jpg.length - 2), /corrupt or truncated JPEG/],
    ['half.jpg', jpg.subarray(0, jpg.length >> 1), /corrupt or truncated JPEG/],
    ['text.png', new TextEncoder().encode('hello, this is not an image\n'), /not an image \(looks like text\)/],
    ['binary.png', new Uint8Array([0, 1, 2, 3, 4, 5, 250, 251]), /not a recognised image format/],
    ['short.pgm', new TextEncoder().encode('P5\n4 4\n255\n\x01\x02'), /truncated/],
    ['badmax.pgm', new TextEncoder().encode('P5\n4 4\n0\n'), /maxval/],
    ['short.bmp', new Uint8Array([0x42, 0x4d, 0, 0]), /BMP file is truncated/],
    ['webp.webp', (await readFile(join(DIR, 'webp_lossy.webp'))).subarray(0, 200), /WebP/],
    ['gif_trns.png', await readFile(join(DIR, 'gif_trns.gif')), /GIF with transparency/],
  ];
  for (const [name, bytes, re] of cases) {
    const file = join(dir, name);
    if (bytes) await writeFile(file, bytes);
    await assert.rejects(decodeRgb(file), (err) => assertInputError(err, file, re), name);
  }
  await assert.rejects(decodeRgb(dir), (err) => assertInputError(err, dir, /directory/));
});

test('decompression-bomb guard: default 2 * PIL MAX_IMAGE_PIXELS, configurable', async () => {
  assert.equal(DEFAULT_MAX_PIXELS, 178956970);
  // 16x12 = 192 pixels
  for (const name of [
    'png_rgb8.png',
    'jpeg_rgb420.jpg',
    'bmp_rgb24.bmp',
    'ppm_p6.ppm',
    'tiff_rgb.tif',
    'png_gray16.png',
    'jpeg_cmyk.jpg',
  ]) {
    const file = join(DIR, name);
    const { width, height } = expected.fixtures[name]!;
    await decodeRgb(file, { maxPixels: width * height }); // exactly at the limit: fine (Pillow: > limit fails)
    await assert.rejects(decodeRgb(file, { maxPixels: width * height - 1 }), (err) =>
      assertInputError(err, file, /exceeds the limit of \d+ pixels/),
    );
    await decodeRgb(file, { maxPixels: 0 }); // 0 = no limit
  }
  // a BMP header claiming 20000 x 20000 is refused before any allocation
  const bmp = new Uint8Array(await readFile(join(DIR, 'bmp_rgb24.bmp')));
  const dv = new DataView(bmp.buffer, bmp.byteOffset);
  dv.setInt32(18, 20000, true);
  dv.setInt32(22, 20000, true);
  await assert.rejects(decodeRgb({ file: 'bomb.bmp', bytes: bmp }), (err) =>
    assertInputError(err, 'bomb.bmp', /decompression bomb/),
  );
  const pgm = new TextEncoder().encode('P5\n20000 20000\n255\n');
  await assert.rejects(decodeRgb({ file: 'bomb.pgm', bytes: pgm }), (err) =>
    assertInputError(err, 'bomb.pgm', /decompression bomb/),
  );
});

test('configureSharp is idempotent and disables the libvips cache', () => {
  configureSharp();
  configureSharp();
  const c = sharp.cache();
  assert.equal(c.items.max, 0);
});
