// The memorization report's picture: one row per suspected copy, the generated image on the left and its nearest
// training image (src/metrics/memorization.ts) on the right, 2 px of black padding, laid out by makeGrid (two images
// per row, cells of the largest size, top-left aligned). Images of different sizes are first scaled to one cell
// height (aspect ratio kept) with sharp's nearest-neighbour kernel by default: it invents no pixels, so an exact copy
// still looks exactly like its source and small samples are enlarged without blur; `kernel: 'lanczos3'` is smoother
// for large downscales. Images already at the cell height are copied untouched.
import { sharpModule } from '../util/sharp.js';
import type { RgbImage } from './decode.js';
import { writeGrid } from './grid.js';

export interface PairsGridOptions {
  /** Cell height in pixels (default: the tallest image). */
  height?: number;
  /** Resampling kernel for images of another height (default 'nearest'). */
  kernel?: 'nearest' | 'lanczos3';
  /** Padding in pixels (default 2). */
  padding?: number;
}

export interface ImagePair {
  left: RgbImage;
  right: RgbImage;
}

async function toHeight(img: RgbImage, height: number, kernel: 'nearest' | 'lanczos3'): Promise<RgbImage> {
  if (img.height === height) return img;
  const width = Math.max(1, Math.round((img.width * height) / img.height));
  const { data, info } = await sharpModule()(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
    .resize({ width, height, fit: 'fill', kernel })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return {
    width: info.width,
    height: info.height,
    data: new Uint8Array(data.buffer, data.byteOffset, data.length),
    file: img.file,
  };
}

/** Writes the pairs as one PNG (one row per pair, generated | training) and returns its size and the pair count. */
export async function writePairsGrid(
  file: string,
  pairs: readonly ImagePair[],
  opts: PairsGridOptions = {},
): Promise<{ width: number; height: number; count: number }> {
  if (!pairs.length) throw new RangeError('writePairsGrid: no pairs to draw');
  const cellHeight = opts.height ?? Math.max(...pairs.flatMap((p) => [p.left.height, p.right.height]));
  if (!Number.isInteger(cellHeight) || cellHeight < 1)
    throw new RangeError(`writePairsGrid: height must be a positive integer, got ${cellHeight}`);
  const kernel = opts.kernel ?? 'nearest';
  const images: RgbImage[] = [];
  for (const p of pairs)
    images.push(await toHeight(p.left, cellHeight, kernel), await toHeight(p.right, cellHeight, kernel));
  const g = await writeGrid(file, images, { nrow: 2, padding: opts.padding ?? 2, max: images.length });
  return { width: g.width, height: g.height, count: pairs.length };
}
