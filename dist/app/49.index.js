export const id = 49;
export const ids = [49];
export const modules = {

/***/ 53164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   makeGrid: () => (/* binding */ makeGrid),
/* harmony export */   writeGrid: () => (/* binding */ writeGrid),
/* harmony export */   writePng: () => (/* binding */ writePng)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_sharp_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12624);
// A preview grid of the first 64 samples as one PNG, laid out like torchvision's make_grid (nrow = 8 images per
// row, 2 px of padding around and between images, black padding). Images of different sizes get cells of the
// largest size, top-left aligned.



function makeGrid(images, o = {}) {
    const list = images.slice(0, o.max ?? 64);
    if (!list.length)
        throw new Error('makeGrid: no images');
    const pad = o.padding ?? 2;
    const cols = Math.min(o.nrow ?? 8, list.length);
    const rows = Math.ceil(list.length / cols);
    const cw = Math.max(...list.map((i) => i.width)) + pad;
    const ch = Math.max(...list.map((i) => i.height)) + pad;
    const width = cols * cw + pad, height = rows * ch + pad;
    const data = new Uint8Array(width * height * 3);
    list.forEach((img, k) => {
        const x0 = (k % cols) * cw + pad, y0 = Math.floor(k / cols) * ch + pad;
        for (let y = 0; y < img.height; y++) {
            data.set(img.data.subarray(y * img.width * 3, (y + 1) * img.width * 3), ((y0 + y) * width + x0) * 3);
        }
    });
    return { width, height, data };
}
async function writeGrid(file, images, o = {}) {
    const g = makeGrid(images, o);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    await (0,_util_sharp_js__WEBPACK_IMPORTED_MODULE_2__/* .sharpModule */ .H)()(g.data, { raw: { width: g.width, height: g.height, channels: 3 } })
        .png()
        .toFile(file);
    return { width: g.width, height: g.height, count: Math.min(images.length, o.max ?? 64) };
}
/** One sample as an RGB PNG (lossless: decoding it gives back exactly `img.data`). */
async function writePng(file, img) {
    await (0,_util_sharp_js__WEBPACK_IMPORTED_MODULE_2__/* .sharpModule */ .H)()(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
        .png()
        .toFile(file);
}


/***/ }),

/***/ 41055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* binding */ rowsAsFloat64),
/* harmony export */   wS: () => (/* binding */ gramTile),
/* harmony export */   zS: () => (/* binding */ gramTiles)
/* harmony export */ });
/* harmony import */ var _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70130);
/* harmony import */ var _gram_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74679);
/* harmony import */ var _ort_linalg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61705);
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(43958);
// Tiling of pairwise products (Gram matrices, distance tiles) so that no N × M matrix is ever held: the tile list
// shared by KID's kernel sums and prdc's distance passes, the float32 → float64 row blocks they feed to ORT, and the
// Gram tile on the run's device.




/**
 * All tiles of an n × m product, in row-block order, or (upper) those covering the upper triangle of an n × n one:
 * each diagonal block is split once more into half-size tiles (when it has more than 64 rows), so that little of the
 * lower triangle is computed; off-diagonal tiles then count for both triangles.
 */
function gramTiles(n, m, tile, upper) {
    const out = [];
    const add = (i0, ti, j0, tj) => out.push({ i0, ti, j0, tj });
    for (let i0 = 0; i0 < n; i0 += tile) {
        const ti = Math.min(tile, n - i0);
        if (!upper) {
            for (let j0 = 0; j0 < m; j0 += tile)
                add(i0, ti, j0, Math.min(tile, m - j0));
            continue;
        }
        const h = Math.ceil(ti / 2);
        if (ti > 64) {
            add(i0, h, i0, h);
            add(i0, h, i0 + h, ti - h);
            add(i0 + h, ti - h, i0 + h, ti - h);
        }
        else
            add(i0, ti, i0, ti);
        for (let j0 = i0 + tile; j0 < n; j0 += tile)
            add(i0, ti, j0, Math.min(tile, n - j0));
    }
    return out;
}
/** Rows [start, start + count) of a row-major matrix with d columns as float64: a view when it already is float64,
 * else a converted copy (float32 → float64 is exact). */
function rowsAsFloat64(a, start, count, d) {
    const sub = a.subarray(start * d, (start + count) * d);
    if (sub instanceof Float64Array)
        return sub;
    const out = new Float64Array(sub.length);
    out.set(sub); // native float32 → float64 conversion
    return out;
}
/**
 * G = A·Bᵀ (m × n) of row-major A (m × d) and B (n × d). On the CPU (and CUDA, see MetricsDevice): float64, through
 * onnxruntime's float64 MatMul. On WebGPU: the rows rounded to float32 (exact for features that were float32) and a
 * float32 Gemm on the GPU, so each entry is within γ_d·Σ|aₖbₖ| (γ_d = d·u/(1 − d·u), u = 2⁻²⁴; Higham, "Accuracy and
 * Stability of Numerical Algorithms", 2nd ed., §3.1) of the float64 one.
 */
async function gramTile(a, m, b, n, d, device = 'cpu') {
    if (device !== 'webgpu')
        return (0,_gram_js__WEBPACK_IMPORTED_MODULE_1__/* .matmulABt */ .eH)(a, b, m, d, n);
    const F = _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_0__/* .DataType */ .pe.FLOAT;
    const session = await (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_2__/* .tileSession */ .j0)('gram-f32', () => ({
        nodes: [(0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_0__/* .node */ .rH)('Gemm', ['A', 'B'], ['G'], { transB: 1 })],
        inputs: [(0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_0__/* .valueInfo */ .ul)('A', F, ['m', 'd']), (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_0__/* .valueInfo */ .ul)('B', F, ['n', 'd'])],
        outputs: [(0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_0__/* .valueInfo */ .ul)('G', F, ['m', 'n'])],
    }), device);
    const a32 = Float32Array.from(a), b32 = a === b ? a32 : Float32Array.from(b);
    const out = await session.run({
        A: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_3__.Tensor('float32', a32, [m, d]),
        B: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_3__.Tensor('float32', b32, [n, d]),
    });
    return out.G.data;
}


/***/ }),

/***/ 74679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eH: () => (/* binding */ matmulABt),
/* harmony export */   "in": () => (/* binding */ gramOfSmallerSide)
/* harmony export */ });
/* unused harmony export matmul */
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43958);
/* harmony import */ var _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70130);
/* harmony import */ var _ort_linalg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61705);
// Float64 matrix products through onnxruntime's MatMul (MLAS), never nested JS arrays: C = A·B, C = A·Bᵀ, and the
// Gram matrix of a matrix on its smaller side.



const f64 = (name, dims) => (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .valueInfo */ .ul)(name, _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .DataType */ .pe.DOUBLE, dims);
/** C = A · B for float64 A [m, k], B [k, n] through onnxruntime. */
async function matmul(a, b, m, k, n) {
    const session = cachedSession('matmul-f64', () => ({
        nodes: [node('MatMul', ['A', 'B'], ['C'])],
        inputs: [f64('A', ['m', 'k']), f64('B', ['k', 'n'])],
        outputs: [f64('C', ['m', 'n'])],
    }));
    const out = await (await session).run({
        A: new ort.Tensor('float64', a, [m, k]),
        B: new ort.Tensor('float64', b, [k, n]),
    });
    return out.C.data;
}
/** C = A · Bᵀ for float64 A [m, k], B [n, k]. */
async function matmulABt(a, b, m, k, n) {
    const session = (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_2__/* .cachedSession */ .L7)('matmul-abt-f64', () => ({
        nodes: [(0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .node */ .rH)('Transpose', ['B'], ['Bt'], { perm: [1, 0] }), (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .node */ .rH)('MatMul', ['A', 'Bt'], ['C'])],
        inputs: [f64('A', ['m', 'k']), f64('B', ['n', 'k'])],
        outputs: [f64('C', ['m', 'n'])],
    }));
    const out = await (await session).run({
        A: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float64', a, [m, k]),
        B: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float64', b, [n, k]),
    });
    return out.C.data;
}
/**
 * The Gram matrix of a row-major rows × cols matrix A on its smaller side: AAᵀ when rows ≤ cols, else AᵀA. Both have
 * the same non-zero eigenvalues (the squared singular values of A), so sample-space FID takes the smaller one.
 */
async function gramOfSmallerSide(a, rows, cols) {
    if (rows <= cols)
        return matmulABt(a, a, rows, cols, rows);
    const t = new Float64Array(a.length);
    for (let i = 0; i < rows; i++)
        for (let j = 0; j < cols; j++)
            t[j * rows + i] = a[i * cols + j];
    return matmulABt(t, t, cols, rows, cols);
}


/***/ }),

/***/ 93753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _h: () => (/* binding */ clearTopK),
/* harmony export */   dt: () => (/* binding */ kthValue),
/* harmony export */   y: () => (/* binding */ topKInsert),
/* harmony export */   zh: () => (/* binding */ newTopK)
/* harmony export */ });
// Per-row buffers of the K smallest values seen so far (k-nearest-neighbour candidates and radii), shared by prdc's
// radius passes, memorization's nearest-neighbour search and the bootstrap's resample radii. Sorted insertion into a
// fixed buffer: O(K) per accepted value, O(1) per rejected one, and no per-row sort.
function newTopK(rows, K) {
    return { K, vals: new Float64Array(rows * K).fill(Infinity), idx: new Int32Array(rows * K).fill(-1) };
}
/** Empties row r. */
function clearTopK(b, r) {
    b.vals.fill(Infinity, r * b.K, (r + 1) * b.K);
    b.idx.fill(-1, r * b.K, (r + 1) * b.K);
}
/**
 * Inserts (v, j) into row r when v is strictly below the row's K-th value (NaN never enters); among equal values the
 * one inserted first stays first. Returns whether it went in.
 */
function topKInsert(b, r, v, j) {
    const { K, vals, idx } = b;
    const base = r * K;
    if (!(v < vals[base + K - 1]))
        return false;
    let p = K - 1;
    while (p > 0 && vals[base + p - 1] > v) {
        vals[base + p] = vals[base + p - 1];
        idx[base + p] = idx[base + p - 1];
        p--;
    }
    vals[base + p] = v;
    idx[base + p] = j;
    return true;
}
/** The row's K-th smallest value so far (+∞ while the row holds fewer than K). */
function kthValue(b, r) {
    return b.vals[r * b.K + b.K - 1];
}


/***/ }),

/***/ 37759:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ fidFromFeatures),
  B: () => (/* binding */ fidGroup)
});

// EXTERNAL MODULE: ./src/metrics/metric-def.ts
var metric_def = __webpack_require__(10307);
// EXTERNAL MODULE: ./src/math/gram.ts
var gram = __webpack_require__(74679);
// EXTERNAL MODULE: ./src/math/tridiagonal.ts
var tridiagonal = __webpack_require__(25768);
// EXTERNAL MODULE: ./src/metrics/frechet.ts + 1 modules
var frechet = __webpack_require__(85446);
;// CONCATENATED MODULE: ./src/metrics/fid.ts
// Fréchet Inception Distance (Heusel et al. 2017, "GANs Trained by a Two Time-Scale Update Rule…"):
//   FID = ‖μ₁ − μ₂‖² + tr Σ₁ + tr Σ₂ − 2 tr √(Σ₁^½ Σ₂ Σ₁^½)
// pytorch-fid 0.3 computes the last term as tr sqrtm(Σ₁Σ₂) with scipy's general (Schur) square root; we use
// symmetric eigenvalues with negatives clamped at 0, which the reference pack lists as `fid_from_eigh_route`.



function centred(rows, n, d) {
    const mu = new Float64Array(d);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < d; j++)
            mu[j] += rows[i * d + j];
    for (let j = 0; j < d; j++)
        mu[j] /= n;
    const a = new Float64Array(n * d);
    for (let i = 0; i < n; i++)
        for (let j = 0; j < d; j++)
            a[i * d + j] = rows[i * d + j] - mu[j];
    return { a, mu };
}
/**
 * FID from two feature matrices through the sample space: with centred A (n₁ × d) and B (n₂ × d),
 * Σ₁ = AᵀA/(n₁−1), Σ₂ = BᵀB/(n₂−1), the non-zero eigenvalues of Σ₁Σ₂ are those of C Cᵀ with
 * C = A Bᵀ / √((n₁−1)(n₂−1)), so tr √(Σ₁Σ₂) = Σ √λᵢ(C Cᵀ) — an min(n₁, n₂)-sized symmetric eigenproblem.
 * Exact (not an approximation) and cheap when the sets are smaller than the feature dimension.
 */
async function frechetDistanceFromFeatures(x, n1, y, n2, d) {
    const { a, mu: mu1 } = centred(x, n1, d);
    const { a: b, mu: mu2 } = centred(y, n2, d);
    let meanTerm = 0;
    for (let j = 0; j < d; j++)
        meanTerm += (mu1[j] - mu2[j]) ** 2;
    let ssa = 0, ssb = 0;
    for (let i = 0; i < a.length; i++)
        ssa += a[i] * a[i];
    for (let i = 0; i < b.length; i++)
        ssb += b[i] * b[i];
    const traceSigma1 = ssa / (n1 - 1), traceSigma2 = ssb / (n2 - 1);
    const c = await (0,gram/* matmulABt */.eH)(a, b, n1, d, n2); // n1 × n2
    const scale = 1 / ((n1 - 1) * (n2 - 1));
    const m = Math.min(n1, n2);
    // K = C Cᵀ (n1 ≤ n2) or Cᵀ C, both symmetric PSD with the same non-zero eigenvalues
    const k = await (0,gram/* gramOfSmallerSide */["in"])(c, n1, n2);
    for (let i = 0; i < k.length; i++)
        k[i] *= scale;
    const eig = (0,tridiagonal/* symmetricEigenvalues */.gk)(k, m);
    let traceSqrtProduct = 0, clamped = 0;
    for (const l of eig) {
        if (l > 0)
            traceSqrtProduct += Math.sqrt(l);
        else if (l < 0)
            clamped++;
    }
    // covariances of actual rows are semidefinite: a negative beyond the rounding tolerance would be a defect here
    const fid = (0,frechet/* nonNegativeFid */.e$)({ meanTerm, traceSigma1, traceSigma2, traceSqrtProduct }, (msg) => new Error(`sample-space FID: ${msg}`));
    return {
        fid,
        meanTerm,
        traceSigma1,
        traceSigma2,
        traceSqrtProduct,
        route: `sample-space eigenvalues (${m}×${m})`,
        clampedEigenvalues: clamped,
    };
}

// EXTERNAL MODULE: ./src/metrics/fid-stats.ts
var fid_stats = __webpack_require__(59508);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
;// CONCATENATED MODULE: ./src/metrics/defs/fid.ts
// FID: the Fréchet distance between the Gaussians of the two sets' features (pytorch-fid's calculate_frechet_distance).




/**
 * Whether FID takes the exact sample-space route from the features (both sets' features at hand and N ≤ d on either
 * side: the covariances are singular) rather than the route from the statistics.
 */
function fidFromFeatures(real, generated, d) {
    return Math.min(real.count, generated.count) <= d && !!real.features && !!generated.features;
}
const fidGroup = (0,metric_def/* defineMetricGroup */.tm)({
    group: 'fid',
    selectable: true,
    byDefault: true,
    title: 'FID',
    needs: { source: 'pair' },
    metrics: [
        {
            name: 'fid',
            better: 'lower',
            label: 'FID',
            tableLabel: 'FID',
            domain: metric_def/* NON_NEGATIVE */.IS,
            interval: 'fid',
            settings: (d) => String(d.route ?? ''),
        },
    ],
    async compute({ real, generated, dim: d, notes }) {
        // a count of 0 is a statistics file that records none (pytorch-fid's mu/sigma): N unknown, no warning about it
        const known = (n) => n > 0;
        if ((known(real.count) && real.count <= d) || (known(generated.count) && generated.count <= d)) {
            notes.push(`WARNING: N (${(0,format/* countText */.lT)(real.count)} real, ${(0,format/* countText */.lT)(generated.count)} generated) is not above the feature dimension ${d}: the covariances are singular and FID is strongly biased upwards (and noisy). Gate on KID (unbiased at any N) rather than FID, or use N > ${d}; FIDs are only comparable at the same N`);
        }
        // the exact sample-space route when features are at hand and the covariances are singular; else from the statistics
        const r = fidFromFeatures(real, generated, d) && real.features && generated.features
            ? await frechetDistanceFromFeatures(real.features, real.count, generated.features, generated.count, d)
            : await (0,fid_stats/* frechetDistanceFromStats */.S)(real, generated, d);
        return {
            fid: {
                value: r.fid,
                better: 'lower',
                details: {
                    route: r.route,
                    meanTerm: r.meanTerm,
                    traceSigma1: r.traceSigma1,
                    traceSigma2: r.traceSigma2,
                    traceSqrtProduct: r.traceSqrtProduct,
                    clampedEigenvalues: r.clampedEigenvalues,
                },
            },
        };
    },
});


/***/ }),

/***/ 59508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ frechetDistanceFromStats)
/* harmony export */ });
/* harmony import */ var _math_covariance_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46760);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _frechet_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(85446);
// FID from Gaussian statistics alone (mu/sigma), for statistics files. Checks that each sigma is a valid covariance
// matrix (math/covariance-check.ts: symmetric, positive semidefinite within the documented tolerances; a matrix read by
// readStatsNpz was already checked and is not factored again), then delegates to the fast symmetric-eigenvalue route of
// frechet.ts. A sigma whose reader deferred the semidefiniteness test goes to the distance unfactored: the distance
// certifies it on the way when it can, and what it leaves open is settled here, with the reader's error.



async function frechetDistanceFromStats(a, b, d) {
    for (const [s, which] of [
        [a, 'first'],
        [b, 'second'],
    ]) {
        const name = s.source ?? `the ${which} statistics`;
        if (s.mu.length !== d || s.sigma.length !== d * d) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${name}: mu has ${s.mu.length} values and sigma ${s.sigma.length}, expected ${d} and ${d}×${d}`, name);
        }
        if ((0,_math_covariance_check_js__WEBPACK_IMPORTED_MODULE_0__/* .isSemidefinitePending */ .Qm)(s.sigma))
            continue;
        const defect = await (0,_math_covariance_check_js__WEBPACK_IMPORTED_MODULE_0__/* .covarianceDefect */ .vz)(s.sigma, d);
        if (defect)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${name}: sigma ${defect}`, name);
    }
    const result = await (0,_math_covariance_check_js__WEBPACK_IMPORTED_MODULE_0__/* .settledOnError */ .dv)([a.sigma, b.sigma], () => (0,_frechet_js__WEBPACK_IMPORTED_MODULE_2__/* .frechetDistance */ .tY)(a.mu, a.sigma, b.mu, b.sigma, d));
    for (const s of [a, b])
        await (0,_math_covariance_check_js__WEBPACK_IMPORTED_MODULE_0__/* .settleCovariance */ .tR)(s.sigma);
    return result;
}


/***/ }),

/***/ 85446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tY: () => (/* binding */ frechetDistance),
  e$: () => (/* binding */ nonNegativeFid)
});

// UNUSED EXPORTS: FID_ROUNDING_TOLERANCE

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/first-non-finite.ts
var first_non_finite = __webpack_require__(41762);
// EXTERNAL MODULE: ./src/math/cholesky.ts
var cholesky = __webpack_require__(21212);
// EXTERNAL MODULE: ./src/features/onnx-writer.ts
var onnx_writer = __webpack_require__(70130);
// EXTERNAL MODULE: ./src/math/ort-linalg.ts
var ort_linalg = __webpack_require__(61705);
;// CONCATENATED MODULE: ./src/math/congruence.ts
// Congruence Fᵀ S F of a symmetric S through float64 Gemm graphs (onnxruntime), for the Fréchet distance's
// M = Lᵀ Σ₂ L; with a lower-triangular L the block products skip L's zero blocks.


/** Fᵀ S F for a general F (n × r): one graph, Gemm(F, S F, transA). */
const congruenceSession = () => (0,ort_linalg/* graphSession */.zh)('congruence', () => ({
    nodes: [(0,onnx_writer/* node */.rH)('MatMul', ['S', 'F'], ['W']), (0,ort_linalg/* gemm */.vE)('F', 'W', undefined, 'M', { ta: true })],
    inputs: [(0,ort_linalg/* f64 */.T_)('S', ['n', 'n']), (0,ort_linalg/* f64 */.T_)('F', ['n', 'r'])],
    outputs: [(0,ort_linalg/* f64 */.T_)('M', ['r', 'r'])],
}));
/**
 * Lᵀ S L for lower-triangular L and symmetric S, in `blocks` block columns J = [c_J, c_{J+1}) that skip L's zero
 * blocks, computing only the lower block triangle of the (symmetric) result, as LAPACK's dsygst does:
 *   W[:, J] = S[c_J:, :]ᵀ L[c_J:, J]            (S's rows as its columns, by symmetry; L[:c_J, J] = 0)
 *   M[I, :c_{I+1}] = L[c_I:, I]ᵀ W[c_I:, :c_{I+1}]  (L[:c_I, I] = 0)
 * About (1 + 1/B)·n³ + n³/3 flops instead of 4n³ for the plain two products. Inputs S_J, L_J are row views from c_J
 * (no copies); the graph returns the block rows M_I (w_I × c_{I+1}), which congruence() places and mirrors.
 */
const lowerCongruenceSession = (blocks) => (0,ort_linalg/* graphSession */.zh)(`lower-congruence-tri-${blocks}`, () => {
    const nodes = [], inputs = [], outputs = [];
    for (let j = 0; j < blocks; j++) {
        inputs.push((0,ort_linalg/* f64 */.T_)(`S${j}`, [`p${j}`, 'n']), (0,ort_linalg/* f64 */.T_)(`L${j}`, [`p${j}`, 'n']), (0,ort_linalg/* i64 */.cq)(`sl${j}`, [2]), (0,ort_linalg/* i64 */.cq)(`el${j}`, [2]));
        inputs.push((0,ort_linalg/* i64 */.cq)(`sw${j}`, [2]), (0,ort_linalg/* i64 */.cq)(`ew${j}`, [2]));
        nodes.push((0,onnx_writer/* node */.rH)('Slice', [`L${j}`, `sl${j}`, `el${j}`], [`LJ${j}`]), (0,ort_linalg/* gemm */.vE)(`S${j}`, `LJ${j}`, undefined, `W${j}`, { ta: true }));
    }
    nodes.push((0,onnx_writer/* node */.rH)('Concat', Array.from({ length: blocks }, (_, j) => `W${j}`), ['W'], { axis: 1 }));
    for (let j = 0; j < blocks; j++) {
        nodes.push((0,onnx_writer/* node */.rH)('Slice', ['W', `sw${j}`, `ew${j}`], [`WI${j}`]));
        nodes.push((0,ort_linalg/* gemm */.vE)(`LJ${j}`, `WI${j}`, undefined, `M${j}`, { ta: true }));
        outputs.push((0,ort_linalg/* f64 */.T_)(`M${j}`, [`w${j}`, `c${j}`]));
    }
    return { nodes, inputs, outputs };
});
/**
 * M = Fᵀ S F (r × r) for symmetric S (n × n) and F (n × r), both row-major. With `lowerTriangular` (F = L square,
 * zero above the diagonal) the products skip L's zero blocks.
 */
async function congruence(s, f, n, r, lowerTriangular = false, blockWidth = 256) {
    if (!lowerTriangular || r !== n || n < 2 * blockWidth) {
        const m = (await (0,ort_linalg/* runGraph */.C3)(congruenceSession(), { S: [s, [n, n]], F: [f, [n, r]] })).M;
        mirrorLower(m, r); // the two triangles were rounded apart; as on the blocked route, the lower one stands
        return m;
    }
    const blocks = Math.min(16, Math.max(2, Math.round(n / blockWidth)));
    const c = Array.from({ length: blocks + 1 }, (_, j) => Math.round((j * n) / blocks));
    const feeds = {};
    for (let j = 0; j < blocks; j++) {
        const p = n - c[j];
        feeds[`S${j}`] = [s.subarray(c[j] * n), [p, n]];
        feeds[`L${j}`] = [f.subarray(c[j] * n), [p, n]];
        feeds[`sl${j}`] = [(0,ort_linalg/* i64s */.Lm)(0, c[j]), [2]];
        feeds[`el${j}`] = [(0,ort_linalg/* i64s */.Lm)(p, c[j + 1]), [2]];
        feeds[`sw${j}`] = [(0,ort_linalg/* i64s */.Lm)(c[j], 0), [2]];
        feeds[`ew${j}`] = [(0,ort_linalg/* i64s */.Lm)(n, c[j + 1]), [2]];
    }
    const out = await (0,ort_linalg/* runGraph */.C3)(lowerCongruenceSession(blocks), feeds);
    const m = new Float64Array(n * n);
    for (let j = 0; j < blocks; j++) {
        const mj = out[`M${j}`], width = c[j + 1];
        for (let r = c[j]; r < c[j + 1]; r++)
            m.set(mj.subarray((r - c[j]) * width, (r - c[j] + 1) * width), r * n);
    }
    mirrorLower(m, n);
    return m;
}
/**
 * Fills the strictly upper triangle of the row-major n × n `m` from its lower triangle, so that M is exactly
 * symmetric (the block products computed the diagonal blocks whole, each of their entries by its own dot product). In
 * square tiles, so that the transposed reads stay in cache.
 */
function mirrorLower(m, n) {
    const tile = 64;
    for (let i0 = 0; i0 < n; i0 += tile) {
        const i1 = Math.min(n, i0 + tile);
        for (let j0 = i0; j0 < n; j0 += tile) {
            const j1 = Math.min(n, j0 + tile);
            for (let i = i0; i < i1; i++) {
                const ri = i * n;
                for (let j = Math.max(j0, i + 1); j < j1; j++)
                    m[ri + j] = m[j * n + i];
            }
        }
    }
}

// EXTERNAL MODULE: ./src/math/covariance-check.ts
var covariance_check = __webpack_require__(46760);
// EXTERNAL MODULE: ./src/math/symmetric-eigen.ts + 3 modules
var symmetric_eigen = __webpack_require__(141);
;// CONCATENATED MODULE: ./src/metrics/frechet.ts
// Fréchet distance between two Gaussians given by their statistics alone (Heusel et al. 2017, "GANs trained by a
// two time-scale update rule converge to a local Nash equilibrium"; Dowson & Landau 1982 for the closed form):
//
//   FID = ‖μ₁ − μ₂‖² + tr Σ₁ + tr Σ₂ − 2 tr √(Σ₁^½ Σ₂ Σ₁^½)
//
// pytorch-fid 0.3 evaluates the last term as tr sqrtm(Σ₁Σ₂) with scipy's general (Schur) matrix square root. Here it
// is Σᵢ √max(λᵢ, 0) over the eigenvalues λᵢ of a SYMMETRIC positive semidefinite matrix with the same spectrum as
// Σ₁^½ Σ₂ Σ₁^½ — no general matrix square root, no complex arithmetic, no imaginary part to discard:
//
//   Σ₁ = L Lᵀ (Cholesky)  ⇒  M = Lᵀ Σ₂ L  is similar to  Σ₁ Σ₂ = L (Lᵀ Σ₂ L) L⁻¹,
//
// and Σ₁^½ Σ₂ Σ₁^½ is similar to Σ₁ Σ₂ as well (Σ₁^½ (Σ₁^½ Σ₂ Σ₁^½) Σ₁^{-½}), so eig(M) = eig(Σ₁^½ Σ₂ Σ₁^½).
// M's eigenvalues come from the two-stage symmetric reduction of src/math/symmetric-eigen.ts (dense → band through ORT
// float64 Gemms,
// band → tridiagonal by bulge chasing, root-free QL), eigenvalues only.






/**
 * Refuses bad inputs of frechetDistance, in this order: the dimension; each array's length and finiteness; each
 * sigma's symmetry; each mu's magnitude.
 */
function checkFrechetInputs(mu1, sigma1, mu2, sigma2, d) {
    if (!Number.isInteger(d) || d < 1)
        throw new errors/* InputError */.d(`Fréchet distance: dimension must be a positive integer, got ${d}`);
    for (const [name, v, len] of [
        ['mu1', mu1, d],
        ['mu2', mu2, d],
        ['sigma1', sigma1, d * d],
        ['sigma2', sigma2, d * d],
    ]) {
        if (v.length !== len)
            throw new errors/* InputError */.d(`Fréchet distance: ${name} has ${v.length} values, expected ${len} (d = ${d})`, name);
        if (len === d * d && (0,covariance_check/* isKnownValidCovariance */.xx)(v))
            continue; // finite and symmetric already
        const i = (0,first_non_finite/* firstNonFinite */.J)(v);
        if (i >= 0)
            throw new errors/* InputError */.d(`Fréchet distance: ${name} contains a non-finite value at index ${i}`, name);
    }
    for (const [name, s] of [
        ['sigma1', sigma1],
        ['sigma2', sigma2],
    ]) {
        const defect = (0,covariance_check/* symmetryDefect */.et)(s, d);
        if (defect)
            throw new errors/* InputError */.d(`Fréchet distance: ${name} ${defect}`, name);
    }
    for (const [name, m] of [
        ['mu1', mu1],
        ['mu2', mu2],
    ]) {
        const defect = (0,covariance_check/* magnitudeDefect */.Qt)(m, d); // beyond ±2^400 ‖μ₁ − μ₂‖² overflows
        if (defect)
            throw new errors/* InputError */.d(`Fréchet distance: ${name} ${defect}`, name);
    }
}
/** ‖μ₁ − μ₂‖², tr Σ₁, tr Σ₂ and the largest diagonal entry of each sigma, in one pass over the diagonals. */
function diagonalTerms(mu1, sigma1, mu2, sigma2, d) {
    let meanTerm = 0, traceSigma1 = 0, traceSigma2 = 0, maxDiag1 = 0, maxDiag2 = 0;
    for (let i = 0; i < d; i++) {
        meanTerm += (mu1[i] - mu2[i]) ** 2;
        const s1 = sigma1[i * d + i], s2 = sigma2[i * d + i];
        traceSigma1 += s1;
        traceSigma2 += s2;
        maxDiag1 = Math.max(maxDiag1, s1);
        maxDiag2 = Math.max(maxDiag2, s2);
    }
    return { meanTerm, traceSigma1, traceSigma2, maxDiag1, maxDiag2 };
}
/**
 * The symmetric PSD matrix M (r × r) with the spectrum of Σ₁^½ Σ₂ Σ₁^½, by the first route of frechetDistance's list
 * that applies, and the route's name; `tc` is the lap timer, returned after the congruence lap.
 */
async function productMatrix(sigma1, sigma2, d, maxDiag1, maxDiag2, opts, tc) {
    const tol1 = d * Number.EPSILON * maxDiag1, tol2 = d * Number.EPSILON * maxDiag2;
    const timings = opts.timings;
    let m, r = d, route;
    // a covariance validated by math/covariance-check.ts may carry the very factor computed here (same tolerance and
    // the default block width)
    const factor = (s, tol) => (opts.choleskyBlock === undefined && tol === (0,covariance_check/* choleskyTolerance */.An)(s, d) ? (0,covariance_check/* validationFactor */.rH)(s) : undefined) ??
        (0,cholesky/* choleskyLower */.y)(s, d, { tolerance: tol, blockSize: opts.choleskyBlock, timings });
    const l1 = maxDiag1 > 0 ? await factor(sigma1, tol1) : undefined;
    if (l1) {
        (0,covariance_check/* certifySemidefinite */.fH)(sigma1); // positive definite: a deferred test of it is settled
        tc = lapTime(timings, 'cholesky', tc);
        m = await congruence(sigma2, l1, d, d, true);
        route = 'cholesky(sigma1)';
    }
    else {
        const l2 = maxDiag2 > 0 ? await factor(sigma2, tol2) : undefined;
        tc = lapTime(timings, 'cholesky', tc);
        if (l2) {
            (0,covariance_check/* certifySemidefinite */.fH)(sigma2);
            m = await congruence(sigma1, l2, d, d, true);
            route = 'cholesky(sigma2)';
        }
        else {
            const { f, rank } = await (0,cholesky/* pivotedCholesky */.A)(sigma1, d, tol1, { timings });
            tc = lapTime(timings, 'pivoted-cholesky', tc);
            r = rank;
            m = rank > 0 ? await congruence(sigma2, f, d, rank) : new Float64Array(0);
            route = `pivoted-cholesky(sigma1, rank ${rank})`;
        }
    }
    tc = lapTime(timings, 'congruence', tc);
    return { m, r, route, tc, l1 };
}
/**
 * A bound on how far the computed eigenvalues of M̃ (the congruence of Σ₂ by L̃, the computed Cholesky factor of Σ₁,
 * nonsingular and triangular) can lie from those of the exact L̃ᵀ Σ L̃, where Σ is the symmetric matrix of Σ₂'s lower
 * triangle (what the semidefiniteness test reads), under the standard rounding model:
 *   * the two products: |M̃ − L̃ᵀ Σ₂ L̃| ≤ γ₂ₙ |L̃ᵀ| |Σ₂| |L̃| elementwise for any order of summation (Higham, Accuracy and
 *     Stability of Numerical Algorithms, 2nd ed., §3.5), of 2-norm at most γ₂ₙ ‖L̃‖²_F ‖Σ₂‖_F, γₖ = kε / (1 − kε);
 *   * the products may read Σ₂'s upper triangle, and only M̃'s lower triangle is kept (mirrored): at most
 *     2 ‖L̃‖²_F ‖Σ₂ − Σ₂ᵀ‖_F more (0 for an exactly symmetric file);
 *   * the eigenvalues: those of M̃ + E with ‖E‖₂ ≤ c·n²·ε·‖M̃‖_F for orthogonal reductions and the QL iteration
 *     (GVL §8.3; Higham §19.3). c is assumed, not derived, at 16: the errors observed are ~1e-15 · ‖M̃‖.
 * The three add up (Weyl). undefined — no certificate — when a norm lies outside [2⁻⁴⁰⁰, 2⁴⁰⁰]: there underflow in
 * the products or in the reflectors' squares could exceed the model.
 */
function productEigenvalueErrorBound(l, sigma2, asymmetry, m, n) {
    const sumSquares = (a) => {
        let s0 = 0, s1 = 0, i = 0;
        for (; i + 1 < a.length; i += 2) {
            s0 += a[i] * a[i];
            s1 += a[i + 1] * a[i + 1];
        }
        if (i < a.length)
            s0 += a[i] * a[i];
        return s0 + s1;
    };
    const l2 = sumSquares(l), s2 = Math.sqrt(sumSquares(sigma2)), m2 = Math.sqrt(sumSquares(m));
    const safe = (x) => x >= 2 ** -400 && x <= 2 ** 400;
    if (!(safe(l2) && safe(s2) && safe(m2)))
        return undefined;
    const eps = Number.EPSILON, gamma = (2 * n * eps) / (1 - 2 * n * eps);
    const bound = gamma * l2 * s2 + 2 * l2 * asymmetry + 16 * n * n * eps * m2;
    // the norms themselves round by a relative n·ε, far inside the factor of 16
    return bound * (1 + 4 * n * eps);
}
/**
 * Fréchet distance from statistics: `mu1`, `mu2` (length d) and `sigma1`, `sigma2` (row-major d × d, symmetric),
 * float64, not modified.
 *
 * Routes, tried in this order:
 *   1. `cholesky(sigma1)`: Σ₁ = L Lᵀ succeeds with every pivot above tol₁ = d·ε·max diag Σ₁ (Σ₁ numerically positive
 *      definite); eigenvalues of M = Lᵀ Σ₂ L (d × d).
 *   2. `cholesky(sigma2)`: otherwise the same with the roles swapped, Σ₂ = L Lᵀ and M = Lᵀ Σ₁ L, since
 *      eig(Σ₁Σ₂) = eig(Σ₂Σ₁).
 *   3. `pivoted-cholesky(sigma1, rank r)`: both singular (N ≤ d, constant features, …): a rank-revealing Cholesky
 *      with diagonal pivoting, Σ₁ ≈ F Fᵀ with F of rank r (stopping when the largest remaining pivot is ≤ tol₁, as
 *      LAPACK's dpstrf does), and M = Fᵀ Σ₂ F (r × r), whose eigenvalues are the non-zero ones of Σ₁Σ₂. The
 *      remainder that the stop drops is a PSD matrix of norm ≤ d·tol₁: rounding noise of a rank-deficient
 *      covariance, which any route resolves only to about that level (tr √ of a noise matrix of size δ is of order
 *      d·√δ; the reference pack shows scipy's sqrtm and an eigh route differing by ~1e−4 on N < d cases).
 *
 * Rounding can leave eigenvalues of the PSD matrix M slightly below zero; they count as 0 (clampedEigenvalues).
 *
 * pytorch-fid's eps fallback: when sqrtm(Σ₁Σ₂) is not finite it warns and retries with Σ + 1e-6·I. Every step here
 * is a backward-stable factorization or orthogonal reduction of a symmetric matrix, so finite inputs always give a
 * finite result and no regularization is ever added: the value is that of the Gaussians as given. (For the reference
 * pack's case p06_d3_eps_fallback, constructed so that scipy's sqrtm fails, pytorch-fid reports 4.17156263 after adding
 * 1e-6·I; the exact value of the given Gaussians, 7 − 2√2 = 4.17157288, is what this function returns.) Non-finite
 * inputs are refused with an InputError, and so is a sigma that is not symmetric to 1e-6 × max |sigma|
 * (math/covariance-check.ts; the full semidefiniteness check runs where statistics enter from outside, fid-stats.ts and
 * stats-file.ts, except that a reader may leave it to this function for sigma2: see certifySemidefinite). The result is
 * never negative: see nonNegativeFid.
 */
async function frechetDistance(mu1, sigma1, mu2, sigma2, d, opts = {}) {
    const t0 = performance.now();
    checkFrechetInputs(mu1, sigma1, mu2, sigma2, d);
    const { meanTerm, traceSigma1, traceSigma2, maxDiag1, maxDiag2 } = diagonalTerms(mu1, sigma1, mu2, sigma2, d);
    const timings = opts.timings;
    const { m, r, route, tc, l1 } = await productMatrix(sigma1, sigma2, d, maxDiag1, maxDiag2, opts, performance.now());
    const eig = await (0,symmetric_eigen/* symmetricEigenvaluesTwoStage */.m$)(m, r, opts); // m is left as it was
    lapTime(timings, 'eigenvalues', tc);
    let traceSqrtProduct = 0, clampedEigenvalues = 0, smallest = Infinity, sumSquares = 0;
    for (const l of eig) {
        if (l > 0)
            traceSqrtProduct += Math.sqrt(l);
        else if (l < 0)
            clampedEigenvalues++;
        if (l < smallest)
            smallest = l;
        sumSquares += l * l;
    }
    // A deferred semidefiniteness test of Σ₂ is settled when every eigenvalue is above the bound on its error: the exact
    // L̃ᵀ Σ L̃ is then positive definite, and so is Σ (Sylvester's law of inertia). The bound is at least 16n²ε‖M̃‖_F, and
    // ‖M̃‖_F is the eigenvalues' root sum of squares to far better than a factor of 2: an M whose smallest eigenvalue is
    // below half that (the covariances of real images) is not worth the bound's passes over three matrices.
    const asymmetry = (0,covariance_check/* pendingAsymmetry */.xS)(sigma2);
    if (l1 && asymmetry !== undefined && smallest > 8 * d * d * Number.EPSILON * Math.sqrt(sumSquares)) {
        const errorBound = productEigenvalueErrorBound(l1, sigma2, asymmetry, m, d);
        if (errorBound !== undefined && smallest > errorBound)
            (0,covariance_check/* certifySemidefinite */.fH)(sigma2);
    }
    const parts = { meanTerm, traceSigma1, traceSigma2, traceSqrtProduct };
    const fid = nonNegativeFid(parts, (msg) => new errors/* InputError */.d(`Fréchet distance: ${msg}: sigma1 or sigma2 is not a valid (positive semidefinite) covariance matrix`));
    return { fid, ...parts, route, clampedEigenvalues, seconds: (performance.now() - t0) / 1000 };
}
/** Relative tolerance of nonNegativeFid, in units of ‖μ₁ − μ₂‖² + tr Σ₁ + tr Σ₂. */
const FID_ROUNDING_TOLERANCE = 1e-6;
/**
 * FID = ‖μ₁ − μ₂‖² + tr Σ₁ + tr Σ₂ − 2 tr √(Σ₁^½ Σ₂ Σ₁^½), never negative: for valid covariances it is ≥ 0 exactly, and
 * rounding (eigenvalues of M off by ~ε‖M‖, each adding up to √(ε‖M‖) to the trace term) can leave it slightly below 0.
 * A value in [−τ, 0) with τ = FID_ROUNDING_TOLERANCE · (‖μ₁ − μ₂‖² + tr Σ₁ + tr Σ₂) is taken as 0; a value below −τ
 * means the covariances were not positive semidefinite, and `invalid` makes the error to throw.
 */
function nonNegativeFid(p, invalid) {
    const fid = p.meanTerm + p.traceSigma1 + p.traceSigma2 - 2 * p.traceSqrtProduct;
    if (fid >= 0)
        return fid;
    const tol = FID_ROUNDING_TOLERANCE * (p.meanTerm + p.traceSigma1 + p.traceSigma2);
    if (fid >= -tol)
        return 0;
    throw invalid(`the distance came out ${fid.toPrecision(6)}, below the rounding tolerance −${tol.toExponential(2)}`);
}
function lapTime(timings, key, t0) {
    const t = performance.now();
    if (timings)
        timings[key] = (timings[key] ?? 0) + (t - t0) / 1000;
    return t;
}


/***/ }),

/***/ 57764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ RandomState)
/* harmony export */ });
/* unused harmony export MT19937 */
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
class MT19937 {
    mt = new Uint32Array(N);
    index = N;
    constructor(seed) {
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
    key() {
        return this.mt.slice();
    }
    twist() {
        const mt = this.mt;
        for (let i = 0; i < N; i++) {
            const y = (mt[i] & UPPER) | (mt[(i + 1) % N] & LOWER);
            mt[i] = (mt[(i + M) % N] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0)) >>> 0;
        }
        this.index = 0;
    }
    /** Next tempered 32-bit output (an unsigned integer). */
    nextUint32() {
        if (this.index >= N)
            this.twist();
        let y = this.mt[this.index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y >>> 0;
    }
}
/** The subset of `np.random.RandomState(seed)` that the reference metrics use. */
class RandomState {
    mt;
    constructor(seed) {
        this.mt = new MT19937(seed);
    }
    nextUint32() {
        return this.mt.nextUint32();
    }
    /** `random_sample()`: a double in [0, 1) with 53 random bits. */
    randomSample() {
        const a = this.mt.nextUint32() >>> 5, b = this.mt.nextUint32() >>> 6;
        return (a * 67108864 + b) / 9007199254740992;
    }
    /** Legacy `random_interval(max)`: uniform integer in [0, max] by masked rejection (max < 2³²). */
    randomInterval(max) {
        if (max === 0)
            return 0;
        if (!Number.isInteger(max) || max < 0 || max > 0xffffffff)
            throw new RangeError(`randomInterval: max must be an integer in [0, 2^32), got ${max}`);
        let mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask >>>= 0;
        let v;
        do
            v = (this.mt.nextUint32() & mask) >>> 0;
        while (v > max);
        return v;
    }
    /** In-place `shuffle` of a 1-d array (Fisher–Yates from the last element, NumPy's legacy order). */
    shuffle(x) {
        for (let i = x.length - 1; i > 0; i--) {
            const j = this.randomInterval(i);
            const t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
        return x;
    }
    /** `permutation(n)`: a shuffled `arange(n)`. */
    permutation(n) {
        if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff)
            throw new RangeError(`permutation: n must be a non-negative integer, got ${n}`);
        const a = new Int32Array(n);
        for (let i = 0; i < n; i++)
            a[i] = i;
        return this.shuffle(a);
    }
    /** `choice(n, size, replace=False)` (no `p`): the first `size` entries of `permutation(n)`. */
    choiceWithoutReplacement(n, size) {
        if (!(n > 0))
            throw new RangeError('choice: a must be greater than 0');
        if (size > n)
            throw new RangeError("choice: cannot take a larger sample than population when 'replace=False'");
        return this.permutation(n).slice(0, size);
    }
}


/***/ }),

/***/ 64049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yX: () => (/* binding */ KNOWN_METRICS),
  Cb: () => (/* binding */ METRICS),
  WM: () => (/* binding */ METRIC_BETTER),
  tU: () => (/* binding */ METRIC_GROUP),
  EW: () => (/* binding */ METRIC_GROUPS),
  ah: () => (/* binding */ checkMetricsSupported),
  lz: () => (/* binding */ defaultMetricGroups),
  VF: () => (/* binding */ groupDef),
  xv: () => (/* binding */ lookupMetric),
  IH: () => (/* binding */ metricDef),
  Bm: () => (/* binding */ parseMetrics)
});

// UNUSED EXPORTS: ALL_METRICS, SELECTABLE_GROUPS, isMetricName, lookupSelectableGroup

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/metrics/defs/fid.ts + 1 modules
var fid = __webpack_require__(37759);
// EXTERNAL MODULE: ./src/metrics/metric-def.ts
var metric_def = __webpack_require__(10307);
// EXTERNAL MODULE: ./src/math/distance-tiles.ts
var distance_tiles = __webpack_require__(41055);
// EXTERNAL MODULE: ./src/metrics/numpy-random.ts
var numpy_random = __webpack_require__(57764);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(55553);
;// CONCATENATED MODULE: ./src/metrics/kid.ts
// Kernel Inception Distance (Bińkowski et al. 2018, "Demystifying MMD GANs"): the unbiased estimator of the squared
// maximum mean discrepancy with the cubic polynomial kernel k(x, y) = (x·y/d + 1)³,
//   MMD²_u = Σ_{i≠j} k(xᵢ,xⱼ) / (m(m−1)) + Σ_{i≠j} k(yᵢ,yⱼ) / (n(n−1)) − 2 Σ_{i,j} k(xᵢ,yⱼ) / (mn).
// Gram matrices are formed tile by tile through onnxruntime's float64 MatMul (src/math/gram.ts) and reduced to
// kernel sums at once, so memory stays O(tile² + tile·d) whatever N is.



/**
 * Σ k(aᵢ, bⱼ) over all pairs, or, with `b === null`, Σ_{i≠j} k(aᵢ, aⱼ) (upper-triangle tiles, off-diagonal ones
 * counted twice).
 */
async function kernelSum(a, na, b, nb, d, opts) {
    const gamma = opts.gamma ?? 1 / d, coef0 = opts.coef0 ?? 1, degree = opts.degree ?? 3;
    const sym = b === null;
    const other = b ?? a;
    let total = 0;
    let aRows = new Float64Array(0), aStart = -1, aCount = -1; // the current row block, converted once
    for (const { i0, ti, j0, tj } of (0,distance_tiles/* gramTiles */.zS)(na, sym ? na : nb, Math.max(1, opts.tile ?? 2048), sym)) {
        if (i0 !== aStart || ti !== aCount) {
            aRows = (0,distance_tiles/* rowsAsFloat64 */.Sc)(a, i0, ti, d);
            aStart = i0;
            aCount = ti;
        }
        const ai = aRows;
        const bj = sym && j0 === i0 ? ai : (0,distance_tiles/* rowsAsFloat64 */.Sc)(other, j0, tj, d);
        const g = await (0,distance_tiles/* gramTile */.wS)(ai, ti, bj, tj, d, opts.device);
        const diag = sym && i0 === j0;
        let s = 0;
        for (let r = 0; r < ti; r++) {
            let rs = 0;
            const off = r * tj;
            for (let c = 0; c < tj; c++) {
                const t = g[off + c] * gamma + coef0;
                rs += degree === 3 ? t * t * t : t ** degree;
            }
            if (diag) {
                const t = g[off + r] * gamma + coef0;
                rs -= degree === 3 ? t * t * t : t ** degree;
            }
            s += rs;
        }
        total += sym && !diag ? 2 * s : s;
    }
    return total;
}
/**
 * KID over the full sets: the unbiased MMD² above on all m × n samples (float64 kernels, not subsets).
 * Matches the reference pack's `kid_full_unbiased` (numpy float64) to ~1e-12 relative, and torch-fidelity 0.4.0's
 * `kernel_mmd` on equal-size full sets to its float32 rounding (~1e-5 relative).
 */
async function kidFull(x, m, y, n, d, opts = {}) {
    if (m < 2 || n < 2)
        throw new RangeError(`KID needs at least 2 samples per set (got ${m}, ${n})`);
    if (x.length !== m * d || y.length !== n * d)
        throw new RangeError('kidFull: array sizes do not match the given shapes');
    const kxx = await kernelSum(x, m, null, m, d, opts);
    const kyy = await kernelSum(y, n, null, n, d, opts);
    const kxy = await kernelSum(x, m, y, n, d, opts);
    return kxx / (m * (m - 1)) + kyy / (n * (n - 1)) - (2 * kxy) / (m * n);
}
/**
 * KID as torch-fidelity 0.4.0 `kid_features_to_metric` computes it: for each of `subsets` rounds, draw
 * `rng.choice(m, s, replace=False)` rows of x, then `rng.choice(n, s, replace=False)` rows of y, from one
 * `np.random.RandomState(seed)` (src/metrics/numpy-random.ts reproduces those draws exactly), and take the unbiased
 * MMD² of the two subsets; report the mean and np.std of the estimates. torch-fidelity forms the kernels in float32;
 * here they are float64, so results agree to its float32 rounding (≤ 2e-6 absolute on the reference pairs, whose
 * subset estimates spread by 0.05–2.7).
 */
async function kidSubsets(x, m, y, n, d, opts = {}) {
    const subsets = opts.subsets ?? 100;
    const s = opts.subsetSize ?? Math.min(1000, m, n);
    if (s < 2 || s > m || s > n)
        throw new RangeError(`KID subset size ${s} must be in [2, min(${m}, ${n})]`);
    if (x.length !== m * d || y.length !== n * d)
        throw new RangeError('kidSubsets: array sizes do not match the given shapes');
    const rng = new numpy_random/* RandomState */.T(opts.seed ?? defaults/* DEFAULT_ANALYSIS_SEED */.dd);
    const gamma = opts.gamma ?? 1 / d, coef0 = opts.coef0 ?? 1, degree = opts.degree ?? 3;
    const kern = (g) => {
        const t = g * gamma + coef0;
        return degree === 3 ? t * t * t : t ** degree;
    };
    // Small subsets: one Gram matrix of the 2s stacked rows per subset (one onnxruntime call); large ones: three
    // products, the two symmetric ones over their upper triangle.
    const stacked = 2 * s <= 512;
    const fx = new Float64Array(s * d), fy = new Float64Array(s * d), z = stacked ? new Float64Array(2 * s * d) : fx;
    const gather = (a, idx, out, at) => {
        idx.forEach((r, i) => out.set(a.subarray(r * d, (r + 1) * d), (at + i) * d));
    };
    const values = new Float64Array(subsets);
    for (let t = 0; t < subsets; t++) {
        const ix = rng.choiceWithoutReplacement(m, s), iy = rng.choiceWithoutReplacement(n, s);
        let kxx = 0, kyy = 0, kxy = 0;
        if (stacked) {
            gather(x, ix, z, 0);
            gather(y, iy, z, s);
            const g = await (0,distance_tiles/* gramTile */.wS)(z, 2 * s, z, 2 * s, d, opts.device);
            for (let r = 0; r < 2 * s; r++) {
                const off = r * 2 * s;
                let a = 0, b = 0;
                for (let c = 0; c < s; c++)
                    a += kern(g[off + c]);
                for (let c = s; c < 2 * s; c++)
                    b += kern(g[off + c]);
                const self = kern(g[off + r]);
                if (r < s) {
                    kxx += a - self;
                    kxy += b;
                }
                else
                    kyy += b - self;
            }
        }
        else {
            gather(x, ix, fx, 0);
            gather(y, iy, fy, 0);
            kxx = await kernelSum(fx, s, null, s, d, opts);
            kyy = await kernelSum(fy, s, null, s, d, opts);
            kxy = await kernelSum(fx, s, fy, s, d, opts);
        }
        values[t] = (kxx + kyy) / (s * (s - 1)) - (2 * kxy) / (s * s);
    }
    let mean = 0;
    for (const v of values)
        mean += v;
    mean /= subsets;
    let vr = 0;
    for (const v of values)
        vr += (v - mean) ** 2;
    return { mean, std: Math.sqrt(vr / subsets), values, subsets, subsetSize: s };
}

;// CONCATENATED MODULE: ./src/metrics/defs/kid.ts
// KID: the unbiased MMD² with the cubic polynomial kernel (torch-fidelity's kid), over all pairs or seeded subsets.



const kidGroup = (0,metric_def/* defineMetricGroup */.tm)({
    group: 'kid',
    selectable: true,
    byDefault: true,
    title: 'KID',
    needs: { source: 'pair', features: ['real', 'generated'] },
    metrics: [
        {
            name: 'kid',
            better: 'lower',
            label: 'KID',
            tableLabel: 'KID',
            domain: metric_def/* NON_NEGATIVE */.IS,
            interval: 'kid',
            settings: (d) => d.mode === 'full' ? 'unbiased MMD², all pairs' : `${d.subsets} subsets of ${d.subsetSize}, seed ${d.seed}`,
        },
    ],
    async compute({ real, generated, dim: d, seed, settings, device }) {
        const mode = settings.kidMode && settings.kidMode !== 'auto'
            ? settings.kidMode
            : real.count * generated.count <= defaults/* KID_FULL_MAX_PAIRS */.kC
                ? 'full'
                : 'subsets';
        if (mode === 'full') {
            const v = await kidFull(real.features, real.count, generated.features, generated.count, d, { device });
            return {
                kid: {
                    value: v,
                    better: 'lower',
                    details: { mode: 'full', kernel: '(x·y/d + 1)^3', estimator: 'unbiased MMD²' },
                },
            };
        }
        const r = await kidSubsets(real.features, real.count, generated.features, generated.count, d, { seed, device });
        return {
            kid: {
                value: r.mean,
                std: r.std,
                better: 'lower',
                details: { mode: 'subsets', subsets: r.subsets, subsetSize: r.subsetSize, seed, kernel: '(x·y/d + 1)^3' },
            },
        };
    },
});

;// CONCATENATED MODULE: ./src/metrics/inception-score.ts
// Inception Score (Salimans et al. 2016, "Improved Techniques for Training GANs"):
//   IS = exp( E_x KL( p(y|x) ‖ p(y) ) ),   p(y|x) = softmax(logits(x)),   p(y) = E_x p(y|x),
// estimated on `splits` disjoint chunks of the sample; the result is the mean and the population standard deviation
// (np.std) of the per-chunk scores.

/**
 * Inception Score of `n` rows of `k` logits (row-major), accumulated in float64.
 *
 * For each chunk S: IS_S = exp( (1/|S|) Σ_{x∈S} Σ_y p(y|x) (log p(y|x) − log q(y)) ), q = (1/|S|) Σ_{x∈S} p(y|x),
 * computed in one pass as exp( (1/|S|) Σ_x Σ_y p log p − Σ_y q log q ) (the same sum, regrouped; 0·log 0 = 0).
 * Softmax and log-softmax use the max-shifted logits, as torch's float64 `softmax`/`log_softmax`.
 *
 * Matches, to about 1e-14 relative, with the same logits:
 *  - the classic definition (10 splits in file order; OpenAI's `inception_score.py` when given logits without the fc
 *    bias), reference pack `inception_score.<S>.classic_with_bias` / `classic_no_bias`;
 *  - torch-fidelity 0.4.0 `isc_features_to_metric` with `shuffleSeed: 2020` (its default; fed `logits_unbiased`,
 *    i.e. logits − fc.bias, all 1008 columns), reference pack `torch_fidelity_default` / `torch_fidelity_with_bias`.
 */
function inceptionScore(logits, n, k = 1008, opts = {}) {
    const splits = opts.splits ?? 10;
    if (!Number.isInteger(n) || n <= 0 || !Number.isInteger(k) || k <= 0)
        throw new RangeError(`inceptionScore: bad shape ${n} x ${k}`);
    if (logits.length !== n * k)
        throw new RangeError(`inceptionScore: ${logits.length} values for ${n} x ${k} logits`);
    if (!Number.isInteger(splits) || splits < 1 || splits > n)
        throw new RangeError(`inceptionScore: splits must be in [1, N=${n}], got ${splits}`);
    const order = opts.shuffleSeed == null ? null : new numpy_random/* RandomState */.T(opts.shuffleSeed).permutation(n);
    const q = new Float64Array(k), e = new Float64Array(k);
    const scores = [];
    for (let s = 0; s < splits; s++) {
        const lo = Math.floor((s * n) / splits), hi = Math.floor(((s + 1) * n) / splits);
        q.fill(0);
        let sumPLogP = 0;
        for (let r = lo; r < hi; r++) {
            const off = (order ? order[r] : r) * k;
            let m = -Infinity;
            for (let c = 0; c < k; c++)
                if (logits[off + c] > m)
                    m = logits[off + c];
            let z = 0;
            for (let c = 0; c < k; c++) {
                const v = Math.exp(logits[off + c] - m);
                e[c] = v;
                z += v;
            }
            const logZ = Math.log(z);
            let rowSum = 0;
            for (let c = 0; c < k; c++) {
                const p = e[c] / z;
                q[c] += p;
                rowSum += p * (logits[off + c] - m - logZ); // p · log_softmax
            }
            sumPLogP += rowSum;
        }
        const rows = hi - lo;
        let qLogQ = 0;
        for (let c = 0; c < k; c++) {
            const qc = q[c] / rows;
            if (qc > 0)
                qLogQ += qc * Math.log(qc);
        }
        scores.push(Math.exp(sumPLogP / rows - qLogQ));
    }
    let mean = 0;
    for (const v of scores)
        mean += v;
    mean /= splits;
    let vr = 0;
    for (const v of scores)
        vr += (v - mean) ** 2;
    return { mean, std: Math.sqrt(vr / splits), splits: scores };
}

;// CONCATENATED MODULE: ./src/metrics/defs/inception-score.ts
// IS: the Inception Score of the generated set's class logits, 10 splits in file order (the classic definition).
// Its domain starts at 1: the exp of a mean KL divergence, 1 when every image gets the same class distribution.




const inceptionScoreGroup = (0,metric_def/* defineMetricGroup */.tm)({
    group: 'is',
    aliases: ['isc', 'inception-score'],
    selectable: true,
    byDefault: true,
    title: 'IS',
    needs: {
        source: 'pair',
        logits: true,
        extractor: { output: 'logits', requirement: "IS (Inception Score) needs the Inception network's class logits" },
    },
    metrics: [
        {
            name: 'is',
            aliases: ['isc', 'inception-score'],
            better: 'higher',
            label: 'IS',
            tableLabel: 'Inception Score',
            domain: [1, Infinity],
            settings: () => `${defaults/* IS_SPLITS */.Dq} splits, file order`,
        },
    ],
    async compute({ generated }) {
        const logits = generated.logits;
        // 10 splits need at least 10 images (inceptionScore would otherwise throw a RangeError: an internal error)
        if (generated.count < defaults/* IS_SPLITS */.Dq)
            throw new errors/* InputError */.d(`IS (Inception Score, ${defaults/* IS_SPLITS */.Dq} splits) needs at least ${defaults/* IS_SPLITS */.Dq} generated images; ${generated.summary.source} has ${generated.count}`, generated.summary.source);
        const r = inceptionScore(logits, generated.count, logits.length / generated.count, { splits: defaults/* IS_SPLITS */.Dq });
        return {
            is: {
                value: r.mean,
                std: r.std,
                better: 'higher',
                details: { splits: defaults/* IS_SPLITS */.Dq, order: 'file order (classic definition)', logits: 'fc output with bias' },
            },
        };
    },
});

// EXTERNAL MODULE: external "onnxruntime-node"
var external_onnxruntime_node_ = __webpack_require__(43958);
// EXTERNAL MODULE: ./src/features/onnx-writer.ts
var onnx_writer = __webpack_require__(70130);
;// CONCATENATED MODULE: ./src/math/feature-scale.ts
// Power-of-two rescaling of float32 features whose magnitude would overflow (or underflow) the float32 Gram tiles of
// prdc and memorization. A float32 tile holds −2·x·y with |x·y| ≤ ‖x‖‖y‖ ≤ d·max|x|²: finite features of
// magnitude 1e19 already give ±∞ there, and the k-NN decisions built on them are wrong (precision/recall/density/
// coverage of 1, 1, 4.8, 1 where float64 gives 0, 0, 0, 0). Multiplying every feature by the same 2^k is exact in
// float32 and float64 (only components below 2⁻¹⁴⁹ of the largest one can be lost, far under the rounding of any
// distance), scales every squared distance by exactly 4^k and so leaves every nearest-neighbour comparison, radius
// order and count unchanged. Features inside the safe range are not touched (bit-identical results).
/** Features with max |x| in [2^−SAFE_EXPONENT, 2^SAFE_EXPONENT] are used as they are. At 2^40, d·max|x|² stays
 * below float32's 2^128 for any d < 2^47, and max|x|² above its smallest normal 2^−126. */
const SAFE_EXPONENT = 40;
/** Largest |x| over the arrays (0 when all are empty or zero). */
function maxAbs(...arrays) {
    // the largest and the smallest value, without a Math.abs per element (a NaN wins no comparison: ignored)
    let hi = 0, lo = 0;
    for (const a of arrays) {
        for (let i = 0; i < a.length; i++) {
            const v = a[i];
            if (v > hi)
                hi = v;
            else if (v < lo)
                lo = v;
        }
    }
    return Math.max(hi, -lo);
}
/**
 * The exponent k that brings max |x| (given) into [1, 2) when it lies outside the safe range, else 0. Non-finite or
 * zero maxima give 0 (callers refuse non-finite features separately; all-zero features need no scaling).
 */
function safeScaleExponent(max) {
    if (!(max > 0) || !Number.isFinite(max))
        return 0;
    if (max >= 2 ** -SAFE_EXPONENT && max <= 2 ** SAFE_EXPONENT)
        return 0;
    return -Math.floor(Math.log2(max));
}
/** x · 2^k as a new float32 array (x itself when k = 0). */
function scaledByPowerOfTwo(x, k) {
    if (k === 0)
        return x;
    const f = 2 ** k, out = new Float32Array(x.length);
    for (let i = 0; i < x.length; i++)
        out[i] = x[i] * f;
    return out;
}

// EXTERNAL MODULE: ./src/math/gram.ts
var gram = __webpack_require__(74679);
// EXTERNAL MODULE: ./src/math/ort-linalg.ts
var ort_linalg = __webpack_require__(61705);
// EXTERNAL MODULE: ./src/features/session.ts + 1 modules
var session = __webpack_require__(76715);
// EXTERNAL MODULE: ./src/math/top-k.ts
var top_k = __webpack_require__(93753);
;// CONCATENATED MODULE: ./src/metrics/prdc.ts
// Precision and recall (Kynkäänniemi et al. 2019, "Improved Precision and Recall Metric for Assessing Generative
// Models") and density and coverage (Naeem et al. 2020, "Reliable Fidelity and Diversity Metrics for Generative
// Models"), with k-nearest-neighbour balls: r(xᵢ) = distance from real xᵢ to its k-th nearest other real sample,
// r(yⱼ) likewise among the fakes, and
//   precision = (1/M) Σⱼ 1[∃i: ‖yⱼ − xᵢ‖ < r(xᵢ)]          recall   = (1/N) Σᵢ 1[∃j: ‖xᵢ − yⱼ‖ < r(yⱼ)]
//   density   = 1/(k·M) Σⱼ Σᵢ 1[‖yⱼ − xᵢ‖ < r(xᵢ)]          coverage = (1/N) Σᵢ 1[minⱼ ‖xᵢ − yⱼ‖ < r(xᵢ)]
// with the semantics of the `prdc` package (clovaai/generative-evaluation-prdc, source of 2020-07-13, MIT): the
// radius is the (k+1)-th smallest distance of a row including the zero self-distance, comparisons are strict, and
// distances are scikit-learn 1.2's float32 `euclidean_distances`.
//
// How the counts are made exact without an N × M matrix:
//  * scikit-learn, for float32 input, computes s = (−2·x·y + ‖x‖²) + ‖y‖² in float64 (operands upcast), rounds s to
//    float32, clips at 0 and takes a float32 square root; self-distances are 0. `exactDistance` reproduces that value
//    with a float64 dot product in JS (a different summation order moves s by ~1e-16 relative, far below the float32
//    spacing, so the float32 distance is the same).
//  * The bulk of the work is float32 Gram tiles P = −2·x·yᵀ through onnxruntime (one cached session, dynamic
//    shapes), read as a = ‖x‖² + ‖y‖² + P in float64. Whatever its summation order, a float32 dot product of length d
// is
//    within γ_d Σ|x_k y_k| ≤ γ_d ‖x‖‖y‖ of the exact one (γ_d = d·u/(1 − d·u), u = 2⁻²⁴; Higham, "Accuracy and
//    Stability of Numerical Algorithms", 2nd ed., §3.1), so |a − s| ≤ δ = 2γ_d‖x‖‖y‖ plus a float64 slack. Every
//    decision whose a lies within δ (and a 2⁻²⁰ relative guard for the float32 roundings) of its threshold is redone
//    with `exactDistance`; all the others are certain. This bound is rigorous but wide (measured sgemm errors are
//    ~10u·‖x‖‖y‖): for features whose neighbour distances are small next to their norms, many decisions are redone.
//  * The same onnxruntime graph compares each tile entry with per-row and per-column limits and returns only the
//    positions (NonZero) that JS must look at, so JS never walks a whole tile; the limits are widened to cover the
//    graph's own float32 roundings, so the filter can only let too much through, never too little.
//  * Radii: one pass over the upper-triangle tiles of each set keeps, per row, the K = k+1+16 smallest values of a (a
//    sorted insertion buffer), starting from a cap (the K-th smallest a over 256 sample rows, widened by δ). From the
//    per-element bounds, elements certainly below / above the exact (k+1)-th value are counted, and the radius is the
//    right order statistic of the exact distances of the few in between. Rows whose buffer cannot prove it (many
//    near-ties) are scanned again against all rows with a 4× larger buffer, until resolved.
//  * Cross pass: real × fake tiles, each candidate pair compared with both radii; only per-row / per-column counts are
//    kept. A tile with many undecided pairs is recomputed as a float64 Gram tile (onnxruntime float64 MatMul), whose
//    error bound (2γ_d with u = 2⁻⁵³) decides all but float32-level ties, which go to `exactDistance`.
//  * Known limit: for exactly duplicated rows sklearn's s is a rounding residue of (−2x·x + ‖x‖²) + ‖x‖² that may be
//    ±1e-13·‖x‖² instead of 0 (a distance of ~1e-6 instead of 0); here it is 0. Only a radius or comparison decided
//    by such a residue could differ.
//  * Features with max |x| outside 2^±40 (e.g. 1e19, whose float32 Gram entries overflow) are first multiplied by a
//    power of two (src/math/feature-scale.ts): exact, so every distance comparison and count is unchanged.
// Memory: O((N + M)·K) plus a few tiles (tile² float32 and the candidate lists) — never N × M.








const PAD = 16;
const SAMPLE = 256;
const U32 = 2 ** -24;
const U64 = 2 ** -53;
const GUARD_LO = 1 - 2 ** -20, GUARD_HI = 1 + 2 ** -20;
/**
 * The tiles' session: intra-op threads that sleep instead of spinning between runs. Each tile hands back to JS for its
 * candidates, and spinning workers then burn the cores the JS thread and the other worker need: on a busy 2-core
 * machine the whole prdc pass measured ~25 % less CPU time without spinning, at the same wall time or better.
 */
const filterSessionOptions = () => ({
    ...(0,session/* cpuSessionOptions */.h5)(),
    extra: { session: { intra_op: { allow_spinning: '0' } } },
});
/**
 * One float32 tile through onnxruntime: P = −2·A·Bᵀ (exact scaling of the float32 Gram block), and the positions (r, c)
 * where P[r,c] + colAdd[c] ≤ rowLim[r] or P[r,c] + rowAdd[r] ≤ colLim[c] — the few entries the JS side must look at —
 * with their values P[r,c] (only those leave onnxruntime, not the tile). Everything elementwise runs vectorized in
 * onnxruntime; the limits passed in are widened to cover its float32 rounding.
 */
async function filteredTile(a, m, b, n, d, colAdd, rowLim, rowAdd, colLim, device = 'cpu') {
    const F = onnx_writer/* DataType */.pe.FLOAT;
    const session = (0,ort_linalg/* tileSession */.j0)('prdc-filter-values-f32', () => ({
        nodes: [
            (0,onnx_writer/* node */.rH)('Gemm', ['A', 'B'], ['P'], { transB: 1, alpha: { float: -2 } }),
            (0,onnx_writer/* node */.rH)('Add', ['P', 'colAdd'], ['U']),
            (0,onnx_writer/* node */.rH)('LessOrEqual', ['U', 'rowLim'], ['m1']),
            (0,onnx_writer/* node */.rH)('Add', ['P', 'rowAdd'], ['V']),
            (0,onnx_writer/* node */.rH)('LessOrEqual', ['V', 'colLim'], ['m2']),
            (0,onnx_writer/* node */.rH)('Or', ['m1', 'm2'], ['M']),
            (0,onnx_writer/* node */.rH)('NonZero', ['M'], ['nz']),
            (0,onnx_writer/* node */.rH)('Cast', ['nz'], ['idx'], { to: onnx_writer/* DataType */.pe.INT32 }),
            (0,onnx_writer/* node */.rH)('Transpose', ['nz'], ['at'], { perm: [1, 0] }),
            (0,onnx_writer/* node */.rH)('GatherND', ['P', 'at'], ['vals']),
        ],
        inputs: [
            (0,onnx_writer/* valueInfo */.ul)('A', F, ['m', 'd']),
            (0,onnx_writer/* valueInfo */.ul)('B', F, ['n', 'd']),
            (0,onnx_writer/* valueInfo */.ul)('colAdd', F, [1, 'n']),
            (0,onnx_writer/* valueInfo */.ul)('rowLim', F, ['m', 1]),
            (0,onnx_writer/* valueInfo */.ul)('rowAdd', F, ['m', 1]),
            (0,onnx_writer/* valueInfo */.ul)('colLim', F, [1, 'n']),
        ],
        outputs: [(0,onnx_writer/* valueInfo */.ul)('vals', F, ['nnz']), (0,onnx_writer/* valueInfo */.ul)('idx', onnx_writer/* DataType */.pe.INT32, [2, 'nnz'])],
    }), device, filterSessionOptions);
    const out = await (await session).run({
        A: new external_onnxruntime_node_.Tensor('float32', a, [m, d]),
        B: new external_onnxruntime_node_.Tensor('float32', b, [n, d]),
        colAdd: new external_onnxruntime_node_.Tensor('float32', colAdd, [1, n]),
        rowLim: new external_onnxruntime_node_.Tensor('float32', rowLim, [m, 1]),
        rowAdd: new external_onnxruntime_node_.Tensor('float32', rowAdd, [m, 1]),
        colLim: new external_onnxruntime_node_.Tensor('float32', colLim, [1, n]),
    });
    const idx = out.idx.data, nnz = idx.length / 2;
    return { vals: out.vals.data, rows: idx.subarray(0, nnz), cols: idx.subarray(nnz) };
}
/** The whole float32 tile P = −2·A·Bᵀ (m × n), with the Gemm of filteredTile. */
async function gramTile(a, m, b, n, d, device = 'cpu') {
    const F = onnx_writer/* DataType */.pe.FLOAT;
    const session = (0,ort_linalg/* tileSession */.j0)('prdc-tile-f32', () => ({
        nodes: [(0,onnx_writer/* node */.rH)('Gemm', ['A', 'B'], ['P'], { transB: 1, alpha: { float: -2 } })],
        inputs: [(0,onnx_writer/* valueInfo */.ul)('A', F, ['m', 'd']), (0,onnx_writer/* valueInfo */.ul)('B', F, ['n', 'd'])],
        outputs: [(0,onnx_writer/* valueInfo */.ul)('P', F, ['m', 'n'])],
    }), device, filterSessionOptions);
    const out = await (await session).run({
        A: new external_onnxruntime_node_.Tensor('float32', a, [m, d]),
        B: new external_onnxruntime_node_.Tensor('float32', b, [n, d]),
    });
    return out.P.data;
}
/** Widening of a float32 limit for onnxruntime's roundings of P + add (|values| ≲ scale): 2⁻²⁰·scale ≈ 16u·scale. */
function widen(limit, scale) {
    return limit + 2 ** -20 * (scale + Math.abs(limit));
}
function sqNorms(x, n, d) {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        let s0 = 0, s1 = 0, s2 = 0, s3 = 0, c = i * d;
        const e = c + d;
        for (; c + 3 < e; c += 4) {
            s0 += x[c] * x[c];
            s1 += x[c + 1] * x[c + 1];
            s2 += x[c + 2] * x[c + 2];
            s3 += x[c + 3] * x[c + 3];
        }
        for (; c < e; c++)
            s0 += x[c] * x[c];
        out[i] = s0 + s1 + s2 + s3;
    }
    return out;
}
/** scikit-learn's float32 euclidean distance between row i of x and row j of y (see the header). */
function exactDistance(x, i, y, j, d, xx, yy) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    const a = i * d, b = j * d;
    let c = 0;
    for (; c + 3 < d; c += 4) {
        s0 += x[a + c] * y[b + c];
        s1 += x[a + c + 1] * y[b + c + 1];
        s2 += x[a + c + 2] * y[b + c + 2];
        s3 += x[a + c + 3] * y[b + c + 3];
    }
    for (; c < d; c++)
        s0 += x[a + c] * y[b + c];
    let s = -2 * (s0 + s1 + s2 + s3) + xx;
    s += yy;
    const f = Math.fround(s);
    return f > 0 ? Math.fround(Math.sqrt(f)) : 0;
}
/** Error bounds of a = ‖x‖² + ‖y‖² − 2ĝ: |a − s| ≤ gemm·‖x‖‖y‖ + slack·(‖x‖² + ‖y‖²). */
function bounds(d, u) {
    const du = d * u;
    return { gemm: (2 * du) / (1 - du), slack: (2 * d + 8) * U64 };
}
function newBuffers(rows, K) {
    return { ...(0,top_k/* newTopK */.zh)(rows, K), worst: new Float64Array(rows).fill(Infinity) };
}
function insert(b, r, v, j) {
    (0,top_k/* topKInsert */.y)(b, r, v, j);
    // Until the buffer is full, `worst` keeps its initial cap (an upper bound of the row's K-th value, see radii).
    b.worst[r] = Math.min(b.worst[r], b.vals[r * b.K + b.K - 1]);
}
/** Self pass over one tile of the upper triangle: each candidate pair (i < j) may enter both rows' buffers; the
 * diagonal contributes the self-distance 0. Candidates come from onnxruntime (entries below a row's or a column's
 * current K-th value at the tile start); the exact test against the current buffers is made here. */
async function selfTile(x, d, t, xx, lim, b) {
    const { i0, ti, j0, tj } = t;
    const worst = b.worst;
    const rowLim = new Float32Array(ti), colLim = new Float32Array(tj);
    for (let r = 0; r < ti; r++)
        rowLim[r] = widen(worst[i0 + r] - xx[i0 + r], lim.scale);
    for (let c = 0; c < tj; c++)
        colLim[c] = widen(worst[j0 + c] - xx[j0 + c], lim.scale);
    const { vals, rows, cols } = await filteredTile(x.subarray(i0 * d, (i0 + ti) * d), ti, x.subarray(j0 * d, (j0 + tj) * d), tj, d, lim.xx32.subarray(j0, j0 + tj), rowLim, lim.xx32.subarray(i0, i0 + ti), colLim, lim.device);
    const diag = i0 === j0;
    if (diag)
        for (let r = 0; r < ti; r++)
            if (0 < worst[i0 + r])
                insert(b, i0 + r, 0, i0 + r);
    for (let q = 0; q < rows.length; q++) {
        const r = rows[q], c = cols[q];
        if (diag && c <= r)
            continue;
        const i = i0 + r, j = j0 + c;
        const v = xx[i] + xx[j] + vals[q];
        if (v < worst[i])
            insert(b, i, v, j);
        if (v < worst[j])
            insert(b, j, v, i);
    }
}
/** Rescan tile: query rows (global ids `ids`, local i0…) against all columns, one-sided. */
async function rowsTile(q, x, d, t, ids, xx, lim, b) {
    const { i0, ti, j0, tj } = t;
    const worst = b.worst;
    const rowLim = new Float32Array(ti), rowAdd = new Float32Array(ti), colLim = new Float32Array(tj).fill(-Infinity);
    for (let r = 0; r < ti; r++)
        rowLim[r] = widen(worst[i0 + r] - xx[ids[i0 + r]], lim.scale);
    const { vals, rows, cols } = await filteredTile(q.subarray(i0 * d, (i0 + ti) * d), ti, x.subarray(j0 * d, (j0 + tj) * d), tj, d, lim.xx32.subarray(j0, j0 + tj), rowLim, rowAdd, colLim, lim.device);
    for (let k = 0; k < rows.length; k++) {
        const r = rows[k], c = cols[k], lr = i0 + r, i = ids[lr], j = j0 + c;
        if (i === j)
            continue;
        const v = xx[i] + xx[j] + vals[k];
        if (v < worst[lr])
            insert(b, lr, v, j);
    }
    // The self-distance is 0 whatever onnxruntime made of it.
    for (let r = 0; r < ti; r++) {
        const i = ids[i0 + r];
        if (i >= j0 && i < j0 + tj && 0 < worst[i0 + r])
            insert(b, i0 + r, 0, i);
    }
}
/**
 * Initial per-row caps for the self pass, so that a row's first tiles do not pass every entry to JS: the K-th smallest
 * value of a over an evenly spaced sample of SAMPLE rows bounds the row's K-th smallest value over all rows from
 * above (widened by the float32 error bound, since the tiles round the same pairs differently).
 */
async function capRows(x, n, d, xx, nrm, maxNorm, K, tile, cap, device = 'cpu') {
    const S = Math.min(n, SAMPLE);
    if (S <= 2 * K)
        return;
    const ids = Int32Array.from({ length: S }, (_, s) => Math.floor((s * n) / S));
    const sample = new Float32Array(S * d);
    ids.forEach((i, s) => sample.set(x.subarray(i * d, (i + 1) * d), s * d));
    const { gemm, slack } = bounds(d, U32);
    const best = (0,top_k/* newTopK */.zh)(1, K);
    for (let i0 = 0; i0 < n; i0 += tile) {
        const ti = Math.min(tile, n - i0);
        const p = await gramTile(x.subarray(i0 * d, (i0 + ti) * d), ti, sample, S, d, device);
        for (let r = 0; r < ti; r++) {
            const i = i0 + r;
            best.vals.fill(Infinity);
            for (let s = 0; s < S; s++)
                (0,top_k/* topKInsert */.y)(best, 0, ids[s] === i ? 0 : xx[i] + xx[ids[s]] + p[r * S + s], s);
            const kth = best.vals[K - 1];
            const margin = 2 * (gemm * nrm[i] * maxNorm + slack * (xx[i] + xx[i] + maxNorm * maxNorm));
            cap[i] = kth + margin + 1e-9 * Math.abs(kth);
        }
    }
}
/** The norms and bounds of set `x` (n × d, squared norms `xx`) for radii, with fresh scratch space. */
function radiusProof(x, n, d, xx, stats) {
    const nrm = xx.map(Math.sqrt);
    let maxNorm = 0, maxSq = 0;
    for (let i = 0; i < n; i++) {
        maxNorm = Math.max(maxNorm, nrm[i]);
        maxSq = Math.max(maxSq, xx[i]);
    }
    const { gemm, slack } = bounds(d, U32);
    return { x, n, d, xx, nrm, maxNorm, maxSq, gemm, slack, lower: new Float64Array(n), band: [], stats };
}
/** Fixes the k-th radius of global row i (into `out`) from buffer row r; false when the buffer cannot prove it. */
function resolveRadius(pr, b, r, i, k, out) {
    const { x, n, d, xx, nrm, maxNorm, maxSq, gemm, slack, lower, band } = pr;
    const { K, vals, idx } = b;
    const base = r * K;
    const ei = gemm * nrm[i];
    const delta = (p) => {
        const j = idx[base + p];
        return j === i ? 0 : ei * nrm[j] + slack * (xx[i] + xx[j]);
    };
    let eHi = -Infinity; // upper bound of the exact (k+1)-th value: the k+1 smallest a, each at its upper bound
    for (let p = 0; p <= k; p++)
        eHi = Math.max(eHi, vals[base + p] + delta(p));
    for (let p = 0; p < K; p++)
        lower[p] = vals[base + p] - delta(p);
    let eLo = lower.subarray(0, K).sort()[k]; // lower bound: (k+1)-th smallest lower bound
    if (K < n) {
        if (vals[base + K - 1] === Infinity)
            return false; // a cap that was too tight: rescan without one
        const outside = vals[base + K - 1] - (ei * maxNorm + slack * (xx[i] + maxSq)); // any element not in the buffer
        if (outside <= eHi)
            return false;
        eLo = Math.min(eLo, outside);
    }
    let below = 0;
    band.length = 0;
    for (let p = 0; p < K; p++) {
        const v = vals[base + p], dl = delta(p);
        if (v + dl < eLo)
            below++;
        else if (v - dl <= eHi) {
            const j = idx[base + p];
            band.push(j === i ? 0 : exactDistance(x, i, x, j, d, xx[i], xx[j]));
        }
    }
    pr.stats.exactDistances += band.length;
    band.sort((p, q) => p - q);
    out[i] = band[k - below];
    return true;
}
/**
 * Resolves row i's radii (from buffer row r) of the ks whose bits are set in `open` (bit q: ks[q], into outs[q]);
 * the bits still open.
 */
function resolveOpen(pr, ks, outs, b, r, i, open) {
    for (let q = 0; q < ks.length; q++)
        if (open & (1 << q) && resolveRadius(pr, b, r, i, ks[q], outs[q]))
            open &= ~(1 << q);
    return open;
}
/**
 * Rows with many near-ties around their radius (`pending`, with their open ks in `open`): scans them again against
 * every row, with a buffer 4× larger (than K) each round, until every radius is proved.
 */
async function rescanRows(pr, ks, outs, pending, open, K, tile, lim) {
    const { x, n, d, xx, stats } = pr;
    while (pending.length) {
        stats.rescannedRows += pending.length;
        K = Math.min(n, K * 4);
        const ids = Int32Array.from(pending);
        const q = new Float32Array(ids.length * d);
        ids.forEach((i, r) => q.set(x.subarray(i * d, (i + 1) * d), r * d));
        const b = newBuffers(ids.length, K);
        for (const t of (0,distance_tiles/* gramTiles */.zS)(ids.length, n, tile, false))
            await rowsTile(q, x, d, t, ids, xx, lim, b);
        const next = [], nextOpen = [];
        pending.forEach((i, r) => {
            const o = resolveOpen(pr, ks, outs, b, r, i, open[r]);
            if (o) {
                next.push(i);
                nextOpen.push(o);
            }
        });
        pending = next;
        open = nextOpen;
    }
}
/**
 * k-NN radii of one set, for each k of `ks`: for each row, the (k+1)-th smallest sklearn float32 distance (self
 * included, as 0). One pass serves every k: the buffers keep the max(ks) + 1 + PAD smallest values of each row, and
 * each k's radius is proved from them on its own (rows that cannot prove one are rescanned for the k still open).
 */
async function radii(x, n, d, ks, xx, tile, stats, device = 'cpu') {
    const pr = radiusProof(x, n, d, xx, stats);
    const lim = { xx32: Float32Array.from(xx), scale: 4 * pr.maxSq, device };
    const outs = ks.map(() => new Float32Array(n));
    const K = Math.min(n, Math.max(...ks) + 1 + PAD);
    const all = newBuffers(n, K);
    await capRows(x, n, d, xx, pr.nrm, pr.maxNorm, K, tile, all.worst, device);
    for (const t of (0,distance_tiles/* gramTiles */.zS)(n, n, tile, true))
        await selfTile(x, d, t, xx, lim, all);
    const pending = [], open = [];
    const every = (1 << ks.length) - 1;
    for (let i = 0; i < n; i++) {
        const o = resolveOpen(pr, ks, outs, all, i, i, every);
        if (o) {
            pending.push(i);
            open.push(o);
        }
    }
    await rescanRows(pr, ks, outs, pending, open, K, tile, lim);
    return outs;
}
function count(b, i, j, inReal, inFake) {
    if (inReal) {
        b.precisionHit[j] = 1;
        b.densityCount[j]++;
        b.coverageHit[i] = 1;
    }
    if (inFake)
        b.recallHit[i] = 1;
}
/**
 * Decides one pair for every k from its approximate a and bound delta, with the exact distance (computed once) when
 * a comparison is open.
 */
function decide(s, i, j, a, delta) {
    const aLo = a - delta, aHi = a + delta;
    let dist = -1;
    for (const b of s.balls) {
        let inReal = aHi < b.rLo[i], inFake = aHi < b.fLo[j];
        const realOpen = !inReal && aLo <= b.rHi[i], fakeOpen = !inFake && aLo <= b.fHi[j];
        if (realOpen || fakeOpen) {
            if (dist < 0) {
                dist = exactDistance(s.real, i, s.fake, j, s.d, s.xx[i], s.yy[j]);
                s.exactDistances++;
            }
            if (realOpen)
                inReal = dist < b.rReal[i];
            if (fakeOpen)
                inFake = dist < b.rFake[j];
        }
        count(b, i, j, inReal, inFake);
    }
}
/**
 * Precision, recall, density and coverage of `fake` (M × d, row-major float32) against `real` (N × d) with k nearest
 * neighbours — prdc's `compute_prdc(real_features, fake_features, nearest_k=k)` (clovaai prdc 2020-07-13 on
 * scikit-learn 1.2), with identical counts. The usual choices are k = 3 (precision/recall, Kynkäänniemi et al.) and
 * k = 5 (density/coverage, Naeem et al.): prdcForEachK gives both from one pass.
 */
async function prdc(real, nReal, fake, nFake, d, k = 5, opts = {}) {
    return (await prdcForEachK(real, nReal, fake, nFake, d, [k], opts))[0];
}
/**
 * prdc(real, nReal, fake, nFake, d, k) for each k of `ks` (in that order, each with the very counts prdc gives), from
 * one radius pass over each set and one cross pass: the distance tiles, the only O(N²·d) work, are computed once for
 * all k. `stats` is shared by the results.
 */
async function prdcForEachK(real, nReal, fake, nFake, d, ks, opts = {}) {
    if (ks.length < 1 || ks.length > 30)
        throw new RangeError(`prdc: between 1 and 30 values of k, got ${ks.length}`);
    for (const k of ks) {
        if (!Number.isInteger(k) || k < 1)
            throw new RangeError(`prdc: k must be a positive integer, got ${k}`);
        if (nReal <= k || nFake <= k)
            throw new RangeError(`prdc: each set needs more than k = ${k} samples (got ${nReal}, ${nFake})`);
    }
    if (real.length !== nReal * d || fake.length !== nFake * d)
        throw new RangeError('prdc: array sizes do not match the given shapes');
    const tile = Math.max(1, Math.floor(opts.tile ?? 1024));
    // features so large (or small) that the float32 tiles would overflow: the same counts from features times 2^e
    const e = safeScaleExponent(maxAbs(real, fake));
    if (e !== 0) {
        real = scaledByPowerOfTwo(real, e);
        fake = scaledByPowerOfTwo(fake, e);
    }
    const stats = { exactDistances: 0, rescannedRows: 0, float64Tiles: 0 };
    const xx = sqNorms(real, nReal, d), yy = sqNorms(fake, nFake, d);
    const rReal = await radii(real, nReal, d, ks, xx, tile, stats, opts.device);
    const rFake = await radii(fake, nFake, d, ks, yy, tile, stats, opts.device);
    const s = await crossCounts(real, nReal, fake, nFake, d, xx, yy, rReal, rFake, tile, stats, opts.device);
    return ks.map((k, q) => {
        const b = s.balls[q];
        let p = 0, dens = 0, cov = 0, rec = 0;
        for (let j = 0; j < nFake; j++) {
            p += b.precisionHit[j];
            dens += b.densityCount[j];
        }
        for (let i = 0; i < nReal; i++) {
            cov += b.coverageHit[i];
            rec += b.recallHit[i];
        }
        return {
            precision: p / nFake,
            recall: rec / nReal,
            density: (1 / k) * (dens / nFake), // prdc: (1/k) · mean over fakes of the counts
            coverage: cov / nReal,
            stats,
        };
    });
}
/**
 * Squared-radius thresholds of the radii `r`: a value certainly below lo is "<", certainly above hi is not. A zero
 * radius admits nothing.
 */
function thresholds(r) {
    const lo = new Float64Array(r.length), hi = new Float64Array(r.length);
    r.forEach((v, i) => {
        const r2 = v * v;
        lo[i] = r2 > 0 ? r2 * GUARD_LO : -Infinity;
        hi[i] = r2 > 0 ? r2 * GUARD_HI : -Infinity;
    });
    return { lo, hi };
}
/** One Balls per k (rReal[q], rFake[q]: the radii of the q-th k): its thresholds and zeroed hits. */
function newBalls(rReal, rFake, nReal, nFake) {
    return rReal.map((rr, q) => {
        const { lo: rLo, hi: rHi } = thresholds(rr), { lo: fLo, hi: fHi } = thresholds(rFake[q]);
        return {
            rReal: rr,
            rFake: rFake[q],
            rLo,
            rHi,
            fLo,
            fHi,
            precisionHit: new Uint8Array(nFake),
            densityCount: new Int32Array(nFake),
            coverageHit: new Uint8Array(nReal),
            recallHit: new Uint8Array(nReal),
        };
    });
}
/**
 * The norms and bounds of the cross pass, and the thresholds onnxruntime filters the pairs with: it skips (i, j) only
 * when ‖y‖² − 2g > rowOut[i] and ‖x‖² − 2g > colOut[j].
 */
function crossSetup(xx, yy, d, balls) {
    const nReal = xx.length, nFake = yy.length;
    const nx = xx.map(Math.sqrt), ny = yy.map(Math.sqrt);
    const b32 = bounds(d, U32), b64 = bounds(d, U64);
    let maxNx = 0, maxNy = 0, maxXX = 0, maxYY = 0;
    for (let i = 0; i < nReal; i++) {
        maxNx = Math.max(maxNx, nx[i]);
        maxXX = Math.max(maxXX, xx[i]);
    }
    for (let j = 0; j < nFake; j++) {
        maxNy = Math.max(maxNy, ny[j]);
        maxYY = Math.max(maxYY, yy[j]);
    }
    // the largest squared-radius threshold of each row / column over the ks
    const rHi = Float64Array.from(balls[0].rHi), fHi = Float64Array.from(balls[0].fHi);
    for (const b of balls.slice(1)) {
        for (let i = 0; i < nReal; i++)
            rHi[i] = Math.max(rHi[i], b.rHi[i]);
        for (let j = 0; j < nFake; j++)
            fHi[j] = Math.max(fHi[j], b.fHi[j]);
    }
    // A skipped pair is certainly outside every ball, since a − δ > hi there with
    // δ ≤ gemm·‖x‖·max‖y‖ + slack·(‖x‖² + max‖y‖²) (symmetrically for the columns).
    const scale = 4 * (maxXX + maxYY);
    const rowOut = new Float32Array(nReal), colOut = new Float32Array(nFake);
    for (let i = 0; i < nReal; i++)
        rowOut[i] = widen(rHi[i] - xx[i] + b32.gemm * nx[i] * maxNy + b32.slack * (xx[i] + maxYY), scale);
    for (let j = 0; j < nFake; j++)
        colOut[j] = widen(fHi[j] - yy[j] + b32.gemm * maxNx * ny[j] + b32.slack * (maxXX + yy[j]), scale);
    return { nx, ny, b32, b64, xx32: Float32Array.from(xx), yy32: Float32Array.from(yy), rowOut, colOut };
}
/**
 * Counts the pairs of one tile's float32 Gram entries (`vals` at tile rows / columns `rows`, `cols`) that the float32
 * bound decides for every k; the others go to s.openR / s.openC.
 */
function countCertainPairs(s, c, t, vals, rows, cols) {
    const { xx, yy, balls, openR, openC } = s;
    const { nx, ny, b32 } = c;
    openR.length = 0;
    openC.length = 0;
    for (let q = 0; q < rows.length; q++) {
        const r = rows[q], col = cols[q], i = t.i0 + r, j = t.j0 + col;
        const a = xx[i] + yy[j] + vals[q];
        const delta = b32.gemm * nx[i] * ny[j] + b32.slack * (xx[i] + yy[j]);
        const aLo = a - delta, aHi = a + delta;
        let certain = true;
        for (const b of balls)
            if (!((aHi < b.rLo[i] || aLo > b.rHi[i]) && (aHi < b.fLo[j] || aLo > b.fHi[j]))) {
                certain = false;
                break;
            }
        if (certain)
            for (const b of balls)
                count(b, i, j, aHi < b.rLo[i], aHi < b.fLo[j]);
        else {
            openR.push(r);
            openC.push(col);
        }
    }
}
/**
 * Decides the tile's open pairs (s.openR / s.openC): from a float64 Gram tile when many are open (cheaper than that
 * many JS dot products), else each from its exact distance.
 */
async function decideOpenPairs(s, c, t, stats) {
    const { i0, ti, j0, tj } = t;
    const { real, fake, d, xx, yy, openR, openC } = s;
    const { nx, ny, b64 } = c;
    if (openR.length * 128 > ti * tj) {
        stats.float64Tiles++;
        const g64 = await (0,gram/* matmulABt */.eH)((0,distance_tiles/* rowsAsFloat64 */.Sc)(real, i0, ti, d), (0,distance_tiles/* rowsAsFloat64 */.Sc)(fake, j0, tj, d), ti, d, tj);
        for (let q = 0; q < openR.length; q++) {
            const i = i0 + openR[q], j = j0 + openC[q];
            decide(s, i, j, xx[i] + yy[j] - 2 * g64[openR[q] * tj + openC[q]], b64.gemm * nx[i] * ny[j] + b64.slack * (xx[i] + yy[j]));
        }
    }
    else {
        for (let q = 0; q < openR.length; q++)
            decide(s, i0 + openR[q], j0 + openC[q], 0, Infinity);
    }
}
/**
 * The cross pass: real × fake tiles, every pair decided against both radii of every k (rReal[q], rFake[q]: the radii
 * of the q-th k); the per-row / per-column hits.
 */
async function crossCounts(real, nReal, fake, nFake, d, xx, yy, rReal, rFake, tile, stats, device = 'cpu') {
    const balls = newBalls(rReal, rFake, nReal, nFake);
    const c = crossSetup(xx, yy, d, balls);
    const s = { real, fake, d, xx, yy, balls, openR: [], openC: [], exactDistances: 0 };
    for (const t of (0,distance_tiles/* gramTiles */.zS)(nReal, nFake, tile, false)) {
        const { i0, ti, j0, tj } = t;
        const { vals, rows, cols } = await filteredTile(real.subarray(i0 * d, (i0 + ti) * d), ti, fake.subarray(j0 * d, (j0 + tj) * d), tj, d, c.yy32.subarray(j0, j0 + tj), c.rowOut.subarray(i0, i0 + ti), c.xx32.subarray(i0, i0 + ti), c.colOut.subarray(j0, j0 + tj), device);
        countCertainPairs(s, c, t, vals, rows, cols);
        await decideOpenPairs(s, c, t, stats);
    }
    stats.exactDistances += s.exactDistances;
    return s;
}

;// CONCATENATED MODULE: ./src/metrics/defs/prdc.ts
// Precision and recall (Kynkäänniemi et al. 2019, k = 3) and density and coverage (Naeem et al. 2020, k = 5), with
// the semantics of the prdc package.



const kSetting = (d) => `k=${d.k}`;
const prdcGroup = (0,metric_def/* defineMetricGroup */.tm)({
    group: 'prdc',
    aliases: ['pr'],
    selectable: true,
    byDefault: true,
    title: 'precision/recall/density/coverage',
    needs: { source: 'pair', features: ['real', 'generated'] },
    metrics: [
        {
            name: 'precision',
            better: 'higher',
            label: 'Precision',
            tableLabel: 'precision (k=3)',
            domain: metric_def/* UNIT_INTERVAL */.Hl,
            interval: 'precision',
            settings: kSetting,
        },
        {
            name: 'recall',
            better: 'higher',
            label: 'Recall',
            tableLabel: 'recall (k=3)',
            domain: metric_def/* UNIT_INTERVAL */.Hl,
            interval: 'recall',
            settings: kSetting,
        },
        {
            name: 'density',
            better: 'higher',
            label: 'Density',
            tableLabel: 'density (k=5)',
            domain: metric_def/* NON_NEGATIVE */.IS,
            interval: 'density',
            settings: kSetting,
        },
        {
            name: 'coverage',
            better: 'higher',
            label: 'Coverage',
            tableLabel: 'coverage (k=5)',
            domain: metric_def/* UNIT_INTERVAL */.Hl,
            interval: 'coverage',
            settings: kSetting,
        },
    ],
    async compute({ real, generated, dim: d, device }) {
        // k-th neighbour radii within each set need more than k other samples (prdc raises on fewer)
        for (const side of [real, generated]) {
            if (side.count <= 5)
                throw new errors/* InputError */.d(`precision/recall/density/coverage need more than 5 images per set (k = 5 nearest neighbours); ${side.summary.source} has ${side.count}`, side.summary.source);
        }
        // one pass over the distance tiles for both k
        const [pr3, dc5] = await prdcForEachK(real.features, real.count, generated.features, generated.count, d, [3, 5], {
            device,
        });
        return {
            precision: { value: pr3.precision, better: 'higher', details: { k: 3, reference: 'Kynkäänniemi et al. 2019' } },
            recall: { value: pr3.recall, better: 'higher', details: { k: 3, reference: 'Kynkäänniemi et al. 2019' } },
            density: { value: dc5.density, better: 'higher', details: { k: 5, reference: 'Naeem et al. 2020' } },
            coverage: { value: dc5.coverage, better: 'higher', details: { k: 5, reference: 'Naeem et al. 2020' } },
        };
    },
});

// EXTERNAL MODULE: ./src/metrics/defs/elbo.ts
var elbo = __webpack_require__(79978);
// EXTERNAL MODULE: ./src/util/first-non-finite.ts
var first_non_finite = __webpack_require__(41762);
// EXTERNAL MODULE: ./src/metrics/fid-stats.ts
var fid_stats = __webpack_require__(59508);
// EXTERNAL MODULE: ./src/math/symmetric-eigen.ts + 3 modules
var symmetric_eigen = __webpack_require__(141);
// EXTERNAL MODULE: ./src/metrics/stats.ts
var stats = __webpack_require__(54522);
;// CONCATENATED MODULE: ./src/metrics/fd-infinity.ts
// FD∞: the bias-free extrapolation of FID (M. J. Chong & D. Forsyth 2020, "Effectively Unbiased FID and Inception
// Score and where to find them", CVPR 2020, §3). FID computed from N generated samples is biased upward, and to
// first order the bias is linear in 1/N with a slope that depends on the generator:
//
//   FID_N = FD∞ + k/N + O(1/N²)
//
// so FID is computed at several N (the paper: 15 sizes evenly spaced over 5,000 … 50,000; its code takes
// np.linspace(5000, N, 15).astype(int32), and so do we, from minN), FID_N is fitted against
// x = 1/N by ordinary least squares, and the intercept at 1/N = 0 is reported as FD∞. The real statistics stay
// those of the whole reference set at every size, as in the paper.
//
// Subsets: one permutation of the generated rows from RandomState(seed) (NumPy's legacy stream, numpy-random.ts;
// `np.random.RandomState(seed).permutation(N)[:n]` gives the same rows in Python), and size n takes its first n rows.
// Nested prefixes let the statistics be accumulated once, in one pass, instead of per size. (The paper's code draws
// an independent shuffle per size; nesting correlates the points' noise, which leaves the fit unbiased.)
//
// Default minN = ⌈N/10⌉: the paper's 5,000 of 50,000. A wider range of 1/N gives the fit more leverage, but the 1/N
// law is the first term of an expansion in the sampling error of Σ̂₂ (relative size ~√(d/N)), so the smallest size
// should stay well above d; the paper's 5,000 is 2.4 d for pool3.
//
// Two routes per size, both exact up to rounding:
//   * n > d: the statistics route — StatsAccumulator's snapshot of the prefix, then frechetDistanceFromStats
//     (Cholesky + d × d eigenvalues, ≈ 1.7 s at d = 2048 on a 2-core machine).
//   * n ≤ d: the sample-space route. With B the centred prefix (n × d), Σ̂₂ = BᵀB/(n−1), the non-zero eigenvalues of
//     Σ₁Σ̂₂ are those of the n × n PSD matrix K = B Σ₁ Bᵀ/(n−1), so tr √(Σ₁Σ̂₂) = Σ √λᵢ(K). This is fid.ts's
//     identity with the real side given as statistics (Σ₁) rather than rows. G = X Σ₁ Xᵀ over the largest such
//     prefix X is formed once (two MatMuls), and each size takes G's leading n × n block, double-centred
//     (B = (I − 11ᵀ/n) X). Cheaper than the d × d work, and it has one structurally zero eigenvalue (the centring)
//     where the statistics route's rank-deficient d × d product has d − n + 1, each adding √ε-level noise to Σ √λ.








const FD_INFINITY_DEFAULT_POINTS = 15;
const FD_INFINITY_DEFAULT_SEED = defaults/* DEFAULT_ANALYSIS_SEED */.dd;
/** Rows gathered per StatsAccumulator.add call. */
const GATHER_ROWS = 512;
/**
 * Checks fdInfinity's inputs, in this order: the dimension, the reference statistics, points, the generated rows,
 * minN and seed; returns points, minN and seed with their defaults filled in.
 */
function checkedSettings(real, generated, N, d, opts) {
    if (!Number.isInteger(d) || d < 1)
        throw new errors/* InputError */.d(`FD∞: feature dimension must be a positive integer, got ${d}`);
    if (real.dim !== d || real.mu.length !== d || real.sigma.length !== d * d) {
        throw new errors/* InputError */.d(`FD∞: the reference statistics have dimension ${real.dim} (mu ${real.mu.length}, sigma ${real.sigma.length} values), the generated features ${d}`, 'real');
    }
    // the sample-space route never reaches frechet.ts's own check
    for (const [name, v] of [
        ['mu', real.mu],
        ['sigma', real.sigma],
    ]) {
        const i = (0,first_non_finite/* firstNonFinite */.J)(v);
        if (i >= 0)
            throw new errors/* InputError */.d(`FD∞: the reference ${name} contains a non-finite value at index ${i}`, 'real');
    }
    const points = opts.points ?? FD_INFINITY_DEFAULT_POINTS;
    if (!Number.isInteger(points) || points < 2)
        throw new errors/* InputError */.d(`FD∞: points must be an integer ≥ 2 (a line needs two), got ${points}`, 'points');
    // the smallest N that allows `points` distinct sizes starting at 2 (np.cov needs two rows)
    const minRows = points + 1;
    if (!Number.isInteger(N) || N < minRows)
        throw new errors/* InputError */.d(`FD∞: needs at least ${minRows} generated rows for ${points} distinct subset sizes from 2 up, got ${N}`, 'generated');
    if (generated.length !== N * d)
        throw new errors/* InputError */.d(`FD∞: generated features have ${generated.length} values, expected ${N} × ${d} = ${N * d}`, 'generated');
    const bad = (0,first_non_finite/* firstNonFinite */.J)(generated);
    if (bad >= 0)
        throw new errors/* InputError */.d(`FD∞: generated features contain a non-finite value at row ${Math.floor(bad / d)}`, 'generated');
    const maxMinN = N - (points - 1);
    const minN = opts.minN ?? Math.min(maxMinN, Math.max(2, Math.ceil(N / 10)));
    if (!Number.isInteger(minN) || minN < 2 || minN > maxMinN) {
        throw new errors/* InputError */.d(`FD∞: minN must be an integer in [2, ${maxMinN}] (N = ${N} with ${points} distinct sizes), got ${minN}`, 'minN');
    }
    const seed = opts.seed ?? FD_INFINITY_DEFAULT_SEED;
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
        throw new errors/* InputError */.d(`FD∞: seed must be an integer in [0, 2^32), got ${seed}`, 'seed');
    return { points, minN, seed };
}
/**
 * The subset sizes: np.linspace(minN, N, points).astype(int32), operation for operation (k·step + start,
 * last = stop); step ≥ 1, so truncation keeps the sizes distinct and increasing.
 */
function subsetSizes(N, minN, points) {
    const step = (N - minN) / (points - 1);
    return Array.from({ length: points }, (_, k) => (k === points - 1 ? N : Math.trunc(k * step + minN)));
}
/**
 * FID of each prefix size in `sizes` (ascending, all > d) through the statistics route: the prefix rows (in `perm`
 * order) accumulated once, a snapshot and frechetDistanceFromStats per size, to `report`.
 */
async function statisticsPoints(real, generated, perm, sizes, d, report) {
    const acc = new stats/* StatsAccumulator */.q(d);
    const buf = new Float32Array(GATHER_ROWS * d);
    let done = 0;
    for (const n of sizes) {
        const t = performance.now();
        while (done < n) {
            const m = Math.min(GATHER_ROWS, n - done);
            for (let r = 0; r < m; r++) {
                const src = perm[done + r] * d;
                buf.set(generated.subarray(src, src + d), r * d);
            }
            await acc.add(buf, m);
            done += m;
        }
        const f = await (0,fid_stats/* frechetDistanceFromStats */.S)(real, await acc.snapshot(), d);
        report({ n, fid: f.fid, route: 'statistics', seconds: (performance.now() - t) / 1000 });
    }
}
/**
 * FD∞ of `generated` (nGenerated × d, row-major) against the reference statistics `real`.
 * Sizes: np.linspace(minN, nGenerated, points).astype(int32), the paper code's choice (the last is nGenerated).
 */
async function fdInfinity(real, generated, nGenerated, d, opts = {}) {
    const t0 = performance.now();
    const N = nGenerated;
    const { points, minN, seed } = checkedSettings(real, generated, N, d, opts);
    const sizes = subsetSizes(N, minN, points);
    const perm = new numpy_random/* RandomState */.T(seed).permutation(N);
    const progress = opts.progress;
    if (progress && minN <= d)
        progress(`FD∞: the smallest subset (${minN} rows) is not above d = ${d}; FID_N is linear in 1/N only for N ≫ d (check R²)`);
    let traceSigma1 = 0;
    for (let i = 0; i < d; i++)
        traceSigma1 += real.sigma[i * d + i];
    const results = [];
    const report = (p) => {
        results.push(p);
        progress?.(`FD∞ ${results.length}/${points}: N = ${p.n}, FID = ${p.fid.toFixed(6)} (${p.route}, ${p.seconds.toFixed(2)} s)`);
    };
    const small = sizes.filter((n) => n <= d);
    if (small.length)
        await sampleSpacePoints(real, generated, perm, small, d, traceSigma1, report);
    const large = sizes.filter((n) => n > d);
    if (large.length)
        await statisticsPoints(real, generated, perm, large, d, report);
    const fit = leastSquares(results.map((p) => 1 / p.n), results.map((p) => p.fid));
    return {
        value: fit.intercept,
        slope: fit.slope,
        rSquared: fit.rSquared,
        points: results,
        seed,
        seconds: (performance.now() - t0) / 1000,
    };
}
/** FID of each prefix size in `sizes` (ascending, all ≤ d) through the n × n sample-space eigenproblem, to `report`. */
async function sampleSpacePoints(real, rows, perm, sizes, d, traceSigma1, report) {
    let t = performance.now();
    const nMax = sizes[sizes.length - 1];
    // shift by the prefix mean: double-centring ignores any common shift, and this one keeps G's entries near the
    // size of the centred ones (no digits lost to a large feature mean in G − row means − column means)
    const c = new Float64Array(d);
    for (let i = 0; i < nMax; i++) {
        const o = perm[i] * d;
        for (let j = 0; j < d; j++)
            c[j] += rows[o + j];
    }
    for (let j = 0; j < d; j++)
        c[j] /= nMax;
    const x = new Float64Array(nMax * d);
    for (let i = 0; i < nMax; i++) {
        const o = perm[i] * d;
        for (let j = 0; j < d; j++)
            x[i * d + j] = rows[o + j] - c[j];
    }
    // G = X Σ₁ Xᵀ (Σ₁ symmetric, so X Σ₁ = X Σ₁ᵀ)
    const w = await (0,gram/* matmulABt */.eH)(x, real.sigma, nMax, d, d);
    const g = await (0,gram/* matmulABt */.eH)(w, x, nMax, d, nMax);
    const s1 = new Float64Array(d); // Σ (xᵢ − c) over the prefix
    let q = 0; // Σ ‖xᵢ − c‖²
    let done = 0;
    for (const n of sizes) {
        for (; done < n; done++)
            for (let j = 0; j < d; j++) {
                const v = x[done * d + j];
                s1[j] += v;
                q += v * v;
            }
        let meanTerm = 0, s1sq = 0;
        for (let j = 0; j < d; j++) {
            meanTerm += (real.mu[j] - (c[j] + s1[j] / n)) ** 2;
            s1sq += s1[j] * s1[j];
        }
        const traceSigma2 = (q - s1sq / n) / (n - 1);
        // K = (I − 11ᵀ/n) G_n (I − 11ᵀ/n) / (n − 1), symmetrized
        const rowMean = new Float64Array(n);
        let grand = 0;
        for (let i = 0; i < n; i++) {
            let s = 0;
            for (let j = 0; j < n; j++)
                s += g[i * nMax + j];
            rowMean[i] = s / n;
            grand += s;
        }
        grand /= n * n;
        const k = new Float64Array(n * n);
        const scale = 1 / (n - 1);
        for (let i = 0; i < n; i++)
            for (let j = i; j < n; j++) {
                const v = (0.5 * (g[i * nMax + j] + g[j * nMax + i]) - rowMean[i] - rowMean[j] + grand) * scale;
                k[i * n + j] = v;
                k[j * n + i] = v;
            }
        let traceSqrt = 0;
        for (const l of await (0,symmetric_eigen/* symmetricEigenvaluesTwoStage */.m$)(k, n))
            if (l > 0)
                traceSqrt += Math.sqrt(l);
        report({
            n,
            fid: meanTerm + traceSigma1 + traceSigma2 - 2 * traceSqrt,
            route: 'sample-space',
            seconds: (performance.now() - t) / 1000,
        });
        t = performance.now();
    }
}
/** Ordinary least squares y ≈ intercept + slope·x in float64, on centred sums. */
function leastSquares(x, y) {
    const n = x.length;
    let mx = 0, my = 0;
    for (let i = 0; i < n; i++) {
        mx += x[i];
        my += y[i];
    }
    mx /= n;
    my /= n;
    let sxx = 0, sxy = 0, syy = 0;
    for (let i = 0; i < n; i++) {
        const dx = x[i] - mx, dy = y[i] - my;
        sxx += dx * dx;
        sxy += dx * dy;
        syy += dy * dy;
    }
    const slope = sxy / sxx;
    const intercept = my - slope * mx;
    let ssRes = 0;
    for (let i = 0; i < n; i++)
        ssRes += (y[i] - intercept - slope * x[i]) ** 2;
    // all FIDs equal: the flat line fits exactly
    const rSquared = syy > 0 ? 1 - ssRes / syy : 1;
    return { intercept, slope, rSquared };
}

;// CONCATENATED MODULE: ./src/metrics/defs/fd-infinity.ts
// FD∞ (Chong & Forsyth 2020): FID extrapolated to infinite N by a 1/N fit (metrics/fd-infinity.ts).


const fdInfinityGroup = (0,metric_def/* defineMetricGroup */.tm)({
    group: 'fdinf',
    aliases: ['fd-inf', 'fid-inf'],
    selectable: true,
    byDefault: false,
    title: 'FD∞',
    needs: { source: 'pair', features: ['generated'] },
    metrics: [
        {
            name: 'fd-inf',
            aliases: ['fdinf', 'fid-inf', 'fdinfinity'],
            better: 'lower',
            label: 'FD∞',
            tableLabel: 'FD∞',
            domain: metric_def/* NON_NEGATIVE */.IS,
            settings: (d) => `FID at ${d.points ?? '?'} sizes, fit against 1/N`,
        },
    ],
    async compute({ real, generated, dim: d, seed, progress, notes }) {
        const r = await fdInfinity(real, generated.features, generated.count, d, { seed, progress });
        if (generated.count <= 2 * d)
            notes.push(`FD∞: N generated (${generated.count}) is below 2 × d (${2 * d}): the 1/N fit is extrapolated from the small-N regime and is unreliable (R² = ${r.rSquared.toFixed(3)})`);
        return {
            'fd-inf': {
                value: r.value,
                better: 'lower',
                details: {
                    reference: 'Chong & Forsyth 2020',
                    slope: r.slope,
                    rSquared: r.rSquared,
                    points: r.points.length,
                    sizes: r.points.map((p) => p.n),
                    fids: r.points.map((p) => p.fid),
                    seed: r.seed,
                },
            },
        };
    },
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/metrics/memorization.ts
// Memorization (data-copying) check: the authenticity rule of Alaa, van Breugel, Saveliev & van der Schaar 2022,
// "How Faithful is your Synthetic Data? Sample-level Metrics for Evaluating and Auditing Generative Models" (ICML
// 2022, §3 "Authenticity"): a generated sample y is non-authentic when it lies closer to its nearest training sample x*
// than x* lies to its own nearest other training sample,
//   ρ(y) = ‖y − x*‖ / r(x*),   x* = argminₓ ‖y − x‖ over training,   r(x*) = min over training x ≠ x* of ‖x* − x‖,
// non-authentic ⇔ ρ < 1. Exact duplicates of x* in the training set (distance 0) are skipped when computing r, so a
// training set with repeated images does not give r = 0; when every training row equals x*, r = +∞ and ρ = 0.
//
// Why the default β = 0.25 and not Alaa et al.'s 1: for held-out samples from the training distribution, x* is y's
// nearest of N points and r(x*) is x*'s nearest of N − 1 others, so ρ < 1 about half of the time. Measured on the
// reference pack (pool3 features of 64×64 crops; training = set A, 200 crops of 10 photos;
// tests/unit/memorization.test.ts
// asserts every number here):
//   held-out B (200 other crops of the same photos): ρ quantiles 1% 0.345, 5% 0.532, 50% 0.976; 105/200 (52.5%) have
//     ρ < 1. Its minimum, 0.132, is B[23], a crop shifted by (−2, +1) px from A[133] (95% overlap: a true near-copy);
//     the next is 0.342. Crops overlapping their nearest training crop by 88% / 85% / 82% get ρ 0.45 / 0.57 / 0.54.
//   C (B + pixel noise): 1% 0.668, 5% 0.789, 50% 1.087, min 0.646.  D (B blurred): 1% 0.347, 5% 0.591, 50% 0.988,
//     min 0.266 (the blurred B[23]).
//   copies: an exact copy has ρ = 0 exactly; a copy moved by ε·r(x*) in feature space has ρ = ε (for ε < 1/2);
//     isotropic feature noise of 0.1% / 1% / 3% of ‖x‖ gives median ρ 0.034 / 0.34 / 1.03 (the median r(x*) is 4.4% of
//     the mean feature norm).
// β = 0.25 sits ~25% below every honest non-overlapping pair (≥ 0.33 in B and D): it flags 1/200 of B (the shifted
// crop), none of C or D, and every copy perturbed by less than a quarter of its training neighbour's spacing. A
// power-law
// fit of B's lower tail (P(ρ < x) ∝ x^3.7 between the 1% and 5% quantiles) puts an honest model's share near 0.3%.
// The reference (held-out real) set is the calibration: its share at β is what an honest model scores, and reference
// rows with ρ < β are near-duplicates of training rows (a leak between the splits).
//
// How it is computed (no nG × nT matrix is ever held):
//  * Training rows are deduplicated first (exact float equality, via a row hash); all searches run over the distinct
//    rows, and a result index is the first training row of its group.
//  * Nearest neighbours by tiles: float32 Gram tiles through onnxruntime of the rows centred on the training mean μ
//    (distances are unchanged and the rounding error shrinks with the norms), a = ‖q‖² + ‖t‖² − 2q·t, reduced in the
//    same graph with TopK to the K = 32 smallest per row (and per column, for the upper-triangle tiles of the
//    training × training pass) and merged in JS into per-row candidate buffers. The squared distances of the candidates
//    that can still be nearest are recomputed exactly in float64 in JS as Σ(q − t)² (so an exact copy gives exactly 0).
//    A row outside the buffer has a ≥ the buffer's K-th value, and a float32 dot product of length d is within
//    γ_d Σ|qₖtₖ| ≤ γ_d‖q‖‖t‖ of the exact one (γ_d = d·u/(1 − d·u); Higham, "Accuracy and Stability of Numerical
//    Algorithms", 2nd ed., §3.1); when the best exact candidate is not provably below every row outside the buffer,
//    that query row is searched again with float64 tiles (u = 2⁻⁵³). Ties that even float64 cannot separate are broken
//    by the smaller index (the distances agree to ~1e-13; ρ then depends on which x* is taken).
//  * r(x*): each distinct training row's nearest other distinct row, from the upper-triangle tiles of the training ×
//    training product (row and column TopK per tile), or — when fewer than half of the distinct rows are ever someone's
//    x* — from those rows only, against all training rows.
//  * Features with max |x| outside 2^±40 are searched after an exact power-of-two rescaling (src/math/feature-scale.ts;
//    float32 tiles of 1e19-sized features overflow); distances and radii are scaled back, ratios are unchanged.
// Memory: O((nG + nR + nT)·K) plus a few tiles; work ≈ (nG + nR)·nT·d + min(nT²/2, |used|·nT)·d multiply-adds.







/** Default threshold on ρ: a generated sample with ρ < β is a suspected copy (see the header for the measurement). */
const DEFAULT_BETA = 0.25;
const DEFAULT_MAX_PAIRS = 16;
/** Candidates kept per row: enough that, on concentrated high-dimensional features, the K-th candidate usually lies
 * beyond the float32 error bound of the first, so that few rows need the float64 pass. */
const K = 32;
const memorization_U32 = 2 ** -24;
const memorization_U64 = 2 ** -53;
/** Gram tile + TopK graph. Rows: for each row of A, the k smallest of −2·a·b + ‖b‖² over the rows of B (value, column).
 * With columns: also, for each row of B, the k smallest of −2·a·b + ‖a‖² over the rows of A. */
function tileSession(precision, columns, device = 'cpu') {
    if (precision === 'float32')
        return (0,ort_linalg/* tileSession */.j0)(`nearest-topk:${precision}:${columns}`, () => tileGraph(precision, columns), device);
    return (0,ort_linalg/* cachedSession */.L7)(`nearest-topk:${precision}:${columns}`, () => tileGraph(precision, columns));
}
function tileGraph(precision, columns) {
    const T = precision === 'float32' ? onnx_writer/* DataType */.pe.FLOAT : onnx_writer/* DataType */.pe.DOUBLE;
    const I64 = onnx_writer/* DataType */.pe.INT64, I32 = onnx_writer/* DataType */.pe.INT32;
    const nodes = [
        (0,onnx_writer/* node */.rH)('Gemm', ['A', 'B'], ['P'], { transB: 1, alpha: { float: -2 } }),
        (0,onnx_writer/* node */.rH)('Add', ['P', 'bb'], ['rowA']),
        (0,onnx_writer/* node */.rH)('TopK', ['rowA', 'kRow'], ['rowVal', 'rowIdx64'], { axis: 1, largest: 0, sorted: 1 }),
        (0,onnx_writer/* node */.rH)('Cast', ['rowIdx64'], ['rowIdx'], { to: I32 }),
    ];
    const inputs = [
        (0,onnx_writer/* valueInfo */.ul)('A', T, ['m', 'd']),
        (0,onnx_writer/* valueInfo */.ul)('B', T, ['n', 'd']),
        (0,onnx_writer/* valueInfo */.ul)('bb', T, [1, 'n']),
        (0,onnx_writer/* valueInfo */.ul)('kRow', I64, [1]),
    ];
    const outputs = [(0,onnx_writer/* valueInfo */.ul)('rowVal', T, ['m', 'kr']), (0,onnx_writer/* valueInfo */.ul)('rowIdx', I32, ['m', 'kr'])];
    if (columns) {
        nodes.push((0,onnx_writer/* node */.rH)('Add', ['P', 'aa'], ['colA']), (0,onnx_writer/* node */.rH)('TopK', ['colA', 'kCol'], ['colVal', 'colIdx64'], { axis: 0, largest: 0, sorted: 1 }), (0,onnx_writer/* node */.rH)('Cast', ['colIdx64'], ['colIdx'], { to: I32 }));
        inputs.push((0,onnx_writer/* valueInfo */.ul)('aa', T, ['m', 1]), (0,onnx_writer/* valueInfo */.ul)('kCol', I64, [1]));
        outputs.push((0,onnx_writer/* valueInfo */.ul)('colVal', T, ['kc', 'n']), (0,onnx_writer/* valueInfo */.ul)('colIdx', I32, ['kc', 'n']));
    }
    return { nodes, inputs, outputs };
}
function globalRow(r, local) {
    return r.ids ? r.ids[local] : local;
}
function makeRows(x, ids, n, mean, d) {
    const sq32 = new Float64Array(n), sq64 = new Float64Array(n);
    for (let k = 0; k < n; k++) {
        const o = (ids ? ids[k] : k) * d;
        let s32 = 0, s64 = 0;
        for (let c = 0; c < d; c++) {
            const v = x[o + c] - mean[c], f = Math.fround(v);
            s32 += f * f;
            s64 += v * v;
        }
        sq32[k] = s32;
        sq64[k] = s64;
    }
    return { x, ids, n, mean, sq32, sq64 };
}
/** The subset of local rows `locals` of r. */
function subsetRows(r, locals) {
    return {
        x: r.x,
        ids: Int32Array.from(locals, (l) => globalRow(r, l)),
        n: locals.length,
        mean: r.mean,
        sq32: Float64Array.from(locals, (l) => r.sq32[l]),
        sq64: Float64Array.from(locals, (l) => r.sq64[l]),
    };
}
/** Local rows [start, start + count), centred, as one contiguous block in the requested precision. */
function block(r, start, count, d, precision) {
    const out = precision === 'float64' ? new Float64Array(count * d) : new Float32Array(count * d);
    const mean = r.mean;
    for (let k = 0; k < count; k++) {
        const o = globalRow(r, start + k) * d, p = k * d;
        for (let c = 0; c < d; c++)
            out[p + c] = r.x[o + c] - mean[c];
    }
    return out;
}
function sqOf(r, precision) {
    return precision === 'float32' ? r.sq32 : r.sq64;
}
function normBlock(r, start, count, precision) {
    const out = precision === 'float64' ? new Float64Array(count) : new Float32Array(count);
    out.set(sqOf(r, precision).subarray(start, start + count));
    return out;
}
const memorization_newBuffers = (rows) => (0,top_k/* newTopK */.zh)(rows, K);
const memorization_insert = top_k/* topKInsert */.y;
function tensorOf(precision, data, dims) {
    return precision === 'float32'
        ? new external_onnxruntime_node_.Tensor('float32', data, dims)
        : new external_onnxruntime_node_.Tensor('float64', data, dims);
}
/** Every query row against every target row, tile by tile: fills `buf` (one buffer row per query row). */
async function crossPass(q, t, d, tile, precision, buf, device = 'cpu') {
    const session = await tileSession(precision, false, device);
    for (let j0 = 0; j0 < t.n; j0 += tile) {
        const tj = Math.min(tile, t.n - j0);
        const B = tensorOf(precision, block(t, j0, tj, d, precision), [tj, d]);
        const bb = tensorOf(precision, normBlock(t, j0, tj, precision), [1, tj]);
        const kRow = Math.min(K, tj);
        const qSq = sqOf(q, precision);
        for (let i0 = 0; i0 < q.n; i0 += tile) {
            const ti = Math.min(tile, q.n - i0);
            const out = await session.run({
                A: tensorOf(precision, block(q, i0, ti, d, precision), [ti, d]),
                B,
                bb,
                kRow: new external_onnxruntime_node_.Tensor('int64', BigInt64Array.of(BigInt(kRow)), [1]),
            });
            const val = out.rowVal.data, idx = out.rowIdx.data;
            for (let r = 0; r < ti; r++) {
                const qq = qSq[i0 + r];
                for (let p = 0; p < kRow; p++)
                    memorization_insert(buf, i0 + r, qq + val[r * kRow + p], j0 + idx[r * kRow + p]);
            }
        }
    }
}
/** Upper-triangle pass of a set against itself (float32): each row's candidates among all rows, itself included. */
async function trianglePass(t, d, tile, buf, device = 'cpu') {
    const rowsOnly = await tileSession('float32', false, device), both = await tileSession('float32', true, device);
    for (let i0 = 0; i0 < t.n; i0 += tile) {
        const ti = Math.min(tile, t.n - i0);
        const A = new external_onnxruntime_node_.Tensor('float32', block(t, i0, ti, d, 'float32'), [ti, d]);
        const aaBlock = normBlock(t, i0, ti, 'float32');
        for (let j0 = i0; j0 < t.n; j0 += tile) {
            const tj = Math.min(tile, t.n - j0);
            const diagonal = j0 === i0;
            const kRow = Math.min(K, tj), kCol = Math.min(K, ti);
            const feeds = {
                A,
                B: diagonal ? A : new external_onnxruntime_node_.Tensor('float32', block(t, j0, tj, d, 'float32'), [tj, d]),
                bb: new external_onnxruntime_node_.Tensor('float32', normBlock(t, j0, tj, 'float32'), [1, tj]),
                kRow: new external_onnxruntime_node_.Tensor('int64', BigInt64Array.of(BigInt(kRow)), [1]),
            };
            // A diagonal tile is symmetric: its row TopK already covers both sides.
            if (!diagonal) {
                feeds.aa = new external_onnxruntime_node_.Tensor('float32', aaBlock, [ti, 1]);
                feeds.kCol = new external_onnxruntime_node_.Tensor('int64', BigInt64Array.of(BigInt(kCol)), [1]);
            }
            const out = await (diagonal ? rowsOnly : both).run(feeds);
            const rv = out.rowVal.data, ri = out.rowIdx.data;
            for (let r = 0; r < ti; r++) {
                const qq = t.sq32[i0 + r];
                for (let p = 0; p < kRow; p++)
                    memorization_insert(buf, i0 + r, qq + rv[r * kRow + p], j0 + ri[r * kRow + p]);
            }
            if (diagonal)
                continue;
            const cv = out.colVal.data, ci = out.colIdx.data;
            for (let c = 0; c < tj; c++) {
                const tt = t.sq32[j0 + c];
                for (let p = 0; p < kCol; p++)
                    memorization_insert(buf, j0 + c, tt + cv[p * tj + c], i0 + ci[p * tj + c]);
            }
        }
    }
}
/** Σ (x_i − y_j)² in float64, computed from the differences (exact copies give exactly 0). */
function squaredDistance(x, i, y, j, d) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    const a = i * d, b = j * d;
    let c = 0;
    for (; c + 3 < d; c += 4) {
        const e0 = x[a + c] - y[b + c], e1 = x[a + c + 1] - y[b + c + 1], e2 = x[a + c + 2] - y[b + c + 2], e3 = x[a + c + 3] - y[b + c + 3];
        s0 += e0 * e0;
        s1 += e1 * e1;
        s2 += e2 * e2;
        s3 += e3 * e3;
    }
    for (; c < d; c++) {
        const e = x[a + c] - y[b + c];
        s0 += e * e;
    }
    return s0 + s1 + s2 + s3;
}
/**
 * From the candidate buffers: each query row's exact nearest target (excluding target `self[r]` when given) and its
 * exact squared distance, and the rows where that is not proved. Every target outside a row's buffer has a ≥ the
 * buffer's K-th value, hence an exact squared distance ≥ that value − δ, where δ bounds |a − ‖q − t‖²| for the
 * pass's precision (unit roundoff u), with q̃ = fl(q − μ), t̃ = fl(t − μ):
 *   Gram:       2γ_d‖q̃‖‖t̃‖, γ_d = d·u/(1 − d·u) (Higham 2002, §3.1: |fl(x·y) − x·y| ≤ γ_d Σ|xₖyₖ|)
 *   additions:  u·(2‖q̃‖‖t̃‖ + 2‖t̃‖²)  (P + ‖t̃‖², and ‖t̃‖² rounded to the tile precision)
 *   centring:   2.01·u·(‖q̃‖ + ‖t̃‖)²  (each coordinate of q̃ − t̃ is off by ≤ u(|q̃ₖ| + |t̃ₖ|))
 *   float64:    the JS sums, and the (d + 4)·2⁻⁵³ relative error of the exact distance itself.
 */
function resolve(q, t, d, buf, precision, self, best, bestSq, rows, unproved) {
    const u = precision === 'float32' ? memorization_U32 : memorization_U64;
    const qSq = sqOf(q, precision), tSq = sqOf(t, precision);
    let maxTT = 0;
    for (let j = 0; j < t.n; j++)
        maxTT = Math.max(maxTT, tSq[j]);
    const maxT = Math.sqrt(maxTT);
    const du = d * u, gamma = du / (1 - du);
    for (let r = 0; r < q.n; r++) {
        const out = rows ? rows[r] : r; // where this row's result goes
        const base = r * K;
        const nq = Math.sqrt(qSq[r]);
        const delta = 2 * gamma * nq * maxT +
            u * (2 * nq * maxT + 2 * maxTT) +
            2.01 * u * (nq + maxT) ** 2 +
            16 * memorization_U64 * (qSq[r] + maxTT + 2 * nq * maxT);
        // Exact distances of the candidates that can still be nearest: a ≤ (smallest a other than self) + 2δ.
        let first = Infinity;
        for (let p = 0; p < K && first === Infinity; p++) {
            const j = buf.idx[base + p];
            if (j >= 0 && !(self && j === self[r]))
                first = buf.vals[base + p];
        }
        let bi = -1, bs = Infinity;
        for (let p = 0; p < K; p++) {
            const j = buf.idx[base + p];
            if (j < 0 || buf.vals[base + p] > first + 2 * delta)
                break;
            if (self && j === self[r])
                continue;
            const s = squaredDistance(q.x, globalRow(q, r), t.x, globalRow(t, j), d);
            if (s < bs || (s === bs && j < bi)) {
                bs = s;
                bi = j;
            }
        }
        best[out] = bi;
        bestSq[out] = bs;
        if (buf.idx[base + K - 1] < 0)
            continue; // fewer than K targets in all: every one was looked at
        if (!(bs + (d + 4) * memorization_U64 * bs <= buf.vals[base + K - 1] - delta))
            unproved.push(r);
    }
}
/** Nearest target of every query row (local target indices, exact float64 squared distances); `buf`: candidates
 * already collected by a float32 pass (the triangle pass), otherwise a float32 cross pass collects them. */
async function nearest(q, t, d, tile, self, buf, stats, device = 'cpu') {
    const best = new Int32Array(q.n), bestSq = new Float64Array(q.n);
    if (!buf) {
        buf = memorization_newBuffers(q.n);
        await crossPass(q, t, d, tile, 'float32', buf, device);
    }
    const unproved = [];
    resolve(q, t, d, buf, 'float32', self, best, bestSq, null, unproved);
    if (unproved.length) {
        // Near-ties that float32 cannot separate: those rows again, with float64 tiles.
        stats.float64Rows += unproved.length;
        const rows = Int32Array.from(unproved);
        const sub = subsetRows(q, rows);
        const sub64 = memorization_newBuffers(sub.n);
        await crossPass(sub, t, d, tile, 'float64', sub64);
        resolve(sub, t, d, sub64, 'float64', self && Int32Array.from(rows, (r) => self[r]), best, bestSq, rows, []);
    }
    return { best, bestSq };
}
// ───────────────────────────────────────────── inputs ─────────────────────────────────────────────
/** Column means of the rows, accumulated in float64. */
function columnMeans(x, n, d) {
    const mean = new Float64Array(d);
    for (let i = 0; i < n; i++)
        for (let c = 0, o = i * d; c < d; c++)
            mean[c] += x[o + c];
    for (let c = 0; c < d; c++)
        mean[c] /= n;
    return mean;
}
function checkFeatures(what, x, n, d, min) {
    if (!Number.isInteger(n) || n < min)
        throw new errors/* InputError */.d(`memorization: ${what} needs at least ${min} sample${min > 1 ? 's' : ''}, got ${n}`, what);
    if (x.length !== n * d) {
        throw new errors/* InputError */.d(`memorization: ${what} features have ${x.length} values, expected ${n} × ${d} = ${n * d} (dimension mismatch?)`, what);
    }
    const k = (0,first_non_finite/* firstNonFinite */.J)(x);
    if (k >= 0)
        throw new errors/* InputError */.d(`memorization: ${what} features contain ${x[k]} (row ${Math.floor(k / d)})`, what);
}
/** Distinct training rows (exact float equality, −0 = 0): the first training index of each, in order. */
function distinctRows(x, n, d) {
    const bits = new Uint32Array(x.buffer, x.byteOffset, x.length);
    const byHash = new Map();
    const firsts = [];
    for (let i = 0; i < n; i++) {
        let h = 0x811c9dc5; // FNV-1a over the float bit patterns
        for (let c = i * d, e = c + d; c < e; c++)
            h = Math.imul(h ^ (x[c] === 0 ? 0 : bits[c]), 0x01000193);
        const same = byHash.get(h);
        const equal = (j) => {
            for (let c = 0; c < d; c++)
                if (x[i * d + c] !== x[j * d + c])
                    return false;
            return true;
        };
        if (same?.some(equal))
            continue;
        if (same)
            same.push(i);
        else
            byHash.set(h, [i]);
        firsts.push(i);
    }
    return Int32Array.from(firsts);
}
/** `unit`: the factor back to the caller's units (2^−e when the features were scaled by 2^e; exact). */
function setResult(near, distinct, radius, beta, unit) {
    const n = near.best.length;
    const nearestTraining = new Int32Array(n), distance = new Float64Array(n), trainingRadius = new Float64Array(n), ratio = new Float64Array(n);
    let flagged = 0;
    for (let j = 0; j < n; j++) {
        const u = near.best[j];
        nearestTraining[j] = distinct[u];
        distance[j] = Math.sqrt(near.bestSq[j]) * unit;
        trainingRadius[j] = radius[u] * unit;
        // Alaa et al. 2022 §3: ρ = ‖y − x*‖ / r(x*); r = +∞ (no other distinct training row) gives ρ = 0.
        ratio[j] = radius[u] === Infinity ? 0 : distance[j] / trainingRadius[j];
        if (ratio[j] < beta)
            flagged++;
    }
    return { flagged, share: flagged / n, nearestTraining, distance, trainingRadius, ratio };
}
function closest(s, maxPairs) {
    const order = Array.from({ length: s.ratio.length }, (_, j) => j);
    order.sort((a, b) => s.ratio[a] - s.ratio[b] || s.distance[a] - s.distance[b] || a - b);
    return order
        .slice(0, maxPairs)
        .map((j) => ({ sample: j, training: s.nearestTraining[j], distance: s.distance[j], ratio: s.ratio[j] }));
}
/** Refuses bad inputs of memorization (dimension, feature sets, beta, maxPairs, in that order); beta and maxPairs. */
function memorization_checkedSettings(training, nTraining, generated, nGenerated, d, opts) {
    if (!Number.isInteger(d) || d < 1)
        throw new errors/* InputError */.d(`memorization: the feature dimension must be a positive integer, got ${d}`);
    checkFeatures('training', training, nTraining, d, 2);
    checkFeatures('generated', generated, nGenerated, d, 1);
    if (opts.reference)
        checkFeatures('reference', opts.reference.features, opts.reference.n, d, 1);
    const beta = opts.beta ?? DEFAULT_BETA;
    if (!(beta > 0) || !Number.isFinite(beta))
        throw new errors/* InputError */.d(`memorization: beta must be a positive number, got ${beta}`, 'beta');
    const maxPairs = opts.maxPairs ?? DEFAULT_MAX_PAIRS;
    if (!Number.isInteger(maxPairs) || maxPairs < 0)
        throw new errors/* InputError */.d(`memorization: maxPairs must be a non-negative integer, got ${maxPairs}`, 'maxPairs');
    return { beta, maxPairs };
}
/**
 * r(x*) for the distinct training rows that are some sample's x* (the others stay NaN, never read): the distance to
 * the nearest other distinct training row, from the whole triangle or from the used rows alone (`radiusPass`, or
 * whichever is cheaper under 'auto'); the pass that ran.
 */
async function trainingRadii(train, nearGen, nearRef, d, tile, stats, device, radiusPass) {
    const radius = new Float64Array(train.n).fill(NaN);
    const used = new Uint8Array(train.n);
    for (const u of nearGen.best)
        used[u] = 1;
    if (nearRef)
        for (const u of nearRef.best)
            used[u] = 1;
    const usedList = [];
    used.forEach((f, u) => {
        if (f)
            usedList.push(u);
    });
    const usedRows = Int32Array.from(usedList);
    const mode = radiusPass && radiusPass !== 'auto' ? radiusPass : 2 * usedRows.length < train.n ? 'rows' : 'triangle';
    if (train.n === 1) {
        radius[0] = Infinity; // every training row is the same: no other distinct row
    }
    else if (mode === 'triangle') {
        const buf = memorization_newBuffers(train.n);
        await trianglePass(train, d, tile, buf, device);
        const near = await nearest(train, train, d, tile, Int32Array.from({ length: train.n }, (_, i) => i), buf, stats, device);
        for (let u = 0; u < train.n; u++)
            radius[u] = Math.sqrt(near.bestSq[u]);
    }
    else {
        const near = await nearest(subsetRows(train, usedRows), train, d, tile, usedRows, null, stats, device);
        usedRows.forEach((u, r) => {
            radius[u] = Math.sqrt(near.bestSq[r]);
        });
    }
    return { radius, mode };
}
/**
 * Memorization check of generated features (nGenerated × d, row-major float32) against the training features
 * (nTraining × d), and optionally of held-out reference features against training: each sample's nearest training
 * row x*, its distance, and Alaa et al.'s ratio ρ = ‖y − x*‖ / r(x*); samples with ρ < beta are suspected copies.
 */
async function memorization(training, nTraining, generated, nGenerated, d, opts = {}) {
    const { beta, maxPairs } = memorization_checkedSettings(training, nTraining, generated, nGenerated, d, opts);
    const tile = Math.max(1, Math.floor(opts.tile ?? 1024));
    const stats = { float64Rows: 0 };
    // features so large (or small) that the float32 tiles would overflow: the search runs on features times 2^e
    // (exact; the same neighbours and ratios), distances are scaled back
    const e = safeScaleExponent(maxAbs(training, generated, ...(opts.reference ? [opts.reference.features] : [])));
    training = scaledByPowerOfTwo(training, e);
    generated = scaledByPowerOfTwo(generated, e);
    const reference = opts.reference && { features: scaledByPowerOfTwo(opts.reference.features, e), n: opts.reference.n };
    const unit = 2 ** -e;
    const distinct = distinctRows(training, nTraining, d);
    const mean = columnMeans(training, nTraining, d);
    const train = makeRows(training, distinct.length === nTraining ? null : distinct, distinct.length, mean, d);
    const gen = makeRows(generated, null, nGenerated, mean, d);
    const ref = reference ? makeRows(reference.features, null, reference.n, mean, d) : null;
    const device = opts.device ?? 'cpu';
    const nearGen = await nearest(gen, train, d, tile, null, null, stats, device);
    const nearRef = ref ? await nearest(ref, train, d, tile, null, null, stats, device) : null;
    const { radius, mode } = await trainingRadii(train, nearGen, nearRef, d, tile, stats, device, opts.radiusPass);
    const main = setResult(nearGen, distinct, radius, beta, unit);
    const result = {
        ...main,
        beta,
        closestPairs: closest(main, maxPairs).map(({ sample, ...p }) => ({ generated: sample, ...p })),
        stats: { distinctTraining: train.n, radiusPass: mode, float64Rows: stats.float64Rows },
    };
    if (nearRef) {
        const r = setResult(nearRef, distinct, radius, beta, unit);
        result.reference = {
            ...r,
            closestPairs: closest(r, maxPairs).map(({ sample, ...p }) => ({ reference: sample, ...p })),
        };
    }
    return result;
}

// EXTERNAL MODULE: ./src/images/decode.ts + 2 modules
var decode = __webpack_require__(32766);
// EXTERNAL MODULE: ./src/util/sharp.ts
var sharp = __webpack_require__(12624);
// EXTERNAL MODULE: ./src/images/grid.ts
var grid = __webpack_require__(53164);
;// CONCATENATED MODULE: ./src/images/pairs-grid.ts
// The memorization report's picture: one row per suspected copy, the generated image on the left and its nearest
// training image (src/metrics/memorization.ts) on the right, 2 px of black padding, laid out by makeGrid (two images
// per row, cells of the largest size, top-left aligned). Images of different sizes are first scaled to one cell
// height (aspect ratio kept) with sharp's nearest-neighbour kernel by default: it invents no pixels, so an exact copy
// still looks exactly like its source and small samples are enlarged without blur; `kernel: 'lanczos3'` is smoother
// for large downscales. Images already at the cell height are copied untouched.


async function toHeight(img, height, kernel) {
    if (img.height === height)
        return img;
    const width = Math.max(1, Math.round((img.width * height) / img.height));
    const { data, info } = await (0,sharp/* sharpModule */.H)()(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
        .resize({ width, height, fit: 'fill', kernel })
        .raw()
        .toBuffer({ resolveWithObject: true });
    return {
        width: info.width,
        height: info.height,
        data: new Uint8Array(data.buffer, data.byteOffset, data.length),
        file: img.file,
    };
}
/** Writes the pairs as one PNG (one row per pair, generated | training) and returns its size and the pair count. */
async function writePairsGrid(file, pairs, opts = {}) {
    if (!pairs.length)
        throw new RangeError('writePairsGrid: no pairs to draw');
    const cellHeight = opts.height ?? Math.max(...pairs.flatMap((p) => [p.left.height, p.right.height]));
    if (!Number.isInteger(cellHeight) || cellHeight < 1)
        throw new RangeError(`writePairsGrid: height must be a positive integer, got ${cellHeight}`);
    const kernel = opts.kernel ?? 'nearest';
    const images = [];
    for (const p of pairs)
        images.push(await toHeight(p.left, cellHeight, kernel), await toHeight(p.right, cellHeight, kernel));
    const g = await (0,grid.writeGrid)(file, images, { nrow: 2, padding: opts.padding ?? 2, max: images.length });
    return { width: g.width, height: g.height, count: pairs.length };
}

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
;// CONCATENATED MODULE: ./src/metrics/defs/memorization.ts
// memorization (metrics/memorization.ts): the share of generated samples whose nearest training sample is closer than
// β × that sample's own nearest-neighbour distance; the reference is checked the same way (a reference image that
// close to a training image means the reference set leaks into training). Writes the pairs grid.






const fileName = (side, i) => side.files?.[i] ?? `#${i}`;
/** The reference set's leak check: details and, when it found near-duplicates, the warning note. */
function referenceLeaks(r, real, training, details, notes) {
    if (!r.reference)
        return;
    details.referenceShare = r.reference.share;
    details.referenceFlagged = r.reference.flagged;
    const leaks = r.reference.closestPairs
        .filter((p) => p.ratio < r.beta)
        .map((p) => ({
        reference: fileName(real, p.reference),
        training: fileName(training, p.training),
        distance: p.distance,
        ratio: p.ratio,
    }));
    details.referenceLeaks = leaks;
    if (r.reference.flagged) {
        notes.push(`WARNING: ${r.reference.flagged} of ${real.count} reference images are near-duplicates of training images (the reference set leaks into training; memorization and FID are then optimistic): ${leaks
            .slice(0, 5)
            .map((p) => `${p.reference} ~ ${p.training}`)
            .join(', ')}${r.reference.flagged > 5 ? ', …' : ''}`);
    }
}
/** Writes the closest generated/training pairs as a PNG (image folders only; else a note says why not). */
async function pairsGrid(file, r, generated, training, details, notes) {
    const gdir = generated.summary.kind === 'folder' ? generated.summary.source : undefined;
    const tdir = training.summary.kind === 'folder' ? training.summary.source : undefined;
    if (gdir && tdir && generated.files && training.files && r.closestPairs.length) {
        const images = await Promise.all(r.closestPairs.map(async (p) => ({
            left: await (0,decode.decodeRgb)(external_node_path_default().join(gdir, generated.files[p.generated])),
            right: await (0,decode.decodeRgb)(external_node_path_default().join(tdir, training.files[p.training])),
        })));
        await writePairsGrid(file, images);
        details.pairsGrid = file;
    }
    else {
        notes.push(`memorization: no pairs grid (${!gdir ? 'the generated side is not an image folder' : 'the training side is not an image folder'}: the images are not at hand)`);
    }
}
async function computeMemorization({ real, generated, training: t, dim, settings, notes, device, }) {
    const training = t;
    const r = await memorization(training.features, training.count, generated.features, generated.count, dim, {
        beta: settings.memorizationBeta,
        device,
        ...(real.features ? { reference: { features: real.features, n: real.count } } : {}),
    });
    const pairs = r.closestPairs.map((p) => ({
        generated: fileName(generated, p.generated),
        training: fileName(training, p.training),
        distance: p.distance,
        ratio: p.ratio,
    }));
    const details = {
        reference: 'authenticity rule of Alaa et al. 2022 with ratio threshold beta',
        beta: r.beta,
        flagged: r.flagged,
        nTraining: training.count,
        trainingSource: training.summary.source,
        closestPairs: pairs,
    };
    if (r.flagged)
        notes.push(`memorization: ${r.flagged} of ${generated.count} generated images (a share of ${(0,format/* formatSignificant */.bf)(r.share)}) are closer to a training image than ${r.beta} × its distance to the nearest other training image: suspected copies (closest: ${pairs
            .slice(0, 3)
            .map((p) => `${p.generated} ~ ${p.training}`)
            .join(', ')})`);
    referenceLeaks(r, real, training, details, notes);
    if (settings.pairsGrid)
        await pairsGrid(settings.pairsGrid, r, generated, training, details, notes);
    return { memorization: { value: r.share, better: 'lower', details } };
}
const memorizationGroup = (0,metric_def/* defineMetricGroup */.tm)({
    group: 'memorization',
    selectable: false,
    byDefault: false,
    title: 'memorization',
    needs: { source: 'training', features: ['generated', 'training'] },
    computedOnly: 'only computed against training images (the training input, or compare --training DIR)',
    metrics: [
        {
            name: 'memorization',
            aliases: ['memorisation', 'copies'],
            better: 'lower',
            label: 'Memorization',
            tableLabel: 'memorization',
            domain: metric_def/* UNIT_INTERVAL */.Hl,
            settings: (d) => `share of samples nearer a training image than β = ${d.beta ?? '?'} × its neighbour distance`,
        },
    ],
    compute: computeMemorization,
});

;// CONCATENATED MODULE: ./src/metrics/registry.ts
// The metric registry: every metric fid-gate computes, declared once (metrics/defs/*.ts). The gate's rule parser,
// compare, the CLI table, the markdown report, the history charts and the metrics JSON's types read it.
// Adding a metric: one file in metrics/defs/ and one line in METRIC_GROUPS.








/** Every metric group, in the order the reports list their metrics. */
const METRIC_GROUPS = [
    fid/* fidGroup */.B,
    kidGroup,
    inceptionScoreGroup,
    prdcGroup,
    elbo.elboGroup,
    fdInfinityGroup,
    memorizationGroup,
];
/** Every metric, in report order, with its group. */
const METRICS = METRIC_GROUPS.flatMap((g) => g.metrics.map((m) => ({ ...m, group: g.group })));
const metricByName = new Map(METRICS.map((m) => [m.name, m]));
const metricByAlias = new Map(METRICS.flatMap((m) => [m.name, ...(m.aliases ?? [])].map((a) => [a, m])));
const groupByName = new Map(METRIC_GROUPS.map((g) => [g.group, g]));
const selectableByAlias = new Map(METRIC_GROUPS.filter((g) => g.selectable).flatMap((g) => [g.group, ...(g.aliases ?? [])].map((a) => [a, g.group])));
/** The metric of a name or alias (case-insensitive); undefined for anything else (`constructor` included). */
function lookupMetric(nameOrAlias) {
    return metricByAlias.get(nameOrAlias.toLowerCase());
}
/** The declaration of a metric by its exact name; undefined for an unknown name (e.g. from another run's JSON). */
function metricDef(name) {
    return metricByName.get(name);
}
function isMetricName(name) {
    return metricByName.has(name);
}
function groupDef(group) {
    return groupByName.get(group);
}
/** The selectable group of a --metrics word (case-insensitive, trimmed by the caller); undefined when unknown. */
function lookupSelectableGroup(word) {
    return selectableByAlias.get(word);
}
/** The groups --metrics accepts, in order. */
const SELECTABLE_GROUPS = METRIC_GROUPS.filter((g) => g.selectable).map((g) => g.group);
/** The groups computed when none are given, for an extractor (default: the Inception network). */
function defaultMetricGroups(extractor) {
    return METRIC_GROUPS.filter((g) => g.selectable && g.byDefault && (!extractor || supports(g, extractor))).map((g) => g.group);
}
function supports(g, extractor) {
    return !g.needs.extractor || extractor.provides.includes(g.needs.extractor.output);
}
/**
 * Refuses a selected group the extractor cannot serve (IS without Inception's logits). `name` names the extractor in
 * the message; `recordedBy: 'inputs'` when it was read from the inputs' recorded protocol rather than chosen.
 */
function checkMetricsSupported(groups, extractor, name, recordedBy = 'option', what) {
    for (const g of groups) {
        const def = groupDef(g);
        if (!def || supports(def, extractor))
            continue;
        const anyEncoder = defaultMetricGroups()
            .filter((x) => !groupDef(x).needs.extractor)
            .join(', ');
        throw new errors/* InputError */.d((what ? `${what}: ` : '') +
            (recordedBy === 'inputs'
                ? `${def.needs.extractor.requirement}; these inputs come from ${name}: leave "${g}" out of the metrics`
                : `${def.needs.extractor.requirement}; ${name} has none: leave "${g}" out of the metrics (${anyEncoder} work with any encoder)`), what ? 'metrics' : undefined);
    }
}
/** --metrics / input metrics: comma-separated group names or aliases; unset or empty: the default groups. */
function parseMetrics(value, what = '--metrics') {
    if (value === undefined || value.trim() === '')
        return defaultMetricGroups();
    const out = [];
    for (const raw of value.split(',')) {
        const m = raw.trim().toLowerCase();
        if (!m)
            continue;
        const group = lookupSelectableGroup(m);
        if (!group)
            throw new errors/* InputError */.d(`${what}: unknown metric "${raw.trim()}" (known: ${SELECTABLE_GROUPS.join(', ')})`, what);
        if (!out.includes(group))
            out.push(group);
    }
    if (!out.length)
        throw new errors/* InputError */.d(`${what}: no metric given`, what);
    return out;
}
/** Every selectable group (what --metrics accepts). */
const ALL_METRICS = (/* unused pure expression or super */ null && (SELECTABLE_GROUPS));
/** Every metric name, in report order (from the metric registry). */
const KNOWN_METRICS = METRICS.map((m) => m.name);
/** Which direction is an improvement, for every metric (the reports say the same; a baseline must agree). */
const METRIC_BETTER = Object.fromEntries(METRICS.map((m) => [m.name, m.better]));
/**
 * The metric group (`metrics` input) that computes each metric ('elbo': the `elbo-images` input / compare's `elbo`
 * option; 'memorization': the `training` input / compare --training).
 */
const METRIC_GROUP = Object.fromEntries(METRICS.map((m) => [m.name, m.group]));


/***/ }),

/***/ 54522:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ StatsAccumulator)
/* harmony export */ });
/* unused harmony export gaussianStats */
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43958);
/* harmony import */ var _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70130);
/* harmony import */ var _math_ort_linalg_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61705);
// Mean and covariance of feature rows, accumulated as a stream in float64 (memory O(d²), not O(N·d)).
// Matches pytorch-fid 0.3's calculate_activation_statistics: mu = np.mean(act, axis=0),
// sigma = np.cov(act, rowvar=False) (divisor N − 1), both in float64.
//
// Rows are shifted by a fixed centre c (the first chunk's mean) before accumulating, so the final
// sigma = (S₂ − S₁S₁ᵀ/N)/(N − 1) with S₁ = Σ(x − c), S₂ = Σ(x − c)(x − c)ᵀ does not lose digits to large means.
// S₂ is updated with float64 MatMuls through onnxruntime (MLAS), chunk by chunk.



/** Session computing G = Aᵀ A for a float64 A [n, d]. */
function gram() {
    return (0,_math_ort_linalg_js__WEBPACK_IMPORTED_MODULE_2__/* .cachedSession */ .L7)('gram-ata-f64', () => ({
        nodes: [(0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .node */ .rH)('Transpose', ['A'], ['At'], { perm: [1, 0] }), (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .node */ .rH)('MatMul', ['At', 'A'], ['G'])],
        inputs: [(0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .valueInfo */ .ul)('A', _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .DataType */ .pe.DOUBLE, ['n', 'd'])],
        outputs: [(0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .valueInfo */ .ul)('G', _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .DataType */ .pe.DOUBLE, ['d', 'd'])],
    }));
}
class StatsAccumulator {
    dim;
    chunkRows;
    chunk;
    rowsInChunk = 0;
    centre;
    s1;
    s2;
    n = 0;
    constructor(dim, chunkRows = 512) {
        this.dim = dim;
        this.chunkRows = chunkRows;
        this.chunk = new Float64Array(chunkRows * dim);
        this.s1 = new Float64Array(dim);
        this.s2 = new Float64Array(dim * dim);
    }
    get count() {
        return this.n + this.rowsInChunk;
    }
    /** Adds `rows` rows of width `dim` (row-major). */
    async add(data, rows = data.length / this.dim) {
        const d = this.dim;
        for (let r = 0; r < rows; r++) {
            this.chunk.set(data.subarray(r * d, (r + 1) * d), this.rowsInChunk * d);
            this.rowsInChunk++;
            if (this.rowsInChunk === this.chunkRows)
                await this.flush();
        }
    }
    async flush() {
        const m = this.rowsInChunk, d = this.dim;
        if (!m)
            return;
        const x = this.chunk;
        if (!this.centre) {
            const c = new Float64Array(d);
            for (let r = 0; r < m; r++)
                for (let j = 0; j < d; j++)
                    c[j] += x[r * d + j];
            for (let j = 0; j < d; j++)
                c[j] /= m;
            this.centre = c;
        }
        const c = this.centre;
        for (let r = 0; r < m; r++) {
            const o = r * d;
            for (let j = 0; j < d; j++) {
                const v = x[o + j] - c[j];
                x[o + j] = v;
                this.s1[j] += v;
            }
        }
        const a = m === this.chunkRows ? x : x.slice(0, m * d);
        const out = await (await gram()).run({ A: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float64', a, [m, d]) });
        const g = out.G.data;
        const s2 = this.s2;
        for (let i = 0; i < s2.length; i++)
            s2[i] += g[i];
        out.G.dispose?.();
        this.n += m;
        this.rowsInChunk = 0;
    }
    /**
     * Statistics of the rows added so far, without ending the stream: more rows may be added afterwards (FD∞ takes
     * the statistics of growing prefixes of one permutation). finalize() only reads the running sums once it has
     * flushed the pending chunk, so this is finalize under a name that promises that.
     */
    snapshot() {
        return this.finalize();
    }
    async finalize() {
        await this.flush();
        const d = this.dim, n = this.n;
        const c = this.centre ?? new Float64Array(d);
        const mu = new Float64Array(d);
        for (let j = 0; j < d; j++)
            mu[j] = c[j] + this.s1[j] / n;
        const sigma = new Float64Array(d * d);
        // np.cov with one observation divides by 0 and gives NaN; we do the same and let callers refuse N < 2.
        const div = n - 1;
        for (let i = 0; i < d; i++) {
            const si = this.s1[i] / n;
            for (let j = 0; j < d; j++)
                sigma[i * d + j] = (this.s2[i * d + j] - si * this.s1[j]) / div;
        }
        // symmetrize: the MatMul result is symmetric up to rounding
        for (let i = 0; i < d; i++)
            for (let j = i + 1; j < d; j++) {
                const v = 0.5 * (sigma[i * d + j] + sigma[j * d + i]);
                sigma[i * d + j] = v;
                sigma[j * d + i] = v;
            }
        return { mu, sigma, dim: d, count: n };
    }
}
async function gaussianStats(rows, dim) {
    const acc = new StatsAccumulator(dim);
    await acc.add(rows);
    return acc.finalize();
}


/***/ })

};
