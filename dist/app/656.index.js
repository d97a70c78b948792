export const id = 656;
export const ids = [656];
export const modules = {

/***/ 55553:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ IS_SPLITS),
/* harmony export */   He: () => (/* binding */ MAX_SEED),
/* harmony export */   IU: () => (/* binding */ ELBO_DEFAULTS),
/* harmony export */   Q_: () => (/* binding */ SAMPLER_DEFAULTS),
/* harmony export */   Sx: () => (/* binding */ MAX_BATCH_SIZE),
/* harmony export */   _L: () => (/* binding */ GPU_BATCH_SIZE),
/* harmony export */   dd: () => (/* binding */ DEFAULT_ANALYSIS_SEED),
/* harmony export */   ey: () => (/* binding */ DEFAULT_BOOTSTRAP_REPLICATES),
/* harmony export */   fR: () => (/* binding */ DEFAULT_MAX_PIXELS),
/* harmony export */   h8: () => (/* binding */ MAX_BOOTSTRAP_REPLICATES),
/* harmony export */   jg: () => (/* binding */ DEFAULT_BATCH_SIZE),
/* harmony export */   kC: () => (/* binding */ KID_FULL_MAX_PAIRS)
/* harmony export */ });
// Every default that more than one module relies on, stated once. This module imports nothing, so the CLI's help
// text can quote them without loading onnxruntime or sharp.
/** Seed of the analysis (KID subsets, FD∞'s permutation, the bootstrap): torch-fidelity's default KID seed. */
const DEFAULT_ANALYSIS_SEED = 2020;
/** KID is computed over all pairs up to this many (real × generated) pairs, with 100 subsets of 1,000 above. */
const KID_FULL_MAX_PAIRS = 25e6;
/** The Inception Score's splits (torch-fidelity's and the original paper's 10). */
const IS_SPLITS = 10;
/** Images per feature-extraction batch (--batch-size, input batch-size). */
const DEFAULT_BATCH_SIZE = 50;
/**
 * Images per feature-extraction batch on a GPU (CUDA, WebGPU) when none is given. A batch the device refuses (WebGPU
 * binds each tensor whole, up to the adapter's maxStorageBufferBindingSize: on Mesa's lavapipe, 128 MiB, a batch of
 * 48 Inception images fails in Conv2d_2a_3x3 while 47 run) runs again in halves, and the session's later batches in
 * the size that worked (extractFeatures), so this default serves GPUs with large limits without failing on small ones.
 */
const GPU_BATCH_SIZE = 200;
/** The largest feature-extraction batch accepted. */
const MAX_BATCH_SIZE = 100_000;
/** 2 * PIL.Image.MAX_IMAGE_PIXELS (Pillow 9.4: int(1024 * 1024 * 1024 // 4 // 3) = 89478485). */
const DEFAULT_MAX_PIXELS = 178956970;
const DEFAULT_BOOTSTRAP_REPLICATES = 200;
/** At most this many replicates: their values travel in the metrics JSON (≈ 18 bytes each per metric), which a later
 *  run reads back under a 1 MiB limit. */
const MAX_BOOTSTRAP_REPLICATES = 5000;
/** Seeds are 32-bit. */
const MAX_SEED = 2 ** 32 - 1;
/** The sampler's defaults (fid-gate sample, compare --generator, the Action's sampler inputs). */
const SAMPLER_DEFAULTS = {
    seed: 0,
    ganBatchSize: 64,
    diffusionBatchSize: 16,
    trainSteps: 1000,
    /** DDIM's steps (at most the training steps); DDPM defaults to the training steps. */
    ddimSteps: 50,
    eta: 0,
    timeoutSeconds: 3600,
};
/** fid-gate elbo and compare --elbo-images. */
const ELBO_DEFAULTS = { draws: 16, batchSize: 64 };


/***/ }),

/***/ 70017:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError)
/* harmony export */ });
/**
 * Errors that the CLI and the Action report as "bad input or usage" (exit code 2), as opposed to a failed gate
 * (exit code 1) or a bug. The message always names the file or input at fault.
 */
class InputError extends Error {
    subject;
    constructor(message, subject) {
        super(message);
        this.subject = subject;
        this.name = 'InputError';
    }
}


/***/ }),

/***/ 89368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ fsPath),
/* harmony export */   Nt: () => (/* binding */ printableName),
/* harmony export */   oV: () => (/* binding */ fsDecode)
/* harmony export */ });
/* unused harmony exports hasEscapedBytes, fsEncode */
// File names that are not valid UTF-8, handled the way Python handles them (PEP 383, os.fsdecode): a name's bytes
// are decoded as UTF-8, and every byte that is not part of a well-formed UTF-8 sequence becomes the lone surrogate
// U+DC80..U+DCFF (U+DC00 + the byte). The string is lossless (fsEncode gives the bytes back), sorts like Python's
// str, and is what pytorch-fid's pathlib listing holds for such a name. Node's fs functions would turn a lone
// surrogate into U+FFFD, so a path holding one is passed to fs as its bytes (fsPath). For people, printableName
// writes each such byte as \xNN.
/** Length of the well-formed UTF-8 sequence starting at b[i] (Unicode Table 3-7), or 0 if there is none. */
function sequenceLength(b, i) {
    const c = b[i];
    if (c < 0x80)
        return 1;
    const cont = (k, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
    if (c >= 0xc2 && c <= 0xdf)
        return cont(1) ? 2 : 0;
    if (c === 0xe0)
        return cont(1, 0xa0) && cont(2) ? 3 : 0;
    if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef)
        return cont(1) && cont(2) ? 3 : 0;
    if (c === 0xed)
        return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0; // not a UTF-16 surrogate
    if (c === 0xf0)
        return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    if (c >= 0xf1 && c <= 0xf3)
        return cont(1) && cont(2) && cont(3) ? 4 : 0;
    if (c === 0xf4)
        return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    return 0;
}
/** A file name's bytes as Python's os.fsdecode gives them on a UTF-8 system (UTF-8 with surrogateescape). */
function fsDecode(bytes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let out = '';
    let start = 0; // start of the current well-formed run
    let i = 0;
    while (i < buf.length) {
        const n = sequenceLength(buf, i);
        if (n) {
            i += n;
            continue;
        }
        out += buf.toString('utf8', start, i) + String.fromCharCode(0xdc00 + buf[i]);
        i++;
        start = i;
    }
    return out + buf.toString('utf8', start, buf.length);
}
const ESCAPED = /[\udc80-\udcff]/;
const ESCAPED_ALL = /[\udc80-\udcff]/g;
/** Whether `s` holds a byte escaped by fsDecode (a name that is not valid UTF-8). */
function hasEscapedBytes(s) {
    return ESCAPED.test(s);
}
/** The bytes of a string made by fsDecode (Python's os.fsencode). */
function fsEncode(s) {
    if (!hasEscapedBytes(s))
        return Buffer.from(s, 'utf8');
    const parts = [];
    let start = 0;
    for (const m of s.matchAll(ESCAPED_ALL)) {
        parts.push(Buffer.from(s.slice(start, m.index), 'utf8'), Buffer.of(m[0].charCodeAt(0) - 0xdc00));
        start = m.index + 1;
    }
    parts.push(Buffer.from(s.slice(start), 'utf8'));
    return Buffer.concat(parts);
}
/** The path to give node:fs: the string itself, or its bytes when it holds an escaped byte. */
function fsPath(s) {
    return hasEscapedBytes(s) ? fsEncode(s) : s;
}
/** `s` with each escaped byte written as \xNN (Python's backslashreplace of the name's bytes), for messages. */
function printableName(s) {
    return hasEscapedBytes(s)
        ? s.replace(ESCAPED_ALL, (c) => `\\x${(c.charCodeAt(0) - 0xdc00).toString(16).padStart(2, '0')}`)
        : s;
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
/* harmony import */ var _fs_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89368);
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
    return code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
            ? 'it is a directory'
            : code === 'EACCES'
                ? 'permission denied'
                : (code ?? err.message);
}
/**
 * The bytes of a regular file of at most `maxBytes` (a path holding bytes escaped by util/fs-names.ts fsDecode, i.e.
 * a name that is not UTF-8, is opened by its bytes). Throws InputError(`${label}: reason`) otherwise; `label`
 * names the file (e.g. "--weights x.pth").
 */
async function readUserFile(path, maxBytes, label) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)((0,_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .fsPath */ .Jk)(path), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
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
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)((0,_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .fsPath */ .Jk)(path), node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
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


/***/ })

};
