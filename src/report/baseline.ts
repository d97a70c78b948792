// The baseline a run is compared with: `none`, a metrics JSON file, or `auto` = the metrics artifact of the latest
// successful run of the same workflow on the base branch. A baseline comes from another run (or from a file anyone
// could have written), so it is validated field by field before use, and compared only when its protocol matches.
// Nothing here is fatal for `auto`: a missing baseline is a note, a broken or foreign one a warning.
import { lstat, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { readZipEntries, readZipEntry } from '../util/zip.js';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import { fingerprintDifferences } from './fingerprint.js';
import { KNOWN_METRICS, METRIC_BETTER } from '../gate/rules.js';
import type { InputSummary, MetricInterval, MetricName, MetricResult, MetricsReport, ReportProtocol, RunInfo } from './types.js';
import type { BaselineView } from './markdown.js';
import { describeApiError, httpStatus, type Octokit } from './github.js';
import { listSuccessfulRuns } from './history.js';

export const METRICS_SCHEMA = 'fid-gate/metrics@1';
/** A metrics JSON is a few kB; anything much larger is not one. */
export const MAX_METRICS_BYTES = 1024 * 1024;
/** The metrics artifact holds one small JSON file. */
export const MAX_METRICS_ARTIFACT_BYTES = 5 * 1024 * 1024;
/** The file name inside the metrics artifact. */
export const METRICS_FILE_NAME = 'metrics.json';

const MAX_STRING = 10_000;

class Invalid extends Error {}

function fail(where: string, what: string): never {
  throw new Invalid(`${where}: ${what}`);
}

function isObj(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function vStr(v: unknown, where: string, optional = false): string {
  if (v === undefined && optional) return '';
  if (typeof v !== 'string') fail(where, `expected a string, found ${v === null ? 'null' : typeof v}`);
  if (v.length > MAX_STRING) fail(where, `string longer than ${MAX_STRING} characters`);
  return v;
}

function vNum(v: unknown, where: string): number {
  // JSON has no NaN/Infinity; a string "NaN" or null is refused here too
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(where, `expected a finite number, found ${JSON.stringify(v)?.slice(0, 40) ?? typeof v}`);
  return v;
}

function vCount(v: unknown, where: string): number {
  const n = vNum(v, where);
  if (!Number.isSafeInteger(n) || n < 0) fail(where, `expected a non-negative integer, found ${n}`);
  return n;
}

function vSummary(v: unknown, where: string): InputSummary {
  if (!isObj(v)) fail(where, 'expected an object');
  const kind = v.kind;
  if (kind !== 'folder' && kind !== 'stats' && kind !== 'samples') fail(`${where}.kind`, `expected "folder", "stats" or "samples", found ${JSON.stringify(kind)?.slice(0, 40)}`);
  return { source: vStr(v.source, `${where}.source`), kind, count: vCount(v.count, `${where}.count`) };
}

/** At most this many bootstrap replicates are read back from a metrics file (the default is 200). */
export const MAX_REPLICATES = 10_000;
/** Sampler settings from another run: small, flat-ish JSON. */
const MAX_SETTINGS_CHARS = 20_000;

function vInterval(v: unknown, where: string): MetricInterval {
  if (!isObj(v)) fail(where, 'expected an object');
  const halfWidth = vNum(v.halfWidth, `${where}.halfWidth`), se = vNum(v.se, `${where}.se`), scale = vNum(v.scale, `${where}.scale`);
  if (halfWidth < 0 || se < 0 || !(scale > 0 && scale <= 1)) fail(where, 'halfWidth and se must be ≥ 0, scale in (0, 1]');
  if (v.level !== 0.95) fail(`${where}.level`, `expected 0.95, found ${JSON.stringify(v.level)?.slice(0, 20)}`);
  const out: MetricInterval = { halfWidth, level: 0.95, se, scale };
  if (v.replicates !== undefined) {
    if (!Array.isArray(v.replicates) || v.replicates.length > MAX_REPLICATES) fail(`${where}.replicates`, `expected an array of at most ${MAX_REPLICATES} numbers`);
    out.replicates = v.replicates.map((x, i) => vNum(x, `${where}.replicates[${i}]`));
  }
  return out;
}

/** Sampler settings: a JSON object, size-bounded, kept as data (only ever compared and printed escaped). */
function vSettings(v: unknown, where: string): Record<string, unknown> | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) fail(where, 'expected an object');
  if (JSON.stringify(v).length > MAX_SETTINGS_CHARS) fail(where, `larger than ${MAX_SETTINGS_CHARS} characters`);
  return JSON.parse(JSON.stringify(v)) as Record<string, unknown>;
}

function vBootstrap(v: unknown, where: string): ReportProtocol['bootstrap'] {
  if (v === undefined) return undefined;
  if (!isObj(v) || !isObj(v.draws)) fail(where, 'expected { replicates, draws: { real, generated } }');
  const draws = (x: unknown, w: string) => {
    if (!isObj(x)) fail(w, 'expected { real, generated }');
    return { real: vCount(x.real, `${w}.real`), generated: vCount(x.generated, `${w}.generated`) };
  };
  return { replicates: vCount(v.replicates, `${where}.replicates`), draws: draws(v.draws, `${where}.draws`), ...(v.fidDraws !== undefined ? { fidDraws: draws(v.fidDraws, `${where}.fidDraws`) } : {}) };
}

function vRun(v: unknown, where: string): RunInfo | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) fail(where, 'expected an object');
  const out: RunInfo = {};
  for (const k of ['repository', 'eventName', 'headSha', 'baseRef', 'ref'] as const) if (v[k] !== undefined) out[k] = vStr(v[k], `${where}.${k}`);
  for (const k of ['runId', 'pullRequest'] as const) {
    if (v[k] === undefined) continue;
    const n = vCount(v[k], `${where}.${k}`);
    if (n < 1) fail(`${where}.${k}`, 'expected a positive integer');
    out[k] = n;
  }
  return out;
}

/**
 * Checks a parsed metrics JSON (schema 'fid-gate/metrics@1') and returns a fresh copy holding only validated fields:
 * the schema; strings, numbers and counts of the protocol and of both inputs; every known metric's finite value (and
 * std), with the direction every fid-gate report gives it; the notes; the duration. Unknown metrics are dropped; a
 * `gate` from another run is dropped (it is re-evaluated). Throws InputError naming the source and the field.
 */
export function validateMetricsReport(data: unknown, source: string): MetricsReport {
  try {
    if (!isObj(data)) fail('metrics JSON', 'expected an object');
    if (data.schema !== METRICS_SCHEMA) fail('schema', `expected "${METRICS_SCHEMA}", found ${JSON.stringify(data.schema)?.slice(0, 60) ?? 'none'}`);
    const p = data.protocol;
    if (!isObj(p)) fail('protocol', 'expected an object');
    const protocol: MetricsReport['protocol'] = {
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
    if (sampling) protocol.sampling = sampling;
    if (p.seed !== undefined) protocol.seed = vCount(p.seed, 'protocol.seed');
    if (p.realDigest !== undefined) {
      protocol.realDigest = vStr(p.realDigest, 'protocol.realDigest');
      if (!/^[0-9a-f]{64}$/.test(protocol.realDigest)) fail('protocol.realDigest', 'expected a SHA-256 in hex');
    }
    const bootstrap = vBootstrap(p.bootstrap, 'protocol.bootstrap');
    if (bootstrap) protocol.bootstrap = bootstrap;
    if (!isObj(data.metrics)) fail('metrics', 'expected an object');
    const metrics: Partial<Record<MetricName, MetricResult>> = {};
    for (const name of KNOWN_METRICS) {
      const m = data.metrics[name];
      if (m === undefined) continue;
      if (!isObj(m)) fail(`metrics.${name}`, 'expected an object');
      const value = vNum(m.value, `metrics.${name}.value`);
      if (m.better !== METRIC_BETTER[name]) fail(`metrics.${name}.better`, `expected "${METRIC_BETTER[name]}", found ${JSON.stringify(m.better)?.slice(0, 40)}`);
      const r: MetricResult = { value, better: METRIC_BETTER[name] };
      if (m.std !== undefined) r.std = vNum(m.std, `metrics.${name}.std`);
      if (m.ci !== undefined) r.ci = vInterval(m.ci, `metrics.${name}.ci`);
      metrics[name] = r;
    }
    const notes = data.notes === undefined ? [] : data.notes;
    if (!Array.isArray(notes) || notes.length > 200) fail('notes', 'expected an array of at most 200 strings');
    const report: MetricsReport = {
      schema: METRICS_SCHEMA,
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
    if (run) report.run = run;
    return report;
  } catch (err) {
    if (err instanceof Invalid) throw new InputError(`${source}: not a valid fid-gate metrics file (${err.message})`, source);
    throw err;
  }
}

/** Reads and validates a metrics JSON file (size-limited). */
export async function readMetricsFile(file: string, maxBytes = MAX_METRICS_BYTES): Promise<MetricsReport> {
  let size: number;
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new InputError(`${file}: not a file`, file);
    size = s.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, file);
  }
  if (size > maxBytes) throw new InputError(`${file}: ${size} bytes; a metrics JSON is at most ${maxBytes} bytes`, file);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new InputError(`${file}: not JSON (${(err as Error).message})`, file);
  }
  return validateMetricsReport(data, file);
}

export interface BaselineOutcome {
  view: BaselineView;
  /** The baseline to compare with: only when one was found and its protocol matches. */
  report?: MetricsReport;
  /** What was read, comparable or not. */
  found?: MetricsReport;
  /** Why `found` is not comparable (each difference of the fingerprints). */
  notComparable?: string[];
  warnings: string[];
  notes: string[];
}

/** Compares protocol fingerprints (report/fingerprint.ts); any difference is one warning and no comparison. */
export function checkComparable(current: MetricsReport, base: MetricsReport, view: BaselineView): BaselineOutcome {
  const diff = fingerprintDifferences(current.protocol, base.protocol);
  if (diff.length) {
    return { view, found: base, notComparable: diff, warnings: [`baseline not comparable: ${diff.join('; ')}; no comparison`], notes: [] };
  }
  return { view, report: base, found: base, warnings: [], notes: [] };
}

export interface AutoBaselineOptions {
  token: string;
  owner: string;
  repo: string;
  /** A run of the workflow whose history is searched (this run, or the run a workflow_run event names). */
  runId: number;
  /** The branch whose successful runs count. */
  branch: string;
  artifactName: string;
  /** Where the artifact is downloaded (a fresh temp folder inside it). */
  tempDir: string;
  octokit: () => Promise<Octokit>;
  log?: (msg: string) => void;
  /** How many of the newest successful runs to try for an artifact (default 5). */
  maxCandidates?: number;
}

/** The baseline selected by the `baseline` input. `spec` is 'none', 'auto' or a path. */
export async function resolveBaseline(spec: string, current: MetricsReport, auto: Partial<AutoBaselineOptions> & { tempDir: string; artifactName: string }): Promise<BaselineOutcome> {
  if (spec === 'none') return { view: { source: 'none' }, warnings: [], notes: [] };
  if (spec !== 'auto') {
    const base = await readMetricsFile(spec);
    return checkComparable(current, base, { source: 'file', path: spec, createdAt: base.createdAt });
  }
  const missing = (['token', 'owner', 'repo', 'runId', 'branch', 'octokit'] as const).filter((k) => !auto[k]);
  if (missing.length) {
    const why = missing.includes('token') ? 'no github-token' : missing.includes('branch') ? 'no base branch known' : 'not inside a GitHub Actions run';
    return { view: { source: 'none' }, warnings: [], notes: [`no baseline: baseline: auto needs a workflow run to look up (${why})`] };
  }
  return autoBaseline(current, auto as AutoBaselineOptions);
}

async function autoBaseline(current: MetricsReport, o: AutoBaselineOptions): Promise<BaselineOutcome> {
  const log = o.log ?? (() => undefined);
  const none = (notes: string[], warnings: string[] = []): BaselineOutcome => ({ view: { source: 'none' }, warnings, notes });
  const listed = await listSuccessfulRuns(o);
  if ('problem' in listed) return none([], [`baseline auto: ${listed.problem}; no comparison`]);
  const candidates = listed.runs;
  if (!candidates.length) return none([`no baseline: no successful run of this workflow on ${o.branch} yet`]);

  for (const cand of candidates.slice(0, o.maxCandidates ?? 5)) {
    const view: BaselineView = { source: 'auto', runId: cand.id, branch: o.branch, createdAt: cand.createdAt, runUrl: cand.htmlUrl };
    const got = await fetchRunMetrics({ ...o, runId: cand.id });
    if ('failed' in got) return none([], [`baseline auto: ${got.failed}; no comparison`]);
    if ('missing' in got) {
      log(`baseline: ${got.missing}`);
      continue;
    }
    if ('unusable' in got) return none([], [`baseline auto: the metrics of run ${cand.id} are unusable: ${got.unusable}; no comparison`]);
    log(`baseline: run ${cand.id} on ${o.branch} (${cand.createdAt})`);
    return checkComparable(current, got.report, view);
  }
  return none([`no baseline: the latest successful runs on ${o.branch} have no artifact ${o.artifactName}`]);
}

export interface ArtifactRef {
  token: string;
  owner: string;
  repo: string;
  runId: number;
  artifactName: string;
  /** A fresh folder is made inside it for the download. */
  tempDir: string;
}

export type DownloadOutcome = { file: string } | { missing: string };

/** One run's metrics: validated, absent, or why not (a failed download, an invalid file). */
export type RunMetrics = { report: MetricsReport } | { missing: string } | { failed: string } | { unusable: string };

/** Downloads and validates the metrics artifact of one run (baseline auto and the history); never throws. */
export async function fetchRunMetrics(o: ArtifactRef): Promise<RunMetrics> {
  let got: DownloadOutcome;
  try {
    got = await downloadMetricsArtifact(o);
  } catch (err) {
    return { failed: (err as Error).message };
  }
  if ('missing' in got) return got;
  try {
    return { report: await readMetricsFile(got.file) };
  } catch (err) {
    // the temp path means nothing to a reader; the member's name does
    return { unusable: (err as Error).message.split(got.file).join(METRICS_FILE_NAME) };
  }
}

/**
 * Downloads the metrics artifact of another run (@actions/artifact with findBy: the public REST API, token with
 * actions: read) and returns the path of its metrics JSON; `{ missing }` when the run has no such artifact. Refuses
 * an artifact larger than a metrics file or one whose digest does not match. Other failures throw (one line).
 */
export async function downloadMetricsArtifact(o: ArtifactRef): Promise<DownloadOutcome> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = { token: o.token, workflowRunId: o.runId, repositoryOwner: o.owner, repositoryName: o.repo };
  let artifact;
  try {
    ({ artifact } = await client.getArtifact(o.artifactName, { findBy }));
  } catch (err) {
    if ((err as Error).name === 'ArtifactNotFoundError' || /artifact not found/i.test((err as Error).message)) {
      return { missing: `run ${o.runId} has no artifact ${o.artifactName}` };
    }
    const status = httpStatus(err);
    const hint = status === 403 || status === 404 ? ' (the token needs `permissions: actions: read`)' : '';
    throw new Error(`could not look up artifact ${o.artifactName} of run ${o.runId}: ${describeApiError(err)}${hint}`);
  }
  if (artifact.size > MAX_METRICS_ARTIFACT_BYTES) {
    throw new Error(`artifact ${o.artifactName} of run ${o.runId} is ${artifact.size} bytes, more than a metrics file; ignored`);
  }
  const dir = await mkdtemp(path.join(o.tempDir, 'artifact-'));
  let r;
  try {
    // skipDecompress: keep the zip as downloaded and read its one expected member ourselves (below), so nothing
    // from another run is ever extracted to disk by member name (zip-slip) or unbounded in size (zip bomb)
    r = await client.downloadArtifact(artifact.id, { path: dir, findBy, skipDecompress: true, ...(artifact.digest ? { expectedHash: artifact.digest } : {}) });
  } catch (err) {
    throw new Error(`could not download artifact ${o.artifactName} of run ${o.runId}: ${describeApiError(err)}`);
  }
  if (r.digestMismatch) throw new Error(`artifact ${o.artifactName} of run ${o.runId} does not match its digest; ignored`);
  return { file: await extractMetricsMember(r.downloadPath ?? dir, `artifact ${o.artifactName} of run ${o.runId}`) };
}

/**
 * Artifacts from other runs are untrusted (issue 7, item 4). `dir` holds the downloaded zip (one plain file, at most
 * MAX_METRICS_ARTIFACT_BYTES); only its member named exactly `metrics.json` is read (a `../metrics.json`,
 * `/abs/metrics.json` or `sub/metrics.json` member is never it), inflated with a MAX_METRICS_BYTES bound whatever
 * its header claims, and written to a fresh folder inside `dir`. Returns that file's path; throws (one line) otherwise.
 */
export async function extractMetricsMember(dir: string, what: string): Promise<string> {
  const names = await readdir(dir);
  if (names.length !== 1) throw new Error(`${what}: expected one downloaded zip, found ${names.length} entries`);
  const zipPath = path.join(dir, names[0]);
  const st = await lstat(zipPath);
  if (!st.isFile()) throw new Error(`${what}: the download is not a plain file`);
  if (st.size > MAX_METRICS_ARTIFACT_BYTES) throw new Error(`${what} is ${st.size} bytes, more than a metrics file; ignored`);
  const bytes = await readFile(zipPath);
  let data: Uint8Array;
  try {
    const entry = readZipEntries(bytes, what).find((e) => e.name === METRICS_FILE_NAME);
    if (!entry) throw new Error(`${what} holds no ${METRICS_FILE_NAME}`);
    if (entry.size > MAX_METRICS_BYTES) throw new Error(`${what}: its ${METRICS_FILE_NAME} is ${entry.size} bytes; a metrics JSON is at most ${MAX_METRICS_BYTES} bytes`);
    data = readZipEntry(bytes, entry, what, MAX_METRICS_BYTES);
  } catch (err) {
    throw new Error((err as Error).message.startsWith(what) ? (err as Error).message : `${what}: ${(err as Error).message}`);
  }
  const out = await mkdtemp(path.join(dir, 'member-'));
  const file = path.join(out, METRICS_FILE_NAME);
  await writeFile(file, data);
  return file;
}
