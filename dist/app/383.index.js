export const id = 383;
export const ids = [383];
export const modules = {

/***/ 12383:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ GEN_STREAM),
/* harmony export */   Kr: () => (/* binding */ DEFAULT_BOOTSTRAP_MAX_SAMPLES),
/* harmony export */   SR: () => (/* binding */ bootstrapMetrics),
/* harmony export */   il: () => (/* binding */ spread)
/* harmony export */ });
/* unused harmony exports drawCounts, metricsOfCounts, quantile */
/* harmony import */ var _math_distance_tiles_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41055);
/* harmony import */ var _math_gram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74679);
/* harmony import */ var _math_symmetric_eigen_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(141);
/* harmony import */ var _math_top_k_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(93753);
/* harmony import */ var _frechet_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85446);
/* harmony import */ var _numpy_random_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57764);
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55553);
// Bootstrap confidence intervals for FID, KID and precision/recall/density/coverage (Efron & Tibshirani 1993, "An
// Introduction to the Bootstrap", ch. 13: percentile intervals), from the features already held — nothing is
// extracted again.
//
// Replicate b resamples each set with replacement: the real set with RandomState(seed), the generated set with its
// own stream RandomState(seed ^ GEN_STREAM), so replicate b of two runs with the same seed, N and reference set
// resamples the reference identically. That pairing is what lets the gate take the difference of two runs
// replicate by replicate (the reference's own noise cancels; see gate/rules.ts).
//
// A resample is held as counts w over the distinct rows it drew (≈ 63 % of them), and every metric is computed on the
// multiset through Gram matrices of those rows — exactly what the metric gives on the resampled array with its
// duplicate rows:
//   FID  (Heusel et al. 2017): x̄* = Xᵀw/m, Σ* = (Σᵢ wᵢ xᵢxᵢᵀ − m x̄*x̄*ᵀ)/(m − 1) as np.cov of the resample;
//        tr Σ* = (Σᵢ wᵢ Kᵢᵢ − wᵀKw/m)/(m − 1), ‖x̄* − ȳ*‖² = wᵀKw/m² + vᵀLv/n² − 2 wᵀCv/(mn), and
//        tr √(Σ₁*Σ₂*) = Σ √λ(MMᵀ) with M_ij = √(wᵢvⱼ) (C_ij − x̄*·yⱼ − xᵢ·ȳ* + x̄*·ȳ*)/√((m−1)(n−1)) (fid.ts).
//   KID  (Bińkowski et al. 2018): unbiased MMD² with k(x, y) = (x·y/d + 1)³ as a U-statistic over pairs of distinct
//        original samples: Σ_{i≠j} wᵢwⱼ k(Kᵢⱼ)/((Σw)² − Σw²) + same for Y − 2 wᵀk(C)v/(mn) (see kidOfResample).
//   P/R/D/C (Kynkäänniemi et al. 2019; Naeem et al. 2020), prdc's semantics: a point's radius is the (k+1)-th
//        smallest distance of its row in the resample (its own copies count as zeros), comparisons strict.
//
// Cost: the eigenvalues of an m′ × m′ matrix per replicate (m′ ≈ 0.63 m), or for FID with more distinct rows than
// features the d × d route (np.cov of the resample, then frechet.ts: ≈ 2.5 s at d = 2048 on 2 cores). Above
// `maxSamples` rows per set (FID: max(maxSamples, 2d), so that its replicates keep more distinct rows than features
// and stay out of the singular regime) the replicates are m-out-of-n bootstraps (Bickel, Götze & van Zwet 1997,
// "Resampling fewer than n observations"): m draws, and the spread is scaled by √(m/N). For √N-consistent statistics
// this is the right scale;
// where a metric converges faster (FID of two equal distributions, whose spread is O(1/N)) it overstates the noise,
// which for a CI gate errs on the side of never blocking a PR for noise.






/** XOR'ed into the seed for the generated set's stream, so the two sets never share draws. */
const GEN_STREAM = 0x5bd1e995;
/** XOR'ed into the seed for FID's own draws (when it needs more rows than the other metrics). */
const FID_STREAM = 0x27d4eb2f;

const DEFAULT_BOOTSTRAP_MAX_SAMPLES = 1000;
const EMPTY = new Float64Array(0);
/** Counts of a resample of m draws from n rows, as (distinct rows, their counts), rows ascending. */
function drawCounts(rng, n, m) {
    const c = new Int32Array(n);
    for (let i = 0; i < m; i++)
        c[rng.randomInterval(n - 1)]++;
    let k = 0;
    for (let i = 0; i < n; i++)
        if (c[i])
            k++;
    const rows = new Int32Array(k), counts = new Float64Array(k);
    for (let i = 0, j = 0; i < n; i++)
        if (c[i]) {
            rows[j] = i;
            counts[j++] = c[i];
        }
    return { rows, counts };
}
/** The mean row: the common centre both sets are shifted by. */
function centreOf(x, n, d) {
    const c = new Float64Array(d);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < d; j++)
            c[j] += x[i * d + j];
    for (let j = 0; j < d; j++)
        c[j] /= n;
    return c;
}
function dot(a, b) {
    let s = 0;
    for (let i = 0; i < a.length; i++)
        s += a[i] * b[i];
    return s;
}
/** Candidates per pool row beyond the largest k + 1: enough that a resample (which holds ~63 % of the rows) rarely runs
 * out. */
const NEIGHBOUR_PAD = 24;
/** The L nearest other rows of each of the n pool rows of `gram` (distances as radiiOfResample computes them). */
function poolNeighbours(gram, n, L) {
    L = Math.min(L, n - 1);
    const near = (0,_math_top_k_js__WEBPACK_IMPORTED_MODULE_5__/* .newTopK */ .zh)(n, L);
    for (let i = 0; i < n; i++) {
        const gii = gram[i * n + i];
        for (let j = 0; j < n; j++)
            if (j !== i)
                (0,_math_top_k_js__WEBPACK_IMPORTED_MODULE_5__/* .topKInsert */ .y)(near, i, Math.sqrt(Math.max(0, gii + gram[j * n + j] - 2 * gram[i * n + j])), j);
    }
    return { L, vals: near.vals, idx: near.idx, gram, n, rows: new Int32Array(0), local: new Int32Array(n).fill(-1) };
}
/** Gram diagonal of the resample's rows: from the pool's Gram matrix when there is one, else from the resample's. */
function gramDiagonal(gram, p, pool) {
    return pool
        ? Float64Array.from(pool.rows, (r) => pool.gram[r * pool.n + r])
        : Float64Array.from({ length: p }, (_, i) => gram[i * p + i]);
}
/** Points the pool's neighbour lists at a new resample's rows. */
function setResampleRows(nb, rows) {
    for (const r of nb.rows)
        nb.local[r] = -1;
    rows.forEach((r, i) => {
        nb.local[r] = i;
    });
    nb.rows = rows;
}
/** Sub-matrix of a full row-major matrix with `cols` columns. */
function slice(full, cols, rows, colIdx) {
    const out = new Float64Array(rows.length * colIdx.length);
    for (let i = 0; i < rows.length; i++) {
        const base = rows[i] * cols, o = i * colIdx.length;
        for (let j = 0; j < colIdx.length; j++)
            out[o + j] = full[base + colIdx[j]];
    }
    return out;
}
/** Rows `rows` of x minus the centre c, in float64. */
function shiftedRows(x, rows, n, d, c) {
    const count = rows ? rows.length : n;
    const out = new Float64Array(count * d);
    for (let r = 0; r < count; r++) {
        const s = (rows ? rows[r] : r) * d, o = r * d;
        for (let j = 0; j < d; j++)
            out[o + j] = x[s + j] - c[j];
    }
    return out;
}
function dots(rows, count, d, c) {
    const out = new Float64Array(count);
    for (let r = 0; r < count; r++) {
        let s = 0;
        for (let j = 0; j < d; j++)
            s += rows[r * d + j] * c[j];
        out[r] = s;
    }
    return out;
}
async function gramsOf(xs, p, ys, q, d, c, cc) {
    return {
        k: await (0,_math_gram_js__WEBPACK_IMPORTED_MODULE_1__/* .matmulABt */ .eH)(xs, xs, p, d, p),
        l: await (0,_math_gram_js__WEBPACK_IMPORTED_MODULE_1__/* .matmulABt */ .eH)(ys, ys, q, d, q),
        c: await (0,_math_gram_js__WEBPACK_IMPORTED_MODULE_1__/* .matmulABt */ .eH)(xs, ys, p, d, q),
        p,
        q,
        ux: dots(xs, p, d, c),
        uy: dots(ys, q, d, c),
        cc,
        xs,
        ys,
    };
}
/** A·Bᵀ (n × m) of row-major float64 A (n × d) and B (m × d) through float32 Gram tiles on `device` (distance-tiles.ts). */
async function float32Gram(a, n, b, m, d, device) {
    const out = new Float64Array(n * m);
    for (const { i0, ti, j0, tj } of (0,_math_distance_tiles_js__WEBPACK_IMPORTED_MODULE_0__/* .gramTiles */ .zS)(n, m, 1024, false)) {
        const t = await (0,_math_distance_tiles_js__WEBPACK_IMPORTED_MODULE_0__/* .gramTile */ .wS)(a.subarray(i0 * d, (i0 + ti) * d), ti, b.subarray(j0 * d, (j0 + tj) * d), tj, d, device);
        for (let i = 0; i < ti; i++)
            for (let j = 0; j < tj; j++)
                out[(i0 + i) * m + j0 + j] = t[i * tj + j];
    }
    return out;
}
/** Dot product of row i of a and row j of b (row-major, d columns) in float64. */
function rowDot(a, i, b, j, d) {
    let s = 0;
    const oa = i * d, ob = j * d;
    for (let t = 0; t < d; t++)
        s += a[oa + t] * b[ob + t];
    return s;
}
/**
 * The pool's Gram matrices for replicates of precision/recall/density/coverage alone, from float32 Gram tiles on the
 * GPU (distance-tiles.ts gramTile), with every entry a decision reads recomputed in float64, so that the replicates'
 * counts are those of gramsOf's float64 matrices:
 *  - An entry of the float32 Gram matrix of the shifted rows is within γ_{d+2}·‖xᵢ‖‖xⱼ‖ of the float64 product (the
 *    rows' rounding to float32 adds 2u to the γ_d of a float32 dot product in any summation order; Higham, "Accuracy
 *    and Stability of Numerical Algorithms", 2nd ed., Lemma 3.1 and §3.1), so a squared distance Kᵢᵢ + Kⱼⱼ − 2Kᵢⱼ
 *    (its diagonal in float64) is within guard(i, j) of the float64 one, a margin for the float64 roundings included.
 *  - Within a set: every entry whose squared distance could be among its row's L smallest (within its guard of an
 *    upper bound of the L-th smallest) is recomputed; all others exceed the L-th smallest whichever value is taken, so
 *    poolNeighbours lists the float64 neighbours, and every radius taken from a list is a float64 distance.
 *  - Across the sets (settleCross): every entry within its guard of either row's farthest listed neighbour is
 *    recomputed; the others compare alike (never inside) with every radius a list gives.
 *  - A resample row whose listed neighbours run out (radiiOfResample's full scan, rare) has its whole row of K or L,
 *    and its row or column of C, recomputed before the resample's matrices are sliced (settleResample).
 * The recomputed entries are float64 dot products in JS, whose summation order is not onnxruntime's: they may differ
 * from the CPU's entries in the last bit, so a count can differ from the CPU's only where two distances tie to ~1e-16
 * relative, which moves one replicate by one sample's share at most; the interval is the spread over hundreds of
 * replicates and does not notice.
 */
async function deviceGrams(xs, p, ys, q, d, c, cc, L, device) {
    const k = await float32Gram(xs, p, xs, p, d, device), l = await float32Gram(ys, q, ys, q, d, device), cr = await float32Gram(xs, p, ys, q, d, device);
    const u = 2 ** -24, gamma = ((d + 2) * u) / (1 - (d + 2) * u);
    // the last term covers a device that flushes float32 subnormals to zero (WGSL allows it): at most d + 2 of them,
    // each below 2^-126, go missing from a dot product
    const guard = (a, b) => 2 * gamma * (1 + 2 ** -20) * a * b + (d + 4) * 2 ** -50 * (a + b) ** 2 + (d + 2) * 2 ** -125;
    const exactK = new Uint8Array(p * p), exactL = new Uint8Array(q * q), exactC = new Uint8Array(p * q);
    const norms = (g, rows, n, exact) => Float64Array.from({ length: n }, (_, i) => {
        g[i * n + i] = rowDot(rows, i, rows, i, d);
        exact[i * n + i] = 1;
        return Math.sqrt(g[i * n + i]);
    });
    const nx = norms(k, xs, p, exactK), ny = norms(l, ys, q, exactL);
    /** Entry (i, j) of a set's Gram matrix (and its mirror) in float64. */
    const settle = (g, rows, n, exact, i, j) => {
        if (exact[i * n + j])
            return;
        g[i * n + j] = g[j * n + i] = rowDot(rows, i, rows, j, d);
        exact[i * n + j] = exact[j * n + i] = 1;
    };
    const settleCrossEntry = (i, j) => {
        if (exactC[i * q + j])
            return;
        cr[i * q + j] = rowDot(xs, i, ys, j, d);
        exactC[i * q + j] = 1;
    };
    // within each set: the candidates for each row's L nearest (poolNeighbours' distances, squared)
    const within = (g, rows, n, nrm, exact) => {
        const Lr = Math.min(L, n - 1);
        if (Lr <= 0)
            return;
        const top = (0,_math_top_k_js__WEBPACK_IMPORTED_MODULE_5__/* .newTopK */ .zh)(1, Lr), sq = new Float64Array(n), gd = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            (0,_math_top_k_js__WEBPACK_IMPORTED_MODULE_5__/* .clearTopK */ ._h)(top, 0);
            const gii = g[i * n + i];
            for (let j = 0; j < n; j++) {
                if (j === i)
                    continue;
                sq[j] = gii + g[j * n + j] - 2 * g[i * n + j];
                gd[j] = guard(nrm[i], nrm[j]);
                (0,_math_top_k_js__WEBPACK_IMPORTED_MODULE_5__/* .topKInsert */ .y)(top, 0, sq[j] + gd[j], j);
            }
            const bound = (0,_math_top_k_js__WEBPACK_IMPORTED_MODULE_5__/* .kthValue */ .dt)(top, 0) * (1 + 2 ** -30);
            for (let j = 0; j < n; j++)
                if (j !== i && sq[j] - gd[j] <= bound)
                    settle(g, rows, n, exact, i, j);
        }
    };
    within(k, xs, p, nx, exactK);
    within(l, ys, q, ny, exactL);
    // pool rows already recomputed whole (settleResample)
    const doneX = new Uint8Array(p), doneY = new Uint8Array(q);
    return {
        grams: { k, l, c: cr, p, q, ux: dots(xs, p, d, c), uy: dots(ys, q, d, c), cc, xs, ys },
        settleCross(nearX, nearY) {
            // the farthest listed neighbour's squared distance per row (+∞ without a list: every entry is read)
            const farthest = (nb, n) => Float64Array.from({ length: n }, (_, i) => nb.L > 0 ? nb.vals[i * nb.L + nb.L - 1] ** 2 * (1 + 2 ** -30) : Infinity);
            const rx = farthest(nearX, p), ry = farthest(nearY, q);
            for (let i = 0; i < p; i++)
                for (let j = 0; j < q; j++) {
                    const a = k[i * p + i] + l[j * q + j] - 2 * cr[i * q + j];
                    if (a - guard(nx[i], ny[j]) <= Math.max(rx[i], ry[j]))
                        settleCrossEntry(i, j);
                }
        },
        settleResample(nearX, w, nearY, v, kMax) {
            // radiiOfResample's test, for the largest k: the row's own copies and its listed rows in the resample
            const runsOut = (nb, weights, i) => {
                if (nb.L === nb.n - 1)
                    return false;
                let need = kMax + 1 - weights[i];
                for (let t = 0; t < nb.L && need > 0; t++) {
                    const j = nb.local[nb.idx[nb.rows[i] * nb.L + t]];
                    if (j >= 0)
                        need -= weights[j];
                }
                return need > 0;
            };
            nearX.rows.forEach((pi, i) => {
                if (doneX[pi] || !runsOut(nearX, w, i))
                    return;
                doneX[pi] = 1;
                for (let j = 0; j < p; j++)
                    settle(k, xs, p, exactK, pi, j);
                for (let j = 0; j < q; j++)
                    settleCrossEntry(pi, j);
            });
            nearY.rows.forEach((pj, j) => {
                if (doneY[pj] || !runsOut(nearY, v, j))
                    return;
                doneY[pj] = 1;
                for (let i = 0; i < q; i++)
                    settle(l, ys, q, exactL, pj, i);
                for (let i = 0; i < p; i++)
                    settleCrossEntry(i, pj);
            });
        },
    };
}
function traceSqrt(eig) {
    let t = 0;
    for (const e of eig)
        if (e > 0)
            t += Math.sqrt(e);
    return t;
}
/** FID of the weighted multiset through the Gram matrices (see the header): for fewer distinct rows than features. */
async function fidOfResample(g, w, v, m, n) {
    const { k, l, c, p, q } = g;
    let sk = 0, wkw = 0, sl = 0, vlv = 0, wcv = 0;
    const cv = new Float64Array(p), wc = new Float64Array(q);
    for (let i = 0; i < p; i++) {
        let s = 0, t = 0;
        for (let j = 0; j < p; j++)
            s += k[i * p + j] * w[j];
        for (let j = 0; j < q; j++)
            t += c[i * q + j] * v[j];
        cv[i] = t;
        sk += w[i] * k[i * p + i];
        wkw += w[i] * s;
        wcv += w[i] * t;
    }
    for (let i = 0; i < q; i++) {
        let s = 0;
        for (let j = 0; j < q; j++)
            s += l[i * q + j] * v[j];
        sl += v[i] * l[i * q + i];
        vlv += v[i] * s;
    }
    for (let i = 0; i < p; i++) {
        const wi = w[i];
        for (let j = 0; j < q; j++)
            wc[j] += wi * c[i * q + j];
    }
    const meanTerm = wkw / (m * m) + vlv / (n * n) - (2 * wcv) / (m * n);
    const tr1 = (sk - wkw / m) / (m - 1), tr2 = (sl - vlv / n) / (n - 1);
    // M (p × q): centred cross products, scaled by the multiplicities
    const mm = new Float64Array(p * q), s = 1 / Math.sqrt((m - 1) * (n - 1)), cc = wcv / (m * n);
    for (let i = 0; i < p; i++) {
        const bi = cv[i] / n, swi = Math.sqrt(w[i]) * s;
        for (let j = 0; j < q; j++)
            mm[i * q + j] = swi * Math.sqrt(v[j]) * (c[i * q + j] - wc[j] / m - bi + cc);
    }
    const r = Math.min(p, q);
    const gram = await (0,_math_gram_js__WEBPACK_IMPORTED_MODULE_1__/* .gramOfSmallerSide */ ["in"])(mm, p, q);
    const trSqrt = traceSqrt(r > 256 ? await (0,_math_symmetric_eigen_js__WEBPACK_IMPORTED_MODULE_2__/* .symmetricEigenvaluesTwoStage */ .m$)(gram, r) : (0,_math_symmetric_eigen_js__WEBPACK_IMPORTED_MODULE_2__/* .symmetricEigenvalues */ .gk)(gram, r));
    return meanTerm + tr1 + tr2 - 2 * trSqrt;
}
/**
 * FID of the weighted multiset from its rows: mean and np.cov of the resample (Σᵢ wᵢ (xᵢ − x̄)(xᵢ − x̄)ᵀ/(m − 1), one
 * d × p × d MatMul per set), then frechet.ts: for more distinct rows than features.
 */
async function fidOfResampleRows(xs, w, p, ys, v, q, d) {
    const a = await weightedMeanCovariance(xs, w, p, d), b = await weightedMeanCovariance(ys, v, q, d);
    return (await (0,_frechet_js__WEBPACK_IMPORTED_MODULE_3__/* .frechetDistance */ .tY)(a.mean, a.cov, b.mean, b.cov, d)).fid;
}
async function weightedMeanCovariance(x, w, p, d) {
    let m = 0;
    for (let i = 0; i < p; i++)
        m += w[i];
    const mean = new Float64Array(d);
    for (let i = 0; i < p; i++)
        for (let j = 0; j < d; j++)
            mean[j] += w[i] * x[i * d + j];
    for (let j = 0; j < d; j++)
        mean[j] /= m;
    // Aᵀ (d × p) with columns √(wᵢ/(m − 1)) (xᵢ − x̄): Σ = AᵀA
    const at = new Float64Array(d * p);
    for (let i = 0; i < p; i++) {
        const s = Math.sqrt(w[i] / (m - 1));
        for (let j = 0; j < d; j++)
            at[j * p + i] = s * (x[i * d + j] - mean[j]);
    }
    return { mean, cov: await (0,_math_gram_js__WEBPACK_IMPORTED_MODULE_1__/* .matmulABt */ .eH)(at, at, d, p, d) };
}
/**
 * KID of the weighted multiset: the unbiased MMD² with the cubic polynomial kernel, as a U-statistic over pairs of
 * *distinct original samples* — a resample's copies of one sample are not paired with each other. With copies paired
 * (the estimator applied blindly to the resampled array) every duplicate adds k(x, x), far larger than k(x, x′) in
 * 2048 dimensions, and the replicates inflate and spread with the number of ties rather than with the data's noise:
 * on pool3 of sets A vs C (N = 200/100) ±3.2 around 2.9, ten times the spread between independent subsets. This is
 * the usual bootstrap of a U-statistic without ties (Arcones & Giné 1992, "On the bootstrap of U and V statistics").
 */
function kidOfResample(g, w, v, d) {
    const { k, l, c, p, q, ux, uy, cc } = g;
    // raw x·y from the shifted Gram entries
    const ker = (dot) => {
        const t = dot / d + 1;
        return t * t * t;
    };
    let xx = 0, yy = 0, xy = 0, wsum = 0, wsq = 0, vsum = 0, vsq = 0;
    for (let i = 0; i < p; i++) {
        let s = 0;
        const ui = ux[i] + cc;
        for (let j = 0; j < p; j++)
            if (j !== i)
                s += ker(k[i * p + j] + ui + ux[j]) * w[j];
        xx += w[i] * s;
        let t = 0;
        for (let j = 0; j < q; j++)
            t += ker(c[i * q + j] + ui + uy[j]) * v[j];
        xy += w[i] * t;
        wsum += w[i];
        wsq += w[i] * w[i];
    }
    for (let i = 0; i < q; i++) {
        let s = 0;
        const ui = uy[i] + cc;
        for (let j = 0; j < q; j++)
            if (j !== i)
                s += ker(l[i * q + j] + ui + uy[j]) * v[j];
        yy += v[i] * s;
        vsum += v[i];
        vsq += v[i] * v[i];
    }
    // pairs of distinct originals: Σ_{i≠j} wᵢwⱼ = (Σw)² − Σw²
    return xx / (wsum * wsum - wsq) + yy / (vsum * vsum - vsq) - (2 * xy) / (wsum * vsum);
}
/**
 * Per distinct row and per k: the (k+1)-th smallest distance of its row in the resample, its own copies counting as
 * zeros. Every other row counts at least once, so only the K = max k + 1 nearest other rows can matter: a sorted
 * buffer of K (distance, count) pairs per row, O(p·K) instead of a sort. With `pool`, the rows are pool rows: their
 * neighbour lists answer first, and the scan reads the pool's Gram matrix (`gram` is then not read).
 */
function radiiOfResample(gram, p, w, ks, pool) {
    const K = Math.max(...ks) + 1;
    const out = ks.map(() => new Float64Array(p));
    const near = (0,_math_top_k_js__WEBPACK_IMPORTED_MODULE_5__/* .newTopK */ .zh)(1, K);
    for (let i = 0; i < p; i++) {
        if (pool) {
            // the pool row's nearest rows, those in the resample in order; the full scan below only when they run out
            const base = pool.rows[i] * pool.L, radii = ks.map(() => NaN);
            let got = 0;
            for (let ki = 0; ki < ks.length; ki++)
                if (ks[ki] + 1 - w[i] <= 0) {
                    radii[ki] = 0;
                    got++;
                }
            let weight = 0;
            for (let t = 0; t < pool.L && got < ks.length; t++) {
                const j = pool.local[pool.idx[base + t]];
                if (j < 0)
                    continue;
                weight += w[j];
                for (let ki = 0; ki < ks.length; ki++)
                    if (Number.isNaN(radii[ki]) && ks[ki] + 1 - w[i] - weight <= 0) {
                        radii[ki] = pool.vals[base + t];
                        got++;
                    }
            }
            // all other pool rows listed (L = n − 1): a radius still open has too few rows, as in the scan
            if (got === ks.length || pool.L === pool.local.length - 1) {
                ks.forEach((_, ki) => {
                    out[ki][i] = Number.isNaN(radii[ki]) ? Infinity : radii[ki];
                });
                continue;
            }
        }
        (0,_math_top_k_js__WEBPACK_IMPORTED_MODULE_5__/* .clearTopK */ ._h)(near, 0);
        if (pool) {
            const G = pool.gram, n = pool.n, pi = pool.rows[i], gii = G[pi * n + pi];
            for (let j = 0; j < p; j++) {
                const pj = pool.rows[j];
                if (j !== i)
                    (0,_math_top_k_js__WEBPACK_IMPORTED_MODULE_5__/* .topKInsert */ .y)(near, 0, Math.sqrt(Math.max(0, gii + G[pj * n + pj] - 2 * G[pi * n + pj])), j);
            }
        }
        else {
            const gii = gram[i * p + i];
            for (let j = 0; j < p; j++) {
                if (j !== i)
                    (0,_math_top_k_js__WEBPACK_IMPORTED_MODULE_5__/* .topKInsert */ .y)(near, 0, Math.sqrt(Math.max(0, gii + gram[j * p + j] - 2 * gram[i * p + j])), j);
            }
        }
        ks.forEach((k, ki) => {
            let need = k + 1 - w[i];
            if (need <= 0) {
                out[ki][i] = 0;
                return;
            }
            let r = Infinity;
            for (let t = 0; t < K && near.idx[t] >= 0; t++) {
                need -= w[near.idx[t]];
                if (need <= 0) {
                    r = near.vals[t];
                    break;
                }
            }
            out[ki][i] = r;
        });
    }
    return out;
}
function prdcOfResample(g, w, v, m, n, kPR, kDC, want) {
    const { k, l, c, p, q } = g;
    const out = {};
    const dist = new Float64Array(p * q);
    const kd = gramDiagonal(k, p, g.nearX), ld = gramDiagonal(l, q, g.nearY);
    for (let i = 0; i < p; i++)
        for (let j = 0; j < q; j++)
            dist[i * q + j] = Math.sqrt(Math.max(0, kd[i] + ld[j] - 2 * c[i * q + j]));
    const needPR = want.has('precision') || want.has('recall'), needDC = want.has('density') || want.has('coverage');
    const [rxPR, rxDC] = radiiOfResample(k, p, w, [needPR ? kPR : kDC, needDC ? kDC : kPR], g.nearX);
    if (needPR) {
        const rx = rxPR, [ry] = radiiOfResample(l, q, v, [kPR], g.nearY);
        let prec = 0, rec = 0;
        for (let j = 0; j < q; j++) {
            for (let i = 0; i < p; i++)
                if (dist[i * q + j] < rx[i]) {
                    prec += v[j];
                    break;
                }
        }
        for (let i = 0; i < p; i++) {
            for (let j = 0; j < q; j++)
                if (dist[i * q + j] < ry[j]) {
                    rec += w[i];
                    break;
                }
        }
        out.precision = prec / n;
        out.recall = rec / m;
    }
    if (needDC) {
        const rx = rxDC;
        let dens = 0, cov = 0;
        for (let i = 0; i < p; i++) {
            let inside = 0, nearest = Infinity;
            for (let j = 0; j < q; j++) {
                const dij = dist[i * q + j];
                if (dij < rx[i])
                    inside += v[j];
                if (dij < nearest)
                    nearest = dij;
            }
            dens += w[i] * inside;
            if (nearest < rx[i])
                cov += w[i];
        }
        out.density = dens / (kDC * n);
        out.coverage = cov / m;
    }
    return out;
}
async function metricsOfResample(g, w, v, m, n, d, want, kPR, kDC) {
    const out = {};
    if (want.has('fid'))
        out.fid =
            d < Math.min(g.p, g.q) && g.xs && g.ys
                ? await fidOfResampleRows(g.xs, w, g.p, g.ys, v, g.q, d)
                : await fidOfResample(g, w, v, m, n);
    if (want.has('kid'))
        out.kid = kidOfResample(g, w, v, d);
    if (['precision', 'recall', 'density', 'coverage'].some((k) => want.has(k)))
        Object.assign(out, prdcOfResample(g, w, v, m, n, kPR, kDC, want));
    return out;
}
/** The metrics of one resample given as distinct rows and their counts (the bootstrap's inner step; for tests). */
async function metricsOfCounts(x, y, d, rx, ry, metrics, kPR = 3, kDC = 5) {
    const c = centreOf(x, x.length / d, d);
    const p = rx.rows.length, q = ry.rows.length;
    const g = await gramsOf(shiftedRows(x, rx.rows, p, d, c), p, shiftedRows(y, ry.rows, q, d, c), q, d, c, dot(c, c));
    const sum = (a) => a.reduce((s, t) => s + t, 0);
    return metricsOfResample(g, rx.counts, ry.counts, sum(rx.counts), sum(ry.counts), d, new Set(metrics), kPR, kDC);
}
/** Quantile with linear interpolation (NumPy's default `linear` method). */
function quantile(sorted, qq) {
    const h = (sorted.length - 1) * qq, lo = Math.floor(h), hi = Math.ceil(h);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
/** Half-width of the central 95 % percentile interval of `values`, and their standard deviation. */
function spread(values) {
    const s = Float64Array.from(values).sort();
    let mean = 0;
    for (const x of s)
        mean += x;
    mean /= s.length;
    let ss = 0;
    for (const x of s)
        ss += (x - mean) ** 2;
    return { halfWidth: (quantile(s, 0.975) - quantile(s, 0.025)) / 2, se: Math.sqrt(ss / Math.max(1, s.length - 1)) };
}
/** The progress line's callback for `total` replicates: count, rate, ETA, and how to make a long run cheaper. */
function replicateTicker(progress, total, t0) {
    let done = 0, lastReport = performance.now();
    return () => {
        done++;
        const now = performance.now();
        if (progress && (now - lastReport > 10_000 || done === total || done === Math.min(total, 10))) {
            lastReport = now;
            const rate = done / ((now - t0) / 1000);
            // above a minute of expected interval time, say how to make it cheaper
            const cheaper = total / rate > 60
                ? ` (over a minute: fewer replicates, e.g. --bootstrap ${Math.max(2, Math.floor(total / 4))}, cost proportionally less; --bootstrap 0 turns the intervals off)`
                : '';
            progress(`bootstrap: ${done}/${total} replicates, ${rate.toFixed(1)}/s, ETA ${Math.ceil((total - done) / rate)} s${cheaper}`);
        }
    };
}
/** The metrics of `main` on B resamples of m real and n generated rows (the streams seeded by `seed`). */
async function mainReplicates(r, main, m, n) {
    const { x, nReal, y, nGen, d, centre, cc, kPR, kDC } = r;
    const rngX = new _numpy_random_js__WEBPACK_IMPORTED_MODULE_6__/* .RandomState */ .T(r.seed >>> 0), rngY = new _numpy_random_js__WEBPACK_IMPORTED_MODULE_6__/* .RandomState */ .T((r.seed ^ GEN_STREAM) >>> 0);
    const prdcWanted = ['precision', 'recall', 'density', 'coverage'].some((k) => main.has(k));
    const gramsWanted = main.has('fid') || main.has('kid');
    const L = Math.max(kPR, kDC) + 1 + NEIGHBOUR_PAD;
    // every row is drawn from (m = N): the Gram matrices of all rows once, sliced per replicate; on WebGPU, for P/R/D/C
    // alone, from the GPU's float32 tiles (deviceGrams; FID and KID read the entries' values, which stay float64)
    let onDevice;
    let full;
    if (m === nReal && n === nGen) {
        const xs = shiftedRows(x, undefined, nReal, d, centre), ys = shiftedRows(y, undefined, nGen, d, centre);
        if (r.device === 'webgpu' && prdcWanted && !gramsWanted) {
            onDevice = await deviceGrams(xs, nReal, ys, nGen, d, centre, cc, L, r.device);
            full = onDevice.grams;
        }
        else
            full = await gramsOf(xs, nReal, ys, nGen, d, centre, cc);
    }
    // the radii's candidates, once per pool (every resample's rows are pool rows)
    const nearX = full && prdcWanted ? poolNeighbours(full.k, nReal, L) : undefined;
    const nearY = full && prdcWanted ? poolNeighbours(full.l, nGen, L) : undefined;
    if (onDevice && nearX && nearY)
        onDevice.settleCross(nearX, nearY);
    for (let b = 0; b < r.B; b++) {
        const rx = drawCounts(rngX, nReal, m), ry = drawCounts(rngY, nGen, n);
        const p = rx.rows.length, q = ry.rows.length;
        if (nearX)
            setResampleRows(nearX, rx.rows);
        if (nearY)
            setResampleRows(nearY, ry.rows);
        if (onDevice && nearX && nearY)
            onDevice.settleResample(nearX, rx.counts, nearY, ry.counts, Math.max(kPR, kDC));
        const g = full
            ? {
                nearX,
                nearY,
                // prdc reads its distances within a set from the pool's Gram matrices; FID and KID read the slices
                k: nearX && !gramsWanted ? EMPTY : slice(full.k, nReal, rx.rows, rx.rows),
                l: nearY && !gramsWanted ? EMPTY : slice(full.l, nGen, ry.rows, ry.rows),
                c: slice(full.c, nGen, rx.rows, ry.rows),
                p,
                q,
                ux: Float64Array.from(rx.rows, (i) => full.ux[i]),
                uy: Float64Array.from(ry.rows, (j) => full.uy[j]),
                cc,
                // the d × d FID route (d < distinct rows) needs the rows themselves
                ...(main.has('fid') && d < Math.min(p, q)
                    ? { xs: shiftedRows(x, rx.rows, p, d, centre), ys: shiftedRows(y, ry.rows, q, d, centre) }
                    : {}),
            }
            : await gramsOf(shiftedRows(x, rx.rows, p, d, centre), p, shiftedRows(y, ry.rows, q, d, centre), q, d, centre, cc);
        const res = await metricsOfResample(g, rx.counts, ry.counts, m, n, d, main, kPR, kDC);
        for (const name of main)
            r.reps[name][b] = res[name];
        r.tick();
    }
}
/** FID on B resamples of its own draws (mF real, nF generated rows), on streams apart from the other metrics'. */
async function fidReplicatesApart(r, mF, nF) {
    const { x, nReal, y, nGen, d, centre, cc } = r;
    const rngX = new _numpy_random_js__WEBPACK_IMPORTED_MODULE_6__/* .RandomState */ .T((r.seed ^ FID_STREAM) >>> 0), rngY = new _numpy_random_js__WEBPACK_IMPORTED_MODULE_6__/* .RandomState */ .T((r.seed ^ FID_STREAM ^ GEN_STREAM) >>> 0);
    for (let b = 0; b < r.B; b++) {
        const rx = drawCounts(rngX, nReal, mF), ry = drawCounts(rngY, nGen, nF);
        const p = rx.rows.length, q = ry.rows.length;
        const xs = shiftedRows(x, rx.rows, p, d, centre), ys = shiftedRows(y, ry.rows, q, d, centre);
        r.reps.fid[b] =
            d < Math.min(p, q)
                ? await fidOfResampleRows(xs, rx.counts, p, ys, ry.counts, q, d)
                : await fidOfResample(await gramsOf(xs, p, ys, q, d, centre, cc), rx.counts, ry.counts, mF, nF);
        r.tick();
    }
}
/**
 * Bootstrap replicates of the requested metrics for real features X (nReal × d) and generated features Y (nGen × d).
 */
async function bootstrapMetrics(x, nReal, y, nGen, d, metrics, o = {}) {
    const t0 = performance.now();
    const B = o.replicates ?? _core_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_BOOTSTRAP_REPLICATES */ .ey;
    const seed = o.seed ?? 0;
    const cap = o.maxSamples ?? DEFAULT_BOOTSTRAP_MAX_SAMPLES;
    if (!Number.isInteger(B) || B < 2)
        throw new RangeError(`bootstrap: replicates must be an integer ≥ 2, got ${B}`);
    const want = new Set(metrics);
    // FID's replicates need more distinct rows than features, or every replicate sits in the singular regime, whose
    // bias (≈ d/N) swamps the spread: its own draws of up to max(cap, 2d) rows, the d × d route per replicate
    const fidCap = Math.max(cap, 2 * d);
    const m = Math.min(nReal, cap), n = Math.min(nGen, cap);
    const mF = Math.min(nReal, fidCap), nF = Math.min(nGen, fidCap);
    const fidApart = want.has('fid') && (mF !== m || nF !== n);
    const main = new Set([...want].filter((k) => !(fidApart && k === 'fid')));
    const centre = centreOf(x, nReal, d);
    const reps = {};
    for (const name of want)
        reps[name] = new Float64Array(B);
    const total = (main.size ? B : 0) + (fidApart ? B : 0);
    const run = {
        x,
        nReal,
        y,
        nGen,
        d,
        B,
        seed,
        centre,
        cc: dot(centre, centre),
        kPR: o.kPR ?? 3,
        kDC: o.kDC ?? 5,
        reps,
        tick: replicateTicker(o.progress, total, t0),
        device: o.device ?? 'cpu',
    };
    if (main.size)
        await mainReplicates(run, main, m, n);
    if (fidApart)
        await fidReplicatesApart(run, mF, nF);
    const intervals = {};
    for (const name of want) {
        const r = reps[name];
        // m-out-of-n: one scale for both sets' noise, the larger of the two ratios, so that the set subsampled least is
        // not shrunk (the other set's share of the noise is then overstated: conservative)
        const scale = name === 'fid' && fidApart
            ? Math.sqrt(Math.max(mF / nReal, nF / nGen))
            : Math.sqrt(Math.max(m / nReal, n / nGen));
        const s = spread(r);
        intervals[name] = { halfWidth: s.halfWidth * scale, se: s.se * scale, replicates: r, scale };
    }
    return {
        intervals,
        replicates: B,
        seed,
        draws: { real: m, generated: n },
        ...(fidApart ? { fidDraws: { real: mF, generated: nF } } : {}),
        seconds: (performance.now() - t0) / 1000,
    };
}


/***/ })

};
