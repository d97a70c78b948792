// What both modes (evaluate.ts, comment.ts) are given and give back, and the step they share: resolving the baseline.
import { resolveBaseline, type BaselineOutcome } from '../github/baseline.js';
import type { BaselineView } from '../report/markdown.js';
import type { ActionInputs } from './inputs.js';
import type { RunContext } from './context.js';
import type { ActionCore, GitHubClient } from './deps.js';
import type { GateResult } from '../core/gate-result.js';
import type { MetricsReport } from '../core/report-types.js';

export interface ModeOptions {
  inputs: ActionInputs;
  ctx: RunContext;
  core: ActionCore;
  github: GitHubClient;
  /** Where work folders go ($RUNNER_TEMP). */
  tempRoot: string;
}

export interface ModeOutcome {
  report: MetricsReport;
  gate: GateResult;
  baseline: BaselineOutcome;
  /** The metrics JSON written with the verdict. */
  reportPath: string;
  /** The PR to comment on (mode: comment finds it; evaluate uses the event's). */
  pullRequest?: number;
}

/** The gate's results as the metrics JSON records them (without the parsed rule and the allowed value). */
export function recordedResults(gate: GateResult): NonNullable<MetricsReport['gate']>['results'] {
  return gate.results.map(({ rule: _r, allowed: _a, ...r }) => r);
}

/** The `baseline` input resolved for this report, in its own log group; its notes and warnings logged. */
export async function baselineStep(
  o: ModeOptions,
  report: MetricsReport,
  at: { runId?: number; branch?: string; dir: string },
): Promise<BaselineOutcome> {
  const { inputs: inp, ctx, core } = o;
  return core.group('Baseline', async () => {
    const b = await resolveBaseline(inp.baseline, report, {
      token: inp.token,
      owner: ctx.owner,
      repo: ctx.repo,
      runId: at.runId,
      branch: at.branch,
      artifactName: inp.artifactName,
      tempDir: at.dir,
      octokit: o.github,
      log: (m) => core.info(m),
    });
    for (const n of b.notes) core.info(n);
    for (const w of b.warnings) core.warning(w);
    return b;
  });
}

/** The baseline as the metrics JSON names it. */
export function describeBaseline(v: BaselineView): string {
  return v.source === 'file' ? `file ${v.path}` : v.source === 'auto' ? `run ${v.runId} on ${v.branch}` : 'none';
}

/** What one run of the Action gives back (src/action/main.ts writes it to the runner). */
export interface ActionResult {
  /** Every output of action.yml: the metrics, passed, report, error, comment-url. */
  outputs: Record<string, string>;
  /** The step's failure message (setFailed), when it fails. */
  failure?: string;
  /** 0 passed (or an error with fail-on-error: false), 1 a crossed rule, 2 bad input, 3 another error. */
  exitCode: 0 | 1 | 2 | 3;
}
