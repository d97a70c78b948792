// onnxruntime-node sessions with the device policy of fid-gate: `cpu`, `cuda` (fail clearly when the CUDA execution
// provider cannot load), or `auto` (try CUDA when an NVIDIA GPU is present, fall back to CPU with one notice).
// ORT rejects session creation, rather than falling back, when a requested provider is missing
// (shared/notes/packaging.md §1), hence the explicit retry.
import * as ort from 'onnxruntime-node';
import { availableParallelism } from 'node:os';
import { InputError } from '../util/errors.js';

export type Device = 'auto' | 'cpu' | 'cuda';

export interface SessionResult {
  session: ort.InferenceSession;
  device: 'cpu' | 'cuda';
  notice?: string;
}

let logLevelSet = false;

export function parseDevice(value: string | undefined, what = '--device'): Device {
  const v = (value ?? 'auto').trim().toLowerCase();
  if (v === 'auto' || v === 'cpu' || v === 'cuda') return v;
  throw new InputError(`${what}: expected auto, cpu or cuda, got "${value}"`, what);
}

export function cpuSessionOptions(threads = availableParallelism()): ort.InferenceSession.SessionOptions {
  return {
    executionProviders: ['cpu'],
    intraOpNumThreads: threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    enableCpuMemArena: true,
  };
}

export interface CreateSessionOptions {
  device: Device;
  threads?: number;
  /** Makes the CUDA provider libraries available (downloads them on first use); returns false when impossible. */
  prepareCuda?: () => Promise<boolean>;
  log?: (msg: string) => void;
}

/** `model`: the ONNX bytes, or a file path (lets ORT find a large model's external data next to it). */
export async function createSession(model: Uint8Array | string, opts: CreateSessionOptions): Promise<SessionResult> {
  if (!logLevelSet) { ort.env.logLevel = 'fatal'; logLevelSet = true; } // ORT prints provider-load errors to stderr itself
  const cpu = cpuSessionOptions(opts.threads);
  const create = (o: ort.InferenceSession.SessionOptions) => (typeof model === 'string' ? ort.InferenceSession.create(model, o) : ort.InferenceSession.create(model, o));
  if (opts.device === 'cpu') return { session: await create(cpu), device: 'cpu' };
  let cudaError: string | undefined;
  try {
    const ready = opts.prepareCuda ? await opts.prepareCuda() : true;
    if (ready) {
      const session = await create({ ...cpu, executionProviders: [{ name: 'cuda', deviceId: 0 }, 'cpu'] });
      return { session, device: 'cuda' };
    }
    cudaError = 'no NVIDIA GPU or CUDA provider available';
  } catch (err) {
    cudaError = (err as Error).message.split('\n')[0];
  }
  if (opts.device === 'cuda') {
    throw new InputError(`--device cuda: the CUDA execution provider could not be used (${cudaError}). It needs an NVIDIA GPU with CUDA 12 and cuDNN 9; use --device cpu or auto.`, 'device');
  }
  const notice = `device auto: running on CPU (${cudaError})`;
  opts.log?.(notice);
  return { session: await create(cpu), device: 'cpu', notice };
}
