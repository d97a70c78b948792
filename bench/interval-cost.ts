// What the default 95 % intervals cost on top of the metrics, whole processes: `fid-gate compare A.npz B.npz
// --metrics fid,kid,prdc` with `--bootstrap 0` and with the default, on two feature files of N × d (default 5,000 ×
// 2,048; pool3-like: non-negative, mean-dominated), run from the sources through tsx. Prints both times and the ratio.
// Usage: npx tsx bench/interval-cost.ts [--n 5000] [--d 2048] [--metrics fid,kid,prdc]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gaussianStats } from '../src/metrics/stats.js';
import { writeStatsNpz } from '../src/metrics/stats-file.js';
import { pool3LikeRows } from './synthetic-rows.js';

const { values } = parseArgs({
  options: { n: { type: 'string' }, d: { type: 'string' }, metrics: { type: 'string' } },
});
const N = Number(values.n ?? 5000),
  D = Number(values.d ?? 2048),
  metrics = values.metrics ?? 'fid,kid,prdc';
const dir = path.join(os.tmpdir(), `fid-gate-bench-intervals-${N}-${D}`);
mkdirSync(dir, { recursive: true });
const root = path.resolve(import.meta.dirname, '..');

const files = [path.join(dir, 'A.npz'), path.join(dir, 'B.npz')];
for (const [i, f] of files.entries()) {
  if (existsSync(f)) continue;
  const x = pool3LikeRows(N, D, i + 1, 0.05 * i);
  const s = await gaussianStats(x, D);
  await writeStatsNpz(f, { mu: s.mu, sigma: s.sigma, dim: D, count: N, features: x });
}
const run = (extra: string[]): { s: number; out: string } => {
  const t = performance.now();
  const r = spawnSync(
    'node',
    [
      '--import',
      'tsx',
      'src/index.ts',
      'compare',
      ...files,
      '--metrics',
      metrics,
      '--json',
      path.join(dir, `out${extra.join('')}.json`),
      ...extra,
    ],
    { cwd: root, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`compare ${extra.join(' ')}: ${r.stderr}`);
  return { s: (performance.now() - t) / 1000, out: r.stdout + r.stderr };
};
const off = run(['--bootstrap', '0']);
const on = run([]);
console.log(
  `compare --metrics ${metrics}, ${N} × ${D} per side, whole processes (os.loadavg ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}):`,
);
console.log(`  --bootstrap 0:      ${off.s.toFixed(1)} s`);
console.log(`  default intervals:  ${on.s.toFixed(1)} s`);
console.log(`  ratio ${(on.s / off.s).toFixed(2)} (goal ≤ 2.5)`);
console.log(
  on.out
    .split('\n')
    .filter((l) => /interval|bootstrap|±/.test(l))
    .join('\n'),
);
