// The job summary: markdown appended to the step's summary file. Skipped (a debug line) outside a runner; a failure to
// write it is a warning, never an error.
import * as core from '@actions/core';
import { coreLog, type Log } from './log.js';

/** Appends markdown to the job summary; resolves false when the run has no summary, throws when it cannot write. */
export type SummaryWriter = (markdown: string) => Promise<boolean>;

/** The runner's job summary (GITHUB_STEP_SUMMARY) through @actions/core. */
export const coreSummary: SummaryWriter = async (markdown) => {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  try {
    await core.summary.addRaw(markdown, true).write();
    return true;
  } finally {
    core.summary.emptyBuffer();
  }
};

/** Appends the markdown to the job summary. Never throws. */
export async function writeJobSummary(
  markdown: string,
  write: SummaryWriter = coreSummary,
  log: Log = coreLog,
): Promise<boolean> {
  try {
    const written = await write(markdown);
    if (!written) log.debug('GITHUB_STEP_SUMMARY is not set: no job summary');
    return written;
  } catch (err) {
    log.warning(`fid-gate: could not write the job summary (${(err as Error).message})`);
    return false;
  }
}
