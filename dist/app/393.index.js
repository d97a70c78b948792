export const id = 393;
export const ids = [393];
export const modules = {

/***/ 76715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h5: () => (/* binding */ cpuSessionOptions),
  jw: () => (/* binding */ createSession),
  hV: () => (/* binding */ deviceLabel),
  Ew: () => (/* binding */ parseDevice),
  f0: () => (/* binding */ webgpuSessionOptions)
});

// UNUSED EXPORTS: DEVICES

// EXTERNAL MODULE: external "onnxruntime-node"
var external_onnxruntime_node_ = __webpack_require__(43958);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/features/gpu-adapters.ts
// What a WebGPU session would run on, found before asking onnxruntime for one. onnxruntime-node's WebGPU execution
// provider is Dawn over Vulkan on Linux; it does not report which adapter Dawn took. Dawn asks for a high-performance
// adapter (ORT's default power preference), so it takes a discrete GPU before an integrated one before a CPU
// (software) one. We list the Vulkan adapters with `vulkaninfo --summary` when that tool is installed, and otherwise
// read the Vulkan loader's driver manifests (the ICD JSON files) and, for NVIDIA, the kernel driver's GPU list.
//
// Software adapters (Mesa's lavapipe, whose Vulkan device name is "llvmpipe (LLVM …)", and Google's SwiftShader) run
// the network on the CPU cores, much slower than the CPU provider; `--device auto` never uses them. It hides their
// drivers from the Vulkan loader with VK_LOADER_DRIVERS_DISABLE (Vulkan loader ≥ 1.3.234) while the session is made.




const SOFTWARE_NAME = /llvmpipe|lavapipe|swiftshader|softpipe/i;
function isSoftwareAdapter(a) {
    return a.type === 'cpu' || SOFTWARE_NAME.test(a.name) || SOFTWARE_NAME.test(a.driver ?? '');
}
const TYPES = {
    PHYSICAL_DEVICE_TYPE_DISCRETE_GPU: 'discrete',
    PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU: 'integrated',
    PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU: 'virtual',
    PHYSICAL_DEVICE_TYPE_CPU: 'cpu',
};
/** The "Devices:" part of `vulkaninfo --summary`: one adapter per `GPUn:` block. */
function parseVulkaninfoSummary(text) {
    const at = text.search(/^Devices:\s*$/m);
    if (at < 0)
        return [];
    const out = [];
    let cur;
    const push = () => {
        if (!cur?.deviceName)
            return;
        const type = TYPES[cur.deviceType ?? ''] ?? 'other';
        const a = { name: cur.deviceName, type, driver: cur.driverName ?? cur.driverInfo };
        out.push({ ...a, software: isSoftwareAdapter(a) });
    };
    for (const line of text.slice(at).split('\n')) {
        if (/^GPU\d+:\s*$/.test(line.trim())) {
            push();
            cur = {};
            continue;
        }
        const m = /^\s*(\w+)\s*=\s*(.*?)\s*$/.exec(line);
        if (m && cur)
            cur[m[1]] = m[2];
    }
    push();
    return out;
}
/** The folders the Vulkan loader reads driver manifests from on Linux (or the files VK_DRIVER_FILES / VK_ICD_FILENAMES
 * name). */
function driverManifests(env = process.env) {
    const named = env.VK_DRIVER_FILES ?? env.VK_ICD_FILENAMES;
    if (named)
        return named.split(':').filter((f) => f && (0,external_node_fs_.existsSync)(f));
    const dataDirs = (env.XDG_DATA_DIRS || '/usr/local/share:/usr/share').split(':');
    const dirs = [
        '/etc/vulkan/icd.d',
        ...dataDirs.map((d) => external_node_path_default().join(d, 'vulkan/icd.d')),
        external_node_path_default().join(env.HOME ?? external_node_os_default().homedir(), '.local/share/vulkan/icd.d'),
    ];
    const files = [];
    for (const d of dirs) {
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(d);
        }
        catch {
            continue;
        }
        for (const n of names.sort())
            if (n.endsWith('.json'))
                files.push(external_node_path_default().join(d, n));
    }
    return files;
}
/** The NVIDIA kernel driver's GPU models (/proc/driver/nvidia/gpus/<bus>/information "Model:" lines). */
function nvidiaModels() {
    const dir = '/proc/driver/nvidia/gpus';
    try {
        return (0,external_node_fs_.readdirSync)(dir)
            .map((b) => /^Model:\s*(.+)$/m.exec((0,external_node_fs_.readFileSync)(external_node_path_default().join(dir, b, 'information'), 'utf8'))?.[1]?.trim())
            .filter((m) => !!m);
    }
    catch {
        return [];
    }
}
/** An adapter per driver manifest; a software driver's is type 'cpu', the others' type is unknown ('other'). */
function adaptersFromManifests(files, nvidia = nvidiaModels()) {
    const out = [];
    for (const f of files) {
        const base = external_node_path_default().basename(f);
        if (/^lvp_icd/i.test(base) || SOFTWARE_NAME.test(base)) {
            out.push({
                name: /swiftshader/i.test(base) ? 'SwiftShader' : 'llvmpipe (Mesa lavapipe)',
                type: 'cpu',
                driver: base,
                software: true,
            });
        }
        else if (/^nvidia/i.test(base)) {
            for (const m of nvidia.length ? nvidia : ['NVIDIA GPU'])
                out.push({ name: m, type: 'other', driver: base, software: false });
        }
        else {
            out.push({
                name: `${base.replace(/(_icd)?(\.[\w]+)*\.json$/i, '')} driver`,
                type: 'other',
                driver: base,
                software: false,
            });
        }
    }
    return out;
}
function runVulkaninfo() {
    try {
        const r = (0,external_node_child_process_.spawnSync)('vulkaninfo', ['--summary'], {
            encoding: 'utf8',
            timeout: 20_000,
            stdio: ['ignore', 'pipe', 'ignore'],
        });
        return r.status === 0 ? r.stdout : undefined;
    }
    catch {
        return undefined;
    }
}
/** The Vulkan adapters of this machine, best first (discrete, integrated, virtual, other, software). */
function probeAdapters(opts = {}) {
    const env = opts.env ?? process.env;
    const manifests = driverManifests(env);
    const softwareManifests = manifests
        .map((f) => external_node_path_default().basename(f))
        .filter((b) => /^lvp_icd/i.test(b) || SOFTWARE_NAME.test(b));
    const text = (opts.vulkaninfo ?? runVulkaninfo)();
    const listed = text ? parseVulkaninfoSummary(text) : [];
    const rank = { discrete: 0, integrated: 1, virtual: 2, other: 3, cpu: 4 };
    const order = (a) => a
        .map((x, i) => [x, i])
        .sort((p, q) => rank[p[0].type] - rank[q[0].type] || p[1] - q[1])
        .map((p) => p[0]);
    if (listed.length)
        return { source: 'vulkaninfo', adapters: order(listed), softwareManifests };
    if (manifests.length)
        return { source: 'driver-manifests', adapters: order(adaptersFromManifests(manifests)), softwareManifests };
    return { source: 'none', adapters: [], softwareManifests };
}
/** "NVIDIA H200 (discrete)", "llvmpipe (LLVM 15.0.6, 256 bits) (cpu, software)". */
function describeAdapter(a) {
    return `${a.name} (${a.software ? 'cpu, software' : a.type === 'other' ? 'hardware' : a.type})`;
}
/**
 * Runs `fn` with the software Vulkan drivers hidden from the loader (VK_LOADER_DRIVERS_DISABLE, comma-separated
 * globs of manifest file names), restoring the variable afterwards. The Vulkan loader reads it when Dawn first
 * enumerates adapters, so it only has an effect on the first WebGPU session of a process.
 */
async function withoutSoftwareDrivers(manifests, fn) {
    const globs = [...new Set([...manifests, 'lvp_icd*', '*swiftshader*'])];
    const before = process.env.VK_LOADER_DRIVERS_DISABLE;
    process.env.VK_LOADER_DRIVERS_DISABLE = [before, ...globs].filter(Boolean).join(',');
    try {
        return await fn();
    }
    finally {
        if (before === undefined)
            delete process.env.VK_LOADER_DRIVERS_DISABLE;
        else
            process.env.VK_LOADER_DRIVERS_DISABLE = before;
    }
}

;// CONCATENATED MODULE: ./src/features/session.ts
// onnxruntime-node sessions with the device policy of fid-gate:
// - `cpu`: the CPU execution provider.
// - `cuda`: the CUDA execution provider; a clear input error when it cannot load (CUDA 12 + cuDNN 9 are needed).
// - `webgpu`: the WebGPU execution provider compiled into onnxruntime-node (Dawn over Vulkan on Linux, Metal on macOS,
//   D3D12 on Windows); a clear input error when no adapter exists. A software adapter (Mesa's lavapipe) is used when
//   asked for this way.
// - `auto`: CUDA when its libraries load, else WebGPU on a hardware adapter (never a software one), else CPU.
// One log line says which device and adapter ran and, for `auto`, why the others were not used.
// ORT rejects session creation, rather than falling back, when a requested provider is missing
// (shared/notes/packaging.md §1), hence the explicit retries.




const DEVICES = ['auto', 'cpu', 'cuda', 'webgpu'];
let logLevelSet = false;
function parseDevice(value, what = '--device') {
    const v = (value ?? 'auto').trim().toLowerCase();
    if (DEVICES.includes(v))
        return v;
    throw new errors/* InputError */.d(`${what}: expected auto, cpu, cuda or webgpu, got "${value}"`, what);
}
/** "webgpu (NVIDIA H200 (discrete))" or "cpu": the device as the report records it. */
function deviceLabel(r) {
    return r.adapter ? `${r.device} (${r.adapter})` : r.device;
}
function cpuSessionOptions(threads = (0,external_node_os_.availableParallelism)()) {
    return {
        executionProviders: ['cpu'],
        intraOpNumThreads: threads,
        interOpNumThreads: 1,
        executionMode: 'sequential',
        graphOptimizationLevel: 'all',
        enableCpuMemArena: true,
    };
}
/** The WebGPU provider, with the CPU provider for the few nodes it leaves (shape arithmetic). */
function webgpuSessionOptions(threads) {
    return { ...cpuSessionOptions(threads), executionProviders: ['webgpu', 'cpu'] };
}
let probed;
/** The adapter list, probed once per process (it runs vulkaninfo). */
const probeOnce = () => (probed ??= probeAdapters());
const firstLine = (err) => String(err?.message ?? err).split('\n')[0];
/** --device webgpu: the bundled WebGPU provider on whatever adapter Dawn picks, or an InputError saying what was seen. */
async function webgpuSession(opts, create) {
    const probe = (opts.adapters ?? probeOnce)();
    let session;
    try {
        session = await create(webgpuSessionOptions(opts.threads));
    }
    catch (err) {
        throw new errors/* InputError */.d(`--device webgpu: no WebGPU adapter could be used (${firstLine(err)}). WebGPU needs a GPU with a Vulkan driver ` +
            `(NVIDIA, AMD or Intel; ${probe.adapters.length ? `Vulkan adapters seen: ${probe.adapters.map(describeAdapter).join(', ')}` : 'none was found'}); ` +
            'check with vulkaninfo --summary, or use --device cpu or auto.', 'device');
    }
    const best = probe.adapters[0];
    const adapter = best ? describeAdapter(best) : 'adapter unknown (no Vulkan adapter list: vulkaninfo missing)';
    const slow = best?.software ? '; a software renderer on the CPU cores, slower than --device cpu' : '';
    return { session, device: 'webgpu', adapter: best ? adapter : undefined, notice: `device webgpu: ${adapter}${slow}` };
}
/** The CUDA provider: a session, or why not (the message auto's log line and --device cuda's error quote). */
async function cudaSession(opts, create, cpu) {
    try {
        const ready = opts.prepareCuda ? await opts.prepareCuda() : true;
        if (!ready)
            return 'no NVIDIA GPU or CUDA provider available';
        const session = await create({ ...cpu, executionProviders: [{ name: 'cuda', deviceId: 0 }, 'cpu'] });
        return {
            session,
            device: 'cuda',
            adapter: 'GPU 0',
            notice: `device ${opts.device}: CUDA execution provider on GPU 0`,
        };
    }
    catch (err) {
        return firstLine(err);
    }
}
/** auto after CUDA: WebGPU on a hardware adapter (the software drivers hidden from the Vulkan loader), or why not. */
async function autoWebgpuSession(opts, create, cudaError) {
    const probe = (opts.adapters ?? probeOnce)();
    const hardware = probe.adapters.filter((a) => !a.software);
    const software = probe.adapters.filter((a) => a.software);
    if (!hardware.length) {
        return software.length
            ? `only a software adapter, ${software.map((a) => a.name).join(', ')}, which --device auto does not use (--device webgpu does)`
            : 'no Vulkan adapter';
    }
    try {
        const session = await withoutSoftwareDrivers(probe.softwareManifests, () => create(webgpuSessionOptions(opts.threads)));
        const adapter = describeAdapter(hardware[0]);
        return { session, device: 'webgpu', adapter, notice: `device auto: WebGPU on ${adapter} (CUDA: ${cudaError})` };
    }
    catch (err) {
        return `${describeAdapter(hardware[0])} refused: ${firstLine(err)}`;
    }
}
/** `model`: the ONNX bytes, or a file path (lets ORT find a large model's external data next to it). */
async function createSession(model, opts) {
    if (!logLevelSet) {
        external_onnxruntime_node_.env.logLevel = 'fatal';
        logLevelSet = true;
    } // ORT prints provider-load errors to stderr itself
    const cpu = cpuSessionOptions(opts.threads);
    const create = (o) => typeof model === 'string' ? external_onnxruntime_node_.InferenceSession.create(model, o) : external_onnxruntime_node_.InferenceSession.create(model, o);
    const done = (r) => {
        if (r.notice)
            opts.log?.(r.notice);
        return r;
    };
    if (opts.device === 'cpu')
        return { session: await create(cpu), device: 'cpu' };
    if (opts.device === 'webgpu')
        return done(await webgpuSession(opts, create));
    const cuda = await cudaSession(opts, create, cpu);
    if (typeof cuda !== 'string')
        return done(cuda);
    if (opts.device === 'cuda') {
        throw new errors/* InputError */.d(`--device cuda: the CUDA execution provider could not be used (${cuda}). It needs an NVIDIA GPU with CUDA 12 and cuDNN 9; use --device cpu, webgpu or auto.`, 'device');
    }
    const webgpu = await autoWebgpuSession(opts, create, cuda);
    if (typeof webgpu !== 'string')
        return done(webgpu);
    return done({
        session: await create(cpu),
        device: 'cpu',
        notice: `device auto: running on CPU (CUDA: ${cuda}; WebGPU: ${webgpu})`,
    });
}


/***/ }),

/***/ 52003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ readZipEntryAsync),
/* harmony export */   Wz: () => (/* binding */ ZipError),
/* harmony export */   YJ: () => (/* binding */ readZipEntries),
/* harmony export */   fw: () => (/* binding */ looksLikeZip),
/* harmony export */   g7: () => (/* binding */ readZipEntry),
/* harmony export */   wH: () => (/* binding */ readZipEntryPrefix),
/* harmony export */   zy: () => (/* binding */ writeZip)
/* harmony export */ });
/* unused harmony export ZIP_STORED_ALIGNMENT */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
// Minimal ZIP reader/writer (PKWARE APPNOTE 6.3): enough for torch.save zip checkpoints, NumPy .npz files and
// NuGet packages. Reads stored and deflated members, ZIP64 sizes/offsets; writes stored or deflated members.


const inflateRawAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.promisify)(node_zlib__WEBPACK_IMPORTED_MODULE_1__.inflateRaw);
class ZipError extends Error {
    file;
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.file = file;
        this.name = 'ZipError';
    }
}
const EOCD_SIG = 0x06054b50;
const EOCD64_LOCATOR_SIG = 0x07064b50;
const EOCD64_SIG = 0x06064b50;
const CDH_SIG = 0x02014b50;
const LFH_SIG = 0x04034b50;
function u64(view, off, file) {
    const v = view.getBigUint64(off, true);
    if (v > BigInt(Number.MAX_SAFE_INTEGER))
        throw new ZipError(file, 'ZIP64 field too large');
    return Number(v);
}
/** True when the bytes start like a ZIP archive (local file header or empty archive). */
function looksLikeZip(bytes) {
    return (bytes.length >= 4 &&
        bytes[0] === 0x50 &&
        bytes[1] === 0x4b &&
        (bytes[2] === 3 || bytes[2] === 5) &&
        (bytes[3] === 4 || bytes[3] === 6));
}
/** Lists the members of a ZIP archive from its central directory. Never trusts a size beyond the buffer. */
function readZipEntries(bytes, file) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const n = bytes.length;
    if (n < 22)
        throw new ZipError(file, 'not a ZIP archive (too short)');
    let eocd = -1;
    for (let i = n - 22; i >= Math.max(0, n - 22 - 65535); i--) {
        if (view.getUint32(i, true) === EOCD_SIG) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipError(file, 'not a ZIP archive or truncated (no end-of-central-directory record)');
    let count = view.getUint16(eocd + 10, true);
    let cdSize = view.getUint32(eocd + 12, true);
    let cdOffset = view.getUint32(eocd + 16, true);
    if (eocd >= 20 && view.getUint32(eocd - 20, true) === EOCD64_LOCATOR_SIG) {
        const off64 = u64(view, eocd - 12, file);
        if (off64 + 56 > n || view.getUint32(off64, true) !== EOCD64_SIG)
            throw new ZipError(file, 'corrupt ZIP64 end record');
        count = u64(view, off64 + 32, file);
        cdSize = u64(view, off64 + 40, file);
        cdOffset = u64(view, off64 + 48, file);
    }
    if (cdOffset + cdSize > n)
        throw new ZipError(file, 'truncated (central directory lies beyond the end of the file)');
    const entries = [];
    let p = cdOffset;
    const dec = new TextDecoder();
    for (let k = 0; k < count; k++) {
        if (p + 46 > n || view.getUint32(p, true) !== CDH_SIG)
            throw new ZipError(file, `corrupt central directory at entry ${k}`);
        const method = view.getUint16(p + 10, true);
        const crc = view.getUint32(p + 16, true);
        let compressedSize = view.getUint32(p + 20, true);
        let size = view.getUint32(p + 24, true);
        const nameLen = view.getUint16(p + 28, true);
        const extraLen = view.getUint16(p + 30, true);
        const commentLen = view.getUint16(p + 32, true);
        let localOffset = view.getUint32(p + 42, true);
        if (p + 46 + nameLen + extraLen > n)
            throw new ZipError(file, 'truncated central directory');
        const name = dec.decode(bytes.subarray(p + 46, p + 46 + nameLen));
        // ZIP64 extended information extra field (0x0001): present fields follow in a fixed order.
        let e = p + 46 + nameLen;
        const eEnd = e + extraLen;
        while (e + 4 <= eEnd) {
            const id = view.getUint16(e, true), len = view.getUint16(e + 2, true);
            if (id === 0x0001) {
                let q = e + 4;
                if (size === 0xffffffff) {
                    size = u64(view, q, file);
                    q += 8;
                }
                if (compressedSize === 0xffffffff) {
                    compressedSize = u64(view, q, file);
                    q += 8;
                }
                if (localOffset === 0xffffffff) {
                    localOffset = u64(view, q, file);
                    q += 8;
                }
            }
            e += 4 + len;
        }
        if (localOffset + 30 > n || view.getUint32(localOffset, true) !== LFH_SIG)
            throw new ZipError(file, `corrupt local header for ${name}`);
        const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
        if (dataOffset + compressedSize > n)
            throw new ZipError(file, `truncated: member ${name} extends beyond the end of the file`);
        entries.push({ name, method, compressedSize, size, crc, dataOffset, localOffset });
        p += 46 + nameLen + extraLen + commentLen;
    }
    // Central-directory entries that point into the same bytes (one member listed many times, or overlapping
    // ranges) would each be inflated: a zip bomb of aliases. No writer produces them; refused.
    const ranges = entries
        .map((e) => ({ name: e.name, start: e.localOffset, end: e.dataOffset + e.compressedSize }))
        .sort((a, b) => a.start - b.start);
    for (let i = 1; i < ranges.length; i++) {
        if (ranges[i].start < ranges[i - 1].end) {
            throw new ZipError(file, `members ${ranges[i - 1].name} and ${ranges[i].name} overlap (the same data listed twice): refused`);
        }
    }
    return entries;
}
/** The member's uncompressed bytes, CRC-checked. `maxSize` bounds what a corrupt header can make us allocate. */
function readZipEntry(bytes, entry, file, maxSize = 4 * 1024 ** 3) {
    const raw = entryData(bytes, entry, file, maxSize);
    if (entry.method === 0)
        return checkedEntry(raw, entry, file);
    let out;
    try {
        out = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.inflateRawSync)(raw, { maxOutputLength: Math.max(1, entry.size) });
    }
    catch (err) {
        throw corruptDeflate(entry, file, err);
    }
    return checkedEntry(out, entry, file);
}
/**
 * readZipEntry with the inflation on libuv's thread pool: members (of one archive or of several) inflated this way
 * run in parallel, and the main thread stays free meanwhile. A deflated member is inflated as a gzip stream built
 * around its raw deflate data (a 10-byte header before it, the member's CRC-32 and size after it), so that zlib checks
 * the CRC-32 on the thread pool as it inflates, instead of a second pass over the output on the main thread (ZIP and
 * gzip use the same CRC-32).
 */
async function readZipEntryAsync(bytes, entry, file, maxSize = 4 * 1024 ** 3) {
    const raw = entryData(bytes, entry, file, maxSize);
    if (entry.method === 0)
        return checkedEntry(raw, entry, file);
    // one output chunk for the whole member (up to 256 MiB): the default 16 KiB chunks cost a callback each. One byte
    // more than the member, or zlib, seeing its output chunk full, allocates a second one that stays unused
    const chunkSize = Math.min(Math.max(entry.size + 1, 64), 1 << 28);
    const chunks = [];
    let total = 0;
    try {
        await new Promise((resolve, reject) => {
            const gunzip = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.createGunzip)({ chunkSize });
            gunzip.on('data', (c) => {
                total += c.length;
                if (total > entry.size)
                    gunzip.destroy(new Error(`inflates to more than the ${entry.size} bytes its header gives`));
                else
                    chunks.push(c);
            });
            gunzip.on('end', resolve);
            gunzip.on('error', reject);
            gunzip.write(GZIP_HEADER);
            gunzip.write(raw);
            const trailer = Buffer.alloc(8);
            trailer.writeUInt32LE(entry.crc >>> 0, 0);
            trailer.writeUInt32LE(entry.size % 2 ** 32, 4);
            gunzip.end(trailer);
        });
    }
    catch {
        // the member is not what its header says, or its deflate stream does not end where its data does (zlib then
        // reads the leftover bytes as the gzip trailer, and the output of the failing write is never delivered): the raw
        // inflate decides, exactly as readZipEntry does (trailing bytes ignored, then the size and the CRC-32 checked)
        return rawInflatedEntry(raw, entry, file, chunkSize);
    }
    // zlib checked the CRC-32 (and the size modulo 2³²)
    return sizeChecked(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total), entry, file);
}
/** readZipEntry's inflation of a deflated member, on the thread pool: the slow path of readZipEntryAsync. */
async function rawInflatedEntry(raw, entry, file, chunkSize) {
    let out;
    try {
        out = await inflateRawAsync(raw, { maxOutputLength: Math.max(1, entry.size), chunkSize });
    }
    catch (err) {
        throw corruptDeflate(entry, file, err);
    }
    return checkedEntry(out, entry, file);
}
/** A gzip member header (RFC 1952): deflate, no flags, no time, OS unknown. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** The member's stored bytes, after the checks that come before inflating: its size bound and its method. */
function entryData(bytes, entry, file, maxSize) {
    if (entry.size > maxSize)
        throw new ZipError(file, `member ${entry.name} is larger than the ${maxSize}-byte limit`);
    const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.method === 0) {
        if (entry.compressedSize !== entry.size)
            throw new ZipError(file, `member ${entry.name}: stored sizes disagree`);
    }
    else if (entry.method !== 8) {
        throw new ZipError(file, `member ${entry.name}: unsupported compression method ${entry.method}`);
    }
    return raw;
}
function corruptDeflate(entry, file, err) {
    return new ZipError(file, `member ${entry.name}: corrupt deflate data (${err.message})`);
}
/** The member's bytes once they are out, of the size its header gives. */
function sizeChecked(out, entry, file) {
    if (out.length !== entry.size)
        throw new ZipError(file, `member ${entry.name}: inflated to ${out.length} bytes, header says ${entry.size}`);
    return out;
}
/** The member's bytes once they are out: the size its header gives, and its CRC-32. */
function checkedEntry(out, entry, file) {
    if ((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.crc32)(sizeChecked(out, entry, file)) >>> 0 !== entry.crc)
        throw new ZipError(file, `member ${entry.name}: CRC mismatch (corrupt file)`);
    return out;
}
/**
 * The first `n` bytes of a member (fewer when it is shorter), without inflating the rest: the compressed data is
 * fed in growing prefixes, so at most about 1032 × (twice what was needed) bytes are inflated. Not CRC-checked.
 */
function readZipEntryPrefix(bytes, entry, file, n) {
    const want = Math.min(n, entry.size);
    const raw = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    if (entry.method === 0)
        return raw.subarray(0, want);
    if (entry.method !== 8)
        throw new ZipError(file, `member ${entry.name}: unsupported compression method ${entry.method}`);
    for (let c = 256;; c *= 2) {
        const part = raw.subarray(0, Math.min(c, raw.length));
        let out;
        try {
            out = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.inflateRawSync)(part, {
                finishFlush: node_zlib__WEBPACK_IMPORTED_MODULE_1__.constants.Z_SYNC_FLUSH,
                maxOutputLength: Math.max(1, 1040 * part.length + 1024),
            });
        }
        catch (err) {
            throw new ZipError(file, `member ${entry.name}: corrupt deflate data (${err.message})`);
        }
        if (out.length >= want || part.length === raw.length)
            return out.subarray(0, want);
    }
}
/** Boundary on which a stored member's data starts (ZIP_ALIGN_EXTRA_ID pads its local header). */
const ZIP_STORED_ALIGNMENT = 64;
/** The extra field that pads a local header, as Android's zipalign writes it: the alignment (uint16), then zeros. */
const ZIP_ALIGN_EXTRA_ID = 0xd935;
/**
 * Writes a ZIP archive (ZIP64 when needed). `compress` deflates members, as np.savez_compressed does. A stored
 * member's data starts on a ZIP_STORED_ALIGNMENT boundary of the file, so that its .npy array (numpy pads the .npy
 * header to a multiple of 64 bytes) is aligned for its dtype and a reader can use it in place instead of copying it
 * out (readNpz does); other ZIP readers skip the padding field.
 */
function writeZip(members, compress = false) {
    const parts = [];
    const central = [];
    let offset = 0;
    const enc = new TextEncoder();
    for (const m of members) {
        const name = enc.encode(m.name);
        const crc = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.crc32)(m.data) >>> 0;
        const body = compress ? (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.deflateRawSync)(m.data) : Buffer.from(m.data.buffer, m.data.byteOffset, m.data.byteLength);
        const method = compress ? 8 : 0;
        const big = body.length >= 0xffffffff || m.data.length >= 0xffffffff || offset >= 0xffffffff;
        const zip64Local = big ? 20 : 0;
        const unpadded = 30 + name.length + zip64Local;
        const pad = compress
            ? 0
            : 6 + ((ZIP_STORED_ALIGNMENT - ((offset + unpadded + 6) % ZIP_STORED_ALIGNMENT)) % ZIP_STORED_ALIGNMENT);
        const lfh = Buffer.alloc(unpadded + pad);
        lfh.writeUInt32LE(LFH_SIG, 0);
        lfh.writeUInt16LE(big ? 45 : 20, 4);
        lfh.writeUInt16LE(0x0800, 6); // UTF-8 names
        lfh.writeUInt16LE(method, 8);
        lfh.writeUInt32LE(0, 10); // time/date: fixed, so archives are reproducible
        lfh.writeUInt32LE(crc, 14);
        lfh.writeUInt32LE(big ? 0xffffffff : body.length, 18);
        lfh.writeUInt32LE(big ? 0xffffffff : m.data.length, 22);
        lfh.writeUInt16LE(name.length, 26);
        lfh.writeUInt16LE(zip64Local + pad, 28);
        lfh.set(name, 30);
        if (pad) {
            lfh.writeUInt16LE(ZIP_ALIGN_EXTRA_ID, unpadded);
            lfh.writeUInt16LE(pad - 4, unpadded + 2);
            lfh.writeUInt16LE(ZIP_STORED_ALIGNMENT, unpadded + 4); // the rest stays zero
        }
        if (big) {
            lfh.writeUInt16LE(1, 30 + name.length);
            lfh.writeUInt16LE(16, 32 + name.length);
            lfh.writeBigUInt64LE(BigInt(m.data.length), 34 + name.length);
            lfh.writeBigUInt64LE(BigInt(body.length), 42 + name.length);
        }
        const zip64Central = big ? 28 : 0;
        const cdh = Buffer.alloc(46 + name.length + zip64Central);
        cdh.writeUInt32LE(CDH_SIG, 0);
        cdh.writeUInt16LE(big ? 45 : 20, 4);
        cdh.writeUInt16LE(big ? 45 : 20, 6);
        cdh.writeUInt16LE(0x0800, 8);
        cdh.writeUInt16LE(method, 10);
        cdh.writeUInt32LE(0, 12);
        cdh.writeUInt32LE(crc, 16);
        cdh.writeUInt32LE(big ? 0xffffffff : body.length, 20);
        cdh.writeUInt32LE(big ? 0xffffffff : m.data.length, 24);
        cdh.writeUInt16LE(name.length, 28);
        cdh.writeUInt16LE(zip64Central, 30);
        cdh.writeUInt32LE(big ? 0xffffffff : offset, 42);
        cdh.set(name, 46);
        if (big) {
            const q = 46 + name.length;
            cdh.writeUInt16LE(1, q);
            cdh.writeUInt16LE(24, q + 2);
            cdh.writeBigUInt64LE(BigInt(m.data.length), q + 4);
            cdh.writeBigUInt64LE(BigInt(body.length), q + 12);
            cdh.writeBigUInt64LE(BigInt(offset), q + 20);
        }
        parts.push(lfh, body);
        central.push(cdh);
        offset += lfh.length + body.length;
    }
    const cdOffset = offset;
    const cdSize = central.reduce((s, b) => s + b.length, 0);
    const tail = [];
    const needZip64 = cdOffset >= 0xffffffff || members.length >= 0xffff;
    if (needZip64) {
        const e64 = Buffer.alloc(56);
        e64.writeUInt32LE(EOCD64_SIG, 0);
        e64.writeBigUInt64LE(44n, 4);
        e64.writeUInt16LE(45, 12);
        e64.writeUInt16LE(45, 14);
        e64.writeBigUInt64LE(BigInt(members.length), 24);
        e64.writeBigUInt64LE(BigInt(members.length), 32);
        e64.writeBigUInt64LE(BigInt(cdSize), 40);
        e64.writeBigUInt64LE(BigInt(cdOffset), 48);
        const loc = Buffer.alloc(20);
        loc.writeUInt32LE(EOCD64_LOCATOR_SIG, 0);
        loc.writeBigUInt64LE(BigInt(cdOffset + cdSize), 8);
        loc.writeUInt32LE(1, 16);
        tail.push(e64, loc);
    }
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(EOCD_SIG, 0);
    eocd.writeUInt16LE(Math.min(members.length, 0xffff), 8);
    eocd.writeUInt16LE(Math.min(members.length, 0xffff), 10);
    eocd.writeUInt32LE(Math.min(cdSize, 0xffffffff), 12);
    eocd.writeUInt32LE(needZip64 ? 0xffffffff : cdOffset, 16);
    return Buffer.concat([...parts, ...central, ...tail, eocd]);
}


/***/ })

};
