// Model output (NCHW float) → the uint8 RGB image a PNG of it would hold, exactly as torchvision's save_image
// writes it (torchvision/utils.py: make_grid with normalize=True, value_range=(lo, hi) does
// clamp_(lo, hi).sub_(lo).div_(max(hi − lo, 1e-5)); save_image then does mul(255).add_(0.5).clamp_(0, 255) and
// .to(torch.uint8), which truncates). In float32, every operation rounded like torch's:
//     u = fl(fl(clamp(x, lo, hi) − lo) / (hi − lo)),  byte = trunc(clamp(fl(fl(u·255) + 0.5), 0, 255))
// i.e. round half up of u·255. For the default range [−1, 1], x = 0 gives 128 and x = −1, 1 give 0, 255.
// One channel is written as grey (R = G = B, what Pillow's convert('RGB') reads back from a grey PNG); three as
// RGB. NaN has no byte: it is refused (a generator that outputs NaN is broken, and torch's cast would hide it).
import type { RgbImage } from '../images/decode.js';
import { InputError } from '../util/errors.js';

export type OutputRange = readonly [number, number];

export function parseOutputRange(v: string | undefined, what = '--output-range'): OutputRange {
  const s = (v ?? '-1,1').replace(/\s+/g, '');
  const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(s);
  const lo = m ? Number(m[1]) : NaN,
    hi = m ? Number(m[2]) : NaN;
  if (!(hi > lo)) throw new InputError(`${what}: expected LO,HI with LO < HI (e.g. -1,1 or 0,1), got "${v}"`, what);
  return [lo, hi];
}

const f = Math.fround;

/** One value → byte. */
export function quantizeValue(x: number, lo = -1, hi = 1): number {
  const xc = f(x) < lo ? lo : f(x) > hi ? hi : f(x);
  const u = f(f(xc - lo) / f(Math.max(hi - lo, 1e-5)));
  const v = f(f(u * 255) + 0.5);
  return Math.trunc(v < 0 ? 0 : v > 255 ? 255 : v);
}

/**
 * Sample `index` of an NCHW batch (C = 1 or 3 channels; `stride` values per sample, ≥ C·H·W, so a 2C-channel
 * output can be read by its first C channels) → HWC RGB uint8.
 */
export function toRgbImage(
  data: ArrayLike<number>,
  index: number,
  channels: number,
  height: number,
  width: number,
  range: OutputRange,
  file: string,
  stride = channels * height * width,
): RgbImage {
  if (channels !== 1 && channels !== 3)
    throw new InputError(`${file}: the model gives ${channels} channels; images need 1 (grey) or 3 (RGB)`);
  const [lo, hi] = range;
  const plane = height * width;
  const base = index * stride;
  const out = new Uint8Array(plane * 3);
  for (let c = 0; c < channels; c++) {
    const off = base + c * plane;
    for (let p = 0; p < plane; p++) {
      const x = data[off + p];
      if (Number.isNaN(x))
        throw new InputError(`${file}: the model output is NaN (channel ${c}, pixel ${p}); no image can be written`);
      const b = quantizeValue(x, lo, hi);
      if (channels === 3) out[p * 3 + c] = b;
      else {
        out[p * 3] = b;
        out[p * 3 + 1] = b;
        out[p * 3 + 2] = b;
      }
    }
  }
  return { width, height, data: out, file };
}

/** The virtual file name of sample i (also the PNG name `fid-gate sample` writes). */
export function sampleName(i: number): string {
  return `sample_${String(i).padStart(6, '0')}.png`;
}
