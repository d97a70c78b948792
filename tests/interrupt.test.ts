// Issue 7, item 5: a run killed half-way (SIGKILL, SIGTERM) while it writes a cache entry (the converted ONNX model,
// a downloaded file) leaves no corrupt entry behind, and the next run succeeds. A child process writes large entries
// with writeFileAtomic (src/weights/cache.ts: temp file + fsync + rename) and is killed while a temp file exists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { removeStalePartials, writeFileAtomic } from '../src/weights/cache.js';
import { ROOT } from './helpers.js';

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
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, file], { cwd: ROOT, stdio: 'ignore' });
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
  assert.ok(b.every((x) => x === b[0]), 'one consistent write');
}

for (const signal of ['SIGKILL', 'SIGTERM'] as const) {
  test(`killed with ${signal} while writing a cache entry: no corrupt entry, the next run succeeds`, async () => {
    const dir = path.join(tmp, signal);
    await writeFileAtomic(path.join(dir, 'other.json'), '{}'); // creates the folder
    await killDuringWrite(dir, signal);
    const file = path.join(dir, 'entry.onnx');
    checkEntry(file);
    // leftovers are only temp files, which the cache cleanup removes (here: regardless of age)
    for (const n of readdirSync(dir)) assert.ok(n === 'entry.onnx' || n === 'other.json' || /\.partial-\d+-[0-9a-f]+$/.test(n), n);
    await removeStalePartials(dir, 0);
    assert.deepEqual(readdirSync(dir).filter((n) => n.includes('.partial-')), []);
    // the next run: writes the entry and reads it back whole
    await writeFileAtomic(file, entry(42));
    checkEntry(file);
    assert.equal(readFileSync(file)[SIZE - 1], 42);
  });
}
