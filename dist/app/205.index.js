export const id = 205;
export const ids = [205,344];
export const modules = {

/***/ 6205:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAction: () => (/* binding */ runAction)
});

// UNUSED EXPORTS: run

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: ./src/github/retry.ts
var github_retry = __webpack_require__(48129);
;// CONCATENATED MODULE: ./src/github/client.ts

function apiBaseUrl(env = process.env) {
    return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}
/**
 * An Octokit for `token`, made now: baseUrl from GITHUB_API_URL as it is at this call (@actions/github captures it at
 * import), every request retried on 5xx/429.
 */
async function createOctokit(token, retry = {}) {
    if (!token)
        throw new Error('no GitHub token (input github-token is empty)');
    const { getOctokit: make } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = make(token, { baseUrl: apiBaseUrl() });
    octokit.hook.wrap('request', (request, options) => (0,github_retry/* withRetry */.bD)(`GitHub API ${options.method} ${String(options.url).replace(/\?.*$/, '')}`, async () => request(options), retry));
    return octokit;
}

// EXTERNAL MODULE: ./src/github/log.ts
var github_log = __webpack_require__(53385);
;// CONCATENATED MODULE: ./src/github/job-summary.ts
// The job summary: markdown appended to the step's summary file. Skipped (a debug line) outside a runner; a failure to
// write it is a warning, never an error.


/** The runner's job summary (GITHUB_STEP_SUMMARY) through @actions/core. */
const coreSummary = async (markdown) => {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return false;
    try {
        await core/* summary */.z.addRaw(markdown, true).write();
        return true;
    }
    finally {
        core/* summary */.z.emptyBuffer();
    }
};
/** Appends the markdown to the job summary. Never throws. */
async function writeJobSummary(markdown, write = coreSummary, log = github_log/* coreLog */.u) {
    try {
        const written = await write(markdown);
        if (!written)
            log.debug('GITHUB_STEP_SUMMARY is not set: no job summary');
        return written;
    }
    catch (err) {
        log.warning(`fid-gate: could not write the job summary (${err.message})`);
        return false;
    }
}

;// CONCATENATED MODULE: ./src/action/deps.ts
// What the Action's steps are given instead of reaching for globals: the few @actions/core functions they use, the
// wait between API retries, and how the GitHub client is made. The entry point passes the real ones; tests pass a
// recording core, an instant sleep and a client pointed at a local fake of the API.



/** @actions/core itself: workflow commands on a runner. */
const actionsCore = {
    getInput: (name) => core/* getInput */.V4(name),
    info: (m) => core/* info */.pq(m),
    warning: (m) => core/* warning */.$e(m),
    debug: (m) => core/* debug */.Yz(m),
    group: (name, fn) => core/* group */.Os(name, fn),
    summary: coreSummary,
};
const timerSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function githubClient(token, deps) {
    let made;
    const create = deps.createClient ?? ((t) => createOctokit(t, { sleep: deps.sleep, log: (m) => deps.core.info(m) }));
    return () => (made ??= create(token));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
// EXTERNAL MODULE: ./src/core/fingerprint.ts
var fingerprint = __webpack_require__(75527);
// EXTERNAL MODULE: ./src/metrics/registry.ts + 12 modules
var registry = __webpack_require__(64049);
// EXTERNAL MODULE: ./src/gate/rules.ts
var rules = __webpack_require__(87344);
;// CONCATENATED MODULE: ./src/report/markdown.ts




/** GitHub refuses comments over 65,536 characters; keep well below. */
const MAX_BODY_CHARS = 60_000;
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
// zero-width characters, bidi embeddings/overrides/isolates, BOM: invisible, and able to disguise text
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
/**
 * Makes untrusted text inert in GitHub markdown (and in a table cell): newlines and control characters become
 * spaces, invisible/bidi characters are dropped, & < > are HTML-encoded, markdown punctuation
 * (\ ` * _ [ ] ( ) < > # | ! ~ $) is backslash-escaped, and every @ is followed by a zero-width space entity so that
 * no @mention (or team mention) is formed. A bare URL (`scheme://…`, `www.…`) gets the same entity after its
 * `scheme:` or `www`, so GitHub does not autolink it. Long text is cut to `maxLen` characters.
 */
function escapeText(input, maxLen = 400) {
    let s = String(input).replace(CONTROL, ' ').replace(INVISIBLE, '');
    const chars = Array.from(s);
    if (chars.length > maxLen)
        s = chars.slice(0, Math.max(1, maxLen - 1)).join('') + '…';
    s = s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    s = s.replace(/[\\`*_[\]()#|!~$]/g, '\\$&');
    // after the passes above, so the entity's own & and # stay as written
    s = s.replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, '$1:&#8203;//').replace(/\b(www)\./gi, '$1&#8203;.');
    return s.replace(/@/g, '@&#8203;');
}
/** The comment key as it may appear in the hidden marker: [A-Za-z0-9._-], at most 64 characters, never empty. */
function sanitizeKey(key) {
    const k = (key ?? '')
        .trim()
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[-.]+|[-.]+$/g, '')
        .slice(0, 64);
    return k || 'default';
}
/** The hidden marker that identifies the sticky comment of one key; always the first line of the body. */
function markerFor(key) {
    return `<!-- fid-gate:${sanitizeKey(key)} -->`;
}
/** How each metric is named in the report's table and the history block (the registry's `label`). */
const METRIC_LABEL = Object.fromEntries(registry/* METRICS */.Cb.map((m) => [m.name, m.label]));
const betterOf = (metric) => (0,registry/* metricDef */.IH)(metric).better;
const RUN_URL_RE = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+(?:\/attempts\/\d+)?$/;
/** A no-break space: keeps a number, an interval or a rule on one line in a narrow table. */
const NBSP = '\u00a0';
function safeUrl(url) {
    return url && RUN_URL_RE.test(url) ? url : undefined;
}
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The workspace and temp folder of GitHub-hosted runners (and their job containers), for reports of other runs. */
const HOSTED_TEMP_RE = /(?:\/home\/runner\/work|\/__w)\/_temp(?=\/|\b)/g;
const HOSTED_WORKSPACE_RE = /(?:\/home\/runner\/work|\/__w)\/(?!_temp\/)[^/\s]+\/[^/\s]+(?:\/|\b)/g;
/**
 * `text` with every path under the workspace made relative to it (the workspace itself is `.`), paths under the
 * temp folder written `$RUNNER_TEMP/…` and under the home folder `~/…`. The folders of GitHub-hosted runners are
 * recognised without being told (a report read from another run's artifact names that run's paths).
 */
function shownPaths(text, p = {}) {
    let s = text;
    const swap = (dir, as, trailingSlashAs) => {
        const d = dir?.replace(/[\\/]+$/, '');
        if (!d || d.length < 2)
            return;
        s = s.replace(new RegExp(`${escapeRegExp(d)}(?:[\\\\/]|(?![^\\s,;:)'"\\]]))`, 'g'), (m) => m.length > d.length ? trailingSlashAs : as);
    };
    // the most specific first: the temp folder may lie inside the workspace's parent, the workspace inside home
    swap(p.temp, '$RUNNER_TEMP', '$RUNNER_TEMP/');
    s = s.replace(HOSTED_TEMP_RE, '$RUNNER_TEMP');
    swap(p.workspace, '.', '');
    s = s.replace(HOSTED_WORKSPACE_RE, (m) => (m.endsWith('/') ? '' : '.'));
    swap(p.home, '~', '~/');
    return s;
}
/** A number in the report's one format. */
function num(x) {
    return x === undefined || !Number.isFinite(x) ? '—' : (0,format/* formatSignificant */.bf)(x);
}
/**
 * The 95 % interval value ± halfWidth, clipped to the metric's domain: a metric that cannot be negative never shows
 * a negative lower end (KID 2.048 ± 4.685 is [0, 6.733]); a share never passes 1. Undefined without a finite width.
 */
function metricInterval(metric, value, halfWidth) {
    if (halfWidth === undefined || !Number.isFinite(halfWidth) || !Number.isFinite(value))
        return undefined;
    const [lower, upper] = (0,registry/* metricDef */.IH)(metric)?.domain ?? [-Infinity, Infinity];
    // an estimate outside the domain (KID's unbiased estimator below 0) is shown as it is; its interval, a statement
    // about the metric itself, still lies within the domain
    const lo = Math.min(upper, Math.max(lower, value - halfWidth));
    return [lo, Math.max(lo, Math.min(upper, value + halfWidth))];
}
/** `[lo, hi]` in the report's number format, on one line. */
function intervalText([lo, hi]) {
    return `[${(0,format/* formatSignificant */.bf)(lo)},${NBSP}${(0,format/* formatSignificant */.bf)(hi)}]`;
}
/** A metric's value with its 95 % interval (`24.00 [22.10, 25.90]`), or the spread over splits/subsets (`8.410 (std
 * 0.3100)`). */
function valueText(metric, x) {
    const ci = metricInterval(metric, x.value, x.ci?.halfWidth ?? x.halfWidth);
    if (ci)
        return `${num(x.value)} ${intervalText(ci)}`;
    if (x.std !== undefined && Number.isFinite(x.std))
        return `${num(x.value)} (std${NBSP}${(0,format/* formatSignificant */.bf)(x.std)})`;
    return num(x.value);
}
const ISO_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
/**
 * An ISO 8601 timestamp as people read it, in UTC: `2024-03-05 10:00 UTC`. Built from the parsed time only, so that
 * nothing of an untrusted string is shown as given; undefined for anything that is not such a timestamp.
 */
function readableTime(s) {
    if (!s || !ISO_TIME_RE.test(s))
        return undefined;
    const t = Date.parse(s);
    if (!Number.isFinite(t))
        return undefined;
    const iso = new Date(t).toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
/** The operator of a rule as written back by the parser ("fid <= 25") in print (≤). */
const OP_SYMBOL = { '<=': '≤', '<': '<', '>=': '≥', '>': '>' };
function thresholdParts(r) {
    const m = /\s(<=|>=|<|>)\s(\S+)$/.exec(r.rule);
    return { op: m?.[1] ?? '', limit: m ? m[2] : num(r.limit) };
}
/** The rule as the table shows it: `≤ 25`, `≤ 23.21 (base +5%)`, with `crossed` or `within noise` after it. */
function ruleText(r, gate) {
    let text;
    if (r.kind === 'threshold') {
        const { op, limit } = thresholdParts(r);
        text = `${OP_SYMBOL[op] ?? ''} ${escapeText(limit, 40)}`;
    }
    else {
        text = `${betterOf(r.metric) === 'lower' ? '≤' : '≥'} ${num(r.limit)} (base ${escapeText(r.allowed ?? '', 40)})`;
    }
    const outcome = !r.passed ? 'crossed' : passedWithinNoise(r, gate) ? `within${NBSP}noise` : '';
    // the rule stays on one line; its outcome may wrap below it
    return [text.replace(/ /g, NBSP), outcome].filter(Boolean).join(' ');
}
/** A regression rule whose change passed its limit but lay within the noise (it passed). */
function passedWithinNoise(r, gate) {
    return r.passed && r.kind === 'regression' && (gate.withinNoise ?? []).includes(r.message);
}
function changeText(value, base) {
    const d = value - base;
    if (d === 0)
        return '0';
    return `${(0,format/* formatSignedSignificant */.HJ)(d)}${base !== 0 ? ` (${(0,format/* formatPercent */.l9)(d / Math.abs(base))})` : ''}`.replace(/ /g, NBSP);
}
/** The change cell: the difference (and relative change); the 95 % interval of the difference where a rule made one. */
function changeCell(metric, value, base, gate) {
    if (base === undefined || !Number.isFinite(base))
        return '—';
    const noise = gate?.results.find((r) => r.metric === metric && r.noise)?.noise;
    const ci = noise && Number.isFinite(noise.halfWidth)
        ? ` ${intervalText([noise.difference - noise.halfWidth, noise.difference + noise.halfWidth])}`
        : '';
    return changeText(value, base) + ci;
}
function rulesCell(metric, gate) {
    const rs = gate?.results.filter((r) => r.metric === metric) ?? [];
    return rs.length ? rs.map((r) => ruleText(r, gate)).join('; ') : '—';
}
function verdictCell(metric, gate) {
    const rs = gate?.results.filter((r) => r.metric === metric) ?? [];
    if (!rs.length)
        return '—';
    return rs.every((r) => r.passed) ? `✅${NBSP}pass` : `❌${NBSP}fail`;
}
/**
 * A crossed rule (or one passed within noise) in a sentence, with the report's number format: `fid = 31.20 > 25
 * (threshold "fid <= 25")`, `fid regressed 22.10 → 24.00 (+8.6%, limit +5%)`.
 */
function ruleSentence(r) {
    if (r.kind === 'threshold') {
        const { op, limit } = thresholdParts(r);
        return `${r.metric} = ${num(r.value)} ${r.passed ? op : (OP_SYMBOL[rules.NEGATION[op]] ?? '?')} ${limit} (threshold "${r.rule}")`;
    }
    const base = r.baseline ?? r.value;
    const d = r.value - base;
    const change = (r.allowed ?? '').endsWith('%') && base !== 0 ? (0,format/* formatPercent */.l9)(d / Math.abs(base)) : (0,format/* formatSignedSignificant */.HJ)(d);
    const n = r.noise && Number.isFinite(r.noise.halfWidth) ? r.noise : undefined;
    const ci = n
        ? `95% interval of the difference [${(0,format/* formatSignificant */.bf)(n.difference - n.halfWidth)}, ${(0,format/* formatSignificant */.bf)(n.difference + n.halfWidth)}]`
        : '';
    const moved = `${num(base)} → ${num(r.value)} (${change}, limit ${r.allowed ?? ''}`;
    if (r.passed)
        return `${r.metric} ${moved}), ${ci}, which includes 0`;
    return `${r.metric} regressed ${moved}${ci ? `, ${ci}, which excludes 0` : ''})`;
}
function baselineLine(b, esc) {
    if (!b || b.source === 'none')
        return undefined;
    const when = readableTime(b.createdAt);
    const at = when ? ` (${when})` : '';
    if (b.source === 'file')
        return `**Baseline:** ${esc(b.path ?? 'file')}${at}`;
    const url = safeUrl(b.runUrl);
    const run = b.runId !== undefined ? (url ? `[run ${b.runId}](${url})` : `run ${b.runId}`) : 'latest successful run';
    return `**Baseline:** ${run}${b.branch ? ` on ${esc(b.branch)}` : ''}${at}`;
}
function protocolLine(r, esc) {
    const p = r.protocol;
    const dur = Number.isFinite(r.durationSeconds) ? `${(0,format/* formatSignificant */.bf)(r.durationSeconds, 3)} s` : '?';
    const boot = p.bootstrap ? `intervals: 95% bootstrap, ${esc(String(p.bootstrap.replicates))} replicates` : '';
    return [
        `**Protocol:** ${esc((0,fingerprint/* protocolSummary */.P)(r), 1000)}`,
        `real ${esc(r.real?.source ?? '?', 120)} / generated ${esc(r.generated?.source ?? '?', 120)}`,
        esc(p.device),
        boot,
        dur,
    ]
        .filter(Boolean)
        .join(' · ');
}
/** The verdict line: what a reviewer needs first. */
function verdictLine(o, keyLabel) {
    const failed = o.gate?.results.filter((r) => !r.passed) ?? [];
    if (o.error !== undefined)
        return `### ⚠️ fid-gate${keyLabel}: error`;
    // regression rules were given, but nothing to compare with: say so, not "no rules"
    if (o.gate && o.gate.results.length === 0 && o.gate.skipped.length) {
        return `### fid-gate${keyLabel}: regression rules not evaluated (${o.baseline?.report ? 'the baseline lacks their metrics' : 'no baseline'})`;
    }
    if (!o.gate || o.gate.results.length === 0)
        return `### fid-gate${keyLabel}: no rules`;
    if (o.gate.passed)
        return `### ✅ fid-gate${keyLabel}: passed`;
    return `### ❌ fid-gate${keyLabel}: failed (${failed.length} of ${(0,format/* plural */.LS)(o.gate.results.length, 'rule')})`;
}
/** Renders the whole comment / summary. The hidden marker is the first line, the verdict the second. */
function renderMarkdown(o) {
    const key = sanitizeKey(o.key);
    const esc = (s, max) => escapeText(shownPaths(String(s), o.paths), max);
    const out = [markerFor(key)];
    const keyLabel = key === 'default' ? '' : ` (${escapeText(key)})`;
    out.push(verdictLine(o, keyLabel), '');
    const r = o.report;
    const reportNotes = r?.notes ?? [];
    const synthetic = reportNotes.filter((n) => n.startsWith('WARNING'));
    const warnings = [...synthetic, ...(o.warnings ?? [])];
    for (const w of warnings)
        out.push(`> ⚠️ ${esc(w, 600)}`, '');
    if (o.error !== undefined)
        out.push(`> ❌ **fid-gate error:** ${esc(o.error, 2000)}`, '');
    if (r) {
        const base = o.baseline?.report;
        out.push('| Metric | Value [95% interval] | Baseline | Change [95% interval] | Rules | Verdict |', '|:--|:--|:--|:--|:--|:--|');
        for (const { name: m } of registry/* METRICS */.Cb) {
            const res = r.metrics[m];
            if (!res)
                continue;
            const bm = base?.metrics[m];
            const label = `${METRIC_LABEL[m]}${NBSP}${betterOf(m) === 'lower' ? '↓' : '↑'}`;
            out.push(`| ${label} | ${valueText(m, res)} | ${num(bm?.value)} | ${changeCell(m, res.value, bm?.value, o.gate)} | ${rulesCell(m, o.gate)} | ${verdictCell(m, o.gate)} |`);
        }
        out.push('', '↓ lower is better, ↑ higher is better; base: the baseline moved by the allowed regression.', '');
        out.push(protocolLine(r, esc));
        const bl = baselineLine(o.baseline, esc);
        if (bl)
            out.push('', bl);
        out.push('');
    }
    const failed = o.gate?.results.filter((x) => !x.passed) ?? [];
    if (failed.length) {
        out.push('**Failed rules:**');
        for (const f of failed)
            out.push(`- ${escapeText(ruleSentence(f))}`);
        out.push('');
    }
    const withinNoise = o.gate ? o.gate.results.filter((x) => passedWithinNoise(x, o.gate)) : [];
    const notes = [
        ...reportNotes.filter((n) => !synthetic.includes(n)),
        ...(o.gate?.skipped ?? []),
        ...withinNoise.map((x) => `passed, within noise: ${ruleSentence(x)}`),
        ...(o.notes ?? []),
    ];
    if (notes.length) {
        out.push('**Notes:**');
        for (const n of notes)
            out.push(`- ${esc(n, 600)}`);
        out.push('');
    }
    const url = safeUrl(o.runUrl);
    const footer = [
        `fid-gate ${escapeText(o.version ?? r?.fidGateVersion ?? '')}`.trim(),
        url ? `[workflow run](${url})` : '',
    ].filter(Boolean);
    out.push(`<sub>${footer.join(' · ')}</sub>`);
    let body = out.join('\n') + '\n';
    if (body.length > MAX_BODY_CHARS)
        body = body.slice(0, MAX_BODY_CHARS - 40).replace(/\n[^\n]*$/, '') + '\n\n… (truncated)\n';
    return body;
}

// EXTERNAL MODULE: ./src/github/artifacts.ts
var artifacts = __webpack_require__(4616);
// EXTERNAL MODULE: ./src/options/source.ts
var source = __webpack_require__(81157);
// EXTERNAL MODULE: ./src/options/numbers.ts
var numbers = __webpack_require__(17932);
// EXTERNAL MODULE: ./src/images/shard.ts
var images_shard = __webpack_require__(85862);
// EXTERNAL MODULE: ./src/options/extractor.ts
var extractor = __webpack_require__(53814);
// EXTERNAL MODULE: ./src/options/sampler.ts
var sampler = __webpack_require__(20490);
// EXTERNAL MODULE: ./src/options/checks.ts
var checks = __webpack_require__(45145);
;// CONCATENATED MODULE: ./src/action/inputs.ts
// The Action's inputs (action.yml), read and checked in one place. Every problem is an InputError naming the input.











/** The sampler inputs (the generated side sampled from a model), by their names in action.yml. */
const SAMPLER_INPUTS = (/* unused pure expression or super */ null && ([
    'generator',
    'generator-kind',
    'num-samples',
    'seed',
    'schedule',
    'train-steps',
    'sampler',
    'steps',
    'eta',
    'prediction',
    'guidance',
    'num-classes',
    'z-dist',
    'output-range',
    'command',
    'timeout',
]));
const defaultGetter = (name) => core/* getInput */.V4(name);
function parseBoolean(value, name, def) {
    return (0,source/* parseBooleanText */.tF)(value, `input ${name}`, def, name);
}
/** `fail-on-error`, read on its own (tolerantly: an invalid value means the default) so error handling can use it. */
function readFailOnError(get = defaultGetter) {
    try {
        return parseBoolean(get('fail-on-error'), 'fail-on-error', true);
    }
    catch {
        return true;
    }
}
/** `comment` and `comment-key`, read tolerantly for the error path. */
function readCommentSettings(get = defaultGetter) {
    let comment = 'always';
    try {
        comment = (0,numbers/* choice */.Yq)(inputSource(get), 'comment', ['always', 'on-failure', 'never'], 'always');
    }
    catch {
        /* default */
    }
    return { comment, commentKey: sanitizeKey(get('comment-key')) };
}
/** The inputs as an OptionSource of the option layer (src/options/): the CLI's keys, the Action's input names. */
function inputSource(get) {
    return (0,source/* actionSource */.IQ)(get, { kind: 'generator-kind', 'cache-dir': 'cache' });
}
/** The generated side: a folder (input generated) or a model to sample from (generator, generator-kind, …). */
function readGenerated(src, mode) {
    const generated = (0,source/* pathValue */.ZB)(src, 'generated') ?? '';
    const sampling = (0,source/* text */.Qq)(src, 'generator') !== undefined || (0,source/* text */.Qq)(src, 'kind') !== undefined;
    if (mode !== 'evaluate')
        return { generated };
    // sharded runs (action/shard.ts): a shard needs no reference; the gate job's generated side is generated-parts
    const parts = (0,source/* text */.Qq)(src, 'generated-parts');
    if (parts) {
        if (generated || sampling)
            throw new errors/* InputError */.d(`input generated-parts and input ${generated ? 'generated' : 'generator'} are both set: the merged parts are the generated side`, 'generated-parts');
        if ((0,source/* text */.Qq)(src, 'shard'))
            throw new errors/* InputError */.d('input generated-parts and input shard are both set: shards write parts, the gate job merges them', 'generated-parts');
    }
    if (!(0,source/* text */.Qq)(src, 'real') && !(0,source/* text */.Qq)(src, 'shard'))
        throw new errors/* InputError */.d('input real is required: a folder of reference images or a statistics .npz', 'real');
    if (!generated && !sampling && !parts)
        throw new errors/* InputError */.d('input generated or input generator is required: a folder of generated images, or an ONNX model to sample from (with generator-kind)', 'generated');
    if (generated && sampling)
        throw new errors/* InputError */.d(`input generated and input ${(0,source/* text */.Qq)(src, 'generator') ? 'generator' : 'generator-kind'} are both set: give either a folder of generated images or a model to sample from`, 'generated');
    // the sampler's batch size is its own default: input batch-size is the feature extraction's
    const samplerSrc = { ...src, raw: (k) => (k === 'batch-size' ? undefined : src.raw(k)) };
    return { generated, sampler: sampling ? (0,sampler.readSamplerOptions)(samplerSrc) : undefined };
}
function readInputs(get = defaultGetter) {
    const src = inputSource(get);
    const mode = (0,numbers/* choice */.Yq)(src, 'mode', ['evaluate', 'comment'], 'evaluate');
    const real = (0,source/* pathValue */.ZB)(src, 'real') ?? '';
    const { generated, sampler } = readGenerated(src, mode);
    const elboImages = (0,source/* pathValue */.ZB)(src, 'elbo-images');
    if (mode === 'evaluate')
        (0,checks.checkCompanions)(src, { training: true, diffusion: !!sampler?.diffusion });
    const ex = (0,extractor.readExtractorOptions)(src);
    // empty = every metric that applies: IS only exists for the Inception network
    const metrics = (0,checks.readMetrics)(src, ex.encoder) ?? (0,registry/* parseMetrics */.Bm)(undefined, 'input metrics');
    const rules = (0,checks.readGateRules)(src, { baselineGiven: true });
    const training = (0,source/* pathValue */.ZB)(src, 'training');
    if (mode === 'evaluate')
        (0,checks.checkRulesOnComputed)(src, rules, { metrics, elbo: !!elboImages, training: training !== undefined });
    const rawBaseline = (0,source/* text */.Qq)(src, 'baseline') ?? '';
    const baseline = !rawBaseline || rawBaseline.toLowerCase() === 'auto'
        ? 'auto'
        : rawBaseline.toLowerCase() === 'none'
            ? 'none'
            : (0,source/* expandHome */.kc)(rawBaseline);
    const comment = (0,numbers/* choice */.Yq)(src, 'comment', ['always', 'on-failure', 'never'], 'always');
    const commentKey = sanitizeKey(get('comment-key'));
    const artifactName = get('artifact-name').trim() || (0,artifacts/* defaultArtifactName */.Vb)(commentKey);
    if (!/^[A-Za-z0-9._-]{1,100}$/.test(artifactName)) {
        throw new errors/* InputError */.d(`input artifact-name: "${artifactName}" may hold only letters, digits, '.', '_' and '-'`, 'artifact-name');
    }
    const metricsFile = (0,source/* pathValue */.ZB)(src, 'metrics-file');
    const bootstrap = (0,checks.readBootstrap)(src);
    if (metricsFile && mode !== 'comment')
        throw new errors/* InputError */.d('input metrics-file is for mode: comment', 'metrics-file');
    const shard = (0,source/* text */.Qq)(src, 'shard') !== undefined && mode === 'evaluate'
        ? (0,images_shard.parseShard)((0,source/* text */.Qq)(src, 'shard'), 'input shard')
        : undefined;
    const generatedParts = mode === 'evaluate' ? (0,source/* text */.Qq)(src, 'generated-parts') : undefined;
    return {
        mode,
        real,
        generated,
        ...(sampler ? { sampler } : {}),
        ...(elboImages && sampler ? { elboImages } : {}),
        metrics,
        rules,
        baseline,
        comment,
        commentKey,
        token: get('github-token').trim(),
        weights: ex.weights,
        resize: ex.resize,
        encoder: ex.encoder,
        cache: ex.cacheDir,
        device: ex.device,
        batchSize: ex.batchSize,
        onBadImage: ex.onBadImage,
        maxPixels: ex.maxPixels,
        bootstrap,
        ...(training ? { training } : {}),
        failOnError: parseBoolean(get('fail-on-error'), 'fail-on-error', true),
        artifactName,
        metricsFile,
        ...(shard ? { shard } : {}),
        ...(generatedParts ? { generatedParts } : {}),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/action/context.ts
// What the runner tells about this run: repository, run id, event, pull request, branches. Read from the environment
// and the event payload when asked (not at module load), so tests and entry points see the values they set.

const NAME_RE = /^[A-Za-z0-9_.-]+$/;
function posInt(v) {
    const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
    return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function obj(v) {
    return v && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function readRunContext(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = obj(JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'))) ?? {};
        }
        catch {
            payload = {};
        }
    }
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const ctx = {
        owner: owner && NAME_RE.test(owner) ? owner : undefined,
        repo: repo && NAME_RE.test(repo) ? repo : undefined,
        runId: posInt(env.GITHUB_RUN_ID),
        eventName: str(env.GITHUB_EVENT_NAME),
        ref: str(env.GITHUB_REF),
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        workspace: str(env.GITHUB_WORKSPACE),
        payload,
    };
    const pr = obj(payload.pull_request);
    if (pr) {
        ctx.pullRequest = posInt(pr.number);
        ctx.baseRef = str(obj(pr.base)?.ref) ?? str(env.GITHUB_BASE_REF);
        ctx.headSha = str(obj(pr.head)?.sha);
    }
    else if (ctx.eventName === 'issue_comment' && obj(obj(payload.issue)?.pull_request)) {
        ctx.pullRequest = posInt(obj(payload.issue)?.number);
    }
    const wr = obj(payload.workflow_run);
    if (wr) {
        const prs = (Array.isArray(wr.pull_requests) ? wr.pull_requests : [])
            .map(obj)
            .filter((p) => !!p)
            .map((p) => ({ number: posInt(p.number) ?? 0, baseRef: str(obj(p.base)?.ref) }))
            .filter((p) => p.number > 0);
        const id = posInt(wr.id);
        if (id)
            ctx.workflowRun = {
                id,
                workflowId: posInt(wr.workflow_id),
                headSha: str(wr.head_sha),
                headBranch: str(wr.head_branch),
                pullRequests: prs,
            };
    }
    ctx.headSha ??= str(env.GITHUB_SHA);
    // push, schedule, workflow_dispatch...: compare with this branch's own history
    ctx.baseRef ??=
        str(env.GITHUB_BASE_REF) ??
            str(env.GITHUB_REF_NAME) ??
            (ctx.ref?.startsWith('refs/heads/') ? ctx.ref.slice(11) : undefined);
    if (ctx.owner && ctx.repo && ctx.runId)
        ctx.runUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}`;
    return ctx;
}
function runInfo(ctx) {
    return {
        repository: ctx.owner && ctx.repo ? `${ctx.owner}/${ctx.repo}` : undefined,
        runId: ctx.runId,
        eventName: ctx.eventName,
        pullRequest: ctx.pullRequest,
        headSha: ctx.headSha,
        baseRef: ctx.baseRef,
        ref: ctx.ref,
    };
}

;// CONCATENATED MODULE: ./src/action/request.ts
// Everything a run of the Action is asked to do, read once at the start: the inputs (or why they are invalid), the
// settings the error path needs (read tolerantly), the token, the run's context and where work files go.



function readActionRequest(getInput, env = process.env) {
    let inputs;
    try {
        inputs = readInputs(getInput);
    }
    catch (err) {
        inputs = err instanceof Error ? err : new Error(String(err));
    }
    return {
        inputs,
        settings: readCommentSettings(getInput),
        failOnError: readFailOnError(getInput),
        token: getInput('github-token').trim(),
        ctx: readRunContext(env),
        tempRoot: external_node_path_default().resolve(env.RUNNER_TEMP || process.cwd()),
    };
}
/** The work folder of a comment key: TEMP/fid-gate-KEY. */
function workDir(tempRoot, key) {
    return external_node_path_default().resolve(tempRoot, `fid-gate-${key}`);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/pipeline.ts + 2 modules
var pipeline = __webpack_require__(21840);
// EXTERNAL MODULE: ./src/compare.ts + 1 modules
var compare = __webpack_require__(47598);
// EXTERNAL MODULE: ./src/metrics/stats-file.ts
var stats_file = __webpack_require__(45421);
// EXTERNAL MODULE: ./src/report/metrics-json.ts
var metrics_json = __webpack_require__(41814);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/github/cache.ts
// The Actions cache: reference statistics and converted weights kept across runs, keyed by content hash. Outside a
// runner (no cache service) a restore or save is skipped with a notice; a failed cache call is a warning, never fatal.




async function cacheModule() {
    try {
        const cache = await Promise.all(/* import() */[__webpack_require__.e(110), __webpack_require__.e(91)]).then(__webpack_require__.bind(__webpack_require__, 18091));
        return cache.isFeatureAvailable() ? cache : undefined;
    }
    catch {
        return undefined;
    }
}
/** True when the Actions cache service can be used (inside a runner with the cache variables set). */
async function cacheAvailable() {
    return !!(await cacheModule());
}
/** Restores `paths` saved under `key`; undefined when missing or when the cache service is unavailable. */
async function restoreCache(paths, key, log = github_log/* coreLog */.u) {
    const cache = await cacheModule();
    if (!cache) {
        log.info(`cache ${key}: skipped (the Actions cache service is not available here)`);
        return undefined;
    }
    try {
        const hit = await cache.restoreCache(paths, key);
        log.info(hit ? `cache ${key}: restored` : `cache ${key}: not found`);
        return hit;
    }
    catch (err) {
        log.warning(`fid-gate: could not restore cache ${key} (${err.message.split('\n')[0]})`);
        return undefined;
    }
}
/** Saves `paths` under `key` (existing paths only); a key saved by a concurrent job is not an error. */
async function saveCache(paths, key, log = github_log/* coreLog */.u) {
    const present = paths.filter((p) => (0,external_node_fs_.existsSync)(p));
    if (!present.length)
        return false;
    const cache = await cacheModule();
    if (!cache)
        return false;
    try {
        await cache.saveCache(present, key);
        log.info(`cache ${key}: saved`);
        return true;
    }
    catch (err) {
        const name = err.name;
        if (name === 'ReserveCacheError' || /already exists/i.test(err.message)) {
            log.info(`cache ${key}: already saved by another job`);
            return false;
        }
        log.warning(`fid-gate: could not save cache ${key} (${err.message.split('\n')[0]})`);
        return false;
    }
}
async function sha256File(file) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(file))
        h.update(chunk);
    return h.digest('hex');
}
/**
 * Content hash of an image folder: SHA-256 over every file's relative path and SHA-256, in the given (sorted) order.
 * Renaming, adding, removing or changing any image changes it; timestamps do not.
 */
async function hashFiles(root, files) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const f of files) {
        const rel = external_node_path_default().relative(root, f).split((external_node_path_default()).sep).join('/');
        h.update(`${rel}\0${await sha256File(f)}\n`);
    }
    return h.digest('hex');
}
/** Cache key of the reference statistics: the folder's content and the protocol (extractor, weights, resize). */
function referenceStatsKey(folderHash, protocolKey, version) {
    const p = (0,external_node_crypto_.createHash)('sha256').update(protocolKey).digest('hex').slice(0, 16);
    return `fid-gate-ref-${version}-${p}-${folderHash.slice(0, 32)}`;
}
/**
 * Cache key of downloaded and converted weights: what the weights are (pytorch-fid's published file is known by its
 * hash prefix; a user file by its SHA-256), the ONNX builder's version and the platform.
 */
function weightsCacheKey(weightsId, builderVersion) {
    const id = (0,external_node_crypto_.createHash)('sha256').update(weightsId).digest('hex').slice(0, 24);
    return `fid-gate-weights-${process.platform}-${id}-b${builderVersion}`;
}

// EXTERNAL MODULE: ./src/images/grid.ts
var grid = __webpack_require__(53164);
// EXTERNAL MODULE: ./src/github/baseline.ts
var baseline = __webpack_require__(86932);
;// CONCATENATED MODULE: ./src/action/mode.ts
// What both modes (evaluate.ts, comment.ts) are given and give back, and the step they share: resolving the baseline.

/** The gate's results as the metrics JSON records them (without the parsed rule and the allowed value). */
function recordedResults(gate) {
    return gate.results.map(({ rule: _r, allowed: _a, ...r }) => r);
}
/** The `baseline` input resolved for this report, in its own log group; its notes and warnings logged. */
async function baselineStep(o, report, at) {
    const { inputs: inp, ctx, core } = o;
    return core.group('Baseline', async () => {
        const b = await (0,baseline.resolveBaseline)(inp.baseline, report, {
            token: inp.token,
            owner: ctx.owner,
            repo: ctx.repo,
            runId: at.runId,
            branch: at.branch,
            artifactName: inp.artifactName,
            tempDir: at.dir,
            octokit: o.github,
            log: (m) => core.info(m),
        });
        for (const n of b.notes)
            core.info(n);
        for (const w of b.warnings)
            core.warning(w);
        return b;
    });
}
/** The baseline as the metrics JSON names it. */
function describeBaseline(v) {
    return v.source === 'file' ? `file ${v.path}` : v.source === 'auto' ? `run ${v.runId} on ${v.branch}` : 'none';
}

// EXTERNAL MODULE: ./src/core/protocol.ts
var protocol = __webpack_require__(91807);
// EXTERNAL MODULE: ./src/metrics/partial-stats.ts
var partial_stats = __webpack_require__(8430);
// EXTERNAL MODULE: ./src/parts.ts
var parts = __webpack_require__(63633);
// EXTERNAL MODULE: ./src/weights/cache.ts
var cache = __webpack_require__(40495);
// EXTERNAL MODULE: ./src/features/inception.ts + 3 modules
var inception = __webpack_require__(41354);
// EXTERNAL MODULE: ./src/weights/pytorch-fid-weights.ts
var pytorch_fid_weights = __webpack_require__(66884);
;// CONCATENATED MODULE: ./src/action/network.ts
// The Action's feature network: the Inception (or an ONNX encoder) with its converted weights restored from the
// Actions cache first and saved right after, shared by the evaluate mode and the shard runs.







/** The weights cache folder: input cache, else the default one (weights/cache.ts). */
function networkCacheDir(inp) {
    return inp.cache ? external_node_path_default().resolve(inp.cache) : (0,cache/* defaultCacheDir */.$g)();
}
/** What the weights are, for the cache key; undefined when there is nothing worth caching. */
async function weightsIdentity(weights, resize, encoder) {
    if (encoder)
        return undefined; // an ONNX encoder is used from its file as is
    // the clean variant is converted to its own file: its own key, so that each mode's cache holds its conversion
    const variant = resize === 'clean' ? ':clean' : '';
    if (!weights)
        return `pytorch-fid:${pytorch_fid_weights/* PYTORCH_FID_WEIGHTS_SHA256_PREFIX */.tE}${variant}`;
    if (weights === 'synthetic' || weights.toLowerCase().endsWith('.onnx') || !(0,external_node_fs_.existsSync)(weights))
        return undefined;
    return `file:${await sha256File(weights)}${variant}`;
}
/** The network, with its converted weights restored from the cache before and saved right after (a later failure does
 * not lose them). */
async function loadNetwork(o, cacheDir, useCache) {
    const { inputs: inp, core } = o;
    let weightsKey;
    let weightsHit = false;
    const weightsPaths = [external_node_path_default().join(cacheDir, 'weights'), external_node_path_default().join(cacheDir, 'onnx')];
    if (useCache) {
        const id = await weightsIdentity(inp.weights, inp.resize, !!inp.encoder);
        if (id) {
            weightsKey = weightsCacheKey(id, inception/* INCEPTION_BUILDER_VERSION */.zy);
            weightsHit = !!(await core.group('Restore the cached weights', () => restoreCache(weightsPaths, weightsKey, core)));
        }
    }
    const ex = await core.group(inp.encoder ? 'Load the encoder' : 'Load the Inception network', () => (0,pipeline.loadExtractor)({
        weights: inp.weights,
        resize: inp.resize,
        encoder: inp.encoder,
        cacheDir,
        device: inp.device,
        log: (m) => core.info(m),
    }));
    if (ex.bytes.warning)
        core.warning(ex.bytes.warning);
    if (weightsKey && !weightsHit)
        await saveCache(weightsPaths, weightsKey, core);
    return ex;
}

;// CONCATENATED MODULE: ./src/action/shard.ts
// The two stages of a sharded evaluation in the Action (docs/sharding.md). Input shard: i/n makes a stats-only run
// that writes the generated side's part for shard i of n (src/parts.ts) and uploads it as artifact NAME-part-i-of-n;
// no metrics, no gate, no comment. Input generated-parts (the gate job, after actions/download-artifact) merges the
// downloaded parts (metrics/partial-stats.ts) into the statistics file that stands for the generated side.














/** The artifact a shard's part is uploaded as: NAME-part-02-of-10. */
function partArtifactName(artifactName, shard) {
    return `${artifactName}-${(0,images_shard.partFileName)(shard).slice(0, -'.npz'.length)}`;
}
/** input shard: the part of shard i/n of the generated side (a folder, or the samples of input generator). */
async function runShard(o) {
    const { inputs: inp, core } = o;
    const shard = inp.shard;
    const s = inp.sampler;
    if (!s && !(0,external_node_fs_.existsSync)(inp.generated))
        throw new errors/* InputError */.d(`input generated: ${inp.generated}: no such folder`, 'generated');
    if (!s && !(0,external_node_fs_.statSync)(inp.generated).isDirectory())
        throw new errors/* InputError */.d(`input generated: ${inp.generated} is not a folder: input shard splits a folder of images (or the samples of input generator)`, 'generated');
    if (s && typeof s.generator === 'string' && !(0,external_node_fs_.existsSync)(s.generator))
        throw new errors/* InputError */.d(`input generator: ${s.generator}: no such file`, 'generator');
    const dir = workDir(o.tempRoot, inp.commentKey);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const cacheDir = networkCacheDir(inp);
    const ex = await loadNetwork(o, cacheDir, await cacheAvailable());
    const progress = (l) => core.info(l);
    const opts = {
        features: true,
        batchSize: inp.batchSize,
        maxPixels: inp.maxPixels,
        onBadImage: inp.onBadImage,
        warn: (m) => core.warning(m),
        progress,
    };
    const r = await core.group(`Extract shard ${(0,images_shard.shardText)(shard)}`, () => s
        ? (0,parts.samplesPart)(ex, { ...s, device: inp.device, cacheDir, log: (m) => core.info(m), progress }, shard, opts, 'input shard')
        : (0,parts.folderPart)(ex, inp.generated, shard, opts));
    const file = external_node_path_default().join(dir, (0,images_shard.partFileName)(shard));
    await (0,partial_stats.writePartNpz)(file, r.part);
    const name = partArtifactName(inp.artifactName, shard);
    const up = await core.group('Upload the part', () => (0,artifacts/* uploadFiles */.Zn)(name, [file], dir, { log: core }));
    const p = r.part.shard;
    const line = `fid-gate: shard ${(0,images_shard.shardText)(shard)}: ${r.part.count} of ${p.total} ${s ? 'samples' : 'images'} (positions ${p.start}..${p.end - 1})` +
        ` → ${up.uploaded ? `artifact ${name}` : file}; the gate job merges the ${shard.of} parts (input generated-parts)`;
    core.info(line);
    for (const note of [r.omittedNote, r.skippedNote])
        if (note)
            core.warning(note);
    await writeJobSummary(`${line}\n`, core.summary, core);
    const outputs = { passed: '', report: '', error: '', 'comment-url': '', part: file };
    for (const m of registry/* KNOWN_METRICS */.yX)
        outputs[m] = '';
    return { outputs, exitCode: 0 };
}
/** input generated-parts: a folder (every .npz under it: what actions/download-artifact leaves) or files, one a line.
 * */
async function listPartFiles(value) {
    const entries = value
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    const out = [];
    for (const e of entries) {
        if (!(0,external_node_fs_.existsSync)(e))
            throw new errors/* InputError */.d(`input generated-parts: ${e}: no such folder or file`, 'generated-parts');
        if (!(0,external_node_fs_.statSync)(e).isDirectory()) {
            out.push(e);
            continue;
        }
        const found = (await (0,promises_.readdir)(e, { recursive: true }))
            .filter((f) => f.endsWith('.npz'))
            .sort()
            .map((f) => external_node_path_default().join(e, f));
        if (!found.length)
            throw new errors/* InputError */.d(`input generated-parts: ${e} holds no .npz part files (did actions/download-artifact run, with the right pattern?)`, 'generated-parts');
        out.push(...found);
    }
    return out;
}
/** With input generated-parts: the parts merged into one statistics file, which becomes the generated side. */
async function withMergedParts(o) {
    const inp = o.inputs;
    if (!inp.generatedParts)
        return o;
    const files = await listPartFiles(inp.generatedParts);
    const merged = await o.core.group('Merge the parts', async () => {
        const m = await (0,partial_stats.mergePartFiles)(files);
        o.core.info(`merged ${files.length} parts: ${m.count} images`);
        return m;
    });
    const dir = workDir(o.tempRoot, inp.commentKey);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, 'generated-merged.npz');
    await (0,stats_file.writeStatsNpz)(file, merged);
    return { ...o, inputs: { ...inp, generated: file } };
}

;// CONCATENATED MODULE: ./src/action/evaluate.ts
// mode: evaluate (the default): compute the metrics, compare with the thresholds and the baseline, write the metrics
// JSON and upload it with the generated set's statistics. Converted weights and reference statistics are kept in the
// Actions cache; the preview grids go to artifacts of their own.





















/** Fails fast, before any weights download, on an input path that is not there. */
function checkInputPaths(inp) {
    const sides = [
        ['real', inp.real],
        ...(inp.sampler ? [] : [['generated', inp.generated]]),
        ...(inp.elboImages ? [['elbo-images', inp.elboImages]] : []),
        ...(inp.training ? [['training', inp.training]] : []),
    ];
    if (inp.sampler && typeof inp.sampler.generator === 'string' && !(0,external_node_fs_.existsSync)(inp.sampler.generator)) {
        throw new errors/* InputError */.d(`input generator: ${inp.sampler.generator}: no such file`, 'generator');
    }
    for (const [name, p] of sides) {
        if (!(0,external_node_fs_.existsSync)(p))
            throw new errors/* InputError */.d(`input ${name}: ${p}: no such folder or file`, name);
    }
}
/** The reference statistics from the cache, keyed by the folder's content and the protocol; undefined without a cache
 * or a folder. */
async function restoreReferenceStats(o, ex, useCache) {
    const { inputs: inp, core } = o;
    if (!useCache || !(0,compare.isFolder)(inp.real))
        return undefined;
    return core.group('Restore the cached reference statistics', async () => {
        const files = await (0,pipeline.listFolder)(inp.real);
        const hash = await hashFiles(inp.real, files);
        const key = referenceStatsKey(hash, (0,protocol/* protocolKey */.QN)(ex.protocol), version/* VERSION */.x);
        const file = external_node_path_default().resolve(o.tempRoot, 'fid-gate-cache', `ref-${hash.slice(0, 24)}.npz`);
        const hit = !!(await restoreCache([file], key, core)) && (0,external_node_fs_.existsSync)(file);
        return { key, file, hit };
    });
}
/** runCompare with the Action's inputs: folders or a sampler, the optional ELBO and memorization sides. */
async function computeMetrics(o, ex, realInput, cacheDir, previews) {
    const { inputs: inp, core } = o;
    const progress = (l) => core.info(l);
    const s = inp.sampler;
    return core.group('Compute the metrics', () => (0,compare.runCompare)({
        real: realInput,
        generated: s ? undefined : inp.generated,
        metrics: inp.metrics,
        extractor: ex,
        batchSize: inp.batchSize,
        onBadImage: inp.onBadImage, // skip: undecodable images are left out, with a warning each and a note in the report
        maxPixels: inp.maxPixels,
        bootstrap: inp.bootstrap,
        ...(inp.training ? { training: inp.training, pairsGrid: previews.pairsPath } : {}),
        warn: (m) => core.warning(m),
        progress,
        log: (m) => core.info(m),
        ...(s
            ? {
                sampler: { ...s, device: inp.device, cacheDir, log: (m) => core.info(m), progress },
                onSamples: async (first) => {
                    previews.gridCount = (await (0,grid.writeGrid)(previews.gridPath, first)).count;
                },
            }
            : {}),
        ...(s?.diffusion && inp.elboImages
            ? {
                elbo: {
                    denoiser: s.generator,
                    images: inp.elboImages,
                    schedule: s.diffusion.schedule,
                    trainSteps: s.diffusion.trainSteps,
                    prediction: s.diffusion.prediction,
                    variance: s.diffusion.variance,
                    clip: s.diffusion.clip,
                    numClasses: s.diffusion.numClasses,
                    size: s.diffusion.size,
                    channels: s.diffusion.channels,
                    seed: s.seed,
                },
                device: inp.device,
                cacheDir,
            }
            : {}),
    }));
}
/** The preview grids (first samples; closest generated/training pairs): artifacts of their own, named in the report. */
async function uploadPreviews(o, report, previews, dir) {
    const { inputs: inp, ctx, core } = o;
    if (previews.gridCount) {
        // linked from the comment when the artifact's URL is known
        const up = await (0,artifacts/* uploadFiles */.Zn)(`${inp.artifactName}-samples`, [previews.gridPath], dir, { log: core });
        const url = up.uploaded && up.id && ctx.owner && ctx.repo && ctx.runId
            ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}/artifacts/${up.id}`
            : undefined;
        const n = previews.gridCount;
        report.notes.push(url
            ? `sample grid (first ${n} samples): ${url} (artifact ${inp.artifactName}-samples)`
            : up.uploaded
                ? `sample grid (first ${n} samples): artifact ${inp.artifactName}-samples`
                : `sample grid (first ${n} samples) written to ${previews.gridPath}`);
    }
    if (report.metrics.memorization?.details?.pairsGrid) {
        const up = await (0,artifacts/* uploadFiles */.Zn)(`${inp.artifactName}-pairs`, [previews.pairsPath], dir, { log: core });
        report.notes.push(up.uploaded
            ? `closest generated/training pairs: artifact ${inp.artifactName}-pairs`
            : `closest generated/training pairs written to ${previews.pairsPath}`);
    }
}
/** A restored reference is named as the folder it stands for; a computed one is saved for the next run. */
async function keepReferenceStats(o, compared, ex, refCache) {
    const { report, real } = compared;
    if (refCache?.hit) {
        report.real = { ...report.real, source: o.inputs.real, kind: 'folder' };
        report.notes.push(`reference statistics of ${o.inputs.real} restored from the Actions cache (same images, same protocol)`);
    }
    else if (refCache) {
        await (0,promises_.mkdir)(external_node_path_default().dirname(refCache.file), { recursive: true });
        await (0,stats_file.writeStatsNpz)(refCache.file, { ...real, protocol: { ...ex.protocol }, warning: ex.bytes.warning });
        await saveCache([refCache.file], refCache.key, o.core);
    }
}
function logMetrics(o, report) {
    for (const m of registry/* KNOWN_METRICS */.yX) {
        const r = report.metrics[m];
        if (r)
            o.core.info(`${m} = ${valueText(m, r).replace(/\u00a0/g, ' ')}${r.ci ? ' (95% bootstrap interval)' : ''}`);
    }
}
/** The metrics JSON (the next run's baseline) and the generated set's statistics, as artifacts. */
async function uploadResults(o, compared, ex, reportPath, dir) {
    const { inputs: inp, core } = o;
    const generated = compared.generated;
    await core.group('Upload the results', async () => {
        await (0,artifacts/* uploadFiles */.Zn)(inp.artifactName, [reportPath], dir, { log: core });
        const statsPath = external_node_path_default().join(dir, 'generated-stats.npz');
        // mu, sigma, count and protocol (pytorch-fid's layout); the per-image features stay out (400 MB at 50k images)
        await (0,stats_file.writeStatsNpz)(statsPath, {
            mu: generated.mu,
            sigma: generated.sigma,
            dim: generated.dim,
            count: generated.count,
            protocol: generated.summary.protocol ?? { ...ex.protocol },
            warning: ex.bytes.warning,
        });
        await (0,artifacts/* uploadFiles */.Zn)(`${inp.artifactName}-stats`, [statsPath], dir, { log: core });
    });
}
/** mode: evaluate. Throws on bad input (InputError) and on extraction failures; everything GitHub-side is non-fatal. */
async function evaluate(o) {
    // input generated-parts: the parts of a sharded run, merged, are the generated side (shard.ts)
    o = await withMergedParts(o);
    const { inputs: inp, ctx } = o;
    checkInputPaths(inp);
    const dir = workDir(o.tempRoot, inp.commentKey);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const cacheDir = networkCacheDir(inp);
    const useCache = await cacheAvailable();
    const ex = await loadNetwork(o, cacheDir, useCache);
    const refCache = await restoreReferenceStats(o, ex, useCache);
    const previews = {
        gridPath: external_node_path_default().join(dir, 'samples-grid.png'),
        pairsPath: external_node_path_default().join(dir, 'memorization-pairs.png'),
        gridCount: 0,
    };
    const compared = await computeMetrics(o, ex, refCache?.hit ? refCache.file : inp.real, cacheDir, previews);
    const report = compared.report;
    await uploadPreviews(o, report, previews, dir);
    await keepReferenceStats(o, compared, ex, refCache);
    logMetrics(o, report);
    const baseline = await baselineStep(o, report, { runId: ctx.runId, branch: ctx.baseRef, dir });
    const gate = (0,rules.evaluateGate)(report, baseline.report, inp.rules);
    report.run = runInfo(ctx);
    report.gate = {
        passed: gate.passed,
        results: recordedResults(gate),
        ...(baseline.report ? { baseline: describeBaseline(baseline.view) } : {}),
    };
    const reportPath = external_node_path_default().join(dir, metrics_json/* METRICS_FILE_NAME */.tU);
    await (0,promises_.writeFile)(reportPath, JSON.stringify(report, null, 2) + '\n');
    await uploadResults(o, compared, ex, reportPath, dir);
    return { report, gate, baseline, reportPath, pullRequest: ctx.pullRequest };
}

;// CONCATENATED MODULE: ./src/action/comment.ts
// mode: comment: the second half of the two-workflow pattern for PRs from forks, which never runs PR code with a write
// token. It reads a metrics JSON (input metrics-file, or the artifact of the run a workflow_run event names),
// re-evaluates it with this workflow's rules and baseline, and finds the PR to comment on.









/** The metrics JSON to report: input metrics-file, else the metrics artifact of the triggering workflow_run. */
async function metricsFile(o, dir) {
    const { inputs: inp, ctx, core } = o;
    if (inp.metricsFile)
        return inp.metricsFile;
    const wr = ctx.workflowRun;
    if (!wr)
        throw new errors/* InputError */.d('mode: comment needs input metrics-file, or a workflow_run event whose run uploaded the metrics artifact', 'metrics-file');
    if (!inp.token || !ctx.owner || !ctx.repo)
        throw new errors/* InputError */.d('mode: comment: reading the artifact of the triggering run needs github-token and GITHUB_REPOSITORY');
    const got = await core.group(`Download ${inp.artifactName} of run ${wr.id}`, () => (0,artifacts/* downloadMetricsArtifact */.Sw)({
        token: inp.token,
        owner: ctx.owner,
        repo: ctx.repo,
        runId: wr.id,
        artifactName: inp.artifactName,
        tempDir: dir,
    }));
    if ('missing' in got)
        throw new Error(`mode: comment: ${got.missing} (did the evaluate step upload it?)`);
    return got.file;
}
/**
 * The PR the results belong to: this event's, the workflow_run's, or the one the report names — the last only when
 * that PR's head is the workflow_run's head commit (a report names whatever PR its writer wanted).
 */
async function findPullRequest(o, report) {
    const { ctx, core } = o;
    const wr = ctx.workflowRun;
    const fromEvent = {
        pullRequest: ctx.pullRequest ?? wr?.pullRequests[0]?.number,
        baseRef: wr?.pullRequests[0]?.baseRef ?? (ctx.pullRequest ? ctx.baseRef : undefined),
    };
    if (fromEvent.pullRequest || !report.run?.pullRequest || !ctx.owner || !ctx.repo)
        return fromEvent;
    const n = report.run.pullRequest;
    if (!wr?.headSha) {
        core.warning(`fid-gate: the metrics name PR #${n}, but without a workflow_run head commit to check it against no comment is posted`);
        return fromEvent;
    }
    try {
        const pr = await (await o.github()).rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: n });
        if (pr.data.head.sha === wr.headSha)
            return { pullRequest: n, baseRef: pr.data.base.ref };
        core.warning(`fid-gate: the metrics name PR #${n}, whose head is not the commit of run ${wr.id}; no comment`);
    }
    catch (err) {
        core.warning(`fid-gate: could not check PR #${n} (${(0,github_retry/* describeApiError */.gg)(err)}); no comment`);
    }
    return fromEvent;
}
/** mode: comment: the report of another run, re-evaluated here with this workflow's rules. */
async function commentOnly(o) {
    const { inputs: inp, ctx } = o;
    const dir = workDir(o.tempRoot, inp.commentKey);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const report = await (0,metrics_json/* readMetricsFile */._c)(await metricsFile(o, dir));
    const { pullRequest, baseRef } = await findPullRequest(o, report);
    const baseline = await baselineStep(o, report, {
        runId: ctx.workflowRun?.id ?? ctx.runId,
        branch: baseRef ?? ctx.baseRef,
        dir,
    });
    const gate = (0,rules.evaluateGate)(report, baseline.report, inp.rules);
    const reportPath = external_node_path_default().join(dir, metrics_json/* METRICS_FILE_NAME */.tU);
    await (0,promises_.writeFile)(reportPath, JSON.stringify({ ...report, gate: { passed: gate.passed, results: recordedResults(gate) } }, null, 2) + '\n');
    return { report, gate, baseline, reportPath, pullRequest };
}

;// CONCATENATED MODULE: ./src/report/history-data.ts

/** The error bar of a result: its bootstrap 95 % interval's half width, else its std (IS over splits), else none. */
function errorHalfWidth(r) {
    for (const h of [r.ci?.halfWidth, r.std])
        if (typeof h === 'number' && Number.isFinite(h) && h > 0)
            return h;
    return undefined;
}
/** The values a chart shows for a report: every known metric's finite value, with its error bar's half width. */
function historyMetrics(report) {
    const out = {};
    for (const name of registry/* KNOWN_METRICS */.yX) {
        const r = report.metrics[name];
        if (!r || !Number.isFinite(r.value))
            continue;
        const halfWidth = errorHalfWidth(r);
        out[name] = halfWidth === undefined ? { value: r.value } : { value: r.value, halfWidth };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/report/history-chart.ts
// Charts of each metric over the base branch's last runs (history.ts), with this run as a distinct marker.
// Two outputs, because a job summary shows only some things inline:
//   - an SVG per metric (self-made, deterministic), to write to files and upload as an artifact: GitHub's markdown
//     sanitizer strips inline <svg> and data: image URIs, so an SVG can't be shown in the summary itself;
//   - a markdown block for the summary: a table with a Unicode sparkline per metric (plain text: shows everywhere),
//     then a mermaid `xychart-beta` per metric (GitHub renders ```mermaid blocks in its markdown).
// Nothing from another run reaches the output as text except through a validator: dates are re-formatted from their
// parsed digits, SHAs are hex-checked (history.ts), run ids are integers, numbers are formatted here; the branch name
// goes through escapeText. SVG text is XML-escaped as well, as a second line of defence.





/** The SVG's geometry: the plot area is x ∈ [left, width − right], y ∈ [top, height − bottom]. */
const CHART = { width: 400, height: 130, left: 60, right: 20, top: 24, bottom: 26 };
/**
 * The value axis spans the data (error bars included) plus this fraction of its span on each side, within the
 * metric's domain (an FID axis never goes below 0, a precision axis never above 1).
 */
const Y_PADDING = 0.1;
const COLOR = { line: '#0969da', current: '#cf222e', other: '#8c959f', grid: '#d0d7de', text: '#24292f' };
const SPARK = '▁▂▃▄▅▆▇█';
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}/;
const SHA_RE = /^[0-9a-f]{7,40}$/i;
/** Above this many categories, mermaid's x labels are hidden (they would overlap) and the axis title gives the dates.
 * */
const MAX_X_LABELS = 8;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** Every metric, in the registry's (the reports') order. */
const ALL_METRICS = registry/* METRICS */.Cb.map((m) => m.name);
/** YYYY-MM-DD of an ISO 8601 timestamp; undefined for anything else (the string is never shown as given). */
function isoDay(s) {
    const m = ISO_DATE_RE.exec(s);
    if (!m || !Number.isFinite(Date.parse(s)))
        return undefined;
    return `${m[1]}-${m[2]}-${m[3]}`;
}
function xml(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/** Pixel coordinates with two decimals: deterministic text, and no "-0". */
function px(x) {
    const r = Math.round(x * 100) / 100;
    return String(r === 0 ? 0 : r);
}
/**
 * A number in the digits-and-dot form mermaid's xychart grammar accepts ([+-]?\d+(\.\d+)?: no exponent), with
 * `digits` significant digits.
 */
function plainNumber(x, digits = 6) {
    if (!Number.isFinite(x) || x === 0)
        return '0';
    // toFixed switches to an exponent from 1e21 on; such a number is an integer anyway
    if (Math.abs(x) >= 1e21)
        return BigInt(x).toString();
    const decimals = Math.min(20, Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(x)))));
    const s = x.toFixed(decimals);
    const t = s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
    return t === '-0' ? '0' : t;
}
/** A value with its error bar as an interval within the metric's domain, in the reports' number format. */
function history_chart_valueText(metric, v) {
    const ci = metricInterval(metric, v.value, v.halfWidth);
    return (0,format/* formatSignificant */.bf)(v.value) + (ci ? ` ${intervalText(ci).replace(/\u00a0/g, ' ')}` : '');
}
/** "Mar 5" of a YYYY-MM-DD day. */
function shortDay(day) {
    return `${MONTHS[Number(day.slice(5, 7)) - 1]} ${Number(day.slice(8, 10))}`;
}
function comparable(a, b) {
    return a === undefined || b === undefined || a === b;
}
function seriesOf(metric, points, current) {
    const currentKey = current ? (0,protocol/* protocolKey */.QN)(current.protocol) : undefined;
    const base = [];
    for (const p of points) {
        const v = p.metrics[metric];
        if (!v || !Number.isFinite(v.value))
            continue;
        const date = isoDay(p.createdAt);
        const sha = p.headSha && SHA_RE.test(p.headSha) ? p.headSha.slice(0, 7) : undefined;
        const same = comparable(p.protocolKey, currentKey);
        const title = [`run ${p.runId}`, date, sha].filter(Boolean).join(' · ') +
            `: ${history_chart_valueText(metric, v)}${same ? '' : ' (different protocol)'}`;
        base.push({ value: v.value, halfWidth: v.halfWidth, title, date, comparable: same });
    }
    const cv = current ? historyMetrics(current)[metric] : undefined;
    return {
        base,
        current: cv ? { ...cv, title: `this run: ${history_chart_valueText(metric, cv)}`, comparable: true } : undefined,
        metric,
    };
}
/** The error bar of a plotted value: value ± halfWidth within the metric's domain. */
function errorBar(metric, p) {
    return metricInterval(metric, p.value, p.halfWidth) ?? [p.value, p.value];
}
/**
 * The value axis: the extent of what is compared (comparable runs and this run, error bars included), padded, and
 * kept inside the metric's domain (unless a value itself lies outside it).
 */
function valueRange(s) {
    const counted = [...s.base.filter((p) => p.comparable), ...(s.current ? [s.current] : [])];
    // only other-protocol runs: scale to them rather than to nothing
    const used = counted.length ? counted : s.base;
    const bars = used.map((p) => errorBar(s.metric, p));
    const min = Math.min(...bars.map((b) => b[0]));
    const max = Math.max(...bars.map((b) => b[1]));
    const pad = max > min ? (max - min) * Y_PADDING : Math.abs(min) * 0.05 || 1;
    const [lower, upper] = (0,registry/* metricDef */.IH)(s.metric)?.domain ?? [-Infinity, Infinity];
    // a flat range at the domain's edge (every precision 1) keeps the padding on its other side
    return { lo: Math.max(Math.min(lower, min), min - pad), hi: Math.min(Math.max(upper, max), max + pad), min, max };
}
function header(metric) {
    return `${METRIC_LABEL[metric]} (${(0,registry/* metricDef */.IH)(metric).better} is better)`;
}
/** The value axis with its min and max, the legend and the first and last run's dates. */
function chartFrame({ s, min, max, xAt, yAt }) {
    const { width, height, left, right, top } = CHART;
    const plotH = height - top - CHART.bottom;
    const out = [];
    // frame: the value axis with its min and max, the baseline of the plot
    out.push(`<path class="axis" d="M${left} ${top}V${top + plotH}H${width - right}" fill="none" stroke="${COLOR.grid}"/>`);
    for (const v of max > min ? [max, min] : [min]) {
        const y = px(yAt(v));
        out.push(`<path class="grid" d="M${left} ${y}H${width - right}" stroke="${COLOR.grid}" stroke-dasharray="2 3"/>`);
        out.push(`<text class="y-label" x="${left - 4}" y="${y}" dy="3" text-anchor="end" fill="${COLOR.text}">${xml((0,format/* formatSignificant */.bf)(v))}</text>`);
    }
    // legend
    out.push(`<text x="${width - right}" y="14" text-anchor="end" font-size="9" fill="${COLOR.current}">● this run</text>`);
    if (s.base.some((p) => !p.comparable))
        out.push(`<text x="${width - right - 52}" y="14" text-anchor="end" font-size="9" fill="${COLOR.other}">□ other protocol</text>`);
    // x labels: first and last base-branch run dates
    const dated = s.base
        .map((p, i) => ({ i, date: p.date }))
        .filter((d) => d.date !== undefined);
    const first = dated[0];
    const last = dated[dated.length - 1];
    if (first)
        out.push(`<text class="x-label" x="${px(xAt(first.i))}" y="${height - 8}" fill="${COLOR.text}">${xml(first.date)}</text>`);
    if (last && last !== first)
        out.push(`<text class="x-label" x="${px(xAt(last.i))}" y="${height - 8}" text-anchor="end" fill="${COLOR.text}">${xml(last.date)}</text>`);
    return out;
}
/** Error bars, the line through the comparable runs, their dots, other protocols' squares and this run. */
function chartMarks({ metric, s, n, lo, hi, xAt, yAt }) {
    const out = [];
    // error bars under the markers
    const all = [
        ...s.base.map((p, i) => ({ p, i })),
        ...(s.current ? [{ p: s.current, i: n - 1 }] : []),
    ];
    for (const { p, i } of all) {
        if (p.halfWidth === undefined)
            continue;
        const x = xAt(i);
        const [barLo, barHi] = errorBar(metric, p);
        const y1 = px(yAt(barHi));
        const y2 = px(yAt(barLo));
        const stroke = p === s.current ? COLOR.current : p.comparable ? COLOR.line : COLOR.other;
        out.push(`<path class="error-bar" d="M${px(x)} ${y1}V${y2}M${px(x - 3)} ${y1}H${px(x + 3)}M${px(x - 3)} ${y2}H${px(x + 3)}" stroke="${stroke}"/>`);
    }
    // the line through the comparable base-branch runs
    const onLine = s.base.map((p, i) => ({ p, i })).filter(({ p }) => p.comparable);
    if (onLine.length >= 2) {
        out.push(`<polyline class="history" points="${onLine.map(({ p, i }) => `${px(xAt(i))},${px(yAt(p.value))}`).join(' ')}" fill="none" stroke="${COLOR.line}" stroke-width="1.5"/>`);
    }
    for (const { p, i } of s.base.map((p, i) => ({ p, i }))) {
        const x = xAt(i);
        const y = yAt(p.value);
        out.push(p.comparable
            ? `<circle class="run" cx="${px(x)}" cy="${px(y)}" r="2.5" fill="${COLOR.line}"><title>${xml(p.title)}</title></circle>`
            : `<rect class="other-protocol" x="${px(x - 3)}" y="${px(y - 3)}" width="6" height="6" fill="#ffffff" stroke="${COLOR.other}"><title>${xml(p.title + (p.value < lo || p.value > hi ? ', off scale' : ''))}</title></rect>`);
    }
    if (s.current) {
        const x = xAt(n - 1);
        const y = yAt(s.current.value);
        const prev = onLine[onLine.length - 1];
        if (prev)
            out.push(`<path class="to-current" d="M${px(xAt(prev.i))} ${px(yAt(prev.p.value))}L${px(x)} ${px(y)}" stroke="${COLOR.current}" stroke-dasharray="3 2"/>`);
        out.push(`<circle class="current" cx="${px(x)}" cy="${px(y)}" r="4" fill="${COLOR.current}"><title>${xml(s.current.title)}</title></circle>`);
    }
    return out;
}
/**
 * One small SVG chart of `metric`: the base branch's runs (oldest left) as a line with dots, error bars where a run
 * has a half width, runs with another protocol as hollow grey squares off the line (clamped to the plot when off
 * scale), and this run as a larger red dot at the right end. The value axis is labelled with the min and max of the
 * compared values; the x axis with the first and last run's dates. Same input, same bytes.
 */
function renderHistorySvg(metric, points, current) {
    const { width, height, left, right, top, bottom } = CHART;
    const plotW = width - left - right;
    const plotH = height - top - bottom;
    const s = seriesOf(metric, points, current);
    const out = [
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="10" role="img">`,
        `<title>${xml(`${header(metric)}: ${s.base.length} base-branch run${s.base.length === 1 ? '' : 's'}${s.current ? ' and this run' : ''}`)}</title>`,
        `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
        `<text x="8" y="14" font-weight="bold" fill="${COLOR.text}">${xml(header(metric))}</text>`,
    ];
    const n = s.base.length + (s.current ? 1 : 0);
    if (n === 0) {
        out.push(`<text x="${px(left + plotW / 2)}" y="${px(top + plotH / 2)}" text-anchor="middle" fill="${COLOR.other}">no data</text>`, '</svg>');
        return out.join('\n') + '\n';
    }
    const { lo, hi, min, max } = valueRange(s);
    const xAt = (i) => (n === 1 ? left + plotW / 2 : left + (plotW * i) / (n - 1));
    const yAt = (v) => Math.min(top + plotH, Math.max(top, top + (plotH * (hi - v)) / (hi - lo)));
    const plot = { metric, s, n, lo, hi, min, max, xAt, yAt };
    out.push(...chartFrame(plot), ...chartMarks(plot));
    out.push('</svg>');
    return out.join('\n') + '\n';
}
/** One SVG file per metric that has data (named history-METRIC.svg), in the registry's order. */
function historySvgFiles(points, current, metrics = ALL_METRICS) {
    return ALL_METRICS.filter((m) => metrics.includes(m) && hasData(m, points, current)).map((m) => ({
        name: `history-${m}.svg`,
        svg: renderHistorySvg(m, points, current),
    }));
}
function hasData(metric, points, current) {
    return points.some((p) => p.metrics[metric] !== undefined) || current?.metrics[metric] !== undefined;
}
/** ▁…█ for each value between lo and hi (the middle bar when they are equal). */
function sparkline(values, lo, hi) {
    return values
        .map((v) => SPARK[hi > lo ? Math.round(((Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (SPARK.length - 1)) : 3])
        .join('');
}
function tableRow(metric, s) {
    const compared = s.base.filter((p) => p.comparable);
    const values = [...compared.map((p) => p.value), ...(s.current ? [s.current.value] : [])];
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    // no-break spaces: the sparkline, the arrow and this run's value each stay on one line in a narrow column
    const spark = sparkline(compared.map((p) => p.value), lo, hi) + (s.current ? `\u00a0→\u00a0${sparkline([s.current.value], lo, hi)}` : '');
    const others = s.base.length - compared.length;
    const otherNote = others ? ` (${others} with another protocol left out)` : '';
    const range = compared.length
        ? `${escapeText((0,format/* formatSignificant */.bf)(Math.min(...compared.map((p) => p.value))))} – ${escapeText((0,format/* formatSignificant */.bf)(Math.max(...compared.map((p) => p.value))))}`
        : '—';
    const now = s.current ? escapeText(history_chart_valueText(metric, s.current)).replace(/ /g, '\u00a0') : '—';
    return `| ${METRIC_LABEL[metric]} | ${spark || '—'} | ${now} | ${range} | ${compared.length}${otherNote} |`;
}
/** Category labels for mermaid's x axis: the run's day ("Mar 5", or its index), unique (equal labels would merge). */
function categoryLabels(base) {
    const seen = new Set();
    return base.map((p, i) => {
        let label = p.date ? shortDay(p.date) : `run ${i + 1}`;
        if (seen.has(label))
            label += ` #${i + 1}`;
        seen.add(label);
        return label;
    });
}
/**
 * A mermaid xychart of `metric`: the comparable base-branch runs and this run as one line, and this run once more
 * as a bar (a bar at the axis minimum has no height, so only this run's shows): mermaid has no per-point markers.
 * Every text in it is made here from digits and the fixed metric labels, so nothing can break out of the block.
 */
function historyMermaid(metric, points, current) {
    const s = seriesOf(metric, points, current);
    const compared = s.base.filter((p) => p.comparable);
    const shown = [...compared, ...(s.current ? [s.current] : [])];
    if (shown.length < 2)
        return undefined;
    const { lo, hi } = valueRange({ base: compared, current: s.current, metric });
    const labels = [...categoryLabels(compared), ...(s.current ? ['this run'] : [])];
    // many runs: labels would overlap; hide them and name the first and last day in the axis title instead
    const thin = labels.length > MAX_X_LABELS;
    const days = compared.map((p) => p.date).filter((d) => d !== undefined);
    const span = days.length
        ? `${shortDay(days[0])} … ${shortDay(days[days.length - 1])}${s.current ? ', then this run' : ''}`
        : `${compared.length} runs${s.current ? ', then this run' : ''}`;
    const lines = [
        '```mermaid',
        thin
            ? '%%{init: {"xyChart": {"width": 480, "height": 220, "xAxis": {"showLabel": false}}}}%%'
            : '%%{init: {"xyChart": {"width": 480, "height": 220}}}%%',
        'xychart-beta',
        `  title "${header(metric)}"`,
        `  x-axis ${thin ? `"${span}" ` : ''}[${labels.map((l) => `"${l}"`).join(', ')}]`,
        `  y-axis "${METRIC_LABEL[metric]}" ${plainNumber(lo, 8)} --> ${plainNumber(hi, 8)}`,
        `  line [${shown.map((p) => plainNumber(p.value)).join(', ')}]`,
    ];
    if (s.current)
        lines.push(`  bar [${[...compared.map(() => plainNumber(lo, 8)), plainNumber(s.current.value)].join(', ')}]`);
    lines.push('```');
    return lines.join('\n');
}
/**
 * The job summary's history block: a heading, one table row per metric (a sparkline of the base branch's comparable
 * runs → this run on the same scale, this run's value, the base branch's range, how many runs), then a mermaid chart
 * per metric in an open <details>. '' when there is no base-branch run to show.
 */
function historyMarkdown(points, current, metrics = ALL_METRICS, o = {}) {
    const shown = ALL_METRICS.filter((m) => metrics.includes(m) && points.some((p) => p.metrics[m] !== undefined));
    if (!shown.length)
        return '';
    const on = o.branch ? ` on ${escapeText(o.branch, 100)}` : '';
    const out = [
        `#### History${on}`,
        '',
        `| Metric | last runs${on} → this run | this run | range${on} | runs |`,
        '|:--|:--|--:|:--|--:|',
        ...shown.map((m) => tableRow(m, seriesOf(m, points, current))),
        '',
    ];
    const charts = o.mermaid === false
        ? []
        : shown.map((m) => historyMermaid(m, points, current)).filter((c) => c !== undefined);
    if (charts.length)
        out.push('<details open><summary>Charts</summary>', '', ...charts.flatMap((c) => [c, '']), '</details>', '');
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/github/runs.ts
var runs = __webpack_require__(1281);
;// CONCATENATED MODULE: ./src/github/history.ts
// The base branch's history of every metric, for the job summary's charts: the metrics artifacts of the latest
// successful runs of this workflow on the base branch. Each artifact comes from another run and is untrusted: it is
// read with the same bounded download and field-by-field validation as the baseline, and a broken or missing one is
// one note, never an exception. API failures are notes too: a history is a nicety, never a reason to fail a run.



/** After this many failed downloads the rest is not tried: the cause is likely the token or the API, not the runs. */
const MAX_DOWNLOAD_FAILURES = 3;
/**
 * The metrics of the latest successful runs on the base branch, at most `maxRuns`, oldest first. A run without the
 * artifact is counted in one note; an artifact that cannot be downloaded or does not validate is one note each and is
 * skipped; a listing failure is one note and no points. Never throws.
 */
async function collectHistory(o) {
    const log = o.log ?? (() => undefined);
    const maxRuns = Math.max(1, o.maxRuns ?? 10);
    const maxCandidates = Math.max(maxRuns, o.maxCandidates ?? 2 * maxRuns);
    const notes = [];
    const listed = await (0,runs/* listSuccessfulRuns */.r)({ ...o, perPage: o.perPage ?? Math.max(20, maxCandidates) });
    if ('problem' in listed)
        return { points: [], notes: [`history: ${listed.problem}; no chart`] };
    const points = [];
    let missing = 0;
    let failures = 0;
    for (const run of listed.runs.slice(0, maxCandidates)) {
        if (points.length >= maxRuns)
            break;
        if (failures >= MAX_DOWNLOAD_FAILURES) {
            notes.push(`history: stopped after ${failures} failed downloads`);
            break;
        }
        const got = await (0,runs/* fetchRunMetrics */.P)({
            token: o.token,
            owner: o.owner,
            repo: o.repo,
            runId: run.id,
            artifactName: o.artifactName,
            tempDir: o.tempDir,
        });
        if ('failed' in got) {
            failures++;
            notes.push(`history: run ${run.id} skipped: ${got.failed}`);
            continue;
        }
        if ('missing' in got) {
            missing++;
            log(`history: ${got.missing}`);
            continue;
        }
        if ('unusable' in got) {
            notes.push(`history: the metrics of run ${run.id} are unusable, skipped: ${got.unusable}`);
            continue;
        }
        const report = got.report;
        points.push({
            runId: run.id,
            createdAt: run.createdAt,
            ...(run.headSha ? { headSha: run.headSha } : {}),
            metrics: historyMetrics(report),
            protocolKey: (0,protocol/* protocolKey */.QN)(report.protocol),
        });
    }
    if (missing)
        notes.push(`history: ${missing} run${missing > 1 ? 's' : ''} on ${o.branch} had no artifact ${o.artifactName}`);
    if (!points.length && !notes.length)
        notes.push(`history: no successful run of this workflow on ${o.branch} yet`);
    log(`history: ${points.length} run${points.length === 1 ? '' : 's'} on ${o.branch}`);
    return { points: points.reverse(), notes };
}

;// CONCATENATED MODULE: ./src/github/sticky-comment.ts

/** The author of comments made with a workflow's GITHUB_TOKEN (an installation token of the GitHub Actions app). */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** Statuses that mean "this token may not write here" (fork PR with a read-only token, missing permissions). */
const NO_PERMISSION = new Set([401, 403, 404]);
/**
 * The login that comments made with this client's token appear under: GET /user for a user's token; an installation
 * token (GITHUB_TOKEN) is refused there (403, or 404 on some servers), and its comments are github-actions[bot]'s.
 * Other failures throw.
 */
async function commenterLogin(octokit) {
    try {
        const r = await octokit.request('GET /user');
        const login = r.data.login;
        if (typeof login === 'string' && login !== '')
            return login;
        return ACTIONS_BOT_LOGIN;
    }
    catch (err) {
        const status = (0,github_retry/* httpStatus */.nG)(err);
        if (status === 403 || status === 404)
            return ACTIONS_BOT_LOGIN;
        throw err;
    }
}
/** The first comment of the issue (every page, 100 a page) by `author` whose body starts with the marker. */
async function findOwnComment(octokit, t, author) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner: t.owner,
        repo: t.repo,
        issue_number: t.issueNumber,
        per_page: 100,
    });
    for await (const page of pages) {
        const hit = page.data.find((c) => c.user?.login === author && typeof c.body === 'string' && c.body.trimStart().startsWith(t.marker));
        if (hit)
            return hit;
    }
    return undefined;
}
function noPermission(err) {
    return {
        action: 'skipped',
        reason: `fid-gate: could not write the PR comment (${(0,github_retry/* describeApiError */.gg)(err)}). The token cannot write to this pull request ` +
            '(a PR from a fork gets a read-only token; otherwise add `permissions: pull-requests: write`). ' +
            'The verdict is unchanged; for fork PRs use the two-workflow pattern (mode: comment from a workflow_run workflow).',
    };
}
/**
 * Finds this identity's comment whose body starts with the marker, updates it, or creates one. 401/403/404 give
 * `{ action: 'skipped', reason }` (no throw); other failures (after retries) throw.
 */
async function upsertStickyComment(octokit, t, body, opts = {}) {
    if (!body.startsWith(t.marker))
        throw new Error('internal: the comment body must start with its marker');
    try {
        const author = opts.author ?? (await commenterLogin(octokit));
        const found = await findOwnComment(octokit, t, author);
        if (found) {
            const r = await octokit.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: found.id, body });
            return { action: 'updated', id: r.data.id, url: r.data.html_url };
        }
        if (opts.create === false)
            return { action: 'skipped' };
        const r = await octokit.rest.issues.createComment({
            owner: t.owner,
            repo: t.repo,
            issue_number: t.issueNumber,
            body,
        });
        return { action: 'created', id: r.data.id, url: r.data.html_url };
    }
    catch (err) {
        const status = (0,github_retry/* httpStatus */.nG)(err);
        if (status !== undefined && NO_PERMISSION.has(status))
            return noPermission(err);
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/action/publish.ts
// Where a run's report goes: the job summary (with the base branch's history) and the sticky PR comment. Neither
// ever changes the verdict: a failure here is a log line or a warning (mode: comment, whose only job is the comment,
// makes a failed comment an error).










/**
 * The job summary's history block appended to `markdown`: each metric over the last successful runs on the base
 * branch (their metrics artifacts), as a sparkline table and mermaid charts; the SVG charts go to an artifact. Job
 * summary only (the PR comment stays short). Never throws: a failure to read the history is a log line.
 */
async function withHistory(markdown, report, o) {
    const { inputs: inp, ctx, core } = o;
    const runId = ctx.workflowRun?.id ?? ctx.runId;
    const branch = ctx.workflowRun?.pullRequests[0]?.baseRef ?? ctx.baseRef;
    if (!inp.token || !ctx.owner || !ctx.repo || !runId || !branch)
        return markdown;
    try {
        const dir = workDir(o.tempRoot, inp.commentKey);
        const history = await core.group('History', () => collectHistory({
            token: inp.token,
            owner: ctx.owner,
            repo: ctx.repo,
            runId,
            branch,
            artifactName: inp.artifactName,
            tempDir: dir,
            octokit: o.github,
            log: (m) => core.info(m),
        }));
        for (const n of history.notes)
            core.info(n);
        const block = historyMarkdown(history.points, report, registry/* KNOWN_METRICS */.yX, { branch });
        const svgs = history.points.length ? historySvgFiles(history.points, report) : [];
        if (svgs.length) {
            const files = await Promise.all(svgs.map(async (f) => {
                const p = external_node_path_default().join(dir, f.name);
                await (0,promises_.writeFile)(p, f.svg);
                return p;
            }));
            await (0,artifacts/* uploadFiles */.Zn)(`${inp.artifactName}-history`, files, dir, { log: core });
        }
        return block ? `${markdown}\n${block}` : markdown;
    }
    catch (err) {
        core.info(`history: not shown (${err.message})`);
        return markdown;
    }
}
/** Posts or updates the sticky comment when the policy and the event allow; returns its URL ('' for none). */
async function postComment(r, core, github) {
    if (r.policy === 'never')
        return '';
    if (!r.pullRequest) {
        core.info('no pull request for this event: no PR comment (the job summary has the report)');
        return '';
    }
    if (!r.token || !r.ctx.owner || !r.ctx.repo) {
        core.warning('fid-gate: no github-token or GITHUB_REPOSITORY: no PR comment');
        return '';
    }
    const target = { owner: r.ctx.owner, repo: r.ctx.repo, issueNumber: r.pullRequest, marker: markerFor(r.key) };
    return core.group('PR comment', async () => {
        try {
            const res = await upsertStickyComment(await github(), target, r.body, {
                create: r.policy === 'always' || r.failed,
            });
            if (res.action === 'skipped') {
                if (res.reason)
                    core.warning(res.reason);
                else
                    core.info('comment: none yet and this run passed (comment: on-failure): nothing posted');
                return '';
            }
            core.info(`comment ${res.action}: ${res.url}`);
            return res.url ?? '';
        }
        catch (err) {
            const msg = `could not post the PR comment: ${(0,github_retry/* describeApiError */.gg)(err)}`;
            if (r.strict)
                throw new Error(msg);
            core.warning(`fid-gate: ${msg}`);
            return '';
        }
    });
}

;// CONCATENATED MODULE: ./src/action/run.ts
// One run of the Action, from its request to its result: the mode's work (evaluate.ts or comment.ts), the job
// summary and the sticky comment, then the verdict. A crossed rule fails the step with each rule's message (exit
// code 1); an extraction or infrastructure error fails it with "fid-gate error: …" (exit code 2 for bad input, 3
// otherwise), or only warns with fail-on-error: false. Output `passed` is 'true' / 'false' for a verdict and '' after
// an error, so workflows can tell them apart. Nothing here writes outputs or exit codes: the caller does (main.ts).











function metricOutputs(report) {
    const out = {};
    for (const m of registry/* KNOWN_METRICS */.yX) {
        const v = report?.metrics[m]?.value;
        out[m] = v === undefined ? '' : String(v);
    }
    return out;
}
/** The folders the report names paths relative to (the workspace, the runner's temp folder, home). */
function reportPaths(ctx, tempRoot) {
    return { workspace: ctx.workspace, temp: tempRoot, home: external_node_os_default().homedir() };
}
/** Summary, comment and verdict of a mode's outcome. */
async function publishOutcome(o, out) {
    const { inputs: inp, ctx, core } = o;
    const markdown = renderMarkdown({
        report: out.report,
        gate: out.gate,
        key: inp.commentKey,
        runUrl: ctx.runUrl,
        version: version/* VERSION */.x,
        baseline: { ...out.baseline.view, report: out.baseline.report },
        warnings: out.baseline.warnings,
        notes: out.baseline.notes,
        paths: reportPaths(ctx, o.tempRoot),
    });
    await writeJobSummary(await withHistory(markdown, out.report, o), core.summary, core);
    const url = await postComment({
        policy: inp.comment,
        key: inp.commentKey,
        body: markdown,
        failed: !out.gate.passed,
        pullRequest: out.pullRequest,
        ctx,
        token: inp.token,
        strict: inp.mode === 'comment',
    }, core, o.github);
    const outputs = {
        ...metricOutputs(out.report),
        passed: String(out.gate.passed),
        report: out.reportPath,
        error: '',
        'comment-url': url,
    };
    for (const s of out.gate.skipped)
        core.info(s);
    for (const r of out.gate.results)
        core.info(`${r.passed ? 'pass' : 'FAIL'}: ${r.message}`);
    if (!out.gate.passed) {
        const failed = out.gate.results.filter((r) => !r.passed);
        const failure = `fid-gate: ${failed.length} rule${failed.length > 1 ? 's' : ''} crossed:\n${failed.map((r) => `- ${r.message}`).join('\n')}`;
        return { outputs, failure, exitCode: 1 };
    }
    const n = out.gate.results.length;
    core.info(n
        ? `fid-gate: ${n === 1 ? 'the 1 rule' : `all ${n} rules`} passed`
        : 'fid-gate: no rules given (thresholds, max-regression): reporting only');
    return { outputs, exitCode: 0 };
}
/** An error instead of a verdict: reported in the summary and (when allowed) the comment; fails the step unless
 * fail-on-error: false. */
async function reportError(err, req, deps, github) {
    const { core } = deps;
    const isInput = err instanceof errors/* InputError */.d || err?.name === 'InputError';
    const msg = isInput ? err.message : `${err?.message ?? err}`;
    if (!isInput)
        core.debug(`fid-gate: ${err?.stack ?? err}`);
    const inputs = req.inputs instanceof Error ? undefined : req.inputs;
    const key = inputs?.commentKey ?? req.settings.commentKey;
    const policy = inputs?.comment ?? req.settings.comment;
    const markdown = renderMarkdown({
        error: msg,
        key,
        runUrl: req.ctx.runUrl,
        version: version/* VERSION */.x,
        paths: reportPaths(req.ctx, req.tempRoot),
    });
    await writeJobSummary(markdown, core.summary, core);
    const url = await postComment({
        policy,
        key,
        body: markdown,
        failed: true,
        pullRequest: req.ctx.pullRequest,
        ctx: req.ctx,
        token: req.token,
        strict: false,
    }, core, github);
    const outputs = { ...metricOutputs(undefined), passed: '', report: '', error: msg, 'comment-url': url };
    if (req.failOnError)
        return { outputs, failure: `fid-gate error: ${msg}`, exitCode: isInput ? 2 : 3 };
    core.warning(`fid-gate error (fail-on-error: false, the step passes): ${msg}`);
    return { outputs, exitCode: 0 };
}
/** Runs the Action for `req`. Never throws: an error is a result (outputs, failure, exit code 2 or 3). */
async function runFidGate(req, deps) {
    const github = githubClient(req.token, deps);
    try {
        if (req.inputs instanceof Error)
            throw req.inputs;
        const o = { inputs: req.inputs, ctx: req.ctx, core: deps.core, github, tempRoot: req.tempRoot };
        // input shard: a stats-only run that writes and uploads its part (no metrics, gate or comment)
        if (req.inputs.mode === 'evaluate' && req.inputs.shard)
            return await runShard(o);
        const out = req.inputs.mode === 'comment' ? await commentOnly(o) : await evaluate(o);
        return await publishOutcome(o, out);
    }
    catch (err) {
        return reportError(err, req, deps, github);
    }
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The Action's entry: read the request (inputs, token, run context), run it, write the outputs and the verdict. The
// work is in run.ts and the modes' files, which take their dependencies as arguments (and are tested that way).
// `run` is what GitHub's local runner calls: npx @github/local-action run . src/action/main.ts .env




async function run() {
    const request = readActionRequest((name) => core/* getInput */.V4(name));
    if (request.token)
        core/* setSecret */.Pq(request.token);
    const result = await runFidGate(request, { core: actionsCore, sleep: timerSleep });
    for (const [name, value] of Object.entries(result.outputs))
        core/* setOutput */.uH(name, value);
    if (result.failure)
        core/* setFailed */.C1(result.failure);
    if (result.exitCode > 1)
        process.exitCode = result.exitCode;
}
/** The name src/index.ts calls. */
const runAction = run;


/***/ }),

/***/ 87344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NEGATION: () => (/* binding */ NEGATION),
/* harmony export */   checkRulesComputable: () => (/* binding */ checkRulesComputable),
/* harmony export */   differenceInterval: () => (/* binding */ differenceInterval),
/* harmony export */   evaluateGate: () => (/* binding */ evaluateGate),
/* harmony export */   parseMaxRegression: () => (/* binding */ parseMaxRegression),
/* harmony export */   parseRules: () => (/* binding */ parseRules),
/* harmony export */   parseThresholds: () => (/* binding */ parseThresholds)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _core_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(96228);
/* harmony import */ var _metrics_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64049);
/* harmony import */ var _metrics_bootstrap_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(12383);
// The gate: threshold rules (`fid <= 25`) and regression limits against a baseline (`fid: +5%`), parsed from the
// Action's inputs, and their evaluation against a MetricsReport. Pure functions; the messages name the rule, the
// value and the limit, so a failed step says exactly what was crossed.




const NUMBER = String.raw `[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
const THRESHOLD_RE = new RegExp(String.raw `^([A-Za-z][A-Za-z-]*)\s*(<=|>=|<|>|≤|≥)\s*(${NUMBER})$`);
const REGRESSION_RE = /^([A-Za-z][A-Za-z-]*)\s*[:=]?\s*([+-])?\s*((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(%)?$/;
function metricName(raw, where) {
    const m = (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupMetric */ .xv)(raw);
    if (!m)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${where}: unknown metric "${raw}" (known: ${_metrics_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .KNOWN_METRICS */ .yX.join(' ')})`, raw);
    return m.name;
}
/** Removes a `#` comment and surrounding blanks. */
function stripComment(line) {
    const i = line.indexOf('#');
    return (i >= 0 ? line.slice(0, i) : line).trim();
}
/** Calls `each` for every rule of a rules input: one or more a line, separated by commas or semicolons, `#` comments.
 * */
function forEachRule(text, each) {
    (text ?? '').split(/\r?\n/).forEach((rawLine, idx) => {
        for (const part of stripComment(rawLine).split(/[,;]/)) {
            const rule = part.trim();
            if (rule)
                each(rule, rawLine, idx + 1);
        }
    });
}
/**
 * Parses the `thresholds` input: one rule a line (`fid <= 25`, `is >= 8`, `precision >= 0.6`), operators <= < >= >,
 * blank lines and `#` comments allowed. Several rules on one line may be separated by commas or semicolons.
 */
function parseThresholds(text, what = 'thresholds') {
    const out = [];
    forEachRule(text, (rule, rawLine, lineNo) => {
        const m = THRESHOLD_RE.exec(rule);
        if (!m) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what}, line ${lineNo}: cannot parse "${rawLine.trim()}" (expected METRIC OP NUMBER, e.g. "fid <= 25"; OP is one of <= < >= >)`, what);
        }
        const metric = metricName(m[1], `${what}, line ${lineNo}`);
        const op = (m[2] === '≤' ? '<=' : m[2] === '≥' ? '>=' : m[2]);
        const limit = Number(m[3]);
        if (!Number.isFinite(limit))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what}, line ${lineNo}: "${rule}": the limit is not a finite number`, what);
        out.push({ kind: 'threshold', metric, op, limit, text: `${metric} ${op} ${m[3]}`, line: lineNo });
    });
    return out;
}
/**
 * Parses `max-regression`: per metric, absolute or relative, several separated by newlines or commas:
 * `fid: +5%`, `recall: -0.02`, `kid: 0.001`. The sign is optional: the direction comes from the metric (FID may only
 * rise, recall only fall); a sign pointing the other way is refused as a likely mistake.
 */
function parseMaxRegression(text, what = 'max-regression') {
    const out = [];
    forEachRule(text, (rule, rawLine, lineNo) => {
        const m = REGRESSION_RE.exec(rule);
        if (!m) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what}, line ${lineNo}: cannot parse "${rawLine.trim()}" (expected METRIC: CHANGE, e.g. "fid: +5%" or "recall: -0.02")`, what);
        }
        const metric = metricName(m[1], `${what}, line ${lineNo}`);
        const amount = Number(m[3]);
        const relative = m[4] === '%';
        if (!Number.isFinite(amount))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what}, line ${lineNo}: "${rule}": not a finite number`, what);
        const worseSign = _metrics_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_BETTER */ .WM[metric] === 'lower' ? '+' : '-';
        if (m[2] && m[2] !== worseSign) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${what}, line ${lineNo}: "${rule}": ${metric} is better when ${_metrics_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_BETTER */ .WM[metric]}, so a regression is a${worseSign === '+' ? 'n increase' : ' decrease'}; write "${metric}: ${worseSign}${m[3]}${relative ? '%' : ''}"`, what);
        }
        out.push({
            kind: 'regression',
            metric,
            amount: relative ? amount / 100 : amount,
            relative,
            text: `${metric}: ${worseSign}${m[3]}${relative ? '%' : ''}`,
        });
    });
    return out;
}
function parseRules(thresholds, maxRegression) {
    return { thresholds: parseThresholds(thresholds), regressions: parseMaxRegression(maxRegression) };
}
/** Refuses (before any work) a rule on a metric that the selected metric groups do not compute. */
function checkRulesComputable(rules, groups, what = 'metrics') {
    for (const r of [...rules.thresholds, ...rules.regressions]) {
        const g = _metrics_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_GROUP */ .tU[r.metric];
        if (!groups.includes(g)) {
            const only = (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .groupDef */ .VF)(g)?.computedOnly;
            if (only)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`rule "${r.text}" is on ${r.metric}, which is ${only}`, r.text);
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`rule "${r.text}" is on ${r.metric}, which is not computed: add "${g}" to the ${what} input (now: ${groups.join(',')})`, r.text);
        }
    }
}
/** Formats `x` with enough digits that it does not print equal to `other` when they differ. */
function formatApart(x, other) {
    for (let d = 4; d <= 12; d++) {
        const a = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(x, d);
        if (x === other || a !== (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(other, d))
            return a;
    }
    return String(x);
}
function compare(value, op, limit) {
    switch (op) {
        case '<=':
            return value <= limit;
        case '<':
            return value < limit;
        case '>=':
            return value >= limit;
        case '>':
            return value > limit;
    }
}
/** The operator that holds where `op` fails ("fid = 30 > 25" for a failed "fid <= 25"). */
const NEGATION = { '<=': '>', '<': '>=', '>=': '<', '>': '<=' };
function signed(x, digits = 4) {
    const s = (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(x, digits);
    return x > 0 ? `+${s}` : x === 0 ? '±0' : s;
}
function metricValue(report, metric, rule) {
    const r = report.metrics[metric];
    if (!r) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`rule "${rule}" is on ${metric}, which was not computed (computed: ${Object.keys(report.metrics).join(', ') || 'none'})`, rule);
    }
    return r.value;
}
/**
 * Evaluates every rule. Threshold rules always; regression rules only with a baseline that holds the metric (else
 * listed in `skipped`). A rule on a metric the report lacks is an input error (the rule cannot mean anything).
 */
function evaluateGate(report, baseline, rules) {
    const results = [];
    const skipped = [];
    for (const t of rules.thresholds) {
        const value = metricValue(report, t.metric, t.text);
        const passed = compare(value, t.op, t.limit);
        const message = passed
            ? `${t.metric} = ${formatApart(value, t.limit)} ${t.op} ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(t.limit, 12)} (threshold "${t.text}")`
            : `${t.metric} = ${formatApart(value, t.limit)} ${NEGATION[t.op]} ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(t.limit, 12)} (threshold "${t.text}")`;
        results.push({ metric: t.metric, kind: 'threshold', value, limit: t.limit, passed, message, rule: t.text });
    }
    const withinNoise = [];
    for (const r of rules.regressions) {
        const value = metricValue(report, r.metric, r.text);
        const baseResult = baseline?.metrics[r.metric];
        const base = baseResult?.value;
        if (base === undefined || !Number.isFinite(base)) {
            skipped.push(`regression rule "${r.text}" not evaluated: ${baseline ? `the baseline has no ${r.metric}` : 'no comparable baseline'}`);
            continue;
        }
        const lowerBetter = _metrics_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .METRIC_BETTER */ .WM[r.metric] === 'lower';
        const allowedDelta = r.relative ? r.amount * Math.abs(base) : r.amount;
        const limit = lowerBetter ? base + allowedDelta : base - allowedDelta;
        // compare deltas (not value against limit) so "no change" always passes despite rounding in base + delta
        const worse = lowerBetter ? value - base : base - value;
        const delta = value - base;
        const noise = differenceInterval(report, baseline, report.metrics[r.metric], baseResult);
        const beyondLimit = worse > allowedDelta;
        if (noise)
            noise.verdict = worse - noise.halfWidth > 0 ? 'significant' : 'within noise';
        // the noise-aware rule: a worsening past the limit fails only when the difference's interval excludes zero on the
        // worse side; without intervals (stats-only inputs, --bootstrap 0) the plain limit decides
        const passed = !beyondLimit || noise?.verdict === 'within noise';
        const allowed = r.text.slice(r.text.indexOf(':') + 1).trim();
        const change = r.relative ? (base === 0 ? signed(delta) : (0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPercent */ .l9)(delta / Math.abs(base))) : signed(delta);
        const ci = noise ? `, 95% interval of the difference ${signed(delta)} ± ${(0,_core_format_js__WEBPACK_IMPORTED_MODULE_3__/* .formatNumber */ .ZV)(noise.halfWidth)}` : '';
        let message;
        if (!beyondLimit)
            message = `${r.metric} ${formatApart(base, value)} → ${formatApart(value, base)} (${change}, limit ${allowed}${ci})`;
        else if (passed) {
            message = `${r.metric} ${formatApart(base, value)} → ${formatApart(value, base)} (${change}, limit ${allowed}): within noise${ci}, which includes 0`;
            withinNoise.push(message);
        }
        else
            message = `${r.metric} regressed ${formatApart(base, value)} → ${formatApart(value, base)} (${change}, limit ${allowed}${ci ? `${ci}, which excludes 0` : ''})`;
        results.push({
            metric: r.metric,
            kind: 'regression',
            value,
            limit,
            baseline: base,
            passed,
            message,
            rule: r.text,
            allowed,
            ...(noise ? { noise } : {}),
        });
    }
    return { passed: results.every((x) => x.passed), results, skipped, withinNoise };
}
/**
 * The 95 % interval of (this run − baseline) for one metric, from their bootstrap intervals:
 *  - paired: both reports hold replicates made with the same seed, replicate count, draws and reference set, so
 *    replicate b of each resampled the reference identically; the half-width is that of the differences' percentile
 *    interval (the reference's own noise cancels, as in a paired test);
 *  - independent: only half-widths are known: √(h₁² + h₂²) (the two errors treated as independent: wider than paired);
 *  - assumed: the baseline has no interval (older report): it is taken to be as noisy as this run, √2·h.
 * Undefined when this run has no interval (no features, or the bootstrap switched off).
 */
function differenceInterval(report, baseline, cur, base) {
    const difference = cur.value - base.value;
    const a = cur.ci, b = base.ci;
    if (!a || !Number.isFinite(a.halfWidth))
        return undefined;
    const pa = report.protocol, pb = baseline.protocol;
    if (b?.replicates &&
        a.replicates &&
        a.replicates.length === b.replicates.length &&
        a.replicates.length >= 2 &&
        a.scale === b.scale &&
        (a.method ?? 'bootstrap') === (b.method ?? 'bootstrap') &&
        pa.seed !== undefined &&
        pa.seed === pb.seed &&
        pa.realDigest !== undefined &&
        pa.realDigest === pb.realDigest &&
        pa.bootstrap &&
        pb.bootstrap &&
        JSON.stringify([pa.bootstrap.draws, pa.bootstrap.fidDraws]) ===
            JSON.stringify([pb.bootstrap.draws, pb.bootstrap.fidDraws])) {
        const diffs = a.replicates.map((x, i) => x - b.replicates[i]);
        return { difference, halfWidth: (0,_metrics_bootstrap_js__WEBPACK_IMPORTED_MODULE_2__/* .spread */ .il)(diffs).halfWidth * a.scale, method: 'paired', verdict: 'within noise' };
    }
    if (b && Number.isFinite(b.halfWidth))
        return {
            difference,
            halfWidth: Math.hypot(a.halfWidth, b.halfWidth),
            method: 'independent',
            verdict: 'within noise',
        };
    return { difference, halfWidth: Math.SQRT2 * a.halfWidth, method: 'assumed', verdict: 'within noise' };
}


/***/ }),

/***/ 45145:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   checkCompanions: () => (/* binding */ checkCompanions),
/* harmony export */   checkRulesOnComputed: () => (/* binding */ checkRulesOnComputed),
/* harmony export */   readBootstrap: () => (/* binding */ readBootstrap),
/* harmony export */   readGateRules: () => (/* binding */ readGateRules),
/* harmony export */   readMetrics: () => (/* binding */ readMetrics)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _gate_rules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87344);
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55553);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(17932);
/* harmony import */ var _metrics_registry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64049);
/* harmony import */ var _features_extractors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27130);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81157);
// The options of a metrics run (compare on the CLI, mode: evaluate in the Action) and the checks between them, in
// one place: IS vs an ONNX encoder, bootstrap bounds, rules on metrics the run will not compute, --max-regression
// without a baseline, --pairs-grid without --training, elbo images without a diffusion denoiser. Loads the metric
// modules (onnxruntime): the CLI imports this module only inside a command's run.








/** --metrics / input metrics (commas, spaces, semicolons or new lines between names). Unset: undefined (every
 *  metric that applies, decided by the inputs), or fid,kid,prdc with an ONNX encoder (IS needs Inception's logits). */
function readMetrics(src, encoder) {
    const raw = ((0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'metrics') ?? '').replace(/[\s;]+/g, ',').replace(/^,+|,+$/g, '');
    const extractor = (0,_features_extractors_js__WEBPACK_IMPORTED_MODULE_5__/* .extractorFor */ .Sb)(encoder);
    if (!raw)
        return encoder ? (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .defaultMetricGroups */ .lz)(extractor) : undefined;
    const metrics = (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMetrics */ .Bm)(raw, src.name('metrics'));
    if (encoder)
        (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .checkMetricsSupported */ .ah)(metrics, extractor, src.given('encoder', encoder.path), 'option', src.name('metrics'));
    return metrics;
}
/** --bootstrap / input bootstrap: 0 (no intervals) or 2 … MAX_BOOTSTRAP_REPLICATES. */
function readBootstrap(src) {
    const b = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_3__/* .int */ .Wh)(src, 'bootstrap', _core_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BOOTSTRAP_REPLICATES */ .ey, { min: 0, expected: 'a non-negative integer' });
    const range = `0 (no intervals) or 2 … ${_core_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_BOOTSTRAP_REPLICATES */ .h8} replicates`;
    if (b === 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name('bootstrap')}: 1 replicate gives no interval; expected ${range}`, 'bootstrap');
    if (b > _core_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_BOOTSTRAP_REPLICATES */ .h8)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name('bootstrap')}: expected ${range}, got ${b} (their values are kept in the metrics JSON)`, 'bootstrap');
    return b;
}
/**
 * The gate's rules. `thresholds` is the rules' text (the CLI reads a --thresholds FILE first; `thresholdsWhat` then
 * names the file). `baselineGiven`: whether a baseline can exist (--baseline on the CLI; always in the Action,
 * whose baseline defaults to auto).
 */
function readGateRules(src, o) {
    const rules = {
        thresholds: (0,_gate_rules_js__WEBPACK_IMPORTED_MODULE_1__.parseThresholds)(o.thresholds ?? (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'thresholds'), o.thresholdsWhat ?? src.name('thresholds')),
        regressions: (0,_gate_rules_js__WEBPACK_IMPORTED_MODULE_1__.parseMaxRegression)((0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'max-regression'), src.name('max-regression')),
    };
    if (rules.regressions.length && !o.baselineGiven) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name('max-regression')} needs ${src.name('baseline')} METRICS.json (the run to compare with)`, 'max-regression');
    }
    return rules;
}
/** Refuses a rule on a metric the run will not compute, before any work. */
function checkRulesOnComputed(src, rules, run) {
    const groups = [
        ...(run.metrics ?? (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMetrics */ .Bm)(undefined)),
        ...(run.elbo ? ['elbo'] : []),
        ...(run.training ? ['memorization'] : []),
    ];
    (0,_gate_rules_js__WEBPACK_IMPORTED_MODULE_1__.checkRulesComputable)(rules, groups, src.style === 'action' ? 'metrics' : src.name('metrics'));
}
/** --pairs-grid needs --training; --elbo-images / input elbo-images needs a diffusion denoiser. */
function checkCompanions(src, run) {
    if ((0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'pairs-grid') !== undefined && !run.training) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name('pairs-grid')} needs ${src.name('training')} DIR (the pairs are generated/training images)`, 'pairs-grid');
    }
    if ((0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'elbo-images') !== undefined && !run.diffusion) {
        const how = src.style === 'action'
            ? 'input generator with generator-kind: diffusion'
            : '--generator MODEL.onnx --kind diffusion';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name('elbo-images')} needs a diffusion denoiser${src.style === 'action' ? ' to score' : ''}: ${how}`, 'elbo-images');
    }
}


/***/ }),

/***/ 53814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readExtractorChoice: () => (/* binding */ readExtractorChoice),
/* harmony export */   readExtractorOptions: () => (/* binding */ readExtractorOptions)
/* harmony export */ });
/* harmony import */ var _features_session_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76715);
/* harmony import */ var _features_inception_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(41354);
/* harmony import */ var _features_encoder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34467);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(55553);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(17932);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(81157);
// The feature extractor's options (weights, resize, encoder*, device, batch size, image reading), read from the
// CLI's flags or the Action's inputs, with the checks between them. Loads onnxruntime (parseDevice): the CLI
// imports this module only inside a command's run.







/** --resize and --encoder* (checked against each other and --weights; the model file is opened when it loads). */
function readExtractorChoice(src) {
    const resize = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .choice */ .Yq)(src, 'resize', _features_inception_js__WEBPACK_IMPORTED_MODULE_1__/* .RESIZE_MODES */ ._n, 'legacy-pytorch');
    const weights = (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'weights') === 'synthetic' ? 'synthetic' : (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .pathValue */ .ZB)(src, 'weights');
    const encoderPath = (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder')?.toLowerCase() === 'inception' ? (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder') : (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .pathValue */ .ZB)(src, 'encoder');
    const encoder = (0,_features_encoder_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEncoderArgs */ .XF)({
        encoder: encoderPath,
        preset: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-preset'),
        output: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-output'),
        size: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-size'),
        mean: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-mean'),
        std: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-std'),
        layout: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-layout'),
        range: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'encoder-range'),
    }, src.name);
    if (encoder && resize !== 'legacy-pytorch') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${src.given('resize', resize)} is for the Inception network; an ONNX encoder's resize comes from ${src.name('encoder-preset')}`, 'resize');
    }
    if (encoder && weights !== undefined) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`${src.name('weights')} is for the Inception network; leave it out with ${src.given('encoder', encoder.path)}`, 'weights');
    }
    return { resize, encoder, weights };
}
/** Every extractor option. */
function readExtractorOptions(src) {
    return {
        ...readExtractorChoice(src),
        device: (0,_features_session_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDevice */ .Ew)((0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .text */ .Qq)(src, 'device'), src.name('device')),
        batchSize: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Wh)(src, 'batch-size', undefined, { max: _core_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .MAX_BATCH_SIZE */ .Sx, expected: 'a positive integer' }),
        threads: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Wh)(src, 'threads', undefined, { expected: 'a positive integer' }),
        cacheDir: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .pathValue */ .ZB)(src, 'cache-dir'),
        recursive: (0,_source_js__WEBPACK_IMPORTED_MODULE_6__/* .flag */ .Jt)(src, 'recursive'),
        maxPixels: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .int */ .Wh)(src, 'max-pixels', _core_defaults_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_MAX_PIXELS */ .fR, {
            min: 0,
            expected: 'a non-negative integer (0 = no limit)',
        }),
        onBadImage: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_5__/* .choice */ .Yq)(src, 'on-bad-image', ['fail', 'skip'], 'fail'),
    };
}


/***/ }),

/***/ 20490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readDiffusionModel: () => (/* binding */ readDiffusionModel),
/* harmony export */   readSamplerOptions: () => (/* binding */ readSamplerOptions),
/* harmony export */   readSamplingBase: () => (/* binding */ readSamplingBase),
/* harmony export */   readSeed: () => (/* binding */ readSeed)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _features_session_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76715);
/* harmony import */ var _sampling_sample_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33767);
/* harmony import */ var _sampling_noise_schedule_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7681);
/* harmony import */ var _sampling_samplers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10764);
/* harmony import */ var _sampling_gan_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(77067);
/* harmony import */ var _sampling_quantize_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31910);
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(55553);
/* harmony import */ var _numbers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17932);
/* harmony import */ var _source_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(81157);
// The sampler settings, one parser for `fid-gate sample`, `compare --generator`, `fid-gate elbo` (the diffusion
// model's part) and the Action's sampler inputs: every check (steps ≤ train-steps, eta ≥ 0, timeout > 0, …) holds
// for all of them, and every error names the flag or input at fault. Loads onnxruntime (the sampling modules): the
// CLI imports this module only inside a command's run.










/** A sampling seed: an integer in [0, 2^32). */
function readSeed(src, key = 'seed', def = _core_defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .SAMPLER_DEFAULTS */ .Q_.seed) {
    return (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, key, def, { min: 0, max: _core_defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .MAX_SEED */ .He, maxReason: 'seeds are 32-bit' });
}
/** device, threads, cache-dir and seed of a sampling command. */
function readSamplingBase(src) {
    return {
        device: (0,_features_session_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDevice */ .Ew)((0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(src, 'device'), src.name('device')),
        threads: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, 'threads', undefined),
        cacheDir: (0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .pathValue */ .ZB)(src, 'cache-dir'),
        seed: readSeed(src),
    };
}
/** What a diffusion denoiser was trained with and how its images look (sample, elbo, compare --generator). */
function readDiffusionModel(src) {
    return {
        schedule: (0,_sampling_noise_schedule_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSchedule */ .nP)((0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(src, 'schedule'), src.name('schedule')),
        trainSteps: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, 'train-steps', _core_defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .SAMPLER_DEFAULTS */ .Q_.trainSteps),
        prediction: (0,_sampling_samplers_js__WEBPACK_IMPORTED_MODULE_4__/* .parsePrediction */ .Pl)((0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(src, 'prediction'), src.name('prediction')),
        variance: (0,_sampling_samplers_js__WEBPACK_IMPORTED_MODULE_4__/* .parseVariance */ .pj)((0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(src, 'variance'), src.name('variance')),
        clip: !(0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .flag */ .Jt)(src, 'no-clip'),
        numClasses: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, 'num-classes', undefined),
        size: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .imageSize */ .R9)(src, 'size'),
        channels: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, 'channels', undefined),
    };
}
function readDiffusion(src, classLabel) {
    const m = readDiffusionModel(src);
    const sampler = (0,_sampling_samplers_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSampler */ .yk)((0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(src, 'sampler'), src.name('sampler'));
    const steps = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, 'steps', sampler === 'ddim' ? Math.min(_core_defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .SAMPLER_DEFAULTS */ .Q_.ddimSteps, m.trainSteps) : m.trainSteps);
    if (steps > m.trainSteps) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name('steps')}: ${steps} sampling steps, more than the ${m.trainSteps} training steps (${src.name('train-steps')})`, 'steps');
    }
    const eta = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .num */ .bu)(src, 'eta', _core_defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .SAMPLER_DEFAULTS */ .Q_.eta, { min: 0 });
    return { ...m, sampler, steps, eta, classLabel, guidance: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .num */ .bu)(src, 'guidance', undefined) };
}
/**
 * kind, generator, num-samples, seed, batch-size, and per kind: gan (z-dist, output-range, num-classes, latent,
 * class), diffusion (readDiffusionModel's, sampler, steps, eta, guidance, class), command (command, timeout).
 * `base` supplies what the caller has already read (compare's --seed, --device, …).
 */
function readSamplerOptions(src, base = {}) {
    const kind = (0,_sampling_sample_js__WEBPACK_IMPORTED_MODULE_2__.parseKind)((0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(src, 'kind'), src.name('kind'));
    const n = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, 'num-samples', undefined);
    if (n === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name('num-samples')} is required with ${src.name('generator')} (how many samples to draw)`, 'num-samples');
    const generator = (0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .pathValue */ .ZB)(src, 'generator');
    const opts = {
        kind,
        n,
        seed: base.seed ?? readSeed(src),
        generator,
        device: base.device,
        threads: base.threads,
        cacheDir: base.cacheDir,
        log: base.log,
        progress: base.progress,
    };
    const classLabel = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, 'class', undefined, { min: 0 });
    if (kind !== 'command' && !generator)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name('kind')} ${kind} needs ${src.name('generator')} MODEL.onnx`, 'generator');
    if (kind === 'gan') {
        opts.batchSize = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, 'batch-size', _core_defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .SAMPLER_DEFAULTS */ .Q_.ganBatchSize);
        opts.gan = {
            zDist: (0,_sampling_gan_js__WEBPACK_IMPORTED_MODULE_5__/* .parseZDist */ .ix)((0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(src, 'z-dist'), src.name('z-dist')),
            outputRange: (0,_sampling_quantize_js__WEBPACK_IMPORTED_MODULE_6__.parseOutputRange)((0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(src, 'output-range'), src.name('output-range')),
            numClasses: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, 'num-classes', undefined),
            classLabel,
            latent: (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, 'latent', undefined),
        };
    }
    else if (kind === 'diffusion') {
        opts.batchSize = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .int */ .Wh)(src, 'batch-size', _core_defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .SAMPLER_DEFAULTS */ .Q_.diffusionBatchSize);
        opts.diffusion = readDiffusion(src, classLabel);
    }
    else {
        const command = (0,_source_js__WEBPACK_IMPORTED_MODULE_9__/* .text */ .Qq)(src, 'command');
        if (!command)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`${src.name('kind')} command needs ${src.name('command')} "…"`, 'command');
        const timeout = (0,_numbers_js__WEBPACK_IMPORTED_MODULE_8__/* .num */ .bu)(src, 'timeout', _core_defaults_js__WEBPACK_IMPORTED_MODULE_7__/* .SAMPLER_DEFAULTS */ .Q_.timeoutSeconds, {
            min: 0,
            exclusive: true,
            expected: 'seconds > 0',
        });
        opts.command = { command, timeoutSeconds: timeout };
    }
    return opts;
}


/***/ })

};
