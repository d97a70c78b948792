export const id = 840;
export const ids = [840];
export const modules = {

/***/ 77350:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ modelInputFor),
/* harmony export */   prepareModelInput: () => (/* binding */ prepareModelInput),
/* harmony export */   z: () => (/* binding */ cleanInceptionInput)
/* harmony export */ });
/* harmony import */ var _clean_resize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50351);
/* harmony import */ var _encoder_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34467);
/* harmony import */ var _inception_arch_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50785);



/** clean-fid's input: the image resized to 299×299 as float32 0..255 (PIL bicubic per channel, clipped), NHWC. */
const cleanInceptionInput = {
    spec: { kind: 'clean-inception' },
    batchKey: () => '',
    dims: (n) => [n, _inception_arch_js__WEBPACK_IMPORTED_MODULE_2__/* .INCEPTION_INPUT_SIZE */ .jV, _inception_arch_js__WEBPACK_IMPORTED_MODULE_2__/* .INCEPTION_INPUT_SIZE */ .jV, 3],
    write(img, out, offset) {
        out.set((0,_clean_resize_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanResize */ .qX)(img.data, img.width, img.height, _inception_arch_js__WEBPACK_IMPORTED_MODULE_2__/* .INCEPTION_INPUT_SIZE */ .jV, _inception_arch_js__WEBPACK_IMPORTED_MODULE_2__/* .INCEPTION_INPUT_SIZE */ .jV), offset);
    },
};
/** The model input a spec describes (its `spec` is the spec given). */
function modelInputFor(spec) {
    if (spec.kind === 'clean-inception')
        return cleanInceptionInput;
    return { ...(0,_encoder_js__WEBPACK_IMPORTED_MODULE_1__/* .encoderInput */ .xG)(spec.preprocess), spec };
}
/** The inputs built for prepareModelInput, by their spec (a worker sees one or two specs in its life). */
const built = new Map();
/**
 * One image's model input, as the extraction loop would write it into its batch: a float32 array of ∏ dims(1, w, h)
 * values, in a buffer of its own (a decode worker transfers it to the main thread).
 */
function prepareModelInput(img, spec) {
    const key = JSON.stringify(spec);
    let input = built.get(key);
    if (!input) {
        if (built.size >= 8)
            built.clear();
        input = modelInputFor(spec);
        built.set(key, input);
    }
    const out = new Float32Array(input.dims(1, img.width, img.height).reduce((a, b) => a * b, 1));
    input.write(img, out, 0);
    return out;
}


/***/ }),

/***/ 21840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkFiniteSamples: () => (/* binding */ checkFiniteSamples),
  cleanInceptionInput: () => (/* reexport */ model_inputs/* cleanInceptionInput */.z),
  extractFolder: () => (/* binding */ extractFolder),
  extractSamples: () => (/* binding */ extractSamples),
  extractorLoadOptions: () => (/* binding */ extractorLoadOptions),
  listFolder: () => (/* binding */ listFolder),
  listFolderDetailed: () => (/* binding */ listFolderDetailed),
  loadExtractor: () => (/* binding */ loadExtractor),
  omittedNote: () => (/* binding */ omittedNote),
  relativePath: () => (/* binding */ relativePath),
  samplesProtocol: () => (/* binding */ samplesProtocol),
  skippedNote: () => (/* binding */ skippedNote)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "onnxruntime-node"
var external_onnxruntime_node_ = __webpack_require__(43958);
// EXTERNAL MODULE: ./src/images/list.ts
var list = __webpack_require__(72172);
// EXTERNAL MODULE: ./src/util/fs-names.ts
var fs_names = __webpack_require__(89368);
// EXTERNAL MODULE: ./src/images/decode.ts + 2 modules
var images_decode = __webpack_require__(32766);
// EXTERNAL MODULE: ./src/sampling/sample.ts
var sample = __webpack_require__(33767);
// EXTERNAL MODULE: ./src/features/inception.ts + 3 modules
var inception = __webpack_require__(41354);
// EXTERNAL MODULE: ./src/features/session.ts + 1 modules
var session = __webpack_require__(76715);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/features/decode-pool.ts
// Image decoding, and the model's input preparation, on worker threads ahead of the network. Each worker runs
// decodeRgb (src/images/decode.ts, the same function as on the main thread, so the pixels are the same bytes) and,
// when the job names a model input (an InputSpec, sent as plain data: clean-fid's 299×299 float resize, an ONNX
// encoder's resize and normalization), prepareModelInput (model-inputs.ts: the same ModelInput.write the main thread
// would run), and hands back the float32 input — or, without a spec, the decoded pixels — by transferring its
// buffer, without a copy. So with workers the main thread only copies each image's input into the batch tensor and
// runs the network. extractFeatures's decodeAhead keeps the order, the bounded queue and the pixel budgets; the pool
// only changes which thread reads, sniffs, decodes and prepares an image (sharp's native decode runs on libuv's
// thread pool whichever thread asks; file reading, the BMP/Netpbm decoders, the pixel fix-ups and the float resize
// and normalization run on the worker).
//
// The worker is created from a string (Worker with eval: true), never from a file, so that it starts the same way
// under tsx and inside the ncc bundle: it imports the modules that export decodeRgb and prepareModelInput by URL —
// src/images/decode.ts and src/features/model-inputs.ts from source (after registering tsx's loader in the worker),
// or the bundle itself (dist/app/index.js, which exports both; `sharp` resolves from there as it does for the main
// thread). A worker that cannot start or dies leaves its jobs, and every later one, to decodeRgb on the calling
// thread, which then prepares the input itself as without workers; so does an input the worker could not make (it
// hands back the pixels, and the main thread's ModelInput.write fails, or not, as it would without workers).




/** Decode workers at most (sharp's decode itself runs on libuv's pool, UV_THREADPOOL_SIZE threads, 4 by default). */
const MAX_DECODE_WORKERS = 8;
/** Decode workers on a machine with `cores` cores: one per core beyond the main thread's, at least 1, at most
 * MAX_DECODE_WORKERS. */
function decodeWorkerCount(cores = (0,external_node_os_.availableParallelism)()) {
    return Math.max(1, Math.min(MAX_DECODE_WORKERS, cores - 1));
}
/**
 * FID_GATE_DECODE_WORKERS: the number of decode workers (0: decode on the main thread), overriding the default of
 * the device; undefined when unset. A value that is not an integer in [0, 64] is an input error.
 */
function decodeWorkersFromEnv(env = process.env) {
    const v = env.FID_GATE_DECODE_WORKERS?.trim();
    if (!v)
        return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 64)
        throw new errors/* InputError */.d(`FID_GATE_DECODE_WORKERS: expected an integer from 0 to 64, got "${v}"`, 'FID_GATE_DECODE_WORKERS');
    return n;
}
const WORKER_SOURCE = `"use strict";
const { parentPort, workerData } = require('node:worker_threads');
const ready = (workerData.tsx ? import(workerData.tsx).then((t) => t.register()) : Promise.resolve())
  .then(() => Promise.all([import(workerData.module), import(workerData.inputModule)]))
  .then(([m, p]) => {
    if (typeof m.decodeRgb !== 'function') throw new Error(workerData.module + ' does not export decodeRgb');
    if (typeof p.prepareModelInput !== 'function') throw new Error(workerData.inputModule + ' does not export prepareModelInput');
    return [m, p];
  });
ready.catch((e) => parentPort.postMessage({ fatal: String((e && e.stack) || e) }));
const send = (msg, buffer) => { try { parentPort.postMessage(msg, [buffer]); } catch { parentPort.postMessage(msg); } };
parentPort.on('message', (job) => {
  ready.then(([m]) => m.decodeRgb(job.file, { maxPixels: job.maxPixels })).then(async (img) => {
    if (job.input) {
      // the model's input, made by the main thread's own function; if that fails, the pixels go back instead
      const input = await ready.then(([, p]) => p.prepareModelInput(img, job.input)).catch(() => undefined);
      if (input) return send({ id: job.id, width: img.width, height: img.height, input }, input.buffer);
    }
    let data = img.data;
    // a view into a larger buffer is copied into its own (transferring would hand over the neighbours' bytes)
    if (data.byteOffset !== 0 || data.byteLength !== data.buffer.byteLength) data = new Uint8Array(data);
    send({ id: job.id, width: img.width, height: img.height, data }, data.buffer);
  }, (e) => parentPort.postMessage({ id: job.id, error: { name: e && e.name, message: String((e && e.message) || e), subject: e && e.subject, stack: e && e.stack } }));
});
`;
/**
 * The modules exporting decodeRgb (`module`) and prepareModelInput (`inputModule`) for the workers to import, and
 * tsx's loader when running from source.
 */
function workerModules() {
    // URLs made by string, not `new URL('…', import.meta.url)`: the bundler would turn that into an asset of its own
    const here = import.meta.url;
    if (here.endsWith('.ts'))
        return {
            module: here.replace(/[^/]*\/[^/]*$/, 'images/decode.ts'),
            inputModule: here.replace(/[^/]*$/, 'model-inputs.ts'),
            tsx: import.meta.resolve('tsx/esm/api'),
        };
    // inside the bundle: this code lies in dist/app/index.js or in a chunk next to it; index.js exports decodeRgb and
    // prepareModelInput (src/app.ts)
    const index = here.replace(/[^/]*$/, 'index.js');
    return { module: index, inputModule: index };
}
class DecodePool {
    size;
    workers = [];
    nextId = 0;
    broken = false;
    /** Images whose model input a worker made (the others came back as pixels). */
    prepared = 0;
    constructor(size) {
        this.size = size;
    }
    /** Workers running now. */
    get running() {
        return this.workers.length;
    }
    /** Whether a worker failed, so that decodes run on the calling thread. */
    get fellBack() {
        return this.broken;
    }
    decode(file, maxPixels, input) {
        if (this.broken)
            return (0,images_decode.decodeRgb)(file, { maxPixels });
        const w = this.pick();
        if (!w)
            return (0,images_decode.decodeRgb)(file, { maxPixels });
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            w.jobs.set(id, { file, resolve, reject, maxPixels });
            w.worker.ref();
            // the input spec goes as plain data (structured clone)
            w.worker.postMessage(input ? { id, file, maxPixels, input } : { id, file, maxPixels });
        });
    }
    /** The worker with the fewest jobs, starting one while fewer than `size` run. */
    pick() {
        let best = this.workers.reduce((b, w) => (!b || w.jobs.size < b.jobs.size ? w : b), undefined);
        if ((!best || best.jobs.size > 0) && this.workers.length < this.size)
            best = this.start() ?? best;
        return best;
    }
    start() {
        let worker;
        try {
            worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, workerData: workerModules() });
        }
        catch {
            this.broken = true;
            return undefined;
        }
        worker.unref();
        const w = { worker, jobs: new Map() };
        worker.on('message', (m) => {
            if ('fatal' in m) {
                this.fail(w, true, m.fatal);
                return;
            }
            const job = w.jobs.get(m.id);
            if (!job)
                return;
            w.jobs.delete(m.id);
            if (!w.jobs.size)
                worker.unref();
            if ('error' in m)
                job.reject(fromWorker(m.error));
            else if ('input' in m) {
                this.prepared++;
                job.resolve({ width: m.width, height: m.height, input: m.input, file: job.file });
            }
            else
                job.resolve({ width: m.width, height: m.height, data: m.data, file: job.file });
        });
        worker.on('error', (e) => this.fail(w, true, String(e?.message ?? e)));
        worker.on('exit', () => this.fail(w, false));
        this.workers.push(w);
        return w;
    }
    /** A worker that failed (or exited): its jobs are decoded on this thread; after a failure, every later one too. */
    fail(w, broken, why) {
        if (broken && !this.broken) {
            this.broken = true;
            process.stderr.write(`warning: decode workers unavailable (${why?.split('\n')[0]}); decoding on the main thread\n`);
        }
        const i = this.workers.indexOf(w);
        if (i >= 0)
            this.workers.splice(i, 1);
        const jobs = [...w.jobs.values()];
        w.jobs.clear();
        void w.worker.terminate().catch(() => undefined);
        for (const j of jobs)
            (0,images_decode.decodeRgb)(j.file, { maxPixels: j.maxPixels }).then(j.resolve, j.reject);
    }
    /** Stops the workers (idle workers do not keep the process alive; this frees their memory). */
    async close() {
        const ws = this.workers.splice(0);
        for (const w of ws)
            w.worker.removeAllListeners('exit');
        await Promise.all(ws.map((w) => w.worker.terminate()));
    }
}
function fromWorker(e) {
    if (e.name === 'InputError')
        return new errors/* InputError */.d(e.message, e.subject);
    const err = new Error(e.message);
    if (e.stack)
        err.stack = e.stack;
    return err;
}
let shared;
/** The process's decode pool (started lazily, one per process; its workers are reused by later extractions). */
function decodePool(size = decodeWorkerCount()) {
    if (!shared || shared.size !== size) {
        void shared?.close();
        shared = new DecodePool(size);
    }
    return shared;
}

// EXTERNAL MODULE: ./src/util/progress.ts
var progress = __webpack_require__(65365);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(55553);
;// CONCATENATED MODULE: ./src/features/extract.ts
// The extraction pipeline: decode images ahead of the network (sharp works on libuv's pool while ORT runs its own
// threads), batch consecutive images of one size (pytorch-fid needs one size per folder; we accept mixed sizes by
// cutting a batch where the size changes — per-image results are the same, since the model sees each image alone
// along the batch axis), run the model, and report progress. A model with its own input preparation (`input`: e.g.
// clean-fid's float resize, or an ONNX encoder's resize/normalization) gets float32 tensors made in TypeScript.
// What runs where:
//   - without decode workers (decodePrepared not given, FID_GATE_DECODE_WORKERS=0, or a worker that died): the
//     main thread decodes (decodeRgb; sharp's native decode on libuv's pool) and, when a batch is run, makes each
//     image's float32 input (ModelInput.write) in the batch tensor;
//   - with decode workers (decode-pool.ts, through decodePrepared): a worker decodes the image and, for a model
//     input described by plain data (ModelInput.spec), makes its float32 input too, with the same functions
//     (model-inputs.ts); the main thread only copies that into the batch tensor and runs the network.
// Either way the batch tensors hold the same bytes, so the features are the same.




const isPrepared = (img) => 'input' in img;
/**
 * What an image waiting for the network holds, in decoded RGB uint8 pixels (3 bytes each): its pixels, or the bytes
 * of its prepared float32 input over 3 (4 bytes a value: a 299×299×3 clean-fid input counts as 4 × 299 × 299
 * pixels, whatever the size of the image it was made from).
 */
function heldPixels(img) {
    return isPrepared(img) ? img.input.byteLength / 3 : img.width * img.height;
}
/** The batch size used when --batch-size is not given: pytorch-fid's 50 on the CPU, GPU_BATCH_SIZE on a GPU. */
function defaultBatchSize(device) {
    return device === 'cpu' ? defaults/* DEFAULT_BATCH_SIZE */.jg : defaults/* GPU_BATCH_SIZE */._L;
}
const MEMORY_LIMITS = Object.freeze({
    batchPixels: 1 << 25,
    aheadPixels: 1 << 25,
    decodesInFlight: 4,
});
/**
 * Decodes ahead of the network, yielding images in order; with `skip`, a decode InputError is yielded, not thrown.
 * At most `lookahead` images are waiting, at most `inFlight` decodes run at once, and no new decode starts while the
 * decoded images waiting hold more than `aheadPixels` pixels.
 */
async function* decodeAhead(files, lookahead, decode, skip, aheadPixels, inFlight) {
    const pending = [];
    let next = 0;
    let running = 0;
    let held = 0; // pixels of decoded images waiting in `pending` (heldPixels: a prepared input by its bytes)
    const pixelsOf = (d) => (d.img ? heldPixels(d.img) : 0);
    const pump = () => {
        while (next < files.length && pending.length < lookahead && running < inFlight && held <= aheadPixels)
            launch();
    };
    const launch = () => {
        const file = files[next++];
        running++;
        // started on the next microtask, not here: a synchronous decoder (BMP, Netpbm) must not run inside pump's loop
        // before `running` and `held` account for the previous image
        const p = Promise.resolve()
            .then(() => decode(file))
            .then((img) => ({ img, file }), 
        // only input errors (unreadable / undecodable file) are skippable; anything else is a bug and still throws
        (err) => {
            if (skip && err instanceof errors/* InputError */.d)
                return { file, error: err };
            throw err;
        })
            .then((d) => {
            running--;
            held += pixelsOf(d);
            pump();
            return d;
        }, (err) => {
            running--;
            throw err;
        });
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
    const bad = (why) => new errors/* InputError */.d(`${model.name}: output ${name} ${why}`, model.name);
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
/** The largest batch a GPU session ran after refusing a larger one (see runSplitting). */
const batchLimits = new WeakMap();
/** One run of the model on `imgs` (one size); the outputs checked, and a function releasing them. */
async function runOnce(model, imgs) {
    const { width: w, height: h } = imgs[0];
    let tensor;
    if (model.input) {
        const dims = model.input.dims(imgs.length, w, h);
        const size = dims.reduce((a, b) => a * b, 1);
        const per = size / imgs.length;
        const input = new Float32Array(size);
        imgs.forEach((img, i) => {
            if (!isPrepared(img))
                model.input.write(img, input, i * per);
            else if (img.input.length === per)
                input.set(img.input, i * per);
            else
                throw new Error(`${img.file}: a prepared input of ${img.input.length} values, expected ${per}`);
        });
        tensor = new external_onnxruntime_node_.Tensor('float32', input, dims);
    }
    else {
        const per = w * h * 3;
        const input = new Uint8Array(imgs.length * per);
        imgs.forEach((img, i) => {
            if (isPrepared(img))
                throw new Error(`${img.file}: a prepared input for a model that takes the pixels`);
            input.set(img.data, i * per);
        });
        tensor = new external_onnxruntime_node_.Tensor('uint8', input, [imgs.length, h, w, 3]);
    }
    const result = await model.session.run({ [model.inputName]: tensor });
    const outs = {};
    for (const [k, width] of Object.entries(model.outputs))
        outs[k] = checkOutput(model, k, result[k], imgs.length, width, Object.keys(result));
    return {
        outs,
        release: () => {
            for (const t of Object.values(result))
                t.dispose?.();
        },
    };
}
/**
 * Runs a batch; on a GPU, a batch the device refuses (a buffer over the adapter's limits: WebGPU binds each
 * activation whole, up to maxStorageBufferBindingSize) runs again in halves, and later batches of this session
 * in pieces of the size that worked (batchLimit). A single image that fails is an error. Per-image results do not
 * depend on the batch (the model sees each image alone along the batch axis).
 */
async function runSplitting(model, imgs, warn) {
    const limit = batchLimits.get(model.session) ?? Infinity;
    if (imgs.length <= limit) {
        try {
            return await runOnce(model, imgs);
        }
        catch (err) {
            if (model.device === 'cpu' || imgs.length < 2 || err instanceof errors/* InputError */.d)
                throw err;
            const half = Math.ceil(imgs.length / 2);
            if (half < (batchLimits.get(model.session) ?? Infinity)) {
                batchLimits.set(model.session, half);
                warn(`${model.device}: a batch of ${imgs.length} images failed on the device (${String(err?.message ?? err).split('\n')[0]}); running batches of at most ${half}`);
            }
        }
    }
    const step = batchLimits.get(model.session);
    const parts = [];
    for (let i = 0; i < imgs.length; i += step) {
        const r = await runSplitting(model, imgs.slice(i, i + step), warn);
        parts.push(Object.fromEntries(Object.entries(r.outs).map(([k, v]) => [k, v.slice()])));
        r.release();
    }
    const outs = {};
    for (const [k, width] of Object.entries(model.outputs)) {
        outs[k] = new Float32Array(imgs.length * width);
        let at = 0;
        for (const p of parts) {
            outs[k].set(p[k], at);
            at += p[k].length;
        }
    }
    return { outs, release: () => undefined };
}
/** The progress line of an extraction (a function, stderr by default, or none). */
function progressFor(opts, n) {
    const write = typeof opts.progress === 'function'
        ? opts.progress
        : opts.progress === false
            ? undefined
            : (l) => process.stderr.write(l + '\n');
    return write ? new progress/* Progress */.k({ label: opts.label ?? 'features', total: n, write }) : undefined;
}
/**
 * The decoded images ahead of inference, within the options' memory limits; their model inputs already made where
 * the model's input has a spec and the options can prepare it (decodePrepared).
 */
function decodeAheadFor(model, files, opts, batchSize, skip) {
    const spec = model.input?.spec;
    const prepare = opts.decodePrepared;
    return decodeAhead(files, opts.lookahead ?? Math.min(2 * batchSize, 256), spec && prepare ? (f) => prepare(f, spec) : opts.decode, skip, opts.limits?.aheadPixels ?? MEMORY_LIMITS.aheadPixels, Math.max(1, opts.limits?.decodesInFlight ?? MEMORY_LIMITS.decodesInFlight));
}
async function extractFeatures(model, files, opts) {
    for (const [k, w] of Object.entries(model.outputs)) {
        if (!(Number.isInteger(w) && w >= 1))
            throw new errors/* InputError */.d(`${model.name}: output ${k} has ${w} values per image; features need D ≥ 1`, model.name);
    }
    const batchSize = Math.max(1, opts.batchSize ?? defaultBatchSize(model.device));
    const keep = opts.keep ?? true;
    const n = files.length;
    const features = {};
    if (keep)
        for (const [k, w] of Object.entries(model.outputs))
            features[k] = new Float32Array(n * w);
    const progress = progressFor(opts, n);
    const sizes = new Map();
    const t0 = performance.now();
    let row = 0;
    const batchKey = (im) => model.input ? model.input.batchKey(im.width, im.height) : `${im.width}x${im.height}`;
    const warn = opts.warn ?? ((l) => process.stderr.write(l + '\n'));
    let batch = [];
    let batchPixels = 0;
    const flush = async () => {
        if (!batch.length)
            return;
        const { outs, release } = await runSplitting(model, batch, warn);
        if (keep)
            for (const [k, width] of Object.entries(model.outputs))
                features[k].set(outs[k], row * width);
        opts.onBatch?.(outs, batch.length);
        release();
        row += batch.length;
        progress?.tick(batch.length);
        batch = [];
        batchPixels = 0;
    };
    const skip = opts.onBadImage === 'skip';
    const kept = [];
    const skipped = [];
    const maxBatchPixels = opts.limits?.batchPixels ?? MEMORY_LIMITS.batchPixels;
    const ahead = decodeAheadFor(model, files, opts, batchSize, skip);
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
    return {
        files: kept,
        skipped,
        features,
        count: row,
        seconds,
        imagesPerSecond: seconds > 0 ? row / seconds : 0,
        sizes,
    };
}

// EXTERNAL MODULE: ./src/features/cuda-providers.ts
var cuda_providers = __webpack_require__(89451);
// EXTERNAL MODULE: ./src/features/encoder.ts
var encoder = __webpack_require__(34467);
// EXTERNAL MODULE: ./src/features/model-inputs.ts
var model_inputs = __webpack_require__(77350);
// EXTERNAL MODULE: ./src/weights/cache.ts
var cache = __webpack_require__(40495);
// EXTERNAL MODULE: ./src/features/inception-arch.ts
var inception_arch = __webpack_require__(50785);
// EXTERNAL MODULE: ./src/util/first-non-finite.ts
var first_non_finite = __webpack_require__(41762);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/pipeline.ts
// The shared pipeline behind the CLI and the Action: list a folder, load the extractor, extract features.




















function sessionFor(model, opts, cacheDir) {
    return (0,session/* createSession */.jw)(model, {
        device: opts.device ?? 'auto',
        threads: opts.threads,
        log: opts.log,
        prepareCuda: async () => {
            if (!(0,cuda_providers/* hasNvidiaGpu */.i1)())
                return false;
            await (0,cuda_providers/* ensureCudaProviders */.ef)({ cacheDir, log: opts.log });
            return true;
        },
    });
}
/** The options loadExtractor reads, taken from a command's or compare's wider options, with `log` for its lines. */
function extractorLoadOptions(o, log) {
    const { weights, resize, encoder, cacheDir, device, threads } = o;
    return { weights, resize, encoder, cacheDir, device, threads, log };
}
async function loadExtractor(opts) {
    const cacheDir = opts.cacheDir ?? (0,cache/* defaultCacheDir */.$g)();
    if (opts.encoder)
        return loadOnnxEncoder(opts.encoder, opts, cacheDir);
    const resize = opts.resize ?? 'legacy-pytorch';
    const bytes = await (0,inception/* loadInceptionModel */.pC)({ weights: opts.weights, cacheDir, log: opts.log, resize });
    // bytes.warning (synthetic weights) is not logged here: each caller shows it once, where its user looks (stats and
    // compare on stdout, the Action as a warning annotation)
    const { session, device, adapter } = await sessionFor(bytes.onnx, opts, cacheDir).catch((err) => {
        throw err instanceof errors/* InputError */.d || bytes.weights !== 'custom-onnx'
            ? err
            : new errors/* InputError */.d(`--weights ${bytes.source}: onnxruntime cannot load the model (${err.message.split('\n')[0]})`, bytes.source);
    });
    return {
        bytes,
        kind: 'inception',
        featureOutput: 'pool3',
        logitsOutput: 'logits',
        dim: inception_arch/* POOL3_DIM */.vf,
        model: {
            name: inception/* INCEPTION_EXTRACTOR */.hz,
            session,
            device,
            adapter,
            inputName: 'images',
            outputs: { pool3: inception_arch/* POOL3_DIM */.vf, logits: inception_arch/* LOGITS_DIM */.S6 },
            ...(resize === 'clean' ? { input: model_inputs/* cleanInceptionInput */.z } : {}),
        },
        protocol: {
            extractor: inception/* INCEPTION_EXTRACTOR */.hz,
            weights: bytes.weights,
            weightsSha256: bytes.weightsSha256,
            resize,
            quantization: 'png-uint8',
            fidGateVersion: version/* VERSION */.x,
        },
    };
}
const shapeText = (dims) => `[${dims.join(', ')}]`;
/** Checks the encoder's one image input against the preprocessing (type, rank, fixed sizes). */
function checkEncoderInput(session, spec, what) {
    if (session.inputNames.length !== 1) {
        throw new errors/* InputError */.d(`${what}: the model has ${session.inputNames.length} inputs (${session.inputNames.join(', ')}); expected one image input`, spec.path);
    }
    const meta = session.inputMetadata?.[0];
    const p = spec.preprocess;
    if (meta?.isTensor) {
        if (meta.type !== 'float32')
            throw new errors/* InputError */.d(`${what}: its input ${meta.name} is ${meta.type}; fid-gate feeds float32 images`, spec.path);
        const want = p.layout === 'nchw' ? [0, 3, p.height, p.width] : [0, p.height, p.width, 3];
        if (meta.shape.length && typeof meta.shape[0] === 'number' && meta.shape[0] > 0) {
            throw new errors/* InputError */.d(`${what}: its input ${meta.name} has a fixed batch size (shape ${shapeText(meta.shape)}); export it with a dynamic batch axis (torch.onnx.export(..., dynamic_axes={"${meta.name}": {0: "N"}, ...}))`, spec.path);
        }
        if (meta.shape.length) {
            const bad = meta.shape.length !== 4 || meta.shape.some((d, i) => i > 0 && typeof d === 'number' && d > 0 && d !== want[i]);
            if (bad) {
                throw new errors/* InputError */.d(`${what}: its input ${meta.name} has shape ${shapeText(meta.shape)}, but the ${p.preset} preprocessing makes ` +
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
        throw new errors/* InputError */.d(`${what}: no output named "${name}" (outputs: ${names.join(', ')})`, spec.path);
    const meta = session.outputMetadata?.[names.indexOf(name)];
    const notTwoD = (shape) => new errors/* InputError */.d(`${what}: output ${name} has shape ${shapeText(shape)}; features must be 2-D [N, D] (pick another output with --encoder-output, or export the pooled embedding)`, spec.path);
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
    const r = await session.run({ [inputName]: new external_onnxruntime_node_.Tensor('float32', x, dims) }, [name]);
    const t = r[name];
    if (t.dims.length !== 2 || t.dims[0] !== 1)
        throw notTwoD(t.dims);
    return { name, dim: t.dims[1] };
}
async function loadOnnxEncoder(spec, opts, cacheDir) {
    const what = `--encoder ${spec.path}`;
    if (opts.weights?.trim())
        throw new errors/* InputError */.d(`--weights is for the Inception network; with ${what} leave it out`, 'weights');
    if (opts.resize && opts.resize !== 'legacy-pytorch') {
        throw new errors/* InputError */.d(`--resize ${opts.resize} is for the Inception network; an ONNX encoder's resize comes from --encoder-preset`, 'resize');
    }
    if (!(0,external_node_fs_.existsSync)(spec.path) || !(0,external_node_fs_.statSync)(spec.path).isFile())
        throw new errors/* InputError */.d(`${what}: no such file`, spec.path);
    const hash = await (0,encoder/* sha256OfFile */.Vq)(spec.path);
    let created;
    try {
        created = await sessionFor(spec.path, opts, cacheDir);
    }
    catch (err) {
        if (err instanceof errors/* InputError */.d)
            throw err;
        throw new errors/* InputError */.d(`${what}: onnxruntime cannot load it (${err.message.split('\n')[0]})`, spec.path);
    }
    const { session, device, adapter } = created;
    const inputName = checkEncoderInput(session, spec, what);
    const input = (0,model_inputs/* modelInputFor */.L)({ kind: 'encoder', preprocess: spec.preprocess });
    const out = await encoderOutput(session, spec, inputName, input, what);
    const base = external_node_path_default().basename(spec.path);
    opts.log?.(`encoder: ${base} (sha256 ${hash.slice(0, 12)}), output ${out.name}, D = ${out.dim}, ${(0,encoder/* describePreprocess */.yB)(spec.preprocess, out.name)}`);
    return {
        bytes: { weights: 'onnx-encoder', weightsSha256: hash, source: spec.path },
        kind: 'onnx',
        featureOutput: out.name,
        dim: out.dim,
        model: { name: `onnx:${base}`, session, device, adapter, inputName, outputs: { [out.name]: out.dim }, input },
        protocol: {
            extractor: `onnx:${base}`,
            weights: 'onnx-encoder',
            weightsSha256: hash,
            resize: (0,encoder/* describePreprocess */.yB)(spec.preprocess, out.name),
            quantization: 'png-uint8',
            fidGateVersion: version/* VERSION */.x,
        },
    };
}
/** Lists a folder's images (sorted), failing early with a clear message when there are none. */
function listFolder(folder, recursive = false) {
    return (0,list.listImages)(folder, { recursive });
}
/** listFolder, with the entries left out (dangling symlinks, loops, paths too long) for the report's notes. */
async function listFolderDetailed(folder, recursive = false) {
    const omitted = [];
    const files = await (0,list.listImages)(folder, {
        recursive,
        onOmitted: (o) => {
            omitted.push(o);
            process.stderr.write(`warning: ${(0,fs_names/* printableName */.Nt)(o.path)} left out of the listing: ${o.reason}\n`);
        },
    });
    return { files, omitted };
}
/** How many names a note lists before "and N more". */
const NOTE_NAMES = 3;
/** `file`'s path relative to `folder`, with '/' separators (the .npz `files` list, the listing digest). */
const relativePath = (folder, file) => external_node_path_default().relative(folder, file).split((external_node_path_default()).sep).join('/');
const relativeName = (folder, file) => (0,fs_names/* printableName */.Nt)(relativePath(folder, file));
/**
 * One report line for entries left out of a folder's listing (they look like images but cannot be opened), naming
 * the first few and why; undefined when none were.
 */
function omittedNote(source, omitted, folder = source) {
    if (!omitted.length)
        return undefined;
    const names = omitted.slice(0, NOTE_NAMES).map((o) => `${relativeName(folder, o.path)} (${o.reason})`);
    const more = omitted.length > NOTE_NAMES ? `, and ${omitted.length - NOTE_NAMES} more` : '';
    return `${source}: ${omitted.length} entr${omitted.length === 1 ? 'y' : 'ies'} left out of the listing (cannot be opened): ${names.join(', ')}${more}`;
}
async function extractFolder(ex, folder, opts = {}) {
    (0,images_decode.configureSharp)();
    const files = opts.files ?? (await (0,list.listImages)(folder, { recursive: opts.recursive }));
    // decoding on worker threads keeps a GPU fed; on the CPU, ORT's threads already use every core
    const workers = opts.decodeWorkers ?? decodeWorkersFromEnv() ?? (ex.model.device === 'cpu' ? 0 : decodeWorkerCount());
    const pool = workers > 0 ? decodePool(workers) : undefined;
    const result = await extractFeatures(ex.model, files, {
        batchSize: opts.batchSize,
        // maxPixels: the decompression-bomb guard (--max-pixels); undefined = decode.ts's default (2 × Pillow's limit)
        decode: pool ? (f) => pool.decode(f, opts.maxPixels) : (f) => (0,images_decode.decodeRgb)(f, { maxPixels: opts.maxPixels }),
        // with decode workers, a model input made in TypeScript is made on the workers too
        decodePrepared: pool ? (f, input) => pool.decode(f, opts.maxPixels, input) : undefined,
        // with decode workers, two decodes in flight per worker (each worker's next file waits in its queue)
        limits: pool ? { decodesInFlight: 2 * pool.size } : undefined,
        progress: opts.progress,
        label: opts.label ?? `features ${folder}`,
        // --on-bad-image skip: undecodable images are left out (result.files / result.skipped say which)
        onBadImage: opts.onBadImage,
        warn: opts.warn,
    });
    checkFiniteOutputs(ex, result);
    // relativeFiles follows result.files (the kept images), so the .npz `files` list matches the feature rows
    return {
        ...result,
        folder,
        relativeFiles: result.files.map((f) => relativePath(folder, f)),
    };
}
/** One report line for images left out by on-bad-image: skip, naming the first few; undefined when none were. */
function skippedNote(source, skipped, folder = source) {
    if (!skipped.length)
        return undefined;
    const names = skipped.slice(0, NOTE_NAMES).map((s) => relativeName(folder, s.file));
    const more = skipped.length > NOTE_NAMES ? `, and ${skipped.length - NOTE_NAMES} more` : '';
    return `${source}: ${skipped.length} image(s) skipped because they could not be decoded (on-bad-image: skip): ${names.join(', ')}${more}`;
}
/**
 * A sampler's images through the extractor, in memory (no image file is written): their features, checked finite
 * (checkFiniteSamples; `first` is the global index of the first sample), and logits. The sampler's settings name the
 * samples' quantization (samplesProtocol).
 */
async function extractSamples(ex, images, n, o) {
    (0,images_decode.configureSharp)();
    const { files, decode } = (0,sample.samplesAsDecoder)(images, n);
    const r = await extractFeatures(ex.model, files, {
        batchSize: o.batchSize,
        decode,
        progress: o.progress,
        label: o.label,
    });
    const features = r.features[ex.featureOutput];
    checkFiniteSamples(ex, features, o.first);
    const logits = ex.logitsOutput ? r.features[ex.logitsOutput] : undefined;
    return { files, features, logits, count: r.count, imagesPerSecond: r.imagesPerSecond };
}
/** The protocol of samples: the extractor's, with the quantization the sampler's settings name (else the extractor's)
 * and the settings themselves. */
function samplesProtocol(ex, settings) {
    const quantization = typeof settings.quantization === 'string' ? settings.quantization : ex.protocol.quantization;
    return { ...ex.protocol, quantization, sampling: settings };
}
/**
 * checkFiniteOutputs for sampled images, which have no file: the first non-finite feature names its sample by its
 * global index (`first` is the index of features' first row).
 */
function checkFiniteSamples(ex, features, first = 0) {
    const i = (0,first_non_finite/* firstNonFinite */.J)(features);
    if (i >= 0)
        throw new errors/* InputError */.d(`${ex.model.name}: output ${ex.featureOutput} is NaN or Inf for sample ${first + Math.floor(i / ex.dim)}: the model or its weights are broken`);
}
/**
 * A broken model (bad weights, an encoder exported wrongly) can output NaN or Inf; the statistics would then silently
 * be NaN. Refuse it here, naming the model, the output and the first image concerned.
 */
function checkFiniteOutputs(ex, r) {
    for (const [name, data] of Object.entries(r.features)) {
        const width = r.count ? data.length / r.count : 0;
        const i = (0,first_non_finite/* firstNonFinite */.J)(data);
        if (i >= 0) {
            const file = r.files[Math.floor(i / width)] ?? '?';
            throw new errors/* InputError */.d(`${ex.model.name}: output ${name} is NaN or Inf for ${(0,fs_names/* printableName */.Nt)(file)}: the model or its weights are broken`, file);
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
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TERM',
    'TMPDIR',
    'TMP',
    'TEMP',
    'CUDA_VISIBLE_DEVICES',
    'CUDA_HOME',
    'CUDA_PATH',
    'LD_LIBRARY_PATH',
    'VIRTUAL_ENV',
    'HF_HOME',
    'TORCH_HOME',
    'XDG_CACHE_HOME',
    'OMP_NUM_THREADS',
    'MKL_NUM_THREADS',
    // Windows: cmd.exe and Python need these
    'SYSTEMROOT',
    'SystemRoot',
    'COMSPEC',
    'ComSpec',
    'PATHEXT',
    'WINDIR',
    'windir',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
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
/** Forwards a child's output to the log line by line, with a prefix, keeping its last 20 lines for an error message. */
function lineForwarder(log, prefix) {
    const tail = [];
    const emit = (line) => {
        const l = line.replace(/\r$/, '');
        tail.push(l);
        if (tail.length > 20)
            tail.shift();
        log(prefix + l);
    };
    const follow = (stream) => {
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
        stream.on('end', () => {
            if (buf)
                emit(buf);
            buf = '';
        });
    };
    return { follow, tail };
}
/** The child's exit; background children that keep its pipes open are killed 2 s after it exits. */
function childExit(child, kill) {
    return new Promise((resolve, reject) => {
        let exited;
        let orphanTimer;
        child.on('error', (err) => reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command: cannot start the shell (${err.message})`, 'command')));
        child.on('exit', (c, s) => {
            exited = { code: c, signal: s };
            // Background children that keep the pipes open would hold 'close' back forever: stop them.
            orphanTimer = setTimeout(() => {
                kill('SIGKILL');
                resolve(exited);
            }, 2000);
        });
        child.on('close', (c, s) => {
            clearTimeout(orphanTimer);
            resolve(exited ?? { code: c, signal: s });
        });
    });
}
/** SIGTERM after the timeout, SIGKILL after the grace period; `stop` disarms both, `timedOut` says whether it fired. */
function armTimeout(o, log, prefix, kill) {
    const state = { timedOut: false, stop: () => { } };
    let killTimer;
    const timer = setTimeout(() => {
        state.timedOut = true;
        log(`${prefix}timeout after ${o.timeoutSeconds ?? 3600}s: sending SIGTERM`);
        kill('SIGTERM');
        killTimer = setTimeout(() => {
            log(`${prefix}still running: sending SIGKILL`);
            kill('SIGKILL');
        }, o.killGraceMs ?? 10000);
    }, (o.timeoutSeconds ?? 3600) * 1000);
    state.stop = () => {
        clearTimeout(timer);
        clearTimeout(killTimer);
    };
    return state;
}
/** Runs the user's sampler command in its own process group with an allow-listed environment. */
function startSampler(o, cmd) {
    const win = process.platform === 'win32';
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(win ? 'cmd.exe' : '/bin/sh', win ? ['/d', '/s', '/c', cmd] : ['-c', cmd], {
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: !win,
        windowsVerbatimArguments: win,
        env: {
            ...samplerEnvironment(process.env),
            ...o.env,
            FID_GATE_OUT: o.out,
            FID_GATE_N: String(o.n),
            FID_GATE_SEED: String(o.seed),
        },
    });
    const kill = (sig) => {
        try {
            if (!win && child.pid)
                process.kill(-child.pid, sig);
            else
                child.kill(sig);
        }
        catch {
            /* already gone */
        }
    };
    return { child, kill };
}
async function runSamplerCommand(o) {
    if (!o.command.trim())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('--command: empty command', 'command');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(o.out, { recursive: true });
    const cmd = expandCommand(o.command, o);
    const prefix = o.prefix ?? '[sampler] ';
    const log = o.log ?? ((l) => process.stderr.write(l + '\n'));
    const t0 = performance.now();
    const { child, kill } = startSampler(o, cmd);
    const { follow, tail } = lineForwarder(log, prefix);
    follow(child.stdout);
    follow(child.stderr);
    const timeout = armTimeout(o, log, prefix, kill);
    const { code, signal } = await childExit(child, kill);
    timeout.stop();
    const seconds = (performance.now() - t0) / 1000;
    const quoted = tail.length ? `; its last lines:\n${tail.map((l) => '  ' + l).join('\n')}` : ' (it printed nothing)';
    if (timeout.timedOut)
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
    return {
        z: z.name,
        zRank: rank,
        latent,
        labels: y?.name,
        labelsType: y?.type,
        output: session.outputNames[0],
    };
}
function ganSettings(o) {
    return {
        kind: 'gan',
        zDist: o.zDist ?? 'normal',
        outputRange: [...(o.outputRange ?? [-1, 1])],
        ...(o.numClasses !== undefined ? { numClasses: o.numClasses } : {}),
        ...(o.classLabel !== undefined ? { classLabel: o.classLabel } : {}),
        seed: o.seed,
        rng: 'philox4x32-10 + box-muller (float64)',
        quantization: 'torchvision save_image (round half up, clip)',
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
    const progress = o.progress
        ? new _util_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .Progress */ .k({ label: `sampling ${n} images`, total: n, write: o.progress })
        : undefined;
    for (let start = 0; start < n; start += B) {
        const b = Math.min(B, n - start);
        const z = new Float32Array(b * Z);
        for (let k = 0; k < b; k++)
            z.set(latentFor(o.seed, first + start + k, Z, o.zDist), k * Z);
        const feeds = {
            [io.z]: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float32', z, io.zRank === 2 ? [b, Z] : [b, Z, 1, 1]),
        };
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
//     const sampler = await openSampler({ kind: 'diffusion', generator: 'model.onnx', n: 10000, seed: 0, diffusion:
// {...} });
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
            settings: {
                kind: 'command',
                command: c.command,
                seed: o.seed,
                n: o.n,
                quantization: 'as written by the command',
            },
            async *images() {
                const tmp = c.out ? undefined : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'fid-gate-samples-'));
                try {
                    const res = await (0,_command_js__WEBPACK_IMPORTED_MODULE_8__.runSamplerCommand)({
                        command: c.command,
                        n: o.n,
                        seed: o.seed,
                        out: c.out ?? tmp,
                        timeoutSeconds: c.timeoutSeconds,
                        killGraceMs: c.killGraceMs,
                        log: o.log,
                    });
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
        return {
            n: o.n,
            device: m.device,
            settings: { ...(0,_gan_js__WEBPACK_IMPORTED_MODULE_7__/* .ganSettings */ .Gg)(g), model, n: o.n },
            images: () => namingModel((0,_gan_js__WEBPACK_IMPORTED_MODULE_7__/* .sampleGan */ .$q)(m.session, o.n, g), m.source),
        };
    }
    if (!o.diffusion)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('--kind diffusion: sampler settings missing');
    const d = { ...o.diffusion, seed: o.seed, batchSize: o.batchSize, progress: o.progress };
    return {
        n: o.n,
        device: m.device,
        settings: { ...(0,_diffusion_js__WEBPACK_IMPORTED_MODULE_6__/* .diffusionSettings */ .J0)(d), model, n: o.n },
        images: () => namingModel((0,_diffusion_js__WEBPACK_IMPORTED_MODULE_6__/* .sampleDiffusion */ .eP)(m.session, o.n, d), m.source),
    };
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
