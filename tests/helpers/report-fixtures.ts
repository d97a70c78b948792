import type { MetricName, MetricsReport } from '../../src/core/report-types.js';
import { METRIC_BETTER as better } from '../../src/metrics/registry.js';
// Small MetricsReport builders shared by the gate, markdown and action tests.

/** A plausible report with the given metric values (directions as fid-gate gives them). */
export function makeReport(
  values: Partial<Record<MetricName, number>>,
  extra: Partial<MetricsReport> = {},
): MetricsReport {
  const metrics: MetricsReport['metrics'] = {};
  for (const [k, v] of Object.entries(values) as [MetricName, number][]) metrics[k] = { value: v, better: better[k] };
  return {
    schema: 'fid-gate/metrics@2',
    fidGateVersion: '0.1.0',
    createdAt: '2024-01-01T00:00:00.000Z',
    protocol: {
      extractor: 'pytorch-fid-inception-v3',
      weights: 'pytorch-fid',
      weightsSha256: '6726825d'.padEnd(64, '0'),
      resize: 'legacy-pytorch',
      quantization: 'png-uint8',
      fidGateVersion: '0.1.0',
      nReal: 1000,
      nGenerated: 1000,
      device: 'cpu',
    },
    real: { source: 'real', kind: 'folder', count: 1000 },
    generated: { source: 'gen', kind: 'folder', count: 1000 },
    metrics,
    notes: [],
    durationSeconds: 12.5,
    ...extra,
  };
}
