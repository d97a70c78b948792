// The runs a baseline or a history is read from: the successful runs of this workflow on a branch, newest first, and
// one run's metrics artifact, downloaded and validated. Both never throw: a failure is a value saying why, which
// baseline.ts turns into a warning and history.ts into a note.
import { readMetricsFile, METRICS_FILE_NAME } from '../report/metrics-json.js';
import { downloadMetricsArtifact, type ArtifactRef, type DownloadOutcome } from './artifacts.js';
import type { Octokit } from './client.js';
import { describeApiError, httpStatus } from './retry.js';
import type { MetricsReport } from '../core/report-types.js';

/** A successful run of the workflow, as listed by the API (fields checked). */
export interface SuccessfulRun {
  id: number;
  createdAt: string;
  headBranch: string | null;
  htmlUrl?: string;
  headSha?: string;
}

export interface ListRunsOptions {
  owner: string;
  repo: string;
  /** A run of the workflow whose history is listed (this run, or the run a workflow_run event names); never listed. */
  runId: number;
  /** The branch whose successful runs count. */
  branch: string;
  octokit: () => Promise<Octokit>;
  /** How many runs to ask for (default 20, at most 100: one page). */
  perPage?: number;
}

/** The runs, newest first; or one line saying why they could not be listed (for a note or a warning). */
export type ListRunsOutcome = { runs: SuccessfulRun[] } | { problem: string };

const SHA_RE = /^[0-9a-f]{7,40}$/i;

function permissionHint(err: unknown): string {
  const status = httpStatus(err);
  return status === 403 || status === 404 ? ' (the token needs `permissions: actions: read`)' : '';
}

/**
 * The successful runs of the workflow that `runId` belongs to, on `branch`, newest first, `runId` itself left out:
 * GET the run for its workflow_id, then GET that workflow's runs with `branch` and `status: success`. Runs whose id is
 * not a positive integer, or whose head branch is another one, are dropped. Never throws: a failure is `{ problem }`.
 */
export async function listSuccessfulRuns(o: ListRunsOptions): Promise<ListRunsOutcome> {
  try {
    const octokit = await o.octokit();
    const run = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
      owner: o.owner,
      repo: o.repo,
      run_id: o.runId,
    });
    const workflowId = run.data.workflow_id;
    if (typeof workflowId !== 'number') return { problem: `run ${o.runId} names no workflow` };
    const listed = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
      owner: o.owner,
      repo: o.repo,
      workflow_id: workflowId,
      branch: o.branch,
      status: 'success',
      per_page: Math.min(100, o.perPage ?? 20),
    });
    const runs = (listed.data.workflow_runs ?? [])
      .map(
        (r): SuccessfulRun => ({
          id: Number(r.id),
          createdAt: String(r.created_at),
          headBranch: r.head_branch ?? null,
          htmlUrl: typeof r.html_url === 'string' ? r.html_url : undefined,
          headSha: typeof r.head_sha === 'string' && SHA_RE.test(r.head_sha) ? r.head_sha.toLowerCase() : undefined,
        }),
      )
      .filter(
        (r) =>
          Number.isSafeInteger(r.id) &&
          r.id > 0 &&
          r.id !== o.runId &&
          (r.headBranch === null || r.headBranch === o.branch),
      )
      // the API lists newest first already; sorting again keeps that true whatever it returns
      .sort((a, b) => (Date.parse(b.createdAt) || 0) - (Date.parse(a.createdAt) || 0) || b.id - a.id);
    return { runs };
  } catch (err) {
    return {
      problem: `could not list the workflow's runs on ${o.branch}: ${describeApiError(err)}${permissionHint(err)}`,
    };
  }
}

/** One run's metrics: validated, absent, or why not (a failed download, an invalid file). */
export type RunMetrics = { report: MetricsReport } | { missing: string } | { failed: string } | { unusable: string };

/** Downloads and validates the metrics artifact of one run (baseline auto and the history); never throws. */
export async function fetchRunMetrics(o: ArtifactRef): Promise<RunMetrics> {
  let got: DownloadOutcome;
  try {
    got = await downloadMetricsArtifact(o);
  } catch (err) {
    return { failed: (err as Error).message };
  }
  if ('missing' in got) return got;
  try {
    return { report: await readMetricsFile(got.file) };
  } catch (err) {
    // the temp path means nothing to a reader; the member's name does
    return { unusable: (err as Error).message.split(got.file).join(METRICS_FILE_NAME) };
  }
}
