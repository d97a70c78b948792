export const id = 391;
export const ids = [391,821];
export const modules = {

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

/***/ 45421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readStatsNpz: () => (/* binding */ readStatsNpz),
/* harmony export */   writeStatsNpz: () => (/* binding */ writeStatsNpz)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_npy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57821);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _math_covariance_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46760);
// Statistics files. The layout is pytorch-fid's `--save-stats` (.npz with float64 `mu` [d] and `sigma` [d, d]),
// which pytorch-fid, clean-fid and fid-gate all read; fid-gate adds optional members:
//   features  float32 [N, d]   pool3 features in file order     logits  float32 [N, 1008]
//   files     unicode [N]      paths relative to the folder     protocol  unicode ()  JSON of the protocol
//   count     int64 ()         number of images                 warning  unicode ()  set for synthetic weights




async function writeStatsNpz(file, s) {
    const arrays = {
        mu: { data: s.mu, shape: [s.dim] },
        sigma: { data: s.sigma, shape: [s.dim, s.dim] },
    };
    const n = s.count ?? (s.features ? s.features.length / s.dim : undefined);
    if (n !== undefined)
        arrays.count = { data: new BigInt64Array([BigInt(n)]), shape: [] };
    if (s.features)
        arrays.features = { data: s.features, shape: [n, s.dim] };
    if (s.logits)
        arrays.logits = { data: s.logits, shape: [n, s.logits.length / n] };
    if (s.files)
        arrays.files = { data: s.files, shape: [s.files.length] };
    if (s.protocol)
        arrays.protocol = { data: [JSON.stringify(s.protocol)], shape: [] };
    if (s.warning)
        arrays.warning = { data: [s.warning], shape: [] };
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, (0,_util_npy_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNpz */ .el)(arrays));
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: cannot write (${err.code ?? err.message})`, file);
    }
}
function asFloat64(a, file, key) {
    if (a.data instanceof Float64Array)
        return a.data;
    if (a.data instanceof Float32Array)
        return Float64Array.from(a.data);
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: '${key}' must be float32 or float64, found ${a.dtype}`, file);
}
function checkFinite(x, file, key) {
    for (let i = 0; i < x.length; i++) {
        if (!Number.isFinite(x[i]))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: '${key}' contains NaN or Inf (at flat index ${i})`, file);
    }
}
/** The largest count accepted: every integer up to 2⁵³ is exact in a JS number. */
const MAX_COUNT = 2 ** 53;
/** The optional `count` member: one non-negative integer ≤ 2⁵³ (int64 as fid-gate writes it, or any numeric dtype). */
function readCount(a, file) {
    if (!a)
        return undefined;
    if (Array.isArray(a.data) || a.data.length !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'count' must be one integer, is ${a.dtype} with shape (${a.shape})`, file);
    }
    const v = a.data[0];
    const ok = typeof v === 'bigint' ? v >= 0n && v <= BigInt(MAX_COUNT) : Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
    if (!ok)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'count' must be a non-negative integer of at most 2^53, is ${v}`, file);
    return Number(v);
}
/** mu [d] and sigma [d, d]: finite, float32/64, shapes that match, sigma a valid covariance (math/covariance-check.ts). */
async function readGaussian(m, file) {
    const mu = m.get('mu'), sigma = m.get('sigma');
    if (!mu || !sigma) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: a statistics file needs arrays 'mu' and 'sigma' (found: ${[...m.keys()].join(', ') || 'none'})`, file);
    }
    if (mu.shape.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'mu' must be 1-D, has shape (${mu.shape})`, file);
    const dim = mu.shape[0];
    if (dim < 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'mu' is empty`, file);
    if (sigma.shape.length !== 2 || sigma.shape[0] !== dim || sigma.shape[1] !== dim) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'sigma' must be ${dim}×${dim} to match 'mu', has shape (${sigma.shape})`, file);
    }
    const out = { mu: asFloat64(mu, file, 'mu'), sigma: asFloat64(sigma, file, 'sigma'), dim };
    checkFinite(out.mu, file, 'mu');
    checkFinite(out.sigma, file, 'sigma');
    const defect = await (0,_math_covariance_check_js__WEBPACK_IMPORTED_MODULE_3__/* .covarianceDefect */ .vz)(out.sigma, dim);
    if (defect)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'sigma' ${defect}`, file);
    return out;
}
/** A unicode scalar member (protocol, warning), or undefined when absent. */
function readString(a, file, key) {
    if (!a)
        return undefined;
    if (!Array.isArray(a.data) || a.data.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: '${key}' must be one unicode string, is ${a.dtype} with shape (${a.shape})`, file);
    return a.data[0];
}
const PROTOCOL_STRINGS = ['extractor', 'weights', 'weightsSha256', 'resize', 'quantization', 'fidGateVersion'];
/** The `protocol` member: JSON of an object with the string fields of Protocol and an optional `sampling` object. */
function readProtocol(a, file) {
    const text = readString(a, file, 'protocol');
    if (text === undefined)
        return undefined;
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'protocol' is not valid JSON`, file);
    }
    const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
    if (!isObject(v))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'protocol' must be a JSON object, is ${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}`, file);
    for (const k of PROTOCOL_STRINGS) {
        if (typeof v[k] !== 'string')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'protocol'.${k} must be a string, is ${v[k] === undefined ? 'missing' : JSON.stringify(v[k])}`, file);
    }
    if (v.sampling !== undefined && !isObject(v.sampling))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'protocol'.sampling must be an object`, file);
    return v;
}
/**
 * Reads a statistics file. Every member present is checked (InputError naming the file and the member): mu/sigma as
 * readGaussian says, count as readCount, features float32 [N, d] finite, logits float32 [N, K] finite, files unicode
 * [N], protocol and warning unicode scalars, protocol of Protocol's shape.
 */
async function readStatsNpz(file) {
    const m = await (0,_util_npy_js__WEBPACK_IMPORTED_MODULE_1__/* .readNpz */ .lH)(file);
    const out = { ...(await readGaussian(m, file)), count: readCount(m.get('count'), file), source: file };
    const dim = out.dim;
    const features = m.get('features');
    if (features) {
        if (!(features.data instanceof Float32Array) || features.shape.length !== 2 || features.shape[1] !== dim) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'features' must be float32 [N, ${dim}], is ${features.dtype} (${features.shape})`, file);
        }
        checkFinite(features.data, file, 'features');
        out.features = features.data;
        out.count = features.shape[0];
    }
    const logits = m.get('logits');
    if (logits) {
        if (!(logits.data instanceof Float32Array) || logits.shape.length !== 2)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'logits' must be float32 [N, K]`, file);
        // one row per image (the IS code divides by N), finite
        if (logits.shape[0] !== out.count || logits.shape[1] < 1) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'logits' has shape (${logits.shape}), expected [${out.count ?? 'N'}, K] (one row per image)`, file);
        }
        checkFinite(logits.data, file, 'logits');
        out.logits = logits.data;
    }
    const files = m.get('files');
    if (files) {
        if (!Array.isArray(files.data) || files.shape.length !== 1)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'files' must be a 1-D unicode array, is ${files.dtype} (${files.shape})`, file);
        out.files = files.data;
    }
    out.protocol = readProtocol(m.get('protocol'), file);
    out.warning = readString(m.get('warning'), file, 'warning');
    if (out.protocol === undefined)
        delete out.protocol;
    if (out.warning === undefined)
        delete out.warning;
    return out;
}


/***/ }),

/***/ 57821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   el: () => (/* binding */ formatNpz),
/* harmony export */   lH: () => (/* binding */ readNpz),
/* harmony export */   vv: () => (/* binding */ parseNpy)
/* harmony export */ });
/* unused harmony exports formatNpy, NPZ_MAX_INFLATED_BYTES, parseNpz */
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52003);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3832);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
// NumPy .npy (format versions 1.0-3.0, numpy/lib/format.py) and .npz (a ZIP of .npy members, as np.savez and
// np.savez_compressed write them). Only plain little-endian numeric dtypes and fixed-width unicode strings ('<U');
// object arrays (pickles) are refused. Sizes are checked against the buffer before anything is allocated.



const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
const CTORS = {
    '<f4': { ctor: Float32Array, size: 4 },
    '<f8': { ctor: Float64Array, size: 8 },
    '<i4': { ctor: Int32Array, size: 4 },
    '<i8': { ctor: BigInt64Array, size: 8 },
    '|u1': { ctor: Uint8Array, size: 1 },
};
function parseHeader(text, file) {
    // The header is a Python dict literal; parse the three keys numpy writes without eval.
    const descr = /'descr'\s*:\s*'([^']*)'/.exec(text)?.[1];
    const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(text)?.[1];
    const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(text)?.[1];
    if (descr === undefined || fortran === undefined || shapeText === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: malformed .npy header`, file);
    }
    const shape = shapeText.split(',').map((s) => s.trim()).filter((s) => s.length > 0).map((s) => {
        if (!/^\d+$/.test(s))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: malformed shape in .npy header`, file);
        // found by fuzzing: a dimension of 400 digits became Infinity, and (0, Infinity) a NaN element count
        const n = Number(s);
        if (!Number.isSafeInteger(n))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: shape dimension ${s.slice(0, 20)}${s.length > 20 ? '...' : ''} is too large`, file);
        return n;
    });
    return { descr, fortran: fortran === 'True', shape };
}
/** The header of a .npy buffer (which may hold only the header): dtype, shape, and the bytes its data needs. */
function npyLayout(bytes, file) {
    if (bytes.length < 10 || !MAGIC.every((b, i) => bytes[i] === b))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: not a .npy array (bad magic)`, file);
    const major = bytes[6];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let headerLen, start;
    if (major === 1) {
        headerLen = view.getUint16(8, true);
        start = 10;
    }
    else if (major === 2 || major === 3) {
        if (bytes.length < 12)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: truncated .npy header`, file);
        headerLen = view.getUint32(8, true);
        start = 12;
    }
    else
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: unsupported .npy version ${major}`, file);
    if (start + headerLen > bytes.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: truncated .npy header`, file);
    const header = parseHeader(new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(start, start + headerLen)), file);
    const offset = start + headerLen;
    const count = header.shape.reduce((a, b) => a * b, 1);
    if (header.fortran && header.shape.length > 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: Fortran-ordered arrays are not supported`, file);
    const uni = /^[<|]U(\d+)$/.exec(header.descr);
    let nbytes;
    if (uni) {
        const width = Number(uni[1]);
        // '<U0' would let a header claim 2**40 empty strings in 0 bytes of data (an endless loop): refused (numpy itself
        // never writes U0 arrays with elements)
        if (width === 0 && count > 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: unsupported dtype ${header.descr}`, file);
        nbytes = count * width * 4;
    }
    else {
        const t = CTORS[header.descr];
        if (!t)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: unsupported dtype ${header.descr} (expected float32, float64, int32, int64, uint8 or unicode)`, file);
        nbytes = count * t.size;
    }
    return { header, offset, count, nbytes };
}
/** Parses one .npy buffer. */
function parseNpy(bytes, file) {
    const { header, offset, count } = npyLayout(bytes, file);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const uni = /^[<|]U(\d+)$/.exec(header.descr);
    if (uni) {
        const width = Number(uni[1]);
        if (offset + count * width * 4 > bytes.length)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: truncated .npy data`, file);
        const out = [];
        for (let i = 0; i < count; i++) {
            // built piecewise, not String.fromCodePoint(...cps): a wide string would overflow the argument list
            let str = '';
            for (let j = 0; j < width; j++) {
                const cp = view.getUint32(offset + (i * width + j) * 4, true);
                if (cp === 0)
                    break;
                // found by fuzzing: a code point above U+10FFFF made String.fromCodePoint throw a RangeError
                if (cp > 0x10ffff)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: invalid code point ${cp} in unicode data`, file);
                str += String.fromCodePoint(cp);
            }
            out.push(str);
        }
        return { dtype: header.descr, shape: header.shape, data: out };
    }
    const t = CTORS[header.descr];
    const nbytes = count * t.size;
    if (offset + nbytes > bytes.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: truncated .npy data (${bytes.length - offset} of ${nbytes} bytes)`, file);
    // copy into a fresh, aligned buffer
    const buf = new ArrayBuffer(nbytes);
    new Uint8Array(buf).set(bytes.subarray(offset, offset + nbytes));
    return { dtype: header.descr, shape: header.shape, data: new t.ctor(buf, 0, count) };
}
/** Serializes an array as .npy version 1.0 (3.0 when a string needs UTF-8 — not needed: we write '<U' as UTF-32). */
function formatNpy(data, shape) {
    let descr;
    let body;
    if (Array.isArray(data)) {
        const width = Math.max(1, ...data.map((s) => [...s].length));
        descr = `<U${width}`;
        const b = new Uint8Array(data.length * width * 4);
        const dv = new DataView(b.buffer);
        data.forEach((s, i) => { [...s].forEach((ch, j) => dv.setUint32((i * width + j) * 4, ch.codePointAt(0), true)); });
        body = b;
    }
    else {
        descr = data instanceof Float32Array ? '<f4' : data instanceof Float64Array ? '<f8' : data instanceof Int32Array ? '<i4'
            : data instanceof BigInt64Array ? '<i8' : '|u1';
        body = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    }
    const shapeText = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
    let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': ${shapeText}, }`;
    const total = 10 + header.length + 1;
    header += ' '.repeat((64 - (total % 64)) % 64) + '\n';
    const out = new Uint8Array(10 + header.length + body.length);
    out.set(MAGIC, 0);
    out[6] = 1;
    out[7] = 0;
    new DataView(out.buffer).setUint16(8, header.length, true);
    out.set(new TextEncoder().encode(header), 10);
    out.set(body, 10 + header.length);
    return out;
}
/** The most an .npz's arrays may inflate to, in all (their declared shapes' bytes, headers included). */
const NPZ_MAX_INFLATED_BYTES = 8 * 1024 ** 3;
/** The largest .npy header read from an .npz member before its data (numpy's own max_header_size is 10000). */
const NPY_MAX_HEADER_BYTES = 1 << 20;
/** Reads an .npz (or a single .npy, returned under the key 'arr_0'). */
async function readNpz(path) {
    // a regular file of at most the inflated cap (a stored .npz is as large as its arrays); not /dev/zero, not a FIFO
    const bytes = await (0,_user_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readUserFile */ .E)(path, NPZ_MAX_INFLATED_BYTES + (64 << 20), path);
    return parseNpz(bytes, path);
}
function parseNpz(bytes, file) {
    const out = new Map();
    if (bytes[0] === 0x93) {
        out.set('arr_0', parseNpy(bytes, file));
        return out;
    }
    if (!(0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeZip */ .fw)(bytes))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: not an .npz or .npy file`, file);
    let entries;
    try {
        entries = (0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .readZipEntries */ .YJ)(bytes, file);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(err.message, file);
    }
    // Before inflating anything: each member's header (inflated alone), and the bytes its shape needs. A member
    // declaring more than that, or members needing more than NPZ_MAX_INFLATED_BYTES in all, are refused.
    const members = entries.filter((e) => e.name.endsWith('.npy'));
    let total = 0;
    for (const e of members) {
        const label = `${file}[${e.name}]`;
        let head;
        try {
            head = (0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .readZipEntryPrefix */ .wH)(bytes, e, file, 12);
            const v = head.length >= 10 ? head[6] : 0;
            const headerEnd = v === 1 && head.length >= 10 ? 10 + (head[8] | (head[9] << 8))
                : (v === 2 || v === 3) && head.length >= 12 ? 12 + new DataView(head.buffer, head.byteOffset, 12).getUint32(8, true) : head.length;
            if (headerEnd > NPY_MAX_HEADER_BYTES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${label}: .npy header of ${headerEnd} bytes (more than ${NPY_MAX_HEADER_BYTES}): refused`, file);
            head = (0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .readZipEntryPrefix */ .wH)(bytes, e, file, headerEnd);
        }
        catch (err) {
            throw err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d ? err : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(err.message, file);
        }
        const layout = npyLayout(head, label);
        const need = layout.offset + layout.nbytes;
        if (e.size > need) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${label}: the member inflates to ${e.size} bytes but its array (${layout.header.descr} (${layout.header.shape.join(',')})) needs ${need}: refused`, file);
        }
        total += e.size;
        if (total > NPZ_MAX_INFLATED_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: its arrays would inflate to more than ${NPZ_MAX_INFLATED_BYTES} bytes in all: refused`, file);
        }
    }
    for (const e of members) {
        let data;
        try {
            data = (0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .readZipEntry */ .g7)(bytes, e, file, NPZ_MAX_INFLATED_BYTES);
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(err.message, file);
        }
        out.set(e.name.slice(0, -4), parseNpy(data, `${file}[${e.name}]`));
    }
    return out;
}
function formatNpz(arrays, compress = false) {
    return (0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .writeZip */ .zy)(Object.entries(arrays).map(([k, a]) => ({ name: `${k}.npy`, data: formatNpy(a.data, a.shape) })), compress);
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
