// fid-gate's Inception graph against torch.onnx.export's graph of the same network (bench/torch_yardstick.py), on the
// same machine and in the same process, alternating batches so that background load hits both alike. Also checks
// that both graphs give the same pool3 features (relative L2), i.e. that the exported PyTorch network is the same
// network. Usage: npx tsx bench/graph-vs-export.ts EXPORTED.onnx [--batch-size 50] [--rounds 4] [--threads 2]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as ort from 'onnxruntime-node';
import { syntheticInceptionStateDict } from '../src/weights/synthetic.js';
import { buildInceptionOnnx } from '../src/features/inception-onnx.js';
import { cpuSessionOptions } from '../src/features/session.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'batch-size': { type: 'string' }, rounds: { type: 'string' }, threads: { type: 'string' } },
});
const B = Number(values['batch-size'] ?? 50),
  R = Number(values.rounds ?? 4);
const opts = cpuSessionOptions(values.threads ? Number(values.threads) : undefined);
const ours = await ort.InferenceSession.create(buildInceptionOnnx(syntheticInceptionStateDict()), opts);
const theirs = await ort.InferenceSession.create(readFileSync(positionals[0]), opts);
const u8 = new Uint8Array(B * 64 * 64 * 3);
for (let i = 0; i < u8.length; i++) u8[i] = (Math.imul(i, 2654435761) >>> 24) & 255;
const nchw = new Float32Array(B * 3 * 64 * 64);
for (let n = 0; n < B; n++)
  for (let y = 0; y < 64; y++)
    for (let x = 0; x < 64; x++)
      for (let c = 0; c < 3; c++) {
        nchw[((n * 3 + c) * 64 + y) * 64 + x] = u8[((n * 64 + y) * 64 + x) * 3 + c] / 255;
      }
const runOurs = async () =>
  (await ours.run({ images: new ort.Tensor('uint8', u8, [B, 64, 64, 3]) })).pool3.data as Float32Array;
const runTheirs = async () => {
  const o = await theirs.run({ [theirs.inputNames[0]]: new ort.Tensor('float32', nchw, [B, 3, 64, 64]) });
  return o[theirs.outputNames[0]].data as Float32Array;
};
const a = await runOurs(),
  b = await runTheirs();
let e = 0,
  n = 0;
for (let i = 0; i < a.length; i++) {
  e += (a[i] - b[i]) ** 2;
  n += b[i] ** 2;
}
console.log(`same network: relative L2 difference of pool3 = ${Math.sqrt(e / n).toExponential(2)}`);
const t = { ours: [] as number[], theirs: [] as number[] };
for (let r = 0; r < R; r++) {
  for (const [k, f] of [
    ['ours', runOurs],
    ['theirs', runTheirs],
  ] as const) {
    const t0 = performance.now();
    await f();
    t[k].push(B / ((performance.now() - t0) / 1000));
  }
}
const med = (x: number[]) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
console.log(`batch ${B}, ${opts.intraOpNumThreads} threads, ${R} rounds (img/s, best / median):`);
console.log(`  fid-gate graph:        ${Math.max(...t.ours).toFixed(1)} / ${med(t.ours).toFixed(1)}`);
console.log(`  torch.onnx.export:     ${Math.max(...t.theirs).toFixed(1)} / ${med(t.theirs).toFixed(1)}`);
console.log(`  ratio (ours/exported): ${(med(t.ours) / med(t.theirs)).toFixed(2)}`);
