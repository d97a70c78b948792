// One entry point for the bundled dist: the GitHub Action when a runner starts it (no arguments, GITHUB_ACTIONS set,
// not started through bin/fid-gate.js), the fid-gate CLI otherwise.
//
// The runner check comes first, so that an unsupported runner gets one clear message within a second instead of a
// native loader's error. Only then are the CLI and the Action loaded, from a bundle of their own (dist/app/index.js):
// ncc hoists the imports of the native modules (onnxruntime-node, sharp) to the top of the bundle that uses them, where
// they would be evaluated before any line of this file. webpackIgnore keeps that import out of this bundle; run from
// source (tsx), the same import reaches src/app.ts. Between the two, the process may re-execute itself once to get
// transparent huge pages for its large buffers (src/huge-pages.ts), except for help and the version.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reexecWithHugePages } from './huge-pages.js';
import { currentRuntime, unsupportedRunnerMessage } from './platform.js';

const args = process.argv.slice(2);
const asAction = args.length === 0 && process.env.GITHUB_ACTIONS === 'true' && process.env.FID_GATE_CLI !== '1';

const runtime = currentRuntime();
const unsupported = unsupportedRunnerMessage(runtime, path.dirname(fileURLToPath(import.meta.url)));
if (unsupported) {
  if (asAction) process.stdout.write(`::error title=fid-gate: unsupported runner::${unsupported}\n`);
  process.stderr.write(`fid-gate error: ${unsupported}\n`);
  process.exitCode = 3;
} else {
  // help and the version print at once: not worth a second start-up
  const printsOnly = args.length === 0 ? !asAction : ['help', '--version', '-v'].includes(args[0]!);
  if (!printsOnly && !args.includes('--help') && !args.includes('-h')) reexecWithHugePages(runtime.glibcVersion);
  const app = import.meta.url.endsWith('.ts') ? './app.js' : './app/index.js';
  const { main } = (await import(/* webpackIgnore: true */ app)) as typeof import('./app.js');
  await main(args, asAction);
}
