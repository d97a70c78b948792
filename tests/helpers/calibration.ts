// Calibration of the 95 % intervals and power of the noise-aware gate on Gaussian features whose population FID and
// KID are known in closed form. Shared by tests/unit/intervals.test.ts (few repetitions) and bench/calibration.ts.
//
// Real features X ~ N(0, I_d); generated Y ~ N(a·1, diag(p)) with p_k spread over [0.6, 1.4]; a "worse" candidate has
// its mean shift scaled so that its population FID is `worse` × the honest one.
//   FID_pop = Σ_k (a_k − b_k)² + Σ_k (p_k + q_k − 2√(p_k q_k))   (diagonal covariances commute).
//   KID_pop = E k(x, x′) + E k(y, y′) − 2 E k(x, y) with k(x, y) = (x·y/d + 1)³: S = x·y = Σ_k z_k is a sum of
//   independent products z_k = x_k y_k whose moments are E z = ab, E z² = (a² + p)(b² + q), E z³ = (a³ + 3ap)(b³ +
// 3bq);
//   cumulants add over k, and E(S/d + 1)³ follows from E S, E S², E S³.
// The FID estimator is biased (upwards, O(d/N)); its bias is measured as the mean over the repetitions of
// (estimate − population value), and an interval counts as covering when |estimate − bias − FID_pop| ≤ half-width.
// KID's estimator is unbiased: no correction.
import { RandomState } from '../../src/metrics/numpy-random.js';
import { gaussianStats } from '../../src/metrics/stats.js';
import { frechetDistance } from '../../src/metrics/frechet.js';
import { kidFull } from '../../src/metrics/kid.js';
import { metricIntervals } from '../../src/metrics/intervals.js';
import { spread } from '../../src/metrics/bootstrap.js';

export interface GaussianSpec {
  mean: Float64Array;
  variance: Float64Array;
}

export function populationFid(a: GaussianSpec, b: GaussianSpec): number {
  let f = 0;
  for (let k = 0; k < a.mean.length; k++)
    f += (a.mean[k] - b.mean[k]) ** 2 + a.variance[k] + b.variance[k] - 2 * Math.sqrt(a.variance[k] * b.variance[k]);
  return f;
}

/** E (x·y/d + 1)³ for independent x ~ a, y ~ b. */
function expectedKernel(a: GaussianSpec, b: GaussianSpec): number {
  const d = a.mean.length;
  let k1 = 0,
    k2 = 0,
    k3 = 0;
  for (let k = 0; k < d; k++) {
    const ma = a.mean[k],
      pa = a.variance[k],
      mb = b.mean[k],
      pb = b.variance[k];
    const e1 = ma * mb,
      e2 = (ma * ma + pa) * (mb * mb + pb),
      e3 = (ma ** 3 + 3 * ma * pa) * (mb ** 3 + 3 * mb * pb);
    k1 += e1;
    k2 += e2 - e1 * e1;
    k3 += e3 - 3 * e2 * e1 + 2 * e1 ** 3;
  }
  const s1 = k1,
    s2 = k2 + k1 * k1,
    s3 = k3 + 3 * k2 * k1 + k1 ** 3;
  return s3 / d ** 3 + (3 * s2) / d ** 2 + (3 * s1) / d + 1;
}

export function populationKid(a: GaussianSpec, b: GaussianSpec): number {
  return expectedKernel(a, a) + expectedKernel(b, b) - 2 * expectedKernel(a, b);
}

export function sample(spec: GaussianSpec, n: number, rng: RandomState): Float32Array {
  const d = spec.mean.length,
    out = new Float32Array(n * d);
  for (let i = 0; i < n * d; i += 2) {
    const u = 1 - rng.randomSample(),
      v = rng.randomSample(),
      r = Math.sqrt(-2 * Math.log(u));
    out[i] = r * Math.cos(2 * Math.PI * v);
    if (i + 1 < n * d) out[i + 1] = r * Math.sin(2 * Math.PI * v);
  }
  for (let i = 0; i < n; i++)
    for (let k = 0; k < d; k++) out[i * d + k] = spec.mean[k] + Math.sqrt(spec.variance[k]) * out[i * d + k];
  return out;
}

/** The simulation's distributions: reference N(0, I), honest candidate, and one whose population FID is `worse` × it.
 * */
export function scenario(
  d: number,
  shift: number,
  worse = 1.1,
): { real: GaussianSpec; honest: GaussianSpec; bad: GaussianSpec } {
  const real = { mean: new Float64Array(d), variance: new Float64Array(d).fill(1) };
  const variance = Float64Array.from({ length: d }, (_, k) => 0.6 + (0.8 * k) / Math.max(1, d - 1));
  const honest = { mean: new Float64Array(d).fill(shift), variance };
  const covPart = populationFid(real, { mean: new Float64Array(d), variance });
  const target = worse * populationFid(real, honest);
  // mean part d·s² = target − covariance part
  const bad = { mean: new Float64Array(d).fill(Math.sqrt((target - covPart) / d)), variance };
  return { real, honest, bad };
}

interface Run {
  fid: number;
  kid: number;
  fidReps: Float64Array;
  kidReps: Float64Array;
  fidHalf: number;
  kidHalf: number;
}

async function evaluate(
  x: Float32Array,
  y: Float32Array,
  n: number,
  d: number,
  seed: number,
  withKid: boolean,
): Promise<Run> {
  const sx = await gaussianStats(x, d),
    sy = await gaussianStats(y, d);
  const fid = (await frechetDistance(sx.mu, sx.sigma, sy.mu, sy.sigma, d)).fid;
  const kid = withKid ? await kidFull(x, n, y, n, d) : 0;
  const r = await metricIntervals(
    { x, nReal: n, y, nGen: n, d, real: sx, generated: sy, values: { fid, kid } },
    withKid ? ['fid', 'kid'] : ['fid'],
    { replicates: 200, seed },
  );
  return {
    fid,
    kid,
    fidReps: r.intervals.fid!.replicates,
    kidReps: r.intervals.kid?.replicates ?? new Float64Array(0),
    fidHalf: r.intervals.fid!.halfWidth,
    kidHalf: r.intervals.kid?.halfWidth ?? 0,
  };
}

export interface CalibrationResult {
  repetitions: number;
  fidPopulation: number;
  kidPopulation: number;
  fidBias: number;
  fidCoverage: number;
  kidCoverage: number;
  /** Honest pairs sharing the reference whose paired difference interval covers 0. */
  differenceCoverage: number;
  /** `fid: +0%` rule: honest candidates blocked, worse candidates (population FID × worse) blocked. */
  honestBlocked: number;
  worseCaught: number;
  seconds: number;
}

/**
 * `repetitions` draws of one reference set and three candidates (two honest, one worse) of n rows each; the gate's
 * decision is the noise-aware rule's (gate/rules.ts): a worsening fails when worse − (paired half-width) > 0.
 */
export async function calibrate(o: {
  d: number;
  n: number;
  repetitions: number;
  shift: number;
  worse?: number;
  seed?: number;
  onRepetition?: (done: number, partial: () => CalibrationResult) => void;
}): Promise<CalibrationResult> {
  const t0 = performance.now();
  const { d, n } = o;
  const sc = scenario(d, o.shift, o.worse ?? 1.1);
  const fidPop = populationFid(sc.real, sc.honest),
    kidPop = populationKid(sc.real, sc.honest);
  const rng = new RandomState(o.seed ?? 7);
  const fidErr: number[] = [],
    fidHalf: number[] = [];
  let kidCovered = 0,
    diffCovered = 0,
    honestBlocked = 0,
    worseCaught = 0;
  for (let t = 0; t < o.repetitions; t++) {
    const x = sample(sc.real, n, rng);
    const a = await evaluate(x, sample(sc.honest, n, rng), n, d, 1, true);
    const b = await evaluate(x, sample(sc.honest, n, rng), n, d, 1, false);
    const w = await evaluate(x, sample(sc.bad, n, rng), n, d, 1, false);
    fidErr.push(a.fid - fidPop);
    fidHalf.push(a.fidHalf);
    if (Math.abs(a.kid - kidPop) <= a.kidHalf) kidCovered++;
    // run b against baseline a, and the worse run against baseline a: the paired difference interval
    const hb = spread(b.fidReps.map((v, i) => v - a.fidReps[i])).halfWidth;
    if (Math.abs(b.fid - a.fid) <= hb) diffCovered++;
    if (b.fid - a.fid - hb > 0) honestBlocked++;
    const hw = spread(w.fidReps.map((v, i) => v - a.fidReps[i])).halfWidth;
    if (w.fid - a.fid - hw > 0) worseCaught++;
    o.onRepetition?.(t + 1, summary);
  }
  return summary();
  function summary(): CalibrationResult {
    const R = fidErr.length;
    const bias = fidErr.reduce((s, v) => s + v, 0) / R;
    const fidCovered = fidErr.filter((e, i) => Math.abs(e - bias) <= fidHalf[i]).length;
    return {
      repetitions: R,
      fidPopulation: fidPop,
      kidPopulation: kidPop,
      fidBias: bias,
      fidCoverage: fidCovered / R,
      kidCoverage: kidCovered / R,
      differenceCoverage: diffCovered / R,
      honestBlocked: honestBlocked / R,
      worseCaught: worseCaught / R,
      seconds: (performance.now() - t0) / 1000,
    };
  }
}
