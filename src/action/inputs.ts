// The Action's inputs (action.yml), read and checked in one place. Every problem is an InputError naming the input.
import * as core from '@actions/core';
import { InputError } from '../util/errors.js';
import type { Device } from '../features/session.js';
import type { GateRules } from '../gate/rules.js';
import { sanitizeKey } from '../report/markdown.js';
import { defaultArtifactName } from '../github/artifacts.js';
import type { ResizeMode } from '../features/inception.js';
import type { EncoderSpec } from '../features/encoder.js';
import type { SampleImagesOptions } from '../sampling/sample.js';
import type { OnBadImage } from '../features/extract.js';
import { actionSource, expandHome, parseBooleanText, pathValue, text, type OptionSource } from '../options/source.js';
import { choice } from '../options/numbers.js';
import { parseShard, type ShardSpec } from '../images/shard.js';
import { readExtractorOptions } from '../options/extractor.js';
import { readSamplerOptions } from '../options/sampler.js';
import { checkCompanions, checkRulesOnComputed, readBootstrap, readGateRules, readMetrics } from '../options/checks.js';
import { parseMetrics, type MetricGroup } from '../metrics/registry.js';

/** The sampler inputs (the generated side sampled from a model), by their names in action.yml. */
export const SAMPLER_INPUTS = [
  'generator',
  'generator-kind',
  'num-samples',
  'seed',
  'schedule',
  'train-steps',
  'sampler',
  'steps',
  'eta',
  'prediction',
  'guidance',
  'num-classes',
  'z-dist',
  'output-range',
  'command',
  'timeout',
] as const;

export type CommentPolicy = 'always' | 'on-failure' | 'never';
export type Mode = 'evaluate' | 'comment';

export interface ActionInputs {
  mode: Mode;
  real: string;
  /** Empty when the generated side is sampled (input generator). */
  generated: string;
  /** Inputs generator, generator-kind, num-samples, seed and the sampler settings: sample the generated side. */
  sampler?: SampleImagesOptions;
  /** Input elbo-images: held-out real images for the elbo-bpd metric (diffusion generator). */
  elboImages?: string;
  metrics: MetricGroup[];
  rules: GateRules;
  /** 'auto', 'none' or a path to a metrics JSON. */
  baseline: string;
  comment: CommentPolicy;
  /** Sanitized: [A-Za-z0-9._-]. */
  commentKey: string;
  token: string;
  weights?: string;
  /** Inception's resize: legacy-pytorch (pytorch-fid) or clean (clean-fid). */
  resize: ResizeMode;
  /** An ONNX encoder (inputs encoder, encoder-preset, encoder-output) instead of the Inception network. */
  encoder?: EncoderSpec;
  cache?: string;
  device: Device;
  batchSize?: number;
  /** Input on-bad-image: an undecodable image stops the run ('fail', default) or is left out and noted ('skip'). */
  onBadImage: OnBadImage;
  /** Input max-pixels: the decompression-bomb guard (0 = none). */
  maxPixels: number;
  /** Input bootstrap: replicates for the 95 % intervals (0 = none). */
  bootstrap: number;
  /** Input training: training images (folder or stats .npz) for the memorization metric. */
  training?: string;
  failOnError: boolean;
  artifactName: string;
  /** mode: comment: the metrics JSON to report (else the artifact of the triggering workflow_run). */
  metricsFile?: string;
  /** Input shard (i/n): a stats-only run writing the generated side's part for shard i of n (action/shard.ts). */
  shard?: ShardSpec;
  /** Input generated-parts: the part files (a folder, or files one a line) merged into the generated side. */
  generatedParts?: string;
}

export type InputGetter = (name: string) => string;

const defaultGetter: InputGetter = (name) => core.getInput(name);

export function parseBoolean(value: string, name: string, def: boolean): boolean {
  return parseBooleanText(value, `input ${name}`, def, name);
}

/** `fail-on-error`, read on its own (tolerantly: an invalid value means the default) so error handling can use it. */
export function readFailOnError(get: InputGetter = defaultGetter): boolean {
  try {
    return parseBoolean(get('fail-on-error'), 'fail-on-error', true);
  } catch {
    return true;
  }
}

/** `comment` and `comment-key`, read tolerantly for the error path. */
export function readCommentSettings(get: InputGetter = defaultGetter): { comment: CommentPolicy; commentKey: string } {
  let comment: CommentPolicy = 'always';
  try {
    comment = choice(inputSource(get), 'comment', ['always', 'on-failure', 'never'] as const, 'always');
  } catch {
    /* default */
  }
  return { comment, commentKey: sanitizeKey(get('comment-key')) };
}

/** The inputs as an OptionSource of the option layer (src/options/): the CLI's keys, the Action's input names. */
export function inputSource(get: InputGetter): OptionSource {
  return actionSource(get, { kind: 'generator-kind', 'cache-dir': 'cache' });
}

/** The generated side: a folder (input generated) or a model to sample from (generator, generator-kind, …). */
function readGenerated(src: OptionSource, mode: Mode): { generated: string; sampler?: SampleImagesOptions } {
  const generated = pathValue(src, 'generated') ?? '';
  const sampling = text(src, 'generator') !== undefined || text(src, 'kind') !== undefined;
  if (mode !== 'evaluate') return { generated };
  // sharded runs (action/shard.ts): a shard needs no reference; the gate job's generated side is generated-parts
  const parts = text(src, 'generated-parts');
  if (parts) {
    if (generated || sampling)
      throw new InputError(
        `input generated-parts and input ${generated ? 'generated' : 'generator'} are both set: the merged parts are the generated side`,
        'generated-parts',
      );
    if (text(src, 'shard'))
      throw new InputError(
        'input generated-parts and input shard are both set: shards write parts, the gate job merges them',
        'generated-parts',
      );
  }
  if (!text(src, 'real') && !text(src, 'shard'))
    throw new InputError('input real is required: a folder of reference images or a statistics .npz', 'real');
  if (!generated && !sampling && !parts)
    throw new InputError(
      'input generated or input generator is required: a folder of generated images, or an ONNX model to sample from (with generator-kind)',
      'generated',
    );
  if (generated && sampling)
    throw new InputError(
      `input generated and input ${text(src, 'generator') ? 'generator' : 'generator-kind'} are both set: give either a folder of generated images or a model to sample from`,
      'generated',
    );
  // the sampler's batch size is its own default: input batch-size is the feature extraction's
  const samplerSrc: OptionSource = { ...src, raw: (k) => (k === 'batch-size' ? undefined : src.raw(k)) };
  return { generated, sampler: sampling ? readSamplerOptions(samplerSrc) : undefined };
}

export function readInputs(get: InputGetter = defaultGetter): ActionInputs {
  const src = inputSource(get);
  const mode = choice(src, 'mode', ['evaluate', 'comment'] as const, 'evaluate');
  const real = pathValue(src, 'real') ?? '';
  const { generated, sampler } = readGenerated(src, mode);
  const elboImages = pathValue(src, 'elbo-images');
  if (mode === 'evaluate') checkCompanions(src, { training: true, diffusion: !!sampler?.diffusion });
  const ex = readExtractorOptions(src);
  // empty = every metric that applies: IS only exists for the Inception network
  const metrics = readMetrics(src, ex.encoder) ?? parseMetrics(undefined, 'input metrics');
  const rules = readGateRules(src, { baselineGiven: true });
  const training = pathValue(src, 'training');
  if (mode === 'evaluate')
    checkRulesOnComputed(src, rules, { metrics, elbo: !!elboImages, training: training !== undefined });
  const rawBaseline = text(src, 'baseline') ?? '';
  const baseline =
    !rawBaseline || rawBaseline.toLowerCase() === 'auto'
      ? 'auto'
      : rawBaseline.toLowerCase() === 'none'
        ? 'none'
        : expandHome(rawBaseline);
  const comment = choice(src, 'comment', ['always', 'on-failure', 'never'] as const, 'always');
  const commentKey = sanitizeKey(get('comment-key'));
  const artifactName = get('artifact-name').trim() || defaultArtifactName(commentKey);
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(artifactName)) {
    throw new InputError(
      `input artifact-name: "${artifactName}" may hold only letters, digits, '.', '_' and '-'`,
      'artifact-name',
    );
  }
  const metricsFile = pathValue(src, 'metrics-file');
  const bootstrap = readBootstrap(src);
  if (metricsFile && mode !== 'comment')
    throw new InputError('input metrics-file is for mode: comment', 'metrics-file');
  const shard =
    text(src, 'shard') !== undefined && mode === 'evaluate'
      ? parseShard(text(src, 'shard')!, 'input shard')
      : undefined;
  const generatedParts = mode === 'evaluate' ? text(src, 'generated-parts') : undefined;
  return {
    mode,
    real,
    generated,
    ...(sampler ? { sampler } : {}),
    ...(elboImages && sampler ? { elboImages } : {}),
    metrics,
    rules,
    baseline,
    comment,
    commentKey,
    token: get('github-token').trim(),
    weights: ex.weights,
    resize: ex.resize,
    encoder: ex.encoder,
    cache: ex.cacheDir,
    device: ex.device,
    batchSize: ex.batchSize,
    onBadImage: ex.onBadImage,
    maxPixels: ex.maxPixels,
    bootstrap,
    ...(training ? { training } : {}),
    failOnError: parseBoolean(get('fail-on-error'), 'fail-on-error', true),
    artifactName,
    metricsFile,
    ...(shard ? { shard } : {}),
    ...(generatedParts ? { generatedParts } : {}),
  };
}
