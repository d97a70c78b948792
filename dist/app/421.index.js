export const id = 421;
export const ids = [421];
export const modules = {

/***/ 45421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   protocolFromJson: () => (/* binding */ protocolFromJson),
/* harmony export */   readStatsNpz: () => (/* binding */ readStatsNpz),
/* harmony export */   writeNpzFile: () => (/* binding */ writeNpzFile),
/* harmony export */   writeStatsNpz: () => (/* binding */ writeStatsNpz)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_npy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57821);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_first_non_finite_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41762);
/* harmony import */ var _util_json_depth_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25512);
/* harmony import */ var _math_covariance_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46760);
// Statistics files. The layout is pytorch-fid's `--save-stats` (.npz with float64 `mu` [d] and `sigma` [d, d]),
// which pytorch-fid, clean-fid and fid-gate all read; fid-gate adds optional members:
//   features  float32 [N, d]   pool3 features in file order     logits  float32 [N, 1008]
//   files     unicode [N]      paths relative to the folder     protocol  unicode ()  JSON of the protocol
//   count     int64 ()         number of images                 warning  unicode ()  set for synthetic weights






/** Writes an .npz of `arrays` to `file` (callers give a temporary path and rename it); a failure names the file. */
async function writeNpzFile(file, arrays) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, (0,_util_npy_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNpz */ .el)(arrays));
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: cannot write (${err.code ?? err.message})`, file);
    }
}
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
    await writeNpzFile(file, arrays);
}
function asFloat64(a, file, key) {
    if (a.data instanceof Float64Array)
        return a.data;
    if (a.data instanceof Float32Array)
        return Float64Array.from(a.data);
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: '${key}' must be float32 or float64, found ${a.dtype}`, file);
}
function checkFinite(x, file, key) {
    const i = (0,_util_first_non_finite_js__WEBPACK_IMPORTED_MODULE_4__/* .firstNonFinite */ .J)(x);
    if (i >= 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: '${key}' contains NaN or Inf (at flat index ${i})`, file);
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
/**
 * mu [d] and sigma [d, d]: finite, float32/64, shapes that match, sigma a valid covariance (math/covariance-check.ts),
 * or one whose semidefiniteness test is deferred (`deferSemidefinite`; see readStatsNpz).
 */
async function readGaussian(m, file, deferSemidefinite) {
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
    const huge = (0,_math_covariance_check_js__WEBPACK_IMPORTED_MODULE_3__/* .magnitudeDefect */ .Qt)(out.mu, dim);
    if (huge) {
        checkFinite(out.sigma, file, 'sigma'); // NaN or Inf in sigma is named first, as every member's is
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'mu' ${huge}`, file);
    }
    const sigmaError = (defect) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'sigma' ${defect}`, file);
    const defect = await (0,_math_covariance_check_js__WEBPACK_IMPORTED_MODULE_3__/* .covarianceDefect */ .vz)(out.sigma, dim, deferSemidefinite ? { deferred: sigmaError } : {});
    if (defect) {
        // covarianceDefect's first pass refuses NaN and Inf too; they get the message every member's NaN or Inf gets
        checkFinite(out.sigma, file, 'sigma');
        throw sigmaError(defect);
    }
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
    return text === undefined ? undefined : protocolFromJson(text, file, "'protocol'");
}
/**
 * A protocol recorded as JSON in a file (a statistics or part file): an object with the string fields of Protocol
 * and an optional `sampling` object, nested at most MAX_JSON_DEPTH levels. InputError naming the file otherwise.
 */
function protocolFromJson(text, file, what = "'protocol'") {
    let v;
    try {
        v = (0,_util_json_depth_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonBounded */ .Xg)(text);
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: ${what} is not valid JSON (${err.message.slice(0, 100)})`, file);
    }
    const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
    if (!isObject(v))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: ${what} must be a JSON object, is ${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}`, file);
    for (const k of PROTOCOL_STRINGS) {
        if (typeof v[k] !== 'string')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: ${what}.${k} must be a string, is ${v[k] === undefined ? 'missing' : JSON.stringify(v[k])}`, file);
    }
    if (v.sampling !== undefined && !isObject(v.sampling))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: ${what}.sampling must be an object`, file);
    return v;
}
/**
 * Reads a statistics file. Every member present is checked (InputError naming the file and the member): mu/sigma as
 * readGaussian says, count as readCount, features float32 [N, d] finite, logits float32 [N, K] finite, files unicode
 * [N], protocol and warning unicode scalars, protocol of Protocol's shape.
 *
 * `deferSemidefinite` leaves sigma's semidefiniteness test (a Cholesky factorization, the costliest check) pending, for
 * a file whose sigma goes second into a Fréchet distance, which certifies it on the way; the caller must then call
 * settleCovariance(sigma) (math/covariance-check.ts) before it trusts sigma otherwise, and that throws this function's
 * error for an invalid one.
 */
async function readStatsNpz(file, opts = {}) {
    const m = await (0,_util_npy_js__WEBPACK_IMPORTED_MODULE_1__/* .readNpz */ .lH)(file);
    const gaussian = await readGaussian(m, file, opts.deferSemidefinite ?? false);
    // an invalid sigma is named before a bad later member, as when it is tested first
    return (0,_math_covariance_check_js__WEBPACK_IMPORTED_MODULE_3__/* .settledOnError */ .dv)([gaussian.sigma], () => readStatsMembers(m, file, gaussian));
}
/** readStatsNpz's checks of the members after mu and sigma. */
function readStatsMembers(m, file, gaussian) {
    const out = { ...gaussian, count: readCount(m.get('count'), file), source: file };
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
        // one name per image: the names label feature rows (closest pairs, the report)
        if (out.count !== undefined && files.data.length !== out.count) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'files' has ${files.data.length} names, expected ${out.count} (one per image)`, file);
        }
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

/***/ 25512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   Xg: () => (/* binding */ parseJsonBounded),
/* harmony export */   iS: () => (/* binding */ nestedDeeperThan)
/* harmony export */ });
// JSON read from files that other runs or other people wrote (metrics files, the protocol of a statistics or part
// file): JSON.parse itself copes with any nesting, but code that later walks the value recursively (JSON.stringify,
// a deep comparison) overflows the stack on a few hundred thousand levels: an internal error (exit 3) from a 1 MB
// file. Such values are refused when read: no fid-gate file nests more than a few levels.
/** The deepest nesting accepted in JSON read from a file (fid-gate writes at most 4 or 5 levels). */
const MAX_JSON_DEPTH = 64;
/** Whether `v` nests arrays/objects more than `max` levels deep (checked without recursion). */
function nestedDeeperThan(v, max = MAX_JSON_DEPTH) {
    const stack = [[v, 0]];
    while (stack.length) {
        const [x, depth] = stack.pop();
        if (x === null || typeof x !== 'object')
            continue;
        if (depth + 1 > max)
            return true;
        for (const y of Array.isArray(x) ? x : Object.values(x))
            if (y !== null && typeof y === 'object')
                stack.push([y, depth + 1]);
    }
    return false;
}
/** JSON.parse, refusing values nested more than `max` levels (SyntaxError, like any other malformed JSON). */
function parseJsonBounded(text, max = MAX_JSON_DEPTH) {
    const v = JSON.parse(text);
    if (nestedDeeperThan(v, max))
        throw new SyntaxError(`nested more than ${max} levels deep`);
    return v;
}


/***/ }),

/***/ 57821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SJ: () => (/* binding */ NPZ_MAX_INFLATED_BYTES),
/* harmony export */   el: () => (/* binding */ formatNpz),
/* harmony export */   lH: () => (/* binding */ readNpz),
/* harmony export */   vv: () => (/* binding */ parseNpy)
/* harmony export */ });
/* unused harmony exports formatNpy, parseNpz */
/* harmony import */ var _zip_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(52003);
/* harmony import */ var _user_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3832);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
// NumPy .npy (format versions 1.0-3.0, numpy/lib/format.py) and .npz (a ZIP of .npy members, as np.savez and
// np.savez_compressed write them). Only plain numeric dtypes and fixed-width unicode strings ('<U'); big-endian
// numbers ('>f8') are byte-swapped and Fortran-ordered numeric arrays reordered to C order on reading, as np.load
// gives them; object arrays (pickles), float16 and complex are refused. Sizes are checked against the buffer before
// anything is allocated.



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
    const shape = shapeText
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0)
        .map((s) => {
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
    const uni = /^[<|]U(\d+)$/.exec(header.descr);
    if (header.fortran && header.shape.length > 1 && uni)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: Fortran-ordered unicode arrays are not supported`, file);
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
        const t = numericType(header.descr);
        if (!t)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: unsupported dtype ${header.descr} (expected float32, float64, int32, int64, uint8 or unicode)`, file);
        nbytes = count * t.size;
    }
    return { header, offset, count, nbytes };
}
/** The typed array for a numeric descr: little-endian as is, big-endian ('>f8') to be byte-swapped. */
function numericType(descr) {
    const t = CTORS[descr];
    if (t)
        return { ...t, swap: false };
    const le = descr.startsWith('>') ? CTORS[`<${descr.slice(1)}`] : undefined;
    return le ? { ...le, swap: true } : undefined;
}
/** Reorders a Fortran-ordered (column-major) array of `shape` to C (row-major) order, in a new array. */
function toRowMajor(a, shape) {
    const out = new a.constructor(a.length);
    const k = shape.length;
    const idx = new Array(k).fill(0);
    const fstride = shape.map((_, j) => shape.slice(0, j).reduce((x, y) => x * y, 1));
    for (let c = 0; c < a.length; c++) {
        let f = 0;
        for (let j = 0; j < k; j++)
            f += idx[j] * fstride[j];
        out[c] = a[f];
        for (let j = k - 1; j >= 0; j--) {
            // next index in C order: the last axis runs fastest
            if (++idx[j] < shape[j])
                break;
            idx[j] = 0;
        }
    }
    return out;
}
/** Arrays of at least this many bytes are viewed in place when aligned (smaller ones may sit in Node's shared pool). */
const ZERO_COPY_MIN_BYTES = 1 << 20;
/** Parses one .npy buffer. A large aligned little-endian array shares `bytes`' memory. */
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
    const t = numericType(header.descr);
    const nbytes = count * t.size;
    if (offset + nbytes > bytes.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: truncated .npy data (${bytes.length - offset} of ${nbytes} bytes)`, file);
    let data;
    if (!t.swap && nbytes >= ZERO_COPY_MIN_BYTES && (bytes.byteOffset + offset) % t.size === 0) {
        // a large array already aligned in its (never pooled) buffer is used in place: no copy of a sigma or features
        data = new t.ctor(bytes.buffer, bytes.byteOffset + offset, count);
    }
    else {
        // copy into a fresh, aligned buffer
        const buf = new ArrayBuffer(nbytes);
        const raw = new Uint8Array(buf);
        raw.set(bytes.subarray(offset, offset + nbytes));
        if (t.swap)
            for (let i = 0; i < nbytes; i += t.size)
                raw.subarray(i, i + t.size).reverse();
        data = new t.ctor(buf, 0, count);
    }
    // reported as the little-endian, C-ordered array it now is
    const dtype = t.swap ? `<${header.descr.slice(1)}` : header.descr;
    return {
        dtype,
        shape: header.shape,
        data: header.fortran && header.shape.length > 1 ? toRowMajor(data, header.shape) : data,
    };
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
        data.forEach((s, i) => {
            [...s].forEach((ch, j) => dv.setUint32((i * width + j) * 4, ch.codePointAt(0), true));
        });
        body = b;
    }
    else {
        descr =
            data instanceof Float32Array
                ? '<f4'
                : data instanceof Float64Array
                    ? '<f8'
                    : data instanceof Int32Array
                        ? '<i4'
                        : data instanceof BigInt64Array
                            ? '<i8'
                            : '|u1';
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
    if (bytes[0] === 0x93)
        return new Map([['arr_0', parseNpy(bytes, path)]]);
    // members inflate on the thread pool, in parallel with each other and with whatever else the process does
    const members = npzMembers(bytes, path);
    const settled = await Promise.allSettled(members.map((e) => (0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .readZipEntryAsync */ .AN)(bytes, e, path, NPZ_MAX_INFLATED_BYTES)));
    const out = new Map();
    members.forEach((e, i) => {
        const r = settled[i];
        // the first bad member in archive order is the one named, whichever finished first
        if (r.status === 'rejected')
            npzError(r.reason, path);
        out.set(e.name.slice(0, -4), parseNpy(r.value, `${path}[${e.name}]`));
    });
    return out;
}
/** Parses an .npz (or a single .npy, returned under the key 'arr_0') held in memory. */
function parseNpz(bytes, file) {
    if (bytes[0] === 0x93)
        return new Map([['arr_0', parseNpy(bytes, file)]]);
    const out = new Map();
    for (const e of npzMembers(bytes, file)) {
        let data;
        try {
            data = readZipEntry(bytes, e, file, NPZ_MAX_INFLATED_BYTES);
        }
        catch (err) {
            npzError(err, file);
        }
        out.set(e.name.slice(0, -4), parseNpy(data, `${file}[${e.name}]`));
    }
    return out;
}
function npzError(err, file) {
    throw err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d ? err : new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(err.message, file);
}
/**
 * The .npy members of an .npz archive, once each member's header (inflated alone) and the bytes its shape needs have
 * been checked, before inflating anything: a member declaring more than its shape needs, or members needing more than
 * NPZ_MAX_INFLATED_BYTES in all, are refused.
 */
function npzMembers(bytes, file) {
    if (!(0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .looksLikeZip */ .fw)(bytes))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: not an .npz or .npy file`, file);
    let entries;
    try {
        entries = (0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .readZipEntries */ .YJ)(bytes, file);
    }
    catch (err) {
        npzError(err, file);
    }
    const members = entries.filter((e) => e.name.endsWith('.npy'));
    let total = 0;
    for (const e of members) {
        const label = `${file}[${e.name}]`;
        let head;
        try {
            head = (0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .readZipEntryPrefix */ .wH)(bytes, e, file, 12);
            const v = head.length >= 10 ? head[6] : 0;
            const headerEnd = v === 1 && head.length >= 10
                ? 10 + (head[8] | (head[9] << 8))
                : (v === 2 || v === 3) && head.length >= 12
                    ? 12 + new DataView(head.buffer, head.byteOffset, 12).getUint32(8, true)
                    : head.length;
            if (headerEnd > NPY_MAX_HEADER_BYTES)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${label}: .npy header of ${headerEnd} bytes (more than ${NPY_MAX_HEADER_BYTES}): refused`, file);
            head = (0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .readZipEntryPrefix */ .wH)(bytes, e, file, headerEnd);
        }
        catch (err) {
            npzError(err, file);
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
    return members;
}
function formatNpz(arrays, compress = false) {
    return (0,_zip_js__WEBPACK_IMPORTED_MODULE_0__/* .writeZip */ .zy)(Object.entries(arrays).map(([k, a]) => ({ name: `${k}.npy`, data: formatNpy(a.data, a.shape) })), compress);
}


/***/ })

};
