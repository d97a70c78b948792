// The metrics' float32 tiles on WebGPU (src/math/ort-linalg.ts tileSession): precision/recall/density/coverage and
// memorization give exactly the CPU's results (their float64 re-checks near thresholds assume only a float32 dot
// product within γ_d‖x‖‖y‖ of the exact one, whatever the summation order, which WGSL's correctly rounded f32
// arithmetic gives), and KID, whose Gram tiles are then float32, agrees with the CPU's float64 KID within the error
// bound that float32 Gram entries imply. Small inputs and small tiles (many tiles, near-ties and exact duplicates),
// since Mesa's lavapipe runs WebGPU on the CPU. Skipped without a Vulkan driver (one line says why).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { probeAdapters } from '../../src/features/gpu-adapters.js';
import { prdc } from '../../src/metrics/prdc.js';
import { kidFull, kidSubsets } from '../../src/metrics/kid.js';
import { memorization } from '../../src/metrics/memorization.js';
import { gramTile } from '../../src/math/distance-tiles.js';
import { tileProviders } from '../../src/math/ort-linalg.js';
import { uniform } from '../helpers/helpers.js';

const probe = probeAdapters();
const skip = probe.adapters.length
  ? false
  : 'no Vulkan driver on this machine (WebGPU needs one; CI installs Mesa lavapipe)';
if (skip) console.log(`# webgpu metrics tests skipped: ${skip}`);

/** n rows of d non-negative features (like pool3), clustered so that neighbour distances are small next to the
 *  norms; the last rows of `b` repeat rows of `a` exactly or up to one float32 step (ties for the re-checks). */
function sets(seed: number, n: number, m: number, d: number) {
  const r = uniform(seed);
  const centre = Float32Array.from({ length: d }, () => 2 + 3 * r());
  const row = () => Float32Array.from(centre, (c) => Math.fround(c + 0.05 * (r() - 0.5)));
  const a = new Float32Array(n * d),
    b = new Float32Array(m * d);
  for (let i = 0; i < n; i++) a.set(row(), i * d);
  for (let j = 0; j < m; j++) b.set(row(), j * d);
  for (let t = 0; t < 4; t++) b.set(a.subarray(t * d, (t + 1) * d), (m - 1 - t) * d);
  b[(m - 5) * d] = a[4 * d] * (1 + 2 ** -23);
  return { a, b };
}

const N = 70,
  M = 60,
  D = 48;

test('PRDC through WebGPU tiles: exactly the CPU counts', { skip }, async () => {
  const { a, b } = sets(3, N, M, D);
  for (const k of [3, 5]) {
    const cpu = await prdc(a, N, b, M, D, k, { tile: 16 });
    const gpu = await prdc(a, N, b, M, D, k, { tile: 16, device: 'webgpu' });
    assert.deepEqual(
      [gpu.precision, gpu.recall, gpu.density, gpu.coverage],
      [cpu.precision, cpu.recall, cpu.density, cpu.coverage],
      `k = ${k}`,
    );
    assert.ok(cpu.stats.exactDistances > 0, 'the inputs make the float64 re-checks work');
  }
  assert.equal(tileProviders.get('prdc-filter-values-f32'), 'webgpu', 'the tiles ran on a WebGPU session');
});

test('memorization through WebGPU tiles: the CPU result, pairs and counts', { skip }, async () => {
  const { a, b } = sets(5, N, M, D);
  const ref = sets(6, 20, 20, D).b;
  for (const radiusPass of ['triangle', 'rows'] as const) {
    const opts = { tile: 16, radiusPass, reference: { features: ref, n: 20 } };
    const cpu = await memorization(a, N, b, M, D, opts);
    const gpu = await memorization(a, N, b, M, D, { ...opts, device: 'webgpu' });
    assert.deepEqual({ ...gpu, stats: undefined }, { ...cpu, stats: undefined }, radiusPass);
    assert.ok(cpu.flagged >= 4, `the exact copies are flagged (${cpu.flagged})`);
  }
  assert.equal(tileProviders.get('nearest-topk:float32:false'), 'webgpu');
});

test('KID through WebGPU float32 Gram tiles: within the float32 bound of the CPU float64 KID', { skip }, async () => {
  const { a, b } = sets(7, N, M, D);
  // Each Gram entry g = x·y is within γ_D·Σ|xₖyₖ| ≤ γ_D‖x‖‖y‖ of the exact one (float32 Gemm, any order; the float64
  // one is exact to ~1e-16), so each kernel value k = (g/D + 1)³ moves by at most e = 3(t + Δ)²Δ with t its largest
  // value and Δ = γ_D·max‖x‖²/D. MMD² = mean k(x,x') + mean k(y,y') − 2 mean k(x,y) then moves by at most 4e.
  const u = 2 ** -24,
    gamma = (D * u) / (1 - D * u);
  let maxSq = 0;
  for (const x of [a, b])
    for (let i = 0; i < x.length / D; i++) {
      let s = 0;
      for (let c = 0; c < D; c++) s += x[i * D + c] ** 2;
      maxSq = Math.max(maxSq, s);
    }
  const t = maxSq / D + 1,
    delta = (gamma * maxSq) / D,
    bound = 4 * 3 * (t + delta) ** 2 * delta;
  const cpu = await kidFull(a, N, b, M, D, { tile: 16 });
  const gpu = await kidFull(a, N, b, M, D, { tile: 16, device: 'webgpu' });
  assert.ok(Math.abs(gpu - cpu) <= bound, `KID ${gpu} vs ${cpu}: |Δ| ${Math.abs(gpu - cpu)} > ${bound}`);
  const cs = await kidSubsets(a, N, b, M, D, { subsets: 5, subsetSize: 30, seed: 1 });
  const gs = await kidSubsets(a, N, b, M, D, { subsets: 5, subsetSize: 30, seed: 1, device: 'webgpu' });
  gs.values.forEach((v, i) => assert.ok(Math.abs(v - cs.values[i]) <= bound, `subset ${i}: ${v} vs ${cs.values[i]}`));
  // the tiles did run in float32 on the GPU: the Gram entries differ from the float64 ones, within the bound
  const g64 = await gramTile(Float64Array.from(a.subarray(0, 8 * D)), 8, Float64Array.from(b.subarray(0, 8 * D)), 8, D);
  const g32 = await gramTile(
    Float64Array.from(a.subarray(0, 8 * D)),
    8,
    Float64Array.from(b.subarray(0, 8 * D)),
    8,
    D,
    'webgpu',
  );
  assert.ok(g32 instanceof Float32Array && g64 instanceof Float64Array);
  g32.forEach((v, i) => assert.ok(Math.abs(v - g64[i]) <= gamma * maxSq, `entry ${i}`));
  assert.equal(tileProviders.get('gram-f32'), 'webgpu');
});
