// Issue 7, item 5: a run killed half-way (SIGKILL, SIGTERM) while it writes a cache entry (the converted ONNX model,
// a downloaded file) leaves no corrupt entry behind, and the next run succeeds. A child process writes large entries
// with writeFileAtomic (src/weights/cache.ts: temp file + fsync + rename) and is killed while a temp file exists.
//
// End to end (the last two tests): a pytorch-fid-style .pth (the synthetic weights, legacy torch.save format, 95 MB)
// served by a local HTTP server on 127.0.0.1, downloaded by the real downloader (downloadVerified, as
// ensurePytorchFidPth calls it) into a fresh cache, then converted and used by the real CLI (`fid-gate stats
// --weights FILE --cache-dir DIR`, src/index.ts in a child process), each killed with SIGKILL half-way: mid-download,
// mid-conversion, mid-write of the converted model. After each kill the cache holds nothing a later run would take as
// valid (only *.partial-* files, or nothing), and the next run gives the same cache entries and features as an
// uninterrupted run.
// The download is a small child script, not `fid-gate` itself: the CLI has no way to point the default weights
// download at another URL (ensurePytorchFidPth's `url` is reachable from the library only), and the download pins
// pytorch-fid's SHA-256 prefix (6726825d), which a synthetic file cannot have.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { removeStalePartials, writeFileAtomic } from '../../src/weights/cache.js';
import { syntheticInceptionStateDict } from '../../src/weights/synthetic.js';
import { readNpzArray, REF, ROOT } from '../helpers/helpers.js';
import { legacyTorchSave } from '../helpers/torch-save.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-interrupt-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const SIZE = 48 * 1024 * 1024;
const entry = (v: number) => new Uint8Array(SIZE).fill(v);

// the child: writes entry.onnx over and over (contents 1, 2, 3, ...) until killed
const CHILD = `
import { writeFileAtomic } from ${JSON.stringify(path.join(ROOT, 'src/weights/cache.ts'))};
const file = process.argv[1]; // with -e there is no script path in argv
for (let v = 1; v < 250; v++) await writeFileAtomic(file, new Uint8Array(${SIZE}).fill(v));
`;

async function killDuringWrite(dir: string, signal: NodeJS.Signals): Promise<void> {
  const file = path.join(dir, 'entry.onnx');
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, file], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  // wait until a temp file exists (a write is under way), then kill
  const t0 = Date.now();
  while (!readdirSync(dir).some((n) => n.includes('.partial-'))) {
    assert.ok(Date.now() - t0 < 20_000, 'the child never started writing');
    await new Promise((r) => setTimeout(r, 2));
  }
  child.kill(signal);
  await exited;
}

/** The entry is absent or complete: never a torn file under the final name. */
function checkEntry(file: string): void {
  if (!existsSync(file)) return;
  const b = readFileSync(file);
  assert.equal(b.length, SIZE, 'a complete entry');
  assert.ok(
    b.every((x) => x === b[0]),
    'one consistent write',
  );
}

for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
  test(`killed with ${signal} while writing a cache entry: no corrupt entry, the next run succeeds`, async () => {
    const dir = path.join(tmp, signal);
    await writeFileAtomic(path.join(dir, 'other.json'), '{}'); // creates the folder
    await killDuringWrite(dir, signal);
    const file = path.join(dir, 'entry.onnx');
    checkEntry(file);
    // leftovers are only temp files, which the cache cleanup removes (here: regardless of age)
    for (const n of readdirSync(dir))
      assert.ok(n === 'entry.onnx' || n === 'other.json' || /\.partial-\d+-[0-9a-f]+$/.test(n), n);
    await removeStalePartials(dir, 0);
    assert.deepEqual(
      readdirSync(dir).filter((n) => n.includes('.partial-')),
      [],
    );
    // the next run: writes the entry and reads it back whole
    await writeFileAtomic(file, entry(42));
    checkEntry(file);
    assert.equal(readFileSync(file)[SIZE - 1], 42);
  });
}

// ---- end to end: download + conversion by the real code, killed half-way ----

const PARTIAL = /\.partial-\d+-[0-9a-f]+$/;
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let weights: { bytes: Buffer; sha256: string } | undefined;
/** The synthetic Inception weights as a legacy-format .pth like pytorch-fid's file (made once, ~1 s). */
function pth(): { bytes: Buffer; sha256: string } {
  if (!weights) {
    const bytes = legacyTorchSave(syntheticInceptionStateDict());
    weights = { bytes, sha256: sha256(bytes) };
  }
  return weights;
}

/**
 * Serves the .pth on 127.0.0.1 in 1 MiB writes. `/hold/...`: the first half, then nothing more (the connection stays
 * open, like a slow server), so a kill lands mid-download whatever the machine's speed.
 */
async function serveWeights(): Promise<{ url: (hold: boolean) => string; close: () => Promise<void> }> {
  const { bytes } = pth();
  const server = http.createServer(async (req, res) => {
    const hold = req.url?.startsWith('/hold/') ?? false;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) });
    const end = hold ? bytes.length >> 1 : bytes.length;
    for (let off = 0; off < end && !res.destroyed; off += 1 << 20) {
      if (res.write(bytes.subarray(off, Math.min(end, off + (1 << 20))))) continue;
      await new Promise<void>((r) => {
        const go = () => {
          res.off('drain', go);
          res.off('close', go);
          r();
        };
        res.on('drain', go).on('close', go);
      });
    }
    if (!hold) res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (hold) => `${base}/${hold ? 'hold/' : ''}pt_inception-synthetic.pth`,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

// the download child: the weights download of ensurePytorchFidPth (stale partials cleanup, downloadVerified into
// <cache>/weights/), with the synthetic file's full SHA-256 instead of pytorch-fid's pinned prefix
const DOWNLOAD = `
import path from 'node:path';
import { downloadVerified } from ${JSON.stringify(path.join(ROOT, 'src/weights/download.ts'))};
import { removeStalePartials } from ${JSON.stringify(path.join(ROOT, 'src/weights/cache.ts'))};
const [url, dest, sha256] = process.argv.slice(1);
await removeStalePartials(path.dirname(dest));
const r = await downloadVerified({ url, dest, sha256, retries: 0, maxBytes: 512 * 1024 * 1024 });
console.log(r.sha256);
`;

interface Run {
  child: ChildProcess;
  stderr: () => string;
  done: Promise<number | NodeJS.Signals>;
}

function start(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, ...env },
  });
  let err = '';
  child.stderr!.on('data', (d: Buffer) => {
    err += d.toString();
  });
  const done = new Promise<number | NodeJS.Signals>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code ?? -1)),
  );
  return { child, stderr: () => err, done };
}

const startDownload = (url: string, dest: string) =>
  start(['--input-type=module', '-e', DOWNLOAD, url, dest, pth().sha256]);

/** `fid-gate stats IMAGES -o OUT --features --weights PTH --cache-dir CACHE` through src/index.ts, as bin/fid-gate.js
 * runs it. */
const startCli = (images: string, out: string, weightsFile: string, cache: string) =>
  start(
    [
      path.join(ROOT, 'src/index.ts'),
      'stats',
      images,
      '-o',
      out,
      '--features',
      '--weights',
      weightsFile,
      '--cache-dir',
      cache,
      '--device',
      'cpu',
      '--threads',
      '2',
    ],
    { FID_GATE_CLI: '1' },
  );

async function finish(r: Run, what: string): Promise<void> {
  assert.equal(await r.done, 0, `${what} failed:\n${r.stderr()}`);
}

/** Polls until `cond` holds (or the child exits / 30 s pass), then SIGKILLs the child; returns whether cond held. */
async function killWhen(r: Run, cond: () => boolean, what: string): Promise<boolean> {
  let exited = false;
  void r.done.then(() => {
    exited = true;
  });
  const t0 = Date.now();
  while (!cond()) {
    assert.ok(!exited, `${what}: the child exited before the kill:\n${r.stderr()}`);
    assert.ok(Date.now() - t0 < 30_000, `${what}: never reached the kill point:\n${r.stderr()}`);
    await new Promise((res) => setTimeout(res, 1));
  }
  r.child.kill('SIGKILL');
  assert.equal(await r.done, 'SIGKILL', `${what}: killed`);
  return true;
}

const list = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

/** Two images of the reference set in a folder of their own. */
function imagesDir(): string {
  const dir = path.join(tmp, 'images');
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    for (const n of ['a_000.png', 'a_001.png'])
      copyFileSync(path.join(REF, 'sets', 'A', 'head', 'images', n), path.join(dir, n));
  }
  return dir;
}

interface Result {
  pth: string;
  onnx: string;
  features: Float32Array;
  mu: Float32Array;
}

/** The cache's entries and the features of a finished run. */
function result(cache: string, out: string): Result {
  const onnxDir = path.join(cache, 'onnx');
  const entries = list(onnxDir).filter((n) => !PARTIAL.test(n));
  assert.equal(entries.length, 1, `one converted model in ${onnxDir}: ${entries.join(', ')}`);
  return {
    pth: sha256(readFileSync(path.join(cache, 'weights', 'pt_inception-synthetic.pth'))),
    onnx: sha256(readFileSync(path.join(onnxDir, entries[0]))),
    features: readNpzArray(out, 'features').data,
    mu: readNpzArray(out, 'mu').data,
  };
}

function sameResult(got: Result, want: Result, what: string): void {
  assert.equal(got.pth, want.pth, `${what}: the downloaded weights`);
  assert.equal(got.onnx, want.onnx, `${what}: the converted model, byte for byte`);
  assert.equal(got.features.length, want.features.length, `${what}: features`);
  assert.ok(
    got.features.every((v, i) => v === want.features[i]),
    `${what}: the same features`,
  );
  assert.ok(
    got.mu.every((v, i) => v === want.mu[i]),
    `${what}: the same mu`,
  );
}

let reference: Result | undefined;
/** An uninterrupted download + conversion + extraction in a fresh cache (once). */
async function uninterrupted(url: string): Promise<Result> {
  if (reference) return reference;
  const cache = path.join(tmp, 'cache-uninterrupted');
  const out = path.join(tmp, 'uninterrupted.npz');
  const dest = path.join(cache, 'weights', 'pt_inception-synthetic.pth');
  await finish(startDownload(url, dest), 'download');
  await finish(startCli(imagesDir(), out, dest, cache), 'fid-gate stats');
  reference = result(cache, out);
  assert.equal(reference.pth, pth().sha256);
  return reference;
}

test('killed (SIGKILL) mid-download of the weights: only temp files left, the next run downloads, converts, same features', async (t) => {
  const t0 = Date.now();
  const server = await serveWeights();
  try {
    const want = await uninterrupted(server.url(false));
    const cache = path.join(tmp, 'cache-kill-download');
    const weightsDir = path.join(cache, 'weights');
    const dest = path.join(weightsDir, 'pt_inception-synthetic.pth');
    const half = pth().bytes.length >> 1;
    // the server sends half the file and holds: kill once the temp file holds that half
    const r = startDownload(server.url(true), dest);
    await killWhen(
      r,
      () => list(weightsDir).some((n) => PARTIAL.test(n) && statSync(path.join(weightsDir, n)).size >= half),
      'mid-download',
    );
    const left = list(weightsDir);
    assert.ok(!existsSync(dest), 'no weights file under the final name');
    assert.ok(left.length >= 1 && left.every((n) => PARTIAL.test(n)), `only temp files: ${left.join(', ')}`);
    assert.deepEqual(list(path.join(cache, 'onnx')), [], 'nothing converted');
    // the next run: a fresh download (the killed run's temp file is not reused), conversion, features
    const out = path.join(tmp, 'after-kill-download.npz');
    await finish(startDownload(server.url(false), dest), 'download after the kill');
    await finish(startCli(imagesDir(), out, dest, cache), 'fid-gate stats after the kill');
    sameResult(result(cache, out), want, 'after a kill mid-download');
    // the killed run's temp file is the only leftover; the cache cleanup removes it (here regardless of age)
    assert.deepEqual(
      list(weightsDir).filter((n) => PARTIAL.test(n)),
      left,
    );
    await removeStalePartials(weightsDir, 0);
    assert.deepEqual(list(weightsDir), ['pt_inception-synthetic.pth']);
  } finally {
    await server.close();
  }
  t.diagnostic(
    `kill mid-download: ${((Date.now() - t0) / 1000).toFixed(1)} s (with the uninterrupted run, when first)`,
  );
});

test('killed (SIGKILL) mid-conversion and mid-write of the converted model (real CLI): no entry a later run would take, same features after', async (t) => {
  const t0 = Date.now();
  const server = await serveWeights();
  const notes: string[] = [];
  try {
    const want = await uninterrupted(server.url(false));
    const cache = path.join(tmp, 'cache-kill-convert');
    const onnxDir = path.join(cache, 'onnx');
    const dest = path.join(cache, 'weights', 'pt_inception-synthetic.pth');
    await finish(startDownload(server.url(false), dest), 'download');
    const out = path.join(tmp, 'after-kill-convert.npz');
    const entries = () => list(onnxDir).filter((n) => !PARTIAL.test(n));
    /** After a kill: no converted model, or (a kill that came too late) the complete one; at most temp files besides.
     * */
    const check = (what: string) => {
      const e = entries();
      if (e.length) {
        notes.push(`${what}: the kill came after the rename (the complete model is in place)`);
        assert.equal(e.length, 1, what);
        assert.equal(sha256(readFileSync(path.join(onnxDir, e[0]))), want.onnx, `${what}: a complete entry`);
      }
      assert.ok(
        list(onnxDir).every((n) => PARTIAL.test(n) || e.includes(n)),
        `${what}: ${list(onnxDir).join(', ')}`,
      );
      assert.ok(!existsSync(out), `${what}: no output`);
    };
    // 1. as soon as the CLI says it converts (the state dict is being read and the graph built): nothing written yet
    let r = startCli(imagesDir(), out, dest, cache);
    await killWhen(r, () => /weights: converting/.test(r.stderr()), 'mid-conversion');
    check('mid-conversion');
    notes.push(`mid-conversion: left ${JSON.stringify(list(onnxDir))}`);
    // 2. while the converted model's temp file is being written
    r = startCli(imagesDir(), out, dest, cache);
    await killWhen(r, () => list(onnxDir).some((n) => PARTIAL.test(n)) || entries().length > 0, 'mid-write');
    check('mid-write');
    notes.push(`mid-write: left ${JSON.stringify(list(onnxDir))}`);
    // the next run converts again (or uses the complete entry) and gives the same features
    await finish(startCli(imagesDir(), out, dest, cache), 'fid-gate stats after the kills');
    sameResult(result(cache, out), want, 'after kills mid-conversion and mid-write');
    await removeStalePartials(onnxDir, 0);
    assert.equal(list(onnxDir).length, 1);
  } finally {
    await server.close();
  }
  for (const n of notes) t.diagnostic(n);
  t.diagnostic(`kills mid-conversion and mid-write: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
});
