// Feature-extraction throughput, as PERF.md (a) measured pytorch-fid: 64×64 PNG → pool3, CPU, batch 50, 1,000 images
// (the 200 of reference set A listed 5 times, or generated noise PNGs without the pack), decode included.
// Prints images/s, seconds, and peak RSS, and the ratio to pytorch-fid's figures on this machine kind.
// Usage: npx tsx bench/extract.ts [--images N] [--batch-size B] [--threads T] [--decode-workers W] [--resize R]
// (--decode-workers: decode on W worker threads, src/features/decode-pool.ts; default 0, on the calling thread; with
// --resize clean the workers also make the float 299×299 inputs)
import { readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { loadExtractor } from '../src/pipeline.js';
import { extractFeatures, type InputSpec } from '../src/features/extract.js';
import { configureSharp, decodeRgb } from '../src/images/decode.js';
import { decodePool } from '../src/features/decode-pool.js';

const { values } = parseArgs({
  options: {
    images: { type: 'string' },
    'batch-size': { type: 'string' },
    threads: { type: 'string' },
    'decode-workers': { type: 'string' },
    resize: { type: 'string' },
  },
});
const N = Number(values.images ?? 1000),
  B = Number(values['batch-size'] ?? 50);
const shared = path.resolve(import.meta.dirname, '../../shared/reference/sets/A/images');
let base: string[];
if (existsSync(shared)) {
  base = readdirSync(shared)
    .sort()
    .map((f) => path.join(shared, f));
} else {
  const dir = path.join(os.tmpdir(), 'fid-gate-bench-png');
  mkdirSync(dir, { recursive: true });
  base = [];
  for (let i = 0; i < 200; i++) {
    const f = path.join(dir, `n${String(i).padStart(3, '0')}.png`);
    if (!existsSync(f)) {
      const px = Buffer.alloc(64 * 64 * 3);
      for (let j = 0; j < px.length; j++) px[j] = (j * 2654435761 + i * 97) >>> 24;
      writeFileSync(
        f,
        await sharp(px, { raw: { width: 64, height: 64, channels: 3 } })
          .png()
          .toBuffer(),
      );
    }
    base.push(f);
  }
}
const files = Array.from({ length: N }, (_, i) => base[i % base.length]);
configureSharp();
let peak = 0;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
const t0 = performance.now();
const ex = await loadExtractor({
  weights: 'synthetic',
  device: 'cpu',
  threads: values.threads ? Number(values.threads) : undefined,
  resize: values.resize === 'clean' ? 'clean' : undefined,
  log: () => undefined,
});
const tLoad = (performance.now() - t0) / 1000;
// warm-up batch (ORT plans memory on the first run), not counted
const W = Number(values['decode-workers'] ?? 0);
const pool = W > 0 ? decodePool(W) : undefined;
const decoding = pool
  ? {
      decode: (f: string) => pool.decode(f),
      decodePrepared: (f: string, input: InputSpec) => pool.decode(f, undefined, input),
      limits: { decodesInFlight: 2 * W },
    }
  : { decode: decodeRgb };
await extractFeatures(ex.model, files.slice(0, B), { batchSize: B, ...decoding, progress: false });
const r = await extractFeatures(ex.model, files, {
  batchSize: B,
  ...decoding,
  progress: (l) => process.stderr.write(l + '\n'),
});
clearInterval(sample);
peak = Math.max(peak, process.memoryUsage().rss);
const rate = r.count / r.seconds;
console.log(
  `extract: ${r.count} images of 64x64 PNG, resize ${values.resize ?? 'legacy-pytorch'}, batch ${B}, ${os.availableParallelism()} cores, CPU, ${W ? `${W} decode workers` : 'decode on the main thread'}`,
);
console.log(`  model build + session: ${tLoad.toFixed(2)} s`);
console.log(
  `  extraction: ${r.seconds.toFixed(2)} s, ${rate.toFixed(1)} images/s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB`,
);
console.log(
  `  vs pytorch-fid out of the box (7.82 img/s): ${(rate / 7.82).toFixed(2)}x; tuned (14.83 img/s): ${(rate / 14.83).toFixed(2)}x; target 35 img/s`,
);
