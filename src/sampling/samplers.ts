// Diffusion samplers as plans of per-step coefficients, plus the conversion of a model's output (ε, v or x_0) to
// the pair (x̂_0, ε̂). Host-side math is float64; only the model runs in float32.
//
// Every step i (from S−1 down to 0, on the respaced schedule of noise-schedule.ts; a = √ᾱ'_i, σ = √(1 − ᾱ'_i),
// ā = ᾱ'_{i−1}) computes
//     x_prev = cX0·x̂_0 + cX·x_t + cEps·ε̂ + sigma·z,      z ~ N(0, I) fresh per step (none when sigma = 0)
//
// - DDPM ancestral sampling (Ho et al. 2020, Eq. 6–7 and Alg. 2, the posterior mean written with x̂_0 as in their
//   code): cX0 = √ā·β'_i/(1 − ᾱ'_i), cX = √(1 − β'_i)·(1 − ā)/(1 − ᾱ'_i), sigma² = β̃'_i = β'_i(1 − ā)/(1 − ᾱ'_i)
//   (`--variance small`) or β'_i (`--variance large`, the default: Ho et al.'s CIFAR-10 setting "fixedlarge" and
//   improved-diffusion's default for models without learned variances). Ho et al. (§3.2) show β̃ is optimal for a
//   point-mass x_0 and β for x_0 ~ N(0, I); tests/integration/sampling-diffusion.test.ts measures both on Gaussian
// data.
//   The last step (i = 0, ā = 1) gives x̂_0 without noise.
// - DDIM (Song, Meng & Ermon, "Denoising Diffusion Implicit Models", ICLR 2021, Eq. 12 and 16):
//   sigma = η·√((1 − ā)/(1 − ᾱ'_i))·√(1 − ᾱ'_i/ā), cX0 = √ā, cEps = √(1 − ā − sigma²). η = 0 is deterministic;
//   η = 1 is the same as DDPM with β̃.
//
// Predictions (`--prediction`), with a = √ᾱ_t and σ = √(1 − ᾱ_t):
//   eps: x̂_0 = (x_t − σ·ε)/a;   v (Salimans & Ho, "Progressive Distillation", ICLR 2022, v = a·ε − σ·x_0):
//   x̂_0 = a·x_t − σ·v;   x0: x̂_0 = the output.
// Then x̂_0 is clipped to [−1, 1] (`clip`, default on; what improved-diffusion's clip_denoised and the DDIM code
// do: the data live in [−1, 1], and an unclipped x̂_0 at high noise can leave it far behind), and ε̂ is recomputed
// from the clipped x̂_0: ε̂ = (x_t − a·x̂_0)/σ, so both samplers use one consistent pair.
//
// Classifier-free guidance (Ho & Salimans 2021): out = out_uncond + w·(out_cond − out_uncond). It is applied to
// the raw model output whatever the prediction: the conversions above are affine in the output with weights
// summing to one, so guiding v or x_0 is the same as guiding the ε they imply.
import { InputError } from '../util/errors.js';
import type { RespacedSchedule } from './noise-schedule.js';

export const PREDICTIONS = ['eps', 'v', 'x0'] as const;
export type Prediction = (typeof PREDICTIONS)[number];
export const SAMPLERS = ['ddpm', 'ddim'] as const;
export type SamplerName = (typeof SAMPLERS)[number];
export type VarianceKind = 'small' | 'large';

export interface SamplerSettings {
  sampler: SamplerName;
  prediction: Prediction;
  /** DDIM's η (ignored by DDPM). */
  eta: number;
  /** DDPM's reverse variance: β̃ ('small') or β ('large'). */
  variance: VarianceKind;
  /** Clip x̂_0 to [−1, 1]. */
  clip: boolean;
}

export interface PlanStep {
  /** Index into the respaced schedule. */
  index: number;
  /** Training step passed to the model. */
  t: number;
  /** √ᾱ'_i and √(1 − ᾱ'_i). */
  a: number;
  s: number;
  cX0: number;
  cX: number;
  cEps: number;
  sigma: number;
}

function oneOf<T extends string>(list: readonly T[], v: string | undefined, def: T, what: string): T {
  const s = (v ?? def).trim().toLowerCase();
  if ((list as readonly string[]).includes(s)) return s as T;
  throw new InputError(`${what}: expected ${list.join(', ')}, got "${v}"`, what);
}
export const parsePrediction = (v: string | undefined, what = '--prediction') => oneOf(PREDICTIONS, v, 'eps', what);
export const parseSampler = (v: string | undefined, what = '--sampler') => oneOf(SAMPLERS, v, 'ddim', what);
export const parseVariance = (v: string | undefined, what = '--variance') =>
  oneOf(['small', 'large'] as const, v, 'large', what);

/** The steps in execution order (i = S−1 … 0). */
export function samplerPlan(r: RespacedSchedule, s: SamplerSettings): PlanStep[] {
  if (s.sampler === 'ddim' && !(s.eta >= 0)) throw new InputError(`--eta: expected a number ≥ 0, got ${s.eta}`, 'eta');
  const S = r.timesteps.length;
  const plan: PlanStep[] = [];
  for (let i = S - 1; i >= 0; i--) {
    const ac = r.alphasCumprod[i],
      prev = r.alphasCumprodPrev[i],
      beta = r.betas[i];
    const step: PlanStep = {
      index: i,
      t: r.timesteps[i],
      a: Math.sqrt(ac),
      s: Math.sqrt(1 - ac),
      cX0: 0,
      cX: 0,
      cEps: 0,
      sigma: 0,
    };
    if (s.sampler === 'ddpm') {
      step.cX0 = (Math.sqrt(prev) * beta) / (1 - ac);
      step.cX = (Math.sqrt(1 - beta) * (1 - prev)) / (1 - ac);
      step.sigma = i === 0 ? 0 : Math.sqrt(s.variance === 'small' ? r.posteriorVariance[i] : beta);
    } else {
      const sigma = i === 0 ? 0 : s.eta * Math.sqrt((1 - prev) / (1 - ac)) * Math.sqrt(1 - ac / prev);
      step.sigma = sigma;
      step.cX0 = Math.sqrt(prev);
      step.cEps = Math.sqrt(Math.max(0, 1 - prev - sigma * sigma));
    }
    plan.push(step);
  }
  return plan;
}

/**
 * Converts model output (len values from out[outOff]) at x (x[xOff..]) into x̂_0 (clipped when `clip`) and, when
 * epsOut is given, ε̂ recomputed from x̂_0.
 */
export function toX0Eps(
  prediction: Prediction,
  out: ArrayLike<number>,
  outOff: number,
  x: Float64Array,
  xOff: number,
  len: number,
  a: number,
  s: number,
  clip: boolean,
  x0Out: Float64Array,
  epsOut?: Float64Array,
): void {
  for (let j = 0; j < len; j++) {
    const xv = x[xOff + j],
      o = out[outOff + j];
    let x0 = prediction === 'eps' ? (xv - s * o) / a : prediction === 'v' ? a * xv - s * o : o;
    if (clip) x0 = x0 < -1 ? -1 : x0 > 1 ? 1 : x0;
    x0Out[xOff + j] = x0;
    if (epsOut) epsOut[xOff + j] = (xv - a * x0) / s;
  }
}

/**
 * One sampler step for one sample, fused (one pass, no temporaries): from the model output at out[outOff..] and
 * x[xOff..] (len values) compute x̂_0 (clipped when `clip`), ε̂ = (x − a x̂_0)/σ and
 * x ← cX0·x̂_0 + cX·x + cEps·ε̂ + sigma·z (z[zOff..], only read when sigma ≠ 0), with ε̂ folded into the
 * coefficients of x̂_0 and x.
 */
export function stepInPlace(
  prediction: Prediction,
  out: ArrayLike<number>,
  outOff: number,
  x: Float64Array,
  xOff: number,
  len: number,
  step: PlanStep,
  clip: boolean,
  z?: Float64Array,
  zOff = 0,
): void {
  const { a, s, cX0, cX, cEps, sigma } = step;
  const lo = clip ? -1 : -Infinity,
    hi = clip ? 1 : Infinity;
  const inv = 1 / s;
  // x' = cX0 x̂0 + cX x + cEps (x − a x̂0)/σ = (cX0 − cEps a/σ) x̂0 + (cX + cEps/σ) x
  const k0 = cEps === 0 ? cX0 : cX0 - cEps * a * inv;
  const k1 = cEps === 0 ? cX : cX + cEps * inv;
  const noise = sigma !== 0 && z !== undefined;
  if (prediction === 'eps') {
    for (let j = 0; j < len; j++) {
      const xv = x[xOff + j];
      let x0 = (xv - s * out[outOff + j]) / a;
      x0 = x0 < lo ? lo : x0 > hi ? hi : x0;
      x[xOff + j] = k0 * x0 + k1 * xv + (noise ? sigma * z![zOff + j] : 0);
    }
  } else if (prediction === 'v') {
    for (let j = 0; j < len; j++) {
      const xv = x[xOff + j];
      let x0 = a * xv - s * out[outOff + j];
      x0 = x0 < lo ? lo : x0 > hi ? hi : x0;
      x[xOff + j] = k0 * x0 + k1 * xv + (noise ? sigma * z![zOff + j] : 0);
    }
  } else {
    for (let j = 0; j < len; j++) {
      const xv = x[xOff + j];
      let x0 = out[outOff + j];
      x0 = x0 < lo ? lo : x0 > hi ? hi : x0;
      x[xOff + j] = k0 * x0 + k1 * xv + (noise ? sigma * z![zOff + j] : 0);
    }
  }
}

/** Classifier-free guidance on raw outputs: into out[0..len) = u + w(c − u), u at uOff, c at cOff. */
export function guide(
  raw: ArrayLike<number>,
  cOff: number,
  uOff: number,
  len: number,
  w: number,
  out: Float64Array,
  outOff = 0,
): void {
  for (let j = 0; j < len; j++) {
    const u = raw[uOff + j];
    out[outOff + j] = u + w * (raw[cOff + j] - u);
  }
}
