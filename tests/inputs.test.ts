// The Action's inputs: defaults, checks (each error names its input), the context read from the runner's variables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readInputs, readFailOnError } from '../src/action/inputs.js';
import { readRunContext } from '../src/action/context.js';
import { InputError } from '../src/util/errors.js';

const getter = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const base = { real: 'r', generated: 'g' };

test('defaults and derived values', () => {
  const i = readInputs(getter(base));
  assert.equal(i.mode, 'evaluate');
  assert.deepEqual(i.metrics, ['fid', 'kid', 'is', 'prdc']);
  assert.equal(i.baseline, 'auto');
  assert.equal(i.comment, 'always');
  assert.equal(i.commentKey, 'default');
  assert.equal(i.artifactName, 'fid-gate-metrics');
  assert.equal(i.batchSize, 50);
  assert.equal(i.device, 'auto');
  assert.equal(i.failOnError, true);
  const k = readInputs(getter({ ...base, 'comment-key': 'CIFAR 10', metrics: 'fid\nkid', baseline: 'NONE', 'fail-on-error': 'False' }));
  assert.equal(k.commentKey, 'CIFAR-10');
  assert.equal(k.artifactName, 'fid-gate-metrics-CIFAR-10');
  assert.deepEqual(k.metrics, ['fid', 'kid']);
  assert.equal(k.baseline, 'none');
  assert.equal(k.failOnError, false);
  assert.equal(readInputs(getter({ ...base, baseline: 'ci/base.json' })).baseline, 'ci/base.json');
  assert.equal(readInputs(getter({ mode: 'comment' })).mode, 'comment', 'mode comment needs neither real nor generated');
});

test('every bad input is an InputError naming the input', () => {
  const bad = (values: Record<string, string>, re: RegExp) =>
    assert.throws(() => readInputs(getter({ ...base, ...values })), (e: unknown) => e instanceof InputError && re.test((e as Error).message), String(re));
  bad({ real: '' }, /input real is required/);
  bad({ generated: '' }, /input generated is required/);
  bad({ comment: 'sometimes' }, /input comment: expected one of always, on-failure, never, got "sometimes"/);
  bad({ mode: 'judge' }, /input mode: expected one of evaluate, comment/);
  bad({ 'batch-size': '0' }, /input batch-size: expected a positive integer, got "0"/);
  bad({ 'batch-size': '3.5' }, /input batch-size/);
  bad({ device: 'tpu' }, /input device: expected auto, cpu or cuda/);
  bad({ 'fail-on-error': 'maybe' }, /input fail-on-error: expected true or false/);
  bad({ metrics: 'fid,lpips' }, /input metrics: unknown metric "lpips"/);
  bad({ thresholds: 'fid <= 25\nfid => 3' }, /input thresholds, line 2: cannot parse "fid => 3"/);
  bad({ 'max-regression': 'fid: -5%' }, /input max-regression, line 1/);
  bad({ metrics: 'fid', thresholds: 'recall >= 0.5' }, /rule "recall >= 0.5" is on recall, which is not computed: add "prdc" to the metrics input \(now: fid\)/);
  bad({ 'artifact-name': 'a/b' }, /input artifact-name/);
  bad({ 'metrics-file': 'm.json' }, /input metrics-file is for mode: comment/);
  assert.equal(readFailOnError(getter({ 'fail-on-error': 'maybe' })), true, 'the error path falls back to the default');
});

test('run context from the runner variables and the event payload', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-ctx-'));
  const ev = path.join(dir, 'event.json');
  writeFileSync(ev, JSON.stringify({ pull_request: { number: 12, base: { ref: 'develop' }, head: { sha: 'abc' } } }));
  const env = { GITHUB_REPOSITORY: 'octo/repo', GITHUB_RUN_ID: '77', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: ev, GITHUB_SERVER_URL: 'https://ghe.example.com/' };
  const c = readRunContext(env);
  assert.deepEqual([c.owner, c.repo, c.runId, c.pullRequest, c.baseRef, c.headSha, c.runUrl], ['octo', 'repo', 77, 12, 'develop', 'abc', 'https://ghe.example.com/octo/repo/actions/runs/77']);
  const push = readRunContext({ GITHUB_REPOSITORY: 'octo/repo', GITHUB_RUN_ID: '78', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_SHA: 'def' });
  assert.deepEqual([push.pullRequest, push.baseRef, push.headSha], [undefined, 'main', 'def']);
  writeFileSync(ev, JSON.stringify({ workflow_run: { id: 5, workflow_id: 9, head_sha: 'h', pull_requests: [{ number: 3, base: { ref: 'main' } }] } }));
  const wr = readRunContext({ ...env, GITHUB_EVENT_NAME: 'workflow_run' });
  assert.deepEqual(wr.workflowRun, { id: 5, workflowId: 9, headSha: 'h', headBranch: undefined, pullRequests: [{ number: 3, baseRef: 'main' }] });
  const odd = readRunContext({ GITHUB_REPOSITORY: 'bad owner/x', GITHUB_RUN_ID: 'x', GITHUB_EVENT_PATH: path.join(dir, 'missing.json') });
  assert.deepEqual([odd.owner, odd.runId, odd.runUrl], [undefined, undefined, undefined]);
  rmSync(dir, { recursive: true, force: true });
});
