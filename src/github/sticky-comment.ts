// The sticky PR comment: one comment per comment key, found by its hidden marker AND its author, updated in place,
// else created. Only comments written by the identity that posts are ever edited: anyone can write a comment that
// starts with the marker, and such a comment is neither overwritten nor allowed to stop fid-gate from posting.
// A read-only token (fork PRs) makes the comment a skip with a reason (a warning), never an error: the verdict stands.
import type { Octokit } from './client.js';
import { describeApiError, httpStatus } from './retry.js';

/** The author of comments made with a workflow's GITHUB_TOKEN (an installation token of the GitHub Actions app). */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

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

export interface UpsertOptions {
  /** false: an existing comment is updated, none is created (comment: on-failure, and this run passed). */
  create?: boolean;
  /** The login whose comments may be updated (default: commenterLogin of the client). */
  author?: string;
}

/** Statuses that mean "this token may not write here" (fork PR with a read-only token, missing permissions). */
const NO_PERMISSION = new Set([401, 403, 404]);

/**
 * The login that comments made with this client's token appear under: GET /user for a user's token; an installation
 * token (GITHUB_TOKEN) is refused there (403, or 404 on some servers), and its comments are github-actions[bot]'s.
 * Other failures throw.
 */
export async function commenterLogin(octokit: Octokit): Promise<string> {
  try {
    const r = await octokit.request('GET /user');
    const login = (r.data as { login?: unknown }).login;
    if (typeof login === 'string' && login !== '') return login;
    return ACTIONS_BOT_LOGIN;
  } catch (err) {
    const status = httpStatus(err);
    if (status === 403 || status === 404) return ACTIONS_BOT_LOGIN;
    throw err;
  }
}

interface ListedComment {
  id: number;
  html_url: string;
  body?: string;
  user: { login: string } | null;
}

/** The first comment of the issue (every page, 100 a page) by `author` whose body starts with the marker. */
async function findOwnComment(
  octokit: Octokit,
  t: StickyCommentTarget,
  author: string,
): Promise<ListedComment | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  for await (const page of pages) {
    const hit = (page.data as ListedComment[]).find(
      (c) => c.user?.login === author && typeof c.body === 'string' && c.body.trimStart().startsWith(t.marker),
    );
    if (hit) return hit;
  }
  return undefined;
}

function noPermission(err: unknown): StickyCommentResult {
  return {
    action: 'skipped',
    reason:
      `fid-gate: could not write the PR comment (${describeApiError(err)}). The token cannot write to this pull request ` +
      '(a PR from a fork gets a read-only token; otherwise add `permissions: pull-requests: write`). ' +
      'The verdict is unchanged; for fork PRs use the two-workflow pattern (mode: comment from a workflow_run workflow).',
  };
}

/**
 * Finds this identity's comment whose body starts with the marker, updates it, or creates one. 401/403/404 give
 * `{ action: 'skipped', reason }` (no throw); other failures (after retries) throw.
 */
export async function upsertStickyComment(
  octokit: Octokit,
  t: StickyCommentTarget,
  body: string,
  opts: UpsertOptions = {},
): Promise<StickyCommentResult> {
  if (!body.startsWith(t.marker)) throw new Error('internal: the comment body must start with its marker');
  try {
    const author = opts.author ?? (await commenterLogin(octokit));
    const found = await findOwnComment(octokit, t, author);
    if (found) {
      const r = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: found.id, body });
      return { action: 'updated', id: r.data.id, url: r.data.html_url };
    }
    if (opts.create === false) return { action: 'skipped' };
    const r = await octokit.rest.issues.createComment({
      owner: t.owner,
      repo: t.repo,
      issue_number: t.issueNumber,
      body,
    });
    return { action: 'created', id: r.data.id, url: r.data.html_url };
  } catch (err) {
    const status = httpStatus(err);
    if (status !== undefined && NO_PERMISSION.has(status)) return noPermission(err);
    throw err;
  }
}
