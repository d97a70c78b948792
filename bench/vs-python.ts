// Whole processes, fid-gate against the python tools, on the same machine in the same run (interleaved):
//   FID   `fid-gate compare A.npz B.npz --metrics fid` on two 2048-d statistics files (PERF.md (b)'s case:
//         X ~ N(0, I), Y ~ 1.1·N(0, I) + 0.05, 10,000 × 2048 each, saved compressed like pytorch-fid's --save-stats)
//         against `python -m pytorch_fid A.npz B.npz`: the real one with --pytorch-fid DIR (see pytorchFid below),
//         else bench/pytorch_fid_cli_proxy.py, which does what its CLI does, network and weights included;
//   FID (ill-conditioned), case `fid-ill`: the same on two covariances with eigenvalues e^(−i/200) (1 to 4.5e-5,
//         times 1 + 0.3·U(0, 1) for the second) in a dense basis, as ill-conditioned as covariances of real images,
//         where the distance's product cannot certify Σ₂ and its semidefiniteness check runs in full;
//   PRDC  `fid-gate compare R.npz F.npz --metrics prdc --bootstrap 0` on two stats files with 5,000 × 2048 float32
//         features each (PERF.md (c)'s case: real ~ N(0, I), fake ~ N(0, I) + 0.1) against a python process that
//         loads the same features and runs prdc's compute_prdc with k = 5 (bench/prdc_proxy.py: the real package
//         with --prdc DIR, else a line-for-line copy of its algorithm). fid-gate computes precision/recall at k = 3
//         and density/coverage at k = 5; the density and coverage of both are printed side by side.
// Prints min / median wall and median CPU seconds (user + system) of each, the ratios of the medians, the ratios of
// the interleaved pairs (min / median / max) and the load average before and after.
// Needs /usr/bin/python3 with Debian's python3-torch, python3-torchvision, python3-scipy, python3-sklearn; the
// python packages themselves cannot be installed from PyPI here, but their sources run as they are:
//   git clone -b v0.3.0 https://github.com/mseitzer/pytorch-fid PYTORCH_FID_DIR
//   git clone https://github.com/clovaai/generative-evaluation-prdc PRDC_DIR
// Usage: /path/to/node24 --import tsx bench/vs-python.ts [--runs 3] [--only fid|prdc] [--bundle dist]
//          [--pytorch-fid PYTORCH_FID_DIR] [--prdc PRDC_DIR]
//   (the CLI runs on the node that runs this script; the Action runs on Node 24, so time that one)
//   --bundle: the folder of the bundled CLI to time (default dist/; a bundle of a working tree built elsewhere with
//   `ncc build src/index.ts -o DIR && ncc build src/app.ts -o DIR/app -e onnxruntime-node -e sharp` plus dist's
//   node_modules and package.json serves as well).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { StatsAccumulator } from '../src/metrics/stats.js';
import { writeStatsNpz } from '../src/metrics/stats-file.js';
import { formatNpz } from '../src/util/npy.js';
import { syntheticInceptionStateDict } from '../src/weights/synthetic.js';
import { legacyTorchSave } from '../tests/helpers/torch-save.js';
import { gaussianRows } from './synthetic-rows.js';
import { uniform } from '../tests/helpers/helpers.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    only: { type: 'string' },
    bundle: { type: 'string' },
    'pytorch-fid': { type: 'string' },
    prdc: { type: 'string' },
  },
});
const runs = Number(values.runs ?? 3);
const root = path.resolve(import.meta.dirname, '..');
const bundle = path.resolve(root, values.bundle ?? 'dist');
const cases = values.only ? [values.only] : ['fid', 'fid-ill', 'prdc'];
const dir = path.join(os.tmpdir(), 'fid-gate-bench-vs-python');
mkdirSync(dir, { recursive: true });
const PYTHON = '/usr/bin/python3';

async function statsOf(rows: Float32Array, n: number, d: number) {
  const acc = new StatsAccumulator(d);
  await acc.add(rows, n);
  return acc.finalize();
}

/**
 * Q diag(λ₀ … λ_{d−1}) Qᵀ (row-major, exactly symmetric) for Q a product of 8 random Householder reflections: a dense
 * covariance with exactly the given spectrum, in O(d²) per reflection.
 */
function illConditionedCovariance(d: number, lambda: (k: number) => number, rand: () => number): Float64Array {
  const a = new Float64Array(d * d);
  for (let k = 0; k < d; k++) a[k * d + k] = lambda(k);
  const v = new Float64Array(d),
    w = new Float64Array(d);
  for (let r = 0; r < 8; r++) {
    let norm = 0;
    for (let i = 0; i < d; i++) norm += (v[i] = rand() - 0.5) ** 2;
    const scale = Math.sqrt(2 / norm); // H = I − u uᵀ with u = √2 v / ‖v‖
    for (let i = 0; i < d; i++) v[i] *= scale;
    // H A H = A − u wᵀ − w uᵀ + (uᵀ w) u uᵀ with w = A u
    let uw = 0;
    for (let i = 0; i < d; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += a[i * d + j] * v[j];
      w[i] = s;
      uw += v[i] * s;
    }
    for (let i = 0; i < d; i++)
      for (let j = 0; j <= i; j++) {
        const x = a[i * d + j] - v[i] * w[j] - w[i] * v[j] + uw * v[i] * v[j];
        a[i * d + j] = x;
        a[j * d + i] = x;
      }
  }
  return a;
}

const fidFiles = [path.join(dir, 'fid-A.npz'), path.join(dir, 'fid-B.npz')];
const illFiles = [path.join(dir, 'fid-ill-A.npz'), path.join(dir, 'fid-ill-B.npz')];
const prdcFiles = [path.join(dir, 'prdc-real.npz'), path.join(dir, 'prdc-fake.npz')];
const weights = path.join(dir, 'synthetic.pth');
if (cases.includes('fid')) {
  for (const [i, [scale, shift]] of [
    [1, 0],
    [1.1, 0.05],
  ].entries()) {
    if (existsSync(fidFiles[i])) continue;
    const s = await statsOf(gaussianRows(10000, 2048, scale, shift, i + 1), 10000, 2048);
    writeFileSync(
      fidFiles[i],
      formatNpz({ mu: { data: s.mu, shape: [2048] }, sigma: { data: s.sigma, shape: [2048, 2048] } }, true),
    );
  }
}
if (cases.includes('fid-ill')) {
  for (const [i, spread] of [0, 0.3].entries()) {
    if (existsSync(illFiles[i])) continue;
    const d = 2048,
      rand = uniform(21 + i),
      sigma = illConditionedCovariance(d, (k) => Math.exp(-k / 200) * (1 + spread * rand()), uniform(7));
    const mu = Float64Array.from({ length: d }, () => 0.1 * (rand() - 0.5));
    writeFileSync(
      illFiles[i],
      formatNpz({ mu: { data: mu, shape: [d] }, sigma: { data: sigma, shape: [d, d] } }, true),
    );
  }
}
if (cases.includes('fid') || cases.includes('fid-ill')) {
  if (!existsSync(weights)) writeFileSync(weights, legacyTorchSave(syntheticInceptionStateDict()));
}
if (cases.includes('prdc')) {
  for (const [i, shift] of [0, 0.1].entries()) {
    if (existsSync(prdcFiles[i])) continue;
    const rows = gaussianRows(5000, 2048, 1, shift, 11 + i);
    const s = await statsOf(rows, 5000, 2048);
    await writeStatsNpz(prdcFiles[i], { ...s, count: 5000, features: rows });
  }
}
try {
  execFileSync(PYTHON, ['-c', 'import torch, scipy, sklearn'], { stdio: 'ignore' });
} catch {
  throw new Error(
    `${PYTHON} lacks torch, scipy or sklearn: apt-get install -y python3-torch python3-scipy python3-sklearn`,
  );
}

/** Wall seconds, CPU seconds (user + system, from GNU time when present) and stdout of one whole process. */
type Run = { s: number; cpu: number; out: string };
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const time = (
  cmd: string,
  args: string[],
  { cwd = root, env = { ...process.env, FID_GATE_CLI: '1' } }: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Run => {
  const t = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', 'cpu %U %S', cmd, ...args], { cwd, encoding: 'utf8', env })
    : spawnSync(cmd, args, { cwd, encoding: 'utf8', env });
  const s = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const m = /cpu (\S+) (\S+)\s*$/.exec(r.stderr);
  return { s, cpu: m ? Number(m[1]) + Number(m[2]) : Number.NaN, out: r.stdout };
};
// the CLI runs on the node that runs this script: run the script with Node 24 (the Action's runtime) to time that
const NODE = process.execPath;
const ours = path.join(bundle, 'index.js');
// --prdc DIR (a checkout of clovaai/generative-evaluation-prdc): bench/prdc_proxy.py runs the real package's
// compute_prdc instead of its own copy of the algorithm
if (values.prdc) {
  if (!existsSync(path.join(values.prdc, 'prdc', 'prdc.py')))
    throw new Error(`--prdc ${values.prdc}: no prdc/prdc.py there`);
  process.env.PRDC_SRC = path.resolve(values.prdc);
}

/**
 * With --pytorch-fid DIR (a checkout of pytorch-fid's source at its 0.3.0 tag: `git clone -b v0.3.0
 * https://github.com/mseitzer/pytorch-fid DIR`): the real `python -m pytorch_fid A.npz B.npz --device cpu`, run from
 * DIR/src with Debian's python3-torch, python3-torchvision and python3-scipy. Its weights download is served from
 * torch hub's cache, where the synthetic weights are placed under the published file name (the network's arithmetic
 * does not depend on the weights' values; pytorch-fid loads them strictly, so the names and shapes must match).
 */
const pytorchFid = values['pytorch-fid']
  ? (() => {
      const src = path.resolve(values['pytorch-fid'], 'src');
      if (!existsSync(path.join(src, 'pytorch_fid', 'fid_score.py')))
        throw new Error(`--pytorch-fid ${values['pytorch-fid']}: no src/pytorch_fid/fid_score.py there`);
      const torchHome = path.join(dir, 'torch-home');
      const cached = path.join(torchHome, 'hub', 'checkpoints', 'pt_inception-2015-12-05-6726825d.pth');
      mkdirSync(path.dirname(cached), { recursive: true });
      copyFileSync(weights, cached);
      const env = { ...process.env, PYTHONPATH: src, TORCH_HOME: torchHome };
      return (files: string[]) => () =>
        time(PYTHON, ['-m', 'pytorch_fid', ...files, '--device', 'cpu'], { cwd: dir, env });
    })()
  : undefined;
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const med = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];
const fmt = (x: number[]) => `${Math.min(...x).toFixed(2)} / ${med(x).toFixed(2)} s`;
const fmtCpu = (x: number[]) => `CPU ${med(x).toFixed(2)} s`;
console.log(
  `${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? '?'}), load average before: ${load()}; ${runs} runs each, interleaved; fid-gate from ${path.relative(root, bundle) || '.'}/ on Node ${process.version}`,
);

/** `runs` interleaved pairs of runs, fid-gate's first; the value each run printed last (parsed by `oursValue`,
 * `theirsValue`) and the timings, printed under `title` with `oursLabel` and `theirsLabel`. */
const race = (
  title: string,
  ours: () => Run,
  oursValue: (out: string) => string,
  oursLabel: string,
  theirs: () => Run,
  theirsValue: (out: string) => string,
  theirsLabel: string,
): void => {
  const a: number[] = [],
    b: number[] = [],
    ca: number[] = [],
    cb: number[] = [];
  let va = '?',
    vb = '?';
  for (let r = 0; r < runs; r++) {
    const o = ours();
    a.push(o.s);
    ca.push(o.cpu);
    va = oursValue(o.out);
    const p = theirs();
    b.push(p.s);
    cb.push(p.cpu);
    vb = theirsValue(p.out);
  }
  console.log(title);
  console.log(`  ${oursLabel}${fmt(a)}  ${va}, ${fmtCpu(ca)}`);
  console.log(`  ${theirsLabel}${fmt(b)}  ${vb}, ${fmtCpu(cb)}`);
  console.log(`  ratio (medians): ${(med(b) / med(a)).toFixed(2)}x wall, ${(med(cb) / med(ca)).toFixed(2)}x CPU`);
  // each pair ran back to back, so its ratio cancels most of the host's slower drifts
  const pairs = b.map((x, i) => x / a[i]!);
  console.log(
    `  ratio per interleaved pair (wall): min ${Math.min(...pairs).toFixed(2)}x, median ${med(pairs).toFixed(2)}x, max ${Math.max(...pairs).toFixed(2)}x`,
  );
};
for (const [name, files, title] of [
  ['fid', fidFiles, 'FID, two 2048-d statistics files (min / median):'],
  ['fid-ill', illFiles, 'FID, two ill-conditioned 2048-d statistics files (min / median):'],
] as const)
  if (cases.includes(name))
    race(
      title,
      () => time(NODE, [ours, 'compare', ...files, '--metrics', 'fid', '--quiet']),
      (out) => `FID ${/^FID\s+(\S+)/m.exec(out)?.[1] ?? '?'}`,
      'fid-gate compare --metrics fid          ',
      pytorchFid?.([...files]) ?? (() => time(PYTHON, ['bench/pytorch_fid_cli_proxy.py', ...files, weights])),
      (out) => `FID ${Number(/FID:\s+(\S+)/.exec(out)?.[1] ?? '?').toFixed(4)}`,
      `python -m pytorch_fid ${pytorchFid ? '0.3.0        ' : '(proxy)      '}     `,
    );
if (cases.includes('prdc'))
  race(
    'precision/recall/density/coverage, 5,000 × 5,000 features at d = 2048 from .npz (min / median):',
    () => time(NODE, [ours, 'compare', ...prdcFiles, '--metrics', 'prdc', '--bootstrap', '0', '--quiet']),
    (out) =>
      ['density', 'coverage']
        .map((m) => `${m} ${new RegExp(`^${m}\\S*\\s+\\S*\\s*(\\S+)`, 'm').exec(out)?.[1] ?? '?'}`)
        .join(', '),
    'fid-gate compare --metrics prdc --bootstrap 0   ',
    () => time(PYTHON, ['bench/prdc_proxy.py', ...prdcFiles, '5']),
    (out) => ['density', 'coverage'].map((m) => `${m} ${new RegExp(`${m}: (\\S+)`).exec(out)?.[1] ?? '?'}`).join(', '),
    `python compute_prdc, k = 5 ${values.prdc ? '(prdc)   ' : '(proxy)  '}        `,
  );
console.log(`load average after: ${load()}`);
