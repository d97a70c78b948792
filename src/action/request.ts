// Everything a run of the Action is asked to do, read once at the start: the inputs (or why they are invalid), the
// settings the error path needs (read tolerantly), the token, the run's context and where work files go.
import path from 'node:path';
import {
  readCommentSettings,
  readFailOnError,
  readInputs,
  type ActionInputs,
  type CommentPolicy,
  type InputGetter,
} from './inputs.js';
import { readRunContext, type RunContext } from './context.js';

export interface ActionRequest {
  /** The checked inputs, or the error reading them gave (reported like any other error). */
  inputs: ActionInputs | Error;
  /** `comment` and `comment-key`, read tolerantly: an error is commented with them when the inputs are invalid. */
  settings: { comment: CommentPolicy; commentKey: string };
  failOnError: boolean;
  /** Input github-token, trimmed ('' for none). */
  token: string;
  ctx: RunContext;
  /** Where work folders go: $RUNNER_TEMP, else the current folder. */
  tempRoot: string;
}

export function readActionRequest(getInput: InputGetter, env: NodeJS.ProcessEnv = process.env): ActionRequest {
  let inputs: ActionInputs | Error;
  try {
    inputs = readInputs(getInput);
  } catch (err) {
    inputs = err instanceof Error ? err : new Error(String(err));
  }
  return {
    inputs,
    settings: readCommentSettings(getInput),
    failOnError: readFailOnError(getInput),
    token: getInput('github-token').trim(),
    ctx: readRunContext(env),
    tempRoot: path.resolve(env.RUNNER_TEMP || process.cwd()),
  };
}

/** The work folder of a comment key: TEMP/fid-gate-KEY. */
export function workDir(tempRoot: string, key: string): string {
  return path.resolve(tempRoot, `fid-gate-${key}`);
}
