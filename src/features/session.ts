// onnxruntime-node sessions with the device policy of fid-gate:
// - `cpu`: the CPU execution provider.
// - `cuda`: the CUDA execution provider; a clear input error when it cannot load (CUDA 12 + cuDNN 9 are needed).
// - `webgpu`: the WebGPU execution provider compiled into onnxruntime-node (Dawn over Vulkan on Linux, Metal on macOS,
//   D3D12 on Windows); a clear input error when no adapter exists. A software adapter (Mesa's lavapipe) is used when
//   asked for this way.
// - `auto`: CUDA when its libraries load, else WebGPU on a hardware adapter (never a software one), else CPU.
// One log line says which device and adapter ran and, for `auto`, why the others were not used.
// ORT rejects session creation, rather than falling back, when a requested provider is missing
// (shared/notes/packaging.md §1), hence the explicit retries.
import * as ort from 'onnxruntime-node';
import { availableParallelism } from 'node:os';
import { InputError } from '../util/errors.js';
import { describeAdapter, probeAdapters, withoutSoftwareDrivers, type AdapterProbe } from './gpu-adapters.js';

export const DEVICES = ['auto', 'cpu', 'cuda', 'webgpu'] as const;
export type Device = (typeof DEVICES)[number];
/** The execution provider a session runs on. */
export type RunDevice = Exclude<Device, 'auto'>;

export interface SessionResult {
  session: ort.InferenceSession;
  device: RunDevice;
  /** WebGPU: the adapter it runs on, as far as it can be known (see gpu-adapters.ts). */
  adapter?: string;
  /** The log line saying which device ran (and, for auto, why the others were not used); undefined for --device cpu. */
  notice?: string;
}

let logLevelSet = false;

export function parseDevice(value: string | undefined, what = '--device'): Device {
  const v = (value ?? 'auto').trim().toLowerCase();
  if ((DEVICES as readonly string[]).includes(v)) return v as Device;
  throw new InputError(`${what}: expected auto, cpu, cuda or webgpu, got "${value}"`, what);
}

/** "webgpu (NVIDIA H200 (discrete))" or "cpu": the device as the report records it. */
export function deviceLabel(r: { device: RunDevice; adapter?: string }): string {
  return r.adapter ? `${r.device} (${r.adapter})` : r.device;
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

/** The WebGPU provider, with the CPU provider for the few nodes it leaves (shape arithmetic). */
export function webgpuSessionOptions(threads?: number): ort.InferenceSession.SessionOptions {
  return { ...cpuSessionOptions(threads), executionProviders: ['webgpu', 'cpu'] };
}

export interface CreateSessionOptions {
  device: Device;
  threads?: number;
  /** Makes the CUDA provider libraries available (downloads them on first use); returns false when impossible. */
  prepareCuda?: () => Promise<boolean>;
  /** Lists the GPU adapters (default: probeAdapters()); tests give a fixed list. */
  adapters?: () => AdapterProbe;
  log?: (msg: string) => void;
}

let probed: AdapterProbe | undefined;
/** The adapter list, probed once per process (it runs vulkaninfo). */
const probeOnce = () => (probed ??= probeAdapters());

const firstLine = (err: unknown) => String((err as Error)?.message ?? err).split('\n')[0];

type Create = (o: ort.InferenceSession.SessionOptions) => Promise<ort.InferenceSession>;

/** --device webgpu: the bundled WebGPU provider on whatever adapter Dawn picks, or an InputError saying what was seen. */
async function webgpuSession(opts: CreateSessionOptions, create: Create): Promise<SessionResult> {
  const probe = (opts.adapters ?? probeOnce)();
  let session: ort.InferenceSession;
  try {
    session = await create(webgpuSessionOptions(opts.threads));
  } catch (err) {
    throw new InputError(
      `--device webgpu: no WebGPU adapter could be used (${firstLine(err)}). WebGPU needs a GPU with a Vulkan driver ` +
        `(NVIDIA, AMD or Intel; ${probe.adapters.length ? `Vulkan adapters seen: ${probe.adapters.map(describeAdapter).join(', ')}` : 'none was found'}); ` +
        'check with vulkaninfo --summary, or use --device cpu or auto.',
      'device',
    );
  }
  const best = probe.adapters[0];
  const adapter = best ? describeAdapter(best) : 'adapter unknown (no Vulkan adapter list: vulkaninfo missing)';
  const slow = best?.software ? '; a software renderer on the CPU cores, slower than --device cpu' : '';
  return { session, device: 'webgpu', adapter: best ? adapter : undefined, notice: `device webgpu: ${adapter}${slow}` };
}

/** The CUDA provider: a session, or why not (the message auto's log line and --device cuda's error quote). */
async function cudaSession(
  opts: CreateSessionOptions,
  create: Create,
  cpu: ort.InferenceSession.SessionOptions,
): Promise<SessionResult | string> {
  try {
    const ready = opts.prepareCuda ? await opts.prepareCuda() : true;
    if (!ready) return 'no NVIDIA GPU or CUDA provider available';
    const session = await create({ ...cpu, executionProviders: [{ name: 'cuda', deviceId: 0 }, 'cpu'] });
    return {
      session,
      device: 'cuda',
      adapter: 'GPU 0',
      notice: `device ${opts.device}: CUDA execution provider on GPU 0`,
    };
  } catch (err) {
    return firstLine(err);
  }
}

/** auto after CUDA: WebGPU on a hardware adapter (the software drivers hidden from the Vulkan loader), or why not. */
async function autoWebgpuSession(
  opts: CreateSessionOptions,
  create: Create,
  cudaError: string,
): Promise<SessionResult | string> {
  const probe = (opts.adapters ?? probeOnce)();
  const hardware = probe.adapters.filter((a) => !a.software);
  const software = probe.adapters.filter((a) => a.software);
  if (!hardware.length) {
    return software.length
      ? `only a software adapter, ${software.map((a) => a.name).join(', ')}, which --device auto does not use (--device webgpu does)`
      : 'no Vulkan adapter';
  }
  try {
    const session = await withoutSoftwareDrivers(probe.softwareManifests, () =>
      create(webgpuSessionOptions(opts.threads)),
    );
    const adapter = describeAdapter(hardware[0]);
    return { session, device: 'webgpu', adapter, notice: `device auto: WebGPU on ${adapter} (CUDA: ${cudaError})` };
  } catch (err) {
    return `${describeAdapter(hardware[0])} refused: ${firstLine(err)}`;
  }
}

/** `model`: the ONNX bytes, or a file path (lets ORT find a large model's external data next to it). */
export async function createSession(model: Uint8Array | string, opts: CreateSessionOptions): Promise<SessionResult> {
  if (!logLevelSet) {
    ort.env.logLevel = 'fatal';
    logLevelSet = true;
  } // ORT prints provider-load errors to stderr itself
  const cpu = cpuSessionOptions(opts.threads);
  const create: Create = (o) =>
    typeof model === 'string' ? ort.InferenceSession.create(model, o) : ort.InferenceSession.create(model, o);
  const done = (r: SessionResult): SessionResult => {
    if (r.notice) opts.log?.(r.notice);
    return r;
  };
  if (opts.device === 'cpu') return { session: await create(cpu), device: 'cpu' };
  if (opts.device === 'webgpu') return done(await webgpuSession(opts, create));
  const cuda = await cudaSession(opts, create, cpu);
  if (typeof cuda !== 'string') return done(cuda);
  if (opts.device === 'cuda') {
    throw new InputError(
      `--device cuda: the CUDA execution provider could not be used (${cuda}). It needs an NVIDIA GPU with CUDA 12 and cuDNN 9; use --device cpu, webgpu or auto.`,
      'device',
    );
  }
  const webgpu = await autoWebgpuSession(opts, create, cuda);
  if (typeof webgpu !== 'string') return done(webgpu);
  return done({
    session: await create(cpu),
    device: 'cpu',
    notice: `device auto: running on CPU (CUDA: ${cuda}; WebGPU: ${webgpu})`,
  });
}
