// The runner check of src/platform.ts, with injected platforms, against the vendored natives of dist/ and of made-up
// bundle folders; and the built dist/index.js started on a pretended macOS: it stops with the message, before any
// native module is loaded (the same bundle on the real platform loads them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { currentRuntime, runtimeLabel, unsupportedRunnerMessage, type Runtime } from '../../src/platform.js';
import { ROOT } from '../helpers/helpers.js';

const DIST = path.join(ROOT, 'dist');
const LINUX_X64: Runtime = { platform: 'linux', arch: 'x64', libc: 'glibc' };
const UNSUPPORTED: Runtime[] = [
  { platform: 'darwin', arch: 'arm64' },
  { platform: 'darwin', arch: 'x64' },
  { platform: 'win32', arch: 'x64' },
  { platform: 'linux', arch: 'arm64', libc: 'glibc' },
  { platform: 'linux', arch: 'x64', libc: 'musl' },
];

test('dist/ vendors linux-x64 glibc natives: that runtime passes, every other one gets a message naming the way out', () => {
  assert.equal(unsupportedRunnerMessage(LINUX_X64, DIST), null);
  for (const rt of UNSUPPORTED) {
    const msg = unsupportedRunnerMessage(rt, DIST);
    assert.ok(msg, runtimeLabel(rt));
    assert.ok(msg.includes(`(${runtimeLabel(rt)})`), msg);
    assert.match(msg, /Linux x64 with glibc only/);
    assert.match(msg, /ubuntu-latest/);
    assert.match(msg, /npx fid-gate/);
  }
  assert.equal(runtimeLabel({ platform: 'linux', arch: 'x64', libc: 'musl' }), 'linux-x64 (musl)');
});

test('no vendored natives next to the bundle (npm install, or run from src/): nothing is enforced', () => {
  for (const rt of UNSUPPORTED) assert.equal(unsupportedRunnerMessage(rt, path.join(ROOT, 'src')), null);
});

test('the decision follows what is vendored, not a fixed list', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-platform-'));
  try {
    mkdirSync(path.join(dir, 'node_modules/onnxruntime-node/bin/napi-v6/darwin/arm64'), { recursive: true });
    mkdirSync(path.join(dir, 'node_modules/@img/sharp-darwin-arm64'), { recursive: true });
    assert.equal(unsupportedRunnerMessage({ platform: 'darwin', arch: 'arm64' }, dir), null);
    assert.match(unsupportedRunnerMessage(LINUX_X64, dir)!, /\(linux-x64\)/);
    // onnxruntime-node for the platform without sharp's binary is not enough
    mkdirSync(path.join(dir, 'node_modules/onnxruntime-node/bin/napi-v6/linux/x64'), { recursive: true });
    assert.match(unsupportedRunnerMessage(LINUX_X64, dir)!, /\(linux-x64\)/);
    mkdirSync(path.join(dir, 'node_modules/@img/sharp-linuxmusl-x64'), { recursive: true });
    assert.equal(unsupportedRunnerMessage({ platform: 'linux', arch: 'x64', libc: 'musl' }, dir), null);
    assert.match(unsupportedRunnerMessage(LINUX_X64, dir)!, /\(linux-x64\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('this machine is read as it is', () => {
  const rt = currentRuntime();
  assert.equal(rt.platform, process.platform);
  assert.equal(rt.arch, process.arch);
  assert.equal(rt.libc === undefined, process.platform !== 'linux');
});

test('dist/index.js on a pretended macOS: exit code 3 and the message, before any native module is loaded', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-platform-'));
  try {
    const pretend = path.join(dir, 'pretend-macos.cjs');
    writeFileSync(
      pretend,
      "Object.defineProperty(process, 'platform', { value: 'darwin' });\nObject.defineProperty(process, 'arch', { value: 'arm64' });\n",
    );
    const env = { PATH: process.env.PATH, HOME: dir };
    const cli = spawnSync(process.execPath, ['-r', pretend, path.join(DIST, 'index.js'), '--version'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    assert.equal(cli.status, 3, cli.stderr);
    assert.equal(cli.stdout, '');
    assert.match(cli.stderr, /^fid-gate error: fid-gate cannot run on this runner \(darwin-arm64\)/);
    assert.doesNotMatch(cli.stderr, /Cannot find module|onnxruntime_binding\.node/);
    // control: the same bundle on this machine's real platform runs
    const real = spawnSync(process.execPath, [path.join(DIST, 'index.js'), '--version'], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    assert.equal(real.status, 0, real.stderr);

    // as the runner starts the Action: an error annotation too
    const action = spawnSync(process.execPath, ['-r', pretend, path.join(DIST, 'index.js')], {
      cwd: dir,
      env: { ...env, GITHUB_ACTIONS: 'true' },
      encoding: 'utf8',
    });
    assert.equal(action.status, 3, action.stderr);
    assert.match(
      action.stdout,
      /^::error title=fid-gate: unsupported runner::fid-gate cannot run on this runner \(darwin-arm64\)/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
