// PRDC and KID on large synthetic feature sets, as PERF.md (c) measured prdc's compute_prdc: real ~ N(0, I),
// fake ~ N(0, I) + 0.1, float32, d = 2048, k = 5, seeded. Prints seconds (min / median of the runs), peak RSS, the
// ratio to prdc's 5.488 / 5.636 s (5,000 × 5,000; for 10,000 × 10,000 prdc's time is extrapolated ×4, since its three
// distance matrices grow with N²), and the full-set KID time.
// Usage: npx tsx bench/prdc.ts [--sizes 5000,10000] [--runs 3] [--tile 1024] [--kid-size 5000] [--kid-subsets]
// (--kid-subsets also times torch-fidelity-style KID: 100 subsets of 1000, float64 kernels.)
import { parseArgs } from 'node:util';
import { prdc } from '../src/metrics/prdc.js';
import { kidFull, kidSubsets } from '../src/metrics/kid.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    tile: { type: 'string' },
    'kid-size': { type: 'string' },
    'kid-subsets': { type: 'boolean' },
  },
});
const sizes = (values.sizes ?? '5000,10000').split(',').map(Number);
const runs = Number(values.runs ?? 3);
const tile = values.tile ? Number(values.tile) : undefined;
const kidSize = Number(values['kid-size'] ?? 5000);
const D = 2048,
  K = 5;
const PRDC_5K = { min: 5.488, median: 5.636 };

/** Seeded standard normal float32 (mulberry32 and Box–Muller; not numpy's stream, only reproducible). */
function normal(n: number, seed: number, shift = 0): Float32Array {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = new Float32Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - next())),
      t = 2 * Math.PI * next();
    out[i] = r * Math.cos(t) + shift;
    if (i + 1 < n) out[i + 1] = r * Math.sin(t) + shift;
  }
  return out;
}

let peak = 0;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const stat = (ts: number[]) => {
  const s = [...ts].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)] };
};
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;

for (const n of sizes) {
  const real = normal(n * D, 1),
    fake = normal(n * D, 2, 0.1);
  peak = process.memoryUsage().rss;
  const base = peak;
  const ts: number[] = [];
  let res;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    res = await prdc(real, n, fake, n, D, K, { tile });
    ts.push((performance.now() - t0) / 1000);
  }
  const { min, median } = stat(ts);
  const scale = (n / 5000) ** 2;
  const ref = { min: PRDC_5K.min * scale, median: PRDC_5K.median * scale };
  console.log(
    `prdc ${n} x ${n}, d=${D}, k=${K}: runs ${ts.map((t) => t.toFixed(3)).join(', ')} s -> min ${min.toFixed(3)} / median ${median.toFixed(3)} s`,
  );
  console.log(`  result ${JSON.stringify({ ...res, stats: undefined })} stats ${JSON.stringify(res!.stats)}`);
  console.log(`  peak RSS ${mb(peak)} (inputs ${mb(2 * n * D * 4)}, RSS before ${mb(base)})`);
  console.log(
    `  vs prdc ${n === 5000 ? 'measured' : 'extrapolated (x' + scale + ')'} ${ref.min.toFixed(2)} / ${ref.median.toFixed(2)} s: ${(ref.min / min).toFixed(1)}x (min) / ${(ref.median / median).toFixed(1)}x (median) faster`,
  );
}

{
  const n = kidSize;
  const x = normal(n * D, 1),
    y = normal(n * D, 2, 0.1);
  const ts: number[] = [];
  let v = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    v = await kidFull(x, n, y, n, D);
    ts.push((performance.now() - t0) / 1000);
  }
  const { min, median } = stat(ts);
  console.log(
    `KID full-set (float64 kernels) ${n} x ${n}: runs ${ts.map((t) => t.toFixed(3)).join(', ')} s -> min ${min.toFixed(3)} / median ${median.toFixed(3)} s; value ${v}`,
  );
  if (values['kid-subsets']) {
    const t0 = performance.now();
    const r = await kidSubsets(x, n, y, n, D);
    console.log(
      `KID 100 subsets of ${r.subsetSize} (float64 kernels) ${n} x ${n}: ${((performance.now() - t0) / 1000).toFixed(3)} s (one run); ${r.mean} ± ${r.std}`,
    );
  }
}
clearInterval(sample);
console.log(
  `peak RSS overall ${mb(peak)}; load average ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
