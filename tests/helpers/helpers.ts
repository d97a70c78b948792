// Paths to the reference data: fixtures/reference (always there, copied from the shared pack by
// fixtures/scripts/copy-reference.ts) and the full pack ../shared/reference when it is present.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseNpz } from '../../src/util/npy.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'fixtures');
export const REF = path.join(FIXTURES, 'reference');
const sharedCandidates = [process.env.FID_GATE_SHARED_REFERENCE, path.resolve(ROOT, '../shared/reference')].filter(
  Boolean,
) as string[];
/** The full reference pack, or undefined on a clone without it. */
export const SHARED_REF: string | undefined = sharedCandidates.find((p) => existsSync(path.join(p, 'expected.json')));

export const expected = JSON.parse(readFileSync(path.join(REF, 'expected.json'), 'utf8'));

export function readNpzArray(file: string, key: string): { data: Float32Array; shape: number[] } {
  const a = parseNpz(readFileSync(file), file).get(key);
  if (!a) throw new Error(`${file}: no ${key}`);
  return { data: a.data as Float32Array, shape: a.shape };
}

/** Every image's pool3 features of a reference set (fixtures copy). */
export function referencePool3(set: string): { data: Float32Array; n: number } {
  const a = readNpzArray(path.join(REF, 'sets', set, 'pool3.npz'), 'pool3');
  return { data: a.data, n: a.shape[0] };
}

export function relL2(a: Float32Array, b: Float32Array, off: number, len: number): number {
  let e = 0,
    n = 0;
  for (let j = 0; j < len; j++) {
    const d = a[off + j] - b[off + j];
    e += d * d;
    n += b[off + j] * b[off + j];
  }
  return Math.sqrt(e / n);
}

/** Deterministic uniform [0, 1) stream (mulberry32) for made-up test data. */
export function uniform(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
