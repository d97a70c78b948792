// `--kind command`: the user's own sampler (here small node scripts, no Python) run through the shell, its log
// streamed with a prefix, the timeout enforced (SIGTERM to the process group, then SIGKILL), and the images it
// wrote read back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expandCommand, runSamplerCommand, shellQuote } from '../../src/sampling/command.js';
import { sampleImages } from '../../src/sampling/sample.js';
import type { RgbImage } from '../../src/images/decode.js';

const dir = mkdtempSync(path.join(tmpdir(), 'fid-gate-cmd-test-'));
const node = shellQuote(process.execPath);
const script = (name: string, body: string) => {
  const f = path.join(dir, name);
  writeFileSync(f, body);
  return shellQuote(f);
};

// writes n 2×2 PPMs whose pixels are (10 i + seed) mod 256
const writer = script(
  'writer.mjs',
  `import { writeFileSync } from 'node:fs';
const [out, n, seed] = process.argv.slice(2);
for (let i = 0; i < +n; i++) {
  writeFileSync(out + '/img_' + String(i).padStart(3, '0') + '.ppm', Buffer.concat([Buffer.from('P6\\n2 2\\n255\\n'), Buffer.alloc(12, (10 * i + +seed) % 256)]));
  console.log('wrote ' + i);
}
console.error('done, seed ' + process.env.FID_GATE_SEED);
`,
);

test('runs the command with {out} {n} {seed} quoted, streams its log, reads the images back', async () => {
  const out = path.join(dir, "out dir with 'quote'");
  const lines: string[] = [];
  const res = await runSamplerCommand({
    command: `${node} ${writer} {out} {n} {seed}`,
    n: 4,
    seed: 3,
    out,
    log: (l) => lines.push(l),
  });
  assert.equal(res.files.length, 4);
  assert.equal(res.found, 4);
  assert.deepEqual(
    res.files.map((f) => path.basename(f)),
    ['img_000.ppm', 'img_001.ppm', 'img_002.ppm', 'img_003.ppm'],
  );
  assert.ok(lines.includes('[sampler] wrote 3'), lines.join('\n'));
  assert.ok(lines.includes('[sampler] done, seed 3'));
  const imgs: RgbImage[] = [];
  for await (const img of sampleImages({
    kind: 'command',
    n: 3,
    seed: 5,
    command: { command: `${node} ${writer} {out} 6 {seed}` },
  }))
    imgs.push(img);
  assert.deepEqual(
    imgs.map((i) => i.data[0]),
    [5, 15, 25],
  ); // the first 3 of 6, sorted
  assert.ok(!existsSync(path.dirname(imgs[0].file)), 'the temporary folder is removed');
  assert.equal(expandCommand('x {out} {n}', { out: "a'b", n: 2, seed: 0 }, 'linux'), `x 'a'\\''b' '2'`);
});

test('timeout: SIGTERM to the whole process group, SIGKILL when ignored', async () => {
  // Independent of the machine's load: the samplers are shells that print at once and then never end on their
  // own, and the timeout (2 s) leaves them ample time to print first; each run can end only through the timeout
  // path (SIGTERM, then SIGKILL), so that it ends at all is the check.
  if (process.platform === 'win32') return;
  await assert.rejects(
    runSamplerCommand({
      command: `echo started; exec sleep 1000`,
      n: 1,
      seed: 0,
      out: path.join(dir, 't1'),
      timeoutSeconds: 2,
      log: () => {},
    }),
    (e: Error) =>
      e.name === 'InputError' && /did not finish within --timeout 2s/.test(e.message) && /started/.test(e.message),
  );
  // SIGTERM ignored (and, as ignored signals are, by the children too): only SIGKILL ends it
  const lines: string[] = [];
  await assert.rejects(
    runSamplerCommand({
      command: `trap '' TERM; echo started; while :; do sleep 1; done`,
      n: 1,
      seed: 0,
      out: path.join(dir, 't2'),
      timeoutSeconds: 2,
      killGraceMs: 300,
      log: (l) => lines.push(l),
    }),
    (e: Error) => /did not finish/.test(e.message) && /started/.test(e.message),
  );
  assert.ok(
    lines.some((l) => l.includes('SIGKILL')),
    lines.join('\n'),
  );
  // background children of the shell are in the group too
  await assert.rejects(
    runSamplerCommand({
      command: `sleep 1000 & sleep 1000 & echo started; wait`,
      n: 1,
      seed: 0,
      out: path.join(dir, 't3'),
      timeoutSeconds: 2,
      log: () => {},
    }),
    /did not finish/,
  );
});

test("the sampler's environment: an allow-list, without the runner's tokens and inputs", async () => {
  const printer = script(
    'env.mjs',
    `for (const k of Object.keys(process.env).sort()) console.log('env ' + k + '=' + process.env[k]);`,
  );
  const secrets = {
    ACTIONS_RUNTIME_TOKEN: 'secret-runtime',
    ACTIONS_RESULTS_URL: 'https://results',
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'secret-oidc',
    ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc',
    GITHUB_TOKEN: 'secret-gh',
    INPUT_GITHUB_TOKEN: 'secret-input',
    AWS_SECRET_ACCESS_KEY: 'secret-aws',
  };
  const kept = {
    PYTHONPATH: '/py',
    CUDA_VISIBLE_DEVICES: '1',
    LC_ALL: 'C.UTF-8',
    CONDA_PREFIX: '/conda',
    NVIDIA_VISIBLE_DEVICES: 'all',
    VIRTUAL_ENV: '/venv',
  };
  const saved = { ...process.env };
  Object.assign(process.env, secrets, kept);
  const lines: string[] = [];
  try {
    await assert.rejects(
      runSamplerCommand({
        command: `${node} ${printer}`,
        n: 1,
        seed: 9,
        out: path.join(dir, 'e1'),
        log: (l) => lines.push(l),
      }),
      /wrote no images/,
    );
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  const env = new Map(
    lines
      .filter((l) => l.startsWith('[sampler] env '))
      .map((l) => {
        const kv = l.slice('[sampler] env '.length);
        const i = kv.indexOf('=');
        return [kv.slice(0, i), kv.slice(i + 1)];
      }),
  );
  for (const k of Object.keys(secrets)) assert.ok(!env.has(k), `${k} reached the sampler`);
  assert.ok(![...env.values()].some((v) => v.includes('secret')), 'a secret value reached the sampler');
  for (const [k, v] of Object.entries(kept)) assert.equal(env.get(k), v, k);
  assert.equal(env.get('PATH'), process.env.PATH);
  assert.equal(env.get('FID_GATE_SEED'), '9');
  assert.equal(env.get('FID_GATE_N'), '1');
  assert.equal(env.get('FID_GATE_OUT'), path.join(dir, 'e1'));
});

test('failures: exit code with the last log lines, too few images, no images', async () => {
  await assert.rejects(
    runSamplerCommand({
      command: `${node} -e "console.log('boom'); process.exit(3)"`,
      n: 1,
      seed: 0,
      out: path.join(dir, 'f1'),
      log: () => {},
    }),
    (e: Error) => /exit code 3/.test(e.message) && /boom/.test(e.message),
  );
  await assert.rejects(
    runSamplerCommand({
      command: `${node} ${writer} {out} 2 0`,
      n: 5,
      seed: 0,
      out: path.join(dir, 'f2'),
      log: () => {},
    }),
    /wrote 2 image\(s\).*5 were asked for/,
  );
  await assert.rejects(
    runSamplerCommand({ command: `${node} -e ""`, n: 1, seed: 0, out: path.join(dir, 'f3'), log: () => {} }),
    /wrote no images/,
  );
  assert.deepEqual(readdirSync(path.join(dir, 'f3')), []);
});
