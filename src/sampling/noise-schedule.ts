// Diffusion noise schedules and the respacing of a schedule to fewer steps, all in float64.
//
// Notation (0-indexed training steps t = 0..T-1, like the improved-diffusion code): β_t, α_t = 1 − β_t,
// ᾱ_t = α_0·α_1·…·α_t, so q(x_t | x_0) = N(√ᾱ_t x_0, (1 − ᾱ_t) I) and t = 0 is already one step of noise.
//
// - linear: Ho, Jain & Abbeel, "Denoising Diffusion Probabilistic Models" (NeurIPS 2020): β linear from 1e-4 to
//   0.02 for T = 1000; for another T both ends are scaled by 1000/T, as in Nichol & Dhariwal's improved-diffusion
//   (get_named_beta_schedule "linear"), so the schedule keeps its shape in the limit of many steps.
// - cosine: Nichol & Dhariwal, "Improved Denoising Diffusion Probabilistic Models" (ICML 2021), Eq. 17:
//   ᾱ(t) = f(t)/f(0), f(t) = cos²((t/T + s)/(1 + s) · π/2), s = 0.008; β_t = min(1 − ᾱ((t+1)/T)/ᾱ(t/T), 0.999).
// - scaled-linear: Stable Diffusion (Rombach et al., CVPR 2022; "scaled_linear" in diffusers): √β linear from
//   √0.00085 to √0.012 over T steps, squared. Not rescaled with T: it is meant for T = 1000 (with T = 100 the
//   last ᾱ is still 0.58, far from pure noise).
// linspace is numpy's: start + i·(stop − start)/(T − 1), the last value exactly stop.
import { InputError } from '../util/errors.js';

export const SCHEDULES = ['linear', 'cosine', 'scaled-linear'] as const;
export type ScheduleName = (typeof SCHEDULES)[number];

export interface NoiseSchedule {
  name: ScheduleName;
  /** T, the number of training steps. */
  trainSteps: number;
  betas: Float64Array;
  alphas: Float64Array;
  alphasCumprod: Float64Array;
}

export function parseSchedule(v: string | undefined, what = '--schedule'): ScheduleName {
  const s = (v ?? 'linear').trim().toLowerCase();
  if ((SCHEDULES as readonly string[]).includes(s)) return s as ScheduleName;
  throw new InputError(`${what}: expected ${SCHEDULES.join(', ')}, got "${v}"`, what);
}

function linspace(start: number, stop: number, n: number): Float64Array {
  const out = new Float64Array(n);
  if (n === 1) {
    out[0] = start;
    return out;
  }
  const step = (stop - start) / (n - 1);
  for (let i = 0; i < n; i++) out[i] = start + i * step;
  out[n - 1] = stop;
  return out;
}

export function scheduleBetas(name: ScheduleName, T: number): Float64Array {
  if (!Number.isInteger(T) || T < 1)
    throw new InputError(`--train-steps: expected a positive integer, got ${T}`, 'train-steps');
  switch (name) {
    case 'linear': {
      const scale = 1000 / T;
      return linspace(scale * 0.0001, scale * 0.02, T);
    }
    case 'cosine': {
      const s = 0.008;
      const f = (u: number) => Math.cos(((u + s) / (1 + s)) * (Math.PI / 2)) ** 2;
      const out = new Float64Array(T);
      for (let i = 0; i < T; i++) out[i] = Math.min(1 - f((i + 1) / T) / f(i / T), 0.999);
      return out;
    }
    case 'scaled-linear': {
      const r = linspace(Math.sqrt(0.00085), Math.sqrt(0.012), T);
      return r.map((x) => x * x);
    }
  }
}

export function makeSchedule(name: ScheduleName, T: number): NoiseSchedule {
  const betas = scheduleBetas(name, T);
  if (betas.some((b) => !(b > 0 && b <= 1)))
    throw new InputError(`--schedule ${name} with --train-steps ${T}: β outside (0, 1]`, 'train-steps');
  const alphas = betas.map((b) => 1 - b);
  const alphasCumprod = new Float64Array(T);
  let p = 1;
  for (let i = 0; i < T; i++) {
    p *= alphas[i];
    alphasCumprod[i] = p;
  }
  return { name, trainSteps: T, betas, alphas, alphasCumprod };
}

/**
 * The S kept training steps, ascending: τ_i = floor(i·T/S), i = 0..S-1 — the uniform ("leading") spacing of the
 * DDIM paper (Song, Meng & Ermon, ICLR 2021, §C.2: τ_i = ⌊c·i⌋ with c = T/S) and of its code (range(0, T, T/S)).
 * For S dividing T this is exactly i·T/S; otherwise the stride is fractional so that there are always S steps.
 * The first kept step is 0, the last is T − T/S (not T − 1): sampling starts from N(0, I) at τ_{S−1}, as in DDIM.
 */
export function spacedTimesteps(T: number, S: number): Int32Array {
  if (!Number.isInteger(S) || S < 1 || S > T)
    throw new InputError(`--steps: expected an integer in [1, ${T}] (the training steps), got ${S}`, 'steps');
  const out = new Int32Array(S);
  for (let i = 0; i < S; i++) out[i] = Math.floor((i * T) / S);
  return out;
}

/** A schedule restricted to kept steps (Nichol & Dhariwal 2021, §4 "respacing"). */
export interface RespacedSchedule {
  /** The training step of each kept index i (what the model is called with), ascending. */
  timesteps: Int32Array;
  /** ᾱ'_i = ᾱ_{τ_i}. */
  alphasCumprod: Float64Array;
  /** ᾱ'_{i−1}, with ᾱ'_{−1} = 1. */
  alphasCumprodPrev: Float64Array;
  /** β'_i = 1 − ᾱ'_i/ᾱ'_{i−1}. */
  betas: Float64Array;
  /** Posterior variance β̃'_i = β'_i (1 − ᾱ'_{i−1})/(1 − ᾱ'_i) (0 at i = 0). */
  posteriorVariance: Float64Array;
}

/**
 * Respacing: keep ᾱ at the kept steps and recompute β' so that the kept steps form a diffusion of their own
 * (improved-diffusion's SpacedDiffusion). With all T steps kept this is the schedule itself.
 */
export function respace(schedule: NoiseSchedule, timesteps: Int32Array): RespacedSchedule {
  const S = timesteps.length;
  const ac = new Float64Array(S),
    prev = new Float64Array(S),
    betas = new Float64Array(S),
    post = new Float64Array(S);
  let last = 1;
  for (let i = 0; i < S; i++) {
    const t = timesteps[i];
    if (t < 0 || t >= schedule.trainSteps || (i > 0 && t <= timesteps[i - 1]))
      throw new Error(`respace: timesteps must be ascending in [0, ${schedule.trainSteps})`);
    ac[i] = schedule.alphasCumprod[t];
    prev[i] = last;
    betas[i] = 1 - ac[i] / last;
    post[i] = (betas[i] * (1 - last)) / (1 - ac[i]);
    last = ac[i];
  }
  return {
    timesteps: Int32Array.from(timesteps),
    alphasCumprod: ac,
    alphasCumprodPrev: prev,
    betas,
    posteriorVariance: post,
  };
}
