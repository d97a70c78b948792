// Decode rate alone, per core: how many images per second one core turns from PNG / JPEG files into RGB pixels
// (sharp, decode.ts's decodeRgb, one image at a time), for 64², 256² and 512² images. A runner with C cores then
// decodes at most about C × this rate, which bounds the images/s any GPU can reach end to end.
// Usage: npx tsx bench/decode-rate.ts [--seconds S]   (also used by bench/device-check.ts)
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { configureSharp, decodeRgb } from '../src/images/decode.js';

export interface DecodeRate {
  format: 'png' | 'jpeg';
  size: number;
  imagesPerSecondPerCore: number;
  megapixelsPerSecondPerCore: number;
}

/** Noise with some structure (a smooth gradient plus hash noise), so that PNG and JPEG sizes are realistic. */
async function makeImages(dir: string, format: 'png' | 'jpeg', size: number, count: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const px = Buffer.alloc(size * size * 3);
    for (let j = 0; j < px.length; j++)
      px[j] = ((((j / 3) % size) * 255) / size + (((j * 2654435761 + i * 97) >>> 27) & 31)) & 255;
    const img = sharp(px, { raw: { width: size, height: size, channels: 3 } });
    const f = path.join(dir, `${format}-${size}-${i}.${format === 'png' ? 'png' : 'jpg'}`);
    writeFileSync(f, await (format === 'png' ? img.png() : img.jpeg({ quality: 90 })).toBuffer());
    files.push(f);
  }
  return files;
}

export async function measureDecodeRates(seconds = 1, sizes = [64, 256, 512]): Promise<DecodeRate[]> {
  configureSharp();
  const dir = path.join(os.tmpdir(), 'fid-gate-decode-rate');
  const out: DecodeRate[] = [];
  for (const format of ['png', 'jpeg'] as const) {
    for (const size of sizes) {
      const files = await makeImages(dir, format, size, 16);
      for (const f of files.slice(0, 4)) await decodeRgb(f); // warm-up
      let n = 0;
      const t0 = performance.now();
      // one decode at a time: one libuv thread, i.e. one core (sharp.concurrency is 1)
      while (performance.now() - t0 < seconds * 1000) await decodeRgb(files[n++ % files.length]);
      const s = (performance.now() - t0) / 1000;
      out.push({
        format,
        size,
        imagesPerSecondPerCore: n / s,
        megapixelsPerSecondPerCore: (n * size * size) / s / 1e6,
      });
    }
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { seconds: { type: 'string' } } });
  const rates = await measureDecodeRates(Number(values.seconds ?? 1));
  console.log(`decode rate per core (${os.cpus()[0]?.model ?? 'cpu'}, ${os.availableParallelism()} cores):`);
  for (const r of rates)
    console.log(
      `  ${r.format.padEnd(4)} ${String(r.size).padStart(3)}²: ${r.imagesPerSecondPerCore.toFixed(0).padStart(6)} images/s, ${r.megapixelsPerSecondPerCore.toFixed(1)} MP/s`,
    );
}
