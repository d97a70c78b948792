// The device check for a GPU machine (run by bench/device-check.sh, from the slim bundle that bench/slim-bundle.sh
// builds; no network and no node_modules needed): what the machine has (nvidia-smi, vulkaninfo --summary, the
// adapters WebGPU would see), parity of the Inception network (synthetic weights, built in) on WebGPU against the CPU
// provider on 50 images (worst per-image relative L2 of pool3 and logits, FID of 25 vs 25 images), images/s end to
// end (decode included) at batch 50, 200 and 500 for WebGPU, and for CUDA when its provider libraries are present,
// and the decode rate per core. Writes the figures as JSON (--out) and prints them.
// Usage: node check/index.js --images DIR --out FILE.json [--throughput-images N] [--skip-cpu-throughput]
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import { loadExtractor, type LoadedExtractor } from '../src/pipeline.js';
import { extractFeatures } from '../src/features/extract.js';
import { configureSharp, decodeRgb } from '../src/images/decode.js';
import { probeAdapters } from '../src/features/gpu-adapters.js';
import {
  cudaProvidersPresent,
  hasNvidiaGpu,
  onnxruntimeNodeRoot,
  ortBinDirFor,
} from '../src/features/cuda-providers.js';
import { frechetDistanceFromFeatures } from '../src/metrics/fid.js';
import type { Device } from '../src/features/session.js';
import { decodePool } from '../src/features/decode-pool.js';

// The decode workers import this module (the bundle's own file, src/features/decode-pool.ts) for decodeRgb: in a
// worker it only exports it, the check runs on the main thread.
export { decodeRgb };

async function check(): Promise<void> {
  const { values } = parseArgs({
    options: {
      images: { type: 'string' },
      out: { type: 'string' },
      'throughput-images': { type: 'string' },
      'skip-cpu-throughput': { type: 'boolean' },
    },
  });
  const dir = values.images ?? 'images';
  const files = readdirSync(dir)
    .filter((f) => /\.(png|jpe?g)$/i.test(f))
    .sort()
    .map((f) => path.join(dir, f));
  if (files.length < 50) throw new Error(`${dir}: ${files.length} images; the check needs 50`);
  const parityFiles = files.slice(0, 50);
  const T = Number(values['throughput-images'] ?? 2000);
  const report: Record<string, unknown> = {
    when: new Date().toISOString(),
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model,
    node: process.version,
  };
  const say = (s: string) => console.log(s);
  const run = (cmd: string, args: string[]) => {
    try {
      const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000 });
      return r.error
        ? `(${cmd}: ${r.error.message})`
        : `${r.stdout}${r.status ? `\n(exit ${r.status}) ${r.stderr}` : ''}`;
    } catch (e) {
      return `(${cmd}: ${(e as Error).message})`;
    }
  };
  const save = () => {
    if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 2) + '\n');
  };

  report.nvidiaSmi = run('nvidia-smi', ['--query-gpu=name,driver_version,memory.total', '--format=csv,noheader']);
  report.vulkaninfo = run('vulkaninfo', ['--summary']);
  report.adapters = probeAdapters();
  report.backends = (ort as unknown as { listSupportedBackends?: () => unknown }).listSupportedBackends?.();
  say(`nvidia-smi: ${String(report.nvidiaSmi).trim()}`);
  say(`adapters: ${JSON.stringify(report.adapters)}`);
  save();
  configureSharp();

  const load = (device: Device) => loadExtractor({ weights: 'synthetic', device, log: (m) => say(`  ${m}`) });
  // on a GPU, decoding on worker threads (as fid-gate does there); a batch the GPU refuses is split, and said so
  const pool = decodePool();
  report.decodeWorkers = pool.size;
  const splits: string[] = [];
  const extract = (ex: LoadedExtractor, list: string[], batchSize: number) =>
    extractFeatures(ex.model, list, {
      batchSize,
      progress: false,
      warn: (l) => {
        splits.push(l);
        say(`  ${l}`);
      },
      ...(ex.model.device === 'cpu'
        ? { decode: decodeRgb }
        : { decode: (f: string) => pool.decode(f), limits: { decodesInFlight: 2 * pool.size } }),
    });
  function worstRelL2(a: Float32Array, b: Float32Array, d: number): number {
    let worst = 0;
    for (let i = 0; i < a.length / d; i++) {
      let e = 0,
        n = 0;
      for (let j = i * d; j < (i + 1) * d; j++) {
        e += (a[j] - b[j]) ** 2;
        n += b[j] ** 2;
      }
      worst = Math.max(worst, Math.sqrt(e / n));
    }
    return worst;
  }
  const fid = async (f: Float32Array) =>
    (await frechetDistanceFromFeatures(f.subarray(0, 25 * 2048), 25, f.subarray(25 * 2048, 50 * 2048), 25, 2048)).fid;

  say('parity on 50 images (CPU provider vs GPU)');
  const cpu = await load('cpu');
  const ref = await extract(cpu, parityFiles, 50);
  const cpuFid = await fid(ref.features.pool3);
  const gpus: Device[] = ['webgpu'];
  if (hasNvidiaGpu() && cudaProvidersPresent(ortBinDirFor(onnxruntimeNodeRoot()))) gpus.push('cuda');
  const throughput: Record<string, unknown>[] = [];
  for (const device of gpus) {
    let ex: LoadedExtractor;
    try {
      const t0 = performance.now();
      ex = await load(device);
      report[`${device}SessionSeconds`] = (performance.now() - t0) / 1000;
    } catch (e) {
      report[`${device}Error`] = (e as Error).message;
      say(`  ${device}: ${(e as Error).message}`);
      continue;
    }
    const t0 = performance.now();
    let r: Awaited<ReturnType<typeof extract>>;
    try {
      r = await extract(ex, parityFiles, 50);
    } catch (e) {
      // e.g. a batch whose tensors exceed the adapter's buffer limits: record it, go on with the next device
      report[`${device}Error`] = `batch 50: ${(e as Error).message}`;
      say(`  ${device}: ${(e as Error).message}`);
      continue;
    }
    const f = await fid(r.features.pool3);
    const parity = {
      device,
      adapter: ex.model.adapter,
      firstRunSeconds: (performance.now() - t0) / 1000,
      pool3WorstRelL2: worstRelL2(r.features.pool3, ref.features.pool3, 2048),
      logitsWorstRelL2: worstRelL2(r.features.logits, ref.features.logits, 1008),
      fid25v25: f,
      fid25v25Cpu: cpuFid,
      fidRelativeDifference: Math.abs(f / cpuFid - 1),
    };
    report[`${device}Parity`] = parity;
    say(`  ${JSON.stringify(parity)}`);
    save();
    for (const batch of [50, 200, 500]) {
      const list = Array.from({ length: Math.max(T, 2 * batch) }, (_, i) => files[i % files.length]);
      let x: Awaited<ReturnType<typeof extract>>;
      try {
        await extract(ex, list.slice(0, batch), batch); // warm-up: the first run of a batch shape compiles its shaders
        x = await extract(ex, list, batch);
      } catch (e) {
        throughput.push({ device, batch, error: (e as Error).message });
        say(`  ${device} batch ${batch}: ${(e as Error).message}`);
        continue;
      }
      throughput.push({
        device,
        batch,
        images: x.count,
        seconds: x.seconds,
        imagesPerSecond: x.imagesPerSecond,
        ...(splits.length ? { split: splits.splice(0) } : {}),
      });
      say(
        `  ${device} batch ${batch}: ${x.imagesPerSecond.toFixed(1)} images/s (${x.count} images, ${x.seconds.toFixed(2)} s)`,
      );
      report.throughput = throughput;
      save();
    }
    await ex.model.session.release();
  }
  if (!values['skip-cpu-throughput']) {
    const list = Array.from({ length: 500 }, (_, i) => files[i % files.length]);
    const x = await extract(cpu, list, 50);
    throughput.push({
      device: 'cpu',
      batch: 50,
      images: x.count,
      seconds: x.seconds,
      imagesPerSecond: x.imagesPerSecond,
    });
    say(`  cpu batch 50: ${x.imagesPerSecond.toFixed(1)} images/s`);
  }
  report.throughput = throughput;
  const { measureDecodeRates } = await import('./decode-rate.js');
  report.decodeRates = await measureDecodeRates(1);
  say(`decode rates per core: ${JSON.stringify(report.decodeRates)}`);
  save();
  say(values.out ? `figures written to ${values.out}` : 'done');
}

if (isMainThread) await check();
