// DDPM and DDIM against analytic truth, with fixture denoisers built as ONNX graphs (tests/helpers/model-fixtures.ts).
//
// Gaussian data x_0 ~ N(μ, s²I): the optimal denoiser is closed-form (fixtures.ts), and with it every sampler step
// is affine in x_t plus independent Gaussian noise. So the samples are exactly Gaussian, per pixel independent,
// with a mean and variance that follow a scalar recursion, written here from the papers' formulas (independently
// of src/sampling/samplers.ts):
//   x̂_0 = μ + g(x − aμ), g = a s²/(ᾱ s² + 1 − ᾱ),   ε̂ = (x − a x̂_0)/σ
//   DDPM:  x' = √ā β/(1−ᾱ) x̂_0 + √α (1−ā)/(1−ᾱ) x + σ_n z,  β = 1 − ᾱ/ā, σ_n² = β(1−ā)/(1−ᾱ) or β
//   DDIM:  x' = √ā x̂_0 + √(1 − ā − σ_n²) ε̂ + σ_n z,  σ_n = η √((1−ā)/(1−ᾱ)) √(1 − ᾱ/ā)
// (ā = ᾱ at τ_{i−1}, the step the update goes to; 1 for the last update). Starting from N(0, 1), the recursion
// gives the exact mean and standard deviation of the samples of a finite-step sampler; they differ from (μ, s) by
// the discretization error, which the second test shows shrinking with more steps until the samples match (μ, s)
// within sampling error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as ort from 'onnxruntime-node';
import { gaussianDenoiser, mixtureDenoiser } from '../helpers/model-fixtures.js';
import { makeSchedule, type ScheduleName } from '../../src/sampling/noise-schedule.js';
import { sampleDiffusion, sampleDiffusionValues, type DiffusionOptions } from '../../src/sampling/diffusion.js';
import { normals, sampleLabel, uniforms } from '../../src/sampling/rng.js';
import type { Prediction } from '../../src/sampling/samplers.js';

const SCHEDULES: ScheduleName[] = ['linear', 'cosine', 'scaled-linear'];
const PREDICTIONS: Prediction[] = ['eps', 'v', 'x0'];
const SHAPE = { channels: 3, height: 4, width: 4 };
const D = 48;
const opts1 = { intraOpNumThreads: 1, interOpNumThreads: 1 };

type Sampler = { sampler: 'ddpm' | 'ddim'; variance?: 'small' | 'large'; eta?: number };

/** Exact mean and sd of the samples (see the header). */
function exactMoments(
  schedule: ScheduleName,
  T: number,
  S: number,
  sm: Sampler,
  mu: number,
  s: number,
): { mean: number; sd: number } {
  const ac = makeSchedule(schedule, T).alphasCumprod;
  const kept = Array.from({ length: S }, (_, i) => Math.floor((i * T) / S));
  let m = 0,
    v = 1;
  for (let i = S - 1; i >= 0; i--) {
    const abar = ac[kept[i]],
      aprev = i > 0 ? ac[kept[i - 1]] : 1;
    const a = Math.sqrt(abar),
      sig = Math.sqrt(1 - abar);
    const g = (a * s * s) / (abar * s * s + 1 - abar);
    // x̂0 = μ(1 − g a) + g x ;  ε̂ = (x − a x̂0)/σ = ((1 − a g) x − a μ (1 − g a))/σ
    const x0x = g,
      x0c = mu * (1 - g * a);
    const ex = (1 - a * g) / sig,
      ec = (-a * mu * (1 - g * a)) / sig;
    let P: number, Q: number, sn: number;
    if (sm.sampler === 'ddpm') {
      const beta = 1 - abar / aprev;
      const c0 = (Math.sqrt(aprev) * beta) / (1 - abar),
        ct = (Math.sqrt(1 - beta) * (1 - aprev)) / (1 - abar);
      P = c0 * x0x + ct;
      Q = c0 * x0c;
      sn = i === 0 ? 0 : Math.sqrt(sm.variance === 'small' ? (beta * (1 - aprev)) / (1 - abar) : beta);
    } else {
      sn = i === 0 ? 0 : (sm.eta ?? 0) * Math.sqrt((1 - aprev) / (1 - abar)) * Math.sqrt(1 - abar / aprev);
      const ce = Math.sqrt(1 - aprev - sn * sn);
      P = Math.sqrt(aprev) * x0x + ce * ex;
      Q = Math.sqrt(aprev) * x0c + ce * ec;
    }
    m = P * m + Q;
    v = P * P * v + sn * sn;
  }
  return { mean: m, sd: Math.sqrt(v) };
}

function moments(v: Float64Array | number[]): { mean: number; sd: number; n: number } {
  let m = 0;
  for (const x of v) m += x;
  m /= v.length;
  let q = 0;
  for (const x of v) q += (x - m) ** 2;
  return { mean: m, sd: Math.sqrt(q / (v.length - 1)), n: v.length };
}

function base(schedule: ScheduleName, T: number, S: number, sm: Sampler, prediction: Prediction): DiffusionOptions {
  return {
    schedule,
    trainSteps: T,
    steps: S,
    sampler: sm.sampler,
    prediction,
    eta: sm.eta ?? 0,
    variance: sm.variance ?? 'large',
    clip: true,
    seed: 1,
    batchSize: 128,
  };
}

test('Gaussian data, 50 steps: samples match the exact moments of each sampler (every schedule × prediction)', async () => {
  const T = 1000,
    S = 50,
    mu = 0.2,
    s = 0.15,
    N = 128; // 6,144 values per run
  const samplers: Sampler[] = [
    { sampler: 'ddpm', variance: 'large' },
    { sampler: 'ddpm', variance: 'small' },
    { sampler: 'ddim', eta: 0 },
  ];
  const rows: string[] = [];
  for (const schedule of SCHEDULES) {
    const ac = makeSchedule(schedule, T).alphasCumprod;
    for (const prediction of PREDICTIONS) {
      const session = await ort.InferenceSession.create(
        gaussianDenoiser({ alphasCumprod: ac, prediction, ...SHAPE, mu, s }),
        opts1,
      );
      const runs: Sampler[] =
        prediction === 'eps'
          ? [...samplers, { sampler: 'ddim', eta: 0.5 }]
          : samplers.filter((x) => x.variance !== 'small');
      for (const sm of runs) {
        const v = await sampleDiffusionValues(session, N, base(schedule, T, S, sm, prediction));
        const got = moments(v);
        const ex = exactMoments(schedule, T, S, sm, mu, s);
        const zMean = (got.mean - ex.mean) / (ex.sd / Math.sqrt(got.n));
        const zSd = (got.sd - ex.sd) / (ex.sd / Math.sqrt(2 * got.n));
        const name = `${schedule} ${prediction} ${sm.sampler}${sm.variance ? ' ' + sm.variance : ''}${sm.eta !== undefined ? ' eta ' + sm.eta : ''}`;
        rows.push(
          `${name.padEnd(32)} mean ${got.mean.toFixed(4)} (exact ${ex.mean.toFixed(4)}, z ${zMean.toFixed(2)})  sd ${got.sd.toFixed(4)} (exact ${ex.sd.toFixed(4)} = ${(ex.sd / s).toFixed(3)}·s, z ${zSd.toFixed(2)})`,
        );
        assert.ok(Math.abs(zMean) < 4, `${name}: mean ${got.mean} vs exact ${ex.mean} (${zMean.toFixed(2)} SE)`);
        assert.ok(Math.abs(zSd) < 4, `${name}: sd ${got.sd} vs exact ${ex.sd} (${zSd.toFixed(2)} SE)`);
      }
      await session.release();
    }
  }
  console.log(`# Gaussian N(${mu}, ${s}²), T = ${T}, ${S} steps, ${N}×${D} values per run:\n# ` + rows.join('\n# '));
  // The recursion is sharp enough to tell the samplers apart: at 50 steps they differ by many standard errors.
  const a = exactMoments('linear', T, S, { sampler: 'ddpm', variance: 'small' }, mu, s).sd,
    b = exactMoments('linear', T, S, { sampler: 'ddim' }, mu, s).sd;
  assert.ok(Math.abs(a - b) > 8 * (s / Math.sqrt(2 * N * D)));
});

test('Gaussian data: with all 1000 steps, DDPM and DDIM samples match μ and s within 4 standard errors', async () => {
  const T = 1000,
    mu = 0.1,
    s = 0.3,
    N = 64; // 3,072 values per run
  const rows: string[] = [];
  for (const schedule of SCHEDULES) {
    const ac = makeSchedule(schedule, T).alphasCumprod;
    const session = await ort.InferenceSession.create(
      gaussianDenoiser({ alphasCumprod: ac, prediction: 'eps', ...SHAPE, mu, s }),
      opts1,
    );
    for (const sm of [
      { sampler: 'ddim', eta: 0 },
      { sampler: 'ddpm', variance: 'large' },
    ] as Sampler[]) {
      const got = moments(await sampleDiffusionValues(session, N, { ...base(schedule, T, T, sm, 'eps'), seed: 5 }));
      const seMean = s / Math.sqrt(got.n),
        seSd = s / Math.sqrt(2 * got.n);
      const ex = exactMoments(schedule, T, T, sm, mu, s);
      // discretization error at 1000 steps, from the recursion, in standard errors (stated, and kept small)
      const biasSd = (ex.sd - s) / seSd;
      rows.push(
        `${schedule.padEnd(13)} ${sm.sampler}: mean ${got.mean.toFixed(4)} (${((got.mean - mu) / seMean).toFixed(2)} SE), sd ${got.sd.toFixed(4)} (${((got.sd - s) / seSd).toFixed(2)} SE; discretization ${biasSd.toFixed(2)} SE)`,
      );
      assert.ok(Math.abs(biasSd) < 2 && Math.abs((ex.mean - mu) / seMean) < 1);
      assert.ok(Math.abs(got.mean - mu) < 4 * seMean, `${schedule} ${sm.sampler}: mean ${got.mean}`);
      assert.ok(Math.abs(got.sd - s) < 4 * seSd, `${schedule} ${sm.sampler}: sd ${got.sd}`);
    }
    await session.release();
  }
  // and the discretization error shrinks with the number of steps
  for (const schedule of SCHEDULES) {
    const errs = [50, 250, 1000].map((S) =>
      Math.abs(exactMoments(schedule, T, S, { sampler: 'ddim' }, mu, s).sd / s - 1),
    );
    assert.ok(errs[0] > errs[1] && errs[1] > errs[2], `${schedule}: ${errs}`);
    rows.push(
      `${schedule.padEnd(13)} DDIM |sd/s − 1| at 50, 250, 1000 steps: ${errs.map((e) => e.toFixed(4)).join(', ')}`,
    );
  }
  console.log(`# Gaussian N(${mu}, ${s}²), all ${T} steps, ${N}×${D} values per run:\n# ` + rows.join('\n# '));
});

test('mixture of 3 templates: DDIM samples land on templates with frequencies 0.5/0.3/0.2', async () => {
  const weights = [0.5, 0.3, 0.2];
  const templates = [0, 1, 2].map((k) => uniforms(100 + k, 1, 0, 0, D).map((u) => 1.6 * u - 0.8));
  const ac = makeSchedule('cosine', 1000).alphasCumprod;
  const N = 300;
  const rows: string[] = [];
  for (const [prediction, sm] of [
    ['x0', { sampler: 'ddim', eta: 0 }],
    ['eps', { sampler: 'ddpm', variance: 'large' }],
  ] as [Prediction, Sampler][]) {
    const session = await ort.InferenceSession.create(
      mixtureDenoiser({ alphasCumprod: ac, prediction, ...SHAPE, templates, weights }),
      opts1,
    );
    const v = await sampleDiffusionValues(session, N, {
      ...base('cosine', 1000, sm.sampler === 'ddim' ? 50 : 100, sm, prediction),
      seed: 11,
      batchSize: 64,
    });
    const counts = [0, 0, 0];
    let worst = 0;
    for (let i = 0; i < N; i++) {
      const d = templates.map((c) => Math.sqrt(c.reduce((acc, cv, j) => acc + (v[i * D + j] - cv) ** 2, 0) / D));
      const k = d.indexOf(Math.min(...d));
      counts[k]++;
      worst = Math.max(worst, d[k]);
    }
    const chi2 = counts.reduce((acc, c, k) => acc + (c - N * weights[k]) ** 2 / (N * weights[k]), 0);
    rows.push(
      `${sm.sampler} (${prediction}): counts ${counts.join('/')} of ${N} (expected ${weights.map((w) => w * N).join('/')}), χ² = ${chi2.toFixed(2)} (2 dof), worst RMS distance to the nearest template ${worst.toExponential(2)}`,
    );
    assert.ok(worst < 0.01, `a sample is ${worst} (RMS) from every template`);
    counts.forEach((c, k) =>
      assert.ok(Math.abs(c - N * weights[k]) < 4 * Math.sqrt(N * weights[k] * (1 - weights[k])), `class ${k}: ${c}`),
    );
    assert.ok(chi2 < 13.8, `χ² ${chi2} (p < 0.001)`);
    await session.release();
  }
  console.log('# mixture:\n# ' + rows.join('\n# '));
});

test('classifier-free guidance: a 2N run, ε_u + w(ε_c − ε_u), per-class means move to μ_u + w(μ_y − μ_u)', async () => {
  // Gaussian ε is affine in μ, so guided ε is the Gaussian ε of μ_eff = μ_u + w(μ_y − μ_u): the samples of class y
  // have the exact moments of data N(μ_eff, s²).
  const T = 1000,
    S = 50,
    s = 0.15,
    means = [0.2, -0.15, 0.05],
    K = 2; // label 2 = null
  const ac = makeSchedule('linear', T).alphasCumprod;
  // float32 timestep input and symbolic H, W: exercises --size and the float timestep path
  const session = await ort.InferenceSession.create(
    gaussianDenoiser({
      alphasCumprod: ac,
      prediction: 'v',
      ...SHAPE,
      mu: 0,
      s,
      labelMeans: means,
      timestepType: 'float32',
      dynamicSize: true,
    }),
    opts1,
  );
  const w = 2.5,
    N = 200;
  const o: DiffusionOptions = {
    ...base('linear', T, S, { sampler: 'ddim', eta: 0 }, 'v'),
    size: { height: 4, width: 4 },
    numClasses: K,
    guidance: w,
    seed: 3,
  };
  const v = await sampleDiffusionValues(session, N, o);
  const rows: string[] = [];
  for (let y = 0; y < K; y++) {
    const vals: number[] = [];
    for (let i = 0; i < N; i++) if (sampleLabel(3, i, K) === y) for (let j = 0; j < D; j++) vals.push(v[i * D + j]);
    const got = moments(vals);
    const ex = exactMoments('linear', T, S, { sampler: 'ddim' }, means[K] + w * (means[y] - means[K]), s);
    const z = (got.mean - ex.mean) / (ex.sd / Math.sqrt(got.n));
    rows.push(
      `class ${y}: ${got.n / D} samples, mean ${got.mean.toFixed(4)} (exact ${ex.mean.toFixed(4)}, z ${z.toFixed(2)})`,
    );
    assert.ok(Math.abs(z) < 4, rows[rows.length - 1]);
    assert.ok(Math.abs(got.sd - ex.sd) < (4 * ex.sd) / Math.sqrt(2 * got.n));
  }
  console.log('# guidance w = 2.5:\n# ' + rows.join('\n# '));
  // w = 1 is the plain conditional model (one N run) and equals --guidance omitted
  const a = await sampleDiffusionValues(session, 8, { ...o, guidance: 1 });
  const b = await sampleDiffusionValues(session, 8, { ...o, guidance: undefined });
  assert.deepEqual([...a], [...b]);
  // fixed class
  const c = await sampleDiffusionValues(session, 40, { ...o, guidance: undefined, classLabel: 1 });
  assert.ok(Math.abs(moments(c).mean - means[1]) < 0.02);
  await session.release();
});

test('reproducible whatever the batch size (7 vs 16), DDPM with labels and guidance', async () => {
  const ac = makeSchedule('cosine', 200).alphasCumprod;
  const session = await ort.InferenceSession.create(
    gaussianDenoiser({
      alphasCumprod: ac,
      prediction: 'eps',
      ...SHAPE,
      mu: 0,
      s: 0.4,
      labelMeans: [0.2, -0.3, 0],
      varianceChannels: true,
    }),
    opts1,
  );
  const o: DiffusionOptions = {
    ...base('cosine', 200, 20, { sampler: 'ddpm', variance: 'large' }, 'eps'),
    numClasses: 2,
    guidance: 1.5,
    seed: 42,
  };
  const run = async (batchSize: number, seed = 42) => {
    const out: Uint8Array[] = [];
    for await (const img of sampleDiffusion(session, 20, { ...o, batchSize, seed })) out.push(img.data);
    return out;
  };
  const a = await run(7),
    b = await run(16);
  assert.equal(a.length, 20);
  for (let i = 0; i < 20; i++) assert.deepEqual(a[i], b[i], `sample ${i}`);
  const c = await run(16, 43);
  assert.notDeepEqual(a[0], c[0]);
  // first = 13 reproduces samples 13..19
  const tail: Uint8Array[] = [];
  for await (const img of sampleDiffusion(session, 7, { ...o, first: 13 })) {
    tail.push(img.data);
    assert.match(img.file, /^sample_0000(1[3-9])\.png$/);
  }
  for (let i = 0; i < 7; i++) assert.deepEqual(tail[i], a[13 + i]);
  await session.release();
});

test('x_T and the step noise come from the documented rng streams (seed, sample, step)', async () => {
  // T = 100, S = 2 (kept steps 0 and 50), DDPM: x_50 = normals(seed, initialNoise, i, 0); x_0 = c0 x̂0 + ct x_50 +
  // σ z with z = normals(seed, stepNoise, i, step index 1); output = x̂0 at t = 0. Recomputed here in float64.
  const T = 100,
    mu = 0.1,
    s = 0.3,
    seed = 77;
  const ac = makeSchedule('linear', T).alphasCumprod;
  const session = await ort.InferenceSession.create(
    gaussianDenoiser({ alphasCumprod: ac, prediction: 'x0', ...SHAPE, mu, s }),
    opts1,
  );
  const v = await sampleDiffusionValues(session, 3, {
    ...base('linear', T, 2, { sampler: 'ddpm', variance: 'large' }, 'x0'),
    seed,
  });
  const xhat = (x: number, abar: number) => {
    const a = Math.sqrt(abar);
    return mu + ((a * s * s) / (abar * s * s + 1 - abar)) * (x - a * mu);
  };
  let worst = 0;
  for (let i = 0; i < 3; i++) {
    const xT = normals(seed, 1, i, 0, D),
      z = normals(seed, 2, i, 1, D);
    const abar = ac[50],
      aprev = ac[0],
      beta = 1 - abar / aprev;
    for (let j = 0; j < D; j++) {
      const x1 =
        ((Math.sqrt(aprev) * beta) / (1 - abar)) * xhat(xT[j], abar) +
        ((Math.sqrt(1 - beta) * (1 - aprev)) / (1 - abar)) * xT[j] +
        Math.sqrt(beta) * z[j];
      const out = Math.max(-1, Math.min(1, xhat(x1, aprev)));
      worst = Math.max(worst, Math.abs(out - v[i * D + j]));
    }
  }
  assert.ok(worst < 1e-5, `max |difference| ${worst}`); // the model runs in float32
  await session.release();
});

test('input checks: labels need --num-classes, guidance needs labels, open sizes need --size', async () => {
  const ac = makeSchedule('linear', 100).alphasCumprod;
  const cond = await ort.InferenceSession.create(
    gaussianDenoiser({ alphasCumprod: ac, prediction: 'eps', ...SHAPE, mu: 0, s: 0.3, labelMeans: [0, 0] }),
    opts1,
  );
  const o = base('linear', 100, 10, { sampler: 'ddim' }, 'eps');
  const drain = async (g: AsyncGenerator<unknown>) => {
    for await (const _ of g) {
      /* */
    }
  };
  await assert.rejects(drain(sampleDiffusion(cond, 2, o)), /--num-classes/);
  await assert.rejects(drain(sampleDiffusion(cond, 2, { ...o, numClasses: 1, classLabel: 3 })), /--class/);
  const plain = await ort.InferenceSession.create(
    gaussianDenoiser({ alphasCumprod: ac, prediction: 'eps', ...SHAPE, mu: 0, s: 0.3, dynamicSize: true }),
    opts1,
  );
  await assert.rejects(
    drain(sampleDiffusion(plain, 2, { ...o, size: { height: 4, width: 4 }, guidance: 3 })),
    /--guidance/,
  );
  await assert.rejects(drain(sampleDiffusion(plain, 2, o)), /--size/);
  await assert.rejects(
    drain(sampleDiffusion(plain, 2, { ...o, size: { height: 4, width: 4 }, channels: 1 })),
    /--channels/,
  );
  await assert.rejects(
    drain(sampleDiffusion(plain, 2, { ...o, size: { height: 4, width: 4 }, steps: 101 })),
    /--steps/,
  );
  await cond.release();
  await plain.release();
});
