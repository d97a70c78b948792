// Partial statistics: what one shard of a sharded evaluation (stats --shard i/n, the Action's input shard) writes,
// and their exact merge into the statistics file a single run over all the images would write.
//
// A part holds its count n, its mean x̄ and its co-moment M = Σ (x − x̄)(x − x̄)ᵀ, all float64. Two parts merge with
// the pairwise update of Chan, Golub & LeVeque ("Updating formulae and a pairwise algorithm for computing sample
// variances", Stanford CS tech. report STAN-CS-79-773, 1979, eq. 2.1b, in its multivariate form):
//     n = nA + nB,  δ = x̄B − x̄A,  x̄ = x̄A + δ·nB/n,  M = MA + MB + δδᵀ·nA·nB/n
// and the merged sigma is M/(n − 1), np.cov's divisor (stats.ts). Parts are merged in shard order, so the result does
// not depend on the order the files are given in. The merge needs no pass over the features: memory O(d²) for the
// statistics, plus the merged per-image features and logits when the parts hold them (KID, IS and
// precision/recall need them: N·(d + 1008)·4 bytes, 600 MB at N = 50,000 with Inception), and one part at a time.
//
// Members of a part (.npz): partial_mean float64 [d], partial_comoment float64 [d, d], count int64 (), shard unicode
// () (JSON: format, index, of, total, start, end, source), protocol, warning; with features also features float32
// [n, d], logits float32 [n, K], files unicode [n] and indices int64 [n]: each row's position in the single run (the
// sorted listing of the whole folder, or the sample index), so the merge restores the single run's order.
import path from 'node:path';
import { type formatNpz, NPZ_MAX_INFLATED_BYTES, parseNpy, readNpz, type NpyArray } from '../util/npy.js';
import { readUserFile } from '../util/user-file.js';
import { parseJsonBounded } from '../util/json-depth.js';
import { protocolFromJson, writeNpzFile } from './stats-file.js';
import { readZipEntries, readZipEntry, looksLikeZip } from '../util/zip.js';
import { InputError } from '../util/errors.js';
import { firstNonFinite } from '../util/first-non-finite.js';
import { StatsAccumulator, type GaussianStats } from './stats.js';
import type { StatsFile } from './stats-file.js';
import { shardText } from '../images/shard.js';
import type { Protocol } from '../core/protocol.js';

export const PARTIAL_FORMAT = 'fid-gate/partial-stats@1';

/** Which shard a part is, of what. */
export interface PartInfo {
  format: typeof PARTIAL_FORMAT;
  /** 1-based shard index. */
  index: number;
  /** Number of shards. */
  of: number;
  /** Images (or samples) in the whole evaluation, before it was split. */
  total: number;
  /** This shard's block [start, end) of the global indices. */
  start: number;
  end: number;
  /**
   * What was split: `folder sha256:…` (a digest of the whole folder's sorted file names) or `samples` for a sampler
   * (whose settings are in the protocol); parts of different sources never merge.
   */
  source: string;
}

/** Count, mean and co-moment Σ (x − x̄)(x − x̄)ᵀ of a set of rows, float64. */
export interface PartialStats {
  dim: number;
  count: number;
  mean: Float64Array;
  /** Row-major d × d. */
  comoment: Float64Array;
}

export interface PartFile extends PartialStats {
  shard: PartInfo;
  protocol: Protocol;
  warning?: string;
  features?: Float32Array;
  logits?: Float32Array;
  /** Width of `logits` (1008 for Inception). */
  logitsDim?: number;
  files?: string[];
  /** Each feature row's global index. */
  indices?: number[];
}

/** The partial statistics of `count` rows of width `dim` (float64, through the streaming accumulator of stats.ts). */
export async function partialStats(
  rows: Float32Array | Float64Array,
  count: number,
  dim: number,
): Promise<PartialStats> {
  const mean = new Float64Array(dim),
    comoment = new Float64Array(dim * dim);
  if (count === 1) mean.set(rows.subarray(0, dim));
  if (count < 2) return { dim, count, mean, comoment };
  const acc = new StatsAccumulator(dim);
  await acc.add(rows, count);
  const s = await acc.finalize();
  mean.set(s.mu);
  for (let i = 0; i < comoment.length; i++) comoment[i] = s.sigma[i] * (count - 1);
  return { dim, count, mean, comoment };
}

/** Chan et al.'s pairwise update: `a` absorbs `b` (a's arrays are updated in place). */
export function absorb(a: PartialStats, b: PartialStats): PartialStats {
  const d = a.dim;
  if (b.count === 0) return a;
  if (a.count === 0) {
    a.mean.set(b.mean);
    a.comoment.set(b.comoment);
    a.count = b.count;
    return a;
  }
  const na = a.count,
    nb = b.count,
    n = na + nb;
  const delta = new Float64Array(d);
  for (let j = 0; j < d; j++) delta[j] = b.mean[j] - a.mean[j];
  const w = (na * nb) / n;
  const m = a.comoment,
    mb = b.comoment;
  for (let i = 0; i < d; i++) {
    const di = delta[i] * w,
      o = i * d;
    for (let j = 0; j < d; j++) m[o + j] += mb[o + j] + di * delta[j];
  }
  for (let j = 0; j < d; j++) a.mean[j] += delta[j] * (nb / n);
  a.count = n;
  return a;
}

/** mu and sigma (np.cov: divisor N − 1, symmetrized as stats.ts does) of merged partial statistics. */
export function finishStats(p: PartialStats): GaussianStats {
  const d = p.dim,
    n = p.count;
  const sigma = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    sigma[i * d + i] = p.comoment[i * d + i] / (n - 1);
    for (let j = i + 1; j < d; j++) {
      const v = (0.5 * (p.comoment[i * d + j] + p.comoment[j * d + i])) / (n - 1);
      sigma[i * d + j] = v;
      sigma[j * d + i] = v;
    }
  }
  return { mu: Float64Array.from(p.mean), sigma, dim: d, count: n };
}

export async function writePartNpz(file: string, p: PartFile): Promise<void> {
  const arrays: Parameters<typeof formatNpz>[0] = {
    partial_mean: { data: p.mean, shape: [p.dim] },
    partial_comoment: { data: p.comoment, shape: [p.dim, p.dim] },
    count: { data: new BigInt64Array([BigInt(p.count)]), shape: [] },
    shard: { data: [JSON.stringify(p.shard)], shape: [] },
    protocol: { data: [JSON.stringify(p.protocol)], shape: [] },
  };
  if (p.warning) arrays.warning = { data: [p.warning], shape: [] };
  if (p.features) {
    arrays.features = { data: p.features, shape: [p.count, p.dim] };
    arrays.indices = { data: BigInt64Array.from(p.indices!.map(BigInt)), shape: [p.count] };
    arrays.files = { data: p.files!, shape: [p.count] };
    if (p.logits) arrays.logits = { data: p.logits, shape: [p.count, p.logitsDim!] };
  }
  await writeNpzFile(file, arrays);
}

const notAPart = (file: string, why: string) =>
  new InputError(`${file}: not a partial statistics file written by fid-gate stats --shard (${why})`, file);

function jsonMember(m: Map<string, NpyArray>, key: string, file: string): unknown {
  const a = m.get(key);
  if (!a || !Array.isArray(a.data) || a.data.length !== 1) throw notAPart(file, `no '${key}'`);
  if (key === 'protocol') return protocolFromJson(a.data[0]!, file);
  try {
    return parseJsonBounded(a.data[0]!);
  } catch {
    throw notAPart(file, `'${key}' is not valid JSON`);
  }
}

function countMember(m: Map<string, NpyArray>, file: string): number {
  const c = m.get('count');
  if (!(c?.data instanceof BigInt64Array) || c.data.length !== 1) throw notAPart(file, "no int64 'count'");
  return Number(c.data[0]);
}

function checkInfo(info: unknown, count: number, file: string): PartInfo {
  const s = info as PartInfo;
  const ints = ['index', 'of', 'total', 'start', 'end'] as const;
  if (typeof s !== 'object' || s === null || s.format !== PARTIAL_FORMAT)
    throw notAPart(file, `'shard' is not ${PARTIAL_FORMAT}`);
  for (const k of ints)
    if (!Number.isSafeInteger(s[k]) || s[k] < 0) throw notAPart(file, `shard.${k} is not a non-negative integer`);
  if (s.index < 1 || s.index > s.of || s.start > s.end || s.end > s.total || typeof s.source !== 'string')
    throw notAPart(file, `inconsistent shard ${JSON.stringify(s)}`);
  // on-bad-image skip may leave images out: a part never holds more than its block
  if (count > s.end - s.start) throw notAPart(file, `count ${count} is more than its block [${s.start}, ${s.end})`);
  return s;
}

/** The small members only (shard, count, protocol, dim, which arrays): the merge's checks run before any feature is
 * read. */
export interface PartHeader {
  file: string;
  shard: PartInfo;
  count: number;
  protocol: Protocol;
  dim: number;
  features: boolean;
  logits: boolean;
  warning?: string;
}

export async function readPartHeader(file: string): Promise<PartHeader> {
  // a regular file of at most an .npz's limit (not /dev/zero, not a FIFO)
  const bytes = await readUserFile(file, NPZ_MAX_INFLATED_BYTES + (64 << 20), file);
  if (!looksLikeZip(bytes)) throw notAPart(file, 'not an .npz');
  let entries;
  try {
    entries = readZipEntries(bytes, file);
  } catch (err) {
    throw new InputError((err as Error).message, file);
  }
  const names = new Set(entries.map((e) => e.name));
  if (names.has('mu.npy') && !names.has('partial_mean.npy'))
    throw notAPart(file, 'it is a complete statistics file: give it to compare directly');
  const small = new Map<string, NpyArray>();
  for (const e of entries) {
    if (!['shard.npy', 'count.npy', 'protocol.npy', 'warning.npy', 'partial_mean.npy'].includes(e.name)) continue;
    try {
      small.set(e.name.slice(0, -4), parseNpy(readZipEntry(bytes, e, file, 1 << 26), `${file}[${e.name}]`));
    } catch (err) {
      throw new InputError((err as Error).message, file);
    }
  }
  const mean = small.get('partial_mean');
  if (mean?.shape.length !== 1 || !(mean.data instanceof Float64Array))
    throw notAPart(file, "no float64 'partial_mean'");
  const count = countMember(small, file);
  const warning = small.get('warning');
  return {
    file,
    count,
    shard: checkInfo(jsonMember(small, 'shard', file), count, file),
    protocol: jsonMember(small, 'protocol', file) as Protocol,
    dim: mean.shape[0],
    features: names.has('features.npy'),
    logits: names.has('logits.npy'),
    ...(warning && Array.isArray(warning.data) ? { warning: warning.data[0] } : {}),
  };
}

export async function readPartNpz(file: string): Promise<PartFile> {
  const m = await readNpz(file);
  const mean = m.get('partial_mean'),
    com = m.get('partial_comoment');
  if (!(mean?.data instanceof Float64Array) || mean.shape.length !== 1)
    throw notAPart(file, "no float64 'partial_mean'");
  const dim = mean.shape[0];
  if (!(com?.data instanceof Float64Array) || com.shape.join() !== `${dim},${dim}`)
    throw notAPart(file, `no float64 [${dim}, ${dim}] 'partial_comoment'`);
  for (const x of [mean.data, com.data])
    if (firstNonFinite(x) >= 0) throw new InputError(`${file}: partial statistics contain NaN or Inf`, file);
  const count = countMember(m, file);
  const part: PartFile = {
    dim,
    count,
    mean: mean.data,
    comoment: com.data,
    shard: checkInfo(jsonMember(m, 'shard', file), count, file),
    protocol: jsonMember(m, 'protocol', file) as Protocol,
  };
  const warning = m.get('warning');
  if (warning && Array.isArray(warning.data)) part.warning = warning.data[0];
  const features = m.get('features');
  if (features) {
    if (!(features.data instanceof Float32Array) || features.shape.join() !== `${count},${dim}`)
      throw notAPart(file, `'features' is not float32 [${count}, ${dim}]`);
    const idx = m.get('indices'),
      files = m.get('files');
    if (!(idx?.data instanceof BigInt64Array) || idx.data.length !== count)
      throw notAPart(file, `'indices' is not int64 [${count}]`);
    if (!files || !Array.isArray(files.data) || files.data.length !== count)
      throw notAPart(file, `'files' does not list ${count} names`);
    part.features = features.data;
    part.indices = Array.from(idx.data, Number);
    part.files = files.data;
    const logits = m.get('logits');
    if (logits) {
      if (!(logits.data instanceof Float32Array) || logits.shape.length !== 2 || logits.shape[0] !== count)
        throw notAPart(file, `'logits' is not float32 [${count}, K]`);
      part.logits = logits.data;
      part.logitsDim = logits.shape[1];
    }
  }
  return part;
}

/** JSON with sorted keys, so that two protocols compare by content. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

function protocolDiff(a: Protocol, b: Protocol): string {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const rec = (p: Protocol) => p as unknown as Record<string, unknown>;
  return keys
    .filter((k) => canonical(rec(a)[k]) !== canonical(rec(b)[k]))
    .map((k) => `${k}: ${canonical(rec(a)[k]) ?? '(none)'} vs ${canonical(rec(b)[k]) ?? '(none)'}`)
    .join('; ');
}

/** Checks that `parts` are the n shards of one evaluation, each once, under one protocol; returns them in shard order.
 * */
export function checkPartSet(parts: PartHeader[]): PartHeader[] {
  if (!parts.length) throw new InputError('merge: no part files given', 'parts');
  const first = parts[0];
  const base = (p: PartHeader) => path.basename(p.file);
  for (const p of parts.slice(1)) {
    const diff = protocolDiff(first.protocol, p.protocol);
    if (diff)
      throw new InputError(
        `merge: ${p.file} and ${first.file} were computed under different protocols (${diff}); parts of one evaluation share the extractor, weights, resize and settings`,
        p.file,
      );
    if (p.shard.of !== first.shard.of)
      throw new InputError(
        `merge: ${p.file} is shard ${shardText(p.shard)} but ${first.file} is shard ${shardText(first.shard)}: parts of one evaluation share n`,
        p.file,
      );
    if (p.shard.source !== first.shard.source || p.shard.total !== first.shard.total) {
      throw new InputError(
        `merge: ${p.file} and ${first.file} split different inputs (${p.shard.total} vs ${first.shard.total} images, ${p.shard.source} vs ${first.shard.source})`,
        p.file,
      );
    }
    if (p.dim !== first.dim)
      throw new InputError(`merge: ${p.file} has features of dimension ${p.dim}, ${first.file} ${first.dim}`, p.file);
    if (p.features !== first.features || p.logits !== first.logits) {
      const what = p.features !== first.features ? 'per-image features' : 'logits';
      const [with_, without] = (p.features !== first.features ? p.features : p.logits) ? [p, first] : [first, p];
      throw new InputError(
        `merge: ${with_.file} holds ${what} but ${without.file} does not (write every part with the same options, e.g. all with --features)`,
        without.file,
      );
    }
  }
  const byIndex = new Map<number, PartHeader>();
  for (const p of parts) {
    const seen = byIndex.get(p.shard.index);
    if (seen)
      throw new InputError(`merge: shard ${shardText(p.shard)} is given twice: ${seen.file} and ${p.file}`, p.file);
    byIndex.set(p.shard.index, p);
  }
  const n = first.shard.of;
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) {
    const given = [...byIndex.values()]
      .sort((a, b) => a.shard.index - b.shard.index)
      .map((p) => `${shardText(p.shard)} ${base(p)}`)
      .join(', ');
    throw new InputError(
      `merge: shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${n}`).join(', ')} missing (given: ${given})`,
      'parts',
    );
  }
  return [...byIndex.values()].sort((a, b) => a.shard.index - b.shard.index);
}

/**
 * Merges part files into the statistics (and, when the parts hold them, the features, logits and file names in the
 * single run's order) of the whole evaluation. Refuses, naming the files, parts of different protocols or inputs,
 * a shard given twice, a missing shard, and fewer than 2 images in all.
 */
export async function mergePartFiles(files: string[]): Promise<StatsFile> {
  // one file at a time: only its small members are kept
  const read: PartHeader[] = [];
  for (const f of files) read.push(await readPartHeader(f));
  const headers = checkPartSet(read);
  const first = headers[0];
  const d = first.dim;
  const total = headers.reduce((s, h) => s + h.count, 0);
  if (total < 2)
    throw new InputError(`merge: the parts hold ${total} image(s) in all; statistics need at least 2`, first.file);
  const acc: PartialStats = { dim: d, count: 0, mean: new Float64Array(d), comoment: new Float64Array(d * d) };
  const features = first.features ? new Float32Array(total * d) : undefined;
  let logits: Float32Array | undefined;
  let logitsDim = 0;
  const names: string[] = [];
  let row = 0,
    lastIndex = -1;
  for (const h of headers) {
    const p = await readPartNpz(h.file);
    absorb(acc, p);
    if (features && p.features) {
      for (const i of p.indices!) {
        if (i <= lastIndex || i < p.shard.start || i >= p.shard.end)
          throw new InputError(
            `${h.file}: row index ${i} is out of order or outside its block [${p.shard.start}, ${p.shard.end})`,
            h.file,
          );
        lastIndex = i;
      }
      features.set(p.features, row * d);
      names.push(...p.files!);
      if (p.logits) {
        if (!logits) {
          logitsDim = p.logitsDim!;
          logits = new Float32Array(total * logitsDim);
        }
        if (p.logitsDim !== logitsDim)
          throw new InputError(`${h.file}: logits of width ${p.logitsDim}, other parts ${logitsDim}`, h.file);
        logits.set(p.logits, row * logitsDim);
      }
    }
    row += p.count;
  }
  return {
    ...finishStats(acc),
    ...(features ? { features, files: names, ...(logits ? { logits } : {}) } : {}),
    protocol: first.protocol,
    ...(first.warning ? { warning: first.warning } : {}),
  };
}
