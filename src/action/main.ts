// The Action's entry: read the request (inputs, token, run context), run it, write the outputs and the verdict. The
// work is in run.ts and the modes' files, which take their dependencies as arguments (and are tested that way).
// `run` is what GitHub's local runner calls: npx @github/local-action run . src/action/main.ts .env
import * as core from '@actions/core';
import { actionsCore, timerSleep } from './deps.js';
import { readActionRequest } from './request.js';
import { runFidGate } from './run.js';

export async function run(): Promise<void> {
  const request = readActionRequest((name) => core.getInput(name));
  if (request.token) core.setSecret(request.token);
  const result = await runFidGate(request, { core: actionsCore, sleep: timerSleep });
  for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
  if (result.failure) core.setFailed(result.failure);
  if (result.exitCode > 1) process.exitCode = result.exitCode;
}

/** The name src/index.ts calls. */
export const runAction = run;
