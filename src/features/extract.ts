// The extraction pipeline: decode images ahead of the network (sharp works on libuv's pool while ORT runs its own
// threads), batch consecutive images of one size (pytorch-fid needs one size per folder; we accept mixed sizes by
// cutting a batch where the size changes — per-image results are the same, since the model sees each image alone
// along the batch axis), run the model, and report progress. A model with its own input preparation (`input`: e.g.
// clean-fid's float resize, or an ONNX encoder's resize/normalization) gets float32 tensors made in TypeScript.
// What runs where:
//   - without decode workers (decodePrepared not given, FID_GATE_DECODE_WORKERS=0, or a worker that died): the
//     main thread decodes (decodeRgb; sharp's native decode on libuv's pool) and, when a batch is run, makes each
//     image's float32 input (ModelInput.write) in the batch tensor;
//   - with decode workers (decode-pool.ts, through decodePrepared): a worker decodes the image and, for a model
//     input described by plain data (ModelInput.spec), makes its float32 input too, with the same functions
//     (model-inputs.ts); the main thread only copies that into the batch tensor and runs the network.
// Either way the batch tensors hold the same bytes, so the features are the same.
import * as ort from 'onnxruntime-node';
import type { RgbImage } from '../images/decode.js';
import type { EncoderPreprocess } from './encoder.js';
import { Progress } from '../util/progress.js';
import { InputError } from '../util/errors.js';
import { DEFAULT_BATCH_SIZE, GPU_BATCH_SIZE } from '../core/defaults.js';
import type { RunDevice } from './session.js';

/** What to do with an image that fails to decode: stop the run (default) or leave it out with a warning. */
export type OnBadImage = 'fail' | 'skip';

export interface FeatureModel {
  /** Short id, e.g. 'pytorch-fid-inception-v3'. */
  name: string;
  session: ort.InferenceSession;
  device: RunDevice;
  /** The GPU adapter, when known (WebGPU). */
  adapter?: string;
  inputName: string;
  /** Output names and widths, e.g. { pool3: 2048, logits: 1008 }. */
  outputs: Record<string, number>;
  /** How a decoded image becomes the model's input; default: the uint8 NHWC pixels as decoded. */
  input?: ModelInput;
}

/** Input preparation done in TypeScript, into a float32 batch tensor. */
export interface ModelInput {
  /**
   * This same input as plain data (model-inputs.ts's modelInputFor builds it), so that a decode worker can prepare
   * its image itself; an input without one is always prepared on the main thread.
   */
  spec?: InputSpec;
  /** Images with the same key share a batch (e.g. '' when every image becomes an input of the same shape). */
  batchKey(width: number, height: number): string;
  /** The input tensor's dims for a batch of n images of this size. */
  dims(n: number, width: number, height: number): number[];
  /** Writes one image's input (∏ dims / n values) into `out` at `offset`. */
  write(img: RgbImage, out: Float32Array, offset: number): void;
}

/**
 * A model input made in TypeScript, as plain data (it crosses to a decode worker by structured clone): clean-fid's
 * 299×299 float resize for the Inception network, or an ONNX encoder's preprocessing.
 */
export type InputSpec = { kind: 'clean-inception' } | { kind: 'encoder'; preprocess: EncoderPreprocess };

/**
 * An image whose model input a decode worker already made: `input` holds the values ModelInput.write would write for
 * it (∏ dims(1, width, height) float32 values); width and height are the decoded image's. Its pixels are not kept.
 */
export interface PreparedImage {
  width: number;
  height: number;
  file: string;
  input: Float32Array;
}

/** A decoded image waiting for the network: its pixels, or its prepared model input. */
export type DecodedImage = RgbImage | PreparedImage;

const isPrepared = (img: DecodedImage): img is PreparedImage => 'input' in img;

/**
 * What an image waiting for the network holds, in decoded RGB uint8 pixels (3 bytes each): its pixels, or the bytes
 * of its prepared float32 input over 3 (4 bytes a value: a 299×299×3 clean-fid input counts as 4 × 299 × 299
 * pixels, whatever the size of the image it was made from).
 */
export function heldPixels(img: DecodedImage): number {
  return isPrepared(img) ? img.input.byteLength / 3 : img.width * img.height;
}

/** The batch size used when --batch-size is not given: pytorch-fid's 50 on the CPU, GPU_BATCH_SIZE on a GPU. */
export function defaultBatchSize(device: RunDevice): number {
  return device === 'cpu' ? DEFAULT_BATCH_SIZE : GPU_BATCH_SIZE;
}

export interface ExtractOptions {
  /** Default: defaultBatchSize(model.device). */
  batchSize?: number;
  /** Images decoded ahead of the network. */
  lookahead?: number;
  decode: (file: string) => Promise<RgbImage>;
  /**
   * Decodes `file` and, where it can (decode workers), makes the model's input from it as well; used instead of
   * `decode` when the model's input has a spec (ModelInput.spec). It may give the pixels instead (a worker that
   * died, an input it could not make): the input is then made on this thread, as without it.
   */
  decodePrepared?: (file: string, input: InputSpec) => Promise<DecodedImage>;
  progress?: boolean | ((line: string) => void);
  label?: string;
  /** Called with each batch's outputs, in order (e.g. to accumulate statistics as a stream). */
  onBatch?: (outputs: Record<string, Float32Array>, rows: number) => void;
  /** Keep every row of every output (needed for --features, KID, PRDC). Default true. */
  keep?: boolean;
  /**
   * 'fail' (default): the first image that fails to decode (an InputError from `decode`) stops the run.
   * 'skip': it is left out (order of the others kept), with one line to `warn` naming it.
   */
  onBadImage?: OnBadImage;
  /** Where 'skip' reports each skipped image (default: stderr). */
  warn?: (line: string) => void;
  /** Memory bounds (default MEMORY_LIMITS); tests set small ones. */
  limits?: Partial<MemoryLimits>;
}

export interface ExtractResult {
  /** The files extracted, in order (without the skipped ones). */
  files: string[];
  /** Images left out with onBadImage 'skip' (always empty with 'fail'), in order. */
  skipped: { file: string; reason: string }[];
  /** Row-major [N, width] per output, when `keep`. */
  features: Record<string, Float32Array>;
  count: number;
  seconds: number;
  imagesPerSecond: number;
  sizes: Map<string, number>;
}

type Decoded = { img: DecodedImage; file: string } | { img?: undefined; file: string; error: InputError };

/**
 * Memory bounds of one extraction. Pixels are decoded pixels (width × height); an RGB uint8 image holds 3 bytes per
 * pixel, and the model's own float conversion and resize hold about 4 × 3 × 4 more while a batch runs.
 * - batchPixels: a batch is cut when the next image would take its total over this (an image larger than this
 *   goes through alone). Batching never changes a number: the model sees each image alone along the batch axis.
 *   The cut counts the decoded image's pixels whether or not a worker prepared its input, so that batches are the
 *   same with and without decode workers; a batch of prepared inputs holds what its batch tensor will hold.
 * - aheadPixels: decoded images waiting for the network are held up to this total; an image whose input a decode
 *   worker prepared counts by its float32 input's bytes over 3 (heldPixels), not by its size.
 * - decodesInFlight: decodes started whose size is not yet known (each at most the decoder's max-pixels; a decode
 *   worker preparing the input also holds that input, at most one batch image's worth, until it hands it over).
 * Peak memory above the model's own is then about
 *   3 bytes × (aheadPixels + decodesInFlight × maxPixels + batchPixels) + model(batchPixels, or the largest image).
 */
export interface MemoryLimits {
  batchPixels: number;
  aheadPixels: number;
  decodesInFlight: number;
}
export const MEMORY_LIMITS: Readonly<MemoryLimits> = Object.freeze({
  batchPixels: 1 << 25,
  aheadPixels: 1 << 25,
  decodesInFlight: 4,
});

/**
 * Decodes ahead of the network, yielding images in order; with `skip`, a decode InputError is yielded, not thrown.
 * At most `lookahead` images are waiting, at most `inFlight` decodes run at once, and no new decode starts while the
 * decoded images waiting hold more than `aheadPixels` pixels.
 */
async function* decodeAhead(
  files: readonly string[],
  lookahead: number,
  decode: (f: string) => Promise<DecodedImage>,
  skip: boolean,
  aheadPixels: number,
  inFlight: number,
): AsyncGenerator<Decoded> {
  const pending: Promise<Decoded>[] = [];
  let next = 0;
  let running = 0;
  let held = 0; // pixels of decoded images waiting in `pending` (heldPixels: a prepared input by its bytes)
  const pixelsOf = (d: Decoded) => (d.img ? heldPixels(d.img) : 0);
  const pump = () => {
    while (next < files.length && pending.length < lookahead && running < inFlight && held <= aheadPixels) launch();
  };
  const launch = () => {
    const file = files[next++];
    running++;
    // started on the next microtask, not here: a synchronous decoder (BMP, Netpbm) must not run inside pump's loop
    // before `running` and `held` account for the previous image
    const p: Promise<Decoded> = Promise.resolve()
      .then(() => decode(file))
      .then(
        (img) => ({ img, file }),
        // only input errors (unreadable / undecodable file) are skippable; anything else is a bug and still throws
        (err) => {
          if (skip && err instanceof InputError) return { file, error: err };
          throw err;
        },
      )
      .then(
        (d) => {
          running--;
          held += pixelsOf(d);
          pump();
          return d;
        },
        (err) => {
          running--;
          throw err;
        },
      );
    p.catch(() => undefined); // awaited in order below; this only keeps an early failure from being "unhandled"
    pending.push(p);
  };
  pump();
  while (pending.length) {
    const d = await pending.shift()!;
    held -= pixelsOf(d);
    pump();
    yield d;
  }
}

/**
 * One output of a batch run, checked against what the features need: float32 [n, width], one row per image. A
 * model that breaks this (an ONNX encoder exporting float64 or int64, folding the batch, or an empty / scalar
 * output) is bad input, named by the model (InputError, exit 2), not an internal error.
 */
export function checkOutput(
  model: Pick<FeatureModel, 'name'>,
  name: string,
  t: ort.Tensor | undefined,
  n: number,
  width: number,
  names: string[],
): Float32Array {
  const bad = (why: string) => new InputError(`${model.name}: output ${name} ${why}`, model.name);
  if (!t) throw bad(`is missing (outputs: ${names.join(', ')})`);
  if (t.dims.length !== 2 || t.dims[0] !== n) {
    throw bad(
      `has shape [${t.dims.join(', ')}] for a batch of ${n} images; expected [${n}, D] (2-D, one row per image: a model that mixes or folds the batch axis cannot give per-image features)`,
    );
  }
  if (t.type !== 'float32')
    throw bad(`is ${t.type}; expected float32 features (export the model with a float32 output)`);
  if (!(width >= 1) || t.dims[1] !== width) throw bad(`has ${t.dims[1]} values per image; expected ${width} (D ≥ 1)`);
  const data = t.data as Float32Array;
  if (data.length !== n * width) throw bad(`has ${data.length} values for ${n} images, expected width ${width}`);
  return data;
}

/** The largest batch a GPU session ran after refusing a larger one (see runSplitting). */
const batchLimits = new WeakMap<ort.InferenceSession, number>();

/** A batch's outputs, checked, and a function releasing the tensors behind them. */
interface BatchOutputs {
  outs: Record<string, Float32Array>;
  release: () => void;
}

/** One run of the model on `imgs` (one size); the outputs checked, and a function releasing them. */
async function runOnce(model: FeatureModel, imgs: DecodedImage[]): Promise<BatchOutputs> {
  const { width: w, height: h } = imgs[0];
  let tensor: ort.Tensor;
  if (model.input) {
    const dims = model.input.dims(imgs.length, w, h);
    const size = dims.reduce((a, b) => a * b, 1);
    const per = size / imgs.length;
    const input = new Float32Array(size);
    imgs.forEach((img, i) => {
      if (!isPrepared(img)) model.input!.write(img, input, i * per);
      else if (img.input.length === per) input.set(img.input, i * per);
      else throw new Error(`${img.file}: a prepared input of ${img.input.length} values, expected ${per}`);
    });
    tensor = new ort.Tensor('float32', input, dims);
  } else {
    const per = w * h * 3;
    const input = new Uint8Array(imgs.length * per);
    imgs.forEach((img, i) => {
      if (isPrepared(img)) throw new Error(`${img.file}: a prepared input for a model that takes the pixels`);
      input.set(img.data, i * per);
    });
    tensor = new ort.Tensor('uint8', input, [imgs.length, h, w, 3]);
  }
  const result = await model.session.run({ [model.inputName]: tensor });
  const outs: Record<string, Float32Array> = {};
  for (const [k, width] of Object.entries(model.outputs))
    outs[k] = checkOutput(model, k, result[k], imgs.length, width, Object.keys(result));
  return {
    outs,
    release: () => {
      for (const t of Object.values(result)) t.dispose?.();
    },
  };
}
/**
 * Runs a batch; on a GPU, a batch the device refuses (a buffer over the adapter's limits: WebGPU binds each
 * activation whole, up to maxStorageBufferBindingSize) runs again in halves, and later batches of this session
 * in pieces of the size that worked (batchLimit). A single image that fails is an error. Per-image results do not
 * depend on the batch (the model sees each image alone along the batch axis).
 */
async function runSplitting(
  model: FeatureModel,
  imgs: DecodedImage[],
  warn: (line: string) => void,
): Promise<BatchOutputs> {
  const limit = batchLimits.get(model.session) ?? Infinity;
  if (imgs.length <= limit) {
    try {
      return await runOnce(model, imgs);
    } catch (err) {
      if (model.device === 'cpu' || imgs.length < 2 || err instanceof InputError) throw err;
      const half = Math.ceil(imgs.length / 2);
      if (half < (batchLimits.get(model.session) ?? Infinity)) {
        batchLimits.set(model.session, half);
        warn(
          `${model.device}: a batch of ${imgs.length} images failed on the device (${String((err as Error)?.message ?? err).split('\n')[0]}); running batches of at most ${half}`,
        );
      }
    }
  }
  const step = batchLimits.get(model.session)!;
  const parts: Record<string, Float32Array>[] = [];
  for (let i = 0; i < imgs.length; i += step) {
    const r = await runSplitting(model, imgs.slice(i, i + step), warn);
    parts.push(Object.fromEntries(Object.entries(r.outs).map(([k, v]) => [k, v.slice()])));
    r.release();
  }
  const outs: Record<string, Float32Array> = {};
  for (const [k, width] of Object.entries(model.outputs)) {
    outs[k] = new Float32Array(imgs.length * width);
    let at = 0;
    for (const p of parts) {
      outs[k].set(p[k], at);
      at += p[k].length;
    }
  }
  return { outs, release: () => undefined };
}

/** The progress line of an extraction (a function, stderr by default, or none). */
function progressFor(opts: ExtractOptions, n: number): Progress | undefined {
  const write =
    typeof opts.progress === 'function'
      ? opts.progress
      : opts.progress === false
        ? undefined
        : (l: string) => process.stderr.write(l + '\n');
  return write ? new Progress({ label: opts.label ?? 'features', total: n, write }) : undefined;
}

/**
 * The decoded images ahead of inference, within the options' memory limits; their model inputs already made where
 * the model's input has a spec and the options can prepare it (decodePrepared).
 */
function decodeAheadFor(
  model: FeatureModel,
  files: readonly string[],
  opts: ExtractOptions,
  batchSize: number,
  skip: boolean,
) {
  const spec = model.input?.spec;
  const prepare = opts.decodePrepared;
  return decodeAhead(
    files,
    opts.lookahead ?? Math.min(2 * batchSize, 256),
    spec && prepare ? (f) => prepare(f, spec) : opts.decode,
    skip,
    opts.limits?.aheadPixels ?? MEMORY_LIMITS.aheadPixels,
    Math.max(1, opts.limits?.decodesInFlight ?? MEMORY_LIMITS.decodesInFlight),
  );
}

export async function extractFeatures(
  model: FeatureModel,
  files: readonly string[],
  opts: ExtractOptions,
): Promise<ExtractResult> {
  for (const [k, w] of Object.entries(model.outputs)) {
    if (!(Number.isInteger(w) && w >= 1))
      throw new InputError(`${model.name}: output ${k} has ${w} values per image; features need D ≥ 1`, model.name);
  }
  const batchSize = Math.max(1, opts.batchSize ?? defaultBatchSize(model.device));
  const keep = opts.keep ?? true;
  const n = files.length;
  const features: Record<string, Float32Array> = {};
  if (keep) for (const [k, w] of Object.entries(model.outputs)) features[k] = new Float32Array(n * w);
  const progress = progressFor(opts, n);
  const sizes = new Map<string, number>();
  const t0 = performance.now();
  let row = 0;

  const batchKey = (im: DecodedImage) =>
    model.input ? model.input.batchKey(im.width, im.height) : `${im.width}x${im.height}`;
  const warn = opts.warn ?? ((l: string) => process.stderr.write(l + '\n'));
  let batch: DecodedImage[] = [];
  let batchPixels = 0;
  const flush = async () => {
    if (!batch.length) return;
    const { outs, release } = await runSplitting(model, batch, warn);
    if (keep) for (const [k, width] of Object.entries(model.outputs)) features[k].set(outs[k], row * width);
    opts.onBatch?.(outs, batch.length);
    release();
    row += batch.length;
    progress?.tick(batch.length);
    batch = [];
    batchPixels = 0;
  };

  const skip = opts.onBadImage === 'skip';
  const kept: string[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const maxBatchPixels = opts.limits?.batchPixels ?? MEMORY_LIMITS.batchPixels;
  const ahead = decodeAheadFor(model, files, opts, batchSize, skip);
  for await (const d of ahead) {
    if (!d.img) {
      skipped.push({ file: d.file, reason: d.error.message });
      warn(`warning: skipping ${d.file} (on-bad-image: skip): ${d.error.message}`);
      progress?.tick(1);
      continue;
    }
    const img = d.img;
    kept.push(d.file);
    const key = `${img.width}x${img.height}`;
    sizes.set(key, (sizes.get(key) ?? 0) + 1);
    const pixels = img.width * img.height;
    if (batch.length && (batchKey(batch[0]) !== batchKey(img) || batchPixels + pixels > maxBatchPixels)) await flush();
    batch.push(img);
    batchPixels += pixels;
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  const seconds = (performance.now() - t0) / 1000;
  // skipped images leave unused rows at the end of each output: trim them (a view, no copy)
  if (skipped.length)
    for (const [k, w] of Object.entries(model.outputs)) if (features[k]) features[k] = features[k].subarray(0, row * w);
  return {
    files: kept,
    skipped,
    features,
    count: row,
    seconds,
    imagesPerSecond: seconds > 0 ? row / seconds : 0,
    sizes,
  };
}
