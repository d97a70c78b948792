// One run of the Action, from its request to its result: the mode's work (evaluate.ts or comment.ts), the job
// summary and the sticky comment, then the verdict. A crossed rule fails the step with each rule's message (exit
// code 1); an extraction or infrastructure error fails it with "fid-gate error: …" (exit code 2 for bad input, 3
// otherwise), or only warns with fail-on-error: false. Output `passed` is 'true' / 'false' for a verdict and '' after
// an error, so workflows can tell them apart. Nothing here writes outputs or exit codes: the caller does (main.ts).
import { InputError } from '../util/errors.js';
import os from 'node:os';
import { renderMarkdown, type PathContext } from '../report/markdown.js';
import { writeJobSummary } from '../github/job-summary.js';
import { VERSION } from '../version.js';
import { githubClient, type ActionDeps, type GitHubClient } from './deps.js';
import type { ActionRequest } from './request.js';
import type { ModeOptions, ModeOutcome } from './mode.js';
import { evaluate } from './evaluate.js';
import { commentOnly } from './comment.js';
import { postComment, withHistory } from './publish.js';
import { KNOWN_METRICS } from '../metrics/registry.js';
import type { MetricsReport } from '../core/report-types.js';
import { runShard } from './shard.js';
import type { ActionResult } from './mode.js';
export type { ActionResult };

function metricOutputs(report: MetricsReport | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of KNOWN_METRICS) {
    const v = report?.metrics[m]?.value;
    out[m] = v === undefined ? '' : String(v);
  }
  return out;
}

/** The folders the report names paths relative to (the workspace, the runner's temp folder, home). */
function reportPaths(ctx: ActionRequest['ctx'], tempRoot: string): PathContext {
  return { workspace: ctx.workspace, temp: tempRoot, home: os.homedir() };
}

/** Summary, comment and verdict of a mode's outcome. */
async function publishOutcome(o: ModeOptions, out: ModeOutcome): Promise<ActionResult> {
  const { inputs: inp, ctx, core } = o;
  const markdown = renderMarkdown({
    report: out.report,
    gate: out.gate,
    key: inp.commentKey,
    runUrl: ctx.runUrl,
    version: VERSION,
    baseline: { ...out.baseline.view, report: out.baseline.report },
    warnings: out.baseline.warnings,
    notes: out.baseline.notes,
    paths: reportPaths(ctx, o.tempRoot),
  });
  await writeJobSummary(await withHistory(markdown, out.report, o), core.summary, core);
  const url = await postComment(
    {
      policy: inp.comment,
      key: inp.commentKey,
      body: markdown,
      failed: !out.gate.passed,
      pullRequest: out.pullRequest,
      ctx,
      token: inp.token,
      strict: inp.mode === 'comment',
    },
    core,
    o.github,
  );
  const outputs = {
    ...metricOutputs(out.report),
    passed: String(out.gate.passed),
    report: out.reportPath,
    error: '',
    'comment-url': url,
  };

  for (const s of out.gate.skipped) core.info(s);
  for (const r of out.gate.results) core.info(`${r.passed ? 'pass' : 'FAIL'}: ${r.message}`);
  if (!out.gate.passed) {
    const failed = out.gate.results.filter((r) => !r.passed);
    const failure = `fid-gate: ${failed.length} rule${failed.length > 1 ? 's' : ''} crossed:\n${failed.map((r) => `- ${r.message}`).join('\n')}`;
    return { outputs, failure, exitCode: 1 };
  }
  const n = out.gate.results.length;
  core.info(
    n
      ? `fid-gate: ${n === 1 ? 'the 1 rule' : `all ${n} rules`} passed`
      : 'fid-gate: no rules given (thresholds, max-regression): reporting only',
  );
  return { outputs, exitCode: 0 };
}

/** An error instead of a verdict: reported in the summary and (when allowed) the comment; fails the step unless
 * fail-on-error: false. */
async function reportError(
  err: unknown,
  req: ActionRequest,
  deps: ActionDeps,
  github: GitHubClient,
): Promise<ActionResult> {
  const { core } = deps;
  const isInput = err instanceof InputError || (err as Error)?.name === 'InputError';
  const msg = isInput ? (err as Error).message : `${(err as Error)?.message ?? err}`;
  if (!isInput) core.debug(`fid-gate: ${(err as Error)?.stack ?? err}`);
  const inputs = req.inputs instanceof Error ? undefined : req.inputs;
  const key = inputs?.commentKey ?? req.settings.commentKey;
  const policy = inputs?.comment ?? req.settings.comment;
  const markdown = renderMarkdown({
    error: msg,
    key,
    runUrl: req.ctx.runUrl,
    version: VERSION,
    paths: reportPaths(req.ctx, req.tempRoot),
  });
  await writeJobSummary(markdown, core.summary, core);
  const url = await postComment(
    {
      policy,
      key,
      body: markdown,
      failed: true,
      pullRequest: req.ctx.pullRequest,
      ctx: req.ctx,
      token: req.token,
      strict: false,
    },
    core,
    github,
  );
  const outputs = { ...metricOutputs(undefined), passed: '', report: '', error: msg, 'comment-url': url };
  if (req.failOnError) return { outputs, failure: `fid-gate error: ${msg}`, exitCode: isInput ? 2 : 3 };
  core.warning(`fid-gate error (fail-on-error: false, the step passes): ${msg}`);
  return { outputs, exitCode: 0 };
}

/** Runs the Action for `req`. Never throws: an error is a result (outputs, failure, exit code 2 or 3). */
export async function runFidGate(req: ActionRequest, deps: ActionDeps): Promise<ActionResult> {
  const github = githubClient(req.token, deps);
  try {
    if (req.inputs instanceof Error) throw req.inputs;
    const o: ModeOptions = { inputs: req.inputs, ctx: req.ctx, core: deps.core, github, tempRoot: req.tempRoot };
    // input shard: a stats-only run that writes and uploads its part (no metrics, gate or comment)
    if (req.inputs.mode === 'evaluate' && req.inputs.shard) return await runShard(o);
    const out = req.inputs.mode === 'comment' ? await commentOnly(o) : await evaluate(o);
    return await publishOutcome(o, out);
  } catch (err) {
    return reportError(err, req, deps, github);
  }
}
