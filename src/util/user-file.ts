// Reading a file the user named: it must be a regular file (not a device such as /dev/zero, a FIFO or a socket,
// which would read forever or block), and no larger than a limit set by what the file is for. Opened with
// O_NONBLOCK so that a FIFO does not block the open itself.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { InputError } from './errors.js';
import { fsPath } from './fs-names.js';

/** Why a path cannot be read as a regular file of at most `maxBytes`, or undefined when it can. */
function refusal(
  st: { size: number; isFile(): boolean; isDirectory(): boolean },
  maxBytes: number,
): string | undefined {
  const size = st.size;
  if (st.isDirectory()) return 'it is a directory';
  if (!st.isFile()) return 'not a regular file (a device, FIFO, socket or folder)';
  if (size > maxBytes) return `${size} bytes, more than the ${maxBytes}-byte limit for this file`;
  return undefined;
}

function errnoReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT'
    ? 'no such file'
    : code === 'EISDIR'
      ? 'it is a directory'
      : code === 'EACCES'
        ? 'permission denied'
        : (code ?? (err as Error).message);
}

/**
 * The bytes of a regular file of at most `maxBytes` (a path holding bytes escaped by util/fs-names.ts fsDecode, i.e.
 * a name that is not UTF-8, is opened by its bytes). Throws InputError(`${label}: reason`) otherwise; `label`
 * names the file (e.g. "--weights x.pth").
 */
export async function readUserFile(path: string, maxBytes: number, label: string): Promise<Buffer> {
  let fh;
  try {
    fh = await open(fsPath(path), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new InputError(
      `${label}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      path,
    );
  }
  try {
    const st = await fh.stat();
    const why = refusal(st, maxBytes);
    if (why) throw new InputError(`${label}: ${why}`, path);
    // read what stat said, never more (a file growing meanwhile cannot take the read past the limit)
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const { bytesRead } = await fh.read(buf, off, st.size - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return off === st.size ? buf : buf.subarray(0, off);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(
      `${label}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      path,
    );
  } finally {
    await fh.close();
  }
}

/** readUserFile, synchronously. */
export function readUserFileSync(path: string, maxBytes: number, label: string): Buffer {
  let fd: number;
  try {
    fd = openSync(fsPath(path), constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    throw new InputError(`${label}: ${errnoReason(err)}`, path);
  }
  try {
    const st = fstatSync(fd);
    const why = refusal(st, maxBytes);
    if (why) throw new InputError(`${label}: ${why}`, path);
    const buf = Buffer.allocUnsafe(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return off === st.size ? buf : buf.subarray(0, off);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${label}: ${errnoReason(err)}`, path);
  } finally {
    closeSync(fd);
  }
}
