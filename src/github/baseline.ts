// The baseline a run is compared with: `none`, a metrics JSON file, or `auto` = the metrics artifact of the latest
// successful run of the same workflow on the base branch. A baseline comes from another run (or from a file anyone
// could have written), so it is validated field by field before use, and compared only when its protocol matches.
// Nothing here is fatal for `auto`: a missing baseline is a note, a broken or foreign one a warning.
import type { BaselineView } from '../report/markdown.js';
import { readMetricsFile } from '../report/metrics-json.js';
import type { Octokit } from './client.js';
import { fetchRunMetrics, listSuccessfulRuns } from './runs.js';
import { fingerprintDifferences } from '../core/fingerprint.js';
import type { MetricsReport } from '../core/report-types.js';

export interface BaselineOutcome {
  view: BaselineView;
  /** The baseline to compare with: only when one was found and its protocol matches. */
  report?: MetricsReport;
  /** What was read, comparable or not. */
  found?: MetricsReport;
  /** Why `found` is not comparable (each difference of the fingerprints). */
  notComparable?: string[];
  warnings: string[];
  notes: string[];
}

/** Compares protocol fingerprints (report/fingerprint.ts); any difference is one warning and no comparison. */
export function checkComparable(current: MetricsReport, base: MetricsReport, view: BaselineView): BaselineOutcome {
  const diff = fingerprintDifferences(current.protocol, base.protocol);
  if (diff.length) {
    return {
      view,
      found: base,
      notComparable: diff,
      warnings: [`baseline not comparable: ${diff.join('; ')}; no comparison`],
      notes: [],
    };
  }
  return { view, report: base, found: base, warnings: [], notes: [] };
}

export interface AutoBaselineOptions {
  token: string;
  owner: string;
  repo: string;
  /** A run of the workflow whose history is searched (this run, or the run a workflow_run event names). */
  runId: number;
  /** The branch whose successful runs count. */
  branch: string;
  artifactName: string;
  /** Where the artifact is downloaded (a fresh temp folder inside it). */
  tempDir: string;
  octokit: () => Promise<Octokit>;
  log?: (msg: string) => void;
  /** How many of the newest successful runs to try for an artifact (default 5). */
  maxCandidates?: number;
}

/** The baseline selected by the `baseline` input. `spec` is 'none', 'auto' or a path. */
export async function resolveBaseline(
  spec: string,
  current: MetricsReport,
  auto: Partial<AutoBaselineOptions> & { tempDir: string; artifactName: string },
): Promise<BaselineOutcome> {
  if (spec === 'none') return { view: { source: 'none' }, warnings: [], notes: [] };
  if (spec !== 'auto') {
    const base = await readMetricsFile(spec);
    return checkComparable(current, base, { source: 'file', path: spec, createdAt: base.createdAt });
  }
  const missing = (['token', 'owner', 'repo', 'runId', 'branch', 'octokit'] as const).filter((k) => !auto[k]);
  if (missing.length) {
    const why = missing.includes('token')
      ? 'no github-token'
      : missing.includes('branch')
        ? 'no base branch known'
        : 'not inside a GitHub Actions run';
    return {
      view: { source: 'none' },
      warnings: [],
      notes: [`no baseline: baseline: auto needs a workflow run to look up (${why})`],
    };
  }
  return autoBaseline(current, auto as AutoBaselineOptions);
}

async function autoBaseline(current: MetricsReport, o: AutoBaselineOptions): Promise<BaselineOutcome> {
  const log = o.log ?? (() => undefined);
  const none = (notes: string[], warnings: string[] = []): BaselineOutcome => ({
    view: { source: 'none' },
    warnings,
    notes,
  });
  const listed = await listSuccessfulRuns(o);
  if ('problem' in listed) return none([], [`baseline auto: ${listed.problem}; no comparison`]);
  const candidates = listed.runs;
  if (!candidates.length) return none([`no baseline: no successful run of this workflow on ${o.branch} yet`]);

  for (const cand of candidates.slice(0, o.maxCandidates ?? 5)) {
    const view: BaselineView = {
      source: 'auto',
      runId: cand.id,
      branch: o.branch,
      createdAt: cand.createdAt,
      runUrl: cand.htmlUrl,
    };
    const got = await fetchRunMetrics({ ...o, runId: cand.id });
    if ('failed' in got) return none([], [`baseline auto: ${got.failed}; no comparison`]);
    if ('missing' in got) {
      log(`baseline: ${got.missing}`);
      continue;
    }
    if ('unusable' in got)
      return none([], [`baseline auto: the metrics of run ${cand.id} are unusable: ${got.unusable}; no comparison`]);
    log(`baseline: run ${cand.id} on ${o.branch} (${cand.createdAt})`);
    return checkComparable(current, got.report, view);
  }
  return none([`no baseline: the latest successful runs on ${o.branch} have no artifact ${o.artifactName}`]);
}
