// The WebGPU execution provider against the CPU provider, through the CLI, with a small convolutional ONNX encoder
// (conv 3×3 → ReLU → conv 3×3 stride 2 → ReLU → global average pool → linear): features agree to relative L2 ≤ 1e-5
// per image, the device line names the adapter, and compare's metrics JSON records the device. On a machine without
// a Vulkan driver these tests are skipped (one line says why); CI installs Mesa's software Vulkan (lavapipe) so that
// they run there. The Inception network on WebGPU is in tests/e2e/webgpu-inception.test.ts (slow on lavapipe).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataType, model, node, tensor, valueInfo } from '../../src/features/onnx-writer.js';
import { describeAdapter, probeAdapters } from '../../src/features/gpu-adapters.js';
import { readStatsNpz } from '../../src/metrics/stats-file.js';
import { REF, relL2, uniform } from '../helpers/helpers.js';
import { cli } from '../helpers/cli.js';

const probe = probeAdapters();
const skip = probe.adapters.length
  ? false
  : 'no Vulkan driver on this machine (WebGPU needs one; CI installs Mesa lavapipe)';
if (skip) console.log(`# webgpu tests skipped: ${skip}`);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-webgpu-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const IMAGES = path.join(REF, 'sets', 'A', 'head', 'images');
const B_IMAGES = path.join(REF, 'sets', 'B', 'head', 'images');

function convEncoder(size = 32): string {
  const r = uniform(14);
  const w = (n: number, scale: number) => new Float32Array(n).map(() => Math.fround((r() - 0.5) * scale));
  const C1 = 8,
    C2 = 16,
    D = 24;
  const bytes = model(
    {
      nodes: [
        node('Conv', ['pixels', 'w1', 'b1'], ['c1'], { kernel_shape: [3, 3], pads: [1, 1, 1, 1] }),
        node('Relu', ['c1'], ['r1']),
        node('Conv', ['r1', 'w2', 'b2'], ['c2'], { kernel_shape: [3, 3], pads: [1, 1, 1, 1], strides: [2, 2] }),
        node('Relu', ['c2'], ['r2']),
        node('GlobalAveragePool', ['r2'], ['g']),
        node('Flatten', ['g'], ['f'], { axis: 1 }),
        node('Gemm', ['f', 'w3', 'b3'], ['embedding']),
      ],
      initializers: [
        tensor('w1', [C1, 3, 3, 3], DataType.FLOAT, w(C1 * 27, 1)),
        tensor('b1', [C1], DataType.FLOAT, w(C1, 0.2)),
        tensor('w2', [C2, C1, 3, 3], DataType.FLOAT, w(C2 * C1 * 9, 0.5)),
        tensor('b2', [C2], DataType.FLOAT, w(C2, 0.2)),
        tensor('w3', [C2, D], DataType.FLOAT, w(C2 * D, 1)),
        tensor('b3', [D], DataType.FLOAT, w(D, 0.2)),
      ],
      inputs: [valueInfo('pixels', DataType.FLOAT, ['N', 3, size, size])],
      outputs: [valueInfo('embedding', DataType.FLOAT, ['N', D])],
    },
    { opset: 17 },
  );
  const file = path.join(tmp, `conv${size}.onnx`);
  writeFileSync(file, bytes);
  return file;
}

function firstImages(from: string, n: number, name: string): string {
  const dir = path.join(tmp, name);
  mkdirSync(dir);
  for (const f of readdirSync(from).sort().slice(0, n)) copyFileSync(path.join(from, f), path.join(dir, f));
  return dir;
}

test('encoder on WebGPU: features match the CPU provider, the line names the adapter, the report records the device', {
  skip,
}, async () => {
  const enc = convEncoder();
  const a = firstImages(IMAGES, 6, 'a'),
    b = firstImages(B_IMAGES, 6, 'b');
  const encArgs = ['--encoder', enc, '--encoder-preset', 'custom', '--encoder-size', '32x32', '--features', '--quiet'];
  const cpu = await cli('stats', a, '-o', path.join(tmp, 'cpu.npz'), ...encArgs, '--device', 'cpu');
  assert.equal(cpu.code, 0, cpu.err);
  const gpu = await cli('stats', a, '-o', path.join(tmp, 'gpu.npz'), ...encArgs, '--device', 'webgpu');
  assert.equal(gpu.code, 0, gpu.err);
  const adapter = probe.adapters[0].name;
  assert.ok(
    gpu.err.split('\n').some((l) => l.startsWith('device webgpu: ') && l.includes(adapter)),
    gpu.err,
  );
  assert.match(gpu.out, new RegExp(`img/s on webgpu \\(${adapter.replace(/[()]/g, '\\$&')}`));
  const x = (await readStatsNpz(path.join(tmp, 'cpu.npz'))).features!,
    y = (await readStatsNpz(path.join(tmp, 'gpu.npz'))).features!;
  assert.equal(x.length, 6 * 24);
  for (let i = 0; i < 6; i++)
    assert.ok(relL2(y, x, i * 24, 24) <= 1e-5, `image ${i}: relative L2 ${relL2(y, x, i * 24, 24)}`);
  const json = path.join(tmp, 'm.json');
  const cmp = await cli(
    'compare',
    a,
    b,
    '--metrics',
    'fid',
    '--bootstrap',
    '0',
    '--json',
    json,
    ...encArgs.filter((s) => s !== '--features'),
    '--device',
    'webgpu',
  );
  assert.equal(cmp.code, 0, cmp.err);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(report.protocol.device, `webgpu (${describeAdapter(probe.adapters[0])})`);
});

test("a batch over the adapter's buffer limits is split in halves: the features are those of batches of 12", {
  skip,
}, async () => {
  // at 512², the first conv's output is 8 × 512 × 512 float32 = 8 MiB an image: a batch of 24 binds 192 MiB for the
  // second conv, over lavapipe's 128 MiB maxStorageBufferBindingSize; 12 fit
  const enc = convEncoder(512);
  const a = firstImages(IMAGES, 24, 'a24');
  const encArgs = ['--encoder', enc, '--encoder-preset', 'custom', '--encoder-size', '512x512', '--features'];
  const run = async (device: string, batch: number) => {
    const out = path.join(tmp, `${device}${batch}.npz`);
    const r = await cli('stats', a, '-o', out, ...encArgs, '--batch-size', String(batch), '--device', device);
    assert.equal(r.code, 0, r.err);
    return { err: r.err, features: (await readStatsNpz(out)).features! };
  };
  const split = await run('webgpu', 24),
    halves = await run('webgpu', 12);
  const lines = split.err.split('\n').filter((l) => l.startsWith('webgpu: a batch of'));
  if (probe.adapters[0].software)
    assert.match(
      lines[0] ?? '',
      /^webgpu: a batch of 24 images failed on the device \(.*\); running batches of at most 12$/,
      split.err,
    );
  assert.equal(halves.err.split('\n').filter((l) => l.startsWith('webgpu: a batch of')).length, 0, halves.err);
  // the split run ran the same two batches of 12 as --batch-size 12: the same float32 values, row for row
  assert.equal(split.features.length, 24 * 24);
  assert.ok(split.features.every(Number.isFinite) && new Set(split.features).size > 24 * 12);
  assert.deepEqual([...split.features], [...halves.features]);
});
