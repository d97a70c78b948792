export const id = 978;
export const ids = [978,639,172];
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

/***/ 79978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   computeElbo: () => (/* binding */ computeElbo),
/* harmony export */   elboGroup: () => (/* binding */ elboGroup),
/* harmony export */   estimateFolderElbo: () => (/* binding */ estimateFolderElbo)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _metric_def_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10307);
/* harmony import */ var _images_decode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32766);
/* harmony import */ var _images_list_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(72172);
/* harmony import */ var _sampling_elbo_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(96639);
/* harmony import */ var _sampling_model_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5352);
// elbo-bpd: the diffusion ELBO in bits/dim of a denoiser over held-out real images (sampling/elbo.ts).







/**
 * The ELBO of a diffusion denoiser over a folder of held-out images: the one route for compare's `elbo` option and
 * for `fid-gate elbo`. `denoiserName` names the model in errors ('--denoiser' for `fid-gate elbo`).
 */
async function estimateFolderElbo(e, o = {}, denoiserName = 'ELBO denoiser') {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(e.images) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(e.images).isDirectory())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`ELBO images ${e.images}: no such folder`, e.images);
    (0,_images_decode_js__WEBPACK_IMPORTED_MODULE_3__.configureSharp)();
    let files = await (0,_images_list_js__WEBPACK_IMPORTED_MODULE_4__.listImages)(e.images, { recursive: e.recursive });
    if (e.limit !== undefined)
        files = files.slice(0, e.limit);
    const model = await (0,_sampling_model_js__WEBPACK_IMPORTED_MODULE_6__/* .loadModel */ .cm)({ model: e.denoiser, device: o.device, threads: o.threads, cacheDir: o.cacheDir, log: o.log }, denoiserName);
    async function* images() {
        for (const f of files)
            yield await (0,_images_decode_js__WEBPACK_IMPORTED_MODULE_3__.decodeRgb)(f);
    }
    const { denoiser: _d, images: _i, recursive: _r, limit: _l, ...settings } = e;
    const progress = typeof o.progress === 'function' ? o.progress : o.progress === true ? (l) => o.log?.(l) : false;
    const result = await (0,_sampling_elbo_js__WEBPACK_IMPORTED_MODULE_5__.estimateElbo)(model.session, images(), {
        ...settings,
        seed: e.seed ?? o.seed ?? 0,
        progress,
        total: files.length,
        model: model.source,
    });
    return { result, model };
}
/** elbo-bpd as a metric of compare's report. */
async function computeElbo(e, o = {}, denoiserName = 'ELBO denoiser') {
    const { result, model } = await estimateFolderElbo(e, o, denoiserName);
    const m = (0,_sampling_elbo_js__WEBPACK_IMPORTED_MODULE_5__.elboMetric)(result);
    return {
        value: m.value,
        std: m.std,
        better: 'lower',
        details: { ...m.details, model: { source: model.source, sha256: model.sha256 }, imagesFolder: e.images },
    };
}
const elboGroup = (0,_metric_def_js__WEBPACK_IMPORTED_MODULE_2__/* .defineMetricGroup */ .tm)({
    group: 'elbo',
    selectable: false,
    byDefault: false,
    title: 'elbo-bpd',
    needs: { source: 'elbo' },
    computedOnly: 'only computed with held-out images for the ELBO (the elbo-images input, or compare --elbo-images with a diffusion --generator)',
    metrics: [
        {
            name: 'elbo-bpd',
            aliases: ['elbo', 'bpd', 'nll'],
            better: 'lower',
            label: 'ELBO (bits/dim)',
            tableLabel: 'ELBO (bits/dim)',
            domain: _metric_def_js__WEBPACK_IMPORTED_MODULE_2__/* .NON_NEGATIVE */ .IS,
            settings: (d) => `${d.images ?? '?'} images × ${d.draws ?? '?'} draws (± standard error)`,
        },
    ],
    async compute({ settings }) {
        return { 'elbo-bpd': await computeElbo(settings.elbo, settings) };
    },
});


/***/ }),

/***/ 10307:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ UNIT_INTERVAL),
/* harmony export */   IS: () => (/* binding */ NON_NEGATIVE),
/* harmony export */   tm: () => (/* binding */ defineMetricGroup)
/* harmony export */ });
/** [0, ∞): distances, divergences, bits. */
const NON_NEGATIVE = [0, Infinity];
/** [0, 1]: shares and fractions of samples. */
const UNIT_INTERVAL = [0, 1];
/** Declares one metric group (keeps the names as literal types, from which MetricName and MetricGroup derive). */
function defineMetricGroup(d) {
    return d;
}


/***/ }),

/***/ 96639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkElboImage: () => (/* binding */ checkElboImage),
/* harmony export */   decoderVariance: () => (/* binding */ decoderVariance),
/* harmony export */   discretizedGaussianLogLik: () => (/* binding */ discretizedGaussianLogLik),
/* harmony export */   elboMetric: () => (/* binding */ elboMetric),
/* harmony export */   elboSettings: () => (/* binding */ elboSettings),
/* harmony export */   estimateElbo: () => (/* binding */ estimateElbo),
/* harmony export */   gaussianKl: () => (/* binding */ gaussianKl),
/* harmony export */   imageToX0: () => (/* binding */ imageToX0),
/* harmony export */   logNormCdf: () => (/* binding */ logNormCdf),
/* harmony export */   logNormDiff: () => (/* binding */ logNormDiff),
/* harmony export */   normCdf: () => (/* binding */ normCdf)
/* harmony export */ });
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43958);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65365);
/* harmony import */ var _noise_schedule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7681);
/* harmony import */ var _samplers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10764);
/* harmony import */ var _rng_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47264);
/* harmony import */ var _diffusion_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55166);
// The variational bound of a diffusion denoiser on held-out images, in bits per dimension (metric `elbo-bpd`,
// lower is better).
//
// Ho et al. 2020, Eq. 5 (0-indexed steps; on the respaced chain τ_0 < … < τ_{S−1} of noise-schedule.ts, S = T by
// default, which is the bound of the model as trained):
//     L(x_0) = KL(q(x_{τ_{S−1}} | x_0) ‖ N(0, I))                                        (prior term)
//            + Σ_{i=1}^{S−1} E_q KL(q(x_{τ_{i−1}} | x_{τ_i}, x_0) ‖ p(x_{τ_{i−1}} | x_{τ_i}))   (transitions)
//            + E_q[−log p(x_0 | x_{τ_0})]                                                 (decoder)
// - p(x_{τ_{i−1}} | x_{τ_i}) = N(μ̃(x_{τ_i}, x̂_0), σ_p²): the posterior mean with the model's x̂_0 (clipped to
//   [−1, 1] like improved-diffusion's calc_bpd_loop, `clip`), variance β'_i (`variance large`, the default, as
//   for sampling) or β̃'_i (`small`).
//   q(x_{τ_{i−1}} | x_{τ_i}, x_0) = N(μ̃(x_{τ_i}, x_0), β̃'_i). The KL of two Gaussians is closed form.
// - The decoder (Ho et al. 2020 §3.3; as computed by Nichol & Dhariwal's improved-diffusion
//   discretized_gaussian_log_likelihood): the data are 8-bit values rescaled to x = v/127.5 − 1; the decoder gives
//   each value the mass of N(x̂_0, σ_dec²) over [x − 1/255, x + 1/255], with the bins at −1 and 1 extended to ∓∞.
//   σ_dec² = β̃'_1 (the first non-zero posterior variance, improved-diffusion's clipped log-variance; β'_0 when
//   S = 1). Φ is computed exactly here (series and continued fraction in float64), not with the tanh
//   approximation of the improved-diffusion code, and without its 1e-12 floor.
// Monte Carlo: the prior term is exact; the decoder term is evaluated for every image with one noise draw (it
// is the largest single term, ~40% of the bound for 8-bit data at T = 1000: left to a uniform draw over all S
// steps, it would be hit by 1 draw in S, scaled by S, and dominate the variance); the S − 1 transition terms are
// estimated by K draws (`draws`) of the step index i uniform on 1..S−1 (`uniform`, the default: i.i.d.;
// `stratified`: one uniform draw in each of K equal strata, same expectation, lower variance; with K = S − 1 it is
// the exact sum over steps), each with fresh noise ε (x_{τ_i} = √ᾱ x_0 + √(1 − ᾱ) ε):
//     L̂(x_0) = prior + L_0(x_0, ε_0) + ((S − 1)/K)·Σ_k L_{i_k}(x_0, ε_k),   bits/dim = L̂ / (D·ln 2), D = C·H·W
// L̂ is unbiased for L(x_0). The reported value is the mean over images and its standard error the standard
// deviation of the per-image estimates over √(number of images) (images and draws are independent). Cost: K + 1
// model evaluations per image.
// Randomness: rng streams elboTimestep (the draws of image j), elboNoise (step = draw k), elboDecoderNoise.







// ---- the standard normal CDF in float64, with log Φ accurate far into the lower tail ----
const SQRT2 = Math.SQRT2;
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
/** log Φ(x). */
function logNormCdf(x) {
    if (x === Infinity)
        return 0;
    if (x === -Infinity)
        return -Infinity;
    if (x > -3) {
        if (x > 3)
            return Math.log1p(-Math.exp(logNormCdf(-x)));
        return Math.log(normCdfSeries(x));
    }
    // Φ(x) = φ(x)·R(t), t = −x, Mills ratio R(t) = 1/(t + 1/(t + 2/(t + 3/(t + …)))) (modified Lentz).
    const t = -x;
    const tiny = 1e-300;
    let f = t, C = t, Dv = 0;
    for (let n = 1; n < 5000; n++) {
        Dv = t + n * Dv;
        if (Dv === 0)
            Dv = tiny;
        Dv = 1 / Dv;
        C = t + n / C;
        if (C === 0)
            C = tiny;
        const delta = C * Dv;
        f *= delta;
        if (Math.abs(delta - 1) < 1e-16)
            break;
    }
    return -0.5 * x * x - LOG_SQRT_2PI - Math.log(f);
}
/** Φ(x) for |x| ≤ 3 from erf's series with positive terms: erf(z) = 2/√π·e^{−z²}·Σ 2ⁿz^{2n+1}/(2n+1)!!. */
function normCdfSeries(x) {
    const z = Math.abs(x) / SQRT2;
    let term = z, sum = z;
    for (let n = 1; n < 200; n++) {
        term *= (2 * z * z) / (2 * n + 1);
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    const erf = (2 / Math.sqrt(Math.PI)) * Math.exp(-z * z) * sum;
    return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}
function normCdf(x) {
    return Math.exp(logNormCdf(x));
}
/** log(Φ(b) − Φ(a)) for a < b, without cancellation in either tail. */
function logNormDiff(a, b) {
    if (!(b > a))
        return -Infinity;
    if (b <= 0) {
        const lb = logNormCdf(b);
        return lb + Math.log1p(-Math.exp(logNormCdf(a) - lb));
    }
    if (a >= 0)
        return logNormDiff(-b, -a);
    // a < 0 < b: 1 − Φ(a) − Φ(−b), both tails ≤ 1/2
    return Math.log1p(-(normCdf(a) + normCdf(-b)));
}
/**
 * log P(x | mean, sigma) of the discretized Gaussian decoder, for x = v/127.5 − 1 (v = 0..255): the mass of
 * N(mean, sigma²) over [x − 1/255, x + 1/255], with the edge bins open (x = −1: (−∞, x + 1/255]; x = 1:
 * [x − 1/255, ∞)).
 */
function discretizedGaussianLogLik(x, mean, sigma) {
    const lo = x < -0.999 ? -Infinity : (x - 1 / 255 - mean) / sigma;
    const hi = x > 0.999 ? Infinity : (x + 1 / 255 - mean) / sigma;
    if (hi === Infinity)
        return lo === -Infinity ? 0 : logNormCdf(-lo);
    if (lo === -Infinity)
        return logNormCdf(hi);
    return logNormDiff(lo, hi);
}
/** KL(N(m1, v1) ‖ N(m2, v2)) per dimension, nats. */
function gaussianKl(m1, v1, m2, v2) {
    const d = m1 - m2;
    return 0.5 * (Math.log(v2 / v1) + v1 / v2 - 1 + (d * d) / v2);
}
// ---- the estimator ----
/** The decoder's variance σ_dec² (see the header). */
function decoderVariance(r) {
    return r.timesteps.length >= 2 ? r.posteriorVariance[1] : r.betas[0];
}
/** "the denoiser MODEL" (or "the denoiser" when the caller did not name it). */
function theDenoiser(model) {
    return model === undefined ? 'the denoiser' : `the denoiser ${model}`;
}
/**
 * The interface checks of diffusion.ts (inspectDenoiser, checkLabels, outputStride) say "the denoiser's output 0
 * ..." without the file: prefix their InputErrors with `ELBO denoiser MODEL: ` (like sample.ts's namingModel).
 */
function namingDenoiser(model, check) {
    try {
        return check();
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d && (model === undefined || !err.message.includes(model))) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`ELBO denoiser${model === undefined ? '' : ` ${model}`}: ${err.message}`, err.subject ?? model);
        }
        throw err;
    }
}
/** Refuses an image whose H×W differs from the denoiser's input (names the image, its size, the model, the size it
 * takes; channels: imageToX0). */
function checkElboImage(img, io, model) {
    const input = `its input${io.x ? ` ${io.x}` : ''} is [N, ${io.channels}, ${io.height}, ${io.width}]`;
    if (img.width !== io.width || img.height !== io.height) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`ELBO image ${img.file}: ${img.width}×${img.height} pixels (width×height), but ${theDenoiser(model)} takes ${io.width}×${io.height} images (${input}): held-out images must have the model's size (they are not resized)`, img.file);
    }
}
/**
 * x_0 in [−1, 1], CHW, from an 8-bit RGB image (1 channel: the image must be grey, R = G = B; 3 channels: a grey
 * image is used as decoded, grey replicated to R, G, B, like improved-diffusion's `convert("RGB")`).
 */
function imageToX0(img, channels, out, offset, model, inputName) {
    const plane = img.width * img.height;
    for (let p = 0; p < plane; p++) {
        if (channels === 3) {
            for (let c = 0; c < 3; c++)
                out[offset + c * plane + p] = img.data[p * 3 + c] / 127.5 - 1;
        }
        else {
            const v = img.data[p * 3];
            if (img.data[p * 3 + 1] !== v || img.data[p * 3 + 2] !== v) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`ELBO image ${img.file}: ${img.width}×${img.height} pixels in colour, but ${theDenoiser(model)} takes grey images (its input${inputName ? ` ${inputName}` : ''} is [N, 1, ${img.height}, ${img.width}]): give 1-channel (grey) images (colour images are not converted)`, img.file);
            }
            out[offset + p] = v / 127.5 - 1;
        }
    }
}
function elboSettings(o) {
    return {
        metric: 'elbo-bpd',
        schedule: o.schedule,
        trainSteps: o.trainSteps,
        steps: o.steps ?? o.trainSteps,
        timestepSpacing: 'leading: t_i = floor(i*T/S)',
        prediction: o.prediction,
        variance: (o.variance ?? 'large') === 'small' ? 'posterior (beta tilde)' : 'beta',
        clipX0: o.clip ?? true,
        draws: o.draws ?? 16,
        tSampling: o.tSampling ?? 'uniform',
        seed: o.seed,
        decoder: 'discretized Gaussian, exact Phi',
        ...(o.numClasses !== undefined ? { labels: `null label ${o.numClasses}` } : {}),
    };
}
function prepareElbo(session, o) {
    const io = namingDenoiser(o.model, () => (0,_diffusion_js__WEBPACK_IMPORTED_MODULE_5__/* .inspectDenoiser */ .iI)(session, o));
    const label = namingDenoiser(o.model, () => (0,_diffusion_js__WEBPACK_IMPORTED_MODULE_5__/* .checkLabels */ .C)(io, { numClasses: o.numClasses }, 'denoiser'));
    const T = o.trainSteps;
    const S = o.steps ?? T;
    const r = (0,_noise_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .respace */ .gA)((0,_noise_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .makeSchedule */ .mf)(o.schedule, T), (0,_noise_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .spacedTimesteps */ .xc)(T, S));
    const draws = o.draws ?? 16;
    if (!Number.isInteger(draws) || draws < 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`--draws: expected a positive integer, got ${draws}`, 'draws');
    return {
        session,
        o,
        io,
        label,
        r,
        S,
        draws,
        variance: o.variance ?? 'large',
        clip: o.clip ?? true,
        tSampling: o.tSampling ?? 'uniform',
        D: io.channels * io.height * io.width,
        sigmaDec: Math.sqrt(decoderVariance(r)),
        acLast: r.alphasCumprod[S - 1],
    };
}
/** One term of the bound for image k at its step i = steps[k], given the denoiser's estimate xhat of x0 (nats). */
function elboTerm(run, i, x0, xhat, from) {
    const { r, D } = run;
    let L = 0;
    if (i === 0) {
        for (let j = from; j < from + D; j++)
            L -= discretizedGaussianLogLik(x0[j], xhat[j], run.sigmaDec);
        return L;
    }
    const ac = r.alphasCumprod[i], prev = r.alphasCumprodPrev[i], beta = r.betas[i];
    const c1 = (Math.sqrt(prev) * beta) / (1 - ac);
    const vq = r.posteriorVariance[i];
    const vp = run.variance === 'small' ? vq : beta;
    let sq = 0;
    for (let j = from; j < from + D; j++) {
        const e = x0[j] - xhat[j];
        sq += e * e;
    }
    return 0.5 * D * (Math.log(vp / vq) + vq / vp - 1) + (0.5 * c1 * c1 * sq) / vp;
}
/** Runs the model at x_{τ_i} = a x0 + σ ε (i = steps[k], ε from the stream) and adds term i per image to `into`. */
async function evaluateTerms(run, bt, stream, draw, into) {
    const { io, r, D, o } = run;
    const { b, steps, x0 } = bt;
    const xt = new Float64Array(b * D), xhat = new Float64Array(b * D), eps = new Float64Array(b * D);
    for (let k = 0; k < b; k++) {
        const i = steps[k];
        const a = Math.sqrt(r.alphasCumprod[i]), s = Math.sqrt(1 - r.alphasCumprod[i]);
        (0,_rng_js__WEBPACK_IMPORTED_MODULE_4__/* .normals */ .pV)(o.seed, stream, bt.index + k, draw, D, eps, k * D);
        for (let j = k * D; j < (k + 1) * D; j++)
            xt[j] = a * x0[j] + s * eps[j];
    }
    const feeds = {
        [io.x]: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float32', Float32Array.from(xt), [b, io.channels, io.height, io.width]),
        [io.t]: (0,_diffusion_js__WEBPACK_IMPORTED_MODULE_5__/* .timestepTensor */ .Nj)(io.tType, Array.from(steps, (i) => r.timesteps[i])),
    };
    if (run.label !== undefined)
        feeds[io.labels] = (0,_diffusion_js__WEBPACK_IMPORTED_MODULE_5__/* .intTensor */ .FP)(io.labelsType, new Array(b).fill(run.label));
    const result = await run.session.run(feeds);
    const outT = result[io.output];
    const stride = namingDenoiser(o.model, () => (0,_diffusion_js__WEBPACK_IMPORTED_MODULE_5__/* .outputStride */ .xY)(outT, b, io));
    const raw = outT.data;
    for (let k = 0; k < b; k++) {
        const ac = r.alphasCumprod[steps[k]];
        (0,_samplers_js__WEBPACK_IMPORTED_MODULE_3__/* .toX0Eps */ .a7)(o.prediction, raw, k * stride, xt, k * D, D, Math.sqrt(ac), Math.sqrt(1 - ac), run.clip, xhat);
        into[k] += elboTerm(run, steps[k], x0, xhat, k * D);
    }
    for (const t of Object.values(result))
        t.dispose?.();
}
/** The three terms of the bound for one batch of images: prior KL, the decoder once, K draws of the transitions. */
async function elboBatch(run, images, index) {
    const { io, D, S, draws, o } = run;
    const b = images.length;
    const x0 = new Float64Array(b * D);
    images.forEach((img, k) => {
        checkElboImage(img, io, o.model);
        imageToX0(img, io.channels, x0, k * D, o.model, io.x);
    });
    const bt = {
        b,
        index,
        x0,
        prior: new Float64Array(b),
        trans: new Float64Array(b),
        dec: new Float64Array(b),
        steps: new Int32Array(b),
    };
    for (let k = 0; k < b; k++) {
        let s = 0;
        for (let j = 0; j < D; j++)
            s += gaussianKl(Math.sqrt(run.acLast) * x0[k * D + j], 1 - run.acLast, 0, 1);
        bt.prior[k] = s;
    }
    // the decoder term, once per image
    bt.steps.fill(0);
    await evaluateTerms(run, bt, _rng_js__WEBPACK_IMPORTED_MODULE_4__/* .Stream */ .Z6.elboDecoderNoise, 0, bt.dec);
    // the S − 1 transition terms, by K draws of i uniform on 1..S−1
    if (S > 1) {
        for (let d = 0; d < draws; d++) {
            for (let k = 0; k < b; k++) {
                const u = (0,_rng_js__WEBPACK_IMPORTED_MODULE_4__/* .uniforms */ .Sg)(o.seed, _rng_js__WEBPACK_IMPORTED_MODULE_4__/* .Stream */ .Z6.elboTimestep, index + k, d, 1)[0];
                bt.steps[k] =
                    1 + Math.min(S - 2, Math.floor(run.tSampling === 'uniform' ? u * (S - 1) : ((d + u) * (S - 1)) / draws));
            }
            await evaluateTerms(run, bt, _rng_js__WEBPACK_IMPORTED_MODULE_4__/* .Stream */ .Z6.elboNoise, d, bt.trans);
        }
    }
    return bt;
}
async function estimateElbo(session, images, o) {
    const run = prepareElbo(session, o);
    const { D, S, draws } = run;
    const B = Math.max(1, o.batchSize ?? 64);
    const progress = o.progress && o.total
        ? new _util_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .Progress */ .k({ label: `elbo ${o.total} images × ${draws} draws`, total: o.total, write: o.progress })
        : undefined;
    const perImage = [];
    let priorSum = 0, transSum = 0, decSum = 0;
    const norm = D * Math.LN2;
    const scale = (S - 1) / draws;
    let batch = [];
    const flush = async () => {
        if (!batch.length)
            return;
        const bt = await elboBatch(run, batch, perImage.length);
        for (let k = 0; k < bt.b; k++) {
            perImage.push((bt.prior[k] + bt.dec[k] + scale * bt.trans[k]) / norm);
            priorSum += bt.prior[k] / norm;
            transSum += (scale * bt.trans[k]) / norm;
            decSum += bt.dec[k] / norm;
        }
        progress?.tick(bt.b);
        batch = [];
    };
    for await (const img of images) {
        batch.push(img);
        if (batch.length >= B)
            await flush();
    }
    await flush();
    const n = perImage.length;
    if (n < 2)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`elbo: ${n} image(s); the standard error needs at least 2`);
    const mean = perImage.reduce((a, v) => a + v, 0) / n;
    const sampleVar = perImage.reduce((a, v) => a + (v - mean) ** 2, 0) / (n - 1);
    return {
        bpd: mean,
        stderr: Math.sqrt(sampleVar / n),
        images: n,
        draws,
        dims: D,
        steps: S,
        trainSteps: o.trainSteps,
        terms: { prior: priorSum / n, transitions: transSum / n, decoder: decSum / n },
        perImage: Float64Array.from(perImage),
        settings: { ...elboSettings(o), images: n },
    };
}
/** The result as a metrics-report entry (compare maps it into MetricsReport.metrics['elbo-bpd']). */
function elboMetric(r) {
    return {
        name: 'elbo-bpd',
        value: r.bpd,
        std: r.stderr,
        better: 'lower',
        details: { stderr: r.stderr, ...r.settings, dims: r.dims, terms: r.terms },
    };
}


/***/ })

};
