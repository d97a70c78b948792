// --device webgpu and auto where WebGPU finds no adapter: the Vulkan loader is pointed at a driver manifest that does
// not exist (before the first WebGPU session of this process, when Dawn enumerates adapters), as on a machine without
// any Vulkan driver. webgpu is a clear input error; auto, told of a hardware adapter that then refuses, runs on the CPU
// and says why in its one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as ort from 'onnxruntime-node';
import { createSession } from '../../src/features/session.js';
import { DataType, model, node, valueInfo } from '../../src/features/onnx-writer.js';
import type { AdapterProbe } from '../../src/features/gpu-adapters.js';

process.env.VK_DRIVER_FILES = '/nonexistent/fid-gate-no-driver.json';
process.env.VK_ICD_FILENAMES = process.env.VK_DRIVER_FILES;
const relu = model(
  {
    nodes: [node('Relu', ['x'], ['y'])],
    initializers: [],
    inputs: [valueInfo('x', DataType.FLOAT, [2])],
    outputs: [valueInfo('y', DataType.FLOAT, [2])],
  },
  { opset: 17 },
);
const none: AdapterProbe = { source: 'none', adapters: [], softwareManifests: [] };

test('--device webgpu without an adapter is an input error naming the device and how to check', async () => {
  await assert.rejects(
    createSession(relu, { device: 'webgpu', adapters: () => none }),
    (e: Error) =>
      e.name === 'InputError' &&
      /^--device webgpu: no WebGPU adapter could be used \(.*adapter/.test(e.message) &&
      /none was found/.test(e.message) &&
      /vulkaninfo --summary/.test(e.message),
  );
});

test('--device auto: a hardware adapter that refuses means CPU, with one line naming both reasons', async () => {
  const logs: string[] = [];
  const probe: AdapterProbe = {
    source: 'vulkaninfo',
    adapters: [{ name: 'NVIDIA H200', type: 'discrete', software: false }],
    softwareManifests: [],
  };
  const r = await createSession(relu, {
    device: 'auto',
    prepareCuda: async () => false,
    adapters: () => probe,
    log: (m) => logs.push(m),
  });
  assert.equal(r.device, 'cpu');
  assert.deepEqual(logs.length, 1);
  assert.match(
    logs[0],
    /^device auto: running on CPU \(CUDA: no NVIDIA GPU or CUDA provider available; WebGPU: NVIDIA H200 \(discrete\) refused: .*adapter/,
  );
  const out = await r.session.run({ x: new ort.Tensor('float32', new Float32Array([-1, 2]), [2]) });
  assert.deepEqual(Array.from(out.y.data as Float32Array), [0, 2]);
});
