// What the Action's steps are given instead of reaching for globals: the few @actions/core functions they use, the
// wait between API retries, and how the GitHub client is made. The entry point passes the real ones; tests pass a
// recording core, an instant sleep and a client pointed at a local fake of the API.
import * as core from '@actions/core';
import { createOctokit, type Octokit } from '../github/client.js';
import { coreSummary, type SummaryWriter } from '../github/job-summary.js';
import type { Log } from '../github/log.js';

export interface ActionCore extends Log {
  getInput(name: string): string;
  /** Runs `fn` inside a collapsible log group. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Appends markdown to the job summary. */
  summary: SummaryWriter;
}

export interface ActionDeps {
  core: ActionCore;
  /** Waits between GitHub API retries (milliseconds). */
  sleep: (ms: number) => Promise<void>;
  /** Makes the REST client for a token (default: createOctokit at GITHUB_API_URL, retrying with `sleep`). */
  createClient?: (token: string) => Promise<Octokit>;
}

/** The GitHub REST client of a run: made on first use, once. */
export type GitHubClient = () => Promise<Octokit>;

/** @actions/core itself: workflow commands on a runner. */
export const actionsCore: ActionCore = {
  getInput: (name) => core.getInput(name),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
  group: (name, fn) => core.group(name, fn),
  summary: coreSummary,
};

export const timerSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function githubClient(token: string, deps: ActionDeps): GitHubClient {
  let made: Promise<Octokit> | undefined;
  const create =
    deps.createClient ?? ((t: string) => createOctokit(t, { sleep: deps.sleep, log: (m) => deps.core.info(m) }));
  return () => (made ??= create(token));
}
