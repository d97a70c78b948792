// Loading a user's ONNX generator or denoiser with fid-gate's device policy (CPU, CUDA, or auto).
import { createHash } from 'node:crypto';
import type * as ort from 'onnxruntime-node';
import { createSession, type Device, type RunDevice } from '../features/session.js';
import { ensureCudaProviders, hasNvidiaGpu } from '../features/cuda-providers.js';
import { defaultCacheDir } from '../weights/cache.js';
import { InputError } from '../util/errors.js';
import { readUserFile } from '../util/user-file.js';

export interface ModelSource {
  /** A path to an .onnx file, or the model's bytes. */
  model: string | Uint8Array;
  device?: Device;
  threads?: number;
  cacheDir?: string;
  log?: (msg: string) => void;
}

export interface LoadedModel {
  session: ort.InferenceSession;
  device: RunDevice;
  /** SHA-256 of the model file (recorded with the sampler settings). */
  sha256: string;
  /** The path as given, or '(in memory)'. */
  source: string;
}

export async function loadModel(o: ModelSource, what = '--generator'): Promise<LoadedModel> {
  let bytes: Uint8Array;
  if (typeof o.model === 'string') {
    // a regular file of at most 2 GiB (protobuf's limit for an ONNX model): not a FIFO (the read would block) or
    // /dev/zero
    bytes = await readUserFile(o.model, 2 * 1024 ** 3, `${what} ${o.model}`);
  } else bytes = o.model;
  const cacheDir = o.cacheDir ?? defaultCacheDir();
  let res;
  try {
    res = await createSession(bytes, {
      device: o.device ?? 'auto',
      threads: o.threads,
      log: o.log,
      prepareCuda: async () => {
        if (!hasNvidiaGpu()) return false;
        await ensureCudaProviders({ cacheDir, log: o.log });
        return true;
      },
    });
  } catch (err) {
    if ((err as Error).name === 'InputError') throw err;
    throw new InputError(
      `${what} ${typeof o.model === 'string' ? o.model : '(in memory)'}: not a loadable ONNX model (${(err as Error).message.split('\n')[0]})`,
    );
  }
  return {
    session: res.session,
    device: res.device,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    source: typeof o.model === 'string' ? o.model : '(in memory)',
  };
}

/** The tensor inputs of a session, with their element types and shapes. */
export function tensorInputs(
  session: ort.InferenceSession,
): { name: string; type: string; shape: readonly (number | string)[] }[] {
  return session.inputMetadata.map((m) =>
    m.isTensor ? { name: m.name, type: m.type, shape: m.shape } : { name: m.name, type: 'non-tensor', shape: [] },
  );
}

/** A dimension as a number when the model fixes it (> 0), else undefined. */
export function fixedDim(d: number | string | undefined): number | undefined {
  return typeof d === 'number' && d > 0 ? d : undefined;
}
