// fid-gate merge PART… -o OUT.npz: the part files of a sharded evaluation (stats --shard i/n) → the statistics file
// of the whole evaluation (metrics/partial-stats.ts).
import { InputError } from '../util/errors.js';
import { helpOption, helpText, parseArgsOptions, type OptionSpecs } from '../options/specs.js';
import { checkOutputFile } from '../options/outputs.js';
import { writeOutputVia, type Command } from './command.js';

const specs: OptionSpecs = {
  output: { type: 'string', short: 'o', arg: 'FILE', help: 'the statistics .npz to write (required)' },
  ...helpOption,
};

export const mergeCommand: Command = {
  summary: 'merge the part files of a sharded evaluation (stats --shard i/n) into one statistics file',
  usage: `fid-gate merge PART.npz… -o OUT.npz

Combines the n parts written by \`fid-gate stats FOLDER --shard i/n\` (or the Action's input shard) into the
statistics file a single run over the whole folder writes: mu and sigma (float64; merged with the pairwise update of
Chan, Golub & LeVeque, equal to the single run's up to rounding), the count, the protocol and, when the parts hold
them, the features, logits and file names in the single run's order. Refuses parts of different protocols or
folders, a shard given twice and a missing shard, naming them.

${helpText(specs)}`,
  options: parseArgsOptions(specs),
  async run(v, pos, io) {
    if (!pos.length) throw new InputError('merge: expected the part files (see fid-gate merge --help)');
    const output = v.output as string | undefined;
    if (!output) throw new InputError('merge: -o OUT.npz is required');
    checkOutputFile(output, '-o');
    const [{ mergePartFiles }, { writeStatsNpz }] = await Promise.all([
      import('../metrics/partial-stats.js'),
      import('../metrics/stats-file.js'),
    ]);
    const merged = await mergePartFiles(pos);
    await writeOutputVia('-o', output, (tmp) => writeStatsNpz(tmp, merged));
    io.out(
      `${output}: ${merged.count} images from ${pos.length} part${pos.length > 1 ? 's' : ''}${merged.features ? ', with features' : ''}`,
    );
    return 0;
  },
};
