export const id = 762;
export const ids = [762];
export const modules = {

/***/ 91807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QN: () => (/* binding */ protocolKey),
/* harmony export */   S7: () => (/* binding */ referenceDigest),
/* harmony export */   xZ: () => (/* binding */ protocolDifferences)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The protocol of a set of features: what must agree for two results to be comparable, and the digest that
// identifies a reference set.

/** The fields that must agree for two results to be comparable. */
function protocolKey(p) {
    return JSON.stringify([p.extractor, p.weightsSha256, p.resize]);
}
function protocolDifferences(a, b) {
    const out = [];
    if (a.extractor !== b.extractor)
        out.push(`extractor ${a.extractor} vs ${b.extractor}`);
    if (a.weightsSha256 !== b.weightsSha256)
        out.push(`weights ${a.weights} (${a.weightsSha256.slice(0, 12)}) vs ${b.weights} (${b.weightsSha256.slice(0, 12)})`);
    if (a.resize !== b.resize)
        out.push(`resize ${a.resize} vs ${b.resize}`);
    return out;
}
/** SHA-256 of the reference set's features (else of its mu and sigma): identifies the reference in the fingerprint. */
function referenceDigest(s) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    if (s.features)
        h.update('features\0').update(new Uint8Array(s.features.buffer, s.features.byteOffset, s.count * s.dim * 4));
    else
        h.update('stats\0')
            .update(new Uint8Array(s.mu.buffer, s.mu.byteOffset, s.mu.byteLength))
            .update(new Uint8Array(s.sigma.buffer, s.sigma.byteOffset, s.sigma.byteLength));
    return h.digest('hex');
}


/***/ }),

/***/ 47561:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ READABLE_METRICS_SCHEMAS),
/* harmony export */   Y: () => (/* binding */ METRICS_SCHEMA)
/* harmony export */ });
/**
 * The metrics JSON's schema. Version 2 added `ci.method`; version 1 files (no method: every interval a percentile
 * bootstrap) are still read as baselines.
 */
const METRICS_SCHEMA = 'fid-gate/metrics@2';
/** Every schema a baseline may carry. */
const READABLE_METRICS_SCHEMAS = ['fid-gate/metrics@1', METRICS_SCHEMA];


/***/ }),

/***/ 25512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KX: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   Xg: () => (/* binding */ parseJsonBounded),
/* harmony export */   iS: () => (/* binding */ nestedDeeperThan)
/* harmony export */ });
// JSON read from files that other runs or other people wrote (metrics files, the protocol of a statistics or part
// file): JSON.parse itself copes with any nesting, but code that later walks the value recursively (JSON.stringify,
// a deep comparison) overflows the stack on a few hundred thousand levels: an internal error (exit 3) from a 1 MB
// file. Such values are refused when read: no fid-gate file nests more than a few levels.
/** The deepest nesting accepted in JSON read from a file (fid-gate writes at most 4 or 5 levels). */
const MAX_JSON_DEPTH = 64;
/** Whether `v` nests arrays/objects more than `max` levels deep (checked without recursion). */
function nestedDeeperThan(v, max = MAX_JSON_DEPTH) {
    const stack = [[v, 0]];
    while (stack.length) {
        const [x, depth] = stack.pop();
        if (x === null || typeof x !== 'object')
            continue;
        if (depth + 1 > max)
            return true;
        for (const y of Array.isArray(x) ? x : Object.values(x))
            if (y !== null && typeof y === 'object')
                stack.push([y, depth + 1]);
    }
    return false;
}
/** JSON.parse, refusing values nested more than `max` levels (SyntaxError, like any other malformed JSON). */
function parseJsonBounded(text, max = MAX_JSON_DEPTH) {
    const v = JSON.parse(text);
    if (nestedDeeperThan(v, max))
        throw new SyntaxError(`nested more than ${max} levels deep`);
    return v;
}


/***/ })

};
