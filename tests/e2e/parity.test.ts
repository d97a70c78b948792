// Parity with pytorch-fid 0.3.0 on the reference pack, with the synthetic weights: every image of sets A, B, C, D, G, H
// when ../shared/reference is present (else the 24-image heads copied into fixtures/), through the real pipeline
// (folder listing, sharp decoding, batching, ONNX Inception), then FID of the reference pairs from our features.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractFolder, loadExtractor, type LoadedExtractor } from '../../src/pipeline.js';
import { parseNpy } from '../../src/util/npy.js';
import { frechetDistanceFromFeatures } from '../../src/metrics/fid.js';
import { expected, readNpzArray, REF, referencePool3, relL2, SHARED_REF } from '../helpers/helpers.js';

const SETS = ['A', 'B', 'C', 'D', 'G', 'H'];
const ours = new Map<string, { pool3: Float32Array; n: number }>();
let ex: LoadedExtractor;

test('features of every reference image match pytorch-fid (relative L2 per image < 1e-4)', async () => {
  ex = await loadExtractor({ weights: 'synthetic', device: 'cpu', log: () => undefined });
  console.log(
    `# source: ${SHARED_REF ? `all images of ${SHARED_REF}` : 'fixtures/reference/sets/*/head (24 images per set)'}`,
  );
  for (const set of SETS) {
    const folder = SHARED_REF
      ? path.join(SHARED_REF, 'sets', set, 'images')
      : path.join(REF, 'sets', set, 'head', 'images');
    let refPool3: Float32Array, refLogits: Float32Array;
    if (SHARED_REF) {
      refPool3 = parseNpy(readFileSync(path.join(SHARED_REF, 'sets', set, 'pool3.npy')), 'pool3').data as Float32Array;
      refLogits = parseNpy(readFileSync(path.join(SHARED_REF, 'sets', set, 'logits.npy')), 'logits')
        .data as Float32Array;
    } else {
      refPool3 = readNpzArray(path.join(REF, 'sets', set, 'head', 'features.npz'), 'pool3').data;
      refLogits = readNpzArray(path.join(REF, 'sets', set, 'head', 'features.npz'), 'logits').data;
    }
    const r = await extractFolder(ex, folder, { batchSize: 50, progress: false });
    assert.equal(r.count * 2048, refPool3.length, `${set}: image count`);
    let worstPool = { e: 0, i: -1 },
      worstLogit = { e: 0, i: -1 };
    for (let i = 0; i < r.count; i++) {
      const ep = relL2(r.features.pool3, refPool3, i * 2048, 2048);
      const el = relL2(r.features.logits, refLogits, i * 1008, 1008);
      if (ep > worstPool.e) worstPool = { e: ep, i };
      if (el > worstLogit.e) worstLogit = { e: el, i };
    }
    console.log(
      `# set ${set}: ${r.count} images, ${r.imagesPerSecond.toFixed(1)} img/s; worst relative L2 pool3 ${worstPool.e.toExponential(2)} (${r.relativeFiles[worstPool.i]}), logits ${worstLogit.e.toExponential(2)} (${r.relativeFiles[worstLogit.i]})`,
    );
    assert.ok(worstPool.e < 1e-4 && worstLogit.e < 1e-4, `set ${set}`);
    ours.set(set, { pool3: r.features.pool3, n: r.count });
  }
});

for (const pair of ['A_B', 'A_C', 'A_D', 'G_H']) {
  test(`FID ${pair} from ${SHARED_REF ? 'our' : 'the reference'} features matches pytorch-fid to 1e-4 relative`, async () => {
    const [s1, s2] = pair.split('_');
    // without the full pack only 24 images per set were extracted: use the reference features for the FID itself
    const x = SHARED_REF ? ours.get(s1)! : (({ data, n }) => ({ pool3: data, n }))(referencePool3(s1));
    const y = SHARED_REF ? ours.get(s2)! : (({ data, n }) => ({ pool3: data, n }))(referencePool3(s2));
    const got = await frechetDistanceFromFeatures(x.pool3, x.n, y.pool3, y.n, 2048);
    const want = expected.pairs[pair].fid.value as number;
    const rel = Math.abs(got.fid / want - 1);
    console.log(
      `# FID ${pair}: ${got.fid.toFixed(6)} vs pytorch-fid ${want.toFixed(6)} (relative ${rel.toExponential(2)})`,
    );
    assert.ok(rel < 1e-4, `${pair}: ${got.fid} vs ${want}`);
  });
}
