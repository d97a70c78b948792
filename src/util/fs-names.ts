// File names that are not valid UTF-8, handled the way Python handles them (PEP 383, os.fsdecode): a name's bytes
// are decoded as UTF-8, and every byte that is not part of a well-formed UTF-8 sequence becomes the lone surrogate
// U+DC80..U+DCFF (U+DC00 + the byte). The string is lossless (fsEncode gives the bytes back), sorts like Python's
// str, and is what pytorch-fid's pathlib listing holds for such a name. Node's fs functions would turn a lone
// surrogate into U+FFFD, so a path holding one is passed to fs as its bytes (fsPath). For people, printableName
// writes each such byte as \xNN.

/** Length of the well-formed UTF-8 sequence starting at b[i] (Unicode Table 3-7), or 0 if there is none. */
function sequenceLength(b: Uint8Array, i: number): number {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k]! >= lo && b[i + k]! <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (c === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // not a UTF-16 surrogate
  if (c === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xf1 && c <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** A file name's bytes as Python's os.fsdecode gives them on a UTF-8 system (UTF-8 with surrogateescape). */
export function fsDecode(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let out = '';
  let start = 0; // start of the current well-formed run
  let i = 0;
  while (i < buf.length) {
    const n = sequenceLength(buf, i);
    if (n) {
      i += n;
      continue;
    }
    out += buf.toString('utf8', start, i) + String.fromCharCode(0xdc00 + buf[i]!);
    i++;
    start = i;
  }
  return out + buf.toString('utf8', start, buf.length);
}

const ESCAPED = /[\udc80-\udcff]/;
const ESCAPED_ALL = /[\udc80-\udcff]/g;

/** Whether `s` holds a byte escaped by fsDecode (a name that is not valid UTF-8). */
export function hasEscapedBytes(s: string): boolean {
  return ESCAPED.test(s);
}

/** The bytes of a string made by fsDecode (Python's os.fsencode). */
export function fsEncode(s: string): Buffer {
  if (!hasEscapedBytes(s)) return Buffer.from(s, 'utf8');
  const parts: Buffer[] = [];
  let start = 0;
  for (const m of s.matchAll(ESCAPED_ALL)) {
    parts.push(Buffer.from(s.slice(start, m.index), 'utf8'), Buffer.of(m[0].charCodeAt(0) - 0xdc00));
    start = m.index + 1;
  }
  parts.push(Buffer.from(s.slice(start), 'utf8'));
  return Buffer.concat(parts);
}

/** The path to give node:fs: the string itself, or its bytes when it holds an escaped byte. */
export function fsPath(s: string): string | Buffer {
  return hasEscapedBytes(s) ? fsEncode(s) : s;
}

/** `s` with each escaped byte written as \xNN (Python's backslashreplace of the name's bytes), for messages. */
export function printableName(s: string): string {
  return hasEscapedBytes(s)
    ? s.replace(ESCAPED_ALL, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16).padStart(2, '0')}`)
    : s;
}
