// The metrics JSON that `fid-gate compare --json` writes, the Action uploads as an artifact and a later run reads
// back as its baseline. Versioned by `schema`; readers must validate it (it may come from another run).
import type { Protocol } from '../pipeline.js';

export type MetricName = 'fid' | 'kid' | 'is' | 'precision' | 'recall' | 'density' | 'coverage' | 'elbo-bpd';

export interface MetricResult {
  value: number;
  /** Spread where the metric has one (IS over splits, KID over subsets). */
  std?: number;
  /** Which direction is an improvement. */
  better: 'lower' | 'higher';
  /** How it was computed (route, k, subsets, ...). */
  details?: Record<string, unknown>;
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
  schema: 'fid-gate/metrics@1';
  fidGateVersion: string;
  createdAt: string;
  /** `sampling`: the sampler's settings, when the generated side was sampled from a model (compare --generator). */
  protocol: Protocol & { nReal: number; nGenerated: number; device: string; sampling?: Record<string, unknown> };
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
    results: { metric: MetricName; kind: 'threshold' | 'regression'; value: number; limit: number; baseline?: number; passed: boolean; message: string }[];
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
