// congruence(S, L) = Lᵀ S L for lower-triangular L computes only the lower block triangle of M and mirrors it: the
// result must match the plain product and be exactly symmetric.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { congruence } from '../../src/math/congruence.js';

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32 - 0.5;
  };
}

test('Lᵀ S L by lower block triangle: the plain product to 1e-13, exactly symmetric (n = 600, blocks of 256 and 128)', async () => {
  const n = 600,
    rand = seeded(7);
  const s = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) s[i * n + j] = s[j * n + i] = rand() + (i === j ? n / 4 : 0);
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) l[i * n + j] = rand() + (i === j ? 2 : 0);
  // the plain product in float64: W = S L, then M = Lᵀ W
  const w = new Float64Array(n * n);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < n; k++) {
      const sik = s[i * n + k]!;
      for (let j = 0; j <= k; j++) w[i * n + j]! += sik * l[k * n + j]!;
    }
  const plain = new Float64Array(n * n);
  for (let k = 0; k < n; k++)
    for (let i = 0; i <= k; i++) {
      const lki = l[k * n + i]!;
      for (let j = 0; j < n; j++) plain[i * n + j]! += lki * w[k * n + j]!;
    }
  let scale = 0;
  for (const v of plain) scale = Math.max(scale, Math.abs(v));
  for (const blockWidth of [256, 128]) {
    const m = await congruence(s, l, n, n, true, blockWidth);
    let worst = 0;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        worst = Math.max(worst, Math.abs(m[i * n + j]! - plain[i * n + j]!));
        if (m[i * n + j] !== m[j * n + i]) assert.fail(`M[${i}, ${j}] ≠ M[${j}, ${i}] (block width ${blockWidth})`);
      }
    assert.ok(worst <= 1e-13 * scale, `block width ${blockWidth}: worst ${worst} against ${scale}`);
  }
});
