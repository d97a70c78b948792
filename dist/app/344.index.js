export const id = 344;
export const ids = [344];
export const modules = {

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


/***/ })

};
