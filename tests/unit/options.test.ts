// The option layer (src/options/): one set of parsers for the CLI's flags and the Action's inputs, `~` in path
// inputs, output paths checked before any work, outputs written through a temp file, and a failed --json write
// that never hides a failed gate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readInputs } from '../../src/action/inputs.js';
import { actionSource, cliSource, expandHome } from '../../src/options/source.js';
import { choice, int, num } from '../../src/options/numbers.js';
import { readSamplerOptions } from '../../src/options/sampler.js';
import { checkOutputFile } from '../../src/options/outputs.js';
import { writeJsonAndExit, writeOutputVia } from '../../src/cli/command.js';
import { InputError } from '../../src/util/errors.js';
import { cli } from '../helpers/cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-options-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const inputError = (message: string) => (e: unknown) => e instanceof InputError && (e as Error).message === message;

test('one parser, two namings: --flag on the CLI, input name in the Action', () => {
  const flags = cliSource({ 'batch-size': '0', eta: '-0.5', kid: 'most', n: '7' });
  const inputs = actionSource((k) => ({ 'batch-size': '0', eta: '-0.5', kid: 'most', n: ' 7 ' })[k] ?? '');
  assert.throws(
    () => int(flags, 'batch-size', 50, { expected: 'a positive integer' }),
    inputError('--batch-size: expected a positive integer, got "0"'),
  );
  assert.throws(
    () => int(inputs, 'batch-size', 50, { expected: 'a positive integer' }),
    inputError('input batch-size: expected a positive integer, got "0"'),
  );
  assert.throws(() => num(flags, 'eta', 0, { min: 0 }), inputError('--eta: expected a number ≥ 0, got "-0.5"'));
  assert.throws(() => num(inputs, 'eta', 0, { min: 0 }), inputError('input eta: expected a number ≥ 0, got "-0.5"'));
  assert.throws(
    () => choice(flags, 'kid', ['full', 'subsets', 'auto'], 'auto'),
    inputError('--kid: expected full, subsets or auto, got "most"'),
  );
  assert.throws(
    () => choice(inputs, 'kid', ['full', 'subsets', 'auto'], 'auto'),
    inputError('input kid: expected one of full, subsets, auto, got "most"'),
  );
  assert.equal(int(flags, 'n', undefined), 7);
  assert.equal(int(inputs, 'n', undefined), 7, 'spaces around an input are ignored');
  assert.equal(int(inputs, 'unset', 50), 50, 'an empty input is the default');
  assert.throws(() => int(flags, 'n', 1, { max: 5, maxReason: 'why' }), inputError('--n: at most 5 (why), got 7'));
  assert.throws(
    () => int(cliSource({ x: '2.5' }), 'x', 1, { min: 0 }),
    inputError('--x: expected an integer ≥ 0, got "2.5"'),
  );
  assert.throws(
    () => num(cliSource({ t: '0' }), 't', 1, { min: 0, exclusive: true, expected: 'seconds > 0' }),
    inputError('--t: expected seconds > 0, got "0"'),
  );
});

test('the sampler settings: the same checks for sample, compare --generator and the Action', () => {
  const cases: [Record<string, string>, string][] = [
    [
      { 'train-steps': '10', steps: '20' },
      '{steps}: 20 sampling steps, more than the 10 training steps ({train-steps})',
    ],
    [{ eta: '-1' }, '{eta}: expected a number ≥ 0, got "-1"'],
    [{ timeout: '0', kind: 'command', command: 'x' }, '{timeout}: expected seconds > 0, got "0"'],
    [{ seed: '4294967296' }, '{seed}: at most 4294967295 (seeds are 32-bit), got 4294967296'],
  ];
  for (const [extra, message] of cases) {
    const values = { kind: 'diffusion', generator: 'm.onnx', 'num-samples': '4', ...extra };
    const cliMsg = message.replace(/\{([a-z-]+)\}/g, '--$1');
    assert.throws(() => readSamplerOptions(cliSource(values)), inputError(cliMsg), cliMsg);
    const input = (k: string) => (k === 'generator-kind' ? values.kind : ((values as Record<string, string>)[k] ?? ''));
    const actionMsg = message.replace(/\{([a-z-]+)\}/g, 'input $1');
    assert.throws(
      () => readSamplerOptions(actionSource(input, { kind: 'generator-kind' })),
      inputError(actionMsg),
      actionMsg,
    );
  }
  const ok = readSamplerOptions(
    cliSource({ kind: 'diffusion', generator: 'm.onnx', 'num-samples': '4', 'train-steps': '30' }),
  );
  assert.deepEqual(
    [ok.diffusion?.steps, ok.diffusion?.eta, ok.batchSize, ok.seed],
    [30, 0, 16, 0],
    'ddim: min(50, T) steps, eta 0, batch 16, seed 0',
  );
});

test('fid-gate sample refuses steps > train-steps and eta < 0 before writing anything', async () => {
  for (const [extra, message] of [
    [
      ['--train-steps', '10', '--steps', '20'],
      'fid-gate sample: --steps: 20 sampling steps, more than the 10 training steps (--train-steps)',
    ],
    [['--eta=-0.1'], 'fid-gate sample: --eta: expected a number ≥ 0, got "-0.1"'],
  ] as const) {
    const out = path.join(tmp, 'never');
    const r = await cli(
      'sample',
      '--generator',
      path.join(tmp, 'missing.onnx'),
      '--kind',
      'diffusion',
      '-n',
      '2',
      '-o',
      out,
      ...extra,
    );
    assert.equal(r.code, 2, r.err);
    assert.equal(r.err, message);
    assert.throws(() => readdirSync(out), /ENOENT/, 'no output folder was created');
  }
});

test("~ in the Action's path inputs is the home directory", () => {
  const home = os.homedir();
  assert.equal(expandHome('~'), home);
  assert.equal(expandHome('~/.cache/fid-gate'), path.join(home, '.cache', 'fid-gate'));
  assert.equal(expandHome('a/~/b'), 'a/~/b');
  assert.equal(expandHome('~other/x'), '~other/x');
  const i = readInputs(
    (k) =>
      ({
        real: '~/data/real',
        generated: '~/data/gen',
        cache: '~/.cache/fid-gate',
        training: '~/train',
        weights: '~/w.pth',
        baseline: '~/base.json',
      })[k] ?? '',
  );
  assert.deepEqual(
    [i.real, i.generated, i.cache, i.training, i.weights, i.baseline],
    [
      path.join(home, 'data/real'),
      path.join(home, 'data/gen'),
      path.join(home, '.cache/fid-gate'),
      path.join(home, 'train'),
      path.join(home, 'w.pth'),
      path.join(home, 'base.json'),
    ],
  );
  const s = readInputs(
    (k) =>
      ({
        real: 'r',
        generator: '~/m.onnx',
        'generator-kind': 'gan',
        'num-samples': '3',
        'elbo-images': '',
        encoder: '',
      })[k] ?? '',
  );
  assert.equal(s.sampler?.generator, path.join(home, 'm.onnx'));
  assert.equal(readInputs((k) => ({ real: 'r', generated: 'g', weights: 'synthetic' })[k] ?? '').weights, 'synthetic');
});

test('output paths are checked before any work: missing folder, a folder in place of the file, a file in place of the folder', async () => {
  const empty = path.join(tmp, 'empty');
  mkdirSync(empty);
  const aFile = path.join(tmp, 'a-file');
  writeFileSync(aFile, 'x');
  const missing = path.join(tmp, 'no-such-folder', 'out.npz');
  // stats: the folder has no images, so any later step would fail with another message
  let r = await cli('stats', empty, '-o', missing, '--weights', 'synthetic');
  assert.equal(r.code, 2);
  assert.equal(
    r.err,
    `fid-gate stats: -o ${missing}: cannot write there: the folder ${path.dirname(missing)} does not exist`,
  );
  r = await cli('stats', empty, '-o', tmp, '--weights', 'synthetic');
  assert.equal(r.err, `fid-gate stats: -o ${tmp}: is a folder; expected a file path`);
  // compare: the inputs do not exist either; the outputs are refused first
  const nope = path.join(tmp, 'nope');
  r = await cli('compare', nope, nope, '--json', empty);
  assert.deepEqual([r.code, r.err], [2, `fid-gate compare: --json ${empty}: is a folder; expected a file path`]);
  r = await cli('compare', nope, nope, '--json', path.join(aFile, 'm.json'));
  assert.equal(
    r.err,
    `fid-gate compare: --json ${path.join(aFile, 'm.json')}: cannot write there: ${aFile} is not a folder`,
  );
  r = await cli('compare', nope, nope, '--training', empty, '--pairs-grid', path.join(tmp, 'x', 'pairs.png'));
  assert.equal(
    r.err,
    `fid-gate compare: --pairs-grid ${path.join(tmp, 'x', 'pairs.png')}: cannot write there: the folder ${path.join(tmp, 'x')} does not exist`,
  );
  r = await cli('elbo', '--denoiser', nope, '--images', empty, '--json', empty);
  assert.equal(r.err, `fid-gate elbo: --json ${empty}: is a folder; expected a file path`);
  // sample: -o below a file
  r = await cli('sample', '--generator', nope, '--kind', 'gan', '-n', '1', '-o', path.join(aFile, 'samples'));
  assert.equal(
    r.err,
    `fid-gate sample: -o ${path.join(aFile, 'samples')}: cannot write there: ${aFile} is not a folder`,
  );
  assert.doesNotThrow(() => checkOutputFile(path.join(tmp, 'new.json'), '--json'));
  assert.doesNotThrow(() => checkOutputFile(path.join(tmp, 'a', 'b', 'c.png'), '--grid', { createParents: true }));
});

test('outputs go through a temp file: a failed write keeps the old file and leaves no partial file', async () => {
  const dir = path.join(tmp, 'atomic');
  mkdirSync(dir);
  const file = path.join(dir, 'report.json');
  writeFileSync(file, 'old');
  await assert.rejects(
    writeOutputVia('--json', file, async (t) => {
      writeFileSync(t, 'half');
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    }),
    inputError(`--json ${file}: cannot write (ENOSPC)`),
  );
  assert.equal(readFileSync(file, 'utf8'), 'old');
  assert.deepEqual(readdirSync(dir), ['report.json']);
  await writeOutputVia('--json', file, async (t) => writeFileSync(t, 'new'));
  assert.equal(readFileSync(file, 'utf8'), 'new');
  assert.deepEqual(readdirSync(dir), ['report.json']);
});

test('a failed --json write after a failed gate keeps exit 1 (and says why); after a passed gate it is exit 2', async () => {
  const inPlace = path.join(tmp, 'json-is-a-folder');
  mkdirSync(inPlace); // e.g. created by another step after the check at the start
  const err: string[] = [];
  const io = { out: () => undefined, err: (s: string) => err.push(s) };
  assert.equal(await writeJsonAndExit('--json', inPlace, { a: 1 }, 1, io), 1);
  assert.equal(err.length, 1);
  assert.match(
    err[0],
    new RegExp(`^fid-gate: --json ${inPlace.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cannot write \\(E[A-Z]+\\)$`),
  );
  await assert.rejects(
    writeJsonAndExit('--json', inPlace, { a: 1 }, 0, io),
    (e: unknown) => e instanceof InputError && /cannot write/.test((e as Error).message),
  );
  const ok = path.join(tmp, 'ok.json');
  assert.equal(await writeJsonAndExit('--json', ok, { a: 1 }, 1, io), 1);
  assert.deepEqual(JSON.parse(readFileSync(ok, 'utf8')), { a: 1 });
});
