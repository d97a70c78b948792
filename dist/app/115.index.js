export const id = 115;
export const ids = [115];
export const modules = {

/***/ 50351:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   qX: () => (/* binding */ cleanResize),
/* harmony export */   z7: () => (/* binding */ pilBicubicResizeUint8)
/* harmony export */ });
/* unused harmony exports precomputeWindows, pilBicubicResizeFloat */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
// PIL's antialiased separable resampling for float ('F') images, as Pillow 9.4's libImaging/Resample.c does it, in
// TypeScript. This is clean-fid 0.1.35's "clean" resize: each channel of the uint8 image becomes a mode 'F' float32
// image, is resized with Image.BICUBIC and clipped to [0, 255], with no quantization.
//
// What Pillow does, and what is reproduced here operation by operation (so the result is bit-identical up to the
// order of float additions, which is the same):
//   * coefficients (precompute_coeffs), per output pixel, in double: scale = in/out, filterscale = max(scale, 1),
//     support = 2·filterscale (bicubic, a = −0.5), center = (i + 0.5)·scale, window [int(center − support + 0.5),
//     int(center + support + 0.5)) clamped to the image, weights filter((x + xmin − center + 0.5)/filterscale)
//     normalized by their sum (a division per weight, as Pillow does);
//   * a horizontal pass over only the rows the vertical pass reads, then a vertical pass (a pass is skipped when its
//     size does not change), each accumulating Σ pixel·k in double from 0 and storing float32 (the mode 'F'
//     intermediate is float32).

/** Pillow's bicubic kernel with a = −0.5 (support 2). */
function bicubic(x) {
    const a = -0.5;
    if (x < 0)
        x = -x;
    if (x < 1)
        return ((a + 2.0) * x - (a + 3.0)) * x * x + 1;
    if (x < 2)
        return (((x - 5) * x + 8) * x - 4) * a;
    return 0;
}
/** Pillow's precompute_coeffs for the bicubic filter with the box (0, inSize). */
function precomputeWindows(inSize, outSize) {
    const scale = inSize / outSize;
    const filterscale = scale < 1 ? 1 : scale;
    const support = 2.0 * filterscale;
    const ksize = Math.ceil(support) * 2 + 1;
    const start = new Int32Array(outSize);
    const len = new Int32Array(outSize);
    const k = new Float64Array(outSize * ksize);
    const ss = 1.0 / filterscale;
    for (let xx = 0; xx < outSize; xx++) {
        const center = (xx + 0.5) * scale; // in0 = 0: 0 + (xx + 0.5)·scale
        // C's (int) cast truncates toward zero
        let xmin = Math.trunc(center - support + 0.5);
        if (xmin < 0)
            xmin = 0;
        let xmax = Math.trunc(center + support + 0.5);
        if (xmax > inSize)
            xmax = inSize;
        xmax -= xmin;
        const o = xx * ksize;
        let ww = 0;
        for (let x = 0; x < xmax; x++) {
            const w = bicubic((x + xmin - center + 0.5) * ss);
            k[o + x] = w;
            ww += w;
        }
        if (ww !== 0)
            for (let x = 0; x < xmax; x++)
                k[o + x] /= ww;
        start[xx] = xmin;
        len[xx] = xmax;
    }
    return { inSize, outSize, ksize, start, len, k };
}
const plans = new Map();
function planFor(w, h, outW, outH) {
    const key = `${w}x${h}>${outW}x${outH}`;
    let p = plans.get(key);
    if (!p) {
        const horiz = precomputeWindows(w, outW);
        const vert = precomputeWindows(h, outH);
        const yFirst = vert.start[0];
        const yLast = vert.start[outH - 1] + vert.len[outH - 1];
        p = { w, h, outW, outH, horiz, vert, yFirst, yLast };
        if (plans.size > 64)
            plans.clear(); // many distinct sizes: keep the cache bounded
        plans.set(key, p);
    }
    return p;
}
/**
 * Resizes an interleaved image (`channels` channels). The horizontal pass writes float32 rows (Pillow's mode 'F'
 * intermediate); the vertical pass accumulates each output row in float64 taps in Pillow's order (y ascending),
 * which gives the same sums as Pillow's pixel-by-pixel loop while walking memory row by row.
 */
function resizeInterleaved(src, channels, p, out) {
    const { w, h, outW, outH, yFirst } = p;
    const C = channels;
    const needH = outW !== w;
    // the horizontal pass covers only the rows the vertical pass reads (yFirst … yLast)
    const plane = needH ? horizontalPass(src, C, p) : src;
    const rowBase = needH ? yFirst : 0;
    const rowLen = (needH ? outW : w) * C; // = outW·C
    if (outH !== h) {
        verticalPass(plane, rowBase, rowLen, p, out);
    }
    else {
        const base = (0 - rowBase) * rowLen;
        for (let i = 0; i < outH * rowLen; i++)
            out[i] = plane[base + i];
    }
}
/** Pillow's horizontal pass into float32 rows (its mode 'F' intermediate), rows yFirst … yLast − 1 only. */
function horizontalPass(src, C, p) {
    const { w, outW, horiz, yFirst, yLast } = p;
    const rows = yLast - yFirst;
    const tmp = new Float32Array(rows * outW * C);
    const { ksize, start, len, k } = horiz;
    if (C === 3) {
        // two input rows at a time (six independent sums per tap), promoted to float64 once rather than once per tap
        const rowLenIn = w * 3;
        const r2 = new Float64Array(2 * rowLenIn);
        let y = 0;
        for (; y + 1 < rows; y += 2) {
            const rowIn = (y + yFirst) * rowLenIn;
            for (let i = 0; i < 2 * rowLenIn; i++)
                r2[i] = src[rowIn + i];
            let o = y * outW * 3;
            const o2 = outW * 3;
            for (let xx = 0; xx < outW; xx++, o += 3) {
                const n = len[xx], ko = xx * ksize;
                let a0 = 0, a1 = 0, a2 = 0, b0 = 0, b1 = 0, b2 = 0;
                let si = start[xx] * 3;
                for (let x = 0; x < n; x++, si += 3) {
                    const kx = k[ko + x];
                    const sj = si + rowLenIn;
                    a0 += r2[si] * kx;
                    a1 += r2[si + 1] * kx;
                    a2 += r2[si + 2] * kx;
                    b0 += r2[sj] * kx;
                    b1 += r2[sj + 1] * kx;
                    b2 += r2[sj + 2] * kx;
                }
                tmp[o] = a0;
                tmp[o + 1] = a1;
                tmp[o + 2] = a2; // float32 stores
                tmp[o + o2] = b0;
                tmp[o + o2 + 1] = b1;
                tmp[o + o2 + 2] = b2;
            }
        }
        for (; y < rows; y++) {
            const rowIn = (y + yFirst) * rowLenIn;
            for (let i = 0; i < rowLenIn; i++)
                r2[i] = src[rowIn + i];
            let o = y * outW * 3;
            for (let xx = 0; xx < outW; xx++, o += 3) {
                const n = len[xx], ko = xx * ksize;
                let a0 = 0, a1 = 0, a2 = 0;
                let si = start[xx] * 3;
                for (let x = 0; x < n; x++, si += 3) {
                    const kx = k[ko + x];
                    a0 += r2[si] * kx;
                    a1 += r2[si + 1] * kx;
                    a2 += r2[si + 2] * kx;
                }
                tmp[o] = a0;
                tmp[o + 1] = a1;
                tmp[o + 2] = a2;
            }
        }
    }
    else {
        for (let y = 0; y < rows; y++) {
            const rowIn = (y + yFirst) * w;
            for (let xx = 0; xx < outW; xx++) {
                const n = len[xx], ko = xx * ksize;
                for (let c = 0; c < C; c++) {
                    let acc = 0;
                    let si = (rowIn + start[xx]) * C + c;
                    for (let x = 0; x < n; x++, si += C)
                        acc += src[si] * k[ko + x];
                    tmp[(y * outW + xx) * C + c] = acc;
                }
            }
        }
    }
    return tmp;
}
/** Pillow's vertical pass: each output row accumulates its taps in float64 in Pillow's order (y ascending). */
function verticalPass(plane, rowBase, rowLen, p, out) {
    const { outH, vert } = p;
    const { ksize, start, len, k } = vert;
    for (let yy = 0; yy < outH; yy++) {
        const n = len[yy], ko = yy * ksize;
        const base = (start[yy] - rowBase) * rowLen;
        const o = yy * rowLen;
        // each output value sums its taps in Pillow's order (y ascending) in a register; values are independent
        let i = 0;
        for (; i + 3 < rowLen; i += 4) {
            let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
            for (let y = 0, si = base + i; y < n; y++, si += rowLen) {
                const ky = k[ko + y];
                a0 += plane[si] * ky;
                a1 += plane[si + 1] * ky;
                a2 += plane[si + 2] * ky;
                a3 += plane[si + 3] * ky;
            }
            out[o + i] = a0;
            out[o + i + 1] = a1;
            out[o + i + 2] = a2;
            out[o + i + 3] = a3; // float32 stores, as Pillow's
        }
        for (; i < rowLen; i++) {
            let acc = 0;
            for (let y = 0, si = base + i; y < n; y++, si += rowLen)
                acc += plane[si] * k[ko + y];
            out[o + i] = acc;
        }
    }
}
function checkSize(w, h, what) {
    if (!Number.isInteger(w) || !Number.isInteger(h) || w < 1 || h < 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what}: invalid size ${w}x${h}`);
}
/**
 * Resizes an interleaved image (HWC, `channels` channels, any numeric typed array) channel by channel with PIL's
 * float BICUBIC resampling. Returns float32 HWC, not clipped.
 */
function pilBicubicResizeFloat(src, w, h, channels, outW, outH) {
    checkSize(w, h, 'resize input');
    checkSize(outW, outH, 'resize output');
    if (src.length !== w * h * channels)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`resize: ${src.length} values for ${w}x${h}x${channels}`);
    const p = planFor(w, h, outW, outH);
    const out = new Float32Array(outW * outH * channels);
    resizeInterleaved(src, channels, p, out);
    return out;
}
/**
 * clean-fid's "clean" resize: RGB uint8 HWC (w×h) → float32 HWC (outW×outH) in 0..255 — each channel resized as a
 * PIL mode 'F' image with Image.BICUBIC, then clipped to [0, 255].
 */
function cleanResize(rgb, w, h, outW = 299, outH = 299) {
    const out = pilBicubicResizeFloat(rgb, w, h, 3, outW, outH);
    for (let i = 0; i < out.length; i++) {
        const v = out[i];
        out[i] = v < 0 ? 0 : v > 255 ? 255 : v;
    }
    return out;
}
/** Pillow's normalize_coeffs_8bpc: weights as fixed point with 22 fractional bits, rounded half away from zero. */
function fixedPoint(k) {
    const out = new Int32Array(k.length);
    const one = 1 << PRECISION_BITS;
    for (let i = 0; i < k.length; i++)
        out[i] = k[i] < 0 ? Math.trunc(-0.5 + k[i] * one) : Math.trunc(0.5 + k[i] * one);
    return out;
}
const PRECISION_BITS = 32 - 8 - 2;
const HALF = 1 << (PRECISION_BITS - 1);
/** Pillow's clip8: the sum's integer part (arithmetic shift), clamped to 0..255. */
function clip8(ss) {
    const v = ss >> PRECISION_BITS;
    return v < 0 ? 0 : v > 255 ? 255 : v;
}
/**
 * PIL's Image.resize(..., BICUBIC) of an 8-bit image (mode RGB or L): what torchvision's Resize does to a PIL image.
 * Fixed-point weights (22 fractional bits), each pass rounded and clipped to uint8 (the intermediate image is uint8
 * too). Interleaved HWC, `channels` channels.
 */
function pilBicubicResizeUint8(src, w, h, channels, outW, outH) {
    checkSize(w, h, 'resize input');
    checkSize(outW, outH, 'resize output');
    if (src.length !== w * h * channels)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`resize: ${src.length} values for ${w}x${h}x${channels}`);
    const p = planFor(w, h, outW, outH);
    const C = channels;
    const needH = outW !== w;
    const needV = outH !== h;
    let plane = src;
    let planeW = w;
    let rowBase = 0;
    if (needH) {
        const k = (p.horizInt ??= fixedPoint(p.horiz.k));
        const { ksize, start, len } = p.horiz;
        const rows = p.yLast - p.yFirst;
        const tmp = new Uint8Array(rows * outW * C);
        for (let y = 0; y < rows; y++) {
            const rowIn = (y + p.yFirst) * w * C;
            for (let xx = 0; xx < outW; xx++) {
                const n = len[xx], ko = xx * ksize;
                const o = (y * outW + xx) * C;
                if (C === 3) {
                    let s0 = HALF, s1 = HALF, s2 = HALF;
                    for (let x = 0, si = rowIn + start[xx] * 3; x < n; x++, si += 3) {
                        const kx = k[ko + x];
                        s0 += src[si] * kx;
                        s1 += src[si + 1] * kx;
                        s2 += src[si + 2] * kx;
                    }
                    tmp[o] = clip8(s0);
                    tmp[o + 1] = clip8(s1);
                    tmp[o + 2] = clip8(s2);
                }
                else {
                    for (let c = 0; c < C; c++) {
                        let ss = HALF;
                        for (let x = 0, si = rowIn + start[xx] * C + c; x < n; x++, si += C)
                            ss += src[si] * k[ko + x];
                        tmp[o + c] = clip8(ss);
                    }
                }
            }
        }
        plane = tmp;
        planeW = outW;
        rowBase = p.yFirst;
    }
    const rowLen = planeW * C;
    if (!needV)
        return needH ? plane : Uint8Array.from(src);
    const k = (p.vertInt ??= fixedPoint(p.vert.k));
    const { ksize, start, len } = p.vert;
    const out = new Uint8Array(outH * rowLen);
    for (let yy = 0; yy < outH; yy++) {
        const n = len[yy], ko = yy * ksize;
        const base = (start[yy] - rowBase) * rowLen;
        const o = yy * rowLen;
        let i = 0;
        for (; i + 3 < rowLen; i += 4) {
            let s0 = HALF, s1 = HALF, s2 = HALF, s3 = HALF;
            for (let y = 0, si = base + i; y < n; y++, si += rowLen) {
                const ky = k[ko + y];
                s0 += plane[si] * ky;
                s1 += plane[si + 1] * ky;
                s2 += plane[si + 2] * ky;
                s3 += plane[si + 3] * ky;
            }
            out[o + i] = clip8(s0);
            out[o + i + 1] = clip8(s1);
            out[o + i + 2] = clip8(s2);
            out[o + i + 3] = clip8(s3);
        }
        for (; i < rowLen; i++) {
            let ss = HALF;
            for (let y = 0, si = base + i; y < n; y++, si += rowLen)
                ss += plane[si] * k[ko + y];
            out[o + i] = clip8(ss);
        }
    }
    return out;
}


/***/ }),

/***/ 34467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ sha256OfFile),
/* harmony export */   XF: () => (/* binding */ parseEncoderArgs),
/* harmony export */   xG: () => (/* binding */ encoderInput),
/* harmony export */   yB: () => (/* binding */ describePreprocess)
/* harmony export */ });
/* unused harmony exports ENCODER_PRESETS, PRESET_PREPROCESS, cliOptionName, shorterSideSize, resizeForEncoder */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _clean_resize_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50351);
// Bring-your-own ONNX encoders (`--encoder PATH.onnx`): DINOv2, CLIP or any image model whose output is [N, D].
// The preprocessing is done here in TypeScript, as the reference Python pipelines do it on a PIL image:
//   dinov2  dgm-eval (Stein et al. 2023): torchvision Resize((224, 224), BICUBIC) on the PIL image, ToTensor,
//           Normalize(ImageNet mean, std)
//   clip    OpenAI CLIP's preprocess: Resize(224, BICUBIC) (shorter side to 224), CenterCrop(224), ToTensor,
//           Normalize(CLIP mean, std)
//   custom  --encoder-size HxW (stretch) or S (shorter side to S, center crop S×S), --encoder-mean/-std,
//           --encoder-layout nchw|nhwc, --encoder-range 0-1|0-255
// Resizing a PIL RGB image is Pillow's 8-bit antialiased resampler (pilBicubicResizeUint8, bit-exact with Pillow 9.4);
// ToTensor's /255 and Normalize's (x − mean)/std are float32 operations, reproduced with float32 rounding.




const ENCODER_PRESETS = ['dinov2', 'clip', 'custom'];
const IMAGENET_MEAN = [0.485, 0.456, 0.406];
const IMAGENET_STD = [0.229, 0.224, 0.225];
const CLIP_MEAN = [0.48145466, 0.4578275, 0.40821073];
const CLIP_STD = [0.26862954, 0.26130258, 0.27577711];
const PRESET_PREPROCESS = {
    dinov2: {
        preset: 'dinov2',
        width: 224,
        height: 224,
        fit: 'stretch',
        mean: IMAGENET_MEAN,
        std: IMAGENET_STD,
        layout: 'nchw',
        range: '0-1',
    },
    clip: {
        preset: 'clip',
        width: 224,
        height: 224,
        fit: 'crop',
        mean: CLIP_MEAN,
        std: CLIP_STD,
        layout: 'nchw',
        range: '0-1',
    },
};
const cliOptionName = (k) => `--${k}`;
function parseTriple(v, name, positive) {
    const parts = v.split(',').map((s) => s.trim());
    const nums = parts.map(Number);
    if (parts.length !== 3 ||
        parts.some((s) => s === '') ||
        nums.some((n) => !Number.isFinite(n)) ||
        (positive && nums.some((n) => n <= 0))) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name}: expected three ${positive ? 'positive ' : ''}numbers a,b,c (one per RGB channel), got "${v}"`, name);
    }
    return [nums[0], nums[1], nums[2]];
}
function parseSize(v, name) {
    const m = /^\s*(\d+)\s*(?:[x×]\s*(\d+))?\s*$/i.exec(v);
    const ok = (n) => Number.isInteger(n) && n >= 1 && n <= 8192;
    if (m) {
        if (m[2] === undefined) {
            const s = Number(m[1]);
            if (ok(s))
                return { width: s, height: s, fit: 'crop' };
        }
        else {
            const h = Number(m[1]), w = Number(m[2]);
            if (ok(h) && ok(w))
                return { width: w, height: h, fit: 'stretch' };
        }
    }
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name}: expected HxW (resize to exactly H×W) or S (shorter side to S, then a center crop S×S), got "${v}"`, name);
}
/**
 * `--encoder` and its companions → an EncoderSpec, or undefined for the Inception network (`--encoder` unset or
 * "inception"). The preset may carry the custom settings as key=value words ("custom size=224x224 mean=0.5,0.5,0.5
 * std=0.5,0.5,0.5 layout=nchw range=0-1"), which is how the Action passes them in one input.
 */
const CUSTOM_KEYS = ['size', 'mean', 'std', 'layout', 'range'];
const given = (v) => v !== undefined && v.trim() !== '';
/** The custom settings, from their own options and from key=value words after the preset's name (each once). */
function customSettings(a, words, name) {
    const custom = {};
    for (const c of CUSTOM_KEYS)
        if (given(a[c]))
            custom[c] = a[c].trim();
    for (const wd of words) {
        const m = /^([a-z]+)=(.+)$/i.exec(wd);
        const key = m?.[1].toLowerCase();
        if (!m || !key || !CUSTOM_KEYS.includes(key)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name('encoder-preset')}: cannot read "${wd}" (after the preset name: size=, mean=, std=, layout=, range=)`, 'encoder-preset');
        }
        if (custom[key] !== undefined)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name('encoder-preset')}: ${key} is given twice`, 'encoder-preset');
        custom[key] = m[2];
    }
    return custom;
}
/** The custom preset's preprocessing: size (required), mean, std, layout and range. */
function customPreprocess(custom, name) {
    if (custom.size === undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name('encoder-preset')} custom needs ${name('encoder-size')} (HxW, or S for shorter side + center crop)`, 'encoder-size');
    }
    const size = parseSize(custom.size, name('encoder-size'));
    const layout = (custom.layout ?? 'nchw').toLowerCase();
    if (layout !== 'nchw' && layout !== 'nhwc')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name('encoder-layout')}: expected nchw or nhwc, got "${custom.layout}"`, 'encoder-layout');
    const range = (custom.range ?? '0-1').toLowerCase();
    if (range !== '0-1' && range !== '0-255')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name('encoder-range')}: expected 0-1 or 0-255, got "${custom.range}"`, 'encoder-range');
    return {
        preset: 'custom',
        ...size,
        mean: custom.mean === undefined ? [0, 0, 0] : parseTriple(custom.mean, name('encoder-mean'), false),
        std: custom.std === undefined ? [1, 1, 1] : parseTriple(custom.std, name('encoder-std'), true),
        layout,
        range,
    };
}
/** A named preset's fixed preprocessing; custom settings beside it are refused. */
function namedPreprocess(presetName, custom, name) {
    const extra = Object.keys(custom);
    if (extra.length) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${extra.map((k) => name(`encoder-${k}`)).join(', ')}: only with ${name('encoder-preset')} custom (the ${presetName} preset fixes its preprocessing)`, 'encoder-preset');
    }
    return PRESET_PREPROCESS[presetName];
}
function parseEncoderArgs(a, name = cliOptionName) {
    const enc = a.encoder?.trim();
    if (!enc || enc.toLowerCase() === 'inception') {
        for (const [k, v] of [
            ['encoder-preset', a.preset],
            ['encoder-output', a.output],
            ...CUSTOM_KEYS.map((c) => [`encoder-${c}`, a[c]]),
        ]) {
            if (given(v))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name(k)} is for an ONNX encoder: give ${name('encoder')} PATH.onnx too`, k);
        }
        return undefined;
    }
    if (!enc.toLowerCase().endsWith('.onnx')) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name('encoder')}: expected "inception" or the path of an .onnx model, got "${enc}"`, 'encoder');
    }
    const words = (a.preset ?? '').trim().split(/\s+/).filter(Boolean);
    const presetName = (words.shift() ?? '').toLowerCase();
    if (!presetName) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name('encoder')} ${enc} needs ${name('encoder-preset')} dinov2, clip or custom (the preprocessing the model was trained with)`, 'encoder-preset');
    }
    if (!ENCODER_PRESETS.includes(presetName)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${name('encoder-preset')}: expected dinov2, clip or custom, got "${presetName}"`, 'encoder-preset');
    }
    const custom = customSettings(a, words, name);
    const pre = presetName === 'custom' ? customPreprocess(custom, name) : namedPreprocess(presetName, custom, name);
    const output = a.output?.trim() || undefined;
    return { path: enc, preprocess: pre, output };
}
/** The preprocessing as one line: it goes into the protocol, so two runs compare only when it is the same. */
function describePreprocess(p, output) {
    const resize = p.fit === 'crop'
        ? `PIL bicubic shorter side ${p.width}, center crop ${p.width}x${p.height}`
        : `PIL bicubic ${p.height}x${p.width}`;
    const scale = p.range === '0-1' ? '/255, ' : '';
    return `${p.preset}: ${resize}, ${scale}mean ${p.mean.join(',')}, std ${p.std.join(',')}, ${p.layout.toUpperCase()} float32, output ${output}`;
}
/** Python's round() (half to even), as torchvision's center_crop uses it. */
function roundHalfEven(x) {
    const f = Math.floor(x);
    const d = x - f;
    if (d > 0.5)
        return f + 1;
    if (d < 0.5)
        return f;
    return f % 2 === 0 ? f : f + 1;
}
/** torchvision's size for Resize(S) (an int): the shorter side becomes S, the longer int(S·long/short). */
function shorterSideSize(w, h, s) {
    return w <= h ? { width: s, height: Math.trunc((s * h) / w) } : { width: Math.trunc((s * w) / h), height: s };
}
/** The resized (and cropped) uint8 RGB image the model sees, before normalization. */
function resizeForEncoder(img, p) {
    const { width: w, height: h } = img;
    if (p.fit === 'stretch') {
        return w === p.width && h === p.height ? img.data : (0,_clean_resize_js__WEBPACK_IMPORTED_MODULE_3__/* .pilBicubicResizeUint8 */ .z7)(img.data, w, h, 3, p.width, p.height);
    }
    const r = shorterSideSize(w, h, p.width);
    const resized = r.width === w && r.height === h ? img.data : (0,_clean_resize_js__WEBPACK_IMPORTED_MODULE_3__/* .pilBicubicResizeUint8 */ .z7)(img.data, w, h, 3, r.width, r.height);
    const left = roundHalfEven((r.width - p.width) / 2);
    const top = roundHalfEven((r.height - p.height) / 2);
    if (left === 0 && top === 0 && r.width === p.width && r.height === p.height)
        return resized;
    const out = new Uint8Array(p.width * p.height * 3);
    for (let y = 0; y < p.height; y++) {
        const from = ((y + top) * r.width + left) * 3;
        out.set(resized.subarray(from, from + p.width * 3), y * p.width * 3);
    }
    return out;
}
/** Per channel, the float32 value of every uint8 pixel after ToTensor (optional) and Normalize. */
function normalizationTable(p) {
    const t = new Float32Array(3 * 256);
    for (let c = 0; c < 3; c++) {
        const m = Math.fround(p.mean[c]), s = Math.fround(p.std[c]);
        for (let v = 0; v < 256; v++) {
            const x = p.range === '0-1' ? Math.fround(v / 255) : v;
            t[c * 256 + v] = Math.fround(x - m) / s; // float32 sub, then float32 div (rounded by the store)
        }
    }
    return t;
}
/** The encoder's input preparation for the extraction loop (every image becomes one input of the same shape). */
function encoderInput(p) {
    const table = normalizationTable(p);
    const { width: W, height: H } = p;
    const plane = W * H;
    return {
        batchKey: () => '',
        dims: (n) => (p.layout === 'nchw' ? [n, 3, H, W] : [n, H, W, 3]),
        write(img, out, offset) {
            const rgb = resizeForEncoder(img, p);
            if (p.layout === 'nhwc') {
                for (let i = 0; i < plane * 3; i++)
                    out[offset + i] = table[(i % 3) * 256 + rgb[i]];
            }
            else {
                for (let i = 0, j = 0; i < plane; i++, j += 3) {
                    out[offset + i] = table[rgb[j]];
                    out[offset + plane + i] = table[256 + rgb[j + 1]];
                    out[offset + 2 * plane + i] = table[512 + rgb[j + 2]];
                }
            }
        },
    };
}
/** SHA-256 of a file, streamed (an encoder can be larger than a Buffer should hold twice). */
function sha256OfFile(file) {
    return new Promise((resolve, reject) => {
        const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file)
            .on('data', (b) => h.update(b))
            .on('error', reject)
            .on('end', () => resolve(h.digest('hex')));
    });
}


/***/ }),

/***/ 50785:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QM: () => (/* binding */ inceptionParams),
/* harmony export */   S6: () => (/* binding */ LOGITS_DIM),
/* harmony export */   ZO: () => (/* binding */ blockConvs),
/* harmony export */   aE: () => (/* binding */ BN_EPS),
/* harmony export */   jV: () => (/* binding */ INCEPTION_INPUT_SIZE),
/* harmony export */   vG: () => (/* binding */ INCEPTION_BLOCKS),
/* harmony export */   vf: () => (/* binding */ POOL3_DIM)
/* harmony export */ });
// The FID Inception-v3 of pytorch-fid 0.3.0 (pytorch_fid/inception.py, fid_inception_v3()): torchvision's
// Inception3(num_classes=1008, aux_logits=False) with Mixed_5b..5d = FIDInceptionA, Mixed_6b..6e = FIDInceptionC,
// Mixed_7b = FIDInceptionE_1, Mixed_7c = FIDInceptionE_2. Every conv is a BasicConv2d (bias-free conv,
// BatchNorm2d(eps=0.001), ReLU). The lists below are in module registration order, which is state-dict order.
const conv = (name, inC, outC, k, stride = 1, pad = 0) => {
    const [kh, kw] = typeof k === 'number' ? [k, k] : k;
    const [padH, padW] = typeof pad === 'number' ? [pad, pad] : pad;
    return { name, inC, outC, kh, kw, stride, padH, padW };
};
const INCEPTION_BLOCKS = [
    { type: 'conv', conv: conv('Conv2d_1a_3x3', 3, 32, 3, 2) },
    { type: 'conv', conv: conv('Conv2d_2a_3x3', 32, 32, 3) },
    { type: 'conv', conv: conv('Conv2d_2b_3x3', 32, 64, 3, 1, 1) },
    { type: 'maxpool3s2' },
    { type: 'conv', conv: conv('Conv2d_3b_1x1', 64, 80, 1) },
    { type: 'conv', conv: conv('Conv2d_4a_3x3', 80, 192, 3) },
    { type: 'maxpool3s2' },
    { type: 'A', name: 'Mixed_5b', inC: 192, poolFeatures: 32 },
    { type: 'A', name: 'Mixed_5c', inC: 256, poolFeatures: 64 },
    { type: 'A', name: 'Mixed_5d', inC: 288, poolFeatures: 64 },
    { type: 'B', name: 'Mixed_6a', inC: 288 },
    { type: 'C', name: 'Mixed_6b', inC: 768, c7: 128 },
    { type: 'C', name: 'Mixed_6c', inC: 768, c7: 160 },
    { type: 'C', name: 'Mixed_6d', inC: 768, c7: 160 },
    { type: 'C', name: 'Mixed_6e', inC: 768, c7: 192 },
    { type: 'D', name: 'Mixed_7a', inC: 768 },
    { type: 'E', name: 'Mixed_7b', inC: 1280, pool: 'avg' },
    { type: 'E', name: 'Mixed_7c', inC: 2048, pool: 'max' },
];
/** The convs of one Inception block, in registration order (torchvision inception.py). */
function blockConvs(b) {
    const n = (s) => `${'name' in b ? b.name : ''}.${s}`;
    switch (b.type) {
        case 'conv':
            return [b.conv];
        case 'maxpool3s2':
            return [];
        case 'A':
            return [
                conv(n('branch1x1'), b.inC, 64, 1),
                conv(n('branch5x5_1'), b.inC, 48, 1),
                conv(n('branch5x5_2'), 48, 64, 5, 1, 2),
                conv(n('branch3x3dbl_1'), b.inC, 64, 1),
                conv(n('branch3x3dbl_2'), 64, 96, 3, 1, 1),
                conv(n('branch3x3dbl_3'), 96, 96, 3, 1, 1),
                conv(n('branch_pool'), b.inC, b.poolFeatures, 1),
            ];
        case 'B':
            return [
                conv(n('branch3x3'), b.inC, 384, 3, 2),
                conv(n('branch3x3dbl_1'), b.inC, 64, 1),
                conv(n('branch3x3dbl_2'), 64, 96, 3, 1, 1),
                conv(n('branch3x3dbl_3'), 96, 96, 3, 2),
            ];
        case 'C':
            return [
                conv(n('branch1x1'), b.inC, 192, 1),
                conv(n('branch7x7_1'), b.inC, b.c7, 1),
                conv(n('branch7x7_2'), b.c7, b.c7, [1, 7], 1, [0, 3]),
                conv(n('branch7x7_3'), b.c7, 192, [7, 1], 1, [3, 0]),
                conv(n('branch7x7dbl_1'), b.inC, b.c7, 1),
                conv(n('branch7x7dbl_2'), b.c7, b.c7, [7, 1], 1, [3, 0]),
                conv(n('branch7x7dbl_3'), b.c7, b.c7, [1, 7], 1, [0, 3]),
                conv(n('branch7x7dbl_4'), b.c7, b.c7, [7, 1], 1, [3, 0]),
                conv(n('branch7x7dbl_5'), b.c7, 192, [1, 7], 1, [0, 3]),
                conv(n('branch_pool'), b.inC, 192, 1),
            ];
        case 'D':
            return [
                conv(n('branch3x3_1'), b.inC, 192, 1),
                conv(n('branch3x3_2'), 192, 320, 3, 2),
                conv(n('branch7x7x3_1'), b.inC, 192, 1),
                conv(n('branch7x7x3_2'), 192, 192, [1, 7], 1, [0, 3]),
                conv(n('branch7x7x3_3'), 192, 192, [7, 1], 1, [3, 0]),
                conv(n('branch7x7x3_4'), 192, 192, 3, 2),
            ];
        case 'E':
            return [
                conv(n('branch1x1'), b.inC, 320, 1),
                conv(n('branch3x3_1'), b.inC, 384, 1),
                conv(n('branch3x3_2a'), 384, 384, [1, 3], 1, [0, 1]),
                conv(n('branch3x3_2b'), 384, 384, [3, 1], 1, [1, 0]),
                conv(n('branch3x3dbl_1'), b.inC, 448, 1),
                conv(n('branch3x3dbl_2'), 448, 384, 3, 1, 1),
                conv(n('branch3x3dbl_3a'), 384, 384, [1, 3], 1, [0, 1]),
                conv(n('branch3x3dbl_3b'), 384, 384, [3, 1], 1, [1, 0]),
                conv(n('branch_pool'), b.inC, 192, 1),
            ];
    }
}
/** The 472 float tensors of the state dict, in order (num_batches_tracked buffers excluded). */
function inceptionParams() {
    const out = [];
    for (const b of INCEPTION_BLOCKS) {
        for (const c of blockConvs(b)) {
            out.push({
                name: `${c.name}.conv.weight`,
                shape: [c.outC, c.inC, c.kh, c.kw],
                kind: 'conv_weight',
                fanIn: c.inC * c.kh * c.kw,
            });
            out.push({ name: `${c.name}.bn.weight`, shape: [c.outC], kind: 'bn_weight' });
            out.push({ name: `${c.name}.bn.bias`, shape: [c.outC], kind: 'bn_bias' });
            out.push({ name: `${c.name}.bn.running_mean`, shape: [c.outC], kind: 'bn_running_mean' });
            out.push({ name: `${c.name}.bn.running_var`, shape: [c.outC], kind: 'bn_running_var' });
        }
    }
    out.push({ name: 'fc.weight', shape: [1008, 2048], kind: 'fc_weight' });
    out.push({ name: 'fc.bias', shape: [1008], kind: 'fc_bias' });
    return out;
}
const POOL3_DIM = 2048;
const LOGITS_DIM = 1008;
const INCEPTION_INPUT_SIZE = 299;
const BN_EPS = 0.001;


/***/ })

};
