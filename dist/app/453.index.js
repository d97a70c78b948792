export const id = 453;
export const ids = [453];
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

/***/ 53814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readExtractorChoice: () => (/* binding */ readExtractorChoice),
/* harmony export */   readExtractorOptions: () => (/* binding */ readExtractorOptions)
/* harmony export */ });
/* harmony import */ var _features_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76715);
/* harmony import */ var _features_inception_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41354);
/* harmony import */ var _features_encoder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34467);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55553);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17932);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81157);
// The feature extractor's options (weights, resize, encoder*, device, batch size, image reading), read from the
// CLI's flags or the Action's inputs, with the checks between them. Loads onnxruntime (parseDevice): the CLI
// imports this module only inside a command's run.







/** --resize and --encoder* (checked against each other and --weights; the model file is opened when it loads). */
function readExtractorChoice(src) {
    const resize = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .choice */ .Yq)(src, 'resize', _features_inception_js__WEBPACK_IMPORTED_MODULE_1__/* .RESIZE_MODES */ ._n, 'legacy-pytorch');
    const weights = (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'weights') === 'synthetic' ? 'synthetic' : (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .pathValue */ .ZB)(src, 'weights');
    const encoderPath = (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder')?.toLowerCase() === 'inception' ? (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder') : (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .pathValue */ .ZB)(src, 'encoder');
    const encoder = (0,_features_encoder_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEncoderArgs */ .XF)({
        encoder: encoderPath,
        preset: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-preset'),
        output: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-output'),
        size: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-size'),
        mean: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-mean'),
        std: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-std'),
        layout: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-layout'),
        range: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-range'),
    }, src.name);
    if (encoder && resize !== 'legacy-pytorch') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${src.given('resize', resize)} is for the Inception network; an ONNX encoder's resize comes from ${src.name('encoder-preset')}`, 'resize');
    }
    if (encoder && weights !== undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${src.name('weights')} is for the Inception network; leave it out with ${src.given('encoder', encoder.path)}`, 'weights');
    }
    return { resize, encoder, weights };
}
/** Every extractor option. */
function readExtractorOptions(src) {
    return {
        ...readExtractorChoice(src),
        device: (0,_features_session_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDevice */ .Ew)((0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'device'), src.name('device')),
        batchSize: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Wh)(src, 'batch-size', undefined, { max: _core_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_BATCH_SIZE */ .Sx, expected: 'a positive integer' }),
        threads: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Wh)(src, 'threads', undefined, { expected: 'a positive integer' }),
        cacheDir: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .pathValue */ .ZB)(src, 'cache-dir'),
        recursive: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .flag */ .Jt)(src, 'recursive'),
        maxPixels: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Wh)(src, 'max-pixels', _core_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_MAX_PIXELS */ .fR, {
            min: 0,
            expected: 'a non-negative integer (0 = no limit)',
        }),
        onBadImage: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .choice */ .Yq)(src, 'on-bad-image', ['fail', 'skip'], 'fail'),
    };
}


/***/ })

};
