// What the runner tells about this run: repository, run id, event, pull request, branches. Read from the environment
// and the event payload when asked (not at module load), so tests and entry points see the values they set.
import { readFileSync } from 'node:fs';
import type { RunInfo } from '../core/report-types.js';

export interface RunContext {
  owner?: string;
  repo?: string;
  runId?: number;
  eventName?: string;
  /** The PR the results belong to (pull_request*, or the PR of a workflow_run). */
  pullRequest?: number;
  /** Branch whose history is the baseline: the PR's base, else the branch of this run. */
  baseRef?: string;
  headSha?: string;
  ref?: string;
  serverUrl: string;
  /** $GITHUB_WORKSPACE: the report names paths relative to it. */
  workspace?: string;
  /** Link to this run, when the pieces are there. */
  runUrl?: string;
  /** For workflow_run events: the triggering run (whose artifacts `mode: comment` reads). */
  workflowRun?: {
    id: number;
    workflowId?: number;
    headSha?: string;
    headBranch?: string;
    pullRequests: { number: number; baseRef?: string }[];
  };
  payload: Record<string, unknown>;
}

const NAME_RE = /^[A-Za-z0-9_.-]+$/;

function posInt(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let payload: Record<string, unknown> = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = obj(JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))) ?? {};
    } catch {
      payload = {};
    }
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const ctx: RunContext = {
    owner: owner && NAME_RE.test(owner) ? owner : undefined,
    repo: repo && NAME_RE.test(repo) ? repo : undefined,
    runId: posInt(env.GITHUB_RUN_ID),
    eventName: str(env.GITHUB_EVENT_NAME),
    ref: str(env.GITHUB_REF),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    workspace: str(env.GITHUB_WORKSPACE),
    payload,
  };
  const pr = obj(payload.pull_request);
  if (pr) {
    ctx.pullRequest = posInt(pr.number);
    ctx.baseRef = str(obj(pr.base)?.ref) ?? str(env.GITHUB_BASE_REF);
    ctx.headSha = str(obj(pr.head)?.sha);
  } else if (ctx.eventName === 'issue_comment' && obj(obj(payload.issue)?.pull_request)) {
    ctx.pullRequest = posInt(obj(payload.issue)?.number);
  }
  const wr = obj(payload.workflow_run);
  if (wr) {
    const prs = (Array.isArray(wr.pull_requests) ? wr.pull_requests : [])
      .map(obj)
      .filter((p): p is Record<string, unknown> => !!p)
      .map((p) => ({ number: posInt(p.number) ?? 0, baseRef: str(obj(p.base)?.ref) }))
      .filter((p) => p.number > 0);
    const id = posInt(wr.id);
    if (id)
      ctx.workflowRun = {
        id,
        workflowId: posInt(wr.workflow_id),
        headSha: str(wr.head_sha),
        headBranch: str(wr.head_branch),
        pullRequests: prs,
      };
  }
  ctx.headSha ??= str(env.GITHUB_SHA);
  // push, schedule, workflow_dispatch...: compare with this branch's own history
  ctx.baseRef ??=
    str(env.GITHUB_BASE_REF) ??
    str(env.GITHUB_REF_NAME) ??
    (ctx.ref?.startsWith('refs/heads/') ? ctx.ref.slice(11) : undefined);
  if (ctx.owner && ctx.repo && ctx.runId)
    ctx.runUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
  return ctx;
}

export function runInfo(ctx: RunContext): RunInfo {
  return {
    repository: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : undefined,
    runId: ctx.runId,
    eventName: ctx.eventName,
    pullRequest: ctx.pullRequest,
    headSha: ctx.headSha,
    baseRef: ctx.baseRef,
    ref: ctx.ref,
  };
}
