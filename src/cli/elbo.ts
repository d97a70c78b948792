// fid-gate elbo: the variational bound of a diffusion denoiser on held-out images, in bits/dim.
import { InputError } from '../util/errors.js';
import { ELBO_DEFAULTS } from '../core/defaults.js';
import { diffusionModelSpecs, elboSpecs, helpText, parseArgsOptions, samplingCommonSpecs } from '../options/specs.js';
import { choice, int } from '../options/numbers.js';
import { flag, pathValue } from '../options/source.js';
import { flags, outputOption, writeJsonAndExit, type CliIO, type Command, type Values } from './command.js';

const usage = `fid-gate elbo --denoiser MODEL.onnx --images FOLDER [--draws K] [options]

The bound of Ho et al. 2020 (prior KL + transition KLs + discretized Gaussian decoder for t = 0), estimated per
image by K Monte Carlo draws of the step (uniform over the S steps, scaled by S), each with fresh noise. Prints
the mean over images in bits/dim ± its standard error (lower is better). The images must have the model's size
(no resizing); 8-bit values map to [-1, 1] as v/127.5 - 1.

${helpText(elboSpecs)}
${helpText(diffusionModelSpecs)}
${helpText(samplingCommonSpecs)}`;

async function runElbo(v: Values, pos: string[], io: CliIO): Promise<number> {
  if (pos.length) throw new InputError(`elbo: unexpected argument "${pos[0]}" (see fid-gate elbo --help)`);
  const src = flags(v);
  const denoiser = pathValue(src, 'denoiser');
  const folder = pathValue(src, 'images');
  if (!denoiser) throw new InputError('elbo: --denoiser MODEL.onnx is required');
  if (!folder) throw new InputError('elbo: --images FOLDER is required');
  const [{ readDiffusionModel, readSamplingBase }, { estimateFolderElbo }, { elboMetric }] = await Promise.all([
    import('../options/sampler.js'),
    import('../metrics/defs/elbo.js'),
    import('../sampling/elbo.js'),
  ]);
  const base = readSamplingBase(src);
  const m = readDiffusionModel(src);
  const tSampling = choice(src, 't-sampling', ['uniform', 'stratified'] as const, 'uniform');
  const limit = int(src, 'limit', undefined);
  const settings = {
    steps: int(src, 'steps', undefined),
    draws: int(src, 'draws', ELBO_DEFAULTS.draws),
    batchSize: int(src, 'batch-size', ELBO_DEFAULTS.batchSize),
  };
  const json = outputOption(v, 'json');
  const log = (s: string) => io.err(s);
  const { result: r, model } = await estimateFolderElbo(
    {
      ...m,
      ...settings,
      tSampling,
      denoiser,
      images: folder,
      recursive: flag(src, 'recursive'),
      limit,
      seed: base.seed,
    },
    { device: base.device, threads: base.threads, cacheDir: base.cacheDir, log, progress: v.quiet ? false : log },
    '--denoiser',
  );
  const metric = elboMetric(r);
  io.out(
    `elbo-bpd: ${r.bpd.toFixed(4)} ± ${r.stderr.toFixed(4)} bits/dim (${r.images} images × ${r.draws} draws, T = ${r.trainSteps}, ${r.steps} steps; ` +
      `prior ${r.terms.prior.toFixed(4)}, transitions ${r.terms.transitions.toFixed(4)}, decoder ${r.terms.decoder.toFixed(4)})`,
  );
  const report = {
    ...metric,
    details: {
      ...metric.details,
      model: { source: model.source, sha256: model.sha256 },
      images: folder,
      device: model.device,
    },
  };
  return writeJsonAndExit('--json', json, report, 0, io);
}

export const elboCommand: Command = {
  summary: 'variational bound (ELBO) of a diffusion denoiser on held-out images, in bits/dim (metric elbo-bpd)',
  usage,
  options: parseArgsOptions({ ...samplingCommonSpecs, ...diffusionModelSpecs, ...elboSpecs }),
  run: runElbo,
};
