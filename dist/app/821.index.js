export const id = 821;
export const ids = [821];
export const modules = {

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


/***/ })

};
