// Statistics files. The layout is pytorch-fid's `--save-stats` (.npz with float64 `mu` [d] and `sigma` [d, d]),
// which pytorch-fid, clean-fid and fid-gate all read; fid-gate adds optional members:
//   features  float32 [N, d]   pool3 features in file order     logits  float32 [N, 1008]
//   files     unicode [N]      paths relative to the folder     protocol  unicode ()  JSON of the protocol
//   count     int64 ()         number of images                 warning  unicode ()  set for synthetic weights
import { writeFile } from 'node:fs/promises';
import { formatNpz, readNpz, type NpyArray } from '../util/npy.js';
import { InputError } from '../util/errors.js';
import type { GaussianStats } from './stats.js';
import type { Protocol } from '../pipeline.js';

export interface StatsFile extends GaussianStats {
  features?: Float32Array;
  logits?: Float32Array;
  files?: string[];
  protocol?: Protocol;
  warning?: string;
  /** Where it was read from. */
  source?: string;
}

export async function writeStatsNpz(file: string, s: StatsFile): Promise<void> {
  const arrays: Parameters<typeof formatNpz>[0] = {
    mu: { data: s.mu, shape: [s.dim] },
    sigma: { data: s.sigma, shape: [s.dim, s.dim] },
    count: { data: new BigInt64Array([BigInt(s.count)]), shape: [] },
  };
  if (s.features) arrays.features = { data: s.features, shape: [s.count, s.dim] };
  if (s.logits) arrays.logits = { data: s.logits, shape: [s.count, s.logits.length / s.count] };
  if (s.files) arrays.files = { data: s.files, shape: [s.files.length] };
  if (s.protocol) arrays.protocol = { data: [JSON.stringify(s.protocol)], shape: [] };
  if (s.warning) arrays.warning = { data: [s.warning], shape: [] };
  try {
    await writeFile(file, formatNpz(arrays));
  } catch (err) {
    throw new InputError(`${file}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, file);
  }
}

function asFloat64(a: NpyArray, file: string, key: string): Float64Array {
  if (a.data instanceof Float64Array) return a.data;
  if (a.data instanceof Float32Array) return Float64Array.from(a.data);
  throw new InputError(`${file}: '${key}' must be float32 or float64, found ${a.dtype}`, file);
}

function checkFinite(x: Float64Array | Float32Array, file: string, key: string): void {
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw new InputError(`${file}: '${key}' contains NaN or Inf (at flat index ${i})`, file);
  }
}

export async function readStatsNpz(file: string): Promise<StatsFile> {
  const m = await readNpz(file);
  const mu = m.get('mu'), sigma = m.get('sigma');
  if (!mu || !sigma) {
    throw new InputError(`${file}: a statistics file needs arrays 'mu' and 'sigma' (found: ${[...m.keys()].join(', ') || 'none'})`, file);
  }
  if (mu.shape.length !== 1) throw new InputError(`${file}: 'mu' must be 1-D, has shape (${mu.shape})`, file);
  const dim = mu.shape[0];
  if (sigma.shape.length !== 2 || sigma.shape[0] !== dim || sigma.shape[1] !== dim) {
    throw new InputError(`${file}: 'sigma' must be ${dim}×${dim} to match 'mu', has shape (${sigma.shape})`, file);
  }
  const out: StatsFile = { mu: asFloat64(mu, file, 'mu'), sigma: asFloat64(sigma, file, 'sigma'), dim, count: 0, source: file };
  checkFinite(out.mu, file, 'mu');
  checkFinite(out.sigma, file, 'sigma');
  const count = m.get('count');
  if (count?.data instanceof BigInt64Array) out.count = Number(count.data[0]);
  const features = m.get('features');
  if (features) {
    if (!(features.data instanceof Float32Array) || features.shape.length !== 2 || features.shape[1] !== dim) {
      throw new InputError(`${file}: 'features' must be float32 [N, ${dim}], is ${features.dtype} (${features.shape})`, file);
    }
    checkFinite(features.data, file, 'features');
    out.features = features.data;
    out.count = features.shape[0];
  }
  const logits = m.get('logits');
  if (logits) {
    if (!(logits.data instanceof Float32Array) || logits.shape.length !== 2) throw new InputError(`${file}: 'logits' must be float32 [N, K]`, file);
    // one row per image (the IS code divides by N), finite
    if (logits.shape[0] !== out.count || logits.shape[1] < 1) {
      throw new InputError(`${file}: 'logits' has shape (${logits.shape}), expected [${out.count}, K] (one row per image)`, file);
    }
    checkFinite(logits.data, file, 'logits');
    out.logits = logits.data;
  }
  const files = m.get('files');
  if (files && Array.isArray(files.data)) out.files = files.data;
  const protocol = m.get('protocol');
  if (protocol && Array.isArray(protocol.data)) {
    try { out.protocol = JSON.parse(protocol.data[0]) as Protocol; } catch {
      throw new InputError(`${file}: 'protocol' is not valid JSON`, file);
    }
  }
  const warning = m.get('warning');
  if (warning && Array.isArray(warning.data)) out.warning = warning.data[0];
  return out;
}
