// The shared pipeline behind the CLI and the Action: list a folder, load the extractor, extract features.
import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import * as ort from 'onnxruntime-node';
import { listImages, type OmittedEntry } from './images/list.js';
import { printableName } from './util/fs-names.js';
import { configureSharp, decodeRgb, type RgbImage } from './images/decode.js';
import { samplesAsDecoder } from './sampling/sample.js';
import {
  loadInceptionModel,
  INCEPTION_EXTRACTOR,
  type InceptionModelBytes,
  type ResizeMode,
} from './features/inception.js';
import { createSession, type Device } from './features/session.js';
import { decodePool, decodeWorkerCount, decodeWorkersFromEnv } from './features/decode-pool.js';
import {
  extractFeatures,
  type ExtractResult,
  type FeatureModel,
  type ModelInput,
  type OnBadImage,
} from './features/extract.js';
import { ensureCudaProviders, hasNvidiaGpu } from './features/cuda-providers.js';
import { describePreprocess, sha256OfFile, type EncoderSpec } from './features/encoder.js';
import { cleanInceptionInput, modelInputFor } from './features/model-inputs.js';
import { defaultCacheDir } from './weights/cache.js';
import { LOGITS_DIM, POOL3_DIM } from './features/inception-arch.js';
import { InputError } from './util/errors.js';
import { firstNonFinite } from './util/first-non-finite.js';
import { VERSION } from './version.js';
import type { Protocol } from './core/protocol.js';

/** What loadExtractor reads (options/extractor.ts's ExtractorOptions are the parsed command options, a superset). */
export interface ExtractorLoadOptions {
  weights?: string;
  /** Inception only: 'legacy-pytorch' (default) or 'clean'. */
  resize?: ResizeMode;
  /** An ONNX encoder instead of the Inception network. */
  encoder?: EncoderSpec;
  cacheDir?: string;
  device?: Device;
  threads?: number;
  log?: (msg: string) => void;
}

/** Where the extractor came from (for an ONNX encoder `onnx` is not kept: the session reads the file itself). */
export type ExtractorBytes = Omit<InceptionModelBytes, 'onnx'> & { onnx?: Uint8Array };

export interface LoadedExtractor {
  model: FeatureModel;
  bytes: ExtractorBytes;
  protocol: Protocol;
  /** 'inception' (pytorch-fid's network) or 'onnx' (an encoder given with --encoder). */
  kind: 'inception' | 'onnx';
  /** The model output holding the features for FD, KID and precision/recall ('pool3' for Inception). */
  featureOutput: string;
  /** Feature dimension D. */
  dim: number;
  /** The class logits for the Inception Score (Inception only). */
  logitsOutput?: string;
}

export { cleanInceptionInput } from './features/model-inputs.js';

function sessionFor(model: Uint8Array | string, opts: ExtractorLoadOptions, cacheDir: string) {
  return createSession(model, {
    device: opts.device ?? 'auto',
    threads: opts.threads,
    log: opts.log,
    prepareCuda: async () => {
      if (!hasNvidiaGpu()) return false;
      await ensureCudaProviders({ cacheDir, log: opts.log });
      return true;
    },
  });
}

/** The options loadExtractor reads, taken from a command's or compare's wider options, with `log` for its lines. */
export function extractorLoadOptions(
  o: ExtractorLoadOptions,
  log: ((msg: string) => void) | undefined,
): ExtractorLoadOptions {
  const { weights, resize, encoder, cacheDir, device, threads } = o;
  return { weights, resize, encoder, cacheDir, device, threads, log };
}

export async function loadExtractor(opts: ExtractorLoadOptions): Promise<LoadedExtractor> {
  const cacheDir = opts.cacheDir ?? defaultCacheDir();
  if (opts.encoder) return loadOnnxEncoder(opts.encoder, opts, cacheDir);
  const resize = opts.resize ?? 'legacy-pytorch';
  const bytes = await loadInceptionModel({ weights: opts.weights, cacheDir, log: opts.log, resize });
  // bytes.warning (synthetic weights) is not logged here: each caller shows it once, where its user looks (stats and
  // compare on stdout, the Action as a warning annotation)
  const { session, device, adapter } = await sessionFor(bytes.onnx, opts, cacheDir).catch((err: Error) => {
    throw err instanceof InputError || bytes.weights !== 'custom-onnx'
      ? err
      : new InputError(
          `--weights ${bytes.source}: onnxruntime cannot load the model (${err.message.split('\n')[0]})`,
          bytes.source,
        );
  });
  return {
    bytes,
    kind: 'inception',
    featureOutput: 'pool3',
    logitsOutput: 'logits',
    dim: POOL3_DIM,
    model: {
      name: INCEPTION_EXTRACTOR,
      session,
      device,
      adapter,
      inputName: 'images',
      outputs: { pool3: POOL3_DIM, logits: LOGITS_DIM },
      ...(resize === 'clean' ? { input: cleanInceptionInput } : {}),
    },
    protocol: {
      extractor: INCEPTION_EXTRACTOR,
      weights: bytes.weights,
      weightsSha256: bytes.weightsSha256,
      resize,
      quantization: 'png-uint8',
      fidGateVersion: VERSION,
    },
  };
}

const shapeText = (dims: readonly (number | string)[]) => `[${dims.join(', ')}]`;

/** Checks the encoder's one image input against the preprocessing (type, rank, fixed sizes). */
function checkEncoderInput(session: ort.InferenceSession, spec: EncoderSpec, what: string): string {
  if (session.inputNames.length !== 1) {
    throw new InputError(
      `${what}: the model has ${session.inputNames.length} inputs (${session.inputNames.join(', ')}); expected one image input`,
      spec.path,
    );
  }
  const meta = session.inputMetadata?.[0];
  const p = spec.preprocess;
  if (meta?.isTensor) {
    if (meta.type !== 'float32')
      throw new InputError(`${what}: its input ${meta.name} is ${meta.type}; fid-gate feeds float32 images`, spec.path);
    const want = p.layout === 'nchw' ? [0, 3, p.height, p.width] : [0, p.height, p.width, 3];
    if (meta.shape.length && typeof meta.shape[0] === 'number' && meta.shape[0] > 0) {
      throw new InputError(
        `${what}: its input ${meta.name} has a fixed batch size (shape ${shapeText(meta.shape)}); export it with a dynamic batch axis (torch.onnx.export(..., dynamic_axes={"${meta.name}": {0: "N"}, ...}))`,
        spec.path,
      );
    }
    if (meta.shape.length) {
      const bad =
        meta.shape.length !== 4 || meta.shape.some((d, i) => i > 0 && typeof d === 'number' && d > 0 && d !== want[i]);
      if (bad) {
        throw new InputError(
          `${what}: its input ${meta.name} has shape ${shapeText(meta.shape)}, but the ${p.preset} preprocessing makes ` +
            `${shapeText(['N', ...want.slice(1)])} (${p.layout.toUpperCase()}); check --encoder-preset / --encoder-size / --encoder-layout`,
          spec.path,
        );
      }
    }
  }
  return session.inputNames[0];
}

/** The output to use and its width D, from the model's metadata or, when that leaves D open, one probe run. */
async function encoderOutput(
  session: ort.InferenceSession,
  spec: EncoderSpec,
  inputName: string,
  input: ModelInput,
  what: string,
): Promise<{ name: string; dim: number }> {
  const names = session.outputNames;
  const name = spec.output ?? names[0];
  if (!names.includes(name))
    throw new InputError(`${what}: no output named "${name}" (outputs: ${names.join(', ')})`, spec.path);
  const meta = session.outputMetadata?.[names.indexOf(name)];
  const notTwoD = (shape: readonly (number | string)[]) =>
    new InputError(
      `${what}: output ${name} has shape ${shapeText(shape)}; features must be 2-D [N, D] (pick another output with --encoder-output, or export the pooled embedding)`,
      spec.path,
    );
  if (meta?.isTensor && meta.shape.length) {
    if (meta.shape.length !== 2) throw notTwoD(meta.shape);
    if (typeof meta.shape[1] === 'number' && meta.shape[1] > 0) return { name, dim: meta.shape[1] };
  }
  // D is symbolic: run one black image
  const p = spec.preprocess;
  const dims = input.dims(1, p.width, p.height);
  const x = new Float32Array(dims.reduce((a, b) => a * b, 1));
  input.write(
    { width: p.width, height: p.height, data: new Uint8Array(p.width * p.height * 3), file: '(probe)' },
    x,
    0,
  );
  const r = await session.run({ [inputName]: new ort.Tensor('float32', x, dims) }, [name]);
  const t = r[name];
  if (t.dims.length !== 2 || t.dims[0] !== 1) throw notTwoD(t.dims);
  return { name, dim: t.dims[1] };
}

async function loadOnnxEncoder(
  spec: EncoderSpec,
  opts: ExtractorLoadOptions,
  cacheDir: string,
): Promise<LoadedExtractor> {
  const what = `--encoder ${spec.path}`;
  if (opts.weights?.trim())
    throw new InputError(`--weights is for the Inception network; with ${what} leave it out`, 'weights');
  if (opts.resize && opts.resize !== 'legacy-pytorch') {
    throw new InputError(
      `--resize ${opts.resize} is for the Inception network; an ONNX encoder's resize comes from --encoder-preset`,
      'resize',
    );
  }
  if (!existsSync(spec.path) || !statSync(spec.path).isFile()) throw new InputError(`${what}: no such file`, spec.path);
  const hash = await sha256OfFile(spec.path);
  let created;
  try {
    created = await sessionFor(spec.path, opts, cacheDir);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${what}: onnxruntime cannot load it (${(err as Error).message.split('\n')[0]})`, spec.path);
  }
  const { session, device, adapter } = created;
  const inputName = checkEncoderInput(session, spec, what);
  const input = modelInputFor({ kind: 'encoder', preprocess: spec.preprocess });
  const out = await encoderOutput(session, spec, inputName, input, what);
  const base = path.basename(spec.path);
  opts.log?.(
    `encoder: ${base} (sha256 ${hash.slice(0, 12)}), output ${out.name}, D = ${out.dim}, ${describePreprocess(spec.preprocess, out.name)}`,
  );
  return {
    bytes: { weights: 'onnx-encoder', weightsSha256: hash, source: spec.path },
    kind: 'onnx',
    featureOutput: out.name,
    dim: out.dim,
    model: { name: `onnx:${base}`, session, device, adapter, inputName, outputs: { [out.name]: out.dim }, input },
    protocol: {
      extractor: `onnx:${base}`,
      weights: 'onnx-encoder',
      weightsSha256: hash,
      resize: describePreprocess(spec.preprocess, out.name),
      quantization: 'png-uint8',
      fidGateVersion: VERSION,
    },
  };
}

export interface FolderFeatures extends ExtractResult {
  folder: string;
  /** File paths relative to the folder, in extraction order. */
  relativeFiles: string[];
}

/** Lists a folder's images (sorted), failing early with a clear message when there are none. */
export function listFolder(folder: string, recursive = false): Promise<string[]> {
  return listImages(folder, { recursive });
}

/** A folder's image listing and the entries left out of it (each also warned about on stderr). */
export interface FolderListing {
  files: string[];
  omitted: OmittedEntry[];
}

/** listFolder, with the entries left out (dangling symlinks, loops, paths too long) for the report's notes. */
export async function listFolderDetailed(folder: string, recursive = false): Promise<FolderListing> {
  const omitted: OmittedEntry[] = [];
  const files = await listImages(folder, {
    recursive,
    onOmitted: (o) => {
      omitted.push(o);
      process.stderr.write(`warning: ${printableName(o.path)} left out of the listing: ${o.reason}\n`);
    },
  });
  return { files, omitted };
}

/** How many names a note lists before "and N more". */
const NOTE_NAMES = 3;

/** `file`'s path relative to `folder`, with '/' separators (the .npz `files` list, the listing digest). */
export const relativePath = (folder: string, file: string) => path.relative(folder, file).split(path.sep).join('/');

const relativeName = (folder: string, file: string) => printableName(relativePath(folder, file));

/**
 * One report line for entries left out of a folder's listing (they look like images but cannot be opened), naming
 * the first few and why; undefined when none were.
 */
export function omittedNote(source: string, omitted: readonly OmittedEntry[], folder = source): string | undefined {
  if (!omitted.length) return undefined;
  const names = omitted.slice(0, NOTE_NAMES).map((o) => `${relativeName(folder, o.path)} (${o.reason})`);
  const more = omitted.length > NOTE_NAMES ? `, and ${omitted.length - NOTE_NAMES} more` : '';
  return `${source}: ${omitted.length} entr${omitted.length === 1 ? 'y' : 'ies'} left out of the listing (cannot be opened): ${names.join(', ')}${more}`;
}

export async function extractFolder(
  ex: LoadedExtractor,
  folder: string,
  opts: {
    recursive?: boolean;
    batchSize?: number;
    progress?: boolean | ((l: string) => void);
    label?: string;
    files?: string[];
    maxPixels?: number;
    onBadImage?: OnBadImage;
    warn?: (line: string) => void;
    decodeWorkers?: number;
  } = {},
): Promise<FolderFeatures> {
  configureSharp();
  const files = opts.files ?? (await listImages(folder, { recursive: opts.recursive }));
  // decoding on worker threads keeps a GPU fed; on the CPU, ORT's threads already use every core
  const workers = opts.decodeWorkers ?? decodeWorkersFromEnv() ?? (ex.model.device === 'cpu' ? 0 : decodeWorkerCount());
  const pool = workers > 0 ? decodePool(workers) : undefined;
  const result = await extractFeatures(ex.model, files, {
    batchSize: opts.batchSize,
    // maxPixels: the decompression-bomb guard (--max-pixels); undefined = decode.ts's default (2 × Pillow's limit)
    decode: pool ? (f) => pool.decode(f, opts.maxPixels) : (f) => decodeRgb(f, { maxPixels: opts.maxPixels }),
    // with decode workers, a model input made in TypeScript is made on the workers too
    decodePrepared: pool ? (f, input) => pool.decode(f, opts.maxPixels, input) : undefined,
    // with decode workers, two decodes in flight per worker (each worker's next file waits in its queue)
    limits: pool ? { decodesInFlight: 2 * pool.size } : undefined,
    progress: opts.progress,
    label: opts.label ?? `features ${folder}`,
    // --on-bad-image skip: undecodable images are left out (result.files / result.skipped say which)
    onBadImage: opts.onBadImage,
    warn: opts.warn,
  });
  checkFiniteOutputs(ex, result);
  // relativeFiles follows result.files (the kept images), so the .npz `files` list matches the feature rows
  return {
    ...result,
    folder,
    relativeFiles: result.files.map((f) => relativePath(folder, f)),
  };
}

/** One report line for images left out by on-bad-image: skip, naming the first few; undefined when none were. */
export function skippedNote(source: string, skipped: readonly { file: string }[], folder = source): string | undefined {
  if (!skipped.length) return undefined;
  const names = skipped.slice(0, NOTE_NAMES).map((s) => relativeName(folder, s.file));
  const more = skipped.length > NOTE_NAMES ? `, and ${skipped.length - NOTE_NAMES} more` : '';
  return `${source}: ${skipped.length} image(s) skipped because they could not be decoded (on-bad-image: skip): ${names.join(', ')}${more}`;
}

/** What extractSamples gives: the samples' names (sampleName(0 … n − 1), whatever `first` is), features, logits
 * when the extractor has them. */
export interface ExtractedSamples {
  files: string[];
  features: Float32Array;
  logits?: Float32Array;
  count: number;
  imagesPerSecond: number;
}

/**
 * A sampler's images through the extractor, in memory (no image file is written): their features, checked finite
 * (checkFiniteSamples; `first` is the global index of the first sample), and logits. The sampler's settings name the
 * samples' quantization (samplesProtocol).
 */
export async function extractSamples(
  ex: LoadedExtractor,
  images: AsyncGenerator<RgbImage>,
  n: number,
  o: { batchSize?: number; progress?: boolean | ((line: string) => void); label: string; first?: number },
): Promise<ExtractedSamples> {
  configureSharp();
  const { files, decode } = samplesAsDecoder(images, n);
  const r = await extractFeatures(ex.model, files, {
    batchSize: o.batchSize,
    decode,
    progress: o.progress,
    label: o.label,
  });
  const features = r.features[ex.featureOutput];
  checkFiniteSamples(ex, features, o.first);
  const logits = ex.logitsOutput ? r.features[ex.logitsOutput] : undefined;
  return { files, features, logits, count: r.count, imagesPerSecond: r.imagesPerSecond };
}

/** The protocol of samples: the extractor's, with the quantization the sampler's settings name (else the extractor's)
 * and the settings themselves. */
export function samplesProtocol(ex: LoadedExtractor, settings: Record<string, unknown>): Protocol {
  const quantization = typeof settings.quantization === 'string' ? settings.quantization : ex.protocol.quantization;
  return { ...ex.protocol, quantization, sampling: settings };
}

/**
 * checkFiniteOutputs for sampled images, which have no file: the first non-finite feature names its sample by its
 * global index (`first` is the index of features' first row).
 */
export function checkFiniteSamples(ex: LoadedExtractor, features: Float32Array, first = 0): void {
  const i = firstNonFinite(features);
  if (i >= 0)
    throw new InputError(
      `${ex.model.name}: output ${ex.featureOutput} is NaN or Inf for sample ${first + Math.floor(i / ex.dim)}: the model or its weights are broken`,
    );
}

/**
 * A broken model (bad weights, an encoder exported wrongly) can output NaN or Inf; the statistics would then silently
 * be NaN. Refuse it here, naming the model, the output and the first image concerned.
 */
function checkFiniteOutputs(ex: LoadedExtractor, r: ExtractResult): void {
  for (const [name, data] of Object.entries(r.features)) {
    const width = r.count ? data.length / r.count : 0;
    const i = firstNonFinite(data);
    if (i >= 0) {
      const file = r.files[Math.floor(i / width)] ?? '?';
      throw new InputError(
        `${ex.model.name}: output ${name} is NaN or Inf for ${printableName(file)}: the model or its weights are broken`,
        file,
      );
    }
  }
}
