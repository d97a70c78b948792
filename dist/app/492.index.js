export const id = 492;
export const ids = [492,172];
export const modules = {

/***/ 72172:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IMAGE_EXTENSIONS: () => (/* binding */ IMAGE_EXTENSIONS),
/* harmony export */   compareCodePoints: () => (/* binding */ compareCodePoints),
/* harmony export */   isImageName: () => (/* binding */ isImageName),
/* harmony export */   listImages: () => (/* binding */ listImages),
/* harmony export */   listImagesDetailed: () => (/* binding */ listImagesDetailed)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(89368);
/**
 * Listing the images of a folder the way pytorch-fid 0.3 does:
 *
 *     files = sorted([file for ext in IMAGE_EXTENSIONS for file in path.glob('*.{}'.format(ext))])
 *
 * Differences, on purpose:
 * - Extensions match in any letter case (x.PNG, y.Jpg). pytorch-fid's glob is case-sensitive on Linux and silently
 *   ignores such files; here they count.
 * - Only files (or symlinks to files) are returned; pytorch-fid would also return a directory named `x.png` and then
 *   crash opening it.
 * - Entries that look like images but cannot be opened (dangling symlinks, symlink loops, paths too long) are left
 *   out and reported (ListOptions.onOmitted; the CLI and the Action put them in the report's notes), never dropped
 *   silently.
 * - `recursive: true` also walks subfolders (pytorch-fid has no such option). Symlinked folders are followed once
 *   (a folder reached twice, e.g. through a symlink loop, is skipped).
 *
 * Same as pytorch-fid: hidden files (.x.png) are included (pathlib's glob matches them), and the order is Python's
 * sorted() order of the paths: code point order (not UTF-16 order, not locale order), compared folder by folder
 * like pathlib (so everything inside `a/` sorts before `a-b/`). A name that is not valid UTF-8 is listed and read
 * like Python lists it: each byte outside a well-formed UTF-8 sequence becomes the lone surrogate U+DC00 + byte
 * (util/fs-names.ts), which sorts as that code point (after U+D7FF, before U+E000 and every non-BMP character).
 */




/** pytorch-fid 0.3's IMAGE_EXTENSIONS, matched case-insensitively here. */
const IMAGE_EXTENSIONS = Object.freeze([
    'bmp',
    'jpg',
    'jpeg',
    'pgm',
    'png',
    'ppm',
    'tif',
    'tiff',
    'webp',
]);
const EXT_SET = new Set(IMAGE_EXTENSIONS);
function isImageName(name) {
    const dot = name.lastIndexOf('.');
    return dot >= 0 && EXT_SET.has(name.slice(dot + 1).toLowerCase());
}
/**
 * Compare strings by Unicode code point, like Python's str ordering. A surrogate pair is one code point >= 0x10000
 * (it sorts after U+E000..U+FFFF); a lone low surrogate (a byte escaped by fsDecode) is its own code point
 * U+DC80..U+DCFF.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        // A high surrogate (0xD800-0xDBFF) starts a pair, a code point >= 0x10000. Where both differ in the second half
        // of a pair (a common high surrogate before), both are low surrogates and x - y orders them.
        const xs = x >= 0xd800 && x <= 0xdbff && i + 1 < a.length;
        const ys = y >= 0xd800 && y <= 0xdbff && i + 1 < b.length;
        if (xs !== ys)
            return xs ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
function compareParts(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const c = compareCodePoints(a[i], b[i]);
        if (c !== 0)
            return c;
    }
    return a.length - b.length;
}
async function readDir(dir) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .fsPath */ .Jk)(dir), { withFileTypes: true, encoding: 'buffer' });
    }
    catch (err) {
        const code = err.code;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Cannot read folder ${(0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .printableName */ .Nt)(dir)}: ${code === 'EACCES' ? 'permission denied' : err.message}`, dir);
    }
}
/** stat, or why the entry cannot be used (a dangling symlink, a symlink loop, a path too long, ...). */
async function statOrReason(p) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .fsPath */ .Jk)(p));
    }
    catch (err) {
        const code = err.code;
        return code === 'ENOENT'
            ? 'dangling symlink (its target does not exist) or vanished'
            : code === 'ELOOP'
                ? 'symlink loop'
                : code === 'ENAMETOOLONG'
                    ? 'path too long'
                    : code === 'EACCES'
                        ? 'permission denied'
                        : `cannot stat (${code ?? err.message})`;
    }
}
async function walk(root, parts, recursive, state, limit) {
    const dir = parts.length ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, ...parts) : root;
    let real;
    try {
        real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .fsPath */ .Jk)(dir), { encoding: 'buffer' }).then((r) => r.toString('latin1'));
    }
    catch {
        return;
    }
    if (state.visited.has(real))
        return;
    state.visited.add(real);
    const entries = await readDir(dir);
    const subdirs = [];
    for (const e of entries) {
        if (state.found.length >= limit)
            return;
        // a name that is not valid UTF-8 keeps its bytes as escapes (fsDecode), like Python's listing
        const name = (0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .fsDecode */ .oV)(e.name);
        let isFile = e.isFile();
        let isDir = e.isDirectory();
        const relevant = recursive || isImageName(name);
        if ((e.isSymbolicLink() || (!isFile && !isDir)) && relevant) {
            // symlink, or a filesystem that does not report entry types (DT_UNKNOWN): stat it
            const s = await statOrReason((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
            if (typeof s === 'string') {
                if (isImageName(name))
                    state.omitted.push({ path: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), reason: s });
                continue;
            }
            isFile = s.isFile();
            isDir = s.isDirectory();
        }
        if (isFile && isImageName(name))
            state.found.push([...parts, name]);
        else if (isDir && recursive)
            subdirs.push(name);
    }
    for (const name of subdirs)
        await walk(root, [...parts, name], recursive, state, limit);
}
/**
 * The image files of `folder` (paths joined onto `folder` as given), sorted like pytorch-fid.
 * Throws InputError when the folder is missing, is not a folder, or holds no images.
 */
async function listImages(folder, opts = {}) {
    const r = await listImagesDetailed(folder, opts);
    const tell = opts.onOmitted ??
        ((o) => process.stderr.write(`warning: ${(0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .printableName */ .Nt)(o.path)} left out of the listing: ${o.reason}\n`));
    for (const o of r.omitted)
        tell(o);
    return r.files;
}
/** listImages, with the entries left out (and why) returned instead of reported. */
async function listImagesDetailed(folder, opts = {}) {
    const recursive = opts.recursive ?? false;
    let s;
    try {
        s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(folder);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Image folder not found: ${folder}`, folder);
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Cannot access image folder ${folder}: ${err.message}`, folder);
    }
    if (!s.isDirectory())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Not a folder: ${folder} (expected a folder of images)`, folder);
    const state = { found: [], visited: new Set(), omitted: [] };
    await walk(folder, [], recursive, state, Infinity);
    if (state.found.length === 0) {
        const exts = IMAGE_EXTENSIONS.map((e) => '.' + e).join(' ');
        let msg = `No images found in ${folder}: looked for files ending in ${exts} (any letter case)`;
        if (recursive) {
            msg += ' in the folder and all its subfolders.';
        }
        else {
            // Would --recursive help? Look for a single image below.
            const deep = { found: [], visited: new Set(), omitted: [] };
            await walk(folder, [], true, deep, 1).catch(() => undefined); // an unreadable subfolder only loses the hint
            msg += deep.found.length
                ? ` directly in the folder. Its subfolders hold images (e.g. ${(0,_util_fs_names_js__WEBPACK_IMPORTED_MODULE_3__/* .printableName */ .Nt)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, ...deep.found[0]))}): use --recursive to include them.`
                : ' in the folder; its subfolders (if any) hold none either.';
        }
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(msg, folder);
    }
    state.found.sort(compareParts);
    return { files: state.found.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, ...p)), omitted: state.omitted };
}


/***/ }),

/***/ 79492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   expandCommand: () => (/* binding */ expandCommand),
/* harmony export */   runSamplerCommand: () => (/* binding */ runSamplerCommand),
/* harmony export */   samplerEnvironment: () => (/* binding */ samplerEnvironment),
/* harmony export */   shellQuote: () => (/* binding */ shellQuote)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _images_list_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72172);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
// `--kind command`: run the user's own sampler, e.g. `python sample.py --out {out} --n {n} --seed {seed}`, then
// read the images it wrote.
//
// - {out}, {n} and {seed} in the command are replaced by the output folder, the number of samples and the seed,
//   each quoted for the shell (POSIX single quotes; on Windows double quotes for cmd.exe). The same values are in
//   the environment as FID_GATE_OUT, FID_GATE_N and FID_GATE_SEED.
// - The environment is an allow-list of the runner's (samplerEnvironment: PATH, HOME, locale, TMPDIR, CUDA_*,
//   NVIDIA_*, PYTHON*, VIRTUAL_ENV, CONDA_*, FID_GATE_*, ...), plus `env`; tokens and INPUT_* are not passed.
// - The command runs through the shell (/bin/sh -c, cmd.exe on Windows) in its own process group, with stdin
//   closed; its stdout and stderr are streamed line by line with a prefix ("[sampler] ").
// - The timeout sends SIGTERM to the whole process group, then SIGKILL after a grace period (default 10 s).
// - A non-zero exit, a signal or the timeout is an InputError quoting the last lines of its log. Afterwards the
//   folder's images (src/images/list.ts, sorted like pytorch-fid) are read: fewer than n is an error; more are
//   allowed, and the first n in sorted order are used.




/** Variables the sampler inherits by exact name (docs/sampling.md). */
const INHERITED_NAMES = new Set([
    'PATH',
    'HOME',
    'USER',
    'LOGNAME',
    'SHELL',
    'LANG',
    'LANGUAGE',
    'TZ',
    'TERM',
    'TMPDIR',
    'TMP',
    'TEMP',
    'CUDA_VISIBLE_DEVICES',
    'CUDA_HOME',
    'CUDA_PATH',
    'LD_LIBRARY_PATH',
    'VIRTUAL_ENV',
    'HF_HOME',
    'TORCH_HOME',
    'XDG_CACHE_HOME',
    'OMP_NUM_THREADS',
    'MKL_NUM_THREADS',
    // Windows: cmd.exe and Python need these
    'SYSTEMROOT',
    'SystemRoot',
    'COMSPEC',
    'ComSpec',
    'PATHEXT',
    'WINDIR',
    'windir',
    'USERPROFILE',
    'APPDATA',
    'LOCALAPPDATA',
]);
/** Variables the sampler inherits by prefix. */
const INHERITED_PREFIXES = ['LC_', 'NVIDIA_', 'PYTHON', 'CONDA_', 'FID_GATE_'];
/**
 * The part of `env` the sampler command gets: an allow-list (the names and prefixes above), so that the runner's
 * secrets (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, GITHUB_TOKEN, INPUT_*, ...) never reach it.
 */
function samplerEnvironment(env) {
    const out = {};
    for (const [k, v] of Object.entries(env)) {
        if (v === undefined)
            continue;
        if (INHERITED_NAMES.has(k) || INHERITED_PREFIXES.some((p) => k.startsWith(p)))
            out[k] = v;
    }
    return out;
}
function shellQuote(s, platform = process.platform) {
    if (platform === 'win32')
        return `"${s.replace(/"/g, '""')}"`;
    return `'${s.replace(/'/g, `'\\''`)}'`;
}
function expandCommand(command, values, platform = process.platform) {
    return command.replace(/\{(out|n|seed)\}/g, (_, k) => shellQuote(String(values[k]), platform));
}
/** Forwards a child's output to the log line by line, with a prefix, keeping its last 20 lines for an error message. */
function lineForwarder(log, prefix) {
    const tail = [];
    const emit = (line) => {
        const l = line.replace(/\r$/, '');
        tail.push(l);
        if (tail.length > 20)
            tail.shift();
        log(prefix + l);
    };
    const follow = (stream) => {
        let buf = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk) => {
            buf += chunk;
            let i;
            while ((i = buf.indexOf('\n')) >= 0) {
                emit(buf.slice(0, i));
                buf = buf.slice(i + 1);
            }
        });
        stream.on('end', () => {
            if (buf)
                emit(buf);
            buf = '';
        });
    };
    return { follow, tail };
}
/** The child's exit; background children that keep its pipes open are killed 2 s after it exits. */
function childExit(child, kill) {
    return new Promise((resolve, reject) => {
        let exited;
        let orphanTimer;
        child.on('error', (err) => reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command: cannot start the shell (${err.message})`, 'command')));
        child.on('exit', (c, s) => {
            exited = { code: c, signal: s };
            // Background children that keep the pipes open would hold 'close' back forever: stop them.
            orphanTimer = setTimeout(() => {
                kill('SIGKILL');
                resolve(exited);
            }, 2000);
        });
        child.on('close', (c, s) => {
            clearTimeout(orphanTimer);
            resolve(exited ?? { code: c, signal: s });
        });
    });
}
/** SIGTERM after the timeout, SIGKILL after the grace period; `stop` disarms both, `timedOut` says whether it fired. */
function armTimeout(o, log, prefix, kill) {
    const state = { timedOut: false, stop: () => { } };
    let killTimer;
    const timer = setTimeout(() => {
        state.timedOut = true;
        log(`${prefix}timeout after ${o.timeoutSeconds ?? 3600}s: sending SIGTERM`);
        kill('SIGTERM');
        killTimer = setTimeout(() => {
            log(`${prefix}still running: sending SIGKILL`);
            kill('SIGKILL');
        }, o.killGraceMs ?? 10000);
    }, (o.timeoutSeconds ?? 3600) * 1000);
    state.stop = () => {
        clearTimeout(timer);
        clearTimeout(killTimer);
    };
    return state;
}
/** Runs the user's sampler command in its own process group with an allow-listed environment. */
function startSampler(o, cmd) {
    const win = process.platform === 'win32';
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(win ? 'cmd.exe' : '/bin/sh', win ? ['/d', '/s', '/c', cmd] : ['-c', cmd], {
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: !win,
        windowsVerbatimArguments: win,
        env: {
            ...samplerEnvironment(process.env),
            ...o.env,
            FID_GATE_OUT: o.out,
            FID_GATE_N: String(o.n),
            FID_GATE_SEED: String(o.seed),
        },
    });
    const kill = (sig) => {
        try {
            if (!win && child.pid)
                process.kill(-child.pid, sig);
            else
                child.kill(sig);
        }
        catch {
            /* already gone */
        }
    };
    return { child, kill };
}
async function runSamplerCommand(o) {
    if (!o.command.trim())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('--command: empty command', 'command');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(o.out, { recursive: true });
    const cmd = expandCommand(o.command, o);
    const prefix = o.prefix ?? '[sampler] ';
    const log = o.log ?? ((l) => process.stderr.write(l + '\n'));
    const t0 = performance.now();
    const { child, kill } = startSampler(o, cmd);
    const { follow, tail } = lineForwarder(log, prefix);
    follow(child.stdout);
    follow(child.stderr);
    const timeout = armTimeout(o, log, prefix, kill);
    const { code, signal } = await childExit(child, kill);
    timeout.stop();
    const seconds = (performance.now() - t0) / 1000;
    const quoted = tail.length ? `; its last lines:\n${tail.map((l) => '  ' + l).join('\n')}` : ' (it printed nothing)';
    if (timeout.timedOut)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command did not finish within --timeout ${o.timeoutSeconds ?? 3600}s and was stopped${quoted}`, 'command');
    if (code !== 0)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command failed (${signal ? `killed by ${signal}` : `exit code ${code}`})${quoted}`, 'command');
    let files;
    try {
        files = await (0,_images_list_js__WEBPACK_IMPORTED_MODULE_2__.listImages)(o.out);
    }
    catch (err) {
        if (err.name === 'InputError')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command finished but wrote no images into ${o.out} (${err.message})`, 'command');
        throw err;
    }
    if (files.length < o.n)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command wrote ${files.length} image(s) into ${o.out}; ${o.n} were asked for`, 'command');
    return { files: files.slice(0, o.n), found: files.length, seconds };
}


/***/ })

};
