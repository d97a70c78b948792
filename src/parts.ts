// One shard of a sharded evaluation (images/shard.ts): the features of its block of an image folder or of a
// sampler's samples, as a part file (metrics/partial-stats.ts) that `fid-gate merge` (or the Action's input
// generated-parts) combines with the other shards' into the single run's statistics file.
import { createHash } from 'node:crypto';
import { InputError } from './util/errors.js';
import {
  extractFolder,
  extractSamples,
  listFolderDetailed,
  omittedNote,
  relativePath,
  samplesProtocol,
  skippedNote,
  type LoadedExtractor,
} from './pipeline.js';
import type { OnBadImage } from './features/extract.js';
import { shardRange, shardText, type ShardSpec } from './images/shard.js';
import { PARTIAL_FORMAT, partialStats, type PartFile } from './metrics/partial-stats.js';
import { openSampler, type SampleImagesOptions } from './sampling/sample.js';
import { sampleName } from './sampling/quantize.js';

export interface PartOptions {
  /** Keep the per-image features, logits and names (KID, IS, precision/recall need them after the merge). */
  features: boolean;
  batchSize?: number;
  maxPixels?: number;
  onBadImage?: OnBadImage;
  recursive?: boolean;
  warn?: (line: string) => void;
  progress?: boolean | ((line: string) => void);
}

export interface PartResult {
  part: PartFile;
  /** The report line for images skipped by onBadImage 'skip', if any. */
  skippedNote?: string;
  /** The report line for entries left out of the folder's listing (they cannot be opened), if any. */
  omittedNote?: string;
  imagesPerSecond: number;
}

/** `folder sha256:…` of the folder's sorted relative file names: parts of different listings never merge. */
export function listingDigest(relative: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of relative) h.update(f).update('\0');
  return `folder sha256:${h.digest('hex')}`;
}

/** The shard's block of the folder's sorted listing, extracted. */
export async function folderPart(
  ex: LoadedExtractor,
  folder: string,
  shard: ShardSpec,
  o: PartOptions,
): Promise<PartResult> {
  const { files: listing, omitted } = await listFolderDetailed(folder, o.recursive);
  const omittedLine = omittedNote(folder, omitted);
  const { start, end } = shardRange(listing.length, shard);
  const mine = listing.slice(start, end);
  const info = {
    format: PARTIAL_FORMAT,
    index: shard.index,
    of: shard.of,
    total: listing.length,
    start,
    end,
    source: listingDigest(listing.map((f) => relativePath(folder, f))),
  } as const;
  const dim = ex.dim;
  if (!mine.length) {
    // more shards than images: an empty part still counts as its shard
    const stats = await partialStats(new Float32Array(0), 0, dim);
    return {
      part: {
        ...stats,
        shard: info,
        protocol: { ...ex.protocol },
        warning: ex.bytes.warning,
        ...emptyRows(o.features, ex),
      },
      omittedNote: omittedLine,
      imagesPerSecond: 0,
    };
  }
  const r = await extractFolder(ex, folder, {
    files: mine,
    batchSize: o.batchSize,
    maxPixels: o.maxPixels,
    onBadImage: o.onBadImage,
    warn: o.warn,
    progress: o.progress,
    label: `features ${folder} (shard ${shardText(shard)})`,
  });
  const position = new Map(mine.map((f, i) => [f, start + i]));
  const features = r.features[ex.featureOutput];
  const logits = ex.logitsOutput ? r.features[ex.logitsOutput] : undefined;
  const stats = await partialStats(features, r.count, dim);
  const part: PartFile = {
    ...stats,
    shard: info,
    protocol: { ...ex.protocol },
    warning: ex.bytes.warning,
    ...(o.features
      ? {
          features,
          files: r.relativeFiles,
          indices: r.files.map((f) => position.get(f)!),
          ...(logits ? { logits, logitsDim: ex.model.outputs[ex.logitsOutput!] } : {}),
        }
      : {}),
  };
  return {
    part,
    skippedNote: skippedNote(folder, r.skipped),
    omittedNote: omittedLine,
    imagesPerSecond: r.imagesPerSecond,
  };
}

function emptyRows(features: boolean, ex: LoadedExtractor): Partial<PartFile> {
  if (!features) return {};
  return {
    features: new Float32Array(0),
    files: [],
    indices: [],
    ...(ex.logitsOutput ? { logits: new Float32Array(0), logitsDim: ex.model.outputs[ex.logitsOutput] } : {}),
  };
}

/**
 * The sampler options of shard `shard` of `s.n` samples: the block [start, end) of the sample indices, drawn with
 * the single run's seeds (every random number is a function of the seed and the global sample index, rng.ts), so
 * the n shards' samples are the single run's, bit for bit. A sampler command draws its own seeds: refused.
 */
export function shardSampler(
  s: SampleImagesOptions,
  shard: ShardSpec,
  what = '--shard',
): { opts: SampleImagesOptions; start: number; end: number } {
  if (s.kind === 'command') {
    throw new InputError(
      `${what}: a sampler command cannot be sharded (it draws its own seeds); give each matrix job its own images and shard the folder`,
      'shard',
    );
  }
  const { start, end } = shardRange(s.n, shard);
  return {
    start,
    end,
    opts: {
      ...s,
      n: end - start,
      ...(s.gan ? { gan: { ...s.gan, first: start } } : {}),
      ...(s.diffusion ? { diffusion: { ...s.diffusion, first: start } } : {}),
    },
  };
}

/** The shard's block of a sampler's samples, sampled and extracted in memory. */
export async function samplesPart(
  ex: LoadedExtractor,
  s: SampleImagesOptions,
  shard: ShardSpec,
  o: PartOptions,
  what = '--shard',
): Promise<PartResult> {
  const { opts, start, end } = shardSampler(s, shard, what);
  const info = {
    format: PARTIAL_FORMAT,
    index: shard.index,
    of: shard.of,
    total: s.n,
    start,
    end,
    source: 'samples',
  } as const;
  const dim = ex.dim;
  const sampler = opts.n > 0 ? await openSampler(opts) : undefined;
  // the single run's protocol: its settings name the whole run's n (compare.ts, loadSamples)
  const settings: Record<string, unknown> = { ...(sampler?.settings ?? {}), n: s.n };
  const protocol = samplesProtocol(ex, settings);
  if (!sampler)
    return {
      part: {
        ...(await partialStats(new Float32Array(0), 0, dim)),
        shard: info,
        protocol,
        warning: ex.bytes.warning,
        ...emptyRows(o.features, ex),
      },
      imagesPerSecond: 0,
    };
  const r = await extractSamples(ex, sampler.images(), sampler.n, {
    batchSize: o.batchSize,
    progress: o.progress,
    label: `generated samples features (shard ${shardText(shard)})`,
    first: start,
  });
  const { features, logits } = r;
  const part: PartFile = {
    ...(await partialStats(features, r.count, dim)),
    shard: info,
    protocol,
    warning: ex.bytes.warning,
    ...(o.features
      ? {
          features,
          files: Array.from({ length: r.count }, (_, k) => sampleName(start + k)),
          indices: Array.from({ length: r.count }, (_, k) => start + k),
          ...(logits ? { logits, logitsDim: ex.model.outputs[ex.logitsOutput!] } : {}),
        }
      : {}),
  };
  return { part, imagesPerSecond: r.imagesPerSecond };
}
