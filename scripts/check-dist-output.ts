// Used by .ci/run: the stats file written by the bundled dist holds the reference features (relative L2 < 1e-4).
import { readFileSync } from 'node:fs';
import { parseNpz } from '../src/util/npy.js';

const [got, want] = process.argv.slice(2);
const a = parseNpz(readFileSync(got), got),
  b = parseNpz(readFileSync(want), want);
for (const key of ['pool3', 'logits']) {
  const x = a.get(key === 'pool3' ? 'features' : 'logits')!.data as Float32Array,
    y = b.get(key)!.data as Float32Array;
  if (x.length !== y.length) throw new Error(`${key}: ${x.length} values, expected ${y.length}`);
  let e = 0,
    n = 0;
  for (let i = 0; i < x.length; i++) {
    e += (x[i] - y[i]) ** 2;
    n += y[i] ** 2;
  }
  const rel = Math.sqrt(e / n);
  console.log(`dist output ${key}: relative L2 error ${rel.toExponential(2)} over ${y.length} values`);
  if (!(rel < 1e-4)) throw new Error(`${key}: relative error ${rel}`);
}
