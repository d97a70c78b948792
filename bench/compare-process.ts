// `fid-gate compare A.npz B.npz --metrics fid` as a whole process (node start, bundle load, two 2048-d statistics
// files, the Fréchet distance) against what `python -m pytorch_fid A.npz B.npz` does on the same machine
// (bench/pytorch_fid_cli_proxy.py, when Debian's python3-torch and python3-scipy are installed).
// PERF.md (b)'s case: X ~ N(0, I), Y ~ 1.1·N(0, I) + 0.05, 10,000 × 2048 each, stats written like --save-stats.
// Usage: npx tsx bench/compare-process.ts [--runs 3]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { StatsAccumulator } from '../src/metrics/stats.js';
import { formatNpz } from '../src/util/npy.js';
import { syntheticInceptionStateDict } from '../src/weights/synthetic.js';
import { legacyTorchSave } from '../tests/helpers/torch-save.js';
import { gaussianRows } from './synthetic-rows.js';

const { values } = parseArgs({ options: { runs: { type: 'string' } } });
const runs = Number(values.runs ?? 3);
const dir = path.join(os.tmpdir(), 'fid-gate-bench-compare');
mkdirSync(dir, { recursive: true });
const root = path.resolve(import.meta.dirname, '..');

const files = [path.join(dir, 'A.npz'), path.join(dir, 'B.npz')];
if (!files.every(existsSync)) {
  for (const [i, [scale, shift]] of [
    [1, 0],
    [1.1, 0.05],
  ].entries()) {
    const acc = new StatsAccumulator(2048);
    await acc.add(gaussianRows(10000, 2048, scale, shift, i + 1), 10000);
    const s = await acc.finalize();
    writeFileSync(
      files[i],
      formatNpz({ mu: { data: s.mu, shape: [2048] }, sigma: { data: s.sigma, shape: [2048, 2048] } }, true),
    );
  }
}
const time = (cmd: string, args: string[]): { s: number; out: string } => {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return { s: (performance.now() - t) / 1000, out: r.stdout };
};
const ours: number[] = [],
  theirs: number[] = [];
let fidOurs = '',
  fidTheirs = '';
const weights = path.join(dir, 'synthetic.pth');
let python = false;
try {
  execFileSync('/usr/bin/python3', ['-c', 'import torch, scipy'], { stdio: 'ignore' });
  python = true;
} catch {
  /* no yardstick */
}
if (python && !existsSync(weights)) writeFileSync(weights, legacyTorchSave(syntheticInceptionStateDict()));
for (let r = 0; r < runs; r++) {
  const o = time('node', ['dist/index.js', 'compare', ...files, '--metrics', 'fid', '--quiet']);
  ours.push(o.s);
  fidOurs = /^FID\s+(\S+)/m.exec(o.out)?.[1] ?? '?';
  if (python) {
    const p = time('/usr/bin/python3', ['bench/pytorch_fid_cli_proxy.py', ...files, weights]);
    theirs.push(p.s);
    fidTheirs = /FID:\s+(\S+)/.exec(p.out)?.[1] ?? '?';
  }
}
const med = (x: number[]) => [...x].sort((a, b) => a - b)[Math.floor(x.length / 2)];
console.log(`whole process, 2048-d statistics of 10,000 × 2048 Gaussian features, ${runs} runs (min / median s):`);
console.log(
  `  fid-gate compare A.npz B.npz --metrics fid:  ${Math.min(...ours).toFixed(2)} / ${med(ours).toFixed(2)}  (FID ${fidOurs})`,
);
if (python) {
  console.log(
    `  python -m pytorch_fid A.npz B.npz (proxy):   ${Math.min(...theirs).toFixed(2)} / ${med(theirs).toFixed(2)}  (FID ${Number(fidTheirs).toFixed(4)})`,
  );
  console.log(
    `  ratio (median): ${(med(theirs) / med(ours)).toFixed(2)}x; PERF.md's pytorch-fid figure on its machine: 6.1 s`,
  );
} else {
  console.log(
    `  (no /usr/bin/python3 with torch and scipy: PERF.md's pytorch-fid figure is 6.1 s on its machine; ratio ${(6.1 / med(ours)).toFixed(2)}x)`,
  );
}
