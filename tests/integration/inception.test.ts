import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import { inceptionParams } from '../../src/features/inception-arch.js';
import { syntheticInceptionStateDict } from '../../src/weights/synthetic.js';
import {
  buildInceptionOnnx,
  buildPreprocessOnnx,
  validateInceptionStateDict,
} from '../../src/features/inception-onnx.js';
import { SYNTHETIC_WEIGHTS_SHA256 } from '../../src/features/inception.js';
import { readNpzArray, REF } from '../helpers/helpers.js';

const meta = JSON.parse(readFileSync(path.join(REF, 'weights_meta.json'), 'utf8')) as {
  index: number;
  name: string;
  shape: number[];
  kind: string;
  fan_in?: number;
  sha256_f32le: string;
  first5_f32_hex: string[];
}[];

test('architecture: 472 tensors with the names, shapes, kinds and order of weights_meta.json', () => {
  const params = inceptionParams();
  assert.equal(params.length, 472);
  params.forEach((p, i) => {
    assert.equal(p.name, meta[i].name);
    assert.deepEqual(p.shape, meta[i].shape);
    assert.equal(p.kind, meta[i].kind);
    if (p.fanIn !== undefined) assert.equal(p.fanIn, meta[i].fan_in);
  });
  assert.equal(
    params.reduce((s, p) => s + p.shape.reduce((a, b) => a * b, 1), 0),
    23_885_392,
  );
});

test('synthetic weights: every tensor hashes as in weights_meta.json, overall sha256 as in WEIGHTS.md', () => {
  const sd = syntheticInceptionStateDict();
  const all = createHash('sha256');
  for (const e of meta) {
    const buf = Buffer.from(sd.get(e.name)!.data.buffer);
    all.update(buf);
    assert.equal(createHash('sha256').update(buf).digest('hex'), e.sha256_f32le, e.name);
  }
  assert.equal(all.digest('hex'), SYNTHETIC_WEIGHTS_SHA256);
  // worked example of WEIGHTS.md: element 0 of tensor 0 is exactly -sqrt(8/27) rounded to float32 (0xbf0b5948)
  const w0 = sd.get('Conv2d_1a_3x3.conv.weight')!.data;
  assert.equal(Buffer.from(w0.buffer, 0, 4).readUInt32LE(0), 0xbf0b5948);
  assert.equal(w0[0], Math.fround(-Math.sqrt(8 / 27)));
});

test('builder refuses a state dict with a missing or mis-shaped tensor, naming it', () => {
  const sd = syntheticInceptionStateDict();
  sd.delete('Mixed_6c.branch7x7_2.bn.running_var');
  sd.set('fc.bias', { shape: [1000], data: new Float32Array(1000) });
  sd.set('AuxLogits.fc.weight', { shape: [1], data: new Float32Array(1) });
  assert.throws(
    () => validateInceptionStateDict(sd, 'x.pth'),
    (err: Error) => {
      assert.match(err.message, /^x\.pth: /);
      assert.match(err.message, /missing Mixed_6c\.branch7x7_2\.bn\.running_var/);
      assert.match(err.message, /fc\.bias has shape \[1000\], expected \[1008\]/);
      assert.match(err.message, /unexpected key AuxLogits\.fc\.weight/);
      return true;
    },
  );
});

test('preprocessing: bilinear resize to 299 matches torch F.interpolate (align_corners=False) of the reference', async () => {
  const session = await ort.InferenceSession.create(buildPreprocessOnnx());
  for (const name of ['f00_rgb_37x53', 'f04_rgb_1024x768']) {
    const { data, info } = await sharp(path.join(REF, 'resize', `${name}.png`), { ignoreIcc: true })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const out = await session.run({
      images: new ort.Tensor('uint8', new Uint8Array(data), [1, info.height, info.width, 3]),
    });
    const got = out.resized.data as Float32Array;
    const ref = readNpzArray(path.join(REF, 'resize', `${name}_ptfid299.npz`), 'arr');
    assert.deepEqual(ref.shape, [3, 299, 299]);
    let maxAbs = 0;
    for (let i = 0; i < ref.data.length; i++) maxAbs = Math.max(maxAbs, Math.abs(got[i] / 255 - ref.data[i]));
    console.log(`# resize ${name}: max |ours - torch| = ${maxAbs.toExponential(2)} (0..1 scale)`);
    // PyTorch itself is within 8e-6 of the exact float64 formula on the downscale (README of the pack); ORT's float32
    // source coordinates (up to 1023 here) carry ~6e-5 px of rounding, which bounds the difference at ~2e-5.
    assert.ok(maxAbs < (name.includes('1024') ? 5e-5 : 2e-6), `${name}: ${maxAbs}`);
  }
});

test('synthetic model: pool3 and logits of 24 images per set match pytorch-fid (relative L2 < 1e-4)', async () => {
  const session = await ort.InferenceSession.create(buildInceptionOnnx(syntheticInceptionStateDict()), {
    intraOpNumThreads: 2,
    graphOptimizationLevel: 'all',
  });
  let worst = { err: 0, what: '' };
  for (const set of ['A', 'G']) {
    const dir = path.join(REF, 'sets', set, 'head');
    const ref = readNpzArray(path.join(dir, 'features.npz'), 'pool3').data;
    const refLogits = readNpzArray(path.join(dir, 'features.npz'), 'logits').data;
    const files = (await import('node:fs')).readdirSync(path.join(dir, 'images')).sort().slice(0, 8);
    const imgs = await Promise.all(
      files.map((f) =>
        sharp(path.join(dir, 'images', f))
          .removeAlpha()
          .toColourspace('srgb')
          .raw()
          .toBuffer({ resolveWithObject: true }),
      ),
    );
    const { width: w, height: h } = imgs[0].info;
    const input = new Uint8Array(files.length * w * h * 3);
    imgs.forEach((im, i) => input.set(im.data, i * w * h * 3));
    const out = await session.run({ images: new ort.Tensor('uint8', input, [files.length, h, w, 3]) });
    const p = out.pool3.data as Float32Array,
      l = out.logits.data as Float32Array;
    for (let i = 0; i < files.length; i++) {
      for (const [what, got, want, width] of [
        ['pool3', p, ref, 2048],
        ['logits', l, refLogits, 1008],
      ] as const) {
        let e = 0,
          nn = 0;
        for (let j = 0; j < width; j++) {
          const d = got[i * width + j] - want[i * width + j];
          e += d * d;
          nn += want[i * width + j] ** 2;
        }
        const rel = Math.sqrt(e / nn);
        if (rel > worst.err) worst = { err: rel, what: `${set}/${files[i]} ${what}` };
      }
    }
  }
  console.log(`# worst relative L2 error: ${worst.err.toExponential(2)} (${worst.what})`);
  assert.ok(worst.err < 1e-4, `${worst.what}: ${worst.err}`);
});
