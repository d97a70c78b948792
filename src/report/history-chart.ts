// Charts of each metric over the base branch's last runs (history.ts), with this run as a distinct marker.
// Two outputs, because a job summary shows only some things inline:
//   - an SVG per metric (self-made, deterministic), to write to files and upload as an artifact: GitHub's markdown
//     sanitizer strips inline <svg> and data: image URIs, so an SVG can't be shown in the summary itself;
//   - a markdown block for the summary: a table with a Unicode sparkline per metric (plain text: shows everywhere),
//     then a mermaid `xychart-beta` per metric (GitHub renders ```mermaid blocks in its markdown).
// Nothing from another run reaches the output as text except through a validator: dates are re-formatted from their
// parsed digits, SHAs are hex-checked (history.ts), run ids are integers, numbers are formatted here; the branch name
// goes through escapeText. SVG text is XML-escaped as well, as a second line of defence.
import { formatSignificant } from '../core/format.js';
import { protocolKey } from '../core/protocol.js';
import { METRICS, metricDef } from '../metrics/registry.js';
import { escapeText, METRIC_LABEL, metricInterval, intervalText } from './markdown.js';
import { historyMetrics, type HistoryPoint, type HistoryValue } from './history-data.js';
import type { MetricName, MetricsReport } from '../core/report-types.js';

/** The SVG's geometry: the plot area is x ∈ [left, width − right], y ∈ [top, height − bottom]. */
export const CHART = { width: 400, height: 130, left: 60, right: 20, top: 24, bottom: 26 } as const;
/**
 * The value axis spans the data (error bars included) plus this fraction of its span on each side, within the
 * metric's domain (an FID axis never goes below 0, a precision axis never above 1).
 */
export const Y_PADDING = 0.1;

const COLOR = { line: '#0969da', current: '#cf222e', other: '#8c959f', grid: '#d0d7de', text: '#24292f' } as const;
const SPARK = '▁▂▃▄▅▆▇█';
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}/;
const SHA_RE = /^[0-9a-f]{7,40}$/i;
/** Above this many categories, mermaid's x labels are hidden (they would overlap) and the axis title gives the dates.
 * */
export const MAX_X_LABELS = 8;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Every metric, in the registry's (the reports') order. */
const ALL_METRICS: readonly MetricName[] = METRICS.map((m) => m.name);

/** One value on a chart: a base-branch run, or this run. */
interface Plotted {
  value: number;
  halfWidth?: number;
  /** Tooltip text (built from validated parts only). */
  title: string;
  /** YYYY-MM-DD, when the run's date is a valid ISO timestamp. */
  date?: string;
  /** Same protocol as this run (or unknown on either side): comparable. */
  comparable: boolean;
}

interface Series {
  base: Plotted[];
  current?: Plotted;
  metric: MetricName;
}

/** YYYY-MM-DD of an ISO 8601 timestamp; undefined for anything else (the string is never shown as given). */
export function isoDay(s: string): string | undefined {
  const m = ISO_DATE_RE.exec(s);
  if (!m || !Number.isFinite(Date.parse(s))) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function xml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Pixel coordinates with two decimals: deterministic text, and no "-0". */
function px(x: number): string {
  const r = Math.round(x * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/**
 * A number in the digits-and-dot form mermaid's xychart grammar accepts ([+-]?\d+(\.\d+)?: no exponent), with
 * `digits` significant digits.
 */
export function plainNumber(x: number, digits = 6): string {
  if (!Number.isFinite(x) || x === 0) return '0';
  // toFixed switches to an exponent from 1e21 on; such a number is an integer anyway
  if (Math.abs(x) >= 1e21) return BigInt(x).toString();
  const decimals = Math.min(20, Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(x)))));
  const s = x.toFixed(decimals);
  const t = s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  return t === '-0' ? '0' : t;
}

/** A value with its error bar as an interval within the metric's domain, in the reports' number format. */
function valueText(metric: MetricName, v: HistoryValue): string {
  const ci = metricInterval(metric, v.value, v.halfWidth);
  return formatSignificant(v.value) + (ci ? ` ${intervalText(ci).replace(/\u00a0/g, ' ')}` : '');
}

/** "Mar 5" of a YYYY-MM-DD day. */
function shortDay(day: string): string {
  return `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`;
}

function comparable(a: string | undefined, b: string | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

function seriesOf(metric: MetricName, points: readonly HistoryPoint[], current: MetricsReport | undefined): Series {
  const currentKey = current ? protocolKey(current.protocol) : undefined;
  const base: Plotted[] = [];
  for (const p of points) {
    const v = p.metrics[metric];
    if (!v || !Number.isFinite(v.value)) continue;
    const date = isoDay(p.createdAt);
    const sha = p.headSha && SHA_RE.test(p.headSha) ? p.headSha.slice(0, 7) : undefined;
    const same = comparable(p.protocolKey, currentKey);
    const title =
      [`run ${p.runId}`, date, sha].filter(Boolean).join(' · ') +
      `: ${valueText(metric, v)}${same ? '' : ' (different protocol)'}`;
    base.push({ value: v.value, halfWidth: v.halfWidth, title, date, comparable: same });
  }
  const cv = current ? historyMetrics(current)[metric] : undefined;
  return {
    base,
    current: cv ? { ...cv, title: `this run: ${valueText(metric, cv)}`, comparable: true } : undefined,
    metric,
  };
}

/** The error bar of a plotted value: value ± halfWidth within the metric's domain. */
function errorBar(metric: MetricName, p: Plotted): [number, number] {
  return metricInterval(metric, p.value, p.halfWidth) ?? [p.value, p.value];
}

/**
 * The value axis: the extent of what is compared (comparable runs and this run, error bars included), padded, and
 * kept inside the metric's domain (unless a value itself lies outside it).
 */
function valueRange(s: Series): { lo: number; hi: number; min: number; max: number } {
  const counted = [...s.base.filter((p) => p.comparable), ...(s.current ? [s.current] : [])];
  // only other-protocol runs: scale to them rather than to nothing
  const used = counted.length ? counted : s.base;
  const bars = used.map((p) => errorBar(s.metric, p));
  const min = Math.min(...bars.map((b) => b[0]));
  const max = Math.max(...bars.map((b) => b[1]));
  const pad = max > min ? (max - min) * Y_PADDING : Math.abs(min) * 0.05 || 1;
  const [lower, upper] = metricDef(s.metric)?.domain ?? [-Infinity, Infinity];
  // a flat range at the domain's edge (every precision 1) keeps the padding on its other side
  return { lo: Math.max(Math.min(lower, min), min - pad), hi: Math.min(Math.max(upper, max), max + pad), min, max };
}

function header(metric: MetricName): string {
  return `${METRIC_LABEL[metric]} (${metricDef(metric)!.better} is better)`;
}

/** A chart's series and scales, shared by its frame and its marks. */
interface Plot {
  metric: MetricName;
  s: ReturnType<typeof seriesOf>;
  n: number;
  lo: number;
  hi: number;
  min: number;
  max: number;
  xAt: (i: number) => number;
  yAt: (v: number) => number;
}

/** The value axis with its min and max, the legend and the first and last run's dates. */
function chartFrame({ s, min, max, xAt, yAt }: Plot): string[] {
  const { width, height, left, right, top } = CHART;
  const plotH = height - top - CHART.bottom;
  const out: string[] = [];
  // frame: the value axis with its min and max, the baseline of the plot
  out.push(
    `<path class="axis" d="M${left} ${top}V${top + plotH}H${width - right}" fill="none" stroke="${COLOR.grid}"/>`,
  );
  for (const v of max > min ? [max, min] : [min]) {
    const y = px(yAt(v));
    out.push(`<path class="grid" d="M${left} ${y}H${width - right}" stroke="${COLOR.grid}" stroke-dasharray="2 3"/>`);
    out.push(
      `<text class="y-label" x="${left - 4}" y="${y}" dy="3" text-anchor="end" fill="${COLOR.text}">${xml(formatSignificant(v))}</text>`,
    );
  }
  // legend
  out.push(
    `<text x="${width - right}" y="14" text-anchor="end" font-size="9" fill="${COLOR.current}">● this run</text>`,
  );
  if (s.base.some((p) => !p.comparable))
    out.push(
      `<text x="${width - right - 52}" y="14" text-anchor="end" font-size="9" fill="${COLOR.other}">□ other protocol</text>`,
    );

  // x labels: first and last base-branch run dates
  const dated = s.base
    .map((p, i) => ({ i, date: p.date }))
    .filter((d): d is { i: number; date: string } => d.date !== undefined);
  const first = dated[0];
  const last = dated[dated.length - 1];
  if (first)
    out.push(
      `<text class="x-label" x="${px(xAt(first.i))}" y="${height - 8}" fill="${COLOR.text}">${xml(first.date)}</text>`,
    );
  if (last && last !== first)
    out.push(
      `<text class="x-label" x="${px(xAt(last.i))}" y="${height - 8}" text-anchor="end" fill="${COLOR.text}">${xml(last.date)}</text>`,
    );
  return out;
}

/** Error bars, the line through the comparable runs, their dots, other protocols' squares and this run. */
function chartMarks({ metric, s, n, lo, hi, xAt, yAt }: Plot): string[] {
  const out: string[] = [];
  // error bars under the markers
  const all: { p: Plotted; i: number }[] = [
    ...s.base.map((p, i) => ({ p, i })),
    ...(s.current ? [{ p: s.current, i: n - 1 }] : []),
  ];
  for (const { p, i } of all) {
    if (p.halfWidth === undefined) continue;
    const x = xAt(i);
    const [barLo, barHi] = errorBar(metric, p);
    const y1 = px(yAt(barHi));
    const y2 = px(yAt(barLo));
    const stroke = p === s.current ? COLOR.current : p.comparable ? COLOR.line : COLOR.other;
    out.push(
      `<path class="error-bar" d="M${px(x)} ${y1}V${y2}M${px(x - 3)} ${y1}H${px(x + 3)}M${px(x - 3)} ${y2}H${px(x + 3)}" stroke="${stroke}"/>`,
    );
  }
  // the line through the comparable base-branch runs
  const onLine = s.base.map((p, i) => ({ p, i })).filter(({ p }) => p.comparable);
  if (onLine.length >= 2) {
    out.push(
      `<polyline class="history" points="${onLine.map(({ p, i }) => `${px(xAt(i))},${px(yAt(p.value))}`).join(' ')}" fill="none" stroke="${COLOR.line}" stroke-width="1.5"/>`,
    );
  }
  for (const { p, i } of s.base.map((p, i) => ({ p, i }))) {
    const x = xAt(i);
    const y = yAt(p.value);
    out.push(
      p.comparable
        ? `<circle class="run" cx="${px(x)}" cy="${px(y)}" r="2.5" fill="${COLOR.line}"><title>${xml(p.title)}</title></circle>`
        : `<rect class="other-protocol" x="${px(x - 3)}" y="${px(y - 3)}" width="6" height="6" fill="#ffffff" stroke="${COLOR.other}"><title>${xml(p.title + (p.value < lo || p.value > hi ? ', off scale' : ''))}</title></rect>`,
    );
  }
  if (s.current) {
    const x = xAt(n - 1);
    const y = yAt(s.current.value);
    const prev = onLine[onLine.length - 1];
    if (prev)
      out.push(
        `<path class="to-current" d="M${px(xAt(prev.i))} ${px(yAt(prev.p.value))}L${px(x)} ${px(y)}" stroke="${COLOR.current}" stroke-dasharray="3 2"/>`,
      );
    out.push(
      `<circle class="current" cx="${px(x)}" cy="${px(y)}" r="4" fill="${COLOR.current}"><title>${xml(s.current.title)}</title></circle>`,
    );
  }
  return out;
}

/**
 * One small SVG chart of `metric`: the base branch's runs (oldest left) as a line with dots, error bars where a run
 * has a half width, runs with another protocol as hollow grey squares off the line (clamped to the plot when off
 * scale), and this run as a larger red dot at the right end. The value axis is labelled with the min and max of the
 * compared values; the x axis with the first and last run's dates. Same input, same bytes.
 */
export function renderHistorySvg(
  metric: MetricName,
  points: readonly HistoryPoint[],
  current: MetricsReport | undefined,
): string {
  const { width, height, left, right, top, bottom } = CHART;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const s = seriesOf(metric, points, current);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="10" role="img">`,
    `<title>${xml(`${header(metric)}: ${s.base.length} base-branch run${s.base.length === 1 ? '' : 's'}${s.current ? ' and this run' : ''}`)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="8" y="14" font-weight="bold" fill="${COLOR.text}">${xml(header(metric))}</text>`,
  ];
  const n = s.base.length + (s.current ? 1 : 0);
  if (n === 0) {
    out.push(
      `<text x="${px(left + plotW / 2)}" y="${px(top + plotH / 2)}" text-anchor="middle" fill="${COLOR.other}">no data</text>`,
      '</svg>',
    );
    return out.join('\n') + '\n';
  }
  const { lo, hi, min, max } = valueRange(s);
  const xAt = (i: number) => (n === 1 ? left + plotW / 2 : left + (plotW * i) / (n - 1));
  const yAt = (v: number) => Math.min(top + plotH, Math.max(top, top + (plotH * (hi - v)) / (hi - lo)));

  const plot: Plot = { metric, s, n, lo, hi, min, max, xAt, yAt };
  out.push(...chartFrame(plot), ...chartMarks(plot));
  out.push('</svg>');
  return out.join('\n') + '\n';
}

/** One SVG file per metric that has data (named history-METRIC.svg), in the registry's order. */
export function historySvgFiles(
  points: readonly HistoryPoint[],
  current: MetricsReport | undefined,
  metrics: readonly MetricName[] = ALL_METRICS,
): { name: string; svg: string }[] {
  return ALL_METRICS.filter((m) => metrics.includes(m) && hasData(m, points, current)).map((m) => ({
    name: `history-${m}.svg`,
    svg: renderHistorySvg(m, points, current),
  }));
}

function hasData(metric: MetricName, points: readonly HistoryPoint[], current: MetricsReport | undefined): boolean {
  return points.some((p) => p.metrics[metric] !== undefined) || current?.metrics[metric] !== undefined;
}

/** ▁…█ for each value between lo and hi (the middle bar when they are equal). */
export function sparkline(values: readonly number[], lo: number, hi: number): string {
  return values
    .map(
      (v) => SPARK[hi > lo ? Math.round(((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (SPARK.length - 1)) : 3],
    )
    .join('');
}

function tableRow(metric: MetricName, s: Series): string {
  const compared = s.base.filter((p) => p.comparable);
  const values = [...compared.map((p) => p.value), ...(s.current ? [s.current.value] : [])];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  // no-break spaces: the sparkline, the arrow and this run's value each stay on one line in a narrow column
  const spark =
    sparkline(
      compared.map((p) => p.value),
      lo,
      hi,
    ) + (s.current ? `\u00a0→\u00a0${sparkline([s.current.value], lo, hi)}` : '');
  const others = s.base.length - compared.length;
  const otherNote = others ? ` (${others} with another protocol left out)` : '';
  const range = compared.length
    ? `${escapeText(formatSignificant(Math.min(...compared.map((p) => p.value))))} – ${escapeText(formatSignificant(Math.max(...compared.map((p) => p.value))))}`
    : '—';
  const now = s.current ? escapeText(valueText(metric, s.current)).replace(/ /g, '\u00a0') : '—';
  return `| ${METRIC_LABEL[metric]} | ${spark || '—'} | ${now} | ${range} | ${compared.length}${otherNote} |`;
}

/** Category labels for mermaid's x axis: the run's day ("Mar 5", or its index), unique (equal labels would merge). */
function categoryLabels(base: readonly Plotted[]): string[] {
  const seen = new Set<string>();
  return base.map((p, i) => {
    let label = p.date ? shortDay(p.date) : `run ${i + 1}`;
    if (seen.has(label)) label += ` #${i + 1}`;
    seen.add(label);
    return label;
  });
}

/**
 * A mermaid xychart of `metric`: the comparable base-branch runs and this run as one line, and this run once more
 * as a bar (a bar at the axis minimum has no height, so only this run's shows): mermaid has no per-point markers.
 * Every text in it is made here from digits and the fixed metric labels, so nothing can break out of the block.
 */
export function historyMermaid(
  metric: MetricName,
  points: readonly HistoryPoint[],
  current: MetricsReport | undefined,
): string | undefined {
  const s = seriesOf(metric, points, current);
  const compared = s.base.filter((p) => p.comparable);
  const shown = [...compared, ...(s.current ? [s.current] : [])];
  if (shown.length < 2) return undefined;
  const { lo, hi } = valueRange({ base: compared, current: s.current, metric });
  const labels = [...categoryLabels(compared), ...(s.current ? ['this run'] : [])];
  // many runs: labels would overlap; hide them and name the first and last day in the axis title instead
  const thin = labels.length > MAX_X_LABELS;
  const days = compared.map((p) => p.date).filter((d): d is string => d !== undefined);
  const span = days.length
    ? `${shortDay(days[0])} … ${shortDay(days[days.length - 1])}${s.current ? ', then this run' : ''}`
    : `${compared.length} runs${s.current ? ', then this run' : ''}`;
  const lines = [
    '```mermaid',
    thin
      ? '%%{init: {"xyChart": {"width": 480, "height": 220, "xAxis": {"showLabel": false}}}}%%'
      : '%%{init: {"xyChart": {"width": 480, "height": 220}}}%%',
    'xychart-beta',
    `  title "${header(metric)}"`,
    `  x-axis ${thin ? `"${span}" ` : ''}[${labels.map((l) => `"${l}"`).join(', ')}]`,
    `  y-axis "${METRIC_LABEL[metric]}" ${plainNumber(lo, 8)} --> ${plainNumber(hi, 8)}`,
    `  line [${shown.map((p) => plainNumber(p.value)).join(', ')}]`,
  ];
  if (s.current)
    lines.push(`  bar [${[...compared.map(() => plainNumber(lo, 8)), plainNumber(s.current.value)].join(', ')}]`);
  lines.push('```');
  return lines.join('\n');
}

export interface HistoryMarkdownOptions {
  /** The base branch, for the heading (escaped here). */
  branch?: string;
  /** Add a mermaid chart per metric below the table (default true). */
  mermaid?: boolean;
}

/**
 * The job summary's history block: a heading, one table row per metric (a sparkline of the base branch's comparable
 * runs → this run on the same scale, this run's value, the base branch's range, how many runs), then a mermaid chart
 * per metric in an open <details>. '' when there is no base-branch run to show.
 */
export function historyMarkdown(
  points: readonly HistoryPoint[],
  current: MetricsReport | undefined,
  metrics: readonly MetricName[] = ALL_METRICS,
  o: HistoryMarkdownOptions = {},
): string {
  const shown = ALL_METRICS.filter((m) => metrics.includes(m) && points.some((p) => p.metrics[m] !== undefined));
  if (!shown.length) return '';
  const on = o.branch ? ` on ${escapeText(o.branch, 100)}` : '';
  const out = [
    `#### History${on}`,
    '',
    `| Metric | last runs${on} → this run | this run | range${on} | runs |`,
    '|:--|:--|--:|:--|--:|',
    ...shown.map((m) => tableRow(m, seriesOf(m, points, current))),
    '',
  ];
  const charts =
    o.mermaid === false
      ? []
      : shown.map((m) => historyMermaid(m, points, current)).filter((c): c is string => c !== undefined);
  if (charts.length)
    out.push('<details open><summary>Charts</summary>', '', ...charts.flatMap((c) => [c, '']), '</details>', '');
  return out.join('\n');
}
