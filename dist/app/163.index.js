export const id = 163;
export const ids = [163];
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
