// Transparent huge pages by re-execution (src/huge-pages.ts): the decision on injected facts, and the built bundle
// started as a user starts it: it re-executes itself once (same pid) with the tunable when this machine allows it,
// never twice, not at all when turned off, and the command's result and exit code are those of a plain run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  currentHugePageFacts,
  hugePageEnvironment,
  MALLOC_TUNABLES,
  type HugePageFacts,
} from '../../src/huge-pages.js';
import { currentRuntime } from '../../src/platform.js';
import { FIXTURES, ROOT } from '../helpers/helpers.js';

const UBUNTU: HugePageFacts = {
  platform: 'linux',
  glibcVersion: '2.39',
  thpEnabled: 'always [madvise] never\n',
  env: { PATH: '/usr/bin' },
  canExecve: true,
  execPath: '/opt/hostedtoolcache/node/24.11.1/x64/bin/node',
  execPathRunnable: true,
  script: '/home/runner/work/_actions/owner/fid-gate/v1/dist/index.js',
  ipc: false,
};

test('re-executes with the tunable only on Linux, glibc ≥ 2.35, THP in madvise mode, with execve, not yet set', () => {
  assert.deepEqual(hugePageEnvironment(UBUNTU), {
    PATH: '/usr/bin',
    GLIBC_TUNABLES:
      'glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824',
    FID_GATE_HUGE_PAGES: '1',
  });
  // the user's own tunables are kept, after ours: glibc takes the last value of each
  assert.equal(
    hugePageEnvironment({ ...UBUNTU, env: { GLIBC_TUNABLES: 'glibc.malloc.trim_threshold=0' } })?.GLIBC_TUNABLES,
    `${MALLOC_TUNABLES}:glibc.malloc.trim_threshold=0`,
  );
  // glibc's older environment variables would be overridden by our tunable of the same setting: it is left out
  assert.equal(
    hugePageEnvironment({ ...UBUNTU, env: { MALLOC_TRIM_THRESHOLD_: '0' } })?.GLIBC_TUNABLES,
    'glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432',
  );
  assert.equal(
    hugePageEnvironment({
      ...UBUNTU,
      env: { MALLOC_MMAP_THRESHOLD_: '4096', GLIBC_TUNABLES: 'glibc.malloc.arena_max=2' },
    })?.GLIBC_TUNABLES,
    'glibc.malloc.hugetlb=1:glibc.malloc.trim_threshold=1073741824:glibc.malloc.arena_max=2',
  );
  assert.equal(hugePageEnvironment({ ...UBUNTU, execPath: '/usr/bin/nodejs' })?.GLIBC_TUNABLES, MALLOC_TUNABLES);
  assert.equal(hugePageEnvironment({ ...UBUNTU, glibcVersion: '2.35' })?.GLIBC_TUNABLES, MALLOC_TUNABLES);
  assert.equal(hugePageEnvironment({ ...UBUNTU, glibcVersion: '3.0' })?.GLIBC_TUNABLES, MALLOC_TUNABLES);
  for (const facts of [
    { ...UBUNTU, platform: 'darwin' },
    { ...UBUNTU, glibcVersion: undefined }, // musl
    { ...UBUNTU, glibcVersion: '2.34' }, // no such tunable yet
    { ...UBUNTU, glibcVersion: '2.9' },
    { ...UBUNTU, thpEnabled: '[always] madvise never\n' }, // huge pages already, unasked
    { ...UBUNTU, thpEnabled: 'always madvise [never]\n' }, // none to be had
    { ...UBUNTU, thpEnabled: undefined },
    { ...UBUNTU, canExecve: false }, // Node < 22.15
    { ...UBUNTU, env: { FID_GATE_HUGE_PAGES: '0' } }, // turned off
    { ...UBUNTU, env: { FID_GATE_HUGE_PAGES: '1' } }, // the re-executed process itself
    { ...UBUNTU, env: { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=0' } }, // the user's own choice stands
    { ...UBUNTU, env: { GLIBC_TUNABLES: 'glibc.malloc.check=0:glibc.malloc.hugetlb=2' } },
    { ...UBUNTU, execPath: '/lib64/ld-linux-x86-64.so.2' }, // node started through the loader: execPath is not node
    { ...UBUNTU, execPathRunnable: false }, // node removed or upgraded meanwhile: execve would abort the process
    { ...UBUNTU, script: '-' }, // the program came from stdin, already read
    { ...UBUNTU, script: undefined },
    { ...UBUNTU, ipc: true }, // forked: the channel would be closed
  ])
    assert.equal(hugePageEnvironment(facts), undefined, JSON.stringify(facts));
});

/** Runs the bundled CLI with a preload that logs "pid GLIBC_TUNABLES FID_GATE_HUGE_PAGES" at every process start. */
function startsOf(args: string[], extraEnv: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-huge-pages-'));
  try {
    const log = path.join(dir, 'starts.log'),
      probe = path.join(dir, 'probe.cjs');
    writeFileSync(
      probe,
      `require('node:fs').appendFileSync(${JSON.stringify(log)}, [process.pid, process.env.GLIBC_TUNABLES ?? '-', process.env.FID_GATE_HUGE_PAGES ?? '-'].join(' ') + '\\n');\n`,
    );
    const env = { PATH: process.env.PATH ?? '', HOME: dir, NODE_OPTIONS: `--require ${probe}`, ...extraEnv };
    const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'index.js'), ...args], {
      cwd: dir,
      env,
      encoding: 'utf8',
      timeout: 60_000, // a re-execution loop fails the test instead of hanging it
    });
    const starts = readFileSync(log, 'utf8').trim().split('\n');
    return { r, starts, env };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the bundle re-executes itself once, in the same process, when this machine allows it; the result is unchanged', (t) => {
  const stats = path.join(FIXTURES, 'reference', 'stats', 'A_stats_dims64.npz');
  const args = ['compare', stats, stats, '--metrics', 'fid', '--bootstrap', '0'];
  const { r, starts, env } = startsOf(args, {});
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /fid/i);
  const expectReexec =
    hugePageEnvironment({ ...currentHugePageFacts(currentRuntime().glibcVersion), env }) !== undefined;
  if (expectReexec) {
    const [pid0, tun0, flag0] = starts[0]!.split(' ');
    assert.equal(starts.length, 2, starts.join('\n'));
    assert.deepEqual([tun0, flag0], ['-', '-']);
    assert.deepEqual(starts[1]!.split(' '), [pid0, MALLOC_TUNABLES, '1']);
  } else {
    t.diagnostic('this machine does not allow the re-execution (THP mode, glibc or Node): one start expected');
    assert.equal(starts.length, 1, starts.join('\n'));
  }
  // turned off: one start, and the same report
  const off = startsOf(args, { FID_GATE_HUGE_PAGES: '0' });
  assert.equal(off.r.status, 0, off.r.stderr);
  assert.equal(off.starts.length, 1);
  const fidLine = (out: string) => out.match(/^FID .*$/m)?.[0];
  assert.ok(fidLine(r.stdout), r.stdout);
  assert.equal(fidLine(off.r.stdout), fidLine(r.stdout));
  // the version prints without a second start; a failing command keeps its exit code through the re-execution
  assert.equal(startsOf(['--version'], {}).starts.length, 1);
  const missing = ['compare', path.join(os.tmpdir(), 'no-such-stats.npz'), stats, '--metrics', 'fid'];
  const bad = startsOf(missing, {}),
    badOff = startsOf(missing, { FID_GATE_HUGE_PAGES: '0' });
  assert.equal(bad.r.status, 2, bad.r.stderr);
  assert.equal(badOff.r.status, 2, badOff.r.stderr);
  assert.match(bad.r.stderr, /no-such-stats\.npz/);
  assert.equal(bad.r.stderr, badOff.r.stderr);
  assert.equal(bad.starts.length, expectReexec ? 2 : 1);
});

test("npm test and test:slow run under the same malloc tunables as the CLI's processes", () => {
  const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
  for (const name of ['test', 'test:slow'])
    assert.ok(scripts[name].startsWith(`GLIBC_TUNABLES=${MALLOC_TUNABLES} node `), name);
});

test("glibc accepts the tunables' values (ld.so --list-tunables, where this machine has glibc's loader)", (t) => {
  const loader = ['/lib64/ld-linux-x86-64.so.2', '/lib/ld-linux-aarch64.so.1'].find((p) => existsSync(p));
  if (!loader || currentRuntime().glibcVersion === undefined) {
    t.skip('no glibc loader here');
    return;
  }
  const r = spawnSync(loader, ['--list-tunables'], {
    env: { GLIBC_TUNABLES: MALLOC_TUNABLES },
    encoding: 'utf8',
    timeout: 10_000,
  });
  assert.equal(r.status, 0, r.stderr);
  const value = (name: string) => r.stdout.match(new RegExp(`^glibc\\.malloc\\.${name}: (\\S+)`, 'm'))?.[1];
  assert.equal(Number(value('mmap_threshold')), 32 * 2 ** 20);
  assert.equal(Number(value('trim_threshold')), 2 ** 30);
  const [major, minor] = currentRuntime().glibcVersion!.split('.').map(Number);
  if (major > 2 || minor >= 35) assert.equal(Number(value('hugetlb')), 1);
});
