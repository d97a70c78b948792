export const id = 430;
export const ids = [430,862];
export const modules = {

/***/ 85862:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_SHARDS: () => (/* binding */ MAX_SHARDS),
/* harmony export */   parseShard: () => (/* binding */ parseShard),
/* harmony export */   partFileName: () => (/* binding */ partFileName),
/* harmony export */   shardRange: () => (/* binding */ shardRange),
/* harmony export */   shardText: () => (/* binding */ shardText)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
// Shards: `--shard i/n` (input `shard: i/n`) splits one evaluation over n machines. Shard i (1-based) takes the i-th
// of n contiguous, near-equal blocks of a global index range: positions in the sorted listing of an image folder
// (pytorch-fid's sort, so independent of the order the file system lists them) or sample indices of a sampler.
// Every index lands in exactly one shard, and the blocks in shard order are the single run's order.

/** The most shards one evaluation may be split into (a GitHub Actions matrix holds at most 256 jobs). */
const MAX_SHARDS = 256;
/** Parses "i/n" (1 ≤ i ≤ n ≤ MAX_SHARDS); `name` is how the option is called in messages. */
function parseShard(value, name = '--shard') {
    const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (!m)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${name}: expected i/n (shard i of n, e.g. 2/10), got "${value}"`, name);
    const index = Number(m[1]), of = Number(m[2]);
    if (of < 1 || of > MAX_SHARDS)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${name}: ${value}: n must be between 1 and ${MAX_SHARDS}`, name);
    if (index < 1 || index > of)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${name}: ${value}: i must be between 1 and ${of} (shards are numbered from 1)`, name);
    return { index, of };
}
/** The half-open range [start, end) of the global indices 0..total−1 that shard `s` takes. */
function shardRange(total, s) {
    return { start: Math.floor(((s.index - 1) * total) / s.of), end: Math.floor((s.index * total) / s.of) };
}
const shardText = (s) => `${s.index}/${s.of}`;
/** The file name of a shard's part, unique within one evaluation: part-02-of-10.npz. */
function partFileName(s) {
    const w = String(s.of).length;
    return `part-${String(s.index).padStart(w, '0')}-of-${s.of}.npz`;
}


/***/ }),

/***/ 8430:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PARTIAL_FORMAT: () => (/* binding */ PARTIAL_FORMAT),
/* harmony export */   absorb: () => (/* binding */ absorb),
/* harmony export */   checkPartSet: () => (/* binding */ checkPartSet),
/* harmony export */   finishStats: () => (/* binding */ finishStats),
/* harmony export */   mergePartFiles: () => (/* binding */ mergePartFiles),
/* harmony export */   partialStats: () => (/* binding */ partialStats),
/* harmony export */   readPartHeader: () => (/* binding */ readPartHeader),
/* harmony export */   readPartNpz: () => (/* binding */ readPartNpz),
/* harmony export */   writePartNpz: () => (/* binding */ writePartNpz)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_npy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57821);
/* harmony import */ var _util_user_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3832);
/* harmony import */ var _util_json_depth_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(25512);
/* harmony import */ var _stats_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45421);
/* harmony import */ var _util_zip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52003);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(70017);
/* harmony import */ var _util_first_non_finite_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(41762);
/* harmony import */ var _stats_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54522);
/* harmony import */ var _images_shard_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(85862);
// Partial statistics: what one shard of a sharded evaluation (stats --shard i/n, the Action's input shard) writes,
// and their exact merge into the statistics file a single run over all the images would write.
//
// A part holds its count n, its mean x̄ and its co-moment M = Σ (x − x̄)(x − x̄)ᵀ, all float64. Two parts merge with
// the pairwise update of Chan, Golub & LeVeque ("Updating formulae and a pairwise algorithm for computing sample
// variances", Stanford CS tech. report STAN-CS-79-773, 1979, eq. 2.1b, in its multivariate form):
//     n = nA + nB,  δ = x̄B − x̄A,  x̄ = x̄A + δ·nB/n,  M = MA + MB + δδᵀ·nA·nB/n
// and the merged sigma is M/(n − 1), np.cov's divisor (stats.ts). Parts are merged in shard order, so the result does
// not depend on the order the files are given in. The merge needs no pass over the features: memory O(d²) for the
// statistics, plus the merged per-image features and logits when the parts hold them (KID, IS and
// precision/recall need them: N·(d + 1008)·4 bytes, 600 MB at N = 50,000 with Inception), and one part at a time.
//
// Members of a part (.npz): partial_mean float64 [d], partial_comoment float64 [d, d], count int64 (), shard unicode
// () (JSON: format, index, of, total, start, end, source), protocol, warning; with features also features float32
// [n, d], logits float32 [n, K], files unicode [n] and indices int64 [n]: each row's position in the single run (the
// sorted listing of the whole folder, or the sample index), so the merge restores the single run's order.










const PARTIAL_FORMAT = 'fid-gate/partial-stats@1';
/** The partial statistics of `count` rows of width `dim` (float64, through the streaming accumulator of stats.ts). */
async function partialStats(rows, count, dim) {
    const mean = new Float64Array(dim), comoment = new Float64Array(dim * dim);
    if (count === 1)
        mean.set(rows.subarray(0, dim));
    if (count < 2)
        return { dim, count, mean, comoment };
    const acc = new _stats_js__WEBPACK_IMPORTED_MODULE_6__/* .StatsAccumulator */ .q(dim);
    await acc.add(rows, count);
    const s = await acc.finalize();
    mean.set(s.mu);
    for (let i = 0; i < comoment.length; i++)
        comoment[i] = s.sigma[i] * (count - 1);
    return { dim, count, mean, comoment };
}
/** Chan et al.'s pairwise update: `a` absorbs `b` (a's arrays are updated in place). */
function absorb(a, b) {
    const d = a.dim;
    if (b.count === 0)
        return a;
    if (a.count === 0) {
        a.mean.set(b.mean);
        a.comoment.set(b.comoment);
        a.count = b.count;
        return a;
    }
    const na = a.count, nb = b.count, n = na + nb;
    const delta = new Float64Array(d);
    for (let j = 0; j < d; j++)
        delta[j] = b.mean[j] - a.mean[j];
    const w = (na * nb) / n;
    const m = a.comoment, mb = b.comoment;
    for (let i = 0; i < d; i++) {
        const di = delta[i] * w, o = i * d;
        for (let j = 0; j < d; j++)
            m[o + j] += mb[o + j] + di * delta[j];
    }
    for (let j = 0; j < d; j++)
        a.mean[j] += delta[j] * (nb / n);
    a.count = n;
    return a;
}
/** mu and sigma (np.cov: divisor N − 1, symmetrized as stats.ts does) of merged partial statistics. */
function finishStats(p) {
    const d = p.dim, n = p.count;
    const sigma = new Float64Array(d * d);
    for (let i = 0; i < d; i++) {
        sigma[i * d + i] = p.comoment[i * d + i] / (n - 1);
        for (let j = i + 1; j < d; j++) {
            const v = (0.5 * (p.comoment[i * d + j] + p.comoment[j * d + i])) / (n - 1);
            sigma[i * d + j] = v;
            sigma[j * d + i] = v;
        }
    }
    return { mu: Float64Array.from(p.mean), sigma, dim: d, count: n };
}
async function writePartNpz(file, p) {
    const arrays = {
        partial_mean: { data: p.mean, shape: [p.dim] },
        partial_comoment: { data: p.comoment, shape: [p.dim, p.dim] },
        count: { data: new BigInt64Array([BigInt(p.count)]), shape: [] },
        shard: { data: [JSON.stringify(p.shard)], shape: [] },
        protocol: { data: [JSON.stringify(p.protocol)], shape: [] },
    };
    if (p.warning)
        arrays.warning = { data: [p.warning], shape: [] };
    if (p.features) {
        arrays.features = { data: p.features, shape: [p.count, p.dim] };
        arrays.indices = { data: BigInt64Array.from(p.indices.map(BigInt)), shape: [p.count] };
        arrays.files = { data: p.files, shape: [p.count] };
        if (p.logits)
            arrays.logits = { data: p.logits, shape: [p.count, p.logitsDim] };
    }
    await (0,_stats_file_js__WEBPACK_IMPORTED_MODULE_3__.writeNpzFile)(file, arrays);
}
const notAPart = (file, why) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`${file}: not a partial statistics file written by fid-gate stats --shard (${why})`, file);
function jsonMember(m, key, file) {
    const a = m.get(key);
    if (!a || !Array.isArray(a.data) || a.data.length !== 1)
        throw notAPart(file, `no '${key}'`);
    if (key === 'protocol')
        return (0,_stats_file_js__WEBPACK_IMPORTED_MODULE_3__.protocolFromJson)(a.data[0], file);
    try {
        return (0,_util_json_depth_js__WEBPACK_IMPORTED_MODULE_8__/* .parseJsonBounded */ .Xg)(a.data[0]);
    }
    catch {
        throw notAPart(file, `'${key}' is not valid JSON`);
    }
}
function countMember(m, file) {
    const c = m.get('count');
    if (!(c?.data instanceof BigInt64Array) || c.data.length !== 1)
        throw notAPart(file, "no int64 'count'");
    return Number(c.data[0]);
}
function checkInfo(info, count, file) {
    const s = info;
    const ints = ['index', 'of', 'total', 'start', 'end'];
    if (typeof s !== 'object' || s === null || s.format !== PARTIAL_FORMAT)
        throw notAPart(file, `'shard' is not ${PARTIAL_FORMAT}`);
    for (const k of ints)
        if (!Number.isSafeInteger(s[k]) || s[k] < 0)
            throw notAPart(file, `shard.${k} is not a non-negative integer`);
    if (s.index < 1 || s.index > s.of || s.start > s.end || s.end > s.total || typeof s.source !== 'string')
        throw notAPart(file, `inconsistent shard ${JSON.stringify(s)}`);
    // on-bad-image skip may leave images out: a part never holds more than its block
    if (count > s.end - s.start)
        throw notAPart(file, `count ${count} is more than its block [${s.start}, ${s.end})`);
    return s;
}
async function readPartHeader(file) {
    // a regular file of at most an .npz's limit (not /dev/zero, not a FIFO)
    const bytes = await (0,_util_user_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readUserFile */ .E)(file, _util_npy_js__WEBPACK_IMPORTED_MODULE_1__/* .NPZ_MAX_INFLATED_BYTES */ .SJ + (64 << 20), file);
    if (!(0,_util_zip_js__WEBPACK_IMPORTED_MODULE_4__/* .looksLikeZip */ .fw)(bytes))
        throw notAPart(file, 'not an .npz');
    let entries;
    try {
        entries = (0,_util_zip_js__WEBPACK_IMPORTED_MODULE_4__/* .readZipEntries */ .YJ)(bytes, file);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(err.message, file);
    }
    const names = new Set(entries.map((e) => e.name));
    if (names.has('mu.npy') && !names.has('partial_mean.npy'))
        throw notAPart(file, 'it is a complete statistics file: give it to compare directly');
    const small = new Map();
    for (const e of entries) {
        if (!['shard.npy', 'count.npy', 'protocol.npy', 'warning.npy', 'partial_mean.npy'].includes(e.name))
            continue;
        try {
            small.set(e.name.slice(0, -4), (0,_util_npy_js__WEBPACK_IMPORTED_MODULE_1__/* .parseNpy */ .vv)((0,_util_zip_js__WEBPACK_IMPORTED_MODULE_4__/* .readZipEntry */ .g7)(bytes, e, file, 1 << 26), `${file}[${e.name}]`));
        }
        catch (err) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(err.message, file);
        }
    }
    const mean = small.get('partial_mean');
    if (mean?.shape.length !== 1 || !(mean.data instanceof Float64Array))
        throw notAPart(file, "no float64 'partial_mean'");
    const count = countMember(small, file);
    const warning = small.get('warning');
    return {
        file,
        count,
        shard: checkInfo(jsonMember(small, 'shard', file), count, file),
        protocol: jsonMember(small, 'protocol', file),
        dim: mean.shape[0],
        features: names.has('features.npy'),
        logits: names.has('logits.npy'),
        ...(warning && Array.isArray(warning.data) ? { warning: warning.data[0] } : {}),
    };
}
async function readPartNpz(file) {
    const m = await (0,_util_npy_js__WEBPACK_IMPORTED_MODULE_1__/* .readNpz */ .lH)(file);
    const mean = m.get('partial_mean'), com = m.get('partial_comoment');
    if (!(mean?.data instanceof Float64Array) || mean.shape.length !== 1)
        throw notAPart(file, "no float64 'partial_mean'");
    const dim = mean.shape[0];
    if (!(com?.data instanceof Float64Array) || com.shape.join() !== `${dim},${dim}`)
        throw notAPart(file, `no float64 [${dim}, ${dim}] 'partial_comoment'`);
    for (const x of [mean.data, com.data])
        if ((0,_util_first_non_finite_js__WEBPACK_IMPORTED_MODULE_9__/* .firstNonFinite */ .J)(x) >= 0)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`${file}: partial statistics contain NaN or Inf`, file);
    const count = countMember(m, file);
    const part = {
        dim,
        count,
        mean: mean.data,
        comoment: com.data,
        shard: checkInfo(jsonMember(m, 'shard', file), count, file),
        protocol: jsonMember(m, 'protocol', file),
    };
    const warning = m.get('warning');
    if (warning && Array.isArray(warning.data))
        part.warning = warning.data[0];
    const features = m.get('features');
    if (features) {
        if (!(features.data instanceof Float32Array) || features.shape.join() !== `${count},${dim}`)
            throw notAPart(file, `'features' is not float32 [${count}, ${dim}]`);
        const idx = m.get('indices'), files = m.get('files');
        if (!(idx?.data instanceof BigInt64Array) || idx.data.length !== count)
            throw notAPart(file, `'indices' is not int64 [${count}]`);
        if (!files || !Array.isArray(files.data) || files.data.length !== count)
            throw notAPart(file, `'files' does not list ${count} names`);
        part.features = features.data;
        part.indices = Array.from(idx.data, Number);
        part.files = files.data;
        const logits = m.get('logits');
        if (logits) {
            if (!(logits.data instanceof Float32Array) || logits.shape.length !== 2 || logits.shape[0] !== count)
                throw notAPart(file, `'logits' is not float32 [${count}, K]`);
            part.logits = logits.data;
            part.logitsDim = logits.shape[1];
        }
    }
    return part;
}
/** JSON with sorted keys, so that two protocols compare by content. */
function canonical(v) {
    if (Array.isArray(v))
        return `[${v.map(canonical).join(',')}]`;
    if (v && typeof v === 'object')
        return `{${Object.keys(v)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
            .join(',')}}`;
    return JSON.stringify(v);
}
function protocolDiff(a, b) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const rec = (p) => p;
    return keys
        .filter((k) => canonical(rec(a)[k]) !== canonical(rec(b)[k]))
        .map((k) => `${k}: ${canonical(rec(a)[k]) ?? '(none)'} vs ${canonical(rec(b)[k]) ?? '(none)'}`)
        .join('; ');
}
/** Checks that `parts` are the n shards of one evaluation, each once, under one protocol; returns them in shard order.
 * */
function checkPartSet(parts) {
    if (!parts.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d('merge: no part files given', 'parts');
    const first = parts[0];
    const base = (p) => node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(p.file);
    for (const p of parts.slice(1)) {
        const diff = protocolDiff(first.protocol, p.protocol);
        if (diff)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`merge: ${p.file} and ${first.file} were computed under different protocols (${diff}); parts of one evaluation share the extractor, weights, resize and settings`, p.file);
        if (p.shard.of !== first.shard.of)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`merge: ${p.file} is shard ${(0,_images_shard_js__WEBPACK_IMPORTED_MODULE_7__.shardText)(p.shard)} but ${first.file} is shard ${(0,_images_shard_js__WEBPACK_IMPORTED_MODULE_7__.shardText)(first.shard)}: parts of one evaluation share n`, p.file);
        if (p.shard.source !== first.shard.source || p.shard.total !== first.shard.total) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`merge: ${p.file} and ${first.file} split different inputs (${p.shard.total} vs ${first.shard.total} images, ${p.shard.source} vs ${first.shard.source})`, p.file);
        }
        if (p.dim !== first.dim)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`merge: ${p.file} has features of dimension ${p.dim}, ${first.file} ${first.dim}`, p.file);
        if (p.features !== first.features || p.logits !== first.logits) {
            const what = p.features !== first.features ? 'per-image features' : 'logits';
            const [with_, without] = (p.features !== first.features ? p.features : p.logits) ? [p, first] : [first, p];
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`merge: ${with_.file} holds ${what} but ${without.file} does not (write every part with the same options, e.g. all with --features)`, without.file);
        }
    }
    const byIndex = new Map();
    for (const p of parts) {
        const seen = byIndex.get(p.shard.index);
        if (seen)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`merge: shard ${(0,_images_shard_js__WEBPACK_IMPORTED_MODULE_7__.shardText)(p.shard)} is given twice: ${seen.file} and ${p.file}`, p.file);
        byIndex.set(p.shard.index, p);
    }
    const n = first.shard.of;
    const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
    if (missing.length) {
        const given = [...byIndex.values()]
            .sort((a, b) => a.shard.index - b.shard.index)
            .map((p) => `${(0,_images_shard_js__WEBPACK_IMPORTED_MODULE_7__.shardText)(p.shard)} ${base(p)}`)
            .join(', ');
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`merge: shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${n}`).join(', ')} missing (given: ${given})`, 'parts');
    }
    return [...byIndex.values()].sort((a, b) => a.shard.index - b.shard.index);
}
/**
 * Merges part files into the statistics (and, when the parts hold them, the features, logits and file names in the
 * single run's order) of the whole evaluation. Refuses, naming the files, parts of different protocols or inputs,
 * a shard given twice, a missing shard, and fewer than 2 images in all.
 */
async function mergePartFiles(files) {
    // one file at a time: only its small members are kept
    const read = [];
    for (const f of files)
        read.push(await readPartHeader(f));
    const headers = checkPartSet(read);
    const first = headers[0];
    const d = first.dim;
    const total = headers.reduce((s, h) => s + h.count, 0);
    if (total < 2)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`merge: the parts hold ${total} image(s) in all; statistics need at least 2`, first.file);
    const acc = { dim: d, count: 0, mean: new Float64Array(d), comoment: new Float64Array(d * d) };
    const features = first.features ? new Float32Array(total * d) : undefined;
    let logits;
    let logitsDim = 0;
    const names = [];
    let row = 0, lastIndex = -1;
    for (const h of headers) {
        const p = await readPartNpz(h.file);
        absorb(acc, p);
        if (features && p.features) {
            for (const i of p.indices) {
                if (i <= lastIndex || i < p.shard.start || i >= p.shard.end)
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`${h.file}: row index ${i} is out of order or outside its block [${p.shard.start}, ${p.shard.end})`, h.file);
                lastIndex = i;
            }
            features.set(p.features, row * d);
            names.push(...p.files);
            if (p.logits) {
                if (!logits) {
                    logitsDim = p.logitsDim;
                    logits = new Float32Array(total * logitsDim);
                }
                if (p.logitsDim !== logitsDim)
                    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .d(`${h.file}: logits of width ${p.logitsDim}, other parts ${logitsDim}`, h.file);
                logits.set(p.logits, row * logitsDim);
            }
        }
        row += p.count;
    }
    return {
        ...finishStats(acc),
        ...(features ? { features, files: names, ...(logits ? { logits } : {}) } : {}),
        protocol: first.protocol,
        ...(first.warning ? { warning: first.warning } : {}),
    };
}


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
