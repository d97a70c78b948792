// The gate's verdict as the reports render it (gate/rules.ts evaluates it; report/markdown.ts shows it).
import type { MetricName } from '../metrics/registry.js';
import type { NoiseVerdict } from './report-types.js';

export interface RuleResult {
  metric: MetricName;
  kind: 'threshold' | 'regression';
  value: number;
  /** The bound on the value: the threshold, or for a regression rule the baseline moved by the allowed amount. */
  limit: number;
  baseline?: number;
  passed: boolean;
  message: string;
  /** The rule as written. */
  rule: string;
  /** For regressions: the allowed change as written back (`+5%`, `-0.02`). */
  allowed?: string;
  /** For regressions with bootstrap intervals: the interval of the difference and whether it is noise. */
  noise?: NoiseVerdict;
}

export interface GateResult {
  passed: boolean;
  results: RuleResult[];
  /** Rules that could not be evaluated (regression rules without a comparable baseline). */
  skipped: string[];
  /** Regression rules whose change exceeded the limit but lay within the noise (they passed). */
  withinNoise?: string[];
}
