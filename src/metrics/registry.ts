// The metric registry: every metric fid-gate computes, declared once (metrics/defs/*.ts). The gate's rule parser,
// compare, the CLI table, the markdown report, the history charts and the metrics JSON's types read it.
// Adding a metric: one file in metrics/defs/ and one line in METRIC_GROUPS.
import { InputError } from '../util/errors.js';
import type { MetricDecl, MetricGroupDef } from './metric-def.js';
import type { ExtractorDecl } from '../features/extractors.js';
import { fidGroup } from './defs/fid.js';
import { kidGroup } from './defs/kid.js';
import { inceptionScoreGroup } from './defs/inception-score.js';
import { prdcGroup } from './defs/prdc.js';
import { elboGroup } from './defs/elbo.js';
import { fdInfinityGroup } from './defs/fd-infinity.js';
import { memorizationGroup } from './defs/memorization.js';

/** Every metric group, in the order the reports list their metrics. */
export const METRIC_GROUPS = [
  fidGroup,
  kidGroup,
  inceptionScoreGroup,
  prdcGroup,
  elboGroup,
  fdInfinityGroup,
  memorizationGroup,
] as const;

type AnyGroup = (typeof METRIC_GROUPS)[number];
/** Every metric's name, as in gate rules and the metrics JSON. */
export type MetricName = AnyGroup['metrics'][number]['name'];
/** Every group's name ('elbo' and 'memorization' are switched on by their own inputs). */
export type MetricGroupName = AnyGroup['group'];
/** The groups --metrics (and the Action's metrics input) selects. */
export type MetricGroup = Extract<AnyGroup, { selectable: true }>['group'];

export type MetricDef = MetricDecl<MetricName> & { group: MetricGroupName };

/** Every metric, in report order, with its group. */
export const METRICS: readonly MetricDef[] = METRIC_GROUPS.flatMap((g) =>
  g.metrics.map((m) => ({ ...m, group: g.group }) as MetricDef),
);

const metricByName = new Map<string, MetricDef>(METRICS.map((m) => [m.name, m]));
const metricByAlias = new Map<string, MetricDef>(
  METRICS.flatMap((m) => [m.name, ...(m.aliases ?? [])].map((a) => [a, m] as const)),
);
const groupByName = new Map<string, MetricGroupDef>(
  METRIC_GROUPS.map((g) => [g.group, g as unknown as MetricGroupDef]),
);
const selectableByAlias = new Map<string, MetricGroup>(
  METRIC_GROUPS.filter((g) => g.selectable).flatMap((g) =>
    [g.group, ...(g.aliases ?? [])].map((a) => [a, g.group as MetricGroup] as const),
  ),
);

/** The metric of a name or alias (case-insensitive); undefined for anything else (`constructor` included). */
export function lookupMetric(nameOrAlias: string): MetricDef | undefined {
  return metricByAlias.get(nameOrAlias.toLowerCase());
}

/** The declaration of a metric by its exact name; undefined for an unknown name (e.g. from another run's JSON). */
export function metricDef(name: string): MetricDef | undefined {
  return metricByName.get(name);
}

export function isMetricName(name: string): name is MetricName {
  return metricByName.has(name);
}

export function groupDef(group: string): MetricGroupDef | undefined {
  return groupByName.get(group);
}

/** The selectable group of a --metrics word (case-insensitive, trimmed by the caller); undefined when unknown. */
export function lookupSelectableGroup(word: string): MetricGroup | undefined {
  return selectableByAlias.get(word);
}

/** The groups --metrics accepts, in order. */
export const SELECTABLE_GROUPS: readonly MetricGroup[] = METRIC_GROUPS.filter((g) => g.selectable).map(
  (g) => g.group as MetricGroup,
);

/** The groups computed when none are given, for an extractor (default: the Inception network). */
export function defaultMetricGroups(extractor?: ExtractorDecl): MetricGroup[] {
  return METRIC_GROUPS.filter((g) => g.selectable && g.byDefault && (!extractor || supports(g, extractor))).map(
    (g) => g.group as MetricGroup,
  );
}

function supports(g: { needs: MetricGroupDef['needs'] }, extractor: ExtractorDecl): boolean {
  return !g.needs.extractor || extractor.provides.includes(g.needs.extractor.output);
}

/**
 * Refuses a selected group the extractor cannot serve (IS without Inception's logits). `name` names the extractor in
 * the message; `recordedBy: 'inputs'` when it was read from the inputs' recorded protocol rather than chosen.
 */
export function checkMetricsSupported(
  groups: readonly string[],
  extractor: ExtractorDecl,
  name: string,
  recordedBy: 'option' | 'inputs' = 'option',
  what?: string,
): void {
  for (const g of groups) {
    const def = groupDef(g);
    if (!def || supports(def, extractor)) continue;
    const anyEncoder = defaultMetricGroups()
      .filter((x) => !groupDef(x)!.needs.extractor)
      .join(', ');
    throw new InputError(
      (what ? `${what}: ` : '') +
        (recordedBy === 'inputs'
          ? `${def.needs.extractor!.requirement}; these inputs come from ${name}: leave "${g}" out of the metrics`
          : `${def.needs.extractor!.requirement}; ${name} has none: leave "${g}" out of the metrics (${anyEncoder} work with any encoder)`),
      what ? 'metrics' : undefined,
    );
  }
}

/** --metrics / input metrics: comma-separated group names or aliases; unset or empty: the default groups. */
export function parseMetrics(value: string | undefined, what = '--metrics'): MetricGroup[] {
  if (value === undefined || value.trim() === '') return defaultMetricGroups();
  const out: MetricGroup[] = [];
  for (const raw of value.split(',')) {
    const m = raw.trim().toLowerCase();
    if (!m) continue;
    const group = lookupSelectableGroup(m);
    if (!group)
      throw new InputError(`${what}: unknown metric "${raw.trim()}" (known: ${SELECTABLE_GROUPS.join(', ')})`, what);
    if (!out.includes(group)) out.push(group);
  }
  if (!out.length) throw new InputError(`${what}: no metric given`, what);
  return out;
}

/** Every selectable group (what --metrics accepts). */
export const ALL_METRICS: readonly MetricGroup[] = SELECTABLE_GROUPS;

/** Every metric name, in report order (from the metric registry). */
export const KNOWN_METRICS: readonly MetricName[] = METRICS.map((m) => m.name);

/** Which direction is an improvement, for every metric (the reports say the same; a baseline must agree). */
export const METRIC_BETTER: Readonly<Record<MetricName, 'lower' | 'higher'>> = Object.fromEntries(
  METRICS.map((m) => [m.name, m.better]),
) as Record<MetricName, 'lower' | 'higher'>;

/**
 * The metric group (`metrics` input) that computes each metric ('elbo': the `elbo-images` input / compare's `elbo`
 * option; 'memorization': the `training` input / compare --training).
 */
export const METRIC_GROUP: Readonly<Record<MetricName, MetricGroupName>> = Object.fromEntries(
  METRICS.map((m) => [m.name, m.group]),
) as Record<MetricName, MetricGroupName>;
