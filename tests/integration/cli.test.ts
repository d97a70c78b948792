// The CLI in process: help and exit codes, pytorch-fid statistics files as input, protocol checks, and the FID of
// statistics files against pytorch-fid's CLI on its own --save-stats output.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StatsAccumulator } from '../../src/metrics/stats.js';
import { formatNpz } from '../../src/util/npy.js';
import { writeStatsNpz, readStatsNpz } from '../../src/metrics/stats-file.js';
import { VERSION } from '../../src/version.js';
import { expected, REF, referencePool3, ROOT } from '../helpers/helpers.js';
import { cli } from '../helpers/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-cli-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** mu/sigma of a reference set, written the way pytorch-fid's --save-stats writes them (savez_compressed, two keys). */
async function pytorchFidStats(set: string): Promise<string> {
  const { data, n } = referencePool3(set);
  const acc = new StatsAccumulator(2048);
  await acc.add(data, n);
  const s = await acc.finalize();
  const file = path.join(tmp, `${set}_stats.npz`);
  writeFileSync(
    file,
    formatNpz({ mu: { data: s.mu, shape: [2048] }, sigma: { data: s.sigma, shape: [2048, 2048] } }, true),
  );
  return file;
}

test('version matches package.json; --help on every command exits 0; usage errors exit 2', async () => {
  assert.equal(VERSION, JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  for (const c of ['stats', 'compare', 'sample', 'elbo']) {
    const r = await cli(c, '--help');
    assert.equal(r.code, 0, c);
    assert.match(r.out, new RegExp(`^Usage: fid-gate ${c} `));
  }
  // every option a command accepts is in its help (the option lists are rendered from the same specs)
  const { statsCommand } = await import('../../src/cli/stats.js');
  const { sampleCommand } = await import('../../src/cli/sample.js');
  const { elboCommand } = await import('../../src/cli/elbo.js');
  for (const [c, cmd] of [
    ['stats', statsCommand],
    ['sample', sampleCommand],
    ['elbo', elboCommand],
  ] as const) {
    const help = (await cli(c, '--help')).out;
    for (const k of Object.keys(cmd.options).filter((k) => k !== 'help'))
      assert.ok(help.includes(`--${k}`), `${c} --help lists --${k}`);
  }
  assert.equal((await cli('--help')).code, 0);
  assert.equal((await cli()).code, 2);
  const unknown = await cli('frobnicate');
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /unknown command "frobnicate"/);
  const badOpt = await cli('stats', 'x', '-o', 'y.npz', '--batch-size', 'zero');
  assert.equal(badOpt.code, 2);
  assert.match(badOpt.err, /--batch-size: expected a positive integer, got "zero"/);
  const unknownFlag = await cli('compare', 'a', 'b', '--bogus');
  assert.equal(unknownFlag.code, 2);
  assert.match(unknownFlag.err, /Unknown option '--bogus'/);
  const badMetric = await cli('compare', 'a', 'b', '--metrics', 'fid,lpips');
  assert.equal(badMetric.code, 2);
  assert.match(badMetric.err, /unknown metric "lpips"/);
});

test("compare on pytorch-fid's --save-stats files gives pytorch-fid's FID (1e-4 relative), and says what it assumed", async () => {
  const a = await pytorchFidStats('A'),
    b = await pytorchFidStats('B');
  const json = path.join(tmp, 'ab.json');
  const r = await cli('compare', a, b, '--metrics', 'fid', '--json', json);
  assert.equal(r.code, 0, r.err);
  const report = JSON.parse(readFileSync(json, 'utf8'));
  const want = expected.fid_cli_from_saved_stats.value as number;
  const got = report.metrics.fid.value as number;
  console.log(
    `# FID from statistics files: ${got.toFixed(6)} vs pytorch-fid ${want.toFixed(6)}, route ${report.metrics.fid.details.route}`,
  );
  assert.ok(Math.abs(got / want - 1) < 1e-4, `${got} vs ${want}`);
  assert.equal(report.schema, 'fid-gate/metrics@2');
  assert.ok(report.notes.some((n: string) => /neither input records its protocol/.test(n)));
  assert.match(r.out, /^FID\s+13\.79/m);
  // metrics that need per-image features say so
  const kid = await cli('compare', a, b, '--metrics', 'kid');
  assert.equal(kid.code, 2);
  assert.match(kid.err, /KID needs per-image features/);
});

test("pytorch-fid's --dims 64 statistics file reads back exactly; FID of a file with itself is 0", async () => {
  const f = path.join(REF, 'stats', 'A_stats_dims64.npz');
  const s = await readStatsNpz(f);
  const ref = expected.save_stats.dims64;
  assert.equal(s.dim, 64);
  assert.ok(Math.abs(s.mu.reduce((p, v) => p + v, 0) - ref.mu_sum) < 1e-9);
  let tr = 0;
  for (let i = 0; i < 64; i++) tr += s.sigma[i * 64 + i];
  assert.ok(Math.abs(tr - ref.sigma_trace) < 1e-9);
  const json = path.join(tmp, 'aa.json');
  const r = await cli('compare', f, f, '--metrics', 'fid', '--json', json);
  assert.equal(r.code, 0, r.err);
  // 0 up to the rounding of tr Σ + tr Σ − 2 tr √(Σ²), a cancellation that leaves ~1e-10 of the traces (1.2e-9 here
  // against traces of 4.28 each; 5e-11–7e-10 of the traces over random covariances at d = 64 and 200)
  const fid = JSON.parse(readFileSync(json, 'utf8')).metrics.fid.value;
  assert.ok(Math.abs(fid) < 1e-9 * 2 * tr, `FID of a file with itself: ${fid}`);
});

test('compare refuses statistics made with different protocols, and bad files are named', async () => {
  const { data, n } = referencePool3('A');
  const acc = new StatsAccumulator(2048);
  await acc.add(data, n);
  const st = await acc.finalize();
  const proto = {
    extractor: 'pytorch-fid-inception-v3',
    weights: 'pytorch-fid',
    weightsSha256: '6726825d' + '0'.repeat(56),
    resize: 'legacy-pytorch',
    quantization: 'png-uint8',
    fidGateVersion: VERSION,
  };
  const p1 = path.join(tmp, 'p1.npz'),
    p2 = path.join(tmp, 'p2.npz');
  await writeStatsNpz(p1, { ...st, protocol: proto });
  await writeStatsNpz(p2, { ...st, protocol: { ...proto, resize: 'clean' } });
  const r = await cli('compare', p1, p2, '--metrics', 'fid');
  assert.equal(r.code, 2);
  assert.match(r.err, /different protocols \(resize legacy-pytorch vs clean\)/);
  const junk = path.join(tmp, 'junk.npz');
  writeFileSync(junk, 'not an npz');
  const j = await cli('compare', junk, p1, '--metrics', 'fid');
  assert.equal(j.code, 2);
  assert.match(j.err, /junk\.npz: not an \.npz or \.npy file/);
  const missing = await cli('compare', path.join(tmp, 'nope'), p1);
  assert.equal(missing.code, 2);
  assert.match(missing.err, /real input .*nope: no such folder or file/);
});

test('the synthetic-weights warning is shown once, on stdout, by stats and by compare', async () => {
  const images = path.join(REF, 'sets', 'A', 'head', 'images');
  const three = readdirSync(images).sort().slice(0, 3);
  const dirs = ['w1', 'w2'].map((d, k) => {
    const dir = path.join(tmp, d);
    mkdirSync(dir);
    for (const f of three.slice(0, 2 + k)) copyFileSync(path.join(images, f), path.join(dir, f));
    return dir;
  });
  const W = ['--weights', 'synthetic', '--cache-dir', path.join(tmp, 'cache'), '--quiet'];
  const count = (s: string) => s.split('\n').filter((l) => l.includes('synthetic Inception weights')).length;
  const stats = await cli('stats', dirs[0]!, '-o', path.join(tmp, 'w1.npz'), ...W);
  assert.equal(stats.code, 0, stats.err);
  assert.deepEqual([count(stats.out), count(stats.err)], [1, 0], `${stats.out}\n--\n${stats.err}`);
  const cmp = await cli('compare', dirs[0]!, dirs[1]!, '--metrics', 'fid', '--bootstrap', '0', ...W);
  assert.equal(cmp.code, 0, cmp.err);
  assert.deepEqual([count(cmp.out), count(cmp.err)], [1, 0], `${cmp.out}\n--\n${cmp.err}`);
});
