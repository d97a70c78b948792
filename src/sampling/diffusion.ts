// Sampling from an ONNX diffusion denoiser.
//
// The model's interface (by position):
//   input 0  x_t       float32 [N, C, H, W], in the [−1, 1] image scale
//   input 1  timestep  [N], int64 (or int32) or float32 as the model declares: the training step index 0..T−1
//   input 2  labels    [N] int64 (or int32), optional: class labels; label `numClasses` is the null label
//   output 0 the prediction (eps, v or x0; `prediction`) [N, C, H, W]. An output with 2C channels (a learned
//            variance, as in improved-diffusion's learn_sigma) is read by its first C channels; the variance half is
//            ignored (the samplers use the fixed β̃ or β).
// C, H and W come from the model's input shape; where it leaves them symbolic, `size` and `channels` say them.
//
// Sample i is a pure function of (seed, i): x_T ~ N(0, I) from rng stream initialNoise, the noise of step i from
// stream stepNoise, its label from stream labels; the model sees each sample alone along the batch axis, so the
// samples do not depend on the batch size.
import * as ort from 'onnxruntime-node';
import type { RgbImage } from '../images/decode.js';
import { InputError } from '../util/errors.js';
import { Progress } from '../util/progress.js';
import { fixedDim, tensorInputs } from './model.js';
import { makeSchedule, respace, spacedTimesteps, type ScheduleName } from './noise-schedule.js';
import { guide, samplerPlan, stepInPlace, type SamplerSettings } from './samplers.js';
import { normals, sampleLabel, Stream } from './rng.js';
import { sampleName, toRgbImage } from './quantize.js';

export interface ImageSize {
  height: number;
  width: number;
}

export interface DenoiserIO {
  x: string;
  t: string;
  tType: 'int64' | 'int32' | 'float32';
  labels?: string;
  labelsType?: 'int64' | 'int32';
  output: string;
  channels: number;
  height: number;
  width: number;
}

export interface DenoiserShapeOptions {
  size?: ImageSize;
  channels?: number;
}

function pick(model: number | undefined, given: number | undefined, what: string, flag: string): number {
  if (model !== undefined && given !== undefined && model !== given)
    throw new InputError(`${flag}: the model's input 0 has ${what} ${model}, not ${given}`, flag);
  const v = model ?? given;
  if (v === undefined) throw new InputError(`the model's input 0 leaves ${what} open: give ${flag}`, flag);
  return v;
}

/** Reads and checks the denoiser's inputs and outputs. */
export function inspectDenoiser(session: ort.InferenceSession, o: DenoiserShapeOptions = {}): DenoiserIO {
  const ins = tensorInputs(session);
  if (ins.length < 2 || ins.length > 3) {
    throw new InputError(
      `the denoiser must take 2 or 3 inputs (x_t, timestep[, labels]); it takes ${ins.length}: ${ins.map((i) => i.name).join(', ')}`,
    );
  }
  const [x, t, y] = ins;
  if (x.type !== 'float32')
    throw new InputError(`the denoiser's input 0 (${x.name}) must be float32 x_t, not ${x.type}`);
  if (x.shape.length && x.shape.length !== 4)
    throw new InputError(`the denoiser's input 0 (${x.name}) must be [N, C, H, W]; it has rank ${x.shape.length}`);
  if (t.type !== 'int64' && t.type !== 'int32' && t.type !== 'float32')
    throw new InputError(
      `the denoiser's input 1 (${t.name}) must be the timestep as int64, int32 or float32, not ${t.type}`,
    );
  if (y && y.type !== 'int64' && y.type !== 'int32')
    throw new InputError(`the denoiser's input 2 (${y.name}) must be int64 class labels, not ${y.type}`);
  const channels = pick(fixedDim(x.shape[1]), o.channels, 'channels', '--channels');
  const height = pick(fixedDim(x.shape[2]), o.size?.height, 'height', '--size');
  const width = pick(fixedDim(x.shape[3]), o.size?.width, 'width', '--size');
  if (channels !== 1 && channels !== 3)
    throw new InputError(`the denoiser works on ${channels} channels; images need 1 (grey) or 3 (RGB)`);
  return {
    x: x.name,
    t: t.name,
    tType: t.type,
    labels: y?.name,
    labelsType: y?.type as 'int64' | 'int32' | undefined,
    output: session.outputNames[0],
    channels,
    height,
    width,
  };
}

export interface DiffusionOptions extends SamplerSettings, DenoiserShapeOptions {
  schedule: ScheduleName;
  trainSteps: number;
  /** Sampling steps S ≤ T (default T for DDPM, 50 for DDIM is the CLI's choice). */
  steps: number;
  seed: number;
  batchSize?: number;
  /** Required when the model takes labels; labels are uniform over 0..numClasses−1 (or `classLabel`). */
  numClasses?: number;
  classLabel?: number;
  /** Classifier-free guidance weight w (models with labels only); 1 or undefined: conditional only. */
  guidance?: number;
  progress?: false | ((line: string) => void);
  /** Index of the first sample (default 0): samples first..first+n−1. */
  first?: number;
}

export function intTensor(type: 'int64' | 'int32', values: ArrayLike<number>): ort.Tensor {
  return type === 'int64'
    ? new ort.Tensor('int64', BigInt64Array.from(Array.from(values, (v) => BigInt(v))), [values.length])
    : new ort.Tensor('int32', Int32Array.from(values), [values.length]);
}

export function timestepTensor(type: 'int64' | 'int32' | 'float32', values: ArrayLike<number>): ort.Tensor {
  return type === 'float32'
    ? new ort.Tensor('float32', Float32Array.from(values), [values.length])
    : intTensor(type, values);
}

/** The per-sample stride of an output [b, C', H, W] with C' = C or 2C; throws otherwise. */
export function outputStride(
  t: ort.Tensor,
  rows: number,
  io: { channels: number; height: number; width: number },
): number {
  const D = io.channels * io.height * io.width;
  const dims = t.dims;
  const per = (t.data as Float32Array).length / rows;
  if (
    t.type !== 'float32' ||
    dims.length !== 4 ||
    dims[0] !== rows ||
    dims[2] !== io.height ||
    dims[3] !== io.width ||
    (per !== D && per !== 2 * D)
  ) {
    throw new InputError(
      `the denoiser's output 0 is ${t.type} [${dims.join(', ')}]; expected float32 [${rows}, ${io.channels} (or ${2 * io.channels}), ${io.height}, ${io.width}]`,
    );
  }
  return per;
}

export function checkLabels(
  io: { labels?: string },
  o: { numClasses?: number; classLabel?: number; guidance?: number },
  what = 'denoiser',
): number | undefined {
  if (!io.labels) {
    if (o.guidance !== undefined)
      throw new InputError(`--guidance: the ${what} takes no class labels, so there is nothing to guide`, 'guidance');
    if (o.classLabel !== undefined) throw new InputError(`--class: the ${what} takes no class labels`, 'class');
    return undefined;
  }
  const K = o.numClasses;
  if (K === undefined || !Number.isInteger(K) || K < 1)
    throw new InputError(`the ${what} takes class labels (input ${io.labels}): give --num-classes`, 'num-classes');
  if (o.classLabel !== undefined && !(Number.isInteger(o.classLabel) && o.classLabel >= 0 && o.classLabel < K)) {
    throw new InputError(`--class: expected an integer in [0, ${K}), got ${o.classLabel}`, 'class');
  }
  return K;
}

/** The settings that make a run reproducible (for the report's protocol). */
export function diffusionSettings(o: DiffusionOptions): Record<string, unknown> {
  return {
    kind: 'diffusion',
    schedule: o.schedule,
    trainSteps: o.trainSteps,
    sampler: o.sampler,
    steps: o.steps,
    timestepSpacing: 'leading: t_i = floor(i*T/S)',
    prediction: o.prediction,
    clipX0: o.clip,
    ...(o.sampler === 'ddim'
      ? { eta: o.eta }
      : { variance: o.variance === 'small' ? 'posterior (beta tilde)' : 'beta' }),
    ...(o.guidance !== undefined ? { guidance: o.guidance } : {}),
    ...(o.numClasses !== undefined ? { numClasses: o.numClasses } : {}),
    ...(o.classLabel !== undefined ? { classLabel: o.classLabel } : {}),
    seed: o.seed,
    rng: 'philox4x32-10 + box-muller (float64)',
    quantization: 'torchvision save_image (round half up, clip)',
  };
}

export interface SampleBatch {
  /** Index of the batch's first sample. */
  start: number;
  /** Samples in the batch. */
  count: number;
  /** Final samples, CHW float64 in [−1, 1] (x̂_0 of the last step), count·C·H·W values. */
  values: Float64Array;
  channels: number;
  height: number;
  width: number;
}

/** The sampling loop, batch by batch (samples first..first+n−1). */
export async function* sampleDiffusionBatches(
  session: ort.InferenceSession,
  n: number,
  o: DiffusionOptions,
): AsyncGenerator<SampleBatch> {
  const io = inspectDenoiser(session, o);
  const K = checkLabels(io, o);
  const guided = K !== undefined && o.guidance !== undefined && o.guidance !== 1;
  const schedule = makeSchedule(o.schedule, o.trainSteps);
  const r = respace(schedule, spacedTimesteps(o.trainSteps, o.steps));
  const plan = samplerPlan(r, o);
  const { channels: C, height: H, width: W } = io;
  const D = C * H * W;
  const B = Math.max(1, o.batchSize ?? 16);
  const first = o.first ?? 0;
  const progress = o.progress
    ? new Progress({
        label: `sampling ${n} images × ${o.steps} ${o.sampler} steps`,
        total: n * o.steps,
        unit: 'img-steps',
        write: o.progress,
      })
    : undefined;

  for (let start = 0; start < n; start += B) {
    const b = Math.min(B, n - start);
    const rows = guided ? 2 * b : b;
    const x = new Float64Array(b * D);
    for (let k = 0; k < b; k++) normals(o.seed, Stream.initialNoise, first + start + k, 0, D, x, k * D);
    const labels: number[] = [];
    if (K !== undefined) {
      for (let k = 0; k < b; k++) labels.push(o.classLabel ?? sampleLabel(o.seed, first + start + k, K));
      if (guided) for (let k = 0; k < b; k++) labels.push(K);
    }
    const yTensor = K !== undefined ? intTensor(io.labelsType!, labels) : undefined;
    const xIn = new Float32Array(rows * D);
    const z = new Float64Array(b * D);
    const combined = guided ? new Float64Array(b * D) : undefined;
    for (const step of plan) {
      xIn.set(x);
      if (guided) xIn.copyWithin(b * D, 0, b * D);
      const feeds: Record<string, ort.Tensor> = {
        [io.x]: new ort.Tensor('float32', xIn, [rows, C, H, W]),
        [io.t]: timestepTensor(io.tType, new Array(rows).fill(step.t)),
      };
      if (yTensor) feeds[io.labels!] = yTensor;
      const result = await session.run(feeds);
      const outT = result[io.output];
      const stride = outputStride(outT, rows, io);
      const raw = outT.data as Float32Array;
      if (step.sigma !== 0)
        for (let k = 0; k < b; k++) normals(o.seed, Stream.stepNoise, first + start + k, step.index, D, z, k * D);
      for (let k = 0; k < b; k++) {
        if (combined) {
          guide(raw, k * stride, (b + k) * stride, D, o.guidance!, combined, k * D);
          stepInPlace(o.prediction, combined, k * D, x, k * D, D, step, o.clip, z, k * D);
        } else {
          stepInPlace(o.prediction, raw, k * stride, x, k * D, D, step, o.clip, z, k * D);
        }
      }
      for (const t of Object.values(result)) t.dispose?.();
      progress?.tick(b);
    }
    yield { start: first + start, count: b, values: x, channels: C, height: H, width: W };
  }
}

/** Samples first..first+n−1 as images (quantized like a saved PNG), in order. */
export async function* sampleDiffusion(
  session: ort.InferenceSession,
  n: number,
  o: DiffusionOptions,
): AsyncGenerator<RgbImage> {
  for await (const bt of sampleDiffusionBatches(session, n, o)) {
    for (let k = 0; k < bt.count; k++)
      yield toRgbImage(bt.values, k, bt.channels, bt.height, bt.width, [-1, 1], sampleName(bt.start + k));
  }
}

/** The final samples as float64 CHW values before quantization, n·C·H·W values (for tests of the sampler's moments). */
export async function sampleDiffusionValues(
  session: ort.InferenceSession,
  n: number,
  o: DiffusionOptions,
): Promise<Float64Array> {
  let all: Float64Array | undefined;
  for await (const bt of sampleDiffusionBatches(session, n, o)) {
    const D = bt.values.length / bt.count;
    all ??= new Float64Array(n * D);
    all.set(bt.values, (bt.start - (o.first ?? 0)) * D);
  }
  return all ?? new Float64Array(0);
}
