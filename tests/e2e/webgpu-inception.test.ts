// The Inception network through the WebGPU execution provider against the CPU provider, on the first images of
// reference set A (a software adapter such as lavapipe takes tens of seconds per batch, hence so few): pool3 and
// logits agree to relative L2 ≤ 1e-5 per image, with pytorch-fid's resize in the network and with --resize clean.
// FID: the reference pairs' FID with those images' rows taken from the WebGPU features instead of the CPU's agrees to
// 1e-5 relative (the full-FID parity on 50 images per set is in bench/device-check.ts, run on a GPU machine).
// Skipped, with one line saying why, on a machine without a Vulkan driver.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { extractFolder, loadExtractor } from '../../src/pipeline.js';
import { probeAdapters } from '../../src/features/gpu-adapters.js';
import { frechetDistanceFromFeatures } from '../../src/metrics/fid.js';
import { REF, referencePool3, relL2 } from '../helpers/helpers.js';

const probe = probeAdapters();
const skip = probe.adapters.length
  ? false
  : 'no Vulkan driver on this machine (WebGPU needs one; CI installs Mesa lavapipe)';
if (skip) console.log(`# webgpu tests skipped: ${skip}`);
const N = Number(process.env.FID_GATE_WEBGPU_IMAGES ?? 2);
const folder = path.join(REF, 'sets', 'A', 'head', 'images');
const files = readdirSync(folder)
  .sort()
  .slice(0, N)
  .map((f) => path.join(folder, f));
const quiet = () => undefined;

for (const resize of ['legacy-pytorch', 'clean'] as const) {
  test(`Inception (${resize}) on WebGPU: pool3 and logits match the CPU provider (relative L2 ≤ 1e-5), FID to 1e-5`, {
    skip,
  }, async () => {
    const cpu = await loadExtractor({ weights: 'synthetic', resize, device: 'cpu', log: quiet });
    const gpu = await loadExtractor({ weights: 'synthetic', resize, device: 'webgpu', log: quiet });
    assert.equal(gpu.model.device, 'webgpu');
    const x = await extractFolder(cpu, folder, { files, batchSize: N, progress: false });
    const y = await extractFolder(gpu, folder, { files, batchSize: N, progress: false });
    let worst = 0;
    for (const [k, d] of [
      ['pool3', 2048],
      ['logits', 1008],
    ] as const) {
      for (let i = 0; i < N; i++) {
        const e = relL2(y.features[k], x.features[k], i * d, d);
        worst = Math.max(worst, e);
        assert.ok(e <= 1e-5, `${k} of ${path.basename(files[i])}: relative L2 ${e}`);
      }
    }
    console.log(
      `# ${resize}: ${N} images on ${gpu.model.adapter}, worst relative L2 ${worst.toExponential(2)}, ${y.imagesPerSecond.toFixed(3)} img/s`,
    );
    if (resize !== 'legacy-pytorch') return;
    const a = referencePool3('A'),
      b = referencePool3('B');
    const withRows = (rows: Float32Array) => {
      const m = a.data.slice();
      m.set(rows, 0);
      return m;
    };
    const fCpu = (await frechetDistanceFromFeatures(withRows(x.features.pool3), a.n, b.data, b.n, 2048)).fid;
    const fGpu = (await frechetDistanceFromFeatures(withRows(y.features.pool3), a.n, b.data, b.n, 2048)).fid;
    console.log(
      `# FID A_B with ${N} rows from WebGPU: ${fGpu} vs CPU ${fCpu} (relative ${Math.abs(fGpu / fCpu - 1).toExponential(2)})`,
    );
    assert.ok(Math.abs(fGpu / fCpu - 1) <= 1e-5);
  });
}
