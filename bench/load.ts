// Issue 7, item 5: load. Extracts N 64×64 PNGs (default 50,000) with streaming statistics, as `fid-gate stats`
// without --features would need them: features are not kept (extractFeatures keep: false), each batch goes into a
// StatsAccumulator, so memory stays bounded whatever N is. Prints images/s and the peak RSS, sampled every 50 ms,
// and the RSS after the first 10% for comparison (bounded = the peak does not grow with N).
// The images: --unique K distinct noise PNGs (default 256) generated into a temp folder, listed repeatedly to N.
// Usage: npx tsx bench/load.ts [--images N] [--unique K] [--batch-size B] [--threads T]
//   (50,000 images at ~15 img/s on a 2-core CPU is about an hour; --images 2000 gives the figure in minutes)
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { loadExtractor } from '../src/pipeline.js';
import { extractFeatures } from '../src/features/extract.js';
import { configureSharp, decodeRgb } from '../src/images/decode.js';
import { StatsAccumulator } from '../src/metrics/stats.js';

const { values } = parseArgs({
  options: { images: { type: 'string' }, unique: { type: 'string' }, 'batch-size': { type: 'string' }, threads: { type: 'string' } },
});
const N = Number(values.images ?? 50_000), K = Math.min(N, Number(values.unique ?? 256)), B = Number(values['batch-size'] ?? 50);
if (!(N >= 2 && K >= 1 && B >= 1)) throw new Error('--images >= 2, --unique >= 1, --batch-size >= 1');

const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-load-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
mkdirSync(dir, { recursive: true });
const base: string[] = [];
for (let i = 0; i < K; i++) {
  const px = Buffer.alloc(64 * 64 * 3);
  for (let j = 0; j < px.length; j++) px[j] = (j * 2654435761 + i * 97) >>> 24;
  const f = path.join(dir, `n${String(i).padStart(5, '0')}.png`);
  writeFileSync(f, await sharp(px, { raw: { width: 64, height: 64, channels: 3 } }).png().toBuffer());
  base.push(f);
}
const files = Array.from({ length: N }, (_, i) => base[i % K]!);

configureSharp();
let peak = 0;
const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 50);
const ex = await loadExtractor({ weights: 'synthetic', device: 'cpu', threads: values.threads ? Number(values.threads) : undefined, log: () => undefined });
const acc = new StatsAccumulator(ex.dim);
let chain: Promise<void> = Promise.resolve();
let rssAt10: number | undefined;
let seen = 0;
const r = await extractFeatures(ex.model, files, {
  batchSize: B,
  decode: (f) => decodeRgb(f),
  keep: false,
  onBatch: (outs, rows) => {
    const copy = outs[ex.featureOutput]!.slice(); // the output tensor is disposed after the callback
    chain = chain.then(() => acc.add(copy, rows));
    seen += rows;
    if (rssAt10 === undefined && seen >= N / 10) rssAt10 = process.memoryUsage().rss;
  },
  progress: (l) => process.stderr.write(l + '\n'),
});
await chain;
const stats = await acc.finalize();
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
const mib = (x: number) => `${(x / 2 ** 20).toFixed(0)} MiB`;
console.log(`load: ${r.count} images of 64x64 PNG (${K} distinct files), batch ${B}, ${os.availableParallelism()} cores, CPU, synthetic weights`);
console.log(`  ${r.seconds.toFixed(1)} s, ${(r.count / r.seconds).toFixed(1)} images/s`);
console.log(`  peak RSS ${mib(peak)} (RSS after 10%: ${rssAt10 === undefined ? '-' : mib(rssAt10)}); statistics over ${stats.count} images, D = ${stats.dim}`);
