// Eigenvalues of symmetric matrices by one-stage reduction, and of symmetric tridiagonal matrices:
//   * symmetricEigenvalues: Householder tridiagonalization (Golub & Van Loan, Matrix Computations 4th ed., Alg. 8.3.1)
//     followed by the implicit QL iteration with Wilkinson-type shifts on the tridiagonal matrix (EISPACK tql1).
//   * tridiagonalEigenvaluesRootFree: stage 3 of the two-stage route (symmetric-eigen.ts), the root-free QL iteration.

/**
 * Reduces the symmetric matrix `a` (n × n, row-major, overwritten) to tridiagonal form T = Qᵀ A Q and returns its
 * diagonal `d` and sub-diagonal `e` (e[n-1] = 0). Eigenvalues only: Q is not formed.
 */
export function tridiagonalize(a: Float64Array, n: number): { d: Float64Array; e: Float64Array } {
  const d = new Float64Array(n),
    e = new Float64Array(n);
  const v = new Float64Array(n),
    p = new Float64Array(n);
  for (let k = 0; k < n - 2; k++) {
    // Householder vector for x = A[k+1:n, k]
    let sigma = 0;
    for (let i = k + 2; i < n; i++) sigma += a[i * n + k] * a[i * n + k];
    const x0 = a[(k + 1) * n + k];
    if (sigma === 0) {
      e[k] = x0;
      d[k] = a[k * n + k];
      continue;
    }
    const alpha = Math.sqrt(x0 * x0 + sigma);
    // v = x − (−sign(x0)·alpha) e₁, scaled so v₀ = 1; beta = 2 / vᵀv
    const v0 = x0 <= 0 ? x0 - alpha : -sigma / (x0 + alpha);
    const beta = (2 * v0 * v0) / (sigma + v0 * v0);
    v[k + 1] = 1;
    for (let i = k + 2; i < n; i++) v[i] = a[i * n + k] / v0;
    // p = beta · A₂₂ v
    for (let i = k + 1; i < n; i++) {
      const row = i * n;
      let s = 0;
      for (let j = k + 1; j < n; j++) s += a[row + j] * v[j];
      p[i] = beta * s;
    }
    // w = p − (beta pᵀv / 2) v, stored in p
    let pv = 0;
    for (let i = k + 1; i < n; i++) pv += p[i] * v[i];
    const kk = (beta * pv) / 2;
    for (let i = k + 1; i < n; i++) p[i] -= kk * v[i];
    // A₂₂ −= v wᵀ + w vᵀ
    for (let i = k + 1; i < n; i++) {
      const row = i * n,
        vi = v[i],
        wi = p[i];
      for (let j = k + 1; j < n; j++) a[row + j] -= vi * p[j] + wi * v[j];
    }
    d[k] = a[k * n + k];
    e[k] = x0 <= 0 ? alpha : -alpha;
  }
  if (n >= 2) {
    d[n - 2] = a[(n - 2) * n + n - 2];
    e[n - 2] = a[(n - 1) * n + n - 2];
  }
  if (n >= 1) d[n - 1] = a[(n - 1) * n + n - 1];
  e[n - 1] = 0;
  return { d, e };
}

/** Eigenvalues of a symmetric tridiagonal matrix (diagonal d, sub-diagonal e; both overwritten), unsorted. */
export function tridiagonalEigenvalues(d: Float64Array, e: Float64Array): Float64Array {
  const n = d.length;
  for (let l = 0; l < n; l++) {
    let iter = 0;
    for (;;) {
      let m = l;
      for (; m < n - 1; m++) {
        const dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
        if (Math.abs(e[m]) <= Number.EPSILON * dd) break;
      }
      if (m === l) break;
      if (++iter > 60) throw new Error('tridiagonal QL did not converge');
      let g = (d[l + 1] - d[l]) / (2 * e[l]);
      let r = Math.hypot(g, 1);
      g = d[m] - d[l] + e[l] / (g + (g >= 0 ? Math.abs(r) : -Math.abs(r)));
      let s = 1,
        c = 1,
        p = 0;
      let i = m - 1;
      let underflow = false;
      for (; i >= l; i--) {
        const f = s * e[i],
          b = c * e[i];
        r = Math.hypot(f, g);
        e[i + 1] = r;
        if (r === 0) {
          d[i + 1] -= p;
          e[m] = 0;
          underflow = true;
          break;
        }
        s = f / r;
        c = g / r;
        g = d[i + 1] - p;
        r = (d[i] - g) * s + 2 * c * b;
        p = s * r;
        d[i + 1] = g + p;
        g = c * r - b;
      }
      if (underflow) continue;
      d[l] -= p;
      e[l] = g;
      e[m] = 0;
    }
  }
  return d;
}

/** Eigenvalues of the symmetric n × n matrix `a` (not modified). */
export function symmetricEigenvalues(a: Float64Array, n: number): Float64Array {
  const { d, e } = tridiagonalize(a.slice(), n);
  return tridiagonalEigenvalues(d, e);
}

/**
 * Eigenvalues (unsorted) of the symmetric tridiagonal matrix with diagonal d (overwritten with the result) and
 * sub-diagonal e (e[i] couples i and i+1; not modified): implicit QL with the shift from the leading 2 × 2 block, in
 * the root-free form of Pal, Walker and Kahan that iterates on e² (Reinsch 1971; Parlett, The Symmetric Eigenvalue
 * Problem, §8.15). The matrix is scaled by its largest entry first so that the squares cannot overflow or underflow.
 */
export function tridiagonalEigenvaluesRootFree(d: Float64Array, e: Float64Array): Float64Array {
  const n = d.length;
  let anorm = 0;
  for (let i = 0; i < n; i++) {
    anorm = Math.max(anorm, Math.abs(d[i]));
    if (i < n - 1) anorm = Math.max(anorm, Math.abs(e[i]));
  }
  if (!(anorm > 0) || !Number.isFinite(anorm)) return d;
  const sc = 1 / anorm,
    e2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    d[i] *= sc;
    if (i < n - 1) {
      const x = e[i] * sc;
      e2[i] = x * x;
    }
  }
  const eps2 = Number.EPSILON * Number.EPSILON;
  let iterations = 0;
  for (let l = 0; l < n; ) {
    let m = l;
    for (; m < n - 1; m++) {
      const s = Math.abs(d[m]) + Math.abs(d[m + 1]);
      if (e2[m] <= eps2 * s * s) break;
    }
    if (m === l) {
      l++;
      continue;
    }
    if (m === l + 1) {
      // a 2 × 2 block: closed form, the smaller root through the product of the roots to avoid cancellation
      const x = d[l],
        z = d[l + 1],
        h = 0.5 * (x - z),
        r = Math.sqrt(h * h + e2[l]),
        mean = 0.5 * (x + z);
      const big = mean >= 0 ? mean + r : mean - r; // the root of larger magnitude; the other is det / big
      d[l] = big;
      d[l + 1] = big !== 0 ? (x * z - e2[l]) / big : 0;
      e2[l] = 0;
      l += 2;
      continue;
    }
    if (++iterations > 40 * n) throw new Error('tridiagonal QL did not converge');
    const rte = Math.sqrt(e2[l]),
      g = (d[l + 1] - d[l]) / (2 * rte),
      r0 = Math.sqrt(g * g + 1);
    const sigma = d[l] - rte / (g + (g >= 0 ? r0 : -r0));
    let c = 1,
      s = 0,
      gamma = d[m] - sigma,
      p = gamma * gamma;
    for (let i = m - 1; i >= l; i--) {
      const bb = e2[i],
        r = p + bb;
      if (i !== m - 1) e2[i + 1] = s * r;
      const oldc = c,
        ri = 1 / r;
      c = p * ri;
      s = bb * ri;
      const oldgam = gamma,
        alpha = d[i];
      gamma = c * (alpha - sigma) - s * oldgam;
      d[i + 1] = oldgam + (alpha - gamma);
      p = c !== 0 ? (gamma * gamma) / c : oldc * bb;
    }
    e2[l] = s * p;
    d[l] = sigma + gamma;
  }
  for (let i = 0; i < n; i++) d[i] *= anorm;
  return d;
}
