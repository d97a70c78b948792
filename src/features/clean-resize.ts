// PIL's antialiased separable resampling for float ('F') images, as Pillow 9.4's libImaging/Resample.c does it, in
// TypeScript. This is clean-fid 0.1.35's "clean" resize: each channel of the uint8 image becomes a mode 'F' float32
// image, is resized with Image.BICUBIC and clipped to [0, 255], with no quantization.
//
// What Pillow does, and what is reproduced here operation by operation (so the result is bit-identical up to the
// order of float additions, which is the same):
//   * coefficients (precompute_coeffs), per output pixel, in double: scale = in/out, filterscale = max(scale, 1),
//     support = 2·filterscale (bicubic, a = −0.5), center = (i + 0.5)·scale, window [int(center − support + 0.5),
//     int(center + support + 0.5)) clamped to the image, weights filter((x + xmin − center + 0.5)/filterscale)
//     normalized by their sum (a division per weight, as Pillow does);
//   * a horizontal pass over only the rows the vertical pass reads, then a vertical pass (a pass is skipped when its
//     size does not change), each accumulating Σ pixel·k in double from 0 and storing float32 (the mode 'F'
//     intermediate is float32).
import { InputError } from '../util/errors.js';

/** Pillow's bicubic kernel with a = −0.5 (support 2). */
function bicubic(x: number): number {
  const a = -0.5;
  if (x < 0) x = -x;
  if (x < 1) return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
  if (x < 2) return (((x - 5) * x + 8) * x - 4) * a;
  return 0;
}

/** Coefficient windows of one axis: for output i, weights k[i·ksize .. i·ksize + len[i]) applied from source start[i].
 * */
export interface ResampleWindows {
  inSize: number;
  outSize: number;
  ksize: number;
  start: Int32Array;
  len: Int32Array;
  /** Normalized weights, float64 (Pillow keeps them in double for float images). */
  k: Float64Array;
}

/** Pillow's precompute_coeffs for the bicubic filter with the box (0, inSize). */
export function precomputeWindows(inSize: number, outSize: number): ResampleWindows {
  const scale = inSize / outSize;
  const filterscale = scale < 1 ? 1 : scale;
  const support = 2.0 * filterscale;
  const ksize = Math.ceil(support) * 2 + 1;
  const start = new Int32Array(outSize);
  const len = new Int32Array(outSize);
  const k = new Float64Array(outSize * ksize);
  const ss = 1.0 / filterscale;
  for (let xx = 0; xx < outSize; xx++) {
    const center = (xx + 0.5) * scale; // in0 = 0: 0 + (xx + 0.5)·scale
    // C's (int) cast truncates toward zero
    let xmin = Math.trunc(center - support + 0.5);
    if (xmin < 0) xmin = 0;
    let xmax = Math.trunc(center + support + 0.5);
    if (xmax > inSize) xmax = inSize;
    xmax -= xmin;
    const o = xx * ksize;
    let ww = 0;
    for (let x = 0; x < xmax; x++) {
      const w = bicubic((x + xmin - center + 0.5) * ss);
      k[o + x] = w;
      ww += w;
    }
    if (ww !== 0) for (let x = 0; x < xmax; x++) k[o + x] /= ww;
    start[xx] = xmin;
    len[xx] = xmax;
  }
  return { inSize, outSize, ksize, start, len, k };
}

interface Plan {
  w: number;
  h: number;
  outW: number;
  outH: number;
  horiz: ResampleWindows;
  vert: ResampleWindows;
  /** Source rows the vertical pass reads: [yFirst, yLast). */
  yFirst: number;
  yLast: number;
  /** Fixed-point coefficients for 8-bit images (made on first use). */
  horizInt?: Int32Array;
  vertInt?: Int32Array;
}

const plans = new Map<string, Plan>();

function planFor(w: number, h: number, outW: number, outH: number): Plan {
  const key = `${w}x${h}>${outW}x${outH}`;
  let p = plans.get(key);
  if (!p) {
    const horiz = precomputeWindows(w, outW);
    const vert = precomputeWindows(h, outH);
    const yFirst = vert.start[0];
    const yLast = vert.start[outH - 1] + vert.len[outH - 1];
    p = { w, h, outW, outH, horiz, vert, yFirst, yLast };
    if (plans.size > 64) plans.clear(); // many distinct sizes: keep the cache bounded
    plans.set(key, p);
  }
  return p;
}

/**
 * Resizes an interleaved image (`channels` channels). The horizontal pass writes float32 rows (Pillow's mode 'F'
 * intermediate); the vertical pass accumulates each output row in float64 taps in Pillow's order (y ascending),
 * which gives the same sums as Pillow's pixel-by-pixel loop while walking memory row by row.
 */
function resizeInterleaved(src: ArrayLike<number>, channels: number, p: Plan, out: Float32Array): void {
  const { w, h, outW, outH, yFirst } = p;
  const C = channels;
  const needH = outW !== w;
  // the horizontal pass covers only the rows the vertical pass reads (yFirst … yLast)
  const plane: ArrayLike<number> = needH ? horizontalPass(src, C, p) : src;
  const rowBase = needH ? yFirst : 0;
  const rowLen = (needH ? outW : w) * C; // = outW·C
  if (outH !== h) {
    verticalPass(plane, rowBase, rowLen, p, out);
  } else {
    const base = (0 - rowBase) * rowLen;
    for (let i = 0; i < outH * rowLen; i++) out[i] = plane[base + i];
  }
}

/** Pillow's horizontal pass into float32 rows (its mode 'F' intermediate), rows yFirst … yLast − 1 only. */
function horizontalPass(src: ArrayLike<number>, C: number, p: Plan): Float32Array {
  const { w, outW, horiz, yFirst, yLast } = p;
  const rows = yLast - yFirst;
  const tmp = new Float32Array(rows * outW * C);
  const { ksize, start, len, k } = horiz;
  if (C === 3) {
    // two input rows at a time (six independent sums per tap), promoted to float64 once rather than once per tap
    const rowLenIn = w * 3;
    const r2 = new Float64Array(2 * rowLenIn);
    let y = 0;
    for (; y + 1 < rows; y += 2) {
      const rowIn = (y + yFirst) * rowLenIn;
      for (let i = 0; i < 2 * rowLenIn; i++) r2[i] = src[rowIn + i];
      let o = y * outW * 3;
      const o2 = outW * 3;
      for (let xx = 0; xx < outW; xx++, o += 3) {
        const n = len[xx],
          ko = xx * ksize;
        let a0 = 0,
          a1 = 0,
          a2 = 0,
          b0 = 0,
          b1 = 0,
          b2 = 0;
        let si = start[xx] * 3;
        for (let x = 0; x < n; x++, si += 3) {
          const kx = k[ko + x];
          const sj = si + rowLenIn;
          a0 += r2[si] * kx;
          a1 += r2[si + 1] * kx;
          a2 += r2[si + 2] * kx;
          b0 += r2[sj] * kx;
          b1 += r2[sj + 1] * kx;
          b2 += r2[sj + 2] * kx;
        }
        tmp[o] = a0;
        tmp[o + 1] = a1;
        tmp[o + 2] = a2; // float32 stores
        tmp[o + o2] = b0;
        tmp[o + o2 + 1] = b1;
        tmp[o + o2 + 2] = b2;
      }
    }
    for (; y < rows; y++) {
      const rowIn = (y + yFirst) * rowLenIn;
      for (let i = 0; i < rowLenIn; i++) r2[i] = src[rowIn + i];
      let o = y * outW * 3;
      for (let xx = 0; xx < outW; xx++, o += 3) {
        const n = len[xx],
          ko = xx * ksize;
        let a0 = 0,
          a1 = 0,
          a2 = 0;
        let si = start[xx] * 3;
        for (let x = 0; x < n; x++, si += 3) {
          const kx = k[ko + x];
          a0 += r2[si] * kx;
          a1 += r2[si + 1] * kx;
          a2 += r2[si + 2] * kx;
        }
        tmp[o] = a0;
        tmp[o + 1] = a1;
        tmp[o + 2] = a2;
      }
    }
  } else {
    for (let y = 0; y < rows; y++) {
      const rowIn = (y + yFirst) * w;
      for (let xx = 0; xx < outW; xx++) {
        const n = len[xx],
          ko = xx * ksize;
        for (let c = 0; c < C; c++) {
          let acc = 0;
          let si = (rowIn + start[xx]) * C + c;
          for (let x = 0; x < n; x++, si += C) acc += src[si] * k[ko + x];
          tmp[(y * outW + xx) * C + c] = acc;
        }
      }
    }
  }
  return tmp;
}

/** Pillow's vertical pass: each output row accumulates its taps in float64 in Pillow's order (y ascending). */
function verticalPass(plane: ArrayLike<number>, rowBase: number, rowLen: number, p: Plan, out: Float32Array): void {
  const { outH, vert } = p;
  const { ksize, start, len, k } = vert;
  for (let yy = 0; yy < outH; yy++) {
    const n = len[yy],
      ko = yy * ksize;
    const base = (start[yy] - rowBase) * rowLen;
    const o = yy * rowLen;
    // each output value sums its taps in Pillow's order (y ascending) in a register; values are independent
    let i = 0;
    for (; i + 3 < rowLen; i += 4) {
      let a0 = 0,
        a1 = 0,
        a2 = 0,
        a3 = 0;
      for (let y = 0, si = base + i; y < n; y++, si += rowLen) {
        const ky = k[ko + y];
        a0 += plane[si] * ky;
        a1 += plane[si + 1] * ky;
        a2 += plane[si + 2] * ky;
        a3 += plane[si + 3] * ky;
      }
      out[o + i] = a0;
      out[o + i + 1] = a1;
      out[o + i + 2] = a2;
      out[o + i + 3] = a3; // float32 stores, as Pillow's
    }
    for (; i < rowLen; i++) {
      let acc = 0;
      for (let y = 0, si = base + i; y < n; y++, si += rowLen) acc += plane[si] * k[ko + y];
      out[o + i] = acc;
    }
  }
}

function checkSize(w: number, h: number, what: string): void {
  if (!Number.isInteger(w) || !Number.isInteger(h) || w < 1 || h < 1)
    throw new InputError(`${what}: invalid size ${w}x${h}`);
}

/**
 * Resizes an interleaved image (HWC, `channels` channels, any numeric typed array) channel by channel with PIL's
 * float BICUBIC resampling. Returns float32 HWC, not clipped.
 */
export function pilBicubicResizeFloat(
  src: ArrayLike<number>,
  w: number,
  h: number,
  channels: number,
  outW: number,
  outH: number,
): Float32Array {
  checkSize(w, h, 'resize input');
  checkSize(outW, outH, 'resize output');
  if (src.length !== w * h * channels) throw new InputError(`resize: ${src.length} values for ${w}x${h}x${channels}`);
  const p = planFor(w, h, outW, outH);
  const out = new Float32Array(outW * outH * channels);
  resizeInterleaved(src, channels, p, out);
  return out;
}

/**
 * clean-fid's "clean" resize: RGB uint8 HWC (w×h) → float32 HWC (outW×outH) in 0..255 — each channel resized as a
 * PIL mode 'F' image with Image.BICUBIC, then clipped to [0, 255].
 */
export function cleanResize(rgb: Uint8Array, w: number, h: number, outW = 299, outH = 299): Float32Array {
  const out = pilBicubicResizeFloat(rgb, w, h, 3, outW, outH);
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    out[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return out;
}

/** Pillow's normalize_coeffs_8bpc: weights as fixed point with 22 fractional bits, rounded half away from zero. */
function fixedPoint(k: Float64Array): Int32Array {
  const out = new Int32Array(k.length);
  const one = 1 << PRECISION_BITS;
  for (let i = 0; i < k.length; i++) out[i] = k[i] < 0 ? Math.trunc(-0.5 + k[i] * one) : Math.trunc(0.5 + k[i] * one);
  return out;
}

const PRECISION_BITS = 32 - 8 - 2;
const HALF = 1 << (PRECISION_BITS - 1);

/** Pillow's clip8: the sum's integer part (arithmetic shift), clamped to 0..255. */
function clip8(ss: number): number {
  const v = ss >> PRECISION_BITS;
  return v < 0 ? 0 : v > 255 ? 255 : v;
}

/**
 * PIL's Image.resize(..., BICUBIC) of an 8-bit image (mode RGB or L): what torchvision's Resize does to a PIL image.
 * Fixed-point weights (22 fractional bits), each pass rounded and clipped to uint8 (the intermediate image is uint8
 * too). Interleaved HWC, `channels` channels.
 */
export function pilBicubicResizeUint8(
  src: Uint8Array,
  w: number,
  h: number,
  channels: number,
  outW: number,
  outH: number,
): Uint8Array {
  checkSize(w, h, 'resize input');
  checkSize(outW, outH, 'resize output');
  if (src.length !== w * h * channels) throw new InputError(`resize: ${src.length} values for ${w}x${h}x${channels}`);
  const p = planFor(w, h, outW, outH);
  const C = channels;
  const needH = outW !== w;
  const needV = outH !== h;
  let plane = src;
  let planeW = w;
  let rowBase = 0;
  if (needH) {
    const k = (p.horizInt ??= fixedPoint(p.horiz.k));
    const { ksize, start, len } = p.horiz;
    const rows = p.yLast - p.yFirst;
    const tmp = new Uint8Array(rows * outW * C);
    for (let y = 0; y < rows; y++) {
      const rowIn = (y + p.yFirst) * w * C;
      for (let xx = 0; xx < outW; xx++) {
        const n = len[xx],
          ko = xx * ksize;
        const o = (y * outW + xx) * C;
        if (C === 3) {
          let s0 = HALF,
            s1 = HALF,
            s2 = HALF;
          for (let x = 0, si = rowIn + start[xx] * 3; x < n; x++, si += 3) {
            const kx = k[ko + x];
            s0 += src[si] * kx;
            s1 += src[si + 1] * kx;
            s2 += src[si + 2] * kx;
          }
          tmp[o] = clip8(s0);
          tmp[o + 1] = clip8(s1);
          tmp[o + 2] = clip8(s2);
        } else {
          for (let c = 0; c < C; c++) {
            let ss = HALF;
            for (let x = 0, si = rowIn + start[xx] * C + c; x < n; x++, si += C) ss += src[si] * k[ko + x];
            tmp[o + c] = clip8(ss);
          }
        }
      }
    }
    plane = tmp;
    planeW = outW;
    rowBase = p.yFirst;
  }
  const rowLen = planeW * C;
  if (!needV) return needH ? plane : Uint8Array.from(src);
  const k = (p.vertInt ??= fixedPoint(p.vert.k));
  const { ksize, start, len } = p.vert;
  const out = new Uint8Array(outH * rowLen);
  for (let yy = 0; yy < outH; yy++) {
    const n = len[yy],
      ko = yy * ksize;
    const base = (start[yy] - rowBase) * rowLen;
    const o = yy * rowLen;
    let i = 0;
    for (; i + 3 < rowLen; i += 4) {
      let s0 = HALF,
        s1 = HALF,
        s2 = HALF,
        s3 = HALF;
      for (let y = 0, si = base + i; y < n; y++, si += rowLen) {
        const ky = k[ko + y];
        s0 += plane[si] * ky;
        s1 += plane[si + 1] * ky;
        s2 += plane[si + 2] * ky;
        s3 += plane[si + 3] * ky;
      }
      out[o + i] = clip8(s0);
      out[o + i + 1] = clip8(s1);
      out[o + i + 2] = clip8(s2);
      out[o + i + 3] = clip8(s3);
    }
    for (; i < rowLen; i++) {
      let ss = HALF;
      for (let y = 0, si = base + i; y < n; y++, si += rowLen) ss += plane[si] * k[ko + y];
      out[o + i] = clip8(ss);
    }
  }
  return out;
}
