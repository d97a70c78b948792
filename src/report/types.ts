// The metrics JSON that `fid-gate compare --json` writes, the Action uploads as an artifact and a later run reads
// back as its baseline. Versioned by `schema`; readers must validate it (it may come from another run).
import type { Protocol } from '../pipeline.js';

export type MetricName = 'fid' | 'kid' | 'is' | 'precision' | 'recall' | 'density' | 'coverage';

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
  kind: 'folder' | 'stats';
  count: number;
  /** Protocol recorded in a stats file (undefined for pytorch-fid/clean-fid files, which record none). */
  protocol?: Protocol;
}

export interface MetricsReport {
  schema: 'fid-gate/metrics@1';
  fidGateVersion: string;
  createdAt: string;
  protocol: Protocol & { nReal: number; nGenerated: number; device: string };
  real: InputSummary;
  generated: InputSummary;
  metrics: Partial<Record<MetricName, MetricResult>>;
  /** Things the user should know (N < d, assumed protocol, synthetic weights...). First entry for synthetic weights is the warning. */
  notes: string[];
  durationSeconds: number;
}
