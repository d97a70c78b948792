// Output paths of the CLI (stats -o, --json, --grid, --pairs-grid, sample -o): checked before any work starts, so
// a typo costs seconds, not an hour of feature extraction; written through a temp file and a rename
// (src/util/atomic-write.ts), so an interrupted or failed write never leaves a torn file.
import { accessSync, constants, lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../util/errors.js';

function stat(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

/** The first existing ancestor of `dir` (itself included); undefined only for a path below a file. */
function existingAncestor(dir: string): string {
  let d = dir;
  while (!stat(d) && path.dirname(d) !== d) d = path.dirname(d);
  return d;
}

/** A folder we may create files in, or why not. */
function folderProblem(dir: string): string | undefined {
  const s = stat(dir);
  if (!s) return `the folder ${dir} does not exist`;
  if (!s.isDirectory()) return `${dir} is not a folder`;
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch {
    return `the folder ${dir} is not writable`;
  }
  return undefined;
}

/**
 * An output file `file` given as option `name` (e.g. "--json"): refused when it is a folder, when its folder does
 * not exist, or when that folder is not writable. With `createParents`, a missing folder is fine as long as the
 * nearest existing ancestor is a writable folder (the writer creates the rest).
 */
export function checkOutputFile(file: string, name: string, o: { createParents?: boolean } = {}): void {
  const abs = path.resolve(file);
  if (stat(abs)?.isDirectory()) throw new InputError(`${name} ${file}: is a folder; expected a file path`, file);
  // the output is written to a temporary file renamed over the path: a device or FIFO there (e.g. /dev/null) would be
  // replaced by a regular file; a symlink is replaced by the file (its target is left alone)
  const own = (() => {
    try {
      return lstatSync(abs);
    } catch {
      return undefined;
    }
  })();
  if (own && !own.isFile() && !own.isSymbolicLink()) {
    throw new InputError(
      `${name} ${file}: exists and is not a regular file (a device, FIFO or socket); give a file path (fid-gate writes a temporary file and renames it over the path, which would replace it)`,
      file,
    );
  }
  const dir = path.dirname(abs);
  const problem = o.createParents && !stat(dir) ? folderProblem(existingAncestor(dir)) : folderProblem(dir);
  if (problem) throw new InputError(`${name} ${file}: cannot write there: ${problem}`, file);
}

/** An output folder (sample -o DIR): an existing folder must be writable; a new one needs a writable ancestor. */
export function checkOutputFolder(dir: string, name: string): void {
  const abs = path.resolve(dir);
  const s = stat(abs);
  if (s && !s.isDirectory()) throw new InputError(`${name} ${dir}: exists and is not a folder`, dir);
  const problem = folderProblem(s ? abs : existingAncestor(abs));
  if (problem) throw new InputError(`${name} ${dir}: cannot write there: ${problem}`, dir);
}

/** An error of a write that failed anyway (disk full, folder removed meanwhile), naming the option and the path. */
export function writeFailure(name: string, file: string, err: unknown): InputError {
  return new InputError(
    `${name} ${file}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    file,
  );
}
