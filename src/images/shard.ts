// Shards: `--shard i/n` (input `shard: i/n`) splits one evaluation over n machines. Shard i (1-based) takes the i-th
// of n contiguous, near-equal blocks of a global index range: positions in the sorted listing of an image folder
// (pytorch-fid's sort, so independent of the order the file system lists them) or sample indices of a sampler.
// Every index lands in exactly one shard, and the blocks in shard order are the single run's order.
import { InputError } from '../util/errors.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  /** How many shards in all. */
  of: number;
}

/** The most shards one evaluation may be split into (a GitHub Actions matrix holds at most 256 jobs). */
export const MAX_SHARDS = 256;

/** Parses "i/n" (1 ≤ i ≤ n ≤ MAX_SHARDS); `name` is how the option is called in messages. */
export function parseShard(value: string, name = '--shard'): ShardSpec {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  if (!m) throw new InputError(`${name}: expected i/n (shard i of n, e.g. 2/10), got "${value}"`, name);
  const index = Number(m[1]),
    of = Number(m[2]);
  if (of < 1 || of > MAX_SHARDS) throw new InputError(`${name}: ${value}: n must be between 1 and ${MAX_SHARDS}`, name);
  if (index < 1 || index > of)
    throw new InputError(`${name}: ${value}: i must be between 1 and ${of} (shards are numbered from 1)`, name);
  return { index, of };
}

/** The half-open range [start, end) of the global indices 0..total−1 that shard `s` takes. */
export function shardRange(total: number, s: ShardSpec): { start: number; end: number } {
  return { start: Math.floor(((s.index - 1) * total) / s.of), end: Math.floor((s.index * total) / s.of) };
}

export const shardText = (s: ShardSpec): string => `${s.index}/${s.of}`;

/** The file name of a shard's part, unique within one evaluation: part-02-of-10.npz. */
export function partFileName(s: ShardSpec): string {
  const w = String(s.of).length;
  return `part-${String(s.index).padStart(w, '0')}-of-${s.of}.npz`;
}
