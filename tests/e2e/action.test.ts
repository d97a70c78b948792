// The Action in process (src/action/run.ts with a recording core, an instant sleep and the local fake of the GitHub
// REST API), with the synthetic weights on the CPU and 24 + 24 images of the reference pack: the verdicts and exit
// codes, outputs, the job summary, the sticky comment (never a foreign one), baseline auto from the base branch's
// artifact, read-only tokens, API failures, errors, mode: comment and a sampled generated set. The built bundle
// itself is run once, in action-e2e.test.ts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FakeGitHub, type FakeComment } from '../helpers/fake-github.js';
import { runInProcess, type InProcessRun } from '../helpers/action-fakes.js';
import { writeZip } from '../../src/util/zip.js';
import { markerFor } from '../../src/report/markdown.js';
import { ACTIONS_BOT_LOGIN } from '../../src/github/sticky-comment.js';
import { ROOT } from '../helpers/helpers.js';
import { linearGenerator } from '../helpers/model-fixtures.js';

const TOKEN = 'ghs_inProcessFakeToken0123456789';
const SETS = path.join(ROOT, 'fixtures', 'reference', 'sets');
const imagesOf = (set: string) => path.join(SETS, set, 'head', 'images');
const HEAD_SHA = 'abc1234def5678abc1234def5678abc1234def56';
const PR = 7;
const WORKFLOW_ID = 42;
const THIS_RUN = 500;

let fake: FakeGitHub;
let tmp: string;
let foreign: FakeComment;
const FOREIGN_BODY = `${markerFor('default')}\nposted by someone else, carrying fid-gate's marker`;
const saved: Record<string, string | undefined> = {};

async function run(
  inputs: Record<string, string>,
  o: { eventName?: string; event?: unknown; runId?: number } = {},
): Promise<InProcessRun> {
  const r = await runInProcess({ tmp, token: TOKEN, pr: PR, headSha: HEAD_SHA, runId: THIS_RUN }, inputs, o);
  // the token is never logged, nor written to the summary
  assert.ok(!(r.core.log + r.core.summaryText).includes(TOKEN), 'the token was logged');
  return r;
}

const log = (r: InProcessRun) => `exit ${r.exitCode}\n${r.core.log.slice(-6000)}`;
/** fid-gate's own sticky comments: the marker AND the Actions bot as author. */
const stickyComments = (key = 'default') =>
  (fake.comments.get(PR) ?? []).filter((c) => c.body.startsWith(markerFor(key)) && c.user.login === ACTIONS_BOT_LOGIN);

before(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-action-'));
  // the fake API for the client and for @actions/artifact (read when it loads); nothing of a surrounding runner
  for (const k of [
    'GITHUB_API_URL',
    'GITHUB_WORKSPACE',
    'FID_GATE_CACHE',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_CACHE_URL',
    'GITHUB_STEP_SUMMARY',
  ])
    saved[k] = process.env[k];
  for (const k of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL', 'GITHUB_STEP_SUMMARY'])
    delete process.env[k];
  fake = await new FakeGitHub().start();
  Object.assign(process.env, {
    GITHUB_API_URL: fake.url,
    GITHUB_WORKSPACE: tmp,
    FID_GATE_CACHE: path.join(tmp, 'cache'),
  });
  fake.addOtherComments(PR, 150);
  foreign = fake.addComment(PR, FOREIGN_BODY, 'mallory');
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
  for (const [k, v] of Object.entries(saved))
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  rmSync(tmp, { recursive: true, force: true });
});

const state: {
  report1?: string;
  report1Json?: Record<string, unknown>;
  report2Json?: Record<string, unknown>;
  commentId?: number;
} = {};

test('first run: no successful base run (a note, not fatal), own comment created after 150 others and a foreign marker comment, outputs, summary', async () => {
  const r = await run({
    real: imagesOf('A'),
    generated: imagesOf('B'),
    thresholds: 'fid <= 120\n# comment\nis >= 1',
    'max-regression': 'fid: +5%',
  });
  assert.equal(r.exitCode, 0, log(r));
  assert.equal(r.failure, undefined);
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
  state.report1 = r.outputs.report;
  state.report1Json = report;

  const mine = stickyComments();
  assert.equal(mine.length, 1, 'one sticky comment');
  state.commentId = mine[0].id;
  assert.equal(r.outputs['comment-url'], mine[0].html_url);
  assert.equal(foreign.body, FOREIGN_BODY, 'the foreign comment carrying the marker is untouched');
  assert.ok(
    !fake.requests.some((q) => q.method === 'PATCH' && q.path.endsWith(`/comments/${foreign.id}`)),
    'never edited',
  );
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
  assert.ok(r.core.summaryText.includes(mine[0].body.trim()), 'summary = comment');
  assert.ok(
    r.core
      .of('info')
      .some((l) => /artifact fid-gate-metrics not uploaded: not running inside a GitHub Actions job/.test(l)),
    log(r),
  );
  assert.ok(r.core.of('group').includes('Compute the metrics'));
  assert.deepEqual(r.errors, []);
});

test('second run: regression against the base branch artifact (Δ), fails with each rule; same comment updated', async () => {
  assert.ok(state.report1, 'needs the first run');
  // main: a newer successful run without the artifact (skipped), an older one with it, a failed one (never used)
  fake.addRun({ id: 400, workflow_id: WORKFLOW_ID, head_branch: 'main' });
  fake.addArtifact(400, 'fid-gate-metrics', writeZip([{ name: 'metrics.json', data: readFileSync(state.report1!) }]));
  fake.addRun({ id: 401, workflow_id: WORKFLOW_ID, head_branch: 'main' });
  const before = fake.requests.length;
  const r = await run({
    real: imagesOf('A'),
    generated: imagesOf('C'),
    thresholds: 'fid <= 120\nis >= 1',
    'max-regression': 'fid: +5%\nrecall: -0.5',
  });
  assert.equal(r.exitCode, 1, log(r));
  assert.equal(r.outputs.passed, 'false');
  const fid1 = (state.report1Json!.metrics as { fid: { value: number } }).fid.value;
  const fid2 = Number(r.outputs.fid);
  assert.ok(fid2 > 120 && fid2 > fid1 * 1.05, `FID(A, C) = ${fid2} is past the +5% limit from ${fid1}`);
  // 24 images against 2,048 dimensions: the paired interval of the FID difference is wider than the change, so the
  // regression rule passes as "within noise"; the absolute threshold still fails the step
  assert.equal(r.errors.length, 1, log(r));
  assert.match(r.errors[0], /fid-gate: 1 rule crossed:\n- fid = [\d.]+ > 120 \(threshold "fid <= 120"\)$/);
  const fidRule = (
    JSON.parse(readFileSync(r.outputs.report, 'utf8')).gate.results as {
      kind: string;
      metric: string;
      passed: boolean;
      noise?: { method: string; verdict: string; halfWidth: number };
    }[]
  ).find((x) => x.kind === 'regression' && x.metric === 'fid')!;
  assert.equal(fidRule.passed, true);
  assert.deepEqual([fidRule.noise?.method, fidRule.noise?.verdict], ['paired', 'within noise']);
  assert.ok(fidRule.noise!.halfWidth > fid2 - fid1, `half-width ${fidRule.noise!.halfWidth} vs change ${fid2 - fid1}`);
  assert.ok(!r.errors[0].includes('fid-gate error'), 'a regression is not an error');

  const reqs = fake.requests.slice(before);
  assert.ok(
    reqs.some((q) => q.path === `/repos/o/r/actions/runs/${THIS_RUN}`),
    'looked up this run for its workflow',
  );
  assert.ok(
    reqs.some(
      (q) =>
        q.path.startsWith(`/repos/o/r/actions/workflows/${WORKFLOW_ID}/runs?`) &&
        q.path.includes('branch=main') &&
        q.path.includes('status=success'),
    ),
  );
  assert.ok(
    reqs.some((q) => q.path.startsWith('/repos/o/r/actions/runs/401/artifacts')),
    'tried the newest run first',
  );
  const blob = reqs.find((q) => q.path.startsWith('/blob/'));
  assert.ok(blob, 'downloaded the zip through the 302');
  assert.equal(blob!.authorization, undefined, 'no token sent to the blob URL');

  const mine = stickyComments();
  assert.equal(mine.length, 1, 'no duplicate comment');
  assert.equal(mine[0].id, state.commentId, 'the same comment, updated in place');
  assert.equal(foreign.body, FOREIGN_BODY);
  assert.equal(r.outputs['comment-url'], mine[0].html_url);
  const body = mine[0].body;
  assert.ok(body.includes('### ❌ fid-gate: failed (1 of 4 rules)'), body);
  // one verdict for the row: the threshold is crossed, the regression rule passed within noise
  assert.match(
    body.replace(/\u00a0/g, ' '),
    /\| FID ↓ \| [\d.]+ \[[\d.]+, [\d.]+\] \| [\d.]+ \| \+[\d.]+ \(\+\d+\.\d%\) \[-?[\d.]+, [\d.]+\] \| ≤ 120 crossed; ≤ [\d.]+ \(base \+5%\) within noise \| ❌ fail \|/,
  );
  assert.ok(body.includes('passed, within noise: fid '), body);
  // the job summary (not the comment) adds the base branch's history: run 400's artifact, then this run
  const summary = r.core.summaryText;
  assert.ok(summary.includes('#### History on main'), summary);
  assert.match(
    summary,
    /\| FID \| \S+\u00a0→\u00a0\S+ \| [\d.]+\u00a0\\\[[\d.]+,\u00a0[\d.]+\\\] \| [\d.]+ – [\d.]+ \| 1 \|/,
  );
  assert.ok(summary.includes('```mermaid'), 'a mermaid chart');
  assert.ok(!body.includes('#### History'), 'the PR comment stays short');
  assert.ok(body.includes('**Baseline:** [run 400](https://github.com/o/r/actions/runs/400) on main'), body);
  assert.ok(body.includes('**Failed rules:**'));
  state.report2Json = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
  assert.equal((state.report2Json!.gate as { baseline: string }).baseline, 'run 400 on main');
});

test('read-only token: 403 on the comment is one warning and the verdict stands; a foreign-protocol baseline is "not comparable"', async () => {
  assert.ok(state.report1Json, 'needs the first run');
  const other = structuredClone(state.report1Json!) as { protocol: Record<string, unknown> };
  other.protocol.weights = 'pytorch-fid';
  other.protocol.weightsSha256 = '6726825d' + '0'.repeat(56);
  const otherFile = path.join(tmp, 'foreign-baseline.json');
  writeFileSync(otherFile, JSON.stringify(other));
  fake.commentsForbidden = true;
  try {
    const r = await run({
      real: imagesOf('A'),
      generated: imagesOf('C'),
      thresholds: 'fid <= 120',
      'max-regression': 'fid: +5%',
      baseline: otherFile,
    });
    assert.equal(r.exitCode, 1, log(r));
    assert.equal(r.outputs.passed, 'false');
    assert.equal(r.outputs['comment-url'], '');
    const warnings = r.core.of('warning');
    const w403 = warnings.filter((w) => w.includes('could not write the PR comment'));
    assert.equal(w403.length, 1, warnings.join('\n'));
    assert.match(w403[0], /HTTP 403: Resource not accessible by integration/);
    assert.ok(
      warnings.some((w) =>
        /baseline not comparable: weights pytorch-fid \(6726825d0000\) → synthetic \(e23305e2b70e\); no comparison/.test(
          w,
        ),
      ),
      warnings.join('\n'),
    );
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0], /fid-gate: 1 rule crossed:\n- fid = [\d.]+ > 120 \(threshold "fid <= 120"\)$/);
    // no comparison: the regression rule is skipped, the summary says why
    assert.match(r.core.summaryText, /> ⚠️ baseline not comparable/);
    assert.ok(
      r.core.summaryText.includes('regression rule "fid: +5%" not evaluated: no comparable baseline'),
      r.core.summaryText,
    );
    assert.match(r.core.summaryText, /\| FID\u00a0↓ \| [\d.]+ \[[\d.]+,\u00a0[\d.]+\] \| — \| — \|/);
    assert.equal(stickyComments()[0].id, state.commentId);
  } finally {
    fake.commentsForbidden = false;
  }
});

test("a failed comment (HTTP 500 on every retry) never hides the verdict: the exit code stays the gate's; the backoff is not waited", async () => {
  fake.failures.push({ match: new RegExp(`/issues/${PR}/comments`), status: 500, count: 1000 });
  try {
    for (const [thresholds, code, passed] of [
      ['fid <= 1', 1, 'false'],
      ['fid <= 100000', 0, 'true'],
    ] as const) {
      const r = await run({ real: imagesOf('A'), generated: imagesOf('C'), thresholds, baseline: 'none' });
      assert.equal(r.exitCode, code, log(r));
      assert.equal(r.outputs.passed, passed);
      assert.equal(r.outputs['comment-url'], '');
      const w = r.core.of('warning').filter((x) => x.includes('could not post the PR comment'));
      assert.equal(w.length, 1, r.core.of('warning').join('\n'));
      assert.match(w[0], /HTTP 500/);
      // three retries with exponential backoff from 1 s, asked of the injected sleep
      assert.deepEqual(r.sleeps, [1000, 2000, 4000]);
      // the only error (if any) is the gate's verdict, not an infrastructure error
      assert.equal(r.errors.length, code, r.errors.join('\n'));
      if (code) assert.match(r.errors[0], /fid-gate: 1 rule crossed:\n- fid = [\d.]+ > 1 /);
    }
  } finally {
    fake.failures.length = 0;
  }
});

test('errors are reported as errors, distinct from a regression; fail-on-error: false only warns', async () => {
  const missing = path.join(tmp, 'no-such-folder');
  const r = await run({ real: missing, generated: imagesOf('C'), comment: 'never' });
  assert.equal(r.exitCode, 2, log(r));
  assert.equal(r.errors.length, 1);
  assert.ok(r.errors[0].includes(`fid-gate error: input real: ${missing}: no such folder or file`), r.errors[0]);
  assert.equal(r.outputs.passed, '');
  assert.match(r.outputs.error, /no such folder/);
  assert.match(r.core.summaryText, /### ⚠️ fid-gate: error/);

  const r2 = await run({
    real: missing,
    generated: imagesOf('C'),
    'fail-on-error': 'false',
    comment: 'never',
    thresholds: 'fid <= 1',
  });
  assert.equal(r2.exitCode, 0, log(r2));
  assert.equal(r2.outputs.passed, '');
  assert.deepEqual(r2.errors, []);
  assert.ok(r2.core.of('warning').some((w) => w.includes('fid-gate error (fail-on-error: false, the step passes)')));

  // an invalid input is an InputError too: exit code 2, and the error comment uses comment-key as read tolerantly
  const r3 = await run({ real: imagesOf('A'), generated: imagesOf('C'), 'batch-size': 'many', comment: 'never' });
  assert.equal(r3.exitCode, 2, log(r3));
  assert.match(r3.errors[0], /^fid-gate error: input batch-size/);
});

test("mode: comment (workflow_run of a fork PR): reads the triggering run's artifact, checks the PR, re-evaluates, updates the comment", async () => {
  assert.ok(state.report2Json, 'needs the second run');
  const TRIGGER = 600;
  fake.addRun({ id: TRIGGER, workflow_id: WORKFLOW_ID, head_branch: 'feature', conclusion: 'failure' });
  fake.addArtifact(
    TRIGGER,
    'fid-gate-metrics',
    writeZip([{ name: 'metrics.json', data: Buffer.from(JSON.stringify(state.report2Json)) }]),
  );
  fake.pulls.set(PR, { number: PR, head: { sha: HEAD_SHA }, base: { ref: 'main' } });
  const event = {
    action: 'completed',
    workflow_run: {
      id: TRIGGER,
      workflow_id: WORKFLOW_ID,
      head_sha: HEAD_SHA,
      head_branch: 'feature',
      event: 'pull_request',
      conclusion: 'failure',
      pull_requests: [],
    },
  };
  // re-evaluated with this workflow's rules: the threshold fails; the regression is within noise (as in the second run)
  const r = await run(
    { mode: 'comment', thresholds: 'fid <= 100', 'max-regression': 'fid: +5%' },
    { eventName: 'workflow_run', event, runId: 700 },
  );
  assert.equal(r.exitCode, 1, log(r));
  assert.equal(r.outputs.fid, String((state.report2Json!.metrics as { fid: { value: number } }).fid.value));
  assert.equal(r.outputs.passed, 'false');
  assert.match(r.errors[0], /fid-gate: 1 rule crossed:\n- fid = [\d.]+ > 100 \(threshold "fid <= 100"\)$/);
  assert.ok(
    fake.requests.some((q) => q.path === `/repos/o/r/pulls/${PR}`),
    "checked the PR named by the metrics against the run's head commit",
  );
  const mine = stickyComments();
  assert.equal(mine.length, 1);
  assert.equal(mine[0].id, state.commentId);
  assert.equal(foreign.body, FOREIGN_BODY);
  assert.match(
    mine[0].body.replace(/\u00a0/g, ' '),
    /\| FID ↓ \| [\d.]+ \[[\d.]+, [\d.]+\] \| [\d.]+ \| \+.* \| ≤ 100 crossed; ≤ [\d.]+ \(base \+5%\) within noise \| ❌ fail \|/,
  );
  assert.ok(mine[0].body.includes('[run 400](https://github.com/o/r/actions/runs/400)'), mine[0].body);
  assert.ok(mine[0].body.includes('[workflow run](https://github.com/o/r/actions/runs/700)'));
});

test('generator: the generated set sampled from an ONNX GAN (no folder), grid written, protocol.sampling in the report', async () => {
  const latent = 4,
    D = 3 * 16 * 16;
  const weight = Float64Array.from({ length: latent * D }, (_, i) => Math.sin(i * 0.37) * 0.5);
  const model = path.join(tmp, 'gen.onnx');
  writeFileSync(model, linearGenerator({ latent, channels: 3, height: 16, width: 16, weight, activation: 'tanh' }));
  const r = await run({
    real: imagesOf('A'),
    generator: model,
    'generator-kind': 'gan',
    'num-samples': '12',
    seed: '5',
    metrics: 'fid',
    thresholds: 'fid <= 100000',
    comment: 'never',
    baseline: 'none',
    'comment-key': 'sampled',
  });
  assert.equal(r.exitCode, 0, log(r));
  assert.equal(r.outputs.passed, 'true', log(r));
  assert.ok(Number.isFinite(Number(r.outputs.fid)) && r.outputs.fid !== '', `fid ${r.outputs.fid}`);
  assert.equal(r.outputs['elbo-bpd'], '');
  const report = JSON.parse(readFileSync(r.outputs.report, 'utf8'));
  assert.equal(report.generated.kind, 'samples');
  assert.equal(report.protocol.nGenerated, 12);
  assert.equal(report.protocol.sampling.seed, 5);
  assert.ok(existsSync(path.join(path.dirname(r.outputs.report), 'samples-grid.png')), 'grid PNG');
  assert.ok(
    report.notes.some((n: string) => /sample grid \(first 12 samples\)/.test(n)),
    JSON.stringify(report.notes),
  );
});
