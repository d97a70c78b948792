export const id = 166;
export const ids = [166,910];
export const modules = {

/***/ 89451:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ef: () => (/* binding */ ensureCudaProviders),
/* harmony export */   i1: () => (/* binding */ hasNvidiaGpu)
/* harmony export */ });
/* unused harmony exports CUDA_EP_NUGET_PACKAGE, NUGET_FLAT_CONTAINER, CUDA_EP_MEMBER_DIR, CUDA_EP_FILES, CudaProvidersError, onnxruntimeNodeRoot, onnxruntimeNodeVersion, ortBinDirFor, cudaEpNupkgUrl, cudaProvidersPresent, isSafeMemberName */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_7___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_7__);
/* harmony import */ var _util_zip_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(52003);
/* harmony import */ var _weights_cache_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(40495);
/* harmony import */ var _weights_download_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(98981);
// Installs onnxruntime-node's CUDA execution provider libraries on demand (for `--device cuda`).
//
// onnxruntime-node ships libonnxruntime.so.1 with the CPU (and WebGPU) EPs compiled in; the CUDA/TensorRT EPs are
// separate shared libraries that its postinstall script (script/install.js, skipped in this project) downloads from
// the NuGet package Microsoft.ML.OnnxRuntime.Gpu.Linux of the same version, extracting
//   runtimes/linux-x64/native/libonnxruntime_providers_{shared,cuda,tensorrt}.so
// into bin/napi-v6/linux/x64/, next to libonnxruntime.so.1 (ORT looks for provider libraries in the directory of
// libonnxruntime). We do the same, with verification, atomic copies and a cache:
//
//   <cacheDir>/cuda-ep/microsoft.ml.onnxruntime.gpu.linux.<version>/{*.so, manifest.json}
//
// Differences from ORT's installer: it resolves the feed's PackageBaseAddress from https://api.nuget.org/v3/index.json
// at run time; we use nuget.org's documented flat-container base directly (override: feedUrl). It checks no hash.
// NuGet's flat container serves no hash either (nuget.org publishes a base64 SHA-512 `packageHash` only in its
// registration/catalog JSON, from the same origin; and the .nupkg's repository signature, .signature.p7s, would need
// PKCS#7 + X.509 chain validation, which we do not do). What we check: TLS to the feed, the ZIP structure, every
// extracted member's CRC-32 and size (catches truncation/corruption, NOT tampering), the .nuspec id/version, an ELF
// header, and — when the user pins one — a SHA-256 or SHA-512 of the .nupkg (FID_GATE_CUDA_EP_SHA256 / _SHA512).











const CUDA_EP_NUGET_PACKAGE = 'Microsoft.ML.OnnxRuntime.Gpu.Linux';
/** nuget.org's PackageBaseAddress/3.0.0 (what https://api.nuget.org/v3/index.json lists). */
const NUGET_FLAT_CONTAINER = 'https://api.nuget.org/v3-flatcontainer/';
const CUDA_EP_MEMBER_DIR = 'runtimes/linux-x64/native/';
/** The files ORT's install-metadata.js lists for 'linux/x64:cuda12'. TensorRT's EP is optional for `--device cuda`. */
const CUDA_EP_FILES = [
    { name: 'libonnxruntime_providers_shared.so', required: true },
    { name: 'libonnxruntime_providers_cuda.so', required: true },
    { name: 'libonnxruntime_providers_tensorrt.so', required: false },
];
/** nuget.org refuses packages over 250 MB; this bound only protects against a misbehaving feed. */
const MAX_NUPKG_BYTES = 1024 ** 3;
const MANIFEST = 'manifest.json';
class CudaProvidersError extends Error {
    reason;
    constructor(reason, message, cause) {
        super(message, cause === undefined ? undefined : { cause });
        this.reason = reason;
        this.name = 'CudaProvidersError';
    }
}
/** onnxruntime-node's package root, resolved from this module (also right for the bundled Action's vendored copy). */
function onnxruntimeNodeRoot() {
    let entry;
    try {
        entry = (0,node_module__WEBPACK_IMPORTED_MODULE_4__.createRequire)(import.meta.url).resolve('onnxruntime-node');
    }
    catch (e) {
        throw new CudaProvidersError('no-ort', `Cannot locate onnxruntime-node from ${import.meta.url}: ${e.message}`, e);
    }
    let dir = node_path__WEBPACK_IMPORTED_MODULE_5___default().dirname(entry);
    for (;;) {
        const pj = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(pj)) {
            try {
                if (JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(pj, 'utf8')).name === 'onnxruntime-node')
                    return dir;
            }
            catch {
                /* keep walking */
            }
        }
        const up = node_path__WEBPACK_IMPORTED_MODULE_5___default().dirname(dir);
        if (up === dir)
            throw new CudaProvidersError('no-ort', `Cannot find onnxruntime-node's package.json above ${entry}`);
        dir = up;
    }
}
function onnxruntimeNodeVersion(root = onnxruntimeNodeRoot()) {
    const v = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(root, 'package.json'), 'utf8')).version;
    if (!v)
        throw new CudaProvidersError('no-ort', `onnxruntime-node's package.json in ${root} has no version`);
    return v;
}
function ortBinDirFor(root, platform = 'linux', arch = 'x64') {
    return node_path__WEBPACK_IMPORTED_MODULE_5___default().join(root, 'bin', 'napi-v6', platform, arch);
}
/** The .nupkg URL in a NuGet v3 flat container (lower-cased id and version, as ORT's installer builds it). */
function cudaEpNupkgUrl(version, feedUrl = NUGET_FLAT_CONTAINER) {
    const base = feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`;
    const id = CUDA_EP_NUGET_PACKAGE.toLowerCase();
    const v = version.toLowerCase();
    return `${base}${id}/${v}/${id}.${v}.nupkg`;
}
/** True when the required provider libraries are next to libonnxruntime (non-empty files). */
function cudaProvidersPresent(ortBinDir) {
    return CUDA_EP_FILES.filter((f) => f.required).every((f) => {
        try {
            const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(ortBinDir, f.name));
            return s.isFile() && s.size > 0;
        }
        catch {
            return false;
        }
    });
}
/** An NVIDIA driver is loaded (/proc/driver/nvidia/version) or `nvidia-smi -L` lists a GPU. */
function hasNvidiaGpu(opts = {}) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(opts.procFile ?? '/proc/driver/nvidia/version'))
        return true;
    try {
        const r = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(opts.nvidiaSmi ?? 'nvidia-smi', ['-L'], {
            encoding: 'utf8',
            timeout: 10_000,
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        return r.status === 0 && /\bGPU \d+/.test(r.stdout ?? '');
    }
    catch {
        return false;
    }
}
/**
 * A member name we are willing to extract: relative, '/'-separated, no '..' or '.' segments, no backslash, NUL or
 * drive letter. (We only ever extract exact, known names to fixed basenames, so this is belt and braces against
 * zip-slip.)
 */
function isSafeMemberName(name) {
    if (name === '' || name.includes('\0') || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name))
        return false;
    return name.split('/').every((seg) => seg !== '..' && seg !== '.');
}
function cacheEntryDir(cacheDir, version) {
    return node_path__WEBPACK_IMPORTED_MODULE_5___default().join(cacheDir, 'cuda-ep', `${CUDA_EP_NUGET_PACKAGE.toLowerCase()}.${version.toLowerCase()}`);
}
function readManifest(dir, version) {
    try {
        const m = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, MANIFEST), 'utf8'));
        if (m.package !== CUDA_EP_NUGET_PACKAGE || m.version !== version || !Array.isArray(m.files))
            return undefined;
        for (const f of CUDA_EP_FILES)
            if (f.required && !m.files.some((x) => x.name === f.name))
                return undefined;
        for (const f of m.files) {
            if (!CUDA_EP_FILES.some((x) => x.name === f.name))
                return undefined;
            const s = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.statSync)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(dir, f.name));
            if (!s.isFile() || s.size !== f.size)
                return undefined;
        }
        return m;
    }
    catch {
        return undefined;
    }
}
function sha512ToHex(v) {
    const t = v.trim();
    if (/^[0-9a-fA-F]{128}$/.test(t))
        return t.toLowerCase();
    const b = Buffer.from(t, 'base64');
    return b.length === 64 ? b.toString('hex') : undefined;
}
async function hashFile(file, algo) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)(algo);
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(file))
        h.update(chunk);
    return h.digest('hex');
}
/** Copies `src` to `dst` via a temp file in dst's directory, hashing on the way; renames only when the hash matches. */
async function copyFileAtomicVerified(src, dst, sha256) {
    const tmp = (0,_weights_cache_js__WEBPACK_IMPORTED_MODULE_9__/* .tempNameFor */ .DU)(dst);
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256');
    let renamed = false;
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.open)(tmp, 'wx', 0o755);
        try {
            const tap = new node_stream__WEBPACK_IMPORTED_MODULE_6__.Transform({
                transform(chunk, _e, cb) {
                    h.update(chunk);
                    cb(null, chunk);
                },
            });
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_7__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createReadStream)(src), tap, (0,_weights_cache_js__WEBPACK_IMPORTED_MODULE_9__/* .fileHandleSink */ .gG)(fh)); // fsyncs at the end
        }
        finally {
            await fh.close();
        }
        const got = h.digest('hex');
        if (got !== sha256)
            throw new CudaProvidersError('hash-mismatch', `Cached ${src} has SHA-256 ${got}, its manifest says ${sha256}`);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(tmp, dst);
        renamed = true;
    }
    finally {
        if (!renamed)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.unlink)(tmp).catch(() => undefined);
    }
}
function parseNuspec(xml) {
    const tag = (t) => xml.match(new RegExp(`<${t}>\\s*([^<]*?)\\s*</${t}>`))?.[1];
    return { id: tag('id'), version: tag('version') };
}
/** The package's zip entries, once it is a readable NuGet package of the expected id and version. */
function checkedPackage(bytes, label, url, version) {
    let entries;
    try {
        entries = (0,_util_zip_js__WEBPACK_IMPORTED_MODULE_8__/* .readZipEntries */ .YJ)(bytes, label);
    }
    catch (e) {
        throw new CudaProvidersError('corrupt-package', `The downloaded ${label} from ${url} is not a valid NuGet package: ${e.message}`, e);
    }
    const nuspecs = entries.filter((e) => /^[^/]+\.nuspec$/i.test(e.name));
    if (nuspecs.length !== 1)
        throw new CudaProvidersError('corrupt-package', `${label} from ${url} is not a NuGet package (${nuspecs.length} top-level .nuspec files)`);
    let spec;
    try {
        spec = parseNuspec(Buffer.from((0,_util_zip_js__WEBPACK_IMPORTED_MODULE_8__/* .readZipEntry */ .g7)(bytes, nuspecs[0], label, 1024 ** 2)).toString('utf8'));
    }
    catch (e) {
        throw new CudaProvidersError('corrupt-package', `${label} from ${url}: ${e.message}`, e);
    }
    if (spec.id?.toLowerCase() !== CUDA_EP_NUGET_PACKAGE.toLowerCase() ||
        spec.version?.toLowerCase() !== version.toLowerCase()) {
        throw new CudaProvidersError('corrupt-package', `${label} from ${url} is ${spec.id ?? '?'} ${spec.version ?? '?'}, expected ${CUDA_EP_NUGET_PACKAGE} ${version}`);
    }
    return entries;
}
/**
 * Extracts the provider libraries from the .nupkg into the cache entry, verifying everything before the manifest is
 * written (the manifest is what makes the entry valid). On failure, removes what it wrote and throws.
 */
async function extractToCache(nupkg, entryDir, version, url, nupkgSha256, log) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.readFile)(nupkg);
    const label = node_path__WEBPACK_IMPORTED_MODULE_5___default().basename(nupkg);
    const written = [];
    try {
        const entries = checkedPackage(bytes, label, url, version);
        const files = [];
        for (const f of CUDA_EP_FILES) {
            const memberName = CUDA_EP_MEMBER_DIR + f.name;
            const matches = entries.filter((e) => e.name === memberName);
            if (matches.length > 1)
                throw new CudaProvidersError('corrupt-package', `${label} from ${url} has ${matches.length} members named ${memberName}`);
            if (matches.length === 0) {
                if (f.required)
                    throw new CudaProvidersError('missing-member', `${label} from ${url} has no ${memberName}`);
                log?.(`${label} has no ${memberName}; skipping it (optional)`);
                continue;
            }
            const m = matches[0];
            if (!isSafeMemberName(m.name) || node_path__WEBPACK_IMPORTED_MODULE_5___default().posix.basename(m.name) !== f.name) {
                throw new CudaProvidersError('corrupt-package', `${label}: refusing unsafe member name ${JSON.stringify(m.name)}`);
            }
            let data;
            try {
                data = (0,_util_zip_js__WEBPACK_IMPORTED_MODULE_8__/* .readZipEntry */ .g7)(bytes, m, label); // checks size and CRC-32
            }
            catch (e) {
                throw new CudaProvidersError('corrupt-package', `The downloaded ${label} from ${url} is corrupt: ${e.message}`, e);
            }
            if (data.length < 4 || data[0] !== 0x7f || data[1] !== 0x45 || data[2] !== 0x4c || data[3] !== 0x46) {
                throw new CudaProvidersError('corrupt-package', `${label}: ${memberName} is not an ELF shared library`);
            }
            const dst = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(entryDir, f.name);
            await (0,_weights_cache_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(dst, data, 0o755);
            written.push(dst);
            files.push({ name: f.name, size: data.length, sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(data).digest('hex') });
            log?.(`extracted ${memberName} (${data.length} bytes)`);
        }
        const manifest = { package: CUDA_EP_NUGET_PACKAGE, version, url, nupkgSha256, files };
        await (0,_weights_cache_js__WEBPACK_IMPORTED_MODULE_9__/* .writeFileAtomic */ .Zf)(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(entryDir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
        return manifest;
    }
    catch (e) {
        for (const w of written)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.unlink)(w).catch(() => undefined);
        throw e;
    }
}
/**
 * Makes sure libonnxruntime_providers_{shared,cuda}.so (and _tensorrt.so when the package has it) are next to
 * onnxruntime-node's libonnxruntime.so.1, downloading Microsoft.ML.OnnxRuntime.Gpu.Linux (same version as
 * onnxruntime-node) once into the cache. Does not check that CUDA 12 / cuDNN 9 are installed: creating a session with
 * the 'cuda' EP is the real test.
 */
async function ensureCudaProviders(opts) {
    const env = opts.env ?? process.env;
    const log = opts.log;
    const platform = opts.platform ?? `${process.platform}/${process.arch}`;
    if (platform !== 'linux/x64') {
        throw new CudaProvidersError('unsupported-platform', `onnxruntime-node's CUDA execution provider is only available on linux/x64 (this is ${platform}); use --device cpu`);
    }
    const root = opts.ortBinDir === undefined || opts.version === undefined ? safeRoot(opts.ortBinDir !== undefined) : undefined;
    const binDir = node_path__WEBPACK_IMPORTED_MODULE_5___default().resolve(opts.ortBinDir ?? ortBinDirFor(root));
    const version = opts.version ?? onnxruntimeNodeVersion(root);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_2__.existsSync)(binDir))
        throw new CudaProvidersError('no-ort', `onnxruntime-node's native directory ${binDir} does not exist`);
    if (!opts.force && cudaProvidersPresent(binDir)) {
        log?.(`CUDA execution provider libraries already present in ${binDir}`);
        return { installed: [], fromCache: true, alreadyPresent: true, ortBinDir: binDir };
    }
    await checkWritable(binDir, version, opts.feedUrl);
    const entryDir = cacheEntryDir(opts.cacheDir, version);
    let manifest = readManifest(entryDir, version);
    let fromCache = manifest !== undefined;
    if (manifest) {
        log?.(`using cached CUDA execution provider libraries from ${entryDir}`);
        try {
            return {
                installed: await installFromCache(manifest, entryDir, binDir, log),
                fromCache: true,
                alreadyPresent: false,
                ortBinDir: binDir,
            };
        }
        catch (e) {
            if (!(e instanceof CudaProvidersError && e.reason === 'hash-mismatch'))
                throw e;
            log?.(`${e.message}; discarding the cache entry and downloading again`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(entryDir, { recursive: true, force: true });
            manifest = undefined;
            fromCache = false;
        }
    }
    const downloaded = await downloadToCache(opts, env, entryDir, version);
    return {
        installed: await installFromCache(downloaded, entryDir, binDir, log),
        fromCache,
        alreadyPresent: false,
        ortBinDir: binDir,
    };
}
/** The CUDA EP's libraries go next to libonnxruntime.so.1: refuse early, saying what to do, when that folder is
 * read-only. */
async function checkWritable(binDir, version, feedUrl) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.access)(binDir, node_fs__WEBPACK_IMPORTED_MODULE_2__.constants.W_OK);
    }
    catch (e) {
        const names = CUDA_EP_FILES.map((f) => f.name).join(', ');
        throw new CudaProvidersError('not-writable', `--device cuda needs ${names} next to libonnxruntime.so.1 in ${binDir}, but that directory is not writable ` +
            `(${e.code ?? e.message}). Make it writable for this user, or copy those files there from ` +
            `runtimes/linux-x64/native/ in the NuGet package ${CUDA_EP_NUGET_PACKAGE} ${version} (${cudaEpNupkgUrl(version, feedUrl)}), ` +
            'or use --device cpu.', e);
    }
}
/** Downloads the NuGet package (verified against a pinned hash when one is set) and extracts its libraries into the
 * cache entry. */
async function downloadToCache(opts, env, entryDir, version) {
    const log = opts.log;
    const url = cudaEpNupkgUrl(version, opts.feedUrl);
    const nupkg = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(entryDir, `${CUDA_EP_NUGET_PACKAGE.toLowerCase()}.${version.toLowerCase()}.nupkg`);
    const pinned256 = (opts.sha256 ?? env.FID_GATE_CUDA_EP_SHA256)?.trim() || undefined;
    const pinned512raw = (opts.sha512 ?? env.FID_GATE_CUDA_EP_SHA512)?.trim() || undefined;
    const pinned512 = pinned512raw === undefined ? undefined : sha512ToHex(pinned512raw);
    if (pinned512raw !== undefined && pinned512 === undefined) {
        throw new CudaProvidersError('hash-mismatch', `FID_GATE_CUDA_EP_SHA512 / sha512 must be 128 hex digits or base64 of 64 bytes, got ${JSON.stringify(pinned512raw)}`);
    }
    if (pinned256 === undefined && pinned512 === undefined) {
        log?.('no pinned hash for the CUDA EP package (set FID_GATE_CUDA_EP_SHA256 or _SHA512 to pin one); relying on TLS and the ZIP CRCs');
    }
    log?.(`downloading ${CUDA_EP_NUGET_PACKAGE} ${version} from ${url}`);
    let nupkgSha256;
    try {
        const r = await (0,_weights_download_js__WEBPACK_IMPORTED_MODULE_10__/* .downloadVerified */ .nz)({
            url,
            dest: nupkg,
            sha256: pinned256,
            retries: opts.retries,
            backoffMs: opts.backoffMs,
            stallTimeoutMs: opts.stallTimeoutMs,
            maxBytes: MAX_NUPKG_BYTES,
            onProgress: opts.onProgress,
            log,
        });
        nupkgSha256 = r.sha256;
    }
    catch (e) {
        if (e instanceof _weights_download_js__WEBPACK_IMPORTED_MODULE_10__/* .DownloadError */ .nV) {
            throw new CudaProvidersError(e.reason === 'hash-mismatch' ? 'hash-mismatch' : 'download', `Could not download the CUDA execution provider (${CUDA_EP_NUGET_PACKAGE} ${version}): ${e.message}`, e);
        }
        throw e;
    }
    try {
        if (pinned512 !== undefined) {
            const got = await hashFile(nupkg, 'sha512');
            if (got !== pinned512)
                throw new CudaProvidersError('hash-mismatch', `SHA-512 mismatch for ${url}: expected ${pinned512}, got ${got}`);
        }
        return await extractToCache(nupkg, entryDir, version, url, nupkgSha256, log);
    }
    finally {
        // The extracted libraries are what we cache; the .nupkg (up to 250 MB) would only double the disk use.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.unlink)(nupkg).catch(() => undefined);
    }
}
function safeRoot(optional) {
    try {
        return onnxruntimeNodeRoot();
    }
    catch (e) {
        if (optional)
            return undefined;
        throw e;
    }
}
/** Copies the cached libraries next to libonnxruntime; rolls back what it copied when one copy fails. */
async function installFromCache(manifest, entryDir, binDir, log) {
    const installed = [];
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.mkdir)(binDir, { recursive: true });
        for (const f of manifest.files) {
            const dst = node_path__WEBPACK_IMPORTED_MODULE_5___default().join(binDir, f.name);
            await copyFileAtomicVerified(node_path__WEBPACK_IMPORTED_MODULE_5___default().join(entryDir, f.name), dst, f.sha256);
            installed.push(dst);
            log?.(`installed ${dst}`);
        }
        await (0,_weights_cache_js__WEBPACK_IMPORTED_MODULE_9__/* .fsyncDir */ .t_)(binDir);
        return installed;
    }
    catch (e) {
        for (const p of installed)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.unlink)(p).catch(() => undefined);
        if (e instanceof CudaProvidersError)
            throw e;
        const err = e;
        throw new CudaProvidersError('fs', `Cannot install the CUDA execution provider libraries into ${binDir}: ${err.message}`, e);
    }
}


/***/ }),

/***/ 55166:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ checkLabels),
/* harmony export */   FP: () => (/* binding */ intTensor),
/* harmony export */   J0: () => (/* binding */ diffusionSettings),
/* harmony export */   Nj: () => (/* binding */ timestepTensor),
/* harmony export */   eP: () => (/* binding */ sampleDiffusion),
/* harmony export */   iI: () => (/* binding */ inspectDenoiser),
/* harmony export */   xY: () => (/* binding */ outputStride)
/* harmony export */ });
/* unused harmony exports sampleDiffusionBatches, sampleDiffusionValues */
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43958);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(65365);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5352);
/* harmony import */ var _noise_schedule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7681);
/* harmony import */ var _samplers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10764);
/* harmony import */ var _rng_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(47264);
/* harmony import */ var _quantize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31910);
// Sampling from an ONNX diffusion denoiser.
//
// The model's interface (by position):
//   input 0  x_t       float32 [N, C, H, W], in the [−1, 1] image scale
//   input 1  timestep  [N], int64 (or int32) or float32 as the model declares: the training step index 0..T−1
//   input 2  labels    [N] int64 (or int32), optional: class labels; label `numClasses` is the null label
//   output 0 the prediction (eps, v or x0; `prediction`) [N, C, H, W]. An output with 2C channels (a learned
//            variance, as in improved-diffusion's learn_sigma) is read by its first C channels; the variance half is
//            ignored (the samplers use the fixed β̃ or β).
// C, H and W come from the model's input shape; where it leaves them symbolic, `size` and `channels` say them.
//
// Sample i is a pure function of (seed, i): x_T ~ N(0, I) from rng stream initialNoise, the noise of step i from
// stream stepNoise, its label from stream labels; the model sees each sample alone along the batch axis, so the
// samples do not depend on the batch size.








function pick(model, given, what, flag) {
    if (model !== undefined && given !== undefined && model !== given)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${flag}: the model's input 0 has ${what} ${model}, not ${given}`, flag);
    const v = model ?? given;
    if (v === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the model's input 0 leaves ${what} open: give ${flag}`, flag);
    return v;
}
/** Reads and checks the denoiser's inputs and outputs. */
function inspectDenoiser(session, o = {}) {
    const ins = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .tensorInputs */ .h6)(session);
    if (ins.length < 2 || ins.length > 3) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the denoiser must take 2 or 3 inputs (x_t, timestep[, labels]); it takes ${ins.length}: ${ins.map((i) => i.name).join(', ')}`);
    }
    const [x, t, y] = ins;
    if (x.type !== 'float32')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the denoiser's input 0 (${x.name}) must be float32 x_t, not ${x.type}`);
    if (x.shape.length && x.shape.length !== 4)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the denoiser's input 0 (${x.name}) must be [N, C, H, W]; it has rank ${x.shape.length}`);
    if (t.type !== 'int64' && t.type !== 'int32' && t.type !== 'float32')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the denoiser's input 1 (${t.name}) must be the timestep as int64, int32 or float32, not ${t.type}`);
    if (y && y.type !== 'int64' && y.type !== 'int32')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the denoiser's input 2 (${y.name}) must be int64 class labels, not ${y.type}`);
    const channels = pick((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedDim */ .V)(x.shape[1]), o.channels, 'channels', '--channels');
    const height = pick((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedDim */ .V)(x.shape[2]), o.size?.height, 'height', '--size');
    const width = pick((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedDim */ .V)(x.shape[3]), o.size?.width, 'width', '--size');
    if (channels !== 1 && channels !== 3)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the denoiser works on ${channels} channels; images need 1 (grey) or 3 (RGB)`);
    return {
        x: x.name,
        t: t.name,
        tType: t.type,
        labels: y?.name,
        labelsType: y?.type,
        output: session.outputNames[0],
        channels,
        height,
        width,
    };
}
function intTensor(type, values) {
    return type === 'int64'
        ? new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('int64', BigInt64Array.from(Array.from(values, (v) => BigInt(v))), [values.length])
        : new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('int32', Int32Array.from(values), [values.length]);
}
function timestepTensor(type, values) {
    return type === 'float32'
        ? new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float32', Float32Array.from(values), [values.length])
        : intTensor(type, values);
}
/** The per-sample stride of an output [b, C', H, W] with C' = C or 2C; throws otherwise. */
function outputStride(t, rows, io) {
    const D = io.channels * io.height * io.width;
    const dims = t.dims;
    const per = t.data.length / rows;
    if (t.type !== 'float32' ||
        dims.length !== 4 ||
        dims[0] !== rows ||
        dims[2] !== io.height ||
        dims[3] !== io.width ||
        (per !== D && per !== 2 * D)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the denoiser's output 0 is ${t.type} [${dims.join(', ')}]; expected float32 [${rows}, ${io.channels} (or ${2 * io.channels}), ${io.height}, ${io.width}]`);
    }
    return per;
}
function checkLabels(io, o, what = 'denoiser') {
    if (!io.labels) {
        if (o.guidance !== undefined)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`--guidance: the ${what} takes no class labels, so there is nothing to guide`, 'guidance');
        if (o.classLabel !== undefined)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`--class: the ${what} takes no class labels`, 'class');
        return undefined;
    }
    const K = o.numClasses;
    if (K === undefined || !Number.isInteger(K) || K < 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the ${what} takes class labels (input ${io.labels}): give --num-classes`, 'num-classes');
    if (o.classLabel !== undefined && !(Number.isInteger(o.classLabel) && o.classLabel >= 0 && o.classLabel < K)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`--class: expected an integer in [0, ${K}), got ${o.classLabel}`, 'class');
    }
    return K;
}
/** The settings that make a run reproducible (for the report's protocol). */
function diffusionSettings(o) {
    return {
        kind: 'diffusion',
        schedule: o.schedule,
        trainSteps: o.trainSteps,
        sampler: o.sampler,
        steps: o.steps,
        timestepSpacing: 'leading: t_i = floor(i*T/S)',
        prediction: o.prediction,
        clipX0: o.clip,
        ...(o.sampler === 'ddim'
            ? { eta: o.eta }
            : { variance: o.variance === 'small' ? 'posterior (beta tilde)' : 'beta' }),
        ...(o.guidance !== undefined ? { guidance: o.guidance } : {}),
        ...(o.numClasses !== undefined ? { numClasses: o.numClasses } : {}),
        ...(o.classLabel !== undefined ? { classLabel: o.classLabel } : {}),
        seed: o.seed,
        rng: 'philox4x32-10 + box-muller (float64)',
        quantization: 'torchvision save_image (round half up, clip)',
    };
}
/** The sampling loop, batch by batch (samples first..first+n−1). */
async function* sampleDiffusionBatches(session, n, o) {
    const io = inspectDenoiser(session, o);
    const K = checkLabels(io, o);
    const guided = K !== undefined && o.guidance !== undefined && o.guidance !== 1;
    const schedule = (0,_noise_schedule_js__WEBPACK_IMPORTED_MODULE_3__/* .makeSchedule */ .mf)(o.schedule, o.trainSteps);
    const r = (0,_noise_schedule_js__WEBPACK_IMPORTED_MODULE_3__/* .respace */ .gA)(schedule, (0,_noise_schedule_js__WEBPACK_IMPORTED_MODULE_3__/* .spacedTimesteps */ .xc)(o.trainSteps, o.steps));
    const plan = (0,_samplers_js__WEBPACK_IMPORTED_MODULE_4__/* .samplerPlan */ .cz)(r, o);
    const { channels: C, height: H, width: W } = io;
    const D = C * H * W;
    const B = Math.max(1, o.batchSize ?? 16);
    const first = o.first ?? 0;
    const progress = o.progress
        ? new _util_progress_js__WEBPACK_IMPORTED_MODULE_7__/* .Progress */ .k({
            label: `sampling ${n} images × ${o.steps} ${o.sampler} steps`,
            total: n * o.steps,
            unit: 'img-steps',
            write: o.progress,
        })
        : undefined;
    for (let start = 0; start < n; start += B) {
        const b = Math.min(B, n - start);
        const rows = guided ? 2 * b : b;
        const x = new Float64Array(b * D);
        for (let k = 0; k < b; k++)
            (0,_rng_js__WEBPACK_IMPORTED_MODULE_5__/* .normals */ .pV)(o.seed, _rng_js__WEBPACK_IMPORTED_MODULE_5__/* .Stream */ .Z6.initialNoise, first + start + k, 0, D, x, k * D);
        const labels = [];
        if (K !== undefined) {
            for (let k = 0; k < b; k++)
                labels.push(o.classLabel ?? (0,_rng_js__WEBPACK_IMPORTED_MODULE_5__/* .sampleLabel */ .vS)(o.seed, first + start + k, K));
            if (guided)
                for (let k = 0; k < b; k++)
                    labels.push(K);
        }
        const yTensor = K !== undefined ? intTensor(io.labelsType, labels) : undefined;
        const xIn = new Float32Array(rows * D);
        const z = new Float64Array(b * D);
        const combined = guided ? new Float64Array(b * D) : undefined;
        for (const step of plan) {
            xIn.set(x);
            if (guided)
                xIn.copyWithin(b * D, 0, b * D);
            const feeds = {
                [io.x]: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float32', xIn, [rows, C, H, W]),
                [io.t]: timestepTensor(io.tType, new Array(rows).fill(step.t)),
            };
            if (yTensor)
                feeds[io.labels] = yTensor;
            const result = await session.run(feeds);
            const outT = result[io.output];
            const stride = outputStride(outT, rows, io);
            const raw = outT.data;
            if (step.sigma !== 0)
                for (let k = 0; k < b; k++)
                    (0,_rng_js__WEBPACK_IMPORTED_MODULE_5__/* .normals */ .pV)(o.seed, _rng_js__WEBPACK_IMPORTED_MODULE_5__/* .Stream */ .Z6.stepNoise, first + start + k, step.index, D, z, k * D);
            for (let k = 0; k < b; k++) {
                if (combined) {
                    (0,_samplers_js__WEBPACK_IMPORTED_MODULE_4__/* .guide */ .RH)(raw, k * stride, (b + k) * stride, D, o.guidance, combined, k * D);
                    (0,_samplers_js__WEBPACK_IMPORTED_MODULE_4__/* .stepInPlace */ .Hc)(o.prediction, combined, k * D, x, k * D, D, step, o.clip, z, k * D);
                }
                else {
                    (0,_samplers_js__WEBPACK_IMPORTED_MODULE_4__/* .stepInPlace */ .Hc)(o.prediction, raw, k * stride, x, k * D, D, step, o.clip, z, k * D);
                }
            }
            for (const t of Object.values(result))
                t.dispose?.();
            progress?.tick(b);
        }
        yield { start: first + start, count: b, values: x, channels: C, height: H, width: W };
    }
}
/** Samples first..first+n−1 as images (quantized like a saved PNG), in order. */
async function* sampleDiffusion(session, n, o) {
    for await (const bt of sampleDiffusionBatches(session, n, o)) {
        for (let k = 0; k < bt.count; k++)
            yield (0,_quantize_js__WEBPACK_IMPORTED_MODULE_6__.toRgbImage)(bt.values, k, bt.channels, bt.height, bt.width, [-1, 1], (0,_quantize_js__WEBPACK_IMPORTED_MODULE_6__.sampleName)(bt.start + k));
    }
}
/** The final samples as float64 CHW values before quantization, n·C·H·W values (for tests of the sampler's moments). */
async function sampleDiffusionValues(session, n, o) {
    let all;
    for await (const bt of sampleDiffusionBatches(session, n, o)) {
        const D = bt.values.length / bt.count;
        all ??= new Float64Array(n * D);
        all.set(bt.values, (bt.start - (o.first ?? 0)) * D);
    }
    return all ?? new Float64Array(0);
}


/***/ }),

/***/ 5352:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ fixedDim),
/* harmony export */   cm: () => (/* binding */ loadModel),
/* harmony export */   h6: () => (/* binding */ tensorInputs)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _features_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76715);
/* harmony import */ var _features_cuda_providers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89451);
/* harmony import */ var _weights_cache_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40495);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _util_user_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3832);
// Loading a user's ONNX generator or denoiser with fid-gate's device policy (CPU, CUDA, or auto).






async function loadModel(o, what = '--generator') {
    let bytes;
    if (typeof o.model === 'string') {
        // a regular file of at most 2 GiB (protobuf's limit for an ONNX model): not a FIFO (the read would block) or
        // /dev/zero
        bytes = await (0,_util_user_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readUserFile */ .E)(o.model, 2 * 1024 ** 3, `${what} ${o.model}`);
    }
    else
        bytes = o.model;
    const cacheDir = o.cacheDir ?? (0,_weights_cache_js__WEBPACK_IMPORTED_MODULE_3__/* .defaultCacheDir */ .$g)();
    let res;
    try {
        res = await (0,_features_session_js__WEBPACK_IMPORTED_MODULE_1__/* .createSession */ .jw)(bytes, {
            device: o.device ?? 'auto',
            threads: o.threads,
            log: o.log,
            prepareCuda: async () => {
                if (!(0,_features_cuda_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .hasNvidiaGpu */ .i1)())
                    return false;
                await (0,_features_cuda_providers_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureCudaProviders */ .ef)({ cacheDir, log: o.log });
                return true;
            },
        });
    }
    catch (err) {
        if (err.name === 'InputError')
            throw err;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${what} ${typeof o.model === 'string' ? o.model : '(in memory)'}: not a loadable ONNX model (${err.message.split('\n')[0]})`);
    }
    return {
        session: res.session,
        device: res.device,
        sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'),
        source: typeof o.model === 'string' ? o.model : '(in memory)',
    };
}
/** The tensor inputs of a session, with their element types and shapes. */
function tensorInputs(session) {
    return session.inputMetadata.map((m) => m.isTensor ? { name: m.name, type: m.type, shape: m.shape } : { name: m.name, type: 'non-tensor', shape: [] });
}
/** A dimension as a number when the model fixes it (> 0), else undefined. */
function fixedDim(d) {
    return typeof d === 'number' && d > 0 ? d : undefined;
}


/***/ }),

/***/ 7681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gA: () => (/* binding */ respace),
/* harmony export */   mf: () => (/* binding */ makeSchedule),
/* harmony export */   nP: () => (/* binding */ parseSchedule),
/* harmony export */   xc: () => (/* binding */ spacedTimesteps)
/* harmony export */ });
/* unused harmony exports SCHEDULES, scheduleBetas */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
// Diffusion noise schedules and the respacing of a schedule to fewer steps, all in float64.
//
// Notation (0-indexed training steps t = 0..T-1, like the improved-diffusion code): β_t, α_t = 1 − β_t,
// ᾱ_t = α_0·α_1·…·α_t, so q(x_t | x_0) = N(√ᾱ_t x_0, (1 − ᾱ_t) I) and t = 0 is already one step of noise.
//
// - linear: Ho, Jain & Abbeel, "Denoising Diffusion Probabilistic Models" (NeurIPS 2020): β linear from 1e-4 to
//   0.02 for T = 1000; for another T both ends are scaled by 1000/T, as in Nichol & Dhariwal's improved-diffusion
//   (get_named_beta_schedule "linear"), so the schedule keeps its shape in the limit of many steps.
// - cosine: Nichol & Dhariwal, "Improved Denoising Diffusion Probabilistic Models" (ICML 2021), Eq. 17:
//   ᾱ(t) = f(t)/f(0), f(t) = cos²((t/T + s)/(1 + s) · π/2), s = 0.008; β_t = min(1 − ᾱ((t+1)/T)/ᾱ(t/T), 0.999).
// - scaled-linear: Stable Diffusion (Rombach et al., CVPR 2022; "scaled_linear" in diffusers): √β linear from
//   √0.00085 to √0.012 over T steps, squared. Not rescaled with T: it is meant for T = 1000 (with T = 100 the
//   last ᾱ is still 0.58, far from pure noise).
// linspace is numpy's: start + i·(stop − start)/(T − 1), the last value exactly stop.

const SCHEDULES = ['linear', 'cosine', 'scaled-linear'];
function parseSchedule(v, what = '--schedule') {
    const s = (v ?? 'linear').trim().toLowerCase();
    if (SCHEDULES.includes(s))
        return s;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what}: expected ${SCHEDULES.join(', ')}, got "${v}"`, what);
}
function linspace(start, stop, n) {
    const out = new Float64Array(n);
    if (n === 1) {
        out[0] = start;
        return out;
    }
    const step = (stop - start) / (n - 1);
    for (let i = 0; i < n; i++)
        out[i] = start + i * step;
    out[n - 1] = stop;
    return out;
}
function scheduleBetas(name, T) {
    if (!Number.isInteger(T) || T < 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`--train-steps: expected a positive integer, got ${T}`, 'train-steps');
    switch (name) {
        case 'linear': {
            const scale = 1000 / T;
            return linspace(scale * 0.0001, scale * 0.02, T);
        }
        case 'cosine': {
            const s = 0.008;
            const f = (u) => Math.cos(((u + s) / (1 + s)) * (Math.PI / 2)) ** 2;
            const out = new Float64Array(T);
            for (let i = 0; i < T; i++)
                out[i] = Math.min(1 - f((i + 1) / T) / f(i / T), 0.999);
            return out;
        }
        case 'scaled-linear': {
            const r = linspace(Math.sqrt(0.00085), Math.sqrt(0.012), T);
            return r.map((x) => x * x);
        }
    }
}
function makeSchedule(name, T) {
    const betas = scheduleBetas(name, T);
    if (betas.some((b) => !(b > 0 && b <= 1)))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`--schedule ${name} with --train-steps ${T}: β outside (0, 1]`, 'train-steps');
    const alphas = betas.map((b) => 1 - b);
    const alphasCumprod = new Float64Array(T);
    let p = 1;
    for (let i = 0; i < T; i++) {
        p *= alphas[i];
        alphasCumprod[i] = p;
    }
    return { name, trainSteps: T, betas, alphas, alphasCumprod };
}
/**
 * The S kept training steps, ascending: τ_i = floor(i·T/S), i = 0..S-1 — the uniform ("leading") spacing of the
 * DDIM paper (Song, Meng & Ermon, ICLR 2021, §C.2: τ_i = ⌊c·i⌋ with c = T/S) and of its code (range(0, T, T/S)).
 * For S dividing T this is exactly i·T/S; otherwise the stride is fractional so that there are always S steps.
 * The first kept step is 0, the last is T − T/S (not T − 1): sampling starts from N(0, I) at τ_{S−1}, as in DDIM.
 */
function spacedTimesteps(T, S) {
    if (!Number.isInteger(S) || S < 1 || S > T)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`--steps: expected an integer in [1, ${T}] (the training steps), got ${S}`, 'steps');
    const out = new Int32Array(S);
    for (let i = 0; i < S; i++)
        out[i] = Math.floor((i * T) / S);
    return out;
}
/**
 * Respacing: keep ᾱ at the kept steps and recompute β' so that the kept steps form a diffusion of their own
 * (improved-diffusion's SpacedDiffusion). With all T steps kept this is the schedule itself.
 */
function respace(schedule, timesteps) {
    const S = timesteps.length;
    const ac = new Float64Array(S), prev = new Float64Array(S), betas = new Float64Array(S), post = new Float64Array(S);
    let last = 1;
    for (let i = 0; i < S; i++) {
        const t = timesteps[i];
        if (t < 0 || t >= schedule.trainSteps || (i > 0 && t <= timesteps[i - 1]))
            throw new Error(`respace: timesteps must be ascending in [0, ${schedule.trainSteps})`);
        ac[i] = schedule.alphasCumprod[t];
        prev[i] = last;
        betas[i] = 1 - ac[i] / last;
        post[i] = (betas[i] * (1 - last)) / (1 - ac[i]);
        last = ac[i];
    }
    return {
        timesteps: Int32Array.from(timesteps),
        alphasCumprod: ac,
        alphasCumprodPrev: prev,
        betas,
        posteriorVariance: post,
    };
}


/***/ }),

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


/***/ }),

/***/ 47264:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sg: () => (/* binding */ uniforms),
/* harmony export */   Z6: () => (/* binding */ Stream),
/* harmony export */   pV: () => (/* binding */ normals),
/* harmony export */   vS: () => (/* binding */ sampleLabel)
/* harmony export */ });
/* unused harmony exports philox4x32, seedKey */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
// A counter-based random number generator for sampling: every random number is a pure function of
// (seed, stream, sample index, step, position), so sample i gets the same noise whatever the batch size, the
// batch it lands in, or the order batches run in.
//
// Generator: Philox4x32-10 (Salmon, Moraes, Dror & Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC 2011),
// checked against Random123's known-answer vectors in tests/unit/sampling-basics.test.ts. One Philox block (4 × 32
// bits)
// gives two float64 uniforms of 53 bits each, and through Box–Muller (1958) two standard normals, in float64.
//
// Counter layout: c0 = block index within the draw (position >> 1), c1 = sample index, c2 = step, c3 = stream.
// Key: the seed's low and high 32 bits (seeds are integers in [0, 2^53)).

/** Independent streams: the same (seed, sample, step) in two streams gives unrelated numbers. */
const Stream = {
    /** x_T of a diffusion sample (step 0). */
    initialNoise: 1,
    /** The fresh noise z of sampling step index i (step = i). */
    stepNoise: 2,
    /** Class labels (step 0, one uniform per sample). */
    labels: 3,
    /** GAN latent z (step 0). */
    ganLatent: 4,
    /** ELBO: the timestep draws of an image (step = draw k). */
    elboTimestep: 5,
    /** ELBO: the noise of draw k (step = k). */
    elboNoise: 6,
    /** ELBO: the noise of the decoder term (step 0). */
    elboDecoderNoise: 7,
};
const M0 = 0xd2511f53;
const M1 = 0xcd9e8d57;
const M0L = M0 & 0xffff, M0H = M0 >>> 16;
const M1L = M1 & 0xffff, M1H = M1 >>> 16;
const W0 = 0x9e3779b9 | 0;
const W1 = 0xbb67ae85 | 0;
// Block output of the last philoxBlock call (int32 views of the four uint32 words).
let r0 = 0, r1 = 0, r2 = 0, r3 = 0;
/**
 * Philox4x32-10 of counter (c0..c3) under key (k0, k1), into r0..r3. The 32×32 → 64-bit products are split into
 * 16-bit halves so every partial product is exact in float64 (no BigInt).
 */
function philoxBlock(c0, c1, c2, c3, k0, k1) {
    let x0 = c0 | 0, x1 = c1 | 0, x2 = c2 | 0, x3 = c3 | 0, y0 = k0 | 0, y1 = k1 | 0;
    for (let r = 0; r < 10; r++) {
        const aL = x0 & 0xffff, aH = x0 >>> 16;
        const ll0 = aL * M0L, lh0 = aL * M0H, hl0 = aH * M0L;
        const hi0 = aH * M0H + (lh0 >>> 16) + (hl0 >>> 16) + (((ll0 >>> 16) + (lh0 & 0xffff) + (hl0 & 0xffff)) >>> 16);
        const lo0 = Math.imul(x0, M0);
        const bL = x2 & 0xffff, bH = x2 >>> 16;
        const ll1 = bL * M1L, lh1 = bL * M1H, hl1 = bH * M1L;
        const hi1 = bH * M1H + (lh1 >>> 16) + (hl1 >>> 16) + (((ll1 >>> 16) + (lh1 & 0xffff) + (hl1 & 0xffff)) >>> 16);
        const lo1 = Math.imul(x2, M1);
        x0 = hi1 ^ x1 ^ y0;
        x1 = lo1;
        x2 = hi0 ^ x3 ^ y1;
        x3 = lo0;
        y0 = (y0 + W0) | 0;
        y1 = (y1 + W1) | 0;
    }
    r0 = x0;
    r1 = x1;
    r2 = x2;
    r3 = x3;
}
/** Philox4x32-10 of one counter under one key; writes 4 uint32 into out[o..o+3]. */
function philox4x32(c0, c1, c2, c3, k0, k1, out, o = 0) {
    philoxBlock(c0, c1, c2, c3, k0, k1);
    out[o] = r0 >>> 0;
    out[o + 1] = r1 >>> 0;
    out[o + 2] = r2 >>> 0;
    out[o + 3] = r3 >>> 0;
}
/** The seed as Philox key words; refuses what is not an integer in [0, 2^53). */
function seedKey(seed) {
    if (!Number.isSafeInteger(seed) || seed < 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`seed: expected an integer in [0, 2^53), got ${seed}`, 'seed');
    return [seed >>> 0, Math.floor(seed / 4294967296) >>> 0];
}
const TWO_PI = 2 * Math.PI;
const INV_2_53 = 1 / 9007199254740992;
/**
 * `count` standard normals for (seed, stream, sample, step), positions 0..count-1, into out[offset..].
 * Position p comes from block p >> 1 (cos for even p, sin for odd p), so a prefix of a longer draw is the same
 * as a shorter draw. Uniforms: u1 = (k + 1)/2^53 ∈ (0, 1] from words 0–1, u2 = k'/2^53 ∈ [0, 1) from words 2–3
 * (k, k' the top 27 + 26 bits of the word pairs); z = √(−2 ln u1)·(cos 2πu2, sin 2πu2).
 */
function normals(seed, stream, sample, step, count, out = new Float64Array(count), offset = 0) {
    const [k0, k1] = seedKey(seed);
    for (let p = 0; p < count; p += 2) {
        philoxBlock(p >>> 1, sample, step, stream, k0, k1);
        const u1 = ((r0 >>> 5) * 67108864 + (r1 >>> 6) + 1) * INV_2_53;
        const u2 = ((r2 >>> 5) * 67108864 + (r3 >>> 6)) * INV_2_53;
        const r = Math.sqrt(-2 * Math.log(u1));
        const th = TWO_PI * u2;
        out[offset + p] = r * Math.cos(th);
        if (p + 1 < count)
            out[offset + p + 1] = r * Math.sin(th);
    }
    return out;
}
/** `count` uniforms in [0, 1) with 53 random bits each, for (seed, stream, sample, step). */
function uniforms(seed, stream, sample, step, count, out = new Float64Array(count), offset = 0) {
    const [k0, k1] = seedKey(seed);
    for (let p = 0; p < count; p += 2) {
        philoxBlock(p >>> 1, sample, step, stream, k0, k1);
        out[offset + p] = ((r0 >>> 5) * 67108864 + (r1 >>> 6)) * INV_2_53;
        if (p + 1 < count)
            out[offset + p + 1] = ((r2 >>> 5) * 67108864 + (r3 >>> 6)) * INV_2_53;
    }
    return out;
}
/** A class label uniform over 0..numClasses-1 for sample `sample` (stream labels). */
function sampleLabel(seed, sample, numClasses) {
    const u = uniforms(seed, Stream.labels, sample, 0, 1)[0];
    return Math.min(numClasses - 1, Math.floor(u * numClasses));
}


/***/ }),

/***/ 10764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hc: () => (/* binding */ stepInPlace),
/* harmony export */   Pl: () => (/* binding */ parsePrediction),
/* harmony export */   RH: () => (/* binding */ guide),
/* harmony export */   a7: () => (/* binding */ toX0Eps),
/* harmony export */   cz: () => (/* binding */ samplerPlan),
/* harmony export */   pj: () => (/* binding */ parseVariance),
/* harmony export */   yk: () => (/* binding */ parseSampler)
/* harmony export */ });
/* unused harmony exports PREDICTIONS, SAMPLERS */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
// Diffusion samplers as plans of per-step coefficients, plus the conversion of a model's output (ε, v or x_0) to
// the pair (x̂_0, ε̂). Host-side math is float64; only the model runs in float32.
//
// Every step i (from S−1 down to 0, on the respaced schedule of noise-schedule.ts; a = √ᾱ'_i, σ = √(1 − ᾱ'_i),
// ā = ᾱ'_{i−1}) computes
//     x_prev = cX0·x̂_0 + cX·x_t + cEps·ε̂ + sigma·z,      z ~ N(0, I) fresh per step (none when sigma = 0)
//
// - DDPM ancestral sampling (Ho et al. 2020, Eq. 6–7 and Alg. 2, the posterior mean written with x̂_0 as in their
//   code): cX0 = √ā·β'_i/(1 − ᾱ'_i), cX = √(1 − β'_i)·(1 − ā)/(1 − ᾱ'_i), sigma² = β̃'_i = β'_i(1 − ā)/(1 − ᾱ'_i)
//   (`--variance small`) or β'_i (`--variance large`, the default: Ho et al.'s CIFAR-10 setting "fixedlarge" and
//   improved-diffusion's default for models without learned variances). Ho et al. (§3.2) show β̃ is optimal for a
//   point-mass x_0 and β for x_0 ~ N(0, I); tests/integration/sampling-diffusion.test.ts measures both on Gaussian
// data.
//   The last step (i = 0, ā = 1) gives x̂_0 without noise.
// - DDIM (Song, Meng & Ermon, "Denoising Diffusion Implicit Models", ICLR 2021, Eq. 12 and 16):
//   sigma = η·√((1 − ā)/(1 − ᾱ'_i))·√(1 − ᾱ'_i/ā), cX0 = √ā, cEps = √(1 − ā − sigma²). η = 0 is deterministic;
//   η = 1 is the same as DDPM with β̃.
//
// Predictions (`--prediction`), with a = √ᾱ_t and σ = √(1 − ᾱ_t):
//   eps: x̂_0 = (x_t − σ·ε)/a;   v (Salimans & Ho, "Progressive Distillation", ICLR 2022, v = a·ε − σ·x_0):
//   x̂_0 = a·x_t − σ·v;   x0: x̂_0 = the output.
// Then x̂_0 is clipped to [−1, 1] (`clip`, default on; what improved-diffusion's clip_denoised and the DDIM code
// do: the data live in [−1, 1], and an unclipped x̂_0 at high noise can leave it far behind), and ε̂ is recomputed
// from the clipped x̂_0: ε̂ = (x_t − a·x̂_0)/σ, so both samplers use one consistent pair.
//
// Classifier-free guidance (Ho & Salimans 2021): out = out_uncond + w·(out_cond − out_uncond). It is applied to
// the raw model output whatever the prediction: the conversions above are affine in the output with weights
// summing to one, so guiding v or x_0 is the same as guiding the ε they imply.

const PREDICTIONS = ['eps', 'v', 'x0'];
const SAMPLERS = ['ddpm', 'ddim'];
function oneOf(list, v, def, what) {
    const s = (v ?? def).trim().toLowerCase();
    if (list.includes(s))
        return s;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what}: expected ${list.join(', ')}, got "${v}"`, what);
}
const parsePrediction = (v, what = '--prediction') => oneOf(PREDICTIONS, v, 'eps', what);
const parseSampler = (v, what = '--sampler') => oneOf(SAMPLERS, v, 'ddim', what);
const parseVariance = (v, what = '--variance') => oneOf(['small', 'large'], v, 'large', what);
/** The steps in execution order (i = S−1 … 0). */
function samplerPlan(r, s) {
    if (s.sampler === 'ddim' && !(s.eta >= 0))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`--eta: expected a number ≥ 0, got ${s.eta}`, 'eta');
    const S = r.timesteps.length;
    const plan = [];
    for (let i = S - 1; i >= 0; i--) {
        const ac = r.alphasCumprod[i], prev = r.alphasCumprodPrev[i], beta = r.betas[i];
        const step = {
            index: i,
            t: r.timesteps[i],
            a: Math.sqrt(ac),
            s: Math.sqrt(1 - ac),
            cX0: 0,
            cX: 0,
            cEps: 0,
            sigma: 0,
        };
        if (s.sampler === 'ddpm') {
            step.cX0 = (Math.sqrt(prev) * beta) / (1 - ac);
            step.cX = (Math.sqrt(1 - beta) * (1 - prev)) / (1 - ac);
            step.sigma = i === 0 ? 0 : Math.sqrt(s.variance === 'small' ? r.posteriorVariance[i] : beta);
        }
        else {
            const sigma = i === 0 ? 0 : s.eta * Math.sqrt((1 - prev) / (1 - ac)) * Math.sqrt(1 - ac / prev);
            step.sigma = sigma;
            step.cX0 = Math.sqrt(prev);
            step.cEps = Math.sqrt(Math.max(0, 1 - prev - sigma * sigma));
        }
        plan.push(step);
    }
    return plan;
}
/**
 * Converts model output (len values from out[outOff]) at x (x[xOff..]) into x̂_0 (clipped when `clip`) and, when
 * epsOut is given, ε̂ recomputed from x̂_0.
 */
function toX0Eps(prediction, out, outOff, x, xOff, len, a, s, clip, x0Out, epsOut) {
    for (let j = 0; j < len; j++) {
        const xv = x[xOff + j], o = out[outOff + j];
        let x0 = prediction === 'eps' ? (xv - s * o) / a : prediction === 'v' ? a * xv - s * o : o;
        if (clip)
            x0 = x0 < -1 ? -1 : x0 > 1 ? 1 : x0;
        x0Out[xOff + j] = x0;
        if (epsOut)
            epsOut[xOff + j] = (xv - a * x0) / s;
    }
}
/**
 * One sampler step for one sample, fused (one pass, no temporaries): from the model output at out[outOff..] and
 * x[xOff..] (len values) compute x̂_0 (clipped when `clip`), ε̂ = (x − a x̂_0)/σ and
 * x ← cX0·x̂_0 + cX·x + cEps·ε̂ + sigma·z (z[zOff..], only read when sigma ≠ 0), with ε̂ folded into the
 * coefficients of x̂_0 and x.
 */
function stepInPlace(prediction, out, outOff, x, xOff, len, step, clip, z, zOff = 0) {
    const { a, s, cX0, cX, cEps, sigma } = step;
    const lo = clip ? -1 : -Infinity, hi = clip ? 1 : Infinity;
    const inv = 1 / s;
    // x' = cX0 x̂0 + cX x + cEps (x − a x̂0)/σ = (cX0 − cEps a/σ) x̂0 + (cX + cEps/σ) x
    const k0 = cEps === 0 ? cX0 : cX0 - cEps * a * inv;
    const k1 = cEps === 0 ? cX : cX + cEps * inv;
    const noise = sigma !== 0 && z !== undefined;
    if (prediction === 'eps') {
        for (let j = 0; j < len; j++) {
            const xv = x[xOff + j];
            let x0 = (xv - s * out[outOff + j]) / a;
            x0 = x0 < lo ? lo : x0 > hi ? hi : x0;
            x[xOff + j] = k0 * x0 + k1 * xv + (noise ? sigma * z[zOff + j] : 0);
        }
    }
    else if (prediction === 'v') {
        for (let j = 0; j < len; j++) {
            const xv = x[xOff + j];
            let x0 = a * xv - s * out[outOff + j];
            x0 = x0 < lo ? lo : x0 > hi ? hi : x0;
            x[xOff + j] = k0 * x0 + k1 * xv + (noise ? sigma * z[zOff + j] : 0);
        }
    }
    else {
        for (let j = 0; j < len; j++) {
            const xv = x[xOff + j];
            let x0 = out[outOff + j];
            x0 = x0 < lo ? lo : x0 > hi ? hi : x0;
            x[xOff + j] = k0 * x0 + k1 * xv + (noise ? sigma * z[zOff + j] : 0);
        }
    }
}
/** Classifier-free guidance on raw outputs: into out[0..len) = u + w(c − u), u at uOff, c at cOff. */
function guide(raw, cOff, uOff, len, w, out, outOff = 0) {
    for (let j = 0; j < len; j++) {
        const u = raw[uOff + j];
        out[outOff + j] = u + w * (raw[cOff + j] - u);
    }
}


/***/ }),

/***/ 65365:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ Progress)
/* harmony export */ });
/* unused harmony export formatDuration */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds))
        return '?';
    const s = Math.round(seconds);
    if (s < 60)
        return `${s}s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m}m${String(s % 60).padStart(2, '0')}s`;
    return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}
class Progress {
    o;
    done = 0;
    start;
    lastPrint = -Infinity;
    write;
    now;
    constructor(o) {
        this.o = o;
        this.write = o.write ?? ((line) => process.stderr.write(line + '\n'));
        this.now = o.now ?? (() => performance.now());
        this.start = this.now();
    }
    /** Adds `n` finished items; prints when the interval has passed or the work is complete. */
    tick(n = 1) {
        this.done += n;
        const t = this.now();
        if (this.done >= this.o.total || t - this.lastPrint >= (this.o.intervalMs ?? 2000)) {
            this.lastPrint = t;
            this.write(this.line(t));
        }
    }
    line(t = this.now()) {
        const elapsed = (t - this.start) / 1000;
        const rate = elapsed > 0 ? this.done / elapsed : 0;
        const pct = this.o.total > 0 ? Math.floor((100 * this.done) / this.o.total) : 100;
        const eta = rate > 0 ? (this.o.total - this.done) / rate : Infinity;
        const unit = this.o.unit ?? 'img';
        const tail = this.done >= this.o.total ? `in ${formatDuration(elapsed)}` : `ETA ${formatDuration(eta)}`;
        return `${this.o.label}: ${this.done}/${this.o.total} (${pct}%) ${rate.toFixed(1)} ${unit}/s, ${tail}`;
    }
    get rate() {
        const elapsed = (this.now() - this.start) / 1000;
        return elapsed > 0 ? this.done / elapsed : 0;
    }
}


/***/ })

};
