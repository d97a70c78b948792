// NumPy .npy (format versions 1.0-3.0, numpy/lib/format.py) and .npz (a ZIP of .npy members, as np.savez and
// np.savez_compressed write them). Only plain numeric dtypes and fixed-width unicode strings ('<U'); big-endian
// numbers ('>f8') are byte-swapped and Fortran-ordered numeric arrays reordered to C order on reading, as np.load
// gives them; object arrays (pickles), float16 and complex are refused. Sizes are checked against the buffer before
// anything is allocated.
import {
  looksLikeZip,
  readZipEntries,
  readZipEntry,
  readZipEntryAsync,
  readZipEntryPrefix,
  writeZip,
  type ZipEntry,
} from './zip.js';
import { readUserFile } from './user-file.js';
import { InputError } from './errors.js';

export type NpyData = Float32Array | Float64Array | Int32Array | BigInt64Array | Uint8Array | string[];

export interface NpyArray {
  dtype: string; // numpy descr, e.g. '<f4'
  shape: number[];
  data: NpyData;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

const CTORS: Record<
  string,
  { ctor: new (b: ArrayBuffer, o: number, n: number) => Exclude<NpyData, string[]>; size: number }
> = {
  '<f4': { ctor: Float32Array, size: 4 },
  '<f8': { ctor: Float64Array, size: 8 },
  '<i4': { ctor: Int32Array, size: 4 },
  '<i8': { ctor: BigInt64Array, size: 8 },
  '|u1': { ctor: Uint8Array, size: 1 },
};

function parseHeader(text: string, file: string): { descr: string; fortran: boolean; shape: number[] } {
  // The header is a Python dict literal; parse the three keys numpy writes without eval.
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw new InputError(`${file}: malformed .npy header`, file);
  }
  const shape = shapeText
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => {
      if (!/^\d+$/.test(s)) throw new InputError(`${file}: malformed shape in .npy header`, file);
      // found by fuzzing: a dimension of 400 digits became Infinity, and (0, Infinity) a NaN element count
      const n = Number(s);
      if (!Number.isSafeInteger(n))
        throw new InputError(
          `${file}: shape dimension ${s.slice(0, 20)}${s.length > 20 ? '...' : ''} is too large`,
          file,
        );
      return n;
    });
  return { descr, fortran: fortran === 'True', shape };
}

interface NpyLayout {
  header: { descr: string; fortran: boolean; shape: number[] };
  /** Where the data starts. */
  offset: number;
  count: number;
  /** Bytes of data the header's dtype and shape need. */
  nbytes: number;
}

/** The header of a .npy buffer (which may hold only the header): dtype, shape, and the bytes its data needs. */
function npyLayout(bytes: Uint8Array, file: string): NpyLayout {
  if (bytes.length < 10 || !MAGIC.every((b, i) => bytes[i] === b))
    throw new InputError(`${file}: not a .npy array (bad magic)`, file);
  const major = bytes[6];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let headerLen: number, start: number;
  if (major === 1) {
    headerLen = view.getUint16(8, true);
    start = 10;
  } else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw new InputError(`${file}: truncated .npy header`, file);
    headerLen = view.getUint32(8, true);
    start = 12;
  } else throw new InputError(`${file}: unsupported .npy version ${major}`, file);
  if (start + headerLen > bytes.length) throw new InputError(`${file}: truncated .npy header`, file);
  const header = parseHeader(
    new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(start, start + headerLen)),
    file,
  );
  const offset = start + headerLen;
  const count = header.shape.reduce((a, b) => a * b, 1);
  const uni = /^[<|]U(\d+)$/.exec(header.descr);
  if (header.fortran && header.shape.length > 1 && uni)
    throw new InputError(`${file}: Fortran-ordered unicode arrays are not supported`, file);
  let nbytes: number;
  if (uni) {
    const width = Number(uni[1]);
    // '<U0' would let a header claim 2**40 empty strings in 0 bytes of data (an endless loop): refused (numpy itself
    // never writes U0 arrays with elements)
    if (width === 0 && count > 0) throw new InputError(`${file}: unsupported dtype ${header.descr}`, file);
    nbytes = count * width * 4;
  } else {
    const t = numericType(header.descr);
    if (!t)
      throw new InputError(
        `${file}: unsupported dtype ${header.descr} (expected float32, float64, int32, int64, uint8 or unicode)`,
        file,
      );
    nbytes = count * t.size;
  }
  return { header, offset, count, nbytes };
}

/** The typed array for a numeric descr: little-endian as is, big-endian ('>f8') to be byte-swapped. */
function numericType(descr: string): ((typeof CTORS)[string] & { swap: boolean }) | undefined {
  const t = CTORS[descr];
  if (t) return { ...t, swap: false };
  const le = descr.startsWith('>') ? CTORS[`<${descr.slice(1)}`] : undefined;
  return le ? { ...le, swap: true } : undefined;
}

/** Reorders a Fortran-ordered (column-major) array of `shape` to C (row-major) order, in a new array. */
function toRowMajor<T extends Exclude<NpyData, string[]>>(a: T, shape: readonly number[]): T {
  const out = new (a.constructor as new (n: number) => T)(a.length);
  const k = shape.length;
  const idx = new Array<number>(k).fill(0);
  const fstride = shape.map((_, j) => shape.slice(0, j).reduce((x, y) => x * y, 1));
  for (let c = 0; c < a.length; c++) {
    let f = 0;
    for (let j = 0; j < k; j++) f += idx[j]! * fstride[j]!;
    (out as unknown as number[])[c] = (a as unknown as number[])[f]!;
    for (let j = k - 1; j >= 0; j--) {
      // next index in C order: the last axis runs fastest
      if (++idx[j]! < shape[j]!) break;
      idx[j] = 0;
    }
  }
  return out;
}

/** Arrays of at least this many bytes are viewed in place when aligned (smaller ones may sit in Node's shared pool). */
const ZERO_COPY_MIN_BYTES = 1 << 20;

/** Parses one .npy buffer. A large aligned little-endian array shares `bytes`' memory. */
export function parseNpy(bytes: Uint8Array, file: string): NpyArray {
  const { header, offset, count } = npyLayout(bytes, file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const uni = /^[<|]U(\d+)$/.exec(header.descr);
  if (uni) {
    const width = Number(uni[1]);
    if (offset + count * width * 4 > bytes.length) throw new InputError(`${file}: truncated .npy data`, file);
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      // built piecewise, not String.fromCodePoint(...cps): a wide string would overflow the argument list
      let str = '';
      for (let j = 0; j < width; j++) {
        const cp = view.getUint32(offset + (i * width + j) * 4, true);
        if (cp === 0) break;
        // found by fuzzing: a code point above U+10FFFF made String.fromCodePoint throw a RangeError
        if (cp > 0x10ffff) throw new InputError(`${file}: invalid code point ${cp} in unicode data`, file);
        str += String.fromCodePoint(cp);
      }
      out.push(str);
    }
    return { dtype: header.descr, shape: header.shape, data: out };
  }
  const t = numericType(header.descr)!;
  const nbytes = count * t.size;
  if (offset + nbytes > bytes.length)
    throw new InputError(`${file}: truncated .npy data (${bytes.length - offset} of ${nbytes} bytes)`, file);
  let data: InstanceType<typeof t.ctor>;
  if (!t.swap && nbytes >= ZERO_COPY_MIN_BYTES && (bytes.byteOffset + offset) % t.size === 0) {
    // a large array already aligned in its (never pooled) buffer is used in place: no copy of a sigma or features
    data = new t.ctor(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, count);
  } else {
    // copy into a fresh, aligned buffer
    const buf = new ArrayBuffer(nbytes);
    const raw = new Uint8Array(buf);
    raw.set(bytes.subarray(offset, offset + nbytes));
    if (t.swap) for (let i = 0; i < nbytes; i += t.size) raw.subarray(i, i + t.size).reverse();
    data = new t.ctor(buf, 0, count);
  }
  // reported as the little-endian, C-ordered array it now is
  const dtype = t.swap ? `<${header.descr.slice(1)}` : header.descr;
  return {
    dtype,
    shape: header.shape,
    data: header.fortran && header.shape.length > 1 ? toRowMajor(data, header.shape) : data,
  };
}

/** Serializes an array as .npy version 1.0 (3.0 when a string needs UTF-8 — not needed: we write '<U' as UTF-32). */
export function formatNpy(data: Exclude<NpyData, string[]> | string[], shape: number[]): Uint8Array {
  let descr: string;
  let body: Uint8Array;
  if (Array.isArray(data)) {
    const width = Math.max(1, ...data.map((s) => [...s].length));
    descr = `<U${width}`;
    const b = new Uint8Array(data.length * width * 4);
    const dv = new DataView(b.buffer);
    data.forEach((s, i) => {
      [...s].forEach((ch, j) => dv.setUint32((i * width + j) * 4, ch.codePointAt(0)!, true));
    });
    body = b;
  } else {
    descr =
      data instanceof Float32Array
        ? '<f4'
        : data instanceof Float64Array
          ? '<f8'
          : data instanceof Int32Array
            ? '<i4'
            : data instanceof BigInt64Array
              ? '<i8'
              : '|u1';
    body = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`;
  const total = 10 + header.length + 1;
  header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
  const out = new Uint8Array(10 + header.length + body.length);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  new DataView(out.buffer).setUint16(8, header.length, true);
  out.set(new TextEncoder().encode(header), 10);
  out.set(body, 10 + header.length);
  return out;
}

/** The most an .npz's arrays may inflate to, in all (their declared shapes' bytes, headers included). */
export const NPZ_MAX_INFLATED_BYTES = 8 * 1024 ** 3;
/** The largest .npy header read from an .npz member before its data (numpy's own max_header_size is 10000). */
const NPY_MAX_HEADER_BYTES = 1 << 20;

/** Reads an .npz (or a single .npy, returned under the key 'arr_0'). */
export async function readNpz(path: string): Promise<Map<string, NpyArray>> {
  // a regular file of at most the inflated cap (a stored .npz is as large as its arrays); not /dev/zero, not a FIFO
  const bytes = await readUserFile(path, NPZ_MAX_INFLATED_BYTES + (64 << 20), path);
  if (bytes[0] === 0x93) return new Map([['arr_0', parseNpy(bytes, path)]]);
  // members inflate on the thread pool, in parallel with each other and with whatever else the process does
  const members = npzMembers(bytes, path);
  const settled = await Promise.allSettled(
    members.map((e) => readZipEntryAsync(bytes, e, path, NPZ_MAX_INFLATED_BYTES)),
  );
  const out = new Map<string, NpyArray>();
  members.forEach((e, i) => {
    const r = settled[i]!;
    // the first bad member in archive order is the one named, whichever finished first
    if (r.status === 'rejected') npzError(r.reason, path);
    out.set(e.name.slice(0, -4), parseNpy(r.value, `${path}[${e.name}]`));
  });
  return out;
}

/** Parses an .npz (or a single .npy, returned under the key 'arr_0') held in memory. */
export function parseNpz(bytes: Uint8Array, file: string): Map<string, NpyArray> {
  if (bytes[0] === 0x93) return new Map([['arr_0', parseNpy(bytes, file)]]);
  const out = new Map<string, NpyArray>();
  for (const e of npzMembers(bytes, file)) {
    let data: Uint8Array;
    try {
      data = readZipEntry(bytes, e, file, NPZ_MAX_INFLATED_BYTES);
    } catch (err) {
      npzError(err, file);
    }
    out.set(e.name.slice(0, -4), parseNpy(data, `${file}[${e.name}]`));
  }
  return out;
}

function npzError(err: unknown, file: string): never {
  throw err instanceof InputError ? err : new InputError((err as Error).message, file);
}

/**
 * The .npy members of an .npz archive, once each member's header (inflated alone) and the bytes its shape needs have
 * been checked, before inflating anything: a member declaring more than its shape needs, or members needing more than
 * NPZ_MAX_INFLATED_BYTES in all, are refused.
 */
function npzMembers(bytes: Uint8Array, file: string): ZipEntry[] {
  if (!looksLikeZip(bytes)) throw new InputError(`${file}: not an .npz or .npy file`, file);
  let entries;
  try {
    entries = readZipEntries(bytes, file);
  } catch (err) {
    npzError(err, file);
  }
  const members = entries.filter((e) => e.name.endsWith('.npy'));
  let total = 0;
  for (const e of members) {
    const label = `${file}[${e.name}]`;
    let head: Uint8Array;
    try {
      head = readZipEntryPrefix(bytes, e, file, 12);
      const v = head.length >= 10 ? head[6] : 0;
      const headerEnd =
        v === 1 && head.length >= 10
          ? 10 + (head[8]! | (head[9]! << 8))
          : (v === 2 || v === 3) && head.length >= 12
            ? 12 + new DataView(head.buffer, head.byteOffset, 12).getUint32(8, true)
            : head.length;
      if (headerEnd > NPY_MAX_HEADER_BYTES)
        throw new InputError(
          `${label}: .npy header of ${headerEnd} bytes (more than ${NPY_MAX_HEADER_BYTES}): refused`,
          file,
        );
      head = readZipEntryPrefix(bytes, e, file, headerEnd);
    } catch (err) {
      npzError(err, file);
    }
    const layout = npyLayout(head, label);
    const need = layout.offset + layout.nbytes;
    if (e.size > need) {
      throw new InputError(
        `${label}: the member inflates to ${e.size} bytes but its array (${layout.header.descr} (${layout.header.shape.join(',')})) needs ${need}: refused`,
        file,
      );
    }
    total += e.size;
    if (total > NPZ_MAX_INFLATED_BYTES) {
      throw new InputError(
        `${file}: its arrays would inflate to more than ${NPZ_MAX_INFLATED_BYTES} bytes in all: refused`,
        file,
      );
    }
  }
  return members;
}

export function formatNpz(
  arrays: Record<string, { data: Exclude<NpyData, string[]> | string[]; shape: number[] }>,
  compress = false,
): Uint8Array {
  return writeZip(
    Object.entries(arrays).map(([k, a]) => ({ name: `${k}.npy`, data: formatNpy(a.data, a.shape) })),
    compress,
  );
}
