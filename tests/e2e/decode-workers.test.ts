// The decode workers inside the built bundle: `stats` from a folder holding only dist/ (so sharp and the bundle
// resolve as on a runner), with FID_GATE_DECODE_WORKERS=2 and =0, writes the same .npz byte for byte, and the
// workers start (a worker that cannot import the bundle, or finds it without decodeRgb or prepareModelInput, would
// print "decode workers unavailable" and decode on the main thread instead). With --resize clean the workers also
// make the float 299×299 inputs, with the bundle's own prepareModelInput.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/helpers.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-decode-workers-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
const IMAGES = path.join(ROOT, 'fixtures', 'reference', 'sets', 'A', 'head', 'images');

cpSync(path.join(ROOT, 'dist'), path.join(tmp, 'dist'), { recursive: true });

for (const resize of ['legacy-pytorch', 'clean']) {
  test(`stats through the bundle (--resize ${resize}): decode workers give the same features as the main thread`, () => {
    const run = (workers: number) => {
      const out = path.join(tmp, `w${workers}-${resize}.npz`);
      const r = spawnSync(
        'node',
        [
          'dist/index.js',
          'stats',
          IMAGES,
          '-o',
          out,
          '--weights',
          'synthetic',
          '--device',
          'cpu',
          '--features',
          '--resize',
          resize,
          '--quiet',
        ],
        {
          cwd: tmp,
          encoding: 'utf8',
          env: { ...process.env, FID_GATE_CLI: '1', FID_GATE_DECODE_WORKERS: String(workers) },
          timeout: 300_000,
        },
      );
      assert.equal(r.status, 0, r.stderr);
      assert.doesNotMatch(r.stderr, /decode workers unavailable/);
      return readFileSync(out);
    };
    const pooled = run(2),
      main = run(0);
    assert.ok(pooled.length > 24 * 2048 * 4, `${pooled.length} bytes`);
    assert.ok(pooled.equals(main), 'the .npz files differ');
  });
}
