export const id = 932;
export const ids = [932];
export const modules = {

/***/ 75527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ fingerprintDifferences),
/* harmony export */   P: () => (/* binding */ protocolSummary)
/* harmony export */ });
/* harmony import */ var _protocol_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(91807);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(96228);


/** Stable JSON (sorted keys) for comparing settings objects. */
function stable(v) {
    if (Array.isArray(v))
        return `[${v.map(stable).join(',')}]`;
    if (v && typeof v === 'object') {
        return `{${Object.keys(v)
            .filter((k) => v[k] !== undefined)
            .sort()
            .map((k) => `${JSON.stringify(k)}:${stable(v[k])}`)
            .join(',')}}`;
    }
    return JSON.stringify(v) ?? 'undefined';
}
/**
 * The sampler settings that define how samples are drawn. Left out: the model (its file and hash are what a PR
 * changes: the thing under test), the command line of --kind command (likewise names the model), the device.
 */
function samplingWithoutDevice(s) {
    if (!s)
        return undefined;
    const { device: _device, model: _model, command: _command, ...rest } = s;
    return rest;
}
function short(v) {
    const s = typeof v === 'string' ? v : stable(v);
    return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
/**
 * Every way `current` and `base` differ in what defines their numbers; empty when they are comparable. Fields a
 * report from an older fid-gate does not record (seed, realDigest) are compared only when both have them.
 */
function fingerprintDifferences(current, base) {
    // protocolDifferences says "A vs B"; here every difference reads baseline → this run
    const out = (0,_protocol_js__WEBPACK_IMPORTED_MODULE_0__/* .protocolDifferences */ .xZ)(base, current).map((d) => d.replace(' vs ', ' → '));
    if ((current.quantization || '') !== (base.quantization || ''))
        out.push(`quantization ${base.quantization || 'unrecorded'} → ${current.quantization || 'unrecorded'}`);
    if (current.nReal !== base.nReal)
        out.push(`N real ${base.nReal} → ${current.nReal}`);
    if (current.nGenerated !== base.nGenerated)
        out.push(`N generated ${base.nGenerated} → ${current.nGenerated} (FID's bias depends on N)`);
    if (current.realDigest && base.realDigest && current.realDigest !== base.realDigest) {
        out.push(`reference set changed (features ${base.realDigest.slice(0, 12)} → ${current.realDigest.slice(0, 12)})`);
    }
    if (current.seed !== undefined && base.seed !== undefined && current.seed !== base.seed)
        out.push(`seed ${base.seed} → ${current.seed}`);
    const sa = samplingWithoutDevice(base.sampling), sb = samplingWithoutDevice(current.sampling);
    if (!!sa !== !!sb)
        out.push(sb
            ? 'the generated side is now sampled from a model, the baseline read images'
            : 'the baseline sampled from a model, this run read images');
    else if (sa && sb) {
        for (const k of [...new Set([...Object.keys(sa), ...Object.keys(sb)])].sort()) {
            if (stable(sa[k]) !== stable(sb[k]))
                out.push(`sampler ${k} ${short(sa[k])} → ${short(sb[k])}`);
        }
    }
    if ((current.fidGateVersion || '') !== (base.fidGateVersion || ''))
        out.push(`fid-gate ${base.fidGateVersion || 'unrecorded'} → ${current.fidGateVersion || 'unrecorded'}`);
    return out;
}
/** "N real A / generated B", or "N unknown" when neither size is recorded. */
function countsText(nReal, nGenerated) {
    return nReal > 0 || nGenerated > 0 ? `N real ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .countText */ .lT)(nReal)} / generated ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .countText */ .lT)(nGenerated)}` : 'N unknown';
}
/** The fingerprint in one line (plain text; markdown escapes it): extractor, weights, resize, quantization, N, seed,
 * sampler, version. */
function protocolSummary(r) {
    const p = r.protocol;
    const s = samplingWithoutDevice(p.sampling);
    const sampler = s
        ? `, sampler ${Object.entries(s)
            .filter(([k]) => k !== 'n')
            .map(([k, v]) => `${k}=${short(v)}`)
            .join(' ')}`
        : '';
    return (`${p.extractor}, weights ${p.weights} (sha256 ${String(p.weightsSha256).slice(0, 12)}), resize ${p.resize}, quantization ${p.quantization || 'unrecorded'}, ` +
        `${countsText(p.nReal, p.nGenerated)}${p.realDigest ? ` (reference ${p.realDigest.slice(0, 12)})` : ''}${p.seed !== undefined ? `, seed ${p.seed}` : ''}${sampler}, fid-gate ${p.fidGateVersion || 'unrecorded'}`);
}


/***/ }),

/***/ 4616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sw: () => (/* binding */ downloadMetricsArtifact),
/* harmony export */   Vb: () => (/* binding */ defaultArtifactName),
/* harmony export */   Zn: () => (/* binding */ uploadFiles)
/* harmony export */ });
/* unused harmony exports MAX_METRICS_ARTIFACT_BYTES, extractMetricsMember */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_zip_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52003);
/* harmony import */ var _report_metrics_json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41814);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(53385);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(48129);
// Workflow artifacts. Upload: the metrics JSON (the next run's baseline), the generated set's statistics, the preview
// grids and history charts, with @actions/artifact; skipped outside a runner (no ACTIONS_RUNTIME_TOKEN), a warning on
// failure: the verdict stands. Download: the metrics artifact of another run, which is untrusted: size-bounded,
// digest-checked, and only its one expected member is read, never extracted by name.






/** The metrics artifact holds one small JSON file. */
const MAX_METRICS_ARTIFACT_BYTES = 5 * 1024 * 1024;
/** Uploads `files` (under `rootDir`) as artifact `name`; skipped outside a runner, a warning on failure. */
async function uploadFiles(name, files, rootDir, opts = {}) {
    const log = opts.log ?? _log_js__WEBPACK_IMPORTED_MODULE_4__/* .coreLog */ .u;
    if (!process.env.ACTIONS_RUNTIME_TOKEN) {
        const reason = `artifact ${name} not uploaded: not running inside a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN)`;
        log.info(reason);
        return { uploaded: false, reason };
    }
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(351), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
        const r = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir, {
            ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}),
            compressionLevel: 6,
        });
        log.info(`artifact ${name}: uploaded (${r.size ?? '?'} bytes, id ${r.id ?? '?'})`);
        return { uploaded: true, id: r.id };
    }
    catch (err) {
        const reason = `fid-gate: could not upload artifact ${name} (${err.message.split('\n')[0]}); later runs will have no baseline from this one`;
        log.warning(reason);
        return { uploaded: false, reason };
    }
}
/** The artifact name for a comment key: `fid-gate-metrics` for the default key, `fid-gate-metrics-KEY` otherwise. */
function defaultArtifactName(key) {
    return key === 'default' ? 'fid-gate-metrics' : `fid-gate-metrics-${key}`;
}
/**
 * Downloads the metrics artifact of another run (@actions/artifact with findBy: the public REST API, token with
 * actions: read) and returns the path of its metrics JSON; `{ missing }` when the run has no such artifact. Refuses
 * an artifact larger than a metrics file or one whose digest does not match. Other failures throw (one line).
 */
async function downloadMetricsArtifact(o) {
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(351), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
    const client = new DefaultArtifactClient();
    const findBy = { token: o.token, workflowRunId: o.runId, repositoryOwner: o.owner, repositoryName: o.repo };
    let artifact;
    try {
        ({ artifact } = await client.getArtifact(o.artifactName, { findBy }));
    }
    catch (err) {
        if (err.name === 'ArtifactNotFoundError' || /artifact not found/i.test(err.message)) {
            return { missing: `run ${o.runId} has no artifact ${o.artifactName}` };
        }
        const status = (0,_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .httpStatus */ .nG)(err);
        const hint = status === 403 || status === 404 ? ' (the token needs `permissions: actions: read`)' : '';
        throw new Error(`could not look up artifact ${o.artifactName} of run ${o.runId}: ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .describeApiError */ .gg)(err)}${hint}`);
    }
    if (artifact.size > MAX_METRICS_ARTIFACT_BYTES) {
        throw new Error(`artifact ${o.artifactName} of run ${o.runId} is ${artifact.size} bytes, more than a metrics file; ignored`);
    }
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(o.tempDir, 'artifact-'));
    let r;
    try {
        // skipDecompress: keep the zip as downloaded and read its one expected member ourselves (below), so nothing
        // from another run is ever extracted to disk by member name (zip-slip) or unbounded in size (zip bomb)
        r = await client.downloadArtifact(artifact.id, {
            path: dir,
            findBy,
            skipDecompress: true,
            ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
        });
    }
    catch (err) {
        throw new Error(`could not download artifact ${o.artifactName} of run ${o.runId}: ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_5__/* .describeApiError */ .gg)(err)}`);
    }
    if (r.digestMismatch)
        throw new Error(`artifact ${o.artifactName} of run ${o.runId} does not match its digest; ignored`);
    return { file: await extractMetricsMember(r.downloadPath ?? dir, `artifact ${o.artifactName} of run ${o.runId}`) };
}
/**
 * Artifacts from other runs are untrusted. `dir` holds the downloaded zip (one plain file, at most
 * MAX_METRICS_ARTIFACT_BYTES); only its member named exactly `metrics.json` is read (a `../metrics.json`,
 * `/abs/metrics.json` or `sub/metrics.json` member is never it), inflated with a MAX_METRICS_BYTES bound whatever
 * its header claims, and written to a fresh folder inside `dir`. Returns that file's path; throws (one line) otherwise.
 */
async function extractMetricsMember(dir, what) {
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
    if (names.length !== 1)
        throw new Error(`${what}: expected one downloaded zip, found ${names.length} entries`);
    const zipPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, names[0]);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(zipPath);
    if (!st.isFile())
        throw new Error(`${what}: the download is not a plain file`);
    if (st.size > MAX_METRICS_ARTIFACT_BYTES)
        throw new Error(`${what} is ${st.size} bytes, more than a metrics file; ignored`);
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(zipPath);
    let data;
    try {
        const entry = (0,_util_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .readZipEntries */ .YJ)(bytes, what).find((e) => e.name === _report_metrics_json_js__WEBPACK_IMPORTED_MODULE_3__/* .METRICS_FILE_NAME */ .tU);
        if (!entry)
            throw new Error(`${what} holds no ${_report_metrics_json_js__WEBPACK_IMPORTED_MODULE_3__/* .METRICS_FILE_NAME */ .tU}`);
        if (entry.size > _report_metrics_json_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_METRICS_BYTES */ .dn)
            throw new Error(`${what}: its ${_report_metrics_json_js__WEBPACK_IMPORTED_MODULE_3__/* .METRICS_FILE_NAME */ .tU} is ${entry.size} bytes; a metrics JSON is at most ${_report_metrics_json_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_METRICS_BYTES */ .dn} bytes`);
        data = (0,_util_zip_js__WEBPACK_IMPORTED_MODULE_2__/* .readZipEntry */ .g7)(bytes, entry, what, _report_metrics_json_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_METRICS_BYTES */ .dn);
    }
    catch (err) {
        throw new Error(err.message.startsWith(what) ? err.message : `${what}: ${err.message}`);
    }
    const out = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'member-'));
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(out, _report_metrics_json_js__WEBPACK_IMPORTED_MODULE_3__/* .METRICS_FILE_NAME */ .tU);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, data);
    return file;
}


/***/ }),

/***/ 86932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkComparable: () => (/* binding */ checkComparable),
/* harmony export */   resolveBaseline: () => (/* binding */ resolveBaseline)
/* harmony export */ });
/* harmony import */ var _report_metrics_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41814);
/* harmony import */ var _runs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1281);
/* harmony import */ var _core_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75527);



/** Compares protocol fingerprints (report/fingerprint.ts); any difference is one warning and no comparison. */
function checkComparable(current, base, view) {
    const diff = (0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprintDifferences */ .$)(current.protocol, base.protocol);
    if (diff.length) {
        return {
            view,
            found: base,
            notComparable: diff,
            warnings: [`baseline not comparable: ${diff.join('; ')}; no comparison`],
            notes: [],
        };
    }
    return { view, report: base, found: base, warnings: [], notes: [] };
}
/** The baseline selected by the `baseline` input. `spec` is 'none', 'auto' or a path. */
async function resolveBaseline(spec, current, auto) {
    if (spec === 'none')
        return { view: { source: 'none' }, warnings: [], notes: [] };
    if (spec !== 'auto') {
        const base = await (0,_report_metrics_json_js__WEBPACK_IMPORTED_MODULE_0__/* .readMetricsFile */ ._c)(spec);
        return checkComparable(current, base, { source: 'file', path: spec, createdAt: base.createdAt });
    }
    const missing = ['token', 'owner', 'repo', 'runId', 'branch', 'octokit'].filter((k) => !auto[k]);
    if (missing.length) {
        const why = missing.includes('token')
            ? 'no github-token'
            : missing.includes('branch')
                ? 'no base branch known'
                : 'not inside a GitHub Actions run';
        return {
            view: { source: 'none' },
            warnings: [],
            notes: [`no baseline: baseline: auto needs a workflow run to look up (${why})`],
        };
    }
    return autoBaseline(current, auto);
}
async function autoBaseline(current, o) {
    const log = o.log ?? (() => undefined);
    const none = (notes, warnings = []) => ({
        view: { source: 'none' },
        warnings,
        notes,
    });
    const listed = await (0,_runs_js__WEBPACK_IMPORTED_MODULE_1__/* .listSuccessfulRuns */ .r)(o);
    if ('problem' in listed)
        return none([], [`baseline auto: ${listed.problem}; no comparison`]);
    const candidates = listed.runs;
    if (!candidates.length)
        return none([`no baseline: no successful run of this workflow on ${o.branch} yet`]);
    for (const cand of candidates.slice(0, o.maxCandidates ?? 5)) {
        const view = {
            source: 'auto',
            runId: cand.id,
            branch: o.branch,
            createdAt: cand.createdAt,
            runUrl: cand.htmlUrl,
        };
        const got = await (0,_runs_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchRunMetrics */ .P)({ ...o, runId: cand.id });
        if ('failed' in got)
            return none([], [`baseline auto: ${got.failed}; no comparison`]);
        if ('missing' in got) {
            log(`baseline: ${got.missing}`);
            continue;
        }
        if ('unusable' in got)
            return none([], [`baseline auto: the metrics of run ${cand.id} are unusable: ${got.unusable}; no comparison`]);
        log(`baseline: run ${cand.id} on ${o.branch} (${cand.createdAt})`);
        return checkComparable(current, got.report, view);
    }
    return none([`no baseline: the latest successful runs on ${o.branch} have no artifact ${o.artifactName}`]);
}


/***/ }),

/***/ 53385:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ coreLog)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33838);
// Where the GitHub-side helpers write their log lines: the Action passes its own (so tests can record them); the
// default writes through @actions/core, which prints workflow commands on a runner and plain lines elsewhere.

const coreLog = {
    info: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(m),
    warning: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(m),
    debug: (m) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(m),
};


/***/ }),

/***/ 48129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   gg: () => (/* binding */ describeApiError),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony export retryAfterMs */
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(53385);
// GitHub API errors: their HTTP status, a one-line description without credentials, and retries with exponential
// backoff on 5xx, 429, rate-limit 403s and dropped connections, honouring Retry-After up to a cap. The wait is
// injected (`sleep`) so that tests of the backoff take no time.

/** HTTP status of an Octokit error (RequestError), if any. */
function httpStatus(err) {
    const s = err?.status;
    return typeof s === 'number' ? s : undefined;
}
function header(err, name) {
    const h = err?.response?.headers;
    const v = h?.[name];
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), if it is present and sane. */
function retryAfterMs(value, now = Date.now()) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value.trim()))
        return Math.round(Number(value) * 1000);
    const t = Date.parse(value);
    return Number.isFinite(t) ? Math.max(0, t - now) : undefined;
}
/** One line about an API error, without headers or request details (they may hold credentials). */
function describeApiError(err) {
    const status = httpStatus(err);
    const raw = err?.message ?? String(err);
    const msg = raw
        .split('\n')[0]
        .replace(/(token|bearer)\s+[A-Za-z0-9_.-]+/gi, '$1 ***')
        .slice(0, 300);
    return status !== undefined ? `HTTP ${status}: ${msg}` : msg;
}
/** Connection-level failures worth a retry (the error's code, or its cause's: fetch wraps them). */
const RETRYABLE_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'EAI_AGAIN',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
]);
function networkCode(err) {
    for (let e = err, i = 0; e && i < 5; e = e.cause, i++) {
        if (typeof e.code === 'string' && RETRYABLE_CODES.has(e.code))
            return e.code;
    }
    return undefined;
}
function isRetryable(err) {
    // a connection reset (the server or a proxy dropped the socket) carries no HTTP status
    if (networkCode(err))
        return true;
    const status = httpStatus(err);
    if (status === undefined)
        return false;
    if (status === 429 || status >= 500)
        return true;
    // secondary rate limits come as 403 with retry-after or an exhausted quota
    return status === 403 && (header(err, 'retry-after') !== undefined || header(err, 'x-ratelimit-remaining') === '0');
}
/** Runs `fn`, retrying on 5xx, 429 and rate-limit 403s with exponential backoff; honours Retry-After up to the cap. */
async function withRetry(what, fn, o = {}) {
    const retries = o.retries ?? 3;
    const base = o.baseDelayMs ?? 1000;
    const cap = o.maxDelayMs ?? 20_000;
    const sleep = o.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    const log = o.log ?? ((m) => _log_js__WEBPACK_IMPORTED_MODULE_0__/* .coreLog */ .u.info(m));
    for (let attempt = 0;; attempt++) {
        try {
            return await fn();
        }
        catch (err) {
            if (!isRetryable(err) || attempt >= retries)
                throw err;
            const asked = retryAfterMs(header(err, 'retry-after'), (o.now ?? Date.now)());
            const delay = Math.min(cap, asked ?? base * 2 ** attempt);
            log(`${what}: ${describeApiError(err)}; retry ${attempt + 1}/${retries} in ${(delay / 1000).toFixed(1)} s`);
            await sleep(delay);
        }
    }
}


/***/ }),

/***/ 1281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ fetchRunMetrics),
/* harmony export */   r: () => (/* binding */ listSuccessfulRuns)
/* harmony export */ });
/* harmony import */ var _report_metrics_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(41814);
/* harmony import */ var _artifacts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4616);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48129);
// The runs a baseline or a history is read from: the successful runs of this workflow on a branch, newest first, and
// one run's metrics artifact, downloaded and validated. Both never throw: a failure is a value saying why, which
// baseline.ts turns into a warning and history.ts into a note.



const SHA_RE = /^[0-9a-f]{7,40}$/i;
function permissionHint(err) {
    const status = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .httpStatus */ .nG)(err);
    return status === 403 || status === 404 ? ' (the token needs `permissions: actions: read`)' : '';
}
/**
 * The successful runs of the workflow that `runId` belongs to, on `branch`, newest first, `runId` itself left out:
 * GET the run for its workflow_id, then GET that workflow's runs with `branch` and `status: success`. Runs whose id is
 * not a positive integer, or whose head branch is another one, are dropped. Never throws: a failure is `{ problem }`.
 */
async function listSuccessfulRuns(o) {
    try {
        const octokit = await o.octokit();
        const run = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', {
            owner: o.owner,
            repo: o.repo,
            run_id: o.runId,
        });
        const workflowId = run.data.workflow_id;
        if (typeof workflowId !== 'number')
            return { problem: `run ${o.runId} names no workflow` };
        const listed = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            owner: o.owner,
            repo: o.repo,
            workflow_id: workflowId,
            branch: o.branch,
            status: 'success',
            per_page: Math.min(100, o.perPage ?? 20),
        });
        const runs = (listed.data.workflow_runs ?? [])
            .map((r) => ({
            id: Number(r.id),
            createdAt: String(r.created_at),
            headBranch: r.head_branch ?? null,
            htmlUrl: typeof r.html_url === 'string' ? r.html_url : undefined,
            headSha: typeof r.head_sha === 'string' && SHA_RE.test(r.head_sha) ? r.head_sha.toLowerCase() : undefined,
        }))
            .filter((r) => Number.isSafeInteger(r.id) &&
            r.id > 0 &&
            r.id !== o.runId &&
            (r.headBranch === null || r.headBranch === o.branch))
            // the API lists newest first already; sorting again keeps that true whatever it returns
            .sort((a, b) => (Date.parse(b.createdAt) || 0) - (Date.parse(a.createdAt) || 0) || b.id - a.id);
        return { runs };
    }
    catch (err) {
        return {
            problem: `could not list the workflow's runs on ${o.branch}: ${(0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .describeApiError */ .gg)(err)}${permissionHint(err)}`,
        };
    }
}
/** Downloads and validates the metrics artifact of one run (baseline auto and the history); never throws. */
async function fetchRunMetrics(o) {
    let got;
    try {
        got = await (0,_artifacts_js__WEBPACK_IMPORTED_MODULE_1__/* .downloadMetricsArtifact */ .Sw)(o);
    }
    catch (err) {
        return { failed: err.message };
    }
    if ('missing' in got)
        return got;
    try {
        return { report: await (0,_report_metrics_json_js__WEBPACK_IMPORTED_MODULE_0__/* .readMetricsFile */ ._c)(got.file) };
    }
    catch (err) {
        // the temp path means nothing to a reader; the member's name does
        return { unusable: err.message.split(got.file).join(_report_metrics_json_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS_FILE_NAME */ .tU) };
    }
}


/***/ }),

/***/ 41814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _c: () => (/* binding */ readMetricsFile),
/* harmony export */   dn: () => (/* binding */ MAX_METRICS_BYTES),
/* harmony export */   tU: () => (/* binding */ METRICS_FILE_NAME)
/* harmony export */ });
/* unused harmony exports MAX_REPLICATES, validateMetricsReport */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_user_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3832);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _util_json_depth_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(25512);
/* harmony import */ var _metrics_registry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64049);
/* harmony import */ var _core_report_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(47561);
// The metrics JSON (schema fid-gate/metrics@2; version 1 files are read too): what a run writes and uploads, and what a
// later run reads back as its
// baseline, its history or (mode: comment) the report to post. A metrics file may come from another run or from
// anyone, so it is read size-limited and validated field by field into a fresh copy.







/** A metrics JSON is a few kB; anything much larger is not one. */
const MAX_METRICS_BYTES = 1024 * 1024;
/** The file name inside the metrics artifact. */
const METRICS_FILE_NAME = 'metrics.json';
const MAX_STRING = 10_000;
class Invalid extends Error {
}
function fail(where, what) {
    throw new Invalid(`${where}: ${what}`);
}
function isObj(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v);
}
function vStr(v, where, optional = false) {
    if (v === undefined && optional)
        return '';
    if (typeof v !== 'string')
        fail(where, `expected a string, found ${v === null ? 'null' : typeof v}`);
    if (v.length > MAX_STRING)
        fail(where, `string longer than ${MAX_STRING} characters`);
    return v;
}
function vNum(v, where) {
    // JSON has no NaN/Infinity; a string "NaN" or null is refused here too
    if (typeof v !== 'number' || !Number.isFinite(v))
        fail(where, `expected a finite number, found ${JSON.stringify(v)?.slice(0, 40) ?? typeof v}`);
    return v;
}
function vCount(v, where) {
    const n = vNum(v, where);
    if (!Number.isSafeInteger(n) || n < 0)
        fail(where, `expected a non-negative integer, found ${n}`);
    return n;
}
function vSummary(v, where) {
    if (!isObj(v))
        fail(where, 'expected an object');
    const kind = v.kind;
    if (kind !== 'folder' && kind !== 'stats' && kind !== 'samples')
        fail(`${where}.kind`, `expected "folder", "stats" or "samples", found ${JSON.stringify(kind)?.slice(0, 40)}`);
    return { source: vStr(v.source, `${where}.source`), kind, count: vCount(v.count, `${where}.count`) };
}
/** At most this many bootstrap replicates are read back from a metrics file (the default is 200). */
const MAX_REPLICATES = 10_000;
/** Sampler settings from another run: small, flat-ish JSON. */
const MAX_SETTINGS_CHARS = 20_000;
function vInterval(v, where) {
    if (!isObj(v))
        fail(where, 'expected an object');
    const halfWidth = vNum(v.halfWidth, `${where}.halfWidth`), se = vNum(v.se, `${where}.se`), scale = vNum(v.scale, `${where}.scale`);
    if (halfWidth < 0 || se < 0 || !(scale > 0 && scale <= 1))
        fail(where, 'halfWidth and se must be ≥ 0, scale in (0, 1]');
    if (v.level !== 0.95)
        fail(`${where}.level`, `expected 0.95, found ${JSON.stringify(v.level)?.slice(0, 20)}`);
    const out = { halfWidth, level: 0.95, se, scale };
    if (v.replicates !== undefined) {
        if (!Array.isArray(v.replicates) || v.replicates.length > MAX_REPLICATES)
            fail(`${where}.replicates`, `expected an array of at most ${MAX_REPLICATES} numbers`);
        out.replicates = v.replicates.map((x, i) => vNum(x, `${where}.replicates[${i}]`));
    }
    if (v.method !== undefined) {
        if (v.method !== 'bootstrap' && v.method !== 'delta-method' && v.method !== 'u-statistic')
            fail(`${where}.method`, `expected "bootstrap", "delta-method" or "u-statistic", found ${JSON.stringify(v.method)?.slice(0, 40)}`);
        out.method = v.method;
    }
    return out;
}
/** Sampler settings: a JSON object, size-bounded, kept as data (only ever compared and printed escaped). */
function vSettings(v, where) {
    if (v === undefined)
        return undefined;
    if (!isObj(v))
        fail(where, 'expected an object');
    if (JSON.stringify(v).length > MAX_SETTINGS_CHARS)
        fail(where, `larger than ${MAX_SETTINGS_CHARS} characters`);
    return JSON.parse(JSON.stringify(v));
}
function vBootstrap(v, where) {
    if (v === undefined)
        return undefined;
    if (!isObj(v) || !isObj(v.draws))
        fail(where, 'expected { replicates, draws: { real, generated } }');
    const draws = (x, w) => {
        if (!isObj(x))
            fail(w, 'expected { real, generated }');
        return { real: vCount(x.real, `${w}.real`), generated: vCount(x.generated, `${w}.generated`) };
    };
    return {
        replicates: vCount(v.replicates, `${where}.replicates`),
        draws: draws(v.draws, `${where}.draws`),
        ...(v.fidDraws !== undefined ? { fidDraws: draws(v.fidDraws, `${where}.fidDraws`) } : {}),
    };
}
function vRun(v, where) {
    if (v === undefined)
        return undefined;
    if (!isObj(v))
        fail(where, 'expected an object');
    const out = {};
    for (const k of ['repository', 'eventName', 'headSha', 'baseRef', 'ref'])
        if (v[k] !== undefined)
            out[k] = vStr(v[k], `${where}.${k}`);
    for (const k of ['runId', 'pullRequest']) {
        if (v[k] === undefined)
            continue;
        const n = vCount(v[k], `${where}.${k}`);
        if (n < 1)
            fail(`${where}.${k}`, 'expected a positive integer');
        out[k] = n;
    }
    return out;
}
/**
 * Checks a parsed metrics JSON (schema 'fid-gate/metrics@2', or @1 from older versions) and returns a fresh copy
 * holding only validated fields:
 * the schema; strings, numbers and counts of the protocol and of both inputs; every known metric's finite value (and
 * std), with the direction every fid-gate report gives it; the notes; the duration. Unknown metrics are dropped; a
 * `gate` from another run is dropped (it is re-evaluated). Throws InputError naming the source and the field.
 */
function validateMetricsReport(data, source) {
    try {
        if (!isObj(data))
            fail('metrics JSON', 'expected an object');
        // before any field is read: a value nested 100 000 levels deep would overflow the stack of JSON.stringify
        if ((0,_util_json_depth_js__WEBPACK_IMPORTED_MODULE_5__/* .nestedDeeperThan */ .iS)(data))
            fail('metrics JSON', `nested more than ${_util_json_depth_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_JSON_DEPTH */ .KX} levels deep`);
        if (!_core_report_types_js__WEBPACK_IMPORTED_MODULE_4__/* .READABLE_METRICS_SCHEMAS */ .M.includes(data.schema))
            fail('schema', `expected ${_core_report_types_js__WEBPACK_IMPORTED_MODULE_4__/* .READABLE_METRICS_SCHEMAS */ .M.map((x) => `"${x}"`).join(' or ')}, found ${JSON.stringify(data.schema)?.slice(0, 60) ?? 'none'}`);
        const p = data.protocol;
        if (!isObj(p))
            fail('protocol', 'expected an object');
        const protocol = {
            extractor: vStr(p.extractor, 'protocol.extractor'),
            weights: vStr(p.weights, 'protocol.weights'),
            weightsSha256: vStr(p.weightsSha256, 'protocol.weightsSha256'),
            resize: vStr(p.resize, 'protocol.resize'),
            quantization: vStr(p.quantization, 'protocol.quantization', true),
            fidGateVersion: vStr(p.fidGateVersion, 'protocol.fidGateVersion', true),
            nReal: vCount(p.nReal, 'protocol.nReal'),
            nGenerated: vCount(p.nGenerated, 'protocol.nGenerated'),
            device: vStr(p.device, 'protocol.device'),
        };
        const sampling = vSettings(p.sampling, 'protocol.sampling');
        if (sampling)
            protocol.sampling = sampling;
        if (p.seed !== undefined)
            protocol.seed = vCount(p.seed, 'protocol.seed');
        if (p.realDigest !== undefined) {
            protocol.realDigest = vStr(p.realDigest, 'protocol.realDigest');
            if (!/^[0-9a-f]{64}$/.test(protocol.realDigest))
                fail('protocol.realDigest', 'expected a SHA-256 in hex');
        }
        const bootstrap = vBootstrap(p.bootstrap, 'protocol.bootstrap');
        if (bootstrap)
            protocol.bootstrap = bootstrap;
        if (!isObj(data.metrics))
            fail('metrics', 'expected an object');
        const metrics = {};
        for (const name of _metrics_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .KNOWN_METRICS */ .yX) {
            const m = data.metrics[name];
            if (m === undefined)
                continue;
            if (!isObj(m))
                fail(`metrics.${name}`, 'expected an object');
            const value = vNum(m.value, `metrics.${name}.value`);
            if (m.better !== _metrics_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .METRIC_BETTER */ .WM[name])
                fail(`metrics.${name}.better`, `expected "${_metrics_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .METRIC_BETTER */ .WM[name]}", found ${JSON.stringify(m.better)?.slice(0, 40)}`);
            const r = { value, better: _metrics_registry_js__WEBPACK_IMPORTED_MODULE_3__/* .METRIC_BETTER */ .WM[name] };
            if (m.std !== undefined)
                r.std = vNum(m.std, `metrics.${name}.std`);
            if (m.ci !== undefined)
                r.ci = vInterval(m.ci, `metrics.${name}.ci`);
            metrics[name] = r;
        }
        const notes = data.notes === undefined ? [] : data.notes;
        if (!Array.isArray(notes) || notes.length > 200)
            fail('notes', 'expected an array of at most 200 strings');
        const report = {
            schema: _core_report_types_js__WEBPACK_IMPORTED_MODULE_4__/* .METRICS_SCHEMA */ .Y,
            fidGateVersion: vStr(data.fidGateVersion, 'fidGateVersion'),
            createdAt: vStr(data.createdAt, 'createdAt'),
            protocol,
            real: vSummary(data.real, 'real'),
            generated: vSummary(data.generated, 'generated'),
            metrics,
            notes: notes.map((n, i) => vStr(n, `notes[${i}]`)),
            durationSeconds: vNum(data.durationSeconds, 'durationSeconds'),
        };
        const run = vRun(data.run, 'run');
        if (run)
            report.run = run;
        return report;
    }
    catch (err) {
        if (err instanceof Invalid)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${source}: not a valid fid-gate metrics file (${err.message})`, source);
        throw err;
    }
}
/** Reads and validates a metrics JSON file (size-limited). */
async function readMetricsFile(file, maxBytes = MAX_METRICS_BYTES) {
    let size;
    try {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        if (!s.isFile())
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: not a file`, file);
        size = s.size;
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d)
            throw err;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: cannot read (${err.code ?? err.message})`, file);
    }
    if (size > maxBytes)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: ${size} bytes; a metrics JSON is at most ${maxBytes} bytes`, file);
    let data;
    try {
        // read through the capped reader: a file that grows after the stat is read no further than maxBytes
        data = (0,_util_json_depth_js__WEBPACK_IMPORTED_MODULE_5__/* .parseJsonBounded */ .Xg)((await (0,_util_user_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readUserFile */ .E)(file, maxBytes, file)).toString('utf8'));
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d)
            throw err;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: not JSON (${err.message})`, file);
    }
    return validateMetricsReport(data, file);
}


/***/ })

};
