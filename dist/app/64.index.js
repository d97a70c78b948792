export const id = 64;
export const ids = [64,172];
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
