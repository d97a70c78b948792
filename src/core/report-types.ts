// The metrics JSON that `fid-gate compare --json` writes, the Action uploads as an artifact and a later run reads
// back as its baseline. Versioned by `schema`; readers must validate it (it may come from another run).
import type { Protocol } from './protocol.js';
import type { MetricName } from '../metrics/registry.js';
import type { InputSummary, MetricInterval, MetricResult } from './metric-result.js';

export type { InputSummary, MetricInterval, MetricName, MetricResult };

/**
 * The metrics JSON's schema. Version 2 added `ci.method`; version 1 files (no method: every interval a percentile
 * bootstrap) are still read as baselines.
 */
export const METRICS_SCHEMA = 'fid-gate/metrics@2';
/** Every schema a baseline may carry. */
export const READABLE_METRICS_SCHEMAS: readonly string[] = ['fid-gate/metrics@1', METRICS_SCHEMA];

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
  bootstrap?: {
    replicates: number;
    draws: { real: number; generated: number };
    fidDraws?: { real: number; generated: number };
  };
}

/** One rule's outcome as the metrics JSON records it (core/gate-result.ts's RuleResult adds the rule's text). */
export interface RecordedRuleResult {
  metric: MetricName;
  kind: 'threshold' | 'regression';
  value: number;
  /** The bound on the value: the threshold, or for a regression rule the baseline moved by the allowed amount. */
  limit: number;
  baseline?: number;
  passed: boolean;
  message: string;
  /** For regressions with bootstrap intervals: the interval of the difference and whether it is noise. */
  noise?: NoiseVerdict;
}

export interface MetricsReport {
  schema: typeof METRICS_SCHEMA;
  fidGateVersion: string;
  createdAt: string;
  protocol: ReportProtocol;
  real: InputSummary;
  generated: InputSummary;
  metrics: Partial<Record<MetricName, MetricResult>>;
  /** Things the user should know (N < d, assumed protocol, synthetic weights...). First entry for synthetic weights is
   * the warning. */
  notes: string[];
  durationSeconds: number;
  /** Added by the Action: where the numbers were computed (the `mode: comment` step finds the PR from it). */
  run?: RunInfo;
  /** Added by the Action: the gate's verdict, as evaluated when the report was written. */
  gate?: {
    passed: boolean;
    results: RecordedRuleResult[];
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
