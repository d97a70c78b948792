// The Action's inputs (action.yml), read and checked in one place. Every problem is an InputError naming the input.
import * as core from '@actions/core';
import { InputError } from '../util/errors.js';
import { parseMetrics, type MetricGroup } from '../compare.js';
import { parseDevice, type Device } from '../features/session.js';
import { checkRulesComputable, parseMaxRegression, parseThresholds, type GateRules } from '../gate/rules.js';
import { sanitizeKey } from '../report/markdown.js';
import { defaultArtifactName } from '../github/artifacts.js';
import { RESIZE_MODES, type ResizeMode } from '../features/inception.js';
import { parseEncoderArgs, type EncoderSpec } from '../features/encoder.js';
import { samplerOptionsFromValues } from '../sampler-options.js';
import type { SampleImagesOptions } from '../sampling/sample.js';
import type { OnBadImage } from '../features/extract.js';
import { DEFAULT_MAX_PIXELS } from '../images/decode.js';
import { MAX_BOOTSTRAP_REPLICATES } from '../metrics/bootstrap.js';

/** The sampler inputs (the generated side sampled from a model), by their names in action.yml. */
export const SAMPLER_INPUTS = ['generator', 'generator-kind', 'num-samples', 'seed', 'schedule', 'train-steps', 'sampler', 'steps', 'eta', 'prediction', 'guidance', 'num-classes', 'z-dist', 'output-range', 'command', 'timeout'] as const;

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
  batchSize: number;
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
}

export type InputGetter = (name: string) => string;

const defaultGetter: InputGetter = (name) => core.getInput(name);

function oneOf<T extends string>(get: InputGetter, name: string, allowed: readonly T[], def: T): T {
  const v = get(name).trim().toLowerCase();
  if (!v) return def;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new InputError(`input ${name}: expected one of ${allowed.join(', ')}, got "${get(name)}"`, name);
}

export function parseBoolean(value: string, name: string, def: boolean): boolean {
  const v = value.trim().toLowerCase();
  if (!v) return def;
  if (['true', 'yes', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'off', '0'].includes(v)) return false;
  throw new InputError(`input ${name}: expected true or false, got "${value}"`, name);
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
  try { comment = oneOf(get, 'comment', ['always', 'on-failure', 'never'] as const, 'always'); } catch { /* default */ }
  return { comment, commentKey: sanitizeKey(get('comment-key')) };
}

function nonNegativeInput(get: InputGetter, name: string, def: number): number {
  const raw = get(name).trim();
  if (!raw) return def;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) throw new InputError(`input ${name}: expected a non-negative integer, got "${raw}"`, name);
  return n;
}

export function readInputs(get: InputGetter = defaultGetter): ActionInputs {
  const mode = oneOf(get, 'mode', ['evaluate', 'comment'] as const, 'evaluate');
  const real = get('real').trim();
  const generated = get('generated').trim();
  const generator = get('generator').trim();
  const generatorKind = get('generator-kind').trim();
  const sampling = !!(generator || generatorKind);
  if (mode === 'evaluate') {
    if (!real) throw new InputError('input real is required: a folder of reference images or a statistics .npz', 'real');
    if (!generated && !sampling) throw new InputError('input generated or input generator is required: a folder of generated images, or an ONNX model to sample from (with generator-kind)', 'generated');
    if (generated && sampling) throw new InputError(`input generated and input ${generator ? 'generator' : 'generator-kind'} are both set: give either a folder of generated images or a model to sample from`, 'generated');
  }
  let sampler: SampleImagesOptions | undefined;
  if (mode === 'evaluate' && sampling) {
    const values: Record<string, string> = {};
    for (const k of SAMPLER_INPUTS) values[k === 'generator-kind' ? 'kind' : k] = get(k);
    const seedRaw = get('seed').trim();
    if (seedRaw && !/^\d+$/.test(seedRaw)) throw new InputError(`input seed: expected an integer ≥ 0, got "${seedRaw}"`, 'seed');
    sampler = samplerOptionsFromValues(values, (k) => `input ${k === 'kind' ? 'generator-kind' : k}`);
    if (sampler.seed > 2 ** 32 - 1) throw new InputError(`input seed: expected an integer in [0, 2^32), got "${seedRaw}"`, 'seed');
  }
  const elboImages = get('elbo-images').trim() || undefined;
  if (elboImages && mode === 'evaluate' && !sampler?.diffusion) {
    throw new InputError('input elbo-images needs a diffusion denoiser to score: input generator with generator-kind: diffusion', 'elbo-images');
  }
  const resize = oneOf(get, 'resize', RESIZE_MODES, 'legacy-pytorch');
  const encoder = parseEncoderArgs({ encoder: get('encoder'), preset: get('encoder-preset'), output: get('encoder-output') }, (k) => `input ${k}`);
  if (encoder && resize !== 'legacy-pytorch') throw new InputError(`input resize: ${resize} is for the Inception network; an ONNX encoder's resize comes from encoder-preset`, 'resize');
  if (encoder && get('weights').trim()) throw new InputError('input weights is for the Inception network; leave it empty with input encoder', 'weights');
  const rawMetrics = get('metrics').replace(/[\s;]+/g, ',').replace(/^,+|,+$/g, '');
  // empty = every metric that applies: IS only exists for the Inception network
  const metrics = parseMetrics(!rawMetrics && encoder ? 'fid,kid,prdc' : rawMetrics, 'input metrics');
  if (encoder && metrics.includes('is')) {
    throw new InputError(`input metrics: is (Inception Score) needs the Inception network's class logits; input encoder ${encoder.path} has none: leave it out`, 'metrics');
  }
  const rules: GateRules = {
    thresholds: parseThresholds(get('thresholds'), 'input thresholds'),
    regressions: parseMaxRegression(get('max-regression'), 'input max-regression'),
  };
  const training = get('training').trim() || undefined;
  if (mode === 'evaluate') checkRulesComputable(rules, [...metrics, ...(elboImages ? ['elbo'] : []), ...(training ? ['memorization'] : [])], 'metrics');
  const rawBaseline = get('baseline').trim();
  const baseline = !rawBaseline || rawBaseline.toLowerCase() === 'auto' ? 'auto' : rawBaseline.toLowerCase() === 'none' ? 'none' : rawBaseline;
  const comment = oneOf(get, 'comment', ['always', 'on-failure', 'never'] as const, 'always');
  const commentKey = sanitizeKey(get('comment-key'));
  const batchRaw = get('batch-size').trim();
  const batchSize = batchRaw ? Number(batchRaw) : 50;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    throw new InputError(`input batch-size: expected a positive integer, got "${batchRaw}"`, 'batch-size');
  }
  const artifactName = get('artifact-name').trim() || defaultArtifactName(commentKey);
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(artifactName)) {
    throw new InputError(`input artifact-name: "${artifactName}" may hold only letters, digits, '.', '_' and '-'`, 'artifact-name');
  }
  const metricsFile = get('metrics-file').trim() || undefined;
  const maxPixels = nonNegativeInput(get, 'max-pixels', DEFAULT_MAX_PIXELS);
  const bootstrap = nonNegativeInput(get, 'bootstrap', 200);
  if (bootstrap === 1 || bootstrap > MAX_BOOTSTRAP_REPLICATES) throw new InputError(`input bootstrap: expected 0 (no intervals) or 2 … ${MAX_BOOTSTRAP_REPLICATES} replicates, got ${bootstrap}`, 'bootstrap');
  if (metricsFile && mode !== 'comment') throw new InputError('input metrics-file is for mode: comment', 'metrics-file');
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
    weights: get('weights').trim() || undefined,
    resize,
    encoder,
    cache: get('cache').trim() || undefined,
    device: parseDevice(get('device') || 'auto', 'input device'),
    batchSize,
    onBadImage: oneOf(get, 'on-bad-image', ['fail', 'skip'] as const, 'fail'),
    maxPixels,
    bootstrap,
    ...(training ? { training } : {}),
    failOnError: parseBoolean(get('fail-on-error'), 'fail-on-error', true),
    artifactName,
    metricsFile,
  };
}
