// The sampler settings, one parser for `fid-gate sample`, `compare --generator`, `fid-gate elbo` (the diffusion
// model's part) and the Action's sampler inputs: every check (steps ≤ train-steps, eta ≥ 0, timeout > 0, …) holds
// for all of them, and every error names the flag or input at fault. Loads onnxruntime (the sampling modules): the
// CLI imports this module only inside a command's run.
import { InputError } from '../util/errors.js';
import { parseDevice, type Device } from '../features/session.js';
import { parseKind, type SampleImagesOptions } from '../sampling/sample.js';
import { parseSchedule, type ScheduleName } from '../sampling/noise-schedule.js';
import { parsePrediction, parseSampler, parseVariance } from '../sampling/samplers.js';
import { parseZDist } from '../sampling/gan.js';
import { parseOutputRange } from '../sampling/quantize.js';
import { MAX_SEED, SAMPLER_DEFAULTS } from '../core/defaults.js';
import { imageSize, int, num } from './numbers.js';
import { flag, pathValue, text, type OptionSource } from './source.js';

export interface SamplerBase {
  seed?: number;
  device?: Device;
  threads?: number;
  cacheDir?: string;
  log?: (msg: string) => void;
  progress?: false | ((line: string) => void);
}

/** A sampling seed: an integer in [0, 2^32). */
export function readSeed(src: OptionSource, key = 'seed', def: number = SAMPLER_DEFAULTS.seed): number {
  return int(src, key, def, { min: 0, max: MAX_SEED, maxReason: 'seeds are 32-bit' });
}

/** device, threads, cache-dir and seed of a sampling command. */
export function readSamplingBase(
  src: OptionSource,
): Required<Pick<SamplerBase, 'seed' | 'device'>> & Pick<SamplerBase, 'threads' | 'cacheDir'> {
  return {
    device: parseDevice(text(src, 'device'), src.name('device')),
    threads: int(src, 'threads', undefined),
    cacheDir: pathValue(src, 'cache-dir'),
    seed: readSeed(src),
  };
}

/** What a diffusion denoiser was trained with and how its images look (sample, elbo, compare --generator). */
export function readDiffusionModel(src: OptionSource) {
  return {
    schedule: parseSchedule(text(src, 'schedule'), src.name('schedule')) as ScheduleName,
    trainSteps: int(src, 'train-steps', SAMPLER_DEFAULTS.trainSteps),
    prediction: parsePrediction(text(src, 'prediction'), src.name('prediction')),
    variance: parseVariance(text(src, 'variance'), src.name('variance')),
    clip: !flag(src, 'no-clip'),
    numClasses: int(src, 'num-classes', undefined),
    size: imageSize(src, 'size'),
    channels: int(src, 'channels', undefined),
  };
}

function readDiffusion(
  src: OptionSource,
  classLabel: number | undefined,
): NonNullable<SampleImagesOptions['diffusion']> {
  const m = readDiffusionModel(src);
  const sampler = parseSampler(text(src, 'sampler'), src.name('sampler'));
  const steps = int(
    src,
    'steps',
    sampler === 'ddim' ? Math.min(SAMPLER_DEFAULTS.ddimSteps, m.trainSteps) : m.trainSteps,
  );
  if (steps > m.trainSteps) {
    throw new InputError(
      `${src.name('steps')}: ${steps} sampling steps, more than the ${m.trainSteps} training steps (${src.name('train-steps')})`,
      'steps',
    );
  }
  const eta = num(src, 'eta', SAMPLER_DEFAULTS.eta, { min: 0 });
  return { ...m, sampler, steps, eta, classLabel, guidance: num(src, 'guidance', undefined) };
}

/**
 * kind, generator, num-samples, seed, batch-size, and per kind: gan (z-dist, output-range, num-classes, latent,
 * class), diffusion (readDiffusionModel's, sampler, steps, eta, guidance, class), command (command, timeout).
 * `base` supplies what the caller has already read (compare's --seed, --device, …).
 */
export function readSamplerOptions(src: OptionSource, base: SamplerBase = {}): SampleImagesOptions {
  const kind = parseKind(text(src, 'kind'), src.name('kind'));
  const n = int(src, 'num-samples', undefined);
  if (n === undefined)
    throw new InputError(
      `${src.name('num-samples')} is required with ${src.name('generator')} (how many samples to draw)`,
      'num-samples',
    );
  const generator = pathValue(src, 'generator');
  const opts: SampleImagesOptions = {
    kind,
    n,
    seed: base.seed ?? readSeed(src),
    generator,
    device: base.device,
    threads: base.threads,
    cacheDir: base.cacheDir,
    log: base.log,
    progress: base.progress,
  };
  const classLabel = int(src, 'class', undefined, { min: 0 });
  if (kind !== 'command' && !generator)
    throw new InputError(`${src.name('kind')} ${kind} needs ${src.name('generator')} MODEL.onnx`, 'generator');
  if (kind === 'gan') {
    opts.batchSize = int(src, 'batch-size', SAMPLER_DEFAULTS.ganBatchSize);
    opts.gan = {
      zDist: parseZDist(text(src, 'z-dist'), src.name('z-dist')),
      outputRange: parseOutputRange(text(src, 'output-range'), src.name('output-range')),
      numClasses: int(src, 'num-classes', undefined),
      classLabel,
      latent: int(src, 'latent', undefined),
    };
  } else if (kind === 'diffusion') {
    opts.batchSize = int(src, 'batch-size', SAMPLER_DEFAULTS.diffusionBatchSize);
    opts.diffusion = readDiffusion(src, classLabel);
  } else {
    const command = text(src, 'command');
    if (!command) throw new InputError(`${src.name('kind')} command needs ${src.name('command')} "…"`, 'command');
    const timeout = num(src, 'timeout', SAMPLER_DEFAULTS.timeoutSeconds, {
      min: 0,
      exclusive: true,
      expected: 'seconds > 0',
    });
    opts.command = { command, timeoutSeconds: timeout };
  }
  return opts;
}
