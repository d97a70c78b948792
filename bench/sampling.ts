// Sampling benchmark.
//
// 1. Sampler overhead per step, besides the model's own time: an identity denoiser (output = x_t, the cheapest
//    model with the interface) at 32×32 and 64×64 RGB, batch B. Per step we time the whole sampling loop and,
//    separately, session.run alone on the same shapes; the difference is what fid-gate adds per step (float32
//    copies, timestep tensor, ε/v/x0 conversion and the update in float64, and for DDPM the Philox + Box–Muller
//    noise). Reported per step and per image-step.
// 2. Images/s end to end (samples as in-memory uint8 images, ready for feature extraction; no PNG writing) for
//    the fixture models: the Gaussian denoiser (DDIM and DDPM, 50 steps), the 3-template mixture denoiser (DDIM,
//    50 steps), and a linear GAN (z 128 → image, tanh).
//
// Run: npx tsx bench/sampling.ts [--threads 2] [--n 32] [--batch 16] [--reps 2] [--only overhead|rate]
import * as ort from 'onnxruntime-node';
import {
  identityDenoiser,
  gaussianDenoiser,
  mixtureDenoiser,
  linearGenerator,
} from '../tests/helpers/model-fixtures.js';
import { makeSchedule } from '../src/sampling/noise-schedule.js';
import { sampleDiffusion, sampleDiffusionBatches, type DiffusionOptions } from '../src/sampling/diffusion.js';
import { sampleGan } from '../src/sampling/gan.js';
import { cpuSessionOptions } from '../src/features/session.js';
import { uniforms } from '../src/sampling/rng.js';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const threads = opt('threads', 2),
  n = opt('n', 32),
  batch = opt('batch', 16),
  reps = opt('reps', 2);
const only = (() => {
  const i = args.indexOf('--only');
  return i >= 0 ? args[i + 1] : undefined;
})();
const T = 1000,
  S = 50;
const sessionOptions = cpuSessionOptions(threads);
const best = (xs: number[]) => Math.min(...xs);

console.log(`sampling benchmark: ${threads} ORT threads, ${n} images, batch ${batch}, ${S} steps, best of ${reps}`);
console.log(`node ${process.version}, onnxruntime-node ${ort.env.versions?.node ?? ''}`);

const base = (sampler: 'ddim' | 'ddpm'): DiffusionOptions => ({
  schedule: 'linear',
  trainSteps: T,
  steps: S,
  sampler,
  prediction: 'eps',
  eta: 0,
  variance: 'large',
  clip: true,
  seed: 1,
  batchSize: batch,
});

console.log('\n1. sampler overhead per step (identity denoiser)');
for (const size of only === 'rate' ? [] : [32, 64]) {
  const session = await ort.InferenceSession.create(
    identityDenoiser({ channels: 3, height: size, width: size }),
    sessionOptions,
  );
  const D = 3 * size * size;
  // the model alone
  const x = new ort.Tensor('float32', new Float32Array(batch * D), [batch, 3, size, size]);
  const t = new ort.Tensor('int64', new BigInt64Array(batch), [batch]);
  for (let i = 0; i < 5; i++) await session.run({ x, t });
  const modelMs: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (let i = 0; i < S; i++) await session.run({ x, t });
    modelMs.push((performance.now() - t0) / S);
  }
  for (const sampler of ['ddim', 'ddpm'] as const) {
    const loopMs: number[] = [];
    for (let r = 0; r < reps; r++) {
      const t0 = performance.now();
      for await (const _ of sampleDiffusionBatches(session, batch, base(sampler))) {
        /* one batch */
      }
      loopMs.push((performance.now() - t0) / S);
    }
    const over = best(loopMs) - best(modelMs);
    console.log(
      `  ${size}×${size} ${sampler}: step ${best(loopMs).toFixed(3)} ms, model alone ${best(modelMs).toFixed(3)} ms → overhead ${over.toFixed(3)} ms/step = ${((over * 1000) / batch).toFixed(1)} µs per image-step (${((over * 1e6) / (batch * D)).toFixed(1)} ns per value)`,
    );
  }
  await session.release();
}

if (only !== 'overhead') console.log('\n2. images/s end to end (in-memory uint8 samples)');
async function rate(make: () => AsyncGenerator<unknown>, count: number): Promise<number> {
  const rs: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for await (const _ of make()) {
      /* consume */
    }
    rs.push(count / ((performance.now() - t0) / 1000));
  }
  return Math.max(...rs);
}
for (const size of only === 'overhead' ? [] : [32, 64]) {
  const shape = { channels: 3, height: size, width: size };
  const D = 3 * size * size;
  const ac = makeSchedule('linear', T).alphasCumprod;
  const gauss = await ort.InferenceSession.create(
    gaussianDenoiser({ alphasCumprod: ac, prediction: 'eps', ...shape, mu: 0.1, s: 0.3 }),
    sessionOptions,
  );
  const templates = [0, 1, 2].map((k) => uniforms(100 + k, 1, 0, 0, D).map((u) => 1.6 * u - 0.8));
  const mix = await ort.InferenceSession.create(
    mixtureDenoiser({ alphasCumprod: ac, prediction: 'eps', ...shape, templates, weights: [0.5, 0.3, 0.2] }),
    sessionOptions,
  );
  const Z = 128;
  const weight = uniforms(7, 1, 0, 0, Z * D).map((u) => (u - 0.5) * 0.2);
  const gan = await ort.InferenceSession.create(
    linearGenerator({ latent: Z, ...shape, weight, activation: 'tanh' }),
    sessionOptions,
  );
  const g1 = await rate(() => sampleDiffusion(gauss, n, base('ddim')), n);
  const g2 = await rate(() => sampleDiffusion(gauss, n, base('ddpm')), n);
  const m1 = await rate(() => sampleDiffusion(mix, n, base('ddim')), n);
  const ganN = 8 * n;
  const g3 = await rate(() => sampleGan(gan, ganN, { seed: 1, batchSize: 64 }), ganN);
  console.log(
    `  ${size}×${size}: gaussian ddim ${g1.toFixed(1)} img/s (${(g1 * S).toFixed(0)} img-steps/s), gaussian ddpm ${g2.toFixed(1)} img/s, mixture ddim ${m1.toFixed(1)} img/s, linear GAN ${g3.toFixed(0)} img/s`,
  );
  for (const s of [gauss, mix, gan]) await s.release();
}
