// The options of a metrics run (compare on the CLI, mode: evaluate in the Action) and the checks between them, in
// one place: IS vs an ONNX encoder, bootstrap bounds, rules on metrics the run will not compute, --max-regression
// without a baseline, --pairs-grid without --training, elbo images without a diffusion denoiser. Loads the metric
// modules (onnxruntime): the CLI imports this module only inside a command's run.
import { InputError } from '../util/errors.js';
import { checkRulesComputable, parseMaxRegression, parseThresholds, type GateRules } from '../gate/rules.js';
import type { EncoderSpec } from '../features/encoder.js';
import { DEFAULT_BOOTSTRAP_REPLICATES, MAX_BOOTSTRAP_REPLICATES } from '../core/defaults.js';
import { int } from './numbers.js';
import { checkMetricsSupported, defaultMetricGroups } from '../metrics/registry.js';
import { extractorFor } from '../features/extractors.js';
import { text, type OptionSource } from './source.js';
import { parseMetrics, type MetricGroup } from '../metrics/registry.js';

/** --metrics / input metrics (commas, spaces, semicolons or new lines between names). Unset: undefined (every
 *  metric that applies, decided by the inputs), or fid,kid,prdc with an ONNX encoder (IS needs Inception's logits). */
export function readMetrics(src: OptionSource, encoder: EncoderSpec | undefined): MetricGroup[] | undefined {
  const raw = (text(src, 'metrics') ?? '').replace(/[\s;]+/g, ',').replace(/^,+|,+$/g, '');
  const extractor = extractorFor(encoder);
  if (!raw) return encoder ? defaultMetricGroups(extractor) : undefined;
  const metrics = parseMetrics(raw, src.name('metrics'));
  if (encoder)
    checkMetricsSupported(metrics, extractor, src.given('encoder', encoder.path), 'option', src.name('metrics'));
  return metrics;
}

/** --bootstrap / input bootstrap: 0 (no intervals) or 2 … MAX_BOOTSTRAP_REPLICATES. */
export function readBootstrap(src: OptionSource): number {
  const b = int(src, 'bootstrap', DEFAULT_BOOTSTRAP_REPLICATES, { min: 0, expected: 'a non-negative integer' });
  const range = `0 (no intervals) or 2 … ${MAX_BOOTSTRAP_REPLICATES} replicates`;
  if (b === 1)
    throw new InputError(`${src.name('bootstrap')}: 1 replicate gives no interval; expected ${range}`, 'bootstrap');
  if (b > MAX_BOOTSTRAP_REPLICATES)
    throw new InputError(
      `${src.name('bootstrap')}: expected ${range}, got ${b} (their values are kept in the metrics JSON)`,
      'bootstrap',
    );
  return b;
}

/**
 * The gate's rules. `thresholds` is the rules' text (the CLI reads a --thresholds FILE first; `thresholdsWhat` then
 * names the file). `baselineGiven`: whether a baseline can exist (--baseline on the CLI; always in the Action,
 * whose baseline defaults to auto).
 */
export function readGateRules(
  src: OptionSource,
  o: { thresholds?: string; thresholdsWhat?: string; baselineGiven: boolean },
): GateRules {
  const rules: GateRules = {
    thresholds: parseThresholds(o.thresholds ?? text(src, 'thresholds'), o.thresholdsWhat ?? src.name('thresholds')),
    regressions: parseMaxRegression(text(src, 'max-regression'), src.name('max-regression')),
  };
  if (rules.regressions.length && !o.baselineGiven) {
    throw new InputError(
      `${src.name('max-regression')} needs ${src.name('baseline')} METRICS.json (the run to compare with)`,
      'max-regression',
    );
  }
  return rules;
}

/** Refuses a rule on a metric the run will not compute, before any work. */
export function checkRulesOnComputed(
  src: OptionSource,
  rules: GateRules,
  run: { metrics?: readonly MetricGroup[]; elbo: boolean; training: boolean },
): void {
  const groups = [
    ...(run.metrics ?? parseMetrics(undefined)),
    ...(run.elbo ? ['elbo'] : []),
    ...(run.training ? ['memorization'] : []),
  ];
  checkRulesComputable(rules, groups, src.style === 'action' ? 'metrics' : src.name('metrics'));
}

/** --pairs-grid needs --training; --elbo-images / input elbo-images needs a diffusion denoiser. */
export function checkCompanions(src: OptionSource, run: { training: boolean; diffusion: boolean }): void {
  if (text(src, 'pairs-grid') !== undefined && !run.training) {
    throw new InputError(
      `${src.name('pairs-grid')} needs ${src.name('training')} DIR (the pairs are generated/training images)`,
      'pairs-grid',
    );
  }
  if (text(src, 'elbo-images') !== undefined && !run.diffusion) {
    const how =
      src.style === 'action'
        ? 'input generator with generator-kind: diffusion'
        : '--generator MODEL.onnx --kind diffusion';
    throw new InputError(
      `${src.name('elbo-images')} needs a diffusion denoiser${src.style === 'action' ? ' to score' : ''}: ${how}`,
      'elbo-images',
    );
  }
}
