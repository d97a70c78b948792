// Statistics files. The layout is pytorch-fid's `--save-stats` (.npz with float64 `mu` [d] and `sigma` [d, d]),
// which pytorch-fid, clean-fid and fid-gate all read; fid-gate adds optional members:
//   features  float32 [N, d]   pool3 features in file order     logits  float32 [N, 1008]
//   files     unicode [N]      paths relative to the folder     protocol  unicode ()  JSON of the protocol
//   count     int64 ()         number of images                 warning  unicode ()  set for synthetic weights
import { writeFile } from 'node:fs/promises';
import { formatNpz, readNpz, type NpyArray } from '../util/npy.js';
import { InputError } from '../util/errors.js';
import { firstNonFinite } from '../util/first-non-finite.js';
import { parseJsonBounded } from '../util/json-depth.js';
import { covarianceDefect, magnitudeDefect, settledOnError } from '../math/covariance-check.js';
import type { GaussianStats } from './stats.js';
import type { Protocol } from '../core/protocol.js';

/**
 * A statistics file's contents. `count` is the number of images, or undefined when the file does not say (pytorch-fid's
 * mu/sigma-only layout): N is then unknown, not 0.
 */
export interface StatsFile extends Omit<GaussianStats, 'count'> {
  count: number | undefined;
  features?: Float32Array;
  logits?: Float32Array;
  files?: string[];
  protocol?: Protocol;
  warning?: string;
  /** Where it was read from. */
  source?: string;
}

/** Writes an .npz of `arrays` to `file` (callers give a temporary path and rename it); a failure names the file. */
export async function writeNpzFile(file: string, arrays: Parameters<typeof formatNpz>[0]): Promise<void> {
  try {
    await writeFile(file, formatNpz(arrays));
  } catch (err) {
    throw new InputError(
      `${file}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      file,
    );
  }
}

export async function writeStatsNpz(file: string, s: StatsFile): Promise<void> {
  const arrays: Parameters<typeof formatNpz>[0] = {
    mu: { data: s.mu, shape: [s.dim] },
    sigma: { data: s.sigma, shape: [s.dim, s.dim] },
  };
  const n = s.count ?? (s.features ? s.features.length / s.dim : undefined);
  if (n !== undefined) arrays.count = { data: new BigInt64Array([BigInt(n)]), shape: [] };
  if (s.features) arrays.features = { data: s.features, shape: [n!, s.dim] };
  if (s.logits) arrays.logits = { data: s.logits, shape: [n!, s.logits.length / n!] };
  if (s.files) arrays.files = { data: s.files, shape: [s.files.length] };
  if (s.protocol) arrays.protocol = { data: [JSON.stringify(s.protocol)], shape: [] };
  if (s.warning) arrays.warning = { data: [s.warning], shape: [] };
  await writeNpzFile(file, arrays);
}

function asFloat64(a: NpyArray, file: string, key: string): Float64Array {
  if (a.data instanceof Float64Array) return a.data;
  if (a.data instanceof Float32Array) return Float64Array.from(a.data);
  throw new InputError(`${file}: '${key}' must be float32 or float64, found ${a.dtype}`, file);
}

function checkFinite(x: Float64Array | Float32Array, file: string, key: string): void {
  const i = firstNonFinite(x);
  if (i >= 0) throw new InputError(`${file}: '${key}' contains NaN or Inf (at flat index ${i})`, file);
}

/** The largest count accepted: every integer up to 2⁵³ is exact in a JS number. */
const MAX_COUNT = 2 ** 53;

/** The optional `count` member: one non-negative integer ≤ 2⁵³ (int64 as fid-gate writes it, or any numeric dtype). */
function readCount(a: NpyArray | undefined, file: string): number | undefined {
  if (!a) return undefined;
  if (Array.isArray(a.data) || a.data.length !== 1) {
    throw new InputError(`${file}: 'count' must be one integer, is ${a.dtype} with shape (${a.shape})`, file);
  }
  const v = a.data[0];
  const ok =
    typeof v === 'bigint' ? v >= 0n && v <= BigInt(MAX_COUNT) : Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
  if (!ok) throw new InputError(`${file}: 'count' must be a non-negative integer of at most 2^53, is ${v}`, file);
  return Number(v);
}

/**
 * mu [d] and sigma [d, d]: finite, float32/64, shapes that match, sigma a valid covariance (math/covariance-check.ts),
 * or one whose semidefiniteness test is deferred (`deferSemidefinite`; see readStatsNpz).
 */
async function readGaussian(
  m: Map<string, NpyArray>,
  file: string,
  deferSemidefinite: boolean,
): Promise<{ mu: Float64Array; sigma: Float64Array; dim: number }> {
  const mu = m.get('mu'),
    sigma = m.get('sigma');
  if (!mu || !sigma) {
    throw new InputError(
      `${file}: a statistics file needs arrays 'mu' and 'sigma' (found: ${[...m.keys()].join(', ') || 'none'})`,
      file,
    );
  }
  if (mu.shape.length !== 1) throw new InputError(`${file}: 'mu' must be 1-D, has shape (${mu.shape})`, file);
  const dim = mu.shape[0];
  if (dim < 1) throw new InputError(`${file}: 'mu' is empty`, file);
  if (sigma.shape.length !== 2 || sigma.shape[0] !== dim || sigma.shape[1] !== dim) {
    throw new InputError(`${file}: 'sigma' must be ${dim}×${dim} to match 'mu', has shape (${sigma.shape})`, file);
  }
  const out = { mu: asFloat64(mu, file, 'mu'), sigma: asFloat64(sigma, file, 'sigma'), dim };
  checkFinite(out.mu, file, 'mu');
  const huge = magnitudeDefect(out.mu, dim);
  if (huge) {
    checkFinite(out.sigma, file, 'sigma'); // NaN or Inf in sigma is named first, as every member's is
    throw new InputError(`${file}: 'mu' ${huge}`, file);
  }
  const sigmaError = (defect: string) => new InputError(`${file}: 'sigma' ${defect}`, file);
  const defect = await covarianceDefect(out.sigma, dim, deferSemidefinite ? { deferred: sigmaError } : {});
  if (defect) {
    // covarianceDefect's first pass refuses NaN and Inf too; they get the message every member's NaN or Inf gets
    checkFinite(out.sigma, file, 'sigma');
    throw sigmaError(defect);
  }
  return out;
}

/** A unicode scalar member (protocol, warning), or undefined when absent. */
function readString(a: NpyArray | undefined, file: string, key: string): string | undefined {
  if (!a) return undefined;
  if (!Array.isArray(a.data) || a.data.length !== 1)
    throw new InputError(`${file}: '${key}' must be one unicode string, is ${a.dtype} with shape (${a.shape})`, file);
  return a.data[0];
}

const PROTOCOL_STRINGS = ['extractor', 'weights', 'weightsSha256', 'resize', 'quantization', 'fidGateVersion'] as const;

/** The `protocol` member: JSON of an object with the string fields of Protocol and an optional `sampling` object. */
function readProtocol(a: NpyArray | undefined, file: string): Protocol | undefined {
  const text = readString(a, file, 'protocol');
  return text === undefined ? undefined : protocolFromJson(text, file, "'protocol'");
}

/**
 * A protocol recorded as JSON in a file (a statistics or part file): an object with the string fields of Protocol
 * and an optional `sampling` object, nested at most MAX_JSON_DEPTH levels. InputError naming the file otherwise.
 */
export function protocolFromJson(text: string, file: string, what = "'protocol'"): Protocol {
  let v: unknown;
  try {
    v = parseJsonBounded(text);
  } catch (err) {
    throw new InputError(`${file}: ${what} is not valid JSON (${(err as Error).message.slice(0, 100)})`, file);
  }
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x);
  if (!isObject(v))
    throw new InputError(
      `${file}: ${what} must be a JSON object, is ${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}`,
      file,
    );
  for (const k of PROTOCOL_STRINGS) {
    if (typeof v[k] !== 'string')
      throw new InputError(
        `${file}: ${what}.${k} must be a string, is ${v[k] === undefined ? 'missing' : JSON.stringify(v[k])}`,
        file,
      );
  }
  if (v.sampling !== undefined && !isObject(v.sampling))
    throw new InputError(`${file}: ${what}.sampling must be an object`, file);
  return v as unknown as Protocol;
}

/**
 * Reads a statistics file. Every member present is checked (InputError naming the file and the member): mu/sigma as
 * readGaussian says, count as readCount, features float32 [N, d] finite, logits float32 [N, K] finite, files unicode
 * [N], protocol and warning unicode scalars, protocol of Protocol's shape.
 *
 * `deferSemidefinite` leaves sigma's semidefiniteness test (a Cholesky factorization, the costliest check) pending, for
 * a file whose sigma goes second into a Fréchet distance, which certifies it on the way; the caller must then call
 * settleCovariance(sigma) (math/covariance-check.ts) before it trusts sigma otherwise, and that throws this function's
 * error for an invalid one.
 */
export async function readStatsNpz(file: string, opts: { deferSemidefinite?: boolean } = {}): Promise<StatsFile> {
  const m = await readNpz(file);
  const gaussian = await readGaussian(m, file, opts.deferSemidefinite ?? false);
  // an invalid sigma is named before a bad later member, as when it is tested first
  return settledOnError([gaussian.sigma], () => readStatsMembers(m, file, gaussian));
}

/** readStatsNpz's checks of the members after mu and sigma. */
function readStatsMembers(
  m: Map<string, NpyArray>,
  file: string,
  gaussian: { mu: Float64Array; sigma: Float64Array; dim: number },
): StatsFile {
  const out: StatsFile = { ...gaussian, count: readCount(m.get('count'), file), source: file };
  const dim = out.dim;
  const features = m.get('features');
  if (features) {
    if (!(features.data instanceof Float32Array) || features.shape.length !== 2 || features.shape[1] !== dim) {
      throw new InputError(
        `${file}: 'features' must be float32 [N, ${dim}], is ${features.dtype} (${features.shape})`,
        file,
      );
    }
    checkFinite(features.data, file, 'features');
    out.features = features.data;
    out.count = features.shape[0];
  }
  const logits = m.get('logits');
  if (logits) {
    if (!(logits.data instanceof Float32Array) || logits.shape.length !== 2)
      throw new InputError(`${file}: 'logits' must be float32 [N, K]`, file);
    // one row per image (the IS code divides by N), finite
    if (logits.shape[0] !== out.count || logits.shape[1] < 1) {
      throw new InputError(
        `${file}: 'logits' has shape (${logits.shape}), expected [${out.count ?? 'N'}, K] (one row per image)`,
        file,
      );
    }
    checkFinite(logits.data, file, 'logits');
    out.logits = logits.data;
  }
  const files = m.get('files');
  if (files) {
    if (!Array.isArray(files.data) || files.shape.length !== 1)
      throw new InputError(`${file}: 'files' must be a 1-D unicode array, is ${files.dtype} (${files.shape})`, file);
    // one name per image: the names label feature rows (closest pairs, the report)
    if (out.count !== undefined && files.data.length !== out.count) {
      throw new InputError(
        `${file}: 'files' has ${files.data.length} names, expected ${out.count} (one per image)`,
        file,
      );
    }
    out.files = files.data;
  }
  out.protocol = readProtocol(m.get('protocol'), file);
  out.warning = readString(m.get('warning'), file, 'warning');
  if (out.protocol === undefined) delete out.protocol;
  if (out.warning === undefined) delete out.warning;
  return out;
}
