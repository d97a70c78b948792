// Issue 7, item 1 (bad-input matrix): a generator whose inputs or outputs have the wrong shape. Tiny wrong ONNX
// models are built here with the project's ONNX writer; each must give exit 2 with a message naming the model file
// and the shape at fault (docs/errors.md, "Generators").
// Every assert.ok has a message: without one, Node builds it by re-parsing this TypeScript file, which takes minutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import * as ort from 'onnxruntime-node';
import { decodeRgb } from '../../src/images/decode.js';
import { DataType, model, node, tensor, valueInfo } from '../../src/features/onnx-writer.js';
import { estimateElbo } from '../../src/sampling/elbo.js';
import { identityDenoiser } from '../helpers/model-fixtures.js';
import { computeElbo } from '../../src/metrics/defs/elbo.js';
import { cliErrors as cli } from '../helpers/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-sampling-errors-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, bytes: Uint8Array): string {
  const f = path.join(tmp, name);
  writeFileSync(f, bytes);
  return f;
}

const F = DataType.FLOAT;
/** A GAN whose output is [N, 10] (z [N, 10] passed through): not NCHW. */
const gan2d = model({
  nodes: [node('Identity', ['z'], ['out'])],
  initializers: [],
  inputs: [valueInfo('z', F, ['N', 10])],
  outputs: [valueInfo('out', F, ['N', 10])],
});
/** A GAN whose z is int64 (no float32 input of the expected type). */
const ganInt = model({
  nodes: [node('Identity', ['z'], ['out'])],
  initializers: [],
  inputs: [valueInfo('z', DataType.INT64, ['N', 4])],
  outputs: [valueInfo('out', DataType.INT64, ['N', 4])],
});
/** A GAN with a rank-3 z. */
const ganRank3 = model({
  nodes: [node('Identity', ['z'], ['out'])],
  initializers: [],
  inputs: [valueInfo('z', F, ['N', 4, 2])],
  outputs: [valueInfo('out', F, ['N', 4, 2])],
});
/** A denoiser x [N, 3, 8, 8] → out [N, 3, 4, 4] (a strided slice): its output shape differs from its input's. */
const denoiserShrink = model({
  nodes: [node('Slice', ['x', 'starts', 'ends', 'axes', 'steps'], ['out']), node('Identity', ['t'], ['t_unused'])],
  initializers: [
    tensor('starts', [2], DataType.INT64, BigInt64Array.from([0n, 0n])),
    tensor('ends', [2], DataType.INT64, BigInt64Array.from([8n, 8n])),
    tensor('axes', [2], DataType.INT64, BigInt64Array.from([2n, 3n])),
    tensor('steps', [2], DataType.INT64, BigInt64Array.from([2n, 2n])),
  ],
  inputs: [valueInfo('x', F, ['N', 3, 8, 8]), valueInfo('t', DataType.INT64, ['N'])],
  outputs: [valueInfo('out', F, ['N', 3, 4, 4]), valueInfo('t_unused', DataType.INT64, ['N'])],
});
/** A "denoiser" with one input only (no timestep). */
const denoiserOneInput = model({
  nodes: [node('Identity', ['x'], ['out'])],
  initializers: [],
  inputs: [valueInfo('x', F, ['N', 3, 8, 8])],
  outputs: [valueInfo('out', F, ['N', 3, 8, 8])],
});

test('generators with the wrong input or output shape: exit 2, naming the model file and the shape', async () => {
  const cases: [string, Uint8Array, string[], RegExp][] = [
    ['gan-2d.onnx', gan2d, ['--kind', 'gan'], /output 0 is float32 \[4, 10\]; expected float32 \[4, C, H, W\]/],
    ['gan-int.onnx', ganInt, ['--kind', 'gan'], /input 0 \(z\) must be float32 z, not int64/],
    [
      'gan-rank3.onnx',
      ganRank3,
      ['--kind', 'gan'],
      /input 0 \(z\) must be \[N, Z\] or \[N, Z, 1, 1\]; it is \[N, 4, 2\]/,
    ],
    [
      'denoiser-shrink.onnx',
      denoiserShrink,
      ['--kind', 'diffusion', '--steps', '2'],
      /output 0 is float32 \[4, 3, 4, 4\]; expected float32 \[4, 3 \(or 6\), 8, 8\]/,
    ],
    [
      'denoiser-1in.onnx',
      denoiserOneInput,
      ['--kind', 'diffusion', '--steps', '2'],
      /must take 2 or 3 inputs \(x_t, timestep\[, labels\]\); it takes 1: x/,
    ],
  ];
  for (const [name, bytes, kind, shape] of cases) {
    const f = write(name, bytes);
    const r = await cli(
      'sample',
      '--generator',
      f,
      ...kind,
      '-n',
      '4',
      '-o',
      path.join(tmp, `out-${name}`),
      '--device',
      'cpu',
      '--quiet',
    );
    assert.equal(r.code, 2, `${name}: ${r.err}`);
    assert.ok(r.err.includes(f), `${name}: the message names the model file: ${r.err}`);
    assert.match(r.err, shape, name);
  }
});

// ---- held-out images for the diffusion ELBO (compare --elbo-images, fid-gate elbo --images) ----

/** A folder of n W×H PNGs (colour, or grey when `grey`). */
async function pngFolder(
  name: string,
  n: number,
  width: number,
  height: number,
  grey = false,
): Promise<{ dir: string; files: string[] }> {
  const dir = path.join(tmp, name);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const px = new Uint8Array(width * height * 3).map(
      (_, j) => (grey ? Math.floor(j / 3) * 29 + i * 7 : j * 37 + i * 11) % 256,
    );
    const f = path.join(dir, `img${i}.png`);
    await sharp(Buffer.from(px), { raw: { width, height, channels: 3 } })
      .png()
      .toFile(f);
    files.push(f);
  }
  return { dir, files };
}

/** The ELBO cases: [what, model file, folder, the expected message given the model path and the first image]. */
async function elboCases(): Promise<[string, string, string, (model: string, image: string) => string][]> {
  const rgb8 = write('elbo-rgb-8x8.onnx', identityDenoiser({ channels: 3, height: 8, width: 8 }));
  const grey8 = write('elbo-grey-8x8.onnx', identityDenoiser({ channels: 1, height: 8, width: 8 }));
  const shrink = write('elbo-shrink.onnx', denoiserShrink);
  const small = await pngFolder('elbo-5x6', 2, 5, 6);
  const colour = await pngFolder('elbo-colour-8x8', 2, 8, 8);
  const grey = await pngFolder('elbo-grey-8x8', 2, 8, 8, true);
  return [
    [
      '5×6 images, a 3×8×8 denoiser',
      rgb8,
      small.dir,
      (m, img) =>
        `ELBO image ${img}: 5×6 pixels (width×height), but the denoiser ${m} takes 8×8 images (its input x is [N, 3, 8, 8]): held-out images must have the model's size (they are not resized)`,
    ],
    [
      'colour images, a 1-channel denoiser',
      grey8,
      colour.dir,
      (m, img) =>
        `ELBO image ${img}: 8×8 pixels in colour, but the denoiser ${m} takes grey images (its input x is [N, 1, 8, 8]): give 1-channel (grey) images (colour images are not converted)`,
    ],
    [
      'a denoiser whose output is [N, 3, 4, 4] for an [N, 3, 8, 8] input',
      shrink,
      grey.dir,
      (m) =>
        `ELBO denoiser ${m}: the denoiser's output 0 is float32 [2, 3, 4, 4]; expected float32 [2, 3 (or 6), 8, 8]`,
    ],
  ];
}

const elboSettings = { schedule: 'linear', trainSteps: 1000, steps: 4, prediction: 'eps', draws: 1, seed: 0 } as const;

test('ELBO images of the wrong size or channels, a denoiser with the wrong output: InputError naming the image, its size, the model and the size it expects', async () => {
  for (const [what, modelFile, dir, message] of await elboCases()) {
    const session = await ort.InferenceSession.create(modelFile, { intraOpNumThreads: 1 });
    const files = readdirSync(dir)
      .sort()
      .map((n) => path.join(dir, n));
    const images = await Promise.all(files.map((f) => decodeRgb(f)));
    await assert.rejects(estimateElbo(session, images, { ...elboSettings, model: modelFile }), (e: Error) => {
      assert.equal(e.name, 'InputError', `${what}: ${e.stack}`);
      assert.equal(e.message, message(modelFile, files[0]), what);
      return true;
    });
    await session.release();
  }
  // not an error: grey images for a 3-channel denoiser (grey replicated to R, G, B, as decoded; docs/errors.md)
  const session = await ort.InferenceSession.create(path.join(tmp, 'elbo-rgb-8x8.onnx'), { intraOpNumThreads: 1 });
  const dir = path.join(tmp, 'elbo-grey-8x8');
  const grey = await Promise.all(
    readdirSync(dir)
      .sort()
      .map((n) => decodeRgb(path.join(dir, n))),
  );
  const r = await estimateElbo(session, grey, { ...elboSettings, model: 'elbo-rgb-8x8.onnx' });
  assert.ok(Number.isFinite(r.bpd) && r.images === 2, `grey images, RGB denoiser: ${r.bpd}`);
  await session.release();
});

// Both callers of estimateElbo pass the model's path: computeElbo in src/compare.ts (compare --elbo-images, the
// Action's elbo-images) and the elbo command in src/sampling/cli.ts.
test('the same through compare --elbo-images (computeElbo) and fid-gate elbo: exit 2, the model named', async () => {
  for (const [what, modelFile, dir, message] of await elboCases()) {
    const first = path.join(dir, readdirSync(dir).sort()[0]);
    await assert.rejects(
      computeElbo({ denoiser: modelFile, images: dir, ...elboSettings }, { device: 'cpu', threads: 1 }),
      (e: Error) => {
        assert.equal(e.name, 'InputError', `${what}: ${e.stack}`);
        assert.equal(e.message, message(modelFile, first), `computeElbo, ${what}`);
        return true;
      },
    );
    const r = await cli(
      'elbo',
      '--denoiser',
      modelFile,
      '--images',
      dir,
      '--steps',
      '4',
      '--draws',
      '1',
      '--device',
      'cpu',
      '--threads',
      '1',
      '--quiet',
    );
    assert.equal(r.code, 2, `${what}: ${r.err}`);
    assert.equal(r.err, `fid-gate elbo: ${message(modelFile, first)}`, `fid-gate elbo, ${what}`);
  }
});
