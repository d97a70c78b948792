// Where the Inception network comes from (`--weights`):
//   synthetic      the deterministic weights of the reference pack, built in process (NOT comparable with published
// FIDs)
//   PATH.onnx      a prebuilt model (e.g. one fid-gate converted earlier); used as is
//   PATH(.pth)     a PyTorch state dict (pytorch-fid's file, zip or legacy format); converted to ONNX once, cached
//   (unset)        pytorch-fid's published weights, downloaded once (SHA-256 prefix checked), converted, cached
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildInceptionOnnx, checkInceptionOnnx, type FloatStateDict, type InceptionInput } from './inception-onnx.js';
import { InputError } from '../util/errors.js';
import { syntheticInceptionStateDict, SYNTHETIC_WEIGHTS_WARNING } from '../weights/synthetic.js';
import { MAX_CHECKPOINT_BYTES, readStateDict } from '../weights/pth.js';
import { readUserFile } from '../util/user-file.js';
import { ensurePytorchFidPth, type EnsureWeightsOptions } from '../weights/pytorch-fid-weights.js';
import { writeFileAtomic } from '../weights/cache.js';

/** Bumped whenever the ONNX builder's output changes, so cached conversions are rebuilt. */
export const INCEPTION_BUILDER_VERSION = '1';
export const INCEPTION_EXTRACTOR = 'pytorch-fid-inception-v3';
/** SHA-256 of the 472 synthetic tensors as float32 LE (shared/reference/WEIGHTS.md, "Check values"). */
export const SYNTHETIC_WEIGHTS_SHA256 = 'e23305e2b70ee7741ee876eaf2a1da8e4d1ed44c542635bf1d0782b4d59c3f2a';

export interface InceptionModelBytes {
  onnx: Uint8Array;
  /** 'synthetic', 'pytorch-fid', or 'custom'. */
  weights: string;
  /** SHA-256 of the weight file the model was made from (for synthetic: of the tensors). */
  weightsSha256: string;
  source: string;
  /** Printed first by every output made with these weights. */
  warning?: string;
}

/** 'legacy-pytorch': pytorch-fid's in-graph bilinear resize; 'clean': clean-fid's PIL bicubic float resize (in TS). */
export type ResizeMode = 'legacy-pytorch' | 'clean';
export const RESIZE_MODES: readonly ResizeMode[] = ['legacy-pytorch', 'clean'];

export interface LoadInceptionOptions {
  weights?: string;
  /** Default 'legacy-pytorch'. */
  resize?: ResizeMode;
  cacheDir: string;
  log?: (msg: string) => void;
  download?: Partial<EnsureWeightsOptions>;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

function toFloatStateDict(
  sd: Map<string, { dtype: string; shape: number[]; data: Float32Array | BigInt64Array }>,
): FloatStateDict {
  const out: FloatStateDict = new Map();
  for (const [k, t] of sd) {
    if (t.dtype === 'float32') out.set(k, { shape: t.shape, data: t.data as Float32Array });
  }
  return out;
}

const graphInput = (resize: ResizeMode): InceptionInput => (resize === 'clean' ? 'float299-clean' : 'uint8-bilinear');

async function convertPth(
  file: string,
  cacheDir: string,
  log?: (m: string) => void,
  resize: ResizeMode = 'legacy-pytorch',
): Promise<InceptionModelBytes> {
  // a regular file of at most MAX_CHECKPOINT_BYTES (`--weights /dev/zero` would read forever)
  const bytes: Uint8Array = await readUserFile(file, MAX_CHECKPOINT_BYTES, `--weights ${file}`);
  const hash = sha256(bytes);
  // pytorch-fid's published file is recognised by content (the torch.hub hash prefix in its name), not by name
  const weightsLabel = hash.startsWith('6726825d') ? 'pytorch-fid' : 'custom-pth';
  const variant = resize === 'clean' ? '-clean' : '';
  const cached = path.join(
    cacheDir,
    'onnx',
    `inception-${hash.slice(0, 16)}-b${INCEPTION_BUILDER_VERSION}${variant}.onnx`,
  );
  if (existsSync(cached)) {
    // The SHA-256 recorded next to it when it was written must match, and it must still be an Inception: a
    // truncated or emptied cache entry (a full disk, a killed copy) is rebuilt, not loaded.
    const onnx = await readCachedModel(cached, resize);
    if (onnx) {
      log?.(`weights: using the converted model ${cached}`);
      return { onnx, weights: weightsLabel, weightsSha256: hash, source: file };
    }
    log?.(`weights: the converted model ${cached} is damaged or unverified; rebuilding it`);
  }
  log?.(`weights: converting ${path.basename(file)} to ONNX (once; cached in ${path.dirname(cached)})`);
  let sd;
  try {
    sd = readStateDict(bytes, file);
  } catch (err) {
    throw new InputError((err as Error).message, file);
  }
  const onnx = buildInceptionOnnx(
    toFloatStateDict(sd),
    file,
    { 'fid-gate.weights-sha256': hash },
    { input: graphInput(resize) },
  );
  try {
    await mkdir(path.dirname(cached), { recursive: true });
    await writeFileAtomic(cached, onnx);
    await mkdir(path.dirname(recordOf(cached)), { recursive: true });
    await writeFileAtomic(recordOf(cached), `${sha256(onnx)}\n`);
  } catch (err) {
    log?.(`weights: could not cache the converted model (${(err as Error).message}); continuing`);
  }
  return { onnx, weights: weightsLabel, weightsSha256: hash, source: file };
}

/** Where the SHA-256 of a cached conversion is recorded: CACHE/onnx.sha256/NAME.sha256 (next to CACHE/onnx/NAME). */
function recordOf(cached: string): string {
  return path.join(path.dirname(cached) + '.sha256', path.basename(cached) + '.sha256');
}

/** A cached conversion when its recorded SHA-256 matches and it reads as an Inception; undefined otherwise. */
async function readCachedModel(cached: string, resize: ResizeMode): Promise<Uint8Array | undefined> {
  try {
    const onnx = await readUserFile(cached, 2 * 1024 ** 3, cached);
    const recorded = (await readFile(recordOf(cached), 'utf8')).trim();
    if (recorded !== sha256(onnx)) return undefined;
    checkInceptionOnnx(onnx, cached, cached, graphInput(resize));
    return onnx;
  } catch {
    return undefined;
  }
}

export async function loadInceptionModel(opts: LoadInceptionOptions): Promise<InceptionModelBytes> {
  const w = opts.weights?.trim();
  const resize = opts.resize ?? 'legacy-pytorch';
  if (w === 'synthetic') {
    const onnx = buildInceptionOnnx(
      syntheticInceptionStateDict(),
      'synthetic weights',
      { 'fid-gate.weights': 'synthetic' },
      { input: graphInput(resize) },
    );
    return {
      onnx,
      weights: 'synthetic',
      weightsSha256: SYNTHETIC_WEIGHTS_SHA256,
      source: 'synthetic',
      warning: SYNTHETIC_WEIGHTS_WARNING,
    };
  }
  if (w) {
    if (!existsSync(w))
      throw new InputError(`--weights ${w}: no such file (give a .pth state dict, a .onnx model, or "synthetic")`, w);
    if (w.toLowerCase().endsWith('.onnx')) {
      if (resize !== 'legacy-pytorch') {
        throw new InputError(
          `--weights ${w}: a prebuilt .onnx Inception has its own input preprocessing; --resize ${resize} needs the weights as a .pth state dict (or the default download, or "synthetic")`,
          w,
        );
      }
      // a regular file, at most protobuf's 2 GiB, and an Inception (not any ONNX model, not any file named .onnx)
      const onnx = await readUserFile(w, 2 * 1024 ** 3, `--weights ${w}`);
      checkInceptionOnnx(onnx, `--weights ${w}`, w);
      return { onnx, weights: 'custom-onnx', weightsSha256: sha256(onnx), source: w };
    }
    return convertPth(w, opts.cacheDir, opts.log, resize);
  }
  const pth = await ensurePytorchFidPth({ cacheDir: opts.cacheDir, log: opts.log, ...opts.download });
  return convertPth(pth, opts.cacheDir, opts.log, resize);
}
