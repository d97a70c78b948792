// Sampler settings given as named string values (the CLI's `compare --generator …` flags, or the Action's inputs)
// → the options openSampler takes. `name(key)` says how a setting is called where it was given (`--steps` for the
// CLI, `steps` for the Action), so every error names the flag or input at fault. Defaults are `fid-gate sample`'s.
import { InputError } from './util/errors.js';
import type { Device } from './features/session.js';
import { parseKind, type SampleImagesOptions } from './sampling/sample.js';
import { parseSchedule } from './sampling/noise-schedule.js';
import { parsePrediction, parseSampler, parseVariance } from './sampling/samplers.js';
import { parseZDist } from './sampling/gan.js';
import { parseOutputRange } from './sampling/quantize.js';
import { parseSize } from './sampling/cli.js';

export type SamplerValues = Record<string, string | boolean | undefined>;

export interface SamplerBase {
  seed?: number;
  device?: Device;
  threads?: number;
  cacheDir?: string;
  log?: (msg: string) => void;
  progress?: false | ((line: string) => void);
}

function str(v: string | boolean | undefined): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}

function int(v: string | boolean | undefined, name: string, def: number | undefined, min = 1): number | undefined {
  const s = str(v);
  if (s === undefined) return def;
  const n = Number(s);
  if (!Number.isSafeInteger(n) || n < min) throw new InputError(`${name}: expected an integer ≥ ${min}, got "${s}"`, name);
  return n;
}

function num(v: string | boolean | undefined, name: string, def: number | undefined): number | undefined {
  const s = str(v);
  if (s === undefined) return def;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new InputError(`${name}: expected a number, got "${s}"`, name);
  return n;
}

/**
 * Reads kind, generator, num-samples, seed, batch-size, and per kind: gan (z-dist, output-range, num-classes, latent,
 * class), diffusion (schedule, train-steps, sampler, steps, eta, prediction, variance, no-clip, guidance,
 * num-classes, class, size, channels), command (command, timeout).
 */
export function samplerOptionsFromValues(v: SamplerValues, name: (key: string) => string, base: SamplerBase = {}): SampleImagesOptions {
  const kind = parseKind(str(v.kind), name('kind'));
  const n = int(v['num-samples'], name('num-samples'), undefined);
  if (n === undefined) throw new InputError(`${name('num-samples')} is required with ${name('generator')} (how many samples to draw)`, name('num-samples'));
  const seed = base.seed ?? int(v.seed, name('seed'), 0, 0)!;
  const generator = str(v.generator);
  const opts: SampleImagesOptions = {
    kind, n, seed, generator, device: base.device, threads: base.threads, cacheDir: base.cacheDir, log: base.log, progress: base.progress,
  };
  const classLabel = int(v.class, name('class'), undefined, 0);
  const numClasses = int(v['num-classes'], name('num-classes'), undefined);
  if (kind === 'gan') {
    if (!generator) throw new InputError(`${name('kind')} gan needs ${name('generator')} MODEL.onnx`, name('generator'));
    opts.batchSize = int(v['batch-size'], name('batch-size'), 64);
    opts.gan = {
      zDist: parseZDist(str(v['z-dist']), name('z-dist')), outputRange: parseOutputRange(str(v['output-range']), name('output-range')),
      numClasses, classLabel, latent: int(v.latent, name('latent'), undefined),
    };
  } else if (kind === 'diffusion') {
    if (!generator) throw new InputError(`${name('kind')} diffusion needs ${name('generator')} MODEL.onnx`, name('generator'));
    opts.batchSize = int(v['batch-size'], name('batch-size'), 16);
    const trainSteps = int(v['train-steps'], name('train-steps'), 1000)!;
    const sampler = parseSampler(str(v.sampler), name('sampler'));
    const steps = int(v.steps, name('steps'), sampler === 'ddim' ? Math.min(50, trainSteps) : trainSteps)!;
    if (steps > trainSteps) throw new InputError(`${name('steps')}: ${steps} sampling steps, more than the ${trainSteps} training steps (${name('train-steps')})`, name('steps'));
    const eta = num(v.eta, name('eta'), 0)!;
    if (eta < 0) throw new InputError(`${name('eta')}: expected a number ≥ 0, got "${v.eta}"`, name('eta'));
    opts.diffusion = {
      schedule: parseSchedule(str(v.schedule), name('schedule')), trainSteps, sampler, steps, eta,
      prediction: parsePrediction(str(v.prediction), name('prediction')), variance: parseVariance(str(v.variance), name('variance')),
      clip: !v['no-clip'], numClasses, classLabel, guidance: num(v.guidance, name('guidance'), undefined),
      size: parseSize(str(v.size), name('size')), channels: int(v.channels, name('channels'), undefined),
    };
  } else {
    const command = str(v.command);
    if (!command) throw new InputError(`${name('kind')} command needs ${name('command')} "…"`, name('command'));
    const timeout = num(v.timeout, name('timeout'), 3600)!;
    if (!(timeout > 0)) throw new InputError(`${name('timeout')}: expected seconds > 0, got "${v.timeout}"`, name('timeout'));
    opts.command = { command, timeoutSeconds: timeout };
  }
  return opts;
}
