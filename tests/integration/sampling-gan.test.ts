// GAN sampling with a fixture generator whose output is known exactly for a known z: out = z·W + b (+ E[label]),
// W = ¼ × a permutation and b, E multiples of 1/8, so float32 gives exactly fl(¼·z_π(d) + b_d + E_yd) and the
// expected bytes follow from quantize.ts' rule (torchvision save_image); cross-checked against float64
// round-half-up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as ort from 'onnxruntime-node';
import { linearGenerator } from '../helpers/model-fixtures.js';
import { inspectGenerator, latentFor, sampleGan } from '../../src/sampling/gan.js';
import { quantizeValue } from '../../src/sampling/quantize.js';
import { sampleLabel } from '../../src/sampling/rng.js';
import type { RgbImage } from '../../src/images/decode.js';

const C = 3,
  H = 4,
  W = 4,
  D = C * H * W;
const opts1 = { intraOpNumThreads: 1, interOpNumThreads: 1 };
const perm = Array.from({ length: D }, (_, d) => (d * 7 + 3) % D); // a permutation of 0..47 (gcd(7, 48) = 1)
const weight = new Float32Array(D * D);
perm.forEach((j, d) => {
  weight[j * D + d] = 0.25;
}); // out_d = ¼ z_perm[d]
const bias = Array.from({ length: D }, (_, d) => ((d % 5) - 2) / 8);
const emb = Array.from({ length: 3 * D }, (_, i) => (Math.floor(i / D) - 1) * 0.125); // class k adds (k − 1)/8

async function collect(g: AsyncGenerator<RgbImage>): Promise<RgbImage[]> {
  const out: RgbImage[] = [];
  for await (const x of g) out.push(x);
  return out;
}

function expected(seed: number, i: number, label?: number, zDist: 'normal' | 'uniform' = 'normal'): Uint8Array {
  const z = Float32Array.from(latentFor(seed, i, D, zDist));
  const out = new Uint8Array(H * W * 3);
  for (let d = 0; d < D; d++) {
    const v = Math.fround(Math.fround(0.25 * z[perm[d]] + bias[d]) + (label === undefined ? 0 : (label - 1) * 0.125));
    const c = Math.floor(d / (H * W)),
      p = d % (H * W);
    out[p * 3 + c] = quantizeValue(v);
  }
  return out;
}

test('known output for known z: [N, Z] and [N, Z, 1, 1] inputs give the exact expected bytes', async () => {
  const g2 = await ort.InferenceSession.create(
    linearGenerator({ latent: D, channels: C, height: H, width: W, weight, bias }),
    opts1,
  );
  const g4 = await ort.InferenceSession.create(
    linearGenerator({ latent: D, channels: C, height: H, width: W, weight, bias, zRank4: true }),
    opts1,
  );
  assert.deepEqual(inspectGenerator(g2), {
    z: 'z',
    zRank: 2,
    latent: D,
    labels: undefined,
    labelsType: undefined,
    output: 'img',
  });
  assert.equal(inspectGenerator(g4).zRank, 4);
  const a = await collect(sampleGan(g2, 30, { seed: 9, batchSize: 16 }));
  const b = await collect(sampleGan(g4, 30, { seed: 9, batchSize: 7 }));
  let f64Same = 0;
  for (let i = 0; i < 30; i++) {
    assert.equal(a[i].file, `sample_${String(i).padStart(6, '0')}.png`);
    assert.equal(a[i].width, W);
    assert.deepEqual(a[i].data, expected(9, i), `sample ${i}`);
    assert.deepEqual(b[i].data, a[i].data, `sample ${i}, rank-4 z, batch 7`);
    // independent check: float64 round half up of (x+1)/2·255 agrees except possibly at exact ties
    const z = Float32Array.from(latentFor(9, i, D));
    for (let d = 0; d < D; d++) {
      const x = 0.25 * z[perm[d]] + bias[d];
      const ref = Math.min(255, Math.max(0, Math.floor(((Math.min(1, Math.max(-1, x)) + 1) / 2) * 255 + 0.5)));
      const c = Math.floor(d / (H * W)),
        p = d % (H * W);
      if (a[i].data[p * 3 + c] === ref) f64Same++;
    }
  }
  assert.ok(f64Same >= 30 * D - 2, `${f64Same}/${30 * D}`);
  // z: the seed's N(0, I) draw, independent of the batch
  const zs = latentFor(9, 0, 100_000);
  assert.ok(Math.abs(zs.reduce((s, v) => s + v, 0) / zs.length) < 4 / Math.sqrt(zs.length));
  await g2.release();
  await g4.release();
});

test('labels input: uniform labels from the seed, --class, and --num-classes required', async () => {
  const g = await ort.InferenceSession.create(
    linearGenerator({
      latent: D,
      channels: C,
      height: H,
      width: W,
      weight,
      bias,
      classEmbedding: { numClasses: 3, values: emb },
    }),
    opts1,
  );
  assert.equal(inspectGenerator(g).labels, 'y');
  const imgs = await collect(sampleGan(g, 60, { seed: 4, numClasses: 3, batchSize: 16 }));
  const counts = [0, 0, 0];
  for (let i = 0; i < 60; i++) {
    const y = sampleLabel(4, i, 3);
    counts[y]++;
    assert.deepEqual(imgs[i].data, expected(4, i, y), `sample ${i} (label ${y})`);
  }
  assert.ok(
    counts.every((c) => c > 8),
    `labels ${counts}`,
  );
  const fixed = await collect(sampleGan(g, 5, { seed: 4, numClasses: 3, classLabel: 2 }));
  for (let i = 0; i < 5; i++) assert.deepEqual(fixed[i].data, expected(4, i, 2));
  await assert.rejects(collect(sampleGan(g, 2, { seed: 4 })), /--num-classes/);
  await g.release();
});

test('uniform z, tanh output, output range 0,1, grey output', async () => {
  const g = await ort.InferenceSession.create(
    linearGenerator({ latent: D, channels: C, height: H, width: W, weight, bias, activation: 'tanh' }),
    opts1,
  );
  const u = latentFor(2, 5, 10_000, 'uniform');
  assert.ok(u.every((v) => v >= -1 && v < 1));
  const imgs = await collect(sampleGan(g, 4, { seed: 2, zDist: 'uniform' }));
  const z = Float32Array.from(latentFor(2, 0, D, 'uniform'));
  // tanh in float32 may differ from Math.tanh by an ulp: allow one level
  for (let d = 0; d < D; d++) {
    const c = Math.floor(d / (H * W)),
      p = d % (H * W);
    assert.ok(Math.abs(imgs[0].data[p * 3 + c] - quantizeValue(Math.tanh(0.25 * z[perm[d]] + bias[d]))) <= 1);
  }
  const lin = await ort.InferenceSession.create(
    linearGenerator({ latent: D, channels: C, height: H, width: W, weight, bias }),
    opts1,
  );
  const r01 = await collect(sampleGan(lin, 1, { seed: 9, outputRange: [0, 1] }));
  const z9 = Float32Array.from(latentFor(9, 0, D));
  for (let d = 0; d < D; d++) {
    const c = Math.floor(d / (H * W)),
      p = d % (H * W);
    assert.equal(r01[0].data[p * 3 + c], quantizeValue(Math.fround(0.25 * z9[perm[d]] + bias[d]), 0, 1));
  }
  const grey = await ort.InferenceSession.create(
    linearGenerator({
      latent: 16,
      channels: 1,
      height: H,
      width: W,
      weight: Float32Array.from({ length: 256 }, (_, i) => (i % 17 === 0 ? 0.25 : 0)),
    }),
    opts1,
  );
  const gi = (await collect(sampleGan(grey, 1, { seed: 1 })))[0];
  for (let p = 0; p < 16; p++)
    assert.ok(gi.data[p * 3] === gi.data[p * 3 + 1] && gi.data[p * 3] === gi.data[p * 3 + 2]);
  for (const s of [g, lin, grey]) await s.release();
});

test('generator interface checks', async () => {
  const open = await ort.InferenceSession.create(
    linearGenerator({ latent: D, channels: C, height: H, width: W, weight, bias, declareOutputShape: false }),
    opts1,
  );
  assert.equal((await collect(sampleGan(open, 2, { seed: 0 }))).length, 2); // output shape read from the result
  assert.throws(() => inspectGenerator(open, { latent: 5 }), /--latent/);
  await open.release();
});
