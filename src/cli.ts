// The fid-gate command line. Exit codes: 0 = ok, 1 = a gate failed, 2 = usage or input error, 3 = internal error.
// Each command lives in src/cli/ and loads its heavy modules (onnxruntime, sharp, the @actions packages) inside its
// run, so `fid-gate --help`, `--version` and every `COMMAND --help` start without them.
import { parseArgs } from 'node:util';
import { InputError } from './util/errors.js';
import { VERSION } from './version.js';
import type { CliIO, Command } from './cli/command.js';
import { compareCommand } from './cli/compare.js';
import { elboCommand } from './cli/elbo.js';
import { mergeCommand } from './cli/merge.js';
import { sampleCommand } from './cli/sample.js';
import { statsCommand } from './cli/stats.js';

export type { CliIO } from './cli/command.js';

const defaultIO: CliIO = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

const commands: Record<string, Command> = {
  sample: sampleCommand,
  elbo: elboCommand,
  compare: compareCommand,
  stats: statsCommand,
  merge: mergeCommand,
};

function mainHelp(): string {
  const lines = Object.entries(commands).map(([k, c]) => `  ${k.padEnd(10)} ${c.summary}`);
  return `fid-gate ${VERSION}: FID and friends for generative image models, with pytorch-fid's numbers

Usage: fid-gate COMMAND [options]   (fid-gate COMMAND --help for details)

Commands:
${lines.join('\n')}

Exit codes: 0 ok, 1 a gate failed, 2 usage or input error, 3 internal error.`;
}

export async function runCli(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION);
    return 0;
  }
  const cmd = commands[name];
  if (!cmd) {
    io.err(`fid-gate: unknown command "${name}"\n\n${mainHelp()}`);
    return 2;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: cmd.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw new InputError(`${name}: ${(err as Error).message}`);
    }
    if (parsed.values.help) {
      io.out(`Usage: ${cmd.usage}`);
      return 0;
    }
    return await cmd.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
  } catch (err) {
    if (err instanceof InputError || (err as Error).name === 'InputError') {
      io.err(`fid-gate ${name}: ${(err as Error).message}`);
      return 2;
    }
    io.err(`fid-gate ${name}: internal error: ${(err as Error).stack ?? err}`);
    return 3;
  }
}
