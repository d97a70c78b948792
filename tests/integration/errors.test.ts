// Issue 7, item 1: the bad-input matrix. Every case of docs/errors.md is exercised here: through the CLI in process
// (exit code 2 = input error, message "fid-gate COMMAND: ..." naming the file or input), or through the owning
// function where going through the network would only add seconds. Keep docs/errors.md in step with this file.
// Every assert.ok has a message: without one, Node builds it by re-parsing this TypeScript file, which takes minutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type * as ort from 'onnxruntime-node';
import { runCli } from '../../src/cli.js';
import { decodeRgb } from '../../src/images/decode.js';
import { formatNpz } from '../../src/util/npy.js';
import { parseMaxRegression, parseThresholds } from '../../src/gate/rules.js';
import { extractFolder, type LoadedExtractor } from '../../src/pipeline.js';
import { InputError } from '../../src/util/errors.js';
import { FIXTURES } from '../helpers/helpers.js';
import { KNOWN_METRICS, parseMetrics } from '../../src/metrics/registry.js';
import { cliErrors as cli } from '../helpers/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-errors-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const W = ['--weights', 'synthetic', '--cache-dir', path.join(tmp, 'cache'), '--quiet'];
const DECODE = path.join(FIXTURES, 'decode');

let n = 0;
function folder(files: Record<string, Uint8Array | string>): string {
  const d = path.join(tmp, `f${n++}`);
  mkdirSync(d, { recursive: true });
  for (const [k, v] of Object.entries(files)) writeFileSync(path.join(d, k), v);
  return d;
}

const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 10, g: 200, b: 30 } } })
  .png()
  .toBuffer();
const jpg = await sharp({ create: { width: 64, height: 64, channels: 3, background: { r: 10, g: 200, b: 30 } } })
  .jpeg()
  .toBuffer();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function decodeError(bytes: Uint8Array, name: string, maxPixels?: number): Promise<string> {
  const file = path.join(tmp, name);
  writeFileSync(file, bytes);
  try {
    await decodeRgb(file, { maxPixels });
  } catch (err) {
    assert.ok(err instanceof InputError, `${name}: expected InputError, got ${(err as Error).stack}`);
    assert.equal(err.subject, file);
    return err.message;
  }
  assert.fail(`${name}: decoded without error`);
}

test('folders: missing, empty, without images, mixed (non-images ignored by extension), N < 2', async () => {
  const o = path.join(tmp, 'o.npz');
  let r = await cli('stats', path.join(tmp, 'nope'), '-o', o, ...W);
  assert.equal(r.code, 2);
  assert.equal(r.err, `fid-gate stats: ${path.join(tmp, 'nope')}: not a folder`);
  const empty = folder({});
  r = await cli('stats', empty, '-o', o, ...W);
  assert.equal(r.code, 2);
  assert.match(
    r.err,
    new RegExp(
      `^fid-gate stats: No images found in ${esc(empty)}: looked for files ending in \\.bmp .* \\(any letter case\\) in the folder; its subfolders \\(if any\\) hold none either\\.$`,
    ),
  );
  const txt = folder({ 'readme.txt': 'hi', 'data.csv': '1,2' });
  r = await cli('compare', txt, empty, ...W);
  assert.equal(r.code, 2);
  assert.match(r.err, new RegExp(`^fid-gate compare: No images found in ${esc(txt)}: `));
  // non-image files among images are ignored (by extension); one image is too few
  const one = folder({ 'a.png': png, 'notes.txt': 'hi', 'b.json': '{}' });
  r = await cli('stats', one, '-o', o, ...W);
  assert.equal(r.code, 2);
  assert.equal(r.err, `fid-gate stats: ${one}: 1 image(s); statistics need at least 2`);
  r = await cli('compare', one, one, '--metrics', 'fid', ...W);
  assert.equal(r.code, 2);
  assert.equal(r.err, `fid-gate compare: real input ${one}: 1 image; the metrics need at least 2`);
});

test('bad image files are named: non-image with an image extension, zero bytes, truncated, corrupt', async () => {
  assert.equal(
    await decodeError(Buffer.from('hello, not an image'), 'text.png'),
    `Cannot decode image ${path.join(tmp, 'text.png')}: not an image (looks like text); supported: PNG, JPEG, WebP, TIFF, BMP, PBM/PGM/PPM (and GIF by content)`,
  );
  assert.equal(
    await decodeError(Uint8Array.of(1, 2, 250, 0, 7), 'binary.jpg'),
    `Cannot decode image ${path.join(tmp, 'binary.jpg')}: not a recognised image format; supported: PNG, JPEG, WebP, TIFF, BMP, PBM/PGM/PPM (and GIF by content)`,
  );
  assert.equal(
    await decodeError(new Uint8Array(0), 'zero.png'),
    `Cannot decode image ${path.join(tmp, 'zero.png')}: the file is empty (0 bytes)`,
  );
  assert.match(
    await decodeError(png.subarray(0, png.length >> 1), 'trunc.png'),
    new RegExp(`^Cannot decode image ${esc(path.join(tmp, 'trunc.png'))}: corrupt or truncated PNG data \\(.+\\)$`),
  );
  assert.match(
    await decodeError(jpg.subarray(0, jpg.length >> 1), 'trunc.jpg'),
    new RegExp(`^Cannot decode image ${esc(path.join(tmp, 'trunc.jpg'))}: corrupt or truncated JPEG data \\(.+\\)$`),
  );
  const cp = Uint8Array.from(png);
  for (let i = 40; i < cp.length - 12; i++) cp[i] ^= 0x5a;
  assert.match(await decodeError(cp, 'corrupt.png'), /: corrupt or truncated PNG data \(/);
  const cj = Uint8Array.from(jpg);
  for (let i = 200; i < cj.length - 2; i += 7) cj[i] ^= 0x5a;
  assert.match(await decodeError(cj, 'corrupt.jpg'), /: corrupt or truncated JPEG data \(/);
  // end to end: the CLI exits 2 and names the file
  const bad = folder({ 'a.png': png, 'b.png': png.subarray(0, 100) });
  const r = await cli('stats', bad, '-o', path.join(tmp, 'o.npz'), ...W);
  assert.equal(r.code, 2);
  assert.match(
    r.err,
    new RegExp(`^fid-gate stats: Cannot decode image ${esc(path.join(bad, 'b.png'))}: corrupt or truncated PNG data`),
  );
});

test('on-bad-image: fail (default) stops naming the file; skip leaves it out, warns, and the report says so', async () => {
  // 3 good PNGs + 1 truncated (sorted in the middle, so the kept order and the files list are checked too)
  const f = folder({ 'a.png': png, 'b.png': png.subarray(0, png.length >> 1), 'c.png': png, 'd.png': png });
  const bad = path.join(f, 'b.png');
  const o = path.join(tmp, 'skip.npz');
  for (const extra of [[], ['--on-bad-image', 'fail']]) {
    const r = await cli('stats', f, '-o', o, ...extra, ...W);
    assert.equal(r.code, 2);
    assert.match(r.err, new RegExp(`^fid-gate stats: Cannot decode image ${esc(bad)}: corrupt or truncated PNG data`));
  }
  const out: string[] = [],
    err: string[] = [];
  const code = await runCli(['stats', f, '-o', o, '--features', '--on-bad-image', 'skip', ...W], {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
  });
  assert.equal(code, 0, err.join('\n'));
  // one warning line naming the file
  assert.equal(err.filter((l) => l.includes('skipping')).length, 1, err.join('\n'));
  assert.ok(
    err.some((l) => l.startsWith(`warning: skipping ${bad} (on-bad-image: skip): Cannot decode image ${bad}`)),
    err.join('\n'),
  );
  assert.match(out.join('\n'), new RegExp(`${esc(o)}: 3 images`));
  assert.ok(
    out.some((l) => l === `${f}: 1 image(s) skipped because they could not be decoded (on-bad-image: skip): b.png`),
    out.join('\n'),
  );
  const { readStatsNpz } = await import('../../src/metrics/stats-file.js');
  const s = await readStatsNpz(o);
  assert.equal(s.count, 3);
  assert.deepEqual(s.files, ['a.png', 'c.png', 'd.png']); // the kept files, in order
  // compare: exit 0, count 3, and the report's notes name the skipped file
  const json = path.join(tmp, 'skip.json');
  const r = await cli('compare', f, f, '--metrics', 'fid', '--on-bad-image', 'skip', '--json', json, ...W);
  assert.equal(r.code, 0, r.err);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(report.real.count, 3, JSON.stringify(report.real));
  assert.equal(report.generated.count, 3);
  const notes = (report.notes as string[]).filter((n) => n.includes('skipped'));
  assert.deepEqual(notes, [
    `real input ${f}: 1 image(s) skipped because they could not be decoded (on-bad-image: skip): b.png`,
    `generated input ${f}: 1 image(s) skipped because they could not be decoded (on-bad-image: skip): b.png`,
  ]);
  const bad2 = await cli('compare', f, f, '--on-bad-image', 'maybe', ...W);
  assert.equal(bad2.code, 2);
  assert.equal(bad2.err, 'fid-gate compare: --on-bad-image: expected fail or skip, got "maybe"');
});

test('decompression bomb: the pixel limit, configurable with --max-pixels', async () => {
  assert.equal(
    await decodeError(png, 'big.png', 64 * 64 - 1),
    `Cannot decode image ${path.join(tmp, 'big.png')}: image exceeds the limit of 4095 pixels (decompression bomb guard)`,
  );
  assert.equal((await decodeRgb(path.join(tmp, 'big.png'), { maxPixels: 64 * 64 })).width, 64);
  assert.equal((await decodeRgb(path.join(tmp, 'big.png'), { maxPixels: 0 })).width, 64); // 0 = no limit
  // a 20000×20000 PNG header over 1x1 of data: refused by the limit before any pixel is allocated
  const ihdr = Buffer.from(png);
  ihdr.writeUInt32BE(20000, 16);
  ihdr.writeUInt32BE(20000, 20);
  assert.match(
    await decodeError(ihdr, 'bomb.png'),
    /exceeds the limit of 178956970 pixels|corrupt or truncated PNG data/,
  );
  const f = folder({ 'a.png': png, 'b.png': png });
  let r = await cli('stats', f, '-o', path.join(tmp, 'o.npz'), '--max-pixels', '1000', ...W);
  assert.equal(r.code, 2);
  assert.equal(
    r.err,
    `fid-gate stats: Cannot decode image ${path.join(f, 'a.png')}: image exceeds the limit of 1000 pixels (decompression bomb guard)`,
  );
  r = await cli('compare', f, f, '--metrics', 'fid', '--max-pixels', '1000', ...W);
  assert.equal(r.code, 2);
  assert.match(r.err, /^fid-gate compare: Cannot decode image .*a\.png: image exceeds the limit of 1000 pixels/);
  r = await cli('stats', f, '-o', path.join(tmp, 'o.npz'), '--max-pixels=-3', ...W);
  assert.equal(r.code, 2);
  assert.equal(r.err, 'fid-gate stats: --max-pixels: expected a non-negative integer (0 = no limit), got "-3"');
});

test('documented choices: 1, 2, 4 channels, 16-bit, CMYK JPEG and EXIF orientation decode (like Pillow), no error', async () => {
  for (const f of [
    'png_l8.png',
    'png_la8.png',
    'png_rgba8.png',
    'png_rgb16.png',
    'png_gray16.png',
    'png_rgba16.png',
    'jpeg_cmyk.jpg',
    'jpeg_gray.jpg',
  ]) {
    const img = await decodeRgb(path.join(DECODE, f));
    assert.equal(img.data.length, img.width * img.height * 3, f); // always RGB: grey replicated, alpha dropped
  }
  // EXIF orientation is ignored (pytorch-fid / Pillow's Image.open does not apply it): stored size, not rotated
  for (const f of ['jpeg_exif6.jpg', 'png_rgb8_exif6.png']) {
    const file = path.join(DECODE, f);
    const meta = await sharp(file).metadata();
    assert.equal(meta.orientation, 6, f);
    const img = await decodeRgb(file);
    assert.deepEqual([img.width, img.height], [meta.width, meta.height], f);
  }
});

test('statistics files: wrong dimension, wrong keys, dtypes, shapes, NaN/Inf, N < 2, bad logits, not an npz', async () => {
  const w = (name: string, arrays: Parameters<typeof formatNpz>[0]) => {
    const f = path.join(tmp, `${name}.npz`);
    writeFileSync(f, formatNpz(arrays));
    return f;
  };
  const mu4 = new Float64Array(4),
    sig4 = new Float64Array(16);
  const a4 = w('a4', { mu: { data: mu4, shape: [4] }, sigma: { data: sig4, shape: [4, 4] } });
  const cases: [string, Parameters<typeof formatNpz>[0], string][] = [
    [
      'a8',
      { mu: { data: new Float64Array(8), shape: [8] }, sigma: { data: new Float64Array(64), shape: [8, 8] } },
      `real (${a4}) has 4-dimensional statistics, generated ({f}) 8-dimensional: they come from different extractors`,
    ],
    [
      'keys',
      { m: { data: mu4, shape: [4] }, s: { data: sig4, shape: [4, 4] } },
      `{f}: a statistics file needs arrays 'mu' and 'sigma' (found: m, s)`,
    ],
    [
      'dtype',
      { mu: { data: new Int32Array(4), shape: [4] }, sigma: { data: sig4, shape: [4, 4] } },
      `{f}: 'mu' must be float32 or float64, found <i4`,
    ],
    [
      'shape',
      { mu: { data: mu4, shape: [4] }, sigma: { data: new Float64Array(64), shape: [8, 8] } },
      `{f}: 'sigma' must be 4×4 to match 'mu', has shape (8,8)`,
    ],
    [
      'shape2',
      { mu: { data: sig4, shape: [4, 4] }, sigma: { data: sig4, shape: [4, 4] } },
      `{f}: 'mu' must be 1-D, has shape (4,4)`,
    ],
    [
      'nan',
      { mu: { data: Float64Array.of(0, NaN, 0, 0), shape: [4] }, sigma: { data: sig4, shape: [4, 4] } },
      `{f}: 'mu' contains NaN or Inf (at flat index 1)`,
    ],
    [
      'inf',
      { mu: { data: mu4, shape: [4] }, sigma: { data: sig4.map((_, i) => (i === 5 ? Infinity : 0)), shape: [4, 4] } },
      `{f}: 'sigma' contains NaN or Inf (at flat index 5)`,
    ],
    [
      'featnan',
      {
        mu: { data: mu4, shape: [4] },
        sigma: { data: sig4, shape: [4, 4] },
        features: { data: Float32Array.of(1, 2, 3, NaN, 1, 2, 3, 4), shape: [2, 4] },
      },
      `{f}: 'features' contains NaN or Inf (at flat index 3)`,
    ],
    [
      'featdtype',
      {
        mu: { data: mu4, shape: [4] },
        sigma: { data: sig4, shape: [4, 4] },
        features: { data: new Float64Array(8), shape: [2, 4] },
      },
      `{f}: 'features' must be float32 [N, 4], is <f8 (2,4)`,
    ],
    [
      'n1',
      {
        mu: { data: mu4, shape: [4] },
        sigma: { data: sig4, shape: [4, 4] },
        features: { data: Float32Array.of(1, 2, 3, 4), shape: [1, 4] },
      },
      `generated input {f}: 1 image(s); the metrics need at least 2`,
    ],
    [
      'n0',
      {
        mu: { data: mu4, shape: [4] },
        sigma: { data: sig4, shape: [4, 4] },
        features: { data: new Float32Array(0), shape: [0, 4] },
      },
      `generated input {f}: 0 image(s); the metrics need at least 2`,
    ],
    [
      'logits',
      {
        mu: { data: mu4, shape: [4] },
        sigma: { data: sig4, shape: [4, 4] },
        features: { data: new Float32Array(12), shape: [3, 4] },
        logits: { data: new Float32Array(7), shape: [1, 7] },
      },
      `{f}: 'logits' has shape (1,7), expected [3, K] (one row per image)`,
    ],
  ];
  for (const [name, arrays, msg] of cases) {
    const f = w(name, arrays);
    const r = await cli('compare', a4, f, '--metrics', 'fid');
    assert.equal(r.code, 2, name);
    assert.equal(r.err, `fid-gate compare: ${msg.replace('{f}', f)}`, name);
  }
  // IS on fewer than 10 images (10 splits): an input error, not a RangeError
  const f3 = w('is3', {
    mu: { data: mu4, shape: [4] },
    sigma: { data: sig4, shape: [4, 4] },
    features: { data: new Float32Array(12).map((_, i) => i % 5), shape: [3, 4] },
    logits: { data: new Float32Array(6), shape: [3, 2] },
  });
  let r = await cli('compare', f3, f3, '--metrics', 'is');
  assert.equal(r.code, 2);
  assert.equal(
    r.err,
    `fid-gate compare: IS (Inception Score, 10 splits) needs at least 10 generated images; ${f3} has 3`,
  );
  const garbage = path.join(tmp, 'garbage.npz');
  writeFileSync(garbage, 'PK\x03\x04garbage');
  r = await cli('compare', a4, garbage);
  assert.equal(r.code, 2);
  assert.equal(r.err, `fid-gate compare: ${garbage}: not a ZIP archive (too short)`);
  const text = path.join(tmp, 'text.npz');
  writeFileSync(text, 'mu,sigma\n');
  r = await cli('compare', a4, text);
  assert.equal(r.code, 2);
  assert.equal(r.err, `fid-gate compare: ${text}: not an .npz or .npy file`);
});

test('NaN features from a broken model are refused, naming the model and the image', async () => {
  const f = folder({ 'a.png': png, 'b.png': png });
  const session = {
    run: async (feeds: Record<string, ort.Tensor>) => {
      const rows = feeds.images.dims[0];
      return { pool3: { type: 'float32', dims: [rows, 4], data: new Float32Array(rows * 4).fill(NaN) } };
    },
  } as unknown as ort.InferenceSession;
  const ex = {
    model: { name: 'broken-model', session, device: 'cpu', inputName: 'images', outputs: { pool3: 4 } },
  } as unknown as LoadedExtractor;
  await assert.rejects(extractFolder(ex, f, { progress: false }), (err: Error) => {
    assert.ok(err instanceof InputError, `expected InputError, got ${err.stack}`);
    assert.equal(
      err.message,
      `broken-model: output pool3 is NaN or Inf for ${path.join(f, 'a.png')}: the model or its weights are broken`,
    );
    return true;
  });
});

test('rules: a line that does not parse names the line; unknown metric names', () => {
  const thrown = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      assert.ok(err instanceof InputError, `expected InputError, got ${(err as Error).stack}`);
      return err.message;
    }
    assert.fail('no error');
  };
  assert.equal(
    thrown(() => parseThresholds('fid <= 25\n# comment\nfid is small')),
    'thresholds, line 3: cannot parse "fid is small" (expected METRIC OP NUMBER, e.g. "fid <= 25"; OP is one of <= < >= >)',
  );
  assert.equal(
    thrown(() => parseThresholds('fid <= 25\nlpips <= 0.3')),
    `thresholds, line 2: unknown metric "lpips" (known: ${KNOWN_METRICS.join(' ')})`,
  );
  assert.equal(
    thrown(() => parseMaxRegression('fid: +5%\n\nrecall: lots')),
    'max-regression, line 3: cannot parse "recall: lots" (expected METRIC: CHANGE, e.g. "fid: +5%" or "recall: -0.02")',
  );
  assert.equal(
    thrown(() => parseMaxRegression('ssim: 1%')),
    `max-regression, line 1: unknown metric "ssim" (known: ${KNOWN_METRICS.join(' ')})`,
  );
  assert.equal(
    thrown(() => parseMetrics('fid,lpips')),
    '--metrics: unknown metric "lpips" (known: fid, kid, is, prdc, fdinf)',
  );
});

test('docs/errors.md lists every case tested here', () => {
  const doc = readFileSync(path.join(FIXTURES, '..', 'docs', 'errors.md'), 'utf8');
  for (const s of [
    'Empty folder',
    'zero-byte',
    'truncated',
    'corrupt',
    '--max-pixels',
    'CMYK',
    'EXIF',
    'wrong dimension',
    'NaN',
    'N < 2',
    'line',
    'unknown metric',
    'broken model',
    '--on-bad-image skip',
  ]) {
    assert.ok(doc.toLowerCase().includes(s.toLowerCase()), s);
  }
});
