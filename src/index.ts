// One entry point for the bundled dist: the GitHub Action when a runner starts it (no arguments, GITHUB_ACTIONS set,
// not started through bin/fid-gate.js), the fid-gate CLI otherwise.
import { runCli } from './cli.js';
import { runAction } from './action/main.js';

const args = process.argv.slice(2);
if (args.length === 0 && process.env.GITHUB_ACTIONS === 'true' && process.env.FID_GATE_CLI !== '1') {
  await runAction();
} else {
  process.exitCode = await runCli(args);
}
