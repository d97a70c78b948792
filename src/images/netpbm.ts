/**
 * Netpbm (PBM/PGM/PPM, plain P1-P3 and raw P4-P6) decoder that reproduces Pillow 9.4's PpmImagePlugin followed by
 * `convert('RGB')`, byte for byte. sharp/libvips as shipped has no PNM loader, hence this file.
 *
 * Pillow 9.4 behaviour reproduced here (see PpmImagePlugin.py):
 * - Header: magic, then width, height (and maxval except P1/P4) as whitespace-separated tokens; `#` starts a
 *   comment up to CR/LF. Exactly one whitespace byte follows the last header token. Tokens are at most 10 bytes.
 *   0 < maxval < 65536.
 * - P4 (raw bitmap): 1 bit per pixel, rows padded to a byte, 1 = black. P1 (plain): characters '0'/'1', whitespace
 *   optional, 1 = black.
 * - P5 (raw graymap): maxval 255 -> bytes as is. maxval 65535 -> mode I from big-endian 16-bit values, and
 *   convert('RGB') clips to 255 (no scaling!). maxval < 255 -> round(v / maxval * 255). 255 < maxval < 65535 ->
 *   mode I with round(v / maxval * 65535), then clipped to 255 by convert('RGB'). Values above maxval saturate.
 * - P6 (raw pixmap): maxval 255 -> bytes as is; any other maxval (including 65535) -> round(v / maxval * 255) per
 *   channel, 16-bit big-endian samples when maxval > 255. Note this is NOT the `v >> 8` used for 16-bit PNG.
 * - P2/P3 (plain): values above maxval are an error; round(v / maxval * out) with out = 65535 for P2 with
 *   maxval > 255 (mode I, clipped to 255 later) and 255 otherwise.
 * - Python's round() rounds half to even; the float expression `v / maxval * out` is evaluated in binary64 exactly
 *   as Python does.
 * - Missing pixel data is an error ("image file is truncated" / "not enough image data"); trailing data is ignored.
 *   Quirk kept: in plain P2/P3 data that does not end with whitespace, Pillow repeats the last value until the
 *   image is full. Plain data is processed in 1 MiB blocks exactly as Pillow does (comments, validation).
 *
 * Not supported (Pillow-only extensions, never produced by real tools): the `P0CMYK`, `PyP`, `PyRGBA`, `PyCMYK`
 * magics. Python's int() also accepts tokens such as `+5` or `1_0`; here a token must be decimal digits.
 */
import { InputError } from '../util/errors.js';

export interface NetpbmImage {
  width: number;
  height: number;
  /** HWC RGB uint8 */
  data: Uint8Array;
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);

/** True when `bytes` starts like a file Pillow's PPM plugin would decode (P1..P6 followed by whitespace). */
export function isNetpbm(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0x50 && bytes[1]! >= 0x31 && bytes[1]! <= 0x36 && WHITESPACE.has(bytes[2]!);
}

/** Python 3 round() for non-negative finite doubles: nearest, ties to even. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function fail(reason: string): never {
  throw new InputError(reason);
}

/** Decode a Netpbm file. Throws InputError (message = reason only) for malformed or unsupported input. */
export function decodeNetpbm(bytes: Uint8Array, maxPixels: number): NetpbmImage {
  let pos = 0;
  // --- magic: read until whitespace or 6 bytes (Pillow's _read_magic)
  let magic = '';
  for (let i = 0; i < 6; i++) {
    if (pos >= bytes.length) break;
    const c = bytes[pos++]!;
    if (WHITESPACE.has(c)) break;
    magic += String.fromCharCode(c);
  }
  const kind = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].indexOf(magic) + 1;
  if (kind === 0) fail(`not a Netpbm file (magic ${JSON.stringify(magic)})`);

  const readToken = (): number => {
    let token = '';
    while (token.length <= 10) {
      if (pos >= bytes.length) break;
      const c = bytes[pos++]!;
      if (WHITESPACE.has(c)) {
        if (!token) continue;
        break;
      }
      if (c === 0x23 /* # */) {
        // ignore the rest of the line; stops after CR, LF or at EOF
        while (pos < bytes.length) {
          const d = bytes[pos++]!;
          if (d === 0x0a || d === 0x0d) break;
        }
        continue;
      }
      token += String.fromCharCode(c);
    }
    if (!token) fail('Netpbm header ends early (reached end of file while reading the header)');
    if (token.length > 10) fail(`Netpbm header token too long: ${JSON.stringify(token)}`);
    if (!/^[0-9]+$/.test(token)) fail(`Netpbm header token is not a number: ${JSON.stringify(token)}`);
    return Number(token);
  };

  const width = readToken();
  const height = readToken();
  const bitmap = kind === 1 || kind === 4;
  let maxval = 1;
  if (!bitmap) {
    maxval = readToken();
    if (!(maxval > 0 && maxval < 65536))
      fail(`Netpbm maxval must be greater than 0 and less than 65536 (got ${maxval})`);
  }
  if (width === 0 || height === 0) fail(`image has zero size (${width}x${height})`);
  if (width * height > maxPixels) {
    fail(
      `image size ${width}x${height} = ${width * height} pixels exceeds the limit of ${maxPixels} pixels (decompression bomb guard)`,
    );
  }

  const n = width * height;
  const out = new Uint8Array(n * 3);
  const gray = (i: number, v: number): void => {
    out[3 * i] = v;
    out[3 * i + 1] = v;
    out[3 * i + 2] = v;
  };
  const body = bytes.subarray(pos);

  switch (kind) {
    case 4: {
      const rowBytes = (width + 7) >> 3;
      if (body.length < rowBytes * height) fail('image file is truncated (not enough pixel data)');
      for (let y = 0; y < height; y++) {
        const row = y * rowBytes;
        for (let x = 0; x < width; x++) {
          const bit = (body[row + (x >> 3)]! >> (7 - (x & 7))) & 1;
          gray(y * width + x, bit ? 0 : 255);
        }
      }
      break;
    }
    case 5: {
      if (maxval === 255) {
        if (body.length < n) fail('image file is truncated (not enough pixel data)');
        for (let i = 0; i < n; i++) gray(i, body[i]!);
      } else if (maxval === 65535) {
        // mode I via I;16B; convert('RGB') clips
        if (body.length < 2 * n) fail('image file is truncated (not enough pixel data)');
        for (let i = 0; i < n; i++) {
          const v = (body[2 * i]! << 8) | body[2 * i + 1]!;
          gray(i, v > 255 ? 255 : v);
        }
      } else if (maxval < 256) {
        if (body.length < n) fail('not enough image data');
        const lut = scaleLut(maxval, 255, 256);
        for (let i = 0; i < n; i++) gray(i, lut[body[i]!]!);
      } else {
        // mode I, scaled to 0..65535, then clipped to 255 by convert('RGB')
        if (body.length < 2 * n) fail('not enough image data');
        for (let i = 0; i < n; i++) {
          const v = (body[2 * i]! << 8) | body[2 * i + 1]!;
          const s = Math.min(65535, roundHalfEven((v / maxval) * 65535));
          gray(i, s > 255 ? 255 : s);
        }
      }
      break;
    }
    case 6: {
      const m = 3 * n;
      if (maxval === 255) {
        if (body.length < m) fail('image file is truncated (not enough pixel data)');
        out.set(body.subarray(0, m));
      } else if (maxval < 256) {
        if (body.length < m) fail('not enough image data');
        const lut = scaleLut(maxval, 255, 256);
        for (let i = 0; i < m; i++) out[i] = lut[body[i]!]!;
      } else {
        if (body.length < 2 * m) fail('not enough image data');
        for (let i = 0; i < m; i++) {
          const v = (body[2 * i]! << 8) | body[2 * i + 1]!;
          out[i] = Math.min(255, roundHalfEven((v / maxval) * 255));
        }
      }
      break;
    }
    case 1: {
      // Pillow's _decode_bitonal: 1 MiB blocks, every character of a block read is validated
      const blocks = new PlainBlocks(body);
      let k = 0;
      while (k < n) {
        const raw = blocks.read();
        if (raw.length === 0) break;
        const block = blocks.ignoreComments(raw);
        for (const c of block) {
          if (WHITESPACE.has(c)) continue;
          if (c !== 0x30 && c !== 0x31)
            fail(`invalid character ${JSON.stringify(String.fromCharCode(c))} in plain PBM data`);
          if (k < n) gray(k++, c === 0x31 ? 0 : 255);
        }
      }
      if (k < n) fail('not enough image data');
      break;
    }
    case 2:
    case 3: {
      // Pillow's _decode_blocks, including its end-of-file quirk: when the data does not end with whitespace, the
      // last token stays in `half_token` and is repeated until the image is full.
      const bands = kind === 3 ? 3 : 1;
      const outMax = kind === 2 && maxval > 255 ? 65535 : 255;
      const total = n * bands;
      const blocks = new PlainBlocks(body);
      let k = 0;
      let halfToken: Uint8Array | undefined;
      while (k < total) {
        let block = blocks.read();
        if (block.length === 0) {
          if (!halfToken) break;
          // The quirk repeats the last token until the image is full: every repetition yields the same value, so it
          // is validated once and the rest filled at once (a few bytes declaring a large image would otherwise take
          // one pass of the loop per sample).
          const v = plainValue(halfToken, maxval, outMax);
          if (bands === 1) out.fill(v, 3 * k, 3 * total);
          else out.fill(v, k, total);
          k = total;
          break;
        }
        block = blocks.ignoreComments(block);
        if (halfToken) block = concat(halfToken, block);
        const tokens = splitWhitespace(block);
        if (block.length && !WHITESPACE.has(block[block.length - 1]!)) {
          halfToken = tokens.pop()!;
          if (halfToken.length > 10) fail('token too long in plain Netpbm data');
        }
        for (const token of tokens) {
          const v = plainValue(token, maxval, outMax);
          if (bands === 1) gray(k, v);
          else out[k] = v;
          k++;
          if (k === total) break;
        }
      }
      if (k < total) fail('not enough image data');
      break;
    }
  }
  return { width, height, data: out };
}

/** One plain P2/P3 token as an RGB level: validated, round(value / maxval * outMax), clipped at 255 (mode I -> RGB). */
function plainValue(token: Uint8Array, maxval: number, outMax: number): number {
  if (token.length > 10) fail('token too long in plain Netpbm data');
  let value = 0;
  for (const ch of token) {
    const d = ch - 0x30;
    if (d < 0 || d > 9) fail(`invalid token in plain Netpbm data: ${JSON.stringify(latin1(token))}`);
    value = value * 10 + d;
  }
  if (value > maxval) fail(`channel value too large for this mode: ${value} > maxval ${maxval}`);
  const v = roundHalfEven((value / maxval) * outMax);
  return v > 255 ? 255 : v;
}

/** round(v / maxval * outMax), saturated at outMax, for v in [0, size). */
function scaleLut(maxval: number, outMax: number, size: number): Uint8Array {
  const lut = new Uint8Array(size);
  for (let v = 0; v < size; v++) lut[v] = Math.min(outMax, roundHalfEven((v / maxval) * outMax));
  return lut;
}

/** Pillow's ImageFile.SAFEBLOCK: the plain decoders read the data in blocks of this size. */
const SAFEBLOCK = 1 << 20;

/** Pillow's PpmPlainDecoder block reading and comment removal (`_read_block`, `_ignore_comments`). */
class PlainBlocks {
  private off = 0;
  private commentSpans = false;
  constructor(private readonly body: Uint8Array) {}

  read(): Uint8Array {
    const b = this.body.subarray(this.off, this.off + SAFEBLOCK);
    this.off += b.length;
    return b;
  }

  /** lowest non-negative index of LF or CR from `start`, with Pillow's `a * b > 0` quirk; -1 when none */
  private static commentEnd(block: Uint8Array, start: number): number {
    const a = block.indexOf(0x0a, start);
    const b = block.indexOf(0x0d, start);
    return a * b > 0 ? Math.min(a, b) : Math.max(a, b);
  }

  ignoreComments(block: Uint8Array): Uint8Array {
    if (this.commentSpans) {
      // finish the comment begun in the previous block
      while (block.length) {
        const end = PlainBlocks.commentEnd(block, 0);
        if (end !== -1) {
          block = block.subarray(end + 1);
          break;
        }
        block = this.read();
      }
    }
    this.commentSpans = false;
    for (;;) {
      const start = block.indexOf(0x23);
      if (start === -1) break;
      const end = PlainBlocks.commentEnd(block, start);
      if (end !== -1) {
        block = concat(block.subarray(0, start), block.subarray(end + 1));
      } else {
        block = block.subarray(0, start);
        this.commentSpans = true;
        break;
      }
    }
    return block;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function splitWhitespace(block: Uint8Array): Uint8Array[] {
  const tokens: Uint8Array[] = [];
  let i = 0;
  while (i < block.length) {
    while (i < block.length && WHITESPACE.has(block[i]!)) i++;
    if (i >= block.length) break;
    const start = i;
    while (i < block.length && !WHITESPACE.has(block[i]!)) i++;
    tokens.push(block.subarray(start, i));
  }
  return tokens;
}

function latin1(b: Uint8Array): string {
  return Array.from(b, (c) => String.fromCharCode(c)).join('');
}
