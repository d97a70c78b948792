// The plain-text table `fid-gate compare` prints.
import type { MetricName, MetricsReport } from '../core/report-types.js';
import { protocolSummary } from '../core/fingerprint.js';
import { metricDef } from '../metrics/registry.js';

export function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  return a !== 0 && (a < 1e-3 || a >= 1e6) ? v.toExponential(4) : v.toFixed(a >= 100 ? 3 : a >= 1 ? 4 : 6).replace(/\.?0+$/, (m) => (m.startsWith('.') ? '' : m));
}

export function formatMetricsTable(r: MetricsReport): string {
  const rows: string[][] = [['metric', 'value', 'settings']];
  for (const [name, m] of Object.entries(r.metrics) as [MetricName, NonNullable<MetricsReport['metrics'][MetricName]>][]) {
    // ± is the bootstrap 95 % half-width where there is one, else the spread over splits/subsets (IS, KID subsets)
    const value = m.ci ? `${formatValue(m.value)} ± ${formatValue(m.ci.halfWidth)}` : m.std !== undefined ? `${formatValue(m.value)} ± ${formatValue(m.std)} (std)` : formatValue(m.value);
    const def = metricDef(name);
    rows.push([def?.tableLabel ?? name, value, def?.settings(m.details ?? {}) ?? '']);
  }
  const w = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(w[c])).join('  ').trimEnd();
  const p = r.protocol;
  const ci = Object.values(r.metrics).some((m) => m?.ci);
  const out = [
    ...r.notes.filter((n) => n.startsWith('WARNING')),
    line(rows[0]), w.map((n) => '-'.repeat(n)).join('  '), ...rows.slice(1).map(line), '',
    ...(ci && p.bootstrap ? [`± : 95% bootstrap interval (${p.bootstrap.replicates} replicates, seed ${p.seed ?? '?'}${p.bootstrap.draws.real < p.nReal || p.bootstrap.draws.generated < p.nGenerated ? `, ${p.bootstrap.draws.real}/${p.bootstrap.draws.generated}-out-of-N, scaled by √(m/N)` : ''})`] : []),
    `protocol: ${protocolSummary(r)}, ${p.device}, ${r.durationSeconds.toFixed(1)} s`,
    ...r.notes.filter((n) => !n.startsWith('WARNING')).map((n) => `note: ${n}`),
  ];
  return out.join('\n');
}
