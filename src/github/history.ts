// The base branch's history of every metric, for the job summary's charts: the metrics artifacts of the latest
// successful runs of this workflow on the base branch. Each artifact comes from another run and is untrusted: it is
// read with the same bounded download and field-by-field validation as the baseline, and a broken or missing one is
// one note, never an exception. API failures are notes too: a history is a nicety, never a reason to fail a run.
import { fetchRunMetrics, listSuccessfulRuns, type ListRunsOptions } from './runs.js';
import { protocolKey } from '../core/protocol.js';
import { historyMetrics, type History, type HistoryPoint } from '../report/history-data.js';
export type { History, HistoryPoint };

export interface CollectHistoryOptions extends ListRunsOptions {
  token: string;
  artifactName: string;
  /** Where the artifacts are downloaded (a fresh temp folder inside it for each). */
  tempDir: string;
  /** At most this many points (default 10). */
  maxRuns?: number;
  /** How many listed runs to try at most (default 2 × maxRuns): runs without an artifact do not count as points. */
  maxCandidates?: number;
  log?: (msg: string) => void;
}

/** After this many failed downloads the rest is not tried: the cause is likely the token or the API, not the runs. */
const MAX_DOWNLOAD_FAILURES = 3;

/**
 * The metrics of the latest successful runs on the base branch, at most `maxRuns`, oldest first. A run without the
 * artifact is counted in one note; an artifact that cannot be downloaded or does not validate is one note each and is
 * skipped; a listing failure is one note and no points. Never throws.
 */
export async function collectHistory(o: CollectHistoryOptions): Promise<History> {
  const log = o.log ?? (() => undefined);
  const maxRuns = Math.max(1, o.maxRuns ?? 10);
  const maxCandidates = Math.max(maxRuns, o.maxCandidates ?? 2 * maxRuns);
  const notes: string[] = [];
  const listed = await listSuccessfulRuns({ ...o, perPage: o.perPage ?? Math.max(20, maxCandidates) });
  if ('problem' in listed) return { points: [], notes: [`history: ${listed.problem}; no chart`] };

  const points: HistoryPoint[] = [];
  let missing = 0;
  let failures = 0;
  for (const run of listed.runs.slice(0, maxCandidates)) {
    if (points.length >= maxRuns) break;
    if (failures >= MAX_DOWNLOAD_FAILURES) {
      notes.push(`history: stopped after ${failures} failed downloads`);
      break;
    }
    const got = await fetchRunMetrics({
      token: o.token,
      owner: o.owner,
      repo: o.repo,
      runId: run.id,
      artifactName: o.artifactName,
      tempDir: o.tempDir,
    });
    if ('failed' in got) {
      failures++;
      notes.push(`history: run ${run.id} skipped: ${got.failed}`);
      continue;
    }
    if ('missing' in got) {
      missing++;
      log(`history: ${got.missing}`);
      continue;
    }
    if ('unusable' in got) {
      notes.push(`history: the metrics of run ${run.id} are unusable, skipped: ${got.unusable}`);
      continue;
    }
    const report = got.report;
    points.push({
      runId: run.id,
      createdAt: run.createdAt,
      ...(run.headSha ? { headSha: run.headSha } : {}),
      metrics: historyMetrics(report),
      protocolKey: protocolKey(report.protocol),
    });
  }
  if (missing)
    notes.push(`history: ${missing} run${missing > 1 ? 's' : ''} on ${o.branch} had no artifact ${o.artifactName}`);
  if (!points.length && !notes.length) notes.push(`history: no successful run of this workflow on ${o.branch} yet`);
  log(`history: ${points.length} run${points.length === 1 ? '' : 's'} on ${o.branch}`);
  return { points: points.reverse(), notes };
}
