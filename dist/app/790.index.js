export const id = 790;
export const ids = [790];
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

/***/ 91807:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QN: () => (/* binding */ protocolKey),
/* harmony export */   S7: () => (/* binding */ referenceDigest),
/* harmony export */   xZ: () => (/* binding */ protocolDifferences)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// The protocol of a set of features: what must agree for two results to be comparable, and the digest that
// identifies a reference set.

/** The fields that must agree for two results to be comparable. */
function protocolKey(p) {
    return JSON.stringify([p.extractor, p.weightsSha256, p.resize]);
}
function protocolDifferences(a, b) {
    const out = [];
    if (a.extractor !== b.extractor)
        out.push(`extractor ${a.extractor} vs ${b.extractor}`);
    if (a.weightsSha256 !== b.weightsSha256)
        out.push(`weights ${a.weights} (${a.weightsSha256.slice(0, 12)}) vs ${b.weights} (${b.weightsSha256.slice(0, 12)})`);
    if (a.resize !== b.resize)
        out.push(`resize ${a.resize} vs ${b.resize}`);
    return out;
}
/** SHA-256 of the reference set's features (else of its mu and sigma): identifies the reference in the fingerprint. */
function referenceDigest(s) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    if (s.features)
        h.update('features\0').update(new Uint8Array(s.features.buffer, s.features.byteOffset, s.count * s.dim * 4));
    else
        h.update('stats\0')
            .update(new Uint8Array(s.mu.buffer, s.mu.byteOffset, s.mu.byteLength))
            .update(new Uint8Array(s.sigma.buffer, s.sigma.byteOffset, s.sigma.byteLength));
    return h.digest('hex');
}


/***/ }),

/***/ 790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   formatMetricsTable: () => (/* binding */ formatMetricsTable),
/* harmony export */   formatValue: () => (/* binding */ formatValue)
/* harmony export */ });
/* harmony import */ var _core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(75527);
/* harmony import */ var _metrics_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(64049);


function formatValue(v) {
    if (!Number.isFinite(v))
        return String(v);
    const a = Math.abs(v);
    return a !== 0 && (a < 1e-3 || a >= 1e6)
        ? v.toExponential(4)
        : v.toFixed(a >= 100 ? 3 : a >= 1 ? 4 : 6).replace(/\.?0+$/, (m) => (m.startsWith('.') ? '' : m));
}
/** How each interval method reads in the footer (metrics/intervals.ts; a version 1 interval has no method: bootstrap).
 * */
const METHOD_WORDS = {
    bootstrap: 'bootstrap',
    'delta-method': 'delta method (influence function)',
    'u-statistic': 'U-statistic variance',
};
/**
 * The ± line: one 95 % interval per metric that has one, each named by the method that produced it (ci.method), with
 * the metrics that share a method listed together, in table order.
 */
function intervalFooter(r) {
    const p = r.protocol, b = p.bootstrap;
    const byMethod = new Map();
    for (const [name, m] of Object.entries(r.metrics)) {
        if (!m.ci)
            continue;
        const method = m.ci.method ?? 'bootstrap', g = byMethod.get(method) ?? { names: [], scaled: false };
        g.names.push((0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .metricDef */ .IH)(name)?.label ?? name);
        g.scaled ||= m.ci.scale < 1;
        byMethod.set(method, g);
    }
    const outOfN = b.draws.real < p.nReal || b.draws.generated < p.nGenerated
        ? `, ${b.draws.real}/${b.draws.generated}-out-of-N, scaled by √(m/N)`
        : '';
    const parts = [...byMethod].map(([method, g]) => `${g.names.join(', ')} by ${METHOD_WORDS[method]}${method === 'bootstrap'
        ? ` (${b.replicates} replicates${outOfN})`
        : g.scaled
            ? ' (of a seeded subset, scaled by √(m/N))'
            : ''}`);
    return `± : 95% interval, seed ${p.seed ?? '?'}: ${parts.join('; ')}`;
}
function formatMetricsTable(r) {
    const rows = [['metric', 'value', 'settings']];
    for (const [name, m] of Object.entries(r.metrics)) {
        // ± is the 95 % interval's half-width where there is one, else the spread over splits/subsets (IS, KID subsets)
        const value = m.ci
            ? `${formatValue(m.value)} ± ${formatValue(m.ci.halfWidth)}`
            : m.std !== undefined
                ? `${formatValue(m.value)} ± ${formatValue(m.std)} (std)`
                : formatValue(m.value);
        const def = (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .metricDef */ .IH)(name);
        rows.push([def?.tableLabel ?? name, value, def?.settings(m.details ?? {}) ?? '']);
    }
    const w = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
    const line = (row) => row
        .map((cell, c) => cell.padEnd(w[c]))
        .join('  ')
        .trimEnd();
    const p = r.protocol;
    const ci = Object.values(r.metrics).some((m) => m?.ci);
    const out = [
        ...r.notes.filter((n) => n.startsWith('WARNING')),
        line(rows[0]),
        w.map((n) => '-'.repeat(n)).join('  '),
        ...rows.slice(1).map(line),
        '',
        ...(ci && p.bootstrap ? [intervalFooter(r)] : []),
        `protocol: ${(0,_core_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .protocolSummary */ .P)(r)}, ${p.device}, ${r.durationSeconds.toFixed(1)} s`,
        ...r.notes.filter((n) => !n.startsWith('WARNING')).map((n) => `note: ${n}`),
    ];
    return out.join('\n');
}


/***/ })

};
