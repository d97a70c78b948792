// Where fid-gate keeps downloaded weights and native add-ons, and how cache entries are written (atomically).
import { readdir, stat, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';

/**
 * The cache directory:
 *  1. `$FID_GATE_CACHE` (resolved against the working directory) when set;
 *  2. inside GitHub Actions (`GITHUB_ACTIONS=true` and `RUNNER_TOOL_CACHE` set): `<RUNNER_TOOL_CACHE>/fid-gate`;
 *  3. `$XDG_CACHE_HOME/fid-gate` when XDG_CACHE_HOME is an absolute path (any platform but Windows, as torch.hub does);
 *  4. Windows: `%LOCALAPPDATA%\fid-gate`; macOS: `~/Library/Caches/fid-gate`; elsewhere `~/.cache/fid-gate`.
 * `platform` and `home` exist for tests.
 */
export function defaultCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const set = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';
  if (set(env.FID_GATE_CACHE)) return p.resolve(env.FID_GATE_CACHE);
  if (env.GITHUB_ACTIONS === 'true' && set(env.RUNNER_TOOL_CACHE)) return p.join(env.RUNNER_TOOL_CACHE, 'fid-gate');
  if (platform === 'win32') {
    const local = set(env.LOCALAPPDATA) ? env.LOCALAPPDATA : p.join(home, 'AppData', 'Local');
    return p.join(local, 'fid-gate');
  }
  // The XDG spec says relative values are invalid and must be ignored.
  if (set(env.XDG_CACHE_HOME) && p.isAbsolute(env.XDG_CACHE_HOME)) return p.join(env.XDG_CACHE_HOME, 'fid-gate');
  if (platform === 'darwin') return p.join(home, 'Library', 'Caches', 'fid-gate');
  return p.join(home, '.cache', 'fid-gate');
}

// The atomic writes live in src/util/atomic-write.ts; re-exported for the callers of this module.
export { fsyncDir, tempNameFor, writeFileAtomic } from '../util/atomic-write.js';

/**
 * Removes `*.partial-*` files left in `dir` by killed processes, when older than `maxAgeMs` (default one day, so a
 * download running in a concurrent process is never touched). Best effort.
 */
export async function removeStalePartials(dir: string, maxAgeMs = 24 * 3600 * 1000): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  const now = Date.now();
  for (const n of names) {
    if (!/\.partial-\d+-[0-9a-f]+$/.test(n)) continue;
    const f = path.join(dir, n);
    try {
      const s = await stat(f);
      if (s.isFile() && now - s.mtimeMs > maxAgeMs) {
        await unlink(f);
        removed.push(f);
      }
    } catch {
      /* raced with another process */
    }
  }
  return removed;
}

/**
 * A Writable that writes to `fh` and fsyncs it on end, leaving the handle open for the caller to close (unlike
 * `fh.createWriteStream({ autoClose: false })`, after which `fh.close()` never resolves on Node 20).
 */
export function fileHandleSink(fh: FileHandle): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, cb) {
      (async () => {
        let off = 0;
        while (off < chunk.length) off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
      })().then(() => cb(), cb);
    },
    final(cb) {
      fh.sync().then(() => cb(), cb);
    },
  });
}
