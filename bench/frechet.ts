// Fréchet distance benchmark, the case of shared/reference/PERF.md (b): d = 2048, N = 10000 per set,
// X ~ N(0, I), Y ~ 1.1·N(0, I) + 0.05 as float32 rows (our own seeded generator: the reference pack's hash normal,
// fixtures/scripts/hash-normal.ts; a different draw from PERF.md's numpy one).
//
// Prints, min / median of --reps runs: the statistics of both sets (StatsAccumulator, float64, as pytorch-fid's
// np.mean + np.cov) and frechetDistance (after one untimed cold call that creates the ORT sessions), the ratio to
// pytorch-fid's calculate_frechet_distance (4.28 s on PERF.md's machine), the FID next to the analytic value, a
// phase breakdown, peak RSS, and two yardsticks of PERF.md (e) measured here, so that a slower or busier machine can
// be told apart from a slower implementation.
//
// Run: npx tsx bench/frechet.ts [--n 10000] [--d 2048] [--reps 3] [--no-yardsticks]
import { hashFeatureRows } from '../fixtures/scripts/hash-normal.js';
import { frechetDistance, type FrechetResult } from '../src/metrics/frechet.js';
import { matmul } from '../src/math/gram.js';
import { tridiagonalize } from '../src/math/tridiagonal.js';
import { StatsAccumulator, type GaussianStats } from '../src/metrics/stats.js';

const args = process.argv.slice(2);
const opt = (name: string, def: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const n = opt('n', 10000),
  d = opt('d', 2048),
  reps = opt('reps', 3);
const PYTORCH_FID_SECONDS = 4.28; // PERF.md (b), whole calculate_frechet_distance, min of 3
const PERF_FID = 256.8126723227733; // PERF.md (b), pytorch-fid on its numpy draw

const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[s.length >> 1] };
};
const fmt = (x: number) => x.toFixed(3);

console.log(`Fréchet distance benchmark: d = ${d}, N = ${n} per set, ${reps} timed runs`);
let t0 = performance.now();
const x = hashFeatureRows(20251, d, 0, n);
const y = hashFeatureRows(20252, d, 0, n, 0.05, 1.1);
console.log(`features generated in ${fmt((performance.now() - t0) / 1000)} s (not timed below)`);

async function statistics(rows: Float32Array): Promise<GaussianStats> {
  const acc = new StatsAccumulator(d);
  const chunk = 1000;
  for (let r = 0; r < n; r += chunk) await acc.add(rows.subarray(r * d, Math.min(n, r + chunk) * d));
  return acc.finalize();
}

const statSeconds: number[] = [];
let s1!: GaussianStats, s2!: GaussianStats;
for (let r = 0; r < reps; r++) {
  t0 = performance.now();
  s1 = await statistics(x);
  s2 = await statistics(y);
  statSeconds.push((performance.now() - t0) / 1000);
}

t0 = performance.now();
const cold = await frechetDistance(s1.mu, s1.sigma, s2.mu, s2.sigma, d);
const coldSeconds = (performance.now() - t0) / 1000;
const runs: { seconds: number; res: FrechetResult; timings: Record<string, number> }[] = [];
for (let r = 0; r < reps; r++) {
  const timings: Record<string, number> = {};
  t0 = performance.now();
  const res = await frechetDistance(s1.mu, s1.sigma, s2.mu, s2.sigma, d, { timings });
  runs.push({ seconds: (performance.now() - t0) / 1000, res, timings });
}
const fd = stat(runs.map((r) => r.seconds)),
  st = stat(statSeconds);
const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
const res = best.res;

console.log(
  `\nstatistics (both sets, StatsAccumulator):  min ${fmt(st.min)} s  median ${fmt(st.median)} s   [pytorch-fid np.mean+np.cov: 1.273 / 1.280 s]`,
);
console.log(
  `frechetDistance:                          min ${fmt(fd.min)} s  median ${fmt(fd.median)} s   (cold first call ${fmt(coldSeconds)} s)`,
);
console.log(
  `speed-up over pytorch-fid's ${PYTORCH_FID_SECONDS} s:            ${(PYTORCH_FID_SECONDS / fd.min).toFixed(2)}× (min)  ${(PYTORCH_FID_SECONDS / fd.median).toFixed(2)}× (median)`,
);
console.log(`route ${res.route}, clamped eigenvalues ${res.clampedEigenvalues}`);
console.log(
  `phases of the fastest run (s): ${Object.entries(best.timings)
    .map(([k, v]) => `${k} ${fmt(v)}`)
    .join(', ')}`,
);

const analytic = d * 0.05 ** 2 + d * (1 + 1.21 - 2 * 1.1);
console.log(`\nFID ${res.fid}`);
console.log(
  `  mean term ${res.meanTerm}, tr Σ1 ${res.traceSigma1}, tr Σ2 ${res.traceSigma2}, tr √(Σ1^½ Σ2 Σ1^½) ${res.traceSqrtProduct}`,
);
console.log(
  `  true FID of the generating Gaussians ${analytic.toFixed(4)}; the rest is the finite-N bias of the estimate`,
);
console.log(
  `  PERF.md's pytorch-fid value on its own draw: ${PERF_FID} (difference ${(res.fid - PERF_FID).toFixed(4)}, ${((100 * (res.fid - PERF_FID)) / PERF_FID).toFixed(3)} %)`,
);
if (Math.abs(res.fid - PERF_FID) > 0.01 * PERF_FID) console.log("  WARNING: more than 1 % away from PERF.md's value");
console.log(`  all runs identical: ${runs.every((r) => r.res.fid === res.fid && cold.fid === res.fid)}`);
console.log(
  `\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (includes the two ${n}×${d} float32 feature arrays, ${((2 * n * d * 4) / 2 ** 20).toFixed(0)} MiB)`,
);

if (!args.includes('--no-yardsticks')) {
  // PERF.md (e): float64 MatMul 2048³ 0.103 s; plain JS Householder tridiagonalization 1024² 0.79 s
  const m = 2048,
    a = new Float64Array(m * m).map((_, i) => Math.sin(i));
  const mm: number[] = [];
  for (let r = 0; r < 3; r++) {
    t0 = performance.now();
    await matmul(a, a, m, m, m);
    mm.push((performance.now() - t0) / 1000);
  }
  const k = 1024,
    b = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j <= i; j++) {
      const v = Math.cos(i * 7 + j);
      b[i * k + j] = v;
      b[j * k + i] = v;
    }
  t0 = performance.now();
  tridiagonalize(b, k);
  const tri = (performance.now() - t0) / 1000;
  console.log(
    `\nyardsticks here (PERF.md (e) on its machine): ORT float64 MatMul 2048³ min ${fmt(stat(mm).min)} s (0.103 s); ` +
      `JS Householder tridiagonalization 1024² ${fmt(tri)} s (0.79 s)`,
  );
  console.log(
    `  → this machine is ${(stat(mm).min / 0.103).toFixed(1)}× slower at float64 GEMM and ${(tri / 0.79).toFixed(1)}× slower at memory-bound JS than PERF.md's`,
  );
}
