// The fid-gate command line. Exit codes: 0 = ok, 1 = a gate failed, 2 = usage or input error, 3 = internal error.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { InputError } from './util/errors.js';
import { parseDevice } from './features/session.js';
import { extractFolder, listFolder, loadExtractor, skippedNote } from './pipeline.js';
import { StatsAccumulator } from './metrics/stats.js';
import { writeStatsNpz } from './metrics/stats-file.js';
import { VERSION } from './version.js';
import { parseMetrics, runCompare } from './compare.js';
import { elboCommand, sampleCommand, samplerOptions } from './sampling/cli.js';
import { samplerOptionsFromValues } from './sampler-options.js';
import { writeGrid } from './sampling/grid.js';
import { RESIZE_MODES, type ResizeMode } from './features/inception.js';
import { parseEncoderArgs, type EncoderSpec } from './features/encoder.js';
import { formatMetricsTable } from './report/table.js';
import { writeFile } from 'node:fs/promises';
import type { OnBadImage } from './features/extract.js';
import { readFile } from 'node:fs/promises';
import { checkRulesComputable, evaluateGate, parseMaxRegression, parseThresholds, type GateRules } from './gate/rules.js';
import { MAX_BOOTSTRAP_REPLICATES } from './metrics/bootstrap.js';
import { resolveBaseline } from './github/baseline.js';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIO: CliIO = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };

interface Command {
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (values: Record<string, string | boolean | undefined>, positionals: string[], io: CliIO) => Promise<number>;
}

const extractorOptions = {
  weights: { type: 'string' },
  resize: { type: 'string' },
  encoder: { type: 'string' },
  'encoder-preset': { type: 'string' },
  'encoder-output': { type: 'string' },
  'encoder-size': { type: 'string' },
  'encoder-mean': { type: 'string' },
  'encoder-std': { type: 'string' },
  'encoder-layout': { type: 'string' },
  'encoder-range': { type: 'string' },
  device: { type: 'string' },
  'batch-size': { type: 'string' },
  'cache-dir': { type: 'string' },
  threads: { type: 'string' },
  recursive: { type: 'boolean' },
  'max-pixels': { type: 'string' },
  'on-bad-image': { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const extractorHelp = `  --weights W        synthetic | PATH.pth | PATH.onnx (default: pytorch-fid's published weights, downloaded once)
  --resize MODE      legacy-pytorch (default: pytorch-fid's bilinear resize in the network) | clean (clean-fid's
                     PIL bicubic float resize to 299x299 and (x-128)/128); part of the protocol
  --encoder E        inception (default) | PATH.onnx: another feature extractor (e.g. DINOv2, CLIP) whose output is
                     [N, D]; FID, KID and precision/recall are then computed in its feature space (no IS)
  --encoder-preset P dinov2 (224x224 bicubic, ImageNet mean/std) | clip (shorter side 224 bicubic, center crop,
                     CLIP mean/std) | custom (with the options below); required with --encoder PATH.onnx
  --encoder-output N the model output holding the features (default: its first output)
  --encoder-size S   custom: HxW (resize to exactly HxW) or S (shorter side to S, center crop SxS)
  --encoder-mean M   custom: a,b,c (default 0,0,0)      --encoder-std S   custom: a,b,c (default 1,1,1)
  --encoder-layout L custom: nchw (default) | nhwc     --encoder-range R custom: 0-1 (default, pixel/255) | 0-255
  --device D         auto | cpu | cuda (default auto: CUDA when an NVIDIA GPU is usable, else CPU)
  --batch-size N     images per batch (default 50)
  --cache-dir DIR    where downloaded and converted weights live (default: $FID_GATE_CACHE, the runner's
                     tool cache inside GitHub Actions, else ~/.cache/fid-gate)
  --threads N        CPU threads for inference (default: all cores)
  --recursive        also read images in subfolders
  --max-pixels N     refuse images with more than N pixels (decompression-bomb guard; default 178956970, twice
                     Pillow's MAX_IMAGE_PIXELS; 0 = no limit)
  --on-bad-image M   fail (default): an image that cannot be decoded stops the run | skip: leave it out with a
                     warning naming it; the report says how many were skipped and which
  --quiet            no progress lines`;

/** --resize and --encoder* → the extractor settings (checked; the file itself is opened when the model loads). */
function extractorChoice(v: Record<string, string | boolean | undefined>): { resize: ResizeMode; encoder?: EncoderSpec } {
  const raw = ((v.resize as string | undefined) ?? 'legacy-pytorch').trim().toLowerCase();
  if (!(RESIZE_MODES as readonly string[]).includes(raw)) throw new InputError(`--resize: expected legacy-pytorch or clean, got "${v.resize}"`, 'resize');
  const encoder = parseEncoderArgs({
    encoder: v.encoder as string | undefined, preset: v['encoder-preset'] as string | undefined, output: v['encoder-output'] as string | undefined,
    size: v['encoder-size'] as string | undefined, mean: v['encoder-mean'] as string | undefined, std: v['encoder-std'] as string | undefined,
    layout: v['encoder-layout'] as string | undefined, range: v['encoder-range'] as string | undefined,
  });
  if (encoder && raw !== 'legacy-pytorch') throw new InputError(`--resize ${raw} is for the Inception network; an ONNX encoder's resize comes from --encoder-preset`, 'resize');
  if (encoder && v.weights !== undefined) throw new InputError(`--weights is for the Inception network; with --encoder ${encoder.path} leave it out`, 'weights');
  return { resize: raw as ResizeMode, encoder };
}

/** --max-pixels: a non-negative integer (0 = no limit); undefined = decode.ts's default. */
function maxPixels(v: string | boolean | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isSafeInteger(n) || n < 0) throw new InputError(`--max-pixels: expected a non-negative integer (0 = no limit), got "${v}"`, 'max-pixels');
  return n;
}

/** --on-bad-image: fail (default) | skip. */
function onBadImage(v: string | boolean | undefined): OnBadImage {
  const raw = v === undefined ? 'fail' : String(v).trim().toLowerCase();
  if (raw !== 'fail' && raw !== 'skip') throw new InputError(`--on-bad-image: expected fail or skip, got "${v}"`, 'on-bad-image');
  return raw;
}

/** --thresholds FILE|RULES and --max-regression RULES (an existing file is read; otherwise the text is the rules). */
async function gateRules(v: Record<string, string | boolean | undefined>): Promise<GateRules> {
  let thresholds = v.thresholds as string | undefined, what = '--thresholds';
  if (thresholds !== undefined && existsSync(thresholds) && statSync(thresholds).isFile()) {
    what = `--thresholds ${thresholds}`;
    thresholds = await readFile(thresholds, 'utf8');
  }
  const rules: GateRules = { thresholds: parseThresholds(thresholds, what), regressions: parseMaxRegression(v['max-regression'] as string | undefined, '--max-regression') };
  if (rules.regressions.length && v.baseline === undefined) throw new InputError('--max-regression needs --baseline METRICS.json (the run to compare with)', 'max-regression');
  return rules;
}

function nonNegativeInt(v: string | boolean | undefined, name: string): number {
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isSafeInteger(n) || n < 0) throw new InputError(`${name}: expected a non-negative integer, got "${v}"`, name);
  return n;
}

function positiveInt(v: string | boolean | undefined, name: string, def: number): number {
  if (v === undefined) return def;
  const n = Number(v);
  if (typeof v !== 'string' || !Number.isInteger(n) || n < 1) throw new InputError(`${name}: expected a positive integer, got "${v}"`, name);
  return n;
}

const commands: Record<string, Command> = {
  sample: sampleCommand,
  elbo: elboCommand,
  compare: {
    summary: 'FID, KID, IS and precision/recall/density/coverage between two folders or statistics files',
    usage: `fid-gate compare REAL GENERATED [--metrics fid,kid,is,prdc] [--json FILE] [options]
       fid-gate compare REAL --generator MODEL.onnx --kind gan|diffusion|command -n N [--seed S] [sampler options]

REAL and GENERATED are each an image folder or an .npz written by \`fid-gate stats\` (pytorch-fid's and
clean-fid's mu/sigma files work for FID; KID, IS and precision/recall need per-image features: pass the folder or
a stats file written with --features). Two inputs whose recorded protocols differ (extractor, weights, resize) are
refused. Prints a table; --json writes every number with its settings.

  --metrics LIST     comma-separated: fid, kid, is, prdc, fdinf (default: fid,kid,is,prdc; without is for an ONNX
                     encoder); fdinf = FD∞ (Chong & Forsyth 2020), FID extrapolated to infinite N
  --json FILE        write the metrics report (JSON) to FILE
  --seed N           seed of the analysis: KID subsets and the bootstrap (default 2020)
  --bootstrap B      bootstrap replicates for the 95% intervals of FID, KID, P/R/D/C (default 200; 0 = none)
  --training DIR     training images (folder or stats .npz with --features): adds the memorization metric (share
                     of generated images that look copied from a training image) and flags reference images that
                     are near-duplicates of training images; the closest pairs go to --pairs-grid
  --pairs-grid FILE  with --training: a PNG of the closest generated/training pairs

The gate (the same as the Action's; exit code 1 when a rule fails):
  --thresholds T     FILE or rules: "fid <= 25, precision >= 0.6" (one per line or comma-separated)
  --baseline FILE    a metrics JSON (--json of an earlier run, or the Action's artifact) to compare with
  --max-regression R "fid: +5%, recall: -0.02": how far each metric may worsen against --baseline; a worsening past
                     the limit fails only when the bootstrap interval of the difference excludes zero (else it
                     is reported as within noise)
  --kid MODE         full | subsets | auto (default auto: full up to 5,000 × 5,000, else 100 subsets of 1,000)
${extractorHelp}

Sampling the generated side from the model (GENERATED left out; no disk round trip, see docs/sampling.md):
  --generator FILE   the ONNX generator or denoiser; --kind gan | diffusion | command; -n N samples
  --seed S           the sampling seed (default 0; KID subsets then keep their default seed 2020)
  --grid FILE        also write a preview grid of the first 64 samples as a PNG
  --elbo-images DIR  diffusion: also elbo-bpd (the ELBO in bits/dim) over these held-out real images
  --elbo-draws K     step draws per image for elbo-bpd (default 16)
  (the sampler options of fid-gate sample: --z-dist, --output-range, --latent, --class, --num-classes,
   --schedule, --train-steps, --sampler, --steps, --eta, --guidance, --prediction, --variance, --no-clip,
   --size, --channels, --command, --timeout)`,
    options: {
      ...extractorOptions, metrics: { type: 'string' }, json: { type: 'string' }, seed: { type: 'string' }, kid: { type: 'string' },
      bootstrap: { type: 'string' }, training: { type: 'string' }, 'pairs-grid': { type: 'string' },
      thresholds: { type: 'string' }, baseline: { type: 'string' }, 'max-regression': { type: 'string' },
      ...samplerOptions, grid: { type: 'string' }, 'elbo-images': { type: 'string' }, 'elbo-draws': { type: 'string' },
    },
    async run(v, pos, io) {
      const sampling = v.generator !== undefined || v.kind !== undefined;
      if (sampling && pos.length !== 1) throw new InputError('compare --generator: expected REAL only (the generated side is sampled; see fid-gate compare --help)');
      if (!sampling && pos.length !== 2) throw new InputError('compare: expected REAL and GENERATED, or REAL with --generator MODEL.onnx (see fid-gate compare --help)');
      const kid = (v.kid as string | undefined) ?? 'auto';
      if (!['full', 'subsets', 'auto'].includes(kid)) throw new InputError(`--kid: expected full, subsets or auto, got "${kid}"`);
      const seed = v.seed === undefined ? undefined : Number(v.seed);
      if (seed !== undefined && (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 32 - 1)) throw new InputError(`--seed: expected an integer in [0, 2^32), got "${v.seed}"`);
      const log = (m: string) => io.err(m);
      const choice = extractorChoice(v);
      // unset: every metric that applies (IS exists only for the Inception network: not for another encoder's features)
      const metrics = v.metrics === undefined ? undefined : parseMetrics(v.metrics as string | undefined);
      const sampler = sampling
        // --batch-size is the feature extraction's: the sampler keeps its default batch
        ? samplerOptionsFromValues({ ...v, 'batch-size': undefined }, (k) => (k === 'num-samples' ? '-n' : `--${k}`), {
          seed, device: parseDevice(v.device as string | undefined), threads: v.threads === undefined ? undefined : positiveInt(v.threads, '--threads', 1),
          cacheDir: v['cache-dir'] as string | undefined, log, progress: v.quiet ? false : log,
        })
        : undefined;
      if (v['elbo-images'] !== undefined && !sampler?.diffusion) throw new InputError('--elbo-images needs a diffusion denoiser: --generator MODEL.onnx --kind diffusion');
      const elbo = v['elbo-images'] !== undefined && sampler?.diffusion
        ? {
          denoiser: sampler.generator!, images: v['elbo-images'] as string, draws: positiveInt(v['elbo-draws'], '--elbo-draws', 16),
          schedule: sampler.diffusion.schedule, trainSteps: sampler.diffusion.trainSteps, prediction: sampler.diffusion.prediction,
          variance: sampler.diffusion.variance, clip: sampler.diffusion.clip, numClasses: sampler.diffusion.numClasses,
          size: sampler.diffusion.size, channels: sampler.diffusion.channels, seed: sampler.seed,
        }
        : undefined;
      const grid = v.grid as string | undefined;
      const rules = await gateRules(v);
      // a rule on a metric this run will not compute is refused before any work
      checkRulesComputable(rules, [...(metrics ?? ['fid', 'kid', 'is', 'prdc']), ...(v.training !== undefined ? ['memorization'] : []), ...(elbo ? ['elbo'] : [])], '--metrics');
      const bootstrap = v.bootstrap === undefined ? undefined : nonNegativeInt(v.bootstrap, '--bootstrap');
      if (v['pairs-grid'] !== undefined && v.training === undefined) throw new InputError('--pairs-grid needs --training DIR (the pairs are generated/training images)', 'pairs-grid');
      if (bootstrap === 1) throw new InputError('--bootstrap: 1 replicate gives no interval; use 0 (none) or at least 2 (default 200)', 'bootstrap');
      if (bootstrap !== undefined && bootstrap > MAX_BOOTSTRAP_REPLICATES) throw new InputError(`--bootstrap: at most ${MAX_BOOTSTRAP_REPLICATES} replicates (their values are kept in the metrics JSON), got ${bootstrap}`, 'bootstrap');
      const { report } = await runCompare({
        real: pos[0], generated: sampling ? undefined : pos[1], sampler, elbo,
        onSamples: grid ? async (first) => { await writeGrid(grid, first); log(`grid of ${Math.min(first.length, 64)} samples in ${grid}`); } : undefined,
        metrics,
        weights: v.weights as string | undefined,
        ...choice,
        cacheDir: v['cache-dir'] as string | undefined,
        device: parseDevice(v.device as string | undefined),
        batchSize: positiveInt(v['batch-size'], '--batch-size', 50),
        threads: v.threads === undefined ? undefined : positiveInt(v.threads, '--threads', 1),
        recursive: Boolean(v.recursive),
        maxPixels: maxPixels(v['max-pixels']),
        onBadImage: onBadImage(v['on-bad-image']),
        seed: sampling ? undefined : seed, kidMode: kid as 'full' | 'subsets' | 'auto',
        bootstrap,
        training: v.training as string | undefined, pairsGrid: v['pairs-grid'] as string | undefined,
        log, progress: v.quiet ? false : log,
      });
      io.out(formatMetricsTable(report));
      let exit = 0;
      if (rules.thresholds.length || rules.regressions.length || v.baseline !== undefined) {
        const b = await resolveBaseline(v.baseline === undefined ? 'none' : String(v.baseline), report, { tempDir: '.', artifactName: '' });
        const gate = evaluateGate(report, b.report, rules);
        report.gate = { passed: gate.passed, results: gate.results.map(({ rule: _r, allowed: _a, ...r }) => r), ...(b.report ? { baseline: `file ${v.baseline}` } : {}) };
        io.out('');
        for (const w of b.warnings) io.out(`warning: ${w}`);
        for (const n of [...b.notes, ...gate.skipped]) io.out(`note: ${n}`);
        for (const r of gate.results) io.out(`${r.passed ? 'pass' : 'FAIL'}: ${r.message}`);
        io.out(gate.passed ? `gate passed (${gate.results.length} rule${gate.results.length === 1 ? '' : 's'})` : `gate FAILED: ${gate.results.filter((r) => !r.passed).length} of ${gate.results.length} rules`);
        if (!gate.passed) exit = 1;
      }
      if (v.json) {
        try { await writeFile(v.json as string, JSON.stringify(report, null, 2) + '\n'); } catch (err) {
          throw new InputError(`--json ${v.json}: cannot write (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
        }
      }
      return exit;
    },
  },
  stats: {
    summary: 'extract features of an image folder and write pytorch-fid-compatible statistics (.npz)',
    usage: `fid-gate stats FOLDER -o OUT.npz [--features] [options]

Writes mu and sigma (float64, the layout of pytorch-fid's --save-stats) and the protocol (extractor, weights
SHA-256, resize, image count, fid-gate version). With --features also the features (float32 N×D, sorted file
order: Inception's pool3, D = 2048, or an --encoder's output), Inception's 1008 logits (N×1008) and the file list
(paths relative to FOLDER).

  -o, --output FILE  the .npz to write (required)
  --features         also store features, logits and file names (needed for KID, IS, precision/recall)
${extractorHelp}`,
    options: { ...extractorOptions, output: { type: 'string', short: 'o' }, features: { type: 'boolean' } },
    async run(v, pos, io) {
      if (pos.length !== 1) throw new InputError('stats: expected exactly one FOLDER (see fid-gate stats --help)');
      const output = v.output as string | undefined;
      if (!output) throw new InputError('stats: -o OUT.npz is required');
      const folder = pos[0];
      const batchSize = positiveInt(v['batch-size'], '--batch-size', 50);
      const threads = v.threads === undefined ? undefined : positiveInt(v.threads, '--threads', 1);
      const device = parseDevice(v.device as string | undefined);
      const choice = extractorChoice(v);
      const maxPx = maxPixels(v['max-pixels']);
      const badImage = onBadImage(v['on-bad-image']);
      if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new InputError(`${folder}: not a folder`, folder);
      const log = (m: string) => io.err(m);
      const files = await listFolder(folder, Boolean(v.recursive));
      const ex = await loadExtractor({
        weights: v.weights as string | undefined,
        ...choice,
        cacheDir: v['cache-dir'] as string | undefined,
        device,
        threads,
        log,
      });
      if (ex.bytes.warning) io.out(ex.bytes.warning);
      const acc = new StatsAccumulator(ex.dim);
      const res = await extractFolder(ex, folder, {
        files,
        batchSize,
        maxPixels: maxPx,
        onBadImage: badImage,
        warn: log,
        progress: v.quiet ? false : log,
      });
      const features = res.features[ex.featureOutput];
      const logits = ex.logitsOutput ? res.features[ex.logitsOutput] : undefined;
      await acc.add(features, res.count);
      if (res.count < 2) throw new InputError(`${folder}: ${res.count} image(s); statistics need at least 2`, folder);
      const stats = await acc.finalize();
      await writeStatsNpz(output, {
        ...stats,
        ...(v.features ? { features, ...(logits ? { logits } : {}), files: res.relativeFiles } : {}),
        protocol: { ...ex.protocol },
        warning: ex.bytes.warning,
      });
      io.out(`${output}: ${res.count} images, ${res.imagesPerSecond.toFixed(1)} img/s on ${ex.model.device}` +
        (res.sizes.size > 1 ? ` (${res.sizes.size} image sizes)` : ''));
      // on-bad-image skip: say how many were left out, and which (the .npz `files` list holds only the kept ones)
      const note = skippedNote(folder, res.skipped);
      if (note) io.out(note);
      return 0;
    },
  },
};

function mainHelp(): string {
  const lines = Object.entries(commands).map(([k, c]) => `  ${k.padEnd(10)} ${c.summary}`);
  return `fid-gate ${VERSION}: FID and friends for generative image models, with pytorch-fid's numbers

Usage: fid-gate COMMAND [options]   (fid-gate COMMAND --help for details)

Commands:
${lines.join('\n')}

Exit codes: 0 ok, 1 a gate failed, 2 usage or input error, 3 internal error.`;
}

export async function runCli(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') { io.out(mainHelp()); return name ? 0 : 2; }
  if (name === '--version' || name === '-v') { io.out(VERSION); return 0; }
  const cmd = commands[name];
  if (!cmd) { io.err(`fid-gate: unknown command "${name}"\n\n${mainHelp()}`); return 2; }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: cmd.options, allowPositionals: true, strict: true });
    } catch (err) {
      throw new InputError(`${name}: ${(err as Error).message}`);
    }
    if (parsed.values.help) { io.out(`Usage: ${cmd.usage}`); return 0; }
    return await cmd.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals, io);
  } catch (err) {
    if (err instanceof InputError || (err as Error).name === 'InputError') { io.err(`fid-gate ${name}: ${(err as Error).message}`); return 2; }
    io.err(`fid-gate ${name}: internal error: ${(err as Error).stack ?? err}`);
    return 3;
  }
}
