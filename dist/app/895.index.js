export const id = 895;
export const ids = [895];
export const modules = {

/***/ 70130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OE: () => (/* binding */ tensor),
/* harmony export */   ge: () => (/* binding */ model),
/* harmony export */   pe: () => (/* binding */ DataType),
/* harmony export */   rH: () => (/* binding */ node),
/* harmony export */   ul: () => (/* binding */ valueInfo)
/* harmony export */ });
// A small ONNX ModelProto writer (protobuf wire format by hand; field numbers from onnx/onnx.proto, IR version 8).
// Messages are kept as lists of byte chunks with a known length and flattened once at the end, so a ~95 MB
// initializer payload is copied a single time instead of once per nesting level.
const te = new TextEncoder();
function chunks(parts) {
    let length = 0;
    for (const p of parts)
        length += p.length;
    return { parts, length };
}
function join(list) {
    const parts = [];
    let length = 0;
    for (const c of list) {
        parts.push(...c.parts);
        length += c.length;
    }
    return { parts, length };
}
function varint(value) {
    let x = BigInt.asUintN(64, BigInt(value));
    const out = [];
    do {
        let b = Number(x & 0x7fn);
        x >>= 7n;
        if (x)
            b |= 0x80;
        out.push(b);
    } while (x);
    return Uint8Array.from(out);
}
const tag = (field, wire) => varint((field << 3) | wire);
const fInt = (field, v) => chunks([tag(field, 0), varint(v)]);
const fMsg = (field, body) => join([chunks([tag(field, 2), varint(body.length)]), body]);
const fBytes = (field, b) => fMsg(field, chunks([b]));
const fStr = (field, s) => fBytes(field, te.encode(s));
const fFloat = (field, v) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setFloat32(0, v, true);
    return chunks([tag(field, 5), b]);
};
const fPackedInts = (field, vs) => fMsg(field, chunks(vs.map((v) => varint(v))));
const DataType = { FLOAT: 1, UINT8: 2, INT8: 3, INT32: 6, INT64: 7, BOOL: 9, FLOAT16: 10, DOUBLE: 11 };
/** TensorProto with raw_data (little-endian, as every platform ORT runs on). */
function tensor(name, dims, dataType, data) {
    return join([
        fPackedInts(1, dims),
        fInt(2, dataType),
        fStr(8, name),
        fBytes(9, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
    ]);
}
function attribute(name, v) {
    // AttributeProto: name=1, f=2, i=3, s=4, floats=7, ints=8, type=20 (FLOAT=1, INT=2, STRING=3, FLOATS=6, INTS=7)
    if (typeof v === 'string')
        return join([fStr(1, name), fStr(4, v), fInt(20, 3)]);
    if (typeof v === 'bigint')
        return join([fStr(1, name), fInt(3, v), fInt(20, 2)]);
    if (typeof v === 'number') {
        return Number.isInteger(v)
            ? join([fStr(1, name), fInt(3, v), fInt(20, 2)])
            : join([fStr(1, name), fFloat(2, v), fInt(20, 1)]);
    }
    if ('int' in v)
        return join([fStr(1, name), fInt(3, v.int), fInt(20, 2)]);
    if ('float' in v)
        return join([fStr(1, name), fFloat(2, v.float), fInt(20, 1)]);
    if (!('floats' in v))
        return join([fStr(1, name), fPackedInts(8, v), fInt(20, 7)]);
    const fb = new Uint8Array(v.floats.length * 4);
    const dv = new DataView(fb.buffer);
    v.floats.forEach((x, i) => dv.setFloat32(i * 4, x, true));
    return join([fStr(1, name), fBytes(7, fb), fInt(20, 6)]);
}
function node(opType, inputs, outputs, attrs = {}, name = '') {
    return join([
        ...inputs.map((s) => fStr(1, s)),
        ...outputs.map((s) => fStr(2, s)),
        ...(name ? [fStr(3, name)] : []),
        fStr(4, opType),
        ...Object.entries(attrs).map(([k, v]) => fMsg(5, attribute(k, v))),
    ]);
}
/** ValueInfoProto for a tensor; a string dim is a symbolic (dynamic) dimension. */
function valueInfo(name, elemType, dims) {
    const shape = join(dims.map((d) => fMsg(1, typeof d === 'string' ? fStr(2, d) : fInt(1, d))));
    const tensorType = join([fInt(1, elemType), fMsg(2, shape)]);
    return join([fStr(1, name), fMsg(2, fMsg(1, tensorType))]);
}
/** Serializes a ModelProto. The result is one contiguous buffer, ready for InferenceSession.create. */
function model(g, opts = {}) {
    const graph = join([
        ...g.nodes.map((n) => fMsg(1, n)),
        fStr(2, g.name ?? 'graph'),
        ...g.initializers.map((t) => fMsg(5, t)),
        ...(g.docString ? [fStr(10, g.docString)] : []),
        ...g.inputs.map((v) => fMsg(11, v)),
        ...g.outputs.map((v) => fMsg(12, v)),
    ]);
    const meta = Object.entries(opts.metadata ?? {}).map(([k, v]) => fMsg(14, join([fStr(1, k), fStr(2, v)])));
    const m = join([
        fInt(1, 8),
        fStr(2, opts.producer ?? 'fid-gate'),
        fMsg(7, graph),
        fMsg(8, join([fStr(1, ''), fInt(2, opts.opset ?? 18)])),
        ...meta,
    ]);
    const out = new Uint8Array(m.length);
    let off = 0;
    for (const p of m.parts) {
        out.set(p, off);
        off += p.length;
    }
    return out;
}


/***/ }),

/***/ 21212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ pivotedCholesky),
/* harmony export */   y: () => (/* binding */ choleskyLower)
/* harmony export */ });
/* harmony import */ var _ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61705);
/* harmony import */ var _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70130);
// Cholesky factorizations for the Fréchet distance (src/metrics/frechet.ts). Level-3 work runs as float64 Gemm graphs
// through onnxruntime (MLAS); the sequential diagonal blocks and panels run in typed-array JavaScript.
//   * choleskyLower: blocked left-looking Cholesky (Golub & Van Loan, Matrix Computations, 4th ed. (GVL), §4.2).
//     Each block column is updated with one Gemm against the finished columns; its nb × nb diagonal block is
//     factored in JS; the solve L21 = U21 L11⁻ᵀ multiplies by the explicit inverse of L11 and then takes one step of
//     iterative refinement (R = U21 − L21 L11ᵀ, L21 += R L11⁻ᵀ), which brings the inverse-based triangular solve back
//     to the accuracy of substitution (N. Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed., ch. 8, 12).
//   * pivotedCholesky: rank-revealing Cholesky with diagonal pivoting for positive semidefinite matrices
//     (N. Higham, "Analysis of the Cholesky decomposition of a semi-definite matrix", 1990; C. Lucas, "LAPACK-style
//     codes for level 2 and 3 pivoted Cholesky factorizations", LAPACK Working Note 161, 2004): panel columns in JS
//     with updated diagonals for the pivot search, trailing updates through ORT, stop when the largest remaining
//     diagonal is ≤ tol.


/** Left-looking Cholesky update of block column J = [j0, j0+k): U = A[j0:, J] − L[j0:, :j0] L[J, :j0]ᵀ (m × k). */
const cholUpdateSession = () => (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .graphSession */ .zh)('chol-update', () => ({
    nodes: [
        (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .node */ .rH)('Slice', ['Arows', 'sa', 'ea'], ['Acol']),
        (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .node */ .rH)('Slice', ['Lrows', 'sl', 'el'], ['Lp']),
        (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .node */ .rH)('Slice', ['Lrows', 'st', 'et'], ['Lt']),
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .gemm */ .vE)('Lp', 'Lt', 'Acol', 'U', { tb: true, alpha: -1, beta: 1 }),
    ],
    inputs: [
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .f64 */ .T_)('Arows', ['m', 'n']),
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .f64 */ .T_)('Lrows', ['m', 'n']),
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64 */ .cq)('sa', [2]),
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64 */ .cq)('ea', [2]),
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64 */ .cq)('sl', [2]),
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64 */ .cq)('el', [2]),
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64 */ .cq)('st', [2]),
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64 */ .cq)('et', [2]),
    ],
    outputs: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .f64 */ .T_)('U', ['m', 'k'])],
}));
/** Triangular solve L21 = U21 L11⁻ᵀ through X = L11⁻¹ and one refinement step: L0 = U21 Xᵀ, L21 = L0 + (U21 − L0 L11ᵀ)
 * Xᵀ. */
const trsmSession = () => (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .graphSession */ .zh)('trsm-refined', () => ({
    nodes: [
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .gemm */ .vE)('U', 'X', undefined, 'L0', { tb: true }),
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .gemm */ .vE)('L0', 'L11', 'U', 'R', { tb: true, alpha: -1, beta: 1 }),
        (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .gemm */ .vE)('R', 'X', 'L0', 'L21', { tb: true }),
    ],
    inputs: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .f64 */ .T_)('U', ['r', 'k']), (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .f64 */ .T_)('L11', ['k', 'k']), (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .f64 */ .T_)('X', ['k', 'k'])],
    outputs: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .f64 */ .T_)('L21', ['r', 'k'])],
}));
/** Trailing update after a pivoted panel: A[k:, k:] − P Pᵀ. */
const syrkSession = () => (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .graphSession */ .zh)('syrk-trailing', () => ({
    nodes: [(0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .node */ .rH)('Slice', ['A', 's', 'e'], ['A22']), (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .gemm */ .vE)('P', 'P', 'A22', 'S', { tb: true, alpha: -1, beta: 1 })],
    inputs: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .f64 */ .T_)('A', ['m', 'm']), (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .f64 */ .T_)('P', ['r', 'k']), (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64 */ .cq)('s', [2]), (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64 */ .cq)('e', [2])],
    outputs: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .f64 */ .T_)('S', ['r', 'r'])],
}));
/**
 * Factors the diagonal block: L11 (kb × kb, row-major) from the top-left kb × kb of `a` (row stride `stride`).
 * Returns the index of the first pivot ≤ tol, or −1 on success.
 */
function cholBlock(a, stride, kb, l, tol) {
    for (let j = 0; j < kb; j++) {
        const rj = j * kb;
        let s = a[j * stride + j];
        for (let k = 0; k < j; k++)
            s -= l[rj + k] * l[rj + k];
        if (!(s > tol))
            return j;
        const ljj = Math.sqrt(s), inv = 1 / ljj;
        l[rj + j] = ljj;
        for (let i = j + 1; i < kb; i++) {
            const ri = i * kb;
            let t = a[i * stride + j];
            for (let k = 0; k < j; k++)
                t -= l[ri + k] * l[rj + k];
            l[ri + j] = t * inv;
        }
    }
    return -1;
}
/** X = L⁻¹ for lower-triangular L (kb × kb, row-major), row by row: X[i,:] = (eᵢ − Σ_{k<i} L[i,k] X[k,:]) / L[i,i]. */
function lowerInverse(l, kb, x) {
    x.fill(0, 0, kb * kb);
    for (let i = 0; i < kb; i++) {
        const ri = i * kb;
        x[ri + i] = 1;
        for (let k = 0; k < i; k++) {
            const f = l[ri + k];
            if (f === 0)
                continue;
            const rk = k * kb;
            for (let j = 0; j <= k; j++)
                x[ri + j] -= f * x[rk + j];
        }
        const inv = 1 / l[ri + i];
        for (let j = 0; j <= i; j++)
            x[ri + j] *= inv;
    }
}
/**
 * Cholesky factor L (lower triangular, row-major n × n, zeros above the diagonal) of the symmetric positive
 * definite `a` (row-major n × n; only its lower triangle is read; not modified), or undefined when a pivot is
 * ≤ tolerance (not numerically positive definite). Blocked left-looking algorithm (GVL §4.2): block column J is
 * updated with one Gemm against the finished columns, its diagonal block factored in JS, and the rest solved against
 * it through ORT — every ORT output is an n × nb block column, never an n × n trailing matrix.
 */
async function choleskyLower(a, n, opts = {}) {
    const nb = Math.max(1, opts.blockSize ?? 64), tol = opts.tolerance ?? 0;
    const l = new Float64Array(n * n);
    const l11 = new Float64Array(nb * nb), x = new Float64Array(nb * nb);
    let t0 = performance.now();
    for (let j0 = 0; j0 < n; j0 += nb) {
        const m = n - j0, kb = Math.min(nb, m);
        let u;
        if (j0 === 0) {
            u = new Float64Array(m * kb);
            for (let i = 0; i < m; i++)
                for (let j = 0; j < kb; j++)
                    u[i * kb + j] = a[i * n + j];
        }
        else {
            u = (await (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .runGraph */ .C3)(cholUpdateSession(), {
                Arows: [a.subarray(j0 * n), [m, n]],
                Lrows: [l.subarray(j0 * n), [m, n]],
                sa: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64s */ .Lm)(0, j0), [2]],
                ea: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64s */ .Lm)(m, j0 + kb), [2]],
                sl: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64s */ .Lm)(0, 0), [2]],
                el: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64s */ .Lm)(m, j0), [2]],
                st: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64s */ .Lm)(0, 0), [2]],
                et: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64s */ .Lm)(kb, j0), [2]],
            })).U;
            t0 = (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .lap */ .Mm)(opts.timings, 'cholesky.ort', t0);
        }
        if (cholBlock(u, kb, kb, l11, tol) >= 0)
            return undefined;
        for (let i = 0; i < kb; i++)
            l.set(l11.subarray(i * kb, i * kb + i + 1), (j0 + i) * n + j0);
        if (kb === m)
            break;
        lowerInverse(l11, kb, x);
        t0 = (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .lap */ .Mm)(opts.timings, 'cholesky.js', t0);
        const r = m - kb;
        const l21 = (await (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .runGraph */ .C3)(trsmSession(), {
            U: [u.subarray(kb * kb), [r, kb]],
            L11: [l11.subarray(0, kb * kb), [kb, kb]],
            X: [x.subarray(0, kb * kb), [kb, kb]],
        })).L21;
        for (let i = 0; i < r; i++)
            l.set(l21.subarray(i * kb, (i + 1) * kb), (j0 + kb + i) * n + j0);
        t0 = (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .lap */ .Mm)(opts.timings, 'cholesky.ort', t0);
    }
    return l;
}
/** Symmetric swap of rows/columns j and q in the trailing matrix, the panel rows, L's finished rows, dd and perm. */
function swapPivot(s, kb, j, q) {
    const { n, l, perm, cur, m, k0, dd, p } = s;
    for (let c = 0; c < m; c++) {
        const t = cur[j * m + c];
        cur[j * m + c] = cur[q * m + c];
        cur[q * m + c] = t;
    }
    for (let r = 0; r < m; r++) {
        const t = cur[r * m + j];
        cur[r * m + j] = cur[r * m + q];
        cur[r * m + q] = t;
    }
    for (let t = 0; t < kb; t++) {
        const u = p[j * kb + t];
        p[j * kb + t] = p[q * kb + t];
        p[q * kb + t] = u;
    }
    for (let t = 0; t < k0; t++) {
        const u = l[(k0 + j) * n + t];
        l[(k0 + j) * n + t] = l[(k0 + q) * n + t];
        l[(k0 + q) * n + t] = u;
    }
    {
        const u = dd[j];
        dd[j] = dd[q];
        dd[q] = u;
    }
    {
        const u = perm[k0 + j];
        perm[k0 + j] = perm[k0 + q];
        perm[k0 + q] = u;
    }
}
/**
 * Factors the next kb columns of the trailing matrix into the panel, each with the largest remaining pivot; the
 * columns done: kb, or fewer where the largest remaining pivot is ≤ tol. Copies the done columns into L.
 */
function factorPanel(s, kb, tol) {
    const { n, l, cur, m, k0, dd, p } = s;
    for (let i = 0; i < m; i++)
        dd[i] = cur[i * m + i];
    p.fill(0, 0, m * kb);
    let done = kb;
    for (let j = 0; j < kb; j++) {
        let q = j;
        for (let i = j + 1; i < m; i++)
            if (dd[i] > dd[q])
                q = i;
        if (!(dd[q] > tol)) {
            done = j;
            break;
        }
        if (q !== j)
            swapPivot(s, kb, j, q);
        const ljj = Math.sqrt(dd[j]), inv = 1 / ljj;
        p[j * kb + j] = ljj;
        const rj = j * kb;
        for (let i = j + 1; i < m; i++) {
            const ri = i * kb;
            let sum = cur[i * m + j];
            for (let t = 0; t < j; t++)
                sum -= p[ri + t] * p[rj + t];
            const v = sum * inv;
            p[ri + j] = v;
            dd[i] -= v * v;
        }
    }
    for (let i = 0; i < m; i++)
        for (let t = 0; t < done; t++)
            l[(k0 + i) * n + k0 + t] = p[i * kb + t];
    return done;
}
/**
 * Rank-revealing Cholesky with diagonal pivoting of the symmetric positive semidefinite `a` (row-major n × n, not
 * modified): P a Pᵀ ≈ L Lᵀ, stopping when the largest remaining pivot is ≤ tol. Returns the factor with the
 * permutation undone, F = Pᵀ L (n × rank, row-major), so that a ≈ F Fᵀ, and the rank.
 */
async function pivotedCholesky(a, n, tol, opts = {}) {
    const nb = Math.max(1, opts.blockSize ?? 64);
    const s = {
        n,
        l: new Float64Array(n * n),
        perm: Int32Array.from({ length: n }, (_, i) => i),
        cur: a.slice(),
        m: n,
        k0: 0,
        dd: new Float64Array(n),
        p: new Float64Array(n * nb),
    };
    let rank = n;
    let t0 = performance.now();
    while (s.k0 < n) {
        const m = s.m, kb = Math.min(nb, m);
        const done = factorPanel(s, kb, tol);
        if (done < kb) {
            rank = s.k0 + done;
            break;
        }
        if (kb === m)
            break;
        t0 = (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .lap */ .Mm)(opts.timings, 'pivoted.js', t0);
        // the trailing update S = A[kb:, kb:] − P₂ P₂ᵀ
        const r = m - kb;
        s.cur = (await (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .runGraph */ .C3)(syrkSession(), {
            A: [s.cur, [m, m]],
            P: [s.p.subarray(kb * kb, m * kb), [r, kb]],
            s: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64s */ .Lm)(kb, kb), [2]],
            e: [(0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .i64s */ .Lm)(m, m), [2]],
        })).S;
        s.k0 += kb;
        s.m = r;
        t0 = (0,_ort_linalg_js__WEBPACK_IMPORTED_MODULE_0__/* .lap */ .Mm)(opts.timings, 'pivoted.ort', t0);
    }
    const f = new Float64Array(n * rank);
    for (let i = 0; i < n; i++)
        f.set(s.l.subarray(i * n, i * n + rank), s.perm[i] * rank);
    return { f, rank };
}


/***/ }),

/***/ 46760:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   An: () => (/* binding */ choleskyTolerance),
/* harmony export */   Qm: () => (/* binding */ isSemidefinitePending),
/* harmony export */   Qt: () => (/* binding */ magnitudeDefect),
/* harmony export */   dv: () => (/* binding */ settledOnError),
/* harmony export */   et: () => (/* binding */ symmetryDefect),
/* harmony export */   fH: () => (/* binding */ certifySemidefinite),
/* harmony export */   rH: () => (/* binding */ validationFactor),
/* harmony export */   tR: () => (/* binding */ settleCovariance),
/* harmony export */   vz: () => (/* binding */ covarianceDefect),
/* harmony export */   xS: () => (/* binding */ pendingAsymmetry),
/* harmony export */   xx: () => (/* binding */ isKnownValidCovariance)
/* harmony export */ });
/* unused harmony exports SYMMETRY_TOLERANCE, SEMIDEFINITE_TOLERANCE, MAX_STATISTIC_MAGNITUDE */
/* harmony import */ var _cholesky_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21212);
/* harmony import */ var _symmetric_eigen_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(141);
// Validity of a covariance matrix given from outside (a statistics file, or statistics handed to the Fréchet
// distance): finite, symmetric and positive semidefinite up to documented tolerances. pytorch-fid refuses such input
// too (scipy's sqrtm of an indefinite product has a large imaginary part and it raises); a Fréchet distance of an
// invalid covariance would be a number without meaning. Tolerances (docs/errors.md):
//   symmetric:     |σᵢⱼ − σⱼᵢ| ≤ 1e-6 · max |σ|
//   semidefinite:  every eigenvalue ≥ −1e-6 · tr σ, tested as: σ + 1e-6 · tr(σ) · I has a Cholesky factor (its
//                  rounding error, ≲ d·ε·‖σ‖, is far below the shift for any d this tool meets); a float32 rounding
//                  of a valid covariance (eigenvalues move by ≤ 2⁻²⁴·‖σ‖_F ≤ 6e-8 · tr σ) passes. A σ whose own
//                  Cholesky factorization succeeds (positive definite) passes without the shifted one, and its factor
//                  is kept for the Fréchet distance, which would compute the same one (validationFactor).
//                  A reader may defer this test (covarianceDefect's `deferred`): the Fréchet distance then settles it
//                  on the way, for free when it can (see certifySemidefinite), and settleCovariance runs the test
//                  for whatever is left.
//   magnitude:     every |σᵢⱼ| ≤ 2^400 (MAX_STATISTIC_MAGNITUDE; the same bound holds for μ): the distance's
//                  products (d² · max|σ|², d · max|μ|² for d ≤ 2^20) then stay finite in float64. Statistics of float32
//                  features never come near it (|μ| ≤ 3.4e38, |σ| ≤ 4.7e77); beyond it the distance would be Inf or
// NaN.
// A matrix of zeros (constant features) is valid.


const SYMMETRY_TOLERANCE = 1e-6;
const SEMIDEFINITE_TOLERANCE = 1e-6;
/** The largest |value| of mu or sigma accepted (2^400 ≈ 2.6e120): see the header. */
const MAX_STATISTIC_MAGNITUDE = 2 ** 400;
/** What makes `values` (mu or sigma) non-finite or larger than MAX_STATISTIC_MAGNITUDE, or undefined. */
function magnitudeDefect(values, d) {
    const i = firstBeyondMagnitude(values);
    return i < 0 ? undefined : beyondMagnitude(values, d, i);
}
/**
 * Index of the first value that is NaN, ±Inf or beyond ±MAX_STATISTIC_MAGNITUDE, or −1. The loop builds no message:
 * a string template inside a loop over millions of values keeps some V8 versions (Node 20) from optimizing it.
 */
function firstBeyondMagnitude(values) {
    for (let i = 0; i < values.length; i++)
        if (!(Math.abs(values[i]) <= MAX_STATISTIC_MAGNITUDE))
            return i;
    return -1;
}
function beyondMagnitude(values, d, i) {
    const v = values[i];
    const at = values.length === d ? `[${i}]` : `[${Math.floor(i / d)}, ${i % d}]`;
    return Number.isFinite(v)
        ? `has ${v} at ${at}, beyond ±2^400: too large for the Fréchet distance in float64 (statistics of float32 features stay below 1e78)`
        : `contains ${v} at ${at}`;
}
/** What makes `sigma` (row-major d × d) non-finite, too large or non-symmetric beyond SYMMETRY_TOLERANCE, or undefined.
 * */
function symmetryDefect(sigma, d) {
    return isKnownValidCovariance(sigma) ? undefined : symmetryCheck(sigma, d).defect;
}
/** symmetryDefect's scan and result, with ‖σ − σᵀ‖_F (how far from symmetric an accepted σ is). */
function symmetryCheck(sigma, d) {
    const { maxAbs, worst, sumSquares } = symmetryScan(sigma, d);
    // the sum of squared differences cannot overflow for values within ±2^400; both triangles count
    return { defect: symmetryScanDefect(sigma, d, maxAbs, worst), asymmetry: Math.sqrt(2 * sumSquares) };
}
function symmetryScanDefect(sigma, d, maxAbs, worst) {
    // NaN, ±Inf or a value beyond the bound: named by the first in row-major order
    if (!(maxAbs <= MAX_STATISTIC_MAGNITUDE))
        return magnitudeDefect(sigma, d);
    if (worst <= SYMMETRY_TOLERANCE * maxAbs)
        return undefined;
    // the worst pair named is the first in row-major order among the largest differences
    for (let i = 0; i < d; i++) {
        for (let j = i + 1; j < d; j++) {
            if (Math.abs(sigma[i * d + j] - sigma[j * d + i]) === worst) {
                return `is not symmetric: [${i}, ${j}] = ${sigma[i * d + j]} but [${j}, ${i}] = ${sigma[j * d + i]} (tolerance ${SYMMETRY_TOLERANCE.toExponential(0)} × max |sigma|)`;
            }
        }
    }
    return undefined; // not reached: the largest difference is one of the pairs
}
/**
 * One pass over sigma in square tiles (so that the transposed reads stay in cache): max |σᵢⱼ| (NaN or Infinity when
 * a value is not finite, or beyond MAX_STATISTIC_MAGNITUDE) and max |σᵢⱼ − σⱼᵢ| over i < j.
 */
function symmetryScan(sigma, d) {
    let worst = 0, maxAbs = 0, sumSquares = 0;
    const failed = { maxAbs: Number.NaN, worst: Number.NaN, sumSquares: Number.NaN };
    for (let i = 0; i < d; i++) {
        const v = Math.abs(sigma[i * d + i]);
        if (!(v <= MAX_STATISTIC_MAGNITUDE))
            return failed;
        if (v > maxAbs)
            maxAbs = v;
    }
    for (let i0 = 0; i0 < d; i0 += SYMMETRY_TILE) {
        const i1 = Math.min(d, i0 + SYMMETRY_TILE);
        for (let j0 = i0; j0 < d; j0 += SYMMETRY_TILE) {
            const j1 = Math.min(d, j0 + SYMMETRY_TILE);
            for (let i = i0; i < i1; i++) {
                const ri = i * d;
                for (let j = Math.max(j0, i + 1); j < j1; j++) {
                    const x = sigma[ri + j], y = sigma[j * d + i];
                    const ax = Math.abs(x), ay = Math.abs(y);
                    if (!(ax <= MAX_STATISTIC_MAGNITUDE && ay <= MAX_STATISTIC_MAGNITUDE))
                        return failed;
                    if (ax > maxAbs)
                        maxAbs = ax;
                    if (ay > maxAbs)
                        maxAbs = ay;
                    const diff = Math.abs(x - y);
                    sumSquares += diff * diff;
                    if (diff > worst)
                        worst = diff;
                }
            }
        }
    }
    return { maxAbs, worst, sumSquares };
}
/** Side of the tiles symmetryDefect compares (64 × 64 doubles: 32 KiB per tile and its transpose). */
const SYMMETRY_TILE = 64;
/** Covariances already found valid (by identity), so that a matrix read from a file is not factored twice. */
const valid = new WeakSet();
/**
 * Covariances whose finiteness, symmetry and diagonal were checked but whose semidefiniteness test a reader deferred,
 * with the error that reader throws for a defect found later (settleCovariance).
 */
const deferred = new WeakMap();
/** The deferred test of `sigma`, started once; the entry goes when it ends (valid or not). */
function runPending(sigma, pending) {
    pending.running ??= semidefiniteDefect(sigma, pending.d).finally(() => deferred.delete(sigma));
    return pending.running;
}
/**
 * Whether covarianceDefect already found `sigma` (this very array) finite and symmetric: valid, or valid but for the
 * semidefiniteness test it deferred.
 */
function isKnownValidCovariance(sigma) {
    return valid.has(sigma) || deferred.has(sigma);
}
/** Whether `sigma`'s semidefiniteness test was deferred and is still to be settled. */
function isSemidefinitePending(sigma) {
    return deferred.has(sigma);
}
/** ‖σ − σᵀ‖_F of a matrix whose semidefiniteness test is pending (0 for an exactly symmetric one), else undefined. */
function pendingAsymmetry(sigma) {
    return deferred.get(sigma)?.asymmetry;
}
/**
 * Settles a deferred semidefiniteness test without running it, from a certificate that `sigma` is positive definite
 * found elsewhere: a Cholesky factorization of `sigma` with every pivot above d·ε·max diag σ (the test's own first
 * criterion), or the spectrum of M = L̃ᵀ σ L̃ for a nonsingular L̃ (the Fréchet distance's product) with every computed
 * eigenvalue above a bound on its error under the standard rounding model (metrics/frechet.ts): the exact M is then
 * positive definite, and so is σ, which is congruent to it (Sylvester's law of inertia). An ill-conditioned L̃ shrinks
 * M's eigenvalues below that bound, and σ is then tested.
 */
function certifySemidefinite(sigma) {
    if (deferred.delete(sigma))
        valid.add(sigma);
}
/**
 * Runs `sigma`'s deferred semidefiniteness test, if it is still pending: throws the deferring reader's error for a
 * defect, else records the matrix as valid. A no-op for any other matrix.
 */
async function settleCovariance(sigma) {
    const pending = deferred.get(sigma);
    if (!pending)
        return;
    const defect = await runPending(sigma, pending);
    if (defect)
        throw pending.error(defect);
}
/**
 * Runs `work`; should it throw, the deferred tests of `sigmas` run first (settleCovariance), so that an invalid
 * covariance is reported by its reader's error, as when it is tested on reading, rather than by what it caused.
 */
async function settledOnError(sigmas, work) {
    try {
        return await work();
    }
    catch (err) {
        for (const sigma of sigmas)
            await settleCovariance(sigma);
        throw err;
    }
}
/**
 * Cholesky factors found while validating, by covariance: choleskyLower(sigma, d, { tolerance: choleskyTolerance })
 * with the default block width, exactly what the Fréchet distance's first route computes (metrics/frechet.ts takes
 * it from here instead of factoring the same matrix again).
 */
const factors = new WeakMap();
/** The tolerance of the Fréchet distance's Cholesky route: a pivot ≤ d·ε·max diag σ means "not positive definite". */
function choleskyTolerance(sigma, d) {
    let maxDiag = 0;
    for (let i = 0; i < d; i++)
        maxDiag = Math.max(maxDiag, sigma[i * d + i]);
    return d * Number.EPSILON * maxDiag;
}
/** The factor choleskyLower(sigma, d, { tolerance: choleskyTolerance(sigma, d) }) computed by covarianceDefect, if any.
 * */
function validationFactor(sigma) {
    return factors.get(sigma);
}
/**
 * What makes `sigma` an invalid covariance matrix (non-finite, non-symmetric, negative variance, negative-definite or
 * indefinite beyond the tolerances above), or undefined when it is valid.
 *
 * With `deferred`, a matrix whose every other check passes and whose diagonal is positive is not factored yet: its
 * semidefiniteness test is left pending (isSemidefinitePending), to be certified by the Fréchet distance or run by
 * settleCovariance, which then throws `deferred(defect)` for a defect. A caller that defers must settle.
 */
async function covarianceDefect(sigma, d, opts = {}) {
    if (valid.has(sigma))
        return undefined;
    const pending = deferred.get(sigma);
    if (pending)
        return runPending(sigma, pending);
    const { defect: asym, asymmetry } = symmetryCheck(sigma, d);
    if (asym)
        return asym;
    let trace = 0, minDiag = Infinity, at = 0;
    for (let i = 0; i < d; i++) {
        const v = sigma[i * d + i];
        trace += v;
        if (v < minDiag) {
            minDiag = v;
            at = i;
        }
    }
    if (trace < 0)
        return `has a negative trace (${trace}): it is not a covariance matrix (negative-definite?)`;
    const shift = SEMIDEFINITE_TOLERANCE * trace;
    if (minDiag < -shift)
        return `has a negative variance on its diagonal ([${at}, ${at}] = ${minDiag}): it is not a covariance matrix`;
    if (trace === 0) {
        // every variance is 0: only the zero matrix is semidefinite
        for (let i = 0; i < sigma.length; i++)
            if (sigma[i] !== 0)
                return `has zero variances but a non-zero covariance at [${Math.floor(i / d)}, ${i % d}]: it is indefinite`;
        valid.add(sigma);
        return undefined;
    }
    if (minDiag > 0 && opts.deferred) {
        deferred.set(sigma, { d, error: opts.deferred, asymmetry });
        return undefined;
    }
    return semidefiniteDefect(sigma, d);
}
/**
 * The semidefiniteness part of covarianceDefect, for a finite symmetric `sigma` with a positive trace and no variance
 * below −shift.
 */
async function semidefiniteDefect(sigma, d) {
    let trace = 0, minDiag = Infinity;
    for (let i = 0; i < d; i++) {
        trace += sigma[i * d + i];
        minDiag = Math.min(minDiag, sigma[i * d + i]);
    }
    const shift = SEMIDEFINITE_TOLERANCE * trace;
    if (minDiag > 0) {
        // positive definite (every pivot above d·ε·max diag σ) implies semidefinite, and this factor is the one the
        // Fréchet distance needs; only a singular or indefinite σ goes on to the shifted test
        const l = await (0,_cholesky_js__WEBPACK_IMPORTED_MODULE_0__/* .choleskyLower */ .y)(sigma, d, { tolerance: choleskyTolerance(sigma, d) });
        if (l) {
            factors.set(sigma, l);
            valid.add(sigma);
            return undefined;
        }
    }
    const shifted = sigma.slice();
    for (let i = 0; i < d; i++)
        shifted[i * d + i] += shift;
    if (await (0,_cholesky_js__WEBPACK_IMPORTED_MODULE_0__/* .choleskyLower */ .y)(shifted, d)) {
        valid.add(sigma);
        return undefined;
    }
    let lowest = Infinity;
    for (const l of await (0,_symmetric_eigen_js__WEBPACK_IMPORTED_MODULE_1__/* .symmetricEigenvaluesTwoStage */ .m$)(sigma, d))
        lowest = Math.min(lowest, l);
    return `is not positive semidefinite: its smallest eigenvalue is ${lowest.toPrecision(4)}, below −${SEMIDEFINITE_TOLERANCE.toExponential(0)} × trace = ${(-shift).toExponential(3)} (indefinite)`;
}


/***/ }),

/***/ 61705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ runGraph),
/* harmony export */   L7: () => (/* binding */ cachedSession),
/* harmony export */   Lm: () => (/* binding */ i64s),
/* harmony export */   Mm: () => (/* binding */ lap),
/* harmony export */   T_: () => (/* binding */ f64),
/* harmony export */   cq: () => (/* binding */ i64),
/* harmony export */   j0: () => (/* binding */ tileSession),
/* harmony export */   vE: () => (/* binding */ gemm),
/* harmony export */   zh: () => (/* binding */ graphSession)
/* harmony export */ });
/* unused harmony export tileProviders */
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43958);
/* harmony import */ var _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70130);
/* harmony import */ var _features_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76715);
// onnxruntime plumbing for the float64 linear algebra of src/math/: one session cache shared by every kernel that
// runs a small ONNX graph (linear algebra, distance tiles, top-k tiles), the value-info and Gemm helpers the graphs
// are written with, and runGraph, which feeds typed arrays without copies.



const sessions = new Map();
/**
 * The one cached ORT session per key (module level; the graphs' dimensions are symbolic, so a graph serves all
 * sizes). `build` runs once, on the first call for the key; `options` default to cpuSessionOptions().
 */
function cachedSession(key, build, options) {
    let s = sessions.get(key);
    if (!s) {
        const g = build();
        s = onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.InferenceSession.create((0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .model */ .ge)({ name: key, nodes: g.nodes, initializers: [], inputs: g.inputs, outputs: g.outputs }, { opset: 17 }), options ? options() : (0,_features_session_js__WEBPACK_IMPORTED_MODULE_2__/* .cpuSessionOptions */ .h5)());
        sessions.set(key, s);
    }
    return s;
}
/**
 * The cached session of a float32 tile graph on `device` (see MetricsDevice); on the CPU when the device cannot be
 * used (or when no session can be made there). The graph's result does not depend on where it runs beyond float32
 * rounding.
 */
function tileSession(key, build, device = 'cpu', cpuOptions) {
    if (device !== 'webgpu') {
        if (device === 'cuda')
            tileProviders.set(key, 'cpu');
        return cachedSession(key, build, cpuOptions);
    }
    const gpuKey = `${key}@webgpu`;
    let s = sessions.get(gpuKey);
    if (!s) {
        s = cachedSession(gpuKey, build, () => (0,_features_session_js__WEBPACK_IMPORTED_MODULE_2__/* .webgpuSessionOptions */ .f0)()).then((gpu) => {
            tileProviders.set(key, 'webgpu');
            return gpu;
        }, () => {
            tileProviders.set(key, 'cpu');
            return cachedSession(key, build, cpuOptions);
        });
        sessions.set(gpuKey, s);
    }
    return s;
}
/** Where tileSession placed each graph asked for on a GPU device: 'webgpu', or 'cpu' (asked for with 'cuda', or no
 * WebGPU session could be made). */
const tileProviders = new Map();
/**
 * A session for the linear-algebra graphs of src/math/. The intra-op threads do not spin between operators: these
 * graphs are chains of short, often memory-bound Gemms called hundreds of times with JS work in between, and on a busy
 * machine spinning workers measured 2–4× slower
 * (they compete with the JS thread and with each other) while on an idle one the difference is within noise.
 * No memory arena: at d = 2048 the arenas of these sessions kept ~250 MB after the call for no measurable speed-up.
 */
function graphSession(key, build) {
    return cachedSession(`linalg:${key}`, build, () => ({
        ...(0,_features_session_js__WEBPACK_IMPORTED_MODULE_2__/* .cpuSessionOptions */ .h5)(),
        enableCpuMemArena: false,
        extra: { session: { intra_op: { allow_spinning: '0' } } },
    }));
}
const f64 = (name, dims) => (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .valueInfo */ .ul)(name, _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .DataType */ .pe.DOUBLE, dims);
const i64 = (name, dims) => (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .valueInfo */ .ul)(name, _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .DataType */ .pe.INT64, dims);
/** ONNX Gemm: Y = alpha·op(A)·op(B) + beta·C. */
function gemm(a, b, c, y, o = {}) {
    const attrs = {
        alpha: { float: o.alpha ?? 1 },
        beta: { float: o.beta ?? 1 },
    };
    if (o.ta)
        attrs.transA = 1;
    if (o.tb)
        attrs.transB = 1;
    return (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .node */ .rH)('Gemm', c ? [a, b, c] : [a, b], [y], attrs);
}
/**
 * Runs a cached graph. Inputs are passed to ORT without a copy (views into larger arrays are fine). An output comes
 * back as a new array, unless `outputs` gives an array (and shape) for it: that array is then filled. Reusing such
 * arrays across calls saves allocating fresh, page-faulting memory for each output (about half the time of a call
 * whose output is a few MB), so large outputs of repeated calls go to reused arrays.
 */
async function runGraph(session, feeds, outputs = {}) {
    const s = await session;
    const inputs = {};
    for (const [k, [data, dims]] of Object.entries(feeds))
        inputs[k] = new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor(data instanceof BigInt64Array ? 'int64' : 'float64', data, dims);
    // preallocated outputs: filled in place; they must not overlap an input (an internal error, not a user's)
    const preallocated = Object.keys(outputs).length > 0;
    for (const [k, [o]] of Object.entries(outputs))
        for (const [i, [x]] of Object.entries(feeds))
            if (overlaps(o, x))
                throw new Error(`runGraph: output ${k} overlaps input ${i}`);
    const fetches = {};
    for (const k of s.outputNames) {
        const o = outputs[k];
        fetches[k] = o ? new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float64', o[0], o[1]) : null;
    }
    const res = preallocated ? await s.run(inputs, fetches) : await s.run(inputs);
    const out = {};
    for (const k of s.outputNames)
        out[k] = outputs[k] ? outputs[k][0] : res[k].data;
    return out;
}
function overlaps(a, b) {
    return (a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength);
}
const i64s = (...v) => BigInt64Array.from(v.map((x) => BigInt(x)));
/** Adds elapsed seconds since t0 to timings[key] (when timings are collected). */
function lap(timings, key, t0) {
    const t = performance.now();
    if (timings)
        timings[key] = (timings[key] ?? 0) + (t - t0) / 1000;
    return t;
}


/***/ }),

/***/ 141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gk: () => (/* reexport */ tridiagonal/* symmetricEigenvalues */.gk),
  m$: () => (/* binding */ symmetricEigenvaluesTwoStage)
});

// UNUSED EXPORTS: DEFAULT_BANDWIDTH

// EXTERNAL MODULE: ./src/features/onnx-writer.ts
var onnx_writer = __webpack_require__(70130);
// EXTERNAL MODULE: ./src/math/ort-linalg.ts
var ort_linalg = __webpack_require__(61705);
;// CONCATENATED MODULE: ./src/math/band-reduction.ts
// Stage 1 of the two-stage symmetric eigenvalue reduction (symmetric-eigen.ts): dense → band by blocked Householder
// QR of panels and delayed two-sided updates through onnxruntime float64 Gemms. See symmetric-eigen.ts for the
// references.


function newBandMatrix(n, b, shared = false) {
    const w = Math.max(2 * b, 1);
    return { n, b, w, ab: shared ? new Float64Array(new SharedArrayBuffer(8 * n * w)) : new Float64Array(n * w) };
}
/** The band (lower triangle within distance b) of a dense symmetric matrix, without any reduction. */
function bandFromDense(a, n, b) {
    const band = newBandMatrix(n, b), w1 = band.w - 1;
    for (let i = 0; i < n; i++)
        for (let k = Math.max(0, i - b); k <= i; k++)
            band.ab[w1 * (i + 1) + k] = a[i * n + k];
    return band;
}
// The group's pending updates A_cur = A − Σⱼ (vⱼ zⱼᵀ + zⱼ vⱼᵀ) are kept as two stacked, interleaved copies
// U1 = [v₀ᵀ; z₀ᵀ; v₁ᵀ; z₁ᵀ; …] and U2 = [z₀ᵀ; v₀ᵀ; z₁ᵀ; v₁ᵀ; …] (2k × m), so that every correction is a single
// Gemm: A_cur X = A X − U1ᵀ (U2 X).
/**
 * Panel columns cols = [c, c + w) of every row of the trailing matrix, brought up to date: P = A[:, cols] − U1ᵀ U2[:, cols]
 * (with `pending`; else A[:, cols] alone). The column slices are gathered by ORT, not in JS.
 */
const bandPanelSession = (pending) => (0,ort_linalg/* graphSession */.zh)(pending ? 'band-panel' : 'band-panel0', () => ({
    nodes: [
        (0,onnx_writer/* node */.rH)('Slice', ['A', 'sc', 'ec', 'axis1'], [pending ? 'Pold' : 'P']),
        ...(pending
            ? [
                (0,onnx_writer/* node */.rH)('Slice', ['U2', 'sc', 'ec', 'axis1'], ['Us']),
                (0,ort_linalg/* gemm */.vE)('U1', 'Us', 'Pold', 'P', { ta: true, alpha: -1, beta: 1 }),
            ]
            : []),
    ],
    inputs: [
        (0,ort_linalg/* f64 */.T_)('A', ['m', 'm']),
        (0,ort_linalg/* i64 */.cq)('sc', [1]),
        (0,ort_linalg/* i64 */.cq)('ec', [1]),
        (0,ort_linalg/* i64 */.cq)('axis1', [1]),
        ...(pending ? [(0,ort_linalg/* f64 */.T_)('U1', ['j', 'm']), (0,ort_linalg/* f64 */.T_)('U2', ['j', 'm'])] : []),
    ],
    outputs: [(0,ort_linalg/* f64 */.T_)('P', ['m', 'w'])],
}));
/**
 * For the rows r.. that the panel's reflectors touch: W = (A_cur V T)[r:, :] and Z = W − ½ Vᵣ Tᵀ (Vᵣᵀ W), where
 * V (m × q) is zero above row r and Ar = A[r:, :] is passed as a view (only those rows are read).
 */
const bandWzSession = (pending) => (0,ort_linalg/* graphSession */.zh)(pending ? 'band-wz' : 'band-wz0', () => ({
    nodes: [
        (0,onnx_writer/* node */.rH)('MatMul', ['Ar', 'V'], [pending ? 'AV' : 'Y']),
        (0,onnx_writer/* node */.rH)('Slice', ['V', 'sr', 'er'], ['Vr']),
        ...(pending
            ? [
                (0,onnx_writer/* node */.rH)('MatMul', ['U2', 'V'], ['S']),
                (0,ort_linalg/* gemm */.vE)('U1', 'S', undefined, 'C', { ta: true }),
                (0,onnx_writer/* node */.rH)('Slice', ['C', 'sr', 'er'], ['Cr']),
                (0,onnx_writer/* node */.rH)('Sub', ['AV', 'Cr'], ['Y']),
            ]
            : []),
        (0,onnx_writer/* node */.rH)('MatMul', ['Y', 'T'], ['W']),
        (0,ort_linalg/* gemm */.vE)('Vr', 'W', undefined, 'G', { ta: true }),
        (0,ort_linalg/* gemm */.vE)('T', 'G', undefined, 'X', { ta: true }),
        (0,ort_linalg/* gemm */.vE)('Vr', 'X', 'W', 'Z', { alpha: -0.5, beta: 1 }),
    ],
    inputs: [
        (0,ort_linalg/* f64 */.T_)('Ar', ['p', 'm']),
        (0,ort_linalg/* f64 */.T_)('V', ['m', 'q']),
        (0,ort_linalg/* f64 */.T_)('T', ['q', 'q']),
        (0,ort_linalg/* i64 */.cq)('sr', [2]),
        (0,ort_linalg/* i64 */.cq)('er', [2]),
        ...(pending ? [(0,ort_linalg/* f64 */.T_)('U1', ['j', 'm']), (0,ort_linalg/* f64 */.T_)('U2', ['j', 'm'])] : []),
    ],
    outputs: [(0,ort_linalg/* f64 */.T_)('Z', ['p', 'q'])],
}));
/** The group's accumulated two-sided update of the trailing matrix: A[s:, s:] − U1ᵀ U2 (U1, U2 restricted to those
 * columns). */
const bandTrailSession = () => (0,ort_linalg/* graphSession */.zh)('band-trail', () => ({
    nodes: [(0,onnx_writer/* node */.rH)('Slice', ['A', 's', 'e'], ['As']), (0,ort_linalg/* gemm */.vE)('U1', 'U2', 'As', 'Y', { ta: true, alpha: -1, beta: 1 })],
    inputs: [(0,ort_linalg/* f64 */.T_)('A', ['m', 'm']), (0,ort_linalg/* f64 */.T_)('U1', ['j', 'r']), (0,ort_linalg/* f64 */.T_)('U2', ['j', 'r']), (0,ort_linalg/* i64 */.cq)('s', [2]), (0,ort_linalg/* i64 */.cq)('e', [2])],
    outputs: [(0,ort_linalg/* f64 */.T_)('Y', ['r', 'r'])],
}));
/**
 * Householder QR of the mr × b row-major block `p` (row stride b) in place (GVL §5.2): R on and above the diagonal,
 * the essential parts of v₀ … v_{q−1} below it (vⱼ[j] = 1 implied), τⱼ in `taus`. q = min(b, mr − 1) reflectors.
 * Row-major, so that each reflector's products with the columns to its right are one pass over the rows with the
 * partial sums side by side in `t` (length b).
 */
function panelQR(p, mr, b, q, taus, t, kernels) {
    if (kernels) {
        kernels.qr(p, mr, q, taus);
        return;
    }
    const end = mr * b;
    for (let j = 0; j < q; j++) {
        const x0 = p[j * b + j];
        let s0 = 0, s1 = 0, o = (j + 1) * b + j;
        for (; o + b < end; o += 2 * b) {
            const x = p[o], y = p[o + b];
            s0 += x * x;
            s1 += y * y;
        }
        if (o < end)
            s0 += p[o] * p[o];
        const sig = s0 + s1;
        if (sig === 0) {
            taus[j] = 0;
            continue;
        }
        const norm = Math.sqrt(x0 * x0 + sig), beta = x0 >= 0 ? -norm : norm, tau = (beta - x0) / beta, sc = 1 / (x0 - beta);
        for (o = (j + 1) * b + j; o < end; o += b)
            p[o] *= sc;
        p[j * b + j] = beta;
        taus[j] = tau;
        if (j + 1 === b)
            continue;
        // t = (vⱼᵀ A[:, j+1:]) with vⱼ[j] = 1, then A[:, j+1:] −= τ vⱼ t
        for (let c = j + 1; c < b; c++)
            t[c] = p[j * b + c];
        for (o = (j + 1) * b; o < end; o += b) {
            const v = p[o + j];
            for (let c = j + 1; c < b; c++)
                t[c] += v * p[o + c];
        }
        for (let c = j + 1; c < b; c++) {
            t[c] *= tau;
            p[j * b + c] -= t[c];
        }
        for (o = (j + 1) * b; o < end; o += b) {
            const v = p[o + j];
            for (let c = j + 1; c < b; c++)
                p[o + c] -= v * t[c];
        }
    }
}
/**
 * T (q × q upper triangular, row-major) of the compact WY form H₀ H₁ ⋯ H_{q−1} = I − V T Vᵀ (Schreiber & Van Loan
 * 1989; GVL §5.1): T[j][j] = τⱼ, T[0:j, j] = −τⱼ T[0:j, 0:j] (V[:, 0:j]ᵀ vⱼ). V is panelQR's, row-major in `p` (row
 * stride b); the products V[:, 0:j]ᵀ vⱼ for every j come from one pass over the rows, into `g` (q × q, g[l·q + j]).
 */
function compactWY(p, mr, b, q, taus, tm, g, kernels) {
    tm.fill(0, 0, q * q);
    g.fill(0, 0, q * q);
    // row i holds vⱼ[i] for j < i (and vᵢ[i] = 1 for i < q): it adds V[i][l]·V[i][j] to g[l][j] for l < j
    if (q !== b)
        kernels = undefined;
    const loopRows = kernels ? Math.min(mr, q) : mr;
    for (let i = 1; i < loopRows; i++) {
        const o = i * b, jm = Math.min(i, q - 1);
        for (let j = 1; j <= jm; j++) {
            const vj = j === i ? 1 : p[o + j];
            for (let l = 0; l < j; l++)
                g[l * q + j] += p[o + l] * vj;
        }
    }
    if (kernels && mr > q)
        kernels.gram(p, mr, g); // rows q .. mr − 1, every product, in the same order
    for (let j = 0; j < q; j++) {
        const tau = taus[j];
        for (let i = 0; i < j; i++) {
            let s = 0;
            for (let l = i; l < j; l++)
                s += tm[i * q + l] * g[l * q + j];
            tm[i * q + j] = -tau * s;
        }
        tm[j * q + j] = tau;
    }
}
const panelKernelCache = new Map();
/**
 * panelQR and the bulk of compactWY's row pass with the loops over the b columns unrolled and the partial sums in
 * locals, generated once per b: the same operations in the same order as the loops (so the same results), but V8
 * spends on loops of 1–11 columns more than on their arithmetic (2.5× and 4× faster measured at b = 12). undefined
 * where code generation from strings is disabled, or for b above unrollMax.
 */
function panelKernels(b, unrollMax = 24) {
    if (b > unrollMax)
        return undefined;
    let k = panelKernelCache.get(b);
    if (k === undefined) {
        try {
            k = generatePanelKernels(b);
        }
        catch {
            k = null; // --disallow-code-generation-from-strings: the loops
        }
        panelKernelCache.set(b, k);
    }
    return k ?? undefined;
}
/** Whether denseToBand runs generated panel kernels for bandwidth b (tests). */
function hasPanelKernels(b) {
    return panelKernels(b) !== undefined;
}
function generatePanelKernels(b) {
    const cols = (from) => Array.from({ length: b - from }, (_, i) => from + i);
    let qr = `const end = mr * ${b}; let o = 0;`;
    for (let j = 0; j < b; j++) {
        const rest = cols(j + 1);
        qr += `if (q > ${j}) {
      const x0 = p[${j * b + j}];
      let s0 = 0, s1 = 0;
      for (o = ${(j + 1) * b + j}; o + ${b} < end; o += ${2 * b}) { const x = p[o], y = p[o + ${b}]; s0 += x * x; s1 += y * y; }
      if (o < end) s0 += p[o] * p[o];
      const sig = s0 + s1;
      if (sig === 0) taus[${j}] = 0;
      else {
        const norm = Math.sqrt(x0 * x0 + sig), beta = x0 >= 0 ? -norm : norm, tau = (beta - x0) / beta, sc = 1 / (x0 - beta);
        for (o = ${(j + 1) * b + j}; o < end; o += ${b}) p[o] *= sc;
        p[${j * b + j}] = beta;
        taus[${j}] = tau;`;
        if (rest.length) {
            qr += `${rest.map((c) => `let t${c} = p[${j * b + c}];`).join('')}
        for (o = ${(j + 1) * b}; o < end; o += ${b}) { const v = p[o + ${j}]; ${rest.map((c) => `t${c} += v * p[o + ${c}];`).join('')} }
        ${rest.map((c) => `t${c} *= tau; p[${j * b + c}] -= t${c};`).join('')}
        for (o = ${(j + 1) * b}; o < end; o += ${b}) { const v = p[o + ${j}]; ${rest.map((c) => `p[o + ${c}] -= v * t${c};`).join('')} }`;
        }
        qr += '}}';
    }
    const pairs = [];
    for (let j = 1; j < b; j++)
        for (let l = 0; l < j; l++)
            pairs.push([l, j]);
    const gram = `${pairs.map(([l, j]) => `let g${l}_${j} = g[${l * b + j}];`).join('')}
    for (let o = ${b * b}, end = mr * ${b}; o < end; o += ${b}) {
      ${cols(0)
        .map((c) => `const v${c} = p[o + ${c}];`)
        .join('')}
      ${pairs.map(([l, j]) => `g${l}_${j} += v${l} * v${j};`).join('')}
    }
    ${pairs.map(([l, j]) => `g[${l * b + j}] = g${l}_${j};`).join('')}`;
    return {
        qr: new Function('p', 'mr', 'q', 'taus', qr),
        gram: new Function('p', 'mr', 'g', gram),
    };
}
/** The work arrays of denseToBand for n × n into `band` with g panels of b columns per group. */
function bandWork(a, n, b, g, band, opts) {
    const gcols = g * b;
    return {
        n,
        b,
        g,
        gcols,
        band,
        u1: new Float64Array(2 * gcols * n),
        u2: new Float64Array(2 * gcols * n),
        vp: new Float64Array(n * b),
        taus: new Float64Array(b),
        tm: new Float64Array(b * b),
        t: new Float64Array(b),
        gram: new Float64Array(b * b),
        kernels: panelKernels(b, opts.unrollMax),
        cur: a,
        trailing: [undefined, undefined],
        curSlot: -1,
        panelOut: new Float64Array(n * (b + 1)),
        zOut: new Float64Array(n * b),
        g0: 0,
        timings: opts.timings,
        t0: performance.now(),
    };
}
/**
 * The w panel columns from column c of the trailing matrix (every row; only rows c.. are used), brought up to date
 * with the group's k pending reflectors.
 */
async function loadPanel(s, m0, c, w, k) {
    const { u1, u2, cur } = s;
    s.t0 = (0,ort_linalg/* lap */.Mm)(s.timings, 'band.js', s.t0);
    const pan = (await (0,ort_linalg/* runGraph */.C3)(bandPanelSession(k > 0), {
        A: [cur.subarray(0, m0 * m0), [m0, m0]],
        sc: [(0,ort_linalg/* i64s */.Lm)(c), [1]],
        ec: [(0,ort_linalg/* i64s */.Lm)(c + w), [1]],
        axis1: [(0,ort_linalg/* i64s */.Lm)(1), [1]],
        ...(k > 0
            ? {
                U1: [u1.subarray(0, 2 * k * m0), [2 * k, m0]],
                U2: [u2.subarray(0, 2 * k * m0), [2 * k, m0]],
            }
            : {}),
    }, { P: [s.panelOut.subarray(0, m0 * w), [m0, w]] })).P;
    s.t0 = (0,ort_linalg/* lap */.Mm)(s.timings, 'band.ort', s.t0);
    return pan;
}
/**
 * The panel's q reflectors: Householder QR of the mr × b block below the band, in place in `pan` (the panel's
 * columns, row stride b), R into the band, T of the compact WY form into tm. Returns the factored block (a view of
 * the panel's rows r .. m0 − 1): R and the reflectors' essential parts.
 */
function panelReflectors(s, pan, c, r, mr, q) {
    const { b, taus, tm, g0 } = s;
    const ab = s.band.ab, w1 = s.band.w - 1;
    const qr = pan.subarray(r * b, (r + mr) * b);
    panelQR(qr, mr, b, q, taus, s.t, s.kernels);
    // R (upper trapezoidal) → band; the entries below it (beyond distance b) stay zero
    for (let i = 0; i < Math.min(b, mr); i++) {
        const row = w1 * (g0 + r + i + 1) + g0 + c;
        for (let j = i; j < b; j++)
            ab[row + j] = qr[i * b + j];
    }
    compactWY(qr, mr, b, q, taus, tm, s.gram, s.kernels);
    return qr;
}
/**
 * V (m0 × q, row-major, zero above row r) of the panel's reflectors (in `qr`, panelReflectors's block) into vp for the
 * products, and each v appended to u1/u2 after the k pending ones.
 */
function appendReflectors(s, qr, m0, r, mr, q, k) {
    const { vp, u1, u2, b } = s;
    vp.fill(0, 0, r * q);
    for (let i = 0; i < mr; i++) {
        const o = i * b, ov = (r + i) * q;
        for (let j = 0; j < q; j++)
            vp[ov + j] = j < i ? qr[o + j] : j === i ? 1 : 0;
    }
    for (let j = 0; j < q; j++) {
        const rv1 = 2 * (k + j) * m0, rv2 = rv1 + m0;
        u1.fill(0, rv1, rv1 + r + j);
        u2.fill(0, rv2, rv2 + r + j);
        u1[rv1 + r + j] = 1;
        u2[rv2 + r + j] = 1;
        for (let i = j + 1, o = (j + 1) * b + j; i < mr; i++, o += b) {
            const x = qr[o];
            u1[rv1 + r + i] = x;
            u2[rv2 + r + i] = x;
        }
    }
}
/** Z of the panel's q reflectors (bandWzSession, rows r .. m0 − 1), each z appended to u1/u2 beside its v. */
async function appendZ(s, m0, r, mr, q, k) {
    const { cur, vp, tm, u1, u2 } = s;
    s.t0 = (0,ort_linalg/* lap */.Mm)(s.timings, 'band.js', s.t0);
    const z = (await (0,ort_linalg/* runGraph */.C3)(bandWzSession(k > 0), {
        Ar: [cur.subarray(r * m0, m0 * m0), [mr, m0]],
        V: [vp.subarray(0, m0 * q), [m0, q]],
        T: [tm.subarray(0, q * q), [q, q]],
        sr: [(0,ort_linalg/* i64s */.Lm)(r, 0), [2]],
        er: [(0,ort_linalg/* i64s */.Lm)(m0, q), [2]],
        ...(k > 0
            ? {
                U1: [u1.subarray(0, 2 * k * m0), [2 * k, m0]],
                U2: [u2.subarray(0, 2 * k * m0), [2 * k, m0]],
            }
            : {}),
    }, { Z: [s.zOut.subarray(0, mr * q), [mr, q]] })).Z; // rows r .. m0−1
    s.t0 = (0,ort_linalg/* lap */.Mm)(s.timings, 'band.ort', s.t0);
    for (let j = 0; j < q; j++) {
        const rz1 = (2 * (k + j) + 1) * m0, rz2 = 2 * (k + j) * m0;
        u1.fill(0, rz1, rz1 + r);
        u2.fill(0, rz2, rz2 + r);
        for (let i = 0; i < mr; i++) {
            const x = z[i * q + j];
            u1[rz1 + r + i] = x;
            u2[rz2 + r + i] = x;
        }
    }
}
/**
 * One group of up to g panels of the trailing matrix (m0 × m0): each panel's diagonal block and R into the band, its
 * reflectors pending in u1/u2. Returns the pending reflector count k, or −1 when the band is complete.
 */
async function reduceGroup(s, m0) {
    const { b, g, g0 } = s;
    const ab = s.band.ab, w1 = s.band.w - 1;
    let k = 0; // k reflectors pending in u1/u2 (2k rows)
    for (let p = 0; p < g; p++) {
        const c = p * b, r = c + b, mr = m0 - r;
        if (c >= m0)
            return -1;
        const w = mr <= 1 ? m0 - c : b; // the last panel takes every remaining column (≤ b + 1)
        const pan = await loadPanel(s, m0, c, w, k);
        // diagonal block → band
        for (let i = 0; i < w; i++) {
            const o = w1 * (g0 + c + i + 1) + g0 + c, q = (c + i) * w;
            for (let j = 0; j <= i; j++)
                ab[o + j] = pan[q + j];
        }
        if (mr <= 1)
            return -1;
        const q = Math.min(b, mr - 1);
        const qr = panelReflectors(s, pan, c, r, mr, q);
        appendReflectors(s, qr, m0, r, mr, q, k);
        await appendZ(s, m0, r, mr, q, k);
        k += q;
    }
    return k;
}
/** Applies the group's k pending reflectors to the trailing matrix, once, and moves past the group's columns. */
async function updateTrailing(s, m0, k) {
    const { n, gcols, u1, u2 } = s;
    const m1 = m0 - gcols, rows = 2 * k;
    s.trail1 ??= new Float64Array(2 * gcols * n);
    s.trail2 ??= new Float64Array(2 * gcols * n);
    const t1 = s.trail1.subarray(0, rows * m1), t2 = s.trail2.subarray(0, rows * m1);
    for (let kk = 0; kk < rows; kk++) {
        t1.set(u1.subarray(kk * m0 + gcols, (kk + 1) * m0), kk * m1);
        t2.set(u2.subarray(kk * m0 + gcols, (kk + 1) * m0), kk * m1);
    }
    s.t0 = (0,ort_linalg/* lap */.Mm)(s.timings, 'band.js', s.t0);
    // the trailing matrices alternate between two arrays (never the caller's `a`, never the input of the same call)
    const next = s.curSlot === 0 ? 1 : 0;
    s.trailing[next] ??= new Float64Array(m1 * m1);
    s.curSlot = next;
    s.cur = (await (0,ort_linalg/* runGraph */.C3)(bandTrailSession(), {
        A: [s.cur.subarray(0, m0 * m0), [m0, m0]],
        U1: [t1, [rows, m1]],
        U2: [t2, [rows, m1]],
        s: [(0,ort_linalg/* i64s */.Lm)(gcols, gcols), [2]],
        e: [(0,ort_linalg/* i64s */.Lm)(m0, m0), [2]],
    }, { Y: [s.trailing[next].subarray(0, m1 * m1), [m1, m1]] })).Y;
    s.t0 = (0,ort_linalg/* lap */.Mm)(s.timings, 'band.trail', s.t0);
    s.g0 += gcols;
}
/**
 * Orthogonal reduction of the symmetric `a` (row-major n × n, not modified; both triangles are read) to a band
 * matrix of bandwidth b with the same eigenvalues (stage 1 of the two-stage reduction; see the notes above).
 */
async function denseToBand(a, n, b, opts = {}) {
    const band = opts.band ?? newBandMatrix(n, b);
    const g = Math.max(1, Math.round((opts.groupColumns ?? 256) / b));
    const s = bandWork(a, n, b, g, band, opts);
    for (;;) {
        const m0 = n - s.g0;
        const k = await reduceGroup(s, m0);
        if (k < 0)
            break;
        await updateTrailing(s, m0, k);
    }
    return band;
}

;// CONCATENATED MODULE: ./src/math/bulge-chase.ts
/** Control words shared with the chase worker (Int32Array over a SharedArrayBuffer). */
const CTL_GO = 0, CTL_ABORT = 1, bulge_chase_CTL_READY = 2, CTL_FAILED = 3, CTL_WORDS = 4;
/**
 * The bulge chase, written without references outside this function so that its source text can be evaluated in a
 * worker thread as well (see chaseWorker).
 */
function chaseRuntime() {
    /**
     * Householder reflector for x = A[i0 .. i0+len−1, col]: H x = β e₁ with H = I − τ v vᵀ, v₀ = 1 (GVL §5.1,
     * LAPACK's sign convention). Writes v, stores β and zeros in the column, returns τ (0 when x is already β e₁).
     */
    function house(ab, w1, i0, col, len, v, vo) {
        const b0 = w1 * (i0 + 1) + col;
        const x0 = ab[b0];
        let sig = 0;
        for (let r = 1; r < len; r++) {
            const x = ab[b0 + r * w1];
            sig += x * x;
        }
        v[vo] = 1;
        if (sig === 0) {
            for (let r = 1; r < len; r++)
                v[vo + r] = 0;
            return 0;
        }
        const norm = Math.sqrt(x0 * x0 + sig), beta = x0 >= 0 ? -norm : norm, tau = (beta - x0) / beta, sc = 1 / (x0 - beta);
        for (let r = 1; r < len; r++) {
            const q = b0 + r * w1;
            v[vo + r] = ab[q] * sc;
            ab[q] = 0;
        }
        ab[b0] = beta;
        return tau;
    }
    /** A[I, I] ← H A[I, I] H for I = [i0, i0 + len), symmetric rank-2 form (GVL §8.3), lower storage. */
    function twoSided(ab, w1, i0, len, v, vo, tau, p) {
        for (let r = 0; r < len; r++)
            p[r] = 0;
        for (let r = 0; r < len; r++) {
            const base = w1 * (i0 + r + 1) + i0, vr = v[vo + r];
            let s = 0;
            for (let c = 0; c < r; c++) {
                const x = ab[base + c];
                s += x * v[vo + c];
                p[c] += x * vr;
            }
            p[r] += s + ab[base + r] * vr;
        }
        let pv = 0;
        for (let r = 0; r < len; r++) {
            p[r] *= tau;
            pv += p[r] * v[vo + r];
        }
        const h = 0.5 * tau * pv;
        for (let r = 0; r < len; r++)
            p[r] -= h * v[vo + r];
        for (let r = 0; r < len; r++) {
            const base = w1 * (i0 + r + 1) + i0, vr = v[vo + r], pr = p[r];
            for (let c = 0; c <= r; c++)
                ab[base + c] -= vr * p[c] + pr * v[vo + c];
        }
    }
    /** A[rows, cols] ← A[rows, cols] H: `rows` rows from i1, `len` columns from col. */
    function right(ab, w1, i1, rows, col, len, v, vo, tau) {
        for (let r = 0; r < rows; r++) {
            const base = w1 * (i1 + r + 1) + col;
            let s = 0;
            for (let c = 0; c < len; c++)
                s += ab[base + c] * v[vo + c];
            s *= tau;
            for (let c = 0; c < len; c++)
                ab[base + c] -= s * v[vo + c];
        }
    }
    /** A[rows, cols] ← H A[rows, cols]: `rows` rows from i1 (H of that length), nc columns from col. */
    function left(ab, w1, i1, rows, col, nc, v, vo, tau, wv) {
        for (let c = 0; c < nc; c++)
            wv[c] = 0;
        for (let r = 0; r < rows; r++) {
            const base = w1 * (i1 + r + 1) + col, vr = v[vo + r];
            for (let c = 0; c < nc; c++)
                wv[c] += vr * ab[base + c];
        }
        for (let r = 0; r < rows; r++) {
            const base = w1 * (i1 + r + 1) + col, f = tau * v[vo + r];
            for (let c = 0; c < nc; c++)
                ab[base + c] -= f * wv[c];
        }
    }
    const cache = new Map();
    /**
     * The three full-size (b × b) kernels with their inner loops unrolled for this b, generated once per b: the same
     * operations as right/left/twoSided, but V8 spends less on loop control than on arithmetic for loops of 8–24 and
     * keeps v and the partial sums in registers (about 2× faster measured).
     */
    function unrolled(b) {
        let k = cache.get(b);
        if (k)
            return k;
        try {
            k = generate(b);
        }
        catch {
            return undefined;
        } // code generation disabled (--disallow-code-generation-from-strings): plain loops
        cache.set(b, k);
        return k;
    }
    function generate(b) {
        const idx = Array.from({ length: b }, (_, c) => c);
        const loadV = idx.map((c) => `const v${c} = v[vo + ${c}];`).join('');
        const r = `${loadV}
      for (let r = 0, base = w1 * (i1 + 1) + col; r < rows; r++, base += w1) {
        const s = tau * (${idx.map((c) => `ab[base + ${c}] * v${c}`).join(' + ')});
        ${idx.map((c) => `ab[base + ${c}] -= s * v${c};`).join('')}
      }`;
        const nc = idx.slice(0, b - 1);
        const l = `${nc.map((c) => `let u${c} = 0;`).join('')}
      const b0 = w1 * (i1 + 1) + col + 1;
      for (let r = 0, base = b0; r < ${b}; r++, base += w1) { const vr = v[vo + r]; ${nc.map((c) => `u${c} += vr * ab[base + ${c}];`).join('')} }
      for (let r = 0, base = b0; r < ${b}; r++, base += w1) { const f = tau * v[vo + r]; ${nc.map((c) => `ab[base + ${c}] -= f * u${c};`).join('')} }`;
        let t = `${loadV}${idx.map((i) => `let p${i} = 0;`).join('')}const B = w1 * (i0 + 1) + i0;`;
        for (let i = 0; i < b; i++) {
            for (let c = 0; c < i; c++)
                t += `{ const x = ab[B + ${i} * w1 + ${c}]; p${i} += x * v${c}; p${c} += x * v${i}; }`;
            t += `p${i} += ab[B + ${i} * w1 + ${i}] * v${i};`;
        }
        t += `let pv = 0;${idx.map((i) => `p${i} *= tau; pv += p${i} * v${i};`).join('')}const h = 0.5 * tau * pv;${idx.map((i) => `p${i} -= h * v${i};`).join('')}`;
        for (let i = 0; i < b; i++)
            for (let c = 0; c <= i; c++)
                t += `ab[B + ${i} * w1 + ${c}] -= v${i} * p${c} + p${i} * v${c};`;
        return {
            right: new Function('ab', 'w1', 'i1', 'rows', 'col', 'v', 'vo', 'tau', r),
            left: new Function('ab', 'w1', 'i1', 'col', 'v', 'vo', 'tau', l),
            two: new Function('ab', 'w1', 'i0', 'v', 'vo', 'tau', t),
        };
    }
    const DONE = 1 << 30;
    /** Blocks until step[j] ≥ need (spinning briefly, then sleeping on the word; the writer wakes sleepers). */
    function waitFor(sh, j, need) {
        for (let spin = 0; spin < 2000; spin++)
            if (Atomics.load(sh.step, j) >= need)
                return;
        let last = -1, since = Date.now();
        for (;;) {
            Atomics.store(sh.waiting, j, 1);
            const seen = Atomics.load(sh.step, j);
            if (seen >= need)
                break;
            if (Atomics.load(sh.ctl, 3))
                throw new Error('the other band chase thread failed');
            if (seen !== last) {
                last = seen;
                since = Date.now();
            }
            else if (Date.now() - since > 60000)
                throw new Error('the other band chase thread stalled');
            Atomics.wait(sh.step, j, seen, 100);
        }
        Atomics.store(sh.waiting, j, 0);
    }
    /**
     * Reduces the band (bandwidth b, window w ≥ 2b, lower storage, overwritten) to tridiagonal form. Sweeps are taken
     * in groups of `group`, and a group advances as a wavefront: pass t runs step t − 2i of its i-th sweep, so each
     * sweep stays two steps behind the one before it and the group's working set stays in cache. With `sh`, this
     * thread runs every other group (parity) and only a group's first sweep waits on the other thread (for the last
     * sweep of the group before, which publishes its steps) — the threads meet once per step of a group, not per sweep.
     */
    function chase(ab, n, b, w, sh, unrollMax = 24, group = 16) {
        const w1 = w - 1, sweeps = n - 2;
        if (b < 2 || sweeps <= 0)
            return;
        const kern = b <= unrollMax ? unrolled(b) : undefined;
        const vs = new Float64Array(group * b), taus = new Float64Array(group), steps = new Int32Array(group);
        const vn = new Float64Array(b), p = new Float64Array(b), wv = new Float64Array(b);
        for (let g = sh ? sh.parity : 0; g * group < sweeps; g += sh ? 2 : 1) {
            const j0 = g * group, count = Math.min(group, sweeps - j0);
            steps.fill(0);
            let finished = 0;
            for (let t = 0; finished < count; t++) {
                for (let i = 0; i < count; i++) {
                    const s = t - 2 * i;
                    if (s < 0)
                        break;
                    if (steps[i] >= DONE)
                        continue;
                    const j = j0 + i, vo = i * b;
                    if (sh && i === 0 && j > 0)
                        waitFor(sh, j - 1, s + 2);
                    const i1 = j + 1 + s * b;
                    let end = i1 >= n;
                    if (!end) {
                        const len = Math.min(b, n - i1);
                        if (s === 0) {
                            const tau = house(ab, w1, i1, j, len, vs, vo);
                            taus[i] = tau;
                            if (tau !== 0) {
                                if (kern && len === b)
                                    kern.two(ab, w1, i1, vs, vo, tau);
                                else
                                    twoSided(ab, w1, i1, len, vs, vo, tau, p);
                            }
                        }
                        else {
                            const prevI = i1 - b, tau = taus[i]; // every earlier block of this sweep was a full b × b
                            if (tau !== 0) {
                                if (kern)
                                    kern.right(ab, w1, i1, len, prevI, vs, vo, tau);
                                else
                                    right(ab, w1, i1, len, prevI, b, vs, vo, tau);
                            }
                            if (len < 2)
                                end = true;
                            else {
                                const t2 = house(ab, w1, i1, prevI, len, vn, 0);
                                if (t2 !== 0) {
                                    if (kern && len === b)
                                        kern.left(ab, w1, i1, prevI, vn, 0, t2);
                                    else
                                        left(ab, w1, i1, len, prevI + 1, b - 1, vn, 0, t2, wv);
                                    if (kern && len === b)
                                        kern.two(ab, w1, i1, vn, 0, t2);
                                    else
                                        twoSided(ab, w1, i1, len, vn, 0, t2, p);
                                }
                                for (let c = 0; c < len; c++)
                                    vs[vo + c] = vn[c];
                                taus[i] = t2;
                            }
                        }
                    }
                    steps[i] = end ? DONE : s + 1;
                    if (end)
                        finished++;
                    if (sh && i === count - 1) {
                        Atomics.store(sh.step, j, steps[i]);
                        if (Atomics.load(sh.waiting, j))
                            Atomics.notify(sh.step, j);
                    }
                }
            }
        }
    }
    return { chase };
}
const chase = chaseRuntime().chase;
/** d and e of the tridiagonal matrix left in the band. */
function bulge_chase_bandTridiagonal(band) {
    const { n, ab } = band, w1 = band.w - 1;
    const d = new Float64Array(n), e = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        d[i] = ab[w1 * (i + 1) + i];
        if (i + 1 < n && band.w > 1)
            e[i] = ab[w1 * (i + 2) + i];
    }
    return { d, e };
}
/**
 * Reduces the band matrix (overwritten) to symmetric tridiagonal form by Householder bulge chasing and returns the
 * diagonal d and the sub-diagonal e (e[n−1] = 0). `unrollMax`: the largest b that gets generated kernels (tests).
 */
function bulge_chase_bandToTridiagonal(band, unrollMax) {
    chase(band.ab, band.n, band.b, band.w, undefined, unrollMax);
    return bulge_chase_bandTridiagonal(band);
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/math/chase-worker.ts
// Stage 2 of the two-stage reduction on two threads: a worker thread evaluates the source text of chaseRuntime
// (bulge-chase.ts) and chases the odd sweeps while the calling thread chases the even ones. The worker is created
// from a string (Worker with eval: true), never from a file, so it runs the same way under tsx, from the compiled
// modules and inside the single-file ncc bundle.


let chaseWorkerState;
/**
 * A worker thread running chaseRuntime's source (created once per process, unref'd between jobs), or undefined when
 * workers are unavailable or busy with another call. A job waits (Atomics) until the main thread says go — when
 * stage 1 is done — then chases the odd sweeps while the main thread chases the even ones. esbuild-based loaders
 * (tsx) wrap nested functions in __name(), hence the shim.
 */
function chaseWorker() {
    if (chaseWorkerState === undefined) {
        try {
            const source = `"use strict";\nconst __name = (f) => f;\nconst rt = (${chaseRuntime.toString()})();\n` +
                `const { parentPort } = require('node:worker_threads');\n` +
                `parentPort.on('message', (m) => {\n` +
                `  const ctl = m.ctl;\n` +
                `  try {\n` +
                `    Atomics.store(ctl, ${bulge_chase_CTL_READY}, 1); Atomics.notify(ctl, ${bulge_chase_CTL_READY});\n` +
                `    while (!Atomics.load(ctl, ${CTL_GO}) && !Atomics.load(ctl, ${CTL_ABORT})) Atomics.wait(ctl, ${CTL_GO}, 0, 1000);\n` +
                `    if (!Atomics.load(ctl, ${CTL_ABORT})) rt.chase(m.ab, m.n, m.b, m.w, { step: m.step, waiting: m.waiting, ctl, parity: 1 });\n` +
                `    parentPort.postMessage({ ok: true });\n` +
                `  } catch (e) { Atomics.store(ctl, ${CTL_FAILED}, 1); parentPort.postMessage({ ok: false, error: String((e && e.stack) || e) }); }\n` +
                `});\n`;
            const worker = new external_node_worker_threads_.Worker(source, { eval: true });
            worker.unref();
            worker.on('error', () => {
                chaseWorkerState = null;
            });
            chaseWorkerState = { worker, busy: false };
        }
        catch {
            chaseWorkerState = null;
        }
    }
    const s = chaseWorkerState ?? undefined;
    return s && !s.busy ? s : undefined;
}
/** Hands the band (shared memory) to the worker, which waits for CTL_GO; `done` settles when it has finished. */
function startChaseJob(state, band) {
    const sweeps = Math.max(0, band.n - 2);
    const ctl = new Int32Array(new SharedArrayBuffer(4 * CTL_WORDS));
    const step = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, sweeps))), waiting = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, sweeps)));
    state.busy = true;
    state.worker.ref();
    const done = new Promise((resolve, reject) => {
        const onExit = (code) => {
            cleanup();
            chaseWorkerState = null;
            Atomics.store(ctl, CTL_FAILED, 1);
            reject(new Error(`band chase worker exited (${code})`));
        };
        const onMessage = (m) => {
            cleanup();
            if (m.ok)
                resolve();
            else
                reject(new Error(`band chase worker: ${m.error}`));
        };
        const cleanup = () => {
            state.worker.off('message', onMessage);
            state.worker.off('exit', onExit);
            state.busy = false;
            state.worker.unref();
        };
        state.worker.on('message', onMessage);
        state.worker.on('exit', onExit);
        state.worker.postMessage({ ab: band.ab, n: band.n, b: band.b, w: band.w, ctl, step, waiting });
    });
    return { done, ctl, step, waiting };
}
/**
 * Stage 2 on two threads when the worker is ready (else on this one): this thread chases the even sweeps, the
 * worker the odd ones. Bitwise the same result either way.
 */
async function chaseJob(job, band) {
    if (!Atomics.load(job.ctl, bulge_chase_CTL_READY)) {
        Atomics.store(job.ctl, CTL_ABORT, 1);
        Atomics.notify(job.ctl, CTL_GO);
        chase(band.ab, band.n, band.b, band.w);
        await job.done.catch(() => undefined);
        return;
    }
    Atomics.store(job.ctl, CTL_GO, 1);
    Atomics.notify(job.ctl, CTL_GO);
    try {
        chase(band.ab, band.n, band.b, band.w, { step: job.step, waiting: job.waiting, ctl: job.ctl, parity: 0 });
    }
    catch (err) {
        await job.done.catch(() => undefined);
        throw err;
    }
    await job.done;
}
/** Releases a job whose stage 1 failed. */
function abortChaseJob(job) {
    Atomics.store(job.ctl, CTL_ABORT, 1);
    Atomics.notify(job.ctl, CTL_GO);
    return job.done.catch(() => undefined);
}
/** Stage 2 alone on two threads (the band must be in shared memory); for tests and benchmarks. */
async function bandToTridiagonalParallel(band) {
    const worker = chaseWorker();
    if (!worker)
        return bandToTridiagonal(band);
    const job = startChaseJob(worker, band);
    for (let i = 0; i < 200 && !Atomics.load(job.ctl, CTL_READY); i++)
        Atomics.wait(job.ctl, CTL_READY, 0, 10);
    await chaseJob(job, band);
    return bandTridiagonal(band);
}

// EXTERNAL MODULE: ./src/math/tridiagonal.ts
var tridiagonal = __webpack_require__(25768);
;// CONCATENATED MODULE: ./src/math/symmetric-eigen.ts
// Symmetric eigenvalues at d ≈ 2048 in well under a second. Level-3 work (O(n³)) runs as float64 Gemm/MatMul graphs
// through onnxruntime (MLAS); the inherently sequential O(n²·b) parts run in typed-array JavaScript. Written from the
// algorithms' descriptions:
//   * symmetricEigenvaluesTwoStage: the two-stage reduction of successive band reduction (C. Bischof, B. Lang,
//     X. Sun, "A framework for symmetric band reduction", ACM TOMS 26(4), 2000, and their SBR toolbox; LAPACK ≥ 3.7
//     has the same two stages as dsytrd_2stage, after A. Haidar, H. Ltaief, J. Dongarra et al.):
//       1. dense → band (bandwidth b): for each panel of b columns a JS Householder QR of the part below the band,
//          the compact WY form Q = I − V T Vᵀ (R. Schreiber, C. Van Loan, "A storage-efficient WY representation for
//          products of Householder transformations", SIAM J. Sci. Stat. Comput. 10, 1989; GVL §5.1), and the
//          two-sided update A ← QᵀAQ = A − V Zᵀ − Z Vᵀ with W = A V T, Z = W − ½ V (Tᵀ Vᵀ W) (the symmetric
//          rank-2k form of GVL §8.3's tridiagonalization, blocked). Updates of g consecutive panels are accumulated
//          and applied to the trailing matrix once per group, and each panel's columns are brought up to date on the
//          fly — the delayed update of J. Dongarra, S. Hammarling, D. Sorensen, "Block reduction of matrices to
//          condensed forms for eigenvalue computations" (LAPACK Working Note 2; J. Comput. Appl. Math. 27, 1989) —
//          so a panel costs one read-only pass A·V over the trailing matrix instead of a rewrite of it.
//       2. band → tridiagonal by bulge chasing with Householder reflectors of length b, annihilating only the first
//          column of each bulge (B. Lang, "A parallel algorithm for reducing symmetric banded matrices to tridiagonal
//          form", SIAM J. Sci. Comput. 14, 1993; A. Haidar, H. Ltaief, J. Dongarra, "Parallel reduction to condensed
//          forms for symmetric eigenvalue problems using aggregated fine-grained and memory-aware kernels", SC'11):
//          O(n² b) flops on a cache-resident band, eigenvalues only (no reflectors kept), on two threads.
//       3. tridiagonal eigenvalues by the root-free implicit QL iteration of Pal, Walker and Kahan (C. Reinsch,
//          "A stable, rational QR algorithm for the computation of the eigenvalues of an Hermitian, tridiagonal
//          matrix", Math. Comp. 25, 1971; B. Parlett, The Symmetric Eigenvalue Problem, §8.15).
//     Orthogonal similarity transforms throughout: the computed eigenvalues are those of A + E with
//     ‖E‖₂ ≲ c(n)·ε·‖A‖₂ (GVL §8.3), the same backward error as a one-stage reduction.






/** Below this size the hand-offs between the two threads cost more than they save. */
const WORKER_MIN_SIZE = 384;
/** Default bandwidth of the two-stage reduction (tuned at n = 2048: stage 1 costs ∝ n/b passes, stage 2 ∝ b·n²). */
const DEFAULT_BANDWIDTH = 12;
/**
 * Eigenvalues (unsorted) of the symmetric n × n matrix `a` (row-major, not modified) by the two-stage reduction
 * dense → band → tridiagonal and the root-free QL iteration. Both triangles of `a` are read; it must be symmetric.
 */
async function symmetricEigenvaluesTwoStage(a, n, opts = {}) {
    if (n === 0)
        return new Float64Array(0);
    const b = Math.max(1, Math.min(opts.bandwidth ?? DEFAULT_BANDWIDTH, n - 1));
    let t0 = performance.now();
    let tri;
    const worker = n >= (opts.workerMinSize ?? WORKER_MIN_SIZE) && n > b + 1 && b > 1 ? chaseWorker() : undefined;
    if (worker) {
        // the worker starts now and waits; stage 2 runs on both threads once stage 1 is done
        const band = newBandMatrix(n, b, true);
        const job = startChaseJob(worker, band);
        try {
            await denseToBand(a, n, b, { ...opts, band });
        }
        catch (err) {
            await abortChaseJob(job);
            throw err;
        }
        t0 = (0,ort_linalg/* lap */.Mm)(opts.timings, 'stage1', t0);
        await chaseJob(job, band);
        tri = bulge_chase_bandTridiagonal(band);
        t0 = (0,ort_linalg/* lap */.Mm)(opts.timings, 'stage2', t0);
    }
    else {
        const band = n <= b + 1 ? bandFromDense(a, n, b) : await denseToBand(a, n, b, opts);
        t0 = (0,ort_linalg/* lap */.Mm)(opts.timings, 'stage1', t0);
        tri = bulge_chase_bandToTridiagonal(band);
        t0 = (0,ort_linalg/* lap */.Mm)(opts.timings, 'stage2', t0);
    }
    const ev = (0,tridiagonal/* tridiagonalEigenvaluesRootFree */.x1)(tri.d, tri.e);
    (0,ort_linalg/* lap */.Mm)(opts.timings, 'stage3', t0);
    return ev;
}


/***/ }),

/***/ 25768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gk: () => (/* binding */ symmetricEigenvalues),
/* harmony export */   x1: () => (/* binding */ tridiagonalEigenvaluesRootFree)
/* harmony export */ });
/* unused harmony exports tridiagonalize, tridiagonalEigenvalues */
// Eigenvalues of symmetric matrices by one-stage reduction, and of symmetric tridiagonal matrices:
//   * symmetricEigenvalues: Householder tridiagonalization (Golub & Van Loan, Matrix Computations 4th ed., Alg. 8.3.1)
//     followed by the implicit QL iteration with Wilkinson-type shifts on the tridiagonal matrix (EISPACK tql1).
//   * tridiagonalEigenvaluesRootFree: stage 3 of the two-stage route (symmetric-eigen.ts), the root-free QL iteration.
/**
 * Reduces the symmetric matrix `a` (n × n, row-major, overwritten) to tridiagonal form T = Qᵀ A Q and returns its
 * diagonal `d` and sub-diagonal `e` (e[n-1] = 0). Eigenvalues only: Q is not formed.
 */
function tridiagonalize(a, n) {
    const d = new Float64Array(n), e = new Float64Array(n);
    const v = new Float64Array(n), p = new Float64Array(n);
    for (let k = 0; k < n - 2; k++) {
        // Householder vector for x = A[k+1:n, k]
        let sigma = 0;
        for (let i = k + 2; i < n; i++)
            sigma += a[i * n + k] * a[i * n + k];
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
        for (let i = k + 2; i < n; i++)
            v[i] = a[i * n + k] / v0;
        // p = beta · A₂₂ v
        for (let i = k + 1; i < n; i++) {
            const row = i * n;
            let s = 0;
            for (let j = k + 1; j < n; j++)
                s += a[row + j] * v[j];
            p[i] = beta * s;
        }
        // w = p − (beta pᵀv / 2) v, stored in p
        let pv = 0;
        for (let i = k + 1; i < n; i++)
            pv += p[i] * v[i];
        const kk = (beta * pv) / 2;
        for (let i = k + 1; i < n; i++)
            p[i] -= kk * v[i];
        // A₂₂ −= v wᵀ + w vᵀ
        for (let i = k + 1; i < n; i++) {
            const row = i * n, vi = v[i], wi = p[i];
            for (let j = k + 1; j < n; j++)
                a[row + j] -= vi * p[j] + wi * v[j];
        }
        d[k] = a[k * n + k];
        e[k] = x0 <= 0 ? alpha : -alpha;
    }
    if (n >= 2) {
        d[n - 2] = a[(n - 2) * n + n - 2];
        e[n - 2] = a[(n - 1) * n + n - 2];
    }
    if (n >= 1)
        d[n - 1] = a[(n - 1) * n + n - 1];
    e[n - 1] = 0;
    return { d, e };
}
/** Eigenvalues of a symmetric tridiagonal matrix (diagonal d, sub-diagonal e; both overwritten), unsorted. */
function tridiagonalEigenvalues(d, e) {
    const n = d.length;
    for (let l = 0; l < n; l++) {
        let iter = 0;
        for (;;) {
            let m = l;
            for (; m < n - 1; m++) {
                const dd = Math.abs(d[m]) + Math.abs(d[m + 1]);
                if (Math.abs(e[m]) <= Number.EPSILON * dd)
                    break;
            }
            if (m === l)
                break;
            if (++iter > 60)
                throw new Error('tridiagonal QL did not converge');
            let g = (d[l + 1] - d[l]) / (2 * e[l]);
            let r = Math.hypot(g, 1);
            g = d[m] - d[l] + e[l] / (g + (g >= 0 ? Math.abs(r) : -Math.abs(r)));
            let s = 1, c = 1, p = 0;
            let i = m - 1;
            let underflow = false;
            for (; i >= l; i--) {
                const f = s * e[i], b = c * e[i];
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
            if (underflow)
                continue;
            d[l] -= p;
            e[l] = g;
            e[m] = 0;
        }
    }
    return d;
}
/** Eigenvalues of the symmetric n × n matrix `a` (not modified). */
function symmetricEigenvalues(a, n) {
    const { d, e } = tridiagonalize(a.slice(), n);
    return tridiagonalEigenvalues(d, e);
}
/**
 * Eigenvalues (unsorted) of the symmetric tridiagonal matrix with diagonal d (overwritten with the result) and
 * sub-diagonal e (e[i] couples i and i+1; not modified): implicit QL with the shift from the leading 2 × 2 block, in
 * the root-free form of Pal, Walker and Kahan that iterates on e² (Reinsch 1971; Parlett, The Symmetric Eigenvalue
 * Problem, §8.15). The matrix is scaled by its largest entry first so that the squares cannot overflow or underflow.
 */
function tridiagonalEigenvaluesRootFree(d, e) {
    const n = d.length;
    let anorm = 0;
    for (let i = 0; i < n; i++) {
        anorm = Math.max(anorm, Math.abs(d[i]));
        if (i < n - 1)
            anorm = Math.max(anorm, Math.abs(e[i]));
    }
    if (!(anorm > 0) || !Number.isFinite(anorm))
        return d;
    const sc = 1 / anorm, e2 = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        d[i] *= sc;
        if (i < n - 1) {
            const x = e[i] * sc;
            e2[i] = x * x;
        }
    }
    const eps2 = Number.EPSILON * Number.EPSILON;
    let iterations = 0;
    for (let l = 0; l < n;) {
        let m = l;
        for (; m < n - 1; m++) {
            const s = Math.abs(d[m]) + Math.abs(d[m + 1]);
            if (e2[m] <= eps2 * s * s)
                break;
        }
        if (m === l) {
            l++;
            continue;
        }
        if (m === l + 1) {
            // a 2 × 2 block: closed form, the smaller root through the product of the roots to avoid cancellation
            const x = d[l], z = d[l + 1], h = 0.5 * (x - z), r = Math.sqrt(h * h + e2[l]), mean = 0.5 * (x + z);
            const big = mean >= 0 ? mean + r : mean - r; // the root of larger magnitude; the other is det / big
            d[l] = big;
            d[l + 1] = big !== 0 ? (x * z - e2[l]) / big : 0;
            e2[l] = 0;
            l += 2;
            continue;
        }
        if (++iterations > 40 * n)
            throw new Error('tridiagonal QL did not converge');
        const rte = Math.sqrt(e2[l]), g = (d[l + 1] - d[l]) / (2 * rte), r0 = Math.sqrt(g * g + 1);
        const sigma = d[l] - rte / (g + (g >= 0 ? r0 : -r0));
        let c = 1, s = 0, gamma = d[m] - sigma, p = gamma * gamma;
        for (let i = m - 1; i >= l; i--) {
            const bb = e2[i], r = p + bb;
            if (i !== m - 1)
                e2[i + 1] = s * r;
            const oldc = c, ri = 1 / r;
            c = p * ri;
            s = bb * ri;
            const oldgam = gamma, alpha = d[i];
            gamma = c * (alpha - sigma) - s * oldgam;
            d[i + 1] = oldgam + (alpha - gamma);
            p = c !== 0 ? (gamma * gamma) / c : oldc * bb;
        }
        e2[l] = s * p;
        d[l] = sigma + gamma;
    }
    for (let i = 0; i < n; i++)
        d[i] *= anorm;
    return d;
}


/***/ }),

/***/ 41762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ firstNonFinite)
/* harmony export */ });
/**
 * Index of the first NaN or ±Inf in `x`, or −1. The loop builds no message: a string template inside a loop over
 * millions of values keeps some V8 versions (Node 20) from optimizing it, so callers build theirs from the index.
 */
function firstNonFinite(x) {
    for (let i = 0; i < x.length; i++)
        if (!Number.isFinite(x[i]))
            return i;
    return -1;
}


/***/ })

};
