// --device policy on a machine without a usable CUDA provider (this one, and CI): cuda fails clearly, auto falls back
// to CPU with one notice, cpu just runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSession, parseDevice } from '../../src/features/session.js';
import { DataType, model, node, valueInfo } from '../../src/features/onnx-writer.js';

const relu = model(
  {
    nodes: [node('Relu', ['x'], ['y'])],
    initializers: [],
    inputs: [valueInfo('x', DataType.FLOAT, [2])],
    outputs: [valueInfo('y', DataType.FLOAT, [2])],
  },
  { opset: 17 },
);

test('--device cuda without a usable CUDA provider is a clear input error', async () => {
  // prepareCuda says "ready" so that ORT itself is asked for the CUDA provider and refuses (its libraries are absent)
  await assert.rejects(
    createSession(relu, { device: 'cuda', prepareCuda: async () => true }),
    (e: Error) =>
      e.name === 'InputError' &&
      /--device cuda: the CUDA execution provider could not be used/.test(e.message) &&
      /--device cpu/.test(e.message),
  );
  await assert.rejects(createSession(relu, { device: 'cuda', prepareCuda: async () => false }), /no NVIDIA GPU/);
});

test('--device auto falls back to CPU with exactly one notice', async () => {
  const logs: string[] = [];
  const r = await createSession(relu, { device: 'auto', prepareCuda: async () => true, log: (m) => logs.push(m) });
  assert.equal(r.device, 'cpu');
  assert.equal(logs.length, 1);
  assert.match(logs[0], /running on CPU/);
  const out = await r.session.run({
    x: new (await import('onnxruntime-node')).Tensor('float32', new Float32Array([-1, 2]), [2]),
  });
  assert.deepEqual(Array.from(out.y.data as Float32Array), [0, 2]);
});

test('parseDevice accepts auto/cpu/cuda/webgpu only', () => {
  assert.equal(parseDevice(undefined), 'auto');
  assert.equal(parseDevice('CPU'), 'cpu');
  assert.equal(parseDevice('WebGPU'), 'webgpu');
  assert.throws(() => parseDevice('gpu'), /--device: expected auto, cpu, cuda or webgpu, got "gpu"/);
});

test('--device auto never takes a software adapter: CPU, and the line says why', async () => {
  const logs: string[] = [];
  const lavapipe = { name: 'llvmpipe (LLVM 15.0.6, 256 bits)', type: 'cpu' as const, software: true };
  const r = await createSession(relu, {
    device: 'auto',
    prepareCuda: async () => false,
    log: (m) => logs.push(m),
    adapters: () => ({ source: 'vulkaninfo', adapters: [lavapipe], softwareManifests: ['lvp_icd.x86_64.json'] }),
  });
  assert.equal(r.device, 'cpu');
  assert.deepEqual(logs, [
    'device auto: running on CPU (CUDA: no NVIDIA GPU or CUDA provider available; WebGPU: only a software adapter, llvmpipe (LLVM 15.0.6, 256 bits), which --device auto does not use (--device webgpu does))',
  ]);
});
