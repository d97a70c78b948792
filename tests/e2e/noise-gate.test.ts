// Issue 6, tests with known truth, through the CLI as a user runs it (`fid-gate compare … --baseline … --max-regression
// …`), on the reference pack's real pool3 features (fixtures/reference/sets/*/pool3.npz; see SOURCE.md):
//   reference = A (200 crops of 10 photos);
//   within noise: baseline B[0:100], candidate B[100:200] (other crops of the same photos: an independent draw of the
//     same distribution) must pass as "within noise" although metrics moved past tight limits;
//   degraded: baseline B (200), candidates C (B's crops plus Gaussian noise) and D (blurred) must fail, FID's interval
//     of the difference excluding zero. (At 100 images against d = 2048 the synthetic-weight features are so noisy
//     that blur is not separable from noise by FID: measured FID(A, D-subset) has a standard deviation of 25 between
//     subsets of 100 — so the degraded sets are judged at the pack's full 200.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StatsAccumulator } from '../../src/metrics/stats.js';
import { writeStatsNpz } from '../../src/metrics/stats-file.js';
import { VERSION } from '../../src/version.js';
import { REF as REF_DIR, referencePool3 } from '../helpers/helpers.js';
import type { MetricsReport } from '../../src/core/report-types.js';
import { cli } from '../helpers/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-noise-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
const D = 2048;
const PROTOCOL = {
  extractor: 'pytorch-fid-inception-v3',
  weights: 'synthetic',
  weightsSha256: 'e23305e2b70ee7741ee876eaf2a1da8e4d1ed44c542635bf1d0782b4d59c3f2a',
  resize: 'legacy-pytorch',
  quantization: 'png-uint8',
  fidGateVersion: VERSION,
};

/** Rows [from, to) of a set's pool3 features as a fid-gate stats file with features. */
async function statsFile(set: string, from: number, to: number): Promise<string> {
  const { data } = referencePool3(set);
  const features = data.slice(from * D, to * D);
  const acc = new StatsAccumulator(D);
  await acc.add(features, to - from);
  const s = await acc.finalize();
  const file = path.join(tmp, `${set}_${from}_${to}.npz`);
  await writeStatsNpz(file, { ...s, features, protocol: PROTOCOL });
  return file;
}

const RULES = 'fid: +2%, kid: +0.002, precision: -0.02, recall: -0.02, density: -0.02, coverage: -0.02';

test('same distribution within noise, noised and blurred sets fail: compare --baseline --max-regression, exit codes 0 and 1', async () => {
  const real = await statsFile('A', 0, 200);
  const baseJson = path.join(tmp, 'base.json');
  const b = await cli(
    'compare',
    real,
    await statsFile('B', 0, 100),
    '--metrics',
    'fid,kid,prdc',
    '--json',
    baseJson,
    '--quiet',
  );
  assert.equal(b.code, 0, b.err);
  const base = JSON.parse(readFileSync(baseJson, 'utf8')) as MetricsReport;
  assert.equal(base.protocol.bootstrap?.replicates, 200);
  assert.equal(base.metrics.fid!.ci!.replicates!.length, 200);
  assert.match(b.out, /FID\s+\S+ ± \S+/);

  // B′: another 100 crops of the same photos
  const sameJson = path.join(tmp, 'same.json');
  const same = await cli(
    'compare',
    real,
    await statsFile('B', 100, 200),
    '--metrics',
    'fid,kid,prdc',
    '--baseline',
    baseJson,
    '--max-regression',
    RULES,
    '--json',
    sameJson,
    '--quiet',
  );
  assert.equal(same.code, 0, `${same.out}\n${same.err}`);
  const s = JSON.parse(readFileSync(sameJson, 'utf8')) as MetricsReport;
  const results = s.gate!.results;
  assert.equal(results.length, 6);
  assert.ok(
    results.every((r) => r.passed && r.noise?.method === 'paired'),
    JSON.stringify(results, null, 1),
  );
  // the plain rule would have blocked this PR: at least one metric moved past its limit and was judged noise
  const noise = results.filter(
    (r) => r.noise?.verdict === 'within noise' && Math.abs(r.value - r.baseline!) > Math.abs(r.limit - r.baseline!),
  );
  assert.ok(noise.length >= 1, `no rule was saved by the noise check: ${same.out}`);
  assert.match(same.out, /within noise, 95% interval of the difference/);
  assert.match(same.out, /gate passed \(6 rules\)/);

  // C (noise) and D (blur) against B at N = 200: FID far above, intervals exclude zero
  const base200 = path.join(tmp, 'base200.json');
  assert.equal(
    (
      await cli(
        'compare',
        real,
        await statsFile('B', 0, 200),
        '--metrics',
        'fid,kid,prdc',
        '--json',
        base200,
        '--quiet',
      )
    ).code,
    0,
  );
  for (const [set, label] of [
    ['C', 'noised'],
    ['D', 'blurred'],
  ] as const) {
    const json = path.join(tmp, `${set}.json`);
    const r = await cli(
      'compare',
      real,
      await statsFile(set, 0, 200),
      '--metrics',
      'fid,kid,prdc',
      '--baseline',
      base200,
      '--max-regression',
      RULES,
      '--json',
      json,
      '--quiet',
    );
    assert.equal(r.code, 1, `${label}: ${r.out}\n${r.err}`);
    const rep = JSON.parse(readFileSync(json, 'utf8')) as MetricsReport;
    const fid = rep.gate!.results.find((x) => x.metric === 'fid')!;
    assert.equal(fid.passed, false, `${label}: ${fid.message}`);
    assert.equal(fid.noise?.verdict, 'significant');
    assert.ok(fid.value - fid.baseline! > fid.noise!.halfWidth, `${label}: ${fid.message}`);
    assert.match(r.out, /FAIL: fid regressed .* which excludes 0/);
    assert.match(r.out, /gate FAILED/);
  }
});

test('CLI gate: thresholds from a file or inline, a baseline of another N is not comparable, usage errors exit 2', async () => {
  const real = await statsFile('A', 0, 200);
  const gen = await statsFile('B', 0, 100);
  const rulesFile = path.join(tmp, 'thresholds.txt');
  writeFileSync(rulesFile, '# quality bar\nfid <= 1000\nprecision >= 0.01\n');
  const ok = await cli(
    'compare',
    real,
    gen,
    '--metrics',
    'fid,prdc',
    '--thresholds',
    rulesFile,
    '--bootstrap',
    '0',
    '--quiet',
  );
  assert.equal(ok.code, 0, ok.err);
  assert.match(ok.out, /pass: fid = \S+ <= 1000/);
  const bad = await cli(
    'compare',
    real,
    gen,
    '--metrics',
    'fid',
    '--thresholds',
    'fid <= 1',
    '--bootstrap',
    '0',
    '--quiet',
  );
  assert.equal(bad.code, 1);
  assert.match(bad.out, /FAIL: fid = \S+ > 1 \(threshold "fid <= 1"\)/);
  // a baseline with another N: not comparable, the regression rule is not evaluated (and says why)
  const json = path.join(tmp, 'n100.json');
  assert.equal(
    (await cli('compare', real, gen, '--metrics', 'fid', '--bootstrap', '0', '--json', json, '--quiet')).code,
    0,
  );
  const other = await cli(
    'compare',
    real,
    await statsFile('B', 0, 150),
    '--metrics',
    'fid',
    '--bootstrap',
    '0',
    '--baseline',
    json,
    '--max-regression',
    'fid: +1%',
    '--quiet',
  );
  assert.equal(other.code, 0, other.err);
  assert.match(
    other.out,
    /warning: baseline not comparable: N generated 100 → 150 \(FID's bias depends on N\); no comparison/,
  );
  assert.match(other.out, /regression rule "fid: \+1%" not evaluated: no comparable baseline/);
  // usage errors
  const e1 = await cli('compare', real, gen, '--max-regression', 'fid: +1%', '--quiet');
  assert.equal(e1.code, 2);
  assert.match(e1.err, /--max-regression needs --baseline/);
  const e2 = await cli('compare', real, gen, '--thresholds', 'fid <= 1\nbogus line', '--quiet');
  assert.equal(e2.code, 2);
  assert.match(e2.err, /--thresholds, line 2: cannot parse "bogus line"/);
  const e3 = await cli(
    'compare',
    real,
    gen,
    '--metrics',
    'fid',
    '--thresholds',
    'recall >= 0.5',
    '--bootstrap',
    '0',
    '--quiet',
  );
  assert.equal(e3.code, 2);
  assert.match(e3.err, /rule "recall >= 0.5" is on recall, which is not computed/);
  const e4 = await cli('compare', real, gen, '--bootstrap', '1');
  assert.equal(e4.code, 2);
  assert.match(e4.err, /--bootstrap: 1 replicate gives no interval/);
  const e5 = await cli('compare', real, gen, '--pairs-grid', path.join(tmp, 'x.png'));
  assert.equal(e5.code, 2);
  assert.match(e5.err, /--pairs-grid needs --training DIR/);
  // training features of another dimension (another extractor)
  const small = path.join(tmp, 'd64.npz');
  const f64 = referencePool3('B').data.slice(0, 40 * 64);
  const acc = new StatsAccumulator(64);
  await acc.add(f64, 40);
  await writeStatsNpz(small, { ...(await acc.finalize()), features: f64, protocol: PROTOCOL });
  const e6 = await cli('compare', real, gen, '--training', small, '--metrics', 'fid', '--bootstrap', '0', '--quiet');
  assert.equal(e6.code, 2);
  assert.match(
    e6.err,
    /training \(.*d64\.npz\) has 64-dimensional features, the other inputs 2048: they come from different extractors/,
  );
  const e7 = await cli('compare', real, gen, '--bootstrap=-3');
  assert.equal(e7.code, 2);
  assert.match(e7.err, /--bootstrap: expected a non-negative integer, got "-3"/);
});

test('memorization: copies of training images among the generated ones are flagged, named and drawn; a leaking reference warns', async () => {
  const { cpSync, mkdirSync, readdirSync } = await import('node:fs');
  const sharp = (await import('sharp')).default;
  const head = (set: string) => path.join(REF_DIR, 'sets', set, 'head', 'images');
  const train = head('A');
  const gen = path.join(tmp, 'gen-with-copies');
  mkdirSync(gen);
  const cFiles = readdirSync(head('C')).sort();
  for (const f of cFiles.slice(0, 20)) cpSync(path.join(head('C'), f), path.join(gen, f));
  const copied = ['a_003.png', 'a_007.png', 'a_011.png', 'a_019.png'];
  for (const f of copied) cpSync(path.join(train, f), path.join(gen, `z_copy_of_${f}`));
  const ref = path.join(tmp, 'ref-leaking');
  mkdirSync(ref);
  for (const f of readdirSync(head('B')).sort().slice(0, 22)) cpSync(path.join(head('B'), f), path.join(ref, f));
  for (const f of ['a_005.png', 'a_013.png']) cpSync(path.join(train, f), path.join(ref, `leak_${f}`));
  const json = path.join(tmp, 'mem.json'),
    grid = path.join(tmp, 'pairs.png');
  const r = await cli(
    'compare',
    ref,
    gen,
    '--training',
    train,
    '--pairs-grid',
    grid,
    '--metrics',
    'fid',
    '--bootstrap',
    '0',
    '--weights',
    'synthetic',
    '--cache-dir',
    path.join(tmp, 'cache'),
    '--device',
    'cpu',
    '--thresholds',
    'memorization <= 0.05',
    '--json',
    json,
    '--quiet',
  );
  assert.equal(r.code, 1, `${r.out}\n${r.err}`);
  const rep = JSON.parse(readFileSync(json, 'utf8')) as MetricsReport;
  const m = rep.metrics.memorization!;
  const d = m.details as {
    flagged: number;
    closestPairs: { generated: string; training: string; ratio: number }[];
    referenceFlagged: number;
    referenceLeaks: { reference: string; training: string }[];
  };
  // exactly the 4 copies: ratio 0, each paired with the image it copies
  assert.equal(d.flagged, 4);
  assert.equal(m.value, 4 / 24);
  const top = d.closestPairs.slice(0, 4);
  assert.deepEqual(
    top.map((p) => p.ratio),
    [0, 0, 0, 0],
  );
  assert.deepEqual(top.map((p) => p.generated.replace('z_copy_of_', '')).sort(), copied);
  for (const p of top) assert.equal(p.training, p.generated.replace('z_copy_of_', ''));
  assert.match(r.out, /FAIL: memorization = 0\.1667 > 0\.05/);
  // the leaking reference: both planted images (ratio 0), and a warning. A third is a real partial duplicate: b_006 is
  // the crop (572, 68) of flower.jpg and a_016 the crop (563, 48) — 59 % of their pixels are the same (pack's
  // files.json) — at ρ = 0.24 against only 24 training images
  assert.deepEqual(
    d.referenceLeaks.map((p) => p.reference),
    ['leak_a_005.png', 'leak_a_013.png', 'b_006.png'],
    JSON.stringify(d.referenceLeaks),
  );
  assert.deepEqual(
    d.referenceLeaks.map((p) => p.training),
    ['a_005.png', 'a_013.png', 'a_016.png'],
  );
  assert.equal(d.referenceFlagged, 3);
  assert.ok(
    rep.notes.some((n) => /^WARNING: 3 of 24 reference images are near-duplicates of training images/.test(n)),
    rep.notes.join('\n'),
  );
  // the grid: one row per pair (16), generated left and training right, identical for the copies
  const meta = await sharp(grid).metadata();
  assert.equal(meta.height, 16 * 66 + 2);
  assert.equal(meta.width, 2 * 66 + 2);
  const { data, info } = await sharp(grid).raw().toBuffer({ resolveWithObject: true });
  const px = (x: number, y: number) => data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3);
  assert.deepEqual([...px(2 + 30, 2 + 30)], [...px(68 + 30, 2 + 30)], 'a copy looks like its training image');
});

test('FD∞ through compare --metrics fid,fdinf: 15 sizes from N/10 to N, the intercept below FID at N, gateable', async () => {
  const real = await statsFile('A', 0, 200);
  const json = path.join(tmp, 'fdinf.json');
  const r = await cli(
    'compare',
    real,
    await statsFile('B', 0, 200),
    '--metrics',
    'fid,fdinf',
    '--bootstrap',
    '0',
    '--thresholds',
    'fd-inf <= 1000',
    '--json',
    json,
    '--quiet',
  );
  assert.equal(r.code, 0, r.err);
  const rep = JSON.parse(readFileSync(json, 'utf8')) as MetricsReport;
  const f = rep.metrics['fd-inf']!;
  const d = f.details as { sizes: number[]; fids: number[]; slope: number; rSquared: number; reference: string };
  assert.equal(d.sizes.length, 15);
  assert.equal(d.sizes[0], 20);
  assert.equal(d.sizes[14], 200);
  // the largest size is the whole set: its FID is the reported FID
  assert.ok(
    Math.abs(d.fids[14] - rep.metrics.fid!.value) < 1e-6 * rep.metrics.fid!.value,
    `${d.fids[14]} vs ${rep.metrics.fid!.value}`,
  );
  assert.ok(f.value < rep.metrics.fid!.value && d.slope > 0, `FD∞ ${f.value}, slope ${d.slope}`);
  assert.match(r.out, /FD∞\s+\S+\s+FID at 15 sizes, fit against 1\/N/);
  assert.ok(rep.notes.some((n) => /FD∞: N generated \(200\) is below 2 × d \(4096\)/.test(n)));
  assert.match(r.out, /pass: fd-inf = \S+ <= 1000/);
});
