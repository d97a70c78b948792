// Minimal ZIP reader/writer (PKWARE APPNOTE 6.3): enough for torch.save zip checkpoints, NumPy .npz files and
// NuGet packages. Reads stored and deflated members, ZIP64 sizes/offsets; writes stored or deflated members.
import { promisify } from 'node:util';
import { constants as zlibConstants, crc32, createGunzip, deflateRawSync, inflateRaw, inflateRawSync } from 'node:zlib';

const inflateRawAsync = promisify(inflateRaw);

export class ZipError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  method: number; // 0 = stored, 8 = deflate
  compressedSize: number;
  size: number;
  crc: number;
  /** Offset of the member's data (after its local header) in the archive. */
  dataOffset: number;
  /** Offset of the member's local header. */
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;

function u64(view: DataView, off: number, file: string): number {
  const v = view.getBigUint64(off, true);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipError(file, 'ZIP64 field too large');
  return Number(v);
}

/** True when the bytes start like a ZIP archive (local file header or empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5) &&
    (bytes[3] === 4 || bytes[3] === 6)
  );
}

/** Lists the members of a ZIP archive from its central directory. Never trusts a size beyond the buffer. */
export function readZipEntries(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = bytes.length;
  if (n < 22) throw new ZipError(file, 'not a ZIP archive (too short)');
  let eocd = -1;
  for (let i = n - 22; i >= Math.max(0, n - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError(file, 'not a ZIP archive or truncated (no end-of-central-directory record)');
  let count = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR_SIG) {
    const off64 = u64(view, eocd - 12, file);
    if (off64 + 56 > n || view.getUint32(off64, true) !== EOCD64_SIG)
      throw new ZipError(file, 'corrupt ZIP64 end record');
    count = u64(view, off64 + 32, file);
    cdSize = u64(view, off64 + 40, file);
    cdOffset = u64(view, off64 + 48, file);
  }
  if (cdOffset + cdSize > n) throw new ZipError(file, 'truncated (central directory lies beyond the end of the file)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const dec = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (p + 46 > n || view.getUint32(p, true) !== CDH_SIG)
      throw new ZipError(file, `corrupt central directory at entry ${k}`);
    const method = view.getUint16(p + 10, true);
    const crc = view.getUint32(p + 16, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    let localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > n) throw new ZipError(file, 'truncated central directory');
    const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extended information extra field (0x0001): present fields follow in a fixed order.
    let e = p + 46 + nameLen;
    const eEnd = e + extraLen;
    while (e + 4 <= eEnd) {
      const id = view.getUint16(e, true),
        len = view.getUint16(e + 2, true);
      if (id === 0x0001) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = u64(view, q, file);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(view, q, file);
          q += 8;
        }
        if (localOffset === 0xffffffff) {
          localOffset = u64(view, q, file);
          q += 8;
        }
      }
      e += 4 + len;
    }
    if (localOffset + 30 > n || view.getUint32(localOffset, true) !== LFH_SIG)
      throw new ZipError(file, `corrupt local header for ${name}`);
    const dataOffset =
      localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > n)
      throw new ZipError(file, `truncated: member ${name} extends beyond the end of the file`);
    entries.push({ name, method, compressedSize, size, crc, dataOffset, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  // Central-directory entries that point into the same bytes (one member listed many times, or overlapping
  // ranges) would each be inflated: a zip bomb of aliases. No writer produces them; refused.
  const ranges = entries
    .map((e) => ({ name: e.name, start: e.localOffset, end: e.dataOffset + e.compressedSize }))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i]!.start < ranges[i - 1]!.end) {
      throw new ZipError(
        file,
        `members ${ranges[i - 1]!.name} and ${ranges[i]!.name} overlap (the same data listed twice): refused`,
      );
    }
  }
  return entries;
}

/** The member's uncompressed bytes, CRC-checked. `maxSize` bounds what a corrupt header can make us allocate. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, file: string, maxSize = 4 * 1024 ** 3): Uint8Array {
  const raw = entryData(bytes, entry, file, maxSize);
  if (entry.method === 0) return checkedEntry(raw, entry, file);
  let out: Uint8Array;
  try {
    out = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
  } catch (err) {
    throw corruptDeflate(entry, file, err);
  }
  return checkedEntry(out, entry, file);
}

/**
 * readZipEntry with the inflation on libuv's thread pool: members (of one archive or of several) inflated this way
 * run in parallel, and the main thread stays free meanwhile. A deflated member is inflated as a gzip stream built
 * around its raw deflate data (a 10-byte header before it, the member's CRC-32 and size after it), so that zlib checks
 * the CRC-32 on the thread pool as it inflates, instead of a second pass over the output on the main thread (ZIP and
 * gzip use the same CRC-32).
 */
export async function readZipEntryAsync(
  bytes: Uint8Array,
  entry: ZipEntry,
  file: string,
  maxSize = 4 * 1024 ** 3,
): Promise<Uint8Array> {
  const raw = entryData(bytes, entry, file, maxSize);
  if (entry.method === 0) return checkedEntry(raw, entry, file);
  // one output chunk for the whole member (up to 256 MiB): the default 16 KiB chunks cost a callback each. One byte
  // more than the member, or zlib, seeing its output chunk full, allocates a second one that stays unused
  const chunkSize = Math.min(Math.max(entry.size + 1, 64), 1 << 28);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const gunzip = createGunzip({ chunkSize });
      gunzip.on('data', (c: Buffer) => {
        total += c.length;
        if (total > entry.size)
          gunzip.destroy(new Error(`inflates to more than the ${entry.size} bytes its header gives`));
        else chunks.push(c);
      });
      gunzip.on('end', resolve);
      gunzip.on('error', reject);
      gunzip.write(GZIP_HEADER);
      gunzip.write(raw);
      const trailer = Buffer.alloc(8);
      trailer.writeUInt32LE(entry.crc >>> 0, 0);
      trailer.writeUInt32LE(entry.size % 2 ** 32, 4);
      gunzip.end(trailer);
    });
  } catch {
    // the member is not what its header says, or its deflate stream does not end where its data does (zlib then
    // reads the leftover bytes as the gzip trailer, and the output of the failing write is never delivered): the raw
    // inflate decides, exactly as readZipEntry does (trailing bytes ignored, then the size and the CRC-32 checked)
    return rawInflatedEntry(raw, entry, file, chunkSize);
  }
  // zlib checked the CRC-32 (and the size modulo 2³²)
  return sizeChecked(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total), entry, file);
}

/** readZipEntry's inflation of a deflated member, on the thread pool: the slow path of readZipEntryAsync. */
async function rawInflatedEntry(
  raw: Uint8Array,
  entry: ZipEntry,
  file: string,
  chunkSize: number,
): Promise<Uint8Array> {
  let out: Uint8Array;
  try {
    out = await inflateRawAsync(raw, { maxOutputLength: Math.max(1, entry.size), chunkSize });
  } catch (err) {
    throw corruptDeflate(entry, file, err);
  }
  return checkedEntry(out, entry, file);
}

/** A gzip member header (RFC 1952): deflate, no flags, no time, OS unknown. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);

/** The member's stored bytes, after the checks that come before inflating: its size bound and its method. */
function entryData(bytes: Uint8Array, entry: ZipEntry, file: string, maxSize: number): Uint8Array {
  if (entry.size > maxSize) throw new ZipError(file, `member ${entry.name} is larger than the ${maxSize}-byte limit`);
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw new ZipError(file, `member ${entry.name}: stored sizes disagree`);
  } else if (entry.method !== 8) {
    throw new ZipError(file, `member ${entry.name}: unsupported compression method ${entry.method}`);
  }
  return raw;
}

function corruptDeflate(entry: ZipEntry, file: string, err: unknown): ZipError {
  return new ZipError(file, `member ${entry.name}: corrupt deflate data (${(err as Error).message})`);
}

/** The member's bytes once they are out, of the size its header gives. */
function sizeChecked(out: Uint8Array, entry: ZipEntry, file: string): Uint8Array {
  if (out.length !== entry.size)
    throw new ZipError(file, `member ${entry.name}: inflated to ${out.length} bytes, header says ${entry.size}`);
  return out;
}

/** The member's bytes once they are out: the size its header gives, and its CRC-32. */
function checkedEntry(out: Uint8Array, entry: ZipEntry, file: string): Uint8Array {
  if (crc32(sizeChecked(out, entry, file)) >>> 0 !== entry.crc)
    throw new ZipError(file, `member ${entry.name}: CRC mismatch (corrupt file)`);
  return out;
}

/**
 * The first `n` bytes of a member (fewer when it is shorter), without inflating the rest: the compressed data is
 * fed in growing prefixes, so at most about 1032 × (twice what was needed) bytes are inflated. Not CRC-checked.
 */
export function readZipEntryPrefix(bytes: Uint8Array, entry: ZipEntry, file: string, n: number): Uint8Array {
  const want = Math.min(n, entry.size);
  const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) return raw.subarray(0, want);
  if (entry.method !== 8)
    throw new ZipError(file, `member ${entry.name}: unsupported compression method ${entry.method}`);
  for (let c = 256; ; c *= 2) {
    const part = raw.subarray(0, Math.min(c, raw.length));
    let out: Uint8Array;
    try {
      out = inflateRawSync(part, {
        finishFlush: zlibConstants.Z_SYNC_FLUSH,
        maxOutputLength: Math.max(1, 1040 * part.length + 1024),
      });
    } catch (err) {
      throw new ZipError(file, `member ${entry.name}: corrupt deflate data (${(err as Error).message})`);
    }
    if (out.length >= want || part.length === raw.length) return out.subarray(0, want);
  }
}

export interface ZipInput {
  name: string;
  data: Uint8Array;
}

/** Boundary on which a stored member's data starts (ZIP_ALIGN_EXTRA_ID pads its local header). */
export const ZIP_STORED_ALIGNMENT = 64;
/** The extra field that pads a local header, as Android's zipalign writes it: the alignment (uint16), then zeros. */
const ZIP_ALIGN_EXTRA_ID = 0xd935;

/**
 * Writes a ZIP archive (ZIP64 when needed). `compress` deflates members, as np.savez_compressed does. A stored
 * member's data starts on a ZIP_STORED_ALIGNMENT boundary of the file, so that its .npy array (numpy pads the .npy
 * header to a multiple of 64 bytes) is aligned for its dtype and a reader can use it in place instead of copying it
 * out (readNpz does); other ZIP readers skip the padding field.
 */
export function writeZip(members: ZipInput[], compress = false): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const enc = new TextEncoder();
  for (const m of members) {
    const name = enc.encode(m.name);
    const crc = crc32(m.data) >>> 0;
    const body = compress ? deflateRawSync(m.data) : Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength);
    const method = compress ? 8 : 0;
    const big = body.length >= 0xffffffff || m.data.length >= 0xffffffff || offset >= 0xffffffff;
    const zip64Local = big ? 20 : 0;
    const unpadded = 30 + name.length + zip64Local;
    const pad = compress
      ? 0
      : 6 + ((ZIP_STORED_ALIGNMENT - ((offset + unpadded + 6) % ZIP_STORED_ALIGNMENT)) % ZIP_STORED_ALIGNMENT);
    const lfh = Buffer.alloc(unpadded + pad);
    lfh.writeUInt32LE(LFH_SIG, 0);
    lfh.writeUInt16LE(big ? 45 : 20, 4);
    lfh.writeUInt16LE(0x0800, 6); // UTF-8 names
    lfh.writeUInt16LE(method, 8);
    lfh.writeUInt32LE(0, 10); // time/date: fixed, so archives are reproducible
    lfh.writeUInt32LE(crc, 14);
    lfh.writeUInt32LE(big ? 0xffffffff : body.length, 18);
    lfh.writeUInt32LE(big ? 0xffffffff : m.data.length, 22);
    lfh.writeUInt16LE(name.length, 26);
    lfh.writeUInt16LE(zip64Local + pad, 28);
    lfh.set(name, 30);
    if (pad) {
      lfh.writeUInt16LE(ZIP_ALIGN_EXTRA_ID, unpadded);
      lfh.writeUInt16LE(pad - 4, unpadded + 2);
      lfh.writeUInt16LE(ZIP_STORED_ALIGNMENT, unpadded + 4); // the rest stays zero
    }
    if (big) {
      lfh.writeUInt16LE(1, 30 + name.length);
      lfh.writeUInt16LE(16, 32 + name.length);
      lfh.writeBigUInt64LE(BigInt(m.data.length), 34 + name.length);
      lfh.writeBigUInt64LE(BigInt(body.length), 42 + name.length);
    }
    const zip64Central = big ? 28 : 0;
    const cdh = Buffer.alloc(46 + name.length + zip64Central);
    cdh.writeUInt32LE(CDH_SIG, 0);
    cdh.writeUInt16LE(big ? 45 : 20, 4);
    cdh.writeUInt16LE(big ? 45 : 20, 6);
    cdh.writeUInt16LE(0x0800, 8);
    cdh.writeUInt16LE(method, 10);
    cdh.writeUInt32LE(0, 12);
    cdh.writeUInt32LE(crc, 16);
    cdh.writeUInt32LE(big ? 0xffffffff : body.length, 20);
    cdh.writeUInt32LE(big ? 0xffffffff : m.data.length, 24);
    cdh.writeUInt16LE(name.length, 28);
    cdh.writeUInt16LE(zip64Central, 30);
    cdh.writeUInt32LE(big ? 0xffffffff : offset, 42);
    cdh.set(name, 46);
    if (big) {
      const q = 46 + name.length;
      cdh.writeUInt16LE(1, q);
      cdh.writeUInt16LE(24, q + 2);
      cdh.writeBigUInt64LE(BigInt(m.data.length), q + 4);
      cdh.writeBigUInt64LE(BigInt(body.length), q + 12);
      cdh.writeBigUInt64LE(BigInt(offset), q + 20);
    }
    parts.push(lfh, body);
    central.push(cdh);
    offset += lfh.length + body.length;
  }
  const cdOffset = offset;
  const cdSize = central.reduce((s, b) => s + b.length, 0);
  const tail: Buffer[] = [];
  const needZip64 = cdOffset >= 0xffffffff || members.length >= 0xffff;
  if (needZip64) {
    const e64 = Buffer.alloc(56);
    e64.writeUInt32LE(EOCD64_SIG, 0);
    e64.writeBigUInt64LE(44n, 4);
    e64.writeUInt16LE(45, 12);
    e64.writeUInt16LE(45, 14);
    e64.writeBigUInt64LE(BigInt(members.length), 24);
    e64.writeBigUInt64LE(BigInt(members.length), 32);
    e64.writeBigUInt64LE(BigInt(cdSize), 40);
    e64.writeBigUInt64LE(BigInt(cdOffset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(EOCD64_LOCATOR_SIG, 0);
    loc.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(e64, loc);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(EOCD_SIG, 0);
  eocd.writeUInt16LE(Math.min(members.length, 0xffff), 8);
  eocd.writeUInt16LE(Math.min(members.length, 0xffff), 10);
  eocd.writeUInt32LE(Math.min(cdSize, 0xffffffff), 12);
  eocd.writeUInt32LE(needZip64 ? 0xffffffff : cdOffset, 16);
  return Buffer.concat([...parts, ...central, ...tail, eocd]);
}
