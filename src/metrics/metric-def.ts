// What one entry of the metric registry (metrics/registry.ts) declares. A group is what `--metrics` (or another
// input) switches on and computes at once; it yields one or more named metrics (prdc: precision, recall, density,
// coverage). Everything else — the gate's rule parser, compare, the CLI table, the markdown report, the history
// charts — reads these declarations instead of keeping its own table.
import type { MetricsDevice } from '../math/ort-linalg.js';
import type { GaussianStats } from './stats.js';
import type { BootstrapMetric } from './bootstrap.js';
import type { InputSummary, MetricResult } from '../core/metric-result.js';
import type { Device } from '../features/session.js';
import type { ElboOptions } from '../sampling/elbo.js';

/** One side of a comparison, with what we know about it. */
export interface LoadedInput extends GaussianStats {
  summary: InputSummary;
  features?: Float32Array;
  logits?: Float32Array;
  files?: string[];
  /** The report note for images skipped by onBadImage 'skip' (a folder input), if any. */
  skippedNote?: string;
  /** The report note for entries left out of a folder input's listing (they cannot be opened), if any. */
  omittedNote?: string;
}

export type InputSide = 'real' | 'generated' | 'training';

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

/** The settings a metric's computation may read (a subset of compare's options). */
export interface MetricSettings {
  kidMode?: 'full' | 'subsets' | 'auto';
  memorizationBeta?: number;
  pairsGrid?: string;
  elbo?: CompareElboOptions;
  device?: Device;
  threads?: number;
  cacheDir?: string;
  /** The seed as given (undefined: the default); `MetricContext.seed` is the one in effect. */
  seed?: number;
  log?: (msg: string) => void;
  progress?: boolean | ((line: string) => void);
}

export interface MetricContext {
  real: LoadedInput;
  generated: LoadedInput;
  /** Loaded only for groups whose `needs.source` is 'training'. */
  training?: LoadedInput;
  /** Feature dimension D. */
  dim: number;
  /** Seed of the analysis in effect. */
  seed: number;
  settings: MetricSettings;
  /** Progress lines of long computations (undefined: silent). */
  progress?: (line: string) => void;
  /** The report's notes: a computation appends what the reader should know. */
  notes: string[];
  /** The device the features were extracted on, where the metrics' float32 tiles run too (ort-linalg.ts MetricsDevice);
   *  undefined: the CPU. */
  device?: MetricsDevice;
}

export interface MetricNeeds {
  /**
   * What switches the group on besides being selected: 'pair' the real and generated sets (selected by --metrics),
   * 'elbo' a diffusion denoiser and held-out images, 'training' a training set (loaded just before the group runs).
   */
  source: 'pair' | 'elbo' | 'training';
  /** Sides whose per-image features the group needs (a stats file of mu/sigma alone is refused). */
  features?: readonly InputSide[];
  /** The generated set's per-image class logits. */
  logits?: boolean;
  /** An output the extractor must provide (features/extractors.ts), and how to say so when it does not. */
  extractor?: { output: 'logits'; requirement: string };
}

/** The closed range of a metric's values; an unbounded side is ±Infinity. */
export type MetricDomain = readonly [lower: number, upper: number];

/** [0, ∞): distances, divergences, bits. */
export const NON_NEGATIVE: MetricDomain = [0, Infinity];
/** [0, 1]: shares and fractions of samples. */
export const UNIT_INTERVAL: MetricDomain = [0, 1];

/** One named metric, as the gate, the metrics JSON and the reports know it. */
export interface MetricDecl<N extends string = string> {
  name: N;
  /** Other spellings accepted in gate rules (lower case). */
  aliases?: readonly string[];
  better: 'lower' | 'higher';
  /** Name in the markdown report and the history charts. */
  label: string;
  /** Name in the CLI table. */
  tableLabel: string;
  /**
   * The values the metric can take, [lower, upper] (±Infinity: unbounded): the reports clip intervals and the
   * history charts' axes to it (a share lies in [0, 1], a distance in [0, ∞)). An estimate may still fall outside
   * (KID's unbiased estimator can be slightly negative) and is then shown as it is.
   */
  domain: MetricDomain;
  /** The bootstrap quantity (metrics/bootstrap.ts) that gives its 95 % interval, if any. */
  interval?: BootstrapMetric;
  /** The CLI table's settings column, from the result's details. */
  settings(details: Record<string, unknown>): string;
}

export interface MetricGroupDef<G extends string = string, N extends string = string, S extends boolean = boolean> {
  group: G;
  /** Other spellings accepted by --metrics (lower case). */
  aliases?: readonly string[];
  /** Selectable with --metrics / the metrics input. */
  selectable: S;
  /** Computed when no metrics are given (if the extractor supports it). */
  byDefault: boolean;
  /** Its name in "X needs ..." messages. */
  title: string;
  needs: MetricNeeds;
  /** For a group not selectable with --metrics: the phrase that says what computes it ("only computed with ..."). */
  computedOnly?: string;
  metrics: readonly MetricDecl<N>[];
  compute(ctx: MetricContext): Promise<{ [K in N]?: MetricResult }>;
}

/** Declares one metric group (keeps the names as literal types, from which MetricName and MetricGroup derive). */
export function defineMetricGroup<const G extends string, const N extends string, const S extends boolean>(
  d: MetricGroupDef<G, N, S>,
): MetricGroupDef<G, N, S> {
  return d;
}
