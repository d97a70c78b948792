// NumPy's legacy `np.random.RandomState` stream, bit for bit, for the few calls the reference tools make:
//   * torch-fidelity 0.4.0 `isc_features_to_metric`: `RandomState(2020).permutation(N)` (rows shuffled before
//     splitting);
//   * torch-fidelity 0.4.0 `kid_features_to_metric`: `rng.choice(N, m, replace=False)`, twice per subset.
//
// The generator is MT19937 (Matsumoto & Nishimura 1998, "Mersenne Twister: a 623-dimensionally equidistributed
// uniform pseudo-random number generator", ACM TOMACS 8(1)), seeded from an integer as in their 2002 `init_genrand`
// (NumPy's `_legacy_seeding` for a Python int in [0, 2³²)). On top of it, NumPy's legacy (frozen-stream) algorithms
// as numpy/random/mtrand.pyx and numpy/random/src/distributions describe them (numpy 1.17 … 2.x, BSD licence):
//   * `random_interval(max)`: draw 32-bit words, mask them to the smallest all-ones mask ≥ max, reject values > max;
//   * `shuffle` (1-d): Fisher–Yates from the end, `for i = n−1 … 1: j = random_interval(i); swap(x[i], x[j])`;
//   * `permutation(n)`: `shuffle(arange(n))`;
//   * `choice(n, size, replace=False)` without `p`: `permutation(n)[:size]` (the legacy path draws a full
//     permutation, unlike `Generator.choice`);
//   * `random_sample()`: 53-bit double from two words, `((a >> 5)·2²⁶ + (b >> 6)) / 2⁵³`.
// Written from those descriptions; no code was copied. Checked against numpy's output in
// tests/unit/numpy-random.test.ts.

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;

/** The 32-bit Mersenne Twister with NumPy's legacy integer seeding. */
export class MT19937 {
  private readonly mt = new Uint32Array(N);
  private index = N;

  constructor(seed: number) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
      throw new RangeError(`MT19937 seed must be an integer in [0, 2^32), got ${seed}`);
    const mt = this.mt;
    mt[0] = seed >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
  }

  /** The internal key (624 words), as `RandomState.get_state()[1]` shows it right after seeding. */
  key(): Uint32Array {
    return this.mt.slice();
  }

  private twist(): void {
    const mt = this.mt;
    for (let i = 0; i < N; i++) {
      const y = (mt[i] & UPPER) | (mt[(i + 1) % N] & LOWER);
      mt[i] = (mt[(i + M) % N] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)) >>> 0;
    }
    this.index = 0;
  }

  /** Next tempered 32-bit output (an unsigned integer). */
  nextUint32(): number {
    if (this.index >= N) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
}

/** The subset of `np.random.RandomState(seed)` that the reference metrics use. */
export class RandomState {
  private readonly mt: MT19937;

  constructor(seed: number) {
    this.mt = new MT19937(seed);
  }

  nextUint32(): number {
    return this.mt.nextUint32();
  }

  /** `random_sample()`: a double in [0, 1) with 53 random bits. */
  randomSample(): number {
    const a = this.mt.nextUint32() >>> 5,
      b = this.mt.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** Legacy `random_interval(max)`: uniform integer in [0, max] by masked rejection (max < 2³²). */
  randomInterval(max: number): number {
    if (max === 0) return 0;
    if (!Number.isInteger(max) || max < 0 || max > 0xffffffff)
      throw new RangeError(`randomInterval: max must be an integer in [0, 2^32), got ${max}`);
    let mask = max;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    let v: number;
    do v = (this.mt.nextUint32() & mask) >>> 0;
    while (v > max);
    return v;
  }

  /** In-place `shuffle` of a 1-d array (Fisher–Yates from the last element, NumPy's legacy order). */
  shuffle<T extends { length: number; [i: number]: number }>(x: T): T {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randomInterval(i);
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
    return x;
  }

  /** `permutation(n)`: a shuffled `arange(n)`. */
  permutation(n: number): Int32Array {
    if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff)
      throw new RangeError(`permutation: n must be a non-negative integer, got ${n}`);
    const a = new Int32Array(n);
    for (let i = 0; i < n; i++) a[i] = i;
    return this.shuffle(a);
  }

  /** `choice(n, size, replace=False)` (no `p`): the first `size` entries of `permutation(n)`. */
  choiceWithoutReplacement(n: number, size: number): Int32Array {
    if (!(n > 0)) throw new RangeError('choice: a must be greater than 0');
    if (size > n) throw new RangeError("choice: cannot take a larger sample than population when 'replace=False'");
    return this.permutation(n).slice(0, size);
  }
}
