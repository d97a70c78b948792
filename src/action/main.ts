// The Action's entry: read the inputs, call plain functions, write the outputs. Two modes:
//   evaluate (default)  compute the metrics, compare with the thresholds and the baseline, upload the metrics
//                       artifact, write the job summary and the sticky PR comment, fail the step on a crossed rule;
//   comment             read a metrics JSON (input metrics-file, or the artifact of the run a workflow_run event names)
//                       and only evaluate, summarize and comment: the second half of the two-workflow pattern for PRs
//                       from forks, which never runs PR code with a write token.
// A crossed rule fails the step with each rule's message (exit code 1); an extraction or infrastructure error fails it
// with "fid-gate error: …" (exit code 2 for bad input, 3 otherwise), or only warns with fail-on-error: false. Output
// `passed` is 'true' / 'false' for a verdict and '' after an error, so workflows can tell them apart.
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { InputError } from '../util/errors.js';
import { loadExtractor, listFolder } from '../pipeline.js';
import { protocolKey, runCompare } from '../compare.js';
import { writeStatsNpz } from '../metrics/stats-file.js';
import { defaultCacheDir } from '../weights/cache.js';
import { INCEPTION_BUILDER_VERSION } from '../features/inception.js';
import { PYTORCH_FID_WEIGHTS_SHA256_PREFIX } from '../weights/pytorch-fid-weights.js';
import { evaluateGate, KNOWN_METRICS, type GateResult } from '../gate/rules.js';
import { renderMarkdown, markerFor, type BaselineView } from '../report/markdown.js';
import { createOctokit, describeApiError, upsertStickyComment, writeJobSummary, type Octokit } from '../report/github.js';
import { downloadMetricsArtifact, readMetricsFile, resolveBaseline, METRICS_FILE_NAME, type BaselineOutcome } from '../report/baseline.js';
import { hashFiles, referenceStatsKey, restoreCache, saveCache, sha256File, uploadFiles, weightsCacheKey, cacheAvailable } from '../report/artifacts.js';
import type { MetricsReport } from '../report/types.js';
import type { RgbImage } from '../images/decode.js';
import { writeGrid } from '../sampling/grid.js';
import { readCommentSettings, readFailOnError, readInputs, type ActionInputs } from './inputs.js';
import { readRunContext, runInfo, type RunContext } from './context.js';
import { VERSION } from '../version.js';
import { collectHistory } from '../report/history.js';
import { historyMarkdown, historySvgFiles } from '../report/history-chart.js';

interface Outcome {
  report: MetricsReport;
  gate: GateResult;
  baseline: BaselineOutcome;
  reportPath: string;
}

/** Where the report and temporary files go: $RUNNER_TEMP/fid-gate-KEY (or ./fid-gate-KEY outside a runner). */
function workDir(key: string): string {
  return path.resolve(process.env.RUNNER_TEMP || process.cwd(), `fid-gate-${key}`);
}

function isFolder(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

/** What the weights are, for the cache key; undefined when there is nothing worth caching. */
async function weightsIdentity(weights: string | undefined, resize: ActionInputs['resize'], encoder: boolean): Promise<string | undefined> {
  if (encoder) return undefined; // an ONNX encoder is used from its file as is
  // the clean variant is converted to its own file: its own key, so that each mode's cache holds its conversion
  const variant = resize === 'clean' ? ':clean' : '';
  if (!weights) return `pytorch-fid:${PYTORCH_FID_WEIGHTS_SHA256_PREFIX}${variant}`;
  if (weights === 'synthetic' || weights.toLowerCase().endsWith('.onnx') || !existsSync(weights)) return undefined;
  return `file:${await sha256File(weights)}${variant}`;
}

function setMetricOutputs(report: MetricsReport | undefined): void {
  for (const m of KNOWN_METRICS) {
    const v = report?.metrics[m]?.value;
    core.setOutput(m, v === undefined ? '' : String(v));
  }
}

async function evaluate(inp: ActionInputs, ctx: RunContext, octokit: () => Promise<Octokit>): Promise<Outcome> {
  // fail fast, before any weights download
  const sides = [['real', inp.real], ...(inp.sampler ? [] : [['generated', inp.generated]]), ...(inp.elboImages ? [['elbo-images', inp.elboImages]] : []),
    ...(inp.training ? [['training', inp.training]] : [])] as const;
  if (inp.sampler && typeof inp.sampler.generator === 'string' && !existsSync(inp.sampler.generator)) {
    throw new InputError(`input generator: ${inp.sampler.generator}: no such file`, 'generator');
  }
  for (const [name, p] of sides) {
    if (!existsSync(p)) throw new InputError(`input ${name}: ${p}: no such folder or file`, name);
  }
  const dir = workDir(inp.commentKey);
  await mkdir(dir, { recursive: true });
  const cacheDir = inp.cache ? path.resolve(inp.cache) : defaultCacheDir();
  const useCache = await cacheAvailable();

  // converted weights: restored before loading, saved right after (a later failure does not lose them)
  let weightsKey: string | undefined;
  let weightsHit = false;
  const weightsPaths = [path.join(cacheDir, 'weights'), path.join(cacheDir, 'onnx')];
  if (useCache) {
    const id = await weightsIdentity(inp.weights, inp.resize, !!inp.encoder);
    if (id) {
      weightsKey = weightsCacheKey(id, INCEPTION_BUILDER_VERSION);
      weightsHit = !!(await core.group('Restore the cached weights', () => restoreCache(weightsPaths, weightsKey!)));
    }
  }
  const ex = await core.group(inp.encoder ? 'Load the encoder' : 'Load the Inception network', () => loadExtractor({
    // the synthetic-weights warning is logged once, as a warning annotation, below
    weights: inp.weights, resize: inp.resize, encoder: inp.encoder, cacheDir, device: inp.device, log: (m) => { if (!m.startsWith('WARNING')) core.info(m); },
  }));
  if (ex.bytes.warning) core.warning(ex.bytes.warning);
  if (weightsKey && !weightsHit) await saveCache(weightsPaths, weightsKey);

  // reference statistics, keyed by the folder's content and the protocol
  let realInput = inp.real;
  let refCache: { key: string; file: string; hit: boolean } | undefined;
  if (useCache && isFolder(inp.real)) {
    refCache = await core.group('Restore the cached reference statistics', async () => {
      const files = await listFolder(inp.real);
      const hash = await hashFiles(inp.real, files);
      const key = referenceStatsKey(hash, protocolKey(ex.protocol), VERSION);
      const file = path.resolve(process.env.RUNNER_TEMP || process.cwd(), 'fid-gate-cache', `ref-${hash.slice(0, 24)}.npz`);
      const hit = !!(await restoreCache([file], key)) && existsSync(file);
      return { key, file, hit };
    });
    if (refCache.hit) realInput = refCache.file;
  }

  const progress = (l: string) => core.info(l);
  const s = inp.sampler;
  const gridPath = path.join(dir, 'samples-grid.png');
  const pairsPath = path.join(dir, 'memorization-pairs.png');
  let gridCount = 0;
  const { report, real, generated } = await core.group('Compute the metrics', () => runCompare({
    real: realInput, generated: s ? undefined : inp.generated, metrics: inp.metrics, extractor: ex, batchSize: inp.batchSize,
    onBadImage: inp.onBadImage, // skip: undecodable images are left out, with a warning each and a note in the report
    maxPixels: inp.maxPixels, bootstrap: inp.bootstrap,
    ...(inp.training ? { training: inp.training, pairsGrid: pairsPath } : {}),
    warn: (m) => core.warning(m),
    progress, log: (m) => core.info(m),
    ...(s ? {
      sampler: { ...s, device: inp.device, cacheDir, log: (m: string) => core.info(m), progress },
      onSamples: async (first: RgbImage[]) => { gridCount = (await writeGrid(gridPath, first)).count; },
    } : {}),
    ...(s?.diffusion && inp.elboImages ? {
      elbo: {
        denoiser: s.generator!, images: inp.elboImages, schedule: s.diffusion.schedule, trainSteps: s.diffusion.trainSteps,
        prediction: s.diffusion.prediction, variance: s.diffusion.variance, clip: s.diffusion.clip, numClasses: s.diffusion.numClasses,
        size: s.diffusion.size, channels: s.diffusion.channels, seed: s.seed,
      },
      device: inp.device, cacheDir,
    } : {}),
  }));
  if (gridCount) {
    // the preview grid of the first samples: an artifact of its own, linked from the comment when its URL is known
    const up = await uploadFiles(`${inp.artifactName}-samples`, [gridPath], dir);
    const url = up.uploaded && up.id && ctx.owner && ctx.repo && ctx.runId ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/actions/runs/${ctx.runId}/artifacts/${up.id}` : undefined;
    report.notes.push(url
      ? `sample grid (first ${gridCount} samples): ${url} (artifact ${inp.artifactName}-samples)`
      : up.uploaded ? `sample grid (first ${gridCount} samples): artifact ${inp.artifactName}-samples` : `sample grid (first ${gridCount} samples) written to ${gridPath}`);
  }
  if (report.metrics.memorization?.details?.pairsGrid) {
    // the closest generated/training pairs: an artifact of its own, named in the report
    const up = await uploadFiles(`${inp.artifactName}-pairs`, [pairsPath], dir);
    report.notes.push(up.uploaded ? `closest generated/training pairs: artifact ${inp.artifactName}-pairs` : `closest generated/training pairs written to ${pairsPath}`);
  }
  if (refCache?.hit) {
    report.real = { ...report.real, source: inp.real, kind: 'folder' };
    report.notes.push(`reference statistics of ${inp.real} restored from the Actions cache (same images, same protocol)`);
  } else if (refCache) {
    await mkdir(path.dirname(refCache.file), { recursive: true });
    await writeStatsNpz(refCache.file, { ...real, protocol: { ...ex.protocol }, warning: ex.bytes.warning });
    await saveCache([refCache.file], refCache.key);
  }
  for (const m of KNOWN_METRICS) {
    const r = report.metrics[m];
    if (r) core.info(`${m} = ${r.value}${r.ci ? ` ± ${r.ci.halfWidth} (95% bootstrap interval)` : r.std !== undefined ? ` ± ${r.std} (std)` : ''}`);
  }

  const baseline = await core.group('Baseline', async () => {
    const b = await resolveBaseline(inp.baseline, report, {
      token: inp.token, owner: ctx.owner, repo: ctx.repo, runId: ctx.runId, branch: ctx.baseRef,
      artifactName: inp.artifactName, tempDir: dir, octokit, log: (m) => core.info(m),
    });
    for (const n of b.notes) core.info(n);
    for (const w of b.warnings) core.warning(w);
    return b;
  });

  const gate = evaluateGate(report, baseline.report, inp.rules);
  report.run = runInfo(ctx);
  report.gate = { passed: gate.passed, results: gate.results.map(({ rule: _r, allowed: _a, ...r }) => r), ...(baseline.report ? { baseline: describeBaseline(baseline.view) } : {}) };
  const reportPath = path.join(dir, METRICS_FILE_NAME);
  await writeFile(reportPath, JSON.stringify(report, null, 2) + '\n');

  await core.group('Upload the results', async () => {
    await uploadFiles(inp.artifactName, [reportPath], dir);
    const statsPath = path.join(dir, 'generated-stats.npz');
    // mu, sigma, count and protocol (pytorch-fid's layout); the per-image features stay out (400 MB at 50k images)
    await writeStatsNpz(statsPath, { mu: generated.mu, sigma: generated.sigma, dim: generated.dim, count: generated.count, protocol: generated.summary.protocol ?? { ...ex.protocol }, warning: ex.bytes.warning });
    await uploadFiles(`${inp.artifactName}-stats`, [statsPath], dir);
  });
  return { report, gate, baseline, reportPath };
}

function describeBaseline(v: BaselineView): string {
  return v.source === 'file' ? `file ${v.path}` : v.source === 'auto' ? `run ${v.runId} on ${v.branch}` : 'none';
}

/** mode: comment: the report of another run, re-evaluated here with this workflow's rules. */
async function commentOnly(inp: ActionInputs, ctx: RunContext, octokit: () => Promise<Octokit>): Promise<Outcome & { pullRequest?: number }> {
  const dir = workDir(inp.commentKey);
  await mkdir(dir, { recursive: true });
  const wr = ctx.workflowRun;
  let file = inp.metricsFile;
  if (!file) {
    if (!wr) throw new InputError('mode: comment needs input metrics-file, or a workflow_run event whose run uploaded the metrics artifact', 'metrics-file');
    if (!inp.token || !ctx.owner || !ctx.repo) throw new InputError('mode: comment: reading the artifact of the triggering run needs github-token and GITHUB_REPOSITORY');
    const got = await core.group(`Download ${inp.artifactName} of run ${wr.id}`, () => downloadMetricsArtifact({
      token: inp.token, owner: ctx.owner!, repo: ctx.repo!, runId: wr.id, artifactName: inp.artifactName, tempDir: dir,
    }));
    if ('missing' in got) throw new Error(`mode: comment: ${got.missing} (did the evaluate step upload it?)`);
    file = got.file;
  }
  const report = await readMetricsFile(file);

  // the PR: this event's, the workflow_run's, or the one the report names, checked against the run's head commit
  let pullRequest = ctx.pullRequest ?? wr?.pullRequests[0]?.number;
  let baseRef = wr?.pullRequests[0]?.baseRef ?? (ctx.pullRequest ? ctx.baseRef : undefined);
  if (!pullRequest && report.run?.pullRequest && ctx.owner && ctx.repo) {
    const n = report.run.pullRequest;
    if (!wr?.headSha) {
      core.warning(`fid-gate: the metrics name PR #${n}, but without a workflow_run head commit to check it against no comment is posted`);
    } else {
      try {
        const pr = await (await octokit()).rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: n });
        if (pr.data.head.sha === wr.headSha) { pullRequest = n; baseRef = pr.data.base.ref; }
        else core.warning(`fid-gate: the metrics name PR #${n}, whose head is not the commit of run ${wr.id}; no comment`);
      } catch (err) {
        core.warning(`fid-gate: could not check PR #${n} (${describeApiError(err)}); no comment`);
      }
    }
  }
  const baseline = await core.group('Baseline', async () => {
    const b = await resolveBaseline(inp.baseline, report, {
      token: inp.token, owner: ctx.owner, repo: ctx.repo, runId: wr?.id ?? ctx.runId, branch: baseRef ?? ctx.baseRef,
      artifactName: inp.artifactName, tempDir: dir, octokit, log: (m) => core.info(m),
    });
    for (const n of b.notes) core.info(n);
    for (const w of b.warnings) core.warning(w);
    return b;
  });
  const gate = evaluateGate(report, baseline.report, inp.rules);
  const reportPath = path.join(dir, METRICS_FILE_NAME);
  await writeFile(reportPath, JSON.stringify({ ...report, gate: { passed: gate.passed, results: gate.results.map(({ rule: _r, allowed: _a, ...r }) => r) } }, null, 2) + '\n');
  return { report, gate, baseline, reportPath, pullRequest };
}

/**
 * The job summary's history block: each metric over the last successful runs on the base branch (their metrics
 * artifacts), as a sparkline table and mermaid charts; the SVG charts go to an artifact. Job summary only (the PR
 * comment stays short). Never throws: a failure to read the history is a log line.
 */
async function withHistory(markdown: string, report: MetricsReport, inp: ActionInputs, ctx: RunContext, octokit: () => Promise<Octokit>): Promise<string> {
  const runId = ctx.workflowRun?.id ?? ctx.runId;
  const branch = ctx.workflowRun?.pullRequests[0]?.baseRef ?? ctx.baseRef;
  if (!inp.token || !ctx.owner || !ctx.repo || !runId || !branch) return markdown;
  try {
    const dir = workDir(inp.commentKey);
    const history = await core.group('History', () => collectHistory({
      token: inp.token, owner: ctx.owner!, repo: ctx.repo!, runId, branch,
      artifactName: inp.artifactName, tempDir: dir, octokit, log: (m) => core.info(m),
    }));
    for (const n of history.notes) core.info(n);
    const block = historyMarkdown(history.points, report, KNOWN_METRICS, { branch });
    const svgs = history.points.length ? historySvgFiles(history.points, report) : [];
    if (svgs.length) {
      const files = await Promise.all(svgs.map(async (f) => { const p = path.join(dir, f.name); await writeFile(p, f.svg); return p; }));
      await uploadFiles(`${inp.artifactName}-history`, files, dir);
    }
    return block ? `${markdown}\n${block}` : markdown;
  } catch (err) {
    core.info(`history: not shown (${(err as Error).message})`);
    return markdown;
  }
}

/** Posts or updates the sticky comment when the policy and the event allow; returns its URL. Never throws. */
async function comment(
  policy: ActionInputs['comment'], key: string, body: string, failed: boolean, pullRequest: number | undefined,
  ctx: RunContext, token: string, octokit: () => Promise<Octokit>, strict: boolean,
): Promise<string> {
  if (policy === 'never') return '';
  if (!pullRequest) {
    core.info('no pull request for this event: no PR comment (the job summary has the report)');
    return '';
  }
  if (!token || !ctx.owner || !ctx.repo) {
    core.warning('fid-gate: no github-token or GITHUB_REPOSITORY: no PR comment');
    return '';
  }
  return core.group('PR comment', async () => {
    try {
      const target = { owner: ctx.owner!, repo: ctx.repo!, issueNumber: pullRequest, marker: markerFor(key) };
      const r = await upsertStickyComment(await octokit(), target, body, { create: policy === 'always' || failed });
      if (r.action === 'skipped') {
        if (r.reason) core.warning(r.reason);
        else core.info('comment: none yet and this run passed (comment: on-failure): nothing posted');
        return '';
      }
      core.info(`comment ${r.action}: ${r.url}`);
      return r.url ?? '';
    } catch (err) {
      const msg = `could not post the PR comment: ${describeApiError(err)}`;
      if (strict) throw new Error(msg);
      core.warning(`fid-gate: ${msg}`);
      return '';
    }
  });
}

export async function runAction(): Promise<void> {
  const failOnError = readFailOnError();
  const settings = readCommentSettings();
  const ctx = readRunContext();
  const rawToken = core.getInput('github-token').trim();
  if (rawToken) core.setSecret(rawToken);
  let cached: Octokit | undefined;
  const octokit = async () => (cached ??= await createOctokit(rawToken));
  let inputs: ActionInputs | undefined;
  try {
    inputs = readInputs();
    const inp = inputs;
    const out = inp.mode === 'comment' ? await commentOnly(inp, ctx, octokit) : await evaluate(inp, ctx, octokit);
    const pullRequest = 'pullRequest' in out ? (out as { pullRequest?: number }).pullRequest : ctx.pullRequest;

    setMetricOutputs(out.report);
    core.setOutput('passed', String(out.gate.passed));
    core.setOutput('report', out.reportPath);
    core.setOutput('error', '');

    const markdown = renderMarkdown({
      report: out.report, gate: out.gate, key: inp.commentKey, runUrl: ctx.runUrl, version: VERSION,
      baseline: { ...out.baseline.view, report: out.baseline.report },
      warnings: out.baseline.warnings, notes: out.baseline.notes,
    });
    await writeJobSummary(await withHistory(markdown, out.report, inp, ctx, octokit));
    const url = await comment(inp.comment, inp.commentKey, markdown, !out.gate.passed, pullRequest, ctx, inp.token, octokit, inp.mode === 'comment');
    core.setOutput('comment-url', url);

    for (const s of out.gate.skipped) core.info(s);
    for (const r of out.gate.results) core.info(`${r.passed ? 'pass' : 'FAIL'}: ${r.message}`);
    if (!out.gate.passed) {
      const failed = out.gate.results.filter((r) => !r.passed);
      core.setFailed(`fid-gate: ${failed.length} rule${failed.length > 1 ? 's' : ''} crossed:\n${failed.map((r) => `- ${r.message}`).join('\n')}`);
    } else {
      core.info(out.gate.results.length ? `fid-gate: all ${out.gate.results.length} rules passed` : 'fid-gate: no rules given (thresholds, max-regression): reporting only');
    }
  } catch (err) {
    const isInput = err instanceof InputError || (err as Error)?.name === 'InputError';
    const msg = isInput ? (err as Error).message : `${(err as Error)?.message ?? err}`;
    if (!isInput) core.debug(`fid-gate: ${(err as Error)?.stack ?? err}`);
    setMetricOutputs(undefined);
    core.setOutput('passed', '');
    core.setOutput('report', '');
    core.setOutput('error', msg);
    const key = inputs?.commentKey ?? settings.commentKey;
    const policy = inputs?.comment ?? settings.comment;
    const markdown = renderMarkdown({ error: msg, key, runUrl: ctx.runUrl, version: VERSION });
    await writeJobSummary(markdown);
    const url = await comment(policy, key, markdown, true, ctx.pullRequest, ctx, rawToken, octokit, false);
    core.setOutput('comment-url', url);
    if (failOnError) {
      core.setFailed(`fid-gate error: ${msg}`);
      process.exitCode = isInput ? 2 : 3;
    } else {
      core.warning(`fid-gate error (fail-on-error: false, the step passes): ${msg}`);
    }
  }
}
