// Stage 2 of the two-stage reduction on two threads: a worker thread evaluates the source text of chaseRuntime
// (bulge-chase.ts) and chases the odd sweeps while the calling thread chases the even ones. The worker is created
// from a string (Worker with eval: true), never from a file, so it runs the same way under tsx, from the compiled
// modules and inside the single-file ncc bundle.
import { Worker } from 'node:worker_threads';
import type { BandMatrix } from './band-reduction.js';
import {
  bandToTridiagonal,
  bandTridiagonal,
  chase,
  chaseRuntime,
  CTL_ABORT,
  CTL_FAILED,
  CTL_GO,
  CTL_READY,
  CTL_WORDS,
} from './bulge-chase.js';

let chaseWorkerState: { worker: Worker; busy: boolean } | undefined | null;

/**
 * A worker thread running chaseRuntime's source (created once per process, unref'd between jobs), or undefined when
 * workers are unavailable or busy with another call. A job waits (Atomics) until the main thread says go — when
 * stage 1 is done — then chases the odd sweeps while the main thread chases the even ones. esbuild-based loaders
 * (tsx) wrap nested functions in __name(), hence the shim.
 */
export function chaseWorker(): { worker: Worker; busy: boolean } | undefined {
  if (chaseWorkerState === undefined) {
    try {
      const source =
        `"use strict";\nconst __name = (f) => f;\nconst rt = (${chaseRuntime.toString()})();\n` +
        `const { parentPort } = require('node:worker_threads');\n` +
        `parentPort.on('message', (m) => {\n` +
        `  const ctl = m.ctl;\n` +
        `  try {\n` +
        `    Atomics.store(ctl, ${CTL_READY}, 1); Atomics.notify(ctl, ${CTL_READY});\n` +
        `    while (!Atomics.load(ctl, ${CTL_GO}) && !Atomics.load(ctl, ${CTL_ABORT})) Atomics.wait(ctl, ${CTL_GO}, 0, 1000);\n` +
        `    if (!Atomics.load(ctl, ${CTL_ABORT})) rt.chase(m.ab, m.n, m.b, m.w, { step: m.step, waiting: m.waiting, ctl, parity: 1 });\n` +
        `    parentPort.postMessage({ ok: true });\n` +
        `  } catch (e) { Atomics.store(ctl, ${CTL_FAILED}, 1); parentPort.postMessage({ ok: false, error: String((e && e.stack) || e) }); }\n` +
        `});\n`;
      const worker = new Worker(source, { eval: true });
      worker.unref();
      worker.on('error', () => {
        chaseWorkerState = null;
      });
      chaseWorkerState = { worker, busy: false };
    } catch {
      chaseWorkerState = null;
    }
  }
  const s = chaseWorkerState ?? undefined;
  return s && !s.busy ? s : undefined;
}

export interface ChaseJob {
  done: Promise<void>;
  ctl: Int32Array;
  step: Int32Array;
  waiting: Int32Array;
}

/** Hands the band (shared memory) to the worker, which waits for CTL_GO; `done` settles when it has finished. */
export function startChaseJob(state: { worker: Worker; busy: boolean }, band: BandMatrix): ChaseJob {
  const sweeps = Math.max(0, band.n - 2);
  const ctl = new Int32Array(new SharedArrayBuffer(4 * CTL_WORDS));
  const step = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, sweeps))),
    waiting = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, sweeps)));
  state.busy = true;
  state.worker.ref();
  const done = new Promise<void>((resolve, reject) => {
    const onExit = (code: number) => {
      cleanup();
      chaseWorkerState = null;
      Atomics.store(ctl, CTL_FAILED, 1);
      reject(new Error(`band chase worker exited (${code})`));
    };
    const onMessage = (m: { ok: boolean; error?: string }) => {
      cleanup();
      if (m.ok) resolve();
      else reject(new Error(`band chase worker: ${m.error}`));
    };
    const cleanup = () => {
      state.worker.off('message', onMessage);
      state.worker.off('exit', onExit);
      state.busy = false;
      state.worker.unref();
    };
    state.worker.on('message', onMessage);
    state.worker.on('exit', onExit);
    state.worker.postMessage({ ab: band.ab, n: band.n, b: band.b, w: band.w, ctl, step, waiting });
  });
  return { done, ctl, step, waiting };
}

/**
 * Stage 2 on two threads when the worker is ready (else on this one): this thread chases the even sweeps, the
 * worker the odd ones. Bitwise the same result either way.
 */
export async function chaseJob(job: ChaseJob, band: BandMatrix): Promise<void> {
  if (!Atomics.load(job.ctl, CTL_READY)) {
    Atomics.store(job.ctl, CTL_ABORT, 1);
    Atomics.notify(job.ctl, CTL_GO);
    chase(band.ab, band.n, band.b, band.w);
    await job.done.catch(() => undefined);
    return;
  }
  Atomics.store(job.ctl, CTL_GO, 1);
  Atomics.notify(job.ctl, CTL_GO);
  try {
    chase(band.ab, band.n, band.b, band.w, { step: job.step, waiting: job.waiting, ctl: job.ctl, parity: 0 });
  } catch (err) {
    await job.done.catch(() => undefined);
    throw err;
  }
  await job.done;
}

/** Releases a job whose stage 1 failed. */
export function abortChaseJob(job: ChaseJob): Promise<void> {
  Atomics.store(job.ctl, CTL_ABORT, 1);
  Atomics.notify(job.ctl, CTL_GO);
  return job.done.catch(() => undefined);
}

/** Stage 2 alone on two threads (the band must be in shared memory); for tests and benchmarks. */
export async function bandToTridiagonalParallel(band: BandMatrix): Promise<{ d: Float64Array; e: Float64Array }> {
  const worker = chaseWorker();
  if (!worker) return bandToTridiagonal(band);
  const job = startChaseJob(worker, band);
  for (let i = 0; i < 200 && !Atomics.load(job.ctl, CTL_READY); i++) Atomics.wait(job.ctl, CTL_READY, 0, 10);
  await chaseJob(job, band);
  return bandTridiagonal(band);
}
