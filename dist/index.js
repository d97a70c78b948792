import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   gk: () => (/* binding */ reexecWithHugePages)
/* harmony export */ });
/* unused harmony exports MALLOC_TUNABLES, hugePageEnvironment, currentHugePageFacts */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Transparent huge pages for the process's large buffers, decided before anything heavy is loaded.
//
// A run allocates, fills and frees many large arrays: one 2048 × 2048 float64 covariance is 32 MiB, and the Fréchet
// distance alone goes through about sixteen of them (inflated statistics, Cholesky factors, the congruence, the band
// reduction's trailing matrices, onnxruntime's own buffers). glibc's malloc serves each from a fresh mmap of 4 KiB
// pages, and the first touch of every page is a page fault: about 130,000 for FID from two statistics files, more
// than a second of system time on a 2-core VM (bench/vs-python.ts). glibc 2.35 and later read the tunable
// glibc.malloc.hugetlb=1, with which malloc asks the kernel for transparent huge pages (madvise MADV_HUGEPAGE) on the
// memory it maps: 2 MiB pages, 512 times fewer faults. Kernels in THP mode "madvise" (Ubuntu's default, GitHub's
// hosted runners) grant them only to memory so marked; in mode "always" every large mapping has them already, in
// "never" none can. Two more tunables keep freed memory for reuse instead of handing it back to be faulted in again:
// glibc.malloc.mmap_threshold at 32 MiB (blocks below it come from malloc's heaps, where a freed block is reused,
// instead of a mapping of their own that free unmaps; glibc's dynamic threshold gets there only block size by block
// size; the 32 MiB matrices themselves, a header over it, still get mappings: 64 MiB measured no faster), and
// glibc.malloc.trim_threshold at 1 GiB (the heap's free top is given back only beyond that).
// Measured on FID from two 2048-d statistics files: 130,000 page faults and 2.5–2.8 s without, 18,000 and 1.5–1.8 s
// with all three; huge pages alone left 21,000–34,000 faults and 0.15 s more.
//
// glibc reads its tunables once, when the process starts, from the environment: so the entry point re-executes
// itself once with the tunables added (process.execve, Node ≥ 22.15: the same pid, stdio, arguments and environment
// otherwise), which costs one more Node start-up (~0.05 s). The user's own settings win: GLIBC_TUNABLES come after
// ours (glibc takes the last value), a MALLOC_MMAP_THRESHOLD_ or MALLOC_TRIM_THRESHOLD_ drops our value of that
// tunable (which would override it), and a glibc.malloc.hugetlb of theirs means no re-execution at all.
// FID_GATE_HUGE_PAGES=0 turns it off (for a sandbox that forbids execve: a failed execve aborts the process, so the
// obvious failures are checked first); the re-executed process carries FID_GATE_HUGE_PAGES=1, so that it never
// re-executes again.


/**
 * The tunables added, each with glibc's older environment variable for the same setting (which our tunable would
 * override, so a user's value of it drops ours).
 */
const TUNABLES = [
    { tunable: 'glibc.malloc.hugetlb=1' },
    { tunable: 'glibc.malloc.mmap_threshold=33554432', alias: 'MALLOC_MMAP_THRESHOLD_' },
    { tunable: 'glibc.malloc.trim_threshold=1073741824', alias: 'MALLOC_TRIM_THRESHOLD_' },
];
/** The tunables added when the user sets none of them (their GLIBC_TUNABLES come after, so that theirs win). */
const MALLOC_TUNABLES = TUNABLES.map((t) => t.tunable).join(':');
/**
 * The environment to re-execute this process with so that malloc uses transparent huge pages, or undefined when
 * nothing would change or it cannot be done: not Linux with glibc ≥ 2.35, THP not in "madvise" mode, no execve, an
 * executable that is not Node's (started through ld.so) or no longer there, a program read from stdin, an IPC channel
 * to keep, glibc.malloc.hugetlb already set by the user, or FID_GATE_HUGE_PAGES set (by the user, or by an earlier
 * re-execution).
 */
function hugePageEnvironment(f) {
    if (f.platform !== 'linux' || !f.canExecve || f.env.FID_GATE_HUGE_PAGES !== undefined)
        return undefined;
    const [major, minor] = (f.glibcVersion ?? '').split('.').map(Number);
    if (!(major > 2 || (major === 2 && minor >= 35)))
        return undefined;
    if (!/\[madvise\]/.test(f.thpEnabled ?? ''))
        return undefined;
    if (!/^node/i.test(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(f.execPath)) || !f.execPathRunnable)
        return undefined;
    if (f.script === undefined || f.script === '-' || f.ipc)
        return undefined;
    const theirs = f.env.GLIBC_TUNABLES;
    if (theirs !== undefined && /(^|:)glibc\.malloc\.hugetlb=/.test(theirs))
        return undefined;
    const ours = TUNABLES.filter((t) => t.alias === undefined || f.env[t.alias] === undefined).map((t) => t.tunable);
    return {
        ...f.env,
        GLIBC_TUNABLES: [...ours, ...(theirs ? [theirs] : [])].join(':'),
        FID_GATE_HUGE_PAGES: '1',
    };
}
/** The facts of this process. `glibcVersion` comes from the caller, who has read Node's diagnostic report already. */
function currentHugePageFacts(glibcVersion) {
    let thpEnabled;
    try {
        thpEnabled = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8');
    }
    catch {
        thpEnabled = undefined; // no THP in this kernel, or /sys not mounted
    }
    let execPathRunnable = true;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(process.execPath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.X_OK);
    }
    catch {
        execPathRunnable = false;
    }
    return {
        platform: process.platform,
        glibcVersion,
        thpEnabled,
        env: process.env,
        canExecve: typeof process.execve === 'function',
        execPath: process.execPath,
        execPathRunnable,
        script: process.argv[1],
        ipc: process.channel !== undefined,
    };
}
/**
 * Re-executes this process with huge pages when hugePageEnvironment says so; returns (having done nothing) otherwise.
 * Node throws for the checks it makes before the system call (a worker thread, the permission model) and the run then
 * goes on with ordinary pages; a failing system call itself aborts the process, hence the checks above.
 */
function reexecWithHugePages(glibcVersion) {
    if (process.permission !== undefined)
        return; // --permission: execve is refused, with a warning on stderr
    const env = hugePageEnvironment(currentHugePageFacts(glibcVersion));
    if (!env)
        return;
    try {
        process.execve(process.execPath, [process.execPath, ...process.execArgv, ...process.argv.slice(1)], env);
    }
    catch {
        // refused before the system call: the run goes on with ordinary pages
    }
}


/***/ }),

/***/ 407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _huge_pages_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(329);
/* harmony import */ var _platform_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(728);
// One entry point for the bundled dist: the GitHub Action when a runner starts it (no arguments, GITHUB_ACTIONS set,
// not started through bin/fid-gate.js), the fid-gate CLI otherwise.
//
// The runner check comes first, so that an unsupported runner gets one clear message within a second instead of a
// native loader's error. Only then are the CLI and the Action loaded, from a bundle of their own (dist/app/index.js):
// ncc hoists the imports of the native modules (onnxruntime-node, sharp) to the top of the bundle that uses them, where
// they would be evaluated before any line of this file. webpackIgnore keeps that import out of this bundle; run from
// source (tsx), the same import reaches src/app.ts. Between the two, the process may re-execute itself once to get
// transparent huge pages for its large buffers (src/huge-pages.ts), except for help and the version.




const args = process.argv.slice(2);
const asAction = args.length === 0 && process.env.GITHUB_ACTIONS === 'true' && process.env.FID_GATE_CLI !== '1';
const runtime = (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .currentRuntime */ .i9)();
const unsupported = (0,_platform_js__WEBPACK_IMPORTED_MODULE_3__/* .unsupportedRunnerMessage */ .v9)(runtime, node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url)));
if (unsupported) {
    if (asAction)
        process.stdout.write(`::error title=fid-gate: unsupported runner::${unsupported}\n`);
    process.stderr.write(`fid-gate error: ${unsupported}\n`);
    process.exitCode = 3;
}
else {
    // help and the version print at once: not worth a second start-up
    const printsOnly = args.length === 0 ? !asAction : ['help', '--version', '-v'].includes(args[0]);
    if (!printsOnly && !args.includes('--help') && !args.includes('-h'))
        (0,_huge_pages_js__WEBPACK_IMPORTED_MODULE_2__/* .reexecWithHugePages */ .gk)(runtime.glibcVersion);
    const app = import.meta.url.endsWith('.ts') ? './app.js' : './app/index.js';
    const { main } = (await import(/* webpackIgnore: true */ app));
    await main(args, asAction);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 728:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   i9: () => (/* binding */ currentRuntime),
/* harmony export */   v9: () => (/* binding */ unsupportedRunnerMessage)
/* harmony export */ });
/* unused harmony export runtimeLabel */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// Which runners the bundled dist/ can run on, checked before any native module is loaded.
//
// dist/ is self-contained: ncc bundles the JavaScript, and scripts/vendor-natives.mjs copies the two native packages
// (onnxruntime-node, sharp) into dist/node_modules with their linux-x64 glibc binaries only. On any other runner
// (macOS, Windows, linux-arm64, Alpine's musl) loading them fails deep inside a loader with a message that names
// neither the cause nor the way out. This module says so first, in one sentence.
//
// The check is decided by what is vendored next to the bundle, not by a fixed list: when the bundle's folder has no
// node_modules/onnxruntime-node (the npm package, which leaves dist/node_modules out, or a run from src/), the natives
// come from an ordinary npm install that chose them for this platform, and nothing is enforced.


/** The runtime of this process. The C library is read from Node's diagnostic report header, as sharp does. */
function currentRuntime() {
    const rt = { platform: process.platform, arch: process.arch };
    if (rt.platform === 'linux') {
        const header = process.report?.getReport()?.header;
        rt.libc = header?.glibcVersionRuntime ? 'glibc' : 'musl';
        if (header?.glibcVersionRuntime)
            rt.glibcVersion = header.glibcVersionRuntime;
    }
    return rt;
}
/** The runner label a person knows, e.g. linux-x64, linux-arm64 (musl), darwin-arm64, win32-x64. */
function runtimeLabel(rt) {
    return `${rt.platform}-${rt.arch}${rt.libc === 'musl' ? ' (musl)' : ''}`;
}
/** The folder name of sharp's prebuilt binary package for a runtime (@img/sharp-NAME). */
function sharpTarget(rt) {
    return `${rt.platform === 'linux' && rt.libc === 'musl' ? 'linuxmusl' : rt.platform}-${rt.arch}`;
}
/**
 * Why the bundle in `bundleDir` cannot run on `rt`, or null when it can (or when it vendors no natives, so the
 * natives come from an npm install for this platform).
 */
function unsupportedRunnerMessage(rt, bundleDir) {
    const vendored = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(bundleDir, 'node_modules');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(vendored, 'onnxruntime-node')))
        return null;
    const ort = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(vendored, 'onnxruntime-node', 'bin', 'napi-v6', rt.platform, rt.arch);
    const sharp = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(vendored, '@img', `sharp-${sharpTarget(rt)}`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(ort) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(sharp))
        return null;
    return (`fid-gate cannot run on this runner (${runtimeLabel(rt)}): the Action's bundle (dist/) carries the native modules ` +
        'onnxruntime-node and sharp for Linux x64 with glibc only. Run the step on a Linux x64 runner ' +
        '(runs-on: ubuntu-latest, ubuntu-24.04 or ubuntu-22.04, or a self-hosted Linux x64 runner without an Alpine container), ' +
        `or, on this runner, use the CLI from npm, which installs the natives for ${runtimeLabel(rt)}: ` +
        '`npx fid-gate compare REAL GENERATED --thresholds "fid <= 25"` (see the README, section Runners).');
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
