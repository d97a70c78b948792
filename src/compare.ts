// `compare`: two inputs (image folders or statistics .npz files) → every requested metric, with its settings, as a
// MetricsReport. Used by the CLI and the Action. The metrics come from the registry (metrics/registry.ts); compare
// runs them as named stages: select the metrics → load the inputs → reconcile their protocols → compute the metrics →
// their bootstrap intervals → build the report. Each stage is exported, so `fid-gate stats` and `fid-gate elbo` reuse
// the loading (loadFolderStats) and the ELBO (computeElbo).
import { existsSync, statSync } from 'node:fs';
import { InputError } from './util/errors.js';
import {
  extractFolder,
  extractSamples,
  listFolderDetailed,
  extractorLoadOptions,
  loadExtractor,
  omittedNote,
  samplesProtocol,
  skippedNote,
  type FolderFeatures,
  type LoadedExtractor,
} from './pipeline.js';
import type { OnBadImage } from './features/extract.js';
import { StatsAccumulator, type GaussianStats } from './metrics/stats.js';
import { readStatsNpz, type StatsFile } from './metrics/stats-file.js';
import { settleCovariance, settledOnError } from './math/covariance-check.js';
import { fidFromFeatures } from './metrics/defs/fid.js';
import { deviceLabel, type Device } from './features/session.js';
import type { ResizeMode } from './features/inception.js';
import type { EncoderSpec } from './features/encoder.js';
import { METRICS_SCHEMA, type MetricsReport, type ReportProtocol } from './core/report-types.js';
import { VERSION } from './version.js';
import type { BootstrapMetric } from './metrics/bootstrap.js';
import { metricIntervals } from './metrics/intervals.js';
import type { RgbImage } from './images/decode.js';
import { openSampler, type SampleImagesOptions } from './sampling/sample.js';
import { protocolDifferences, referenceDigest, type Protocol } from './core/protocol.js';
import { DEFAULT_ANALYSIS_SEED } from './core/defaults.js';
import { EXTRACTORS, extractorFor, extractorOfProtocol, type ExtractorDecl } from './features/extractors.js';
import {
  checkMetricsSupported,
  defaultMetricGroups,
  METRIC_GROUPS,
  METRICS,
  type MetricGroup,
  type MetricGroupName,
} from './metrics/registry.js';
import type { CompareElboOptions, LoadedInput, MetricContext, MetricGroupDef } from './metrics/metric-def.js';
import { DEFAULT_BOOTSTRAP_REPLICATES } from './core/defaults.js';

export interface CompareOptions {
  real: string;
  /** Folder or statistics file; not used (and optional) when `sampler` is given. */
  generated?: string;
  /** Sample the generated side from a model (what openSampler takes) instead of reading `generated`: no disk round
   * trip. */
  sampler?: SampleImagesOptions;
  /** Called with the first (up to 64) samples when `sampler` is given (e.g. to write a preview grid). */
  onSamples?: (first: RgbImage[]) => void | Promise<void>;
  /** Also compute elbo-bpd (diffusion ELBO in bits/dim) over held-out real images. */
  elbo?: CompareElboOptions;
  /** Default: every default metric the extractor supports (metrics/registry.ts's defaultMetricGroups). */
  metrics?: readonly MetricGroup[];
  weights?: string;
  /** Inception's resize: 'legacy-pytorch' (pytorch-fid, default) or 'clean' (clean-fid). */
  resize?: ResizeMode;
  /** An ONNX encoder instead of the Inception network (FD, KID, precision/recall in its feature space; no IS). */
  encoder?: EncoderSpec;
  cacheDir?: string;
  device?: Device;
  batchSize?: number;
  threads?: number;
  recursive?: boolean;
  /** Seed of the analysis: KID subsets, FD∞ and the bootstrap (default DEFAULT_ANALYSIS_SEED, torch-fidelity's KID
   * seed). */
  seed?: number;
  /** Bootstrap replicates for the 95 % intervals of FID, KID, P/R/D/C (default 200; 0 = none). */
  bootstrap?: number;
  /** Rows per set in one bootstrap replicate, at most (default 1000; above: m-out-of-n, see metrics/bootstrap.ts). */
  bootstrapMaxSamples?: number;
  /** KID: 'full' (all pairs, the default up to 5,000 × 5,000) or 'subsets' (100 subsets of 1,000, seeded). */
  kidMode?: 'full' | 'subsets' | 'auto';
  log?: (msg: string) => void;
  progress?: boolean | ((line: string) => void);
  /** Decompression-bomb guard: refuse images with more pixels (default: decode.ts's DEFAULT_MAX_PIXELS; 0 = none). */
  maxPixels?: number;
  /** An image folder's undecodable image: 'fail' (default) stops the run, 'skip' leaves it out (noted in the report).
   * */
  onBadImage?: OnBadImage;
  /** Where each image skipped by onBadImage 'skip' is reported (default: `log`; the Action makes it an annotation). */
  warn?: (line: string) => void;
  /** Training images (folder, or stats .npz with features): adds memorization and the reference-leak check. */
  training?: string;
  /** Suspected copy ⇔ ρ < beta (default metrics/memorization.ts's DEFAULT_BETA). */
  memorizationBeta?: number;
  /** With `training`: write the closest generated/training pairs as a PNG here (image folders only). */
  pairsGrid?: string;
  /** Already-loaded extractor (the Action reuses one for several folders). */
  extractor?: LoadedExtractor;
}

/** An existing folder (a path that does not exist is none). */
export function isFolder(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

function isStatsFile(p: string): boolean {
  return existsSync(p) && !statSync(p).isDirectory();
}

/** What extractFolder takes, besides the extractor and the folder. */
export interface FolderStatsOptions {
  files?: string[];
  recursive?: boolean;
  batchSize?: number;
  progress?: boolean | ((line: string) => void);
  label?: string;
  maxPixels?: number;
  onBadImage?: OnBadImage;
  warn?: (line: string) => void;
}

/** An image folder's features, logits (Inception) and Gaussian statistics. */
export interface FolderStats {
  stats: GaussianStats;
  features: Float32Array;
  logits?: Float32Array;
  /** The extraction itself (count, kept files, skipped images, speed). */
  extraction: FolderFeatures;
}

/**
 * Extracts an image folder and accumulates its statistics (what `fid-gate stats` writes and compare reads).
 * `tooFew(count)` is thrown when fewer than 2 images were extracted (statistics need at least 2).
 */
export async function loadFolderStats(
  ex: LoadedExtractor,
  folder: string,
  o: FolderStatsOptions,
  tooFew: (count: number) => Error,
): Promise<FolderStats> {
  const r = await extractFolder(ex, folder, o);
  if (r.count < 2) throw tooFew(r.count);
  const features = r.features[ex.featureOutput];
  const acc = new StatsAccumulator(ex.dim);
  await acc.add(features, r.count);
  const stats = await acc.finalize();
  return { stats, features, logits: ex.logitsOutput ? r.features[ex.logitsOutput] : undefined, extraction: r };
}

/**
 * Loads one side (an image folder or a statistics .npz) for compare. `deferSemidefinite`: see readStatsNpz (the
 * caller settles).
 */
export async function loadInput(
  which: 'real' | 'generated' | 'training',
  source: string,
  o: CompareOptions,
  getExtractor: () => Promise<LoadedExtractor>,
  deferSemidefinite = false,
): Promise<LoadedInput> {
  if (!existsSync(source)) throw new InputError(`${which} input ${source}: no such folder or file`, source);
  if (isFolder(source)) {
    const { files, omitted } = await listFolderDetailed(source, o.recursive);
    const ex = await getExtractor();
    const f = await loadFolderStats(
      ex,
      source,
      {
        files,
        batchSize: o.batchSize,
        progress: o.progress,
        label: `${which} features`,
        maxPixels: o.maxPixels,
        onBadImage: o.onBadImage,
        warn: o.warn ?? o.log,
      },
      (count) => new InputError(`${which} input ${source}: ${count} image; the metrics need at least 2`, source),
    );
    const r = f.extraction;
    return {
      ...f.stats,
      features: f.features,
      logits: f.logits,
      files: r.relativeFiles,
      summary: { source, kind: 'folder', count: r.count, protocol: ex.protocol },
      skippedNote: skippedNote(`${which} input ${source}`, r.skipped, source),
      omittedNote: omittedNote(`${which} input ${source}`, omitted, source),
    };
  }
  const s: StatsFile = await readStatsNpz(source, { deferSemidefinite });
  // N < 2 in a statistics file (features of 0 or 1 rows, or a recorded count of 1): refuse like a folder, instead of
  // an internal error in KID or a meaningless FID. No count and no features is pytorch-fid's layout (N unknown, kept as
  // 0 here).
  const count = s.count ?? 0;
  if ((s.features || count > 0) && count < 2) {
    await settleCovariance(s.sigma); // an invalid sigma is named first, as when it is tested on reading
    throw new InputError(`${which} input ${source}: ${count} image(s); the metrics need at least 2`, source);
  }
  return { ...s, count, summary: { source, kind: 'stats', count, protocol: s.protocol } };
}

/** Source name of a sampled generated side, for messages and the report. */
export function samplerSource(s: SampleImagesOptions): string {
  if (s.kind === 'command') return `command: ${s.command?.command ?? ''}`;
  return `${s.kind}: ${typeof s.generator === 'string' ? s.generator : '(in memory)'}`;
}

/** A generated side sampled from a model, with the sampler's settings. */
export interface SampledInput extends LoadedInput {
  settings: Record<string, unknown>;
  samplerDevice?: string;
}

/** Samples the generated side from a model and extracts it without a disk round trip. */
export async function loadSamples(
  s: SampleImagesOptions,
  o: CompareOptions,
  getExtractor: () => Promise<LoadedExtractor>,
): Promise<SampledInput> {
  const source = samplerSource(s);
  if (s.n < 2)
    throw new InputError(`generated samples (${source}): -n ${s.n}; the metrics need at least 2`, 'num-samples');
  const ex = await getExtractor();
  const sampler = await openSampler({ log: o.log, ...s });
  const first: RgbImage[] = [];
  async function* tap() {
    for await (const img of sampler.images()) {
      if (first.length < 64) first.push(img);
      yield img;
    }
  }
  const { files, features, logits, count } = await extractSamples(ex, tap(), sampler.n, {
    batchSize: o.batchSize,
    progress: o.progress,
    label: 'generated samples features',
  });
  if (o.onSamples && first.length) await o.onSamples(first);
  const acc = new StatsAccumulator(ex.dim);
  await acc.add(features, count);
  const stats = await acc.finalize();
  return {
    ...stats,
    features,
    logits,
    files,
    settings: sampler.settings,
    samplerDevice: sampler.device,
    summary: {
      source,
      kind: 'samples',
      count,
      protocol: samplesProtocol(ex, sampler.settings),
    },
  };
}

/** Loads the extractor on first use (an image folder or samples need it; statistics files do not). */
export interface ExtractorLoader {
  get(): Promise<LoadedExtractor>;
  /** The extractor, if one was given or loaded. */
  loaded(): LoadedExtractor | undefined;
}

export function extractorLoader(o: CompareOptions): ExtractorLoader {
  let extractor = o.extractor;
  return {
    async get() {
      extractor ??= await loadExtractor(extractorLoadOptions(o, o.log));
      return extractor;
    },
    loaded: () => extractor,
  };
}

/** The extractor the options choose, as the extractor registry declares it, and its name for messages. */
function chosenExtractor(o: Pick<CompareOptions, 'extractor' | 'encoder'>): { decl: ExtractorDecl; name: string } {
  if (o.extractor) {
    const decl =
      o.extractor.kind === 'inception'
        ? EXTRACTORS.inception
        : (extractorOfProtocol(o.extractor.protocol.extractor) ?? EXTRACTORS.custom);
    return { decl, name: o.extractor.model.name };
  }
  return { decl: extractorFor(o.encoder), name: o.encoder ? `onnx:${o.encoder.path}` : 'the Inception network' };
}

/** Stage 1: the metric groups to compute (given, else the defaults the extractor supports); refused up front when
 * unsupported. */
export function selectMetricGroups(o: Pick<CompareOptions, 'metrics' | 'extractor' | 'encoder'>): MetricGroup[] {
  const { decl, name } = chosenExtractor(o);
  const groups = o.metrics ? [...o.metrics] : defaultMetricGroups(decl);
  checkMetricsSupported(groups, decl, name);
  return groups;
}

/** The two sides of a comparison. */
export interface LoadedInputs {
  real: LoadedInput;
  generated: LoadedInput;
  /** Set when the generated side was sampled from a model. */
  sampled?: SampledInput;
}

/**
 * Stage 2: loads the real side, then the generated side (a folder, a statistics file, or samples).
 * `deferGeneratedSemidefinite` (when FID runs): a generated statistics file's sigma is not factored on reading, since
 * the distance certifies it for free (readStatsNpz); the caller settles it after the metrics (settleInputs).
 */
export async function loadInputs(
  o: CompareOptions,
  getExtractor: () => Promise<LoadedExtractor>,
  deferGeneratedSemidefinite = false,
): Promise<LoadedInputs> {
  if (!o.sampler && o.generated === undefined)
    throw new InputError(
      'compare: give the generated images (a folder or statistics file) or a generator to sample from',
      'generated',
    );
  let real: LoadedInput, generated: LoadedInput, sampled: SampledInput | undefined;
  if (!o.sampler && isStatsFile(o.real) && isStatsFile(o.generated!)) {
    // two statistics files: read and validated side by side (inflation on the thread pool, the covariance checks'
    // factorizations interleaved); an error of the real side is reported first, as in the sequential order
    const [r, g] = await Promise.allSettled([
      loadInput('real', o.real, o, getExtractor),
      loadInput('generated', o.generated!, o, getExtractor, deferGeneratedSemidefinite),
    ]);
    if (r.status === 'rejected') throw r.reason;
    if (g.status === 'rejected') throw g.reason;
    real = r.value;
    generated = g.value;
  } else {
    real = await loadInput('real', o.real, o, getExtractor);
    sampled = o.sampler ? await loadSamples(o.sampler, o, getExtractor) : undefined;
    generated = sampled ?? (await loadInput('generated', o.generated!, o, getExtractor, deferGeneratedSemidefinite));
  }
  if (real.dim !== generated.dim) {
    await settleInputs({ real, generated });
    throw new InputError(
      `real (${o.real}) has ${real.dim}-dimensional statistics, generated (${generated.summary.source}) ${generated.dim}-dimensional: they come from different extractors`,
    );
  }
  return { real, generated, sampled };
}

/**
 * Runs the covariance tests that loadInputs deferred and the metrics did not settle on the way (InputError naming the
 * file for an invalid sigma); a no-op for anything else.
 */
export async function settleInputs(inputs: Pick<LoadedInputs, 'real' | 'generated'>): Promise<void> {
  for (const s of [inputs.real, inputs.generated]) await settleCovariance(s.sigma);
}

/** What reconciling the protocols decides. */
export interface Reconciled {
  /** The protocol of the comparison (undefined: neither input records one and no extractor ran). */
  protocol?: Protocol;
  /** The metric groups, less those the inputs' extractor cannot serve when none were asked for. */
  groups: MetricGroup[];
  notes: string[];
}

/**
 * Stage 3: refuses inputs made with different protocols, says so when one side records none (pytorch-fid / clean-fid
 * statistics files), and checks the metrics against the extractor the inputs come from.
 */
export function reconcileProtocols(
  inputs: LoadedInputs,
  groups: readonly MetricGroup[],
  o: Pick<CompareOptions, 'real' | 'metrics'>,
  extractor: LoadedExtractor | undefined,
): Reconciled {
  const { real, generated, sampled } = inputs;
  const notes: string[] = [];
  const pr = real.summary.protocol,
    pg = generated.summary.protocol;
  if (pr && pg) {
    const diff = protocolDifferences(pr, pg);
    if (diff.length)
      throw new InputError(
        `real and generated were made with different protocols (${diff.join('; ')}): their numbers are not comparable`,
      );
  } else if (pr || pg) {
    const unknown = pr ? generated.summary.source : o.real;
    notes.push(
      `${unknown} records no protocol (a pytorch-fid or clean-fid statistics file): assumed to use ${(pr ?? pg)!.extractor} with the same weights and resize`,
    );
  } else {
    notes.push('neither input records its protocol (pytorch-fid or clean-fid statistics files): assumed to match');
  }
  // a sampled generated side: its quantization (the sampler's) is the one that describes the generated images
  const protocol = sampled ? pg : (pr ?? pg ?? extractor?.protocol);
  let selected = [...groups];
  const recorded = extractorOfProtocol(protocol?.extractor);
  if (protocol && recorded && recorded.id !== 'inception') {
    if (!o.metrics) selected = selected.filter((g) => defaultMetricGroups(recorded).includes(g));
    checkMetricsSupported(selected, recorded, protocol.extractor, 'inputs');
    notes.push(
      `features from ${protocol.extractor} (D = ${real.dim}): "fid" is the Fréchet distance in that feature space (e.g. FD_DINOv2), not comparable with Inception FIDs`,
    );
  }
  const warning =
    extractor?.bytes.warning ??
    (protocol?.weights === 'synthetic'
      ? 'WARNING: synthetic Inception weights: these numbers are NOT comparable with published FIDs.'
      : undefined);
  if (warning) notes.unshift(warning);
  // on-bad-image: skip, and entries of the listing that cannot be opened — the report says how many images were
  // left out, and which
  for (const side of [real, generated]) notes.push(...inputNotes(side));
  return { protocol, groups: selected, notes };
}

/** The notes of one loaded input: the entries left out of its folder's listing, the images skipped as undecodable. */
export function inputNotes(input: LoadedInput): string[] {
  return [input.omittedNote, input.skippedNote].filter((n): n is string => !!n);
}

/** Loads the training side for the groups that need it, checked against the comparison's dimension and protocol. */
export async function loadTraining(
  source: string,
  dim: number,
  protocol: Protocol | undefined,
  o: CompareOptions,
  getExtractor: () => Promise<LoadedExtractor>,
): Promise<LoadedInput> {
  const training = await loadInput('training', source, o, getExtractor);
  if (training.dim !== dim)
    throw new InputError(
      `training (${source}) has ${training.dim}-dimensional features, the other inputs ${dim}: they come from different extractors`,
      source,
    );
  if (training.summary.protocol && protocol) {
    const diff = protocolDifferences(training.summary.protocol, protocol);
    if (diff.length)
      throw new InputError(
        `training (${source}) was made with another protocol (${diff.join('; ')}): its distances are not comparable`,
        source,
      );
  }
  return training;
}

const STATS_ONLY_HINT = 'pass the image folder, or a stats file written by `fid-gate stats --features`';

/** Refuses a group whose inputs lack what it needs (per-image features, the generated set's logits). */
function checkNeeds(def: MetricGroupDef, ctx: MetricContext): void {
  const n = def.needs;
  if (n.features) {
    const missing = n.features
      .map((side) => ctx[side]!)
      .filter((s) => !s.features)
      .map((s) => s.summary.source);
    if (missing.length && n.features.length === 1 && n.features[0] === 'generated') {
      throw new InputError(
        `${def.title} needs the generated set's per-image features, but ${missing[0]} holds only mu/sigma: ${STATS_ONLY_HINT}`,
      );
    }
    if (missing.length)
      throw new InputError(
        `${def.title} needs per-image features, but ${missing.join(' and ')} hold(s) only mu/sigma: ${STATS_ONLY_HINT}`,
      );
  }
  if (n.logits && !ctx.generated.logits)
    throw new InputError(
      `${def.title} needs the generated set's logits, but ${ctx.generated.summary.source} holds none: ${STATS_ONLY_HINT}`,
    );
}

/** Which groups run: the selected ones of the pair, the ELBO with `elbo`, the training-set ones with `training`. */
export function activeGroups(
  groups: readonly MetricGroup[],
  o: Pick<CompareOptions, 'elbo' | 'training'>,
): MetricGroupName[] {
  return METRIC_GROUPS.filter((g) =>
    g.needs.source === 'pair'
      ? (groups as readonly string[]).includes(g.group)
      : g.needs.source === 'elbo'
        ? !!o.elbo
        : !!o.training,
  ).map((g) => g.group);
}

/**
 * Stage 4: computes the groups, those on the pair first (in registry order), then the ELBO, then those on the
 * training set (loaded by `loadTrainingSet` just before they run).
 */
export async function computeMetrics(
  groups: readonly MetricGroupName[],
  ctx: MetricContext,
  loadTrainingSet?: () => Promise<LoadedInput>,
): Promise<MetricsReport['metrics']> {
  const metrics: MetricsReport['metrics'] = {};
  for (const source of ['pair', 'elbo', 'training'] as const) {
    for (const def of METRIC_GROUPS as readonly MetricGroupDef[]) {
      if (def.needs.source !== source || !groups.includes(def.group as MetricGroupName)) continue;
      if (source === 'training' && !ctx.training) {
        ctx.training = await loadTrainingSet!();
        ctx.notes.push(...inputNotes(ctx.training));
      }
      checkNeeds(def, ctx);
      Object.assign(metrics, await def.compute(ctx));
    }
  }
  return metrics;
}

/**
 * Stage 5: bootstrap 95 % intervals of the metrics whose registry entry names a bootstrap quantity, from the features
 * at hand (never extracting again). Sets each metric's `ci`; returns the settings for the report's protocol.
 */
export async function computeIntervals(
  metrics: MetricsReport['metrics'],
  real: LoadedInput,
  generated: LoadedInput,
  o: Pick<CompareOptions, 'bootstrap' | 'bootstrapMaxSamples' | 'log'>,
  seed: number,
  progress: ((line: string) => void) | undefined,
  notes: string[],
  device?: MetricContext['device'],
): Promise<ReportProtocol['bootstrap']> {
  const wanted = METRICS.filter((m) => m.interval && metrics[m.name]);
  const replicates = o.bootstrap ?? DEFAULT_BOOTSTRAP_REPLICATES;
  if (replicates <= 0 || !wanted.length) return undefined;
  if (!real.features || !generated.features) {
    notes.push(
      `no bootstrap intervals: ${[real, generated]
        .filter((s) => !s.features)
        .map((s) => s.summary.source)
        .join(' and ')} hold(s) only mu/sigma (pass the folder, or a stats file written with --features)`,
    );
    return undefined;
  }
  const values: Partial<Record<BootstrapMetric, number>> = {};
  for (const m of wanted) values[m.interval!] = metrics[m.name]!.value;
  const b = await metricIntervals(
    {
      x: real.features,
      nReal: real.count,
      y: generated.features,
      nGen: generated.count,
      d: real.dim,
      real,
      generated,
      values,
    },
    wanted.map((m) => m.interval as BootstrapMetric),
    { replicates, seed, maxSamples: o.bootstrapMaxSamples, progress, device },
  );
  for (const m of wanted) {
    const iv = b.intervals[m.interval!];
    // an interval from replicates that are undefined (e.g. KID of a resample of 2 images that repeats one) is no
    // interval: left out and said, never reported as NaN
    if (iv && !(Number.isFinite(iv.halfWidth) && Number.isFinite(iv.se) && iv.replicates.every(Number.isFinite))) {
      notes.push(
        `no bootstrap interval for ${m.name}: some of its replicates are undefined (too few images: ${real.count} real, ${generated.count} generated)`,
      );
      continue;
    }
    if (iv)
      metrics[m.name]!.ci = {
        halfWidth: iv.halfWidth,
        level: 0.95,
        se: iv.se,
        scale: iv.scale,
        method: iv.method,
        replicates: Array.from(iv.replicates, (v) => Number(v.toPrecision(10))),
      };
  }
  o.log?.(
    `intervals: ${replicates} replicates in ${b.seconds.toFixed(1)} s (${[...new Set(wanted.map((m) => `${m.name}: ${b.intervals[m.interval!]?.method}`))].join(', ')})`,
  );
  return {
    replicates,
    draws: b.draws ?? { real: real.count, generated: generated.count },
    ...(b.fidDraws ? { fidDraws: b.fidDraws } : {}),
  };
}

/** What the report is built from. */
export interface ReportParts {
  inputs: LoadedInputs;
  protocol?: Protocol;
  metrics: MetricsReport['metrics'];
  notes: string[];
  seed: number;
  bootstrap?: ReportProtocol['bootstrap'];
  /** The extractor's device, if one ran. */
  device?: string;
  durationSeconds: number;
}

/** Stage 6: the metrics JSON. */
export function buildReport(p: ReportParts): MetricsReport {
  const { real, generated, sampled } = p.inputs;
  return {
    schema: METRICS_SCHEMA,
    fidGateVersion: VERSION,
    createdAt: new Date().toISOString(),
    protocol: {
      ...(p.protocol ?? {
        extractor: 'unknown',
        weights: 'unknown',
        weightsSha256: 'unknown',
        resize: 'unknown',
        quantization: 'unknown',
        fidGateVersion: VERSION,
      }),
      nReal: real.count,
      nGenerated: generated.count,
      device: p.device ?? 'none (statistics files)',
      ...(sampled
        ? { sampling: { ...sampled.settings, ...(sampled.samplerDevice ? { device: sampled.samplerDevice } : {}) } }
        : {}),
      seed: p.seed,
      realDigest: referenceDigest(real),
      ...(p.bootstrap ? { bootstrap: p.bootstrap } : {}),
    },
    real: real.summary,
    generated: generated.summary,
    metrics: p.metrics,
    notes: p.notes,
    durationSeconds: p.durationSeconds,
  };
}

/** Progress lines of the analysis (FD∞, the bootstrap): the progress callback, else the log when progress is on. */
function analysisProgress(o: Pick<CompareOptions, 'progress' | 'log'>): ((line: string) => void) | undefined {
  return typeof o.progress === 'function' ? o.progress : o.progress ? o.log : undefined;
}

export async function runCompare(
  o: CompareOptions,
): Promise<{ report: MetricsReport; real: LoadedInput; generated: LoadedInput }> {
  const t0 = performance.now();
  const selected = selectMetricGroups(o);
  const extractor = extractorLoader(o);
  const inputs = await loadInputs(o, extractor.get, selected.includes('fid'));
  // an invalid input file is reported as such, before any error it caused further on
  const sigmas = [inputs.real.sigma, inputs.generated.sigma];
  const { protocol, groups, notes } = await settledOnError(sigmas, async () => {
    const r = reconcileProtocols(inputs, selected, o, extractor.loaded());
    // a generated file's deferred covariance test is left to FID only where FID reads that covariance
    if (!r.groups.includes('fid') || fidFromFeatures(inputs.real, inputs.generated, inputs.real.dim))
      await settleInputs(inputs);
    return r;
  });
  const seed = o.seed ?? DEFAULT_ANALYSIS_SEED;
  const progress = analysisProgress(o);
  const ctx: MetricContext = {
    real: inputs.real,
    generated: inputs.generated,
    dim: inputs.real.dim,
    seed,
    settings: o,
    progress,
    notes,
    // read when a group runs: the training set's extraction may load the extractor after this
    get device() {
      return extractor.loaded()?.model.device;
    },
  };
  const metrics = await settledOnError(sigmas, () =>
    computeMetrics(activeGroups(groups, o), ctx, () =>
      loadTraining(o.training!, inputs.real.dim, protocol, o, extractor.get),
    ),
  );
  await settleInputs(inputs); // FID settled them on its way; this one makes sure
  const bootstrap = await computeIntervals(
    metrics,
    inputs.real,
    inputs.generated,
    o,
    seed,
    progress,
    notes,
    ctx.device,
  );
  const report = buildReport({
    inputs,
    protocol,
    metrics,
    notes,
    seed,
    bootstrap,
    device: ((m) => m && deviceLabel(m))(extractor.loaded()?.model),
    durationSeconds: (performance.now() - t0) / 1000,
  });
  return { report, real: inputs.real, generated: inputs.generated };
}
