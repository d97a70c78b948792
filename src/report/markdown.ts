// The report as markdown, written for a reviewer: the verdict line first, then one table with a row per metric (its
// value with the 95 % interval clipped to the metric's domain, the baseline, the change, the rules it was judged by
// and one verdict), the protocol line and the notes. One number format throughout (4 significant digits). The same
// text goes to the job summary and to the sticky PR comment. Everything that comes from files or inputs (paths,
// notes, protocol strings, rule texts, error messages) goes through escapeText, so that a file name can inject
// neither markdown, HTML nor @mentions; paths are shown relative to the workspace first (shownPaths).
import type { MetricName, MetricsReport } from '../core/report-types.js';
import type { GateResult, RuleResult } from '../core/gate-result.js';
import { formatPercent, formatSignedSignificant, formatSignificant, plural } from '../core/format.js';
import { protocolSummary } from '../core/fingerprint.js';
import { METRICS, metricDef } from '../metrics/registry.js';
import { NEGATION, type Operator } from '../gate/rules.js';

/** GitHub refuses comments over 65,536 characters; keep well below. */
export const MAX_BODY_CHARS = 60_000;

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
// zero-width characters, bidi embeddings/overrides/isolates, BOM: invisible, and able to disguise text
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Makes untrusted text inert in GitHub markdown (and in a table cell): newlines and control characters become
 * spaces, invisible/bidi characters are dropped, & < > are HTML-encoded, markdown punctuation
 * (\ ` * _ [ ] ( ) < > # | ! ~ $) is backslash-escaped, and every @ is followed by a zero-width space entity so that
 * no @mention (or team mention) is formed. A bare URL (`scheme://…`, `www.…`) gets the same entity after its
 * `scheme:` or `www`, so GitHub does not autolink it. Long text is cut to `maxLen` characters.
 */
export function escapeText(input: unknown, maxLen = 400): string {
  let s = String(input).replace(CONTROL, ' ').replace(INVISIBLE, '');
  const chars = Array.from(s);
  if (chars.length > maxLen) s = chars.slice(0, Math.max(1, maxLen - 1)).join('') + '…';
  s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  s = s.replace(/[\\`*_[\]()#|!~$]/g, '\\$&');
  // after the passes above, so the entity's own & and # stay as written
  s = s.replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, '$1:&#8203;//').replace(/\b(www)\./gi, '$1&#8203;.');
  return s.replace(/@/g, '@&#8203;');
}

/** The comment key as it may appear in the hidden marker: [A-Za-z0-9._-], at most 64 characters, never empty. */
export function sanitizeKey(key: string | undefined): string {
  const k = (key ?? '')
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 64);
  return k || 'default';
}

/** The hidden marker that identifies the sticky comment of one key; always the first line of the body. */
export function markerFor(key: string | undefined): string {
  return `<!-- fid-gate:${sanitizeKey(key)} -->`;
}

export interface BaselineView {
  /** The baseline's report; only when it is comparable (Δ and regression rules use it). */
  report?: MetricsReport;
  /** Where it came from, in words (untrusted parts are escaped here). */
  source: 'auto' | 'file' | 'none';
  runId?: number;
  runUrl?: string;
  branch?: string;
  path?: string;
  createdAt?: string;
}

/** Where this run's files live, so that the report names them relative to the workspace, never by runner paths. */
export interface PathContext {
  /** $GITHUB_WORKSPACE: paths under it are shown relative to it. */
  workspace?: string;
  /** $RUNNER_TEMP (the Action's work folders): paths under it are shown as `$RUNNER_TEMP/…`. */
  temp?: string;
  /** The home folder: paths under it are shown as `~/…`. */
  home?: string;
}

export interface RenderOptions {
  report?: MetricsReport;
  gate?: GateResult;
  baseline?: BaselineView;
  /** Shown as warnings, after the synthetic-weights warning (e.g. "baseline not comparable"). */
  warnings?: string[];
  /** Shown with the report's notes (e.g. "no baseline found"). */
  notes?: string[];
  /** An extraction or infrastructure error: the report shows it instead of a verdict. */
  error?: string;
  key?: string;
  /** Link to this workflow run (validated; dropped when it does not look like one). */
  runUrl?: string;
  version?: string;
  /** For showing paths relative to the workspace. */
  paths?: PathContext;
}

/** How each metric is named in the report's table and the history block (the registry's `label`). */
export const METRIC_LABEL: Readonly<Record<MetricName, string>> = Object.fromEntries(
  METRICS.map((m) => [m.name, m.label]),
) as Record<MetricName, string>;

const betterOf = (metric: MetricName) => metricDef(metric)!.better;

const RUN_URL_RE =
  /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+(?:\/attempts\/\d+)?$/;
/** A no-break space: keeps a number, an interval or a rule on one line in a narrow table. */
const NBSP = '\u00a0';

function safeUrl(url: string | undefined): string | undefined {
  return url && RUN_URL_RE.test(url) ? url : undefined;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The workspace and temp folder of GitHub-hosted runners (and their job containers), for reports of other runs. */
const HOSTED_TEMP_RE = /(?:\/home\/runner\/work|\/__w)\/_temp(?=\/|\b)/g;
const HOSTED_WORKSPACE_RE = /(?:\/home\/runner\/work|\/__w)\/(?!_temp\/)[^/\s]+\/[^/\s]+(?:\/|\b)/g;

/**
 * `text` with every path under the workspace made relative to it (the workspace itself is `.`), paths under the
 * temp folder written `$RUNNER_TEMP/…` and under the home folder `~/…`. The folders of GitHub-hosted runners are
 * recognised without being told (a report read from another run's artifact names that run's paths).
 */
export function shownPaths(text: string, p: PathContext = {}): string {
  let s = text;
  const swap = (dir: string | undefined, as: string, trailingSlashAs: string) => {
    const d = dir?.replace(/[\\/]+$/, '');
    if (!d || d.length < 2) return;
    s = s.replace(new RegExp(`${escapeRegExp(d)}(?:[\\\\/]|(?![^\\s,;:)'"\\]]))`, 'g'), (m) =>
      m.length > d.length ? trailingSlashAs : as,
    );
  };
  // the most specific first: the temp folder may lie inside the workspace's parent, the workspace inside home
  swap(p.temp, '$RUNNER_TEMP', '$RUNNER_TEMP/');
  s = s.replace(HOSTED_TEMP_RE, '$RUNNER_TEMP');
  swap(p.workspace, '.', '');
  s = s.replace(HOSTED_WORKSPACE_RE, (m) => (m.endsWith('/') ? '' : '.'));
  swap(p.home, '~', '~/');
  return s;
}

/** A number in the report's one format. */
function num(x: number | undefined): string {
  return x === undefined || !Number.isFinite(x) ? '—' : formatSignificant(x);
}

/**
 * The 95 % interval value ± halfWidth, clipped to the metric's domain: a metric that cannot be negative never shows
 * a negative lower end (KID 2.048 ± 4.685 is [0, 6.733]); a share never passes 1. Undefined without a finite width.
 */
export function metricInterval(
  metric: MetricName,
  value: number,
  halfWidth: number | undefined,
): [number, number] | undefined {
  if (halfWidth === undefined || !Number.isFinite(halfWidth) || !Number.isFinite(value)) return undefined;
  const [lower, upper] = metricDef(metric)?.domain ?? [-Infinity, Infinity];
  // an estimate outside the domain (KID's unbiased estimator below 0) is shown as it is; its interval, a statement
  // about the metric itself, still lies within the domain
  const lo = Math.min(upper, Math.max(lower, value - halfWidth));
  return [lo, Math.max(lo, Math.min(upper, value + halfWidth))];
}

/** `[lo, hi]` in the report's number format, on one line. */
export function intervalText([lo, hi]: readonly [number, number]): string {
  return `[${formatSignificant(lo)},${NBSP}${formatSignificant(hi)}]`;
}

/** A metric's value with its 95 % interval (`24.00 [22.10, 25.90]`), or the spread over splits/subsets (`8.410 (std
 * 0.3100)`). */
export function valueText(
  metric: MetricName,
  x: { value: number; ci?: { halfWidth: number }; std?: number; halfWidth?: number },
): string {
  const ci = metricInterval(metric, x.value, x.ci?.halfWidth ?? x.halfWidth);
  if (ci) return `${num(x.value)} ${intervalText(ci)}`;
  if (x.std !== undefined && Number.isFinite(x.std)) return `${num(x.value)} (std${NBSP}${formatSignificant(x.std)})`;
  return num(x.value);
}

const ISO_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO 8601 timestamp as people read it, in UTC: `2024-03-05 10:00 UTC`. Built from the parsed time only, so that
 * nothing of an untrusted string is shown as given; undefined for anything that is not such a timestamp.
 */
export function readableTime(s: string | undefined): string | undefined {
  if (!s || !ISO_TIME_RE.test(s)) return undefined;
  const t = Date.parse(s);
  if (!Number.isFinite(t)) return undefined;
  const iso = new Date(t).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** The operator of a rule as written back by the parser ("fid <= 25") in print (≤). */
const OP_SYMBOL: Record<string, string> = { '<=': '≤', '<': '<', '>=': '≥', '>': '>' };

function thresholdParts(r: RuleResult): { op: string; limit: string } {
  const m = /\s(<=|>=|<|>)\s(\S+)$/.exec(r.rule);
  return { op: m?.[1] ?? '', limit: m ? m[2] : num(r.limit) };
}

/** The rule as the table shows it: `≤ 25`, `≤ 23.21 (base +5%)`, with `crossed` or `within noise` after it. */
function ruleText(r: RuleResult, gate: GateResult): string {
  let text: string;
  if (r.kind === 'threshold') {
    const { op, limit } = thresholdParts(r);
    text = `${OP_SYMBOL[op] ?? ''} ${escapeText(limit, 40)}`;
  } else {
    text = `${betterOf(r.metric) === 'lower' ? '≤' : '≥'} ${num(r.limit)} (base ${escapeText(r.allowed ?? '', 40)})`;
  }
  const outcome = !r.passed ? 'crossed' : passedWithinNoise(r, gate) ? `within${NBSP}noise` : '';
  // the rule stays on one line; its outcome may wrap below it
  return [text.replace(/ /g, NBSP), outcome].filter(Boolean).join(' ');
}

/** A regression rule whose change passed its limit but lay within the noise (it passed). */
function passedWithinNoise(r: RuleResult, gate: GateResult): boolean {
  return r.passed && r.kind === 'regression' && (gate.withinNoise ?? []).includes(r.message);
}

function changeText(value: number, base: number): string {
  const d = value - base;
  if (d === 0) return '0';
  return `${formatSignedSignificant(d)}${base !== 0 ? ` (${formatPercent(d / Math.abs(base))})` : ''}`.replace(
    / /g,
    NBSP,
  );
}

/** The change cell: the difference (and relative change); the 95 % interval of the difference where a rule made one. */
function changeCell(metric: MetricName, value: number, base: number | undefined, gate: GateResult | undefined): string {
  if (base === undefined || !Number.isFinite(base)) return '—';
  const noise = gate?.results.find((r) => r.metric === metric && r.noise)?.noise;
  const ci =
    noise && Number.isFinite(noise.halfWidth)
      ? ` ${intervalText([noise.difference - noise.halfWidth, noise.difference + noise.halfWidth])}`
      : '';
  return changeText(value, base) + ci;
}

function rulesCell(metric: MetricName, gate: GateResult | undefined): string {
  const rs = gate?.results.filter((r) => r.metric === metric) ?? [];
  return rs.length ? rs.map((r) => ruleText(r, gate!)).join('; ') : '—';
}

function verdictCell(metric: MetricName, gate: GateResult | undefined): string {
  const rs = gate?.results.filter((r) => r.metric === metric) ?? [];
  if (!rs.length) return '—';
  return rs.every((r) => r.passed) ? `✅${NBSP}pass` : `❌${NBSP}fail`;
}

/**
 * A crossed rule (or one passed within noise) in a sentence, with the report's number format: `fid = 31.20 > 25
 * (threshold "fid <= 25")`, `fid regressed 22.10 → 24.00 (+8.6%, limit +5%)`.
 */
function ruleSentence(r: RuleResult): string {
  if (r.kind === 'threshold') {
    const { op, limit } = thresholdParts(r);
    return `${r.metric} = ${num(r.value)} ${r.passed ? op : (OP_SYMBOL[NEGATION[op as Operator]] ?? '?')} ${limit} (threshold "${r.rule}")`;
  }
  const base = r.baseline ?? r.value;
  const d = r.value - base;
  const change =
    (r.allowed ?? '').endsWith('%') && base !== 0 ? formatPercent(d / Math.abs(base)) : formatSignedSignificant(d);
  const n = r.noise && Number.isFinite(r.noise.halfWidth) ? r.noise : undefined;
  const ci = n
    ? `95% interval of the difference [${formatSignificant(n.difference - n.halfWidth)}, ${formatSignificant(n.difference + n.halfWidth)}]`
    : '';
  const moved = `${num(base)} → ${num(r.value)} (${change}, limit ${r.allowed ?? ''}`;
  if (r.passed) return `${r.metric} ${moved}), ${ci}, which includes 0`;
  return `${r.metric} regressed ${moved}${ci ? `, ${ci}, which excludes 0` : ''})`;
}

function baselineLine(b: BaselineView | undefined, esc: (s: string, max?: number) => string): string | undefined {
  if (!b || b.source === 'none') return undefined;
  const when = readableTime(b.createdAt);
  const at = when ? ` (${when})` : '';
  if (b.source === 'file') return `**Baseline:** ${esc(b.path ?? 'file')}${at}`;
  const url = safeUrl(b.runUrl);
  const run = b.runId !== undefined ? (url ? `[run ${b.runId}](${url})` : `run ${b.runId}`) : 'latest successful run';
  return `**Baseline:** ${run}${b.branch ? ` on ${esc(b.branch)}` : ''}${at}`;
}

function protocolLine(r: MetricsReport, esc: (s: string, max?: number) => string): string {
  const p = r.protocol;
  const dur = Number.isFinite(r.durationSeconds) ? `${formatSignificant(r.durationSeconds, 3)} s` : '?';
  const boot = p.bootstrap ? `intervals: 95% bootstrap, ${esc(String(p.bootstrap.replicates))} replicates` : '';
  return [
    `**Protocol:** ${esc(protocolSummary(r), 1000)}`,
    `real ${esc(r.real?.source ?? '?', 120)} / generated ${esc(r.generated?.source ?? '?', 120)}`,
    esc(p.device),
    boot,
    dur,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The verdict line: what a reviewer needs first. */
function verdictLine(o: RenderOptions, keyLabel: string): string {
  const failed = o.gate?.results.filter((r) => !r.passed) ?? [];
  if (o.error !== undefined) return `### ⚠️ fid-gate${keyLabel}: error`;
  // regression rules were given, but nothing to compare with: say so, not "no rules"
  if (o.gate && o.gate.results.length === 0 && o.gate.skipped.length) {
    return `### fid-gate${keyLabel}: regression rules not evaluated (${o.baseline?.report ? 'the baseline lacks their metrics' : 'no baseline'})`;
  }
  if (!o.gate || o.gate.results.length === 0) return `### fid-gate${keyLabel}: no rules`;
  if (o.gate.passed) return `### ✅ fid-gate${keyLabel}: passed`;
  return `### ❌ fid-gate${keyLabel}: failed (${failed.length} of ${plural(o.gate.results.length, 'rule')})`;
}

/** Renders the whole comment / summary. The hidden marker is the first line, the verdict the second. */
export function renderMarkdown(o: RenderOptions): string {
  const key = sanitizeKey(o.key);
  const esc = (s: string, max?: number) => escapeText(shownPaths(String(s), o.paths), max);
  const out: string[] = [markerFor(key)];
  const keyLabel = key === 'default' ? '' : ` (${escapeText(key)})`;
  out.push(verdictLine(o, keyLabel), '');

  const r = o.report;
  const reportNotes = r?.notes ?? [];
  const synthetic = reportNotes.filter((n) => n.startsWith('WARNING'));
  const warnings = [...synthetic, ...(o.warnings ?? [])];
  for (const w of warnings) out.push(`> ⚠️ ${esc(w, 600)}`, '');
  if (o.error !== undefined) out.push(`> ❌ **fid-gate error:** ${esc(o.error, 2000)}`, '');

  if (r) {
    const base = o.baseline?.report;
    out.push(
      '| Metric | Value [95% interval] | Baseline | Change [95% interval] | Rules | Verdict |',
      '|:--|:--|:--|:--|:--|:--|',
    );
    for (const { name: m } of METRICS) {
      const res = r.metrics[m];
      if (!res) continue;
      const bm = base?.metrics[m];
      const label = `${METRIC_LABEL[m]}${NBSP}${betterOf(m) === 'lower' ? '↓' : '↑'}`;
      out.push(
        `| ${label} | ${valueText(m, res)} | ${num(bm?.value)} | ${changeCell(m, res.value, bm?.value, o.gate)} | ${rulesCell(m, o.gate)} | ${verdictCell(m, o.gate)} |`,
      );
    }
    out.push('', '↓ lower is better, ↑ higher is better; base: the baseline moved by the allowed regression.', '');
    out.push(protocolLine(r, esc));
    const bl = baselineLine(o.baseline, esc);
    if (bl) out.push('', bl);
    out.push('');
  }

  const failed = o.gate?.results.filter((x) => !x.passed) ?? [];
  if (failed.length) {
    out.push('**Failed rules:**');
    for (const f of failed) out.push(`- ${escapeText(ruleSentence(f))}`);
    out.push('');
  }

  const withinNoise = o.gate ? o.gate.results.filter((x) => passedWithinNoise(x, o.gate!)) : [];
  const notes = [
    ...reportNotes.filter((n) => !synthetic.includes(n)),
    ...(o.gate?.skipped ?? []),
    ...withinNoise.map((x) => `passed, within noise: ${ruleSentence(x)}`),
    ...(o.notes ?? []),
  ];
  if (notes.length) {
    out.push('**Notes:**');
    for (const n of notes) out.push(`- ${esc(n, 600)}`);
    out.push('');
  }

  const url = safeUrl(o.runUrl);
  const footer = [
    `fid-gate ${escapeText(o.version ?? r?.fidGateVersion ?? '')}`.trim(),
    url ? `[workflow run](${url})` : '',
  ].filter(Boolean);
  out.push(`<sub>${footer.join(' · ')}</sub>`);
  let body = out.join('\n') + '\n';
  if (body.length > MAX_BODY_CHARS)
    body = body.slice(0, MAX_BODY_CHARS - 40).replace(/\n[^\n]*$/, '') + '\n\n… (truncated)\n';
  return body;
}
