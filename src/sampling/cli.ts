// The `sample` and `elbo` commands, in the shape of the commands of src/cli.ts (registered there by the lead).
import type { ParseArgsConfig } from 'node:util';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import { parseDevice } from '../features/session.js';
import { isImageName, listImages } from '../images/list.js';
import { configureSharp, decodeRgb, type RgbImage } from '../images/decode.js';
import { parseSchedule } from './noise-schedule.js';
import { parsePrediction, parseSampler, parseVariance } from './samplers.js';
import { parseZDist } from './gan.js';
import { parseOutputRange, sampleName } from './quantize.js';
import { openSampler, parseKind, type SampleImagesOptions } from './sample.js';
import { writeGrid, writePng } from './grid.js';
import { estimateElbo, elboMetric, type TSampling } from './elbo.js';
import { loadModel } from './model.js';
import { runSamplerCommand } from './command.js';

export { sampleImages, openSampler, samplesAsDecoder } from './sample.js';
export type { SampleImagesOptions, Sampler, SamplerKind } from './sample.js';

interface CliIO { out: (s: string) => void; err: (s: string) => void }
type Values = Record<string, string | boolean | undefined>;

export interface SamplingCommand {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (values: Values, positionals: string[], io: CliIO) => Promise<number>;
}

// ---- option parsing ----

function int(v: string | boolean | undefined, name: string, def: number | undefined, min = 1): number | undefined {
  if (v === undefined) return def;
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isSafeInteger(n) || n < min) throw new InputError(`${name}: expected an integer ≥ ${min}, got "${v}"`, name);
  return n;
}

function num(v: string | boolean | undefined, name: string, def: number | undefined): number | undefined {
  if (v === undefined) return def;
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(n)) throw new InputError(`${name}: expected a number, got "${v}"`, name);
  return n;
}

export function parseSize(v: string | boolean | undefined, name = '--size'): { height: number; width: number } | undefined {
  if (v === undefined) return undefined;
  const m = typeof v === 'string' ? /^\s*(\d+)\s*(?:[x×]\s*(\d+))?\s*$/i.exec(v) : null;
  const h = m ? Number(m[1]) : NaN, w = m ? Number(m[2] ?? m[1]) : NaN;
  if (!(h >= 1 && w >= 1)) throw new InputError(`${name}: expected H or HxW (e.g. 64 or 64x48), got "${v}"`, name);
  return { height: h, width: w };
}

const common = {
  seed: { type: 'string' },
  device: { type: 'string' },
  threads: { type: 'string' },
  'batch-size': { type: 'string' },
  'cache-dir': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export const diffusionModelOptions = {
  schedule: { type: 'string' },
  'train-steps': { type: 'string' },
  steps: { type: 'string' },
  prediction: { type: 'string' },
  variance: { type: 'string' },
  'no-clip': { type: 'boolean' },
  'num-classes': { type: 'string' },
  size: { type: 'string' },
  channels: { type: 'string' },
} as const;

export const diffusionHelp = `  --schedule S       linear | cosine | scaled-linear (default linear)
  --train-steps T    the T the model was trained with (default 1000)
  --prediction P     what output 0 is: eps | v | x0 (default eps)
  --variance V       reverse variance: large (β, default) | small (posterior β̃)
  --no-clip          do not clip the predicted x0 to [-1, 1]
  --num-classes K    for models with a labels input (input 2); label K is the null label
  --size H[xW]       image size where the model's input shape leaves it open
  --channels C       channels (1 or 3) where the model's input shape leaves them open`;

const commonHelp = `  --seed S           seed (default 0); samples do not depend on --batch-size
  --batch-size B     samples per model run (default 16 for diffusion, 64 for gan)
  --device D         auto | cpu | cuda (default auto)
  --threads N        CPU threads for the model (default: all cores)
  --cache-dir DIR    where the CUDA provider libraries are cached (--device auto/cuda)
  --quiet            no progress lines`;

function settingsOf(v: Values) {
  return {
    device: parseDevice(v.device as string | undefined),
    threads: int(v.threads, '--threads', undefined),
    cacheDir: v['cache-dir'] as string | undefined,
    seed: int(v.seed, '--seed', 0, 0)!,
  };
}

function diffusionModelSettings(v: Values) {
  const trainSteps = int(v['train-steps'], '--train-steps', 1000)!;
  return {
    schedule: parseSchedule(v.schedule as string | undefined),
    trainSteps,
    prediction: parsePrediction(v.prediction as string | undefined),
    variance: parseVariance(v.variance as string | undefined),
    clip: !v['no-clip'],
    numClasses: int(v['num-classes'], '--num-classes', undefined),
    size: parseSize(v.size),
    channels: int(v.channels, '--channels', undefined),
  };
}

const SAMPLE_RE = /^sample_\d{6,}\.png$/;

/** Refuses a folder that already holds images (they would be mixed into the metrics), unless --overwrite. */
async function prepareFolder(folder: string, overwrite: boolean): Promise<void> {
  if (existsSync(folder)) {
    if (!statSync(folder).isDirectory()) throw new InputError(`-o ${folder}: exists and is not a folder`, folder);
    const images = readdirSync(folder).filter(isImageName);
    if (images.length) {
      if (!overwrite) throw new InputError(`-o ${folder}: already holds ${images.length} image(s) (e.g. ${images[0]}); they would be mixed with the new samples. Use an empty folder, or --overwrite to replace earlier sample_NNNNNN.png files`, folder);
      const others = images.filter((f) => !SAMPLE_RE.test(f));
      if (others.length) throw new InputError(`-o ${folder}: holds images not written by fid-gate sample (e.g. ${others[0]}); --overwrite only replaces sample_NNNNNN.png files`, folder);
      for (const f of images) await rm(path.join(folder, f));
    }
  }
  await mkdir(folder, { recursive: true });
}

/** The sampler's options (of `fid-gate sample`, without -o/--overwrite/--grid and the common ones): reused by `compare --generator`. */
export const samplerOptions = {
  ...diffusionModelOptions,
  generator: { type: 'string' },
  kind: { type: 'string' },
  'num-samples': { type: 'string', short: 'n' },
  'z-dist': { type: 'string' },
  'output-range': { type: 'string' },
  latent: { type: 'string' },
  class: { type: 'string' },
  sampler: { type: 'string' },
  eta: { type: 'string' },
  guidance: { type: 'string' },
  command: { type: 'string' },
  timeout: { type: 'string' },
} as const;

export function defaultGridPath(folder: string): string {
  const abs = path.resolve(folder);
  return path.join(path.dirname(abs), `${path.basename(abs)}-grid.png`);
}

export const sampleCommand: SamplingCommand = {
  summary: 'sample N images from an ONNX GAN generator, an ONNX diffusion denoiser or your own sampler command',
  usage: `fid-gate sample --generator MODEL.onnx --kind gan|diffusion -n N -o FOLDER [options]
       fid-gate sample --kind command --command "python sample.py --out {out} --n {n}" -n N -o FOLDER

Writes FOLDER/sample_000000.png … (lossless PNGs of exactly the samples the metrics would see), FOLDER/sampling.json
(the settings) and a preview grid of the first 64 samples (8 per row) next to the folder, FOLDER-grid.png, so
that the folder holds only the samples. Samples are a pure function of the seed and the settings.

  --generator FILE   the ONNX model (gan: input z [N,Z] or [N,Z,1,1], optional int64 labels, output NCHW images;
                     diffusion: inputs x_t [N,C,H,W], timestep [N] int64/float32, optional int64 labels)
  --kind K           gan | diffusion | command
  -n, --num-samples N  how many samples (required)
  -o, --output DIR   folder for the PNGs (required)
  --overwrite        replace sample_NNNNNN.png files already in the folder
  --grid FILE|none   where the preview grid goes (default FOLDER-grid.png next to the folder)
${commonHelp}

GAN:
  --z-dist D         normal (default) | uniform (on [-1, 1))
  --output-range R   range of the generator's output: -1,1 (default) or 0,1
  --latent Z         z's size, where the model leaves it open
  --num-classes K    for generators with a labels input (input 1); labels are uniform over 0..K-1
  --class L          use label L for every sample

Diffusion:
  --sampler S        ddim (default) | ddpm
  --steps S          sampling steps (default 50 for ddim, T for ddpm); kept steps floor(i*T/S), i = 0..S-1
  --eta E            DDIM's eta (default 0: deterministic)
  --guidance W       classifier-free guidance weight (models with labels): eps_u + W (eps_c - eps_u)
  --class L          use label L for every sample (default: uniform over 0..K-1)
${diffusionHelp}

Command:
  --command CMD      run through the shell; {out}, {n} and {seed} are replaced (quoted); the images it writes
                     into {out} (= -o FOLDER) are read back. Its log is streamed with a [sampler] prefix.
  --timeout SEC      stop it (SIGTERM, then SIGKILL after 10 s) after SEC seconds (default 3600)`,
  options: {
    ...common, ...samplerOptions,
    output: { type: 'string', short: 'o' },
    overwrite: { type: 'boolean' },
    grid: { type: 'string' },
  },
  async run(v, pos, io) {
    if (pos.length) throw new InputError(`sample: unexpected argument "${pos[0]}" (see fid-gate sample --help)`);
    const kind = parseKind(v.kind as string | undefined);
    const n = int(v['num-samples'], '-n', undefined);
    if (n === undefined) throw new InputError('sample: -n N is required');
    const folder = v.output as string | undefined;
    if (!folder) throw new InputError('sample: -o FOLDER is required');
    const base = settingsOf(v);
    const log = (m: string) => io.err(m);
    const opts: SampleImagesOptions = {
      kind, n, seed: base.seed, device: base.device, threads: base.threads, cacheDir: base.cacheDir,
      generator: v.generator as string | undefined, log, progress: v.quiet ? false : log,
    };
    const classLabel = int(v.class, '--class', undefined, 0);
    if (kind === 'gan') {
      opts.batchSize = int(v['batch-size'], '--batch-size', 64);
      opts.gan = {
        zDist: parseZDist(v['z-dist'] as string | undefined), outputRange: parseOutputRange(v['output-range'] as string | undefined),
        numClasses: int(v['num-classes'], '--num-classes', undefined), classLabel, latent: int(v.latent, '--latent', undefined),
      };
    } else if (kind === 'diffusion') {
      opts.batchSize = int(v['batch-size'], '--batch-size', 16);
      const m = diffusionModelSettings(v);
      const sampler = parseSampler(v.sampler as string | undefined);
      opts.diffusion = {
        ...m, sampler, steps: int(v.steps, '--steps', sampler === 'ddim' ? Math.min(50, m.trainSteps) : m.trainSteps)!,
        eta: num(v.eta, '--eta', 0)!, guidance: num(v.guidance, '--guidance', undefined), classLabel,
      };
    } else {
      const timeout = num(v.timeout, '--timeout', 3600)!;
      if (!(timeout > 0)) throw new InputError(`--timeout: expected seconds > 0, got "${v.timeout}"`);
      opts.command = { command: (v.command as string | undefined) ?? '', out: folder, timeoutSeconds: timeout };
    }
    configureSharp();
    await prepareFolder(folder, Boolean(v.overwrite));
    const sampler = await openSampler(opts);
    const t0 = performance.now();
    const firsts: RgbImage[] = [];
    let count = 0;
    if (kind === 'command') {
      // the command writes into FOLDER itself: run it, then read back only what the grid needs
      const c = opts.command!;
      const res = await runSamplerCommand({ command: c.command, n, seed: base.seed, out: folder, timeoutSeconds: c.timeoutSeconds, log });
      if (res.found > n) log(`--command wrote ${res.found} images; the first ${n} (sorted by name) are the samples`);
      for (const f of res.files.slice(0, 64)) firsts.push(await decodeRgb(f));
      count = res.files.length;
    } else {
      const pending: Promise<void>[] = [];
      for await (const img of sampler.images()) {
        if (firsts.length < 64) firsts.push(img);
        const w = writePng(path.join(folder, sampleName(count)), img);
        w.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
        pending.push(w);
        if (pending.length >= 8) await pending.shift();
        count++;
      }
      await Promise.all(pending);
    }
    const seconds = (performance.now() - t0) / 1000;
    await writeFile(path.join(folder, 'sampling.json'), JSON.stringify({ ...sampler.settings, device: sampler.device, seconds }, null, 2) + '\n');
    const grid = (v.grid as string | undefined) ?? defaultGridPath(folder);
    let gridNote = '';
    if (grid !== 'none' && firsts.length) {
      const g = await writeGrid(grid, firsts);
      gridNote = `; grid of ${g.count} in ${grid}`;
    }
    io.out(`${folder}: ${count} samples (${kind}${kind === 'diffusion' ? `, ${opts.diffusion!.sampler} ${opts.diffusion!.steps} steps` : ''}) in ${seconds.toFixed(1)}s, ${(count / Math.max(seconds, 1e-9)).toFixed(1)} img/s${sampler.device ? ` on ${sampler.device}` : ''}${gridNote}`);
    return 0;
  },
};

export const elboCommand: SamplingCommand = {
  summary: 'variational bound (ELBO) of a diffusion denoiser on held-out images, in bits/dim (metric elbo-bpd)',
  usage: `fid-gate elbo --denoiser MODEL.onnx --images FOLDER [--draws K] [options]

The bound of Ho et al. 2020 (prior KL + transition KLs + discretized Gaussian decoder for t = 0), estimated per
image by K Monte Carlo draws of the step (uniform over the S steps, scaled by S), each with fresh noise. Prints
the mean over images in bits/dim ± its standard error (lower is better). The images must have the model's size
(no resizing); 8-bit values map to [-1, 1] as v/127.5 - 1.

  --denoiser FILE    the ONNX denoiser (inputs x_t [N,C,H,W], timestep [N] int64/float32, optional labels)
  --images DIR       held-out real images
  --draws K          step draws per image (default 16)
  --t-sampling M     uniform (default: i.i.d. uniform steps) | stratified (one draw in each of K equal strata)
  --steps S          evaluate the chain respaced to S steps (default T: the model as trained)
  --limit N          only the first N images (sorted by name)
  --recursive        also read images in subfolders
  --json FILE        write the result (value, stderr, settings) as JSON
${diffusionHelp}
${commonHelp}`,
  options: {
    ...common, ...diffusionModelOptions,
    denoiser: { type: 'string' },
    images: { type: 'string' },
    draws: { type: 'string' },
    't-sampling': { type: 'string' },
    limit: { type: 'string' },
    recursive: { type: 'boolean' },
    json: { type: 'string' },
  },
  async run(v, pos, io) {
    if (pos.length) throw new InputError(`elbo: unexpected argument "${pos[0]}" (see fid-gate elbo --help)`);
    const denoiser = v.denoiser as string | undefined;
    const folder = v.images as string | undefined;
    if (!denoiser) throw new InputError('elbo: --denoiser MODEL.onnx is required');
    if (!folder) throw new InputError('elbo: --images FOLDER is required');
    const base = settingsOf(v);
    const m = diffusionModelSettings(v);
    const tSampling = ((v['t-sampling'] as string | undefined) ?? 'uniform').trim().toLowerCase();
    if (tSampling !== 'uniform' && tSampling !== 'stratified') throw new InputError(`--t-sampling: expected uniform or stratified, got "${v['t-sampling']}"`);
    const log = (s: string) => io.err(s);
    configureSharp();
    let files = await listImages(folder, { recursive: Boolean(v.recursive) });
    const limit = int(v.limit, '--limit', undefined);
    if (limit !== undefined) files = files.slice(0, limit);
    const model = await loadModel({ model: denoiser, device: base.device, threads: base.threads, cacheDir: base.cacheDir, log }, '--denoiser');
    async function* images() { for (const f of files) yield await decodeRgb(f); }
    const r = await estimateElbo(model.session, images(), {
      ...m, steps: int(v.steps, '--steps', undefined), draws: int(v.draws, '--draws', 16), tSampling: tSampling as TSampling,
      seed: base.seed, batchSize: int(v['batch-size'], '--batch-size', 64), progress: v.quiet ? false : log, total: files.length, model: model.source,
    });
    const metric = elboMetric(r);
    io.out(`elbo-bpd: ${r.bpd.toFixed(4)} ± ${r.stderr.toFixed(4)} bits/dim (${r.images} images × ${r.draws} draws, T = ${r.trainSteps}, ${r.steps} steps; ` +
      `prior ${r.terms.prior.toFixed(4)}, transitions ${r.terms.transitions.toFixed(4)}, decoder ${r.terms.decoder.toFixed(4)})`);
    if (v.json) {
      const json = { ...metric, details: { ...metric.details, model: { source: model.source, sha256: model.sha256 }, images: folder, device: model.device } };
      try { await writeFile(v.json as string, JSON.stringify(json, null, 2) + '\n'); } catch (err) {
        throw new InputError(`--json ${v.json}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      }
    }
    return 0;
  },
};
