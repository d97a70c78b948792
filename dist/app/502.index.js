export const id = 502;
export const ids = [502];
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


/***/ })

};
