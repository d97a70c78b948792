// Workflow artifacts. Upload: the metrics JSON (the next run's baseline), the generated set's statistics, the preview
// grids and history charts, with @actions/artifact; skipped outside a runner (no ACTIONS_RUNTIME_TOKEN), a warning on
// failure: the verdict stands. Download: the metrics artifact of another run, which is untrusted: size-bounded,
// digest-checked, and only its one expected member is read, never extracted by name.
import { lstat, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readZipEntries, readZipEntry } from '../util/zip.js';
import { MAX_METRICS_BYTES, METRICS_FILE_NAME } from '../report/metrics-json.js';
import { coreLog, type Log } from './log.js';
import { describeApiError, httpStatus } from './retry.js';

/** The metrics artifact holds one small JSON file. */
export const MAX_METRICS_ARTIFACT_BYTES = 5 * 1024 * 1024;

export interface UploadResult {
  uploaded: boolean;
  id?: number;
  /** Why not, when not. */
  reason?: string;
}

/** Uploads `files` (under `rootDir`) as artifact `name`; skipped outside a runner, a warning on failure. */
export async function uploadFiles(
  name: string,
  files: string[],
  rootDir: string,
  opts: { retentionDays?: number; log?: Log } = {},
): Promise<UploadResult> {
  const log = opts.log ?? coreLog;
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    const reason = `artifact ${name} not uploaded: not running inside a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN)`;
    log.info(reason);
    return { uploaded: false, reason };
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const r = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir, {
      ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}),
      compressionLevel: 6,
    });
    log.info(`artifact ${name}: uploaded (${r.size ?? '?'} bytes, id ${r.id ?? '?'})`);
    return { uploaded: true, id: r.id };
  } catch (err) {
    const reason = `fid-gate: could not upload artifact ${name} (${(err as Error).message.split('\n')[0]}); later runs will have no baseline from this one`;
    log.warning(reason);
    return { uploaded: false, reason };
  }
}

/** The artifact name for a comment key: `fid-gate-metrics` for the default key, `fid-gate-metrics-KEY` otherwise. */
export function defaultArtifactName(key: string): string {
  return key === 'default' ? 'fid-gate-metrics' : `fid-gate-metrics-${key}`;
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
    throw new Error(
      `artifact ${o.artifactName} of run ${o.runId} is ${artifact.size} bytes, more than a metrics file; ignored`,
    );
  }
  const dir = await mkdtemp(path.join(o.tempDir, 'artifact-'));
  let r;
  try {
    // skipDecompress: keep the zip as downloaded and read its one expected member ourselves (below), so nothing
    // from another run is ever extracted to disk by member name (zip-slip) or unbounded in size (zip bomb)
    r = await client.downloadArtifact(artifact.id, {
      path: dir,
      findBy,
      skipDecompress: true,
      ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
    });
  } catch (err) {
    throw new Error(`could not download artifact ${o.artifactName} of run ${o.runId}: ${describeApiError(err)}`);
  }
  if (r.digestMismatch)
    throw new Error(`artifact ${o.artifactName} of run ${o.runId} does not match its digest; ignored`);
  return { file: await extractMetricsMember(r.downloadPath ?? dir, `artifact ${o.artifactName} of run ${o.runId}`) };
}

/**
 * Artifacts from other runs are untrusted. `dir` holds the downloaded zip (one plain file, at most
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
  if (st.size > MAX_METRICS_ARTIFACT_BYTES)
    throw new Error(`${what} is ${st.size} bytes, more than a metrics file; ignored`);
  const bytes = await readFile(zipPath);
  let data: Uint8Array;
  try {
    const entry = readZipEntries(bytes, what).find((e) => e.name === METRICS_FILE_NAME);
    if (!entry) throw new Error(`${what} holds no ${METRICS_FILE_NAME}`);
    if (entry.size > MAX_METRICS_BYTES)
      throw new Error(
        `${what}: its ${METRICS_FILE_NAME} is ${entry.size} bytes; a metrics JSON is at most ${MAX_METRICS_BYTES} bytes`,
      );
    data = readZipEntry(bytes, entry, what, MAX_METRICS_BYTES);
  } catch (err) {
    throw new Error(
      (err as Error).message.startsWith(what) ? (err as Error).message : `${what}: ${(err as Error).message}`,
    );
  }
  const out = await mkdtemp(path.join(dir, 'member-'));
  const file = path.join(out, METRICS_FILE_NAME);
  await writeFile(file, data);
  return file;
}
