// The decode workers (src/features/decode-pool.ts): every decode fixture decodes on a worker to the same bytes as
// decodeRgb on the calling thread (the pixels come back by transfer), errors keep their class and message, and
// extraction through the pool keeps the file order and skips a bad image as the main-thread path does. With a model
// input spec (clean-fid's resize, the encoder presets), the worker's float32 input is, byte for byte, what the main
// thread's ModelInput.write makes from the same file.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as ort from 'onnxruntime-node';
import { DecodePool, decodeWorkerCount } from '../../src/features/decode-pool.js';
import { decodeRgb } from '../../src/images/decode.js';
import { extractFeatures, type FeatureModel, type InputSpec } from '../../src/features/extract.js';
import { cleanInceptionInput, modelInputFor } from '../../src/features/model-inputs.js';
import { PRESET_PREPROCESS } from '../../src/features/encoder.js';
import { InputError } from '../../src/util/errors.js';
import { FIXTURES, REF } from '../helpers/helpers.js';

const pool = new DecodePool(2);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-decode-pool-'));
after(async () => {
  await pool.close();
  rmSync(tmp, { recursive: true, force: true });
});

const DECODE = path.join(FIXTURES, 'decode');
const fixtures = readdirSync(DECODE)
  .filter((f) => !f.endsWith('.json'))
  .sort()
  .map((f) => path.join(DECODE, f));

test('decodeWorkerCount: one worker per core beyond the first, at least 1, at most 8', () => {
  assert.deepEqual(
    [1, 2, 4, 16, 64].map((c) => decodeWorkerCount(c)),
    [1, 1, 3, 8, 8],
  );
});

test("every decode fixture: the worker gives decodeRgb's bytes, or its error", async () => {
  assert.ok(fixtures.length > 30);
  const settle = (p: Promise<{ width: number; height: number; data: Uint8Array }>) =>
    p.then(
      (v) => ({ v }),
      (e: Error) => ({ e }),
    );
  const here = await Promise.all(fixtures.map((f) => settle(decodeRgb(f))));
  const there = await Promise.all(fixtures.map((f) => settle(pool.decode(f))));
  let decoded = 0;
  fixtures.forEach((f, i) => {
    const a = here[i],
      b = there[i];
    if ('e' in a) {
      assert.ok('e' in b, `${f}: decodes on the worker but not here`);
      assert.equal(b.e.constructor, a.e.constructor, f);
      assert.equal(b.e.message, a.e.message, f);
      return;
    }
    assert.ok('v' in b, `${f}: ${'e' in b ? b.e.message : ''}`);
    assert.equal(b.v.width, a.v.width, f);
    assert.equal(b.v.height, a.v.height, f);
    assert.ok(Buffer.from(b.v.data).equals(Buffer.from(a.v.data)), `${f}: pixels differ`);
    decoded++;
  });
  assert.ok(decoded > 30, `${decoded} decoded`);
  assert.equal(pool.running, 2, 'both workers started');
  assert.equal(pool.fellBack, false, 'no decode fell back to the calling thread');
});

test('a missing file and a pixel limit are InputErrors naming the file, as on the calling thread', async () => {
  const missing = path.join(tmp, 'nope.png');
  await assert.rejects(pool.decode(missing), (e: Error) => e instanceof InputError && e.message.includes(missing));
  const png = fixtures.find((f) => f.endsWith('.png') && !f.includes('jpeg'))!;
  const here = await decodeRgb(png, { maxPixels: 1 }).catch((e: Error) => e);
  const there = await pool.decode(png, 1).catch((e: Error) => e);
  assert.ok(here instanceof InputError && there instanceof InputError);
  assert.equal(there.message, here.message);
});

test('extraction through the pool: rows in file order, a bad image skipped, same rows as the main thread', async () => {
  const session = {
    run: async (feeds: Record<string, ort.Tensor>) => {
      const t = feeds.x!,
        n = t.dims[0]!,
        per = (t.data as Uint8Array).length / n,
        out = new Float32Array(n);
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < per; j++) s += (t.data as Uint8Array)[i * per + j]! * ((j % 7) + 1);
        out[i] = s;
      }
      return { sum: { dims: [n, 1], type: 'float32', data: out } };
    },
  } as unknown as ort.InferenceSession;
  const model: FeatureModel = { name: 'sum', session, device: 'webgpu', inputName: 'x', outputs: { sum: 1 } };
  const bad = path.join(tmp, 'bad.png');
  writeFileSync(bad, 'not an image');
  const files = [
    ...fixtures.filter((f) => f.endsWith('.png')).slice(0, 6),
    bad,
    ...fixtures.filter((f) => f.endsWith('.bmp')).slice(0, 6),
  ];
  const opts = { progress: false, onBadImage: 'skip' as const, warn: () => undefined, batchSize: 3 };
  const main = await extractFeatures(model, files, { ...opts, decode: (f) => decodeRgb(f) });
  const pooled = await extractFeatures(model, files, {
    ...opts,
    decode: (f) => pool.decode(f),
    limits: { decodesInFlight: 4 },
  });
  assert.deepEqual(pooled.files, main.files);
  assert.deepEqual(
    pooled.skipped.map((s) => s.file),
    [bad],
  );
  assert.deepEqual([...pooled.features.sum], [...main.features.sum]);
  assert.ok(main.features.sum.every((v) => v > 0));
});

test("with a model input spec, the worker's float32 input is the main thread's, byte for byte", async () => {
  const files = [
    fixtures.find((f) => path.basename(f) === 'jpeg_exif6.jpg')!,
    fixtures.find((f) => path.basename(f) === 'bmp_rgb24.bmp')!,
    path.join(REF, 'resize', 'f00_rgb_37x53.png'),
    path.join(REF, 'resize', 'f04_rgb_1024x768.png'),
  ];
  const specs: InputSpec[] = [
    { kind: 'clean-inception' },
    { kind: 'encoder', preprocess: PRESET_PREPROCESS.dinov2 },
    { kind: 'encoder', preprocess: PRESET_PREPROCESS.clip },
    {
      kind: 'encoder',
      preprocess: {
        preset: 'custom',
        width: 40,
        height: 24,
        fit: 'stretch',
        mean: [0.5, 0.4, 0.3],
        std: [0.2, 0.3, 0.4],
        layout: 'nhwc',
        range: '0-255',
      },
    },
  ];
  assert.equal(modelInputFor(specs[0]!), cleanInceptionInput);
  const before = pool.prepared;
  for (const spec of specs) {
    const input = modelInputFor(spec);
    for (const f of files) {
      const img = await decodeRgb(f);
      const dims = input.dims(1, img.width, img.height);
      const want = new Float32Array(dims.reduce((a, b) => a * b, 1));
      input.write(img, want, 0);
      const got = await pool.decode(f, undefined, spec);
      const what = `${spec.kind} ${spec.kind === 'encoder' ? spec.preprocess.preset : ''} ${path.basename(f)}`;
      assert.ok('input' in got, `${what}: the worker gave pixels, not the input`);
      assert.deepEqual([got.width, got.height, got.file], [img.width, img.height, f], what);
      assert.equal(got.input.length, want.length, what);
      assert.ok(Buffer.from(got.input.buffer).equals(Buffer.from(want.buffer)), `${what}: inputs differ`);
      // not a trivial input: values spread over the image's range
      let lo = Infinity,
        hi = -Infinity;
      for (const v of want) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
      assert.ok(hi - lo > 1, `${what}: a flat input`);
    }
  }
  assert.equal(pool.prepared - before, specs.length * files.length);
  assert.equal(pool.fellBack, false);
});

test('with a model input spec, a missing or bad file is the same InputError as on the calling thread', async () => {
  const spec: InputSpec = { kind: 'clean-inception' };
  const missing = path.join(tmp, 'missing.png');
  const bad = path.join(tmp, 'bad-spec.png');
  writeFileSync(bad, 'not an image');
  for (const f of [missing, bad]) {
    const here: unknown = await decodeRgb(f).catch((e: Error) => e);
    const there: unknown = await pool.decode(f, undefined, spec).catch((e: Error) => e);
    assert.ok(here instanceof InputError && there instanceof InputError, f);
    assert.equal(there.message, here.message);
    assert.ok(there.message.includes(f), there.message);
  }
});

test('a worker that exits with jobs: they are decoded on the calling thread, as pixels for its own input', async () => {
  const one = new DecodePool(1);
  const f = path.join(REF, 'resize', 'f00_rgb_37x53.png');
  const pending = one.decode(f, undefined, { kind: 'clean-inception' });
  // the worker is still starting (importing its modules) when it is stopped
  const [w] = (one as unknown as { workers: { worker: { terminate(): Promise<number> } }[] }).workers;
  await w!.worker.terminate();
  const got = await pending;
  assert.ok(!('input' in got), 'the input was made on the worker');
  const img = await decodeRgb(f);
  assert.deepEqual([got.width, got.height], [img.width, img.height]);
  assert.ok(Buffer.from(got.data).equals(Buffer.from(img.data)));
  assert.equal(one.prepared, 0);
  await one.close();
});
