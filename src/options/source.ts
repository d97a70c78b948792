// Where option values come from: the CLI's parsed flags or the Action's inputs. The option layer (src/options/)
// reads every value through an OptionSource, so one parser serves both, and every error names the option the way
// the user wrote it: `--batch-size` on the command line, `input batch-size` in a workflow.
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../util/errors.js';

export type RawValue = string | boolean | undefined;

export interface OptionSource {
  /** cli: flags parsed by node:util parseArgs; action: the Action's inputs (an empty input counts as unset). */
  readonly style: 'cli' | 'action';
  /** The value as given, or undefined when unset. Keys are the CLI's option names (`batch-size`, `kind`). */
  raw(key: string): RawValue;
  /** How the option is called where it was given: `--batch-size`, `-n` or `input batch-size`. */
  name(key: string): string;
  /** The option together with a value, as the user wrote it: `--resize clean` or `input resize: clean`. */
  given(key: string, value: string): string;
}

/** The raw value as a trimmed string; undefined when unset, empty or a boolean flag. */
export function text(src: OptionSource, key: string): string | undefined {
  const v = src.raw(key);
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/** A boolean flag (CLI) or a true/false input (Action: true, yes, on, 1 / false, no, off, 0). */
export function flag(src: OptionSource, key: string): boolean {
  const v = src.raw(key);
  return typeof v === 'string' ? v.trim() !== '' && parseBooleanText(v, src.name(key), false, key) : Boolean(v);
}

/** true, yes, on, 1 / false, no, off, 0 (any case); empty = `def`. */
export function parseBooleanText(value: string, name: string, def: boolean, subject = name): boolean {
  const v = value.trim().toLowerCase();
  if (!v) return def;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputError(`${name}: expected true or false, got "${value}"`, subject);
}

/** `~` and `~/…` at the start of a path → the home directory (a shell does this on the command line; a workflow's
 *  `with:` does not). `~user` forms are left as they are. */
export function expandHome(p: string, home: string = os.homedir()): string {
  if (p === '~') return home;
  if (p.startsWith('~/') || (path.sep === '\\' && p.startsWith('~\\'))) return path.join(home, p.slice(2));
  return p;
}

/** A path-typed option: trimmed, `~` expanded; undefined when unset. */
export function pathValue(src: OptionSource, key: string): string | undefined {
  const t = text(src, key);
  return t === undefined ? undefined : expandHome(t);
}

/** The flags of one CLI command. `names` overrides how some options are called in messages (e.g. num-samples → -n). */
export function cliSource(values: Record<string, RawValue>, names: Record<string, string> = {}): OptionSource {
  const name = (k: string) => names[k] ?? `--${k}`;
  return { style: 'cli', raw: (k) => values[k], name, given: (k, v) => `${name(k)} ${v}` };
}

/** The Action's inputs, read with `get` (core.getInput). `inputOf` maps a CLI key to the input's own name where they
 *  differ (kind → generator-kind, cache-dir → cache). */
export function actionSource(get: (name: string) => string, inputOf: Record<string, string> = {}): OptionSource {
  const input = (k: string) => inputOf[k] ?? k;
  return {
    style: 'action',
    raw: (k) => {
      const v = get(input(k));
      return v.trim() === '' ? undefined : v;
    },
    name: (k) => `input ${input(k)}`,
    given: (k, v) => `input ${input(k)}: ${v}`,
  };
}
