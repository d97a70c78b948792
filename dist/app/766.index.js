export const id = 766;
export const ids = [766];
export const modules = {

/***/ 32766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_MAX_PIXELS: () => (/* reexport */ defaults/* DEFAULT_MAX_PIXELS */.fR),
  configureSharp: () => (/* binding */ configureSharp),
  decodeRgb: () => (/* binding */ decodeRgb),
  maxImageFileBytes: () => (/* binding */ maxImageFileBytes)
});

// EXTERNAL MODULE: ./src/util/sharp.ts
var sharp = __webpack_require__(12624);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/user-file.ts
var user_file = __webpack_require__(3832);
// EXTERNAL MODULE: ./src/util/fs-names.ts
var fs_names = __webpack_require__(89368);
;// CONCATENATED MODULE: ./src/images/bmp.ts
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

function isBmp(bytes) {
    return bytes.length >= 2 && bytes[0] === 0x42 && bytes[1] === 0x4d;
}
function fail(reason) {
    throw new errors/* InputError */.d(reason);
}
const RAW = 0;
const RLE8 = 1;
const RLE4 = 2;
const BITFIELDS = 3;
/** bits per pixel consumed by Pillow's unpacker for each raw mode */
const RAW_BITS = {
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
function decodeBmp(bytes, maxPixels) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const u16 = (o) => dv.getUint16(o, true);
    const u32 = (o) => dv.getUint32(o, true);
    if (bytes.length < 18)
        fail('BMP file is truncated (header)');
    let offset = u32(10);
    const headerSize = u32(14);
    if (![12, 40, 64, 108, 124].includes(headerSize))
        fail(`unsupported BMP header type (${headerSize})`);
    if (bytes.length < 14 + headerSize)
        fail('BMP file is truncated (info header)');
    const h0 = 18; // header_data starts after the size field
    let width;
    let height;
    let bits;
    let compression;
    let colors;
    let direction = -1;
    let paletteEntry;
    let masks;
    let pos = 14 + headerSize; // file position after the info header (Pillow's fp)
    if (headerSize === 12) {
        width = u16(h0);
        height = u16(h0 + 2);
        bits = u16(h0 + 6);
        compression = RAW;
        colors = 0;
        paletteEntry = 3;
    }
    else {
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
            }
            else {
                if (bytes.length < pos + 12)
                    fail('BMP file is truncated (bitfield masks)');
                masks = [u32(pos), u32(pos + 4), u32(pos + 8), 0];
                pos += 12;
            }
        }
    }
    if (width === 0 || height === 0)
        fail(`image has zero size (${width}x${height})`);
    if (width * height > maxPixels) {
        fail(`image size ${width}x${height} = ${width * height} pixels exceeds the limit of ${maxPixels} pixels (decompression bomb guard)`);
    }
    if (!colors)
        colors = 2 ** bits;
    if (offset === 14 + headerSize && bits <= 8)
        offset += 4 * colors;
    let mode;
    let rawMode;
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
        const [r, g, b, a] = masks;
        const key = `${bits}:${r}:${g}:${b}` + (bits === 32 ? `:${a}` : '');
        const table = {
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
        if (!m)
            fail('unsupported BMP bitfields layout');
        rawMode = m;
    }
    else if (compression === RLE8 || compression === RLE4) {
        rle = true;
    }
    else if (compression !== RAW) {
        fail(`unsupported BMP compression (${compression})`);
    }
    // palette
    let palette; // 256 * 3 RGB, Pillow's default grey ramp beyond the file's entries
    if (mode === 'P') {
        if (!(colors > 0 && colors <= 65536))
            fail(`unsupported BMP palette size (${colors})`);
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
        }
        else {
            const entries = Math.floor(pal.length / paletteEntry);
            if (entries > 256)
                fail(`invalid BMP palette size (${entries} colours)`);
            palette = new Uint8Array(256 * 3);
            for (let i = 0; i < 256; i++) {
                if (i < entries) {
                    palette[3 * i] = pal[i * paletteEntry + 2];
                    palette[3 * i + 1] = pal[i * paletteEntry + 1];
                    palette[3 * i + 2] = pal[i * paletteEntry];
                }
                else {
                    palette[3 * i] = palette[3 * i + 1] = palette[3 * i + 2] = i;
                }
            }
        }
    }
    if (offset === 0)
        offset = pos; // Pillow: `offset or self.fp.tell()`
    const n = width * height;
    const out = new Uint8Array(n * 3);
    if (rle) {
        if (mode !== 'P' && mode !== 'L')
            fail('unsupported BMP: RLE data with a black-and-white palette');
        const data = decodeRle(bytes, offset, width, height, compression === RLE4);
        for (let row = 0; row < height; row++) {
            const y = direction === -1 ? height - 1 - row : row;
            for (let x = 0; x < width; x++) {
                const v = data[row * width + x];
                const o = 3 * (y * width + x);
                if (palette) {
                    out[o] = palette[3 * v];
                    out[o + 1] = palette[3 * v + 1];
                    out[o + 2] = palette[3 * v + 2];
                }
                else {
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
                const pal = palette;
                for (let x = 0; x < width; x++) {
                    let v;
                    if (b === 8)
                        v = bytes[src + x];
                    else if (b === 4)
                        v = (bytes[src + (x >> 1)] >> (x & 1 ? 0 : 4)) & 15;
                    else
                        v = (bytes[src + (x >> 3)] >> (7 - (x & 7))) & 1;
                    out[o++] = pal[3 * v];
                    out[o++] = pal[3 * v + 1];
                    out[o++] = pal[3 * v + 2];
                }
                break;
            }
            case '1':
                for (let x = 0; x < width; x++) {
                    const v = (bytes[src + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
                    out[o++] = v;
                    out[o++] = v;
                    out[o++] = v;
                }
                break;
            case 'L':
                for (let x = 0; x < width; x++) {
                    const v = bytes[src + x];
                    out[o++] = v;
                    out[o++] = v;
                    out[o++] = v;
                }
                break;
            case 'BGR;15':
                for (let x = 0; x < width; x++) {
                    const p = bytes[src + 2 * x] | (bytes[src + 2 * x + 1] << 8);
                    out[o++] = Math.floor((((p >> 10) & 31) * 255) / 31);
                    out[o++] = Math.floor((((p >> 5) & 31) * 255) / 31);
                    out[o++] = Math.floor(((p & 31) * 255) / 31);
                }
                break;
            case 'BGR;16':
                for (let x = 0; x < width; x++) {
                    const p = bytes[src + 2 * x] | (bytes[src + 2 * x + 1] << 8);
                    out[o++] = Math.floor((((p >> 11) & 31) * 255) / 31);
                    out[o++] = Math.floor((((p >> 5) & 63) * 255) / 63);
                    out[o++] = Math.floor(((p & 31) * 255) / 31);
                }
                break;
            default: {
                // byte positions of R, G, B within each pixel
                const [ri, gi, bi, size] = {
                    BGR: [2, 1, 0, 3],
                    BGRX: [2, 1, 0, 4],
                    BGRA: [2, 1, 0, 4],
                    XBGR: [3, 2, 1, 4],
                    ABGR: [3, 2, 1, 4],
                    RGBA: [0, 1, 2, 4],
                }[rawMode];
                for (let x = 0, s = src; x < width; x++, s += size) {
                    out[o++] = bytes[s + ri];
                    out[o++] = bytes[s + gi];
                    out[o++] = bytes[s + bi];
                }
            }
        }
    }
    return { width, height, data: out };
}
/** Pillow 9.4's BmpRleDecoder, quirks included. Returns width*height indices in file row order. */
function decodeRle(bytes, offset, width, height, rle4) {
    const total = width * height;
    const data = new Uint8Array(total);
    let len = 0; // logical length of Pillow's bytearray (may exceed total; the excess is dropped)
    const push = (v) => {
        if (len < total)
            data[len] = v;
        len++;
    };
    let p = offset;
    let x = 0;
    while (len < total) {
        if (p + 2 > bytes.length)
            break;
        const numPixels0 = bytes[p];
        const byte = bytes[p + 1];
        p += 2;
        if (numPixels0) {
            let numPixels = numPixels0;
            if (x + numPixels > width)
                numPixels = Math.max(0, width - x);
            if (rle4) {
                const first = byte >> 4;
                const second = byte & 15;
                for (let i = 0; i < numPixels; i++)
                    push(i % 2 === 0 ? first : second);
            }
            else {
                for (let i = 0; i < numPixels; i++)
                    push(byte);
            }
            x += numPixels;
        }
        else if (byte === 0) {
            // end of line (zeros: `data` starts zeroed, so only the length moves; O(1) whatever the width)
            len += (width - (len % width)) % width;
            x = 0;
        }
        else if (byte === 1) {
            break; // end of bitmap
        }
        else if (byte === 2) {
            // delta: Pillow reads two bytes, then two more that it uses
            if (p + 2 > bytes.length)
                break;
            p += 2;
            if (p + 2 > bytes.length)
                fail('BMP RLE data is truncated');
            const right = bytes[p];
            const up = bytes[p + 1];
            p += 2;
            len += right + up * width; // zeros, as above
            x = len % width;
        }
        else {
            // absolute mode
            let short = false;
            if (rle4) {
                const byteCount = byte >> 1;
                const avail = Math.min(byteCount, bytes.length - p);
                for (let i = 0; i < avail; i++) {
                    push(bytes[p + i] >> 4);
                    push(bytes[p + i] & 15);
                }
                p += avail;
                short = avail < byteCount;
            }
            else {
                const avail = Math.min(byte, bytes.length - p);
                for (let i = 0; i < avail; i++)
                    push(bytes[p + i]);
                p += avail;
                short = avail < byte;
            }
            if (short)
                break;
            x += byte;
            if (p % 2 !== 0)
                p++; // word alignment by absolute file position
        }
    }
    if (len < total)
        fail('not enough image data (BMP RLE stream ends early)');
    return data;
}

;// CONCATENATED MODULE: ./src/images/netpbm.ts
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

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]);
/** True when `bytes` starts like a file Pillow's PPM plugin would decode (P1..P6 followed by whitespace). */
function isNetpbm(bytes) {
    return bytes.length >= 3 && bytes[0] === 0x50 && bytes[1] >= 0x31 && bytes[1] <= 0x36 && WHITESPACE.has(bytes[2]);
}
/** Python 3 round() for non-negative finite doubles: nearest, ties to even. */
function roundHalfEven(x) {
    const f = Math.floor(x);
    const d = x - f;
    if (d > 0.5)
        return f + 1;
    if (d < 0.5)
        return f;
    return f % 2 === 0 ? f : f + 1;
}
function netpbm_fail(reason) {
    throw new errors/* InputError */.d(reason);
}
/** Decode a Netpbm file. Throws InputError (message = reason only) for malformed or unsupported input. */
function decodeNetpbm(bytes, maxPixels) {
    let pos = 0;
    // --- magic: read until whitespace or 6 bytes (Pillow's _read_magic)
    let magic = '';
    for (let i = 0; i < 6; i++) {
        if (pos >= bytes.length)
            break;
        const c = bytes[pos++];
        if (WHITESPACE.has(c))
            break;
        magic += String.fromCharCode(c);
    }
    const kind = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6'].indexOf(magic) + 1;
    if (kind === 0)
        netpbm_fail(`not a Netpbm file (magic ${JSON.stringify(magic)})`);
    const readToken = () => {
        let token = '';
        while (token.length <= 10) {
            if (pos >= bytes.length)
                break;
            const c = bytes[pos++];
            if (WHITESPACE.has(c)) {
                if (!token)
                    continue;
                break;
            }
            if (c === 0x23 /* # */) {
                // ignore the rest of the line; stops after CR, LF or at EOF
                while (pos < bytes.length) {
                    const d = bytes[pos++];
                    if (d === 0x0a || d === 0x0d)
                        break;
                }
                continue;
            }
            token += String.fromCharCode(c);
        }
        if (!token)
            netpbm_fail('Netpbm header ends early (reached end of file while reading the header)');
        if (token.length > 10)
            netpbm_fail(`Netpbm header token too long: ${JSON.stringify(token)}`);
        if (!/^[0-9]+$/.test(token))
            netpbm_fail(`Netpbm header token is not a number: ${JSON.stringify(token)}`);
        return Number(token);
    };
    const width = readToken();
    const height = readToken();
    const bitmap = kind === 1 || kind === 4;
    let maxval = 1;
    if (!bitmap) {
        maxval = readToken();
        if (!(maxval > 0 && maxval < 65536))
            netpbm_fail(`Netpbm maxval must be greater than 0 and less than 65536 (got ${maxval})`);
    }
    if (width === 0 || height === 0)
        netpbm_fail(`image has zero size (${width}x${height})`);
    if (width * height > maxPixels) {
        netpbm_fail(`image size ${width}x${height} = ${width * height} pixels exceeds the limit of ${maxPixels} pixels (decompression bomb guard)`);
    }
    const n = width * height;
    const out = new Uint8Array(n * 3);
    const gray = (i, v) => {
        out[3 * i] = v;
        out[3 * i + 1] = v;
        out[3 * i + 2] = v;
    };
    const body = bytes.subarray(pos);
    switch (kind) {
        case 4: {
            const rowBytes = (width + 7) >> 3;
            if (body.length < rowBytes * height)
                netpbm_fail('image file is truncated (not enough pixel data)');
            for (let y = 0; y < height; y++) {
                const row = y * rowBytes;
                for (let x = 0; x < width; x++) {
                    const bit = (body[row + (x >> 3)] >> (7 - (x & 7))) & 1;
                    gray(y * width + x, bit ? 0 : 255);
                }
            }
            break;
        }
        case 5: {
            if (maxval === 255) {
                if (body.length < n)
                    netpbm_fail('image file is truncated (not enough pixel data)');
                for (let i = 0; i < n; i++)
                    gray(i, body[i]);
            }
            else if (maxval === 65535) {
                // mode I via I;16B; convert('RGB') clips
                if (body.length < 2 * n)
                    netpbm_fail('image file is truncated (not enough pixel data)');
                for (let i = 0; i < n; i++) {
                    const v = (body[2 * i] << 8) | body[2 * i + 1];
                    gray(i, v > 255 ? 255 : v);
                }
            }
            else if (maxval < 256) {
                if (body.length < n)
                    netpbm_fail('not enough image data');
                const lut = scaleLut(maxval, 255, 256);
                for (let i = 0; i < n; i++)
                    gray(i, lut[body[i]]);
            }
            else {
                // mode I, scaled to 0..65535, then clipped to 255 by convert('RGB')
                if (body.length < 2 * n)
                    netpbm_fail('not enough image data');
                for (let i = 0; i < n; i++) {
                    const v = (body[2 * i] << 8) | body[2 * i + 1];
                    const s = Math.min(65535, roundHalfEven((v / maxval) * 65535));
                    gray(i, s > 255 ? 255 : s);
                }
            }
            break;
        }
        case 6: {
            const m = 3 * n;
            if (maxval === 255) {
                if (body.length < m)
                    netpbm_fail('image file is truncated (not enough pixel data)');
                out.set(body.subarray(0, m));
            }
            else if (maxval < 256) {
                if (body.length < m)
                    netpbm_fail('not enough image data');
                const lut = scaleLut(maxval, 255, 256);
                for (let i = 0; i < m; i++)
                    out[i] = lut[body[i]];
            }
            else {
                if (body.length < 2 * m)
                    netpbm_fail('not enough image data');
                for (let i = 0; i < m; i++) {
                    const v = (body[2 * i] << 8) | body[2 * i + 1];
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
                if (raw.length === 0)
                    break;
                const block = blocks.ignoreComments(raw);
                for (const c of block) {
                    if (WHITESPACE.has(c))
                        continue;
                    if (c !== 0x30 && c !== 0x31)
                        netpbm_fail(`invalid character ${JSON.stringify(String.fromCharCode(c))} in plain PBM data`);
                    if (k < n)
                        gray(k++, c === 0x31 ? 0 : 255);
                }
            }
            if (k < n)
                netpbm_fail('not enough image data');
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
            let halfToken;
            while (k < total) {
                let block = blocks.read();
                if (block.length === 0) {
                    if (!halfToken)
                        break;
                    // The quirk repeats the last token until the image is full: every repetition yields the same value, so it
                    // is validated once and the rest filled at once (a few bytes declaring a large image would otherwise take
                    // one pass of the loop per sample).
                    const v = plainValue(halfToken, maxval, outMax);
                    if (bands === 1)
                        out.fill(v, 3 * k, 3 * total);
                    else
                        out.fill(v, k, total);
                    k = total;
                    break;
                }
                block = blocks.ignoreComments(block);
                if (halfToken)
                    block = concat(halfToken, block);
                const tokens = splitWhitespace(block);
                if (block.length && !WHITESPACE.has(block[block.length - 1])) {
                    halfToken = tokens.pop();
                    if (halfToken.length > 10)
                        netpbm_fail('token too long in plain Netpbm data');
                }
                for (const token of tokens) {
                    const v = plainValue(token, maxval, outMax);
                    if (bands === 1)
                        gray(k, v);
                    else
                        out[k] = v;
                    k++;
                    if (k === total)
                        break;
                }
            }
            if (k < total)
                netpbm_fail('not enough image data');
            break;
        }
    }
    return { width, height, data: out };
}
/** One plain P2/P3 token as an RGB level: validated, round(value / maxval * outMax), clipped at 255 (mode I -> RGB). */
function plainValue(token, maxval, outMax) {
    if (token.length > 10)
        netpbm_fail('token too long in plain Netpbm data');
    let value = 0;
    for (const ch of token) {
        const d = ch - 0x30;
        if (d < 0 || d > 9)
            netpbm_fail(`invalid token in plain Netpbm data: ${JSON.stringify(latin1(token))}`);
        value = value * 10 + d;
    }
    if (value > maxval)
        netpbm_fail(`channel value too large for this mode: ${value} > maxval ${maxval}`);
    const v = roundHalfEven((value / maxval) * outMax);
    return v > 255 ? 255 : v;
}
/** round(v / maxval * outMax), saturated at outMax, for v in [0, size). */
function scaleLut(maxval, outMax, size) {
    const lut = new Uint8Array(size);
    for (let v = 0; v < size; v++)
        lut[v] = Math.min(outMax, roundHalfEven((v / maxval) * outMax));
    return lut;
}
/** Pillow's ImageFile.SAFEBLOCK: the plain decoders read the data in blocks of this size. */
const SAFEBLOCK = 1 << 20;
/** Pillow's PpmPlainDecoder block reading and comment removal (`_read_block`, `_ignore_comments`). */
class PlainBlocks {
    body;
    off = 0;
    commentSpans = false;
    constructor(body) {
        this.body = body;
    }
    read() {
        const b = this.body.subarray(this.off, this.off + SAFEBLOCK);
        this.off += b.length;
        return b;
    }
    /** lowest non-negative index of LF or CR from `start`, with Pillow's `a * b > 0` quirk; -1 when none */
    static commentEnd(block, start) {
        const a = block.indexOf(0x0a, start);
        const b = block.indexOf(0x0d, start);
        return a * b > 0 ? Math.min(a, b) : Math.max(a, b);
    }
    ignoreComments(block) {
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
            if (start === -1)
                break;
            const end = PlainBlocks.commentEnd(block, start);
            if (end !== -1) {
                block = concat(block.subarray(0, start), block.subarray(end + 1));
            }
            else {
                block = block.subarray(0, start);
                this.commentSpans = true;
                break;
            }
        }
        return block;
    }
}
function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
}
function splitWhitespace(block) {
    const tokens = [];
    let i = 0;
    while (i < block.length) {
        while (i < block.length && WHITESPACE.has(block[i]))
            i++;
        if (i >= block.length)
            break;
        const start = i;
        while (i < block.length && !WHITESPACE.has(block[i]))
            i++;
        tokens.push(block.subarray(start, i));
    }
    return tokens;
}
function latin1(b) {
    return Array.from(b, (c) => String.fromCharCode(c)).join('');
}

// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(55553);
;// CONCATENATED MODULE: ./src/images/decode.ts








/**
 * The largest image file read: 8 bytes per allowed pixel (16-bit RGBA, uncompressed) plus 64 MiB of metadata. With
 * no pixel limit, 4 GiB.
 */
function maxImageFileBytes(maxPixels) {
    return maxPixels > 0 && Number.isFinite(maxPixels) ? 8 * maxPixels + (64 << 20) : 4 * 1024 ** 3;
}
let configured = false;
/** Process-wide sharp settings. Idempotent; decodeRgb calls it on first use. */
function configureSharp() {
    if (configured)
        return;
    configured = true;
    // Every image is decoded once: libvips' operation cache only costs memory here.
    (0,sharp/* sharpModule */.H)().cache(false);
    // One libvips thread per image and several images in flight (callers keep ~4 decodes pending, the size of the
    // libuv pool) measured best for many small images; this is already the default on glibc Linux, not elsewhere.
    (0,sharp/* sharpModule */.H)().concurrency(1);
}
const FORMAT_NAMES = {
    png: 'PNG',
    jpeg: 'JPEG',
    webp: 'WebP',
    tiff: 'TIFF',
    gif: 'GIF',
    bmp: 'BMP',
    pnm: 'Netpbm',
};
function sniff(b) {
    const at = (i, s) => {
        if (b.length < i + s.length)
            return false;
        for (let k = 0; k < s.length; k++)
            if (b[i + k] !== s.charCodeAt(k))
                return false;
        return true;
    };
    if (at(0, '\x89PNG\r\n\x1a\n'))
        return 'png';
    if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff)
        return 'jpeg';
    if (at(0, 'RIFF') && at(8, 'WEBP'))
        return 'webp';
    if (at(0, 'II*\0') || at(0, 'MM\0*'))
        return 'tiff';
    if (at(0, 'GIF87a') || at(0, 'GIF89a'))
        return 'gif';
    if (isBmp(b))
        return 'bmp';
    if (isNetpbm(b))
        return 'pnm';
    return undefined;
}
function describeUnknown(b) {
    const at = (i, s) => {
        if (b.length < i + s.length)
            return false;
        for (let k = 0; k < s.length; k++)
            if (b[i + k] !== s.charCodeAt(k))
                return false;
        return true;
    };
    let what = 'not a recognised image format';
    if (at(0, 'II+\0') || at(0, 'MM\0+'))
        what = 'BigTIFF is not supported (Pillow 9.4 cannot read it either)';
    else if (at(4, 'ftyp'))
        what = 'HEIF/AVIF is not supported (Pillow 9.4 cannot read it either)';
    else if (at(0, '\0\0\0\x0cjP  ') || at(0, '\xff\x4f\xff\x51'))
        what = 'JPEG 2000 is not supported';
    else if (b.length > 0 &&
        b.subarray(0, Math.min(b.length, 512)).every((c) => c === 9 || c === 10 || c === 13 || (c >= 32 && c < 127))) {
        what = 'not an image (looks like text)';
    }
    return `${what}; supported: PNG, JPEG, WebP, TIFF, BMP, PBM/PGM/PPM (and GIF by content)`;
}
/** PNG IHDR bit depth and colour type. */
function pngHeader(b) {
    if (b.length < 26 || b[12] !== 0x49 || b[13] !== 0x48 || b[14] !== 0x44 || b[15] !== 0x52)
        return undefined;
    return { depth: b[24], colorType: b[25] };
}
/** Number of components in the JPEG frame header (SOFn), or undefined when not found. */
function jpegComponents(b) {
    let p = 2;
    while (p + 4 <= b.length) {
        if (b[p] !== 0xff)
            return undefined;
        let m = b[p + 1];
        while (m === 0xff && p + 2 < b.length) {
            p++;
            m = b[p + 1];
        }
        p += 2;
        if (m === 0x01 || (m >= 0xd0 && m <= 0xd7))
            continue; // standalone markers
        if (m === 0xd9 || m === 0xda)
            return undefined; // EOI / SOS before any SOF
        if (p + 2 > b.length)
            return undefined;
        const len = (b[p] << 8) | b[p + 1];
        const isSof = m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;
        if (isSof)
            return p + 7 < b.length ? b[p + 7] : undefined;
        p += len;
    }
    return undefined;
}
function asBuffer(b) {
    return Buffer.isBuffer(b) ? b : Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}
function bytesOf(buf) {
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}
function sharpInput(bytes, maxPixels) {
    return (0,sharp/* sharpModule */.H)()(asBuffer(bytes), {
        ignoreIcc: true,
        autoOrient: false,
        // 'error' is the level closest to Pillow: warnings (e.g. libpng's "known incorrect sRGB profile", libjpeg's
        // "extraneous bytes before marker") do not fail, truncated data does.
        failOn: 'error',
        limitInputPixels: maxPixels > 0 && Number.isFinite(maxPixels) ? maxPixels : false,
    });
}
/** RGB(A)/grey/palette 8- or 16-bit -> RGB uint8: alpha dropped, grey replicated, 16-bit -> high byte. */
async function decodeFast(bytes, maxPixels) {
    const { data, info } = await sharpInput(bytes, maxPixels)
        .removeAlpha()
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3 || data.length !== info.width * info.height * 3) {
        throw new Error(`internal: sharp returned ${info.channels} channels / ${data.length} bytes for ${info.width}x${info.height}`);
    }
    return { width: info.width, height: info.height, data: bytesOf(data) };
}
/** 16-bit grey: Pillow mode I / I;16, convert('RGB') clips at 255. */
async function decodeGrey16(bytes, maxPixels) {
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
        const v = data[2 * i] | (data[2 * i + 1] << 8); // native order (little-endian on every supported platform)
        const c = v > 255 ? 255 : v;
        out[o] = c;
        out[o + 1] = c;
        out[o + 2] = c;
    }
    return { width: info.width, height: info.height, data: out };
}
/** CMYK with Pillow's ICC-free conversion. */
async function decodeCmyk(bytes, maxPixels) {
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
        const nk = 255 - data[i + 3];
        for (let c = 0; c < 3; c++) {
            const t = data[i + c] * nk + 128;
            const v = nk - (((t >> 8) + t) >> 8);
            out[o + c] = v < 0 ? 0 : v;
        }
    }
    return { width: info.width, height: info.height, data: out };
}
async function decodeTiff(bytes, maxPixels) {
    const m = await sharpInput(bytes, maxPixels).metadata();
    const channels = m.channels ?? 0;
    if (m.space === 'cmyk') {
        if (channels !== 4)
            throw new errors/* InputError */.d(`unsupported TIFF: CMYK with ${channels} channels`);
        return decodeCmyk(bytes, maxPixels);
    }
    if (m.depth === 'ushort' && (m.space === 'grey16' || m.space === 'b-w')) {
        if (channels !== 1)
            throw new errors/* InputError */.d('unsupported TIFF: 16-bit grey with alpha (Pillow 9.4 cannot read it either)');
        return decodeGrey16(bytes, maxPixels);
    }
    if (m.space !== 'srgb' && m.space !== 'b-w' && m.space !== 'rgb16') {
        throw new errors/* InputError */.d(`unsupported TIFF colour space (${m.space ?? 'unknown'})`);
    }
    return decodeFast(bytes, maxPixels);
}
async function decodeGif(bytes, maxPixels) {
    const { data, info } = await sharpInput(bytes, maxPixels)
        .toColourspace('srgb')
        .raw()
        .toBuffer({ resolveWithObject: true });
    if (info.channels === 4) {
        throw new errors/* InputError */.d('GIF with transparency is not supported (Pillow keeps the palette colour of transparent pixels, libvips does not); convert it to PNG');
    }
    if (info.channels !== 3)
        throw new Error(`internal: sharp returned ${info.channels} channels for GIF`);
    return { width: info.width, height: info.height, data: bytesOf(data) };
}
function sharpReason(err, format, maxPixels) {
    const msg = (err instanceof Error ? err.message : String(err))
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
    const first = msg.join(' | ').slice(0, 300);
    if (/pixel limit/i.test(first)) {
        return `image exceeds the limit of ${maxPixels} pixels (decompression bomb guard)`;
    }
    if (/unsupported image format/i.test(first))
        return `${FORMAT_NAMES[format]} data that libvips cannot read`;
    return `corrupt or truncated ${FORMAT_NAMES[format]} data (${first || 'unknown decoder error'})`;
}
/**
 * Decode an image file (or its bytes) to HWC RGB uint8, identical to Pillow 9.4's `Image.open(f).convert('RGB')`.
 * Throws InputError naming the file for unreadable, empty, corrupt, truncated, unsupported or oversized images.
 */
async function decodeRgb(input, options = {}) {
    configureSharp();
    const maxPixels = options.maxPixels ?? defaults/* DEFAULT_MAX_PIXELS */.fR;
    const file = typeof input === 'string' ? input : input.file;
    // `file` may hold bytes of a non-UTF-8 name escaped as lone surrogates (images/list.ts): opened by its bytes,
    // named in messages with \xNN escapes
    const shown = (0,fs_names/* printableName */.Nt)(file);
    let bytes;
    if (typeof input === 'string') {
        // Synchronous on purpose: measured faster than fs.promises.readFile with 4 decodes in flight (it avoids 4
        // extra libuv thread-pool round trips per file that compete with sharp's own work); image files are small.
        // A regular file only (a symlink named x.png to /dev/zero would read forever), of at most maxImageFileBytes.
        bytes = (0,user_file/* readUserFileSync */.V)(input, maxImageFileBytes(maxPixels), `Cannot read image ${shown}`);
    }
    else {
        bytes = input.bytes;
    }
    if (bytes.length === 0)
        throw new errors/* InputError */.d(`Cannot decode image ${shown}: the file is empty (0 bytes)`, file);
    const format = sniff(bytes);
    if (!format)
        throw new errors/* InputError */.d(`Cannot decode image ${shown}: ${describeUnknown(bytes)}`, file);
    let img;
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
    }
    catch (err) {
        if (err instanceof errors/* InputError */.d)
            throw new errors/* InputError */.d(`Cannot decode image ${shown}: ${err.message}`, file);
        if (err instanceof Error && err.message.startsWith('internal:'))
            throw err;
        throw new errors/* InputError */.d(`Cannot decode image ${shown}: ${sharpReason(err, format, maxPixels)}`, file);
    }
    return { width: img.width, height: img.height, data: img.data, file };
}


/***/ }),

/***/ 12624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ sharpModule)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
// sharp (libvips) loaded on first use. A static `import sharp from 'sharp'` would be hoisted by the bundler to the top
// of dist/app/index.js, so every command (compare from statistics files, merge, --help) would pay for loading libvips,
// about 40 ms of a start-up of about 100, without decoding a single image. The require is made through the namespace
// of node:module, a call the bundler leaves as it is (it rewrites only a createRequire imported by name): resolved at
// run time from this module's own URL (in the bundle: a file of dist/app/, whose parent holds the vendored
// node_modules), exactly as the static import was.

let loaded;
/** The sharp module, loaded (once) on the first call. */
function sharpModule() {
    loaded ??= node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire(import.meta.url)('sharp');
    return loaded;
}


/***/ })

};
