// The Action's inputs: defaults, checks (each error names its input), the context read from the runner's variables.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readInputs, readFailOnError } from '../../src/action/inputs.js';
import { readRunContext } from '../../src/action/context.js';
import { InputError } from '../../src/util/errors.js';

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
  assert.equal(i.batchSize, undefined, 'no batch-size: the device chooses (defaultBatchSize)');
  assert.equal(i.device, 'auto');
  assert.equal(i.failOnError, true);
  const k = readInputs(
    getter({ ...base, 'comment-key': 'CIFAR 10', metrics: 'fid\nkid', baseline: 'NONE', 'fail-on-error': 'False' }),
  );
  assert.equal(k.commentKey, 'CIFAR-10');
  assert.equal(k.artifactName, 'fid-gate-metrics-CIFAR-10');
  assert.deepEqual(k.metrics, ['fid', 'kid']);
  assert.equal(k.baseline, 'none');
  assert.equal(k.failOnError, false);
  assert.equal(readInputs(getter({ ...base, baseline: 'ci/base.json' })).baseline, 'ci/base.json');
  assert.equal(
    readInputs(getter({ mode: 'comment' })).mode,
    'comment',
    'mode comment needs neither real nor generated',
  );
});

test('every bad input is an InputError naming the input', () => {
  const bad = (values: Record<string, string>, re: RegExp) =>
    assert.throws(
      () => readInputs(getter({ ...base, ...values })),
      (e: unknown) => e instanceof InputError && re.test((e as Error).message),
      String(re),
    );
  bad({ real: '' }, /input real is required/);
  bad({ generated: '' }, /input generated or input generator is required/);
  bad({ comment: 'sometimes' }, /input comment: expected one of always, on-failure, never, got "sometimes"/);
  bad({ mode: 'judge' }, /input mode: expected one of evaluate, comment/);
  bad({ 'batch-size': '0' }, /input batch-size: expected a positive integer, got "0"/);
  bad({ 'batch-size': '3.5' }, /input batch-size/);
  bad({ device: 'tpu' }, /input device: expected auto, cpu, cuda or webgpu/);
  bad({ 'fail-on-error': 'maybe' }, /input fail-on-error: expected true or false/);
  bad({ metrics: 'fid,lpips' }, /input metrics: unknown metric "lpips"/);
  bad({ thresholds: 'fid <= 25\nfid => 3' }, /input thresholds, line 2: cannot parse "fid => 3"/);
  bad({ 'max-regression': 'fid: -5%' }, /input max-regression, line 1/);
  bad(
    { metrics: 'fid', thresholds: 'recall >= 0.5' },
    /rule "recall >= 0.5" is on recall, which is not computed: add "prdc" to the metrics input \(now: fid\)/,
  );
  bad({ 'artifact-name': 'a/b' }, /input artifact-name/);
  bad({ 'metrics-file': 'm.json' }, /input metrics-file is for mode: comment/);
  assert.equal(readFailOnError(getter({ 'fail-on-error': 'maybe' })), true, 'the error path falls back to the default');
});

test('run context from the runner variables and the event payload', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-ctx-'));
  const ev = path.join(dir, 'event.json');
  writeFileSync(ev, JSON.stringify({ pull_request: { number: 12, base: { ref: 'develop' }, head: { sha: 'abc' } } }));
  const env = {
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_RUN_ID: '77',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: ev,
    GITHUB_SERVER_URL: 'https://ghe.example.com/',
  };
  const c = readRunContext(env);
  assert.deepEqual(
    [c.owner, c.repo, c.runId, c.pullRequest, c.baseRef, c.headSha, c.runUrl],
    ['octo', 'repo', 77, 12, 'develop', 'abc', 'https://ghe.example.com/octo/repo/actions/runs/77'],
  );
  const push = readRunContext({
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_RUN_ID: '78',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_SHA: 'def',
  });
  assert.deepEqual([push.pullRequest, push.baseRef, push.headSha], [undefined, 'main', 'def']);
  writeFileSync(
    ev,
    JSON.stringify({
      workflow_run: { id: 5, workflow_id: 9, head_sha: 'h', pull_requests: [{ number: 3, base: { ref: 'main' } }] },
    }),
  );
  const wr = readRunContext({ ...env, GITHUB_EVENT_NAME: 'workflow_run' });
  assert.deepEqual(wr.workflowRun, {
    id: 5,
    workflowId: 9,
    headSha: 'h',
    headBranch: undefined,
    pullRequests: [{ number: 3, baseRef: 'main' }],
  });
  const odd = readRunContext({
    GITHUB_REPOSITORY: 'bad owner/x',
    GITHUB_RUN_ID: 'x',
    GITHUB_EVENT_PATH: path.join(dir, 'missing.json'),
  });
  assert.deepEqual([odd.owner, odd.runId, odd.runUrl], [undefined, undefined, undefined]);
  rmSync(dir, { recursive: true, force: true });
});

test('sampler inputs: generator, generator-kind, num-samples, seed, sampler settings, elbo-images', () => {
  const gen = { real: 'r', generator: 'model.onnx', 'generator-kind': 'gan', 'num-samples': '500', seed: '3' };
  const g = readInputs(getter(gen));
  assert.equal(g.generated, '');
  assert.equal(g.sampler?.kind, 'gan');
  assert.equal(g.sampler?.generator, 'model.onnx');
  assert.equal(g.sampler?.n, 500);
  assert.equal(g.sampler?.seed, 3);
  assert.deepEqual(g.sampler?.gan?.outputRange, [-1, 1]);
  assert.equal(readInputs(getter({ ...gen, seed: '' })).sampler?.seed, 0, 'seed defaults to 0');
  assert.deepEqual(
    readInputs(getter({ ...gen, 'output-range': '0,1', 'z-dist': 'uniform' })).sampler?.gan?.outputRange,
    [0, 1],
  );
  const d = readInputs(
    getter({
      ...gen,
      'generator-kind': 'diffusion',
      schedule: 'cosine',
      'train-steps': '100',
      sampler: 'ddpm',
      steps: '20',
      prediction: 'v',
      'num-classes': '10',
      guidance: '2',
      'elbo-images': 'heldout',
      thresholds: 'elbo-bpd <= 3.5',
    }),
  );
  assert.equal(d.sampler?.diffusion?.schedule, 'cosine');
  assert.equal(d.sampler?.diffusion?.trainSteps, 100);
  assert.equal(d.sampler?.diffusion?.sampler, 'ddpm');
  assert.equal(d.sampler?.diffusion?.steps, 20);
  assert.equal(d.sampler?.diffusion?.prediction, 'v');
  assert.equal(d.sampler?.diffusion?.guidance, 2);
  assert.equal(d.elboImages, 'heldout');
  assert.equal(d.rules.thresholds[0].metric, 'elbo-bpd');
  assert.equal(
    readInputs(getter({ ...gen, 'generator-kind': 'diffusion' })).sampler?.diffusion?.steps,
    50,
    'ddim default 50 steps',
  );
  const c = readInputs(
    getter({
      real: 'r',
      'generator-kind': 'command',
      command: 'python s.py --out {out}',
      'num-samples': '10',
      timeout: '60',
    }),
  );
  assert.equal(c.sampler?.command?.command, 'python s.py --out {out}');
  assert.equal(c.sampler?.command?.timeoutSeconds, 60);

  const bad = (values: Record<string, string>, re: RegExp) =>
    assert.throws(
      () => readInputs(getter({ ...gen, ...values })),
      (e: unknown) => e instanceof InputError && re.test((e as Error).message),
      String(re),
    );
  bad({ generated: 'g' }, /input generated and input generator are both set/);
  bad({ 'generator-kind': '' }, /input generator-kind: expected gan, diffusion or command/);
  bad({ 'generator-kind': 'vae' }, /input generator-kind: expected gan, diffusion or command, got "vae"/);
  bad({ 'num-samples': '' }, /input num-samples is required/);
  bad({ 'num-samples': '0' }, /input num-samples: expected an integer ≥ 1/);
  bad({ seed: '-1' }, /input seed: expected an integer ≥ 0/);
  bad({ seed: '1.5' }, /input seed/);
  bad({ generator: '' }, /input generator-kind gan needs input generator/);
  bad({ 'z-dist': 'cauchy' }, /input z-dist/);
  bad({ 'output-range': '1,0' }, /input output-range/);
  bad({ 'generator-kind': 'diffusion', schedule: 'sqrt' }, /input schedule/);
  bad({ 'generator-kind': 'diffusion', sampler: 'euler' }, /input sampler/);
  bad(
    { 'generator-kind': 'diffusion', 'train-steps': '10', steps: '20' },
    /input steps: 20 sampling steps, more than the 10 training steps/,
  );
  bad({ 'generator-kind': 'diffusion', eta: 'x' }, /input eta: expected a number/);
  bad({ 'generator-kind': 'diffusion', eta: '-1' }, /input eta: expected a number ≥ 0/);
  bad({ 'generator-kind': 'diffusion', prediction: 'score' }, /input prediction/);
  bad({ 'generator-kind': 'diffusion', guidance: 'lots' }, /input guidance: expected a number/);
  bad({ 'num-classes': '0' }, /input num-classes/);
  bad({ 'generator-kind': 'command', command: '' }, /input generator-kind command needs input command/);
  bad({ 'generator-kind': 'command', command: 'x', timeout: '0' }, /input timeout: expected seconds > 0/);
  bad({ 'elbo-images': 'heldout' }, /input elbo-images needs a diffusion denoiser/);
  bad({ thresholds: 'elbo-bpd <= 3.5' }, /elbo-bpd, which is only computed with held-out images/);
  assert.throws(() => readInputs(getter({ real: 'r' })), /input generated or input generator is required/);
});

test('on-bad-image: fail by default, skip accepted, anything else names the input', () => {
  const base = { real: 'r', generated: 'g' };
  assert.equal(readInputs(getter(base)).onBadImage, 'fail');
  assert.equal(readInputs(getter({ ...base, 'on-bad-image': ' Skip ' })).onBadImage, 'skip');
  assert.throws(
    () => readInputs(getter({ ...base, 'on-bad-image': 'maybe' })),
    (e: unknown) =>
      e instanceof InputError && (e as Error).message === 'input on-bad-image: expected one of fail, skip, got "maybe"',
  );
});

test('bootstrap, training, max-pixels and the noise-aware gate metric groups: defaults, values, errors naming the input', () => {
  const d = readInputs(getter(base));
  assert.equal(d.bootstrap, 200);
  assert.equal(d.maxPixels, 178956970);
  assert.equal(d.training, undefined);
  const v = readInputs(
    getter({
      ...base,
      bootstrap: '0',
      'max-pixels': '1000000',
      training: ' data/train ',
      metrics: 'fid,fdinf',
      thresholds: 'memorization <= 0.01\nfd-inf <= 30',
    }),
  );
  assert.equal(v.bootstrap, 0);
  assert.equal(v.maxPixels, 1_000_000);
  assert.equal(v.training, 'data/train');
  assert.deepEqual(v.metrics, ['fid', 'fdinf']);
  assert.deepEqual(
    v.rules.thresholds.map((t) => t.metric),
    ['memorization', 'fd-inf'],
  );
  const bad = (values: Record<string, string>, re: RegExp) =>
    assert.throws(
      () => readInputs(getter({ ...base, ...values })),
      (e: unknown) => e instanceof InputError && re.test((e as Error).message),
      String(re),
    );
  bad(
    { bootstrap: '1' },
    /input bootstrap: 1 replicate gives no interval; expected 0 \(no intervals\) or 2 … 5000 replicates/,
  );
  bad({ bootstrap: '9000' }, /input bootstrap: expected 0 \(no intervals\) or 2 … 5000 replicates, got 9000/);
  bad({ bootstrap: 'many' }, /input bootstrap: expected a non-negative integer, got "many"/);
  bad({ 'max-pixels': '-5' }, /input max-pixels: expected a non-negative integer \(0 = no limit\), got "-5"/);
  bad(
    { thresholds: 'memorization <= 0.01' },
    /rule "memorization <= 0.01" is on memorization, which is only computed against training images \(the training input/,
  );
  bad(
    { thresholds: 'fd-inf <= 30' },
    /rule "fd-inf <= 30" is on fd-inf, which is not computed: add "fdinf" to the metrics input/,
  );
});
