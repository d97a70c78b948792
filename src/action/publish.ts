// Where a run's report goes: the job summary (with the base branch's history) and the sticky PR comment. Neither
// ever changes the verdict: a failure here is a log line or a warning (mode: comment, whose only job is the comment,
// makes a failed comment an error).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { markerFor } from '../report/markdown.js';
import { historyMarkdown, historySvgFiles } from '../report/history-chart.js';
import { uploadFiles } from '../github/artifacts.js';
import { collectHistory } from '../github/history.js';
import { describeApiError } from '../github/retry.js';
import { upsertStickyComment } from '../github/sticky-comment.js';
import type { ActionInputs } from './inputs.js';
import type { RunContext } from './context.js';
import type { ActionCore, GitHubClient } from './deps.js';
import { workDir } from './request.js';
import { KNOWN_METRICS } from '../metrics/registry.js';
import type { MetricsReport } from '../core/report-types.js';

/**
 * The job summary's history block appended to `markdown`: each metric over the last successful runs on the base
 * branch (their metrics artifacts), as a sparkline table and mermaid charts; the SVG charts go to an artifact. Job
 * summary only (the PR comment stays short). Never throws: a failure to read the history is a log line.
 */
export async function withHistory(
  markdown: string,
  report: MetricsReport,
  o: { inputs: ActionInputs; ctx: RunContext; core: ActionCore; github: GitHubClient; tempRoot: string },
): Promise<string> {
  const { inputs: inp, ctx, core } = o;
  const runId = ctx.workflowRun?.id ?? ctx.runId;
  const branch = ctx.workflowRun?.pullRequests[0]?.baseRef ?? ctx.baseRef;
  if (!inp.token || !ctx.owner || !ctx.repo || !runId || !branch) return markdown;
  try {
    const dir = workDir(o.tempRoot, inp.commentKey);
    const history = await core.group('History', () =>
      collectHistory({
        token: inp.token,
        owner: ctx.owner!,
        repo: ctx.repo!,
        runId,
        branch,
        artifactName: inp.artifactName,
        tempDir: dir,
        octokit: o.github,
        log: (m) => core.info(m),
      }),
    );
    for (const n of history.notes) core.info(n);
    const block = historyMarkdown(history.points, report, KNOWN_METRICS, { branch });
    const svgs = history.points.length ? historySvgFiles(history.points, report) : [];
    if (svgs.length) {
      const files = await Promise.all(
        svgs.map(async (f) => {
          const p = path.join(dir, f.name);
          await writeFile(p, f.svg);
          return p;
        }),
      );
      await uploadFiles(`${inp.artifactName}-history`, files, dir, { log: core });
    }
    return block ? `${markdown}\n${block}` : markdown;
  } catch (err) {
    core.info(`history: not shown (${(err as Error).message})`);
    return markdown;
  }
}

export interface CommentRequest {
  policy: ActionInputs['comment'];
  key: string;
  body: string;
  /** The run failed (a crossed rule or an error): comment: on-failure creates a comment. */
  failed: boolean;
  pullRequest: number | undefined;
  ctx: RunContext;
  token: string;
  /** A failed comment throws (mode: comment) instead of warning. */
  strict: boolean;
}

/** Posts or updates the sticky comment when the policy and the event allow; returns its URL ('' for none). */
export async function postComment(r: CommentRequest, core: ActionCore, github: GitHubClient): Promise<string> {
  if (r.policy === 'never') return '';
  if (!r.pullRequest) {
    core.info('no pull request for this event: no PR comment (the job summary has the report)');
    return '';
  }
  if (!r.token || !r.ctx.owner || !r.ctx.repo) {
    core.warning('fid-gate: no github-token or GITHUB_REPOSITORY: no PR comment');
    return '';
  }
  const target = { owner: r.ctx.owner, repo: r.ctx.repo, issueNumber: r.pullRequest, marker: markerFor(r.key) };
  return core.group('PR comment', async () => {
    try {
      const res = await upsertStickyComment(await github(), target, r.body, {
        create: r.policy === 'always' || r.failed,
      });
      if (res.action === 'skipped') {
        if (res.reason) core.warning(res.reason);
        else core.info('comment: none yet and this run passed (comment: on-failure): nothing posted');
        return '';
      }
      core.info(`comment ${res.action}: ${res.url}`);
      return res.url ?? '';
    } catch (err) {
      const msg = `could not post the PR comment: ${describeApiError(err)}`;
      if (r.strict) throw new Error(msg);
      core.warning(`fid-gate: ${msg}`);
      return '';
    }
  });
}
