// Sampling from an ONNX GAN generator.
//
// The model's interface (by position):
//   input 0  z       float32 [N, Z] or [N, Z, 1, 1] (DCGAN-style); Z is read from the model (or `latent`)
//   input 1  labels  [N] int64 (or int32), optional: class labels, uniform over 0..numClasses−1 (or `classLabel`)
//   output 0 images  float32 [N, C, H, W], C = 1 or 3, in [−1, 1] (tanh; `outputRange` for others, e.g. 0,1)
// z ~ N(0, I) (`zDist: 'normal'`) or uniform on [−1, 1) (`'uniform'`, as in DCGAN), drawn in float64 from rng
// stream ganLatent for sample i and rounded once to float32. Quantization: quantize.ts (torchvision save_image).
import * as ort from 'onnxruntime-node';
import type { RgbImage } from '../images/decode.js';
import { InputError } from '../util/errors.js';
import { Progress } from '../util/progress.js';
import { fixedDim, tensorInputs } from './model.js';
import { normals, sampleLabel, Stream, uniforms } from './rng.js';
import { sampleName, toRgbImage, type OutputRange } from './quantize.js';
import { checkLabels, intTensor } from './diffusion.js';

export type ZDist = 'normal' | 'uniform';

export function parseZDist(v: string | undefined, what = '--z-dist'): ZDist {
  const s = (v ?? 'normal').trim().toLowerCase();
  if (s === 'normal' || s === 'uniform') return s;
  throw new InputError(`${what}: expected normal or uniform, got "${v}"`, what);
}

export interface GeneratorIO {
  z: string;
  /** 2 for [N, Z], 4 for [N, Z, 1, 1]. */
  zRank: 2 | 4;
  latent: number;
  labels?: string;
  labelsType?: 'int64' | 'int32';
  output: string;
}

export function inspectGenerator(session: ort.InferenceSession, o: { latent?: number } = {}): GeneratorIO {
  const ins = tensorInputs(session);
  if (ins.length < 1 || ins.length > 2)
    throw new InputError(
      `the generator must take 1 or 2 inputs (z[, labels]); it takes ${ins.length}: ${ins.map((i) => i.name).join(', ')}`,
    );
  const [z, y] = ins;
  if (z.type !== 'float32')
    throw new InputError(`the generator's input 0 (${z.name}) must be float32 z, not ${z.type}`);
  const rank = z.shape.length;
  if (rank !== 2 && rank !== 4)
    throw new InputError(
      `the generator's input 0 (${z.name}) must be [N, Z] or [N, Z, 1, 1]; it is [${z.shape.join(', ')}]`,
    );
  if (rank === 4 && ((fixedDim(z.shape[2]) ?? 1) !== 1 || (fixedDim(z.shape[3]) ?? 1) !== 1)) {
    throw new InputError(
      `the generator's input 0 (${z.name}) is [${z.shape.join(', ')}]; a rank-4 z must be [N, Z, 1, 1]`,
    );
  }
  const Zm = fixedDim(z.shape[1]);
  if (Zm !== undefined && o.latent !== undefined && Zm !== o.latent)
    throw new InputError(`--latent: the model's z has ${Zm} dimensions, not ${o.latent}`, 'latent');
  const latent = Zm ?? o.latent;
  if (latent === undefined)
    throw new InputError(`the generator's input 0 (${z.name}) leaves Z open: give --latent`, 'latent');
  if (y && y.type !== 'int64' && y.type !== 'int32')
    throw new InputError(`the generator's input 1 (${y.name}) must be int64 class labels, not ${y.type}`);
  return {
    z: z.name,
    zRank: rank,
    latent,
    labels: y?.name,
    labelsType: y?.type as 'int64' | 'int32' | undefined,
    output: session.outputNames[0],
  };
}

export interface GanOptions {
  seed: number;
  batchSize?: number;
  zDist?: ZDist;
  outputRange?: OutputRange;
  numClasses?: number;
  classLabel?: number;
  latent?: number;
  progress?: false | ((line: string) => void);
  first?: number;
}

export function ganSettings(o: GanOptions): Record<string, unknown> {
  return {
    kind: 'gan',
    zDist: o.zDist ?? 'normal',
    outputRange: [...(o.outputRange ?? [-1, 1])],
    ...(o.numClasses !== undefined ? { numClasses: o.numClasses } : {}),
    ...(o.classLabel !== undefined ? { classLabel: o.classLabel } : {}),
    seed: o.seed,
    rng: 'philox4x32-10 + box-muller (float64)',
    quantization: 'torchvision save_image (round half up, clip)',
  };
}

/** z of sample i (float64, before the float32 rounding). */
export function latentFor(seed: number, i: number, latent: number, zDist: ZDist = 'normal'): Float64Array {
  if (zDist === 'normal') return normals(seed, Stream.ganLatent, i, 0, latent);
  return uniforms(seed, Stream.ganLatent, i, 0, latent).map((u) => 2 * u - 1);
}

export async function* sampleGan(session: ort.InferenceSession, n: number, o: GanOptions): AsyncGenerator<RgbImage> {
  const io = inspectGenerator(session, o);
  const K = checkLabels(io, o, 'generator');
  const Z = io.latent;
  const B = Math.max(1, o.batchSize ?? 64);
  const first = o.first ?? 0;
  const range = o.outputRange ?? [-1, 1];
  const progress = o.progress
    ? new Progress({ label: `sampling ${n} images`, total: n, write: o.progress })
    : undefined;
  for (let start = 0; start < n; start += B) {
    const b = Math.min(B, n - start);
    const z = new Float32Array(b * Z);
    for (let k = 0; k < b; k++) z.set(latentFor(o.seed, first + start + k, Z, o.zDist), k * Z);
    const feeds: Record<string, ort.Tensor> = {
      [io.z]: new ort.Tensor('float32', z, io.zRank === 2 ? [b, Z] : [b, Z, 1, 1]),
    };
    if (K !== undefined) {
      const labels = Array.from({ length: b }, (_, k) => o.classLabel ?? sampleLabel(o.seed, first + start + k, K));
      feeds[io.labels!] = intTensor(io.labelsType!, labels);
    }
    const result = await session.run(feeds);
    const out = result[io.output];
    const d = out.dims;
    if (out.type !== 'float32' || d.length !== 4 || d[0] !== b) {
      throw new InputError(
        `the generator's output 0 is ${out.type} [${d.join(', ')}]; expected float32 [${b}, C, H, W]`,
      );
    }
    const [, C, H, W] = d;
    const data = out.data as Float32Array;
    const images: RgbImage[] = [];
    for (let k = 0; k < b; k++) images.push(toRgbImage(data, k, C, H, W, range, sampleName(first + start + k)));
    for (const t of Object.values(result)) t.dispose?.();
    progress?.tick(b);
    yield* images;
  }
}
