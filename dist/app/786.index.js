export const id = 786;
export const ids = [786,656];
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

/***/ 96228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HJ: () => (/* binding */ formatSignedSignificant),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   bf: () => (/* binding */ formatSignificant),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   lT: () => (/* binding */ countText)
/* harmony export */ });
// Number formatting shared by the gate's messages, the markdown report and the history charts.
/** A number for messages: `digits` significant digits, without float noise. */
function formatNumber(x, digits = 4) {
    if (!Number.isFinite(x))
        return String(x);
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a >= 1e6 || a < 1e-4)
        return x.toExponential(Math.max(0, digits - 1)).replace(/\.?0+e/, 'e');
    // significant digits, but never rounding the integer part (1234.5 prints as 1235, not 1.235e3)
    const exp = Math.floor(Math.log10(a));
    const decimals = exp >= 0 ? Math.max(0, digits - exp - 1) : digits - 1 - exp;
    return String(Number(x.toFixed(Math.min(decimals, 15))));
}
/** Relative change in percent, with one decimal (two below 1%). */
function formatPercent(fraction) {
    const p = fraction * 100;
    const s = Math.abs(p) < 1 ? p.toFixed(2) : p.toFixed(1);
    return p > 0 ? `+${s}%` : p === 0 ? '±0%' : `${s}%`;
}
/** A set's size for the reports: 0 is what a statistics file without a count (pytorch-fid's mu/sigma) records. */
function countText(n) {
    return n > 0 ? String(n) : 'unknown';
}
/**
 * The reports' one number format: `digits` significant digits with trailing zeros kept, so that every value reads at
 * the same precision ("1.000" next to "0.9583"). The integer part is never rounded (1234.5 prints as 1235); beyond
 * 1e6 and below 1e-4 (in magnitude) an exponent (1.235e-5).
 */
function formatSignificant(x, digits = 4) {
    if (!Number.isFinite(x))
        return String(x);
    if (x === 0)
        return '0';
    const a = Math.abs(x);
    if (a >= 1e6 || a < 1e-4)
        return x.toExponential(Math.max(0, digits - 1)).replace('e+', 'e');
    // the exponent after rounding (9.99996 has 2 integer digits at 4 significant digits)
    let exp = Math.floor(Math.log10(a));
    if (Math.abs(Number(x.toPrecision(digits))) >= 10 ** (exp + 1))
        exp += 1;
    const s = x.toFixed(Math.min(20, Math.max(0, digits - exp - 1)));
    return s === '-0' || /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}
/** A change with its sign (+1.900, -0.01400, 0) in the reports' number format. */
function formatSignedSignificant(x, digits = 4) {
    const s = formatSignificant(x, digits);
    return x > 0 ? `+${s}` : s;
}
/** "1 rule", "3 rules": a count with its noun in the right number. */
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}


/***/ }),

/***/ 17932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R9: () => (/* binding */ imageSize),
/* harmony export */   Wh: () => (/* binding */ int),
/* harmony export */   Yq: () => (/* binding */ choice),
/* harmony export */   bu: () => (/* binding */ num)
/* harmony export */ });
/* unused harmony exports parseInteger, parseImageSize */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(81157);
// The number and choice parsers of every option (CLI flags and Action inputs alike). Each error names the option as
// given (src/options/source.ts) and quotes the value.


/** A safe integer in [min, max], from a string as written (surrounding spaces allowed). */
function parseInteger(raw, name, rule = {}, subject = name) {
    const min = rule.min ?? 1;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isSafeInteger(n) || n < min) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${name}: expected ${rule.expected ?? `an integer ≥ ${min}`}, got "${raw}"`, subject);
    }
    if (rule.max !== undefined && n > rule.max) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${name}: at most ${rule.max}${rule.maxReason ? ` (${rule.maxReason})` : ''}, got ${n}`, subject);
    }
    return n;
}
function int(src, key, def, rule = {}) {
    const v = src.raw(key);
    if (v === undefined)
        return def;
    if (typeof v !== 'string')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name(key)}: expected ${rule.expected ?? `an integer ≥ ${rule.min ?? 1}`}, got no value`, key);
    return parseInteger(v, src.name(key), rule, key);
}
function num(src, key, def, rule = {}) {
    const v = src.raw(key);
    if (v === undefined)
        return def;
    const s = typeof v === 'string' ? v : '';
    const n = Number(s);
    if (s.trim() === '' || !Number.isFinite(n))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name(key)}: expected a number, got "${s}"`, key);
    if (rule.min !== undefined && (rule.exclusive ? !(n > rule.min) : !(n >= rule.min))) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name(key)}: expected ${rule.expected ?? `a number ${rule.exclusive ? '>' : '≥'} ${rule.min}`}, got "${s}"`, key);
    }
    return n;
}
/** "a or b", "a, b or c" (the CLI's wording); "one of a, b, c" (the Action's). */
function choices(src, allowed) {
    if (src.style === 'action')
        return `one of ${allowed.join(', ')}`;
    return allowed.length === 1 ? allowed[0] : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
}
/** One of `allowed` (case-insensitive, trimmed); `def` when unset. */
function choice(src, key, allowed, def) {
    const v = src.raw(key);
    if (v === undefined)
        return def;
    const s = (typeof v === 'string' ? v : '').trim().toLowerCase();
    if (allowed.includes(s))
        return s;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name(key)}: expected ${choices(src, allowed)}, got "${typeof v === 'string' ? v : ''}"`, key);
}
/** H or HxW (e.g. 64 or 64x48), as an image size. */
function parseImageSize(v, name, subject = name) {
    const m = /^\s*(\d+)\s*(?:[x×]\s*(\d+))?\s*$/i.exec(v);
    const h = m ? Number(m[1]) : NaN, w = m ? Number(m[2] ?? m[1]) : NaN;
    if (!(h >= 1 && w >= 1))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${name}: expected H or HxW (e.g. 64 or 64x48), got "${v}"`, subject);
    return { height: h, width: w };
}
/** An image-size option (H or HxW); undefined when unset. */
function imageSize(src, key) {
    const v = (0,_source_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Qq)(src, key);
    return v === undefined ? undefined : parseImageSize(v, src.name(key), key);
}


/***/ }),

/***/ 81157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IQ: () => (/* binding */ actionSource),
/* harmony export */   Jt: () => (/* binding */ flag),
/* harmony export */   Qq: () => (/* binding */ text),
/* harmony export */   ZB: () => (/* binding */ pathValue),
/* harmony export */   kJ: () => (/* binding */ cliSource),
/* harmony export */   kc: () => (/* binding */ expandHome),
/* harmony export */   tF: () => (/* binding */ parseBooleanText)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
// Where option values come from: the CLI's parsed flags or the Action's inputs. The option layer (src/options/)
// reads every value through an OptionSource, so one parser serves both, and every error names the option the way
// the user wrote it: `--batch-size` on the command line, `input batch-size` in a workflow.



/** The raw value as a trimmed string; undefined when unset, empty or a boolean flag. */
function text(src, key) {
    const v = src.raw(key);
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
/** A boolean flag (CLI) or a true/false input (Action: true, yes, on, 1 / false, no, off, 0). */
function flag(src, key) {
    const v = src.raw(key);
    return typeof v === 'string' ? v.trim() !== '' && parseBooleanText(v, src.name(key), false, key) : Boolean(v);
}
/** true, yes, on, 1 / false, no, off, 0 (any case); empty = `def`. */
function parseBooleanText(value, name, def, subject = name) {
    const v = value.trim().toLowerCase();
    if (!v)
        return def;
    if (['true', 'yes', 'on', '1'].includes(v))
        return true;
    if (['false', 'no', 'off', '0'].includes(v))
        return false;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name}: expected true or false, got "${value}"`, subject);
}
/** `~` and `~/…` at the start of a path → the home directory (a shell does this on the command line; a workflow's
 *  `with:` does not). `~user` forms are left as they are. */
function expandHome(p, home = node_os__WEBPACK_IMPORTED_MODULE_0___default().homedir()) {
    if (p === '~')
        return home;
    if (p.startsWith('~/') || ((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep) === '\\' && p.startsWith('~\\')))
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(home, p.slice(2));
    return p;
}
/** A path-typed option: trimmed, `~` expanded; undefined when unset. */
function pathValue(src, key) {
    const t = text(src, key);
    return t === undefined ? undefined : expandHome(t);
}
/** The flags of one CLI command. `names` overrides how some options are called in messages (e.g. num-samples → -n). */
function cliSource(values, names = {}) {
    const name = (k) => names[k] ?? `--${k}`;
    return { style: 'cli', raw: (k) => values[k], name, given: (k, v) => `${name(k)} ${v}` };
}
/** The Action's inputs, read with `get` (core.getInput). `inputOf` maps a CLI key to the input's own name where they
 *  differ (kind → generator-kind, cache-dir → cache). */
function actionSource(get, inputOf = {}) {
    const input = (k) => inputOf[k] ?? k;
    return {
        style: 'action',
        raw: (k) => {
            const v = get(input(k));
            return v.trim() === '' ? undefined : v;
        },
        name: (k) => `input ${input(k)}`,
        given: (k, v) => `input ${input(k)}: ${v}`,
    };
}


/***/ }),

/***/ 95105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ tempNameFor),
/* harmony export */   Ei: () => (/* binding */ writeViaTemp),
/* harmony export */   X7: () => (/* binding */ checkReplaceable),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   t_: () => (/* binding */ fsyncDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Files written whole or not at all: a temp file in the same folder, fsync, rename over the target, fsync of the
// folder. Readers see the old file or the complete new one, never a torn write, and a failed write leaves no
// partial file behind. Used by the weights cache and by every output of the CLI.



/** A unique temp name next to `file` (same directory, so the final rename is atomic). */
function tempNameFor(file) {
    return `${file}.partial-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`;
}
/**
 * Refuses a target that the final rename would wrongly replace: an existing device, FIFO or socket (e.g.
 * `--json /dev/null` run as root would replace /dev/null itself by a regular file). A symlink is replaced by the file
 * (its target is left alone); a regular file is replaced; over a folder the rename itself fails (EISDIR).
 */
async function checkReplaceable(file) {
    const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(file).catch(() => undefined);
    if (s && !s.isFile() && !s.isSymbolicLink() && !s.isDirectory()) {
        throw new Error('it exists and is not a regular file (a device, FIFO or socket); outputs are written to a temporary file renamed over the path, which would replace it');
    }
}
/**
 * Runs `write(tmp)` on a temp name next to `file`, then renames it to `file` (and fsyncs the folder). The temp file
 * is removed when `write` or the rename fails. For writers that take a path (sharp's toFile, the .npz writer).
 */
async function writeViaTemp(file, write) {
    await checkReplaceable(file);
    const tmp = tempNameFor(file);
    let renamed = false;
    try {
        const result = await write(tmp);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, file);
        renamed = true;
        await fsyncDir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file));
        return result;
    }
    finally {
        if (!renamed)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(tmp).catch(() => undefined);
    }
}
/**
 * Writes `data` to `file` atomically (see above), the data fsynced before the rename. Creates the parent directory.
 */
async function writeFileAtomic(file, data, mode = 0o644) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(file), { recursive: true });
    await writeViaTemp(file, async (tmp) => {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'wx', mode);
        try {
            await fh.writeFile(data);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
    });
}
/** fsync a directory so a rename in it is durable. Not possible on Windows; errors are ignored. */
async function fsyncDir(dir) {
    if (process.platform === 'win32')
        return;
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
        try {
            await fh.sync();
        }
        finally {
            await fh.close();
        }
    }
    catch {
        /* some file systems refuse fsync on directories */
    }
}


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


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept in step with package.json's "version" (checked by tests/integration/cli.test.ts).
const VERSION = '0.1.0';


/***/ })

};
