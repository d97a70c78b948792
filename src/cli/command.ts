// What every command of the CLI is made of, and the output helpers they share. Light: the modules of a command
// that load onnxruntime, sharp or the @actions packages are imported inside its run (tests/unit/cli-imports.test.ts).
import type { ParseArgsConfig } from 'node:util';
import { cliSource, type OptionSource, type RawValue } from '../options/source.js';
import { checkOutputFile, writeFailure } from '../options/outputs.js';
import { existsSync } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { checkReplaceable, fsyncDir, writeFileAtomic, writeViaTemp } from '../util/atomic-write.js';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

export type Values = Record<string, RawValue>;

export interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (values: Values, positionals: string[], io: CliIO) => Promise<number>;
}

/** The command's flags as an OptionSource; -n is the short name of --num-samples in messages. */
export function flags(values: Values): OptionSource {
  return cliSource(values, { 'num-samples': '-n' });
}

/** An output file option (--json FILE, --grid FILE…), checked before any work; undefined when unset. */
export function outputOption(values: Values, key: string, name = `--${key}`): string | undefined {
  const file = values[key];
  if (typeof file !== 'string') return undefined;
  checkOutputFile(file, name);
  return file;
}

/** Writes `data` to an output file through a temp file and a rename; a failure names the option and the path. */
export async function writeOutput(name: string, file: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, data);
  } catch (err) {
    throw writeFailure(name, file, err);
  }
}

/** Runs a path-taking writer (sharp, the .npz writer) on a temp file, then renames it to `file`. */
export async function writeOutputVia<T>(name: string, file: string, write: (tmp: string) => Promise<T>): Promise<T> {
  try {
    return await writeViaTemp(file, write);
  } catch (err) {
    throw writeFailure(name, file, err);
  }
}

/**
 * Runs `work`, which may write the output `file` (option `name`) to `tmp`; moves what it wrote into place afterwards
 * and removes the temp file when `work` fails. For outputs written deep inside another module (the pairs grid).
 */
export async function withTempOutput<T>(
  name: string,
  file: string | undefined,
  tmp: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  try {
    const result = await work();
    if (file && tmp && existsSync(tmp)) {
      try {
        await checkReplaceable(file);
        await rename(tmp, file);
        await fsyncDir(path.dirname(file));
      } catch (err) {
        throw writeFailure(name, file, err);
      }
    }
    return result;
  } finally {
    if (tmp) await unlink(tmp).catch(() => undefined);
  }
}

/**
 * The last step of a command that may have failed its gate: writes the JSON report, and returns the exit code.
 * A failed write is an input error (exit 2) after a passed gate, but never hides a failed gate: it is reported
 * and the exit code stays 1.
 */
export async function writeJsonAndExit(
  name: string,
  file: string | undefined,
  json: unknown,
  exit: number,
  io: CliIO,
): Promise<number> {
  if (!file) return exit;
  try {
    await writeOutput(name, file, JSON.stringify(json, null, 2) + '\n');
  } catch (err) {
    if (exit !== 1) throw err;
    io.err(`fid-gate: ${(err as Error).message}`);
  }
  return exit;
}
