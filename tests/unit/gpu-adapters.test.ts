// The GPU adapter list that --device auto decides on: `vulkaninfo --summary` parsed (a real lavapipe output and an
// NVIDIA one), the driver manifests when vulkaninfo is missing, best adapter first, software adapters marked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  adaptersFromManifests,
  describeAdapter,
  isSoftwareAdapter,
  parseVulkaninfoSummary,
  probeAdapters,
} from '../../src/features/gpu-adapters.js';

const summary = (gpus: string[]) =>
  `==========\nVULKANINFO\n==========\n\nVulkan Instance Version: 1.3.239\n\nDevices:\n========\n${gpus.join('')}`;
const gpu = (i: number, type: string, name: string, driver: string) =>
  `GPU${i}:\n\tapiVersion         = 1.4.305\n\tvendorID           = 0x10005\n\tdeviceType         = PHYSICAL_DEVICE_TYPE_${type}\n\tdeviceName         = ${name}\n\tdriverName         = ${driver}\n`;
// Debian bookworm-backports' Mesa 25.0.7 on a machine without a GPU
const LAVAPIPE = gpu(0, 'CPU', 'llvmpipe (LLVM 15.0.6, 256 bits)', 'llvmpipe');
const H200 = gpu(1, 'DISCRETE_GPU', 'NVIDIA H200', 'NVIDIA');

test('vulkaninfo --summary: one adapter per GPU block, type and software flag', () => {
  assert.deepEqual(parseVulkaninfoSummary(summary([LAVAPIPE, H200])), [
    { name: 'llvmpipe (LLVM 15.0.6, 256 bits)', type: 'cpu', driver: 'llvmpipe', software: true },
    { name: 'NVIDIA H200', type: 'discrete', driver: 'NVIDIA', software: false },
  ]);
  assert.deepEqual(parseVulkaninfoSummary('ERROR: no Vulkan instance\n'), []);
  assert.equal(isSoftwareAdapter({ name: 'SwiftShader Device (Subzero)', type: 'other' }), true);
  assert.equal(isSoftwareAdapter({ name: 'AMD Radeon RX 7900 XTX (RADV NAVI31)', type: 'discrete' }), false);
});

test('probe: the hardware adapter first, the software manifests named for hiding', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-icd-'));
  try {
    writeFileSync(path.join(dir, 'lvp_icd.x86_64.json'), '{}');
    writeFileSync(path.join(dir, 'nvidia_icd.json'), '{}');
    const env = { VK_DRIVER_FILES: `${path.join(dir, 'lvp_icd.x86_64.json')}:${path.join(dir, 'nvidia_icd.json')}` };
    const p = probeAdapters({ env, vulkaninfo: () => summary([LAVAPIPE, H200]) });
    assert.equal(p.source, 'vulkaninfo');
    assert.deepEqual(p.adapters.map(describeAdapter), [
      'NVIDIA H200 (discrete)',
      'llvmpipe (LLVM 15.0.6, 256 bits) (cpu, software)',
    ]);
    assert.deepEqual(p.softwareManifests, ['lvp_icd.x86_64.json']);
    // without vulkaninfo: one adapter per manifest, the NVIDIA model from the kernel driver when it is loaded
    const m = probeAdapters({ env, vulkaninfo: () => undefined });
    assert.equal(m.source, 'driver-manifests');
    assert.deepEqual(
      m.adapters.map((a) => [a.driver, a.software]),
      [
        ['nvidia_icd.json', false],
        ['lvp_icd.x86_64.json', true],
      ],
    );
    assert.deepEqual(
      probeAdapters({ env: { VK_DRIVER_FILES: path.join(dir, 'missing.json') }, vulkaninfo: () => undefined }),
      { source: 'none', adapters: [], softwareManifests: [] },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(adaptersFromManifests(['/usr/share/vulkan/icd.d/radeon_icd.x86_64.json'], []).map(describeAdapter), [
    'radeon driver (hardware)',
  ]);
  assert.deepEqual(
    adaptersFromManifests(['/etc/vulkan/icd.d/nvidia_icd.json'], ['NVIDIA H100 80GB HBM3']).map((a) => a.name),
    ['NVIDIA H100 80GB HBM3'],
  );
});
