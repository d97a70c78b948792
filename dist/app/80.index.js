export const id = 80;
export const ids = [80,172];
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


/***/ })

};
