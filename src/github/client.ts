// The GitHub REST client: an Octokit made at call time (so GITHUB_API_URL is read when it is needed, not when the
// module loads), every request retried on 5xx/429 (retry.ts). The token is never logged (the entry point masks it).
import type { getOctokit } from '@actions/github';
import { withRetry, type RetryOptions } from './retry.js';

export type Octokit = ReturnType<typeof getOctokit>;

export function apiBaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
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
    withRetry(
      `GitHub API ${options.method} ${String(options.url).replace(/\?.*$/, '')}`,
      async () => request(options),
      retry,
    ),
  );
  return octokit;
}
