// A preview grid of the first 64 samples as one PNG, laid out like torchvision's make_grid (nrow = 8 images per
// row, 2 px of padding around and between images, black padding). Images of different sizes get cells of the
// largest size, top-left aligned.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { sharpModule } from '../util/sharp.js';
import type { RgbImage } from './decode.js';

export interface GridOptions {
  /** Images per row (default 8). */
  nrow?: number;
  /** Padding in pixels (default 2). */
  padding?: number;
  /** At most this many images (default 64). */
  max?: number;
}

export function makeGrid(
  images: readonly RgbImage[],
  o: GridOptions = {},
): { width: number; height: number; data: Uint8Array } {
  const list = images.slice(0, o.max ?? 64);
  if (!list.length) throw new Error('makeGrid: no images');
  const pad = o.padding ?? 2;
  const cols = Math.min(o.nrow ?? 8, list.length);
  const rows = Math.ceil(list.length / cols);
  const cw = Math.max(...list.map((i) => i.width)) + pad;
  const ch = Math.max(...list.map((i) => i.height)) + pad;
  const width = cols * cw + pad,
    height = rows * ch + pad;
  const data = new Uint8Array(width * height * 3);
  list.forEach((img, k) => {
    const x0 = (k % cols) * cw + pad,
      y0 = Math.floor(k / cols) * ch + pad;
    for (let y = 0; y < img.height; y++) {
      data.set(img.data.subarray(y * img.width * 3, (y + 1) * img.width * 3), ((y0 + y) * width + x0) * 3);
    }
  });
  return { width, height, data };
}

export async function writeGrid(
  file: string,
  images: readonly RgbImage[],
  o: GridOptions = {},
): Promise<{ width: number; height: number; count: number }> {
  const g = makeGrid(images, o);
  await mkdir(dirname(file), { recursive: true });
  await sharpModule()(g.data, { raw: { width: g.width, height: g.height, channels: 3 } })
    .png()
    .toFile(file);
  return { width: g.width, height: g.height, count: Math.min(images.length, o.max ?? 64) };
}

/** One sample as an RGB PNG (lossless: decoding it gives back exactly `img.data`). */
export async function writePng(file: string, img: RgbImage): Promise<void> {
  await sharpModule()(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .png()
    .toFile(file);
}
