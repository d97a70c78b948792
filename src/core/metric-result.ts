// One metric's result and one input's summary, as the metrics JSON records them: what a metric's computation
// returns (metrics/defs/*.ts) and the report holds (core/report-types.ts).
import type { Protocol } from './protocol.js';

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
   * 'delta-method' (FID's influence function) or 'u-statistic' (KID's U-statistic variance); the last two carry
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
  /** Bootstrap 95 % interval (the metrics whose registry entry names a bootstrap quantity), when features were at hand.
   * */
  ci?: MetricInterval;
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
