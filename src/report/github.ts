// GitHub side of the report: an Octokit made at call time (so GITHUB_API_URL is read when it is needed, not when the
// module loads), with retries on 5xx/429; the sticky PR comment (found by its hidden marker over every page of
// comments, updated in place, else created); the job summary. A read-only token (fork PRs) makes the comment a
// warning, never an error: the verdict stands. The token is never logged (and masked by the entry point).
import * as core from '@actions/core';
import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff (default 1000 ms), doubled each time. */
  baseDelayMs?: number;
  /** Cap on one wait, Retry-After included (default 20 s). */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  log?: (msg: string) => void;
}

export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** HTTP status of an Octokit error (RequestError), if any. */
export function httpStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

function header(err: unknown, name: string): string | undefined {
  const h = (err as { response?: { headers?: Record<string, unknown> } })?.response?.headers;
  const v = h?.[name];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), if it is present and sane. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const t = Date.parse(value);
  return Number.isFinite(t) ? Math.max(0, t - now) : undefined;
}

/** One line about an API error, without headers or request details (they may hold credentials). */
export function describeApiError(err: unknown): string {
  const status = httpStatus(err);
  const raw = (err as Error)?.message ?? String(err);
  const msg = raw.split('\n')[0].replace(/(token|bearer)\s+[A-Za-z0-9_.-]+/gi, '$1 ***').slice(0, 300);
  return status !== undefined ? `HTTP ${status}: ${msg}` : msg;
}

/** Connection-level failures worth a retry (the error's code, or its cause's: fetch wraps them). */
const RETRYABLE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

function networkCode(err: unknown): string | undefined {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    if (typeof e.code === 'string' && RETRYABLE_CODES.has(e.code)) return e.code;
  }
  return undefined;
}

function isRetryable(err: unknown): boolean {
  // a connection reset (the server or a proxy dropped the socket) carries no HTTP status
  if (networkCode(err)) return true;
  const status = httpStatus(err);
  if (status === undefined) return false;
  if (status === 429 || status >= 500) return true;
  // secondary rate limits come as 403 with retry-after or an exhausted quota
  return status === 403 && (header(err, 'retry-after') !== undefined || header(err, 'x-ratelimit-remaining') === '0');
}

/** Runs `fn`, retrying on 5xx, 429 and rate-limit 403s with exponential backoff; honours Retry-After up to the cap. */
export async function withRetry<T>(what: string, fn: () => Promise<T>, o: RetryOptions = {}): Promise<T> {
  const retries = o.retries ?? 3;
  const base = o.baseDelayMs ?? 1000;
  const cap = o.maxDelayMs ?? 20_000;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const log = o.log ?? ((m: string) => core.info(m));
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isRetryable(err) || attempt >= retries) throw err;
      const asked = retryAfterMs(header(err, 'retry-after'));
      const delay = Math.min(cap, asked ?? base * 2 ** attempt);
      log(`${what}: ${describeApiError(err)}; retry ${attempt + 1}/${retries} in ${(delay / 1000).toFixed(1)} s`);
      await sleep(delay);
    }
  }
}

/**
 * An Octokit for `token`, made now: baseUrl from GITHUB_API_URL as it is at this call (@actions/github captures it at
 * import), every request retried on 5xx/429.
 */
export async function createOctokit(token: string, retry: RetryOptions = {}): Promise<Octokit> {
  if (!token) throw new Error('no GitHub token (input github-token is empty)');
  const { getOctokit: make } = await import('@actions/github');
  const octokit = make(token, { baseUrl: apiBaseUrl() });
  octokit.hook.wrap('request', (request, options) =>
    withRetry(`GitHub API ${options.method} ${String(options.url).replace(/\?.*$/, '')}`, async () => request(options), retry));
  return octokit;
}

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  /** The hidden marker (markdown.ts markerFor); the body must start with it. */
  marker: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'skipped';
  id?: number;
  url?: string;
  /** Set when skipped: why (one line, for a warning). */
  reason?: string;
}

/** Statuses that mean "this token may not write here" (fork PR with a read-only token, missing permissions). */
const NO_PERMISSION = new Set([401, 403, 404]);

/**
 * Finds the comment whose body starts with the marker (every page, 100 a page), updates it, or creates one.
 * With `create: false` (comment: on-failure, and this run passed) an existing comment is updated but none is created.
 * 401/403/404 give `{ action: 'skipped', reason }` (no throw); other failures (after retries) throw.
 */
export async function upsertStickyComment(octokit: Octokit, t: StickyCommentTarget, body: string, opts: { create?: boolean } = {}): Promise<StickyCommentResult> {
  if (!body.startsWith(t.marker)) throw new Error('internal: the comment body must start with its marker');
  try {
    let found: { id: number; html_url: string } | undefined;
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: t.owner, repo: t.repo, issue_number: t.issueNumber, per_page: 100 });
    for await (const page of pages) {
      const hit = page.data.find((c) => typeof c.body === 'string' && c.body.trimStart().startsWith(t.marker));
      if (hit) { found = { id: hit.id, html_url: hit.html_url }; break; }
    }
    if (found) {
      const r = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: found.id, body });
      return { action: 'updated', id: r.data.id, url: r.data.html_url };
    }
    if (opts.create === false) return { action: 'skipped' };
    const r = await octokit.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body });
    return { action: 'created', id: r.data.id, url: r.data.html_url };
  } catch (err) {
    const status = httpStatus(err);
    if (status !== undefined && NO_PERMISSION.has(status)) {
      return {
        action: 'skipped',
        reason: `fid-gate: could not write the PR comment (${describeApiError(err)}). The token cannot write to this pull request ` +
          '(a PR from a fork gets a read-only token; otherwise add `permissions: pull-requests: write`). ' +
          'The verdict is unchanged; for fork PRs use the two-workflow pattern (mode: comment from a workflow_run workflow).',
      };
    }
    throw err;
  }
}

/** Appends the markdown to the job summary; skipped (debug line) outside a runner. Never throws. */
export async function writeJobSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set: no job summary');
    return false;
  }
  try {
    await core.summary.addRaw(markdown, true).write();
    return true;
  } catch (err) {
    core.warning(`fid-gate: could not write the job summary (${(err as Error).message})`);
    return false;
  } finally {
    core.summary.emptyBuffer();
  }
}
