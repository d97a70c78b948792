// Power-of-two rescaling of float32 features whose magnitude would overflow (or underflow) the float32 Gram tiles of
// prdc and memorization. A float32 tile holds −2·x·y with |x·y| ≤ ‖x‖‖y‖ ≤ d·max|x|²: finite features of
// magnitude 1e19 already give ±∞ there, and the k-NN decisions built on them are wrong (precision/recall/density/
// coverage of 1, 1, 4.8, 1 where float64 gives 0, 0, 0, 0). Multiplying every feature by the same 2^k is exact in
// float32 and float64 (only components below 2⁻¹⁴⁹ of the largest one can be lost, far under the rounding of any
// distance), scales every squared distance by exactly 4^k and so leaves every nearest-neighbour comparison, radius
// order and count unchanged. Features inside the safe range are not touched (bit-identical results).

/** Features with max |x| in [2^−SAFE_EXPONENT, 2^SAFE_EXPONENT] are used as they are. At 2^40, d·max|x|² stays
 * below float32's 2^128 for any d < 2^47, and max|x|² above its smallest normal 2^−126. */
export const SAFE_EXPONENT = 40;

/** Largest |x| over the arrays (0 when all are empty or zero). */
export function maxAbs(...arrays: Float32Array[]): number {
  // the largest and the smallest value, without a Math.abs per element (a NaN wins no comparison: ignored)
  let hi = 0,
    lo = 0;
  for (const a of arrays) {
    for (let i = 0; i < a.length; i++) {
      const v = a[i];
      if (v > hi) hi = v;
      else if (v < lo) lo = v;
    }
  }
  return Math.max(hi, -lo);
}

/**
 * The exponent k that brings max |x| (given) into [1, 2) when it lies outside the safe range, else 0. Non-finite or
 * zero maxima give 0 (callers refuse non-finite features separately; all-zero features need no scaling).
 */
export function safeScaleExponent(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 0;
  if (max >= 2 ** -SAFE_EXPONENT && max <= 2 ** SAFE_EXPONENT) return 0;
  return -Math.floor(Math.log2(max));
}

/** x · 2^k as a new float32 array (x itself when k = 0). */
export function scaledByPowerOfTwo(x: Float32Array, k: number): Float32Array {
  if (k === 0) return x;
  const f = 2 ** k,
    out = new Float32Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] * f;
  return out;
}
