export const id = 807;
export const ids = [807];
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
        h.update('stats\0').update(new Uint8Array(s.mu.buffer, s.mu.byteOffset, s.mu.byteLength)).update(new Uint8Array(s.sigma.buffer, s.sigma.byteOffset, s.sigma.byteLength));
    return h.digest('hex');
}


/***/ })

};
