export const id = 875;
export const ids = [875];
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
    return join([fPackedInts(1, dims), fInt(2, dataType), fStr(8, name),
        fBytes(9, new Uint8Array(data.buffer, data.byteOffset, data.byteLength))]);
}
function attribute(name, v) {
    // AttributeProto: name=1, f=2, i=3, s=4, floats=7, ints=8, type=20 (FLOAT=1, INT=2, STRING=3, FLOATS=6, INTS=7)
    if (typeof v === 'string')
        return join([fStr(1, name), fStr(4, v), fInt(20, 3)]);
    if (typeof v === 'bigint')
        return join([fStr(1, name), fInt(3, v), fInt(20, 2)]);
    if (typeof v === 'number') {
        return Number.isInteger(v) ? join([fStr(1, name), fInt(3, v), fInt(20, 2)]) : join([fStr(1, name), fFloat(2, v), fInt(20, 1)]);
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
    return join([...inputs.map((s) => fStr(1, s)), ...outputs.map((s) => fStr(2, s)), ...(name ? [fStr(3, name)] : []), fStr(4, opType),
        ...Object.entries(attrs).map(([k, v]) => fMsg(5, attribute(k, v)))]);
}
/** ValueInfoProto for a tensor; a string dim is a symbolic (dynamic) dimension. */
function valueInfo(name, elemType, dims) {
    const shape = join(dims.map((d) => fMsg(1, typeof d === 'string' ? fStr(2, d) : fInt(1, d))));
    const tensorType = join([fInt(1, elemType), fMsg(2, shape)]);
    return join([fStr(1, name), fMsg(2, fMsg(1, tensorType))]);
}
/** Serializes a ModelProto. The result is one contiguous buffer, ready for InferenceSession.create. */
function model(g, opts = {}) {
    const graph = join([...g.nodes.map((n) => fMsg(1, n)), fStr(2, g.name ?? 'graph'), ...g.initializers.map((t) => fMsg(5, t)),
        ...(g.docString ? [fStr(10, g.docString)] : []),
        ...g.inputs.map((v) => fMsg(11, v)), ...g.outputs.map((v) => fMsg(12, v))]);
    const meta = Object.entries(opts.metadata ?? {}).map(([k, v]) => fMsg(14, join([fStr(1, k), fStr(2, v)])));
    const m = join([fInt(1, 8), fStr(2, opts.producer ?? 'fid-gate'), fMsg(7, graph),
        fMsg(8, join([fStr(1, ''), fInt(2, opts.opset ?? 18)])), ...meta]);
    const out = new Uint8Array(m.length);
    let off = 0;
    for (const p of m.parts) {
        out.set(p, off);
        off += p.length;
    }
    return out;
}


/***/ }),

/***/ 53787:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ew: () => (/* binding */ parseDevice),
/* harmony export */   h5: () => (/* binding */ cpuSessionOptions),
/* harmony export */   jw: () => (/* binding */ createSession)
/* harmony export */ });
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43958);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
// onnxruntime-node sessions with the device policy of fid-gate: `cpu`, `cuda` (fail clearly when the CUDA execution
// provider cannot load), or `auto` (try CUDA when an NVIDIA GPU is present, fall back to CPU with one notice).
// ORT rejects session creation, rather than falling back, when a requested provider is missing
// (shared/notes/packaging.md §1), hence the explicit retry.



let logLevelSet = false;
function parseDevice(value, what = '--device') {
    const v = (value ?? 'auto').trim().toLowerCase();
    if (v === 'auto' || v === 'cpu' || v === 'cuda')
        return v;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${what}: expected auto, cpu or cuda, got "${value}"`, what);
}
function cpuSessionOptions(threads = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.availableParallelism)()) {
    return {
        executionProviders: ['cpu'],
        intraOpNumThreads: threads,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
        enableCpuMemArena: true,
    };
}
/** `model`: the ONNX bytes, or a file path (lets ORT find a large model's external data next to it). */
async function createSession(model, opts) {
    if (!logLevelSet) {
        onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.env.logLevel = 'fatal';
        logLevelSet = true;
    } // ORT prints provider-load errors to stderr itself
    const cpu = cpuSessionOptions(opts.threads);
    const create = (o) => (typeof model === 'string' ? onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.InferenceSession.create(model, o) : onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.InferenceSession.create(model, o));
    if (opts.device === 'cpu')
        return { session: await create(cpu), device: 'cpu' };
    let cudaError;
    try {
        const ready = opts.prepareCuda ? await opts.prepareCuda() : true;
        if (ready) {
            const session = await create({ ...cpu, executionProviders: [{ name: 'cuda', deviceId: 0 }, 'cpu'] });
            return { session, device: 'cuda' };
        }
        cudaError = 'no NVIDIA GPU or CUDA provider available';
    }
    catch (err) {
        cudaError = err.message.split('\n')[0];
    }
    if (opts.device === 'cuda') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`--device cuda: the CUDA execution provider could not be used (${cudaError}). It needs an NVIDIA GPU with CUDA 12 and cuDNN 9; use --device cpu or auto.`, 'device');
    }
    const notice = `device auto: running on CPU (${cudaError})`;
    opts.log?.(notice);
    return { session: await create(cpu), device: 'cpu', notice };
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
/* harmony export */   vE: () => (/* binding */ gemm),
/* harmony export */   zh: () => (/* binding */ graphSession)
/* harmony export */ });
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43958);
/* harmony import */ var _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70130);
/* harmony import */ var _features_session_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53787);
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
 * A session for the linear-algebra graphs of src/math/. The intra-op threads do not spin between operators: these
 * graphs are chains of short, often memory-bound Gemms called hundreds of times with JS work in between, and on a busy machine spinning workers measured 2–4× slower
 * (they compete with the JS thread and with each other) while on an idle one the difference is within noise.
 * No memory arena: at d = 2048 the arenas of these sessions kept ~250 MB after the call for no measurable speed-up.
 */
function graphSession(key, build) {
    return cachedSession(`linalg:${key}`, build, () => ({ ...(0,_features_session_js__WEBPACK_IMPORTED_MODULE_2__/* .cpuSessionOptions */ .h5)(), enableCpuMemArena: false, extra: { session: { intra_op: { allow_spinning: '0' } } } }));
}
const f64 = (name, dims) => (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .valueInfo */ .ul)(name, _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .DataType */ .pe.DOUBLE, dims);
const i64 = (name, dims) => (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .valueInfo */ .ul)(name, _features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .DataType */ .pe.INT64, dims);
/** ONNX Gemm: Y = alpha·op(A)·op(B) + beta·C. */
function gemm(a, b, c, y, o = {}) {
    const attrs = { alpha: { float: o.alpha ?? 1 }, beta: { float: o.beta ?? 1 } };
    if (o.ta)
        attrs.transA = 1;
    if (o.tb)
        attrs.transB = 1;
    return (0,_features_onnx_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .node */ .rH)('Gemm', c ? [a, b, c] : [a, b], [y], attrs);
}
/**
 * Runs a cached graph. Inputs are passed to ORT without a copy (views into larger arrays are fine); every output
 * comes back as a new array (onnxruntime-node copies outputs, even into preallocated ones), so the graphs are laid
 * out to keep outputs small wherever they can.
 */
async function runGraph(session, feeds) {
    const s = await session;
    const inputs = {};
    for (const [k, [data, dims]] of Object.entries(feeds))
        inputs[k] = new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor(data instanceof BigInt64Array ? 'int64' : 'float64', data, dims);
    const res = await s.run(inputs);
    const out = {};
    for (const k of s.outputNames)
        out[k] = res[k].data;
    return out;
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
    get count() { return this.n + this.rowsInChunk; }
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
    snapshot() { return this.finalize(); }
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


/***/ }),

/***/ 3832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ readUserFile),
/* harmony export */   V: () => (/* binding */ readUserFileSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
// Reading a file the user named: it must be a regular file (not a device such as /dev/zero, a FIFO or a socket,
// which would read forever or block), and no larger than a limit set by what the file is for. Opened with
// O_NONBLOCK so that a FIFO does not block the open itself.



/** Why a path cannot be read as a regular file of at most `maxBytes`, or undefined when it can. */
function refusal(st, maxBytes) {
    const size = st.size;
    if (st.isDirectory())
        return 'it is a directory';
    if (!st.isFile())
        return 'not a regular file (a device, FIFO, socket or folder)';
    if (size > maxBytes)
        return `${size} bytes, more than the ${maxBytes}-byte limit for this file`;
    return undefined;
}
function errnoReason(err) {
    const code = err.code;
    return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? err.message);
}
/**
 * The bytes of a regular file of at most `maxBytes`. Throws InputError(`${label}: reason`) otherwise; `label`
 * names the file (e.g. "--weights x.pth").
 */
async function readUserFile(path, maxBytes, label) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${label}: cannot read (${err.code ?? err.message})`, path);
    }
    try {
        const st = await fh.stat();
        const why = refusal(st, maxBytes);
        if (why)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${label}: ${why}`, path);
        // read what stat said, never more (a file growing meanwhile cannot take the read past the limit)
        const buf = Buffer.allocUnsafe(st.size);
        let off = 0;
        while (off < st.size) {
            const { bytesRead } = await fh.read(buf, off, st.size - off, off);
            if (bytesRead === 0)
                break;
            off += bytesRead;
        }
        return off === st.size ? buf : buf.subarray(0, off);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${label}: cannot read (${err.code ?? err.message})`, path);
    }
    finally {
        await fh.close();
    }
}
/** readUserFile, synchronously. */
function readUserFileSync(path, maxBytes, label) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${label}: ${errnoReason(err)}`, path);
    }
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        const why = refusal(st, maxBytes);
        if (why)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${label}: ${why}`, path);
        const buf = Buffer.allocUnsafe(st.size);
        let off = 0;
        while (off < st.size) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, off, st.size - off, off);
            if (n === 0)
                break;
            off += n;
        }
        return off === st.size ? buf : buf.subarray(0, off);
    }
    catch (err) {
        if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d)
            throw err;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${label}: ${errnoReason(err)}`, path);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 52003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wz: () => (/* binding */ ZipError),
/* harmony export */   YJ: () => (/* binding */ readZipEntries),
/* harmony export */   fw: () => (/* binding */ looksLikeZip),
/* harmony export */   g7: () => (/* binding */ readZipEntry),
/* harmony export */   wH: () => (/* binding */ readZipEntryPrefix),
/* harmony export */   zy: () => (/* binding */ writeZip)
/* harmony export */ });
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_0__);
// Minimal ZIP reader/writer (PKWARE APPNOTE 6.3): enough for torch.save zip checkpoints, NumPy .npz files and
// NuGet packages. Reads stored and deflated members, ZIP64 sizes/offsets; writes stored or deflated members.

class ZipError extends Error {
    file;
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.name = 'ZipError';
    }
}
const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
function u64(view, off, file) {
    const v = view.getBigUint64(off, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
        throw new ZipError(file, 'ZIP64 field too large');
    return Number(v);
}
/** True when the bytes start like a ZIP archive (local file header or empty archive). */
function looksLikeZip(bytes) {
    return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}
/** Lists the members of a ZIP archive from its central directory. Never trusts a size beyond the buffer. */
function readZipEntries(bytes, file) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const n = bytes.length;
    if (n < 22)
        throw new ZipError(file, 'not a ZIP archive (too short)');
    let eocd = -1;
    for (let i = n - 22; i >= Math.max(0, n - 22 - 65535); i--) {
        if (view.getUint32(i, true) === EOCD_SIG) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipError(file, 'not a ZIP archive or truncated (no end-of-central-directory record)');
    let count = view.getUint16(eocd + 10, true);
    let cdSize = view.getUint32(eocd + 12, true);
    let cdOffset = view.getUint32(eocd + 16, true);
    if (eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR_SIG) {
        const off64 = u64(view, eocd - 12, file);
        if (off64 + 56 > n || view.getUint32(off64, true) !== EOCD64_SIG)
            throw new ZipError(file, 'corrupt ZIP64 end record');
        count = u64(view, off64 + 32, file);
        cdSize = u64(view, off64 + 40, file);
        cdOffset = u64(view, off64 + 48, file);
    }
    if (cdOffset + cdSize > n)
        throw new ZipError(file, 'truncated (central directory lies beyond the end of the file)');
    const entries = [];
    let p = cdOffset;
    const dec = new TextDecoder();
    for (let k = 0; k < count; k++) {
        if (p + 46 > n || view.getUint32(p, true) !== CDH_SIG)
            throw new ZipError(file, `corrupt central directory at entry ${k}`);
        const method = view.getUint16(p + 10, true);
        const crc = view.getUint32(p + 16, true);
        let compressedSize = view.getUint32(p + 20, true);
        let size = view.getUint32(p + 24, true);
        const nameLen = view.getUint16(p + 28, true);
        const extraLen = view.getUint16(p + 30, true);
        const commentLen = view.getUint16(p + 32, true);
        let localOffset = view.getUint32(p + 42, true);
        if (p + 46 + nameLen + extraLen > n)
            throw new ZipError(file, 'truncated central directory');
        const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
        // ZIP64 extended information extra field (0x0001): present fields follow in a fixed order.
        let e = p + 46 + nameLen;
        const eEnd = e + extraLen;
        while (e + 4 <= eEnd) {
            const id = view.getUint16(e, true), len = view.getUint16(e + 2, true);
            if (id === 0x0001) {
                let q = e + 4;
                if (size === 0xffffffff) {
                    size = u64(view, q, file);
                    q += 8;
                }
                if (compressedSize === 0xffffffff) {
                    compressedSize = u64(view, q, file);
                    q += 8;
                }
                if (localOffset === 0xffffffff) {
                    localOffset = u64(view, q, file);
                    q += 8;
                }
            }
            e += 4 + len;
        }
        if (localOffset + 30 > n || view.getUint32(localOffset, true) !== LFH_SIG)
            throw new ZipError(file, `corrupt local header for ${name}`);
        const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
        if (dataOffset + compressedSize > n)
            throw new ZipError(file, `truncated: member ${name} extends beyond the end of the file`);
        entries.push({ name, method, compressedSize, size, crc, dataOffset, localOffset });
        p += 46 + nameLen + extraLen + commentLen;
    }
    // Central-directory entries that point into the same bytes (one member listed many times, or overlapping
    // ranges) would each be inflated: a zip bomb of aliases. No writer produces them; refused.
    const ranges = entries.map((e) => ({ name: e.name, start: e.localOffset, end: e.dataOffset + e.compressedSize })).sort((a, b) => a.start - b.start);
    for (let i = 1; i < ranges.length; i++) {
        if (ranges[i].start < ranges[i - 1].end) {
            throw new ZipError(file, `members ${ranges[i - 1].name} and ${ranges[i].name} overlap (the same data listed twice): refused`);
        }
    }
    return entries;
}
/** The member's uncompressed bytes, CRC-checked. `maxSize` bounds what a corrupt header can make us allocate. */
function readZipEntry(bytes, entry, file, maxSize = 4 * 1024 ** 3) {
    if (entry.size > maxSize)
        throw new ZipError(file, `member ${entry.name} is larger than the ${maxSize}-byte limit`);
    const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    let out;
    if (entry.method === 0) {
        if (entry.compressedSize !== entry.size)
            throw new ZipError(file, `member ${entry.name}: stored sizes disagree`);
        out = raw;
    }
    else if (entry.method === 8) {
        try {
            out = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(raw, { maxOutputLength: Math.max(1, entry.size) });
        }
        catch (err) {
            throw new ZipError(file, `member ${entry.name}: corrupt deflate data (${err.message})`);
        }
        if (out.length !== entry.size)
            throw new ZipError(file, `member ${entry.name}: inflated to ${out.length} bytes, header says ${entry.size}`);
    }
    else {
        throw new ZipError(file, `member ${entry.name}: unsupported compression method ${entry.method}`);
    }
    if (((0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(out) >>> 0) !== entry.crc)
        throw new ZipError(file, `member ${entry.name}: CRC mismatch (corrupt file)`);
    return out;
}
/**
 * The first `n` bytes of a member (fewer when it is shorter), without inflating the rest: the compressed data is
 * fed in growing prefixes, so at most about 1032 × (twice what was needed) bytes are inflated. Not CRC-checked.
 */
function readZipEntryPrefix(bytes, entry, file, n) {
    const want = Math.min(n, entry.size);
    const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.method === 0)
        return raw.subarray(0, want);
    if (entry.method !== 8)
        throw new ZipError(file, `member ${entry.name}: unsupported compression method ${entry.method}`);
    for (let c = 256;; c *= 2) {
        const part = raw.subarray(0, Math.min(c, raw.length));
        let out;
        try {
            out = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.inflateRawSync)(part, { finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_0__.constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, 1040 * part.length + 1024) });
        }
        catch (err) {
            throw new ZipError(file, `member ${entry.name}: corrupt deflate data (${err.message})`);
        }
        if (out.length >= want || part.length === raw.length)
            return out.subarray(0, want);
    }
}
/** Writes a ZIP archive (ZIP64 when needed). `compress` deflates members, as np.savez_compressed does. */
function writeZip(members, compress = false) {
    const parts = [];
    const central = [];
    let offset = 0;
    const enc = new TextEncoder();
    for (const m of members) {
        const name = enc.encode(m.name);
        const crc = (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.crc32)(m.data) >>> 0;
        const body = compress ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_0__.deflateRawSync)(m.data) : Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength);
        const method = compress ? 8 : 0;
        const big = body.length >= 0xffffffff || m.data.length >= 0xffffffff || offset >= 0xffffffff;
        const zip64Local = big ? 20 : 0;
        const lfh = Buffer.alloc(30 + name.length + zip64Local);
        lfh.writeUInt32LE(LFH_SIG, 0);
        lfh.writeUInt16LE(big ? 45 : 20, 4);
        lfh.writeUInt16LE(0x0800, 6); // UTF-8 names
        lfh.writeUInt16LE(method, 8);
        lfh.writeUInt32LE(0, 10); // time/date: fixed, so archives are reproducible
        lfh.writeUInt32LE(crc, 14);
        lfh.writeUInt32LE(big ? 0xffffffff : body.length, 18);
        lfh.writeUInt32LE(big ? 0xffffffff : m.data.length, 22);
        lfh.writeUInt16LE(name.length, 26);
        lfh.writeUInt16LE(zip64Local, 28);
        lfh.set(name, 30);
        if (big) {
            lfh.writeUInt16LE(1, 30 + name.length);
            lfh.writeUInt16LE(16, 32 + name.length);
            lfh.writeBigUInt64LE(BigInt(m.data.length), 34 + name.length);
            lfh.writeBigUInt64LE(BigInt(body.length), 42 + name.length);
        }
        const zip64Central = big ? 28 : 0;
        const cdh = Buffer.alloc(46 + name.length + zip64Central);
        cdh.writeUInt32LE(CDH_SIG, 0);
        cdh.writeUInt16LE(big ? 45 : 20, 4);
        cdh.writeUInt16LE(big ? 45 : 20, 6);
        cdh.writeUInt16LE(0x0800, 8);
        cdh.writeUInt16LE(method, 10);
        cdh.writeUInt32LE(0, 12);
        cdh.writeUInt32LE(crc, 16);
        cdh.writeUInt32LE(big ? 0xffffffff : body.length, 20);
        cdh.writeUInt32LE(big ? 0xffffffff : m.data.length, 24);
        cdh.writeUInt16LE(name.length, 28);
        cdh.writeUInt16LE(zip64Central, 30);
        cdh.writeUInt32LE(big ? 0xffffffff : offset, 42);
        cdh.set(name, 46);
        if (big) {
            const q = 46 + name.length;
            cdh.writeUInt16LE(1, q);
            cdh.writeUInt16LE(24, q + 2);
            cdh.writeBigUInt64LE(BigInt(m.data.length), q + 4);
            cdh.writeBigUInt64LE(BigInt(body.length), q + 12);
            cdh.writeBigUInt64LE(BigInt(offset), q + 20);
        }
        parts.push(lfh, body);
        central.push(cdh);
        offset += lfh.length + body.length;
    }
    const cdOffset = offset;
    const cdSize = central.reduce((s, b) => s + b.length, 0);
    const tail = [];
    const needZip64 = cdOffset >= 0xffffffff || members.length >= 0xffff;
    if (needZip64) {
        const e64 = Buffer.alloc(56);
        e64.writeUInt32LE(EOCD64_SIG, 0);
        e64.writeBigUInt64LE(44n, 4);
        e64.writeUInt16LE(45, 12);
        e64.writeUInt16LE(45, 14);
        e64.writeBigUInt64LE(BigInt(members.length), 24);
        e64.writeBigUInt64LE(BigInt(members.length), 32);
        e64.writeBigUInt64LE(BigInt(cdSize), 40);
        e64.writeBigUInt64LE(BigInt(cdOffset), 48);
        const loc = Buffer.alloc(20);
        loc.writeUInt32LE(EOCD64_LOCATOR_SIG, 0);
        loc.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
        loc.writeUInt32LE(1, 16);
        tail.push(e64, loc);
    }
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(EOCD_SIG, 0);
    eocd.writeUInt16LE(Math.min(members.length, 0xffff), 8);
    eocd.writeUInt16LE(Math.min(members.length, 0xffff), 10);
    eocd.writeUInt32LE(Math.min(cdSize, 0xffffffff), 12);
    eocd.writeUInt32LE(needZip64 ? 0xffffffff : cdOffset, 16);
    return Buffer.concat([...parts, ...central, ...tail, eocd]);
}


/***/ })

};
