// The plain-text table `fid-gate compare` prints.
import type { MetricName, MetricsReport } from '../core/report-types.js';
import { protocolSummary } from '../core/fingerprint.js';
import { metricDef } from '../metrics/registry.js';

export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e6)
    ? v.toExponential(4)
    : v.toFixed(a >= 100 ? 3 : a >= 1 ? 4 : 6).replace(/\.?0+$/, (m) => (m.startsWith('.') ? '' : m));
}

/** How each interval method reads in the footer (metrics/intervals.ts; a version 1 interval has no method: bootstrap).
 * */
const METHOD_WORDS = {
  bootstrap: 'bootstrap',
  'delta-method': 'delta method (influence function)',
  'u-statistic': 'U-statistic variance',
} as const;

/**
 * The ± line: one 95 % interval per metric that has one, each named by the method that produced it (ci.method), with
 * the metrics that share a method listed together, in table order.
 */
function intervalFooter(r: MetricsReport): string {
  const p = r.protocol,
    b = p.bootstrap!;
  const byMethod = new Map<keyof typeof METHOD_WORDS, { names: string[]; scaled: boolean }>();
  for (const [name, m] of Object.entries(r.metrics) as [
    MetricName,
    NonNullable<MetricsReport['metrics'][MetricName]>,
  ][]) {
    if (!m.ci) continue;
    const method = m.ci.method ?? 'bootstrap',
      g = byMethod.get(method) ?? { names: [], scaled: false };
    g.names.push(metricDef(name)?.label ?? name);
    g.scaled ||= m.ci.scale < 1;
    byMethod.set(method, g);
  }
  const outOfN =
    b.draws.real < p.nReal || b.draws.generated < p.nGenerated
      ? `, ${b.draws.real}/${b.draws.generated}-out-of-N, scaled by √(m/N)`
      : '';
  const parts = [...byMethod].map(
    ([method, g]) =>
      `${g.names.join(', ')} by ${METHOD_WORDS[method]}${
        method === 'bootstrap'
          ? ` (${b.replicates} replicates${outOfN})`
          : g.scaled
            ? ' (of a seeded subset, scaled by √(m/N))'
            : ''
      }`,
  );
  return `± : 95% interval, seed ${p.seed ?? '?'}: ${parts.join('; ')}`;
}

export function formatMetricsTable(r: MetricsReport): string {
  const rows: string[][] = [['metric', 'value', 'settings']];
  for (const [name, m] of Object.entries(r.metrics) as [
    MetricName,
    NonNullable<MetricsReport['metrics'][MetricName]>,
  ][]) {
    // ± is the 95 % interval's half-width where there is one, else the spread over splits/subsets (IS, KID subsets)
    const value = m.ci
      ? `${formatValue(m.value)} ± ${formatValue(m.ci.halfWidth)}`
      : m.std !== undefined
        ? `${formatValue(m.value)} ± ${formatValue(m.std)} (std)`
        : formatValue(m.value);
    const def = metricDef(name);
    rows.push([def?.tableLabel ?? name, value, def?.settings(m.details ?? {}) ?? '']);
  }
  const w = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) =>
    row
      .map((cell, c) => cell.padEnd(w[c]))
      .join('  ')
      .trimEnd();
  const p = r.protocol;
  const ci = Object.values(r.metrics).some((m) => m?.ci);
  const out = [
    ...r.notes.filter((n) => n.startsWith('WARNING')),
    line(rows[0]),
    w.map((n) => '-'.repeat(n)).join('  '),
    ...rows.slice(1).map(line),
    '',
    ...(ci && p.bootstrap ? [intervalFooter(r)] : []),
    `protocol: ${protocolSummary(r)}, ${p.device}, ${r.durationSeconds.toFixed(1)} s`,
    ...r.notes.filter((n) => !n.startsWith('WARNING')).map((n) => `note: ${n}`),
  ];
  return out.join('\n');
}
