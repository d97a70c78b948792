// fid-gate compare REAL GENERATED | REAL --generator MODEL.onnx: the metrics, the report, the gate.
import { existsSync, statSync } from 'node:fs';
import { readUserFile } from '../util/user-file.js';
import { InputError } from '../util/errors.js';
import { DEFAULT_ANALYSIS_SEED, ELBO_DEFAULTS, SAMPLER_DEFAULTS } from '../core/defaults.js';
import {
  compareSpecs,
  extractorSpecs,
  gateSpecs,
  helpText,
  parseArgsOptions,
  samplerSpecs,
  type OptionSpecs,
} from '../options/specs.js';
import { choice, int } from '../options/numbers.js';
import { pathValue, type OptionSource } from '../options/source.js';
import { tempNameFor } from '../util/atomic-write.js';
import {
  flags,
  outputOption,
  withTempOutput,
  writeJsonAndExit,
  writeOutputVia,
  type CliIO,
  type Command,
  type Values,
} from './command.js';
import type { CompareOptions } from '../compare.js';
import type { GateRules } from '../gate/rules.js';
import type { MetricsReport } from '../core/report-types.js';
import { plural } from '../core/format.js';

const samplingSpecs: OptionSpecs = {
  grid: { type: 'string', arg: 'FILE', help: 'also write a preview grid of the first 64 samples as a PNG' },
  'elbo-images': {
    type: 'string',
    arg: 'DIR',
    help: 'diffusion: also elbo-bpd (the ELBO in bits/dim) over these held-out real images',
  },
  'elbo-draws': {
    type: 'string',
    arg: 'K',
    help: `step draws per image for elbo-bpd (default ${ELBO_DEFAULTS.draws})`,
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
  --seed S           the sampling seed (default ${SAMPLER_DEFAULTS.seed}; KID subsets then keep their default seed ${DEFAULT_ANALYSIS_SEED})
${helpText(samplingSpecs)}
  (the sampler options of fid-gate sample: --z-dist, --output-range, --latent, --class, --num-classes,
   --schedule, --train-steps, --sampler, --steps, --eta, --guidance, --prediction, --variance, --no-clip,
   --size, --channels, --command, --timeout)`;

/** --thresholds FILE|RULES (an existing file is read; otherwise the text is the rules) and --max-regression. */
async function gateRules(src: OptionSource, v: Values): Promise<GateRules> {
  const { readGateRules } = await import('../options/checks.js');
  const t = v.thresholds as string | undefined;
  const file = t !== undefined && existsSync(t) && statSync(t).isFile();
  // a rules file is a few lines: read at most 1 MiB of it
  return readGateRules(src, {
    thresholds: file ? (await readUserFile(t, 1 << 20, `--thresholds ${t}`)).toString('utf8') : undefined,
    thresholdsWhat: file ? `--thresholds ${t}` : undefined,
    baselineGiven: v.baseline !== undefined,
  });
}

/** Every option of the command, checked against each other before any work. */
async function readCompare(v: Values, pos: string[], io: CliIO) {
  const sampling = v.generator !== undefined || v.kind !== undefined;
  if (sampling && pos.length !== 1)
    throw new InputError(
      'compare --generator: expected REAL only (the generated side is sampled; see fid-gate compare --help)',
    );
  if (!sampling && pos.length !== 2)
    throw new InputError(
      'compare: expected REAL and GENERATED, or REAL with --generator MODEL.onnx (see fid-gate compare --help)',
    );
  const [{ readExtractorOptions }, checks, { readSamplerOptions, readSeed }] = await Promise.all([
    import('../options/extractor.js'),
    import('../options/checks.js'),
    import('../options/sampler.js'),
  ]);
  const src = flags(v);
  const kidMode = choice(src, 'kid', ['full', 'subsets', 'auto'] as const, 'auto');
  const seed = v.seed === undefined ? undefined : readSeed(src);
  const log = (m: string) => io.err(m);
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
  const training = pathValue(src, 'training');
  checks.checkCompanions(src, { training: training !== undefined, diffusion: !!sampler?.diffusion });
  const d = sampler?.diffusion;
  const elbo =
    v['elbo-images'] !== undefined && d
      ? {
          denoiser: sampler.generator!,
          images: pathValue(src, 'elbo-images')!,
          draws: int(src, 'elbo-draws', ELBO_DEFAULTS.draws),
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
async function gate(report: MetricsReport, rules: GateRules, baseline: string | undefined, io: CliIO): Promise<number> {
  if (!rules.thresholds.length && !rules.regressions.length && baseline === undefined) return 0;
  const [{ resolveBaseline }, { evaluateGate }] = await Promise.all([
    import('../github/baseline.js'),
    import('../gate/rules.js'),
  ]);
  const b = await resolveBaseline(baseline ?? 'none', report, { tempDir: '.', artifactName: '' });
  const g = evaluateGate(report, b.report, rules);
  report.gate = {
    passed: g.passed,
    results: g.results.map(({ rule: _r, allowed: _a, ...r }) => r),
    ...(b.report ? { baseline: `file ${baseline}` } : {}),
  };
  io.out('');
  for (const w of b.warnings) io.out(`warning: ${w}`);
  for (const n of [...b.notes, ...g.skipped]) io.out(`note: ${n}`);
  for (const r of g.results) io.out(`${r.passed ? 'pass' : 'FAIL'}: ${r.message}`);
  io.out(
    g.passed
      ? `gate passed (${plural(g.results.length, 'rule')})`
      : `gate FAILED: ${g.results.filter((r) => !r.passed).length} of ${plural(g.results.length, 'rule')}`,
  );
  return g.passed ? 0 : 1;
}

export const compareCommand: Command = {
  summary: 'FID, KID, IS and precision/recall/density/coverage between two folders or statistics files',
  usage,
  options: parseArgsOptions({ ...extractorSpecs, ...compareSpecs, ...gateSpecs, ...samplerSpecs, ...samplingSpecs }),
  async run(v, pos, io) {
    const p = await readCompare(v, pos, io);
    const [{ runCompare }, { writeGrid }, { formatMetricsTable }] = await Promise.all([
      import('../compare.js'),
      import('../images/grid.js'),
      import('../report/table.js'),
    ]);
    const { grid, pairsGrid } = p.outputs;
    // the pairs grid is written by runCompare: to a temp name, moved into place once the run is through
    const pairsTmp = pairsGrid ? tempNameFor(pairsGrid) : undefined;
    const o: CompareOptions = {
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
    const details = report.metrics.memorization?.details as { pairsGrid?: string } | undefined;
    if (details?.pairsGrid !== undefined && details.pairsGrid === pairsTmp) details.pairsGrid = pairsGrid;
    io.out(formatMetricsTable(report));
    const exit = await gate(report, p.rules, v.baseline as string | undefined, io);
    return writeJsonAndExit('--json', p.outputs.json, report, exit, io);
  },
};
