// The Actions cache: reference statistics and converted weights kept across runs, keyed by content hash. Outside a
// runner (no cache service) a restore or save is skipped with a notice; a failed cache call is a warning, never fatal.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { coreLog, type Log } from './log.js';

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
export async function restoreCache(paths: string[], key: string, log: Log = coreLog): Promise<string | undefined> {
  const cache = await cacheModule();
  if (!cache) {
    log.info(`cache ${key}: skipped (the Actions cache service is not available here)`);
    return undefined;
  }
  try {
    const hit = await cache.restoreCache(paths, key);
    log.info(hit ? `cache ${key}: restored` : `cache ${key}: not found`);
    return hit;
  } catch (err) {
    log.warning(`fid-gate: could not restore cache ${key} (${(err as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

/** Saves `paths` under `key` (existing paths only); a key saved by a concurrent job is not an error. */
export async function saveCache(paths: string[], key: string, log: Log = coreLog): Promise<boolean> {
  const present = paths.filter((p) => existsSync(p));
  if (!present.length) return false;
  const cache = await cacheModule();
  if (!cache) return false;
  try {
    await cache.saveCache(present, key);
    log.info(`cache ${key}: saved`);
    return true;
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'ReserveCacheError' || /already exists/i.test((err as Error).message)) {
      log.info(`cache ${key}: already saved by another job`);
      return false;
    }
    log.warning(`fid-gate: could not save cache ${key} (${(err as Error).message.split('\n')[0]})`);
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
