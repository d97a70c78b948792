// fid-gate stats FOLDER -o OUT.npz: features of an image folder → pytorch-fid-compatible statistics.
import { InputError } from '../util/errors.js';
import { extractorSpecs, helpText, shardSpecs, parseArgsOptions, type OptionSpecs } from '../options/specs.js';
import { checkOutputFile } from '../options/outputs.js';
import { flags, writeOutputVia, type CliIO, type Command, type Values } from './command.js';
import type { ExtractorOptions } from '../options/extractor.js';

const specs: OptionSpecs = {
  output: { type: 'string', short: 'o', arg: 'FILE', help: 'the .npz to write (required)' },
  features: {
    type: 'boolean',
    help: 'also store features, logits and file names (needed for KID, IS, precision/recall)',
  },
  ...shardSpecs,
  ...extractorSpecs,
};

export const statsCommand: Command = {
  summary: 'extract features of an image folder and write pytorch-fid-compatible statistics (.npz)',
  usage: `fid-gate stats FOLDER -o OUT.npz [--features] [options]

Writes mu and sigma (float64, the layout of pytorch-fid's --save-stats) and the protocol (extractor, weights
SHA-256, resize, image count, fid-gate version). With --features also the features (float32 N×D, sorted file
order: Inception's pool3, D = 2048, or an --encoder's output), Inception's 1008 logits (N×1008) and the file list
(paths relative to FOLDER).

With --shard i/n it extracts only shard i of n and writes a partial statistics file (count, float64 mean and
co-moment; with --features also each row's position in the whole folder's sorted list): fid-gate merge combines
the n parts into the statistics file of the whole folder.

${helpText(specs)}`,
  options: parseArgsOptions(specs),
  async run(v, pos, io) {
    if (pos.length !== 1) throw new InputError('stats: expected exactly one FOLDER (see fid-gate stats --help)');
    const output = v.output as string | undefined;
    if (!output) throw new InputError('stats: -o OUT.npz is required');
    const folder = pos[0];
    const [
      { readExtractorOptions },
      { listFolderDetailed, omittedNote, skippedNote },
      { isFolder, loadFolderStats },
      { writeStatsNpz },
    ] = await Promise.all([
      import('../options/extractor.js'),
      import('../pipeline.js'),
      import('../compare.js'),
      import('../metrics/stats-file.js'),
    ]);
    const o = readExtractorOptions(flags(v));
    if (!isFolder(folder)) throw new InputError(`${folder}: not a folder`, folder);
    checkOutputFile(output, '-o');
    const log = (m: string) => io.err(m);
    if (v.shard !== undefined) return statsShard(v, folder, output, o, io);
    const { files, omitted } = await listFolderDetailed(folder, o.recursive);
    const ex = await loadStatsExtractor(o, io);
    const {
      stats,
      features,
      logits,
      extraction: res,
    } = await loadFolderStats(
      ex,
      folder,
      {
        files,
        batchSize: o.batchSize,
        maxPixels: o.maxPixels,
        onBadImage: o.onBadImage,
        warn: log,
        progress: v.quiet ? false : log,
      },
      (count) => new InputError(`${folder}: ${count} image(s); statistics need at least 2`, folder),
    );
    await writeOutputVia('-o', output, (tmp) =>
      writeStatsNpz(tmp, {
        ...stats,
        ...(v.features ? { features, ...(logits ? { logits } : {}), files: res.relativeFiles } : {}),
        protocol: { ...ex.protocol },
        warning: ex.bytes.warning,
      }),
    );
    io.out(
      `${output}: ${res.count} images, ${res.imagesPerSecond.toFixed(1)} img/s on ${ex.model.device}${ex.model.adapter ? ` (${ex.model.adapter})` : ''}` +
        (res.sizes.size > 1 ? ` (${res.sizes.size} image sizes)` : ''),
    );
    // entries the listing left out, and on-bad-image skip: say how many were left out, and which (the .npz `files`
    // list holds only the kept ones)
    for (const note of [omittedNote(folder, omitted), skippedNote(folder, res.skipped)]) if (note) io.out(note);
    return 0;
  },
};

/** The extractor the options name; its warning (synthetic weights) on stdout, its log lines on stderr. */
async function loadStatsExtractor(o: ExtractorOptions, io: CliIO) {
  const { extractorLoadOptions, loadExtractor } = await import('../pipeline.js');
  const ex = await loadExtractor(extractorLoadOptions(o, (m: string) => io.err(m)));
  if (ex.bytes.warning) io.out(ex.bytes.warning);
  return ex;
}

/** stats --shard i/n: the shard's part file (src/parts.ts). */
async function statsShard(v: Values, folder: string, output: string, o: ExtractorOptions, io: CliIO): Promise<number> {
  const [{ parseShard, shardText }, { folderPart }, { writePartNpz }] = await Promise.all([
    import('../images/shard.js'),
    import('../parts.js'),
    import('../metrics/partial-stats.js'),
  ]);
  const shard = parseShard(String(v.shard), '--shard');
  const log = (m: string) => io.err(m);
  const ex = await loadStatsExtractor(o, io);
  const r = await folderPart(ex, folder, shard, {
    features: Boolean(v.features),
    recursive: o.recursive,
    batchSize: o.batchSize,
    maxPixels: o.maxPixels,
    onBadImage: o.onBadImage,
    warn: log,
    progress: v.quiet ? false : log,
  });
  await writeOutputVia('-o', output, (tmp) => writePartNpz(tmp, r.part));
  const s = r.part.shard;
  io.out(
    `${output}: shard ${shardText(shard)}, ${r.part.count} of ${s.total} images (positions ${s.start}..${s.end - 1})` +
      (r.part.count ? `, ${r.imagesPerSecond.toFixed(1)} img/s on ${ex.model.device}` : ''),
  );
  for (const note of [r.omittedNote, r.skippedNote]) if (note) io.out(note);
  return 0;
}
