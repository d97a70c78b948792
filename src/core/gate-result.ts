// The gate's verdict as the reports render it (gate/rules.ts evaluates it; report/markdown.ts shows it).
import type { RecordedRuleResult } from './report-types.js';

export interface RuleResult extends RecordedRuleResult {
  /** The rule as written. */
  rule: string;
  /** For regressions: the allowed change as written back (`+5%`, `-0.02`). */
  allowed?: string;
}

export interface GateResult {
  passed: boolean;
  results: RuleResult[];
  /** Rules that could not be evaluated (regression rules without a comparable baseline). */
  skipped: string[];
  /** Regression rules whose change exceeded the limit but lay within the noise (they passed). */
  withinNoise?: string[];
}
