// Files written whole or not at all: a temp file in the same folder, fsync, rename over the target, fsync of the
// folder. Readers see the old file or the complete new one, never a torn write, and a failed write leaves no
// partial file behind. Used by the weights cache and by every output of the CLI.
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** A unique temp name next to `file` (same directory, so the final rename is atomic). */
export function tempNameFor(file: string): string {
  return `${file}.partial-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/**
 * Refuses a target that the final rename would wrongly replace: an existing device, FIFO or socket (e.g.
 * `--json /dev/null` run as root would replace /dev/null itself by a regular file). A symlink is replaced by the file
 * (its target is left alone); a regular file is replaced; over a folder the rename itself fails (EISDIR).
 */
export async function checkReplaceable(file: string): Promise<void> {
  const s = await lstat(file).catch(() => undefined);
  if (s && !s.isFile() && !s.isSymbolicLink() && !s.isDirectory()) {
    throw new Error(
      'it exists and is not a regular file (a device, FIFO or socket); outputs are written to a temporary file renamed over the path, which would replace it',
    );
  }
}

/**
 * Runs `write(tmp)` on a temp name next to `file`, then renames it to `file` (and fsyncs the folder). The temp file
 * is removed when `write` or the rename fails. For writers that take a path (sharp's toFile, the .npz writer).
 */
export async function writeViaTemp<T>(file: string, write: (tmp: string) => Promise<T>): Promise<T> {
  await checkReplaceable(file);
  const tmp = tempNameFor(file);
  let renamed = false;
  try {
    const result = await write(tmp);
    await rename(tmp, file);
    renamed = true;
    await fsyncDir(path.dirname(file));
    return result;
  } finally {
    if (!renamed) await unlink(tmp).catch(() => undefined);
  }
}

/**
 * Writes `data` to `file` atomically (see above), the data fsynced before the rename. Creates the parent directory.
 */
export async function writeFileAtomic(file: string, data: Uint8Array | string, mode = 0o644): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeViaTemp(file, async (tmp) => {
    const fh = await open(tmp, 'wx', mode);
    try {
      await fh.writeFile(data);
      await fh.sync();
    } finally {
      await fh.close();
    }
  });
}

/** fsync a directory so a rename in it is durable. Not possible on Windows; errors are ignored. */
export async function fsyncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    /* some file systems refuse fsync on directories */
  }
}
