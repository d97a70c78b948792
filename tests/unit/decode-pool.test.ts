// The decode workers (src/features/decode-pool.ts): every decode fixture decodes on a worker to the same bytes as
// decodeRgb on the calling thread (the pixels come back by transfer), errors keep their class and message, and
// extraction through the pool keeps the file order and skips a bad image as the main-thread path does.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type * as ort from 'onnxruntime-node';
import { DecodePool, decodeWorkerCount } from '../../src/features/decode-pool.js';
import { decodeRgb } from '../../src/images/decode.js';
import { extractFeatures, type FeatureModel } from '../../src/features/extract.js';
import { InputError } from '../../src/util/errors.js';
import { FIXTURES } from '../helpers/helpers.js';

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
