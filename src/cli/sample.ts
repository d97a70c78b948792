// fid-gate sample: N images from an ONNX GAN generator, an ONNX diffusion denoiser or the user's sampler command.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import {
  commandSpecs,
  diffusionModelSpecs,
  diffusionSamplerSpecs,
  ganSpecs,
  generatorSpecs,
  helpText,
  parseArgsOptions,
  samplerSpecs,
  samplingCommonSpecs,
  shardSpecs,
  type OptionSpecs,
} from '../options/specs.js';
import { checkOutputFile, checkOutputFolder } from '../options/outputs.js';
import { flags, writeOutput, writeOutputVia, type CliIO, type Command, type Values } from './command.js';
import type { RgbImage } from '../images/decode.js';
import type { SampleImagesOptions, Sampler } from '../sampling/sample.js';

const outputSpecs: OptionSpecs = {
  output: { type: 'string', short: 'o', arg: 'DIR', help: 'folder for the PNGs (required)' },
  overwrite: { type: 'boolean', help: 'replace sample_NNNNNN.png files already in the folder' },
  grid: {
    type: 'string',
    arg: 'FILE|none',
    help: 'where the preview grid goes (default FOLDER-grid.png next to the folder)',
  },
};

const usage = `fid-gate sample --generator MODEL.onnx --kind gan|diffusion -n N -o FOLDER [options]
       fid-gate sample --kind command --command "python sample.py --out {out} --n {n}" -n N -o FOLDER

Writes FOLDER/sample_000000.png … (lossless PNGs of exactly the samples the metrics would see), FOLDER/sampling.json
(the settings) and a preview grid of the first 64 samples (8 per row) next to the folder, FOLDER-grid.png, so
that the folder holds only the samples. Samples are a pure function of the seed and the settings.

${helpText(generatorSpecs)}
${helpText(outputSpecs)}
${helpText(shardSpecs)}
${helpText(samplingCommonSpecs)}

With --shard i/n (gan, diffusion) it draws only the i-th of n contiguous blocks of the -n sample indices, with the
seeds the single run gives them, and names them by their index in the single run: the n shards' folders together
hold exactly the single run's samples.

GAN:
${helpText(ganSpecs)}

Diffusion:
${helpText(diffusionSamplerSpecs)}
${helpText(diffusionModelSpecs)}

Command:
${helpText(commandSpecs)}`;

const SAMPLE_RE = /^sample_\d{6,}\.png$/;

/** The preview grid's default path: FOLDER-grid.png next to the folder. */
export function defaultGridPath(folder: string): string {
  const abs = path.resolve(folder);
  return path.join(path.dirname(abs), `${path.basename(abs)}-grid.png`);
}

/** Refuses a folder that already holds images (they would be mixed into the metrics), unless --overwrite. */
async function prepareFolder(folder: string, overwrite: boolean, isImageName: (f: string) => boolean): Promise<void> {
  checkOutputFolder(folder, '-o');
  if (existsSync(folder)) {
    const images = readdirSync(folder).filter(isImageName);
    if (images.length) {
      if (!overwrite)
        throw new InputError(
          `-o ${folder}: already holds ${images.length} image(s) (e.g. ${images[0]}); they would be mixed with the new samples. Use an empty folder, or --overwrite to replace earlier sample_NNNNNN.png files`,
          folder,
        );
      const others = images.filter((f) => !SAMPLE_RE.test(f));
      if (others.length)
        throw new InputError(
          `-o ${folder}: holds images not written by fid-gate sample (e.g. ${others[0]}); --overwrite only replaces sample_NNNNNN.png files`,
          folder,
        );
      for (const f of images) await rm(path.join(folder, f));
    }
  }
  await mkdir(folder, { recursive: true });
}

/** Runs the sampler into `folder`; returns the first 64 samples (for the grid) and the count. */
async function drawSamples(
  opts: SampleImagesOptions,
  sampler: Sampler,
  folder: string,
  log: (m: string) => void,
  first = 0,
): Promise<{ firsts: RgbImage[]; count: number }> {
  const [{ decodeRgb }, { writePng }, { sampleName }, { runSamplerCommand }] = await Promise.all([
    import('../images/decode.js'),
    import('../images/grid.js'),
    import('../sampling/quantize.js'),
    import('../sampling/command.js'),
  ]);
  const firsts: RgbImage[] = [];
  if (opts.kind === 'command') {
    // the command writes into FOLDER itself: run it, then read back only what the grid needs
    const c = opts.command!;
    const res = await runSamplerCommand({
      command: c.command,
      n: opts.n,
      seed: opts.seed,
      out: folder,
      timeoutSeconds: c.timeoutSeconds,
      log,
    });
    if (res.found > opts.n)
      log(`--command wrote ${res.found} images; the first ${opts.n} (sorted by name) are the samples`);
    for (const f of res.files.slice(0, 64)) firsts.push(await decodeRgb(f));
    return { firsts, count: res.files.length };
  }
  const pending: Promise<void>[] = [];
  let count = 0;
  for await (const img of sampler.images()) {
    if (firsts.length < 64) firsts.push(img);
    const file = path.join(folder, sampleName(first + count));
    const w = writeOutputVia('-o', file, (tmp) => writePng(tmp, img));
    w.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
    pending.push(w);
    if (pending.length >= 8) await pending.shift();
    count++;
  }
  await Promise.all(pending);
  return { firsts, count };
}

async function runSample(v: Values, pos: string[], io: CliIO): Promise<number> {
  if (pos.length) throw new InputError(`sample: unexpected argument "${pos[0]}" (see fid-gate sample --help)`);
  const folder = v.output as string | undefined;
  const [
    { readSamplerOptions, readSamplingBase },
    { configureSharp },
    { openSampler },
    { writeGrid },
    { isImageName },
  ] = await Promise.all([
    import('../options/sampler.js'),
    import('../images/decode.js'),
    import('../sampling/sample.js'),
    import('../images/grid.js'),
    import('../images/list.js'),
  ]);
  const src = flags(v);
  const base = readSamplingBase(src);
  const log = (m: string) => io.err(m);
  let opts = readSamplerOptions(src, { ...base, log, progress: v.quiet ? false : log });
  // --shard i/n: the block of sample indices [first, first + n_i) of the single run (src/parts.ts)
  let first = 0,
    shardNote = '';
  if (v.shard !== undefined) {
    const [{ parseShard, shardText }, { shardSampler }] = await Promise.all([
      import('../images/shard.js'),
      import('../parts.js'),
    ]);
    const shard = parseShard(String(v.shard), '--shard');
    const s = shardSampler(opts, shard);
    if (!s.opts.n)
      throw new InputError(
        `--shard ${shardText(shard)}: holds no sample of -n ${opts.n} (more shards than samples)`,
        'shard',
      );
    opts = s.opts;
    first = s.start;
    shardNote = ` (shard ${shardText(shard)}: samples ${s.start}..${s.end - 1})`;
  }
  if (!folder) throw new InputError('sample: -o FOLDER is required');
  if (opts.command) opts.command.out = folder;
  const grid = (v.grid as string | undefined) ?? defaultGridPath(folder);
  configureSharp();
  await prepareFolder(folder, Boolean(v.overwrite), isImageName);
  if (grid !== 'none') checkOutputFile(grid, '--grid');
  const sampler = await openSampler(opts);
  const t0 = performance.now();
  const { firsts, count } = await drawSamples(opts, sampler, folder, log, first);
  const seconds = (performance.now() - t0) / 1000;
  await writeOutput(
    '-o',
    path.join(folder, 'sampling.json'),
    JSON.stringify(
      { ...sampler.settings, ...(first || shardNote ? { first } : {}), device: sampler.device, seconds },
      null,
      2,
    ) + '\n',
  );
  let gridNote = '';
  if (grid !== 'none' && firsts.length) {
    const g = await writeOutputVia('--grid', grid, (tmp) => writeGrid(tmp, firsts));
    gridNote = `; grid of ${g.count} in ${grid}`;
  }
  const kind = opts.kind,
    d = opts.diffusion;
  io.out(
    `${folder}: ${count} samples${shardNote} (${kind}${d ? `, ${d.sampler} ${d.steps} steps` : ''}) in ${seconds.toFixed(1)}s, ${(count / Math.max(seconds, 1e-9)).toFixed(1)} img/s${sampler.device ? ` on ${sampler.device}` : ''}${gridNote}`,
  );
  return 0;
}

export const sampleCommand: Command = {
  summary: 'sample N images from an ONNX GAN generator, an ONNX diffusion denoiser or your own sampler command',
  usage,
  options: parseArgsOptions({ ...samplingCommonSpecs, ...samplerSpecs, ...outputSpecs, ...shardSpecs }),
  run: runSample,
};
