// Issue 7, item 5: load. Extracts N 64×64 PNGs (default 50,000) with streaming statistics, as `fid-gate stats`
// without --features would need them: features are not kept (extractFeatures keep: false), each batch goes into a
// StatsAccumulator, so memory stays bounded whatever N is. Prints images/s and the peak RSS, sampled every 50 ms,
// and the RSS after the first 10% for comparison (bounded = the peak does not grow with N).
// The images: --unique K distinct noise PNGs (default 256) generated into a temp folder, listed repeatedly to N.
// Usage: npx tsx bench/load.ts [--images N] [--unique K] [--batch-size B] [--threads T]
//   (50,000 images at ~15 img/s on a 2-core CPU is about an hour; --images 2000 gives the figure in minutes)
//
// --hostile: instead, a few hostile-but-valid large images made of a few bytes each: --bmp K BMP-RLE8 files of
// --bmp-size S×S pixels (a handful of delta escapes fill them with zeros: ~K × 300 bytes of files) and one all-zero
// PNG of --png-size S×S (0 = none), extracted as one folder, as `fid-gate stats` would. Prints the kernel's peak RSS
// (getrusage maxRSS). --unbounded lifts the batch / decode-ahead memory limits (MEMORY_LIMITS in
// src/features/extract.ts), which is how extraction behaved before they existed: all images of a size in one batch.
//   npx tsx bench/load.ts --hostile [--bmp 3] [--bmp-size 6000] [--png-size 8000] [--unbounded]
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { crc32, createDeflate } from 'node:zlib';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { loadExtractor } from '../src/pipeline.js';
import { extractFeatures, MEMORY_LIMITS } from '../src/features/extract.js';
import { configureSharp, decodeRgb } from '../src/images/decode.js';
import { StatsAccumulator } from '../src/metrics/stats.js';

const { values } = parseArgs({
  options: {
    images: { type: 'string' },
    unique: { type: 'string' },
    'batch-size': { type: 'string' },
    threads: { type: 'string' },
    hostile: { type: 'boolean' },
    bmp: { type: 'string' },
    'bmp-size': { type: 'string' },
    'png-size': { type: 'string' },
    unbounded: { type: 'boolean' },
  },
});
if (values.hostile) {
  await hostile();
  process.exit(0);
}
const N = Number(values.images ?? 50_000),
  K = Math.min(N, Number(values.unique ?? 256)),
  B = Number(values['batch-size'] ?? 50);
if (!(N >= 2 && K >= 1 && B >= 1)) throw new Error('--images >= 2, --unique >= 1, --batch-size >= 1');

const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-load-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
mkdirSync(dir, { recursive: true });
const base: string[] = [];
for (let i = 0; i < K; i++) {
  const px = Buffer.alloc(64 * 64 * 3);
  for (let j = 0; j < px.length; j++) px[j] = (j * 2654435761 + i * 97) >>> 24;
  const f = path.join(dir, `n${String(i).padStart(5, '0')}.png`);
  writeFileSync(
    f,
    await sharp(px, { raw: { width: 64, height: 64, channels: 3 } })
      .png()
      .toBuffer(),
  );
  base.push(f);
}
const files = Array.from({ length: N }, (_, i) => base[i % K]!);

configureSharp();
let peak = 0;
const sample = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 50);
const ex = await loadExtractor({
  weights: 'synthetic',
  device: 'cpu',
  threads: values.threads ? Number(values.threads) : undefined,
  log: () => undefined,
});
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
console.log(
  `load: ${r.count} images of 64x64 PNG (${K} distinct files), batch ${B}, ${os.availableParallelism()} cores, CPU, synthetic weights`,
);
console.log(`  ${r.seconds.toFixed(1)} s, ${(r.count / r.seconds).toFixed(1)} images/s`);
console.log(
  `  peak RSS ${mib(peak)} (RSS after 10%: ${rssAt10 === undefined ? '-' : mib(rssAt10)}); statistics over ${stats.count} images, D = ${stats.dim}`,
);

/** A BMP (BITMAPINFOHEADER, RLE8, 1-colour palette) of size×size pixels, all index 0, from delta escapes. */
function rle8Bmp(size: number): Buffer {
  const body: number[] = [];
  // each delta (00 02 xx xx right up) skips `up` rows; Pillow's decoder fills what it skips with index 0
  for (let rows = 0; rows < size; rows += 255) body.push(0, 2, 0, 0, 0, Math.min(255, size - rows));
  body.push(0, 1); // end of bitmap
  const header = Buffer.alloc(14 + 40 + 4);
  header.write('BM', 0, 'latin1');
  header.writeUInt32LE(header.length + body.length, 2);
  header.writeUInt32LE(header.length, 10);
  header.writeUInt32LE(40, 14);
  header.writeInt32LE(size, 18);
  header.writeInt32LE(size, 22);
  header.writeUInt16LE(1, 26);
  header.writeUInt16LE(8, 28);
  header.writeUInt32LE(1, 30); // BI_RLE8
  header.writeUInt32LE(body.length, 34);
  header.writeUInt32LE(1, 46); // colours used
  return Buffer.concat([header, Buffer.from(body)]);
}

/** An all-zero RGB PNG of size×size pixels, deflated as a stream (never held raw here). */
async function zeroPng(size: number): Promise<Buffer> {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rowBytes = 1 + 3 * size; // filter byte 0 + pixels
  const rowsPerSlice = Math.max(1, Math.floor((4 << 20) / rowBytes));
  const slice = Buffer.alloc(rowsPerSlice * rowBytes);
  const z = createDeflate({ level: 9 });
  const parts: Buffer[] = [];
  z.on('data', (b: Buffer) => parts.push(b));
  const done = once(z, 'end');
  for (let r = 0; r < size; r += rowsPerSlice) {
    if (!z.write(slice.subarray(0, Math.min(rowsPerSlice, size - r) * rowBytes))) await once(z, 'drain');
  }
  z.end();
  await done;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.concat(parts)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function hostile(): Promise<void> {
  const k = Number(values.bmp ?? 3),
    bmpSize = Number(values['bmp-size'] ?? 6000),
    pngSize = Number(values['png-size'] ?? 8000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-hostile-'));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  const files: string[] = [];
  for (let i = 0; i < k; i++) {
    const f = path.join(dir, `rle${i}.bmp`);
    writeFileSync(f, rle8Bmp(bmpSize));
    files.push(f);
  }
  if (pngSize > 0) {
    const f = path.join(dir, 'zero.png');
    writeFileSync(f, await zeroPng(pngSize));
    files.push(f);
  }
  const bytes = files.reduce((a, f) => a + statSync(f).size, 0);
  configureSharp();
  const ex = await loadExtractor({
    weights: 'synthetic',
    device: 'cpu',
    threads: values.threads ? Number(values.threads) : undefined,
    log: () => undefined,
  });
  const rssBefore = process.resourceUsage().maxRSS * 1024;
  const unbounded = { batchPixels: Infinity, aheadPixels: Infinity, decodesInFlight: Infinity };
  const r = await extractFeatures(ex.model, files, {
    decode: (f) => decodeRgb(f),
    keep: false,
    progress: false,
    limits: values.unbounded ? unbounded : undefined,
  });
  const peak = process.resourceUsage().maxRSS * 1024;
  const mib = (x: number) => `${(x / 2 ** 20).toFixed(0)} MiB`;
  console.log(
    `hostile: ${k} BMP-RLE8 of ${bmpSize}x${bmpSize}${pngSize > 0 ? ` and 1 all-zero PNG of ${pngSize}x${pngSize}` : ''}: ${files.length} files, ${bytes} bytes in all`,
  );
  console.log(
    `  limits: ${values.unbounded ? 'none (--unbounded)' : `batch ${MEMORY_LIMITS.batchPixels} pixels, ahead ${MEMORY_LIMITS.aheadPixels} pixels, ${MEMORY_LIMITS.decodesInFlight} decodes in flight`}`,
  );
  console.log(
    `  ${r.count} images in ${r.seconds.toFixed(1)} s; peak RSS ${mib(peak)} (${mib(rssBefore)} with the model loaded, before extraction)`,
  );
}
