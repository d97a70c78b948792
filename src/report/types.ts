// The metrics JSON's types live in core/report-types.ts (shared by compare, the gate and the reports).
export type { InputSummary, MetricInterval, MetricName, MetricResult, MetricsReport, NoiseVerdict, ReportProtocol, RunInfo } from '../core/report-types.js';
