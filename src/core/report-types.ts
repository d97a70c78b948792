// The metrics JSON that `fid-gate compare --json` writes, the Action uploads as an artifact and a later run reads
// back as its baseline. Versioned by `schema`; readers must validate it (it may come from another run).
import type { Protocol } from './protocol.js';
import type { MetricName } from '../metrics/registry.js';

export type { MetricName };

/**
 * The metrics JSON's schema. Version 2 added `ci.method`; version 1 files (no method: every interval a percentile
 * bootstrap) are still read as baselines.
 */
export const METRICS_SCHEMA = 'fid-gate/metrics@2';
/** Every schema a baseline may carry. */
export const READABLE_METRICS_SCHEMAS: readonly string[] = ['fid-gate/metrics@1', METRICS_SCHEMA];

/** A 95 % interval (metrics/intervals.ts): value ± halfWidth. */
export interface MetricInterval {
  halfWidth: number;
  level: 0.95;
  /** Standard error (standard deviation of the replicates, scaled). */
  se: number;
  /** √(m/N) of an m-out-of-n bootstrap, else 1; already applied to halfWidth and se, not to `replicates`. */
  scale: number;
  /** The replicates in order (unscaled): with the same seed, N and reference set they pair with another run's. */
  replicates?: number[];
  /**
   * What produced it: 'bootstrap' (percentile bootstrap; also every interval of a version 1 file, which has none),
   * 'delta-method' (FID's influence function) or 'u-statistic' (KID's U-statistic projection); the last two carry
   * linear-bootstrap replicates (metrics/intervals.ts).
   */
  method?: 'bootstrap' | 'delta-method' | 'u-statistic';
}

export interface MetricResult {
  value: number;
  /** Spread where the metric has one (IS over splits, KID over subsets). */
  std?: number;
  /** Which direction is an improvement. */
  better: 'lower' | 'higher';
  /** How it was computed (route, k, subsets, ...). */
  details?: Record<string, unknown>;
  /** Bootstrap 95 % interval (the metrics whose registry entry names a bootstrap quantity), when features were at hand. */
  ci?: MetricInterval;
}

/**
 * The protocol fingerprint: everything that must agree for two results to be compared (report/fingerprint.ts).
 * `seed` seeds the analysis (KID subsets, bootstrap); the sampler's own seed is in `sampling`.
 */
export interface ReportProtocol extends Protocol {
  nReal: number;
  nGenerated: number;
  device: string;
  /** The sampler's settings, when the generated side was sampled from a model (compare --generator). */
  sampling?: Record<string, unknown>;
  seed?: number;
  /** SHA-256 of the reference set's features (or of its mu and sigma when only those are known). */
  realDigest?: string;
  /** Bootstrap settings, when intervals were computed. */
  bootstrap?: { replicates: number; draws: { real: number; generated: number }; fidDraws?: { real: number; generated: number } };
}

export interface InputSummary {
  /** Folder or .npz as given. */
  source: string;
  /** 'samples': drawn from a model by fid-gate itself (no files; `source` names the model). */
  kind: 'folder' | 'stats' | 'samples';
  count: number;
  /** Protocol recorded in a stats file (undefined for pytorch-fid/clean-fid files, which record none). */
  protocol?: Protocol;
}

export interface MetricsReport {
  schema: typeof METRICS_SCHEMA;
  fidGateVersion: string;
  createdAt: string;
  protocol: ReportProtocol;
  real: InputSummary;
  generated: InputSummary;
  metrics: Partial<Record<MetricName, MetricResult>>;
  /** Things the user should know (N < d, assumed protocol, synthetic weights...). First entry for synthetic weights is the warning. */
  notes: string[];
  durationSeconds: number;
  /** Added by the Action: where the numbers were computed (the `mode: comment` step finds the PR from it). */
  run?: RunInfo;
  /** Added by the Action: the gate's verdict, as evaluated when the report was written. */
  gate?: {
    passed: boolean;
    results: { metric: MetricName; kind: 'threshold' | 'regression'; value: number; limit: number; baseline?: number; passed: boolean; message: string; noise?: NoiseVerdict }[];
    /** Where the baseline came from, when one was compared. */
    baseline?: string;
  };
}

export interface RunInfo {
  repository?: string;
  runId?: number;
  eventName?: string;
  pullRequest?: number;
  headSha?: string;
  baseRef?: string;
  ref?: string;
}

/** The noise-aware regression rule's view of one difference (gate/rules.ts). */
export interface NoiseVerdict {
  /** This run minus the baseline. */
  difference: number;
  /** Half-width of the 95 % interval of the difference. */
  halfWidth: number;
  /** 'paired': replicate-by-replicate differences (same seed, N, reference set); 'independent': √(h₁² + h₂²);
   *  'assumed': only one side had an interval, the other assumed to be as noisy (√2·h). */
  method: 'paired' | 'independent' | 'assumed';
  /** 'significant': the interval excludes zero on the worse side; 'within noise': it does not. */
  verdict: 'significant' | 'within noise';
}
