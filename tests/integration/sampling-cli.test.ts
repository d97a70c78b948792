// The `sample` and `elbo` commands end to end (parsed like src/cli.ts does), and samples flowing straight into
// extractFeatures without a PNG round trip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import sharp from 'sharp';
import {
  sampleCommand,
  elboCommand,
  sampleImages,
  openSampler,
  samplesAsDecoder,
  type SamplingCommand,
} from '../../src/sampling/cli.js';
import { gaussianDenoiser, linearGenerator } from '../helpers/model-fixtures.js';
import { makeSchedule } from '../../src/sampling/noise-schedule.js';
import { decodeRgb, type RgbImage } from '../../src/images/decode.js';
import { extractFeatures } from '../../src/features/extract.js';
import { DataType, model, node, tensor, valueInfo } from '../../src/features/onnx-writer.js';
import { normals } from '../../src/sampling/rng.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fid-gate-sample-cli-'));
const D = 48;
const weight = new Float32Array(D * D);
for (let d = 0; d < D; d++) weight[((d * 5 + 1) % D) * D + d] = 0.3;
const ganFile = path.join(dir, 'gan.onnx');
writeFileSync(
  ganFile,
  linearGenerator({ latent: D, channels: 3, height: 4, width: 4, weight, activation: 'tanh', zRank4: true }),
);
const denoiserFile = path.join(dir, 'denoiser.onnx');
writeFileSync(
  denoiserFile,
  gaussianDenoiser({
    alphasCumprod: makeSchedule('cosine', 100).alphasCumprod,
    prediction: 'v',
    channels: 3,
    height: 4,
    width: 4,
    mu: 0.1,
    s: 0.3,
    dynamicSize: true,
    timestepType: 'float32',
  }),
);

async function run(cmd: SamplingCommand, args: string[]) {
  const { values, positionals } = parseArgs({ args, options: cmd.options, allowPositionals: true, strict: true });
  const out: string[] = [],
    err: string[] = [];
  const code = await cmd.run(values as Record<string, string | boolean | undefined>, positionals, {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('sample --kind gan: N lossless PNGs equal to the in-memory samples, settings, grid next to the folder', async () => {
  const folder = path.join(dir, 'gan-out');
  const r = await run(sampleCommand, [
    '--generator',
    ganFile,
    '--kind',
    'gan',
    '-n',
    '10',
    '--seed',
    '3',
    '-o',
    folder,
    '--batch-size',
    '4',
    '--device',
    'cpu',
    '--threads',
    '1',
  ]);
  assert.equal(r.code, 0);
  assert.match(r.out, /10 samples \(gan\)/);
  assert.match(r.err, /sampling 10 images: 10\/10/);
  const files = readdirSync(folder).sort();
  assert.deepEqual(files, [
    ...Array.from({ length: 10 }, (_, i) => `sample_${String(i).padStart(6, '0')}.png`),
    'sampling.json',
  ]);
  const mem: RgbImage[] = [];
  for await (const img of sampleImages({ kind: 'gan', generator: ganFile, n: 10, seed: 3, device: 'cpu', threads: 1 }))
    mem.push(img);
  for (let i = 0; i < 10; i++)
    assert.deepEqual((await decodeRgb(path.join(folder, mem[i].file))).data, mem[i].data, `sample ${i}`);
  const settings = JSON.parse(readFileSync(path.join(folder, 'sampling.json'), 'utf8'));
  assert.equal(settings.kind, 'gan');
  assert.equal(settings.seed, 3);
  assert.match(settings.model.sha256, /^[0-9a-f]{64}$/);
  const grid = await sharp(path.join(dir, 'gan-out-grid.png')).metadata();
  assert.deepEqual([grid.width, grid.height], [8 * 6 + 2, 2 * 6 + 2]);
  // a folder with images is refused, --overwrite replaces earlier samples
  await assert.rejects(
    run(sampleCommand, ['--generator', ganFile, '--kind', 'gan', '-n', '3', '-o', folder]),
    /already holds 10 image/,
  );
  const r2 = await run(sampleCommand, [
    '--generator',
    ganFile,
    '--kind',
    'gan',
    '-n',
    '3',
    '-o',
    folder,
    '--overwrite',
    '--grid',
    'none',
    '--quiet',
    '--device',
    'cpu',
  ]);
  assert.equal(r2.code, 0);
  assert.equal(readdirSync(folder).filter((f) => f.endsWith('.png')).length, 3);
  await assert.rejects(run(sampleCommand, ['--kind', 'gan', '-n', '3', '-o', path.join(dir, 'x')]), /--generator/);
  await assert.rejects(
    run(sampleCommand, ['--generator', ganFile, '--kind', 'vae', '-n', '3', '-o', path.join(dir, 'x')]),
    /--kind/,
  );
});

test('sample --kind diffusion with --size, float32 timesteps, v prediction; --kind command', async () => {
  const folder = path.join(dir, 'diff-out');
  const r = await run(sampleCommand, [
    '--generator',
    denoiserFile,
    '--kind',
    'diffusion',
    '-n',
    '5',
    '-o',
    folder,
    '--size',
    '4',
    '--schedule',
    'cosine',
    '--train-steps',
    '100',
    '--prediction',
    'v',
    '--sampler',
    'ddpm',
    '--steps',
    '20',
    '--device',
    'cpu',
    '--quiet',
  ]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /5 samples \(diffusion, ddpm 20 steps\)/);
  const settings = JSON.parse(readFileSync(path.join(folder, 'sampling.json'), 'utf8'));
  assert.equal(settings.steps, 20);
  assert.equal(settings.variance, 'beta');
  await assert.rejects(
    run(sampleCommand, [
      '--generator',
      denoiserFile,
      '--kind',
      'diffusion',
      '-n',
      '2',
      '-o',
      path.join(dir, 'y'),
      '--train-steps',
      '100',
      '--device',
      'cpu',
    ]),
    /--size/,
  );
  // command: a node script writing PPMs into {out} = -o
  const script = path.join(dir, 'w.mjs');
  writeFileSync(
    script,
    `import { writeFileSync } from 'node:fs';
const [out, n] = process.argv.slice(2);
for (let i = 0; i < +n; i++) writeFileSync(out + '/s' + i + '.ppm', Buffer.concat([Buffer.from('P6\\n1 1\\n255\\n'), Buffer.from([i, 2 * i, 3 * i])]));
console.log('ok');`,
  );
  const cf = path.join(dir, 'cmd-out');
  const rc = await run(sampleCommand, [
    '--kind',
    'command',
    '--command',
    `"${process.execPath}" "${script}" {out} {n}`,
    '-n',
    '4',
    '-o',
    cf,
    '--timeout',
    '30',
  ]);
  assert.equal(rc.code, 0, rc.err);
  assert.match(rc.err, /\[sampler\] ok/);
  assert.ok(existsSync(path.join(dir, 'cmd-out-grid.png')));
  assert.deepEqual(readdirSync(cf).sort(), ['s0.ppm', 's1.ppm', 's2.ppm', 's3.ppm', 'sampling.json']);
});

test('samples flow straight into extractFeatures (no disk)', async () => {
  // a feature "network": the mean of each image's bytes
  const fm = model({
    nodes: [
      node('Cast', ['images'], ['f'], { to: DataType.FLOAT }),
      node('ReduceMean', ['f', 'axes'], ['m'], { keepdims: 0 }),
      node('Unsqueeze', ['m', 'ax1'], ['pool3']),
    ],
    initializers: [
      tensor('axes', [3], DataType.INT64, BigInt64Array.of(1n, 2n, 3n)),
      tensor('ax1', [1], DataType.INT64, BigInt64Array.of(1n)),
    ],
    inputs: [valueInfo('images', DataType.UINT8, ['N', 'H', 'W', 3])],
    outputs: [valueInfo('pool3', DataType.FLOAT, ['N', 1])],
  });
  const session = await ort.InferenceSession.create(fm);
  const sampler = await openSampler({ kind: 'gan', generator: ganFile, n: 23, seed: 8, device: 'cpu', threads: 1 });
  const { files, decode } = samplesAsDecoder(sampler.images(), sampler.n);
  const res = await extractFeatures(
    { name: 'mean', session, device: 'cpu', inputName: 'images', outputs: { pool3: 1 } },
    files,
    { decode, batchSize: 5, progress: false },
  );
  assert.equal(res.count, 23);
  const mem: RgbImage[] = [];
  for await (const img of sampleImages({ kind: 'gan', generator: ganFile, n: 23, seed: 8, device: 'cpu' }))
    mem.push(img);
  for (let i = 0; i < 23; i++) {
    const mean = mem[i].data.reduce((a, v) => a + v, 0) / mem[i].data.length;
    assert.ok(Math.abs(res.features.pool3[i] - mean) < 1e-4, `image ${i}`);
  }
});

test('elbo command: bits/dim ± standard error on a folder of PNGs, --json', async () => {
  const folder = path.join(dir, 'heldout');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder);
  for (let i = 0; i < 40; i++) {
    const z = normals(1, 50, i, 0, D);
    const chw = Uint8Array.from(z, (v) => Math.min(255, Math.max(0, Math.round((0.1 + 0.3 * v + 1) * 127.5))));
    const hwc = new Uint8Array(D);
    for (let c = 0; c < 3; c++) for (let p = 0; p < 16; p++) hwc[p * 3 + c] = chw[c * 16 + p];
    await sharp(hwc, { raw: { width: 4, height: 4, channels: 3 } })
      .png()
      .toFile(path.join(folder, `r${String(i).padStart(2, '0')}.png`));
  }
  const json = path.join(dir, 'elbo.json');
  const r = await run(elboCommand, [
    '--denoiser',
    denoiserFile,
    '--images',
    folder,
    '--size',
    '4x4',
    '--schedule',
    'cosine',
    '--train-steps',
    '100',
    '--prediction',
    'v',
    '--draws',
    '8',
    '--t-sampling',
    'stratified',
    '--json',
    json,
    '--device',
    'cpu',
    '--quiet',
  ]);
  assert.equal(r.code, 0, r.err);
  const m = /elbo-bpd: ([\d.]+) ± ([\d.]+) bits\/dim \(40 images × 8 draws, T = 100, 100 steps/.exec(r.out);
  assert.ok(m, r.out);
  const j = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(j.name, 'elbo-bpd');
  assert.equal(j.better, 'lower');
  assert.ok(Math.abs(j.value - Number(m![1])) < 1e-4 && j.std > 0);
  assert.equal(j.details.tSampling, 'stratified');
  // the entropy of N(0.1, 0.3²) 8-bit data is 7.297 bits/dim (sampling-elbo.test.ts checks the bound itself);
  // 40 images × 8 draws give a rough estimate near it
  assert.ok(Math.abs(j.value - 7.5) < 4 * j.std + 0.3, `${j.value} ± ${j.std}`);
  // wrong image size
  await assert.rejects(
    run(elboCommand, [
      '--denoiser',
      denoiserFile,
      '--images',
      folder,
      '--size',
      '8',
      '--train-steps',
      '100',
      '--device',
      'cpu',
      '--quiet',
    ]),
    /r00\.png: 4×4 pixels \(width×height\), but the denoiser .*denoiser\.onnx takes 8×8 images/,
  );
});
