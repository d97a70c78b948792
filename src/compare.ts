// `compare`: two inputs (image folders or statistics .npz files) → every requested metric, with its settings, as a
// MetricsReport. Used by the CLI and the Action. Metrics form a registry: each entry states what it needs (Gaussian
// statistics, pool3 features of both sets, or logits of the generated set) and computes its results.
import { existsSync, statSync } from 'node:fs';
import { InputError } from './util/errors.js';
import { extractFolder, listFolder, loadExtractor, skippedNote, type LoadedExtractor, type Protocol } from './pipeline.js';
import type { OnBadImage } from './features/extract.js';
import { StatsAccumulator, type GaussianStats } from './metrics/stats.js';
import { readStatsNpz, type StatsFile } from './metrics/stats-file.js';
import { frechetDistanceFromFeatures } from './metrics/fid.js';
import { frechetDistanceFromStats } from './metrics/fid-stats.js';
import { inceptionScore } from './metrics/inception-score.js';
import { kidFull, kidSubsets } from './metrics/kid.js';
import { prdc } from './metrics/prdc.js';
import { fdInfinity } from './metrics/fd-infinity.js';
import { memorization } from './metrics/memorization.js';
import { writePairsGrid } from './report/pairs-grid.js';
import path from 'node:path';
import type { Device } from './features/session.js';
import type { ResizeMode } from './features/inception.js';
import type { EncoderSpec } from './features/encoder.js';
import type { InputSummary, MetricName, MetricResult, MetricsReport } from './report/types.js';
import { VERSION } from './version.js';
import { createHash } from 'node:crypto';
import { bootstrapMetrics, DEFAULT_BOOTSTRAP_REPLICATES, type BootstrapMetric } from './metrics/bootstrap.js';
import { extractFeatures } from './features/extract.js';
import { configureSharp, decodeRgb, type RgbImage } from './images/decode.js';
import { listImages } from './images/list.js';
import { openSampler, samplesAsDecoder, type SampleImagesOptions } from './sampling/sample.js';
import { estimateElbo, elboMetric, type ElboOptions } from './sampling/elbo.js';
import { loadModel } from './sampling/model.js';

/** The metric groups; the default is fid, kid, is, prdc (fdinf is opt-in: ≈ 15 FIDs; memorization needs training images). */
export const ALL_METRICS = ['fid', 'kid', 'is', 'prdc', 'fdinf'] as const;
export type MetricGroup = (typeof ALL_METRICS)[number];

/** The diffusion ELBO (metric elbo-bpd) of a denoiser over a folder of held-out real images. */
export interface CompareElboOptions extends Omit<ElboOptions, 'seed' | 'progress'> {
  /** The ONNX denoiser (path or bytes). */
  denoiser: string | Uint8Array;
  /** Folder of held-out real images (of the model's size). */
  images: string;
  recursive?: boolean;
  /** Only the first N images (sorted by name). */
  limit?: number;
  /** Default: CompareOptions.seed, else 0. */
  seed?: number;
}

export interface CompareOptions {
  real: string;
  /** Folder or statistics file; not used (and optional) when `sampler` is given. */
  generated?: string;
  /** Sample the generated side from a model (what openSampler takes) instead of reading `generated`: no disk round trip. */
  sampler?: SampleImagesOptions;
  /** Called with the first (up to 64) samples when `sampler` is given (e.g. to write a preview grid). */
  onSamples?: (first: RgbImage[]) => void | Promise<void>;
  /** Also compute elbo-bpd (diffusion ELBO in bits/dim) over held-out real images. */
  elbo?: CompareElboOptions;
  /** Default: every metric that applies (all four for the Inception network; no IS for another encoder). */
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
  /** Seed of the analysis: KID subsets and the bootstrap (default 2020, torch-fidelity's KID seed). */
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
  /** An image folder's undecodable image: 'fail' (default) stops the run, 'skip' leaves it out (noted in the report). */
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

/** One side of a comparison, with what we know about it. */
export interface LoadedInput extends GaussianStats {
  summary: InputSummary;
  features?: Float32Array;
  logits?: Float32Array;
  files?: string[];
  /** The report note for images skipped by onBadImage 'skip' (a folder input), if any. */
  skippedNote?: string;
}

export function parseMetrics(value: string | undefined, what = '--metrics'): MetricGroup[] {
  if (value === undefined || value.trim() === '') return ['fid', 'kid', 'is', 'prdc'];
  const out: MetricGroup[] = [];
  for (const raw of value.split(',')) {
    const m = raw.trim().toLowerCase();
    if (!m) continue;
    const alias: Record<string, MetricGroup> = { fid: 'fid', kid: 'kid', is: 'is', isc: 'is', 'inception-score': 'is', prdc: 'prdc', pr: 'prdc', fdinf: 'fdinf', 'fd-inf': 'fdinf', 'fid-inf': 'fdinf' };
    if (!alias[m]) throw new InputError(`${what}: unknown metric "${raw.trim()}" (known: fid, kid, is, prdc, fdinf)`, what);
    if (!out.includes(alias[m])) out.push(alias[m]);
  }
  if (!out.length) throw new InputError(`${what}: no metric given`, what);
  return out;
}

function isFolder(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

async function loadSide(which: 'real' | 'generated' | 'training', source: string, o: CompareOptions, getExtractor: () => Promise<LoadedExtractor>): Promise<LoadedInput> {
  if (!existsSync(source)) throw new InputError(`${which} input ${source}: no such folder or file`, source);
  if (isFolder(source)) {
    const files = await listFolder(source, o.recursive);
    const ex = await getExtractor();
    const r = await extractFolder(ex, source, { files, batchSize: o.batchSize, progress: o.progress, label: `${which} features`, maxPixels: o.maxPixels,
      onBadImage: o.onBadImage, warn: o.warn ?? o.log });
    if (r.count < 2) throw new InputError(`${which} input ${source}: ${r.count} image; the metrics need at least 2`, source);
    const features = r.features[ex.featureOutput];
    const acc = new StatsAccumulator(ex.dim);
    await acc.add(features, r.count);
    const stats = await acc.finalize();
    const logits = ex.logitsOutput ? r.features[ex.logitsOutput] : undefined;
    return { ...stats, features, logits, files: r.relativeFiles, summary: { source, kind: 'folder', count: r.count, protocol: ex.protocol }, skippedNote: skippedNote(`${which} input ${source}`, r.skipped, source) };
  }
  const s: StatsFile = await readStatsNpz(source);
  // N < 2 in a statistics file (features of 0 or 1 rows, or a recorded count of 1): refuse like a folder, instead of
  // an internal error in KID or a meaningless FID. No count and no features is pytorch-fid's layout (N unknown, kept as 0 here).
  const count = s.count ?? 0;
  if ((s.features || count > 0) && count < 2) {
    throw new InputError(`${which} input ${source}: ${count} image(s); the metrics need at least 2`, source);
  }
  return { ...s, count, summary: { source, kind: 'stats', count, protocol: s.protocol } };
}

/** Source name of a sampled generated side, for messages and the report. */
export function samplerSource(s: SampleImagesOptions): string {
  if (s.kind === 'command') return `command: ${s.command?.command ?? ''}`;
  return `${s.kind}: ${typeof s.generator === 'string' ? s.generator : '(in memory)'}`;
}

async function loadSamples(s: SampleImagesOptions, o: CompareOptions, getExtractor: () => Promise<LoadedExtractor>): Promise<LoadedInput & { settings: Record<string, unknown>; samplerDevice?: string }> {
  const source = samplerSource(s);
  if (s.n < 2) throw new InputError(`generated samples (${source}): -n ${s.n}; the metrics need at least 2`, 'num-samples');
  const ex = await getExtractor();
  configureSharp();
  const sampler = await openSampler({ log: o.log, ...s });
  const first: RgbImage[] = [];
  async function* tap() {
    for await (const img of sampler.images()) {
      if (first.length < 64) first.push(img);
      yield img;
    }
  }
  const { files, decode } = samplesAsDecoder(tap(), sampler.n);
  const r = await extractFeatures(ex.model, files, { batchSize: o.batchSize, decode, progress: o.progress, label: 'generated samples features' });
  if (o.onSamples && first.length) await o.onSamples(first);
  const features = r.features[ex.featureOutput];
  for (let i = 0; i < features.length; i++) {
    if (!Number.isFinite(features[i])) throw new InputError(`${ex.model.name}: output ${ex.featureOutput} is NaN or Inf for sample ${Math.floor(i / ex.dim)}: the model or its weights are broken`);
  }
  const acc = new StatsAccumulator(ex.dim);
  await acc.add(features, r.count);
  const stats = await acc.finalize();
  const logits = ex.logitsOutput ? r.features[ex.logitsOutput] : undefined;
  const quantization = typeof sampler.settings.quantization === 'string' ? sampler.settings.quantization : ex.protocol.quantization;
  return {
    ...stats, features, logits, files, settings: sampler.settings, samplerDevice: sampler.device,
    summary: { source, kind: 'samples', count: r.count, protocol: { ...ex.protocol, quantization, sampling: sampler.settings } },
  };
}

/** elbo-bpd of a diffusion denoiser over held-out images (the `elbo` option). */
export async function computeElbo(e: CompareElboOptions, o: Pick<CompareOptions, 'device' | 'threads' | 'cacheDir' | 'log' | 'progress' | 'seed'> = {}): Promise<MetricResult> {
  if (!existsSync(e.images) || !statSync(e.images).isDirectory()) throw new InputError(`ELBO images ${e.images}: no such folder`, e.images);
  configureSharp();
  let files = await listImages(e.images, { recursive: e.recursive });
  if (e.limit !== undefined) files = files.slice(0, e.limit);
  const model = await loadModel({ model: e.denoiser, device: o.device, threads: o.threads, cacheDir: o.cacheDir, log: o.log }, 'ELBO denoiser');
  async function* images() { for (const f of files) yield await decodeRgb(f); }
  const { denoiser: _d, images: _i, recursive: _r, limit: _l, ...settings } = e;
  const progress = typeof o.progress === 'function' ? o.progress : o.progress === true ? (l: string) => o.log?.(l) : false;
  const r = await estimateElbo(model.session, images(), { ...settings, seed: e.seed ?? o.seed ?? 0, progress, total: files.length, model: model.source });
  const m = elboMetric(r);
  return { value: m.value, std: m.std, better: 'lower', details: { ...m.details, model: { source: model.source, sha256: model.sha256 }, imagesFolder: e.images } };
}

/**
 * The memorization metric (metrics/memorization.ts): the share of generated samples whose nearest training sample is
 * closer than β × that sample's own nearest-neighbour distance; the reference is checked the same way (a reference
 * image that close to a training image means the reference set leaks into training). Writes the pairs grid.
 */
async function memorizationMetric(real: LoadedInput, generated: LoadedInput, training: LoadedInput, o: CompareOptions, notes: string[]): Promise<MetricResult> {
  const need = [generated, training].filter((s) => !s.features).map((s) => s.summary.source);
  if (need.length) throw new InputError(`memorization needs per-image features, but ${need.join(' and ')} hold(s) only mu/sigma: pass the image folder, or a stats file written by \`fid-gate stats --features\``);
  const r = await memorization(training.features!, training.count, generated.features!, generated.count, real.dim, {
    beta: o.memorizationBeta, ...(real.features ? { reference: { features: real.features, n: real.count } } : {}),
  });
  const name = (side: LoadedInput, i: number) => side.files?.[i] ?? `#${i}`;
  const pairs = r.closestPairs.map((p) => ({ generated: name(generated, p.generated), training: name(training, p.training), distance: p.distance, ratio: p.ratio }));
  const details: Record<string, unknown> = {
    reference: 'authenticity rule of Alaa et al. 2022 with ratio threshold beta', beta: r.beta, flagged: r.flagged, nTraining: training.count, trainingSource: training.summary.source,
    closestPairs: pairs,
  };
  if (r.flagged) notes.push(`memorization: ${r.flagged} of ${generated.count} generated images (${(100 * r.share).toFixed(1)}%) are closer to a training image than ${r.beta} × its distance to the nearest other training image: suspected copies (closest: ${pairs.slice(0, 3).map((p) => `${p.generated} ~ ${p.training}`).join(', ')})`);
  if (r.reference) {
    details.referenceShare = r.reference.share;
    details.referenceFlagged = r.reference.flagged;
    const leaks = r.reference.closestPairs.filter((p) => p.ratio < r.beta).map((p) => ({ reference: name(real, p.reference), training: name(training, p.training), distance: p.distance, ratio: p.ratio }));
    details.referenceLeaks = leaks;
    if (r.reference.flagged) {
      notes.push(`WARNING: ${r.reference.flagged} of ${real.count} reference images are near-duplicates of training images (the reference set leaks into training; memorization and FID are then optimistic): ${leaks.slice(0, 5).map((p) => `${p.reference} ~ ${p.training}`).join(', ')}${r.reference.flagged > 5 ? ', …' : ''}`);
    }
  }
  if (o.pairsGrid) {
    const gdir = generated.summary.kind === 'folder' ? generated.summary.source : undefined;
    const tdir = training.summary.kind === 'folder' ? training.summary.source : undefined;
    if (gdir && tdir && generated.files && training.files && r.closestPairs.length) {
      const images = await Promise.all(r.closestPairs.map(async (p) => ({
        left: await decodeRgb(path.join(gdir, generated.files![p.generated])), right: await decodeRgb(path.join(tdir, training.files![p.training])),
      })));
      await writePairsGrid(o.pairsGrid, images);
      details.pairsGrid = o.pairsGrid;
    } else {
      notes.push(`memorization: no pairs grid (${!gdir ? 'the generated side is not an image folder' : 'the training side is not an image folder'}: the images are not at hand)`);
    }
  }
  return { value: r.share, better: 'lower', details };
}

/** SHA-256 of the reference set's features (else of its mu and sigma): identifies the reference in the fingerprint. */
export function referenceDigest(s: GaussianStats & { features?: Float32Array }): string {
  const h = createHash('sha256');
  if (s.features) h.update('features\0').update(new Uint8Array(s.features.buffer, s.features.byteOffset, s.count * s.dim * 4));
  else h.update('stats\0').update(new Uint8Array(s.mu.buffer, s.mu.byteOffset, s.mu.byteLength)).update(new Uint8Array(s.sigma.buffer, s.sigma.byteOffset, s.sigma.byteLength));
  return h.digest('hex');
}

/** The fields that must agree for two results to be comparable. */
export function protocolKey(p: Protocol): string {
  return JSON.stringify([p.extractor, p.weightsSha256, p.resize]);
}

export function protocolDifferences(a: Protocol, b: Protocol): string[] {
  const out: string[] = [];
  if (a.extractor !== b.extractor) out.push(`extractor ${a.extractor} vs ${b.extractor}`);
  if (a.weightsSha256 !== b.weightsSha256) out.push(`weights ${a.weights} (${a.weightsSha256.slice(0, 12)}) vs ${b.weights} (${b.weightsSha256.slice(0, 12)})`);
  if (a.resize !== b.resize) out.push(`resize ${a.resize} vs ${b.resize}`);
  return out;
}

export async function runCompare(o: CompareOptions): Promise<{ report: MetricsReport; real: LoadedInput; generated: LoadedInput }> {
  const t0 = performance.now();
  let groups: readonly MetricGroup[] = o.metrics ?? ['fid', 'kid', 'is', 'prdc'];
  const notes: string[] = [];
  let extractor = o.extractor;
  // IS is the Inception network's class-probability score: refuse it up front for any other encoder
  const otherEncoder = extractor ? extractor.kind !== 'inception' && extractor.model.name : o.encoder && `onnx:${o.encoder.path}`;
  if (!o.metrics && otherEncoder) groups = groups.filter((g) => g !== 'is');
  if (groups.includes('is') && otherEncoder) {
    throw new InputError(`IS (Inception Score) needs the Inception network's class logits; ${otherEncoder} has none: leave "is" out of the metrics (fid, kid, prdc work with any encoder)`);
  }
  const getExtractor = async () => {
    extractor ??= await loadExtractor({ weights: o.weights, resize: o.resize, encoder: o.encoder, cacheDir: o.cacheDir, device: o.device, threads: o.threads, log: o.log });
    return extractor;
  };
  if (!o.sampler && o.generated === undefined) throw new InputError('compare: give the generated images (a folder or statistics file) or a generator to sample from', 'generated');
  const real = await loadSide('real', o.real, o, getExtractor);
  const sampled = o.sampler ? await loadSamples(o.sampler, o, getExtractor) : undefined;
  const generated: LoadedInput = sampled ?? await loadSide('generated', o.generated!, o, getExtractor);
  const genSource = generated.summary.source;
  if (real.dim !== generated.dim) {
    throw new InputError(`real (${o.real}) has ${real.dim}-dimensional statistics, generated (${genSource}) ${generated.dim}-dimensional: they come from different extractors`);
  }

  // protocol: refuse different ones; say so when one side records none (pytorch-fid / clean-fid stats files)
  const pr = real.summary.protocol, pg = generated.summary.protocol;
  if (pr && pg) {
    const diff = protocolDifferences(pr, pg);
    if (diff.length) throw new InputError(`real and generated were made with different protocols (${diff.join('; ')}): their numbers are not comparable`);
  } else if (pr || pg) {
    const unknown = pr ? genSource : o.real;
    notes.push(`${unknown} records no protocol (a pytorch-fid or clean-fid statistics file): assumed to use ${(pr ?? pg)!.extractor} with the same weights and resize`);
  } else {
    notes.push('neither input records its protocol (pytorch-fid or clean-fid statistics files): assumed to match');
  }
  // a sampled generated side: its quantization (the sampler's) is the one that describes the generated images
  const protocol = sampled ? pg : pr ?? pg ?? extractor?.protocol;
  const nonInception = protocol && protocol.extractor !== 'unknown' && !protocol.extractor.startsWith('pytorch-fid-inception');
  if (nonInception) {
    if (!o.metrics) groups = groups.filter((g) => g !== 'is');
    if (groups.includes('is')) {
      throw new InputError(`IS (Inception Score) needs the Inception network's class logits; these inputs come from ${protocol.extractor}: leave "is" out of the metrics`);
    }
    notes.push(`features from ${protocol.extractor} (D = ${real.dim}): "fid" is the Fréchet distance in that feature space (e.g. FD_DINOv2), not comparable with Inception FIDs`);
  }
  const warning = extractor?.bytes.warning ?? (protocol?.weights === 'synthetic' ? 'WARNING: synthetic Inception weights: these numbers are NOT comparable with published FIDs.' : undefined);
  if (warning) notes.unshift(warning);
  // on-bad-image: skip — the report says how many images were left out, and which (issue 7)
  for (const side of [real, generated]) if (side.skippedNote) notes.push(side.skippedNote);

  const metrics: Partial<Record<MetricName, MetricResult>> = {};
  const d = real.dim;
  const needFeatures = (name: string) => {
    const missing = [real, generated].filter((s) => !s.features).map((s) => s.summary.source);
    if (missing.length) {
      throw new InputError(`${name} needs per-image features, but ${missing.join(' and ')} hold(s) only mu/sigma: pass the image folder, or a stats file written by \`fid-gate stats --features\``);
    }
  };

  if (groups.includes('fid')) {
    const small = Math.min(real.count, generated.count) <= d;
    if (real.count <= d || generated.count <= d) {
      notes.push(`WARNING: N (${real.count} real, ${generated.count} generated) is not above the feature dimension ${d}: the covariances are singular and FID is strongly biased upwards (and noisy). Gate on KID (unbiased at any N) rather than FID, or use N > ${d}; FIDs are only comparable at the same N`);
    }
    // the exact sample-space route when features are at hand and the covariances are singular; else from the statistics
    const r = small && real.features && generated.features
      ? await frechetDistanceFromFeatures(real.features, real.count, generated.features, generated.count, d)
      : await frechetDistanceFromStats(real, generated, d);
    metrics.fid = { value: r.fid, better: 'lower', details: { route: r.route, meanTerm: r.meanTerm, traceSigma1: r.traceSigma1, traceSigma2: r.traceSigma2, traceSqrtProduct: r.traceSqrtProduct, clampedEigenvalues: r.clampedEigenvalues } };
  }
  if (groups.includes('kid')) {
    needFeatures('KID');
    const mode = o.kidMode && o.kidMode !== 'auto' ? o.kidMode : real.count * generated.count <= 25e6 ? 'full' : 'subsets';
    if (mode === 'full') {
      const v = await kidFull(real.features!, real.count, generated.features!, generated.count, d);
      metrics.kid = { value: v, better: 'lower', details: { mode: 'full', kernel: '(x·y/d + 1)^3', estimator: 'unbiased MMD²' } };
    } else {
      const seed = o.seed ?? 2020;
      const r = await kidSubsets(real.features!, real.count, generated.features!, generated.count, d, { seed });
      metrics.kid = { value: r.mean, std: r.std, better: 'lower', details: { mode: 'subsets', subsets: r.subsets, subsetSize: r.subsetSize, seed, kernel: '(x·y/d + 1)^3' } };
    }
  }
  if (groups.includes('is')) {
    if (!generated.logits) {
      throw new InputError(`IS needs the generated set's logits, but ${generated.summary.source} holds none: pass the image folder, or a stats file written by \`fid-gate stats --features\``);
    }
    // 10 splits need at least 10 images (inceptionScore would otherwise throw a RangeError: an internal error)
    if (generated.count < 10) throw new InputError(`IS (Inception Score, 10 splits) needs at least 10 generated images; ${generated.summary.source} has ${generated.count}`, generated.summary.source);
    const r = inceptionScore(generated.logits, generated.count, generated.logits.length / generated.count, { splits: 10 });
    metrics.is = { value: r.mean, std: r.std, better: 'higher', details: { splits: 10, order: 'file order (classic definition)', logits: 'fc output with bias' } };
  }
  if (groups.includes('prdc')) {
    needFeatures('precision/recall/density/coverage');
    // k-th neighbour radii within each set need more than k other samples (prdc raises on fewer)
    for (const side of [real, generated]) {
      if (side.count <= 5) throw new InputError(`precision/recall/density/coverage need more than 5 images per set (k = 5 nearest neighbours); ${side.summary.source} has ${side.count}`, side.summary.source);
    }
    const pr3 = await prdc(real.features!, real.count, generated.features!, generated.count, d, 3);
    const dc5 = await prdc(real.features!, real.count, generated.features!, generated.count, d, 5);
    metrics.precision = { value: pr3.precision, better: 'higher', details: { k: 3, reference: 'Kynkäänniemi et al. 2019' } };
    metrics.recall = { value: pr3.recall, better: 'higher', details: { k: 3, reference: 'Kynkäänniemi et al. 2019' } };
    metrics.density = { value: dc5.density, better: 'higher', details: { k: 5, reference: 'Naeem et al. 2020' } };
    metrics.coverage = { value: dc5.coverage, better: 'higher', details: { k: 5, reference: 'Naeem et al. 2020' } };
  }
  if (groups.includes('fdinf')) {
    if (!generated.features) {
      throw new InputError(`FD∞ needs the generated set's per-image features, but ${generated.summary.source} holds only mu/sigma: pass the image folder, or a stats file written by \`fid-gate stats --features\``);
    }
    const r = await fdInfinity(real, generated.features, generated.count, d, { seed: o.seed ?? 2020, progress: typeof o.progress === 'function' ? o.progress : o.progress ? o.log : undefined });
    metrics['fd-inf'] = {
      value: r.value, better: 'lower',
      details: { reference: 'Chong & Forsyth 2020', slope: r.slope, rSquared: r.rSquared, points: r.points.length, sizes: r.points.map((p) => p.n), fids: r.points.map((p) => p.fid), seed: r.seed },
    };
    if (generated.count <= 2 * d) notes.push(`FD∞: N generated (${generated.count}) is below 2 × d (${2 * d}): the 1/N fit is extrapolated from the small-N regime and is unreliable (R² = ${r.rSquared.toFixed(3)})`);
  }
  if (o.elbo) metrics['elbo-bpd'] = await computeElbo(o.elbo, o);
  if (o.training) {
    const training = await loadSide('training', o.training, o, getExtractor);
    if (training.dim !== d) throw new InputError(`training (${o.training}) has ${training.dim}-dimensional features, the other inputs ${d}: they come from different extractors`, o.training);
    if (training.summary.protocol && protocol) {
      const diff = protocolDifferences(training.summary.protocol, protocol);
      if (diff.length) throw new InputError(`training (${o.training}) was made with another protocol (${diff.join('; ')}): its distances are not comparable`, o.training);
    }
    metrics.memorization = await memorizationMetric(real, generated, training, o, notes);
  }

  // bootstrap 95 % intervals from the features at hand (never extracting again)
  const seed = o.seed ?? 2020;
  const wanted = (['fid', 'kid', 'precision', 'recall', 'density', 'coverage'] as const).filter((m) => metrics[m]);
  const replicates = o.bootstrap ?? DEFAULT_BOOTSTRAP_REPLICATES;
  let bootstrapInfo: MetricsReport['protocol']['bootstrap'];
  if (replicates > 0 && wanted.length) {
    if (real.features && generated.features) {
      const b = await bootstrapMetrics(real.features, real.count, generated.features, generated.count, d, wanted as BootstrapMetric[], {
        replicates, seed, maxSamples: o.bootstrapMaxSamples,
        progress: typeof o.progress === 'function' ? o.progress : o.progress ? o.log : undefined,
      });
      for (const m of wanted) {
        const iv = b.intervals[m];
        if (iv) metrics[m]!.ci = { halfWidth: iv.halfWidth, level: 0.95, se: iv.se, scale: iv.scale, replicates: Array.from(iv.replicates, (v) => Number(v.toPrecision(10))) };
      }
      bootstrapInfo = { replicates, draws: b.draws, ...(b.fidDraws ? { fidDraws: b.fidDraws } : {}) };
      o.log?.(`bootstrap: ${replicates} replicates in ${b.seconds.toFixed(1)} s`);
    } else {
      notes.push(`no bootstrap intervals: ${[real, generated].filter((s) => !s.features).map((s) => s.summary.source).join(' and ')} hold(s) only mu/sigma (pass the folder, or a stats file written with --features)`);
    }
  }

  const report: MetricsReport = {
    schema: 'fid-gate/metrics@1',
    fidGateVersion: VERSION,
    createdAt: new Date().toISOString(),
    protocol: {
      ...(protocol ?? { extractor: 'unknown', weights: 'unknown', weightsSha256: 'unknown', resize: 'unknown', quantization: 'unknown', fidGateVersion: VERSION }),
      nReal: real.count, nGenerated: generated.count, device: extractor?.model.device ?? 'none (statistics files)',
      ...(sampled ? { sampling: { ...sampled.settings, ...(sampled.samplerDevice ? { device: sampled.samplerDevice } : {}) } } : {}),
      seed, realDigest: referenceDigest(real),
      ...(bootstrapInfo ? { bootstrap: bootstrapInfo } : {}),
    },
    real: real.summary,
    generated: generated.summary,
    metrics,
    notes,
    durationSeconds: (performance.now() - t0) / 1000,
  };
  return { report, real, generated };
}
