// A batch a GPU session refuses (WebGPU: an activation over the adapter's maxStorageBufferBindingSize; on lavapipe a
// batch of 48 Inception images fails in Conv2d_2a_3x3, 47 runs) runs again in halves, one line says so, and later
// batches of the session go in the size that worked; the rows are those of batch 1. On the CPU, and for one image,
// the error stands.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type * as ort from 'onnxruntime-node';
import { extractFeatures, type FeatureModel } from '../../src/features/extract.js';
import type { RgbImage } from '../../src/images/decode.js';
import type { RunDevice } from '../../src/features/session.js';

/** A session that refuses batches above `max` images; output `sum` is each image's weighted pixel sum. */
function limitedModel(max: number, device: RunDevice, runs: number[]): FeatureModel {
  const session = {
    run: async (feeds: Record<string, ort.Tensor>) => {
      const t = feeds.x!,
        n = t.dims[0]!;
      runs.push(n);
      if (n > max)
        throw new Error(
          "Non-zero status code returned while running Conv node. Name:'Conv2d_2a_3x3.conv_token_7' Status Message: absl::container_internal::raw_hash_map<>::at",
        );
      const per = (t.data as Uint8Array).length / n,
        out = new Float32Array(n * 2);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < per; j++) s += (t.data as Uint8Array)[i * per + j]! * ((j % 5) + 1);
        out[2 * i] = s;
        out[2 * i + 1] = -s;
      }
      return { sum: { dims: [n, 2], type: 'float32', data: out } };
    },
  } as unknown as ort.InferenceSession;
  return { name: 'sum', session, device, inputName: 'x', outputs: { sum: 2 } };
}

const files = Array.from({ length: 23 }, (_, i) => `f${i}`);
const decode = async (f: string): Promise<RgbImage> => {
  const k = Number(f.slice(1));
  return { file: f, width: 4, height: 3, data: new Uint8Array(36).map((_, j) => (k * 31 + j * 7) % 256) };
};

test('a refused batch is split in halves; later batches use the size that worked; rows as with batch 1', async () => {
  const runs: number[] = [],
    lines: string[] = [];
  const r = await extractFeatures(limitedModel(3, 'webgpu', runs), files, {
    decode,
    batchSize: 10,
    progress: false,
    warn: (l) => lines.push(l),
  });
  const one = await extractFeatures(limitedModel(1, 'cpu', []), files, { decode, batchSize: 1, progress: false });
  assert.deepEqual([...r.features.sum], [...one.features.sum]);
  assert.equal(r.count, 23);
  // 10 fails → 5 fails → 3 runs, 2 runs; then the rest of the first batch and every later one in pieces of at most 3
  assert.deepEqual(runs, [10, 5, 3, 2, 3, 2, 3, 3, 3, 1, 3]);
  assert.equal(lines.length, 2, lines.join('\n'));
  assert.match(
    lines[0],
    /^webgpu: a batch of 10 images failed on the device \(Non-zero status code .*Conv2d_2a_3x3.*\); running batches of at most 5$/,
  );
  assert.match(lines[1], /^webgpu: a batch of 5 images failed on the device .*; running batches of at most 3$/);
});

test('on the CPU a failed batch is an error, and on a GPU one image that fails is too', async () => {
  await assert.rejects(
    extractFeatures(limitedModel(3, 'cpu', []), files, { decode, batchSize: 10, progress: false }),
    /Conv2d_2a_3x3/,
  );
  await assert.rejects(
    extractFeatures(limitedModel(0, 'webgpu', []), files, {
      decode,
      batchSize: 4,
      progress: false,
      warn: () => undefined,
    }),
    /Conv2d_2a_3x3/,
  );
});
