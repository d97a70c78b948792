export const id = 666;
export const ids = [666,492,767,172,80];
export const modules = {

/***/ 75738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nL: () => (/* binding */ extractFeatures)
/* harmony export */ });
/* unused harmony exports MEMORY_LIMITS, checkOutput */
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43958);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65365);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55553);
// The extraction pipeline: decode images ahead of the network (sharp works on libuv's pool while ORT runs its own
// threads), batch consecutive images of one size (pytorch-fid needs one size per folder; we accept mixed sizes by
// cutting a batch where the size changes — per-image results are the same, since the model sees each image alone
// along the batch axis), run the model, and report progress. A model with its own input preparation (`input`: e.g.
// clean-fid's float resize, or an ONNX encoder's resize/normalization) gets float32 tensors made in TypeScript.




const MEMORY_LIMITS = Object.freeze({ batchPixels: 1 << 25, aheadPixels: 1 << 25, decodesInFlight: 4 });
/**
 * Decodes ahead of the network, yielding images in order; with `skip`, a decode InputError is yielded, not thrown.
 * At most `lookahead` images are waiting, at most `inFlight` decodes run at once, and no new decode starts while the
 * decoded images waiting hold more than `aheadPixels` pixels.
 */
async function* decodeAhead(files, lookahead, decode, skip, aheadPixels, inFlight) {
    const pending = [];
    let next = 0;
    let running = 0;
    let held = 0; // pixels of decoded images waiting in `pending`
    const pixelsOf = (d) => (d.img ? d.img.width * d.img.height : 0);
    const pump = () => {
        while (next < files.length && pending.length < lookahead && running < inFlight && held <= aheadPixels)
            launch();
    };
    const launch = () => {
        const file = files[next++];
        running++;
        // started on the next microtask, not here: a synchronous decoder (BMP, Netpbm) must not run inside pump's loop
        // before `running` and `held` account for the previous image
        const p = Promise.resolve().then(() => decode(file)).then((img) => ({ img, file }), 
        // only input errors (unreadable / undecodable file) are skippable; anything else is a bug and still throws
        (err) => { if (skip && err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d)
            return { file, error: err }; throw err; }).then((d) => { running--; held += pixelsOf(d); pump(); return d; }, (err) => { running--; throw err; });
        p.catch(() => undefined); // awaited in order below; this only keeps an early failure from being "unhandled"
        pending.push(p);
    };
    pump();
    while (pending.length) {
        const d = await pending.shift();
        held -= pixelsOf(d);
        pump();
        yield d;
    }
}
/**
 * One output of a batch run, checked against what the features need: float32 [n, width], one row per image. A
 * model that breaks this (an ONNX encoder exporting float64 or int64, folding the batch, or an empty / scalar
 * output) is bad input, named by the model (InputError, exit 2), not an internal error.
 */
function checkOutput(model, name, t, n, width, names) {
    const bad = (why) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${model.name}: output ${name} ${why}`, model.name);
    if (!t)
        throw bad(`is missing (outputs: ${names.join(', ')})`);
    if (t.dims.length !== 2 || t.dims[0] !== n) {
        throw bad(`has shape [${t.dims.join(', ')}] for a batch of ${n} images; expected [${n}, D] (2-D, one row per image: a model that mixes or folds the batch axis cannot give per-image features)`);
    }
    if (t.type !== 'float32')
        throw bad(`is ${t.type}; expected float32 features (export the model with a float32 output)`);
    if (!(width >= 1) || t.dims[1] !== width)
        throw bad(`has ${t.dims[1]} values per image; expected ${width} (D ≥ 1)`);
    const data = t.data;
    if (data.length !== n * width)
        throw bad(`has ${data.length} values for ${n} images, expected width ${width}`);
    return data;
}
async function extractFeatures(model, files, opts) {
    for (const [k, w] of Object.entries(model.outputs)) {
        if (!(Number.isInteger(w) && w >= 1))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${model.name}: output ${k} has ${w} values per image; features need D ≥ 1`, model.name);
    }
    const batchSize = Math.max(1, opts.batchSize ?? _core_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BATCH_SIZE */ .jg);
    const keep = opts.keep ?? true;
    const n = files.length;
    const features = {};
    if (keep)
        for (const [k, w] of Object.entries(model.outputs))
            features[k] = new Float32Array(n * w);
    const write = typeof opts.progress === 'function' ? opts.progress : opts.progress === false ? undefined : (l) => process.stderr.write(l + '\n');
    const progress = write ? new _util_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .Progress */ .k({ label: opts.label ?? 'features', total: n, write }) : undefined;
    const sizes = new Map();
    const t0 = performance.now();
    let row = 0;
    const batchKey = (im) => (model.input ? model.input.batchKey(im.width, im.height) : `${im.width}x${im.height}`);
    let batch = [];
    let batchPixels = 0;
    const flush = async () => {
        if (!batch.length)
            return;
        const { width: w, height: h } = batch[0];
        let tensor;
        if (model.input) {
            const dims = model.input.dims(batch.length, w, h);
            const size = dims.reduce((a, b) => a * b, 1);
            const per = size / batch.length;
            const input = new Float32Array(size);
            batch.forEach((img, i) => model.input.write(img, input, i * per));
            tensor = new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float32', input, dims);
        }
        else {
            const per = w * h * 3;
            const input = new Uint8Array(batch.length * per);
            batch.forEach((img, i) => input.set(img.data, i * per));
            tensor = new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('uint8', input, [batch.length, h, w, 3]);
        }
        const result = await model.session.run({ [model.inputName]: tensor });
        const outs = {};
        for (const [k, width] of Object.entries(model.outputs)) {
            const data = checkOutput(model, k, result[k], batch.length, width, Object.keys(result));
            outs[k] = data;
            if (keep)
                features[k].set(data, row * width);
        }
        opts.onBatch?.(outs, batch.length);
        for (const t of Object.values(result))
            t.dispose?.();
        row += batch.length;
        progress?.tick(batch.length);
        batch = [];
        batchPixels = 0;
    };
    const skip = opts.onBadImage === 'skip';
    const warn = opts.warn ?? ((l) => process.stderr.write(l + '\n'));
    const kept = [];
    const skipped = [];
    const maxBatchPixels = opts.limits?.batchPixels ?? MEMORY_LIMITS.batchPixels;
    const ahead = decodeAhead(files, opts.lookahead ?? Math.min(2 * batchSize, 256), opts.decode, skip, opts.limits?.aheadPixels ?? MEMORY_LIMITS.aheadPixels, Math.max(1, opts.limits?.decodesInFlight ?? MEMORY_LIMITS.decodesInFlight));
    for await (const d of ahead) {
        if (!d.img) {
            skipped.push({ file: d.file, reason: d.error.message });
            warn(`warning: skipping ${d.file} (on-bad-image: skip): ${d.error.message}`);
            progress?.tick(1);
            continue;
        }
        const img = d.img;
        kept.push(d.file);
        const key = `${img.width}x${img.height}`;
        sizes.set(key, (sizes.get(key) ?? 0) + 1);
        const pixels = img.width * img.height;
        if (batch.length && (batchKey(batch[0]) !== batchKey(img) || batchPixels + pixels > maxBatchPixels))
            await flush();
        batch.push(img);
        batchPixels += pixels;
        if (batch.length >= batchSize)
            await flush();
    }
    await flush();
    const seconds = (performance.now() - t0) / 1000;
    // skipped images leave unused rows at the end of each output: trim them (a view, no copy)
    if (skipped.length)
        for (const [k, w] of Object.entries(model.outputs))
            if (features[k])
                features[k] = features[k].subarray(0, row * w);
    return { files: kept, skipped, features, count: row, seconds, imagesPerSecond: seconds > 0 ? row / seconds : 0, sizes };
}


/***/ }),

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
 * - Entries that look like images but cannot be read by name (dangling symlinks, symlink loops, paths too long,
 *   names that are not UTF-8) are left out and reported (ListOptions.onOmitted), never dropped silently.
 * - `recursive: true` also walks subfolders (pytorch-fid has no such option). Symlinked folders are followed once
 *   (a folder reached twice, e.g. through a symlink loop, is skipped).
 *
 * Same as pytorch-fid: hidden files (.x.png) are included (pathlib's glob matches them), and the order is Python's
 * sorted() order of the paths: code point order (not UTF-16 order, not locale order), compared folder by folder
 * like pathlib (so everything inside `a/` sorts before `a-b/`).
 */



/** pytorch-fid 0.3's IMAGE_EXTENSIONS, matched case-insensitively here. */
const IMAGE_EXTENSIONS = Object.freeze(['bmp', 'jpg', 'jpeg', 'pgm', 'png', 'ppm', 'tif', 'tiff', 'webp']);
const EXT_SET = new Set(IMAGE_EXTENSIONS);
function isImageName(name) {
    const dot = name.lastIndexOf('.');
    return dot >= 0 && EXT_SET.has(name.slice(dot + 1).toLowerCase());
}
/** Compare strings by Unicode code point, like Python's str ordering. */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // Surrogates (0xD800-0xDFFF) encode code points >= 0x10000: they must sort after 0xE000-0xFFFF.
        const xs = x >= 0xd800 && x <= 0xdfff;
        const ys = y >= 0xd800 && y <= 0xdfff;
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
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir, { withFileTypes: true, encoding: 'buffer' });
    }
    catch (err) {
        const code = err.code;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Cannot read folder ${dir}: ${code === 'EACCES' ? 'permission denied' : err.message}`, dir);
    }
}
/** stat, or why the entry cannot be used (a dangling symlink, a symlink loop, a path too long, ...). */
async function statOrReason(p) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p);
    }
    catch (err) {
        const code = err.code;
        return code === 'ENOENT' ? 'dangling symlink (its target does not exist) or vanished'
            : code === 'ELOOP' ? 'symlink loop'
                : code === 'ENAMETOOLONG' ? 'path too long'
                    : code === 'EACCES' ? 'permission denied'
                        : `cannot stat (${code ?? err.message})`;
    }
}
async function walk(root, parts, recursive, state, limit) {
    const dir = parts.length ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...parts) : root;
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(dir);
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
        const name = e.name.toString('utf8');
        let isFile = e.isFile();
        let isDir = e.isDirectory();
        const relevant = recursive || isImageName(name);
        if (relevant && !Buffer.from(name, 'utf8').equals(e.name)) {
            // a name that is not valid UTF-8 cannot be passed on as a path string: say so rather than fail to open it
            state.omitted.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), reason: 'the file name is not valid UTF-8 (rename it)' });
            continue;
        }
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
    const tell = opts.onOmitted ?? ((o) => process.stderr.write(`warning: ${o.path} left out of the listing: ${o.reason}\n`));
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
                ? ` directly in the folder. Its subfolders hold images (e.g. ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, ...deep.found[0])}): use --recursive to include them.`
                : ' in the folder; its subfolders (if any) hold none either.';
        }
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(msg, folder);
    }
    state.found.sort(compareParts);
    return { files: state.found.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, ...p)), omitted: state.omitted };
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

/***/ 63633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   folderPart: () => (/* binding */ folderPart),
/* harmony export */   listingDigest: () => (/* binding */ listingDigest),
/* harmony export */   samplesPart: () => (/* binding */ samplesPart),
/* harmony export */   shardSampler: () => (/* binding */ shardSampler)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15165);
/* harmony import */ var _features_extract_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75738);
/* harmony import */ var _images_decode_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(32766);
/* harmony import */ var _images_shard_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(85862);
/* harmony import */ var _metrics_partial_stats_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8430);
/* harmony import */ var _sampling_sample_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33767);
/* harmony import */ var _sampling_quantize_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31910);
// One shard of a sharded evaluation (images/shard.ts): the features of its block of an image folder or of a
// sampler's samples, as a part file (metrics/partial-stats.ts) that `fid-gate merge` (or the Action's input
// generated-parts) combines with the other shards' into the single run's statistics file.










/** `folder sha256:…` of the folder's sorted relative file names: parts of different listings never merge. */
function listingDigest(relative) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for (const f of relative)
        h.update(f).update('\0');
    return `folder sha256:${h.digest('hex')}`;
}
const relativeTo = (folder, f) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(folder, f).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
/** The shard's block of the folder's sorted listing, extracted. */
async function folderPart(ex, folder, shard, o) {
    const listing = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__.listFolder)(folder, o.recursive);
    const { start, end } = (0,_images_shard_js__WEBPACK_IMPORTED_MODULE_6__.shardRange)(listing.length, shard);
    const mine = listing.slice(start, end);
    const info = { format: _metrics_partial_stats_js__WEBPACK_IMPORTED_MODULE_7__.PARTIAL_FORMAT, index: shard.index, of: shard.of, total: listing.length, start, end, source: listingDigest(listing.map((f) => relativeTo(folder, f))) };
    const dim = ex.dim;
    if (!mine.length) {
        // more shards than images: an empty part still counts as its shard
        const stats = await (0,_metrics_partial_stats_js__WEBPACK_IMPORTED_MODULE_7__.partialStats)(new Float32Array(0), 0, dim);
        return { part: { ...stats, shard: info, protocol: { ...ex.protocol }, warning: ex.bytes.warning, ...emptyRows(o.features, ex) }, imagesPerSecond: 0 };
    }
    const r = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__.extractFolder)(ex, folder, {
        files: mine, batchSize: o.batchSize, maxPixels: o.maxPixels, onBadImage: o.onBadImage, warn: o.warn, progress: o.progress,
        label: `features ${folder} (shard ${(0,_images_shard_js__WEBPACK_IMPORTED_MODULE_6__.shardText)(shard)})`,
    });
    const position = new Map(mine.map((f, i) => [f, start + i]));
    const features = r.features[ex.featureOutput];
    const logits = ex.logitsOutput ? r.features[ex.logitsOutput] : undefined;
    const stats = await (0,_metrics_partial_stats_js__WEBPACK_IMPORTED_MODULE_7__.partialStats)(features, r.count, dim);
    const part = {
        ...stats, shard: info, protocol: { ...ex.protocol }, warning: ex.bytes.warning,
        ...(o.features ? {
            features, files: r.relativeFiles, indices: r.files.map((f) => position.get(f)),
            ...(logits ? { logits, logitsDim: ex.model.outputs[ex.logitsOutput] } : {}),
        } : {}),
    };
    return { part, skippedNote: (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_3__.skippedNote)(folder, r.skipped), imagesPerSecond: r.imagesPerSecond };
}
function emptyRows(features, ex) {
    if (!features)
        return {};
    return { features: new Float32Array(0), files: [], indices: [], ...(ex.logitsOutput ? { logits: new Float32Array(0), logitsDim: ex.model.outputs[ex.logitsOutput] } : {}) };
}
/**
 * The sampler options of shard `shard` of `s.n` samples: the block [start, end) of the sample indices, drawn with
 * the single run's seeds (every random number is a function of the seed and the global sample index, rng.ts), so
 * the n shards' samples are the single run's, bit for bit. A sampler command draws its own seeds: refused.
 */
function shardSampler(s, shard, what = '--shard') {
    if (s.kind === 'command') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${what}: a sampler command cannot be sharded (it draws its own seeds); give each matrix job its own images and shard the folder`, 'shard');
    }
    const { start, end } = (0,_images_shard_js__WEBPACK_IMPORTED_MODULE_6__.shardRange)(s.n, shard);
    return {
        start, end,
        opts: { ...s, n: end - start, ...(s.gan ? { gan: { ...s.gan, first: start } } : {}), ...(s.diffusion ? { diffusion: { ...s.diffusion, first: start } } : {}) },
    };
}
/** The shard's block of a sampler's samples, sampled and extracted in memory. */
async function samplesPart(ex, s, shard, o, what = '--shard') {
    const { opts, start, end } = shardSampler(s, shard, what);
    const info = { format: _metrics_partial_stats_js__WEBPACK_IMPORTED_MODULE_7__.PARTIAL_FORMAT, index: shard.index, of: shard.of, total: s.n, start, end, source: 'samples' };
    const dim = ex.dim;
    const sampler = opts.n > 0 ? await (0,_sampling_sample_js__WEBPACK_IMPORTED_MODULE_8__.openSampler)({ log: o.log, ...opts }) : undefined;
    // the single run's protocol: its settings name the whole run's n (compare.ts, loadSamples)
    const settings = { ...(sampler?.settings ?? {}), n: s.n };
    const quantization = typeof settings.quantization === 'string' ? settings.quantization : ex.protocol.quantization;
    const protocol = { ...ex.protocol, quantization, sampling: settings };
    if (!sampler)
        return { part: { ...(await (0,_metrics_partial_stats_js__WEBPACK_IMPORTED_MODULE_7__.partialStats)(new Float32Array(0), 0, dim)), shard: info, protocol, warning: ex.bytes.warning, ...emptyRows(o.features, ex) }, imagesPerSecond: 0 };
    (0,_images_decode_js__WEBPACK_IMPORTED_MODULE_5__.configureSharp)();
    const { files, decode } = (0,_sampling_sample_js__WEBPACK_IMPORTED_MODULE_8__.samplesAsDecoder)(sampler.images(), sampler.n);
    const r = await (0,_features_extract_js__WEBPACK_IMPORTED_MODULE_4__/* .extractFeatures */ .nL)(ex.model, files, { batchSize: o.batchSize, decode, progress: o.progress, label: `generated samples features (shard ${(0,_images_shard_js__WEBPACK_IMPORTED_MODULE_6__.shardText)(shard)})` });
    const features = r.features[ex.featureOutput];
    for (let i = 0; i < features.length; i++) {
        if (!Number.isFinite(features[i]))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${ex.model.name}: output ${ex.featureOutput} is NaN or Inf for sample ${start + Math.floor(i / dim)}: the model or its weights are broken`);
    }
    const logits = ex.logitsOutput ? r.features[ex.logitsOutput] : undefined;
    const part = {
        ...(await (0,_metrics_partial_stats_js__WEBPACK_IMPORTED_MODULE_7__.partialStats)(features, r.count, dim)), shard: info, protocol, warning: ex.bytes.warning,
        ...(o.features ? {
            features, files: Array.from({ length: r.count }, (_, k) => (0,_sampling_quantize_js__WEBPACK_IMPORTED_MODULE_9__.sampleName)(start + k)), indices: Array.from({ length: r.count }, (_, k) => start + k),
            ...(logits ? { logits, logitsDim: ex.model.outputs[ex.logitsOutput] } : {}),
        } : {}),
    };
    return { part, imagesPerSecond: r.imagesPerSecond };
}


/***/ }),

/***/ 15165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanInceptionInput: () => (/* binding */ cleanInceptionInput),
/* harmony export */   extractFolder: () => (/* binding */ extractFolder),
/* harmony export */   listFolder: () => (/* binding */ listFolder),
/* harmony export */   loadExtractor: () => (/* binding */ loadExtractor),
/* harmony export */   skippedNote: () => (/* binding */ skippedNote)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43958);
/* harmony import */ var _images_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72172);
/* harmony import */ var _images_decode_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32766);
/* harmony import */ var _features_inception_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41354);
/* harmony import */ var _features_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53787);
/* harmony import */ var _features_extract_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75738);
/* harmony import */ var _features_cuda_providers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89451);
/* harmony import */ var _features_clean_resize_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(50351);
/* harmony import */ var _features_encoder_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(34467);
/* harmony import */ var _weights_cache_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(40495);
/* harmony import */ var _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(50785);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(70017);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(311);
// The shared pipeline behind the CLI and the Action: list a folder, load the extractor, extract features.















/** clean-fid's input: the image resized to 299×299 as float32 0..255 (PIL bicubic per channel, clipped), NHWC. */
const cleanInceptionInput = {
    batchKey: () => '',
    dims: (n) => [n, _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .INCEPTION_INPUT_SIZE */ .jV, _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .INCEPTION_INPUT_SIZE */ .jV, 3],
    write(img, out, offset) {
        out.set((0,_features_clean_resize_js__WEBPACK_IMPORTED_MODULE_9__/* .cleanResize */ .qX)(img.data, img.width, img.height, _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .INCEPTION_INPUT_SIZE */ .jV, _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .INCEPTION_INPUT_SIZE */ .jV), offset);
    },
};
function sessionFor(model, opts, cacheDir) {
    return (0,_features_session_js__WEBPACK_IMPORTED_MODULE_6__/* .createSession */ .jw)(model, {
        device: opts.device ?? 'auto',
        threads: opts.threads,
        log: opts.log,
        prepareCuda: async () => {
            if (!(0,_features_cuda_providers_js__WEBPACK_IMPORTED_MODULE_8__/* .hasNvidiaGpu */ .i1)())
                return false;
            await (0,_features_cuda_providers_js__WEBPACK_IMPORTED_MODULE_8__/* .ensureCudaProviders */ .ef)({ cacheDir, log: opts.log });
            return true;
        },
    });
}
async function loadExtractor(opts) {
    const cacheDir = opts.cacheDir ?? (0,_weights_cache_js__WEBPACK_IMPORTED_MODULE_11__/* .defaultCacheDir */ .$g)();
    if (opts.encoder)
        return loadOnnxEncoder(opts.encoder, opts, cacheDir);
    const resize = opts.resize ?? 'legacy-pytorch';
    const bytes = await (0,_features_inception_js__WEBPACK_IMPORTED_MODULE_5__/* .loadInceptionModel */ .pC)({ weights: opts.weights, cacheDir, log: opts.log, resize });
    if (bytes.warning)
        opts.log?.(bytes.warning);
    const { session, device } = await sessionFor(bytes.onnx, opts, cacheDir).catch((err) => {
        throw err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d || bytes.weights !== 'custom-onnx' ? err : new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`--weights ${bytes.source}: onnxruntime cannot load the model (${err.message.split('\n')[0]})`, bytes.source);
    });
    return {
        bytes,
        kind: 'inception',
        featureOutput: 'pool3',
        logitsOutput: 'logits',
        dim: _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .POOL3_DIM */ .vf,
        model: {
            name: _features_inception_js__WEBPACK_IMPORTED_MODULE_5__/* .INCEPTION_EXTRACTOR */ .hz, session, device, inputName: 'images', outputs: { pool3: _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .POOL3_DIM */ .vf, logits: _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .LOGITS_DIM */ .S6 },
            ...(resize === 'clean' ? { input: cleanInceptionInput } : {}),
        },
        protocol: {
            extractor: _features_inception_js__WEBPACK_IMPORTED_MODULE_5__/* .INCEPTION_EXTRACTOR */ .hz,
            weights: bytes.weights,
            weightsSha256: bytes.weightsSha256,
            resize,
            quantization: 'png-uint8',
            fidGateVersion: _version_js__WEBPACK_IMPORTED_MODULE_14__/* .VERSION */ .x,
        },
    };
}
const shapeText = (dims) => `[${dims.join(', ')}]`;
/** Checks the encoder's one image input against the preprocessing (type, rank, fixed sizes). */
function checkEncoderInput(session, spec, what) {
    if (session.inputNames.length !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: the model has ${session.inputNames.length} inputs (${session.inputNames.join(', ')}); expected one image input`, spec.path);
    }
    const meta = session.inputMetadata?.[0];
    const p = spec.preprocess;
    if (meta?.isTensor) {
        if (meta.type !== 'float32')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: its input ${meta.name} is ${meta.type}; fid-gate feeds float32 images`, spec.path);
        const want = p.layout === 'nchw' ? [0, 3, p.height, p.width] : [0, p.height, p.width, 3];
        if (meta.shape.length && typeof meta.shape[0] === 'number' && meta.shape[0] > 0) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: its input ${meta.name} has a fixed batch size (shape ${shapeText(meta.shape)}); export it with a dynamic batch axis (torch.onnx.export(..., dynamic_axes={"${meta.name}": {0: "N"}, ...}))`, spec.path);
        }
        if (meta.shape.length) {
            const bad = meta.shape.length !== 4 || meta.shape.some((d, i) => i > 0 && typeof d === 'number' && d > 0 && d !== want[i]);
            if (bad) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: its input ${meta.name} has shape ${shapeText(meta.shape)}, but the ${p.preset} preprocessing makes ` +
                    `${shapeText(['N', ...want.slice(1)])} (${p.layout.toUpperCase()}); check --encoder-preset / --encoder-size / --encoder-layout`, spec.path);
            }
        }
    }
    return session.inputNames[0];
}
/** The output to use and its width D, from the model's metadata or, when that leaves D open, one probe run. */
async function encoderOutput(session, spec, inputName, input, what) {
    const names = session.outputNames;
    const name = spec.output ?? names[0];
    if (!names.includes(name))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: no output named "${name}" (outputs: ${names.join(', ')})`, spec.path);
    const meta = session.outputMetadata?.[names.indexOf(name)];
    const notTwoD = (shape) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: output ${name} has shape ${shapeText(shape)}; features must be 2-D [N, D] (pick another output with --encoder-output, or export the pooled embedding)`, spec.path);
    if (meta?.isTensor && meta.shape.length) {
        if (meta.shape.length !== 2)
            throw notTwoD(meta.shape);
        if (typeof meta.shape[1] === 'number' && meta.shape[1] > 0)
            return { name, dim: meta.shape[1] };
    }
    // D is symbolic: run one black image
    const p = spec.preprocess;
    const dims = input.dims(1, p.width, p.height);
    const x = new Float32Array(dims.reduce((a, b) => a * b, 1));
    input.write({ width: p.width, height: p.height, data: new Uint8Array(p.width * p.height * 3), file: '(probe)' }, x, 0);
    const r = await session.run({ [inputName]: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_2__.Tensor('float32', x, dims) }, [name]);
    const t = r[name];
    if (t.dims.length !== 2 || t.dims[0] !== 1)
        throw notTwoD(t.dims);
    return { name, dim: t.dims[1] };
}
async function loadOnnxEncoder(spec, opts, cacheDir) {
    const what = `--encoder ${spec.path}`;
    if (opts.weights?.trim())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`--weights is for the Inception network; with ${what} leave it out`, 'weights');
    if (opts.resize && opts.resize !== 'legacy-pytorch') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`--resize ${opts.resize} is for the Inception network; an ONNX encoder's resize comes from --encoder-preset`, 'resize');
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(spec.path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(spec.path).isFile())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: no such file`, spec.path);
    const hash = await (0,_features_encoder_js__WEBPACK_IMPORTED_MODULE_10__/* .sha256OfFile */ .Vq)(spec.path);
    let created;
    try {
        created = await sessionFor(spec.path, opts, cacheDir);
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d)
            throw err;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: onnxruntime cannot load it (${err.message.split('\n')[0]})`, spec.path);
    }
    const { session, device } = created;
    const inputName = checkEncoderInput(session, spec, what);
    const input = (0,_features_encoder_js__WEBPACK_IMPORTED_MODULE_10__/* .encoderInput */ .xG)(spec.preprocess);
    const out = await encoderOutput(session, spec, inputName, input, what);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(spec.path);
    opts.log?.(`encoder: ${base} (sha256 ${hash.slice(0, 12)}), output ${out.name}, D = ${out.dim}, ${(0,_features_encoder_js__WEBPACK_IMPORTED_MODULE_10__/* .describePreprocess */ .yB)(spec.preprocess, out.name)}`);
    return {
        bytes: { weights: 'onnx-encoder', weightsSha256: hash, source: spec.path },
        kind: 'onnx',
        featureOutput: out.name,
        dim: out.dim,
        model: { name: `onnx:${base}`, session, device, inputName, outputs: { [out.name]: out.dim }, input },
        protocol: {
            extractor: `onnx:${base}`,
            weights: 'onnx-encoder',
            weightsSha256: hash,
            resize: (0,_features_encoder_js__WEBPACK_IMPORTED_MODULE_10__/* .describePreprocess */ .yB)(spec.preprocess, out.name),
            quantization: 'png-uint8',
            fidGateVersion: _version_js__WEBPACK_IMPORTED_MODULE_14__/* .VERSION */ .x,
        },
    };
}
/** Lists a folder's images (sorted), failing early with a clear message when there are none. */
function listFolder(folder, recursive = false) {
    return (0,_images_list_js__WEBPACK_IMPORTED_MODULE_3__.listImages)(folder, { recursive });
}
async function extractFolder(ex, folder, opts = {}) {
    (0,_images_decode_js__WEBPACK_IMPORTED_MODULE_4__.configureSharp)();
    const files = opts.files ?? await (0,_images_list_js__WEBPACK_IMPORTED_MODULE_3__.listImages)(folder, { recursive: opts.recursive });
    const result = await (0,_features_extract_js__WEBPACK_IMPORTED_MODULE_7__/* .extractFeatures */ .nL)(ex.model, files, {
        batchSize: opts.batchSize,
        // maxPixels: the decompression-bomb guard (--max-pixels); undefined = decode.ts's default (2 × Pillow's limit)
        decode: (f) => (0,_images_decode_js__WEBPACK_IMPORTED_MODULE_4__.decodeRgb)(f, { maxPixels: opts.maxPixels }),
        progress: opts.progress,
        label: opts.label ?? `features ${folder}`,
        // --on-bad-image skip: undecodable images are left out (result.files / result.skipped say which)
        onBadImage: opts.onBadImage,
        warn: opts.warn,
    });
    checkFiniteOutputs(ex, result);
    // relativeFiles follows result.files (the kept images), so the .npz `files` list matches the feature rows
    return { ...result, folder, relativeFiles: result.files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(folder, f).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/')) };
}
/** One report line for images left out by on-bad-image: skip, naming the first few; undefined when none were. */
function skippedNote(source, skipped, folder = source) {
    if (!skipped.length)
        return undefined;
    const first = 3;
    const names = skipped.slice(0, first).map((s) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(folder, s.file).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/'));
    const more = skipped.length > first ? `, and ${skipped.length - first} more` : '';
    return `${source}: ${skipped.length} image(s) skipped because they could not be decoded (on-bad-image: skip): ${names.join(', ')}${more}`;
}
/**
 * A broken model (bad weights, an encoder exported wrongly) can output NaN or Inf; the statistics would then silently
 * be NaN. Refuse it here, naming the model, the output and the first image concerned.
 */
function checkFiniteOutputs(ex, r) {
    for (const [name, data] of Object.entries(r.features)) {
        const width = r.count ? data.length / r.count : 0;
        for (let i = 0; i < data.length; i++) {
            if (!Number.isFinite(data[i])) {
                const file = r.files[Math.floor(i / width)] ?? '?';
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${ex.model.name}: output ${name} is NaN or Inf for ${file}: the model or its weights are broken`, file);
            }
        }
    }
}


/***/ }),

/***/ 79492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandCommand: () => (/* binding */ expandCommand),
/* harmony export */   runSamplerCommand: () => (/* binding */ runSamplerCommand),
/* harmony export */   samplerEnvironment: () => (/* binding */ samplerEnvironment),
/* harmony export */   shellQuote: () => (/* binding */ shellQuote)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _images_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72172);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
// `--kind command`: run the user's own sampler, e.g. `python sample.py --out {out} --n {n} --seed {seed}`, then
// read the images it wrote.
//
// - {out}, {n} and {seed} in the command are replaced by the output folder, the number of samples and the seed,
//   each quoted for the shell (POSIX single quotes; on Windows double quotes for cmd.exe). The same values are in
//   the environment as FID_GATE_OUT, FID_GATE_N and FID_GATE_SEED.
// - The environment is an allow-list of the runner's (samplerEnvironment: PATH, HOME, locale, TMPDIR, CUDA_*,
//   NVIDIA_*, PYTHON*, VIRTUAL_ENV, CONDA_*, FID_GATE_*, ...), plus `env`; tokens and INPUT_* are not passed.
// - The command runs through the shell (/bin/sh -c, cmd.exe on Windows) in its own process group, with stdin
//   closed; its stdout and stderr are streamed line by line with a prefix ("[sampler] ").
// - The timeout sends SIGTERM to the whole process group, then SIGKILL after a grace period (default 10 s).
// - A non-zero exit, a signal or the timeout is an InputError quoting the last lines of its log. Afterwards the
//   folder's images (src/images/list.ts, sorted like pytorch-fid) are read: fewer than n is an error; more are
//   allowed, and the first n in sorted order are used.




/** Variables the sampler inherits by exact name (docs/sampling.md). */
const INHERITED_NAMES = new Set([
    'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LANGUAGE', 'TZ', 'TERM', 'TMPDIR', 'TMP', 'TEMP',
    'CUDA_VISIBLE_DEVICES', 'CUDA_HOME', 'CUDA_PATH', 'LD_LIBRARY_PATH', 'VIRTUAL_ENV', 'HF_HOME', 'TORCH_HOME', 'XDG_CACHE_HOME',
    'OMP_NUM_THREADS', 'MKL_NUM_THREADS',
    // Windows: cmd.exe and Python need these
    'SYSTEMROOT', 'SystemRoot', 'COMSPEC', 'ComSpec', 'PATHEXT', 'WINDIR', 'windir', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA',
]);
/** Variables the sampler inherits by prefix. */
const INHERITED_PREFIXES = ['LC_', 'NVIDIA_', 'PYTHON', 'CONDA_', 'FID_GATE_'];
/**
 * The part of `env` the sampler command gets: an allow-list (the names and prefixes above), so that the runner's
 * secrets (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, GITHUB_TOKEN, INPUT_*, ...) never reach it.
 */
function samplerEnvironment(env) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (v === undefined)
            continue;
        if (INHERITED_NAMES.has(k) || INHERITED_PREFIXES.some((p) => k.startsWith(p)))
            out[k] = v;
    }
    return out;
}
function shellQuote(s, platform = process.platform) {
    if (platform === 'win32')
        return `"${s.replace(/"/g, '""')}"`;
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
function expandCommand(command, values, platform = process.platform) {
    return command.replace(/\{(out|n|seed)\}/g, (_, k) => shellQuote(String(values[k]), platform));
}
async function runSamplerCommand(o) {
    if (!o.command.trim())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('--command: empty command', 'command');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(o.out, { recursive: true });
    const cmd = expandCommand(o.command, o);
    const prefix = o.prefix ?? '[sampler] ';
    const log = o.log ?? ((l) => process.stderr.write(l + '\n'));
    const tail = [];
    const timeoutMs = (o.timeoutSeconds ?? 3600) * 1000;
    const win = process.platform === 'win32';
    const t0 = performance.now();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(win ? 'cmd.exe' : '/bin/sh', win ? ['/d', '/s', '/c', cmd] : ['-c', cmd], {
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: !win,
        windowsVerbatimArguments: win,
        env: { ...samplerEnvironment(process.env), ...o.env, FID_GATE_OUT: o.out, FID_GATE_N: String(o.n), FID_GATE_SEED: String(o.seed) },
    });
    const kill = (sig) => {
        try {
            if (!win && child.pid)
                process.kill(-child.pid, sig);
            else
                child.kill(sig);
        }
        catch { /* already gone */ }
    };
    const lines = (stream) => {
        let buf = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            buf += chunk;
            let i;
            while ((i = buf.indexOf('\n')) >= 0) {
                emit(buf.slice(0, i));
                buf = buf.slice(i + 1);
            }
        });
        stream.on('end', () => { if (buf)
            emit(buf); buf = ''; });
    };
    const emit = (line) => {
        const l = line.replace(/\r$/, '');
        tail.push(l);
        if (tail.length > 20)
            tail.shift();
        log(prefix + l);
    };
    lines(child.stdout);
    lines(child.stderr);
    let timedOut = false;
    let killTimer;
    const timer = setTimeout(() => {
        timedOut = true;
        log(`${prefix}timeout after ${o.timeoutSeconds ?? 3600}s: sending SIGTERM`);
        kill('SIGTERM');
        killTimer = setTimeout(() => { log(`${prefix}still running: sending SIGKILL`); kill('SIGKILL'); }, o.killGraceMs ?? 10000);
    }, timeoutMs);
    const { code, signal } = await new Promise((resolve, reject) => {
        let exited;
        let orphanTimer;
        child.on('error', (err) => reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command: cannot start the shell (${err.message})`, 'command')));
        child.on('exit', (c, s) => {
            exited = { code: c, signal: s };
            // Background children that keep the pipes open would hold 'close' back forever: stop them.
            orphanTimer = setTimeout(() => { kill('SIGKILL'); resolve(exited); }, 2000);
        });
        child.on('close', (c, s) => { clearTimeout(orphanTimer); resolve(exited ?? { code: c, signal: s }); });
    });
    clearTimeout(timer);
    clearTimeout(killTimer);
    const seconds = (performance.now() - t0) / 1000;
    const quoted = tail.length ? `; its last lines:\n${tail.map((l) => '  ' + l).join('\n')}` : ' (it printed nothing)';
    if (timedOut)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command did not finish within --timeout ${o.timeoutSeconds ?? 3600}s and was stopped${quoted}`, 'command');
    if (code !== 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command failed (${signal ? `killed by ${signal}` : `exit code ${code}`})${quoted}`, 'command');
    let files;
    try {
        files = await (0,_images_list_js__WEBPACK_IMPORTED_MODULE_2__.listImages)(o.out);
    }
    catch (err) {
        if (err.name === 'InputError')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command finished but wrote no images into ${o.out} (${err.message})`, 'command');
        throw err;
    }
    if (files.length < o.n)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command wrote ${files.length} image(s) into ${o.out}; ${o.n} were asked for`, 'command');
    return { files: files.slice(0, o.n), found: files.length, seconds };
}


/***/ }),

/***/ 77067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ sampleGan),
/* harmony export */   Gg: () => (/* binding */ ganSettings),
/* harmony export */   ix: () => (/* binding */ parseZDist)
/* harmony export */ });
/* unused harmony exports inspectGenerator, latentFor */
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43958);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65365);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5352);
/* harmony import */ var _rng_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47264);
/* harmony import */ var _quantize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31910);
/* harmony import */ var _diffusion_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55166);
// Sampling from an ONNX GAN generator.
//
// The model's interface (by position):
//   input 0  z       float32 [N, Z] or [N, Z, 1, 1] (DCGAN-style); Z is read from the model (or `latent`)
//   input 1  labels  [N] int64 (or int32), optional: class labels, uniform over 0..numClasses−1 (or `classLabel`)
//   output 0 images  float32 [N, C, H, W], C = 1 or 3, in [−1, 1] (tanh; `outputRange` for others, e.g. 0,1)
// z ~ N(0, I) (`zDist: 'normal'`) or uniform on [−1, 1) (`'uniform'`, as in DCGAN), drawn in float64 from rng
// stream ganLatent for sample i and rounded once to float32. Quantization: quantize.ts (torchvision save_image).







function parseZDist(v, what = '--z-dist') {
    const s = (v ?? 'normal').trim().toLowerCase();
    if (s === 'normal' || s === 'uniform')
        return s;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${what}: expected normal or uniform, got "${v}"`, what);
}
function inspectGenerator(session, o = {}) {
    const ins = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .tensorInputs */ .h6)(session);
    if (ins.length < 1 || ins.length > 2)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator must take 1 or 2 inputs (z[, labels]); it takes ${ins.length}: ${ins.map((i) => i.name).join(', ')}`);
    const [z, y] = ins;
    if (z.type !== 'float32')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's input 0 (${z.name}) must be float32 z, not ${z.type}`);
    const rank = z.shape.length;
    if (rank !== 2 && rank !== 4)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's input 0 (${z.name}) must be [N, Z] or [N, Z, 1, 1]; it is [${z.shape.join(', ')}]`);
    if (rank === 4 && (((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedDim */ .V)(z.shape[2]) ?? 1) !== 1 || ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedDim */ .V)(z.shape[3]) ?? 1) !== 1)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's input 0 (${z.name}) is [${z.shape.join(', ')}]; a rank-4 z must be [N, Z, 1, 1]`);
    }
    const Zm = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedDim */ .V)(z.shape[1]);
    if (Zm !== undefined && o.latent !== undefined && Zm !== o.latent)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`--latent: the model's z has ${Zm} dimensions, not ${o.latent}`, 'latent');
    const latent = Zm ?? o.latent;
    if (latent === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's input 0 (${z.name}) leaves Z open: give --latent`, 'latent');
    if (y && y.type !== 'int64' && y.type !== 'int32')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's input 1 (${y.name}) must be int64 class labels, not ${y.type}`);
    return { z: z.name, zRank: rank, latent, labels: y?.name, labelsType: y?.type, output: session.outputNames[0] };
}
function ganSettings(o) {
    return {
        kind: 'gan', zDist: o.zDist ?? 'normal', outputRange: [...(o.outputRange ?? [-1, 1])],
        ...(o.numClasses !== undefined ? { numClasses: o.numClasses } : {}), ...(o.classLabel !== undefined ? { classLabel: o.classLabel } : {}),
        seed: o.seed, rng: 'philox4x32-10 + box-muller (float64)', quantization: 'torchvision save_image (round half up, clip)',
    };
}
/** z of sample i (float64, before the float32 rounding). */
function latentFor(seed, i, latent, zDist = 'normal') {
    if (zDist === 'normal')
        return (0,_rng_js__WEBPACK_IMPORTED_MODULE_3__/* .normals */ .pV)(seed, _rng_js__WEBPACK_IMPORTED_MODULE_3__/* .Stream */ .Z6.ganLatent, i, 0, latent);
    return (0,_rng_js__WEBPACK_IMPORTED_MODULE_3__/* .uniforms */ .Sg)(seed, _rng_js__WEBPACK_IMPORTED_MODULE_3__/* .Stream */ .Z6.ganLatent, i, 0, latent).map((u) => 2 * u - 1);
}
async function* sampleGan(session, n, o) {
    const io = inspectGenerator(session, o);
    const K = (0,_diffusion_js__WEBPACK_IMPORTED_MODULE_5__/* .checkLabels */ .C)(io, o, 'generator');
    const Z = io.latent;
    const B = Math.max(1, o.batchSize ?? 64);
    const first = o.first ?? 0;
    const range = o.outputRange ?? [-1, 1];
    const progress = o.progress ? new _util_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .Progress */ .k({ label: `sampling ${n} images`, total: n, write: o.progress }) : undefined;
    for (let start = 0; start < n; start += B) {
        const b = Math.min(B, n - start);
        const z = new Float32Array(b * Z);
        for (let k = 0; k < b; k++)
            z.set(latentFor(o.seed, first + start + k, Z, o.zDist), k * Z);
        const feeds = { [io.z]: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float32', z, io.zRank === 2 ? [b, Z] : [b, Z, 1, 1]) };
        if (K !== undefined) {
            const labels = Array.from({ length: b }, (_, k) => o.classLabel ?? (0,_rng_js__WEBPACK_IMPORTED_MODULE_3__/* .sampleLabel */ .vS)(o.seed, first + start + k, K));
            feeds[io.labels] = (0,_diffusion_js__WEBPACK_IMPORTED_MODULE_5__/* .intTensor */ .FP)(io.labelsType, labels);
        }
        const result = await session.run(feeds);
        const out = result[io.output];
        const d = out.dims;
        if (out.type !== 'float32' || d.length !== 4 || d[0] !== b) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's output 0 is ${out.type} [${d.join(', ')}]; expected float32 [${b}, C, H, W]`);
        }
        const [, C, H, W] = d;
        const data = out.data;
        const images = [];
        for (let k = 0; k < b; k++)
            images.push((0,_quantize_js__WEBPACK_IMPORTED_MODULE_4__.toRgbImage)(data, k, C, H, W, range, (0,_quantize_js__WEBPACK_IMPORTED_MODULE_4__.sampleName)(first + start + k)));
        for (const t of Object.values(result))
            t.dispose?.();
        progress?.tick(b);
        yield* images;
    }
}


/***/ }),

/***/ 33767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openSampler: () => (/* binding */ openSampler),
/* harmony export */   parseKind: () => (/* binding */ parseKind),
/* harmony export */   sampleImages: () => (/* binding */ sampleImages),
/* harmony export */   samplesAsDecoder: () => (/* binding */ samplesAsDecoder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _images_decode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32766);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5352);
/* harmony import */ var _diffusion_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55166);
/* harmony import */ var _gan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77067);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(79492);
/* harmony import */ var _quantize_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31910);
// One entry point for all three kinds of sampler, as a stream of in-memory images, so that samples can go straight
// into feature extraction (no PNG round trip; the quantization is the one a saved PNG would have, see quantize.ts).
//
//     const sampler = await openSampler({ kind: 'diffusion', generator: 'model.onnx', n: 10000, seed: 0, diffusion: {...} });
//     const { files, decode } = samplesAsDecoder(sampler.images(), sampler.n);
//     await extractFeatures(model, files, { decode, ... });    // files are virtual names sample_000000.png, ...










function parseKind(v, what = '--kind') {
    const s = (v ?? '').trim().toLowerCase();
    if (s === 'gan' || s === 'diffusion' || s === 'command')
        return s;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${what}: expected gan, diffusion or command, got "${v ?? ''}"`, what);
}
async function openSampler(o) {
    if (!Number.isInteger(o.n) || o.n < 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`-n: expected a positive integer, got ${o.n}`, 'n');
    if (o.kind === 'command') {
        const c = o.command;
        if (!c?.command)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('--kind command needs --command "…"', 'command');
        return {
            n: o.n,
            settings: { kind: 'command', command: c.command, seed: o.seed, n: o.n, quantization: 'as written by the command' },
            async *images() {
                const tmp = c.out ? undefined : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'fid-gate-samples-'));
                try {
                    const res = await (0,_command_js__WEBPACK_IMPORTED_MODULE_8__.runSamplerCommand)({ command: c.command, n: o.n, seed: o.seed, out: c.out ?? tmp, timeoutSeconds: c.timeoutSeconds, killGraceMs: c.killGraceMs, log: o.log });
                    if (res.found > o.n)
                        o.log?.(`--command wrote ${res.found} images; using the first ${o.n} (sorted by name)`);
                    for (const f of res.files)
                        yield await (0,_images_decode_js__WEBPACK_IMPORTED_MODULE_3__.decodeRgb)(f);
                }
                finally {
                    if (tmp)
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
                }
            },
        };
    }
    if (!o.generator)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`--kind ${o.kind} needs --generator MODEL.onnx`, 'generator');
    const m = await (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .loadModel */ .cm)({ model: o.generator, device: o.device, threads: o.threads, cacheDir: o.cacheDir, log: o.log }, '--generator');
    const model = { source: m.source, sha256: m.sha256 };
    if (o.kind === 'gan') {
        const g = { ...o.gan, seed: o.seed, batchSize: o.batchSize, progress: o.progress };
        return { n: o.n, device: m.device, settings: { ...(0,_gan_js__WEBPACK_IMPORTED_MODULE_7__/* .ganSettings */ .Gg)(g), model, n: o.n }, images: () => namingModel((0,_gan_js__WEBPACK_IMPORTED_MODULE_7__/* .sampleGan */ .$q)(m.session, o.n, g), m.source) };
    }
    if (!o.diffusion)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('--kind diffusion: sampler settings missing');
    const d = { ...o.diffusion, seed: o.seed, batchSize: o.batchSize, progress: o.progress };
    return { n: o.n, device: m.device, settings: { ...(0,_diffusion_js__WEBPACK_IMPORTED_MODULE_6__/* .diffusionSettings */ .J0)(d), model, n: o.n }, images: () => namingModel((0,_diffusion_js__WEBPACK_IMPORTED_MODULE_6__/* .sampleDiffusion */ .eP)(m.session, o.n, d), m.source) };
}
/**
 * The interface checks of gan.ts / diffusion.ts (wrong input types, ranks, output shapes) say "the generator's
 * input 0 ..." without the file: prefix their InputErrors with `--generator FILE` so the message names the model.
 * Option errors (--latent, --num-classes, ...) are prefixed too, which only adds context.
 */
async function* namingModel(images, source) {
    try {
        yield* images;
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d && !err.message.includes(source))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`--generator ${source}: ${err.message}`, err.subject ?? source);
        throw err;
    }
}
/** The samples as one stream (see openSampler for the settings). */
async function* sampleImages(o) {
    const s = await openSampler(o);
    yield* s.images();
}
/**
 * Adapts a sample stream to extractFeatures' (files, decode) interface: files are the names sample_000000.png…,
 * and decode hands out the next sample. extractFeatures calls decode in file order (it keeps a few calls in flight;
 * an async generator queues them), which is all this needs. Sample i's name is checked against the file asked for.
 */
function samplesAsDecoder(images, n) {
    const files = Array.from({ length: n }, (_, i) => (0,_quantize_js__WEBPACK_IMPORTED_MODULE_9__.sampleName)(i));
    let next = 0;
    return {
        files,
        decode: async (file) => {
            const i = next++;
            if (file !== files[i])
                throw new Error(`samplesAsDecoder: asked for ${file} out of order (expected ${files[i]})`);
            const r = await images.next();
            if (r.done)
                throw new Error(`samplesAsDecoder: the sampler ended before ${file}`);
            return { ...r.value, file };
        },
    };
}


/***/ })

};
