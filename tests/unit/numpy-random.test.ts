// src/metrics/numpy-random.ts against numpy's legacy RandomState. The expected values were printed by numpy
// (np.random.RandomState; its stream is frozen, so 1.24 as in the reference pack and 2.x agree).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MT19937, RandomState } from '../../src/metrics/numpy-random.js';

test('MT19937: init_genrand key and the first outputs for seed 5489 (the reference sequence)', () => {
  const mt = new MT19937(5489);
  const key = mt.key();
  // np.random.RandomState(5489).get_state()[1]
  assert.deepEqual([key[0], key[1], key[2], key[623]], [5489, 1301868182, 2938499221, 79981964]);
  assert.deepEqual(
    Array.from({ length: 5 }, () => mt.nextUint32()),
    [3499211612, 581869302, 3890346734, 3586334585, 545404204],
  );
});

test('RandomState.random_sample matches numpy', () => {
  const r0 = new RandomState(0);
  assert.deepEqual(
    [r0.randomSample(), r0.randomSample(), r0.randomSample()],
    [0.5488135039273248, 0.7151893663724195, 0.6027633760716439],
  );
  const r7 = new RandomState(7);
  assert.deepEqual([r7.randomSample(), r7.randomSample()], [0.07630828937395717, 0.7799187922401146]);
});

test('RandomState.permutation matches numpy (seed 2020 as torch-fidelity uses it, extreme seeds, n > 2^16)', () => {
  assert.deepEqual(Array.from(new RandomState(2020).permutation(10)), [2, 4, 9, 1, 5, 7, 6, 3, 8, 0]);
  const perm200 =
    '199,119,186,27,57,145,161,169,23,191,130,28,42,177,154,164,108,115,87,89,95,92,70,35,143,41,104,175,5,163,181,2,117,68,140,101,11,88,120,196,76,34,1,40,151,111,18,8,60,93,107,109,26,31,162,97,137,53,159,189,49,144,110,123,72,4,166,124,105,25,183,141,135,103,43,51,81,167,86,78,116,7,17,85,138,45,54,178,61,56,155,113,84,194,74,146,187,153,100,168,106,170,94,47,44,165,77,36,3,180,197,15,132,32,12,0,59,193,50,39,19,176,58,128,16,37,75,122,158,171,127,63,24,13,126,46,22,30,172,64,147,10,99,174,133,142,14,80,33,66,65,121,112,82,83,185,52,173,182,20,192,98,134,149,150,6,90,29,21,62,73,190,79,129,38,198,148,156,188,69,102,114,55,139,179,9,152,160,48,157,184,71,131,125,91,195,118,67,136,96';
  assert.equal(Array.from(new RandomState(2020).permutation(200)).join(','), perm200);
  assert.deepEqual(Array.from(new RandomState(4294967295).permutation(7)), [1, 5, 0, 6, 4, 2, 3]);
  assert.deepEqual(
    Array.from(new RandomState(1).permutation(70000).subarray(0, 5)),
    [6670, 49567, 50796, 22310, 54037],
  );
  assert.deepEqual(
    Array.from(new RandomState(123456789).permutation(2 ** 16 + 3).subarray(-5)),
    [44794, 49927, 8684, 4442, 6105],
  );
  assert.equal(new RandomState(3).permutation(0).length, 0);
  assert.deepEqual(Array.from(new RandomState(3).permutation(1)), [0]);
});

test("RandomState.choice(n, m, replace=False): torch-fidelity's KID subset draws (seed 2020, 100 x (200, 300))", () => {
  const rs = new RandomState(2020);
  let checksum = 0;
  const sums: [number, number, number, number][] = [];
  for (let i = 0; i < 100; i++) {
    const a = rs.choiceWithoutReplacement(200, 100),
      b = rs.choiceWithoutReplacement(300, 100);
    const sa = a.reduce((s, v) => s + v, 0),
      sb = b.reduce((s, v) => s + v, 0);
    sums.push([sa, sb, a[0], b[99]]);
    checksum += (i + 1) * (sa + 7 * sb);
  }
  assert.deepEqual(sums[0], [10101, 15938, 199, 54]);
  assert.deepEqual(sums[1], [10218, 16483, 51, 106]);
  assert.deepEqual(sums[99], [9509, 15180, 101, 19]);
  assert.equal(checksum, 582701608);
  assert.throws(() => rs.choiceWithoutReplacement(5, 6), /larger sample/);
  assert.throws(() => new RandomState(-1), RangeError);
  assert.throws(() => new RandomState(2 ** 32), RangeError);
});
