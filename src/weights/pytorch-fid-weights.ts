// The Inception weights that pytorch-fid 0.3 uses (FID_WEIGHTS_URL in pytorch_fid/inception.py), fetched once into the
// cache. pytorch-fid itself loads them through torch.hub's load_state_dict_from_url, which stores them in
// `$TORCH_HOME/hub/checkpoints/`; an existing copy there is reused.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import { removeStalePartials } from './cache.js';
import { DownloadError, downloadVerified, isUnreachable } from './download.js';

export const PYTORCH_FID_WEIGHTS_URL =
  'https://github.com/mseitzer/pytorch-fid/releases/download/fid_weights/pt_inception-2015-12-05-6726825d.pth';
export const PYTORCH_FID_WEIGHTS_FILE = 'pt_inception-2015-12-05-6726825d.pth';
/** torch.hub convention: the hex after the last '-' of the file name is a prefix of the file's SHA-256. */
export const PYTORCH_FID_WEIGHTS_SHA256_PREFIX = '6726825d';
/** Generous bound on the download (the real file is about 95 MB) so a misbehaving server cannot fill the disk. */
const MAX_WEIGHTS_BYTES = 512 * 1024 * 1024;

export interface EnsureWeightsOptions {
  cacheDir: string;
  url?: string;
  log?: (msg: string) => void;
  onProgress?: (done: number, total: number | undefined) => void;
  retries?: number;
  backoffMs?: number;
  stallTimeoutMs?: number;
  /** Never touch the network: use the cache (or torch.hub's copy) or fail with the how-to-pass-weights error. */
  offline?: boolean;
  /** Also look for pytorch-fid's own torch.hub copy (default true). */
  torchHub?: boolean;
  /** Re-hash a cached file before use (default true; ~0.3 s for 95 MB). */
  verifyCached?: boolean;
  /** For locating torch.hub's directory (default process.env). */
  env?: NodeJS.ProcessEnv;
}

export function weightsCacheDir(cacheDir: string): string {
  return path.join(cacheDir, 'weights');
}

/** torch.hub's checkpoint directory: `$TORCH_HOME/hub/checkpoints`, default
 * `${XDG_CACHE_HOME:-~/.cache}/torch/hub/checkpoints`. */
export function torchHubCheckpointDir(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  const torchHome = env.TORCH_HOME || path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'torch');
  return path.join(torchHome, 'hub', 'checkpoints');
}

export async function sha256File(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

async function hasGoodHash(file: string): Promise<{ ok: boolean; sha256?: string }> {
  try {
    const sha256 = await sha256File(file);
    return { ok: sha256.startsWith(PYTORCH_FID_WEIGHTS_SHA256_PREFIX), sha256 };
  } catch {
    return { ok: false };
  }
}

function howToPass(dir: string): string {
  return [
    'Pass the weights explicitly:',
    `  --weights /path/to/${PYTORCH_FID_WEIGHTS_FILE}   (GitHub Action input: weights)`,
    `  or place ${PYTORCH_FID_WEIGHTS_FILE} in ${dir}${path.sep}`,
    '  or --weights synthetic (random weights, for tests only: the FID values are meaningless).',
  ].join('\n');
}

/**
 * Returns the path of pytorch-fid's Inception weights (.pth), downloading them into `<cacheDir>/weights/` when missing.
 * Any failure to obtain them is ONE InputError that names the URL and says how to pass the file instead.
 */
export async function ensurePytorchFidPth(opts: EnsureWeightsOptions): Promise<string> {
  const url = opts.url ?? PYTORCH_FID_WEIGHTS_URL;
  const dir = weightsCacheDir(opts.cacheDir);
  const file = path.join(dir, PYTORCH_FID_WEIGHTS_FILE);
  const verify = opts.verifyCached ?? true;

  if (existsSync(file)) {
    if (!verify) return file;
    const h = await hasGoodHash(file);
    if (h.ok) return file;
    const msg = `${file} has SHA-256 ${h.sha256 ?? '(unreadable)'}, which does not start with ${PYTORCH_FID_WEIGHTS_SHA256_PREFIX}`;
    if (opts.offline)
      throw new InputError(
        `${msg}: the cached weights are corrupt and offline mode forbids downloading them again.\n${howToPass(dir)}`,
        'weights',
      );
    opts.log?.(`${msg}; downloading it again`);
  }

  if (opts.torchHub ?? true) {
    const hub = path.join(torchHubCheckpointDir(opts.env ?? process.env), PYTORCH_FID_WEIGHTS_FILE);
    if (existsSync(hub) && (!verify || (await hasGoodHash(hub)).ok)) {
      opts.log?.(`using pytorch-fid's torch.hub copy of the weights: ${hub}`);
      return hub;
    }
  }

  if (opts.offline) {
    throw new InputError(
      `The pytorch-fid Inception weights are not in the cache (${dir}) and offline mode forbids downloading them from ${url}.\n${howToPass(dir)}`,
      'weights',
    );
  }

  await removeStalePartials(dir);
  opts.log?.(`downloading the pytorch-fid Inception weights from ${url}`);
  try {
    const r = await downloadVerified({
      url,
      dest: file,
      sha256Prefix: PYTORCH_FID_WEIGHTS_SHA256_PREFIX,
      retries: opts.retries,
      backoffMs: opts.backoffMs,
      stallTimeoutMs: opts.stallTimeoutMs,
      maxBytes: MAX_WEIGHTS_BYTES,
      onProgress: opts.onProgress,
      log: opts.log,
    });
    opts.log?.(`saved ${r.bytes} bytes to ${r.path} (sha256 ${r.sha256})`);
    return r.path;
  } catch (e) {
    if (!(e instanceof DownloadError)) throw e;
    const why = isUnreachable(e)
      ? `the network is unreachable (${e.code}${e.attempts > 1 ? `, ${e.attempts} attempts` : ''})`
      : e.message;
    const err = new InputError(
      `Could not download the pytorch-fid Inception weights from ${url}: ${why}.\n${howToPass(dir)}`,
      'weights',
    );
    (err as Error).cause = e;
    throw err;
  }
}
