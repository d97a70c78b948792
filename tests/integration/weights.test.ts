// The weights sources of --weights: a legacy-format .pth like pytorch-fid's published file (made here from the
// synthetic weights by tests/helpers/torch-save.ts), its one-time conversion cache, a prebuilt .onnx, and the offline
// error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { loadInceptionModel, SYNTHETIC_WEIGHTS_SHA256 } from '../../src/features/inception.js';
import { syntheticInceptionStateDict, SYNTHETIC_WEIGHTS_WARNING } from '../../src/weights/synthetic.js';
import { legacyTorchSave } from '../helpers/torch-save.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-weights-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

async function run(onnx: Uint8Array): Promise<Float32Array> {
  const s = await ort.InferenceSession.create(onnx, { intraOpNumThreads: 2 });
  const img = new Uint8Array(2 * 40 * 30 * 3).map((_, i) => (i * 37) % 256);
  const out = await s.run({ images: new ort.Tensor('uint8', img, [2, 40, 30, 3]) });
  return out.logits.data as Float32Array;
}

test('synthetic weights carry the not-comparable warning and the tensors hash', async () => {
  const m = await loadInceptionModel({ weights: 'synthetic', cacheDir: tmp });
  assert.equal(m.weights, 'synthetic');
  assert.equal(m.weightsSha256, SYNTHETIC_WEIGHTS_SHA256);
  assert.equal(m.warning, SYNTHETIC_WEIGHTS_WARNING);
  assert.match(m.warning!, /NOT comparable with published FIDs/);
});

test('a legacy-format .pth is converted once, cached, and gives the same network as the synthetic build', async () => {
  const pth = path.join(tmp, 'inception.pth');
  writeFileSync(pth, legacyTorchSave(syntheticInceptionStateDict()));
  const logs: string[] = [];
  const cacheDir = path.join(tmp, 'cache');
  const first = await loadInceptionModel({ weights: pth, cacheDir, log: (m) => logs.push(m) });
  assert.equal(first.weights, 'custom-pth'); // not pytorch-fid's file: its SHA-256 does not start with 6726825d
  assert.match(first.weightsSha256, /^[0-9a-f]{64}$/);
  assert.ok(
    logs.some((l) => /converting inception\.pth to ONNX/.test(l)),
    logs.join('\n'),
  );
  const cached = readdirSync(path.join(cacheDir, 'onnx'));
  assert.equal(cached.length, 1);
  assert.match(cached[0], new RegExp(`^inception-${first.weightsSha256.slice(0, 16)}-b\\d+\\.onnx$`));
  logs.length = 0;
  const second = await loadInceptionModel({ weights: pth, cacheDir, log: (m) => logs.push(m) });
  assert.ok(
    logs.some((l) => /using the converted model/.test(l)),
    logs.join('\n'),
  );
  assert.equal(Buffer.compare(Buffer.from(second.onnx), Buffer.from(first.onnx)), 0);
  const synth = await loadInceptionModel({ weights: 'synthetic', cacheDir });
  const a = await run(first.onnx),
    b = await run(synth.onnx);
  assert.equal(a.length, 2 * 1008);
  for (let i = 0; i < a.length; i++) assert.equal(a[i], b[i]);
});

test('a prebuilt .onnx is used as is; a missing file and a non-checkpoint are clear input errors', async () => {
  const synth = await loadInceptionModel({ weights: 'synthetic', cacheDir: tmp });
  const onnxPath = path.join(tmp, 'model.onnx');
  writeFileSync(onnxPath, synth.onnx);
  const m = await loadInceptionModel({ weights: onnxPath, cacheDir: tmp });
  assert.equal(m.weights, 'custom-onnx');
  await assert.rejects(
    loadInceptionModel({ weights: path.join(tmp, 'nope.pth'), cacheDir: tmp }),
    (e: Error) => e.name === 'InputError' && /nope\.pth: no such file/.test(e.message),
  );
  const bogus = path.join(tmp, 'bogus.pth');
  writeFileSync(bogus, 'this is not a checkpoint');
  await assert.rejects(
    loadInceptionModel({ weights: bogus, cacheDir: tmp }),
    (e: Error) => e.name === 'InputError' && /bogus\.pth: not a checkpoint/.test(e.message),
  );
});

test('no --weights, offline, empty cache: one clear error that says how to pass the file', async () => {
  const cacheDir = path.join(tmp, 'empty-cache');
  await assert.rejects(
    loadInceptionModel({
      cacheDir,
      download: {
        url: 'http://127.0.0.1:9/pt_inception-2015-12-05-6726825d.pth',
        retries: 0,
        backoffMs: 1,
        torchHub: false,
      },
    }),
    (e: Error) => {
      assert.equal(e.name, 'InputError');
      assert.match(e.message, /--weights/);
      return true;
    },
  );
});
