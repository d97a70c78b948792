// Bring-your-own ONNX encoders and clean-fid's resize mode, end to end:
//  * the option parsing (presets, custom settings, errors that name the option);
//  * the 8-bit PIL resize of the dinov2 and clip presets against Pillow 9.4 (fixtures/resize);
//  * two small encoders built here with the ONNX writer (block averages + a fixed linear map), whose features are
//    computed again in plain JS from the preprocessed pixels: NCHW with a declared D, NHWC with a symbolic D (found by
// a
//    probe run), a 3-D output refused, a layout mismatch refused;
//  * protocol (extractor onnx:<file>, the file's SHA-256, the preprocessing line), FD ≈ 0 and precision = recall = 1
//    for a folder against itself, IS refused, stats files of two presets refused as not comparable;
//  * --resize clean with the synthetic Inception: the (x − 128)/128 fold, the protocol, FID of a folder with itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { DataType, model, node, tensor, valueInfo } from '../../src/features/onnx-writer.js';
import {
  encoderInput,
  parseEncoderArgs,
  PRESET_PREPROCESS,
  resizeForEncoder,
  shorterSideSize,
  type EncoderPreprocess,
} from '../../src/features/encoder.js';
import { extractFolder, loadExtractor } from '../../src/pipeline.js';
import { runCompare } from '../../src/compare.js';
import { readStatsNpz } from '../../src/metrics/stats-file.js';
import { decodeRgb } from '../../src/images/decode.js';
import { cleanResize } from '../../src/features/clean-resize.js';
import { buildInceptionOnnx } from '../../src/features/inception-onnx.js';
import { syntheticInceptionStateDict } from '../../src/weights/synthetic.js';
import { parseNpz } from '../../src/util/npy.js';
import { InputError } from '../../src/util/errors.js';
import { FIXTURES, REF } from '../helpers/helpers.js';
import { cli } from '../helpers/cli.js';
import { identityEncoder as identityEncoderModel } from '../helpers/model-fixtures.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-enc-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const IMAGES = path.join(REF, 'sets', 'A', 'head', 'images');
const quiet = { progress: false as const };

// ---------------------------------------------------------------------------------------------------------------
// The fixture encoders: average over blocks of `block`×`block` pixels per channel, flatten (channel-major), times a
// fixed matrix W [3·bh·bw, D], plus a bias.

const weight = (i: number) => Math.fround(Math.sin(i * 0.37 + 0.1) * 0.5);
const biasOf = (j: number) => Math.fround(0.01 * j - 0.05);

interface Fixture {
  file: string;
  H: number;
  W: number;
  block: number;
  D: number;
  layout: 'nchw' | 'nhwc';
}

/** helpers' identityEncoder written to a file of the temp folder. */
function buildIdentity(H: number, W: number, layout: 'nchw' | 'nhwc', name: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, identityEncoderModel(H, W, layout));
  return file;
}

function buildEncoder(
  f: Omit<Fixture, 'file'>,
  name: string,
  opts: { symbolicD?: boolean; tokens?: boolean } = {},
): string {
  const { H, W, block, D, layout } = f;
  const bh = H / block,
    bw = W / block,
    K = 3 * bh * bw;
  const Wm = new Float32Array(K * D).map((_, i) => weight(i));
  const b = new Float32Array(D).map((_, j) => biasOf(j));
  const nodes = [];
  let x = 'pixels';
  if (layout === 'nhwc') {
    nodes.push(node('Transpose', [x], ['nchw'], { perm: [0, 3, 1, 2] }));
    x = 'nchw';
  }
  nodes.push(node('AveragePool', [x], ['pooled'], { kernel_shape: [block, block], strides: [block, block] }));
  nodes.push(node('Flatten', ['pooled'], ['flat'], { axis: 1 }));
  nodes.push(node('MatMul', ['flat', 'W'], ['mm']));
  nodes.push(node('Add', ['mm', 'b'], ['embedding']));
  const inits = [tensor('W', [K, D], DataType.FLOAT, Wm), tensor('b', [D], DataType.FLOAT, b)];
  const outputs = [valueInfo('embedding', DataType.FLOAT, ['N', opts.symbolicD ? 'D' : D])];
  if (opts.tokens) {
    inits.push(tensor('tokshape', [3], DataType.INT64, new BigInt64Array([0n, 3n, BigInt(bh * bw)])));
    nodes.push(node('Reshape', ['pooled', 'tokshape'], ['tokens']));
    outputs.push(valueInfo('tokens', DataType.FLOAT, ['N', 3, bh * bw]));
  }
  const bytes = model(
    {
      nodes,
      initializers: inits,
      inputs: [valueInfo('pixels', DataType.FLOAT, layout === 'nchw' ? ['N', 3, H, W] : ['N', H, W, 3])],
      outputs,
    },
    { opset: 17 },
  );
  const file = path.join(tmp, name);
  writeFileSync(file, bytes);
  return file;
}

/** The features, computed in plain JS (float64) from the resized uint8 pixels and the preprocessing's formula. */
function expectedFeatures(rgb: Uint8Array, p: EncoderPreprocess, f: Omit<Fixture, 'file'>): Float64Array {
  const { H, W, block, D } = f;
  const bh = H / block,
    bw = W / block;
  const flat = new Float64Array(3 * bh * bw);
  for (let c = 0; c < 3; c++) {
    for (let by = 0; by < bh; by++) {
      for (let bx = 0; bx < bw; bx++) {
        let s = 0;
        for (let y = by * block; y < (by + 1) * block; y++) {
          for (let x = bx * block; x < (bx + 1) * block; x++) {
            const v = rgb[(y * W + x) * 3 + c];
            s += ((p.range === '0-1' ? v / 255 : v) - p.mean[c]) / p.std[c];
          }
        }
        flat[(c * bh + by) * bw + bx] = s / (block * block);
      }
    }
  }
  const out = new Float64Array(D);
  for (let j = 0; j < D; j++) {
    let s = biasOf(j);
    for (let k = 0; k < flat.length; k++) s += flat[k] * weight(k * D + j);
    out[j] = s;
  }
  return out;
}

const dinoFixture = { H: 224, W: 224, block: 56, D: 16, layout: 'nchw' as const };
const customFixture = { H: 32, W: 48, block: 8, D: 10, layout: 'nhwc' as const };
let dinoModel: string, customModel: string, folder: string;

test('setup: fixture encoders and an image folder', () => {
  dinoModel = buildEncoder(dinoFixture, 'tiny-dino.onnx', { tokens: true });
  customModel = buildEncoder(customFixture, 'tiny-custom.onnx', { symbolicD: true });
  folder = path.join(tmp, 'images');
  mkdirSync(folder);
  for (const f of readdirSync(IMAGES)
    .filter((n) => n.endsWith('.png'))
    .sort())
    copyFileSync(path.join(IMAGES, f), path.join(folder, f));
});

// ---------------------------------------------------------------------------------------------------------------

test('option parsing: presets, custom settings (flags or key=value words), errors naming the option', () => {
  assert.equal(parseEncoderArgs({}), undefined);
  assert.equal(parseEncoderArgs({ encoder: 'inception' }), undefined);
  const d = parseEncoderArgs({ encoder: 'm.onnx', preset: 'dinov2' })!;
  assert.deepEqual(d.preprocess, PRESET_PREPROCESS.dinov2);
  assert.equal(d.output, undefined);
  assert.equal(parseEncoderArgs({ encoder: 'm.onnx', preset: 'CLIP', output: 'emb' })!.output, 'emb');
  const c = parseEncoderArgs({
    encoder: 'm.onnx',
    preset: 'custom',
    size: '32x48',
    mean: '1,2,3',
    std: '4,5,6',
    layout: 'NHWC',
    range: '0-255',
  })!;
  assert.deepEqual(c.preprocess, {
    preset: 'custom',
    width: 48,
    height: 32,
    fit: 'stretch',
    mean: [1, 2, 3],
    std: [4, 5, 6],
    layout: 'nhwc',
    range: '0-255',
  });
  const words = parseEncoderArgs(
    { encoder: 'm.onnx', preset: 'custom size=256 mean=0.5,0.5,0.5 std=0.5,0.5,0.5' },
    (k) => `input ${k}`,
  )!;
  assert.deepEqual(words.preprocess, {
    preset: 'custom',
    width: 256,
    height: 256,
    fit: 'crop',
    mean: [0.5, 0.5, 0.5],
    std: [0.5, 0.5, 0.5],
    layout: 'nchw',
    range: '0-1',
  });
  const bad = (a: Parameters<typeof parseEncoderArgs>[0], re: RegExp, namer?: Parameters<typeof parseEncoderArgs>[1]) =>
    assert.throws(
      () => parseEncoderArgs(a, namer),
      (e: unknown) => e instanceof InputError && re.test((e as Error).message),
      String(re),
    );
  bad({ encoder: 'm.onnx' }, /--encoder m\.onnx needs --encoder-preset dinov2, clip or custom/);
  bad({ encoder: 'm.onnx' }, /input encoder m\.onnx needs input encoder-preset/, (k) => `input ${k}`);
  bad({ encoder: 'm.pt', preset: 'dinov2' }, /--encoder: expected "inception" or the path of an \.onnx model/);
  bad({ encoder: 'm.onnx', preset: 'siglip' }, /--encoder-preset: expected dinov2, clip or custom, got "siglip"/);
  bad({ encoder: 'm.onnx', preset: 'custom' }, /custom needs --encoder-size/);
  bad({ encoder: 'm.onnx', preset: 'custom', size: '3x' }, /--encoder-size: expected HxW/);
  bad(
    { encoder: 'm.onnx', preset: 'custom', size: '8', std: '1,0,1' },
    /--encoder-std: expected three positive numbers/,
  );
  bad({ encoder: 'm.onnx', preset: 'custom', size: '8', mean: '1,2' }, /--encoder-mean: expected three numbers/);
  bad({ encoder: 'm.onnx', preset: 'custom', size: '8', layout: 'chw' }, /--encoder-layout: expected nchw or nhwc/);
  bad({ encoder: 'm.onnx', preset: 'custom', size: '8', range: '0-2' }, /--encoder-range: expected 0-1 or 0-255/);
  bad({ encoder: 'm.onnx', preset: 'custom size=8', size: '9' }, /size is given twice/);
  bad({ encoder: 'm.onnx', preset: 'custom size=8 crop=yes' }, /cannot read "crop=yes"/);
  bad({ encoder: 'm.onnx', preset: 'dinov2', size: '8' }, /--encoder-size: only with --encoder-preset custom/);
  bad({ preset: 'dinov2' }, /--encoder-preset is for an ONNX encoder: give --encoder PATH\.onnx too/);
});

test("dinov2 and clip resizes are Pillow 9.4's 8-bit bicubic (torchvision Resize/CenterCrop on a PIL image)", async () => {
  const fx = parseNpz(readFileSync(path.join(FIXTURES, 'resize', 'pil_bicubic.npz')), 'pil_bicubic.npz');
  assert.deepEqual(shorterSideSize(37, 53, 224), { width: 224, height: 320 });
  assert.deepEqual(shorterSideSize(1024, 768, 224), { width: 298, height: 224 });
  for (const [key, file] of [
    ['f00', 'f00_rgb_37x53.png'],
    ['f04', 'f04_rgb_1024x768.png'],
  ]) {
    const img = await decodeRgb(path.join(REF, 'resize', file));
    for (const preset of ['dinov2', 'clip'] as const) {
      const want = fx.get(`${key}_${preset}`)!;
      assert.deepEqual(want.shape, [224, 224, 3]);
      const got = resizeForEncoder(img, PRESET_PREPROCESS[preset]);
      assert.deepEqual(Buffer.from(got), Buffer.from(want.data as Uint8Array), `${file} ${preset}`);
    }
  }
});

test('normalization: ToTensor then Normalize in float32, NCHW and NHWC', () => {
  const img = { width: 2, height: 1, data: Uint8Array.from([0, 128, 255, 10, 20, 30]), file: 'x' };
  const p: EncoderPreprocess = { ...PRESET_PREPROCESS.dinov2, width: 2, height: 1 };
  const out = new Float32Array(6);
  encoderInput(p).write(img, out, 0);
  const f = Math.fround;
  const want = (v: number, c: number) => f(f(f(v / 255) - f(p.mean[c])) / f(p.std[c]));
  assert.deepEqual([...out], [want(0, 0), want(10, 0), want(128, 1), want(20, 1), want(255, 2), want(30, 2)]);
  const nhwc = new Float32Array(7);
  encoderInput({ ...p, layout: 'nhwc', range: '0-255', mean: [1, 2, 3], std: [2, 2, 2] }).write(img, nhwc, 1);
  assert.deepEqual([...nhwc], [0, -0.5, 63, 126, 4.5, 9, 13.5]);
  assert.deepEqual(encoderInput(p).dims(5, 9, 9), [5, 3, 1, 2]);
});

test('dinov2 preset end to end: features = the JS computation, protocol with the file hash, D from the model', async () => {
  const spec = parseEncoderArgs({ encoder: dinoModel, preset: 'dinov2' })!;
  const logs: string[] = [];
  const ex = await loadExtractor({ encoder: spec, device: 'cpu', threads: 1, log: (m) => logs.push(m) });
  assert.equal(ex.kind, 'onnx');
  assert.equal(ex.dim, 16);
  assert.equal(ex.featureOutput, 'embedding');
  assert.equal(ex.logitsOutput, undefined);
  const sha = createHash('sha256').update(readFileSync(dinoModel)).digest('hex');
  assert.deepEqual(
    { ...ex.protocol, fidGateVersion: undefined },
    {
      extractor: 'onnx:tiny-dino.onnx',
      weights: 'onnx-encoder',
      weightsSha256: sha,
      resize:
        'dinov2: PIL bicubic 224x224, /255, mean 0.485,0.456,0.406, std 0.229,0.224,0.225, NCHW float32, output embedding',
      quantization: 'png-uint8',
      fidGateVersion: undefined,
    },
  );
  assert.ok(
    logs.some((l) => /encoder: tiny-dino\.onnx .* D = 16/.test(l)),
    logs.join('\n'),
  );
  const r = await extractFolder(ex, folder, { batchSize: 7, ...quiet });
  assert.equal(r.count, 24);
  const feats = r.features.embedding;
  assert.equal(feats.length, 24 * 16);
  let worst = 0;
  for (let i = 0; i < r.count; i++) {
    const img = await decodeRgb(path.join(folder, r.relativeFiles[i]));
    const want = expectedFeatures(resizeForEncoder(img, spec.preprocess), spec.preprocess, dinoFixture);
    for (let j = 0; j < 16; j++)
      worst = Math.max(worst, Math.abs(feats[i * 16 + j] - want[j]) / (1 + Math.abs(want[j])));
  }
  // ORT averages 3136 float32 values per block: float32 rounding, not preprocessing, is what is left
  assert.ok(worst < 1e-3, `worst relative difference ${worst}`);
  await ex.model.session.release();
});

test("the preprocessed tensor, exactly: torchvision's formula in float32 on Pillow's resize (identity encoders)", async () => {
  const files = readdirSync(folder)
    .sort()
    .slice(0, 3)
    .map((f) => path.join(folder, f));
  for (const [preset, H, W, layout] of [
    ['dinov2', 224, 224, 'nchw'],
    ['clip', 224, 224, 'nchw'],
    ['custom size=24x40 layout=nhwc mean=0.5,0.4,0.3 std=0.2,0.3,0.4', 24, 40, 'nhwc'],
  ] as const) {
    const spec = parseEncoderArgs({
      encoder: buildIdentity(H, W, layout, `identity-${H}x${W}-${layout}.onnx`),
      preset,
    })!;
    const ex = await loadExtractor({ encoder: spec, device: 'cpu', threads: 1 });
    assert.equal(ex.dim, 3 * H * W);
    const r = await extractFolder(ex, folder, { files, ...quiet });
    const p = spec.preprocess;
    let worst = 0;
    for (let i = 0; i < files.length; i++) {
      const rgb = resizeForEncoder(await decodeRgb(files[i]), p);
      for (let y = 0; y < H; y++) {
        for (let x = 0; x < W; x++) {
          for (let c = 0; c < 3; c++) {
            const want = Math.fround((rgb[(y * W + x) * 3 + c] / 255 - p.mean[c]) / p.std[c]);
            const at = layout === 'nchw' ? (c * H + y) * W + x : (y * W + x) * 3 + c;
            worst = Math.max(worst, Math.abs(r.features.flat[i * 3 * H * W + at] - want));
          }
        }
      }
    }
    assert.ok(worst < 1e-6, `${preset}: worst |Δ| ${worst}`);
    await ex.model.session.release();
  }
});

test('custom preset: NHWC, 0-255, stretch to 32x48, D found by a probe run (symbolic in the model)', async () => {
  const spec = parseEncoderArgs({
    encoder: customModel,
    preset: 'custom size=32x48 mean=100,110,120 std=50,60,70 layout=nhwc range=0-255',
  })!;
  const ex = await loadExtractor({ encoder: spec, device: 'cpu', threads: 1 });
  assert.equal(ex.dim, 10);
  assert.match(
    ex.protocol.resize,
    /^custom: PIL bicubic 32x48, mean 100,110,120, std 50,60,70, NHWC float32, output embedding$/,
  );
  const r = await extractFolder(ex, folder, { batchSize: 50, ...quiet });
  const img = await decodeRgb(path.join(folder, r.relativeFiles[3]));
  const want = expectedFeatures(resizeForEncoder(img, spec.preprocess), spec.preprocess, customFixture);
  for (let j = 0; j < 10; j++)
    assert.ok(Math.abs(r.features.embedding[3 * 10 + j] - want[j]) < 1e-4 * (1 + Math.abs(want[j])), `feature ${j}`);
  await ex.model.session.release();
});

test('the model is checked: 3-D output, layout or size mismatch, unknown output name', async () => {
  const load = (a: Parameters<typeof parseEncoderArgs>[0]) =>
    loadExtractor({ encoder: parseEncoderArgs(a)!, device: 'cpu', threads: 1 });
  await assert.rejects(
    load({ encoder: dinoModel, preset: 'dinov2', output: 'tokens' }),
    /output tokens has shape \[N, 3, 16\]; features must be 2-D \[N, D\]/,
  );
  await assert.rejects(
    load({ encoder: dinoModel, preset: 'dinov2', output: 'logits' }),
    /no output named "logits" \(outputs: embedding, tokens\)/,
  );
  await assert.rejects(
    load({ encoder: customModel, preset: 'dinov2' }),
    /its input pixels has shape \[N, 32, 48, 3\], but the dinov2 preprocessing makes \[N, 3, 224, 224\] \(NCHW\)/,
  );
  await assert.rejects(
    load({ encoder: path.join(tmp, 'missing.onnx'), preset: 'clip' }),
    /missing\.onnx: no such file/,
  );
  const fixedBatch = path.join(tmp, 'fixed-batch.onnx');
  writeFileSync(
    fixedBatch,
    model(
      {
        nodes: [node('Flatten', ['pixels'], ['flat'], { axis: 1 })],
        initializers: [],
        inputs: [valueInfo('pixels', DataType.FLOAT, [1, 3, 224, 224])],
        outputs: [valueInfo('flat', DataType.FLOAT, [1, 3 * 224 * 224])],
      },
      { opset: 17 },
    ),
  );
  await assert.rejects(
    load({ encoder: fixedBatch, preset: 'dinov2' }),
    /input pixels has a fixed batch size \(shape \[1, 3, 224, 224\]\); export it with a dynamic batch axis/,
  );
  const notOnnx = path.join(tmp, 'garbage.onnx');
  writeFileSync(notOnnx, 'not a model');
  await assert.rejects(load({ encoder: notOnnx, preset: 'dinov2' }), /garbage\.onnx: onnxruntime cannot load it/);
  await assert.rejects(
    loadExtractor({ encoder: parseEncoderArgs({ encoder: dinoModel, preset: 'dinov2' }), weights: 'synthetic' }),
    /--weights is for the Inception network/,
  );
});

test("compare a folder with itself in the encoder's space: FD ≈ 0, precision = recall = 1; IS refused", async () => {
  const encoder = parseEncoderArgs({ encoder: dinoModel, preset: 'dinov2' })!;
  const { report } = await runCompare({
    real: folder,
    generated: folder,
    encoder,
    metrics: ['fid', 'kid', 'prdc'],
    device: 'cpu',
    threads: 1,
    progress: false,
  });
  assert.ok(Math.abs(report.metrics.fid!.value) < 1e-4, `FD ${report.metrics.fid!.value}`);
  assert.equal(report.metrics.precision!.value, 1);
  assert.equal(report.metrics.recall!.value, 1);
  assert.equal(report.metrics.coverage!.value, 1);
  assert.ok(Number.isFinite(report.metrics.kid!.value));
  assert.equal(report.protocol.extractor, 'onnx:tiny-dino.onnx');
  assert.ok(
    report.notes.some((n) => /features from onnx:tiny-dino\.onnx \(D = 16\)/.test(n)),
    report.notes.join('\n'),
  );
  await assert.rejects(
    runCompare({ real: folder, generated: folder, encoder, metrics: ['fid', 'is'], progress: false }),
    /IS \(Inception Score\) needs the Inception network's class logits/,
  );
});

test('CLI: stats with an encoder (features N×D, no logits), compare of stats files, presets never mixed', async () => {
  const a = path.join(tmp, 'dino.npz'),
    b = path.join(tmp, 'clip.npz');
  const s1 = await cli(
    'stats',
    folder,
    '-o',
    a,
    '--encoder',
    dinoModel,
    '--encoder-preset',
    'dinov2',
    '--features',
    '--device',
    'cpu',
    '--quiet',
  );
  assert.equal(s1.code, 0, s1.err);
  const st = await readStatsNpz(a);
  assert.equal(st.dim, 16);
  assert.equal(st.count, 24);
  assert.equal(st.features!.length, 24 * 16);
  assert.equal(st.logits, undefined);
  assert.equal(st.protocol!.extractor, 'onnx:tiny-dino.onnx');
  const c1 = await cli('compare', a, a, '--json', path.join(tmp, 'r.json'));
  assert.equal(c1.code, 0, c1.err);
  const rep = JSON.parse(readFileSync(path.join(tmp, 'r.json'), 'utf8'));
  assert.deepEqual(
    Object.keys(rep.metrics).sort(),
    ['coverage', 'density', 'fid', 'kid', 'precision', 'recall'],
    'the default metrics leave IS out',
  );
  assert.ok(Math.abs(rep.metrics.fid.value) < 1e-4, `FD ${rep.metrics.fid.value}`);
  const s2 = await cli(
    'stats',
    folder,
    '-o',
    b,
    '--encoder',
    dinoModel,
    '--encoder-preset',
    'clip',
    '--device',
    'cpu',
    '--quiet',
  );
  assert.equal(s2.code, 0, s2.err);
  const c2 = await cli('compare', a, b, '--metrics', 'fid');
  assert.equal(c2.code, 2);
  assert.match(
    c2.err,
    /different protocols \(resize dinov2: .* vs clip: PIL bicubic shorter side 224, center crop 224x224/,
  );
  const c3 = await cli('compare', a, a, '--metrics', 'is');
  assert.equal(c3.code, 2);
  assert.match(c3.err, /IS \(Inception Score\) needs the Inception network's class logits/);
  const c4 = await cli(
    'compare',
    folder,
    folder,
    '--encoder',
    dinoModel,
    '--encoder-preset',
    'dinov2',
    '--resize',
    'clean',
  );
  assert.equal(c4.code, 2);
  assert.match(c4.err, /--resize clean is for the Inception network/);
  const c5 = await cli('stats', folder, '-o', b, '--resize', 'bilinear');
  assert.equal(c5.code, 2);
  assert.match(c5.err, /--resize: expected legacy-pytorch or clean, got "bilinear"/);
});

// ---------------------------------------------------------------------------------------------------------------

test('clean Inception graph: float NHWC input, no resize, (x − 128)/128 folded into the first conv', async () => {
  const sd = syntheticInceptionStateDict();
  const legacy = await ort.InferenceSession.create(buildInceptionOnnx(sd), { intraOpNumThreads: 2 });
  const clean = await ort.InferenceSession.create(
    buildInceptionOnnx(sd, 'synthetic', {}, { input: 'float299-clean' }),
    { intraOpNumThreads: 2 },
  );
  assert.equal(clean.inputMetadata[0].isTensor && clean.inputMetadata[0].type, 'float32');
  // a 299×299 uint8 image X: the legacy graph's resize is the identity and it sees 2X/255 − 1; the clean graph fed
  // with X·256/255 sees (X·256/255 − 128)/128 = 2X/255 − 1 as well
  const img = await decodeRgb(path.join(REF, 'resize', 'f00_rgb_37x53.png'));
  const x = Uint8Array.from(cleanResize(img.data, img.width, img.height), (v) => Math.round(v));
  const l = await legacy.run({ images: new ort.Tensor('uint8', x, [1, 299, 299, 3]) });
  const c = await clean.run({
    images: new ort.Tensor(
      'float32',
      Float32Array.from(x, (v) => (v * 256) / 255),
      [1, 299, 299, 3],
    ),
  });
  const lp = l.pool3.data as Float32Array,
    cp = c.pool3.data as Float32Array;
  let e = 0,
    n = 0;
  for (let i = 0; i < lp.length; i++) {
    e += (lp[i] - cp[i]) ** 2;
    n += lp[i] ** 2;
  }
  assert.ok(Math.sqrt(e / n) < 1e-4, `relative L2 ${Math.sqrt(e / n)}`);
  await legacy.release();
  await clean.release();
});

test('--resize clean end to end (synthetic weights): protocol says clean, features differ from legacy, FID(X, X) ≈ 0', async () => {
  const few = path.join(tmp, 'few');
  mkdirSync(few);
  for (const f of readdirSync(folder).sort().slice(0, 8)) copyFileSync(path.join(folder, f), path.join(few, f));
  const out = path.join(tmp, 'clean.npz'),
    outLegacy = path.join(tmp, 'legacy.npz');
  const s = await cli(
    'stats',
    few,
    '-o',
    out,
    '--weights',
    'synthetic',
    '--resize',
    'clean',
    '--features',
    '--device',
    'cpu',
    '--quiet',
  );
  assert.equal(s.code, 0, s.err);
  const st = await readStatsNpz(out);
  assert.equal(st.protocol!.resize, 'clean');
  assert.equal(st.protocol!.extractor, 'pytorch-fid-inception-v3');
  assert.equal(st.features!.length, 8 * 2048);
  assert.equal(st.logits!.length, 8 * 1008);
  const sl = await cli(
    'stats',
    few,
    '-o',
    outLegacy,
    '--weights',
    'synthetic',
    '--features',
    '--device',
    'cpu',
    '--quiet',
  );
  assert.equal(sl.code, 0, sl.err);
  const lg = await readStatsNpz(outLegacy);
  assert.equal(lg.protocol!.resize, 'legacy-pytorch');
  let diff = 0;
  for (let i = 0; i < 2048; i++) diff = Math.max(diff, Math.abs(lg.features![i] - st.features![i]));
  assert.ok(diff > 1e-3, 'clean and legacy features differ');
  const self = await cli('compare', out, out, '--metrics', 'fid,prdc', '--json', path.join(tmp, 'c.json'));
  assert.equal(self.code, 0, self.err);
  const rep = JSON.parse(readFileSync(path.join(tmp, 'c.json'), 'utf8'));
  assert.ok(Math.abs(rep.metrics.fid.value) < 1e-4, `FID ${rep.metrics.fid.value}`);
  assert.equal(rep.metrics.precision.value, 1);
  assert.equal(rep.metrics.recall.value, 1);
  assert.equal(rep.protocol.resize, 'clean');
  const mixed = await cli('compare', out, outLegacy, '--metrics', 'fid');
  assert.equal(mixed.code, 2);
  assert.match(mixed.err, /different protocols \(resize clean vs legacy-pytorch\)/);
});

test('Action inputs: resize, encoder, encoder-preset (custom settings as words), encoder-output', async () => {
  const { readInputs } = await import('../../src/action/inputs.js');
  const get = (v: Record<string, string>) => (name: string) =>
    ({ real: 'r', generated: 'g', encoder: 'inception', resize: 'legacy-pytorch', ...v })[name] ?? '';
  const d = readInputs(get({}));
  assert.equal(d.resize, 'legacy-pytorch');
  assert.equal(d.encoder, undefined);
  assert.deepEqual(d.metrics, ['fid', 'kid', 'is', 'prdc']);
  assert.equal(readInputs(get({ resize: 'Clean' })).resize, 'clean');
  const e = readInputs(get({ encoder: 'models/dinov2.onnx', 'encoder-preset': 'dinov2', 'encoder-output': 'emb' }));
  assert.equal(e.encoder!.path, 'models/dinov2.onnx');
  assert.equal(e.encoder!.output, 'emb');
  assert.deepEqual(e.metrics, ['fid', 'kid', 'prdc'], 'empty metrics: every metric that applies (no IS)');
  const c = readInputs(
    get({ encoder: 'm.onnx', 'encoder-preset': 'custom size=336 mean=0.5,0.5,0.5 std=0.5,0.5,0.5', metrics: 'fid' }),
  );
  assert.deepEqual([c.encoder!.preprocess.width, c.encoder!.preprocess.fit], [336, 'crop']);
  const bad = (v: Record<string, string>, re: RegExp) =>
    assert.throws(
      () => readInputs(get(v)),
      (err: unknown) => err instanceof InputError && re.test((err as Error).message),
      String(re),
    );
  bad({ resize: 'bicubic' }, /input resize: expected one of legacy-pytorch, clean, got "bicubic"/);
  bad({ encoder: 'm.onnx' }, /input encoder m\.onnx needs input encoder-preset/);
  bad({ 'encoder-preset': 'dinov2' }, /input encoder-preset is for an ONNX encoder: give input encoder PATH\.onnx too/);
  bad(
    { encoder: 'm.onnx', 'encoder-preset': 'clip', metrics: 'fid,is' },
    /input metrics: IS \(Inception Score\) needs the Inception network's class logits/,
  );
  bad(
    { encoder: 'm.onnx', 'encoder-preset': 'clip', resize: 'clean' },
    /input resize: clean is for the Inception network/,
  );
  bad(
    { encoder: 'm.onnx', 'encoder-preset': 'clip', weights: 'synthetic' },
    /input weights is for the Inception network/,
  );
});
