// The report as markdown: one table (metric, value ± std, baseline, Δ, limit, pass/fail), a protocol line and the
// notes. The same text goes to the job summary and to the sticky PR comment. Everything that comes from files or
// inputs (paths, notes, protocol strings, rule texts, error messages) goes through escapeText, so that a file name can
// inject neither markdown, HTML nor @mentions.
import type { MetricName, MetricsReport } from '../core/report-types.js';
import type { GateResult } from '../core/gate-result.js';
import { formatNumber, formatPercent } from '../core/format.js';
import { protocolSummary } from '../core/fingerprint.js';
import { METRICS, metricDef } from '../metrics/registry.js';

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
  const k = (key ?? '').trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/-{2,}/g, '-').replace(/^[-.]+|[-.]+$/g, '').slice(0, 64);
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
}

/** How each metric is named in the report's table and the history block (the registry's `label`). */
export const METRIC_LABEL: Readonly<Record<MetricName, string>> = Object.fromEntries(METRICS.map((m) => [m.name, m.label])) as Record<MetricName, string>;

const betterOf = (metric: MetricName) => metricDef(metric)!.better;

const RUN_URL_RE = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+(?:\/attempts\/\d+)?$/;

function safeUrl(url: string | undefined): string | undefined {
  return url && RUN_URL_RE.test(url) ? url : undefined;
}

function fmt(x: number | undefined): string {
  return x === undefined || !Number.isFinite(x) ? '—' : escapeText(formatNumber(x, 4));
}

function deltaCell(metric: MetricName, value: number, base: number | undefined, gate: GateResult | undefined): string {
  if (base === undefined || !Number.isFinite(base)) return '—';
  const d = value - base;
  if (d === 0) return '= 0';
  const arrow = d > 0 ? '▲' : '▼';
  const better = betterOf(metric) === 'lower' ? d < 0 : d > 0;
  const rel = base !== 0 ? ` (${formatPercent(d / Math.abs(base))})` : '';
  const sign = d > 0 ? '+' : '';
  // the regression rule's interval of the difference, when there is one: a worsening inside it is noise
  const noise = gate?.results.find((r) => r.metric === metric && r.noise)?.noise;
  const ci = noise ? ` ± ${formatNumber(noise.halfWidth, 3)}` : '';
  const verdict = better ? '🟢 better' : noise?.verdict === 'within noise' ? '⚪ within noise' : '🔴 worse';
  return `${arrow} ${sign}${formatNumber(d, 3)}${ci}${rel} ${verdict}`;
}

function limitCell(metric: MetricName, gate: GateResult | undefined): string {
  if (!gate) return '—';
  const parts: string[] = [];
  for (const r of gate.results) {
    if (r.metric !== metric) continue;
    if (r.kind === 'threshold') {
      const op = r.rule.match(/(<=|>=|<|>)/)?.[1] ?? '';
      const sym = op === '<=' ? '≤' : op === '>=' ? '≥' : op;
      parts.push(`${escapeText(sym)} ${fmt(r.limit)}`);
    } else {
      parts.push(`${escapeText(r.allowed ?? '')} vs baseline (${betterOf(metric) === 'lower' ? '≤' : '≥'} ${fmt(r.limit)})`);
    }
  }
  return parts.length ? parts.join('; ') : '—';
}

function resultCell(metric: MetricName, gate: GateResult | undefined): string {
  const rs = gate?.results.filter((r) => r.metric === metric) ?? [];
  if (!rs.length) return '—';
  return rs.every((r) => r.passed) ? '✅ pass' : '❌ fail';
}

function baselineLine(b: BaselineView | undefined): string | undefined {
  if (!b || b.source === 'none') return undefined;
  if (b.source === 'file') return `**Baseline:** ${escapeText(b.path ?? 'file')}${b.createdAt ? ` (${escapeText(b.createdAt)})` : ''}`;
  const url = safeUrl(b.runUrl);
  const run = b.runId !== undefined ? (url ? `[run ${b.runId}](${url})` : `run ${b.runId}`) : 'latest successful run';
  return `**Baseline:** ${run}${b.branch ? ` on ${escapeText(b.branch)}` : ''}${b.createdAt ? ` (${escapeText(b.createdAt)})` : ''}`;
}

function protocolLine(r: MetricsReport): string {
  const p = r.protocol;
  const dur = Number.isFinite(r.durationSeconds) ? `${r.durationSeconds.toFixed(1)} s` : '?';
  const boot = p.bootstrap ? `± = 95% bootstrap interval, ${escapeText(p.bootstrap.replicates)} replicates` : '';
  return [
    `**Protocol:** ${escapeText(protocolSummary(r), 1000)}`,
    `real ${escapeText(r.real?.source ?? '?', 120)} / generated ${escapeText(r.generated?.source ?? '?', 120)}`,
    escapeText(p.device),
    boot,
    dur,
  ].filter(Boolean).join(' · ');
}

/** Renders the whole comment / summary. The hidden marker is the first line. */
export function renderMarkdown(o: RenderOptions): string {
  const key = sanitizeKey(o.key);
  const out: string[] = [markerFor(key)];
  const keyLabel = key === 'default' ? '' : ` (${escapeText(key)})`;
  const failed = o.gate?.results.filter((r) => !r.passed) ?? [];
  if (o.error !== undefined) out.push(`### ⚠️ fid-gate${keyLabel}: error`);
  else if (o.gate && o.gate.results.length === 0 && o.gate.skipped.length) {
    // regression rules were given, but nothing to compare with: say so, not "no rules"
    out.push(`### fid-gate${keyLabel}: regression rules not evaluated (${o.baseline?.report ? 'the baseline lacks their metrics' : 'no baseline'})`);
  } else if (!o.gate || o.gate.results.length === 0) out.push(`### fid-gate${keyLabel}: no rules`);
  else if (o.gate.passed) out.push(`### ✅ fid-gate${keyLabel}: passed`);
  else out.push(`### ❌ fid-gate${keyLabel}: failed (${failed.length} of ${o.gate.results.length} rules)`);
  out.push('');

  const r = o.report;
  const reportNotes = r?.notes ?? [];
  const synthetic = reportNotes.filter((n) => n.startsWith('WARNING'));
  const warnings = [...synthetic, ...(o.warnings ?? [])];
  for (const w of warnings) out.push(`> ⚠️ ${escapeText(w, 600)}`, '');
  if (o.error !== undefined) out.push(`> ❌ **fid-gate error:** ${escapeText(o.error, 2000)}`, '');

  if (r) {
    const base = o.baseline?.report;
    out.push('| Metric | Value | Baseline | Δ | Limit | Result |', '|:--|--:|--:|:--|:--|:--:|');
    for (const { name: m } of METRICS) {
      const res = r.metrics[m];
      if (!res) continue;
      // ± : the bootstrap 95 % half-width, else the spread over splits/subsets (IS, KID subsets, ELBO draws)
      const spreadOf = (x: { ci?: { halfWidth: number }; std?: number } | undefined) => x?.ci ? ` ± ${fmt(x.ci.halfWidth)}` : x?.std !== undefined && Number.isFinite(x.std) ? ` ± ${fmt(x.std)} (std)` : '';
      const value = fmt(res.value) + spreadOf(res);
      const bm = base?.metrics[m];
      out.push(`| ${METRIC_LABEL[m]} | ${value} | ${fmt(bm?.value)}${bm ? spreadOf(bm) : ''} | ${deltaCell(m, res.value, bm?.value, o.gate)} | ${limitCell(m, o.gate)} | ${resultCell(m, o.gate)} |`);
    }
    out.push('');
    out.push(protocolLine(r));
    const bl = baselineLine(o.baseline);
    if (bl) out.push('', bl);
    out.push('');
  }

  if (failed.length) {
    out.push('**Failed rules:**');
    for (const f of failed) out.push(`- ${escapeText(f.message)}`);
    out.push('');
  }

  const notes = [...reportNotes.filter((n) => !synthetic.includes(n)), ...(o.gate?.skipped ?? []), ...(o.gate?.withinNoise ?? []).map((m) => `passed, within noise: ${m}`), ...(o.notes ?? [])];
  if (notes.length) {
    out.push('**Notes:**');
    for (const n of notes) out.push(`- ${escapeText(n, 600)}`);
    out.push('');
  }

  const url = safeUrl(o.runUrl);
  const footer = [`fid-gate ${escapeText(o.version ?? r?.fidGateVersion ?? '')}`.trim(), url ? `[workflow run](${url})` : ''].filter(Boolean);
  out.push(`<sub>${footer.join(' · ')}</sub>`);
  let body = out.join('\n') + '\n';
  if (body.length > MAX_BODY_CHARS) body = body.slice(0, MAX_BODY_CHARS - 40).replace(/\n[^\n]*$/, '') + '\n\n… (truncated)\n';
  return body;
}
