// The metrics JSON (schema fid-gate/metrics@2; version 1 files are read too): what a run writes and uploads, and what a
// later run reads back as its
// baseline, its history or (mode: comment) the report to post. A metrics file may come from another run or from
// anyone, so it is read size-limited and validated field by field into a fresh copy.
import { stat } from 'node:fs/promises';
import { readUserFile } from '../util/user-file.js';
import { InputError } from '../util/errors.js';
import { MAX_JSON_DEPTH, nestedDeeperThan, parseJsonBounded } from '../util/json-depth.js';
import { KNOWN_METRICS, METRIC_BETTER } from '../metrics/registry.js';
import { METRICS_SCHEMA, READABLE_METRICS_SCHEMAS } from '../core/report-types.js';
import type {
  InputSummary,
  MetricInterval,
  MetricName,
  MetricResult,
  MetricsReport,
  ReportProtocol,
  RunInfo,
} from '../core/report-types.js';

export { METRICS_SCHEMA };
/** A metrics JSON is a few kB; anything much larger is not one. */
export const MAX_METRICS_BYTES = 1024 * 1024;
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
  if (typeof v !== 'number' || !Number.isFinite(v))
    fail(where, `expected a finite number, found ${JSON.stringify(v)?.slice(0, 40) ?? typeof v}`);
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
  if (kind !== 'folder' && kind !== 'stats' && kind !== 'samples')
    fail(`${where}.kind`, `expected "folder", "stats" or "samples", found ${JSON.stringify(kind)?.slice(0, 40)}`);
  return { source: vStr(v.source, `${where}.source`), kind, count: vCount(v.count, `${where}.count`) };
}

/** At most this many bootstrap replicates are read back from a metrics file (the default is 200). */
export const MAX_REPLICATES = 10_000;
/** Sampler settings from another run: small, flat-ish JSON. */
const MAX_SETTINGS_CHARS = 20_000;

function vInterval(v: unknown, where: string): MetricInterval {
  if (!isObj(v)) fail(where, 'expected an object');
  const halfWidth = vNum(v.halfWidth, `${where}.halfWidth`),
    se = vNum(v.se, `${where}.se`),
    scale = vNum(v.scale, `${where}.scale`);
  if (halfWidth < 0 || se < 0 || !(scale > 0 && scale <= 1))
    fail(where, 'halfWidth and se must be ≥ 0, scale in (0, 1]');
  if (v.level !== 0.95) fail(`${where}.level`, `expected 0.95, found ${JSON.stringify(v.level)?.slice(0, 20)}`);
  const out: MetricInterval = { halfWidth, level: 0.95, se, scale };
  if (v.replicates !== undefined) {
    if (!Array.isArray(v.replicates) || v.replicates.length > MAX_REPLICATES)
      fail(`${where}.replicates`, `expected an array of at most ${MAX_REPLICATES} numbers`);
    out.replicates = v.replicates.map((x, i) => vNum(x, `${where}.replicates[${i}]`));
  }
  if (v.method !== undefined) {
    if (v.method !== 'bootstrap' && v.method !== 'delta-method' && v.method !== 'u-statistic')
      fail(
        `${where}.method`,
        `expected "bootstrap", "delta-method" or "u-statistic", found ${JSON.stringify(v.method)?.slice(0, 40)}`,
      );
    out.method = v.method;
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
  return {
    replicates: vCount(v.replicates, `${where}.replicates`),
    draws: draws(v.draws, `${where}.draws`),
    ...(v.fidDraws !== undefined ? { fidDraws: draws(v.fidDraws, `${where}.fidDraws`) } : {}),
  };
}

function vRun(v: unknown, where: string): RunInfo | undefined {
  if (v === undefined) return undefined;
  if (!isObj(v)) fail(where, 'expected an object');
  const out: RunInfo = {};
  for (const k of ['repository', 'eventName', 'headSha', 'baseRef', 'ref'] as const)
    if (v[k] !== undefined) out[k] = vStr(v[k], `${where}.${k}`);
  for (const k of ['runId', 'pullRequest'] as const) {
    if (v[k] === undefined) continue;
    const n = vCount(v[k], `${where}.${k}`);
    if (n < 1) fail(`${where}.${k}`, 'expected a positive integer');
    out[k] = n;
  }
  return out;
}

/**
 * Checks a parsed metrics JSON (schema 'fid-gate/metrics@2', or @1 from older versions) and returns a fresh copy
 * holding only validated fields:
 * the schema; strings, numbers and counts of the protocol and of both inputs; every known metric's finite value (and
 * std), with the direction every fid-gate report gives it; the notes; the duration. Unknown metrics are dropped; a
 * `gate` from another run is dropped (it is re-evaluated). Throws InputError naming the source and the field.
 */
export function validateMetricsReport(data: unknown, source: string): MetricsReport {
  try {
    if (!isObj(data)) fail('metrics JSON', 'expected an object');
    // before any field is read: a value nested 100 000 levels deep would overflow the stack of JSON.stringify
    if (nestedDeeperThan(data)) fail('metrics JSON', `nested more than ${MAX_JSON_DEPTH} levels deep`);
    if (!READABLE_METRICS_SCHEMAS.includes(data.schema as string))
      fail(
        'schema',
        `expected ${READABLE_METRICS_SCHEMAS.map((x) => `"${x}"`).join(' or ')}, found ${JSON.stringify(data.schema)?.slice(0, 60) ?? 'none'}`,
      );
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
      if (m.better !== METRIC_BETTER[name])
        fail(
          `metrics.${name}.better`,
          `expected "${METRIC_BETTER[name]}", found ${JSON.stringify(m.better)?.slice(0, 40)}`,
        );
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
    if (err instanceof Invalid)
      throw new InputError(`${source}: not a valid fid-gate metrics file (${err.message})`, source);
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
    throw new InputError(
      `${file}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
      file,
    );
  }
  if (size > maxBytes)
    throw new InputError(`${file}: ${size} bytes; a metrics JSON is at most ${maxBytes} bytes`, file);
  let data: unknown;
  try {
    // read through the capped reader: a file that grows after the stat is read no further than maxBytes
    data = parseJsonBounded((await readUserFile(file, maxBytes, file)).toString('utf8'));
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${file}: not JSON (${(err as Error).message})`, file);
  }
  return validateMetricsReport(data, file);
}
