export const id = 598;
export const ids = [598];
export const modules = {

/***/ 47598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  activeGroups: () => (/* binding */ activeGroups),
  buildReport: () => (/* binding */ buildReport),
  computeIntervals: () => (/* binding */ computeIntervals),
  computeMetrics: () => (/* binding */ computeMetrics),
  extractorLoader: () => (/* binding */ extractorLoader),
  inputNotes: () => (/* binding */ inputNotes),
  isFolder: () => (/* binding */ isFolder),
  loadFolderStats: () => (/* binding */ loadFolderStats),
  loadInput: () => (/* binding */ loadInput),
  loadInputs: () => (/* binding */ loadInputs),
  loadSamples: () => (/* binding */ loadSamples),
  loadTraining: () => (/* binding */ loadTraining),
  reconcileProtocols: () => (/* binding */ reconcileProtocols),
  runCompare: () => (/* binding */ runCompare),
  samplerSource: () => (/* binding */ samplerSource),
  selectMetricGroups: () => (/* binding */ selectMetricGroups),
  settleInputs: () => (/* binding */ settleInputs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/pipeline.ts + 2 modules
var pipeline = __webpack_require__(21840);
// EXTERNAL MODULE: ./src/metrics/stats.ts
var metrics_stats = __webpack_require__(54522);
// EXTERNAL MODULE: ./src/metrics/stats-file.ts
var stats_file = __webpack_require__(45421);
// EXTERNAL MODULE: ./src/math/covariance-check.ts
var covariance_check = __webpack_require__(46760);
// EXTERNAL MODULE: ./src/metrics/defs/fid.ts + 1 modules
var fid = __webpack_require__(37759);
// EXTERNAL MODULE: ./src/features/session.ts + 1 modules
var session = __webpack_require__(76715);
// EXTERNAL MODULE: ./src/core/report-types.ts
var report_types = __webpack_require__(47561);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "onnxruntime-node"
var external_onnxruntime_node_ = __webpack_require__(43958);
// EXTERNAL MODULE: ./src/features/onnx-writer.ts
var onnx_writer = __webpack_require__(70130);
// EXTERNAL MODULE: ./src/math/ort-linalg.ts
var ort_linalg = __webpack_require__(61705);
// EXTERNAL MODULE: ./src/math/distance-tiles.ts
var distance_tiles = __webpack_require__(41055);
// EXTERNAL MODULE: ./src/metrics/bootstrap.ts
var bootstrap = __webpack_require__(12383);
// EXTERNAL MODULE: ./src/metrics/numpy-random.ts
var numpy_random = __webpack_require__(57764);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(55553);
;// CONCATENATED MODULE: ./src/metrics/intervals.ts
// 95 % intervals of FID, KID and precision/recall/density/coverage at a small fraction of the metrics' own cost.
//
// FID and KID are smooth functionals of the two samples' empirical distributions, so their sampling error is, to
// first order, an average of per-sample influence values (the delta method / von Mises expansion; A. van der Vaart,
// "Asymptotic Statistics", 1998, ch. 20; Efron & Tibshirani 1993, ch. 21, "the nonparametric delta method"):
//   T(P̂*, Q̂*) − T(P̂, Q̂) ≈ Σᵢ (wᵢ − 1)/m · IFₓ(xᵢ) + Σⱼ (vⱼ − 1)/n · IF_y(yⱼ)
// for a resample with multinomial counts w, v. The replicates here are exactly this linear form evaluated on the same
// multinomial counts the full bootstrap would draw (RandomState(seed) for the real set, seed ^ GEN_STREAM for the
// generated one): the "linear bootstrap" (Efron & Tibshirani 1993, §21.3). A replicate costs O(m + n) instead of a
// metric evaluation, and replicate b of two runs with the same seed and reference set still resamples the reference
// identically, so the gate's paired difference (gate/rules.ts) keeps working: the reference's own noise cancels.
//
//   FID (delta method): with u = x − μ₁, v = y − μ₂, δ = μ₁ − μ₂ and T the optimal transport map between the two
//     Gaussians, T = Σ₁^{−½}(Σ₁^½ Σ₂ Σ₁^½)^½ Σ₁^{−½} (T Σ₁ T = Σ₂), ∂ tr √(Σ₁Σ₂)/∂Σ₁ = ½T and ∂/∂Σ₂ = ½T⁻¹, so
//        IFₓ(x) = 2δ·u + uᵀ(I − T)u − const,   IF_y(y) = −2δ·v + vᵀ(I − T⁻¹)v − const
//     (the constants cancel: Σᵢ(wᵢ − 1) = 0). T and T⁻¹ come without eigenvectors or inverses: with
//     A = Σ₁Σ₂ (positive spectrum), T = Σ₂ A^{−½} and T⁻¹ = Σ₁ (A^{−½})ᵀ, and A^{−½} is the limit of the coupled
//     Newton–Schulz iteration (N. Higham, "Functions of Matrices", 2008, §6.3, eq. 6.35: stable, matrix products only)
//     run in float32 through onnxruntime. Valid for N above d (non-singular covariances); below, the full bootstrap.
//   KID (U-statistic): MMD²_u is a two-sample U-statistic; its Hoeffding projection (the first-order term
//     of its variance, Gretton et al. 2012 "A kernel two-sample test", §6; Sutherland et al. 2017 "Generative models
//     and model criticism via optimized MMD", appendix A) has influence values
//        IFₓ(xᵢ) = 2(mean_{j≠i} k(xᵢ, xⱼ) − mean_j k(xᵢ, yⱼ)),   IF_y(yⱼ) = 2(mean_{i≠j} k(yⱼ, yᵢ) − mean_i k(xᵢ, yⱼ)),
//     from kernel row means (float32 Gram tiles through onnxruntime, reduced inside the graph). The same tiles give
//     the squared Frobenius norms, and with the row sums these make the complete variance of the U-statistic
//     (kidVariance: first-order term + the second- and higher-order Hoeffding terms); the replicates' spread is
//     widened by the higher-order share. Above KID_INFLUENCE_ROWS rows per set, a seeded subset of that many rows
//     stands in for the set and the spread is scaled by √(R/N) (as the m-out-of-n bootstrap is).
//   Precision/recall/density/coverage (not smooth: nearest-neighbour radii): the percentile bootstrap of
//     metrics/bootstrap.ts on a seeded pool of at most `maxSamples` rows per set, whose Gram matrices are formed once
//     and sliced per replicate; the spread is scaled by √(P/N).
//
// Device: every float32 graph here (Newton–Schulz, quadratic forms, kernel tiles, the bootstrap pool's Gram matrices)
// runs where the metrics' tiles run (`device`, ort-linalg.ts tileSession: on WebGPU after a WebGPU extraction, else on
// the CPU; after CUDA on the CPU, since TF32 would void the error bounds). On the GPU, FID's and KID's influence values
// differ from the CPU's in the last float32 bits (same graphs, another summation order), and so do the replicates and
// half-widths: on small test sets ~1e-7 relative for FID and 1e-5–1e-4 for KID (whose influence values are
// differences of kernel means of order 1), far below the sampling spread an interval's width measures. The P/R/D/C
// replicates are the CPU's: the pool's float32 Gram entries near a decision are recomputed in float64 (bootstrap.ts
// deviceGrams).







/** At most this many rows per set enter KID's kernel row means (N × R kernel work per set). */
const KID_INFLUENCE_ROWS = 5000;
const F = onnx_writer/* DataType */.pe.FLOAT;
const f32 = (name, dims) => (0,onnx_writer/* valueInfo */.ul)(name, F, dims);
async function run32(key, build, feeds, device) {
    const s = await (0,ort_linalg/* tileSession */.j0)(`intervals:${key}`, build, device);
    const inputs = {};
    for (const [k, [data, dims]] of Object.entries(feeds))
        inputs[k] = new external_onnxruntime_node_.Tensor('float32', data, dims);
    const res = await s.run(inputs);
    const out = {};
    for (const k of s.outputNames)
        out[k] = res[k].data;
    return out;
}
/** One coupled Newton–Schulz step: P = 1.5·I − 0.5·Z Y, Y ← Y P, Z ← P Z. */
const nsStep = () => ({
    nodes: [
        (0,onnx_writer/* node */.rH)('MatMul', ['Z', 'Y'], ['ZY']),
        (0,onnx_writer/* node */.rH)('Mul', ['ZY', 'half'], ['H']),
        (0,onnx_writer/* node */.rH)('Sub', ['I15', 'H'], ['P']),
        (0,onnx_writer/* node */.rH)('MatMul', ['Y', 'P'], ['Y2']),
        (0,onnx_writer/* node */.rH)('MatMul', ['P', 'Z'], ['Z2']),
    ],
    inputs: [f32('Y', ['d', 'd']), f32('Z', ['d', 'd']), f32('I15', ['d', 'd']), f32('half', [1])],
    outputs: [f32('Y2', ['d', 'd']), f32('Z2', ['d', 'd'])],
});
/** Row-wise quadratic forms qᵢ = uᵢᵀ G uᵢ of a block of rows U. */
const quadForms = () => ({
    nodes: [
        (0,onnx_writer/* node */.rH)('MatMul', ['U', 'G'], ['W']),
        (0,onnx_writer/* node */.rH)('Mul', ['W', 'U'], ['E']),
        (0,onnx_writer/* node */.rH)('ReduceSum', ['E', 'ax'], ['q'], { keepdims: 0 }),
    ],
    inputs: [f32('U', ['r', 'd']), f32('G', ['d', 'd']), (0,onnx_writer/* valueInfo */.ul)('ax', onnx_writer/* DataType */.pe.INT64, [1])],
    outputs: [f32('q', ['r'])],
});
/** Kernel row and column sums of one tile: S = (A Bᵀ·γ + 1)³, rows = Σⱼ S, cols = Σᵢ S, diag = S's diagonal. */
const kernelTile = () => ({
    nodes: [
        (0,onnx_writer/* node */.rH)('Gemm', ['A', 'B', 'one'], ['G'], { transB: 1, alpha: { float: 1 }, beta: { float: 1 } }),
        (0,onnx_writer/* node */.rH)('Mul', ['G', 'G'], ['G2']),
        (0,onnx_writer/* node */.rH)('Mul', ['G2', 'G'], ['S']),
        (0,onnx_writer/* node */.rH)('ReduceSum', ['S', 'ax1'], ['rows'], { keepdims: 0 }),
        (0,onnx_writer/* node */.rH)('ReduceSum', ['S', 'ax0'], ['cols'], { keepdims: 0 }),
        (0,onnx_writer/* node */.rH)('Mul', ['S', 'S'], ['S2']),
        (0,onnx_writer/* node */.rH)('ReduceSum', ['S2', 'ax1'], ['squares'], { keepdims: 0 }),
    ],
    inputs: [
        f32('A', ['r', 'd']),
        f32('B', ['c', 'd']),
        f32('one', [1]),
        (0,onnx_writer/* valueInfo */.ul)('ax1', onnx_writer/* DataType */.pe.INT64, [1]),
        (0,onnx_writer/* valueInfo */.ul)('ax0', onnx_writer/* DataType */.pe.INT64, [1]),
    ],
    outputs: [f32('rows', ['r']), f32('cols', ['c']), f32('squares', ['r'])],
});
/** Y = S₁ S₂ · k. */
const scaledProduct = () => ({
    nodes: [(0,onnx_writer/* node */.rH)('MatMul', ['S1', 'S2'], ['P']), (0,onnx_writer/* node */.rH)('Mul', ['P', 'k'], ['Y'])],
    inputs: [f32('S1', ['d', 'd']), f32('S2', ['d', 'd']), f32('k', [1])],
    outputs: [f32('Y', ['d', 'd'])],
});
/** G₁ = I − (T + Tᵀ)/2 with T = S₂ Z/√c, G₂ = I − (U + Uᵀ)/2 with U = S₁ Zᵀ/√c (k = 1/(2√c)). */
const transportMaps = () => ({
    nodes: [
        (0,onnx_writer/* node */.rH)('MatMul', ['S2', 'Z'], ['T']),
        (0,onnx_writer/* node */.rH)('Transpose', ['T'], ['Tt'], { perm: [1, 0] }),
        (0,onnx_writer/* node */.rH)('Add', ['T', 'Tt'], ['Ts']),
        (0,onnx_writer/* node */.rH)('Mul', ['Ts', 'k'], ['Th']),
        (0,onnx_writer/* node */.rH)('Sub', ['I', 'Th'], ['G1']),
        (0,onnx_writer/* node */.rH)('Transpose', ['Z'], ['Zt'], { perm: [1, 0] }),
        (0,onnx_writer/* node */.rH)('MatMul', ['S1', 'Zt'], ['U']),
        (0,onnx_writer/* node */.rH)('Transpose', ['U'], ['Ut'], { perm: [1, 0] }),
        (0,onnx_writer/* node */.rH)('Add', ['U', 'Ut'], ['Us']),
        (0,onnx_writer/* node */.rH)('Mul', ['Us', 'k'], ['Uh']),
        (0,onnx_writer/* node */.rH)('Sub', ['I', 'Uh'], ['G2']),
    ],
    inputs: [f32('S1', ['d', 'd']), f32('S2', ['d', 'd']), f32('Z', ['d', 'd']), f32('I', ['d', 'd']), f32('k', [1])],
    outputs: [f32('G1', ['d', 'd']), f32('G2', ['d', 'd'])],
});
/** Number of coupled Newton–Schulz steps that bring every scaled eigenvalue ≥ `floor` to within 1e-6 of convergence. */
function newtonSchulzSteps(floor) {
    let e = floor, k = 0;
    while (Math.abs(1 - e) > 1e-6 && k < 60) {
        e = (e * (3 - e) * (3 - e)) / 4;
        k++;
    }
    return k;
}
/** Largest eigenvalue of Σ₁Σ₂ (both PSD) by power iteration on Σ₁^½ Σ₂ Σ₁^½'s similar form: v ← Σ₁ Σ₂ v. */
function largestEigenvalue(s1, s2, d) {
    let v = new Float64Array(d).fill(1 / Math.sqrt(d)), lambda = 0;
    const t = new Float64Array(d);
    for (let it = 0; it < 40; it++) {
        for (let i = 0; i < d; i++) {
            let s = 0;
            const o = i * d;
            for (let j = 0; j < d; j++)
                s += s2[o + j] * v[j];
            t[i] = s;
        }
        const w = new Float64Array(d);
        for (let i = 0; i < d; i++) {
            let s = 0;
            const o = i * d;
            for (let j = 0; j < d; j++)
                s += s1[o + j] * t[j];
            w[i] = s;
        }
        let norm = 0;
        for (let i = 0; i < d; i++)
            norm += w[i] * w[i];
        norm = Math.sqrt(norm);
        if (!(norm > 0))
            return 0;
        const prev = lambda;
        lambda = norm;
        for (let i = 0; i < d; i++)
            w[i] /= norm;
        v = w;
        if (it > 5 && Math.abs(lambda - prev) <= 1e-4 * lambda)
            break;
    }
    return lambda;
}
/**
 * The matrices of FID's influence function: G₁ = I − T and G₂ = I − T⁻¹ (symmetrized), T the optimal transport map
 * from N(μ₁, Σ₁) to N(μ₂, Σ₂), through A^{−½} for A = Σ₁Σ₂ by coupled Newton–Schulz in float32.
 */
async function fidInfluenceMatrices(sigma1, sigma2, d, device = 'cpu') {
    // A = Σ₁Σ₂ / c with c above its spectral radius (power iteration, with a margin: Newton–Schulz converges for
    // scaled eigenvalues in (0, 3)); eigenvalues below 1e-5·c are not resolved (their share of T is ≤ √1e-5 of the rest)
    const c = 1.25 * largestEigenvalue(sigma1, sigma2, d);
    const s1 = Float32Array.from(sigma1), s2 = Float32Array.from(sigma2);
    const eye15 = new Float32Array(d * d), eye = new Float32Array(d * d);
    for (let i = 0; i < d; i++) {
        eye15[i * d + i] = 1.5;
        eye[i * d + i] = 1;
    }
    let { Y: y } = await run32('scaled-product', scaledProduct, {
        S1: [s1, [d, d]],
        S2: [s2, [d, d]],
        k: [Float32Array.of(1 / c), [1]],
    }, device);
    let z = eye;
    const steps = newtonSchulzSteps(1e-5);
    const half = Float32Array.of(0.5);
    for (let k = 0; k < steps; k++) {
        const r = await run32('newton-schulz', nsStep, {
            Y: [y, [d, d]],
            Z: [z, [d, d]],
            I15: [eye15, [d, d]],
            half: [half, [1]],
        }, device);
        y = r.Y2;
        z = r.Z2;
    }
    // z ≈ (A/c)^{−½} = √c·A^{−½}: T = Σ₂ A^{−½} = Σ₂ z/√c, T⁻¹ = Σ₁ zᵀ/√c
    const { G1: g1, G2: g2 } = await run32('transport-maps', transportMaps, {
        S1: [s1, [d, d]],
        S2: [s2, [d, d]],
        Z: [z, [d, d]],
        I: [eye, [d, d]],
        k: [Float32Array.of(0.5 / Math.sqrt(c)), [1]],
    }, device);
    return { g1, g2, steps };
}
/** Influence values 2s·δ·u + uᵀGu for the rows of x (u = x − μ), in blocks of rows through onnxruntime. */
async function quadraticInfluence(x, n, d, mu, delta, sign, g, device) {
    const out = new Float64Array(n);
    const block = Math.max(1, Math.min(n, Math.floor(2 ** 22 / d)));
    const u = new Float32Array(block * d), ax = BigInt64Array.of(1n);
    const s = await (0,ort_linalg/* tileSession */.j0)('intervals:quad-forms', quadForms, device);
    for (let r0 = 0; r0 < n; r0 += block) {
        const r = Math.min(block, n - r0);
        for (let i = 0; i < r; i++) {
            let lin = 0;
            const o = (r0 + i) * d;
            for (let j = 0; j < d; j++) {
                const v = x[o + j] - mu[j];
                u[i * d + j] = v;
                lin += delta[j] * v;
            }
            out[r0 + i] = 2 * sign * lin;
        }
        const res = await s.run({
            U: new external_onnxruntime_node_.Tensor('float32', u.subarray(0, r * d), [r, d]),
            G: new external_onnxruntime_node_.Tensor('float32', g, [d, d]),
            ax: new external_onnxruntime_node_.Tensor('int64', ax, [1]),
        });
        const q = res.q.data;
        for (let i = 0; i < r; i++)
            out[r0 + i] += q[i];
    }
    return out;
}
/** FID's per-sample influence values (delta method), for N above d. */
async function fidInfluence(x, n1, mu1, sigma1, y, n2, mu2, sigma2, d, device = 'cpu') {
    const { g1, g2 } = await fidInfluenceMatrices(sigma1, sigma2, d, device);
    const delta = Float64Array.from(mu1, (v, j) => v - mu2[j]);
    return {
        ifx: await quadraticInfluence(x, n1, d, mu1, delta, 1, g1, device),
        ify: await quadraticInfluence(y, n2, d, mu2, delta, -1, g2, device),
    };
}
/** Rows `idx` of x (all rows when undefined) as one float32 block. */
function gather(x, idx, n, d) {
    if (!idx)
        return x.subarray(0, n * d);
    const out = new Float32Array(idx.length * d);
    idx.forEach((r, i) => out.set(x.subarray(r * d, (r + 1) * d), i * d));
    return out;
}
/** Rows [start, start + count) of a row set, each value times s, as one float32 block. */
function scaledBlock(set, start, count, d, s) {
    const out = new Float32Array(count * d);
    for (let i = 0; i < count; i++) {
        const o = (set.idx ? set.idx[start + i] : start + i) * d;
        for (let j = 0; j < d; j++)
            out[i * d + j] = set.x[o + j] * s;
    }
    return out;
}
/**
 * Kernel row sums Σⱼ k(aᵢ, bⱼ) (and the column sums) of the cubic kernel k = (a·b/d + 1)³ over float32 tiles, or with
 * `b === null` the off-diagonal row sums Σ_{j≠i} k(aᵢ, aⱼ); and the sum of the squared kernel values over the same
 * pairs (the squared Frobenius norm, diagonal zeroed when `b === null`), each tile's rows reduced in the graph and
 * accumulated in float64. Rows are gathered and scaled one tile block at a time, so memory stays O(tile·d).
 */
async function kernelRowSums(a, b, d, device, tile = 1024) {
    const sym = b === null, other = b ?? a;
    const na = a.count, nb = other.count;
    const rows = new Float64Array(na), cols = new Float64Array(nb);
    let squares = 0;
    // scale by d^{−½} each side so that the Gemm computes a·b/d directly
    const s = 1 / Math.sqrt(d);
    const one = Float32Array.of(1), ax1 = BigInt64Array.of(1n), ax0 = BigInt64Array.of(0n);
    const sess = await (0,ort_linalg/* tileSession */.j0)('intervals:kernel-tile', kernelTile, device);
    let aBlock = new Float32Array(0), aStart = -1, aCount = -1;
    for (const { i0, ti, j0, tj } of (0,distance_tiles/* gramTiles */.zS)(na, nb, tile, sym)) {
        if (i0 !== aStart || ti !== aCount) {
            aBlock = scaledBlock(a, i0, ti, d, s);
            aStart = i0;
            aCount = ti;
        }
        const bBlock = sym && j0 === i0 && tj === ti ? aBlock : scaledBlock(other, j0, tj, d, s);
        const res = await sess.run({
            A: new external_onnxruntime_node_.Tensor('float32', aBlock, [ti, d]),
            B: new external_onnxruntime_node_.Tensor('float32', bBlock, [tj, d]),
            one: new external_onnxruntime_node_.Tensor('float32', one, [1]),
            ax1: new external_onnxruntime_node_.Tensor('int64', ax1, [1]),
            ax0: new external_onnxruntime_node_.Tensor('int64', ax0, [1]),
        });
        const r = res.rows.data, c = res.cols.data;
        const diag = sym && i0 === j0;
        const q = res.squares.data;
        let tileSquares = 0;
        for (let i = 0; i < ti; i++)
            tileSquares += q[i];
        squares += sym && !diag ? 2 * tileSquares : tileSquares;
        for (let i = 0; i < ti; i++)
            rows[i0 + i] += r[i];
        if (sym && !diag)
            for (let j = 0; j < tj; j++)
                rows[j0 + j] += c[j];
        if (!sym)
            for (let j = 0; j < tj; j++)
                cols[j0 + j] += c[j];
    }
    if (sym) {
        // remove k(aᵢ, aᵢ) from each row
        for (let i = 0; i < na; i++) {
            const row = scaledBlock(a, i, 1, d, s);
            let g = 0;
            for (let j = 0; j < d; j++)
                g += row[j] * row[j];
            const t = g + 1;
            rows[i] -= t * t * t;
            squares -= t ** 6;
        }
    }
    return { rows, cols, squares };
}
/**
 * KID's influence values (the U-statistic's Hoeffding projection) on at most `rows` rows per set (seeded subsets above it), and the
 * kernel sums they came from (for kidVariance).
 */
async function kidInfluence(x, m, y, n, d, seed, rows = KID_INFLUENCE_ROWS, device = 'cpu') {
    const ix = m > rows ? new numpy_random/* RandomState */.T((seed ^ KID_STREAM) >>> 0).choiceWithoutReplacement(m, rows) : undefined;
    const iy = n > rows ? new numpy_random/* RandomState */.T((seed ^ KID_STREAM ^ bootstrap/* GEN_STREAM */.GV) >>> 0).choiceWithoutReplacement(n, rows) : undefined;
    const mm = ix ? rows : m, nn = iy ? rows : n;
    const xs = { x, idx: ix, count: mm }, ys = { x: y, idx: iy, count: nn };
    const kxx = await kernelRowSums(xs, null, d, device), kyy = await kernelRowSums(ys, null, d, device);
    const kxy = await kernelRowSums(xs, ys, d, device);
    const ifx = Float64Array.from(kxx.rows, (v, i) => 2 * (v / (mm - 1) - kxy.rows[i] / nn));
    const ify = Float64Array.from(kyy.rows, (v, j) => 2 * (v / (nn - 1) - kxy.cols[j] / mm));
    const sums = {
        m: mm,
        n: nn,
        xxRows: kxx.rows,
        yyRows: kyy.rows,
        xyRows: kxy.rows,
        xyCols: kxy.cols,
        xxSquares: kxx.squares,
        yySquares: kyy.squares,
        xySquares: kxy.squares,
    };
    return { ifx, ify, m: mm, n: nn, sums };
}
/**
 * The complete variance of MMD²_u as a two-sample U-statistic (W. Hoeffding 1948, "A class of statistics with
 * asymptotically normal distribution"; E. Lehmann 1951, "Consistency and unbiasedness of certain nonparametric tests",
 * the two-sample form; A. J. Lee, "U-Statistics: Theory and Practice", 1990, §2.2). KID's estimator
 *   U = Σ_{i≠j} k(xᵢ,xⱼ)/(m)₂ + Σ_{i≠j} k(yᵢ,yⱼ)/(n)₂ − 2 Σ_{i,j} k(xᵢ,yⱼ)/(mn)        ((m)ᵣ = m(m−1)…(m−r+1))
 * is the average over 2-subsets S of the x's and T of the y's of the kernel of degree (2, 2)
 *   h(S, T) = k(x_{s₁},x_{s₂}) + k(y_{t₁},y_{t₂}) − ½ Σ_{s∈S, t∈T} k(x_s, y_t),
 * so, for samples of sizes M and N and σ²_cd = Cov(h(S,T), h(S',T')) when |S∩S'| = c and |T∩T'| = d,
 *   Var U = Σ_{(c,d)≠(0,0)} γ_c(M) γ_d(N) σ²_cd,   γ₀(M) = (M−2)(M−3)/(M(M−1)), γ₁(M) = 4(M−2)/(M(M−1)),
 *                                                   γ₂(M) = 2/(M(M−1)).
 * Its Hoeffding decomposition splits off the first-order term 4σ²₁₀/M + 4σ²₀₁/N (the variance of the projection that
 * the influence values estimate, ζ₁₀ = σ²₁₀ = Var E[h | x]); the rest — second-order terms in 1/M², 1/(MN), 1/N² and
 * the third/fourth-order ones below them — is non-negative and O(1/N) relative to it, except near P = Q, where the
 * first-order term vanishes (the degenerate case) and the rest carries all of the variance.
 *
 * This is the general two-sample form, used for m = n as well: Sutherland et al. 2017 ("Generative models and model
 * criticism via optimized MMD", appendix A) and Bounliphone et al. 2016 ("A test of relative similarity for model
 * selection in generative models") give the m = n variance of the one-sample U-statistic over pairs zᵢ = (xᵢ, yᵢ),
 * whose cross term leaves out the pairs i = j; KID's cross term averages over all m·n pairs, which is the two-sample
 * statistic above even when m = n.
 *
 * Estimates: E[h(S,T) h(S',T')] for each overlap (c, d) expands into products of two kernel values (PRODUCT_EXPANSIONS),
 * each of which has an unbiased estimate from the kernel sums: the average of that product over all index tuples
 * with the same coincidences, e.g. E[k(x₁,x₂) k(x₁,x₃)] ← (Σᵢ aᵢ² − ‖K_XX‖²_F)/(m)₃ with aᵢ the row sums of K_XX,
 * E[k(x₁,x₂) k(x₃,x₄)] ← ((Σaᵢ)² − 4Σaᵢ² + 2‖K_XX‖²_F)/(m)₄, E[k(x₁,y₁) k(x₂,y₂)] ← ((Σcᵢ)² − Σcᵢ² − Σc'ⱼ² +
 * ‖K_XY‖²_F)/((m)₂(n)₂) with cᵢ, c'ⱼ the row and column sums of K_XY (kernelMoments). σ̂²_cd = Ê_cd − Ê₀₀, so each
 * σ̂²_cd is unbiased, and at M = m, N = n the total is U² − Ê₀₀: the unbiased variance estimate of U. The kernel is
 * first shifted by the mean of K_XY (h does not change when every kernel value moves by the same constant), so that
 * the sums are of centred values and the differences keep their float64 digits. Needs m, n ≥ 4; undefined below.
 *
 * `M`, `N` (default m, n): the sample sizes to evaluate the variance at (the full sets, when the kernel sums are of
 * seeded subsets: the σ²_cd do not depend on the sample size).
 */
function kidVariance(s, M = s.m, N = s.n) {
    if (s.m < 4 || s.n < 4 || M < 4 || N < 4)
        return undefined;
    const mu = kernelMoments(s);
    const e = Float64Array.from(PRODUCT_EXPANSIONS, (w) => w.reduce((t, wi, i) => t + wi * mu[i], 0));
    const sigma2 = Float64Array.from(e, (v) => v - e[0]);
    const gamma = (k) => [((k - 2) * (k - 3)) / (k * (k - 1)), (4 * (k - 2)) / (k * (k - 1)), 2 / (k * (k - 1))];
    const gm = gamma(M), gn = gamma(N);
    let total = 0;
    for (let c = 0; c <= 2; c++)
        for (let d = 0; d <= 2; d++)
            if (c + d > 0)
                total += gm[c] * gn[d] * sigma2[c * 3 + d];
    const firstOrder = (4 * sigma2[3]) / M + (4 * sigma2[1]) / N;
    return { total, firstOrder, higherOrder: total - firstOrder, sigma2 };
}
/** h(S, T) on x-labels S and y-labels T as its six weighted kernel values. */
function hTerms(S, T) {
    const out = [
        { kind: 'xx', p: S[0], q: S[1], w: 1 },
        { kind: 'yy', p: T[0], q: T[1], w: 1 },
    ];
    for (const p of S)
        for (const q of T)
            out.push({ kind: 'xy', p, q, w: -0.5 });
    return out;
}
/**
 * The product moments E[k k'] of two kernel values, by the labels they share, in kernelMoments' order:
 *   0–2 k(x,x)·k(x,x) sharing 0, 1, 2 labels; 3–5 the same of k(y,y); 6 k(x,x)·k(y,y);
 *   7–8 k(x,x)·k(x,y) with the x-label of k(x,y) not / among the other's; 9–10 k(y,y)·k(x,y) likewise (y-label);
 *   11–14 k(x,y)·k(x,y) sharing neither label, the y-label only, the x-label only, both.
 */
function momentIndex(t, u) {
    const [a, b] = t.kind <= u.kind ? [t, u] : [u, t]; // 'xx' < 'xy' < 'yy'
    const shares = (v, s) => (v === s.p || v === s.q ? 1 : 0);
    if (a.kind === 'xx' && b.kind === 'xx')
        return shares(b.p, a) + shares(b.q, a);
    if (a.kind === 'yy' && b.kind === 'yy')
        return 3 + shares(b.p, a) + shares(b.q, a);
    if (a.kind === 'xx' && b.kind === 'yy')
        return 6;
    if (a.kind === 'xx')
        return 7 + shares(b.p, a);
    if (b.kind === 'yy')
        return 9 + shares(a.q, b);
    return 11 + 2 * (a.p === b.p ? 1 : 0) + (a.q === b.q ? 1 : 0);
}
/**
 * E[h(S,T) h(S',T')] for the overlaps (c, d) = (|S∩S'|, |T∩T'|), index 3c + d, as weights on the 15 product moments:
 * h on x-labels (0, 1) and y-labels (0, 1), h' sharing the first c (d) of them.
 */
const PRODUCT_EXPANSIONS = (() => {
    const labels = (c) => (c === 2 ? [0, 1] : c === 1 ? [0, 2] : [2, 3]);
    const out = [];
    for (let c = 0; c <= 2; c++)
        for (let d = 0; d <= 2; d++) {
            const w = new Float64Array(15);
            for (const t of hTerms([0, 1], [0, 1]))
                for (const u of hTerms(labels(c), labels(d)))
                    w[momentIndex(t, u)] += t.w * u.w;
            out.push(w);
        }
    return out;
})();
/**
 * The unbiased product moments of kidVariance (momentIndex's order) from the kernel sums, every kernel value shifted
 * by −κ (κ the mean of K_XY).
 */
function kernelMoments(s) {
    const { m, n } = s;
    const sum = (a) => a.reduce((t, v) => t + v, 0);
    const dot = (a, b) => {
        let t = 0;
        for (let i = 0; i < a.length; i++)
            t += a[i] * b[i];
        return t;
    };
    const sxx0 = sum(s.xxRows), syy0 = sum(s.yyRows), sxy0 = sum(s.xyRows);
    const kappa = sxy0 / (m * n);
    // shifted row sums and squared norms: Σ(k − κ)² = Σk² − 2κΣk + (pairs)κ²
    const a = Float64Array.from(s.xxRows, (v) => v - (m - 1) * kappa), b = Float64Array.from(s.yyRows, (v) => v - (n - 1) * kappa), c = Float64Array.from(s.xyRows, (v) => v - n * kappa), cc = Float64Array.from(s.xyCols, (v) => v - m * kappa);
    const fxx = s.xxSquares - 2 * kappa * sxx0 + m * (m - 1) * kappa * kappa, fyy = s.yySquares - 2 * kappa * syy0 + n * (n - 1) * kappa * kappa, fxy = s.xySquares - 2 * kappa * sxy0 + m * n * kappa * kappa;
    const sxx = sum(a), syy = sum(b), sxy = sum(c);
    const pa = dot(a, a), pb = dot(b, b), pc = dot(c, c), pcc = dot(cc, cc), qac = dot(a, c), qbc = dot(b, cc);
    const m2 = m * (m - 1), m3 = m2 * (m - 2), m4 = m3 * (m - 3), n2 = n * (n - 1), n3 = n2 * (n - 2), n4 = n3 * (n - 3);
    return Float64Array.of((sxx * sxx - 4 * pa + 2 * fxx) / m4, (pa - fxx) / m3, fxx / m2, (syy * syy - 4 * pb + 2 * fyy) / n4, (pb - fyy) / n3, fyy / n2, (sxx * syy) / (m2 * n2), (sxx * sxy - 2 * qac) / (m3 * n), qac / (m2 * n), (syy * sxy - 2 * qbc) / (n3 * m), qbc / (n2 * m), (sxy * sxy - pc - pcc + fxy) / (m2 * n2), (pcc - fxy) / (m2 * n), (pc - fxy) / (m * n2), fxy / (m * n));
}
/** XOR'ed into the seed for KID's row subsets (above KID_INFLUENCE_ROWS rows). */
const KID_STREAM = 0x1b873593;
/**
 * Linear-bootstrap replicates value + Σᵢ wᵢ·ĨFₓ(xᵢ)/m + Σⱼ vⱼ·ĨF_y(yⱼ)/n (Ĩ: centred influence values) for B
 * multinomial resamples of all rows, drawn from the bootstrap's streams: RandomState(seed) for the first set,
 * RandomState(seed ^ GEN_STREAM) for the second.
 */
function linearReplicates(value, ifx, ify, B, seed) {
    const centred = (a) => {
        let s = 0;
        for (const v of a)
            s += v;
        s /= a.length;
        return Float64Array.from(a, (v) => v - s);
    };
    const hx = centred(ifx), hy = centred(ify);
    const rngX = new numpy_random/* RandomState */.T(seed >>> 0), rngY = new numpy_random/* RandomState */.T((seed ^ bootstrap/* GEN_STREAM */.GV) >>> 0);
    const out = new Float64Array(B);
    const m = hx.length, n = hy.length;
    for (let b = 0; b < B; b++) {
        let sx = 0, sy = 0;
        for (let i = 0; i < m; i++)
            sx += hx[rngX.randomInterval(m - 1)];
        for (let j = 0; j < n; j++)
            sy += hy[rngY.randomInterval(n - 1)];
        out[b] = value + sx / m + sy / n;
    }
    return out;
}
/** The spread of linear replicates as an interval. */
function fromReplicates(replicates, scale, method) {
    const s = (0,bootstrap/* spread */.il)(replicates);
    return { halfWidth: s.halfWidth * scale, se: s.se * scale, replicates, scale, method };
}
/** Whether FID's delta method applies: both covariances non-singular (N above d) and given. */
function fidDeltaApplies(inp) {
    return Boolean(inp.real && inp.generated) && Math.min(inp.nReal, inp.nGen) > inp.d + 1;
}
/** FID's interval by the delta method (fidDeltaApplies must hold): linear replicates of its influence values. */
async function fidDeltaInterval(inp, B, seed, device) {
    const { x, nReal, y, nGen, d } = inp;
    const { ifx, ify } = await fidInfluence(x, nReal, inp.real.mu, inp.real.sigma, y, nGen, inp.generated.mu, inp.generated.sigma, d, device);
    return fromReplicates(linearReplicates(inp.values.fid ?? 0, ifx, ify, B, seed), 1, 'delta-method');
}
/**
 * KID's interval from the complete variance of its U-statistic: linear replicates of its influence values (the
 * first-order term), scaled to N rows, with their spread around the point estimate widened by √(1 + R/V₁): V₁ the
 * replicates' own variance at N rows (scale²·(Σĩfₓ²/m² + Σĩf_y²/n²)), R kidVariance's higher-order terms at the full
 * sizes (clamped at 0: their true value is non-negative). The same multinomial draws as before, so replicates of
 * two runs with the same seed still pair up.
 */
async function kidInterval(inp, B, seed, kidRows, device) {
    const { x, nReal, y, nGen, d } = inp;
    const k = await kidInfluence(x, nReal, y, nGen, d, seed, kidRows, device);
    const value = inp.values.kid ?? 0;
    const scale = Math.sqrt(Math.max(k.m / nReal, k.n / nGen));
    const replicates = linearReplicates(value, k.ifx, k.ify, B, seed);
    const widen = higherOrderWidening(k, nReal, nGen, scale);
    if (widen !== 1)
        for (let b = 0; b < B; b++)
            replicates[b] = value + widen * (replicates[b] - value);
    return fromReplicates(replicates, scale, 'u-statistic');
}
/** √(1 + R/V₁) of kidInterval (1 when the variance is not defined: fewer than 4 rows, or no spread). */
function higherOrderWidening(k, nReal, nGen, scale) {
    const v = kidVariance(k.sums, nReal, nGen);
    if (!v)
        return 1;
    const centredSquares = (a) => {
        let mean = 0;
        for (const t of a)
            mean += t;
        mean /= a.length;
        let ss = 0;
        for (const t of a)
            ss += (t - mean) ** 2;
        return ss / (a.length * a.length);
    };
    const v1 = scale * scale * (centredSquares(k.ifx) + centredSquares(k.ify));
    const r = Math.max(0, v.higherOrder);
    return v1 > 0 && Number.isFinite(r) ? Math.sqrt(1 + r / v1) : 1;
}
/**
 * The percentile-bootstrap intervals of the P/R/D/C metrics `wanted`, into `out`: a seeded pool of ≤ cap rows per
 * set, its Gram matrices formed once (bootstrapMetrics' full-Gram path); the pool's rows per set.
 */
async function prdcPoolIntervals(inp, wanted, B, seed, o, out) {
    const { x, nReal, y, nGen, d } = inp;
    const cap = o.maxSamples ?? bootstrap/* DEFAULT_BOOTSTRAP_MAX_SAMPLES */.Kr;
    const p = Math.min(nReal, cap), q = Math.min(nGen, cap);
    const px = p < nReal ? new numpy_random/* RandomState */.T((seed ^ POOL_STREAM) >>> 0).choiceWithoutReplacement(nReal, p).sort() : undefined;
    const py = q < nGen
        ? new numpy_random/* RandomState */.T((seed ^ POOL_STREAM ^ bootstrap/* GEN_STREAM */.GV) >>> 0).choiceWithoutReplacement(nGen, q).sort()
        : undefined;
    const r = await (0,bootstrap/* bootstrapMetrics */.SR)(gather(x, px, nReal, d), p, gather(y, py, nGen, d), q, d, wanted, {
        replicates: B,
        seed,
        maxSamples: Math.max(p, q),
        kPR: o.kPR,
        kDC: o.kDC,
        progress: o.progress,
        device: o.device,
    });
    const scale = Math.sqrt(Math.max(p / nReal, q / nGen));
    for (const m of wanted) {
        const iv = r.intervals[m];
        out[m] = fromReplicates(iv.replicates, scale, 'bootstrap');
    }
    return { real: p, generated: q };
}
/** FID's interval by bootstrapMetrics' own resampling (when the delta method does not apply), and its draws. */
async function fidBootstrapInterval(inp, B, seed, o) {
    const { x, nReal, y, nGen, d } = inp;
    const r = await (0,bootstrap/* bootstrapMetrics */.SR)(x, nReal, y, nGen, d, ['fid'], {
        replicates: B,
        seed,
        maxSamples: o.maxSamples,
        progress: o.progress,
    });
    const iv = r.intervals.fid;
    return {
        interval: { halfWidth: iv.halfWidth, se: iv.se, replicates: iv.replicates, scale: iv.scale, method: 'bootstrap' },
        fidDraws: r.fidDraws ?? r.draws,
    };
}
/**
 * The 95 % intervals of the requested metrics: FID by the delta method (N above d) else the bootstrap, KID by its
 * U-statistic variance, P/R/D/C by the pooled percentile bootstrap (see the header).
 */
async function metricIntervals(inp, metrics, o = {}) {
    const t0 = performance.now();
    const B = o.replicates ?? defaults/* DEFAULT_BOOTSTRAP_REPLICATES */.ey, seed = o.seed ?? 0;
    if (!Number.isInteger(B) || B < 2)
        throw new RangeError(`intervals: replicates must be an integer ≥ 2, got ${B}`);
    const out = {};
    const want = new Set(metrics);
    const stepTimes = [];
    const note = (what, t) => {
        stepTimes.push(`${what} ${((performance.now() - t) / 1000).toFixed(1)} s`);
        o.progress?.(`intervals: ${what} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    const boot = [];
    if (want.has('fid')) {
        if (fidDeltaApplies(inp)) {
            const t = performance.now();
            out.fid = await fidDeltaInterval(inp, B, seed, o.device);
            note('FID (delta method)', t);
        }
        else
            boot.push('fid');
    }
    if (want.has('kid')) {
        const t = performance.now();
        out.kid = await kidInterval(inp, B, seed, o.kidRows, o.device);
        note('KID (U-statistic)', t);
    }
    for (const m of ['precision', 'recall', 'density', 'coverage'])
        if (want.has(m))
            boot.push(m);
    let draws, fidDraws;
    if (boot.length) {
        const t = performance.now();
        const prdcWanted = boot.filter((m) => m !== 'fid');
        if (prdcWanted.length)
            draws = await prdcPoolIntervals(inp, prdcWanted, B, seed, o, out);
        if (boot.includes('fid')) {
            const f = await fidBootstrapInterval(inp, B, seed, o);
            out.fid = f.interval;
            fidDraws = f.fidDraws;
        }
        note(`${boot.join(', ')} (bootstrap)`, t);
    }
    return {
        intervals: out,
        replicates: B,
        ...(draws ? { draws } : {}),
        ...(fidDraws ? { fidDraws } : {}),
        seconds: (performance.now() - t0) / 1000,
    };
}
/** XOR'ed into the seed for the percentile bootstrap's pool of rows. */
const POOL_STREAM = 0x68e31da4;

// EXTERNAL MODULE: ./src/sampling/sample.ts
var sample = __webpack_require__(33767);
// EXTERNAL MODULE: ./src/core/protocol.ts
var core_protocol = __webpack_require__(91807);
// EXTERNAL MODULE: ./src/features/extractors.ts
var extractors = __webpack_require__(27130);
// EXTERNAL MODULE: ./src/metrics/registry.ts + 12 modules
var registry = __webpack_require__(64049);
;// CONCATENATED MODULE: ./src/compare.ts
// `compare`: two inputs (image folders or statistics .npz files) → every requested metric, with its settings, as a
// MetricsReport. Used by the CLI and the Action. The metrics come from the registry (metrics/registry.ts); compare
// runs them as named stages: select the metrics → load the inputs → reconcile their protocols → compute the metrics →
// their bootstrap intervals → build the report. Each stage is exported, so `fid-gate stats` and `fid-gate elbo` reuse
// the loading (loadFolderStats) and the ELBO (computeElbo).

















/** An existing folder (a path that does not exist is none). */
function isFolder(p) {
    return (0,external_node_fs_.existsSync)(p) && (0,external_node_fs_.statSync)(p).isDirectory();
}
function isStatsFile(p) {
    return (0,external_node_fs_.existsSync)(p) && !(0,external_node_fs_.statSync)(p).isDirectory();
}
/**
 * Extracts an image folder and accumulates its statistics (what `fid-gate stats` writes and compare reads).
 * `tooFew(count)` is thrown when fewer than 2 images were extracted (statistics need at least 2).
 */
async function loadFolderStats(ex, folder, o, tooFew) {
    const r = await (0,pipeline.extractFolder)(ex, folder, o);
    if (r.count < 2)
        throw tooFew(r.count);
    const features = r.features[ex.featureOutput];
    const acc = new metrics_stats/* StatsAccumulator */.q(ex.dim);
    await acc.add(features, r.count);
    const stats = await acc.finalize();
    return { stats, features, logits: ex.logitsOutput ? r.features[ex.logitsOutput] : undefined, extraction: r };
}
/**
 * Loads one side (an image folder or a statistics .npz) for compare. `deferSemidefinite`: see readStatsNpz (the
 * caller settles).
 */
async function loadInput(which, source, o, getExtractor, deferSemidefinite = false) {
    if (!(0,external_node_fs_.existsSync)(source))
        throw new errors/* InputError */.d(`${which} input ${source}: no such folder or file`, source);
    if (isFolder(source)) {
        const { files, omitted } = await (0,pipeline.listFolderDetailed)(source, o.recursive);
        const ex = await getExtractor();
        const f = await loadFolderStats(ex, source, {
            files,
            batchSize: o.batchSize,
            progress: o.progress,
            label: `${which} features`,
            maxPixels: o.maxPixels,
            onBadImage: o.onBadImage,
            warn: o.warn ?? o.log,
        }, (count) => new errors/* InputError */.d(`${which} input ${source}: ${count} image; the metrics need at least 2`, source));
        const r = f.extraction;
        return {
            ...f.stats,
            features: f.features,
            logits: f.logits,
            files: r.relativeFiles,
            summary: { source, kind: 'folder', count: r.count, protocol: ex.protocol },
            skippedNote: (0,pipeline.skippedNote)(`${which} input ${source}`, r.skipped, source),
            omittedNote: (0,pipeline.omittedNote)(`${which} input ${source}`, omitted, source),
        };
    }
    const s = await (0,stats_file.readStatsNpz)(source, { deferSemidefinite });
    // N < 2 in a statistics file (features of 0 or 1 rows, or a recorded count of 1): refuse like a folder, instead of
    // an internal error in KID or a meaningless FID. No count and no features is pytorch-fid's layout (N unknown, kept as
    // 0 here).
    const count = s.count ?? 0;
    if ((s.features || count > 0) && count < 2) {
        await (0,covariance_check/* settleCovariance */.tR)(s.sigma); // an invalid sigma is named first, as when it is tested on reading
        throw new errors/* InputError */.d(`${which} input ${source}: ${count} image(s); the metrics need at least 2`, source);
    }
    return { ...s, count, summary: { source, kind: 'stats', count, protocol: s.protocol } };
}
/** Source name of a sampled generated side, for messages and the report. */
function samplerSource(s) {
    if (s.kind === 'command')
        return `command: ${s.command?.command ?? ''}`;
    return `${s.kind}: ${typeof s.generator === 'string' ? s.generator : '(in memory)'}`;
}
/** Samples the generated side from a model and extracts it without a disk round trip. */
async function loadSamples(s, o, getExtractor) {
    const source = samplerSource(s);
    if (s.n < 2)
        throw new errors/* InputError */.d(`generated samples (${source}): -n ${s.n}; the metrics need at least 2`, 'num-samples');
    const ex = await getExtractor();
    const sampler = await (0,sample.openSampler)({ log: o.log, ...s });
    const first = [];
    async function* tap() {
        for await (const img of sampler.images()) {
            if (first.length < 64)
                first.push(img);
            yield img;
        }
    }
    const { files, features, logits, count } = await (0,pipeline.extractSamples)(ex, tap(), sampler.n, {
        batchSize: o.batchSize,
        progress: o.progress,
        label: 'generated samples features',
    });
    if (o.onSamples && first.length)
        await o.onSamples(first);
    const acc = new metrics_stats/* StatsAccumulator */.q(ex.dim);
    await acc.add(features, count);
    const stats = await acc.finalize();
    return {
        ...stats,
        features,
        logits,
        files,
        settings: sampler.settings,
        samplerDevice: sampler.device,
        summary: {
            source,
            kind: 'samples',
            count,
            protocol: (0,pipeline.samplesProtocol)(ex, sampler.settings),
        },
    };
}
function extractorLoader(o) {
    let extractor = o.extractor;
    return {
        async get() {
            extractor ??= await (0,pipeline.loadExtractor)((0,pipeline.extractorLoadOptions)(o, o.log));
            return extractor;
        },
        loaded: () => extractor,
    };
}
/** The extractor the options choose, as the extractor registry declares it, and its name for messages. */
function chosenExtractor(o) {
    if (o.extractor) {
        const decl = o.extractor.kind === 'inception'
            ? extractors/* EXTRACTORS */.o7.inception
            : ((0,extractors/* extractorOfProtocol */.yl)(o.extractor.protocol.extractor) ?? extractors/* EXTRACTORS */.o7.custom);
        return { decl, name: o.extractor.model.name };
    }
    return { decl: (0,extractors/* extractorFor */.Sb)(o.encoder), name: o.encoder ? `onnx:${o.encoder.path}` : 'the Inception network' };
}
/** Stage 1: the metric groups to compute (given, else the defaults the extractor supports); refused up front when
 * unsupported. */
function selectMetricGroups(o) {
    const { decl, name } = chosenExtractor(o);
    const groups = o.metrics ? [...o.metrics] : (0,registry/* defaultMetricGroups */.lz)(decl);
    (0,registry/* checkMetricsSupported */.ah)(groups, decl, name);
    return groups;
}
/**
 * Stage 2: loads the real side, then the generated side (a folder, a statistics file, or samples).
 * `deferGeneratedSemidefinite` (when FID runs): a generated statistics file's sigma is not factored on reading, since
 * the distance certifies it for free (readStatsNpz); the caller settles it after the metrics (settleInputs).
 */
async function loadInputs(o, getExtractor, deferGeneratedSemidefinite = false) {
    if (!o.sampler && o.generated === undefined)
        throw new errors/* InputError */.d('compare: give the generated images (a folder or statistics file) or a generator to sample from', 'generated');
    let real, generated, sampled;
    if (!o.sampler && isStatsFile(o.real) && isStatsFile(o.generated)) {
        // two statistics files: read and validated side by side (inflation on the thread pool, the covariance checks'
        // factorizations interleaved); an error of the real side is reported first, as in the sequential order
        const [r, g] = await Promise.allSettled([
            loadInput('real', o.real, o, getExtractor),
            loadInput('generated', o.generated, o, getExtractor, deferGeneratedSemidefinite),
        ]);
        if (r.status === 'rejected')
            throw r.reason;
        if (g.status === 'rejected')
            throw g.reason;
        real = r.value;
        generated = g.value;
    }
    else {
        real = await loadInput('real', o.real, o, getExtractor);
        sampled = o.sampler ? await loadSamples(o.sampler, o, getExtractor) : undefined;
        generated = sampled ?? (await loadInput('generated', o.generated, o, getExtractor, deferGeneratedSemidefinite));
    }
    if (real.dim !== generated.dim) {
        await settleInputs({ real, generated });
        throw new errors/* InputError */.d(`real (${o.real}) has ${real.dim}-dimensional statistics, generated (${generated.summary.source}) ${generated.dim}-dimensional: they come from different extractors`);
    }
    return { real, generated, sampled };
}
/**
 * Runs the covariance tests that loadInputs deferred and the metrics did not settle on the way (InputError naming the
 * file for an invalid sigma); a no-op for anything else.
 */
async function settleInputs(inputs) {
    for (const s of [inputs.real, inputs.generated])
        await (0,covariance_check/* settleCovariance */.tR)(s.sigma);
}
/**
 * Stage 3: refuses inputs made with different protocols, says so when one side records none (pytorch-fid / clean-fid
 * statistics files), and checks the metrics against the extractor the inputs come from.
 */
function reconcileProtocols(inputs, groups, o, extractor) {
    const { real, generated, sampled } = inputs;
    const notes = [];
    const pr = real.summary.protocol, pg = generated.summary.protocol;
    if (pr && pg) {
        const diff = (0,core_protocol/* protocolDifferences */.xZ)(pr, pg);
        if (diff.length)
            throw new errors/* InputError */.d(`real and generated were made with different protocols (${diff.join('; ')}): their numbers are not comparable`);
    }
    else if (pr || pg) {
        const unknown = pr ? generated.summary.source : o.real;
        notes.push(`${unknown} records no protocol (a pytorch-fid or clean-fid statistics file): assumed to use ${(pr ?? pg).extractor} with the same weights and resize`);
    }
    else {
        notes.push('neither input records its protocol (pytorch-fid or clean-fid statistics files): assumed to match');
    }
    // a sampled generated side: its quantization (the sampler's) is the one that describes the generated images
    const protocol = sampled ? pg : (pr ?? pg ?? extractor?.protocol);
    let selected = [...groups];
    const recorded = (0,extractors/* extractorOfProtocol */.yl)(protocol?.extractor);
    if (protocol && recorded && recorded.id !== 'inception') {
        if (!o.metrics)
            selected = selected.filter((g) => (0,registry/* defaultMetricGroups */.lz)(recorded).includes(g));
        (0,registry/* checkMetricsSupported */.ah)(selected, recorded, protocol.extractor, 'inputs');
        notes.push(`features from ${protocol.extractor} (D = ${real.dim}): "fid" is the Fréchet distance in that feature space (e.g. FD_DINOv2), not comparable with Inception FIDs`);
    }
    const warning = extractor?.bytes.warning ??
        (protocol?.weights === 'synthetic'
            ? 'WARNING: synthetic Inception weights: these numbers are NOT comparable with published FIDs.'
            : undefined);
    if (warning)
        notes.unshift(warning);
    // on-bad-image: skip, and entries of the listing that cannot be opened — the report says how many images were
    // left out, and which
    for (const side of [real, generated])
        notes.push(...inputNotes(side));
    return { protocol, groups: selected, notes };
}
/** The notes of one loaded input: the entries left out of its folder's listing, the images skipped as undecodable. */
function inputNotes(input) {
    return [input.omittedNote, input.skippedNote].filter((n) => !!n);
}
/** Loads the training side for the groups that need it, checked against the comparison's dimension and protocol. */
async function loadTraining(source, dim, protocol, o, getExtractor) {
    const training = await loadInput('training', source, o, getExtractor);
    if (training.dim !== dim)
        throw new errors/* InputError */.d(`training (${source}) has ${training.dim}-dimensional features, the other inputs ${dim}: they come from different extractors`, source);
    if (training.summary.protocol && protocol) {
        const diff = (0,core_protocol/* protocolDifferences */.xZ)(training.summary.protocol, protocol);
        if (diff.length)
            throw new errors/* InputError */.d(`training (${source}) was made with another protocol (${diff.join('; ')}): its distances are not comparable`, source);
    }
    return training;
}
const STATS_ONLY_HINT = 'pass the image folder, or a stats file written by `fid-gate stats --features`';
/** Refuses a group whose inputs lack what it needs (per-image features, the generated set's logits). */
function checkNeeds(def, ctx) {
    const n = def.needs;
    if (n.features) {
        const missing = n.features
            .map((side) => ctx[side])
            .filter((s) => !s.features)
            .map((s) => s.summary.source);
        if (missing.length && n.features.length === 1 && n.features[0] === 'generated') {
            throw new errors/* InputError */.d(`${def.title} needs the generated set's per-image features, but ${missing[0]} holds only mu/sigma: ${STATS_ONLY_HINT}`);
        }
        if (missing.length)
            throw new errors/* InputError */.d(`${def.title} needs per-image features, but ${missing.join(' and ')} hold(s) only mu/sigma: ${STATS_ONLY_HINT}`);
    }
    if (n.logits && !ctx.generated.logits)
        throw new errors/* InputError */.d(`${def.title} needs the generated set's logits, but ${ctx.generated.summary.source} holds none: ${STATS_ONLY_HINT}`);
}
/** Which groups run: the selected ones of the pair, the ELBO with `elbo`, the training-set ones with `training`. */
function activeGroups(groups, o) {
    return registry/* METRIC_GROUPS */.EW.filter((g) => g.needs.source === 'pair'
        ? groups.includes(g.group)
        : g.needs.source === 'elbo'
            ? !!o.elbo
            : !!o.training).map((g) => g.group);
}
/**
 * Stage 4: computes the groups, those on the pair first (in registry order), then the ELBO, then those on the
 * training set (loaded by `loadTrainingSet` just before they run).
 */
async function computeMetrics(groups, ctx, loadTrainingSet) {
    const metrics = {};
    for (const source of ['pair', 'elbo', 'training']) {
        for (const def of registry/* METRIC_GROUPS */.EW) {
            if (def.needs.source !== source || !groups.includes(def.group))
                continue;
            if (source === 'training' && !ctx.training) {
                ctx.training = await loadTrainingSet();
                ctx.notes.push(...inputNotes(ctx.training));
            }
            checkNeeds(def, ctx);
            Object.assign(metrics, await def.compute(ctx));
        }
    }
    return metrics;
}
/**
 * Stage 5: bootstrap 95 % intervals of the metrics whose registry entry names a bootstrap quantity, from the features
 * at hand (never extracting again). Sets each metric's `ci`; returns the settings for the report's protocol.
 */
async function computeIntervals(metrics, real, generated, o, seed, progress, notes, device) {
    const wanted = registry/* METRICS */.Cb.filter((m) => m.interval && metrics[m.name]);
    const replicates = o.bootstrap ?? defaults/* DEFAULT_BOOTSTRAP_REPLICATES */.ey;
    if (replicates <= 0 || !wanted.length)
        return undefined;
    if (!real.features || !generated.features) {
        notes.push(`no bootstrap intervals: ${[real, generated]
            .filter((s) => !s.features)
            .map((s) => s.summary.source)
            .join(' and ')} hold(s) only mu/sigma (pass the folder, or a stats file written with --features)`);
        return undefined;
    }
    const values = {};
    for (const m of wanted)
        values[m.interval] = metrics[m.name].value;
    const b = await metricIntervals({
        x: real.features,
        nReal: real.count,
        y: generated.features,
        nGen: generated.count,
        d: real.dim,
        real,
        generated,
        values,
    }, wanted.map((m) => m.interval), { replicates, seed, maxSamples: o.bootstrapMaxSamples, progress, device });
    for (const m of wanted) {
        const iv = b.intervals[m.interval];
        // an interval from replicates that are undefined (e.g. KID of a resample of 2 images that repeats one) is no
        // interval: left out and said, never reported as NaN
        if (iv && !(Number.isFinite(iv.halfWidth) && Number.isFinite(iv.se) && iv.replicates.every(Number.isFinite))) {
            notes.push(`no bootstrap interval for ${m.name}: some of its replicates are undefined (too few images: ${real.count} real, ${generated.count} generated)`);
            continue;
        }
        if (iv)
            metrics[m.name].ci = {
                halfWidth: iv.halfWidth,
                level: 0.95,
                se: iv.se,
                scale: iv.scale,
                method: iv.method,
                replicates: Array.from(iv.replicates, (v) => Number(v.toPrecision(10))),
            };
    }
    o.log?.(`intervals: ${replicates} replicates in ${b.seconds.toFixed(1)} s (${[...new Set(wanted.map((m) => `${m.name}: ${b.intervals[m.interval]?.method}`))].join(', ')})`);
    return {
        replicates,
        draws: b.draws ?? { real: real.count, generated: generated.count },
        ...(b.fidDraws ? { fidDraws: b.fidDraws } : {}),
    };
}
/** Stage 6: the metrics JSON. */
function buildReport(p) {
    const { real, generated, sampled } = p.inputs;
    return {
        schema: report_types/* METRICS_SCHEMA */.Y,
        fidGateVersion: version/* VERSION */.x,
        createdAt: new Date().toISOString(),
        protocol: {
            ...(p.protocol ?? {
                extractor: 'unknown',
                weights: 'unknown',
                weightsSha256: 'unknown',
                resize: 'unknown',
                quantization: 'unknown',
                fidGateVersion: version/* VERSION */.x,
            }),
            nReal: real.count,
            nGenerated: generated.count,
            device: p.device ?? 'none (statistics files)',
            ...(sampled
                ? { sampling: { ...sampled.settings, ...(sampled.samplerDevice ? { device: sampled.samplerDevice } : {}) } }
                : {}),
            seed: p.seed,
            realDigest: (0,core_protocol/* referenceDigest */.S7)(real),
            ...(p.bootstrap ? { bootstrap: p.bootstrap } : {}),
        },
        real: real.summary,
        generated: generated.summary,
        metrics: p.metrics,
        notes: p.notes,
        durationSeconds: p.durationSeconds,
    };
}
/** Progress lines of the analysis (FD∞, the bootstrap): the progress callback, else the log when progress is on. */
function analysisProgress(o) {
    return typeof o.progress === 'function' ? o.progress : o.progress ? o.log : undefined;
}
async function runCompare(o) {
    const t0 = performance.now();
    const selected = selectMetricGroups(o);
    const extractor = extractorLoader(o);
    const inputs = await loadInputs(o, extractor.get, selected.includes('fid'));
    // an invalid input file is reported as such, before any error it caused further on
    const sigmas = [inputs.real.sigma, inputs.generated.sigma];
    const { protocol, groups, notes } = await (0,covariance_check/* settledOnError */.dv)(sigmas, async () => {
        const r = reconcileProtocols(inputs, selected, o, extractor.loaded());
        // a generated file's deferred covariance test is left to FID only where FID reads that covariance
        if (!r.groups.includes('fid') || (0,fid/* fidFromFeatures */.F)(inputs.real, inputs.generated, inputs.real.dim))
            await settleInputs(inputs);
        return r;
    });
    const seed = o.seed ?? defaults/* DEFAULT_ANALYSIS_SEED */.dd;
    const progress = analysisProgress(o);
    const ctx = {
        real: inputs.real,
        generated: inputs.generated,
        dim: inputs.real.dim,
        seed,
        settings: o,
        progress,
        notes,
        // read when a group runs: the training set's extraction may load the extractor after this
        get device() {
            return extractor.loaded()?.model.device;
        },
    };
    const metrics = await (0,covariance_check/* settledOnError */.dv)(sigmas, () => computeMetrics(activeGroups(groups, o), ctx, () => loadTraining(o.training, inputs.real.dim, protocol, o, extractor.get)));
    await settleInputs(inputs); // FID settled them on its way; this one makes sure
    const bootstrap = await computeIntervals(metrics, inputs.real, inputs.generated, o, seed, progress, notes, ctx.device);
    const report = buildReport({
        inputs,
        protocol,
        metrics,
        notes,
        seed,
        bootstrap,
        device: ((m) => m && (0,session/* deviceLabel */.hV)(m))(extractor.loaded()?.model),
        durationSeconds: (performance.now() - t0) / 1000,
    });
    return { report, real: inputs.real, generated: inputs.generated };
}


/***/ }),

/***/ 91807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QN: () => (/* binding */ protocolKey),
/* harmony export */   S7: () => (/* binding */ referenceDigest),
/* harmony export */   xZ: () => (/* binding */ protocolDifferences)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The protocol of a set of features: what must agree for two results to be comparable, and the digest that
// identifies a reference set.

/** The fields that must agree for two results to be comparable. */
function protocolKey(p) {
    return JSON.stringify([p.extractor, p.weightsSha256, p.resize]);
}
function protocolDifferences(a, b) {
    const out = [];
    if (a.extractor !== b.extractor)
        out.push(`extractor ${a.extractor} vs ${b.extractor}`);
    if (a.weightsSha256 !== b.weightsSha256)
        out.push(`weights ${a.weights} (${a.weightsSha256.slice(0, 12)}) vs ${b.weights} (${b.weightsSha256.slice(0, 12)})`);
    if (a.resize !== b.resize)
        out.push(`resize ${a.resize} vs ${b.resize}`);
    return out;
}
/** SHA-256 of the reference set's features (else of its mu and sigma): identifies the reference in the fingerprint. */
function referenceDigest(s) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    if (s.features)
        h.update('features\0').update(new Uint8Array(s.features.buffer, s.features.byteOffset, s.count * s.dim * 4));
    else
        h.update('stats\0')
            .update(new Uint8Array(s.mu.buffer, s.mu.byteOffset, s.mu.byteLength))
            .update(new Uint8Array(s.sigma.buffer, s.sigma.byteOffset, s.sigma.byteLength));
    return h.digest('hex');
}


/***/ }),

/***/ 47561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ READABLE_METRICS_SCHEMAS),
/* harmony export */   Y: () => (/* binding */ METRICS_SCHEMA)
/* harmony export */ });
/**
 * The metrics JSON's schema. Version 2 added `ci.method`; version 1 files (no method: every interval a percentile
 * bootstrap) are still read as baselines.
 */
const METRICS_SCHEMA = 'fid-gate/metrics@2';
/** Every schema a baseline may carry. */
const READABLE_METRICS_SCHEMAS = ['fid-gate/metrics@1', METRICS_SCHEMA];


/***/ }),

/***/ 27130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sb: () => (/* binding */ extractorFor),
/* harmony export */   o7: () => (/* binding */ EXTRACTORS),
/* harmony export */   yl: () => (/* binding */ extractorOfProtocol)
/* harmony export */ });
const EXTRACTORS = {
    inception: { id: 'inception', provides: ['pool', 'logits'] },
    dinov2: { id: 'dinov2', provides: ['pool'] },
    clip: { id: 'clip', provides: ['pool'] },
    custom: { id: 'custom', provides: ['pool'] },
};
/** The extractor that an `encoder` option selects (undefined: the Inception network). */
function extractorFor(encoder) {
    return encoder ? EXTRACTORS[encoder.preprocess.preset] : EXTRACTORS.inception;
}
/**
 * The extractor a recorded protocol names (statistics files, reports): pytorch-fid's Inception (INCEPTION_EXTRACTOR and
 * its variants), else an ONNX encoder
 * (whose preset is not recorded, and all of whose presets provide the same); undefined when it is unknown.
 */
function extractorOfProtocol(extractor) {
    if (!extractor || extractor === 'unknown')
        return undefined;
    return extractor.startsWith('pytorch-fid-inception') ? EXTRACTORS.inception : EXTRACTORS.custom;
}


/***/ })

};
