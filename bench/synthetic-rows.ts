// Seeded synthetic feature rows shared by the benchmarks: reproducible timing cases, not any reference's stream.
import { RandomState } from '../src/metrics/numpy-random.js';

/** n × d normal rows · scale + shift (xorshift128+ with Box–Muller): any seeded normal generator will do. */
export function gaussianRows(n: number, d: number, scale: number, shift: number, seed: number): Float32Array {
  let s0 = ((BigInt(seed) * 0x9e3779b97f4a7c15n) & 0xffffffffffffffffn) | 1n,
    s1 = 0xbf58476d1ce4e5b9n;
  const next = () => {
    let x = s0;
    const y = s1;
    s0 = y;
    x ^= (x << 23n) & 0xffffffffffffffffn;
    s1 = x ^ y ^ (x >> 17n) ^ (y >> 26n);
    return Number((s1 + y) & 0xfffffffffffffn) / 2 ** 52;
  };
  const out = new Float32Array(n * d);
  for (let i = 0; i < out.length; i += 2) {
    const u = 1 - next(),
      v = next(),
      r = Math.sqrt(-2 * Math.log(u));
    out[i] = r * Math.cos(2 * Math.PI * v) * scale + shift;
    if (i + 1 < out.length) out[i + 1] = r * Math.sin(2 * Math.PI * v) * scale + shift;
  }
  return out;
}

/** n × d rows non-negative and mean-dominated like pool3 (ReLU + average pool): |normal| scaled per dimension + shift
 * (numpy's RandomState(seed) stream with Box–Muller). */
export function pool3LikeRows(n: number, d: number, seed: number, shift: number): Float32Array {
  const rng = new RandomState(seed);
  const out = new Float32Array(n * d);
  const scale = Float64Array.from({ length: d }, () => 0.2 + rng.randomSample());
  for (let i = 0; i < out.length; i++) {
    const u = 1 - rng.randomSample(),
      v = rng.randomSample();
    out[i] = Math.abs(Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)) * scale[i % d] + shift;
  }
  return out;
}
