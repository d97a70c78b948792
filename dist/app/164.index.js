export const id = 164;
export const ids = [164];
export const modules = {

/***/ 53164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   makeGrid: () => (/* binding */ makeGrid),
/* harmony export */   writeGrid: () => (/* binding */ writeGrid),
/* harmony export */   writePng: () => (/* binding */ writePng)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_sharp_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12624);
// A preview grid of the first 64 samples as one PNG, laid out like torchvision's make_grid (nrow = 8 images per
// row, 2 px of padding around and between images, black padding). Images of different sizes get cells of the
// largest size, top-left aligned.



function makeGrid(images, o = {}) {
    const list = images.slice(0, o.max ?? 64);
    if (!list.length)
        throw new Error('makeGrid: no images');
    const pad = o.padding ?? 2;
    const cols = Math.min(o.nrow ?? 8, list.length);
    const rows = Math.ceil(list.length / cols);
    const cw = Math.max(...list.map((i) => i.width)) + pad;
    const ch = Math.max(...list.map((i) => i.height)) + pad;
    const width = cols * cw + pad, height = rows * ch + pad;
    const data = new Uint8Array(width * height * 3);
    list.forEach((img, k) => {
        const x0 = (k % cols) * cw + pad, y0 = Math.floor(k / cols) * ch + pad;
        for (let y = 0; y < img.height; y++) {
            data.set(img.data.subarray(y * img.width * 3, (y + 1) * img.width * 3), ((y0 + y) * width + x0) * 3);
        }
    });
    return { width, height, data };
}
async function writeGrid(file, images, o = {}) {
    const g = makeGrid(images, o);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
    await (0,_util_sharp_js__WEBPACK_IMPORTED_MODULE_2__/* .sharpModule */ .H)()(g.data, { raw: { width: g.width, height: g.height, channels: 3 } })
        .png()
        .toFile(file);
    return { width: g.width, height: g.height, count: Math.min(images.length, o.max ?? 64) };
}
/** One sample as an RGB PNG (lossless: decoding it gives back exactly `img.data`). */
async function writePng(file, img) {
    await (0,_util_sharp_js__WEBPACK_IMPORTED_MODULE_2__/* .sharpModule */ .H)()(img.data, { raw: { width: img.width, height: img.height, channels: 3 } })
        .png()
        .toFile(file);
}


/***/ }),

/***/ 12624:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ sharpModule)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
// sharp (libvips) loaded on first use. A static `import sharp from 'sharp'` would be hoisted by the bundler to the top
// of dist/app/index.js, so every command (compare from statistics files, merge, --help) would pay for loading libvips,
// about 40 ms of a start-up of about 100, without decoding a single image. The require is made through the namespace
// of node:module, a call the bundler leaves as it is (it rewrites only a createRequire imported by name): resolved at
// run time from this module's own URL (in the bundle: a file of dist/app/, whose parent holds the vendored
// node_modules), exactly as the static import was.

let loaded;
/** The sharp module, loaded (once) on the first call. */
function sharpModule() {
    loaded ??= node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire(import.meta.url)('sharp');
    return loaded;
}


/***/ })

};
