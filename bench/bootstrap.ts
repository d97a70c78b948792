// Cost of the bootstrap intervals (src/metrics/bootstrap.ts) at realistic sizes: seconds per replicate for FID (its
// own draws of max(1000, 2d) rows, d × d route) and for KID + P/R/D/C (draws of ≤ 1000 rows, Gram route), peak RSS,
// and the projected time for the default 200 replicates. Features are synthetic (hash-normal, d = 2048).
// Usage: npx tsx bench/bootstrap.ts [--n N] [--d D] [--replicates B]
import { parseArgs } from 'node:util';
import { bootstrapMetrics } from '../src/metrics/bootstrap.js';
import { pool3LikeRows } from './synthetic-rows.js';

const { values } = parseArgs({
  options: { n: { type: 'string' }, d: { type: 'string' }, replicates: { type: 'string' } },
});
const N = Number(values.n ?? 5000),
  D = Number(values.d ?? 2048),
  B = Number(values.replicates ?? 10);

const x = pool3LikeRows(N, D, 1, 0),
  y = pool3LikeRows(N, D, 2, 0.05);
let peak = 0;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
for (const metrics of [['fid'], ['kid', 'precision', 'recall', 'density', 'coverage']] as const) {
  const r = await bootstrapMetrics(x, N, y, N, D, metrics, { replicates: B, seed: 1 });
  const per = r.seconds / B;
  console.log(
    `${metrics.join(',').padEnd(38)} N ${N}, d ${D}: ${B} replicates in ${r.seconds.toFixed(1)} s = ${per.toFixed(2)} s each` +
      ` (draws ${JSON.stringify(r.fidDraws ?? r.draws)}) → ${(per * 200).toFixed(0)} s for the default 200;` +
      ` half-width ${Object.entries(r.intervals)
        .map(([k, v]) => `${k} ${v!.halfWidth.toPrecision(3)}`)
        .join(', ')}`,
  );
}
clearInterval(timer);
console.log(`peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`);
