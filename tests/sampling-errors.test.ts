// Issue 7, item 1 (bad-input matrix): a generator whose inputs or outputs have the wrong shape. Tiny wrong ONNX
// models are built here with the project's ONNX writer; each must give exit 2 with a message naming the model file
// and the shape at fault (docs/errors.md, "Generators").
// Every assert.ok has a message: without one, Node builds it by re-parsing this TypeScript file, which takes minutes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../src/cli.js';
import { DataType, model, node, tensor, valueInfo } from '../src/features/onnx-writer.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-sampling-errors-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

async function cli(...argv: string[]) {
  const out: string[] = [], err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, err: err.join('\n').split('\n').filter((l) => l.startsWith('fid-gate ')).join('\n') };
}

function write(name: string, bytes: Uint8Array): string {
  const f = path.join(tmp, name);
  writeFileSync(f, bytes);
  return f;
}

const F = DataType.FLOAT;
/** A GAN whose output is [N, 10] (z [N, 10] passed through): not NCHW. */
const gan2d = model({ nodes: [node('Identity', ['z'], ['out'])], initializers: [], inputs: [valueInfo('z', F, ['N', 10])], outputs: [valueInfo('out', F, ['N', 10])] });
/** A GAN whose z is int64 (no float32 input of the expected type). */
const ganInt = model({ nodes: [node('Identity', ['z'], ['out'])], initializers: [], inputs: [valueInfo('z', DataType.INT64, ['N', 4])], outputs: [valueInfo('out', DataType.INT64, ['N', 4])] });
/** A GAN with a rank-3 z. */
const ganRank3 = model({ nodes: [node('Identity', ['z'], ['out'])], initializers: [], inputs: [valueInfo('z', F, ['N', 4, 2])], outputs: [valueInfo('out', F, ['N', 4, 2])] });
/** A denoiser x [N, 3, 8, 8] → out [N, 3, 4, 4] (a strided slice): its output shape differs from its input's. */
const denoiserShrink = model({
  nodes: [node('Slice', ['x', 'starts', 'ends', 'axes', 'steps'], ['out']), node('Identity', ['t'], ['t_unused'])],
  initializers: [
    tensor('starts', [2], DataType.INT64, BigInt64Array.from([0n, 0n])), tensor('ends', [2], DataType.INT64, BigInt64Array.from([8n, 8n])),
    tensor('axes', [2], DataType.INT64, BigInt64Array.from([2n, 3n])), tensor('steps', [2], DataType.INT64, BigInt64Array.from([2n, 2n])),
  ],
  inputs: [valueInfo('x', F, ['N', 3, 8, 8]), valueInfo('t', DataType.INT64, ['N'])],
  outputs: [valueInfo('out', F, ['N', 3, 4, 4]), valueInfo('t_unused', DataType.INT64, ['N'])],
});
/** A "denoiser" with one input only (no timestep). */
const denoiserOneInput = model({ nodes: [node('Identity', ['x'], ['out'])], initializers: [], inputs: [valueInfo('x', F, ['N', 3, 8, 8])], outputs: [valueInfo('out', F, ['N', 3, 8, 8])] });

test('generators with the wrong input or output shape: exit 2, naming the model file and the shape', async () => {
  const cases: [string, Uint8Array, string[], RegExp][] = [
    ['gan-2d.onnx', gan2d, ['--kind', 'gan'], /output 0 is float32 \[4, 10\]; expected float32 \[4, C, H, W\]/],
    ['gan-int.onnx', ganInt, ['--kind', 'gan'], /input 0 \(z\) must be float32 z, not int64/],
    ['gan-rank3.onnx', ganRank3, ['--kind', 'gan'], /input 0 \(z\) must be \[N, Z\] or \[N, Z, 1, 1\]; it is \[N, 4, 2\]/],
    ['denoiser-shrink.onnx', denoiserShrink, ['--kind', 'diffusion', '--steps', '2'], /output 0 is float32 \[4, 3, 4, 4\]; expected float32 \[4, 3 \(or 6\), 8, 8\]/],
    ['denoiser-1in.onnx', denoiserOneInput, ['--kind', 'diffusion', '--steps', '2'], /must take 2 or 3 inputs \(x_t, timestep\[, labels\]\); it takes 1: x/],
  ];
  for (const [name, bytes, kind, shape] of cases) {
    const f = write(name, bytes);
    const r = await cli('sample', '--generator', f, ...kind, '-n', '4', '-o', path.join(tmp, `out-${name}`), '--device', 'cpu', '--quiet');
    assert.equal(r.code, 2, `${name}: ${r.err}`);
    assert.ok(r.err.includes(f), `${name}: the message names the model file: ${r.err}`);
    assert.match(r.err, shape, name);
  }
});
