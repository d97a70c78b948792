export const id = 695;
export const ids = [695,172];
export const modules = {

/***/ 72172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IMAGE_EXTENSIONS: () => (/* binding */ IMAGE_EXTENSIONS),
/* harmony export */   compareCodePoints: () => (/* binding */ compareCodePoints),
/* harmony export */   isImageName: () => (/* binding */ isImageName),
/* harmony export */   listImages: () => (/* binding */ listImages),
/* harmony export */   listImagesDetailed: () => (/* binding */ listImagesDetailed)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89368);
/**
 * Listing the images of a folder the way pytorch-fid 0.3 does:
 *
 *     files = sorted([file for ext in IMAGE_EXTENSIONS for file in path.glob('*.{}'.format(ext))])
 *
 * Differences, on purpose:
 * - Extensions match in any letter case (x.PNG, y.Jpg). pytorch-fid's glob is case-sensitive on Linux and silently
 *   ignores such files; here they count.
 * - Only files (or symlinks to files) are returned; pytorch-fid would also return a directory named `x.png` and then
 *   crash opening it.
 * - Entries that look like images but cannot be opened (dangling symlinks, symlink loops, paths too long) are left
 *   out and reported (ListOptions.onOmitted; the CLI and the Action put them in the report's notes), never dropped
 *   silently.
 * - `recursive: true` also walks subfolders (pytorch-fid has no such option). Symlinked folders are followed once
 *   (a folder reached twice, e.g. through a symlink loop, is skipped).
 *
 * Same as pytorch-fid: hidden files (.x.png) are included (pathlib's glob matches them), and the order is Python's
 * sorted() order of the paths: code point order (not UTF-16 order, not locale order), compared folder by folder
 * like pathlib (so everything inside `a/` sorts before `a-b/`). A name that is not valid UTF-8 is listed and read
 * like Python lists it: each byte outside a well-formed UTF-8 sequence becomes the lone surrogate U+DC00 + byte
 * (util/fs-names.ts), which sorts as that code point (after U+D7FF, before U+E000 and every non-BMP character).
 */




/** pytorch-fid 0.3's IMAGE_EXTENSIONS, matched case-insensitively here. */
const IMAGE_EXTENSIONS = Object.freeze([
    'bmp',
    'jpg',
    'jpeg',
    'pgm',
    'png',
    'ppm',
    'tif',
    'tiff',
    'webp',
]);
const EXT_SET = new Set(IMAGE_EXTENSIONS);
function isImageName(name) {
    const dot = name.lastIndexOf('.');
    return dot >= 0 && EXT_SET.has(name.slice(dot + 1).toLowerCase());
}
/**
 * Compare strings by Unicode code point, like Python's str ordering. A surrogate pair is one code point >= 0x10000
 * (it sorts after U+E000..U+FFFF); a lone low surrogate (a byte escaped by fsDecode) is its own code point
 * U+DC80..U+DCFF.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // A high surrogate (0xD800-0xDBFF) starts a pair, a code point >= 0x10000. Where both differ in the second half
        // of a pair (a common high surrogate before), both are low surrogates and x - y orders them.
        const xs = x >= 0xd800 && x <= 0xdbff && i + 1 < a.length;
        const ys = y >= 0xd800 && y <= 0xdbff && i + 1 < b.length;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
function compareParts(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const c = compareCodePoints(a[i], b[i]);
        if (c !== 0)
            return c;
    }
    return a.length - b.length;
}
async function readDir(dir) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .fsPath */ .Jk)(dir), { withFileTypes: true, encoding: 'buffer' });
    }
    catch (err) {
        const code = err.code;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Cannot read folder ${(0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .printableName */ .Nt)(dir)}: ${code === 'EACCES' ? 'permission denied' : err.message}`, dir);
    }
}
/** stat, or why the entry cannot be used (a dangling symlink, a symlink loop, a path too long, ...). */
async function statOrReason(p) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .fsPath */ .Jk)(p));
    }
    catch (err) {
        const code = err.code;
        return code === 'ENOENT'
            ? 'dangling symlink (its target does not exist) or vanished'
            : code === 'ELOOP'
                ? 'symlink loop'
                : code === 'ENAMETOOLONG'
                    ? 'path too long'
                    : code === 'EACCES'
                        ? 'permission denied'
                        : `cannot stat (${code ?? err.message})`;
    }
}
async function walk(root, parts, recursive, state, limit) {
    const dir = parts.length ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...parts) : root;
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .fsPath */ .Jk)(dir), { encoding: 'buffer' }).then((r) => r.toString('latin1'));
    }
    catch {
        return;
    }
    if (state.visited.has(real))
        return;
    state.visited.add(real);
    const entries = await readDir(dir);
    const subdirs = [];
    for (const e of entries) {
        if (state.found.length >= limit)
            return;
        // a name that is not valid UTF-8 keeps its bytes as escapes (fsDecode), like Python's listing
        const name = (0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .fsDecode */ .oV)(e.name);
        let isFile = e.isFile();
        let isDir = e.isDirectory();
        const relevant = recursive || isImageName(name);
        if ((e.isSymbolicLink() || (!isFile && !isDir)) && relevant) {
            // symlink, or a filesystem that does not report entry types (DT_UNKNOWN): stat it
            const s = await statOrReason((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
            if (typeof s === 'string') {
                if (isImageName(name))
                    state.omitted.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), reason: s });
                continue;
            }
            isFile = s.isFile();
            isDir = s.isDirectory();
        }
        if (isFile && isImageName(name))
            state.found.push([...parts, name]);
        else if (isDir && recursive)
            subdirs.push(name);
    }
    for (const name of subdirs)
        await walk(root, [...parts, name], recursive, state, limit);
}
/**
 * The image files of `folder` (paths joined onto `folder` as given), sorted like pytorch-fid.
 * Throws InputError when the folder is missing, is not a folder, or holds no images.
 */
async function listImages(folder, opts = {}) {
    const r = await listImagesDetailed(folder, opts);
    const tell = opts.onOmitted ??
        ((o) => process.stderr.write(`warning: ${(0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .printableName */ .Nt)(o.path)} left out of the listing: ${o.reason}\n`));
    for (const o of r.omitted)
        tell(o);
    return r.files;
}
/** listImages, with the entries left out (and why) returned instead of reported. */
async function listImagesDetailed(folder, opts = {}) {
    const recursive = opts.recursive ?? false;
    let s;
    try {
        s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(folder);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Image folder not found: ${folder}`, folder);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Cannot access image folder ${folder}: ${err.message}`, folder);
    }
    if (!s.isDirectory())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Not a folder: ${folder} (expected a folder of images)`, folder);
    const state = { found: [], visited: new Set(), omitted: [] };
    await walk(folder, [], recursive, state, Infinity);
    if (state.found.length === 0) {
        const exts = IMAGE_EXTENSIONS.map((e) => '.' + e).join(' ');
        let msg = `No images found in ${folder}: looked for files ending in ${exts} (any letter case)`;
        if (recursive) {
            msg += ' in the folder and all its subfolders.';
        }
        else {
            // Would --recursive help? Look for a single image below.
            const deep = { found: [], visited: new Set(), omitted: [] };
            await walk(folder, [], true, deep, 1).catch(() => undefined); // an unreadable subfolder only loses the hint
            msg += deep.found.length
                ? ` directly in the folder. Its subfolders hold images (e.g. ${(0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .printableName */ .Nt)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, ...deep.found[0]))}): use --recursive to include them.`
                : ' in the folder; its subfolders (if any) hold none either.';
        }
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(msg, folder);
    }
    state.found.sort(compareParts);
    return { files: state.found.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, ...p)), omitted: state.omitted };
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
