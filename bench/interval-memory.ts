// Peak memory of the 95 % intervals against the metrics alone, as whole CLI processes: two synthetic statistics files
// with per-row features (N rows of d seeded normals each: real ~ N(0, I), generated ~ 1.1·N(0, I) + 0.05; the
// reference pack's hash generator, fixtures/scripts/hash-normal.ts), then
//   node dist/index.js compare A.npz B.npz --metrics M --bootstrap 0     (the metrics alone)
//   node dist/index.js compare A.npz B.npz --metrics M                   (the same with the default intervals)
// each under /usr/bin/time -f %M (the child's peak resident set, KiB). Prints each run's peak RSS and wall time and the
// ratio of the peaks. The statistics files are written once to the temp folder and reused.
// Usage: npx tsx bench/interval-memory.ts [--n 50000] [--d 2048] [--metrics fid,kid,prdc] [--bundle dist]
//
// Measured on a 2-core x86-64 VM (Xeon, 23 GiB, load average 2–8 from other jobs, so wall times are loose), dist/
// built from the main branch (the KID interval before its row blocks were gathered per tile):
//   --n 10000 --metrics fid,kid,prdc   metrics alone  644 MiB,  93 s;  with intervals 1076 MiB, 134 s;  ratio 1.67
//   --n 50000 --metrics fid,kid        metrics alone 1466 MiB,  56 s;  with intervals 1619 MiB,  41 s;  ratio 1.10
//   --n 20000 --metrics prdc           metrics alone  761 MiB,  49 s;  with intervals  754 MiB,  55 s;  ratio 0.99
// and after the per-tile gathering, on the same VM with nothing else running:
//   --n 10000 --metrics fid,kid,prdc   metrics alone  693 MiB,  26 s;  with intervals  938 MiB,  39 s;  ratio 1.35
// (P/R/D/C at 50,000 was left out to keep the runs short on two shared cores: measured at 20,000.) The intervals' extra
// memory does not grow with N: in process (readStatsNpz + metricIntervals on the 10,000-row files, peak RSS over the
// loaded data) KID's influence values took +145 MiB (whole-subset gathered and scaled copies of 5,000 × 2,048 rows;
// +78 MiB once gathered one Gram tile block at a time, mostly onnxruntime's own), FID's delta method +198 MiB (d × d
// float32 matrices of the Newton–Schulz iteration and the quadratic forms' row blocks, O(d²)), the P/R/D/C pool
// +15 MiB.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { StatsAccumulator } from '../src/metrics/stats.js';
import { writeStatsNpz } from '../src/metrics/stats-file.js';
import { hashFeatureRows } from '../fixtures/scripts/hash-normal.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    d: { type: 'string' },
    metrics: { type: 'string' },
    bundle: { type: 'string' },
  },
});
const n = Number(values.n ?? 50000),
  d = Number(values.d ?? 2048);
const metrics = values.metrics ?? 'fid,kid,prdc';
if (!Number.isInteger(n) || n < 2 || !Number.isInteger(d) || d < 1)
  throw new Error(`--n and --d must be positive integers (n ≥ 2), got ${values.n}, ${values.d}`);
const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(path.resolve(root, values.bundle ?? 'dist'), 'index.js');
const dir = path.join(os.tmpdir(), 'fid-gate-bench-interval-memory');
mkdirSync(dir, { recursive: true });

/** Writes (once) a statistics file of n × d features: float32(shift + scale·z), z the hash normals of `seed`. */
async function statsFile(name: string, seed: number, scale: number, shift: number): Promise<string> {
  const file = path.join(dir, `${name}-${n}x${d}.npz`);
  if (existsSync(file)) return file;
  const features = new Float32Array(n * d);
  const block = Math.max(1, Math.floor(2 ** 22 / d));
  for (let r0 = 0; r0 < n; r0 += block) {
    const r = Math.min(block, n - r0);
    features.set(hashFeatureRows(seed, d, r0, r, shift, scale), r0 * d);
  }
  const acc = new StatsAccumulator(d);
  await acc.add(features, n);
  const s = await acc.finalize();
  const tmp = `${file}.tmp-${process.pid}`;
  await writeStatsNpz(tmp, { mu: s.mu, sigma: s.sigma, dim: d, count: n, features });
  renameSync(tmp, file);
  return file;
}

const t0 = performance.now();
const a = await statsFile('real', 1, 1, 0),
  b = await statsFile('generated', 2, 1.1, 0.05);
console.log(`statistics files (${n} × ${d} features each) ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

/** One CLI run under /usr/bin/time: peak RSS (MiB) and wall seconds. */
function measure(extra: string[]): { peakMiB: number; seconds: number } {
  const rssFile = path.join(dir, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const t = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    ['-f', '%M', '-o', rssFile, 'node', cli, 'compare', a, b, '--metrics', metrics, '--quiet', ...extra],
    { cwd: root, encoding: 'utf8', env: { ...process.env, FID_GATE_CLI: '1' }, maxBuffer: 1 << 26 },
  );
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`compare ${extra.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const kib = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  rmSync(rssFile, { force: true });
  return { peakMiB: kib / 1024, seconds };
}

console.log(
  `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; --metrics ${metrics}, N = ${n}, d = ${d}, CLI ${path.relative(root, cli)}`,
);
const plain = measure(['--bootstrap', '0']);
console.log(
  `  metrics alone (--bootstrap 0)   peak RSS ${plain.peakMiB.toFixed(0)} MiB, ${plain.seconds.toFixed(1)} s`,
);
const withIntervals = measure([]);
console.log(
  `  with the default intervals      peak RSS ${withIntervals.peakMiB.toFixed(0)} MiB, ${withIntervals.seconds.toFixed(1)} s`,
);
console.log(`  ratio of the peaks (intervals / metrics alone): ${(withIntervals.peakMiB / plain.peakMiB).toFixed(3)}`);
