// Sharded evaluation: shards of a folder (stats --shard i/n) or of a sampler's samples, merged, equal the single run.
// Known truth: the single run itself (mu and sigma within 1e-12 relative, features, logits and names identical,
// every metric equal), the Gaussian statistics of the whole feature matrix for the merge arithmetic, and the
// refusals' messages (mixed protocol, shard given twice, shard missing) naming the files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/helpers.js';
import { parseShard, shardRange, MAX_SHARDS } from '../../src/images/shard.js';
import {
  absorb,
  finishStats,
  mergePartFiles,
  partialStats,
  writePartNpz,
  PARTIAL_FORMAT,
  type PartFile,
} from '../../src/metrics/partial-stats.js';
import { gaussianStats } from '../../src/metrics/stats.js';
import { readStatsNpz, writeStatsNpz, type StatsFile } from '../../src/metrics/stats-file.js';
import { extractFolder, listFolder, loadExtractor, type LoadedExtractor } from '../../src/pipeline.js';
import { folderPart, shardSampler } from '../../src/parts.js';
import { runCompare } from '../../src/compare.js';
import { runCli } from '../../src/cli.js';
import { openSampler } from '../../src/sampling/sample.js';
import { linearGenerator } from '../helpers/model-fixtures.js';
import { runInProcess } from '../helpers/action-fakes.js';
import { FakeGitHub } from '../helpers/fake-github.js';

const SETS = path.join(ROOT, 'fixtures', 'reference', 'sets');
const imagesOf = (set: string) => path.join(SETS, set, 'head', 'images');
let tmp: string;
let ex: LoadedExtractor;

before(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-shard-'));
  ex = await loadExtractor({ weights: 'synthetic', device: 'cpu', cacheDir: path.join(tmp, 'cache') });
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** max |a − b| / max |a|. */
function relErr(a: Float64Array, b: Float64Array): number {
  let num = 0,
    den = 0;
  for (let i = 0; i < a.length; i++) {
    num = Math.max(num, Math.abs(a[i] - b[i]));
    den = Math.max(den, Math.abs(a[i]));
  }
  return num / den;
}

const cli = async (...argv: string[]) => {
  const out: string[] = [],
    err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};

test('shard assignment: every index in exactly one shard, in order, blocks differ in size by at most 1', () => {
  for (let total = 0; total <= 40; total++) {
    for (const of of [1, 2, 3, 7, 10, 41]) {
      const seen: number[] = [];
      const sizes: number[] = [];
      for (let i = 1; i <= of; i++) {
        const { start, end } = shardRange(total, { index: i, of });
        sizes.push(end - start);
        for (let k = start; k < end; k++) seen.push(k);
      }
      assert.deepEqual(
        seen,
        Array.from({ length: total }, (_, k) => k),
        `total ${total}, ${of} shards`,
      );
      assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 1);
    }
  }
  assert.deepEqual(parseShard(' 3 / 7 '), { index: 3, of: 7 });
  assert.throws(() => parseShard('0/3'), /i must be between 1 and 3/);
  assert.throws(() => parseShard('4/3'), /i must be between 1 and 3/);
  assert.throws(() => parseShard('2'), /expected i\/n/);
  assert.throws(() => parseShard(`1/${MAX_SHARDS + 1}`, 'input shard'), /input shard: .* n must be between 1 and 256/);
});

/** Rows with a large common offset (where a naive Σx² loses digits) and correlated columns. */
function syntheticRows(n: number, d: number, seed: number): Float32Array {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648 - 0.5;
  };
  const x = new Float32Array(n * d);
  for (let r = 0; r < n; r++) {
    const common = rand();
    for (let j = 0; j < d; j++) x[r * d + j] = 100 + j + 3 * common + rand() * (1 + j / d);
  }
  return x;
}

test('merge arithmetic: Chan et al. over any partition equals the statistics of all rows (1e-12 relative)', async () => {
  const n = 1100,
    d = 24;
  const rows = syntheticRows(n, d, 7);
  const truth = await gaussianStats(rows, d);
  const partitions = [
    [n],
    [550, 550],
    [367, 367, 366],
    [158, 157, 157, 157, 157, 157, 157],
    [1, 2, 1097],
    [0, 1, 0, 1099],
    [1099, 1],
  ];
  for (const sizes of partitions) {
    const acc = { dim: d, count: 0, mean: new Float64Array(d), comoment: new Float64Array(d * d) };
    let at = 0;
    for (const m of sizes) {
      absorb(acc, await partialStats(rows.subarray(at * d, (at + m) * d), m, d));
      at += m;
    }
    const s = finishStats(acc);
    assert.equal(s.count, n);
    assert.ok(relErr(truth.mu, s.mu) < 1e-12, `mu, partition ${sizes}: ${relErr(truth.mu, s.mu)}`);
    assert.ok(relErr(truth.sigma, s.sigma) < 1e-12, `sigma, partition ${sizes}: ${relErr(truth.sigma, s.sigma)}`);
  }
});

/** The part files of folder A for `of` shards, written through folderPart (what stats --shard runs). */
async function folderParts(of: number, features = true): Promise<string[]> {
  const dir = path.join(tmp, `parts-${of}-${features}`);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= of; i++) {
    const r = await folderPart(ex, imagesOf('A'), { index: i, of }, { features });
    const f = path.join(dir, `part-${i}.npz`);
    await writePartNpz(f, r.part);
    files.push(f);
  }
  // given in reverse: the merge orders the parts by shard, not by argument
  return files.reverse();
}

let single: StatsFile;
let singlePath: string;

test('shards of folder A merged equal the single run: statistics, features, logits, names (n = 1, 2, 3, 7)', async () => {
  const folder = imagesOf('A');
  const r = await extractFolder(ex, folder, { files: await listFolder(folder) });
  const stats = await gaussianStats(r.features.pool3, ex.dim);
  singlePath = path.join(tmp, 'single.npz');
  await writeStatsNpz(singlePath, {
    ...stats,
    features: r.features.pool3,
    logits: r.features.logits,
    files: r.relativeFiles,
    protocol: { ...ex.protocol },
    warning: ex.bytes.warning,
  });
  single = await readStatsNpz(singlePath);
  for (const of of [1, 2, 3, 7]) {
    const merged = await mergePartFiles(await folderParts(of));
    assert.equal(merged.count, 24);
    assert.ok(relErr(single.mu, merged.mu) < 1e-12, `n = ${of}: mu ${relErr(single.mu, merged.mu)}`);
    assert.ok(relErr(single.sigma, merged.sigma) < 1e-12, `n = ${of}: sigma ${relErr(single.sigma, merged.sigma)}`);
    assert.deepEqual(merged.features, single.features, `n = ${of}: features`);
    assert.deepEqual(merged.logits, single.logits, `n = ${of}: logits`);
    assert.deepEqual(merged.files, single.files, `n = ${of}: file order`);
    assert.deepEqual(merged.protocol, single.protocol);
  }
});

test('more shards than images (30 shards of 24, six empty) and parts without features merge too', async () => {
  const merged = await mergePartFiles(await folderParts(30, false));
  assert.equal(merged.features, undefined);
  assert.ok(relErr(single.mu, merged.mu) < 1e-12);
  assert.ok(relErr(single.sigma, merged.sigma) < 1e-12);
});

test("every metric of the merged file equals the single run's (FID, KID, IS, P/R/D/C with intervals)", async () => {
  const mergedPath = path.join(tmp, 'merged-3.npz');
  await writeStatsNpz(mergedPath, await mergePartFiles(await folderParts(3)));
  const realPath = path.join(tmp, 'real-B.npz');
  const rb = await extractFolder(ex, imagesOf('B'));
  await writeStatsNpz(realPath, {
    ...(await gaussianStats(rb.features.pool3, ex.dim)),
    features: rb.features.pool3,
    logits: rb.features.logits,
    files: rb.relativeFiles,
    protocol: { ...ex.protocol },
  });
  const opts = { real: realPath, extractor: ex, bootstrap: 20 };
  const a = (await runCompare({ ...opts, generated: singlePath })).report;
  const b = (await runCompare({ ...opts, generated: mergedPath })).report;
  for (const m of ['fid', 'kid', 'is', 'precision', 'recall', 'density', 'coverage'] as const) {
    const x = a.metrics[m]!,
      y = b.metrics[m]!;
    assert.ok(Math.abs(x.value - y.value) <= 1e-9 * Math.max(1, Math.abs(x.value)), `${m}: ${x.value} vs ${y.value}`);
    if (x.ci)
      assert.ok(Math.abs(x.ci.halfWidth - y.ci!.halfWidth) <= 1e-9 * Math.max(1, x.ci.halfWidth), `${m} interval`);
  }
  assert.ok(a.metrics.fid!.ci, 'the FID interval is computed');
});

/** A part with made-up statistics (d = 3) and the given shard and protocol changes. */
async function fakePart(name: string, index: number, of: number, change: Partial<PartFile> = {}): Promise<string> {
  const file = path.join(tmp, name);
  const p: PartFile = {
    dim: 3,
    count: 2,
    mean: new Float64Array([1, 2, 3]),
    comoment: new Float64Array([1, 0, 0, 0, 1, 0, 0, 0, 1]),
    shard: {
      format: PARTIAL_FORMAT,
      index,
      of,
      total: 2 * of,
      start: 2 * (index - 1),
      end: 2 * index,
      source: 'folder sha256:abc',
    },
    protocol: { ...ex.protocol },
    ...change,
  };
  await writePartNpz(file, p);
  return file;
}

test('merge refuses a mixed protocol, a shard given twice, a missing shard, naming the files (CLI: exit 2)', async () => {
  const p1 = await fakePart('r1.npz', 1, 3),
    p2 = await fakePart('r2.npz', 2, 3),
    p3 = await fakePart('r3.npz', 3, 3);
  const clean = await fakePart('r3-clean.npz', 3, 3, { protocol: { ...ex.protocol, resize: 'clean' } });
  const again = await fakePart('r2-again.npz', 2, 3);
  const other = await fakePart('r3-other.npz', 3, 3, {
    shard: { format: PARTIAL_FORMAT, index: 3, of: 3, total: 6, start: 4, end: 6, source: 'folder sha256:def' },
  });
  const out = path.join(tmp, 'refused.npz');
  let r = await cli('merge', p1, p2, clean, '-o', out);
  assert.equal(r.code, 2);
  assert.ok(
    r.err.includes(`${clean} and ${p1} were computed under different protocols (resize: "legacy-pytorch" vs "clean")`),
    r.err,
  );
  r = await cli('merge', p1, p2, again, p3, '-o', out);
  assert.equal(r.code, 2);
  assert.ok(r.err.includes(`shard 2/3 is given twice: ${p2} and ${again}`), r.err);
  r = await cli('merge', p3, p1, '-o', out);
  assert.equal(r.code, 2);
  assert.ok(r.err.includes('shard 2/3 missing (given: 1/3 r1.npz, 3/3 r3.npz)'), r.err);
  r = await cli('merge', p1, p2, other, '-o', out);
  assert.equal(r.code, 2);
  assert.match(r.err, /split different inputs/);
  r = await cli('merge', singlePath, '-o', out);
  assert.equal(r.code, 2);
  assert.match(r.err, /a complete statistics file: give it to compare directly/);
  assert.deepEqual(
    readdirSync(tmp).filter((f) => f.startsWith('refused')),
    [],
    'nothing written',
  );
  r = await cli('merge', p3, p1, p2, '-o', out);
  assert.equal(r.code, 0, r.err);
  // three parts of 2 rows with the same mean: sigma = Σ M / (6 − 1) = I/5 · 3
  const m = await readStatsNpz(out);
  assert.deepEqual([...m.mu], [1, 2, 3]);
  assert.ok(Math.abs(m.sigma[0] - 3 / 5) < 1e-15 && m.sigma[1] === 0);
});

test('stats --shard and merge through the CLI: the part files merge to the single run', async () => {
  const dir = path.join(tmp, 'cli');
  mkdirSync(dir);
  const parts: string[] = [];
  for (const i of [1, 2]) {
    const f = path.join(dir, `p${i}.npz`);
    const r = await cli(
      'stats',
      imagesOf('A'),
      '--shard',
      `${i}/2`,
      '--features',
      '--weights',
      'synthetic',
      '--device',
      'cpu',
      '--cache-dir',
      path.join(tmp, 'cache'),
      '--quiet',
      '-o',
      f,
    );
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, new RegExp(`shard ${i}/2, 12 of 24 images \\(positions ${i === 1 ? '0..11' : '12..23'}\\)`));
    parts.push(f);
  }
  const out = path.join(dir, 'merged.npz');
  const r = await cli('merge', ...parts, '-o', out);
  assert.equal(r.code, 0, r.err);
  const m = await readStatsNpz(out);
  assert.deepEqual(m.features, single.features);
  assert.ok(relErr(single.sigma, m.sigma) < 1e-12);
  assert.equal((await cli('stats', imagesOf('A'), '--shard', '3/2', '-o', out)).code, 2);
});

test("sampling shards: n shards of a GAN's samples are the single run's, bit for bit (sample --shard names them globally)", async () => {
  const latent = 4,
    D = 3 * 4 * 4;
  const weight = Float64Array.from({ length: latent * D }, (_, i) => Math.sin(i * 0.7) * 0.5);
  const model = path.join(tmp, 'gan.onnx');
  writeFileSync(model, linearGenerator({ latent, channels: 3, height: 4, width: 4, weight, activation: 'tanh' }));
  const base = {
    kind: 'gan' as const,
    generator: model,
    n: 11,
    seed: 5,
    batchSize: 3,
    device: 'cpu' as const,
    gan: {},
  };
  const pixels = async (o: typeof base) => {
    const out: Buffer[] = [];
    for await (const img of (await openSampler(o)).images()) out.push(Buffer.from(img.data));
    return out;
  };
  const whole = await pixels(base);
  for (const of of [2, 3, 7]) {
    const joined: Buffer[] = [];
    for (let i = 1; i <= of; i++)
      joined.push(...(await pixels(shardSampler(base, { index: i, of }).opts as typeof base)));
    assert.deepEqual(joined, whole, `${of} shards`);
  }
  const dirs = [1, 2].map((i) => path.join(tmp, `samples-${i}`));
  for (const [k, dir] of dirs.entries()) {
    const r = await cli(
      'sample',
      '--generator',
      model,
      '--kind',
      'gan',
      '-n',
      '11',
      '--seed',
      '5',
      '--shard',
      `${k + 1}/2`,
      '-o',
      dir,
      '--grid',
      'none',
      '--device',
      'cpu',
      '--quiet',
    );
    assert.equal(r.code, 0, r.err);
  }
  const names = dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.png'))
      .sort(),
  );
  assert.deepEqual(
    names,
    Array.from({ length: 11 }, (_, i) => `sample_${String(i).padStart(6, '0')}.png`),
  );
  const single = path.join(tmp, 'samples-all');
  assert.equal(
    (
      await cli(
        'sample',
        '--generator',
        model,
        '--kind',
        'gan',
        '-n',
        '11',
        '--seed',
        '5',
        '-o',
        single,
        '--grid',
        'none',
        '--device',
        'cpu',
        '--quiet',
      )
    ).code,
    0,
  );
  for (const [k, f] of names.entries())
    assert.ok(readFileSync(path.join(dirs[k < 5 ? 0 : 1], f)).equals(readFileSync(path.join(single, f))), f);
  assert.equal(
    (
      await cli(
        'sample',
        '--kind',
        'command',
        '--command',
        'true',
        '-n',
        '4',
        '--shard',
        '1/2',
        '-o',
        path.join(tmp, 'cmd'),
      )
    ).code,
    2,
  );
});

test("the Action, in process: shard runs write their parts; the gate run merges them (generated-parts) into the single run's metrics", async () => {
  const fake = await new FakeGitHub().start();
  const saved = { GITHUB_API_URL: process.env.GITHUB_API_URL, FID_GATE_CACHE: process.env.FID_GATE_CACHE };
  Object.assign(process.env, { GITHUB_API_URL: fake.url, FID_GATE_CACHE: path.join(tmp, 'cache') });
  try {
    const setup = { tmp, token: 'ghs_shardTestToken', pr: 3, headSha: 'a'.repeat(40), runId: 900 };
    const downloaded = path.join(tmp, 'downloaded');
    for (const i of [1, 2, 3]) {
      const r = await runInProcess(setup, { shard: `${i}/3`, generated: imagesOf('A'), thresholds: 'fid <= 1000' });
      assert.equal(r.exitCode, 0, r.core.log);
      assert.equal(r.outputs.passed, '');
      assert.match(
        r.core.log,
        new RegExp(`shard ${i}/3: 8 of 24 images \\(positions ${8 * (i - 1)}\\.\\.${8 * i - 1}\\)`),
      );
      assert.match(r.core.log, new RegExp(`artifact fid-gate-metrics-part-${i}-of-3 not uploaded`));
      // what actions/download-artifact leaves: one folder per artifact
      mkdirSync(path.join(downloaded, `fid-gate-metrics-part-${i}-of-3`), { recursive: true });
      writeFileSync(
        path.join(downloaded, `fid-gate-metrics-part-${i}-of-3`, path.basename(r.outputs.part)),
        readFileSync(r.outputs.part),
      );
    }
    assert.equal(fake.comments.get(3)?.length ?? 0, 0, 'shard runs post no comment');
    const inputs = { real: imagesOf('B'), thresholds: 'fid <= 1000', bootstrap: '20', baseline: 'none' };
    const gate = await runInProcess(setup, { ...inputs, 'generated-parts': downloaded });
    const whole = await runInProcess(setup, { ...inputs, generated: imagesOf('A') });
    assert.equal(gate.exitCode, 0, gate.core.log);
    assert.equal(gate.outputs.passed, 'true');
    for (const m of ['fid', 'kid', 'is', 'precision', 'recall', 'density', 'coverage']) {
      const a = Number(whole.outputs[m]),
        b = Number(gate.outputs[m]);
      assert.ok(gate.outputs[m] !== '' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)), `${m}: ${a} vs ${b}`);
    }
    assert.match(gate.core.log, /merged 3 parts: 24 images/);
    assert.equal(fake.comments.get(3)?.length, 1, 'one comment, from the gate job');
    const missing = await runInProcess(setup, {
      ...inputs,
      'generated-parts': path.join(downloaded, 'fid-gate-metrics-part-1-of-3'),
    });
    assert.equal(missing.exitCode, 2);
    assert.match(missing.outputs.error, /shards 2\/3, 3\/3 missing/);
  } finally {
    await fake.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
});
