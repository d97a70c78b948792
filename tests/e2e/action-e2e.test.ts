// End to end, once: the built bundle started as a runner starts it (INPUT_* variables with action.yml's defaults,
// GITHUB_EVENT_PATH with a pull_request payload, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_API_URL) against the local
// fake of the GitHub REST API, with the synthetic weights on the CPU and 24 + 24 images of the reference pack. The
// other cases (baseline, regression, read-only token, API failures, errors, mode: comment, a sampled set) run the same
// code in process, in action.test.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.js';
import { actionDefaults } from '../helpers/action-yml.js';
import { markerFor } from '../../src/report/markdown.js';
import { ROOT } from '../helpers/helpers.js';

/**
 * How the runner starts the Action: the built bundle, from a folder that holds only action.yml and dist/ (copied in
 * `before`), so nothing resolves through the checkout's node_modules. CI rebuilds dist/ and checks it is current
 * before the tests run.
 */
const ACTION_COMMAND = ['node', 'dist/index.js'];
let actionDir = ROOT;

const TOKEN = 'ghs_e2eFakeToken0123456789';
const SETS = path.join(ROOT, 'fixtures', 'reference', 'sets');
const imagesOf = (set: string) => path.join(SETS, set, 'head', 'images');
const HEAD_SHA = 'abc1234def5678abc1234def5678abc1234def56';
const PR = 7;
const WORKFLOW_ID = 42;
const THIS_RUN = 500;

let fake: FakeGitHub;
let tmp: string;

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

let runCount = 0;

async function runAction(
  inputs: Record<string, string>,
  o: { eventName?: string; event?: unknown; runId?: number } = {},
): Promise<RunResult> {
  const dir = path.join(tmp, `run-${++runCount}`);
  const files = {
    output: path.join(tmp, `output-${runCount}`),
    summary: path.join(tmp, `summary-${runCount}`),
    event: path.join(tmp, `event-${runCount}.json`),
  };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const eventName = o.eventName ?? 'pull_request';
  writeFileSync(
    files.event,
    JSON.stringify(
      o.event ?? {
        action: 'synchronize',
        number: PR,
        pull_request: {
          number: PR,
          head: { sha: HEAD_SHA, ref: 'feature' },
          base: { ref: 'main', sha: 'f'.repeat(40) },
        },
        repository: { full_name: 'o/r', name: 'r', owner: { login: 'o' } },
      },
    ),
  );
  // a clean environment: nothing from a surrounding runner (ACTIONS_RUNTIME_TOKEN would make it upload for real)
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(GITHUB_|INPUT_|ACTIONS_|RUNNER_|FID_GATE_)/.test(k)) env[k] = v;
  const allInputs = { ...actionDefaults(), 'github-token': TOKEN, weights: 'synthetic', device: 'cpu', ...inputs };
  for (const [k, v] of Object.entries(allInputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_REPOSITORY_OWNER: 'o',
    GITHUB_RUN_ID: String(o.runId ?? THIS_RUN),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: HEAD_SHA,
    GITHUB_REF: eventName === 'pull_request' ? `refs/pull/${PR}/merge` : 'refs/heads/main',
    GITHUB_BASE_REF: eventName === 'pull_request' ? 'main' : '',
    GITHUB_HEAD_REF: eventName === 'pull_request' ? 'feature' : '',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake.url,
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
    FID_GATE_CACHE: path.join(tmp, 'cache'),
  });
  const child = spawn(ACTION_COMMAND[0], ACTION_COMMAND.slice(1), {
    cwd: actionDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '',
    stderr = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(files.output, 'utf8').matchAll(
    /^([^<\n]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n?\2$/gm,
  ))
    outputs[m[1]] = m[3];
  const result = { code, stdout, stderr, outputs, summary: readFileSync(files.summary, 'utf8') };
  // the token is only ever printed in the ::add-mask:: command that hides it
  assert.ok(!(stdout + stderr).replace(`::add-mask::${TOKEN}`, '').includes(TOKEN), 'the token was logged');
  return result;
}

const log = (r: RunResult) =>
  `exit ${r.code}\n--- stdout\n${r.stdout.slice(-6000)}\n--- stderr\n${r.stderr.slice(-3000)}`;
const stickyComments = (key = 'default') =>
  (fake.comments.get(PR) ?? []).filter((c) => c.body.startsWith(markerFor(key)));
const annotations = (r: RunResult, kind: 'error' | 'warning') =>
  r.stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${kind}`))
    .map((l) => l.replace(/%0A/g, '\n').replace(/%25/g, '%'));

before(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-e2e-'));
  actionDir = path.join(tmp, 'action');
  cpSync(path.join(ROOT, 'dist'), path.join(actionDir, 'dist'), { recursive: true });
  cpSync(path.join(ROOT, 'action.yml'), path.join(actionDir, 'action.yml'));
  fake = await new FakeGitHub().start();
  fake.addOtherComments(PR, 150);
  fake.addRun({
    id: THIS_RUN,
    workflow_id: WORKFLOW_ID,
    head_branch: 'feature',
    conclusion: null,
    status: 'in_progress',
  });
  fake.addRun({ id: 300, workflow_id: WORKFLOW_ID, head_branch: 'main', conclusion: 'failure' });
});
after(async () => {
  await fake.close();
  rmSync(tmp, { recursive: true, force: true });
});

test('first run: no successful base run (a note, not fatal), comment created after 150 others, outputs, summary', async () => {
  const r = await runAction({
    real: imagesOf('A'),
    generated: imagesOf('B'),
    thresholds: 'fid <= 120\n# comment\nis >= 1',
    'max-regression': 'fid: +5%',
  });
  assert.equal(r.code, 0, log(r));
  assert.equal(r.outputs.passed, 'true', log(r));
  for (const m of ['fid', 'kid', 'is', 'precision', 'recall', 'density', 'coverage'])
    assert.ok(Number.isFinite(Number(r.outputs[m])) && r.outputs[m] !== '', `output ${m}: ${r.outputs[m]}`);
  const fid = Number(r.outputs.fid);
  assert.ok(fid > 50 && fid < 120, `FID(A, B) on 24 images with the synthetic weights: ${fid}`);
  assert.equal(r.outputs.error, '');
  assert.ok(existsSync(r.outputs.report), 'report path');
  const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
  assert.equal(report.schema, 'fid-gate/metrics@2');
  assert.equal(report.metrics.fid.value, fid);
  assert.deepEqual(report.run, {
    repository: 'o/r',
    runId: THIS_RUN,
    eventName: 'pull_request',
    pullRequest: PR,
    headSha: HEAD_SHA,
    baseRef: 'main',
    ref: `refs/pull/${PR}/merge`,
  });
  assert.equal(report.gate.passed, true);

  const mine = stickyComments();
  assert.equal(mine.length, 1, 'one sticky comment');
  assert.equal(r.outputs['comment-url'], mine[0].html_url);
  assert.equal(
    fake.requests.filter((q) => q.method === 'GET' && q.path.startsWith(`/repos/o/r/issues/${PR}/comments`)).length,
    2,
    'paginated lookup read both pages',
  );
  assert.ok(mine[0].body.includes('no successful run of this workflow on main yet'), mine[0].body);
  assert.ok(mine[0].body.includes('### ✅ fid-gate: passed'));
  assert.match(mine[0].body, /\n> ⚠️ WARNING: synthetic Inception weights/);
  // value [its 95% interval] (input bootstrap defaults to 200 replicates)
  assert.match(
    mine[0].body,
    /\n\| FID\u00a0↓ \| [\d.]+ \[[\d.]+,\u00a0[\d.]+\] \| — \| — \| ≤\u00a0120 \| ✅\u00a0pass \|\n/,
  );
  assert.ok(
    mine[0].body.includes(
      '**Protocol:** pytorch-fid-inception-v3, weights synthetic \\(sha256 e23305e2b70e\\), resize legacy-pytorch, quantization png-uint8, N real 24 / generated 24 \\(reference ',
    ),
    mine[0].body,
  );
  assert.equal(report.protocol.bootstrap.replicates, 200);
  assert.equal(report.metrics.fid.ci.replicates.length, 200);
  // the job summary holds the same markdown
  assert.ok(r.summary.includes(mine[0].body.trim()), 'summary = comment');
  assert.match(r.stdout, /artifact fid-gate-metrics not uploaded: not running inside a GitHub Actions job/);
  assert.match(r.stdout, /::group::Compute the metrics/);
  assert.deepEqual(annotations(r, 'error'), []);
});

test("sharded: two shard runs of the built bundle write their parts; the gate run merges them into the single run's metrics and one comment", async () => {
  const inputs = {
    real: imagesOf('A'),
    thresholds: 'fid <= 120',
    bootstrap: '20',
    baseline: 'none',
    'comment-key': 'sharded',
  };
  const downloaded = path.join(tmp, 'downloaded-parts');
  for (const i of [1, 2]) {
    const r = await runAction({ generated: imagesOf('B'), shard: `${i}/2` });
    assert.equal(r.code, 0, log(r));
    assert.equal(r.outputs.passed, '', 'a shard has no verdict');
    assert.match(r.stdout, new RegExp(`artifact fid-gate-metrics-part-${i}-of-2 not uploaded`));
    assert.ok(existsSync(r.outputs.part), `output part: ${r.outputs.part}`);
    // what actions/download-artifact leaves for pattern fid-gate-metrics-part-*: one folder per artifact
    cpSync(r.outputs.part, path.join(downloaded, `fid-gate-metrics-part-${i}-of-2`, path.basename(r.outputs.part)));
  }
  assert.equal(stickyComments('sharded').length, 0, 'shards post no comment');
  const gate = await runAction({ ...inputs, 'generated-parts': downloaded });
  const whole = await runAction({ ...inputs, generated: imagesOf('B'), 'comment-key': 'whole' });
  assert.equal(gate.code, 0, log(gate));
  assert.equal(gate.outputs.passed, 'true');
  for (const m of ['fid', 'kid', 'is', 'precision', 'recall', 'density', 'coverage']) {
    const a = Number(whole.outputs[m]),
      b = Number(gate.outputs[m]);
    assert.ok(
      gate.outputs[m] !== '' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)),
      `${m}: ${a} (single run) vs ${b} (merged)`,
    );
  }
  assert.equal(stickyComments('sharded').length, 1, 'the gate job posts the one comment');
});
