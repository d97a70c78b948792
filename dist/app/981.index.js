export const id = 981;
export const ids = [981];
export const modules = {

/***/ 40495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $g: () => (/* binding */ defaultCacheDir),
/* harmony export */   DU: () => (/* reexport safe */ _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__.DU),
/* harmony export */   Zf: () => (/* reexport safe */ _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__.Zf),
/* harmony export */   gG: () => (/* binding */ fileHandleSink),
/* harmony export */   sV: () => (/* binding */ removeStalePartials),
/* harmony export */   t_: () => (/* reexport safe */ _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__.t_)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(95105);
// Where fid-gate keeps downloaded weights and native add-ons, and how cache entries are written (atomically).




/**
 * The cache directory:
 *  1. `$FID_GATE_CACHE` (resolved against the working directory) when set;
 *  2. inside GitHub Actions (`GITHUB_ACTIONS=true` and `RUNNER_TOOL_CACHE` set): `<RUNNER_TOOL_CACHE>/fid-gate`;
 *  3. `$XDG_CACHE_HOME/fid-gate` when XDG_CACHE_HOME is an absolute path (any platform but Windows, as torch.hub does);
 *  4. Windows: `%LOCALAPPDATA%\fid-gate`; macOS: `~/Library/Caches/fid-gate`; elsewhere `~/.cache/fid-gate`.
 * `platform` and `home` exist for tests.
 */
function defaultCacheDir(env = process.env, platform = process.platform, home = node_os__WEBPACK_IMPORTED_MODULE_1___default().homedir()) {
    const p = platform === 'win32' ? (node_path__WEBPACK_IMPORTED_MODULE_2___default().win32) : (node_path__WEBPACK_IMPORTED_MODULE_2___default().posix);
    const set = (v) => v !== undefined && v.trim() !== '';
    if (set(env.FID_GATE_CACHE))
        return p.resolve(env.FID_GATE_CACHE);
    if (env.GITHUB_ACTIONS === 'true' && set(env.RUNNER_TOOL_CACHE))
        return p.join(env.RUNNER_TOOL_CACHE, 'fid-gate');
    if (platform === 'win32') {
        const local = set(env.LOCALAPPDATA) ? env.LOCALAPPDATA : p.join(home, 'AppData', 'Local');
        return p.join(local, 'fid-gate');
    }
    // The XDG spec says relative values are invalid and must be ignored.
    if (set(env.XDG_CACHE_HOME) && p.isAbsolute(env.XDG_CACHE_HOME))
        return p.join(env.XDG_CACHE_HOME, 'fid-gate');
    if (platform === 'darwin')
        return p.join(home, 'Library', 'Caches', 'fid-gate');
    return p.join(home, '.cache', 'fid-gate');
}
// The atomic writes live in src/util/atomic-write.ts; re-exported for the callers of this module.

/**
 * Removes `*.partial-*` files left in `dir` by killed processes, when older than `maxAgeMs` (default one day, so a
 * download running in a concurrent process is never touched). Best effort.
 */
async function removeStalePartials(dir, maxAgeMs = 24 * 3600 * 1000) {
    const removed = [];
    let names;
    try {
        names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    }
    catch {
        return removed;
    }
    const now = Date.now();
    for (const n of names) {
        if (!/\.partial-\d+-[0-9a-f]+$/.test(n))
            continue;
        const f = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, n);
        try {
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(f);
            if (s.isFile() && now - s.mtimeMs > maxAgeMs) {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.unlink)(f);
                removed.push(f);
            }
        }
        catch {
            /* raced with another process */
        }
    }
    return removed;
}
/**
 * A Writable that writes to `fh` and fsyncs it on end, leaving the handle open for the caller to close (unlike
 * `fh.createWriteStream({ autoClose: false })`, after which `fh.close()` never resolves on Node 20).
 */
function fileHandleSink(fh) {
    return new node_stream__WEBPACK_IMPORTED_MODULE_3__.Writable({
        write(chunk, _enc, cb) {
            (async () => {
                let off = 0;
                while (off < chunk.length)
                    off += (await fh.write(chunk, off, chunk.length - off)).bytesWritten;
            })().then(() => cb(), cb);
        },
        final(cb) {
            fh.sync().then(() => cb(), cb);
        },
    });
}


/***/ }),

/***/ 98981:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R0: () => (/* binding */ isUnreachable),
/* harmony export */   nV: () => (/* binding */ DownloadError),
/* harmony export */   nz: () => (/* binding */ downloadVerified)
/* harmony export */ });
/* unused harmony exports UNREACHABLE_CODES, parseRetryAfter */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44708);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(46466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(40495);
// Verified, resumable-by-retry (not by Range) HTTP(S) downloads with node:http/https only.
//
// Guarantees:
//  - the body is streamed to `<dest>.partial-<pid>-<random>` while it is hashed (SHA-256);
//  - `dest` only ever receives a complete, verified file, by an atomic rename (after fsync);
//  - the temp file is removed on every failure path (HTTP error, stall, truncation, wrong hash, fs error);
//  - transient failures (5xx, 408, 429, connection errors, stalls, truncated bodies) are retried with exponential
//    backoff + jitter, honouring Retry-After (capped); 4xx such as 404/403/410 fail at once.
//
// No proxy support: Node 20's http/https ignore HTTPS_PROXY, and tunnelling via CONNECT is not trivial enough to add
// here. Users behind a proxy pass the file with --weights instead.








class DownloadError extends Error {
    /** The URL that was asked for (not a redirect target, which may carry signed query strings). */
    url;
    reason;
    retryable;
    /** HTTP status, for reason 'http'. */
    status;
    /** System error code (ECONNREFUSED, ENOTFOUND, …), for reason 'network' or 'fs'. */
    code;
    /** Attempts made before giving up (set on the error that downloadVerified finally throws). */
    attempts = 1;
    /** Retry-After from the response, in ms, already capped. */
    retryAfterMs;
    constructor(url, reason, message, opts) {
        super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
        this.name = 'DownloadError';
        this.url = url;
        this.reason = reason;
        this.retryable = opts.retryable;
        this.status = opts.status;
        this.code = opts.code;
    }
}
/** Error codes that mean "we could not reach the server at all" (offline runner, firewall, DNS). */
const UNREACHABLE_CODES = new Set([
    'ENOTFOUND',
    'EAI_AGAIN',
    'EAI_FAIL',
    'EAI_NONAME',
    'ECONNREFUSED',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ENETDOWN',
    'EHOSTDOWN',
    'ETIMEDOUT',
    'EADDRNOTAVAIL',
    'UND_ERR_CONNECT_TIMEOUT',
]);
/** True when `err` is a DownloadError caused by the network being unreachable (as opposed to a server's answer). */
function isUnreachable(err) {
    return (err instanceof DownloadError &&
        err.reason === 'network' &&
        err.code !== undefined &&
        UNREACHABLE_CODES.has(err.code));
}
const MAX_REDIRECTS = 5;
const RETRY_4XX = new Set([408, 425, 429]);
const MAX_BACKOFF_MS = 60_000;
/**
 * Parses Retry-After: delta-seconds or an HTTP date. Returns ms (≥ 0), or undefined when absent/unparseable.
 * Capped by the caller.
 */
function parseRetryAfter(value, now = Date.now()) {
    if (value === undefined)
        return undefined;
    const v = value.trim();
    if (/^\d+$/.test(v))
        return Number(v) * 1000;
    const t = Date.parse(v);
    if (Number.isNaN(t))
        return undefined;
    return Math.max(0, t - now);
}
function backoffDelay(base, retryIndex) {
    const exp = Math.min(MAX_BACKOFF_MS, base * 2 ** retryIndex);
    return Math.round(exp * (0.5 + Math.random() * 0.5));
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Removes a URL's credentials and query string for messages (signed redirect URLs carry tokens). */
function redact(u) {
    return `${u.protocol}//${u.host}${u.pathname}`;
}
async function removeQuietly(p) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(p);
    }
    catch {
        /* already gone */
    }
}
/** One attempt: follows redirects, streams the body into `tmp` (created here), fsyncs it. Throws DownloadError. */
async function attempt(opts, tmp) {
    const origUrl = opts.url;
    const stallMs = opts.stallTimeoutMs ?? 30_000;
    const maxRetryAfter = opts.maxRetryAfterMs ?? 60_000;
    let url;
    try {
        url = new URL(origUrl);
    }
    catch {
        throw new DownloadError(origUrl, 'protocol', `Invalid URL: ${origUrl}`, { retryable: false });
    }
    const headers = { 'user-agent': 'fid-gate', 'accept-encoding': 'identity', ...opts.headers };
    const originHost = url.host;
    for (let hop = 0;; hop++) {
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            throw new DownloadError(origUrl, 'protocol', `Unsupported URL scheme ${url.protocol} in ${redact(url)}`, {
                retryable: false,
            });
        }
        // Credentials given for the original host must not leak to a redirect target on another host.
        const hopHeaders = { ...headers };
        if (url.host !== originHost) {
            for (const k of Object.keys(hopHeaders))
                if (/^(authorization|cookie)$/i.test(k))
                    delete hopHeaders[k];
        }
        const pending = await sendRequest(origUrl, url, hopHeaders, stallMs, opts.timeoutMs);
        const status = pending.res.statusCode ?? 0;
        if (status >= 300 && status < 400 && status !== 304) {
            discard(pending);
            const loc = pending.res.headers.location;
            if (!loc)
                throw new DownloadError(origUrl, 'redirect', `HTTP ${status} without a Location header from ${redact(url)}`, {
                    retryable: false,
                });
            if (hop + 1 > MAX_REDIRECTS) {
                throw new DownloadError(origUrl, 'redirect', `Too many redirects (more than ${MAX_REDIRECTS}) downloading ${origUrl}`, { retryable: false });
            }
            const next = new URL(loc, url);
            if (url.protocol === 'https:' && next.protocol === 'http:') {
                throw new DownloadError(origUrl, 'redirect', `Refusing redirect from https to plain http (${redact(next)})`, {
                    retryable: false,
                });
            }
            opts.log?.(`redirect ${status} → ${redact(next)}`);
            url = next;
            continue;
        }
        if (status !== 200) {
            discard(pending);
            // 5xx, 408 Request Timeout, 425 Too Early and 429 Too Many Requests are transient; every other status
            // (404/403/410/401…, or an unexpected 2xx such as 206) will not change by asking again.
            const retryable = status >= 500 || RETRY_4XX.has(status);
            const hint = status === 404 || status === 410
                ? ' (not found: check the URL / version)'
                : status === 403
                    ? ' (forbidden)'
                    : '';
            const err = new DownloadError(origUrl, 'http', `HTTP ${status}${hint} downloading ${origUrl}${url.toString() !== origUrl ? ` (from ${redact(url)})` : ''}`, { retryable, status });
            const ra = parseRetryAfter(headerString(pending.res.headers['retry-after']));
            if (ra !== undefined)
                err.retryAfterMs = Math.min(ra, maxRetryAfter);
            throw err;
        }
        return await receiveBody(opts, origUrl, pending, tmp);
    }
}
function headerString(h) {
    return Array.isArray(h) ? h[0] : h;
}
function sendRequest(origUrl, url, headers, stallMs, timeoutMs) {
    return new Promise((resolve, reject) => {
        const mod = url.protocol === 'https:' ? (node_https__WEBPACK_IMPORTED_MODULE_3___default()) : (node_http__WEBPACK_IMPORTED_MODULE_2___default());
        let abortErr;
        let stallTimer;
        let wallTimer;
        // agent:false → a fresh connection, closed afterwards (Node 20's global agent keeps sockets alive).
        const req = mod.request(url, { method: 'GET', headers, agent: false });
        const abort = (e) => {
            if (abortErr)
                return;
            abortErr = e;
            req.destroy(e);
        };
        const touch = () => {
            if (stallTimer)
                clearTimeout(stallTimer);
            stallTimer = setTimeout(() => abort(new DownloadError(origUrl, 'stall', `Download stalled: no data for ${stallMs} ms from ${redact(url)}`, {
                retryable: true,
            })), stallMs);
        };
        const cleanup = () => {
            if (stallTimer)
                clearTimeout(stallTimer);
            if (wallTimer)
                clearTimeout(wallTimer);
        };
        if (timeoutMs !== undefined) {
            wallTimer = setTimeout(() => abort(new DownloadError(origUrl, 'timeout', `Download attempt exceeded ${timeoutMs} ms (${redact(url)})`, {
                retryable: true,
            })), timeoutMs);
        }
        touch();
        req.on('response', (res) => {
            touch();
            resolve({ res, touch, cleanup, abortReason: () => abortErr, req });
        });
        req.on('error', (e) => {
            cleanup();
            if (abortErr)
                return reject(abortErr);
            reject(networkError(origUrl, url, e));
        });
        req.end();
    });
}
/** Drops a response we will not read: stops the timers and closes the connection. */
function discard(p) {
    p.cleanup();
    p.res.on('error', () => undefined); // destroying the request makes the response emit 'aborted' errors
    p.res.resume();
    p.req.destroy();
}
function networkError(origUrl, url, e) {
    if (e instanceof DownloadError)
        return e;
    const code = e.code ?? (e.message === 'aborted' ? 'ECONNRESET' : undefined);
    return new DownloadError(origUrl, 'network', `Network error downloading ${origUrl} (${redact(url)}): ${code ? `${code} ` : ''}${e.message}`, { retryable: true, code, cause: e });
}
/** Counts, hashes and size-limits the body on its way to the file; `state` holds what it saw. */
function bodyTap(opts, origUrl, p, total) {
    const state = {
        hash: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256'),
        bytes: 0,
    };
    const tap = new node_stream__WEBPACK_IMPORTED_MODULE_5__.Transform({
        transform(chunk, _enc, cb) {
            p.touch();
            state.bytes += chunk.length;
            if (opts.maxBytes !== undefined && state.bytes > opts.maxBytes) {
                state.tooLarge = new DownloadError(origUrl, 'too-large', `Refusing to download ${origUrl}: more than ${opts.maxBytes} bytes`, { retryable: false });
                cb(state.tooLarge);
                return;
            }
            state.hash.update(chunk);
            try {
                opts.onProgress?.(state.bytes, total);
            }
            catch {
                /* a failing progress callback must not break the download */
            }
            cb(null, chunk);
        },
    });
    return { tap, state };
}
/** What a failed body transfer was: too large, stalled, aborted, a local write error, truncated or the network. */
function bodyError(e, origUrl, p, tmp, total, state) {
    const bytes = state.bytes;
    const abort = p.abortReason();
    if (state.tooLarge)
        return state.tooLarge;
    if (abort && abort.reason === 'stall' && total !== undefined) {
        return new DownloadError(origUrl, 'stall', `${abort.message} after ${bytes} of ${total} bytes`, {
            retryable: true,
        });
    }
    if (abort)
        return abort;
    const err = e;
    if (err.syscall === 'write' ||
        err.code === 'ENOSPC' ||
        err.code === 'EDQUOT' ||
        err.code === 'EROFS' ||
        err.code === 'EACCES') {
        return new DownloadError(origUrl, 'fs', `Cannot write ${tmp}: ${err.message}`, {
            retryable: false,
            code: err.code,
            cause: e,
        });
    }
    if (total !== undefined && bytes < total) {
        return new DownloadError(origUrl, 'truncated', `Connection closed after ${bytes} of ${total} bytes downloading ${origUrl}`, { retryable: true, code: err.code, cause: e });
    }
    return networkError(origUrl, new URL(origUrl), err);
}
async function receiveBody(opts, origUrl, p, tmp) {
    const { res } = p;
    const clHeader = headerString(res.headers['content-length']);
    const total = clHeader !== undefined && /^\d+$/.test(clHeader.trim()) ? Number(clHeader) : undefined;
    if (opts.maxBytes !== undefined && total !== undefined && total > opts.maxBytes) {
        discard(p);
        throw new DownloadError(origUrl, 'too-large', `Refusing to download ${origUrl}: ${total} bytes exceeds the ${opts.maxBytes}-byte limit`, { retryable: false });
    }
    const { tap, state } = bodyTap(opts, origUrl, p, total);
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'wx', 0o644);
    }
    catch (e) {
        discard(p);
        const err = e;
        throw new DownloadError(origUrl, 'fs', `Cannot create ${tmp}: ${err.message}`, {
            retryable: false,
            code: err.code,
            cause: e,
        });
    }
    try {
        try {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(res, tap, (0,_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .fileHandleSink */ .gG)(fh)); // fsyncs at the end
        }
        catch (e) {
            throw bodyError(e, origUrl, p, tmp, total, state);
        }
        finally {
            p.cleanup();
        }
        if (total !== undefined && state.bytes !== total) {
            throw new DownloadError(origUrl, 'truncated', `Truncated download of ${origUrl}: received ${state.bytes} of ${total} bytes`, { retryable: true });
        }
    }
    finally {
        await fh.close().catch(() => undefined);
    }
    return { sha256: state.hash.digest('hex'), bytes: state.bytes };
}
/** The expected SHA-256 (full) or its prefix, lower-cased; a malformed one is a programming error (TypeError). */
function expectedHash(opts) {
    const expectedFull = opts.sha256?.trim().toLowerCase();
    const expectedPrefix = opts.sha256Prefix?.trim().toLowerCase();
    for (const [what, v] of [
        ['sha256', expectedFull],
        ['sha256Prefix', expectedPrefix],
    ]) {
        if (v !== undefined && !/^[0-9a-f]{1,64}$/.test(v))
            throw new TypeError(`downloadVerified: ${what} must be hex, got ${JSON.stringify(v)}`);
    }
    if (expectedFull !== undefined && expectedFull.length !== 64)
        throw new TypeError('downloadVerified: sha256 must have 64 hex digits (use sha256Prefix for a prefix)');
    return { expectedFull, expectedPrefix };
}
/** The destination's absolute path, its folder created. */
async function destinationFolder(opts) {
    const dest = node_path__WEBPACK_IMPORTED_MODULE_4___default().resolve(opts.dest);
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(dest), { recursive: true });
    }
    catch (e) {
        const err = e;
        throw new DownloadError(opts.url, 'fs', `Cannot create directory ${node_path__WEBPACK_IMPORTED_MODULE_4___default().dirname(dest)}: ${err.message}`, {
            retryable: false,
            code: err.code,
            cause: e,
        });
    }
    return dest;
}
/** A hash-mismatch DownloadError unless the download's SHA-256 is the expected one (or starts with the prefix). */
function checkHash(url, r, expectedFull, expectedPrefix, retryable) {
    const ok = expectedFull !== undefined
        ? r.sha256 === expectedFull
        : expectedPrefix !== undefined
            ? r.sha256.startsWith(expectedPrefix)
            : true;
    if (!ok) {
        const exp = expectedFull ?? `${expectedPrefix}… (prefix)`;
        throw new DownloadError(url, 'hash-mismatch', `SHA-256 mismatch for ${url}: expected ${exp}, got ${r.sha256} (${r.bytes} bytes)`, { retryable });
    }
}
async function moveIntoPlace(url, tmp, dest) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, dest);
    }
    catch (e) {
        const err = e;
        throw new DownloadError(url, 'fs', `Cannot move the download into place at ${dest}: ${err.message}`, {
            retryable: false,
            code: err.code,
            cause: e,
        });
    }
}
/**
 * Downloads `opts.url` to `opts.dest`, verifying the SHA-256 (full or prefix) when given.
 * Resolves with the final path, the file's SHA-256 and its size. Rejects with a DownloadError; `dest` is then
 * untouched.
 */
async function downloadVerified(opts) {
    const retries = Math.max(0, opts.retries ?? 4);
    const base = opts.backoffMs ?? 1000;
    const { expectedFull, expectedPrefix } = expectedHash(opts);
    const dest = await destinationFolder(opts);
    // A wrong hash is retried ONCE: a corrupt byte from a CDN edge or a middlebox, or a file replaced while we read it,
    // is transient; a second mismatch means the server really serves other bytes (or our pin is wrong), and more
    // retries would only download the same wrong file again.
    let hashRetried = false;
    let lastErr;
    let attempts = 0;
    for (let i = 0; i <= retries; i++) {
        attempts++;
        const tmp = (0,_cache_js__WEBPACK_IMPORTED_MODULE_7__/* .tempNameFor */ .DU)(dest);
        try {
            const r = await attempt(opts, tmp);
            checkHash(opts.url, r, expectedFull, expectedPrefix, !hashRetried);
            await moveIntoPlace(opts.url, tmp, dest);
            return { path: dest, sha256: r.sha256, bytes: r.bytes };
        }
        catch (e) {
            await removeQuietly(tmp);
            if (!(e instanceof DownloadError))
                throw e;
            lastErr = e;
            if (e.reason === 'hash-mismatch')
                hashRetried = true;
            if (!e.retryable || i === retries)
                break;
            const delay = e.retryAfterMs ?? backoffDelay(base, i);
            opts.log?.(`${e.message}; retrying in ${delay} ms (attempt ${i + 2} of ${retries + 1})`);
            await sleep(delay);
        }
    }
    const e = lastErr;
    const final = new DownloadError(e.url, e.reason, attempts > 1 ? `${e.message} (gave up after ${attempts} attempts)` : e.message, {
        retryable: e.retryable,
        status: e.status,
        code: e.code,
        cause: e.cause,
    });
    final.attempts = attempts;
    throw final;
}


/***/ })

};
