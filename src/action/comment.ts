// mode: comment: the second half of the two-workflow pattern for PRs from forks, which never runs PR code with a write
// token. It reads a metrics JSON (input metrics-file, or the artifact of the run a workflow_run event names),
// re-evaluates it with this workflow's rules and baseline, and finds the PR to comment on.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import { evaluateGate } from '../gate/rules.js';
import { METRICS_FILE_NAME, readMetricsFile } from '../report/metrics-json.js';
import { downloadMetricsArtifact } from '../github/artifacts.js';
import { describeApiError } from '../github/retry.js';
import { workDir } from './request.js';
import { baselineStep, recordedResults, type ModeOptions, type ModeOutcome } from './mode.js';
import type { MetricsReport } from '../core/report-types.js';

/** The metrics JSON to report: input metrics-file, else the metrics artifact of the triggering workflow_run. */
async function metricsFile(o: ModeOptions, dir: string): Promise<string> {
  const { inputs: inp, ctx, core } = o;
  if (inp.metricsFile) return inp.metricsFile;
  const wr = ctx.workflowRun;
  if (!wr)
    throw new InputError(
      'mode: comment needs input metrics-file, or a workflow_run event whose run uploaded the metrics artifact',
      'metrics-file',
    );
  if (!inp.token || !ctx.owner || !ctx.repo)
    throw new InputError(
      'mode: comment: reading the artifact of the triggering run needs github-token and GITHUB_REPOSITORY',
    );
  const got = await core.group(`Download ${inp.artifactName} of run ${wr.id}`, () =>
    downloadMetricsArtifact({
      token: inp.token,
      owner: ctx.owner!,
      repo: ctx.repo!,
      runId: wr.id,
      artifactName: inp.artifactName,
      tempDir: dir,
    }),
  );
  if ('missing' in got) throw new Error(`mode: comment: ${got.missing} (did the evaluate step upload it?)`);
  return got.file;
}

/**
 * The PR the results belong to: this event's, the workflow_run's, or the one the report names — the last only when
 * that PR's head is the workflow_run's head commit (a report names whatever PR its writer wanted).
 */
async function findPullRequest(
  o: ModeOptions,
  report: MetricsReport,
): Promise<{ pullRequest?: number; baseRef?: string }> {
  const { ctx, core } = o;
  const wr = ctx.workflowRun;
  const fromEvent = {
    pullRequest: ctx.pullRequest ?? wr?.pullRequests[0]?.number,
    baseRef: wr?.pullRequests[0]?.baseRef ?? (ctx.pullRequest ? ctx.baseRef : undefined),
  };
  if (fromEvent.pullRequest || !report.run?.pullRequest || !ctx.owner || !ctx.repo) return fromEvent;
  const n = report.run.pullRequest;
  if (!wr?.headSha) {
    core.warning(
      `fid-gate: the metrics name PR #${n}, but without a workflow_run head commit to check it against no comment is posted`,
    );
    return fromEvent;
  }
  try {
    const pr = await (await o.github()).rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: n });
    if (pr.data.head.sha === wr.headSha) return { pullRequest: n, baseRef: pr.data.base.ref };
    core.warning(`fid-gate: the metrics name PR #${n}, whose head is not the commit of run ${wr.id}; no comment`);
  } catch (err) {
    core.warning(`fid-gate: could not check PR #${n} (${describeApiError(err)}); no comment`);
  }
  return fromEvent;
}

/** mode: comment: the report of another run, re-evaluated here with this workflow's rules. */
export async function commentOnly(o: ModeOptions): Promise<ModeOutcome> {
  const { inputs: inp, ctx } = o;
  const dir = workDir(o.tempRoot, inp.commentKey);
  await mkdir(dir, { recursive: true });
  const report = await readMetricsFile(await metricsFile(o, dir));
  const { pullRequest, baseRef } = await findPullRequest(o, report);
  const baseline = await baselineStep(o, report, {
    runId: ctx.workflowRun?.id ?? ctx.runId,
    branch: baseRef ?? ctx.baseRef,
    dir,
  });
  const gate = evaluateGate(report, baseline.report, inp.rules);
  const reportPath = path.join(dir, METRICS_FILE_NAME);
  await writeFile(
    reportPath,
    JSON.stringify({ ...report, gate: { passed: gate.passed, results: recordedResults(gate) } }, null, 2) + '\n',
  );
  return { report, gate, baseline, reportPath, pullRequest };
}
