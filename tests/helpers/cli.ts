// The fid-gate CLI run in process, its output captured: what the CLI tests assert on.
import { runCli } from '../../src/cli.js';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `fid-gate ...argv` in process; stdout and stderr lines joined by new lines. */
export async function cli(...argv: string[]): Promise<CliRun> {
  const out: string[] = [],
    err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** As cli(), with stderr reduced to the error lines (`fid-gate ...`): no synthetic-weights warning, device or progress
 * lines. */
export async function cliErrors(...argv: string[]): Promise<CliRun> {
  const r = await cli(...argv);
  return {
    ...r,
    err: r.err
      .split('\n')
      .filter((l) => l.startsWith('fid-gate '))
      .join('\n'),
  };
}
