/**
 * BMP decoder that reproduces Pillow 9.4's BmpImagePlugin followed by `convert('RGB')`, byte for byte.
 * sharp/libvips as shipped cannot read BMP (no ImageMagick loader), hence this file.
 *
 * Pillow 9.4 behaviour reproduced here (see BmpImagePlugin.py):
 * - Info header sizes 12 (OS/2 v1: 16-bit size fields, 3-byte palette entries), 40, 64, 108, 124. Others: error.
 * - A height whose top byte is 0xFF means top-down rows (height = 2^32 - h); otherwise rows are bottom-up.
 * - Depths 1/4/8 (palette), 16 (BI_RGB = 5-5-5), 24, 32 (BI_RGB = BGRX: the 4th byte is ignored).
 *   BI_BITFIELDS only with Pillow's masks: 32-bit BGRX/XBGR/ABGR/RGBA/BGRA(+all-zero), 24-bit BGR,
 *   16-bit 5-6-5 and 5-5-5. Other depths, masks and compressions (JPEG, PNG, ...) are errors.
 * - 5/6-bit channels are expanded as `v * 255 / max` with integer division (Pillow's BGR;15 / BGR;16 unpackers).
 * - Palette: `colors` entries (header value, or 2^bits when 0) read right after the info header. If every entry i
 *   is grey (i,i,i) (for 2 colours: black and white), Pillow drops the palette and reads the pixel data as raw
 *   "L" (8 bits per pixel) or "1" (1 bit per pixel) values WHATEVER the bit depth. Indices past the palette
 *   map to Pillow's default grey ramp (i,i,i).
 * - If the file's data offset points right after the info header, Pillow skips 4 * colors bytes.
 * - RLE8/RLE4 with Pillow's decoder, quirks included: an end-of-line at column 0 adds no row, a delta escape
 *   consumes 4 bytes (the first 2 are skipped), RLE4 absolute runs of odd length drop the last nibble,
 *   absolute runs are word-aligned by absolute file position, and too little data is an error.
 * - Truncated pixel data is an error.
 *
 * - A palette cut short by the end of the file is used as far as it goes; more than 256 entries is an error.
 *
 * Refused (InputError) although Pillow returns something: the grey-palette case where an "L" row is wider than
 * the stored row (a 4-bit file with an identity grey palette wider than its stride; Pillow then reads
 * overlapping rows).
 */
import { InputError } from '../util/errors.js';

export interface BmpImage {
  width: number;
  height: number;
  /** HWC RGB uint8 */
  data: Uint8Array;
}

export function isBmp(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d;
}

function fail(reason: string): never {
  throw new InputError(reason);
}

const RAW = 0;
const RLE8 = 1;
const RLE4 = 2;
const BITFIELDS = 3;

type RawMode =
  | 'P;1'
  | 'P;4'
  | 'P'
  | '1'
  | 'L'
  | 'BGR;15'
  | 'BGR;16'
  | 'BGR'
  | 'BGRX'
  | 'XBGR'
  | 'ABGR'
  | 'RGBA'
  | 'BGRA';

/** bits per pixel consumed by Pillow's unpacker for each raw mode */
const RAW_BITS: Record<RawMode, number> = {
  'P;1': 1,
  'P;4': 4,
  P: 8,
  '1': 1,
  L: 8,
  'BGR;15': 16,
  'BGR;16': 16,
  BGR: 24,
  BGRX: 32,
  XBGR: 32,
  ABGR: 32,
  RGBA: 32,
  BGRA: 32,
};

export function decodeBmp(bytes: Uint8Array, maxPixels: number): BmpImage {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number): number => dv.getUint16(o, true);
  const u32 = (o: number): number => dv.getUint32(o, true);
  if (bytes.length < 18) fail('BMP file is truncated (header)');
  let offset = u32(10);
  const headerSize = u32(14);
  if (![12, 40, 64, 108, 124].includes(headerSize)) fail(`unsupported BMP header type (${headerSize})`);
  if (bytes.length < 14 + headerSize) fail('BMP file is truncated (info header)');
  const h0 = 18; // header_data starts after the size field
  let width: number;
  let height: number;
  let bits: number;
  let compression: number;
  let colors: number;
  let direction = -1;
  let paletteEntry: number;
  let masks: [number, number, number, number] | undefined;
  let pos = 14 + headerSize; // file position after the info header (Pillow's fp)
  if (headerSize === 12) {
    width = u16(h0);
    height = u16(h0 + 2);
    bits = u16(h0 + 6);
    compression = RAW;
    colors = 0;
    paletteEntry = 3;
  } else {
    const yFlip = bytes[h0 + 7] === 0xff;
    direction = yFlip ? 1 : -1;
    width = u32(h0);
    height = yFlip ? 2 ** 32 - u32(h0 + 4) : u32(h0 + 4);
    bits = u16(h0 + 10);
    compression = u32(h0 + 12);
    colors = u32(h0 + 28);
    paletteEntry = 4;
    if (compression === BITFIELDS) {
      if (headerSize - 4 >= 52) {
        masks = [u32(h0 + 36), u32(h0 + 40), u32(h0 + 44), u32(h0 + 48)];
      } else {
        if (bytes.length < pos + 12) fail('BMP file is truncated (bitfield masks)');
        masks = [u32(pos), u32(pos + 4), u32(pos + 8), 0];
        pos += 12;
      }
    }
  }
  if (width === 0 || height === 0) fail(`image has zero size (${width}x${height})`);
  if (width * height > maxPixels) {
    fail(
      `image size ${width}x${height} = ${width * height} pixels exceeds the limit of ${maxPixels} pixels (decompression bomb guard)`,
    );
  }
  if (!colors) colors = 2 ** bits;
  if (offset === 14 + headerSize && bits <= 8) offset += 4 * colors;

  let mode: 'P' | 'RGB' | '1' | 'L';
  let rawMode: RawMode;
  switch (bits) {
    case 1:
      mode = 'P';
      rawMode = 'P;1';
      break;
    case 4:
      mode = 'P';
      rawMode = 'P;4';
      break;
    case 8:
      mode = 'P';
      rawMode = 'P';
      break;
    case 16:
      mode = 'RGB';
      rawMode = 'BGR;15';
      break;
    case 24:
      mode = 'RGB';
      rawMode = 'BGR';
      break;
    case 32:
      mode = 'RGB';
      rawMode = 'BGRX';
      break;
    default:
      fail(`unsupported BMP pixel depth (${bits})`);
  }

  let rle = false;
  if (compression === BITFIELDS) {
    const [r, g, b, a] = masks!;
    const key = `${bits}:${r}:${g}:${b}` + (bits === 32 ? `:${a}` : '');
    const table: Record<string, RawMode> = {
      [`32:${0xff0000}:${0xff00}:${0xff}:0`]: 'BGRX',
      [`32:${0xff000000}:${0xff0000}:${0xff00}:0`]: 'XBGR',
      [`32:${0xff000000}:${0xff0000}:${0xff00}:${0xff}`]: 'ABGR',
      [`32:${0xff}:${0xff00}:${0xff0000}:${0xff000000}`]: 'RGBA',
      [`32:${0xff0000}:${0xff00}:${0xff}:${0xff000000}`]: 'BGRA',
      ['32:0:0:0:0']: 'BGRA',
      [`24:${0xff0000}:${0xff00}:${0xff}`]: 'BGR',
      [`16:${0xf800}:${0x7e0}:${0x1f}`]: 'BGR;16',
      [`16:${0x7c00}:${0x3e0}:${0x1f}`]: 'BGR;15',
    };
    const m = table[key];
    if (!m) fail('unsupported BMP bitfields layout');
    rawMode = m;
  } else if (compression === RLE8 || compression === RLE4) {
    rle = true;
  } else if (compression !== RAW) {
    fail(`unsupported BMP compression (${compression})`);
  }

  // palette
  let palette: Uint8Array | undefined; // 256 * 3 RGB, Pillow's default grey ramp beyond the file's entries
  if (mode === 'P') {
    if (!(colors > 0 && colors <= 65536)) fail(`unsupported BMP palette size (${colors})`);
    // Pillow reads `colors` entries, or whatever the file still holds
    const pal = bytes.subarray(pos, Math.min(bytes.length, pos + paletteEntry * colors));
    pos += pal.length;
    let greyscale = true;
    for (let i = 0; i < colors; i++) {
      const val = (colors === 2 ? (i === 0 ? 0 : 255) : i) & 255;
      if (pal[i * paletteEntry] !== val || pal[i * paletteEntry + 1] !== val || pal[i * paletteEntry + 2] !== val) {
        greyscale = false;
        break;
      }
    }
    if (greyscale) {
      mode = colors === 2 ? '1' : 'L';
      rawMode = mode;
    } else {
      const entries = Math.floor(pal.length / paletteEntry);
      if (entries > 256) fail(`invalid BMP palette size (${entries} colours)`);
      palette = new Uint8Array(256 * 3);
      for (let i = 0; i < 256; i++) {
        if (i < entries) {
          palette[3 * i] = pal[i * paletteEntry + 2]!;
          palette[3 * i + 1] = pal[i * paletteEntry + 1]!;
          palette[3 * i + 2] = pal[i * paletteEntry]!;
        } else {
          palette[3 * i] = palette[3 * i + 1] = palette[3 * i + 2] = i;
        }
      }
    }
  }

  if (offset === 0) offset = pos; // Pillow: `offset or self.fp.tell()`
  const n = width * height;
  const out = new Uint8Array(n * 3);

  if (rle) {
    if (mode !== 'P' && mode !== 'L') fail('unsupported BMP: RLE data with a black-and-white palette');
    const data = decodeRle(bytes, offset, width, height, compression === RLE4);
    for (let row = 0; row < height; row++) {
      const y = direction === -1 ? height - 1 - row : row;
      for (let x = 0; x < width; x++) {
        const v = data[row * width + x]!;
        const o = 3 * (y * width + x);
        if (palette) {
          out[o] = palette[3 * v]!;
          out[o + 1] = palette[3 * v + 1]!;
          out[o + 2] = palette[3 * v + 2]!;
        } else {
          out[o] = out[o + 1] = out[o + 2] = v;
        }
      }
    }
    return { width, height, data: out };
  }

  const stride = 4 * Math.floor((width * bits + 31) / 32); // Pillow: ((width * bits + 31) >> 3) & ~3
  const rowBytes = Math.ceil((width * RAW_BITS[rawMode]) / 8);
  if (rowBytes > stride)
    fail('unsupported BMP: greyscale palette rows wider than the stored rows (Pillow misreads these)');
  if (bytes.length < offset + (height - 1) * stride + rowBytes)
    fail('image file is truncated (not enough BMP pixel data)');

  for (let row = 0; row < height; row++) {
    const y = direction === -1 ? height - 1 - row : row;
    const src = offset + row * stride;
    let o = 3 * y * width;
    switch (rawMode) {
      case 'P;1':
      case 'P;4':
      case 'P': {
        const b = RAW_BITS[rawMode];
        const pal = palette!;
        for (let x = 0; x < width; x++) {
          let v: number;
          if (b === 8) v = bytes[src + x]!;
          else if (b === 4) v = (bytes[src + (x >> 1)]! >> (x & 1 ? 0 : 4)) & 15;
          else v = (bytes[src + (x >> 3)]! >> (7 - (x & 7))) & 1;
          out[o++] = pal[3 * v]!;
          out[o++] = pal[3 * v + 1]!;
          out[o++] = pal[3 * v + 2]!;
        }
        break;
      }
      case '1':
        for (let x = 0; x < width; x++) {
          const v = (bytes[src + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
          out[o++] = v;
          out[o++] = v;
          out[o++] = v;
        }
        break;
      case 'L':
        for (let x = 0; x < width; x++) {
          const v = bytes[src + x]!;
          out[o++] = v;
          out[o++] = v;
          out[o++] = v;
        }
        break;
      case 'BGR;15':
        for (let x = 0; x < width; x++) {
          const p = bytes[src + 2 * x]! | (bytes[src + 2 * x + 1]! << 8);
          out[o++] = Math.floor((((p >> 10) & 31) * 255) / 31);
          out[o++] = Math.floor((((p >> 5) & 31) * 255) / 31);
          out[o++] = Math.floor(((p & 31) * 255) / 31);
        }
        break;
      case 'BGR;16':
        for (let x = 0; x < width; x++) {
          const p = bytes[src + 2 * x]! | (bytes[src + 2 * x + 1]! << 8);
          out[o++] = Math.floor((((p >> 11) & 31) * 255) / 31);
          out[o++] = Math.floor((((p >> 5) & 63) * 255) / 63);
          out[o++] = Math.floor(((p & 31) * 255) / 31);
        }
        break;
      default: {
        // byte positions of R, G, B within each pixel
        const [ri, gi, bi, size] = (
          {
            BGR: [2, 1, 0, 3],
            BGRX: [2, 1, 0, 4],
            BGRA: [2, 1, 0, 4],
            XBGR: [3, 2, 1, 4],
            ABGR: [3, 2, 1, 4],
            RGBA: [0, 1, 2, 4],
          } as Record<string, [number, number, number, number]>
        )[rawMode]!;
        for (let x = 0, s = src; x < width; x++, s += size) {
          out[o++] = bytes[s + ri]!;
          out[o++] = bytes[s + gi]!;
          out[o++] = bytes[s + bi]!;
        }
      }
    }
  }
  return { width, height, data: out };
}

/** Pillow 9.4's BmpRleDecoder, quirks included. Returns width*height indices in file row order. */
function decodeRle(bytes: Uint8Array, offset: number, width: number, height: number, rle4: boolean): Uint8Array {
  const total = width * height;
  const data = new Uint8Array(total);
  let len = 0; // logical length of Pillow's bytearray (may exceed total; the excess is dropped)
  const push = (v: number): void => {
    if (len < total) data[len] = v;
    len++;
  };
  let p = offset;
  let x = 0;
  while (len < total) {
    if (p + 2 > bytes.length) break;
    const numPixels0 = bytes[p]!;
    const byte = bytes[p + 1]!;
    p += 2;
    if (numPixels0) {
      let numPixels = numPixels0;
      if (x + numPixels > width) numPixels = Math.max(0, width - x);
      if (rle4) {
        const first = byte >> 4;
        const second = byte & 15;
        for (let i = 0; i < numPixels; i++) push(i % 2 === 0 ? first : second);
      } else {
        for (let i = 0; i < numPixels; i++) push(byte);
      }
      x += numPixels;
    } else if (byte === 0) {
      // end of line (zeros: `data` starts zeroed, so only the length moves; O(1) whatever the width)
      len += (width - (len % width)) % width;
      x = 0;
    } else if (byte === 1) {
      break; // end of bitmap
    } else if (byte === 2) {
      // delta: Pillow reads two bytes, then two more that it uses
      if (p + 2 > bytes.length) break;
      p += 2;
      if (p + 2 > bytes.length) fail('BMP RLE data is truncated');
      const right = bytes[p]!;
      const up = bytes[p + 1]!;
      p += 2;
      len += right + up * width; // zeros, as above
      x = len % width;
    } else {
      // absolute mode
      let short = false;
      if (rle4) {
        const byteCount = byte >> 1;
        const avail = Math.min(byteCount, bytes.length - p);
        for (let i = 0; i < avail; i++) {
          push(bytes[p + i]! >> 4);
          push(bytes[p + i]! & 15);
        }
        p += avail;
        short = avail < byteCount;
      } else {
        const avail = Math.min(byte, bytes.length - p);
        for (let i = 0; i < avail; i++) push(bytes[p + i]!);
        p += avail;
        short = avail < byte;
      }
      if (short) break;
      x += byte;
      if (p % 2 !== 0) p++; // word alignment by absolute file position
    }
  }
  if (len < total) fail('not enough image data (BMP RLE stream ends early)');
  return data;
}
