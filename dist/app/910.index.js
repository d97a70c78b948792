export const id = 910;
export const ids = [910];
export const modules = {

/***/ 31910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseOutputRange: () => (/* binding */ parseOutputRange),
/* harmony export */   quantizeValue: () => (/* binding */ quantizeValue),
/* harmony export */   sampleName: () => (/* binding */ sampleName),
/* harmony export */   toRgbImage: () => (/* binding */ toRgbImage)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

function parseOutputRange(v, what = '--output-range') {
    const s = (v ?? '-1,1').replace(/\s+/g, '');
    const m = /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(s);
    const lo = m ? Number(m[1]) : NaN, hi = m ? Number(m[2]) : NaN;
    if (!(hi > lo))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what}: expected LO,HI with LO < HI (e.g. -1,1 or 0,1), got "${v}"`, what);
    return [lo, hi];
}
const f = Math.fround;
/** One value → byte. */
function quantizeValue(x, lo = -1, hi = 1) {
    const xc = f(x) < lo ? lo : f(x) > hi ? hi : f(x);
    const u = f(f(xc - lo) / f(Math.max(hi - lo, 1e-5)));
    const v = f(f(u * 255) + 0.5);
    return Math.trunc(v < 0 ? 0 : v > 255 ? 255 : v);
}
/**
 * Sample `index` of an NCHW batch (C = 1 or 3 channels; `stride` values per sample, ≥ C·H·W, so a 2C-channel
 * output can be read by its first C channels) → HWC RGB uint8.
 */
function toRgbImage(data, index, channels, height, width, range, file, stride = channels * height * width) {
    if (channels !== 1 && channels !== 3)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${file}: the model gives ${channels} channels; images need 1 (grey) or 3 (RGB)`);
    const [lo, hi] = range;
    const plane = height * width;
    const base = index * stride;
    const out = new Uint8Array(plane * 3);
    for (let c = 0; c < channels; c++) {
        const off = base + c * plane;
        for (let p = 0; p < plane; p++) {
            const x = data[off + p];
            if (Number.isNaN(x))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${file}: the model output is NaN (channel ${c}, pixel ${p}); no image can be written`);
            const b = quantizeValue(x, lo, hi);
            if (channels === 3)
                out[p * 3 + c] = b;
            else {
                out[p * 3] = b;
                out[p * 3 + 1] = b;
                out[p * 3 + 2] = b;
            }
        }
    }
    return { width, height, data: out, file };
}
/** The virtual file name of sample i (also the PNG name `fid-gate sample` writes). */
function sampleName(i) {
    return `sample_${String(i).padStart(6, '0')}.png`;
}


/***/ })

};
