// The merge of a sharded evaluation (fid-gate merge, the Action's input generated-parts): time and peak RSS of
// merging P part files of N synthetic float32 feature rows (d = 2,048) and 1,008 logits in all, as the Action's
// shards write them (features on), into one statistics file. The parts are built from random features, not
// images; building them (StatsAccumulator per part) is not timed.
//
//   node --import tsx bench/merge.ts [--n 50000] [--parts 10] [--dim 2048] [--no-features]
//
// Memory: the merge reads one part at a time (first only the small members of each, to check the set), so its
// peak is the merged features and logits, N·(d + 1008)·4 bytes (611 MB at N = 50,000 with Inception), plus one part
// (file bytes and parsed arrays), plus the d×d float64 running co-moment and one part's (2 × 32 MB), plus the .npz
// bytes written at the end. Without per-image features (stats --shard without --features) it is O(d²) whatever N.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mergePartFiles, partialStats, writePartNpz, PARTIAL_FORMAT } from '../src/metrics/partial-stats.js';
import { writeStatsNpz } from '../src/metrics/stats-file.js';
import { shardRange } from '../src/images/shard.js';

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    parts: { type: 'string' },
    dim: { type: 'string' },
    'no-features': { type: 'boolean' },
  },
});
const N = Number(values.n ?? 50000),
  P = Number(values.parts ?? 10),
  d = Number(values.dim ?? 2048),
  K = 1008;
const withFeatures = !values['no-features'];
const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-bench-merge-'));
let s = 12345;
const rand = () => {
  s = (s * 1103515245 + 12345) % 2147483648;
  return s / 2147483648;
};
try {
  console.log(
    `building ${P} parts of N = ${N} rows, d = ${d}${withFeatures ? `, with features and ${K} logits` : ''} …`,
  );
  const files: string[] = [];
  for (let i = 1; i <= P; i++) {
    const { start, end } = shardRange(N, { index: i, of: P });
    const m = end - start;
    const features = new Float32Array(m * d);
    for (let k = 0; k < features.length; k++) features[k] = rand() * 2;
    const stats = await partialStats(features, m, d);
    const f = path.join(dir, `part-${i}.npz`);
    await writePartNpz(f, {
      ...stats,
      shard: { format: PARTIAL_FORMAT, index: i, of: P, total: N, start, end, source: 'bench' },
      protocol: {
        extractor: 'bench',
        weights: 'none',
        weightsSha256: '0',
        resize: 'none',
        quantization: 'none',
        fidGateVersion: '0',
      },
      ...(withFeatures
        ? {
            features,
            logits: Float32Array.from({ length: m * K }, rand),
            logitsDim: K,
            files: Array.from({ length: m }, (_, k) => `img_${start + k}.png`),
            indices: Array.from({ length: m }, (_, k) => start + k),
          }
        : {}),
    });
    files.push(f);
  }
  const bytes = files.reduce((a, f) => a + statSync(f).size, 0);
  global.gc?.();
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const t0 = performance.now();
  const merged = await mergePartFiles(files);
  const t1 = performance.now();
  await writeStatsNpz(path.join(dir, 'merged.npz'), merged);
  const t2 = performance.now();
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mib = (b: number) => (b / 2 ** 20).toFixed(0);
  console.log(`  parts on disk: ${mib(bytes)} MiB`);
  console.log(
    `  merge ${((t1 - t0) / 1000).toFixed(2)} s, write ${((t2 - t1) / 1000).toFixed(2)} s; peak RSS ${mib(peak)} MiB (${mib(rss0)} MiB before)`,
  );
  if (withFeatures) console.log(`  merged features + logits: ${mib(N * (d + K) * 4)} MiB`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
