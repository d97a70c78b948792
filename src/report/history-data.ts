// One metric's history across the base branch's runs: the data the history charts draw (github/history.ts collects it).
import type { MetricName, MetricResult, MetricsReport } from '../core/report-types.js';
import { KNOWN_METRICS } from '../metrics/registry.js';

/** One metric of one run, as charted: the value and, where the report has a spread, the error bar's half width. */
export interface HistoryValue {
  value: number;
  halfWidth?: number;
}

export type HistoryMetrics = Partial<Record<MetricName, HistoryValue>>;

/** One successful run on the base branch whose metrics artifact was read and validated. */
export interface HistoryPoint {
  runId: number;
  /** The run's creation time as the API gave it (ISO 8601); renderers re-validate it before showing it. */
  createdAt: string;
  /** The commit the run tested; only when it is a hex SHA. */
  headSha?: string;
  metrics: HistoryMetrics;
  /** compare.ts protocolKey of the run's protocol: points with another key are not comparable with this run. */
  protocolKey?: string;
}

export interface History {
  /** Oldest first, newest last. */
  points: HistoryPoint[];
  notes: string[];
}

/** The error bar of a result: its bootstrap 95 % interval's half width, else its std (IS over splits), else none. */
function errorHalfWidth(r: MetricResult): number | undefined {
  for (const h of [r.ci?.halfWidth, r.std]) if (typeof h === 'number' && Number.isFinite(h) && h > 0) return h;
  return undefined;
}

/** The values a chart shows for a report: every known metric's finite value, with its error bar's half width. */
export function historyMetrics(report: MetricsReport): HistoryMetrics {
  const out: HistoryMetrics = {};
  for (const name of KNOWN_METRICS) {
    const r = report.metrics[name];
    if (!r || !Number.isFinite(r.value)) continue;
    const halfWidth = errorHalfWidth(r);
    out[name] = halfWidth === undefined ? { value: r.value } : { value: r.value, halfWidth };
  }
  return out;
}
