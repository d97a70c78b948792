// compare with the generated side sampled from a model (no disk round trip) and the elbo-bpd metric, wired through
// runCompare, the gate rules and the report: a tiny linear "GAN" against 24 real images with synthetic Inception
// weights (fast), and a Gaussian denoiser's ELBO on a few small images.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { runCompare, type CompareOptions } from '../../src/compare.js';
import { gaussianDenoiser, linearGenerator } from '../helpers/model-fixtures.js';
import { makeSchedule } from '../../src/sampling/noise-schedule.js';
import { evaluateGate, parseRules } from '../../src/gate/rules.js';
import { validateMetricsReport } from '../../src/report/metrics-json.js';
import { formatMetricsTable } from '../../src/report/table.js';
import type { RgbImage } from '../../src/images/decode.js';

const REAL = 'fixtures/reference/sets/A/head/images';

function tinyGan(): Uint8Array {
  const latent = 4,
    c = 3,
    h = 16,
    w = 16,
    D = c * h * w;
  const weight = new Float64Array(latent * D);
  for (let i = 0; i < weight.length; i++) weight[i] = Math.sin(i * 0.37) * 0.5;
  return linearGenerator({ latent, channels: c, height: h, width: w, weight, activation: 'tanh' });
}

const base = (generator: Uint8Array, seed: number): CompareOptions => ({
  real: REAL,
  weights: 'synthetic',
  device: 'cpu',
  threads: 1,
  progress: false,
  metrics: ['fid', 'kid'],
  sampler: { kind: 'gan', generator, n: 12, seed, device: 'cpu', threads: 1, progress: false, batchSize: 5, gan: {} },
});

test('compare: generated samples from a GAN generator (kind samples, sampling protocol, reproducible by seed)', async () => {
  const gen = tinyGan();
  let grid: RgbImage[] = [];
  const a = await runCompare({
    ...base(gen, 7),
    onSamples: (first) => {
      grid = first;
    },
  });
  const r = a.report;
  assert.equal(r.generated.kind, 'samples');
  assert.equal(r.generated.count, 12);
  assert.match(r.generated.source, /^gan: /);
  assert.equal(r.protocol.nGenerated, 12);
  assert.equal(r.protocol.nReal, 24);
  assert.ok(r.protocol.sampling, 'protocol.sampling set');
  assert.equal(r.protocol.sampling!.seed, 7);
  assert.equal(r.protocol.sampling!.n, 12);
  assert.match(r.protocol.quantization, /save_image/);
  assert.ok(Number.isFinite(r.metrics.fid!.value), `FID ${r.metrics.fid!.value}`);
  assert.ok(Number.isFinite(r.metrics.kid!.value));
  assert.equal(grid.length, 12);
  assert.equal(grid[0].width, 16);
  // the report survives the baseline validation (kind 'samples')
  const back = validateMetricsReport(JSON.parse(JSON.stringify(r)), 'report.json');
  assert.equal(back.generated.kind, 'samples');

  const b = await runCompare(base(gen, 7));
  assert.equal(b.report.metrics.fid!.value, r.metrics.fid!.value, 'same seed → same FID');
  const c = await runCompare(base(gen, 8));
  assert.notEqual(c.report.metrics.fid!.value, r.metrics.fid!.value, 'another seed → another FID');
});

test('compare: neither generated nor sampler is an input error', async () => {
  await assert.rejects(runCompare({ real: REAL, weights: 'synthetic', device: 'cpu', progress: false }), /generated/);
});

test('compare: elbo-bpd from a Gaussian denoiser on held-out images, gated by a threshold rule', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'fid-gate-elbo-'));
  try {
    const images = path.join(dir, 'heldout');
    await mkdir(images);
    let k = 1;
    for (let i = 0; i < 4; i++) {
      const data = Buffer.alloc(4 * 4 * 3);
      for (let j = 0; j < data.length; j++) {
        k = (k * 1103515245 + 12345) % 2147483648;
        data[j] = 140 + (k % 30);
      }
      await sharp(data, { raw: { width: 4, height: 4, channels: 3 } })
        .png()
        .toFile(path.join(images, `h_${i}.png`));
    }
    const denoiser = gaussianDenoiser({
      alphasCumprod: makeSchedule('linear', 100).alphasCumprod,
      prediction: 'eps',
      channels: 3,
      height: 4,
      width: 4,
      mu: 0.2,
      s: 0.15,
    });
    await writeFile(path.join(dir, 'denoiser.onnx'), denoiser);
    const { report } = await runCompare({
      ...base(tinyGan(), 1),
      elbo: {
        denoiser: path.join(dir, 'denoiser.onnx'),
        images,
        schedule: 'linear',
        trainSteps: 100,
        prediction: 'eps',
        draws: 4,
        batchSize: 8,
      },
    });
    const e = report.metrics['elbo-bpd'];
    assert.ok(e, 'elbo-bpd computed');
    assert.equal(e.better, 'lower');
    assert.ok(Number.isFinite(e.value) && e.value > 0 && e.value < 16, `elbo-bpd ${e.value}`);
    assert.ok(e.std !== undefined && Number.isFinite(e.std));
    assert.match(formatMetricsTable(report), /ELBO \(bits\/dim\)/);
    const back = validateMetricsReport(JSON.parse(JSON.stringify(report)), 'report.json');
    assert.equal(back.metrics['elbo-bpd']!.value, e.value);

    const pass = evaluateGate(report, undefined, parseRules(`elbo-bpd <= ${e.value + 1}`, undefined));
    assert.equal(pass.passed, true);
    const fail = evaluateGate(report, undefined, parseRules(`elbo-bpd <= ${e.value - 0.5}\nfid <= 1e9`, undefined));
    assert.equal(fail.passed, false);
    assert.equal(fail.results.find((x) => x.metric === 'elbo-bpd')!.passed, false);
    assert.equal(parseRules('elbo <= 3.5', undefined).thresholds[0].metric, 'elbo-bpd');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('CLI: fid-gate compare REAL --generator MODEL.onnx --kind gan -n 12 --seed 3 (JSON report, grid PNG, errors)', async () => {
  const { runCli } = await import('../../src/cli.js');
  const dir = await mkdtemp(path.join(tmpdir(), 'fid-gate-cmp-gen-'));
  try {
    const model = path.join(dir, 'gen.onnx');
    await writeFile(model, tinyGan());
    const out: string[] = [],
      err: string[] = [];
    const io = {
      out: (s: string) => {
        out.push(s);
      },
      err: (s: string) => {
        err.push(s);
      },
    };
    const json = path.join(dir, 'r.json'),
      grid = path.join(dir, 'grid.png');
    const rc = await runCli(
      [
        'compare',
        REAL,
        '--generator',
        model,
        '--kind',
        'gan',
        '-n',
        '12',
        '--seed',
        '3',
        '--weights',
        'synthetic',
        '--device',
        'cpu',
        '--threads',
        '1',
        '--metrics',
        'fid',
        '--json',
        json,
        '--grid',
        grid,
        '--quiet',
      ],
      io,
    );
    assert.equal(rc, 0, err.join('\n'));
    const { readFile } = await import('node:fs/promises');
    const r = JSON.parse(await readFile(json, 'utf8'));
    assert.equal(r.generated.kind, 'samples');
    assert.equal(r.protocol.sampling.seed, 3);
    assert.ok(Number.isFinite(r.metrics.fid.value));
    const meta = await sharp(grid).metadata();
    assert.equal(meta.format, 'png');
    // a GENERATED positional as well as --generator; no -n; --elbo-images with a GAN
    assert.notEqual(await runCli(['compare', REAL, REAL, '--generator', model, '--kind', 'gan', '-n', '4'], io), 0);
    assert.notEqual(await runCli(['compare', REAL, '--generator', model, '--kind', 'gan'], io), 0);
    assert.match(err.join('\n'), /-n is required/);
    assert.notEqual(
      await runCli(['compare', REAL, '--generator', model, '--kind', 'gan', '-n', '4', '--elbo-images', REAL], io),
      0,
    );
    assert.match(err.join('\n'), /--elbo-images needs a diffusion/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
