// Image decoding, and the model's input preparation, on worker threads ahead of the network. Each worker runs
// decodeRgb (src/images/decode.ts, the same function as on the main thread, so the pixels are the same bytes) and,
// when the job names a model input (an InputSpec, sent as plain data: clean-fid's 299×299 float resize, an ONNX
// encoder's resize and normalization), prepareModelInput (model-inputs.ts: the same ModelInput.write the main thread
// would run), and hands back the float32 input — or, without a spec, the decoded pixels — by transferring its
// buffer, without a copy. So with workers the main thread only copies each image's input into the batch tensor and
// runs the network. extractFeatures's decodeAhead keeps the order, the bounded queue and the pixel budgets; the pool
// only changes which thread reads, sniffs, decodes and prepares an image (sharp's native decode runs on libuv's
// thread pool whichever thread asks; file reading, the BMP/Netpbm decoders, the pixel fix-ups and the float resize
// and normalization run on the worker).
//
// The worker is created from a string (Worker with eval: true), never from a file, so that it starts the same way
// under tsx and inside the ncc bundle: it imports the modules that export decodeRgb and prepareModelInput by URL —
// src/images/decode.ts and src/features/model-inputs.ts from source (after registering tsx's loader in the worker),
// or the bundle itself (dist/app/index.js, which exports both; `sharp` resolves from there as it does for the main
// thread). A worker that cannot start or dies leaves its jobs, and every later one, to decodeRgb on the calling
// thread, which then prepares the input itself as without workers; so does an input the worker could not make (it
// hands back the pixels, and the main thread's ModelInput.write fails, or not, as it would without workers).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { decodeRgb, type RgbImage } from '../images/decode.js';
import { InputError } from '../util/errors.js';
import type { DecodedImage, InputSpec } from './extract.js';

/** Decode workers at most (sharp's decode itself runs on libuv's pool, UV_THREADPOOL_SIZE threads, 4 by default). */
export const MAX_DECODE_WORKERS = 8;

/** Decode workers on a machine with `cores` cores: one per core beyond the main thread's, at least 1, at most
 * MAX_DECODE_WORKERS. */
export function decodeWorkerCount(cores = availableParallelism()): number {
  return Math.max(1, Math.min(MAX_DECODE_WORKERS, cores - 1));
}

/**
 * FID_GATE_DECODE_WORKERS: the number of decode workers (0: decode on the main thread), overriding the default of
 * the device; undefined when unset. A value that is not an integer in [0, 64] is an input error.
 */
export function decodeWorkersFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const v = env.FID_GATE_DECODE_WORKERS?.trim();
  if (!v) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > 64)
    throw new InputError(
      `FID_GATE_DECODE_WORKERS: expected an integer from 0 to 64, got "${v}"`,
      'FID_GATE_DECODE_WORKERS',
    );
  return n;
}

interface Job {
  file: string;
  resolve: (img: DecodedImage) => void;
  reject: (err: unknown) => void;
  maxPixels?: number;
}
interface PoolWorker {
  worker: Worker;
  jobs: Map<number, Job>;
}
type Reply =
  | { id: number; width: number; height: number; data: Uint8Array }
  | { id: number; width: number; height: number; input: Float32Array }
  | { id: number; error: { name?: string; message: string; subject?: string; stack?: string } }
  | { fatal: string };

const WORKER_SOURCE = `"use strict";
const { parentPort, workerData } = require('node:worker_threads');
const ready = (workerData.tsx ? import(workerData.tsx).then((t) => t.register()) : Promise.resolve())
  .then(() => Promise.all([import(workerData.module), import(workerData.inputModule)]))
  .then(([m, p]) => {
    if (typeof m.decodeRgb !== 'function') throw new Error(workerData.module + ' does not export decodeRgb');
    if (typeof p.prepareModelInput !== 'function') throw new Error(workerData.inputModule + ' does not export prepareModelInput');
    return [m, p];
  });
ready.catch((e) => parentPort.postMessage({ fatal: String((e && e.stack) || e) }));
const send = (msg, buffer) => { try { parentPort.postMessage(msg, [buffer]); } catch { parentPort.postMessage(msg); } };
parentPort.on('message', (job) => {
  ready.then(([m]) => m.decodeRgb(job.file, { maxPixels: job.maxPixels })).then(async (img) => {
    if (job.input) {
      // the model's input, made by the main thread's own function; if that fails, the pixels go back instead
      const input = await ready.then(([, p]) => p.prepareModelInput(img, job.input)).catch(() => undefined);
      if (input) return send({ id: job.id, width: img.width, height: img.height, input }, input.buffer);
    }
    let data = img.data;
    // a view into a larger buffer is copied into its own (transferring would hand over the neighbours' bytes)
    if (data.byteOffset !== 0 || data.byteLength !== data.buffer.byteLength) data = new Uint8Array(data);
    send({ id: job.id, width: img.width, height: img.height, data }, data.buffer);
  }, (e) => parentPort.postMessage({ id: job.id, error: { name: e && e.name, message: String((e && e.message) || e), subject: e && e.subject, stack: e && e.stack } }));
});
`;

/**
 * The modules exporting decodeRgb (`module`) and prepareModelInput (`inputModule`) for the workers to import, and
 * tsx's loader when running from source.
 */
function workerModules(): { module: string; inputModule: string; tsx?: string } {
  // URLs made by string, not `new URL('…', import.meta.url)`: the bundler would turn that into an asset of its own
  const here = import.meta.url;
  if (here.endsWith('.ts'))
    return {
      module: here.replace(/[^/]*\/[^/]*$/, 'images/decode.ts'),
      inputModule: here.replace(/[^/]*$/, 'model-inputs.ts'),
      tsx: import.meta.resolve('tsx/esm/api'),
    };
  // inside the bundle: this code lies in dist/app/index.js or in a chunk next to it; index.js exports decodeRgb and
  // prepareModelInput (src/app.ts)
  const index = here.replace(/[^/]*$/, 'index.js');
  return { module: index, inputModule: index };
}

export class DecodePool {
  private readonly workers: PoolWorker[] = [];
  private nextId = 0;
  private broken = false;
  /** Images whose model input a worker made (the others came back as pixels). */
  prepared = 0;

  constructor(readonly size: number) {}

  /** Workers running now. */
  get running(): number {
    return this.workers.length;
  }
  /** Whether a worker failed, so that decodes run on the calling thread. */
  get fellBack(): boolean {
    return this.broken;
  }

  /**
   * Decodes `file` on a worker (decodeRgb's result and errors: an InputError stays an InputError). With `input`, the
   * worker also makes the image's model input (prepareModelInput) and gives that instead of the pixels; decoded on
   * the calling thread (no worker), or where the worker could not make it, the image comes back as pixels.
   */
  decode(file: string, maxPixels?: number): Promise<RgbImage>;
  decode(file: string, maxPixels: number | undefined, input: InputSpec | undefined): Promise<DecodedImage>;
  decode(file: string, maxPixels?: number, input?: InputSpec): Promise<DecodedImage> {
    if (this.broken) return decodeRgb(file, { maxPixels });
    const w = this.pick();
    if (!w) return decodeRgb(file, { maxPixels });
    const id = this.nextId++;
    return new Promise<DecodedImage>((resolve, reject) => {
      w.jobs.set(id, { file, resolve, reject, maxPixels });
      w.worker.ref();
      // the input spec goes as plain data (structured clone)
      w.worker.postMessage(input ? { id, file, maxPixels, input } : { id, file, maxPixels });
    });
  }

  /** The worker with the fewest jobs, starting one while fewer than `size` run. */
  private pick(): PoolWorker | undefined {
    let best = this.workers.reduce<PoolWorker | undefined>(
      (b, w) => (!b || w.jobs.size < b.jobs.size ? w : b),
      undefined,
    );
    if ((!best || best.jobs.size > 0) && this.workers.length < this.size) best = this.start() ?? best;
    return best;
  }

  private start(): PoolWorker | undefined {
    let worker: Worker;
    try {
      worker = new Worker(WORKER_SOURCE, { eval: true, workerData: workerModules() });
    } catch {
      this.broken = true;
      return undefined;
    }
    worker.unref();
    const w: PoolWorker = { worker, jobs: new Map() };
    worker.on('message', (m: Reply) => {
      if ('fatal' in m) {
        this.fail(w, true, m.fatal);
        return;
      }
      const job = w.jobs.get(m.id);
      if (!job) return;
      w.jobs.delete(m.id);
      if (!w.jobs.size) worker.unref();
      if ('error' in m) job.reject(fromWorker(m.error));
      else if ('input' in m) {
        this.prepared++;
        job.resolve({ width: m.width, height: m.height, input: m.input, file: job.file });
      } else job.resolve({ width: m.width, height: m.height, data: m.data, file: job.file });
    });
    worker.on('error', (e) => this.fail(w, true, String(e?.message ?? e)));
    worker.on('exit', () => this.fail(w, false));
    this.workers.push(w);
    return w;
  }

  /** A worker that failed (or exited): its jobs are decoded on this thread; after a failure, every later one too. */
  private fail(w: PoolWorker, broken: boolean, why?: string): void {
    if (broken && !this.broken) {
      this.broken = true;
      process.stderr.write(
        `warning: decode workers unavailable (${why?.split('\n')[0]}); decoding on the main thread\n`,
      );
    }
    const i = this.workers.indexOf(w);
    if (i >= 0) this.workers.splice(i, 1);
    const jobs = [...w.jobs.values()];
    w.jobs.clear();
    void w.worker.terminate().catch(() => undefined);
    for (const j of jobs) decodeRgb(j.file, { maxPixels: j.maxPixels }).then(j.resolve, j.reject);
  }

  /** Stops the workers (idle workers do not keep the process alive; this frees their memory). */
  async close(): Promise<void> {
    const ws = this.workers.splice(0);
    for (const w of ws) w.worker.removeAllListeners('exit');
    await Promise.all(ws.map((w) => w.worker.terminate()));
  }
}

function fromWorker(e: { name?: string; message: string; subject?: string; stack?: string }): Error {
  if (e.name === 'InputError') return new InputError(e.message, e.subject);
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}

let shared: DecodePool | undefined;
/** The process's decode pool (started lazily, one per process; its workers are reused by later extractions). */
export function decodePool(size = decodeWorkerCount()): DecodePool {
  if (!shared || shared.size !== size) {
    void shared?.close();
    shared = new DecodePool(size);
  }
  return shared;
}
