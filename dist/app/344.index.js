export const id = 344;
export const ids = [344,807];
export const modules = {

/***/ 75344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   activeGroups: () => (/* binding */ activeGroups),
/* harmony export */   buildReport: () => (/* binding */ buildReport),
/* harmony export */   computeIntervals: () => (/* binding */ computeIntervals),
/* harmony export */   computeMetrics: () => (/* binding */ computeMetrics),
/* harmony export */   extractorLoader: () => (/* binding */ extractorLoader),
/* harmony export */   loadFolderStats: () => (/* binding */ loadFolderStats),
/* harmony export */   loadInput: () => (/* binding */ loadInput),
/* harmony export */   loadInputs: () => (/* binding */ loadInputs),
/* harmony export */   loadSamples: () => (/* binding */ loadSamples),
/* harmony export */   loadTraining: () => (/* binding */ loadTraining),
/* harmony export */   reconcileProtocols: () => (/* binding */ reconcileProtocols),
/* harmony export */   runCompare: () => (/* binding */ runCompare),
/* harmony export */   samplerSource: () => (/* binding */ samplerSource),
/* harmony export */   selectMetricGroups: () => (/* binding */ selectMetricGroups)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _pipeline_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(15165);
/* harmony import */ var _metrics_stats_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54522);
/* harmony import */ var _metrics_stats_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45421);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(311);
/* harmony import */ var _metrics_bootstrap_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(12383);
/* harmony import */ var _features_extract_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75738);
/* harmony import */ var _images_decode_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(32766);
/* harmony import */ var _sampling_sample_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(33767);
/* harmony import */ var _core_protocol_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(91807);
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(55553);
/* harmony import */ var _features_extractors_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(27130);
/* harmony import */ var _metrics_registry_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(49818);
// `compare`: two inputs (image folders or statistics .npz files) → every requested metric, with its settings, as a
// MetricsReport. Used by the CLI and the Action. The metrics come from the registry (metrics/registry.ts); compare
// runs them as named stages: select the metrics → load the inputs → reconcile their protocols → compute the metrics →
// their bootstrap intervals → build the report. Each stage is exported, so `fid-gate stats` and `fid-gate elbo` reuse
// the loading (loadFolderStats) and the ELBO (computeElbo).















function isFolder(p) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(p) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
}
/**
 * Extracts an image folder and accumulates its statistics (what `fid-gate stats` writes and compare reads).
 * `tooFew(count)` is thrown when fewer than 2 images were extracted (statistics need at least 2).
 */
async function loadFolderStats(ex, folder, o, tooFew) {
    const r = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_2__.extractFolder)(ex, folder, o);
    if (r.count < 2)
        throw tooFew(r.count);
    const features = r.features[ex.featureOutput];
    const acc = new _metrics_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .StatsAccumulator */ .q(ex.dim);
    await acc.add(features, r.count);
    const stats = await acc.finalize();
    return { stats, features, logits: ex.logitsOutput ? r.features[ex.logitsOutput] : undefined, extraction: r };
}
/** Loads one side (an image folder or a statistics .npz) for compare. */
async function loadInput(which, source, o, getExtractor) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(source))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${which} input ${source}: no such folder or file`, source);
    if (isFolder(source)) {
        const files = await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_2__.listFolder)(source, o.recursive);
        const ex = await getExtractor();
        const f = await loadFolderStats(ex, source, { files, batchSize: o.batchSize, progress: o.progress, label: `${which} features`, maxPixels: o.maxPixels,
            onBadImage: o.onBadImage, warn: o.warn ?? o.log }, (count) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${which} input ${source}: ${count} image; the metrics need at least 2`, source));
        const r = f.extraction;
        return { ...f.stats, features: f.features, logits: f.logits, files: r.relativeFiles, summary: { source, kind: 'folder', count: r.count, protocol: ex.protocol }, skippedNote: (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_2__.skippedNote)(`${which} input ${source}`, r.skipped, source) };
    }
    const s = await (0,_metrics_stats_file_js__WEBPACK_IMPORTED_MODULE_4__.readStatsNpz)(source);
    // N < 2 in a statistics file (features of 0 or 1 rows, or a recorded count of 1): refuse like a folder, instead of
    // an internal error in KID or a meaningless FID. No count and no features is pytorch-fid's layout (N unknown, kept as 0 here).
    const count = s.count ?? 0;
    if ((s.features || count > 0) && count < 2) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${which} input ${source}: ${count} image(s); the metrics need at least 2`, source);
    }
    return { ...s, count, summary: { source, kind: 'stats', count, protocol: s.protocol } };
}
/** Source name of a sampled generated side, for messages and the report. */
function samplerSource(s) {
    if (s.kind === 'command')
        return `command: ${s.command?.command ?? ''}`;
    return `${s.kind}: ${typeof s.generator === 'string' ? s.generator : '(in memory)'}`;
}
/** Samples the generated side from a model and extracts it without a disk round trip. */
async function loadSamples(s, o, getExtractor) {
    const source = samplerSource(s);
    if (s.n < 2)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`generated samples (${source}): -n ${s.n}; the metrics need at least 2`, 'num-samples');
    const ex = await getExtractor();
    (0,_images_decode_js__WEBPACK_IMPORTED_MODULE_7__.configureSharp)();
    const sampler = await (0,_sampling_sample_js__WEBPACK_IMPORTED_MODULE_8__.openSampler)({ log: o.log, ...s });
    const first = [];
    async function* tap() {
        for await (const img of sampler.images()) {
            if (first.length < 64)
                first.push(img);
            yield img;
        }
    }
    const { files, decode } = (0,_sampling_sample_js__WEBPACK_IMPORTED_MODULE_8__.samplesAsDecoder)(tap(), sampler.n);
    const r = await (0,_features_extract_js__WEBPACK_IMPORTED_MODULE_6__/* .extractFeatures */ .nL)(ex.model, files, { batchSize: o.batchSize, decode, progress: o.progress, label: 'generated samples features' });
    if (o.onSamples && first.length)
        await o.onSamples(first);
    const features = r.features[ex.featureOutput];
    for (let i = 0; i < features.length; i++) {
        if (!Number.isFinite(features[i]))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${ex.model.name}: output ${ex.featureOutput} is NaN or Inf for sample ${Math.floor(i / ex.dim)}: the model or its weights are broken`);
    }
    const acc = new _metrics_stats_js__WEBPACK_IMPORTED_MODULE_3__/* .StatsAccumulator */ .q(ex.dim);
    await acc.add(features, r.count);
    const stats = await acc.finalize();
    const logits = ex.logitsOutput ? r.features[ex.logitsOutput] : undefined;
    const quantization = typeof sampler.settings.quantization === 'string' ? sampler.settings.quantization : ex.protocol.quantization;
    return {
        ...stats, features, logits, files, settings: sampler.settings, samplerDevice: sampler.device,
        summary: { source, kind: 'samples', count: r.count, protocol: { ...ex.protocol, quantization, sampling: sampler.settings } },
    };
}
function extractorLoader(o) {
    let extractor = o.extractor;
    return {
        async get() {
            extractor ??= await (0,_pipeline_js__WEBPACK_IMPORTED_MODULE_2__.loadExtractor)({ weights: o.weights, resize: o.resize, encoder: o.encoder, cacheDir: o.cacheDir, device: o.device, threads: o.threads, log: o.log });
            return extractor;
        },
        loaded: () => extractor,
    };
}
/** The extractor the options choose, as the extractor registry declares it, and its name for messages. */
function chosenExtractor(o) {
    if (o.extractor) {
        const decl = o.extractor.kind === 'inception' ? _features_extractors_js__WEBPACK_IMPORTED_MODULE_11__/* .EXTRACTORS */ .o7.inception : (0,_features_extractors_js__WEBPACK_IMPORTED_MODULE_11__/* .extractorOfProtocol */ .yl)(o.extractor.protocol.extractor) ?? _features_extractors_js__WEBPACK_IMPORTED_MODULE_11__/* .EXTRACTORS */ .o7.custom;
        return { decl, name: o.extractor.model.name };
    }
    return { decl: (0,_features_extractors_js__WEBPACK_IMPORTED_MODULE_11__/* .extractorFor */ .Sb)(o.encoder), name: o.encoder ? `onnx:${o.encoder.path}` : 'the Inception network' };
}
/** Stage 1: the metric groups to compute (given, else the defaults the extractor supports); refused up front when unsupported. */
function selectMetricGroups(o) {
    const { decl, name } = chosenExtractor(o);
    const groups = o.metrics ? [...o.metrics] : (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .defaultMetricGroups */ .lz)(decl);
    (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .checkMetricsSupported */ .ah)(groups, decl, name);
    return groups;
}
/** Stage 2: loads the real side, then the generated side (a folder, a statistics file, or samples). */
async function loadInputs(o, getExtractor) {
    if (!o.sampler && o.generated === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('compare: give the generated images (a folder or statistics file) or a generator to sample from', 'generated');
    const real = await loadInput('real', o.real, o, getExtractor);
    const sampled = o.sampler ? await loadSamples(o.sampler, o, getExtractor) : undefined;
    const generated = sampled ?? await loadInput('generated', o.generated, o, getExtractor);
    if (real.dim !== generated.dim) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`real (${o.real}) has ${real.dim}-dimensional statistics, generated (${generated.summary.source}) ${generated.dim}-dimensional: they come from different extractors`);
    }
    return { real, generated, sampled };
}
/**
 * Stage 3: refuses inputs made with different protocols, says so when one side records none (pytorch-fid / clean-fid
 * statistics files), and checks the metrics against the extractor the inputs come from.
 */
function reconcileProtocols(inputs, groups, o, extractor) {
    const { real, generated, sampled } = inputs;
    const notes = [];
    const pr = real.summary.protocol, pg = generated.summary.protocol;
    if (pr && pg) {
        const diff = (0,_core_protocol_js__WEBPACK_IMPORTED_MODULE_9__/* .protocolDifferences */ .xZ)(pr, pg);
        if (diff.length)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`real and generated were made with different protocols (${diff.join('; ')}): their numbers are not comparable`);
    }
    else if (pr || pg) {
        const unknown = pr ? generated.summary.source : o.real;
        notes.push(`${unknown} records no protocol (a pytorch-fid or clean-fid statistics file): assumed to use ${(pr ?? pg).extractor} with the same weights and resize`);
    }
    else {
        notes.push('neither input records its protocol (pytorch-fid or clean-fid statistics files): assumed to match');
    }
    // a sampled generated side: its quantization (the sampler's) is the one that describes the generated images
    const protocol = sampled ? pg : pr ?? pg ?? extractor?.protocol;
    let selected = [...groups];
    const recorded = (0,_features_extractors_js__WEBPACK_IMPORTED_MODULE_11__/* .extractorOfProtocol */ .yl)(protocol?.extractor);
    if (protocol && recorded && recorded.id !== 'inception') {
        if (!o.metrics)
            selected = selected.filter((g) => (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .defaultMetricGroups */ .lz)(recorded).includes(g));
        (0,_metrics_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .checkMetricsSupported */ .ah)(selected, recorded, protocol.extractor, 'inputs');
        notes.push(`features from ${protocol.extractor} (D = ${real.dim}): "fid" is the Fréchet distance in that feature space (e.g. FD_DINOv2), not comparable with Inception FIDs`);
    }
    const warning = extractor?.bytes.warning ?? (protocol?.weights === 'synthetic' ? 'WARNING: synthetic Inception weights: these numbers are NOT comparable with published FIDs.' : undefined);
    if (warning)
        notes.unshift(warning);
    // on-bad-image: skip — the report says how many images were left out, and which
    for (const side of [real, generated])
        if (side.skippedNote)
            notes.push(side.skippedNote);
    return { protocol, groups: selected, notes };
}
/** Loads the training side for the groups that need it, checked against the comparison's dimension and protocol. */
async function loadTraining(source, dim, protocol, o, getExtractor) {
    const training = await loadInput('training', source, o, getExtractor);
    if (training.dim !== dim)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`training (${source}) has ${training.dim}-dimensional features, the other inputs ${dim}: they come from different extractors`, source);
    if (training.summary.protocol && protocol) {
        const diff = (0,_core_protocol_js__WEBPACK_IMPORTED_MODULE_9__/* .protocolDifferences */ .xZ)(training.summary.protocol, protocol);
        if (diff.length)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`training (${source}) was made with another protocol (${diff.join('; ')}): its distances are not comparable`, source);
    }
    return training;
}
const STATS_ONLY_HINT = 'pass the image folder, or a stats file written by `fid-gate stats --features`';
/** Refuses a group whose inputs lack what it needs (per-image features, the generated set's logits). */
function checkNeeds(def, ctx) {
    const n = def.needs;
    if (n.features) {
        const missing = n.features.map((side) => ctx[side]).filter((s) => !s.features).map((s) => s.summary.source);
        if (missing.length && n.features.length === 1 && n.features[0] === 'generated') {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${def.title} needs the generated set's per-image features, but ${missing[0]} holds only mu/sigma: ${STATS_ONLY_HINT}`);
        }
        if (missing.length)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${def.title} needs per-image features, but ${missing.join(' and ')} hold(s) only mu/sigma: ${STATS_ONLY_HINT}`);
    }
    if (n.logits && !ctx.generated.logits)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${def.title} needs the generated set's logits, but ${ctx.generated.summary.source} holds none: ${STATS_ONLY_HINT}`);
}
/** Which groups run: the selected ones of the pair, the ELBO with `elbo`, the training-set ones with `training`. */
function activeGroups(groups, o) {
    return _metrics_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .METRIC_GROUPS */ .EW.filter((g) => g.needs.source === 'pair' ? groups.includes(g.group) : g.needs.source === 'elbo' ? !!o.elbo : !!o.training)
        .map((g) => g.group);
}
/**
 * Stage 4: computes the groups, those on the pair first (in registry order), then the ELBO, then those on the
 * training set (loaded by `loadTrainingSet` just before they run).
 */
async function computeMetrics(groups, ctx, loadTrainingSet) {
    const metrics = {};
    for (const source of ['pair', 'elbo', 'training']) {
        for (const def of _metrics_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .METRIC_GROUPS */ .EW) {
            if (def.needs.source !== source || !groups.includes(def.group))
                continue;
            if (source === 'training' && !ctx.training)
                ctx.training = await loadTrainingSet();
            checkNeeds(def, ctx);
            Object.assign(metrics, await def.compute(ctx));
        }
    }
    return metrics;
}
/**
 * Stage 5: bootstrap 95 % intervals of the metrics whose registry entry names a bootstrap quantity, from the features
 * at hand (never extracting again). Sets each metric's `ci`; returns the settings for the report's protocol.
 */
async function computeIntervals(metrics, real, generated, o, seed, progress, notes) {
    const wanted = _metrics_registry_js__WEBPACK_IMPORTED_MODULE_12__/* .METRICS */ .Cb.filter((m) => m.interval && metrics[m.name]);
    const replicates = o.bootstrap ?? _core_defaults_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_BOOTSTRAP_REPLICATES */ .ey;
    if (replicates <= 0 || !wanted.length)
        return undefined;
    if (!real.features || !generated.features) {
        notes.push(`no bootstrap intervals: ${[real, generated].filter((s) => !s.features).map((s) => s.summary.source).join(' and ')} hold(s) only mu/sigma (pass the folder, or a stats file written with --features)`);
        return undefined;
    }
    const b = await (0,_metrics_bootstrap_js__WEBPACK_IMPORTED_MODULE_5__/* .bootstrapMetrics */ .SR)(real.features, real.count, generated.features, generated.count, real.dim, wanted.map((m) => m.interval), {
        replicates, seed, maxSamples: o.bootstrapMaxSamples, progress,
    });
    for (const m of wanted) {
        const iv = b.intervals[m.interval];
        if (iv)
            metrics[m.name].ci = { halfWidth: iv.halfWidth, level: 0.95, se: iv.se, scale: iv.scale, replicates: Array.from(iv.replicates, (v) => Number(v.toPrecision(10))) };
    }
    o.log?.(`bootstrap: ${replicates} replicates in ${b.seconds.toFixed(1)} s`);
    return { replicates, draws: b.draws, ...(b.fidDraws ? { fidDraws: b.fidDraws } : {}) };
}
/** Stage 6: the metrics JSON. */
function buildReport(p) {
    const { real, generated, sampled } = p.inputs;
    return {
        schema: 'fid-gate/metrics@1',
        fidGateVersion: _version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x,
        createdAt: new Date().toISOString(),
        protocol: {
            ...(p.protocol ?? { extractor: 'unknown', weights: 'unknown', weightsSha256: 'unknown', resize: 'unknown', quantization: 'unknown', fidGateVersion: _version_js__WEBPACK_IMPORTED_MODULE_13__/* .VERSION */ .x }),
            nReal: real.count, nGenerated: generated.count, device: p.device ?? 'none (statistics files)',
            ...(sampled ? { sampling: { ...sampled.settings, ...(sampled.samplerDevice ? { device: sampled.samplerDevice } : {}) } } : {}),
            seed: p.seed, realDigest: (0,_core_protocol_js__WEBPACK_IMPORTED_MODULE_9__/* .referenceDigest */ .S7)(real),
            ...(p.bootstrap ? { bootstrap: p.bootstrap } : {}),
        },
        real: real.summary,
        generated: generated.summary,
        metrics: p.metrics,
        notes: p.notes,
        durationSeconds: p.durationSeconds,
    };
}
/** Progress lines of the analysis (FD∞, the bootstrap): the progress callback, else the log when progress is on. */
function analysisProgress(o) {
    return typeof o.progress === 'function' ? o.progress : o.progress ? o.log : undefined;
}
async function runCompare(o) {
    const t0 = performance.now();
    const selected = selectMetricGroups(o);
    const extractor = extractorLoader(o);
    const inputs = await loadInputs(o, extractor.get);
    const { protocol, groups, notes } = reconcileProtocols(inputs, selected, o, extractor.loaded());
    const seed = o.seed ?? _core_defaults_js__WEBPACK_IMPORTED_MODULE_10__/* .DEFAULT_ANALYSIS_SEED */ .dd;
    const progress = analysisProgress(o);
    const ctx = { real: inputs.real, generated: inputs.generated, dim: inputs.real.dim, seed, settings: o, progress, notes };
    const metrics = await computeMetrics(activeGroups(groups, o), ctx, () => loadTraining(o.training, inputs.real.dim, protocol, o, extractor.get));
    const bootstrap = await computeIntervals(metrics, inputs.real, inputs.generated, o, seed, progress, notes);
    const report = buildReport({ inputs, protocol, metrics, notes, seed, bootstrap, device: extractor.loaded()?.model.device, durationSeconds: (performance.now() - t0) / 1000 });
    return { report, real: inputs.real, generated: inputs.generated };
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
        h.update('stats\0').update(new Uint8Array(s.mu.buffer, s.mu.byteOffset, s.mu.byteLength)).update(new Uint8Array(s.sigma.buffer, s.sigma.byteOffset, s.sigma.byteLength));
    return h.digest('hex');
}


/***/ }),

/***/ 75738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nL: () => (/* binding */ extractFeatures)
/* harmony export */ });
/* unused harmony exports MEMORY_LIMITS, checkOutput */
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43958);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65365);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _core_defaults_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(55553);
// The extraction pipeline: decode images ahead of the network (sharp works on libuv's pool while ORT runs its own
// threads), batch consecutive images of one size (pytorch-fid needs one size per folder; we accept mixed sizes by
// cutting a batch where the size changes — per-image results are the same, since the model sees each image alone
// along the batch axis), run the model, and report progress. A model with its own input preparation (`input`: e.g.
// clean-fid's float resize, or an ONNX encoder's resize/normalization) gets float32 tensors made in TypeScript.




const MEMORY_LIMITS = Object.freeze({ batchPixels: 1 << 25, aheadPixels: 1 << 25, decodesInFlight: 4 });
/**
 * Decodes ahead of the network, yielding images in order; with `skip`, a decode InputError is yielded, not thrown.
 * At most `lookahead` images are waiting, at most `inFlight` decodes run at once, and no new decode starts while the
 * decoded images waiting hold more than `aheadPixels` pixels.
 */
async function* decodeAhead(files, lookahead, decode, skip, aheadPixels, inFlight) {
    const pending = [];
    let next = 0;
    let running = 0;
    let held = 0; // pixels of decoded images waiting in `pending`
    const pixelsOf = (d) => (d.img ? d.img.width * d.img.height : 0);
    const pump = () => {
        while (next < files.length && pending.length < lookahead && running < inFlight && held <= aheadPixels)
            launch();
    };
    const launch = () => {
        const file = files[next++];
        running++;
        // started on the next microtask, not here: a synchronous decoder (BMP, Netpbm) must not run inside pump's loop
        // before `running` and `held` account for the previous image
        const p = Promise.resolve().then(() => decode(file)).then((img) => ({ img, file }), 
        // only input errors (unreadable / undecodable file) are skippable; anything else is a bug and still throws
        (err) => { if (skip && err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d)
            return { file, error: err }; throw err; }).then((d) => { running--; held += pixelsOf(d); pump(); return d; }, (err) => { running--; throw err; });
        p.catch(() => undefined); // awaited in order below; this only keeps an early failure from being "unhandled"
        pending.push(p);
    };
    pump();
    while (pending.length) {
        const d = await pending.shift();
        held -= pixelsOf(d);
        pump();
        yield d;
    }
}
/**
 * One output of a batch run, checked against what the features need: float32 [n, width], one row per image. A
 * model that breaks this (an ONNX encoder exporting float64 or int64, folding the batch, or an empty / scalar
 * output) is bad input, named by the model (InputError, exit 2), not an internal error.
 */
function checkOutput(model, name, t, n, width, names) {
    const bad = (why) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${model.name}: output ${name} ${why}`, model.name);
    if (!t)
        throw bad(`is missing (outputs: ${names.join(', ')})`);
    if (t.dims.length !== 2 || t.dims[0] !== n) {
        throw bad(`has shape [${t.dims.join(', ')}] for a batch of ${n} images; expected [${n}, D] (2-D, one row per image: a model that mixes or folds the batch axis cannot give per-image features)`);
    }
    if (t.type !== 'float32')
        throw bad(`is ${t.type}; expected float32 features (export the model with a float32 output)`);
    if (!(width >= 1) || t.dims[1] !== width)
        throw bad(`has ${t.dims[1]} values per image; expected ${width} (D ≥ 1)`);
    const data = t.data;
    if (data.length !== n * width)
        throw bad(`has ${data.length} values for ${n} images, expected width ${width}`);
    return data;
}
async function extractFeatures(model, files, opts) {
    for (const [k, w] of Object.entries(model.outputs)) {
        if (!(Number.isInteger(w) && w >= 1))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${model.name}: output ${k} has ${w} values per image; features need D ≥ 1`, model.name);
    }
    const batchSize = Math.max(1, opts.batchSize ?? _core_defaults_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_BATCH_SIZE */ .jg);
    const keep = opts.keep ?? true;
    const n = files.length;
    const features = {};
    if (keep)
        for (const [k, w] of Object.entries(model.outputs))
            features[k] = new Float32Array(n * w);
    const write = typeof opts.progress === 'function' ? opts.progress : opts.progress === false ? undefined : (l) => process.stderr.write(l + '\n');
    const progress = write ? new _util_progress_js__WEBPACK_IMPORTED_MODULE_3__/* .Progress */ .k({ label: opts.label ?? 'features', total: n, write }) : undefined;
    const sizes = new Map();
    const t0 = performance.now();
    let row = 0;
    const batchKey = (im) => (model.input ? model.input.batchKey(im.width, im.height) : `${im.width}x${im.height}`);
    let batch = [];
    let batchPixels = 0;
    const flush = async () => {
        if (!batch.length)
            return;
        const { width: w, height: h } = batch[0];
        let tensor;
        if (model.input) {
            const dims = model.input.dims(batch.length, w, h);
            const size = dims.reduce((a, b) => a * b, 1);
            const per = size / batch.length;
            const input = new Float32Array(size);
            batch.forEach((img, i) => model.input.write(img, input, i * per));
            tensor = new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float32', input, dims);
        }
        else {
            const per = w * h * 3;
            const input = new Uint8Array(batch.length * per);
            batch.forEach((img, i) => input.set(img.data, i * per));
            tensor = new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('uint8', input, [batch.length, h, w, 3]);
        }
        const result = await model.session.run({ [model.inputName]: tensor });
        const outs = {};
        for (const [k, width] of Object.entries(model.outputs)) {
            const data = checkOutput(model, k, result[k], batch.length, width, Object.keys(result));
            outs[k] = data;
            if (keep)
                features[k].set(data, row * width);
        }
        opts.onBatch?.(outs, batch.length);
        for (const t of Object.values(result))
            t.dispose?.();
        row += batch.length;
        progress?.tick(batch.length);
        batch = [];
        batchPixels = 0;
    };
    const skip = opts.onBadImage === 'skip';
    const warn = opts.warn ?? ((l) => process.stderr.write(l + '\n'));
    const kept = [];
    const skipped = [];
    const maxBatchPixels = opts.limits?.batchPixels ?? MEMORY_LIMITS.batchPixels;
    const ahead = decodeAhead(files, opts.lookahead ?? Math.min(2 * batchSize, 256), opts.decode, skip, opts.limits?.aheadPixels ?? MEMORY_LIMITS.aheadPixels, Math.max(1, opts.limits?.decodesInFlight ?? MEMORY_LIMITS.decodesInFlight));
    for await (const d of ahead) {
        if (!d.img) {
            skipped.push({ file: d.file, reason: d.error.message });
            warn(`warning: skipping ${d.file} (on-bad-image: skip): ${d.error.message}`);
            progress?.tick(1);
            continue;
        }
        const img = d.img;
        kept.push(d.file);
        const key = `${img.width}x${img.height}`;
        sizes.set(key, (sizes.get(key) ?? 0) + 1);
        const pixels = img.width * img.height;
        if (batch.length && (batchKey(batch[0]) !== batchKey(img) || batchPixels + pixels > maxBatchPixels))
            await flush();
        batch.push(img);
        batchPixels += pixels;
        if (batch.length >= batchSize)
            await flush();
    }
    await flush();
    const seconds = (performance.now() - t0) / 1000;
    // skipped images leave unused rows at the end of each output: trim them (a view, no copy)
    if (skipped.length)
        for (const [k, w] of Object.entries(model.outputs))
            if (features[k])
                features[k] = features[k].subarray(0, row * w);
    return { files: kept, skipped, features, count: row, seconds, imagesPerSecond: seconds > 0 ? row / seconds : 0, sizes };
}


/***/ }),

/***/ 27130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sb: () => (/* binding */ extractorFor),
/* harmony export */   o7: () => (/* binding */ EXTRACTORS),
/* harmony export */   yl: () => (/* binding */ extractorOfProtocol)
/* harmony export */ });
const EXTRACTORS = {
    inception: { id: 'inception', provides: ['pool', 'logits'] },
    dinov2: { id: 'dinov2', provides: ['pool'] },
    clip: { id: 'clip', provides: ['pool'] },
    custom: { id: 'custom', provides: ['pool'] },
};
/** The extractor that an `encoder` option selects (undefined: the Inception network). */
function extractorFor(encoder) {
    return encoder ? EXTRACTORS[encoder.preprocess.preset] : EXTRACTORS.inception;
}
/**
 * The extractor a recorded protocol names (statistics files, reports): pytorch-fid's Inception (INCEPTION_EXTRACTOR and
 * its variants), else an ONNX encoder
 * (whose preset is not recorded, and all of whose presets provide the same); undefined when it is unknown.
 */
function extractorOfProtocol(extractor) {
    if (!extractor || extractor === 'unknown')
        return undefined;
    return extractor.startsWith('pytorch-fid-inception') ? EXTRACTORS.inception : EXTRACTORS.custom;
}


/***/ }),

/***/ 45421:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readStatsNpz: () => (/* binding */ readStatsNpz),
/* harmony export */   writeStatsNpz: () => (/* binding */ writeStatsNpz)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_npy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57821);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(70017);
/* harmony import */ var _math_covariance_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(46760);
// Statistics files. The layout is pytorch-fid's `--save-stats` (.npz with float64 `mu` [d] and `sigma` [d, d]),
// which pytorch-fid, clean-fid and fid-gate all read; fid-gate adds optional members:
//   features  float32 [N, d]   pool3 features in file order     logits  float32 [N, 1008]
//   files     unicode [N]      paths relative to the folder     protocol  unicode ()  JSON of the protocol
//   count     int64 ()         number of images                 warning  unicode ()  set for synthetic weights




async function writeStatsNpz(file, s) {
    const arrays = {
        mu: { data: s.mu, shape: [s.dim] },
        sigma: { data: s.sigma, shape: [s.dim, s.dim] },
    };
    const n = s.count ?? (s.features ? s.features.length / s.dim : undefined);
    if (n !== undefined)
        arrays.count = { data: new BigInt64Array([BigInt(n)]), shape: [] };
    if (s.features)
        arrays.features = { data: s.features, shape: [n, s.dim] };
    if (s.logits)
        arrays.logits = { data: s.logits, shape: [n, s.logits.length / n] };
    if (s.files)
        arrays.files = { data: s.files, shape: [s.files.length] };
    if (s.protocol)
        arrays.protocol = { data: [JSON.stringify(s.protocol)], shape: [] };
    if (s.warning)
        arrays.warning = { data: [s.warning], shape: [] };
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(file, (0,_util_npy_js__WEBPACK_IMPORTED_MODULE_1__/* .formatNpz */ .el)(arrays));
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: cannot write (${err.code ?? err.message})`, file);
    }
}
function asFloat64(a, file, key) {
    if (a.data instanceof Float64Array)
        return a.data;
    if (a.data instanceof Float32Array)
        return Float64Array.from(a.data);
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: '${key}' must be float32 or float64, found ${a.dtype}`, file);
}
function checkFinite(x, file, key) {
    for (let i = 0; i < x.length; i++) {
        if (!Number.isFinite(x[i]))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: '${key}' contains NaN or Inf (at flat index ${i})`, file);
    }
}
/** The largest count accepted: every integer up to 2⁵³ is exact in a JS number. */
const MAX_COUNT = 2 ** 53;
/** The optional `count` member: one non-negative integer ≤ 2⁵³ (int64 as fid-gate writes it, or any numeric dtype). */
function readCount(a, file) {
    if (!a)
        return undefined;
    if (Array.isArray(a.data) || a.data.length !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'count' must be one integer, is ${a.dtype} with shape (${a.shape})`, file);
    }
    const v = a.data[0];
    const ok = typeof v === 'bigint' ? v >= 0n && v <= BigInt(MAX_COUNT) : Number.isInteger(v) && v >= 0 && v <= MAX_COUNT;
    if (!ok)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'count' must be a non-negative integer of at most 2^53, is ${v}`, file);
    return Number(v);
}
/** mu [d] and sigma [d, d]: finite, float32/64, shapes that match, sigma a valid covariance (math/covariance-check.ts). */
async function readGaussian(m, file) {
    const mu = m.get('mu'), sigma = m.get('sigma');
    if (!mu || !sigma) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: a statistics file needs arrays 'mu' and 'sigma' (found: ${[...m.keys()].join(', ') || 'none'})`, file);
    }
    if (mu.shape.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'mu' must be 1-D, has shape (${mu.shape})`, file);
    const dim = mu.shape[0];
    if (dim < 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'mu' is empty`, file);
    if (sigma.shape.length !== 2 || sigma.shape[0] !== dim || sigma.shape[1] !== dim) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'sigma' must be ${dim}×${dim} to match 'mu', has shape (${sigma.shape})`, file);
    }
    const out = { mu: asFloat64(mu, file, 'mu'), sigma: asFloat64(sigma, file, 'sigma'), dim };
    checkFinite(out.mu, file, 'mu');
    checkFinite(out.sigma, file, 'sigma');
    const defect = await (0,_math_covariance_check_js__WEBPACK_IMPORTED_MODULE_3__/* .covarianceDefect */ .vz)(out.sigma, dim);
    if (defect)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'sigma' ${defect}`, file);
    return out;
}
/** A unicode scalar member (protocol, warning), or undefined when absent. */
function readString(a, file, key) {
    if (!a)
        return undefined;
    if (!Array.isArray(a.data) || a.data.length !== 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: '${key}' must be one unicode string, is ${a.dtype} with shape (${a.shape})`, file);
    return a.data[0];
}
const PROTOCOL_STRINGS = ['extractor', 'weights', 'weightsSha256', 'resize', 'quantization', 'fidGateVersion'];
/** The `protocol` member: JSON of an object with the string fields of Protocol and an optional `sampling` object. */
function readProtocol(a, file) {
    const text = readString(a, file, 'protocol');
    if (text === undefined)
        return undefined;
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'protocol' is not valid JSON`, file);
    }
    const isObject = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
    if (!isObject(v))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'protocol' must be a JSON object, is ${Array.isArray(v) ? 'an array' : v === null ? 'null' : typeof v}`, file);
    for (const k of PROTOCOL_STRINGS) {
        if (typeof v[k] !== 'string')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'protocol'.${k} must be a string, is ${v[k] === undefined ? 'missing' : JSON.stringify(v[k])}`, file);
    }
    if (v.sampling !== undefined && !isObject(v.sampling))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'protocol'.sampling must be an object`, file);
    return v;
}
/**
 * Reads a statistics file. Every member present is checked (InputError naming the file and the member): mu/sigma as
 * readGaussian says, count as readCount, features float32 [N, d] finite, logits float32 [N, K] finite, files unicode
 * [N], protocol and warning unicode scalars, protocol of Protocol's shape.
 */
async function readStatsNpz(file) {
    const m = await (0,_util_npy_js__WEBPACK_IMPORTED_MODULE_1__/* .readNpz */ .lH)(file);
    const out = { ...(await readGaussian(m, file)), count: readCount(m.get('count'), file), source: file };
    const dim = out.dim;
    const features = m.get('features');
    if (features) {
        if (!(features.data instanceof Float32Array) || features.shape.length !== 2 || features.shape[1] !== dim) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'features' must be float32 [N, ${dim}], is ${features.dtype} (${features.shape})`, file);
        }
        checkFinite(features.data, file, 'features');
        out.features = features.data;
        out.count = features.shape[0];
    }
    const logits = m.get('logits');
    if (logits) {
        if (!(logits.data instanceof Float32Array) || logits.shape.length !== 2)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'logits' must be float32 [N, K]`, file);
        // one row per image (the IS code divides by N), finite
        if (logits.shape[0] !== out.count || logits.shape[1] < 1) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'logits' has shape (${logits.shape}), expected [${out.count ?? 'N'}, K] (one row per image)`, file);
        }
        checkFinite(logits.data, file, 'logits');
        out.logits = logits.data;
    }
    const files = m.get('files');
    if (files) {
        if (!Array.isArray(files.data) || files.shape.length !== 1)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`${file}: 'files' must be a 1-D unicode array, is ${files.dtype} (${files.shape})`, file);
        out.files = files.data;
    }
    out.protocol = readProtocol(m.get('protocol'), file);
    out.warning = readString(m.get('warning'), file, 'warning');
    if (out.protocol === undefined)
        delete out.protocol;
    if (out.warning === undefined)
        delete out.warning;
    return out;
}


/***/ }),

/***/ 15165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanInceptionInput: () => (/* binding */ cleanInceptionInput),
/* harmony export */   extractFolder: () => (/* binding */ extractFolder),
/* harmony export */   listFolder: () => (/* binding */ listFolder),
/* harmony export */   loadExtractor: () => (/* binding */ loadExtractor),
/* harmony export */   skippedNote: () => (/* binding */ skippedNote)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43958);
/* harmony import */ var _images_list_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72172);
/* harmony import */ var _images_decode_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32766);
/* harmony import */ var _features_inception_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(41354);
/* harmony import */ var _features_session_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(53787);
/* harmony import */ var _features_extract_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(75738);
/* harmony import */ var _features_cuda_providers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(89451);
/* harmony import */ var _features_clean_resize_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(50351);
/* harmony import */ var _features_encoder_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(34467);
/* harmony import */ var _weights_cache_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(40495);
/* harmony import */ var _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(50785);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(70017);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(311);
// The shared pipeline behind the CLI and the Action: list a folder, load the extractor, extract features.















/** clean-fid's input: the image resized to 299×299 as float32 0..255 (PIL bicubic per channel, clipped), NHWC. */
const cleanInceptionInput = {
    batchKey: () => '',
    dims: (n) => [n, _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .INCEPTION_INPUT_SIZE */ .jV, _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .INCEPTION_INPUT_SIZE */ .jV, 3],
    write(img, out, offset) {
        out.set((0,_features_clean_resize_js__WEBPACK_IMPORTED_MODULE_9__/* .cleanResize */ .qX)(img.data, img.width, img.height, _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .INCEPTION_INPUT_SIZE */ .jV, _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .INCEPTION_INPUT_SIZE */ .jV), offset);
    },
};
function sessionFor(model, opts, cacheDir) {
    return (0,_features_session_js__WEBPACK_IMPORTED_MODULE_6__/* .createSession */ .jw)(model, {
        device: opts.device ?? 'auto',
        threads: opts.threads,
        log: opts.log,
        prepareCuda: async () => {
            if (!(0,_features_cuda_providers_js__WEBPACK_IMPORTED_MODULE_8__/* .hasNvidiaGpu */ .i1)())
                return false;
            await (0,_features_cuda_providers_js__WEBPACK_IMPORTED_MODULE_8__/* .ensureCudaProviders */ .ef)({ cacheDir, log: opts.log });
            return true;
        },
    });
}
async function loadExtractor(opts) {
    const cacheDir = opts.cacheDir ?? (0,_weights_cache_js__WEBPACK_IMPORTED_MODULE_11__/* .defaultCacheDir */ .$g)();
    if (opts.encoder)
        return loadOnnxEncoder(opts.encoder, opts, cacheDir);
    const resize = opts.resize ?? 'legacy-pytorch';
    const bytes = await (0,_features_inception_js__WEBPACK_IMPORTED_MODULE_5__/* .loadInceptionModel */ .pC)({ weights: opts.weights, cacheDir, log: opts.log, resize });
    if (bytes.warning)
        opts.log?.(bytes.warning);
    const { session, device } = await sessionFor(bytes.onnx, opts, cacheDir).catch((err) => {
        throw err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d || bytes.weights !== 'custom-onnx' ? err : new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`--weights ${bytes.source}: onnxruntime cannot load the model (${err.message.split('\n')[0]})`, bytes.source);
    });
    return {
        bytes,
        kind: 'inception',
        featureOutput: 'pool3',
        logitsOutput: 'logits',
        dim: _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .POOL3_DIM */ .vf,
        model: {
            name: _features_inception_js__WEBPACK_IMPORTED_MODULE_5__/* .INCEPTION_EXTRACTOR */ .hz, session, device, inputName: 'images', outputs: { pool3: _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .POOL3_DIM */ .vf, logits: _features_inception_arch_js__WEBPACK_IMPORTED_MODULE_12__/* .LOGITS_DIM */ .S6 },
            ...(resize === 'clean' ? { input: cleanInceptionInput } : {}),
        },
        protocol: {
            extractor: _features_inception_js__WEBPACK_IMPORTED_MODULE_5__/* .INCEPTION_EXTRACTOR */ .hz,
            weights: bytes.weights,
            weightsSha256: bytes.weightsSha256,
            resize,
            quantization: 'png-uint8',
            fidGateVersion: _version_js__WEBPACK_IMPORTED_MODULE_14__/* .VERSION */ .x,
        },
    };
}
const shapeText = (dims) => `[${dims.join(', ')}]`;
/** Checks the encoder's one image input against the preprocessing (type, rank, fixed sizes). */
function checkEncoderInput(session, spec, what) {
    if (session.inputNames.length !== 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: the model has ${session.inputNames.length} inputs (${session.inputNames.join(', ')}); expected one image input`, spec.path);
    }
    const meta = session.inputMetadata?.[0];
    const p = spec.preprocess;
    if (meta?.isTensor) {
        if (meta.type !== 'float32')
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: its input ${meta.name} is ${meta.type}; fid-gate feeds float32 images`, spec.path);
        const want = p.layout === 'nchw' ? [0, 3, p.height, p.width] : [0, p.height, p.width, 3];
        if (meta.shape.length && typeof meta.shape[0] === 'number' && meta.shape[0] > 0) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: its input ${meta.name} has a fixed batch size (shape ${shapeText(meta.shape)}); export it with a dynamic batch axis (torch.onnx.export(..., dynamic_axes={"${meta.name}": {0: "N"}, ...}))`, spec.path);
        }
        if (meta.shape.length) {
            const bad = meta.shape.length !== 4 || meta.shape.some((d, i) => i > 0 && typeof d === 'number' && d > 0 && d !== want[i]);
            if (bad) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: its input ${meta.name} has shape ${shapeText(meta.shape)}, but the ${p.preset} preprocessing makes ` +
                    `${shapeText(['N', ...want.slice(1)])} (${p.layout.toUpperCase()}); check --encoder-preset / --encoder-size / --encoder-layout`, spec.path);
            }
        }
    }
    return session.inputNames[0];
}
/** The output to use and its width D, from the model's metadata or, when that leaves D open, one probe run. */
async function encoderOutput(session, spec, inputName, input, what) {
    const names = session.outputNames;
    const name = spec.output ?? names[0];
    if (!names.includes(name))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: no output named "${name}" (outputs: ${names.join(', ')})`, spec.path);
    const meta = session.outputMetadata?.[names.indexOf(name)];
    const notTwoD = (shape) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: output ${name} has shape ${shapeText(shape)}; features must be 2-D [N, D] (pick another output with --encoder-output, or export the pooled embedding)`, spec.path);
    if (meta?.isTensor && meta.shape.length) {
        if (meta.shape.length !== 2)
            throw notTwoD(meta.shape);
        if (typeof meta.shape[1] === 'number' && meta.shape[1] > 0)
            return { name, dim: meta.shape[1] };
    }
    // D is symbolic: run one black image
    const p = spec.preprocess;
    const dims = input.dims(1, p.width, p.height);
    const x = new Float32Array(dims.reduce((a, b) => a * b, 1));
    input.write({ width: p.width, height: p.height, data: new Uint8Array(p.width * p.height * 3), file: '(probe)' }, x, 0);
    const r = await session.run({ [inputName]: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_2__.Tensor('float32', x, dims) }, [name]);
    const t = r[name];
    if (t.dims.length !== 2 || t.dims[0] !== 1)
        throw notTwoD(t.dims);
    return { name, dim: t.dims[1] };
}
async function loadOnnxEncoder(spec, opts, cacheDir) {
    const what = `--encoder ${spec.path}`;
    if (opts.weights?.trim())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`--weights is for the Inception network; with ${what} leave it out`, 'weights');
    if (opts.resize && opts.resize !== 'legacy-pytorch') {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`--resize ${opts.resize} is for the Inception network; an ONNX encoder's resize comes from --encoder-preset`, 'resize');
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(spec.path) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(spec.path).isFile())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: no such file`, spec.path);
    const hash = await (0,_features_encoder_js__WEBPACK_IMPORTED_MODULE_10__/* .sha256OfFile */ .Vq)(spec.path);
    let created;
    try {
        created = await sessionFor(spec.path, opts, cacheDir);
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d)
            throw err;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${what}: onnxruntime cannot load it (${err.message.split('\n')[0]})`, spec.path);
    }
    const { session, device } = created;
    const inputName = checkEncoderInput(session, spec, what);
    const input = (0,_features_encoder_js__WEBPACK_IMPORTED_MODULE_10__/* .encoderInput */ .xG)(spec.preprocess);
    const out = await encoderOutput(session, spec, inputName, input, what);
    const base = node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(spec.path);
    opts.log?.(`encoder: ${base} (sha256 ${hash.slice(0, 12)}), output ${out.name}, D = ${out.dim}, ${(0,_features_encoder_js__WEBPACK_IMPORTED_MODULE_10__/* .describePreprocess */ .yB)(spec.preprocess, out.name)}`);
    return {
        bytes: { weights: 'onnx-encoder', weightsSha256: hash, source: spec.path },
        kind: 'onnx',
        featureOutput: out.name,
        dim: out.dim,
        model: { name: `onnx:${base}`, session, device, inputName, outputs: { [out.name]: out.dim }, input },
        protocol: {
            extractor: `onnx:${base}`,
            weights: 'onnx-encoder',
            weightsSha256: hash,
            resize: (0,_features_encoder_js__WEBPACK_IMPORTED_MODULE_10__/* .describePreprocess */ .yB)(spec.preprocess, out.name),
            quantization: 'png-uint8',
            fidGateVersion: _version_js__WEBPACK_IMPORTED_MODULE_14__/* .VERSION */ .x,
        },
    };
}
/** Lists a folder's images (sorted), failing early with a clear message when there are none. */
function listFolder(folder, recursive = false) {
    return (0,_images_list_js__WEBPACK_IMPORTED_MODULE_3__.listImages)(folder, { recursive });
}
async function extractFolder(ex, folder, opts = {}) {
    (0,_images_decode_js__WEBPACK_IMPORTED_MODULE_4__.configureSharp)();
    const files = opts.files ?? await (0,_images_list_js__WEBPACK_IMPORTED_MODULE_3__.listImages)(folder, { recursive: opts.recursive });
    const result = await (0,_features_extract_js__WEBPACK_IMPORTED_MODULE_7__/* .extractFeatures */ .nL)(ex.model, files, {
        batchSize: opts.batchSize,
        // maxPixels: the decompression-bomb guard (--max-pixels); undefined = decode.ts's default (2 × Pillow's limit)
        decode: (f) => (0,_images_decode_js__WEBPACK_IMPORTED_MODULE_4__.decodeRgb)(f, { maxPixels: opts.maxPixels }),
        progress: opts.progress,
        label: opts.label ?? `features ${folder}`,
        // --on-bad-image skip: undecodable images are left out (result.files / result.skipped say which)
        onBadImage: opts.onBadImage,
        warn: opts.warn,
    });
    checkFiniteOutputs(ex, result);
    // relativeFiles follows result.files (the kept images), so the .npz `files` list matches the feature rows
    return { ...result, folder, relativeFiles: result.files.map((f) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(folder, f).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/')) };
}
/** One report line for images left out by on-bad-image: skip, naming the first few; undefined when none were. */
function skippedNote(source, skipped, folder = source) {
    if (!skipped.length)
        return undefined;
    const first = 3;
    const names = skipped.slice(0, first).map((s) => node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(folder, s.file).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/'));
    const more = skipped.length > first ? `, and ${skipped.length - first} more` : '';
    return `${source}: ${skipped.length} image(s) skipped because they could not be decoded (on-bad-image: skip): ${names.join(', ')}${more}`;
}
/**
 * A broken model (bad weights, an encoder exported wrongly) can output NaN or Inf; the statistics would then silently
 * be NaN. Refuse it here, naming the model, the output and the first image concerned.
 */
function checkFiniteOutputs(ex, r) {
    for (const [name, data] of Object.entries(r.features)) {
        const width = r.count ? data.length / r.count : 0;
        for (let i = 0; i < data.length; i++) {
            if (!Number.isFinite(data[i])) {
                const file = r.files[Math.floor(i / width)] ?? '?';
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_13__/* .InputError */ .d(`${ex.model.name}: output ${name} is NaN or Inf for ${file}: the model or its weights are broken`, file);
            }
        }
    }
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
    'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'LANG', 'LANGUAGE', 'TZ', 'TERM', 'TMPDIR', 'TMP', 'TEMP',
    'CUDA_VISIBLE_DEVICES', 'CUDA_HOME', 'CUDA_PATH', 'LD_LIBRARY_PATH', 'VIRTUAL_ENV', 'HF_HOME', 'TORCH_HOME', 'XDG_CACHE_HOME',
    'OMP_NUM_THREADS', 'MKL_NUM_THREADS',
    // Windows: cmd.exe and Python need these
    'SYSTEMROOT', 'SystemRoot', 'COMSPEC', 'ComSpec', 'PATHEXT', 'WINDIR', 'windir', 'USERPROFILE', 'APPDATA', 'LOCALAPPDATA',
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
async function runSamplerCommand(o) {
    if (!o.command.trim())
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d('--command: empty command', 'command');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(o.out, { recursive: true });
    const cmd = expandCommand(o.command, o);
    const prefix = o.prefix ?? '[sampler] ';
    const log = o.log ?? ((l) => process.stderr.write(l + '\n'));
    const tail = [];
    const timeoutMs = (o.timeoutSeconds ?? 3600) * 1000;
    const win = process.platform === 'win32';
    const t0 = performance.now();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(win ? 'cmd.exe' : '/bin/sh', win ? ['/d', '/s', '/c', cmd] : ['-c', cmd], {
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: !win,
        windowsVerbatimArguments: win,
        env: { ...samplerEnvironment(process.env), ...o.env, FID_GATE_OUT: o.out, FID_GATE_N: String(o.n), FID_GATE_SEED: String(o.seed) },
    });
    const kill = (sig) => {
        try {
            if (!win && child.pid)
                process.kill(-child.pid, sig);
            else
                child.kill(sig);
        }
        catch { /* already gone */ }
    };
    const lines = (stream) => {
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
        stream.on('end', () => { if (buf)
            emit(buf); buf = ''; });
    };
    const emit = (line) => {
        const l = line.replace(/\r$/, '');
        tail.push(l);
        if (tail.length > 20)
            tail.shift();
        log(prefix + l);
    };
    lines(child.stdout);
    lines(child.stderr);
    let timedOut = false;
    let killTimer;
    const timer = setTimeout(() => {
        timedOut = true;
        log(`${prefix}timeout after ${o.timeoutSeconds ?? 3600}s: sending SIGTERM`);
        kill('SIGTERM');
        killTimer = setTimeout(() => { log(`${prefix}still running: sending SIGKILL`); kill('SIGKILL'); }, o.killGraceMs ?? 10000);
    }, timeoutMs);
    const { code, signal } = await new Promise((resolve, reject) => {
        let exited;
        let orphanTimer;
        child.on('error', (err) => reject(new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .d(`--command: cannot start the shell (${err.message})`, 'command')));
        child.on('exit', (c, s) => {
            exited = { code: c, signal: s };
            // Background children that keep the pipes open would hold 'close' back forever: stop them.
            orphanTimer = setTimeout(() => { kill('SIGKILL'); resolve(exited); }, 2000);
        });
        child.on('close', (c, s) => { clearTimeout(orphanTimer); resolve(exited ?? { code: c, signal: s }); });
    });
    clearTimeout(timer);
    clearTimeout(killTimer);
    const seconds = (performance.now() - t0) / 1000;
    const quoted = tail.length ? `; its last lines:\n${tail.map((l) => '  ' + l).join('\n')}` : ' (it printed nothing)';
    if (timedOut)
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


/***/ }),

/***/ 77067:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $q: () => (/* binding */ sampleGan),
/* harmony export */   Gg: () => (/* binding */ ganSettings),
/* harmony export */   ix: () => (/* binding */ parseZDist)
/* harmony export */ });
/* unused harmony exports inspectGenerator, latentFor */
/* harmony import */ var onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43958);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_progress_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(65365);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5352);
/* harmony import */ var _rng_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47264);
/* harmony import */ var _quantize_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(31910);
/* harmony import */ var _diffusion_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(55166);
// Sampling from an ONNX GAN generator.
//
// The model's interface (by position):
//   input 0  z       float32 [N, Z] or [N, Z, 1, 1] (DCGAN-style); Z is read from the model (or `latent`)
//   input 1  labels  [N] int64 (or int32), optional: class labels, uniform over 0..numClasses−1 (or `classLabel`)
//   output 0 images  float32 [N, C, H, W], C = 1 or 3, in [−1, 1] (tanh; `outputRange` for others, e.g. 0,1)
// z ~ N(0, I) (`zDist: 'normal'`) or uniform on [−1, 1) (`'uniform'`, as in DCGAN), drawn in float64 from rng
// stream ganLatent for sample i and rounded once to float32. Quantization: quantize.ts (torchvision save_image).







function parseZDist(v, what = '--z-dist') {
    const s = (v ?? 'normal').trim().toLowerCase();
    if (s === 'normal' || s === 'uniform')
        return s;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`${what}: expected normal or uniform, got "${v}"`, what);
}
function inspectGenerator(session, o = {}) {
    const ins = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .tensorInputs */ .h6)(session);
    if (ins.length < 1 || ins.length > 2)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator must take 1 or 2 inputs (z[, labels]); it takes ${ins.length}: ${ins.map((i) => i.name).join(', ')}`);
    const [z, y] = ins;
    if (z.type !== 'float32')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's input 0 (${z.name}) must be float32 z, not ${z.type}`);
    const rank = z.shape.length;
    if (rank !== 2 && rank !== 4)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's input 0 (${z.name}) must be [N, Z] or [N, Z, 1, 1]; it is [${z.shape.join(', ')}]`);
    if (rank === 4 && (((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedDim */ .V)(z.shape[2]) ?? 1) !== 1 || ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedDim */ .V)(z.shape[3]) ?? 1) !== 1)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's input 0 (${z.name}) is [${z.shape.join(', ')}]; a rank-4 z must be [N, Z, 1, 1]`);
    }
    const Zm = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .fixedDim */ .V)(z.shape[1]);
    if (Zm !== undefined && o.latent !== undefined && Zm !== o.latent)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`--latent: the model's z has ${Zm} dimensions, not ${o.latent}`, 'latent');
    const latent = Zm ?? o.latent;
    if (latent === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's input 0 (${z.name}) leaves Z open: give --latent`, 'latent');
    if (y && y.type !== 'int64' && y.type !== 'int32')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's input 1 (${y.name}) must be int64 class labels, not ${y.type}`);
    return { z: z.name, zRank: rank, latent, labels: y?.name, labelsType: y?.type, output: session.outputNames[0] };
}
function ganSettings(o) {
    return {
        kind: 'gan', zDist: o.zDist ?? 'normal', outputRange: [...(o.outputRange ?? [-1, 1])],
        ...(o.numClasses !== undefined ? { numClasses: o.numClasses } : {}), ...(o.classLabel !== undefined ? { classLabel: o.classLabel } : {}),
        seed: o.seed, rng: 'philox4x32-10 + box-muller (float64)', quantization: 'torchvision save_image (round half up, clip)',
    };
}
/** z of sample i (float64, before the float32 rounding). */
function latentFor(seed, i, latent, zDist = 'normal') {
    if (zDist === 'normal')
        return (0,_rng_js__WEBPACK_IMPORTED_MODULE_3__/* .normals */ .pV)(seed, _rng_js__WEBPACK_IMPORTED_MODULE_3__/* .Stream */ .Z6.ganLatent, i, 0, latent);
    return (0,_rng_js__WEBPACK_IMPORTED_MODULE_3__/* .uniforms */ .Sg)(seed, _rng_js__WEBPACK_IMPORTED_MODULE_3__/* .Stream */ .Z6.ganLatent, i, 0, latent).map((u) => 2 * u - 1);
}
async function* sampleGan(session, n, o) {
    const io = inspectGenerator(session, o);
    const K = (0,_diffusion_js__WEBPACK_IMPORTED_MODULE_5__/* .checkLabels */ .C)(io, o, 'generator');
    const Z = io.latent;
    const B = Math.max(1, o.batchSize ?? 64);
    const first = o.first ?? 0;
    const range = o.outputRange ?? [-1, 1];
    const progress = o.progress ? new _util_progress_js__WEBPACK_IMPORTED_MODULE_6__/* .Progress */ .k({ label: `sampling ${n} images`, total: n, write: o.progress }) : undefined;
    for (let start = 0; start < n; start += B) {
        const b = Math.min(B, n - start);
        const z = new Float32Array(b * Z);
        for (let k = 0; k < b; k++)
            z.set(latentFor(o.seed, first + start + k, Z, o.zDist), k * Z);
        const feeds = { [io.z]: new onnxruntime_node__WEBPACK_IMPORTED_MODULE_0__.Tensor('float32', z, io.zRank === 2 ? [b, Z] : [b, Z, 1, 1]) };
        if (K !== undefined) {
            const labels = Array.from({ length: b }, (_, k) => o.classLabel ?? (0,_rng_js__WEBPACK_IMPORTED_MODULE_3__/* .sampleLabel */ .vS)(o.seed, first + start + k, K));
            feeds[io.labels] = (0,_diffusion_js__WEBPACK_IMPORTED_MODULE_5__/* .intTensor */ .FP)(io.labelsType, labels);
        }
        const result = await session.run(feeds);
        const out = result[io.output];
        const d = out.dims;
        if (out.type !== 'float32' || d.length !== 4 || d[0] !== b) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`the generator's output 0 is ${out.type} [${d.join(', ')}]; expected float32 [${b}, C, H, W]`);
        }
        const [, C, H, W] = d;
        const data = out.data;
        const images = [];
        for (let k = 0; k < b; k++)
            images.push((0,_quantize_js__WEBPACK_IMPORTED_MODULE_4__.toRgbImage)(data, k, C, H, W, range, (0,_quantize_js__WEBPACK_IMPORTED_MODULE_4__.sampleName)(first + start + k)));
        for (const t of Object.values(result))
            t.dispose?.();
        progress?.tick(b);
        yield* images;
    }
}


/***/ }),

/***/ 33767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openSampler: () => (/* binding */ openSampler),
/* harmony export */   parseKind: () => (/* binding */ parseKind),
/* harmony export */   sampleImages: () => (/* binding */ sampleImages),
/* harmony export */   samplesAsDecoder: () => (/* binding */ samplesAsDecoder)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _images_decode_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32766);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5352);
/* harmony import */ var _diffusion_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(55166);
/* harmony import */ var _gan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77067);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(79492);
/* harmony import */ var _quantize_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(31910);
// One entry point for all three kinds of sampler, as a stream of in-memory images, so that samples can go straight
// into feature extraction (no PNG round trip; the quantization is the one a saved PNG would have, see quantize.ts).
//
//     const sampler = await openSampler({ kind: 'diffusion', generator: 'model.onnx', n: 10000, seed: 0, diffusion: {...} });
//     const { files, decode } = samplesAsDecoder(sampler.images(), sampler.n);
//     await extractFeatures(model, files, { decode, ... });    // files are virtual names sample_000000.png, ...










function parseKind(v, what = '--kind') {
    const s = (v ?? '').trim().toLowerCase();
    if (s === 'gan' || s === 'diffusion' || s === 'command')
        return s;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${what}: expected gan, diffusion or command, got "${v ?? ''}"`, what);
}
async function openSampler(o) {
    if (!Number.isInteger(o.n) || o.n < 1)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`-n: expected a positive integer, got ${o.n}`, 'n');
    if (o.kind === 'command') {
        const c = o.command;
        if (!c?.command)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('--kind command needs --command "…"', 'command');
        return {
            n: o.n,
            settings: { kind: 'command', command: c.command, seed: o.seed, n: o.n, quantization: 'as written by the command' },
            async *images() {
                const tmp = c.out ? undefined : await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'fid-gate-samples-'));
                try {
                    const res = await (0,_command_js__WEBPACK_IMPORTED_MODULE_8__.runSamplerCommand)({ command: c.command, n: o.n, seed: o.seed, out: c.out ?? tmp, timeoutSeconds: c.timeoutSeconds, killGraceMs: c.killGraceMs, log: o.log });
                    if (res.found > o.n)
                        o.log?.(`--command wrote ${res.found} images; using the first ${o.n} (sorted by name)`);
                    for (const f of res.files)
                        yield await (0,_images_decode_js__WEBPACK_IMPORTED_MODULE_3__.decodeRgb)(f);
                }
                finally {
                    if (tmp)
                        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(tmp, { recursive: true, force: true });
                }
            },
        };
    }
    if (!o.generator)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`--kind ${o.kind} needs --generator MODEL.onnx`, 'generator');
    const m = await (0,_model_js__WEBPACK_IMPORTED_MODULE_5__/* .loadModel */ .cm)({ model: o.generator, device: o.device, threads: o.threads, cacheDir: o.cacheDir, log: o.log }, '--generator');
    const model = { source: m.source, sha256: m.sha256 };
    if (o.kind === 'gan') {
        const g = { ...o.gan, seed: o.seed, batchSize: o.batchSize, progress: o.progress };
        return { n: o.n, device: m.device, settings: { ...(0,_gan_js__WEBPACK_IMPORTED_MODULE_7__/* .ganSettings */ .Gg)(g), model, n: o.n }, images: () => namingModel((0,_gan_js__WEBPACK_IMPORTED_MODULE_7__/* .sampleGan */ .$q)(m.session, o.n, g), m.source) };
    }
    if (!o.diffusion)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d('--kind diffusion: sampler settings missing');
    const d = { ...o.diffusion, seed: o.seed, batchSize: o.batchSize, progress: o.progress };
    return { n: o.n, device: m.device, settings: { ...(0,_diffusion_js__WEBPACK_IMPORTED_MODULE_6__/* .diffusionSettings */ .J0)(d), model, n: o.n }, images: () => namingModel((0,_diffusion_js__WEBPACK_IMPORTED_MODULE_6__/* .sampleDiffusion */ .eP)(m.session, o.n, d), m.source) };
}
/**
 * The interface checks of gan.ts / diffusion.ts (wrong input types, ranks, output shapes) say "the generator's
 * input 0 ..." without the file: prefix their InputErrors with `--generator FILE` so the message names the model.
 * Option errors (--latent, --num-classes, ...) are prefixed too, which only adds context.
 */
async function* namingModel(images, source) {
    try {
        yield* images;
    }
    catch (err) {
        if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d && !err.message.includes(source))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`--generator ${source}: ${err.message}`, err.subject ?? source);
        throw err;
    }
}
/** The samples as one stream (see openSampler for the settings). */
async function* sampleImages(o) {
    const s = await openSampler(o);
    yield* s.images();
}
/**
 * Adapts a sample stream to extractFeatures' (files, decode) interface: files are the names sample_000000.png…,
 * and decode hands out the next sample. extractFeatures calls decode in file order (it keeps a few calls in flight;
 * an async generator queues them), which is all this needs. Sample i's name is checked against the file asked for.
 */
function samplesAsDecoder(images, n) {
    const files = Array.from({ length: n }, (_, i) => (0,_quantize_js__WEBPACK_IMPORTED_MODULE_9__.sampleName)(i));
    let next = 0;
    return {
        files,
        decode: async (file) => {
            const i = next++;
            if (file !== files[i])
                throw new Error(`samplesAsDecoder: asked for ${file} out of order (expected ${files[i]})`);
            const r = await images.next();
            if (r.done)
                throw new Error(`samplesAsDecoder: the sampler ended before ${file}`);
            return { ...r.value, file };
        },
    };
}


/***/ })

};
