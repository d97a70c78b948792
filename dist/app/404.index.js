export const id = 404;
export const ids = [404];
export const modules = {

/***/ 48404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCli: () => (/* binding */ runCli)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/util/user-file.ts
var user_file = __webpack_require__(3832);
// EXTERNAL MODULE: ./src/core/defaults.ts
var defaults = __webpack_require__(55553);
;// CONCATENATED MODULE: ./src/options/specs.ts

function parseArgsOptions(specs) {
    const out = {};
    for (const [k, s] of Object.entries(specs))
        out[k] = s.short ? { type: s.type, short: s.short } : { type: s.type };
    return out;
}
const COLUMN = 18;
/** "  --flag ARG        help" lines, help continued on lines indented to the help column. */
function helpText(specs) {
    const lines = [];
    for (const [k, s] of Object.entries(specs)) {
        if (!s.help)
            continue;
        const flag = `${s.short ? `-${s.short}, ` : ''}--${k}${s.arg ? ` ${s.arg}` : ''}`;
        const [first, ...rest] = s.help.split('\n');
        lines.push(`  ${flag.length < COLUMN ? flag.padEnd(COLUMN) + ' ' : flag + '  '}${first}`);
        for (const r of rest)
            lines.push(`${' '.repeat(COLUMN + 3)}${r}`);
    }
    return lines.join('\n');
}
const str = (arg, help) => ({ type: 'string', arg, help });
const bool = (help) => ({ type: 'boolean', help });
const helpOption = { help: { type: 'boolean', short: 'h' } };
/** The feature extractor and the image reading (stats, compare). */
const extractorSpecs = {
    weights: str('W', "synthetic | PATH.pth | PATH.onnx (default: pytorch-fid's published weights, downloaded once)"),
    resize: str('MODE', "legacy-pytorch (default: pytorch-fid's bilinear resize in the network) | clean (clean-fid's\nPIL bicubic float resize to 299x299 and (x-128)/128); part of the protocol"),
    encoder: str('E', 'inception (default) | PATH.onnx: another feature extractor (e.g. DINOv2, CLIP) whose output is\n[N, D]; FID, KID and precision/recall are then computed in its feature space (no IS)'),
    'encoder-preset': str('P', 'dinov2 (224x224 bicubic, ImageNet mean/std) | clip (shorter side 224 bicubic, center crop,\nCLIP mean/std) | custom (with the options below); required with --encoder PATH.onnx'),
    'encoder-output': str('N', 'the model output holding the features (default: its first output)'),
    'encoder-size': str('S', 'custom: HxW (resize to exactly HxW) or S (shorter side to S, center crop SxS)'),
    'encoder-mean': str('M', 'custom: a,b,c (default 0,0,0)'),
    'encoder-std': str('S', 'custom: a,b,c (default 1,1,1)'),
    'encoder-layout': str('L', 'custom: nchw (default) | nhwc'),
    'encoder-range': str('R', 'custom: 0-1 (default, pixel/255) | 0-255'),
    device: str('D', 'auto | cpu | cuda | webgpu (default auto: CUDA when its libraries load, else WebGPU on a\nhardware GPU adapter, else CPU; webgpu also runs on a software adapter such as lavapipe)'),
    'batch-size': str('N', `images per batch (default ${defaults/* DEFAULT_BATCH_SIZE */.jg} on the CPU, ${defaults/* GPU_BATCH_SIZE */._L} on a GPU)`),
    'cache-dir': str('DIR', "where downloaded and converted weights live (default: $FID_GATE_CACHE, the runner's\ntool cache inside GitHub Actions, else ~/.cache/fid-gate)"),
    threads: str('N', 'CPU threads for inference (default: all cores)'),
    recursive: bool('also read images in subfolders'),
    'max-pixels': str('N', `refuse images with more than N pixels (decompression-bomb guard; default ${defaults/* DEFAULT_MAX_PIXELS */.fR}, twice\nPillow's MAX_IMAGE_PIXELS; 0 = no limit)`),
    'on-bad-image': str('M', 'fail (default): an image that cannot be decoded stops the run | skip: leave it out with a\nwarning naming it; the report says how many were skipped and which'),
    quiet: bool('no progress lines'),
    ...helpOption,
};
/** Sharding over machines (stats, sample): shard i of n. */
const shardSpecs = {
    shard: str('i/n', 'process only shard i of n (1 <= i <= n): the i-th of n contiguous, near-equal blocks of the sorted\nfile list (sample: of the sample indices); see docs/sharding.md'),
};
/** compare's own options: the metrics and their report. */
const compareSpecs = {
    metrics: str('LIST', 'comma-separated: fid, kid, is, prdc, fdinf (default: fid,kid,is,prdc; without is for an ONNX\nencoder); fdinf = FD∞ (Chong & Forsyth 2020), FID extrapolated to infinite N'),
    json: str('FILE', 'write the metrics report (JSON) to FILE'),
    seed: str('N', `seed of the analysis: KID subsets and the bootstrap (default ${defaults/* DEFAULT_ANALYSIS_SEED */.dd})`),
    bootstrap: str('B', `bootstrap replicates for the 95% intervals of FID, KID, P/R/D/C (default ${defaults/* DEFAULT_BOOTSTRAP_REPLICATES */.ey}; 0 = none)`),
    training: str('DIR', 'training images (folder or stats .npz with --features): adds the memorization metric (share\nof generated images that look copied from a training image) and flags reference images that\nare near-duplicates of training images; the closest pairs go to --pairs-grid'),
    'pairs-grid': str('FILE', 'with --training: a PNG of the closest generated/training pairs'),
};
/** The gate (the same as the Action's). */
const gateSpecs = {
    thresholds: str('T', 'FILE or rules: "fid <= 25, precision >= 0.6" (one per line or comma-separated)'),
    baseline: str('FILE', "a metrics JSON (--json of an earlier run, or the Action's artifact) to compare with"),
    'max-regression': str('R', '"fid: +5%, recall: -0.02": how far each metric may worsen against --baseline; a worsening past\nthe limit fails only when the bootstrap interval of the difference excludes zero (else it\nis reported as within noise)'),
    kid: str('MODE', 'full | subsets | auto (default auto: full up to 5,000 × 5,000, else 100 subsets of 1,000)'),
};
/** Options of every sampling command (sample, elbo). */
const samplingCommonSpecs = {
    seed: str('S', `seed (default ${defaults/* SAMPLER_DEFAULTS */.Q_.seed}); samples do not depend on --batch-size`),
    'batch-size': str('B', `samples per model run (default ${defaults/* SAMPLER_DEFAULTS */.Q_.diffusionBatchSize} for diffusion, ${defaults/* SAMPLER_DEFAULTS */.Q_.ganBatchSize} for gan)`),
    device: str('D', 'auto | cpu | cuda | webgpu (default auto)'),
    threads: str('N', 'CPU threads for the model (default: all cores)'),
    'cache-dir': str('DIR', 'where the CUDA provider libraries are cached (--device auto/cuda)'),
    quiet: bool('no progress lines'),
    ...helpOption,
};
/** What a diffusion denoiser was trained with (sample, elbo, compare --generator). */
const diffusionModelSpecs = {
    schedule: str('S', 'linear | cosine | scaled-linear (default linear)'),
    'train-steps': str('T', `the T the model was trained with (default ${defaults/* SAMPLER_DEFAULTS */.Q_.trainSteps})`),
    prediction: str('P', 'what output 0 is: eps | v | x0 (default eps)'),
    variance: str('V', 'reverse variance: large (β, default) | small (posterior β̃)'),
    'no-clip': bool('do not clip the predicted x0 to [-1, 1]'),
    'num-classes': str('K', 'for models with a labels input (input 2); label K is the null label'),
    size: str('H[xW]', "image size where the model's input shape leaves it open"),
    channels: str('C', "channels (1 or 3) where the model's input shape leaves them open"),
};
/** The model to sample from (sample, compare --generator). */
const generatorSpecs = {
    generator: str('FILE', 'the ONNX model (gan: input z [N,Z] or [N,Z,1,1], optional int64 labels, output NCHW images;\ndiffusion: inputs x_t [N,C,H,W], timestep [N] int64/float32, optional int64 labels)'),
    kind: str('K', 'gan | diffusion | command'),
    'num-samples': { type: 'string', short: 'n', arg: 'N', help: 'how many samples (required)' },
};
const ganSpecs = {
    'z-dist': str('D', 'normal (default) | uniform (on [-1, 1))'),
    'output-range': str('R', "range of the generator's output: -1,1 (default) or 0,1"),
    latent: str('Z', "z's size, where the model leaves it open"),
    'num-classes': str('K', 'for generators with a labels input (input 1); labels are uniform over 0..K-1'),
    class: str('L', 'use label L for every sample'),
};
const diffusionSamplerSpecs = {
    sampler: str('S', 'ddim (default) | ddpm'),
    steps: str('S', `sampling steps (default ${defaults/* SAMPLER_DEFAULTS */.Q_.ddimSteps} for ddim, T for ddpm); kept steps floor(i*T/S), i = 0..S-1`),
    eta: str('E', "DDIM's eta (default 0: deterministic)"),
    guidance: str('W', 'classifier-free guidance weight (models with labels): eps_u + W (eps_c - eps_u)'),
    class: str('L', 'use label L for every sample (default: uniform over 0..K-1)'),
};
const commandSpecs = {
    command: str('CMD', 'run through the shell; {out}, {n} and {seed} are replaced (quoted); the images it writes\ninto {out} (= -o FOLDER) are read back. Its log is streamed with a [sampler] prefix.'),
    timeout: str('SEC', `stop it (SIGTERM, then SIGKILL after 10 s) after SEC seconds (default ${defaults/* SAMPLER_DEFAULTS */.Q_.timeoutSeconds})`),
};
/** Every sampler setting (without the common ones): `fid-gate sample`'s, reused by `compare --generator`. */
const samplerSpecs = {
    ...diffusionModelSpecs,
    ...generatorSpecs,
    ...ganSpecs,
    ...diffusionSamplerSpecs,
    ...commandSpecs,
};
const elboSpecs = {
    denoiser: str('FILE', 'the ONNX denoiser (inputs x_t [N,C,H,W], timestep [N] int64/float32, optional labels)'),
    images: str('DIR', 'held-out real images'),
    draws: str('K', `step draws per image (default ${defaults/* ELBO_DEFAULTS */.IU.draws})`),
    't-sampling': str('M', 'uniform (default: i.i.d. uniform steps) | stratified (one draw in each of K equal strata)'),
    steps: str('S', 'evaluate the chain respaced to S steps (default T: the model as trained)'),
    limit: str('N', 'only the first N images (sorted by name)'),
    recursive: bool('also read images in subfolders'),
    json: str('FILE', 'write the result (value, stderr, settings) as JSON'),
};

// EXTERNAL MODULE: ./src/options/numbers.ts
var numbers = __webpack_require__(17932);
// EXTERNAL MODULE: ./src/options/source.ts
var source = __webpack_require__(81157);
// EXTERNAL MODULE: ./src/util/atomic-write.ts
var atomic_write = __webpack_require__(95105);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/options/outputs.ts
// Output paths of the CLI (stats -o, --json, --grid, --pairs-grid, sample -o): checked before any work starts, so
// a typo costs seconds, not an hour of feature extraction; written through a temp file and a rename
// (src/util/atomic-write.ts), so an interrupted or failed write never leaves a torn file.



function stat(p) {
    try {
        return (0,external_node_fs_.statSync)(p);
    }
    catch {
        return undefined;
    }
}
/** The first existing ancestor of `dir` (itself included); undefined only for a path below a file. */
function existingAncestor(dir) {
    let d = dir;
    while (!stat(d) && external_node_path_default().dirname(d) !== d)
        d = external_node_path_default().dirname(d);
    return d;
}
/** A folder we may create files in, or why not. */
function folderProblem(dir) {
    const s = stat(dir);
    if (!s)
        return `the folder ${dir} does not exist`;
    if (!s.isDirectory())
        return `${dir} is not a folder`;
    try {
        (0,external_node_fs_.accessSync)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
    }
    catch {
        return `the folder ${dir} is not writable`;
    }
    return undefined;
}
/**
 * An output file `file` given as option `name` (e.g. "--json"): refused when it is a folder, when its folder does
 * not exist, or when that folder is not writable. With `createParents`, a missing folder is fine as long as the
 * nearest existing ancestor is a writable folder (the writer creates the rest).
 */
function checkOutputFile(file, name, o = {}) {
    const abs = external_node_path_default().resolve(file);
    if (stat(abs)?.isDirectory())
        throw new errors/* InputError */.d(`${name} ${file}: is a folder; expected a file path`, file);
    // the output is written to a temporary file renamed over the path: a device or FIFO there (e.g. /dev/null) would be
    // replaced by a regular file; a symlink is replaced by the file (its target is left alone)
    const own = (() => {
        try {
            return (0,external_node_fs_.lstatSync)(abs);
        }
        catch {
            return undefined;
        }
    })();
    if (own && !own.isFile() && !own.isSymbolicLink()) {
        throw new errors/* InputError */.d(`${name} ${file}: exists and is not a regular file (a device, FIFO or socket); give a file path (fid-gate writes a temporary file and renames it over the path, which would replace it)`, file);
    }
    const dir = external_node_path_default().dirname(abs);
    const problem = o.createParents && !stat(dir) ? folderProblem(existingAncestor(dir)) : folderProblem(dir);
    if (problem)
        throw new errors/* InputError */.d(`${name} ${file}: cannot write there: ${problem}`, file);
}
/** An output folder (sample -o DIR): an existing folder must be writable; a new one needs a writable ancestor. */
function checkOutputFolder(dir, name) {
    const abs = external_node_path_default().resolve(dir);
    const s = stat(abs);
    if (s && !s.isDirectory())
        throw new errors/* InputError */.d(`${name} ${dir}: exists and is not a folder`, dir);
    const problem = folderProblem(s ? abs : existingAncestor(abs));
    if (problem)
        throw new errors/* InputError */.d(`${name} ${dir}: cannot write there: ${problem}`, dir);
}
/** An error of a write that failed anyway (disk full, folder removed meanwhile), naming the option and the path. */
function writeFailure(name, file, err) {
    return new errors/* InputError */.d(`${name} ${file}: cannot write (${err.code ?? err.message})`, file);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/cli/command.ts






/** The command's flags as an OptionSource; -n is the short name of --num-samples in messages. */
function flags(values) {
    return (0,source/* cliSource */.kJ)(values, { 'num-samples': '-n' });
}
/** An output file option (--json FILE, --grid FILE…), checked before any work; undefined when unset. */
function outputOption(values, key, name = `--${key}`) {
    const file = values[key];
    if (typeof file !== 'string')
        return undefined;
    checkOutputFile(file, name);
    return file;
}
/** Writes `data` to an output file through a temp file and a rename; a failure names the option and the path. */
async function writeOutput(name, file, data) {
    try {
        await (0,atomic_write/* writeFileAtomic */.Zf)(file, data);
    }
    catch (err) {
        throw writeFailure(name, file, err);
    }
}
/** Runs a path-taking writer (sharp, the .npz writer) on a temp file, then renames it to `file`. */
async function writeOutputVia(name, file, write) {
    try {
        return await (0,atomic_write/* writeViaTemp */.Ei)(file, write);
    }
    catch (err) {
        throw writeFailure(name, file, err);
    }
}
/**
 * Runs `work`, which may write the output `file` (option `name`) to `tmp`; moves what it wrote into place afterwards
 * and removes the temp file when `work` fails. For outputs written deep inside another module (the pairs grid).
 */
async function withTempOutput(name, file, tmp, work) {
    try {
        const result = await work();
        if (file && tmp && (0,external_node_fs_.existsSync)(tmp)) {
            try {
                await (0,atomic_write/* checkReplaceable */.X7)(file);
                await (0,promises_.rename)(tmp, file);
                await (0,atomic_write/* fsyncDir */.t_)(external_node_path_default().dirname(file));
            }
            catch (err) {
                throw writeFailure(name, file, err);
            }
        }
        return result;
    }
    finally {
        if (tmp)
            await (0,promises_.unlink)(tmp).catch(() => undefined);
    }
}
/**
 * The last step of a command that may have failed its gate: writes the JSON report, and returns the exit code.
 * A failed write is an input error (exit 2) after a passed gate, but never hides a failed gate: it is reported
 * and the exit code stays 1.
 */
async function writeJsonAndExit(name, file, json, exit, io) {
    if (!file)
        return exit;
    try {
        await writeOutput(name, file, JSON.stringify(json, null, 2) + '\n');
    }
    catch (err) {
        if (exit !== 1)
            throw err;
        io.err(`fid-gate: ${err.message}`);
    }
    return exit;
}

// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(96228);
;// CONCATENATED MODULE: ./src/cli/compare.ts
// fid-gate compare REAL GENERATED | REAL --generator MODEL.onnx: the metrics, the report, the gate.










const samplingSpecs = {
    grid: { type: 'string', arg: 'FILE', help: 'also write a preview grid of the first 64 samples as a PNG' },
    'elbo-images': {
        type: 'string',
        arg: 'DIR',
        help: 'diffusion: also elbo-bpd (the ELBO in bits/dim) over these held-out real images',
    },
    'elbo-draws': {
        type: 'string',
        arg: 'K',
        help: `step draws per image for elbo-bpd (default ${defaults/* ELBO_DEFAULTS */.IU.draws})`,
    },
};
const usage = `fid-gate compare REAL GENERATED [--metrics fid,kid,is,prdc] [--json FILE] [options]
       fid-gate compare REAL --generator MODEL.onnx --kind gan|diffusion|command -n N [--seed S] [sampler options]

REAL and GENERATED are each an image folder or an .npz written by \`fid-gate stats\` (pytorch-fid's and
clean-fid's mu/sigma files work for FID; KID, IS and precision/recall need per-image features: pass the folder or
a stats file written with --features). Two inputs whose recorded protocols differ (extractor, weights, resize) are
refused. Prints a table; --json writes every number with its settings.

${helpText(compareSpecs)}

The gate (the same as the Action's; exit code 1 when a rule fails):
${helpText(gateSpecs)}
${helpText(extractorSpecs)}

Sampling the generated side from the model (GENERATED left out; no disk round trip, see docs/sampling.md):
  --generator FILE   the ONNX generator or denoiser; --kind gan | diffusion | command; -n N samples
  --seed S           the sampling seed (default ${defaults/* SAMPLER_DEFAULTS */.Q_.seed}; KID subsets then keep their default seed ${defaults/* DEFAULT_ANALYSIS_SEED */.dd})
${helpText(samplingSpecs)}
  (the sampler options of fid-gate sample: --z-dist, --output-range, --latent, --class, --num-classes,
   --schedule, --train-steps, --sampler, --steps, --eta, --guidance, --prediction, --variance, --no-clip,
   --size, --channels, --command, --timeout)`;
/** --thresholds FILE|RULES (an existing file is read; otherwise the text is the rules) and --max-regression. */
async function gateRules(src, v) {
    const { readGateRules } = await Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(895), __webpack_require__.e(978), __webpack_require__.e(49), __webpack_require__.e(383), __webpack_require__.e(145)]).then(__webpack_require__.bind(__webpack_require__, 45145));
    const t = v.thresholds;
    const file = t !== undefined && (0,external_node_fs_.existsSync)(t) && (0,external_node_fs_.statSync)(t).isFile();
    // a rules file is a few lines: read at most 1 MiB of it
    return readGateRules(src, {
        thresholds: file ? (await (0,user_file/* readUserFile */.E)(t, 1 << 20, `--thresholds ${t}`)).toString('utf8') : undefined,
        thresholdsWhat: file ? `--thresholds ${t}` : undefined,
        baselineGiven: v.baseline !== undefined,
    });
}
/** Every option of the command, checked against each other before any work. */
async function readCompare(v, pos, io) {
    const sampling = v.generator !== undefined || v.kind !== undefined;
    if (sampling && pos.length !== 1)
        throw new errors/* InputError */.d('compare --generator: expected REAL only (the generated side is sampled; see fid-gate compare --help)');
    if (!sampling && pos.length !== 2)
        throw new errors/* InputError */.d('compare: expected REAL and GENERATED, or REAL with --generator MODEL.onnx (see fid-gate compare --help)');
    const [{ readExtractorOptions }, checks, { readSamplerOptions, readSeed }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(981), __webpack_require__.e(115), __webpack_require__.e(354), __webpack_require__.e(453)]).then(__webpack_require__.bind(__webpack_require__, 53814)),
        Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(895), __webpack_require__.e(978), __webpack_require__.e(49), __webpack_require__.e(383), __webpack_require__.e(145)]).then(__webpack_require__.bind(__webpack_require__, 45145)),
        Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(490)]).then(__webpack_require__.bind(__webpack_require__, 20490)),
    ]);
    const src = flags(v);
    const kidMode = (0,numbers/* choice */.Yq)(src, 'kid', ['full', 'subsets', 'auto'], 'auto');
    const seed = v.seed === undefined ? undefined : readSeed(src);
    const log = (m) => io.err(m);
    const ex = readExtractorOptions(src);
    const metrics = checks.readMetrics(src, ex.encoder);
    // --batch-size is the feature extraction's: the sampler keeps its default batch
    const sampler = sampling
        ? readSamplerOptions(flags({ ...v, 'batch-size': undefined }), {
            seed,
            device: ex.device,
            threads: ex.threads,
            cacheDir: ex.cacheDir,
            log,
            progress: v.quiet ? false : log,
        })
        : undefined;
    const training = (0,source/* pathValue */.ZB)(src, 'training');
    checks.checkCompanions(src, { training: training !== undefined, diffusion: !!sampler?.diffusion });
    const d = sampler?.diffusion;
    const elbo = v['elbo-images'] !== undefined && d
        ? {
            denoiser: sampler.generator,
            images: (0,source/* pathValue */.ZB)(src, 'elbo-images'),
            draws: (0,numbers/* int */.Wh)(src, 'elbo-draws', defaults/* ELBO_DEFAULTS */.IU.draws),
            schedule: d.schedule,
            trainSteps: d.trainSteps,
            prediction: d.prediction,
            variance: d.variance,
            clip: d.clip,
            numClasses: d.numClasses,
            size: d.size,
            channels: d.channels,
            seed: sampler.seed,
        }
        : undefined;
    const rules = await gateRules(src, v);
    // a rule on a metric this run will not compute is refused before any work
    checks.checkRulesOnComputed(src, rules, { metrics, elbo: !!elbo, training: training !== undefined });
    const bootstrap = checks.readBootstrap(src);
    const outputs = {
        json: outputOption(v, 'json'),
        grid: outputOption(v, 'grid'),
        pairsGrid: outputOption(v, 'pairs-grid'),
    };
    return { sampling, seed, kidMode, ex, metrics, sampler, elbo, rules, bootstrap, training, outputs, log };
}
/** The gate's verdict on the report (and the baseline), printed; 1 when a rule failed. */
async function gate(report, rules, baseline, io) {
    if (!rules.thresholds.length && !rules.regressions.length && baseline === undefined)
        return 0;
    const [{ resolveBaseline }, { evaluateGate }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(838), __webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(895), __webpack_require__.e(978), __webpack_require__.e(49), __webpack_require__.e(932), __webpack_require__.e(762)]).then(__webpack_require__.bind(__webpack_require__, 86932)),
        Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(895), __webpack_require__.e(978), __webpack_require__.e(49), __webpack_require__.e(383), __webpack_require__.e(344)]).then(__webpack_require__.bind(__webpack_require__, 87344)),
    ]);
    const b = await resolveBaseline(baseline ?? 'none', report, { tempDir: '.', artifactName: '' });
    const g = evaluateGate(report, b.report, rules);
    report.gate = {
        passed: g.passed,
        results: g.results.map(({ rule: _r, allowed: _a, ...r }) => r),
        ...(b.report ? { baseline: `file ${baseline}` } : {}),
    };
    io.out('');
    for (const w of b.warnings)
        io.out(`warning: ${w}`);
    for (const n of [...b.notes, ...g.skipped])
        io.out(`note: ${n}`);
    for (const r of g.results)
        io.out(`${r.passed ? 'pass' : 'FAIL'}: ${r.message}`);
    io.out(g.passed
        ? `gate passed (${(0,format/* plural */.LS)(g.results.length, 'rule')})`
        : `gate FAILED: ${g.results.filter((r) => !r.passed).length} of ${(0,format/* plural */.LS)(g.results.length, 'rule')}`);
    return g.passed ? 0 : 1;
}
const compareCommand = {
    summary: 'FID, KID, IS and precision/recall/density/coverage between two folders or statistics files',
    usage,
    options: parseArgsOptions({ ...extractorSpecs, ...compareSpecs, ...gateSpecs, ...samplerSpecs, ...samplingSpecs }),
    async run(v, pos, io) {
        const p = await readCompare(v, pos, io);
        const [{ runCompare }, { writeGrid }, { formatMetricsTable }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(895), __webpack_require__.e(978), __webpack_require__.e(49), __webpack_require__.e(115), __webpack_require__.e(354), __webpack_require__.e(421), __webpack_require__.e(840), __webpack_require__.e(383), __webpack_require__.e(598)]).then(__webpack_require__.bind(__webpack_require__, 47598)),
            __webpack_require__.e(/* import() */ 164).then(__webpack_require__.bind(__webpack_require__, 53164)),
            Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(895), __webpack_require__.e(978), __webpack_require__.e(49), __webpack_require__.e(790)]).then(__webpack_require__.bind(__webpack_require__, 790)),
        ]);
        const { grid, pairsGrid } = p.outputs;
        // the pairs grid is written by runCompare: to a temp name, moved into place once the run is through
        const pairsTmp = pairsGrid ? (0,atomic_write/* tempNameFor */.DU)(pairsGrid) : undefined;
        const o = {
            real: pos[0],
            generated: p.sampling ? undefined : pos[1],
            sampler: p.sampler,
            elbo: p.elbo,
            onSamples: grid
                ? async (first) => {
                    await writeOutputVia('--grid', grid, (t) => writeGrid(t, first));
                    p.log(`grid of ${Math.min(first.length, 64)} samples in ${grid}`);
                }
                : undefined,
            metrics: p.metrics,
            weights: p.ex.weights,
            resize: p.ex.resize,
            encoder: p.ex.encoder,
            cacheDir: p.ex.cacheDir,
            device: p.ex.device,
            batchSize: p.ex.batchSize,
            threads: p.ex.threads,
            recursive: p.ex.recursive,
            maxPixels: p.ex.maxPixels,
            onBadImage: p.ex.onBadImage,
            seed: p.sampling ? undefined : p.seed,
            kidMode: p.kidMode,
            bootstrap: p.bootstrap,
            training: p.training,
            pairsGrid: pairsTmp,
            log: p.log,
            progress: v.quiet ? false : p.log,
        };
        const { report } = await withTempOutput('--pairs-grid', pairsGrid, pairsTmp, () => runCompare(o));
        const details = report.metrics.memorization?.details;
        if (details?.pairsGrid !== undefined && details.pairsGrid === pairsTmp)
            details.pairsGrid = pairsGrid;
        io.out(formatMetricsTable(report));
        const exit = await gate(report, p.rules, v.baseline, io);
        return writeJsonAndExit('--json', p.outputs.json, report, exit, io);
    },
};

;// CONCATENATED MODULE: ./src/cli/elbo.ts
// fid-gate elbo: the variational bound of a diffusion denoiser on held-out images, in bits/dim.






const elbo_usage = `fid-gate elbo --denoiser MODEL.onnx --images FOLDER [--draws K] [options]

The bound of Ho et al. 2020 (prior KL + transition KLs + discretized Gaussian decoder for t = 0), estimated per
image by K Monte Carlo draws of the step (uniform over the S steps, scaled by S), each with fresh noise. Prints
the mean over images in bits/dim ± its standard error (lower is better). The images must have the model's size
(no resizing); 8-bit values map to [-1, 1] as v/127.5 - 1.

${helpText(elboSpecs)}
${helpText(diffusionModelSpecs)}
${helpText(samplingCommonSpecs)}`;
async function runElbo(v, pos, io) {
    if (pos.length)
        throw new errors/* InputError */.d(`elbo: unexpected argument "${pos[0]}" (see fid-gate elbo --help)`);
    const src = flags(v);
    const denoiser = (0,source/* pathValue */.ZB)(src, 'denoiser');
    const folder = (0,source/* pathValue */.ZB)(src, 'images');
    if (!denoiser)
        throw new errors/* InputError */.d('elbo: --denoiser MODEL.onnx is required');
    if (!folder)
        throw new errors/* InputError */.d('elbo: --images FOLDER is required');
    const [{ readDiffusionModel, readSamplingBase }, { estimateFolderElbo }, { elboMetric }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(490)]).then(__webpack_require__.bind(__webpack_require__, 20490)),
        Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 79978)),
        Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 96639)),
    ]);
    const base = readSamplingBase(src);
    const m = readDiffusionModel(src);
    const tSampling = (0,numbers/* choice */.Yq)(src, 't-sampling', ['uniform', 'stratified'], 'uniform');
    const limit = (0,numbers/* int */.Wh)(src, 'limit', undefined);
    const settings = {
        steps: (0,numbers/* int */.Wh)(src, 'steps', undefined),
        draws: (0,numbers/* int */.Wh)(src, 'draws', defaults/* ELBO_DEFAULTS */.IU.draws),
        batchSize: (0,numbers/* int */.Wh)(src, 'batch-size', defaults/* ELBO_DEFAULTS */.IU.batchSize),
    };
    const json = outputOption(v, 'json');
    const log = (s) => io.err(s);
    const { result: r, model } = await estimateFolderElbo({
        ...m,
        ...settings,
        tSampling,
        denoiser,
        images: folder,
        recursive: (0,source/* flag */.Jt)(src, 'recursive'),
        limit,
        seed: base.seed,
    }, { device: base.device, threads: base.threads, cacheDir: base.cacheDir, log, progress: v.quiet ? false : log }, '--denoiser');
    const metric = elboMetric(r);
    io.out(`elbo-bpd: ${r.bpd.toFixed(4)} ± ${r.stderr.toFixed(4)} bits/dim (${r.images} images × ${r.draws} draws, T = ${r.trainSteps}, ${r.steps} steps; ` +
        `prior ${r.terms.prior.toFixed(4)}, transitions ${r.terms.transitions.toFixed(4)}, decoder ${r.terms.decoder.toFixed(4)})`);
    const report = {
        ...metric,
        details: {
            ...metric.details,
            model: { source: model.source, sha256: model.sha256 },
            images: folder,
            device: model.device,
        },
    };
    return writeJsonAndExit('--json', json, report, 0, io);
}
const elboCommand = {
    summary: 'variational bound (ELBO) of a diffusion denoiser on held-out images, in bits/dim (metric elbo-bpd)',
    usage: elbo_usage,
    options: parseArgsOptions({ ...samplingCommonSpecs, ...diffusionModelSpecs, ...elboSpecs }),
    run: runElbo,
};

;// CONCATENATED MODULE: ./src/cli/merge.ts
// fid-gate merge PART… -o OUT.npz: the part files of a sharded evaluation (stats --shard i/n) → the statistics file
// of the whole evaluation (metrics/partial-stats.ts).




const specs = {
    output: { type: 'string', short: 'o', arg: 'FILE', help: 'the statistics .npz to write (required)' },
    ...helpOption,
};
const mergeCommand = {
    summary: 'merge the part files of a sharded evaluation (stats --shard i/n) into one statistics file',
    usage: `fid-gate merge PART.npz… -o OUT.npz

Combines the n parts written by \`fid-gate stats FOLDER --shard i/n\` (or the Action's input shard) into the
statistics file a single run over the whole folder writes: mu and sigma (float64; merged with the pairwise update of
Chan, Golub & LeVeque, equal to the single run's up to rounding), the count, the protocol and, when the parts hold
them, the features, logits and file names in the single run's order. Refuses parts of different protocols or
folders, a shard given twice and a missing shard, naming them.

${helpText(specs)}`,
    options: parseArgsOptions(specs),
    async run(v, pos, io) {
        if (!pos.length)
            throw new errors/* InputError */.d('merge: expected the part files (see fid-gate merge --help)');
        const output = v.output;
        if (!output)
            throw new errors/* InputError */.d('merge: -o OUT.npz is required');
        checkOutputFile(output, '-o');
        const [{ mergePartFiles }, { writeStatsNpz }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(895), __webpack_require__.e(421), __webpack_require__.e(430)]).then(__webpack_require__.bind(__webpack_require__, 8430)),
            Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(895), __webpack_require__.e(421)]).then(__webpack_require__.bind(__webpack_require__, 45421)),
        ]);
        const merged = await mergePartFiles(pos);
        await writeOutputVia('-o', output, (tmp) => writeStatsNpz(tmp, merged));
        io.out(`${output}: ${merged.count} images from ${pos.length} part${pos.length > 1 ? 's' : ''}${merged.features ? ', with features' : ''}`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./src/cli/sample.ts
// fid-gate sample: N images from an ONNX GAN generator, an ONNX diffusion denoiser or the user's sampler command.







const outputSpecs = {
    output: { type: 'string', short: 'o', arg: 'DIR', help: 'folder for the PNGs (required)' },
    overwrite: { type: 'boolean', help: 'replace sample_NNNNNN.png files already in the folder' },
    grid: {
        type: 'string',
        arg: 'FILE|none',
        help: 'where the preview grid goes (default FOLDER-grid.png next to the folder)',
    },
};
const sample_usage = `fid-gate sample --generator MODEL.onnx --kind gan|diffusion -n N -o FOLDER [options]
       fid-gate sample --kind command --command "python sample.py --out {out} --n {n}" -n N -o FOLDER

Writes FOLDER/sample_000000.png … (lossless PNGs of exactly the samples the metrics would see), FOLDER/sampling.json
(the settings) and a preview grid of the first 64 samples (8 per row) next to the folder, FOLDER-grid.png, so
that the folder holds only the samples. Samples are a pure function of the seed and the settings.

${helpText(generatorSpecs)}
${helpText(outputSpecs)}
${helpText(shardSpecs)}
${helpText(samplingCommonSpecs)}

With --shard i/n (gan, diffusion) it draws only the i-th of n contiguous blocks of the -n sample indices, with the
seeds the single run gives them, and names them by their index in the single run: the n shards' folders together
hold exactly the single run's samples.

GAN:
${helpText(ganSpecs)}

Diffusion:
${helpText(diffusionSamplerSpecs)}
${helpText(diffusionModelSpecs)}

Command:
${helpText(commandSpecs)}`;
const SAMPLE_RE = /^sample_\d{6,}\.png$/;
/** The preview grid's default path: FOLDER-grid.png next to the folder. */
function defaultGridPath(folder) {
    const abs = external_node_path_default().resolve(folder);
    return external_node_path_default().join(external_node_path_default().dirname(abs), `${external_node_path_default().basename(abs)}-grid.png`);
}
/** Refuses a folder that already holds images (they would be mixed into the metrics), unless --overwrite. */
async function prepareFolder(folder, overwrite, isImageName) {
    checkOutputFolder(folder, '-o');
    if ((0,external_node_fs_.existsSync)(folder)) {
        const images = (0,external_node_fs_.readdirSync)(folder).filter(isImageName);
        if (images.length) {
            if (!overwrite)
                throw new errors/* InputError */.d(`-o ${folder}: already holds ${images.length} image(s) (e.g. ${images[0]}); they would be mixed with the new samples. Use an empty folder, or --overwrite to replace earlier sample_NNNNNN.png files`, folder);
            const others = images.filter((f) => !SAMPLE_RE.test(f));
            if (others.length)
                throw new errors/* InputError */.d(`-o ${folder}: holds images not written by fid-gate sample (e.g. ${others[0]}); --overwrite only replaces sample_NNNNNN.png files`, folder);
            for (const f of images)
                await (0,promises_.rm)(external_node_path_default().join(folder, f));
        }
    }
    await (0,promises_.mkdir)(folder, { recursive: true });
}
/** Runs the sampler into `folder`; returns the first 64 samples (for the grid) and the count. */
async function drawSamples(opts, sampler, folder, log, first = 0) {
    const [{ decodeRgb }, { writePng }, { sampleName }, { runSamplerCommand }] = await Promise.all([
        __webpack_require__.e(/* import() */ 766).then(__webpack_require__.bind(__webpack_require__, 32766)),
        __webpack_require__.e(/* import() */ 164).then(__webpack_require__.bind(__webpack_require__, 53164)),
        __webpack_require__.e(/* import() */ 910).then(__webpack_require__.bind(__webpack_require__, 31910)),
        __webpack_require__.e(/* import() */ 492).then(__webpack_require__.bind(__webpack_require__, 79492)),
    ]);
    const firsts = [];
    if (opts.kind === 'command') {
        // the command writes into FOLDER itself: run it, then read back only what the grid needs
        const c = opts.command;
        const res = await runSamplerCommand({
            command: c.command,
            n: opts.n,
            seed: opts.seed,
            out: folder,
            timeoutSeconds: c.timeoutSeconds,
            log,
        });
        if (res.found > opts.n)
            log(`--command wrote ${res.found} images; the first ${opts.n} (sorted by name) are the samples`);
        for (const f of res.files.slice(0, 64))
            firsts.push(await decodeRgb(f));
        return { firsts, count: res.files.length };
    }
    const pending = [];
    let count = 0;
    for await (const img of sampler.images()) {
        if (firsts.length < 64)
            firsts.push(img);
        const file = external_node_path_default().join(folder, sampleName(first + count));
        const w = writeOutputVia('-o', file, (tmp) => writePng(tmp, img));
        w.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
        pending.push(w);
        if (pending.length >= 8)
            await pending.shift();
        count++;
    }
    await Promise.all(pending);
    return { firsts, count };
}
async function runSample(v, pos, io) {
    if (pos.length)
        throw new errors/* InputError */.d(`sample: unexpected argument "${pos[0]}" (see fid-gate sample --help)`);
    const folder = v.output;
    const [{ readSamplerOptions, readSamplingBase }, { configureSharp }, { openSampler }, { writeGrid }, { isImageName },] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(490)]).then(__webpack_require__.bind(__webpack_require__, 20490)),
        __webpack_require__.e(/* import() */ 766).then(__webpack_require__.bind(__webpack_require__, 32766)),
        Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(767)]).then(__webpack_require__.bind(__webpack_require__, 33767)),
        __webpack_require__.e(/* import() */ 164).then(__webpack_require__.bind(__webpack_require__, 53164)),
        __webpack_require__.e(/* import() */ 172).then(__webpack_require__.bind(__webpack_require__, 72172)),
    ]);
    const src = flags(v);
    const base = readSamplingBase(src);
    const log = (m) => io.err(m);
    let opts = readSamplerOptions(src, { ...base, log, progress: v.quiet ? false : log });
    // --shard i/n: the block of sample indices [first, first + n_i) of the single run (src/parts.ts)
    let first = 0, shardNote = '';
    if (v.shard !== undefined) {
        const [{ parseShard, shardText }, { shardSampler }] = await Promise.all([
            __webpack_require__.e(/* import() */ 862).then(__webpack_require__.bind(__webpack_require__, 85862)),
            Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(895), __webpack_require__.e(115), __webpack_require__.e(354), __webpack_require__.e(421), __webpack_require__.e(840), __webpack_require__.e(633), __webpack_require__.e(695)]).then(__webpack_require__.bind(__webpack_require__, 63633)),
        ]);
        const shard = parseShard(String(v.shard), '--shard');
        const s = shardSampler(opts, shard);
        if (!s.opts.n)
            throw new errors/* InputError */.d(`--shard ${shardText(shard)}: holds no sample of -n ${opts.n} (more shards than samples)`, 'shard');
        opts = s.opts;
        first = s.start;
        shardNote = ` (shard ${shardText(shard)}: samples ${s.start}..${s.end - 1})`;
    }
    if (!folder)
        throw new errors/* InputError */.d('sample: -o FOLDER is required');
    if (opts.command)
        opts.command.out = folder;
    const grid = v.grid ?? defaultGridPath(folder);
    configureSharp();
    await prepareFolder(folder, Boolean(v.overwrite), isImageName);
    if (grid !== 'none')
        checkOutputFile(grid, '--grid');
    const sampler = await openSampler(opts);
    const t0 = performance.now();
    const { firsts, count } = await drawSamples(opts, sampler, folder, log, first);
    const seconds = (performance.now() - t0) / 1000;
    await writeOutput('-o', external_node_path_default().join(folder, 'sampling.json'), JSON.stringify({ ...sampler.settings, ...(first || shardNote ? { first } : {}), device: sampler.device, seconds }, null, 2) + '\n');
    let gridNote = '';
    if (grid !== 'none' && firsts.length) {
        const g = await writeOutputVia('--grid', grid, (tmp) => writeGrid(tmp, firsts));
        gridNote = `; grid of ${g.count} in ${grid}`;
    }
    const kind = opts.kind, d = opts.diffusion;
    io.out(`${folder}: ${count} samples${shardNote} (${kind}${d ? `, ${d.sampler} ${d.steps} steps` : ''}) in ${seconds.toFixed(1)}s, ${(count / Math.max(seconds, 1e-9)).toFixed(1)} img/s${sampler.device ? ` on ${sampler.device}` : ''}${gridNote}`);
    return 0;
}
const sampleCommand = {
    summary: 'sample N images from an ONNX GAN generator, an ONNX diffusion denoiser or your own sampler command',
    usage: sample_usage,
    options: parseArgsOptions({ ...samplingCommonSpecs, ...samplerSpecs, ...outputSpecs, ...shardSpecs }),
    run: runSample,
};

;// CONCATENATED MODULE: ./src/cli/stats.ts
// fid-gate stats FOLDER -o OUT.npz: features of an image folder → pytorch-fid-compatible statistics.




const stats_specs = {
    output: { type: 'string', short: 'o', arg: 'FILE', help: 'the .npz to write (required)' },
    features: {
        type: 'boolean',
        help: 'also store features, logits and file names (needed for KID, IS, precision/recall)',
    },
    ...shardSpecs,
    ...extractorSpecs,
};
const statsCommand = {
    summary: 'extract features of an image folder and write pytorch-fid-compatible statistics (.npz)',
    usage: `fid-gate stats FOLDER -o OUT.npz [--features] [options]

Writes mu and sigma (float64, the layout of pytorch-fid's --save-stats) and the protocol (extractor, weights
SHA-256, resize, image count, fid-gate version). With --features also the features (float32 N×D, sorted file
order: Inception's pool3, D = 2048, or an --encoder's output), Inception's 1008 logits (N×1008) and the file list
(paths relative to FOLDER).

With --shard i/n it extracts only shard i of n and writes a partial statistics file (count, float64 mean and
co-moment; with --features also each row's position in the whole folder's sorted list): fid-gate merge combines
the n parts into the statistics file of the whole folder.

${helpText(stats_specs)}`,
    options: parseArgsOptions(stats_specs),
    async run(v, pos, io) {
        if (pos.length !== 1)
            throw new errors/* InputError */.d('stats: expected exactly one FOLDER (see fid-gate stats --help)');
        const output = v.output;
        if (!output)
            throw new errors/* InputError */.d('stats: -o OUT.npz is required');
        const folder = pos[0];
        const [{ readExtractorOptions }, { listFolderDetailed, omittedNote, skippedNote }, { isFolder, loadFolderStats }, { writeStatsNpz },] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(981), __webpack_require__.e(115), __webpack_require__.e(354), __webpack_require__.e(453)]).then(__webpack_require__.bind(__webpack_require__, 53814)),
            Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(115), __webpack_require__.e(354), __webpack_require__.e(840), __webpack_require__.e(64)]).then(__webpack_require__.bind(__webpack_require__, 21840)),
            Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(895), __webpack_require__.e(978), __webpack_require__.e(49), __webpack_require__.e(115), __webpack_require__.e(354), __webpack_require__.e(421), __webpack_require__.e(840), __webpack_require__.e(383), __webpack_require__.e(598)]).then(__webpack_require__.bind(__webpack_require__, 47598)),
            Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(895), __webpack_require__.e(421)]).then(__webpack_require__.bind(__webpack_require__, 45421)),
        ]);
        const o = readExtractorOptions(flags(v));
        if (!isFolder(folder))
            throw new errors/* InputError */.d(`${folder}: not a folder`, folder);
        checkOutputFile(output, '-o');
        const log = (m) => io.err(m);
        if (v.shard !== undefined)
            return statsShard(v, folder, output, o, io);
        const { files, omitted } = await listFolderDetailed(folder, o.recursive);
        const ex = await loadStatsExtractor(o, io);
        const { stats, features, logits, extraction: res, } = await loadFolderStats(ex, folder, {
            files,
            batchSize: o.batchSize,
            maxPixels: o.maxPixels,
            onBadImage: o.onBadImage,
            warn: log,
            progress: v.quiet ? false : log,
        }, (count) => new errors/* InputError */.d(`${folder}: ${count} image(s); statistics need at least 2`, folder));
        await writeOutputVia('-o', output, (tmp) => writeStatsNpz(tmp, {
            ...stats,
            ...(v.features ? { features, ...(logits ? { logits } : {}), files: res.relativeFiles } : {}),
            protocol: { ...ex.protocol },
            warning: ex.bytes.warning,
        }));
        io.out(`${output}: ${res.count} images, ${res.imagesPerSecond.toFixed(1)} img/s on ${ex.model.device}${ex.model.adapter ? ` (${ex.model.adapter})` : ''}` +
            (res.sizes.size > 1 ? ` (${res.sizes.size} image sizes)` : ''));
        // entries the listing left out, and on-bad-image skip: say how many were left out, and which (the .npz `files`
        // list holds only the kept ones)
        for (const note of [omittedNote(folder, omitted), skippedNote(folder, res.skipped)])
            if (note)
                io.out(note);
        return 0;
    },
};
/** The extractor the options name; its warning (synthetic weights) on stdout, its log lines on stderr. */
async function loadStatsExtractor(o, io) {
    const { extractorLoadOptions, loadExtractor } = await Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(115), __webpack_require__.e(354), __webpack_require__.e(840), __webpack_require__.e(64)]).then(__webpack_require__.bind(__webpack_require__, 21840));
    const ex = await loadExtractor(extractorLoadOptions(o, (m) => io.err(m)));
    if (ex.bytes.warning)
        io.out(ex.bytes.warning);
    return ex;
}
/** stats --shard i/n: the shard's part file (src/parts.ts). */
async function statsShard(v, folder, output, o, io) {
    const [{ parseShard, shardText }, { folderPart }, { writePartNpz }] = await Promise.all([
        __webpack_require__.e(/* import() */ 862).then(__webpack_require__.bind(__webpack_require__, 85862)),
        Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(766), __webpack_require__.e(981), __webpack_require__.e(166), __webpack_require__.e(895), __webpack_require__.e(115), __webpack_require__.e(354), __webpack_require__.e(421), __webpack_require__.e(840), __webpack_require__.e(633), __webpack_require__.e(695)]).then(__webpack_require__.bind(__webpack_require__, 63633)),
        Promise.all(/* import() */[__webpack_require__.e(393), __webpack_require__.e(895), __webpack_require__.e(421), __webpack_require__.e(430)]).then(__webpack_require__.bind(__webpack_require__, 8430)),
    ]);
    const shard = parseShard(String(v.shard), '--shard');
    const log = (m) => io.err(m);
    const ex = await loadStatsExtractor(o, io);
    const r = await folderPart(ex, folder, shard, {
        features: Boolean(v.features),
        recursive: o.recursive,
        batchSize: o.batchSize,
        maxPixels: o.maxPixels,
        onBadImage: o.onBadImage,
        warn: log,
        progress: v.quiet ? false : log,
    });
    await writeOutputVia('-o', output, (tmp) => writePartNpz(tmp, r.part));
    const s = r.part.shard;
    io.out(`${output}: shard ${shardText(shard)}, ${r.part.count} of ${s.total} images (positions ${s.start}..${s.end - 1})` +
        (r.part.count ? `, ${r.imagesPerSecond.toFixed(1)} img/s on ${ex.model.device}` : ''));
    for (const note of [r.omittedNote, r.skippedNote])
        if (note)
            io.out(note);
    return 0;
}

;// CONCATENATED MODULE: ./src/cli.ts
// The fid-gate command line. Exit codes: 0 = ok, 1 = a gate failed, 2 = usage or input error, 3 = internal error.
// Each command lives in src/cli/ and loads its heavy modules (onnxruntime, sharp, the @actions packages) inside its
// run, so `fid-gate --help`, `--version` and every `COMMAND --help` start without them.








const defaultIO = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };
const commands = {
    sample: sampleCommand,
    elbo: elboCommand,
    compare: compareCommand,
    stats: statsCommand,
    merge: mergeCommand,
};
function mainHelp() {
    const lines = Object.entries(commands).map(([k, c]) => `  ${k.padEnd(10)} ${c.summary}`);
    return `fid-gate ${version/* VERSION */.x}: FID and friends for generative image models, with pytorch-fid's numbers

Usage: fid-gate COMMAND [options]   (fid-gate COMMAND --help for details)

Commands:
${lines.join('\n')}

Exit codes: 0 ok, 1 a gate failed, 2 usage or input error, 3 internal error.`;
}
async function runCli(argv, io = defaultIO) {
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        io.out(mainHelp());
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-v') {
        io.out(version/* VERSION */.x);
        return 0;
    }
    const cmd = commands[name];
    if (!cmd) {
        io.err(`fid-gate: unknown command "${name}"\n\n${mainHelp()}`);
        return 2;
    }
    try {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({ args: rest, options: cmd.options, allowPositionals: true, strict: true });
        }
        catch (err) {
            throw new errors/* InputError */.d(`${name}: ${err.message}`);
        }
        if (parsed.values.help) {
            io.out(`Usage: ${cmd.usage}`);
            return 0;
        }
        return await cmd.run(parsed.values, parsed.positionals, io);
    }
    catch (err) {
        if (err instanceof errors/* InputError */.d || err.name === 'InputError') {
            io.err(`fid-gate ${name}: ${err.message}`);
            return 2;
        }
        io.err(`fid-gate ${name}: internal error: ${err.stack ?? err}`);
        return 3;
    }
}


/***/ })

};
