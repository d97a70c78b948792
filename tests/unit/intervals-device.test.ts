// The intervals' float32 graphs after a CUDA extraction (src/math/ort-linalg.ts MetricsDevice): they stay on the CPU
// (onnxruntime's CUDA provider may use TF32 for float32 products), so the intervals are bit for bit the CPU's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { metricIntervals } from '../../src/metrics/intervals.js';
import { gaussianStats } from '../../src/metrics/stats.js';
import { tileProviders } from '../../src/math/ort-linalg.js';
import { uniform } from '../helpers/helpers.js';

test("intervals with device 'cuda': every graph on the CPU, the CPU's intervals bit for bit", async () => {
  const N = 70,
    M = 60,
    D = 8;
  const r = uniform(21);
  const x = Float32Array.from({ length: N * D }, () => Math.fround(r())),
    y = Float32Array.from({ length: M * D }, () => Math.fround(0.1 + r()));
  const inp = {
    x,
    nReal: N,
    y,
    nGen: M,
    d: D,
    real: await gaussianStats(x, D),
    generated: await gaussianStats(y, D),
    values: { fid: 0.5, kid: 0.01, precision: 0.7, recall: 0.7, density: 1, coverage: 0.8 },
  };
  const metrics = ['fid', 'kid', 'precision', 'recall', 'density', 'coverage'] as const;
  const o = { replicates: 20, seed: 3, maxSamples: 50 };
  const cpu = await metricIntervals(inp, metrics, o);
  const cuda = await metricIntervals(inp, metrics, { ...o, device: 'cuda' });
  assert.deepEqual(
    [cpu.intervals.fid?.method, cpu.intervals.kid?.method, cpu.intervals.coverage?.method],
    ['delta-method', 'u-statistic', 'bootstrap'],
  );
  for (const m of metrics) {
    const c = cpu.intervals[m]!,
      g = cuda.intervals[m]!;
    assert.deepEqual(Array.from(g.replicates), Array.from(c.replicates), m);
    assert.deepEqual([g.halfWidth, g.se, g.scale], [c.halfWidth, c.se, c.scale], m);
  }
  for (const key of ['scaled-product', 'newton-schulz', 'transport-maps', 'quad-forms', 'kernel-tile'])
    assert.equal(tileProviders.get(`intervals:${key}`), 'cpu', `${key} stayed on the CPU`);
  // the bootstrap pool's Gram matrices stay float64 on the CPU: no float32 Gram tile was asked for
  assert.equal(tileProviders.has('gram-f32'), false);
});
