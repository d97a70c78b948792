// A counter-based random number generator for sampling: every random number is a pure function of
// (seed, stream, sample index, step, position), so sample i gets the same noise whatever the batch size, the
// batch it lands in, or the order batches run in.
//
// Generator: Philox4x32-10 (Salmon, Moraes, Dror & Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC 2011),
// checked against Random123's known-answer vectors in tests/unit/sampling-basics.test.ts. One Philox block (4 × 32
// bits)
// gives two float64 uniforms of 53 bits each, and through Box–Muller (1958) two standard normals, in float64.
//
// Counter layout: c0 = block index within the draw (position >> 1), c1 = sample index, c2 = step, c3 = stream.
// Key: the seed's low and high 32 bits (seeds are integers in [0, 2^53)).
import { InputError } from '../util/errors.js';

/** Independent streams: the same (seed, sample, step) in two streams gives unrelated numbers. */
export const Stream = {
  /** x_T of a diffusion sample (step 0). */
  initialNoise: 1,
  /** The fresh noise z of sampling step index i (step = i). */
  stepNoise: 2,
  /** Class labels (step 0, one uniform per sample). */
  labels: 3,
  /** GAN latent z (step 0). */
  ganLatent: 4,
  /** ELBO: the timestep draws of an image (step = draw k). */
  elboTimestep: 5,
  /** ELBO: the noise of draw k (step = k). */
  elboNoise: 6,
  /** ELBO: the noise of the decoder term (step 0). */
  elboDecoderNoise: 7,
} as const;

const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const M0L = M0 & 0xffff,
  M0H = M0 >>> 16;
const M1L = M1 & 0xffff,
  M1H = M1 >>> 16;
const W0 = 0x9e3779b9 | 0;
const W1 = 0xbb67ae85 | 0;

// Block output of the last philoxBlock call (int32 views of the four uint32 words).
let r0 = 0,
  r1 = 0,
  r2 = 0,
  r3 = 0;

/**
 * Philox4x32-10 of counter (c0..c3) under key (k0, k1), into r0..r3. The 32×32 → 64-bit products are split into
 * 16-bit halves so every partial product is exact in float64 (no BigInt).
 */
function philoxBlock(c0: number, c1: number, c2: number, c3: number, k0: number, k1: number): void {
  let x0 = c0 | 0,
    x1 = c1 | 0,
    x2 = c2 | 0,
    x3 = c3 | 0,
    y0 = k0 | 0,
    y1 = k1 | 0;
  for (let r = 0; r < 10; r++) {
    const aL = x0 & 0xffff,
      aH = x0 >>> 16;
    const ll0 = aL * M0L,
      lh0 = aL * M0H,
      hl0 = aH * M0L;
    const hi0 = aH * M0H + (lh0 >>> 16) + (hl0 >>> 16) + (((ll0 >>> 16) + (lh0 & 0xffff) + (hl0 & 0xffff)) >>> 16);
    const lo0 = Math.imul(x0, M0);
    const bL = x2 & 0xffff,
      bH = x2 >>> 16;
    const ll1 = bL * M1L,
      lh1 = bL * M1H,
      hl1 = bH * M1L;
    const hi1 = bH * M1H + (lh1 >>> 16) + (hl1 >>> 16) + (((ll1 >>> 16) + (lh1 & 0xffff) + (hl1 & 0xffff)) >>> 16);
    const lo1 = Math.imul(x2, M1);
    x0 = hi1 ^ x1 ^ y0;
    x1 = lo1;
    x2 = hi0 ^ x3 ^ y1;
    x3 = lo0;
    y0 = (y0 + W0) | 0;
    y1 = (y1 + W1) | 0;
  }
  r0 = x0;
  r1 = x1;
  r2 = x2;
  r3 = x3;
}

/** Philox4x32-10 of one counter under one key; writes 4 uint32 into out[o..o+3]. */
export function philox4x32(
  c0: number,
  c1: number,
  c2: number,
  c3: number,
  k0: number,
  k1: number,
  out: Uint32Array | number[],
  o = 0,
): void {
  philoxBlock(c0, c1, c2, c3, k0, k1);
  out[o] = r0 >>> 0;
  out[o + 1] = r1 >>> 0;
  out[o + 2] = r2 >>> 0;
  out[o + 3] = r3 >>> 0;
}

/** The seed as Philox key words; refuses what is not an integer in [0, 2^53). */
export function seedKey(seed: number): [number, number] {
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new InputError(`seed: expected an integer in [0, 2^53), got ${seed}`, 'seed');
  return [seed >>> 0, Math.floor(seed / 4294967296) >>> 0];
}

const TWO_PI = 2 * Math.PI;
const INV_2_53 = 1 / 9007199254740992;

/**
 * `count` standard normals for (seed, stream, sample, step), positions 0..count-1, into out[offset..].
 * Position p comes from block p >> 1 (cos for even p, sin for odd p), so a prefix of a longer draw is the same
 * as a shorter draw. Uniforms: u1 = (k + 1)/2^53 ∈ (0, 1] from words 0–1, u2 = k'/2^53 ∈ [0, 1) from words 2–3
 * (k, k' the top 27 + 26 bits of the word pairs); z = √(−2 ln u1)·(cos 2πu2, sin 2πu2).
 */
export function normals(
  seed: number,
  stream: number,
  sample: number,
  step: number,
  count: number,
  out: Float64Array = new Float64Array(count),
  offset = 0,
): Float64Array {
  const [k0, k1] = seedKey(seed);
  for (let p = 0; p < count; p += 2) {
    philoxBlock(p >>> 1, sample, step, stream, k0, k1);
    const u1 = ((r0 >>> 5) * 67108864 + (r1 >>> 6) + 1) * INV_2_53;
    const u2 = ((r2 >>> 5) * 67108864 + (r3 >>> 6)) * INV_2_53;
    const r = Math.sqrt(-2 * Math.log(u1));
    const th = TWO_PI * u2;
    out[offset + p] = r * Math.cos(th);
    if (p + 1 < count) out[offset + p + 1] = r * Math.sin(th);
  }
  return out;
}

/** `count` uniforms in [0, 1) with 53 random bits each, for (seed, stream, sample, step). */
export function uniforms(
  seed: number,
  stream: number,
  sample: number,
  step: number,
  count: number,
  out: Float64Array = new Float64Array(count),
  offset = 0,
): Float64Array {
  const [k0, k1] = seedKey(seed);
  for (let p = 0; p < count; p += 2) {
    philoxBlock(p >>> 1, sample, step, stream, k0, k1);
    out[offset + p] = ((r0 >>> 5) * 67108864 + (r1 >>> 6)) * INV_2_53;
    if (p + 1 < count) out[offset + p + 1] = ((r2 >>> 5) * 67108864 + (r3 >>> 6)) * INV_2_53;
  }
  return out;
}

/** A class label uniform over 0..numClasses-1 for sample `sample` (stream labels). */
export function sampleLabel(seed: number, sample: number, numClasses: number): number {
  const u = uniforms(seed, Stream.labels, sample, 0, 1)[0];
  return Math.min(numClasses - 1, Math.floor(u * numClasses));
}
