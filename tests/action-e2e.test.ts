// End to end: the Action started as a runner starts it (INPUT_* variables with action.yml's defaults, GITHUB_EVENT_PATH
// with a pull_request payload, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_API_URL) against the local fake of the
// GitHub REST API, with the synthetic weights on the CPU and 24 + 24 images of the reference pack.
// Three runs extract features (~10-20 s each on 2 cores); three stop before extraction.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub } from './fake-github.js';
import { writeZip } from '../src/util/zip.js';
import { markerFor } from '../src/report/markdown.js';
import { ROOT } from './helpers.js';
import { linearGenerator } from './model-fixtures.js';

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

/** action.yml's inputs and defaults, as the runner passes them (every input with a default becomes INPUT_*). */
function actionDefaults(): Record<string, string> {
  const yml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
  const section = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
  const out: Record<string, string> = {};
  let name = '';
  for (const line of section.split('\n')) {
    const n = line.match(/^ {2}([a-z][a-z0-9-]*):\s*$/);
    if (n) { name = n[1]; out[name] = ''; continue; }
    const d = line.match(/^ {4}default:\s*(.*)$/);
    if (d && name) out[name] = d[1].replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
  }
  return out;
}

interface RunResult { code: number | null; stdout: string; stderr: string; outputs: Record<string, string>; summary: string }

let runCount = 0;

async function runAction(inputs: Record<string, string>, o: { eventName?: string; event?: unknown; runId?: number } = {}): Promise<RunResult> {
  const dir = path.join(tmp, `run-${++runCount}`);
  const files = { output: path.join(tmp, `output-${runCount}`), summary: path.join(tmp, `summary-${runCount}`), event: path.join(tmp, `event-${runCount}.json`) };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const eventName = o.eventName ?? 'pull_request';
  writeFileSync(files.event, JSON.stringify(o.event ?? {
    action: 'synchronize', number: PR,
    pull_request: { number: PR, head: { sha: HEAD_SHA, ref: 'feature' }, base: { ref: 'main', sha: 'f'.repeat(40) } },
    repository: { full_name: 'o/r', name: 'r', owner: { login: 'o' } },
  }));
  // a clean environment: nothing from a surrounding runner (ACTIONS_RUNTIME_TOKEN would make it upload for real)
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(GITHUB_|INPUT_|ACTIONS_|RUNNER_|FID_GATE_)/.test(k)) env[k] = v;
  const allInputs = { ...actionDefaults(), 'github-token': TOKEN, weights: 'synthetic', device: 'cpu', ...inputs };
  for (const [k, v] of Object.entries(allInputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  Object.assign(env, {
    GITHUB_ACTIONS: 'true', CI: 'true',
    GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'o/r', GITHUB_REPOSITORY_OWNER: 'o', GITHUB_RUN_ID: String(o.runId ?? THIS_RUN), GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: HEAD_SHA, GITHUB_REF: eventName === 'pull_request' ? `refs/pull/${PR}/merge` : 'refs/heads/main',
    GITHUB_BASE_REF: eventName === 'pull_request' ? 'main' : '', GITHUB_HEAD_REF: eventName === 'pull_request' ? 'feature' : '',
    GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: fake.url, GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir, RUNNER_OS: 'Linux', FID_GATE_CACHE: path.join(tmp, 'cache'),
  });
  const child = spawn(ACTION_COMMAND[0], ACTION_COMMAND.slice(1), { cwd: actionDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '', stderr = '';
  child.stdout.on('data', (d) => { stdout += d; });
  child.stderr.on('data', (d) => { stderr += d; });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(files.output, 'utf8').matchAll(/^([^<\n]+)<<(ghadelimiter_[0-9a-f-]+)\n([\s\S]*?)\n?\2$/gm)) outputs[m[1]] = m[3];
  const result = { code, stdout, stderr, outputs, summary: readFileSync(files.summary, 'utf8') };
  // the token is only ever printed in the ::add-mask:: command that hides it
  assert.ok(!(stdout + stderr).replace(`::add-mask::${TOKEN}`, '').includes(TOKEN), 'the token was logged');
  return result;
}

const log = (r: RunResult) => `exit ${r.code}\n--- stdout\n${r.stdout.slice(-6000)}\n--- stderr\n${r.stderr.slice(-3000)}`;
const stickyComments = (key = 'default') => (fake.comments.get(PR) ?? []).filter((c) => c.body.startsWith(markerFor(key)));
const annotations = (r: RunResult, kind: 'error' | 'warning') => r.stdout.split('\n').filter((l) => l.startsWith(`::${kind}`)).map((l) => l.replace(/%0A/g, '\n').replace(/%25/g, '%'));

before(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-e2e-'));
  actionDir = path.join(tmp, 'action');
  cpSync(path.join(ROOT, 'dist'), path.join(actionDir, 'dist'), { recursive: true });
  cpSync(path.join(ROOT, 'action.yml'), path.join(actionDir, 'action.yml'));
  fake = await new FakeGitHub().start();
  fake.addOtherComments(PR, 150);
  fake.addRun({ id: THIS_RUN, workflow_id: WORKFLOW_ID, head_branch: 'feature', conclusion: null, status: 'in_progress' });
  fake.addRun({ id: 300, workflow_id: WORKFLOW_ID, head_branch: 'main', conclusion: 'failure' });
});
after(async () => {
  await fake.close();
  rmSync(tmp, { recursive: true, force: true });
});

const state: { report1?: string; report1Json?: Record<string, unknown>; report2Json?: Record<string, unknown>; commentId?: number } = {};

test('first run: no successful base run (a note, not fatal), comment created after 150 others, outputs, summary', async () => {
  const r = await runAction({ real: imagesOf('A'), generated: imagesOf('B'), thresholds: 'fid <= 120\n# comment\nis >= 1', 'max-regression': 'fid: +5%' });
  assert.equal(r.code, 0, log(r));
  assert.equal(r.outputs.passed, 'true', log(r));
  for (const m of ['fid', 'kid', 'is', 'precision', 'recall', 'density', 'coverage']) assert.ok(Number.isFinite(Number(r.outputs[m])) && r.outputs[m] !== '', `output ${m}: ${r.outputs[m]}`);
  const fid = Number(r.outputs.fid);
  assert.ok(fid > 50 && fid < 120, `FID(A, B) on 24 images with the synthetic weights: ${fid}`);
  assert.equal(r.outputs.error, '');
  assert.ok(existsSync(r.outputs.report), 'report path');
  const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
  assert.equal(report.schema, 'fid-gate/metrics@1');
  assert.equal(report.metrics.fid.value, fid);
  assert.deepEqual(report.run, { repository: 'o/r', runId: THIS_RUN, eventName: 'pull_request', pullRequest: PR, headSha: HEAD_SHA, baseRef: 'main', ref: `refs/pull/${PR}/merge` });
  assert.equal(report.gate.passed, true);
  state.report1 = r.outputs.report;
  state.report1Json = report;

  const mine = stickyComments();
  assert.equal(mine.length, 1, 'one sticky comment');
  state.commentId = mine[0].id;
  assert.equal(r.outputs['comment-url'], mine[0].html_url);
  assert.equal(fake.requests.filter((q) => q.method === 'GET' && q.path.startsWith(`/repos/o/r/issues/${PR}/comments`)).length, 2, 'paginated lookup read both pages');
  assert.ok(mine[0].body.includes('no successful run of this workflow on main yet'), mine[0].body);
  assert.ok(mine[0].body.includes('### ✅ fid-gate: passed'));
  assert.match(mine[0].body, /\n> ⚠️ WARNING: synthetic Inception weights/);
  // value ± the bootstrap half-width (input bootstrap defaults to 200 replicates)
  assert.match(mine[0].body, /\n\| FID \| [\d.]+ ± [\d.]+ \| — \| — \| ≤ 120 \| ✅ pass \|\n/);
  assert.ok(mine[0].body.includes('**Protocol:** pytorch-fid-inception-v3, weights synthetic \\(sha256 e23305e2b70e\\), resize legacy-pytorch, quantization png-uint8, N real 24 / generated 24 \\(reference '), mine[0].body);
  assert.equal(report.protocol.bootstrap.replicates, 200);
  assert.equal(report.metrics.fid.ci.replicates.length, 200);
  // the job summary holds the same markdown
  assert.ok(r.summary.includes(mine[0].body.trim()), 'summary = comment');
  assert.match(r.stdout, /artifact fid-gate-metrics not uploaded: not running inside a GitHub Actions job/);
  assert.match(r.stdout, /::group::Compute the metrics/);
  assert.deepEqual(annotations(r, 'error'), []);
});

test('second run: regression against the base branch artifact (Δ), fails with each rule; same comment updated', async () => {
  assert.ok(state.report1, 'needs the first run');
  // main: a newer successful run without the artifact (skipped), an older one with it, a failed one (never used)
  fake.addRun({ id: 400, workflow_id: WORKFLOW_ID, head_branch: 'main' });
  fake.addArtifact(400, 'fid-gate-metrics', writeZip([{ name: 'metrics.json', data: readFileSync(state.report1!) }]));
  fake.addRun({ id: 401, workflow_id: WORKFLOW_ID, head_branch: 'main' });
  const before = fake.requests.length;
  const r = await runAction({ real: imagesOf('A'), generated: imagesOf('C'), thresholds: 'fid <= 120\nis >= 1', 'max-regression': 'fid: +5%\nrecall: -0.5' });
  assert.equal(r.code, 1, log(r));
  assert.equal(r.outputs.passed, 'false');
  const fid1 = (state.report1Json!.metrics as { fid: { value: number } }).fid.value;
  const fid2 = Number(r.outputs.fid);
  assert.ok(fid2 > 120 && fid2 > fid1 * 1.05, `FID(A, C) = ${fid2} is past the +5% limit from ${fid1}`);
  // 24 images against 2,048 dimensions: the paired interval of the FID difference is wider than the change, so the
  // regression rule passes as "within noise"; the absolute threshold still fails the step
  const errors = annotations(r, 'error');
  assert.equal(errors.length, 1, log(r));
  assert.match(errors[0], /fid-gate: 1 rule crossed:\n- fid = [\d.]+ > 120 \(threshold "fid <= 120"\)$/);
  const fidRule = (JSON.parse(readFileSync(r.outputs.report, 'utf8')).gate.results as { kind: string; metric: string; passed: boolean; noise?: { method: string; verdict: string; halfWidth: number } }[])
    .find((x) => x.kind === 'regression' && x.metric === 'fid')!;
  assert.equal(fidRule.passed, true);
  assert.deepEqual([fidRule.noise?.method, fidRule.noise?.verdict], ['paired', 'within noise']);
  assert.ok(fidRule.noise!.halfWidth > fid2 - fid1, `half-width ${fidRule.noise!.halfWidth} vs change ${fid2 - fid1}`);
  assert.ok(!errors[0].includes('fid-gate error'), 'a regression is not an error');

  const reqs = fake.requests.slice(before);
  assert.ok(reqs.some((q) => q.path === `/repos/o/r/actions/runs/${THIS_RUN}`), 'looked up this run for its workflow');
  assert.ok(reqs.some((q) => q.path.startsWith(`/repos/o/r/actions/workflows/${WORKFLOW_ID}/runs?`) && q.path.includes('branch=main') && q.path.includes('status=success')));
  assert.ok(reqs.some((q) => q.path.startsWith('/repos/o/r/actions/runs/401/artifacts')), 'tried the newest run first');
  const blob = reqs.find((q) => q.path.startsWith('/blob/'));
  assert.ok(blob, 'downloaded the zip through the 302');
  assert.equal(blob!.authorization, undefined, 'no token sent to the blob URL');

  const mine = stickyComments();
  assert.equal(mine.length, 1, 'no duplicate comment');
  assert.equal(mine[0].id, state.commentId, 'the same comment, updated in place');
  assert.equal(r.outputs['comment-url'], mine[0].html_url);
  const body = mine[0].body;
  assert.ok(body.includes('### ❌ fid-gate: failed (1 of 4 rules)'), body);
  assert.match(body, /\| FID \| [\d.]+ ± [\d.]+ \| [\d.]+ ± [\d.]+ \| ▲ \+[\d.]+ ± [\d.]+ \(\+\d+\.\d%\) ⚪ within noise \| ≤ 120; \+5% vs baseline \(≤ [\d.]+\) \| ❌ fail \|/);
  assert.ok(body.includes('passed, within noise: fid '), body);
  // the job summary (not the comment) adds the base branch's history: run 400's artifact, then this run
  assert.ok(r.summary.includes('#### History on main'), r.summary);
  assert.match(r.summary, /\| FID \| \S+ → \S+ \| [\d.]+ ± [\d.]+ \| [\d.]+ – [\d.]+ \| 1 \|/);
  assert.ok(r.summary.includes('```mermaid'), 'a mermaid chart');
  assert.ok(!body.includes('#### History'), 'the PR comment stays short');
  assert.ok(body.includes('**Baseline:** [run 400](https://github.com/o/r/actions/runs/400) on main'), body);
  assert.ok(body.includes('**Failed rules:**'));
  state.report2Json = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
  assert.equal((state.report2Json!.gate as { baseline: string }).baseline, 'run 400 on main');
});

test('read-only token: 403 on the comment is one warning and the verdict stands; a foreign-protocol baseline is "not comparable"', async () => {
  assert.ok(state.report1Json, 'needs the first run');
  const foreign = structuredClone(state.report1Json!) as { protocol: Record<string, unknown> };
  foreign.protocol.weights = 'pytorch-fid';
  foreign.protocol.weightsSha256 = '6726825d' + '0'.repeat(56);
  const foreignFile = path.join(tmp, 'foreign-baseline.json');
  writeFileSync(foreignFile, JSON.stringify(foreign));
  fake.commentsForbidden = true;
  try {
    const r = await runAction({ real: imagesOf('A'), generated: imagesOf('C'), thresholds: 'fid <= 120', 'max-regression': 'fid: +5%', baseline: foreignFile });
    assert.equal(r.code, 1, log(r));
    assert.equal(r.outputs.passed, 'false');
    assert.equal(r.outputs['comment-url'], '');
    const warnings = annotations(r, 'warning');
    const w403 = warnings.filter((w) => w.includes('could not write the PR comment'));
    assert.equal(w403.length, 1, warnings.join('\n'));
    assert.match(w403[0], /HTTP 403: Resource not accessible by integration/);
    assert.ok(warnings.some((w) => /baseline not comparable: weights pytorch-fid \(6726825d0000\) → synthetic \(e23305e2b70e\); no comparison/.test(w)), warnings.join('\n'));
    const errors = annotations(r, 'error');
    assert.equal(errors.length, 1);
    assert.match(errors[0], /fid-gate: 1 rule crossed:\n- fid = [\d.]+ > 120 \(threshold "fid <= 120"\)$/);
    // no comparison: the regression rule is skipped, the summary says why
    assert.match(r.summary, /> ⚠️ baseline not comparable/);
    assert.ok(r.summary.includes('regression rule "fid: +5%" not evaluated: no comparable baseline'), r.summary);
    assert.match(r.summary, /\| FID \| [\d.]+ ± [\d.]+ \| — \| — \|/);
    assert.equal(stickyComments()[0].id, state.commentId);
  } finally {
    fake.commentsForbidden = false;
  }
});

test('a failed comment (HTTP 500 on every retry) never hides the verdict: the exit code stays the gate\'s', async () => {
  fake.failures.push({ match: new RegExp(`/issues/${PR}/comments`), status: 500, count: 1000 });
  try {
    for (const [thresholds, code, passed] of [['fid <= 1', 1, 'false'], ['fid <= 100000', 0, 'true']] as const) {
      const r = await runAction({ real: imagesOf('A'), generated: imagesOf('C'), thresholds, baseline: 'none' });
      assert.equal(r.code, code, log(r));
      assert.equal(r.outputs.passed, passed);
      assert.equal(r.outputs['comment-url'], '');
      const w = annotations(r, 'warning').filter((x) => x.includes('could not post the PR comment'));
      assert.equal(w.length, 1, annotations(r, 'warning').join('\n'));
      assert.match(w[0], /HTTP 500/);
      // the only error (if any) is the gate's verdict, not an infrastructure error
      const errors = annotations(r, 'error');
      assert.equal(errors.length, code, errors.join('\n'));
      if (code) assert.match(errors[0], /fid-gate: 1 rule crossed:\n- fid = [\d.]+ > 1 /);
    }
  } finally {
    fake.failures.length = 0;
  }
});

test('errors are reported as errors, distinct from a regression; fail-on-error: false only warns', async () => {
  const missing = path.join(tmp, 'no-such-folder');
  const r = await runAction({ real: missing, generated: imagesOf('C'), comment: 'never' });
  assert.equal(r.code, 2, log(r));
  const errors = annotations(r, 'error');
  assert.equal(errors.length, 1);
  assert.ok(errors[0].includes(`fid-gate error: input real: ${missing}: no such folder or file`), errors[0]);
  assert.equal(r.outputs.passed, '');
  assert.match(r.outputs.error, /no such folder/);
  assert.match(r.summary, /### ⚠️ fid-gate: error/);

  const r2 = await runAction({ real: missing, generated: imagesOf('C'), 'fail-on-error': 'false', comment: 'never', thresholds: 'fid <= 1' });
  assert.equal(r2.code, 0, log(r2));
  assert.equal(r2.outputs.passed, '');
  assert.deepEqual(annotations(r2, 'error'), []);
  assert.ok(annotations(r2, 'warning').some((w) => w.includes('fid-gate error (fail-on-error: false, the step passes)')));
});

test('mode: comment (workflow_run of a fork PR): reads the triggering run\'s artifact, checks the PR, re-evaluates, updates the comment', async () => {
  assert.ok(state.report2Json, 'needs the second run');
  const TRIGGER = 600;
  fake.addRun({ id: TRIGGER, workflow_id: WORKFLOW_ID, head_branch: 'feature', conclusion: 'failure' });
  fake.addArtifact(TRIGGER, 'fid-gate-metrics', writeZip([{ name: 'metrics.json', data: Buffer.from(JSON.stringify(state.report2Json)) }]));
  fake.pulls.set(PR, { number: PR, head: { sha: HEAD_SHA }, base: { ref: 'main' } });
  const event = { action: 'completed', workflow_run: { id: TRIGGER, workflow_id: WORKFLOW_ID, head_sha: HEAD_SHA, head_branch: 'feature', event: 'pull_request', conclusion: 'failure', pull_requests: [] } };
  // re-evaluated with this workflow's rules: the threshold fails; the regression is within noise (as in the second run)
  const r = await runAction({ mode: 'comment', thresholds: 'fid <= 100', 'max-regression': 'fid: +5%' }, { eventName: 'workflow_run', event, runId: 700 });
  assert.equal(r.code, 1, log(r));
  assert.equal(r.outputs.fid, String((state.report2Json!.metrics as { fid: { value: number } }).fid.value));
  assert.equal(r.outputs.passed, 'false');
  assert.match(annotations(r, 'error')[0], /fid-gate: 1 rule crossed:\n- fid = [\d.]+ > 100 \(threshold "fid <= 100"\)$/);
  assert.ok(fake.requests.some((q) => q.path === `/repos/o/r/pulls/${PR}`), 'checked the PR named by the metrics against the run\'s head commit');
  const mine = stickyComments();
  assert.equal(mine.length, 1);
  assert.equal(mine[0].id, state.commentId);
  assert.match(mine[0].body, /\| FID \| [\d.]+ ± [\d.]+ \| [\d.]+ ± [\d.]+ \| ▲ .* ⚪ within noise \| ≤ 100; \+5% vs baseline/);
  assert.ok(mine[0].body.includes('[run 400](https://github.com/o/r/actions/runs/400)'), mine[0].body);
  assert.ok(mine[0].body.includes('[workflow run](https://github.com/o/r/actions/runs/700)'));
});

test('generator: the generated set sampled from an ONNX GAN (no folder), grid written, protocol.sampling in the report', async () => {
  const latent = 4, D = 3 * 16 * 16;
  const weight = Float64Array.from({ length: latent * D }, (_, i) => Math.sin(i * 0.37) * 0.5);
  const model = path.join(tmp, 'gen.onnx');
  writeFileSync(model, linearGenerator({ latent, channels: 3, height: 16, width: 16, weight, activation: 'tanh' }));
  const r = await runAction({
    real: imagesOf('A'), generator: model, 'generator-kind': 'gan', 'num-samples': '12', seed: '5', metrics: 'fid',
    thresholds: 'fid <= 100000', comment: 'never', baseline: 'none', 'comment-key': 'sampled',
  });
  assert.equal(r.code, 0, log(r));
  assert.equal(r.outputs.passed, 'true', log(r));
  assert.ok(Number.isFinite(Number(r.outputs.fid)) && r.outputs.fid !== '', `fid ${r.outputs.fid}`);
  assert.equal(r.outputs['elbo-bpd'], '');
  const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
  assert.equal(report.generated.kind, 'samples');
  assert.equal(report.protocol.nGenerated, 12);
  assert.equal(report.protocol.sampling.seed, 5);
  assert.ok(existsSync(path.join(path.dirname(r.outputs.report), 'samples-grid.png')), 'grid PNG');
  assert.ok(report.notes.some((n: string) => /sample grid \(first 12 samples\)/.test(n)), JSON.stringify(report.notes));
});
