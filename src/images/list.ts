/**
 * Listing the images of a folder the way pytorch-fid 0.3 does:
 *
 *     files = sorted([file for ext in IMAGE_EXTENSIONS for file in path.glob('*.{}'.format(ext))])
 *
 * Differences, on purpose:
 * - Extensions match in any letter case (x.PNG, y.Jpg). pytorch-fid's glob is case-sensitive on Linux and silently
 *   ignores such files; here they count.
 * - Only files (or symlinks to files) are returned; pytorch-fid would also return a directory named `x.png` and then
 *   crash opening it.
 * - `recursive: true` also walks subfolders (pytorch-fid has no such option). Symlinked folders are followed once
 *   (a folder reached twice, e.g. through a symlink loop, is skipped).
 *
 * Same as pytorch-fid: hidden files (.x.png) are included (pathlib's glob matches them), and the order is Python's
 * sorted() order of the paths: code point order (not UTF-16 order, not locale order), compared folder by folder
 * like pathlib (so everything inside `a/` sorts before `a-b/`).
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../util/errors.js';

/** pytorch-fid 0.3's IMAGE_EXTENSIONS, matched case-insensitively here. */
export const IMAGE_EXTENSIONS: readonly string[] = Object.freeze(['bmp', 'jpg', 'jpeg', 'pgm', 'png', 'ppm', 'tif', 'tiff', 'webp']);

const EXT_SET = new Set(IMAGE_EXTENSIONS);

export function isImageName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && EXT_SET.has(name.slice(dot + 1).toLowerCase());
}

/** Compare strings by Unicode code point, like Python's str ordering. */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (0xD800-0xDFFF) encode code points >= 0x10000: they must sort after 0xE000-0xFFFF.
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs !== ys) return xs ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

function compareParts(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareCodePoints(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

export interface ListOptions {
  /** Also list images in subfolders (at any depth). Default false, like pytorch-fid. */
  recursive?: boolean;
}

interface Walk {
  found: string[][]; // relative path parts
  visited: Set<string>;
}

async function readDir(dir: string): Promise<Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`Cannot read folder ${dir}: ${code === 'EACCES' ? 'permission denied' : (err as Error).message}`, dir);
  }
}

async function statOrUndefined(p: string): Promise<Stats | undefined> {
  try {
    return await stat(p);
  } catch {
    return undefined; // dangling symlink or vanished entry
  }
}

async function walk(root: string, parts: string[], recursive: boolean, state: Walk, limit: number): Promise<void> {
  const dir = parts.length ? join(root, ...parts) : root;
  let real: string;
  try {
    real = await realpath(dir);
  } catch {
    return;
  }
  if (state.visited.has(real)) return;
  state.visited.add(real);
  const entries = await readDir(dir);
  const subdirs: string[] = [];
  for (const e of entries) {
    if (state.found.length >= limit) return;
    let isFile = e.isFile();
    let isDir = e.isDirectory();
    if ((e.isSymbolicLink() || (!isFile && !isDir)) && (recursive || isImageName(e.name))) {
      // symlink, or a filesystem that does not report entry types (DT_UNKNOWN): stat it
      const s = await statOrUndefined(join(dir, e.name));
      isFile = !!s?.isFile();
      isDir = !!s?.isDirectory();
    }
    if (isFile && isImageName(e.name)) state.found.push([...parts, e.name]);
    else if (isDir && recursive) subdirs.push(e.name);
  }
  for (const name of subdirs) await walk(root, [...parts, name], recursive, state, limit);
}

/**
 * The image files of `folder` (paths joined onto `folder` as given), sorted like pytorch-fid.
 * Throws InputError when the folder is missing, is not a folder, or holds no images.
 */
export async function listImages(folder: string, opts: ListOptions = {}): Promise<string[]> {
  const recursive = opts.recursive ?? false;
  let s: Stats;
  try {
    s = await stat(folder);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`Image folder not found: ${folder}`, folder);
    throw new InputError(`Cannot access image folder ${folder}: ${(err as Error).message}`, folder);
  }
  if (!s.isDirectory()) throw new InputError(`Not a folder: ${folder} (expected a folder of images)`, folder);

  const state: Walk = { found: [], visited: new Set() };
  await walk(folder, [], recursive, state, Infinity);
  if (state.found.length === 0) {
    const exts = IMAGE_EXTENSIONS.map((e) => '.' + e).join(' ');
    let msg = `No images found in ${folder}: looked for files ending in ${exts} (any letter case)`;
    if (recursive) {
      msg += ' in the folder and all its subfolders.';
    } else {
      // Would --recursive help? Look for a single image below.
      const deep: Walk = { found: [], visited: new Set() };
      await walk(folder, [], true, deep, 1).catch(() => undefined); // an unreadable subfolder only loses the hint
      msg += deep.found.length
        ? ` directly in the folder. Its subfolders hold images (e.g. ${join(folder, ...deep.found[0]!)}): use --recursive to include them.`
        : ' in the folder; its subfolders (if any) hold none either.';
    }
    throw new InputError(msg, folder);
  }
  state.found.sort(compareParts);
  return state.found.map((p) => join(folder, ...p));
}
