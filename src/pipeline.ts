// The shared pipeline behind the CLI and the Action: list a folder, load the extractor, extract features.
import path from 'node:path';
import { listImages } from './images/list.js';
import { configureSharp, decodeRgb } from './images/decode.js';
import { loadInceptionModel, INCEPTION_EXTRACTOR, type InceptionModelBytes } from './features/inception.js';
import { createSession, type Device } from './features/session.js';
import { extractFeatures, type ExtractResult, type FeatureModel } from './features/extract.js';
import { ensureCudaProviders, hasNvidiaGpu } from './features/cuda-providers.js';
import { defaultCacheDir } from './weights/cache.js';
import { LOGITS_DIM, POOL3_DIM } from './features/inception-arch.js';
import { VERSION } from './version.js';

export interface Protocol {
  extractor: string;
  weights: string;
  weightsSha256: string;
  /** 'legacy-pytorch' = pytorch-fid's in-model bilinear resize (align_corners=False, no antialias). */
  resize: string;
  /** How generated images were quantized before extraction ('png-uint8' for files read from disk). */
  quantization: string;
  fidGateVersion: string;
}

export interface ExtractorOptions {
  weights?: string;
  cacheDir?: string;
  device?: Device;
  threads?: number;
  log?: (msg: string) => void;
}

export interface LoadedExtractor {
  model: FeatureModel;
  bytes: InceptionModelBytes;
  protocol: Protocol;
}

export async function loadExtractor(opts: ExtractorOptions): Promise<LoadedExtractor> {
  const cacheDir = opts.cacheDir ?? defaultCacheDir();
  const bytes = await loadInceptionModel({ weights: opts.weights, cacheDir, log: opts.log });
  if (bytes.warning) opts.log?.(bytes.warning);
  const { session, device } = await createSession(bytes.onnx, {
    device: opts.device ?? 'auto',
    threads: opts.threads,
    log: opts.log,
    prepareCuda: async () => {
      if (!hasNvidiaGpu()) return false;
      await ensureCudaProviders({ cacheDir, log: opts.log });
      return true;
    },
  });
  return {
    bytes,
    model: { name: INCEPTION_EXTRACTOR, session, device, inputName: 'images', outputs: { pool3: POOL3_DIM, logits: LOGITS_DIM } },
    protocol: {
      extractor: INCEPTION_EXTRACTOR,
      weights: bytes.weights,
      weightsSha256: bytes.weightsSha256,
      resize: 'legacy-pytorch',
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

export async function extractFolder(ex: LoadedExtractor, folder: string, opts: { recursive?: boolean; batchSize?: number; progress?: boolean | ((l: string) => void); label?: string; files?: string[] } = {}): Promise<FolderFeatures> {
  configureSharp();
  const files = opts.files ?? await listImages(folder, { recursive: opts.recursive });
  const result = await extractFeatures(ex.model, files, {
    batchSize: opts.batchSize,
    decode: (f) => decodeRgb(f),
    progress: opts.progress,
    label: opts.label ?? `features ${folder}`,
  });
  return { ...result, folder, relativeFiles: files.map((f) => path.relative(folder, f).split(path.sep).join('/')) };
}
