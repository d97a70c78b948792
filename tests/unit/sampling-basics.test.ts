// The pieces under the samplers: the counter-based RNG (Philox4x32-10 known answers, N(0,1) moments,
// independence of how draws are split), the noise schedules (published constants), respacing and the sampler
// plans (DDIM with η = 1 is DDPM with β̃), the PNG quantization (torchvision save_image) and the grid layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normals, philox4x32, sampleLabel, Stream, uniforms } from '../../src/sampling/rng.js';
import { makeSchedule, respace, spacedTimesteps } from '../../src/sampling/noise-schedule.js';
import { samplerPlan, toX0Eps } from '../../src/sampling/samplers.js';
import { parseOutputRange, quantizeValue, toRgbImage } from '../../src/sampling/quantize.js';
import { makeGrid } from '../../src/images/grid.js';

test('Philox4x32-10 matches Random123 known-answer vectors', () => {
  const out = new Uint32Array(4);
  philox4x32(0, 0, 0, 0, 0, 0, out);
  assert.deepEqual([...out], [0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8]);
  philox4x32(0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, out);
  assert.deepEqual([...out], [0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd]);
  philox4x32(0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344, 0xa4093822, 0x299f31d0, out);
  assert.deepEqual([...out], [0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1]);
});

test('normals: N(0,1) moments, prefix-stable, independent of how a draw is split', () => {
  const n = 200_000;
  const z = normals(7, Stream.stepNoise, 3, 11, n);
  let m = 0,
    m2 = 0,
    m4 = 0;
  for (const v of z) {
    m += v;
    m2 += v * v;
    m4 += v ** 4;
  }
  m /= n;
  m2 /= n;
  m4 /= n;
  // standard errors: mean 1/√n = 0.0022, E z² √(2/n) = 0.0032, E z⁴ √(96/n) = 0.022
  assert.ok(Math.abs(m) < 4 / Math.sqrt(n), `mean ${m}`);
  assert.ok(Math.abs(m2 - 1) < 4 * Math.sqrt(2 / n), `E z² ${m2}`);
  assert.ok(Math.abs(m4 - 3) < 4 * Math.sqrt(96 / n), `E z⁴ ${m4}`);
  // an odd-length prefix is the same as the start of a longer draw
  assert.deepEqual([...normals(7, Stream.stepNoise, 3, 11, 5)], [...z.subarray(0, 5)]);
  // different sample / step / stream / seed: unrelated
  const a = normals(7, Stream.stepNoise, 4, 11, 1000),
    b = normals(7, Stream.stepNoise, 3, 12, 1000);
  const c = normals(7, Stream.initialNoise, 3, 11, 1000),
    d = normals(8, Stream.stepNoise, 3, 11, 1000);
  for (const o of [a, b, c, d]) {
    let r = 0;
    for (let i = 0; i < 1000; i++) r += o[i] * z[i];
    assert.ok(Math.abs(r / 1000) < 4 / Math.sqrt(1000), `correlation ${r / 1000}`);
  }
  // big seeds use both key words
  assert.notDeepEqual([...normals(2 ** 40, 1, 0, 0, 4)], [...normals(0, 1, 0, 0, 4)]);
  assert.throws(() => normals(-1, 1, 0, 0, 1), /seed/);
  assert.throws(() => normals(1.5, 1, 0, 0, 1), /seed/);
});

test('uniforms in [0, 1) and labels uniform over classes', () => {
  const u = uniforms(1, Stream.labels, 0, 0, 100_000);
  let m = 0;
  for (const v of u) {
    assert.ok(v >= 0 && v < 1);
    m += v;
  }
  assert.ok(Math.abs(m / u.length - 0.5) < 4 * Math.sqrt(1 / 12 / u.length));
  const counts = [0, 0, 0, 0, 0];
  for (let i = 0; i < 5000; i++) counts[sampleLabel(3, i, 5)]++;
  for (const c of counts) assert.ok(Math.abs(c - 1000) < 4 * Math.sqrt(5000 * 0.2 * 0.8), `label counts ${counts}`);
});

test('noise schedules: published constants', () => {
  const lin = makeSchedule('linear', 1000);
  assert.equal(lin.betas[0], 1e-4);
  assert.equal(lin.betas[999], 0.02);
  assert.ok(Math.abs(lin.betas[500] - (1e-4 + (500 * (0.02 - 1e-4)) / 999)) < 1e-16);
  // Ho et al.: ᾱ_T ≈ 4.04e-5 for the linear schedule at T = 1000
  assert.ok(Math.abs(lin.alphasCumprod[999] - 4.036e-5) < 1e-7, `ᾱ_T ${lin.alphasCumprod[999]}`);
  const lin100 = makeSchedule('linear', 100); // scaled by 1000/T as in improved-diffusion
  assert.ok(Math.abs(lin100.betas[0] - 1e-3) < 1e-15 && Math.abs(lin100.betas[99] - 0.2) < 1e-15);
  const cos = makeSchedule('cosine', 1000);
  const f = (t: number) => Math.cos(((t + 0.008) / 1.008) * (Math.PI / 2)) ** 2;
  for (const t of [0, 10, 500, 900])
    assert.ok(Math.abs(cos.alphasCumprod[t] - f((t + 1) / 1000) / f(0)) < 1e-12, `cosine ᾱ_${t}`);
  assert.equal(cos.betas[999], 0.999); // clipped
  const sl = makeSchedule('scaled-linear', 1000);
  assert.ok(Math.abs(sl.betas[0] - 0.00085) < 1e-15 && Math.abs(sl.betas[999] - 0.012) < 1e-15);
  assert.ok(
    Math.abs(Math.sqrt(sl.betas[400]) - (Math.sqrt(0.00085) + (400 * (Math.sqrt(0.012) - Math.sqrt(0.00085))) / 999)) <
      1e-15,
  );
});

test('DDIM spacing and respacing', () => {
  assert.deepEqual([...spacedTimesteps(1000, 50)].slice(0, 4), [0, 20, 40, 60]);
  assert.equal(spacedTimesteps(1000, 50)[49], 980);
  assert.deepEqual([...spacedTimesteps(10, 4)], [0, 2, 5, 7]);
  assert.deepEqual([...spacedTimesteps(5, 5)], [0, 1, 2, 3, 4]);
  assert.throws(() => spacedTimesteps(100, 101), /--steps/);
  const sch = makeSchedule('linear', 1000);
  const full = respace(sch, spacedTimesteps(1000, 1000));
  for (let i = 0; i < 1000; i += 97)
    assert.ok(Math.abs(full.betas[i] - sch.betas[i]) < 1e-12, 'respacing all steps keeps β');
  const r = respace(sch, spacedTimesteps(1000, 50));
  for (let i = 1; i < 50; i++) {
    assert.equal(r.alphasCumprod[i], sch.alphasCumprod[20 * i]);
    assert.ok(Math.abs((1 - r.betas[i]) * r.alphasCumprod[i - 1] - r.alphasCumprod[i]) < 1e-15);
  }
});

test('sampler plans: DDIM with eta = 1 is DDPM with posterior variance; last step returns x̂0', () => {
  const r = respace(makeSchedule('cosine', 1000), spacedTimesteps(1000, 25));
  const ddpm = samplerPlan(r, { sampler: 'ddpm', prediction: 'eps', eta: 0, variance: 'small', clip: true });
  const ddim = samplerPlan(r, { sampler: 'ddim', prediction: 'eps', eta: 1, variance: 'small', clip: true });
  for (let k = 0; k < ddpm.length; k++) {
    const p = ddpm[k],
      q = ddim[k];
    // DDIM: x' = cX0 x̂0 + cEps (x − a x̂0)/s  →  coefficient of x̂0 and of x
    assert.ok(Math.abs(q.cX0 - (q.cEps * q.a) / q.s - p.cX0) < 1e-12, `x̂0 coefficient at ${p.t}`);
    assert.ok(Math.abs(q.cEps / q.s - p.cX) < 1e-12, `x coefficient at ${p.t}`);
    assert.ok(Math.abs(q.sigma - p.sigma) < 1e-12, `sigma at ${p.t}`);
  }
  const last = ddpm[ddpm.length - 1];
  assert.equal(last.t, 0);
  assert.ok(Math.abs(last.cX0 - 1) < 1e-12 && last.cX === 0 && last.sigma === 0);
  const large = samplerPlan(r, { sampler: 'ddpm', prediction: 'eps', eta: 0, variance: 'large', clip: true });
  assert.ok(Math.abs(large[0].sigma ** 2 - r.betas[24]) < 1e-15);
});

test('prediction conversions: eps, v and x0 agree on x̂0 and ε̂', () => {
  const a = 0.6,
    s = 0.8,
    x0 = 0.3,
    e = -1.2;
  const xt = Float64Array.of(a * x0 + s * e);
  for (const [pred, out] of [
    ['eps', e],
    ['v', a * e - s * x0],
    ['x0', x0],
  ] as const) {
    const xh = new Float64Array(1),
      eh = new Float64Array(1);
    toX0Eps(pred, [out], 0, xt, 0, 1, a, s, true, xh, eh);
    assert.ok(Math.abs(xh[0] - x0) < 1e-15 && Math.abs(eh[0] - e) < 1e-14, pred);
  }
  const xh = new Float64Array(1),
    eh = new Float64Array(1);
  toX0Eps('x0', [1.7], 0, xt, 0, 1, a, s, true, xh, eh); // clipped, ε̂ recomputed from the clipped x̂0
  assert.equal(xh[0], 1);
  assert.ok(Math.abs(eh[0] - (xt[0] - a) / s) < 1e-15);
});

test('quantization = torchvision save_image: round half up of (x+1)/2·255 in float32, clipped', () => {
  assert.equal(quantizeValue(-1), 0);
  assert.equal(quantizeValue(1), 255);
  assert.equal(quantizeValue(0), 128); // 127.5 + 0.5 → 128
  assert.equal(quantizeValue(-0.5), 64); // 63.75 → 64
  assert.equal(quantizeValue(0.5), 191); // 191.25 → 191
  assert.equal(quantizeValue(7), 255);
  assert.equal(quantizeValue(-7), 0);
  assert.equal(quantizeValue(Infinity), 255);
  assert.equal(quantizeValue(0.5, 0, 1), 128);
  assert.equal(quantizeValue(1 / 255, 0, 1), 1);
  // against float64 round-half-up away from ties
  const z = normals(1, 1, 0, 0, 20000);
  let same = 0;
  for (const v of z) {
    const x = Math.fround(v * 0.6);
    const ref = Math.min(255, Math.max(0, Math.floor(((Math.max(-1, Math.min(1, x)) + 1) / 2) * 255 + 0.5)));
    if (quantizeValue(x) === ref) same++;
  }
  assert.ok(same >= 19990, `${same}/20000 equal to float64 rounding`);
  assert.deepEqual(parseOutputRange('0,1'), [0, 1]);
  assert.deepEqual(parseOutputRange(' -1 , 1 '), [-1, 1]);
  assert.throws(() => parseOutputRange('1,0'));
  // one channel → grey RGB; NaN refused
  const img = toRgbImage(Float32Array.of(-1, 0, 1, 0.5), 0, 1, 2, 2, [-1, 1], 'g');
  assert.deepEqual([...img.data], [0, 0, 0, 128, 128, 128, 255, 255, 255, 191, 191, 191]);
  const rgb = toRgbImage(Float32Array.of(0, 0, 0, 0, 0, 0, 1, -1, 0, 0, -1, 1), 1, 3, 1, 2, [-1, 1], 'c');
  assert.deepEqual([...rgb.data], [255, 128, 0, 0, 128, 255]); // R = (1, −1), G = (0, 0), B = (−1, 1)
  assert.throws(() => toRgbImage(Float32Array.of(NaN), 0, 1, 1, 1, [-1, 1], 'n'), /NaN/);
  assert.throws(() => toRgbImage(new Float32Array(8), 0, 2, 2, 2, [-1, 1], 'x'), /channels/);
});

test('grid: torchvision make_grid layout (8 per row, 2 px padding)', () => {
  const im = (v: number) => ({ width: 3, height: 2, data: new Uint8Array(18).fill(v), file: String(v) });
  const g = makeGrid(Array.from({ length: 10 }, (_, i) => im(i + 1)));
  assert.equal(g.width, 8 * 5 + 2);
  assert.equal(g.height, 2 * 4 + 2);
  const px = (x: number, y: number) => g.data[(y * g.width + x) * 3];
  assert.equal(px(0, 0), 0);
  assert.equal(px(2, 2), 1);
  assert.equal(px(7, 2), 2);
  assert.equal(px(2, 6), 9);
  assert.equal(px(12, 6), 0); // empty cell
  assert.equal(makeGrid(Array.from({ length: 100 }, () => im(1))).height, 8 * 4 + 2); // at most 64
});
