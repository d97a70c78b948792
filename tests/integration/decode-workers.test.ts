// Decode workers that also make the model's float32 input (src/features/decode-pool.ts, model-inputs.ts): with the
// workers on and off, extraction gives the same features byte for byte —
//  * ONNX encoders whose features are their input, flattened (the dinov2 and clip presets, a custom NHWC 0-255
//    stretch), so that the preprocessed tensors themselves are compared;
//  * `stats --resize clean` with the synthetic Inception, the .npz files compared whole;
// over images of several sizes and formats; and with the workers, a bad image still stops the run naming its file,
// and --on-bad-image skip still leaves it out, as without them.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseEncoderArgs } from '../../src/features/encoder.js';
import { decodePool } from '../../src/features/decode-pool.js';
import { extractFolder, loadExtractor } from '../../src/pipeline.js';
import { FIXTURES, REF } from '../helpers/helpers.js';
import { cli } from '../helpers/cli.js';
import { identityEncoder as identityEncoderModel } from '../helpers/model-fixtures.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-decode-workers-'));
after(async () => {
  await decodePool(2).close();
  rmSync(tmp, { recursive: true, force: true });
});
const quiet = { progress: false as const };
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// 8 PNGs of reference set A (64×64), and images of other sizes and formats: 37×53 and 1024×768 PNGs (the clip
// preset's shorter-side resize and crop), a rotated JPEG (EXIF orientation 6), a BMP
const folder = path.join(tmp, 'images');
mkdirSync(folder);
const setA = path.join(REF, 'sets', 'A', 'head', 'images');
for (const f of readdirSync(setA)
  .filter((n) => n.endsWith('.png'))
  .sort()
  .slice(0, 8))
  copyFileSync(path.join(setA, f), path.join(folder, f));
for (const f of [
  path.join(REF, 'resize', 'f00_rgb_37x53.png'),
  path.join(REF, 'resize', 'f04_rgb_1024x768.png'),
  path.join(FIXTURES, 'decode', 'jpeg_exif6.jpg'),
  path.join(FIXTURES, 'decode', 'bmp_rgb24.bmp'),
])
  copyFileSync(f, path.join(folder, path.basename(f)));
const COUNT = 12;

/** helpers' identityEncoder written to a file of the temp folder. */
function identityEncoder(H: number, W: number, layout: 'nchw' | 'nhwc', name: string): string {
  const file = path.join(tmp, name);
  writeFileSync(file, identityEncoderModel(H, W, layout));
  return file;
}

/** Runs `f` with FID_GATE_DECODE_WORKERS set to `workers`, restoring the variable after. */
async function withWorkers<T>(workers: number, f: () => Promise<T>): Promise<T> {
  const saved = process.env.FID_GATE_DECODE_WORKERS;
  process.env.FID_GATE_DECODE_WORKERS = String(workers);
  try {
    return await f();
  } finally {
    if (saved === undefined) delete process.env.FID_GATE_DECODE_WORKERS;
    else process.env.FID_GATE_DECODE_WORKERS = saved;
  }
}

test('encoder presets: the preprocessed tensors with decode workers are those without, byte for byte', async () => {
  for (const [preset, H, W, layout] of [
    ['dinov2', 224, 224, 'nchw'],
    ['clip', 224, 224, 'nchw'],
    ['custom size=24x40 layout=nhwc range=0-255 mean=100,110,120 std=50,60,70', 24, 40, 'nhwc'],
  ] as const) {
    const spec = parseEncoderArgs({ encoder: identityEncoder(H, W, layout, `identity-${H}x${W}.onnx`), preset })!;
    const ex = await loadExtractor({ encoder: spec, device: 'cpu', threads: 1 });
    const before = decodePool(2).prepared;
    const pooled = await extractFolder(ex, folder, { batchSize: 5, decodeWorkers: 2, ...quiet });
    assert.equal(decodePool(2).prepared - before, COUNT, `${preset}: inputs made on the workers`);
    const main = await extractFolder(ex, folder, { batchSize: 5, decodeWorkers: 0, ...quiet });
    assert.deepEqual(pooled.relativeFiles, main.relativeFiles);
    assert.equal(main.count, COUNT);
    const a = pooled.features.flat!,
      b = main.features.flat!;
    assert.equal(a.length, COUNT * 3 * H * W);
    const bytes = (x: Float32Array) => Buffer.from(x.buffer, x.byteOffset, x.byteLength);
    assert.ok(bytes(a).equals(bytes(b)), preset);
    await ex.model.session.release();
  }
  assert.equal(decodePool(2).fellBack, false);
});

const STATS = ['--weights', 'synthetic', '--resize', 'clean', '--device', 'cpu'];
STATS.push('--cache-dir', path.join(tmp, 'cache'));

test('--resize clean: stats --features with FID_GATE_DECODE_WORKERS=2 and =0 write the same .npz', async () => {
  const run = (workers: number) =>
    withWorkers(workers, async () => {
      const out = path.join(tmp, `clean-w${workers}.npz`);
      const r = await cli('stats', folder, '-o', out, '--features', '--quiet', ...STATS);
      assert.equal(r.code, 0, r.err);
      assert.doesNotMatch(r.err, /decode workers unavailable/);
      return readFileSync(out);
    });
  const before = decodePool(2).prepared;
  const pooled = await run(2);
  assert.equal(decodePool(2).prepared - before, COUNT, 'clean-fid inputs made on the workers');
  const main = await run(0);
  assert.ok(pooled.length > COUNT * 2048 * 4, `${pooled.length} bytes`);
  assert.ok(pooled.equals(main), 'the .npz files differ');
});

test('--resize clean with workers: a bad image stops the run naming it; skip leaves it out as without', async () => {
  const bad = path.join(tmp, 'bad');
  mkdirSync(bad);
  for (const f of readdirSync(folder).sort().slice(0, 3)) copyFileSync(path.join(folder, f), path.join(bad, f));
  const png = readFileSync(path.join(folder, readdirSync(folder).sort()[0]!));
  const broken = path.join(bad, 'a_000b.png');
  writeFileSync(broken, png.subarray(0, png.length >> 1));
  const failed = await withWorkers(2, () => cli('stats', bad, '-o', path.join(tmp, 'bad.npz'), '--quiet', ...STATS));
  assert.equal(failed.code, 2);
  const cannot = `fid-gate stats: Cannot decode image ${esc(broken)}: corrupt or truncated PNG data`;
  assert.match(failed.err, new RegExp(cannot));
  const skip = (workers: number) =>
    withWorkers(workers, async () => {
      const out = path.join(tmp, `skip-w${workers}.npz`);
      const r = await cli('stats', bad, '-o', out, '--features', '--on-bad-image', 'skip', '--quiet', ...STATS);
      assert.equal(r.code, 0, r.err);
      const warnings = r.err.split('\n').filter((l) => l.includes('skipping'));
      assert.deepEqual(
        warnings.map((l) => l.split(': Cannot')[0]),
        [`warning: skipping ${broken} (on-bad-image: skip)`],
      );
      return readFileSync(out);
    });
  const pooled = await skip(2);
  assert.ok(pooled.equals(await skip(0)), 'the .npz files differ');
});
