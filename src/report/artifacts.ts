// Artifacts and caches. The metrics JSON (the next run's baseline) and the generated set's statistics are uploaded
// with @actions/artifact; reference statistics and converted weights are kept across runs with @actions/cache, keyed
// by content hash. Outside a runner (no ACTIONS_RUNTIME_TOKEN, no cache service) both are skipped with a notice.
// None of this is fatal: a failed upload or cache call is a warning, the verdict stands.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';

export interface UploadResult {
  uploaded: boolean;
  id?: number;
  /** Why not, when not. */
  reason?: string;
}

/** Uploads `files` (under `rootDir`) as artifact `name`; skipped outside a runner, a warning on failure. */
export async function uploadFiles(name: string, files: string[], rootDir: string, opts: { retentionDays?: number } = {}): Promise<UploadResult> {
  if (!process.env.ACTIONS_RUNTIME_TOKEN) {
    const reason = `artifact ${name} not uploaded: not running inside a GitHub Actions job (no ACTIONS_RUNTIME_TOKEN)`;
    core.info(reason);
    return { uploaded: false, reason };
  }
  try {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const r = await new DefaultArtifactClient().uploadArtifact(name, files, rootDir, { ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}), compressionLevel: 6 });
    core.info(`artifact ${name}: uploaded (${r.size ?? '?'} bytes, id ${r.id ?? '?'})`);
    return { uploaded: true, id: r.id };
  } catch (err) {
    const reason = `fid-gate: could not upload artifact ${name} (${(err as Error).message.split('\n')[0]}); later runs will have no baseline from this one`;
    core.warning(reason);
    return { uploaded: false, reason };
  }
}

/** The artifact name for a comment key: `fid-gate-metrics` for the default key, `fid-gate-metrics-KEY` otherwise. */
export function defaultArtifactName(key: string): string {
  return key === 'default' ? 'fid-gate-metrics' : `fid-gate-metrics-${key}`;
}

async function cacheModule(): Promise<typeof import('@actions/cache') | undefined> {
  try {
    const cache = await import('@actions/cache');
    return cache.isFeatureAvailable() ? cache : undefined;
  } catch {
    return undefined;
  }
}

/** True when the Actions cache service can be used (inside a runner with the cache variables set). */
export async function cacheAvailable(): Promise<boolean> {
  return !!(await cacheModule());
}

/** Restores `paths` saved under `key`; undefined when missing or when the cache service is unavailable. */
export async function restoreCache(paths: string[], key: string): Promise<string | undefined> {
  const cache = await cacheModule();
  if (!cache) {
    core.info(`cache ${key}: skipped (the Actions cache service is not available here)`);
    return undefined;
  }
  try {
    const hit = await cache.restoreCache(paths, key);
    core.info(hit ? `cache ${key}: restored` : `cache ${key}: not found`);
    return hit;
  } catch (err) {
    core.warning(`fid-gate: could not restore cache ${key} (${(err as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

/** Saves `paths` under `key` (existing paths only); a key saved by a concurrent job is not an error. */
export async function saveCache(paths: string[], key: string): Promise<boolean> {
  const present = paths.filter((p) => existsSync(p));
  if (!present.length) return false;
  const cache = await cacheModule();
  if (!cache) return false;
  try {
    await cache.saveCache(present, key);
    core.info(`cache ${key}: saved`);
    return true;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'ReserveCacheError' || /already exists/i.test((err as Error).message)) {
      core.info(`cache ${key}: already saved by another job`);
      return false;
    }
    core.warning(`fid-gate: could not save cache ${key} (${(err as Error).message.split('\n')[0]})`);
    return false;
  }
}

export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/**
 * Content hash of an image folder: SHA-256 over every file's relative path and SHA-256, in the given (sorted) order.
 * Renaming, adding, removing or changing any image changes it; timestamps do not.
 */
export async function hashFiles(root: string, files: string[]): Promise<string> {
  const h = createHash('sha256');
  for (const f of files) {
    const rel = path.relative(root, f).split(path.sep).join('/');
    h.update(`${rel}\0${await sha256File(f)}\n`);
  }
  return h.digest('hex');
}

/** Cache key of the reference statistics: the folder's content and the protocol (extractor, weights, resize). */
export function referenceStatsKey(folderHash: string, protocolKey: string, version: string): string {
  const p = createHash('sha256').update(protocolKey).digest('hex').slice(0, 16);
  return `fid-gate-ref-${version}-${p}-${folderHash.slice(0, 32)}`;
}

/**
 * Cache key of downloaded and converted weights: what the weights are (pytorch-fid's published file is known by its
 * hash prefix; a user file by its SHA-256), the ONNX builder's version and the platform.
 */
export function weightsCacheKey(weightsId: string, builderVersion: string): string {
  const id = createHash('sha256').update(weightsId).digest('hex').slice(0, 24);
  return `fid-gate-weights-${process.platform}-${id}-b${builderVersion}`;
}
