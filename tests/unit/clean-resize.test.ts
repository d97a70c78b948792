// clean-fid's "clean" resize (PIL's float bicubic, per channel, clipped) against clean-fid 0.1.35's arrays, and PIL's
// 8-bit bicubic (what torchvision's Resize does to a PIL image) against Pillow 9.4.0 (fixtures/resize, made by
// fixtures/scripts/make_resize_fixtures.py).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  cleanResize,
  pilBicubicResizeFloat,
  pilBicubicResizeUint8,
  precomputeWindows,
} from '../../src/features/clean-resize.js';
import { decodeRgb } from '../../src/images/decode.js';
import { parseNpz } from '../../src/util/npy.js';
import { FIXTURES, REF, readNpzArray } from '../helpers/helpers.js';

function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.equal(a.length, b.length);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

const resizeMeta = JSON.parse(readFileSync(path.join(REF, 'resize', 'resize.json'), 'utf8')) as {
  image: string;
  size_wh: [number, number];
  clean_mean: number;
}[];

for (const entry of resizeMeta) {
  const name = path.basename(entry.image, '.png');
  test(`clean resize of ${name} matches clean-fid's array (bit for bit)`, async () => {
    const img = await decodeRgb(path.join(REF, 'resize', `${name}.png`));
    assert.deepEqual([img.width, img.height], entry.size_wh);
    const ref = readNpzArray(path.join(REF, 'resize', `${name}_clean299.npz`), 'arr');
    assert.deepEqual(ref.shape, [299, 299, 3]);
    const got = cleanResize(img.data, img.width, img.height);
    const diff = maxAbsDiff(got, ref.data);
    assert.ok(diff <= 1e-3, `max |Δ| ${diff} on the 0..255 scale`);
    assert.equal(
      diff,
      0,
      'same float32 values as Pillow 9.4 (same coefficients, same summation order, float32 intermediate)',
    );
    let mean = 0;
    for (const v of got) mean += v;
    assert.ok(Math.abs(mean / got.length - entry.clean_mean) < 1e-3);
  });
}

test('a constant image stays constant (upscale and downscale, both passes)', () => {
  for (const [w, h] of [
    [37, 53],
    [640, 480],
    [299, 120],
    [1, 1],
  ]) {
    const img = new Uint8Array(w * h * 3).fill(200);
    const out = cleanResize(img, w, h);
    assert.ok(maxAbsDiff(out, new Float32Array(out.length).fill(200)) < 1e-4, `${w}x${h}`);
  }
});

test('integer-factor downscale against hand-computed values', () => {
  // 4 → 2 (scale 2, support 4): output 0 reads pixels 0..3 at (x − 1 + 0.5)/2 = −0.25, 0.25, 0.75, 1.25, where the
  // a = −0.5 cubic gives 0.8671875, 0.8671875, 0.2265625, −0.0703125 (sum 121/64). Of the row 0, 0, 255, 255 that is
  // 255·(0.2265625 − 0.0703125)/(121/64) = 2550/121; output 1 is its mirror image.
  const w = 4,
    h = 3;
  const img = new Uint8Array(w * h * 3);
  for (let y = 0; y < h; y++) for (let x = 2; x < 4; x++) img.fill(255, (y * w + x) * 3, (y * w + x) * 3 + 3);
  const out = cleanResize(img, w, h, 2, h);
  for (let y = 0; y < h; y++) {
    for (let c = 0; c < 3; c++) {
      assert.ok(Math.abs(out[y * 2 * 3 + c] - 2550 / 121) < 1e-4, `row ${y}: ${out[y * 2 * 3 + c]}`);
      assert.ok(Math.abs(out[(y * 2 + 1) * 3 + c] - (255 - 2550 / 121)) < 1e-4);
    }
  }
  const win = precomputeWindows(4, 2);
  assert.deepEqual([...win.start], [0, 0]);
  assert.deepEqual([...win.len], [4, 4]);
  assert.ok(Math.abs(win.k[2] - 0.2265625 / (121 / 64)) < 1e-15);

  // 64 → 16 (factor 4, 16 symmetric taps): away from the borders a linear ramp v = 3x is reproduced exactly at the
  // output pixel's center, x = 4·i + 1.5, i.e. 12·i + 4.5
  const ramp = new Uint8Array(64 * 2 * 3);
  for (let y = 0; y < 2; y++) for (let x = 0; x < 64; x++) ramp.fill(3 * x, (y * 64 + x) * 3, (y * 64 + x) * 3 + 3);
  const r = cleanResize(ramp, 64, 2, 16, 2);
  for (let i = 2; i <= 13; i++) assert.ok(Math.abs(r[i * 3] - (12 * i + 4.5)) < 1e-4, `i=${i}: ${r[i * 3]}`);
});

test('8-bit and float PIL bicubic against Pillow 9.4 (random image, odd sizes)', () => {
  const fx = parseNpz(readFileSync(path.join(FIXTURES, 'resize', 'pil_bicubic.npz')), 'pil_bicubic.npz');
  const x = fx.get('rnd_in')!;
  assert.deepEqual(x.shape, [45, 61, 3]);
  const u8 = pilBicubicResizeUint8(x.data as Uint8Array, 61, 45, 3, 80, 50);
  assert.equal(maxAbsDiff(u8, fx.get('rnd_u8_80x50')!.data as Uint8Array), 0);
  const f = pilBicubicResizeFloat(x.data as Uint8Array, 61, 45, 3, 80, 50);
  assert.equal(maxAbsDiff(f, fx.get('rnd_f_80x50')!.data as Float32Array), 0);
});

test('invalid sizes are refused', () => {
  assert.throws(() => cleanResize(new Uint8Array(5), 2, 1), /resize: 5 values for 2x1x3/);
  assert.throws(() => cleanResize(new Uint8Array(0), 0, 0), /invalid size/);
});
