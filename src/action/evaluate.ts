// mode: evaluate (the default): compute the metrics, compare with the thresholds and the baseline, write the metrics
// JSON and upload it with the generated set's statistics. Converted weights and reference statistics are kept in the
// Actions cache; the preview grids go to artifacts of their own.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import { listFolder, type LoadedExtractor } from '../pipeline.js';
import { isFolder, runCompare } from '../compare.js';
import { writeStatsNpz } from '../metrics/stats-file.js';
import { evaluateGate } from '../gate/rules.js';
import { METRICS_FILE_NAME } from '../report/metrics-json.js';
import { valueText } from '../report/markdown.js';
import { cacheAvailable, hashFiles, referenceStatsKey, restoreCache, saveCache } from '../github/cache.js';
import { uploadFiles } from '../github/artifacts.js';
import type { RgbImage } from '../images/decode.js';
import { writeGrid } from '../images/grid.js';
import { VERSION } from '../version.js';
import type { ActionInputs } from './inputs.js';
import { runInfo } from './context.js';
import { workDir } from './request.js';
import { baselineStep, describeBaseline, recordedResults, type ModeOptions, type ModeOutcome } from './mode.js';
import { protocolKey } from '../core/protocol.js';
import { KNOWN_METRICS } from '../metrics/registry.js';
import type { MetricsReport } from '../core/report-types.js';
import { withMergedParts } from './shard.js';
import { loadNetwork, networkCacheDir } from './network.js';

type Compared = Awaited<ReturnType<typeof runCompare>>;

/** Fails fast, before any weights download, on an input path that is not there. */
function checkInputPaths(inp: ActionInputs): void {
  const sides = [
    ['real', inp.real],
    ...(inp.sampler ? [] : [['generated', inp.generated]]),
    ...(inp.elboImages ? [['elbo-images', inp.elboImages]] : []),
    ...(inp.training ? [['training', inp.training]] : []),
  ] as const;
  if (inp.sampler && typeof inp.sampler.generator === 'string' && !existsSync(inp.sampler.generator)) {
    throw new InputError(`input generator: ${inp.sampler.generator}: no such file`, 'generator');
  }
  for (const [name, p] of sides) {
    if (!existsSync(p)) throw new InputError(`input ${name}: ${p}: no such folder or file`, name);
  }
}

interface ReferenceCache {
  key: string;
  file: string;
  hit: boolean;
}

/** The reference statistics from the cache, keyed by the folder's content and the protocol; undefined without a cache
 * or a folder. */
async function restoreReferenceStats(
  o: ModeOptions,
  ex: LoadedExtractor,
  useCache: boolean,
): Promise<ReferenceCache | undefined> {
  const { inputs: inp, core } = o;
  if (!useCache || !isFolder(inp.real)) return undefined;
  return core.group('Restore the cached reference statistics', async () => {
    const files = await listFolder(inp.real);
    const hash = await hashFiles(inp.real, files);
    const key = referenceStatsKey(hash, protocolKey(ex.protocol), VERSION);
    const file = path.resolve(o.tempRoot, 'fid-gate-cache', `ref-${hash.slice(0, 24)}.npz`);
    const hit = !!(await restoreCache([file], key, core)) && existsSync(file);
    return { key, file, hit };
  });
}

interface Previews {
  gridPath: string;
  pairsPath: string;
  gridCount: number;
}

/** runCompare with the Action's inputs: folders or a sampler, the optional ELBO and memorization sides. */
async function computeMetrics(
  o: ModeOptions,
  ex: LoadedExtractor,
  realInput: string,
  cacheDir: string,
  previews: Previews,
): Promise<Compared> {
  const { inputs: inp, core } = o;
  const progress = (l: string) => core.info(l);
  const s = inp.sampler;
  return core.group('Compute the metrics', () =>
    runCompare({
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
            sampler: { ...s, device: inp.device, cacheDir, log: (m: string) => core.info(m), progress },
            onSamples: async (first: RgbImage[]) => {
              previews.gridCount = (await writeGrid(previews.gridPath, first)).count;
            },
          }
        : {}),
      ...(s?.diffusion && inp.elboImages
        ? {
            elbo: {
              denoiser: s.generator!,
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
    }),
  );
}

/** The preview grids (first samples; closest generated/training pairs): artifacts of their own, named in the report. */
async function uploadPreviews(o: ModeOptions, report: MetricsReport, previews: Previews, dir: string): Promise<void> {
  const { inputs: inp, ctx, core } = o;
  if (previews.gridCount) {
    // linked from the comment when the artifact's URL is known
    const up = await uploadFiles(`${inp.artifactName}-samples`, [previews.gridPath], dir, { log: core });
    const url =
      up.uploaded && up.id && ctx.owner && ctx.repo && ctx.runId
        ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}/artifacts/${up.id}`
        : undefined;
    const n = previews.gridCount;
    report.notes.push(
      url
        ? `sample grid (first ${n} samples): ${url} (artifact ${inp.artifactName}-samples)`
        : up.uploaded
          ? `sample grid (first ${n} samples): artifact ${inp.artifactName}-samples`
          : `sample grid (first ${n} samples) written to ${previews.gridPath}`,
    );
  }
  if (report.metrics.memorization?.details?.pairsGrid) {
    const up = await uploadFiles(`${inp.artifactName}-pairs`, [previews.pairsPath], dir, { log: core });
    report.notes.push(
      up.uploaded
        ? `closest generated/training pairs: artifact ${inp.artifactName}-pairs`
        : `closest generated/training pairs written to ${previews.pairsPath}`,
    );
  }
}

/** A restored reference is named as the folder it stands for; a computed one is saved for the next run. */
async function keepReferenceStats(
  o: ModeOptions,
  compared: Compared,
  ex: LoadedExtractor,
  refCache: ReferenceCache | undefined,
): Promise<void> {
  const { report, real } = compared;
  if (refCache?.hit) {
    report.real = { ...report.real, source: o.inputs.real, kind: 'folder' };
    report.notes.push(
      `reference statistics of ${o.inputs.real} restored from the Actions cache (same images, same protocol)`,
    );
  } else if (refCache) {
    await mkdir(path.dirname(refCache.file), { recursive: true });
    await writeStatsNpz(refCache.file, { ...real, protocol: { ...ex.protocol }, warning: ex.bytes.warning });
    await saveCache([refCache.file], refCache.key, o.core);
  }
}

function logMetrics(o: ModeOptions, report: MetricsReport): void {
  for (const m of KNOWN_METRICS) {
    const r = report.metrics[m];
    if (r) o.core.info(`${m} = ${valueText(m, r).replace(/\u00a0/g, ' ')}${r.ci ? ' (95% bootstrap interval)' : ''}`);
  }
}

/** The metrics JSON (the next run's baseline) and the generated set's statistics, as artifacts. */
async function uploadResults(
  o: ModeOptions,
  compared: Compared,
  ex: LoadedExtractor,
  reportPath: string,
  dir: string,
): Promise<void> {
  const { inputs: inp, core } = o;
  const generated = compared.generated;
  await core.group('Upload the results', async () => {
    await uploadFiles(inp.artifactName, [reportPath], dir, { log: core });
    const statsPath = path.join(dir, 'generated-stats.npz');
    // mu, sigma, count and protocol (pytorch-fid's layout); the per-image features stay out (400 MB at 50k images)
    await writeStatsNpz(statsPath, {
      mu: generated.mu,
      sigma: generated.sigma,
      dim: generated.dim,
      count: generated.count,
      protocol: generated.summary.protocol ?? { ...ex.protocol },
      warning: ex.bytes.warning,
    });
    await uploadFiles(`${inp.artifactName}-stats`, [statsPath], dir, { log: core });
  });
}

/** mode: evaluate. Throws on bad input (InputError) and on extraction failures; everything GitHub-side is non-fatal. */
export async function evaluate(o: ModeOptions): Promise<ModeOutcome> {
  // input generated-parts: the parts of a sharded run, merged, are the generated side (shard.ts)
  o = await withMergedParts(o);
  const { inputs: inp, ctx } = o;
  checkInputPaths(inp);
  const dir = workDir(o.tempRoot, inp.commentKey);
  await mkdir(dir, { recursive: true });
  const cacheDir = networkCacheDir(inp);
  const useCache = await cacheAvailable();
  const ex = await loadNetwork(o, cacheDir, useCache);
  const refCache = await restoreReferenceStats(o, ex, useCache);
  const previews: Previews = {
    gridPath: path.join(dir, 'samples-grid.png'),
    pairsPath: path.join(dir, 'memorization-pairs.png'),
    gridCount: 0,
  };
  const compared = await computeMetrics(o, ex, refCache?.hit ? refCache.file : inp.real, cacheDir, previews);
  const report = compared.report;
  await uploadPreviews(o, report, previews, dir);
  await keepReferenceStats(o, compared, ex, refCache);
  logMetrics(o, report);

  const baseline = await baselineStep(o, report, { runId: ctx.runId, branch: ctx.baseRef, dir });
  const gate = evaluateGate(report, baseline.report, inp.rules);
  report.run = runInfo(ctx);
  report.gate = {
    passed: gate.passed,
    results: recordedResults(gate),
    ...(baseline.report ? { baseline: describeBaseline(baseline.view) } : {}),
  };
  const reportPath = path.join(dir, METRICS_FILE_NAME);
  await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');
  await uploadResults(o, compared, ex, reportPath, dir);
  return { report, gate, baseline, reportPath, pullRequest: ctx.pullRequest };
}
