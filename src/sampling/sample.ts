// One entry point for all three kinds of sampler, as a stream of in-memory images, so that samples can go straight
// into feature extraction (no PNG round trip; the quantization is the one a saved PNG would have, see quantize.ts).
//
//     const sampler = await openSampler({ kind: 'diffusion', generator: 'model.onnx', n: 10000, seed: 0, diffusion:
// {...} });
//     const { files, decode } = samplesAsDecoder(sampler.images(), sampler.n);
//     await extractFeatures(model, files, { decode, ... });    // files are virtual names sample_000000.png, ...
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RgbImage } from '../images/decode.js';
import { decodeRgb } from '../images/decode.js';
import type { Device, RunDevice } from '../features/session.js';
import { InputError } from '../util/errors.js';
import { loadModel } from './model.js';
import { diffusionSettings, sampleDiffusion, type DiffusionOptions } from './diffusion.js';
import { ganSettings, sampleGan, type GanOptions } from './gan.js';
import { runSamplerCommand } from './command.js';
import { sampleName } from './quantize.js';

export type SamplerKind = 'gan' | 'diffusion' | 'command';

export function parseKind(v: string | undefined, what = '--kind'): SamplerKind {
  const s = (v ?? '').trim().toLowerCase();
  if (s === 'gan' || s === 'diffusion' || s === 'command') return s;
  throw new InputError(`${what}: expected gan, diffusion or command, got "${v ?? ''}"`, what);
}

export interface SampleImagesOptions {
  kind: SamplerKind;
  /** The ONNX model (path or bytes), for gan and diffusion. */
  generator?: string | Uint8Array;
  n: number;
  seed: number;
  batchSize?: number;
  device?: Device;
  threads?: number;
  cacheDir?: string;
  log?: (msg: string) => void;
  progress?: false | ((line: string) => void);
  gan?: Omit<GanOptions, 'seed' | 'batchSize' | 'progress'>;
  diffusion?: Omit<DiffusionOptions, 'seed' | 'batchSize' | 'progress'>;
  command?: {
    command: string;
    /** Where the command writes ({out}); default a temporary folder, removed once the images are read. */
    out?: string;
    timeoutSeconds?: number;
    killGraceMs?: number;
  };
}

export interface Sampler {
  n: number;
  /** Everything that determines the samples (for the report's protocol). */
  settings: Record<string, unknown>;
  device?: RunDevice;
  /** The samples in order; file = sample_000000.png, ... (for command: the path of the file read). */
  images(): AsyncGenerator<RgbImage>;
}

export async function openSampler(o: SampleImagesOptions): Promise<Sampler> {
  if (!Number.isInteger(o.n) || o.n < 1) throw new InputError(`-n: expected a positive integer, got ${o.n}`, 'n');
  if (o.kind === 'command') {
    const c = o.command;
    if (!c?.command) throw new InputError('--kind command needs --command "…"', 'command');
    return {
      n: o.n,
      settings: {
        kind: 'command',
        command: c.command,
        seed: o.seed,
        n: o.n,
        quantization: 'as written by the command',
      },
      async *images() {
        const tmp = c.out ? undefined : await mkdtemp(path.join(tmpdir(), 'fid-gate-samples-'));
        try {
          const res = await runSamplerCommand({
            command: c.command,
            n: o.n,
            seed: o.seed,
            out: c.out ?? tmp!,
            timeoutSeconds: c.timeoutSeconds,
            killGraceMs: c.killGraceMs,
            log: o.log,
          });
          if (res.found > o.n) o.log?.(`--command wrote ${res.found} images; using the first ${o.n} (sorted by name)`);
          for (const f of res.files) yield await decodeRgb(f);
        } finally {
          if (tmp) await rm(tmp, { recursive: true, force: true });
        }
      },
    };
  }
  if (!o.generator) throw new InputError(`--kind ${o.kind} needs --generator MODEL.onnx`, 'generator');
  const m = await loadModel(
    { model: o.generator, device: o.device, threads: o.threads, cacheDir: o.cacheDir, log: o.log },
    '--generator',
  );
  const model = { source: m.source, sha256: m.sha256 };
  if (o.kind === 'gan') {
    const g: GanOptions = { ...o.gan, seed: o.seed, batchSize: o.batchSize, progress: o.progress };
    return {
      n: o.n,
      device: m.device,
      settings: { ...ganSettings(g), model, n: o.n },
      images: () => namingModel(sampleGan(m.session, o.n, g), m.source),
    };
  }
  if (!o.diffusion) throw new InputError('--kind diffusion: sampler settings missing');
  const d: DiffusionOptions = { ...o.diffusion, seed: o.seed, batchSize: o.batchSize, progress: o.progress };
  return {
    n: o.n,
    device: m.device,
    settings: { ...diffusionSettings(d), model, n: o.n },
    images: () => namingModel(sampleDiffusion(m.session, o.n, d), m.source),
  };
}

/**
 * The interface checks of gan.ts / diffusion.ts (wrong input types, ranks, output shapes) say "the generator's
 * input 0 ..." without the file: prefix their InputErrors with `--generator FILE` so the message names the model.
 * Option errors (--latent, --num-classes, ...) are prefixed too, which only adds context.
 */
async function* namingModel(images: AsyncGenerator<RgbImage>, source: string): AsyncGenerator<RgbImage> {
  try {
    yield* images;
  } catch (err) {
    if (err instanceof InputError && !err.message.includes(source))
      throw new InputError(`--generator ${source}: ${err.message}`, err.subject ?? source);
    throw err;
  }
}

/** The samples as one stream (see openSampler for the settings). */
export async function* sampleImages(o: SampleImagesOptions): AsyncGenerator<RgbImage> {
  const s = await openSampler(o);
  yield* s.images();
}

/**
 * Adapts a sample stream to extractFeatures' (files, decode) interface: files are the names sample_000000.png…,
 * and decode hands out the next sample. extractFeatures calls decode in file order (it keeps a few calls in flight;
 * an async generator queues them), which is all this needs. Sample i's name is checked against the file asked for.
 */
export function samplesAsDecoder(
  images: AsyncGenerator<RgbImage>,
  n: number,
): { files: string[]; decode: (file: string) => Promise<RgbImage> } {
  const files = Array.from({ length: n }, (_, i) => sampleName(i));
  let next = 0;
  return {
    files,
    decode: async (file: string) => {
      const i = next++;
      if (file !== files[i]) throw new Error(`samplesAsDecoder: asked for ${file} out of order (expected ${files[i]})`);
      const r = await images.next();
      if (r.done) throw new Error(`samplesAsDecoder: the sampler ended before ${file}`);
      return { ...r.value, file };
    },
  };
}
