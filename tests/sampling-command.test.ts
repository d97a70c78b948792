// `--kind command`: the user's own sampler (here small node scripts, no Python) run through the shell, its log
// streamed with a prefix, the timeout enforced (SIGTERM to the process group, then SIGKILL), and the images it
// wrote read back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expandCommand, runSamplerCommand, shellQuote } from '../src/sampling/command.js';
import { sampleImages } from '../src/sampling/sample.js';
import type { RgbImage } from '../src/images/decode.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fid-gate-cmd-test-'));
const node = shellQuote(process.execPath);
const script = (name: string, body: string) => { const f = path.join(dir, name); writeFileSync(f, body); return shellQuote(f); };

// writes n 2×2 PPMs whose pixels are (10 i + seed) mod 256
const writer = script('writer.mjs', `import { writeFileSync } from 'node:fs';
const [out, n, seed] = process.argv.slice(2);
for (let i = 0; i < +n; i++) {
  writeFileSync(out + '/img_' + String(i).padStart(3, '0') + '.ppm', Buffer.concat([Buffer.from('P6\\n2 2\\n255\\n'), Buffer.alloc(12, (10 * i + +seed) % 256)]));
  console.log('wrote ' + i);
}
console.error('done, seed ' + process.env.FID_GATE_SEED);
`);

test('runs the command with {out} {n} {seed} quoted, streams its log, reads the images back', async () => {
  const out = path.join(dir, "out dir with 'quote'");
  const lines: string[] = [];
  const res = await runSamplerCommand({ command: `${node} ${writer} {out} {n} {seed}`, n: 4, seed: 3, out, log: (l) => lines.push(l) });
  assert.equal(res.files.length, 4);
  assert.equal(res.found, 4);
  assert.deepEqual(res.files.map((f) => path.basename(f)), ['img_000.ppm', 'img_001.ppm', 'img_002.ppm', 'img_003.ppm']);
  assert.ok(lines.includes('[sampler] wrote 3'), lines.join('\n'));
  assert.ok(lines.includes('[sampler] done, seed 3'));
  const imgs: RgbImage[] = [];
  for await (const img of sampleImages({ kind: 'command', n: 3, seed: 5, command: { command: `${node} ${writer} {out} 6 {seed}` } })) imgs.push(img);
  assert.deepEqual(imgs.map((i) => i.data[0]), [5, 15, 25]); // the first 3 of 6, sorted
  assert.ok(!existsSync(path.dirname(imgs[0].file)), 'the temporary folder is removed');
  assert.equal(expandCommand('x {out} {n}', { out: "a'b", n: 2, seed: 0 }, 'linux'), `x 'a'\\''b' '2'`);
});

test('timeout: SIGTERM to the whole process group, SIGKILL when ignored', async () => {
  const sleeper = script('sleeper.mjs', `console.log('started'); setInterval(() => {}, 1000);`);
  let t0 = performance.now();
  await assert.rejects(runSamplerCommand({ command: `${node} ${sleeper}`, n: 1, seed: 0, out: path.join(dir, 't1'), timeoutSeconds: 0.3, log: () => {} }),
    (e: Error) => e.name === 'InputError' && /did not finish within --timeout 0.3s/.test(e.message) && /started/.test(e.message));
  assert.ok(performance.now() - t0 < 3000);
  const stubborn = script('stubborn.mjs', `process.on('SIGTERM', () => console.log('ignoring SIGTERM')); console.log('started'); setInterval(() => {}, 1000);`);
  const lines: string[] = [];
  t0 = performance.now();
  await assert.rejects(runSamplerCommand({ command: `${node} ${stubborn}`, n: 1, seed: 0, out: path.join(dir, 't2'), timeoutSeconds: 0.5, killGraceMs: 300, log: (l) => lines.push(l) }), /did not finish/);
  const took = performance.now() - t0;
  assert.ok(took < 4000, `${took} ms`);
  assert.ok(lines.some((l) => l.includes('SIGKILL')), lines.join('\n'));
  if (process.platform !== 'win32') {
    // background children of the shell are in the group too
    t0 = performance.now();
    await assert.rejects(runSamplerCommand({ command: `${node} ${sleeper} & ${node} ${sleeper}; wait`, n: 1, seed: 0, out: path.join(dir, 't3'), timeoutSeconds: 0.5, log: () => {} }), /did not finish/);
    assert.ok(performance.now() - t0 < 4000);
  }
});

test('failures: exit code with the last log lines, too few images, no images', async () => {
  await assert.rejects(runSamplerCommand({ command: `${node} -e "console.log('boom'); process.exit(3)"`, n: 1, seed: 0, out: path.join(dir, 'f1'), log: () => {} }),
    (e: Error) => /exit code 3/.test(e.message) && /boom/.test(e.message));
  await assert.rejects(runSamplerCommand({ command: `${node} ${writer} {out} 2 0`, n: 5, seed: 0, out: path.join(dir, 'f2'), log: () => {} }), /wrote 2 image\(s\).*5 were asked for/);
  await assert.rejects(runSamplerCommand({ command: `${node} -e ""`, n: 1, seed: 0, out: path.join(dir, 'f3'), log: () => {} }), /wrote no images/);
  assert.deepEqual(readdirSync(path.join(dir, 'f3')), []);
});
