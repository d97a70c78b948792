// The gate: threshold rules (`fid <= 25`) and regression limits against a baseline (`fid: +5%`), parsed from the
// Action's inputs, and their evaluation against a MetricsReport. Pure functions; the messages name the rule, the
// value and the limit, so a failed step says exactly what was crossed.
import { InputError } from '../util/errors.js';
import type { MetricName, MetricResult, MetricsReport, NoiseVerdict } from '../core/report-types.js';
import type { GateResult, RuleResult } from '../core/gate-result.js';
import { formatNumber, formatPercent } from '../core/format.js';
import { groupDef, KNOWN_METRICS, lookupMetric, METRIC_BETTER, METRIC_GROUP } from '../metrics/registry.js';
import { spread } from '../metrics/bootstrap.js';

export type Operator = '<=' | '<' | '>=' | '>';

export interface ThresholdRule {
  kind: 'threshold';
  metric: MetricName;
  op: Operator;
  limit: number;
  /** The rule as written (trimmed), quoted in messages. */
  text: string;
  line: number;
}

export interface RegressionRule {
  kind: 'regression';
  metric: MetricName;
  /** How far the metric may move in its worse direction (≥ 0): a fraction when `relative`, else in the metric's units.
   * */
  amount: number;
  relative: boolean;
  text: string;
}

export interface GateRules {
  thresholds: ThresholdRule[];
  regressions: RegressionRule[];
}

const NUMBER = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const THRESHOLD_RE = new RegExp(String.raw`^([A-Za-z][A-Za-z-]*)\s*(<=|>=|<|>|≤|≥)\s*(${NUMBER})$`);
const REGRESSION_RE = /^([A-Za-z][A-Za-z-]*)\s*[:=]?\s*([+-])?\s*((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(%)?$/;

function metricName(raw: string, where: string): MetricName {
  const m = lookupMetric(raw);
  if (!m) throw new InputError(`${where}: unknown metric "${raw}" (known: ${KNOWN_METRICS.join(' ')})`, raw);
  return m.name;
}

/** Removes a `#` comment and surrounding blanks. */
function stripComment(line: string): string {
  const i = line.indexOf('#');
  return (i >= 0 ? line.slice(0, i) : line).trim();
}

/** Calls `each` for every rule of a rules input: one or more a line, separated by commas or semicolons, `#` comments.
 * */
function forEachRule(text: string | undefined, each: (rule: string, rawLine: string, lineNo: number) => void): void {
  (text ?? '').split(/\r?\n/).forEach((rawLine, idx) => {
    for (const part of stripComment(rawLine).split(/[,;]/)) {
      const rule = part.trim();
      if (rule) each(rule, rawLine, idx + 1);
    }
  });
}

/**
 * Parses the `thresholds` input: one rule a line (`fid <= 25`, `is >= 8`, `precision >= 0.6`), operators <= < >= >,
 * blank lines and `#` comments allowed. Several rules on one line may be separated by commas or semicolons.
 */
export function parseThresholds(text: string | undefined, what = 'thresholds'): ThresholdRule[] {
  const out: ThresholdRule[] = [];
  forEachRule(text, (rule, rawLine, lineNo) => {
    const m = THRESHOLD_RE.exec(rule);
    if (!m) {
      throw new InputError(
        `${what}, line ${lineNo}: cannot parse "${rawLine.trim()}" (expected METRIC OP NUMBER, e.g. "fid <= 25"; OP is one of <= < >= >)`,
        what,
      );
    }
    const metric = metricName(m[1], `${what}, line ${lineNo}`);
    const op = (m[2] === '≤' ? '<=' : m[2] === '≥' ? '>=' : m[2]) as Operator;
    const limit = Number(m[3]);
    if (!Number.isFinite(limit))
      throw new InputError(`${what}, line ${lineNo}: "${rule}": the limit is not a finite number`, what);
    out.push({ kind: 'threshold', metric, op, limit, text: `${metric} ${op} ${m[3]}`, line: lineNo });
  });
  return out;
}

/**
 * Parses `max-regression`: per metric, absolute or relative, several separated by newlines or commas:
 * `fid: +5%`, `recall: -0.02`, `kid: 0.001`. The sign is optional: the direction comes from the metric (FID may only
 * rise, recall only fall); a sign pointing the other way is refused as a likely mistake.
 */
export function parseMaxRegression(text: string | undefined, what = 'max-regression'): RegressionRule[] {
  const out: RegressionRule[] = [];
  forEachRule(text, (rule, rawLine, lineNo) => {
    const m = REGRESSION_RE.exec(rule);
    if (!m) {
      throw new InputError(
        `${what}, line ${lineNo}: cannot parse "${rawLine.trim()}" (expected METRIC: CHANGE, e.g. "fid: +5%" or "recall: -0.02")`,
        what,
      );
    }
    const metric = metricName(m[1], `${what}, line ${lineNo}`);
    const amount = Number(m[3]);
    const relative = m[4] === '%';
    if (!Number.isFinite(amount)) throw new InputError(`${what}, line ${lineNo}: "${rule}": not a finite number`, what);
    const worseSign = METRIC_BETTER[metric] === 'lower' ? '+' : '-';
    if (m[2] && m[2] !== worseSign) {
      throw new InputError(
        `${what}, line ${lineNo}: "${rule}": ${metric} is better when ${METRIC_BETTER[metric]}, so a regression is a${worseSign === '+' ? 'n increase' : ' decrease'}; write "${metric}: ${worseSign}${m[3]}${relative ? '%' : ''}"`,
        what,
      );
    }
    out.push({
      kind: 'regression',
      metric,
      amount: relative ? amount / 100 : amount,
      relative,
      text: `${metric}: ${worseSign}${m[3]}${relative ? '%' : ''}`,
    });
  });
  return out;
}

export function parseRules(thresholds: string | undefined, maxRegression: string | undefined): GateRules {
  return { thresholds: parseThresholds(thresholds), regressions: parseMaxRegression(maxRegression) };
}

/** Refuses (before any work) a rule on a metric that the selected metric groups do not compute. */
export function checkRulesComputable(rules: GateRules, groups: readonly string[], what = 'metrics'): void {
  for (const r of [...rules.thresholds, ...rules.regressions]) {
    const g = METRIC_GROUP[r.metric];
    if (!groups.includes(g)) {
      const only = groupDef(g)?.computedOnly;
      if (only) throw new InputError(`rule "${r.text}" is on ${r.metric}, which is ${only}`, r.text);
      throw new InputError(
        `rule "${r.text}" is on ${r.metric}, which is not computed: add "${g}" to the ${what} input (now: ${groups.join(',')})`,
        r.text,
      );
    }
  }
}

/** Formats `x` with enough digits that it does not print equal to `other` when they differ. */
function formatApart(x: number, other: number): string {
  for (let d = 4; d <= 12; d++) {
    const a = formatNumber(x, d);
    if (x === other || a !== formatNumber(other, d)) return a;
  }
  return String(x);
}

function compare(value: number, op: Operator, limit: number): boolean {
  switch (op) {
    case '<=':
      return value <= limit;
    case '<':
      return value < limit;
    case '>=':
      return value >= limit;
    case '>':
      return value > limit;
  }
}

/** The operator that holds where `op` fails ("fid = 30 > 25" for a failed "fid <= 25"). */
export const NEGATION: Record<Operator, Operator> = { '<=': '>', '<': '>=', '>=': '<', '>': '<=' };

function signed(x: number, digits = 4): string {
  const s = formatNumber(x, digits);
  return x > 0 ? `+${s}` : x === 0 ? '±0' : s;
}

function metricValue(report: MetricsReport, metric: MetricName, rule: string): number {
  const r = report.metrics[metric];
  if (!r) {
    throw new InputError(
      `rule "${rule}" is on ${metric}, which was not computed (computed: ${Object.keys(report.metrics).join(', ') || 'none'})`,
      rule,
    );
  }
  return r.value;
}

/**
 * Evaluates every rule. Threshold rules always; regression rules only with a baseline that holds the metric (else
 * listed in `skipped`). A rule on a metric the report lacks is an input error (the rule cannot mean anything).
 */
export function evaluateGate(report: MetricsReport, baseline: MetricsReport | undefined, rules: GateRules): GateResult {
  const results: RuleResult[] = [];
  const skipped: string[] = [];
  for (const t of rules.thresholds) {
    const value = metricValue(report, t.metric, t.text);
    const passed = compare(value, t.op, t.limit);
    const message = passed
      ? `${t.metric} = ${formatApart(value, t.limit)} ${t.op} ${formatNumber(t.limit, 12)} (threshold "${t.text}")`
      : `${t.metric} = ${formatApart(value, t.limit)} ${NEGATION[t.op]} ${formatNumber(t.limit, 12)} (threshold "${t.text}")`;
    results.push({ metric: t.metric, kind: 'threshold', value, limit: t.limit, passed, message, rule: t.text });
  }
  const withinNoise: string[] = [];
  for (const r of rules.regressions) {
    const value = metricValue(report, r.metric, r.text);
    const baseResult = baseline?.metrics[r.metric];
    const base = baseResult?.value;
    if (base === undefined || !Number.isFinite(base)) {
      skipped.push(
        `regression rule "${r.text}" not evaluated: ${baseline ? `the baseline has no ${r.metric}` : 'no comparable baseline'}`,
      );
      continue;
    }
    const lowerBetter = METRIC_BETTER[r.metric] === 'lower';
    const allowedDelta = r.relative ? r.amount * Math.abs(base) : r.amount;
    const limit = lowerBetter ? base + allowedDelta : base - allowedDelta;
    // compare deltas (not value against limit) so "no change" always passes despite rounding in base + delta
    const worse = lowerBetter ? value - base : base - value;
    const delta = value - base;
    const noise = differenceInterval(report, baseline!, report.metrics[r.metric]!, baseResult!);
    const beyondLimit = worse > allowedDelta;
    if (noise) noise.verdict = worse - noise.halfWidth > 0 ? 'significant' : 'within noise';
    // the noise-aware rule: a worsening past the limit fails only when the difference's interval excludes zero on the
    // worse side; without intervals (stats-only inputs, --bootstrap 0) the plain limit decides
    const passed = !beyondLimit || noise?.verdict === 'within noise';
    const allowed = r.text.slice(r.text.indexOf(':') + 1).trim();
    const change = r.relative ? (base === 0 ? signed(delta) : formatPercent(delta / Math.abs(base))) : signed(delta);
    const ci = noise ? `, 95% interval of the difference ${signed(delta)} ± ${formatNumber(noise.halfWidth)}` : '';
    let message: string;
    if (!beyondLimit)
      message = `${r.metric} ${formatApart(base, value)} → ${formatApart(value, base)} (${change}, limit ${allowed}${ci})`;
    else if (passed) {
      message = `${r.metric} ${formatApart(base, value)} → ${formatApart(value, base)} (${change}, limit ${allowed}): within noise${ci}, which includes 0`;
      withinNoise.push(message);
    } else
      message = `${r.metric} regressed ${formatApart(base, value)} → ${formatApart(value, base)} (${change}, limit ${allowed}${ci ? `${ci}, which excludes 0` : ''})`;
    results.push({
      metric: r.metric,
      kind: 'regression',
      value,
      limit,
      baseline: base,
      passed,
      message,
      rule: r.text,
      allowed,
      ...(noise ? { noise } : {}),
    });
  }
  return { passed: results.every((x) => x.passed), results, skipped, withinNoise };
}

/**
 * The 95 % interval of (this run − baseline) for one metric, from their bootstrap intervals:
 *  - paired: both reports hold replicates made with the same seed, replicate count, draws and reference set, so
 *    replicate b of each resampled the reference identically; the half-width is that of the differences' percentile
 *    interval (the reference's own noise cancels, as in a paired test);
 *  - independent: only half-widths are known: √(h₁² + h₂²) (the two errors treated as independent: wider than paired);
 *  - assumed: the baseline has no interval (older report): it is taken to be as noisy as this run, √2·h.
 * Undefined when this run has no interval (no features, or the bootstrap switched off).
 */
export function differenceInterval(
  report: MetricsReport,
  baseline: MetricsReport,
  cur: MetricResult,
  base: MetricResult,
): NoiseVerdict | undefined {
  const difference = cur.value - base.value;
  const a = cur.ci,
    b = base.ci;
  if (!a || !Number.isFinite(a.halfWidth)) return undefined;
  const pa = report.protocol,
    pb = baseline.protocol;
  if (
    b?.replicates &&
    a.replicates &&
    a.replicates.length === b.replicates.length &&
    a.replicates.length >= 2 &&
    a.scale === b.scale &&
    (a.method ?? 'bootstrap') === (b.method ?? 'bootstrap') &&
    pa.seed !== undefined &&
    pa.seed === pb.seed &&
    pa.realDigest !== undefined &&
    pa.realDigest === pb.realDigest &&
    pa.bootstrap &&
    pb.bootstrap &&
    JSON.stringify([pa.bootstrap.draws, pa.bootstrap.fidDraws]) ===
      JSON.stringify([pb.bootstrap.draws, pb.bootstrap.fidDraws])
  ) {
    const diffs = a.replicates.map((x, i) => x - b.replicates![i]);
    return { difference, halfWidth: spread(diffs).halfWidth * a.scale, method: 'paired', verdict: 'within noise' };
  }
  if (b && Number.isFinite(b.halfWidth))
    return {
      difference,
      halfWidth: Math.hypot(a.halfWidth, b.halfWidth),
      method: 'independent',
      verdict: 'within noise',
    };
  return { difference, halfWidth: Math.SQRT2 * a.halfWidth, method: 'assumed', verdict: 'within noise' };
}
