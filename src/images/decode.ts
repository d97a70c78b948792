/**
 * Image decoding that reproduces Pillow 9.4's `Image.open(f).convert('RGB')` (what pytorch-fid 0.3 does), byte for
 * byte, as HWC RGB uint8.
 *
 * The format is sniffed from the content, like Pillow (a JPEG named x.png is decoded as a JPEG). Routing:
 * - PNG, JPEG, WebP, TIFF, GIF: sharp (libvips) with `ignoreIcc` (Pillow ignores embedded ICC profiles), no EXIF
 *   auto-orientation (Pillow ignores it), alpha dropped without compositing (Pillow's convert('RGB') does the
 *   same), palettes expanded, 16-bit RGB(A) reduced to the high byte (v >> 8, like Pillow's RGB;16B).
 *   One `raw()` call, no metadata() round trip, except for TIFF.
 * - 16-bit greyscale (PNG colour type 0, TIFF): Pillow opens these as mode I/I;16 and convert('RGB') CLIPS at 255
 *   instead of scaling: out = min(v, 255). Decoded at ushort depth and clipped here.
 * - CMYK (JPEG, TIFF): Pillow converts without ICC: nk = 255 - k, out = clip(nk - mul255(c, nk)) with
 *   mul255(a, b) = ((t >> 8) + t) >> 8, t = a * b + 128. sharp would use an ICC transform; here the CMYK samples are
 *   read as is (pipelineColourspace('cmyk')) and Pillow's formula is applied. libvips and Pillow both treat CMYK
 *   JPEG as Adobe-inverted. Exact for every fixture.
 * - BMP and Netpbm (PBM/PGM/PPM): sharp's bundled libvips cannot read them; own decoders (bmp.ts, netpbm.ts)
 *   port Pillow 9.4's plugins, quirks included.
 *
 * Documented deviations (measured against Pillow 9.4.0, see tests/unit/decode.test.ts and fixtures/decode):
 * - TIFF with associated (premultiplied) alpha: libvips un-premultiplies with a different rounding: up to 1 level
 *   off on some semi-transparent pixels.
 * - GIF with a transparent colour: libvips returns black where Pillow returns the palette colour -> refused
 *   (InputError). GIF is not in IMAGE_EXTENSIONS anyway; only a GIF renamed to .png etc. gets here.
 * - Formats Pillow 9.4 opens but this module does not (JPEG 2000, ICO, TGA, PCX, PSD, DIB, ...): refused with
 *   InputError. Also refused, as Pillow 9.4 cannot read them either: BigTIFF, HEIF/AVIF, 16-bit grey+alpha TIFF.
 * - Pillow decodes PNGs whose IDAT CRC is wrong; libpng refuses them (InputError).
 * - Uncompressed YCbCr TIFF: Pillow fails ("image file is truncated"), sharp decodes it.
 * - TIFF float/int samples (Pillow modes F and I) match the fixtures (both clip to 0..255); other exotic TIFF
 *   layouts (signed 16-bit, multi-band float) go through libvips unverified.
 * - Animated WebP/PNG and GIF: first frame; not checked against Pillow beyond a simple animated GIF.
 */
import type { Sharp } from 'sharp';
import { sharpModule } from '../util/sharp.js';
import { InputError } from '../util/errors.js';
import { readUserFileSync } from '../util/user-file.js';
import { printableName } from '../util/fs-names.js';
import { decodeBmp, isBmp } from './bmp.js';
import { decodeNetpbm, isNetpbm } from './netpbm.js';

export interface RgbImage {
  width: number;
  height: number;
  /** HWC RGB uint8, length width * height * 3 */
  data: Uint8Array;
  file: string;
}

export interface DecodeOptions {
  /**
   * Refuse images with more pixels than this (decompression-bomb guard). Default 178956970 = 2 *
   * PIL.Image.MAX_IMAGE_PIXELS, the size above which Pillow raises DecompressionBombError. 0 or Infinity: no limit.
   */
  maxPixels?: number;
}

import { DEFAULT_MAX_PIXELS } from '../core/defaults.js';
export { DEFAULT_MAX_PIXELS };

/**
 * The largest image file read: 8 bytes per allowed pixel (16-bit RGBA, uncompressed) plus 64 MiB of metadata. With
 * no pixel limit, 4 GiB.
 */
export function maxImageFileBytes(maxPixels: number): number {
  return maxPixels > 0 && Number.isFinite(maxPixels) ? 8 * maxPixels + (64 << 20) : 4 * 1024 ** 3;
}

let configured = false;

/** Process-wide sharp settings. Idempotent; decodeRgb calls it on first use. */
export function configureSharp(): void {
  if (configured) return;
  configured = true;
  // Every image is decoded once: libvips' operation cache only costs memory here.
  sharpModule().cache(false);
  // One libvips thread per image and several images in flight (callers keep ~4 decodes pending, the size of the
  // libuv pool) measured best for many small images; this is already the default on glibc Linux, not elsewhere.
  sharpModule().concurrency(1);
}

type Format = 'png' | 'jpeg' | 'webp' | 'tiff' | 'gif' | 'bmp' | 'pnm';

const FORMAT_NAMES: Record<Format, string> = {
  png: 'PNG',
  jpeg: 'JPEG',
  webp: 'WebP',
  tiff: 'TIFF',
  gif: 'GIF',
  bmp: 'BMP',
  pnm: 'Netpbm',
};

function sniff(b: Uint8Array): Format | undefined {
  const at = (i: number, s: string): boolean => {
    if (b.length < i + s.length) return false;
    for (let k = 0; k < s.length; k++) if (b[i + k] !== s.charCodeAt(k)) return false;
    return true;
  };
  if (at(0, '\x89PNG\r\n\x1a\n')) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (at(0, 'RIFF') && at(8, 'WEBP')) return 'webp';
  if (at(0, 'II*\0') || at(0, 'MM\0*')) return 'tiff';
  if (at(0, 'GIF87a') || at(0, 'GIF89a')) return 'gif';
  if (isBmp(b)) return 'bmp';
  if (isNetpbm(b)) return 'pnm';
  return undefined;
}

function describeUnknown(b: Uint8Array): string {
  const at = (i: number, s: string): boolean => {
    if (b.length < i + s.length) return false;
    for (let k = 0; k < s.length; k++) if (b[i + k] !== s.charCodeAt(k)) return false;
    return true;
  };
  let what = 'not a recognised image format';
  if (at(0, 'II+\0') || at(0, 'MM\0+')) what = 'BigTIFF is not supported (Pillow 9.4 cannot read it either)';
  else if (at(4, 'ftyp')) what = 'HEIF/AVIF is not supported (Pillow 9.4 cannot read it either)';
  else if (at(0, '\0\0\0\x0cjP  ') || at(0, '\xff\x4f\xff\x51')) what = 'JPEG 2000 is not supported';
  else if (
    b.length > 0 &&
    b.subarray(0, Math.min(b.length, 512)).every((c) => c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127))
  ) {
    what = 'not an image (looks like text)';
  }
  return `${what}; supported: PNG, JPEG, WebP, TIFF, BMP, PBM/PGM/PPM (and GIF by content)`;
}

/** PNG IHDR bit depth and colour type. */
function pngHeader(b: Uint8Array): { depth: number; colorType: number } | undefined {
  if (b.length < 26 || b[12] !== 0x49 || b[13] !== 0x48 || b[14] !== 0x44 || b[15] !== 0x52) return undefined;
  return { depth: b[24]!, colorType: b[25]! };
}

/** Number of components in the JPEG frame header (SOFn), or undefined when not found. */
function jpegComponents(b: Uint8Array): number | undefined {
  let p = 2;
  while (p + 4 <= b.length) {
    if (b[p] !== 0xff) return undefined;
    let m = b[p + 1]!;
    while (m === 0xff && p + 2 < b.length) {
      p++;
      m = b[p + 1]!;
    }
    p += 2;
    if (m === 0x01 || (m >= 0xd0 && m <= 0xd7)) continue; // standalone markers
    if (m === 0xd9 || m === 0xda) return undefined; // EOI / SOS before any SOF
    if (p + 2 > b.length) return undefined;
    const len = (b[p]! << 8) | b[p + 1]!;
    const isSof = m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
    if (isSof) return p + 7 < b.length ? b[p + 7] : undefined;
    p += len;
  }
  return undefined;
}

interface Decoded {
  width: number;
  height: number;
  data: Uint8Array;
}

function asBuffer(b: Uint8Array): Buffer {
  return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

function bytesOf(buf: Buffer): Uint8Array {
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function sharpInput(bytes: Uint8Array, maxPixels: number): Sharp {
  return sharpModule()(asBuffer(bytes), {
    ignoreIcc: true,
    autoOrient: false,
    // 'error' is the level closest to Pillow: warnings (e.g. libpng's "known incorrect sRGB profile", libjpeg's
    // "extraneous bytes before marker") do not fail, truncated data does.
    failOn: 'error',
    limitInputPixels: maxPixels > 0 && Number.isFinite(maxPixels) ? maxPixels : false,
  });
}

/** RGB(A)/grey/palette 8- or 16-bit -> RGB uint8: alpha dropped, grey replicated, 16-bit -> high byte. */
async function decodeFast(bytes: Uint8Array, maxPixels: number): Promise<Decoded> {
  const { data, info } = await sharpInput(bytes, maxPixels)
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 || data.length !== info.width * info.height * 3) {
    throw new Error(
      `internal: sharp returned ${info.channels} channels / ${data.length} bytes for ${info.width}x${info.height}`,
    );
  }
  return { width: info.width, height: info.height, data: bytesOf(data) };
}

/** 16-bit grey: Pillow mode I / I;16, convert('RGB') clips at 255. */
async function decodeGrey16(bytes: Uint8Array, maxPixels: number): Promise<Decoded> {
  const { data, info } = await sharpInput(bytes, maxPixels)
    .extractChannel(0)
    .toColourspace('grey16')
    .raw({ depth: 'ushort' })
    .toBuffer({ resolveWithObject: true });
  const n = info.width * info.height;
  if (info.channels !== 1 || data.length !== 2 * n) {
    throw new Error(`internal: sharp returned ${info.channels} channels / ${data.length} bytes for 16-bit grey`);
  }
  const out = new Uint8Array(3 * n);
  for (let i = 0, o = 0; i < n; i++, o += 3) {
    const v = data[2 * i]! | (data[2 * i + 1]! << 8); // native order (little-endian on every supported platform)
    const c = v > 255 ? 255 : v;
    out[o] = c;
    out[o + 1] = c;
    out[o + 2] = c;
  }
  return { width: info.width, height: info.height, data: out };
}

/** CMYK with Pillow's ICC-free conversion. */
async function decodeCmyk(bytes: Uint8Array, maxPixels: number): Promise<Decoded> {
  const { data, info } = await sharpInput(bytes, maxPixels)
    .pipelineColourspace('cmyk')
    .toColourspace('cmyk')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const n = info.width * info.height;
  if (info.channels !== 4 || data.length !== 4 * n) {
    throw new Error(`internal: sharp returned ${info.channels} channels / ${data.length} bytes for CMYK`);
  }
  const out = new Uint8Array(3 * n);
  for (let i = 0, o = 0; i < 4 * n; i += 4, o += 3) {
    const nk = 255 - data[i + 3]!;
    for (let c = 0; c < 3; c++) {
      const t = data[i + c]! * nk + 128;
      const v = nk - (((t >> 8) + t) >> 8);
      out[o + c] = v < 0 ? 0 : v;
    }
  }
  return { width: info.width, height: info.height, data: out };
}

async function decodeTiff(bytes: Uint8Array, maxPixels: number): Promise<Decoded> {
  const m = await sharpInput(bytes, maxPixels).metadata();
  const channels = m.channels ?? 0;
  if (m.space === 'cmyk') {
    if (channels !== 4) throw new InputError(`unsupported TIFF: CMYK with ${channels} channels`);
    return decodeCmyk(bytes, maxPixels);
  }
  if (m.depth === 'ushort' && (m.space === 'grey16' || m.space === 'b-w')) {
    if (channels !== 1)
      throw new InputError('unsupported TIFF: 16-bit grey with alpha (Pillow 9.4 cannot read it either)');
    return decodeGrey16(bytes, maxPixels);
  }
  if (m.space !== 'srgb' && m.space !== 'b-w' && m.space !== 'rgb16') {
    throw new InputError(`unsupported TIFF colour space (${m.space ?? 'unknown'})`);
  }
  return decodeFast(bytes, maxPixels);
}

async function decodeGif(bytes: Uint8Array, maxPixels: number): Promise<Decoded> {
  const { data, info } = await sharpInput(bytes, maxPixels)
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels === 4) {
    throw new InputError(
      'GIF with transparency is not supported (Pillow keeps the palette colour of transparent pixels, libvips does not); convert it to PNG',
    );
  }
  if (info.channels !== 3) throw new Error(`internal: sharp returned ${info.channels} channels for GIF`);
  return { width: info.width, height: info.height, data: bytesOf(data) };
}

function sharpReason(err: unknown, format: Format, maxPixels: number): string {
  const msg = (err instanceof Error ? err.message : String(err))
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  const first = msg.join(' | ').slice(0, 300);
  if (/pixel limit/i.test(first)) {
    return `image exceeds the limit of ${maxPixels} pixels (decompression bomb guard)`;
  }
  if (/unsupported image format/i.test(first)) return `${FORMAT_NAMES[format]} data that libvips cannot read`;
  return `corrupt or truncated ${FORMAT_NAMES[format]} data (${first || 'unknown decoder error'})`;
}

/**
 * Decode an image file (or its bytes) to HWC RGB uint8, identical to Pillow 9.4's `Image.open(f).convert('RGB')`.
 * Throws InputError naming the file for unreadable, empty, corrupt, truncated, unsupported or oversized images.
 */
export async function decodeRgb(
  input: string | { file: string; bytes: Uint8Array },
  options: DecodeOptions = {},
): Promise<RgbImage> {
  configureSharp();
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  const file = typeof input === 'string' ? input : input.file;
  // `file` may hold bytes of a non-UTF-8 name escaped as lone surrogates (images/list.ts): opened by its bytes,
  // named in messages with \xNN escapes
  const shown = printableName(file);
  let bytes: Uint8Array;
  if (typeof input === 'string') {
    // Synchronous on purpose: measured faster than fs.promises.readFile with 4 decodes in flight (it avoids 4
    // extra libuv thread-pool round trips per file that compete with sharp's own work); image files are small.
    // A regular file only (a symlink named x.png to /dev/zero would read forever), of at most maxImageFileBytes.
    bytes = readUserFileSync(input, maxImageFileBytes(maxPixels), `Cannot read image ${shown}`);
  } else {
    bytes = input.bytes;
  }
  if (bytes.length === 0) throw new InputError(`Cannot decode image ${shown}: the file is empty (0 bytes)`, file);
  const format = sniff(bytes);
  if (!format) throw new InputError(`Cannot decode image ${shown}: ${describeUnknown(bytes)}`, file);

  let img: Decoded;
  try {
    switch (format) {
      case 'bmp':
        img = decodeBmp(bytes, maxPixels > 0 ? maxPixels : Infinity);
        break;
      case 'pnm':
        img = decodeNetpbm(bytes, maxPixels > 0 ? maxPixels : Infinity);
        break;
      case 'png': {
        const h = pngHeader(bytes);
        img =
          h && h.depth === 16 && h.colorType === 0
            ? await decodeGrey16(bytes, maxPixels)
            : await decodeFast(bytes, maxPixels);
        break;
      }
      case 'jpeg':
        img = jpegComponents(bytes) === 4 ? await decodeCmyk(bytes, maxPixels) : await decodeFast(bytes, maxPixels);
        break;
      case 'tiff':
        img = await decodeTiff(bytes, maxPixels);
        break;
      case 'gif':
        img = await decodeGif(bytes, maxPixels);
        break;
      case 'webp':
        img = await decodeFast(bytes, maxPixels);
        break;
    }
  } catch (err) {
    if (err instanceof InputError) throw new InputError(`Cannot decode image ${shown}: ${err.message}`, file);
    if (err instanceof Error && err.message.startsWith('internal:')) throw err;
    throw new InputError(`Cannot decode image ${shown}: ${sharpReason(err, format, maxPixels)}`, file);
  }
  return { width: img.width, height: img.height, data: img.data, file };
}
