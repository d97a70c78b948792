// The number and choice parsers of every option (CLI flags and Action inputs alike). Each error names the option as
// given (src/options/source.ts) and quotes the value.
import { InputError } from '../util/errors.js';
import { text, type OptionSource } from './source.js';

export interface IntegerRule {
  /** Smallest allowed value (default 1). */
  min?: number;
  /** Largest allowed value. */
  max?: number;
  /** Why there is a maximum, said after it in the error. */
  maxReason?: string;
  /** What is expected, for the error (default "an integer ≥ min"; "a positive integer", "a non-negative integer"…). */
  expected?: string;
}

/** A safe integer in [min, max], from a string as written (surrounding spaces allowed). */
export function parseInteger(raw: string, name: string, rule: IntegerRule = {}, subject = name): number {
  const min = rule.min ?? 1;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isSafeInteger(n) || n < min) {
    throw new InputError(`${name}: expected ${rule.expected ?? `an integer ≥ ${min}`}, got "${raw}"`, subject);
  }
  if (rule.max !== undefined && n > rule.max) {
    throw new InputError(
      `${name}: at most ${rule.max}${rule.maxReason ? ` (${rule.maxReason})` : ''}, got ${n}`,
      subject,
    );
  }
  return n;
}

/** An integer option; `def` when unset. */
export function int(src: OptionSource, key: string, def: number, rule?: IntegerRule): number;
export function int(src: OptionSource, key: string, def: undefined, rule?: IntegerRule): number | undefined;
export function int(
  src: OptionSource,
  key: string,
  def: number | undefined,
  rule: IntegerRule = {},
): number | undefined {
  const v = src.raw(key);
  if (v === undefined) return def;
  if (typeof v !== 'string')
    throw new InputError(
      `${src.name(key)}: expected ${rule.expected ?? `an integer ≥ ${rule.min ?? 1}`}, got no value`,
      key,
    );
  return parseInteger(v, src.name(key), rule, key);
}

export interface NumberRule {
  /** The value must be ≥ min (or > min with `exclusive`). */
  min?: number;
  exclusive?: boolean;
  /** What is expected, for the error (default "a number", "a number ≥ min", "a number > min"). */
  expected?: string;
}

/** A finite number option; `def` when unset. */
export function num(src: OptionSource, key: string, def: number, rule?: NumberRule): number;
export function num(src: OptionSource, key: string, def: undefined, rule?: NumberRule): number | undefined;
export function num(
  src: OptionSource,
  key: string,
  def: number | undefined,
  rule: NumberRule = {},
): number | undefined {
  const v = src.raw(key);
  if (v === undefined) return def;
  const s = typeof v === 'string' ? v : '';
  const n = Number(s);
  if (s.trim() === '' || !Number.isFinite(n))
    throw new InputError(`${src.name(key)}: expected a number, got "${s}"`, key);
  if (rule.min !== undefined && (rule.exclusive ? !(n > rule.min) : !(n >= rule.min))) {
    throw new InputError(
      `${src.name(key)}: expected ${rule.expected ?? `a number ${rule.exclusive ? '>' : '≥'} ${rule.min}`}, got "${s}"`,
      key,
    );
  }
  return n;
}

/** "a or b", "a, b or c" (the CLI's wording); "one of a, b, c" (the Action's). */
function choices(src: OptionSource, allowed: readonly string[]): string {
  if (src.style === 'action') return `one of ${allowed.join(', ')}`;
  return allowed.length === 1 ? allowed[0] : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
}

/** One of `allowed` (case-insensitive, trimmed); `def` when unset. */
export function choice<T extends string>(src: OptionSource, key: string, allowed: readonly T[], def: T): T {
  const v = src.raw(key);
  if (v === undefined) return def;
  const s = (typeof v === 'string' ? v : '').trim().toLowerCase();
  if ((allowed as readonly string[]).includes(s)) return s as T;
  throw new InputError(
    `${src.name(key)}: expected ${choices(src, allowed)}, got "${typeof v === 'string' ? v : ''}"`,
    key,
  );
}

/** H or HxW (e.g. 64 or 64x48), as an image size. */
export function parseImageSize(v: string, name: string, subject = name): { height: number; width: number } {
  const m = /^\s*(\d+)\s*(?:[x×]\s*(\d+))?\s*$/i.exec(v);
  const h = m ? Number(m[1]) : NaN,
    w = m ? Number(m[2] ?? m[1]) : NaN;
  if (!(h >= 1 && w >= 1)) throw new InputError(`${name}: expected H or HxW (e.g. 64 or 64x48), got "${v}"`, subject);
  return { height: h, width: w };
}

/** An image-size option (H or HxW); undefined when unset. */
export function imageSize(src: OptionSource, key: string): { height: number; width: number } | undefined {
  const v = text(src, key);
  return v === undefined ? undefined : parseImageSize(v, src.name(key), key);
}
