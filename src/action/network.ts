// The Action's feature network: the Inception (or an ONNX encoder) with its converted weights restored from the
// Actions cache first and saved right after, shared by the evaluate mode and the shard runs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadExtractor, type LoadedExtractor } from '../pipeline.js';
import { defaultCacheDir } from '../weights/cache.js';
import { INCEPTION_BUILDER_VERSION } from '../features/inception.js';
import { PYTORCH_FID_WEIGHTS_SHA256_PREFIX } from '../weights/pytorch-fid-weights.js';
import { restoreCache, saveCache, sha256File, weightsCacheKey } from '../github/cache.js';
import type { ActionInputs } from './inputs.js';
import type { ModeOptions } from './mode.js';

/** The weights cache folder: input cache, else the default one (weights/cache.ts). */
export function networkCacheDir(inp: ActionInputs): string {
  return inp.cache ? path.resolve(inp.cache) : defaultCacheDir();
}

/** What the weights are, for the cache key; undefined when there is nothing worth caching. */
async function weightsIdentity(
  weights: string | undefined,
  resize: ActionInputs['resize'],
  encoder: boolean,
): Promise<string | undefined> {
  if (encoder) return undefined; // an ONNX encoder is used from its file as is
  // the clean variant is converted to its own file: its own key, so that each mode's cache holds its conversion
  const variant = resize === 'clean' ? ':clean' : '';
  if (!weights) return `pytorch-fid:${PYTORCH_FID_WEIGHTS_SHA256_PREFIX}${variant}`;
  if (weights === 'synthetic' || weights.toLowerCase().endsWith('.onnx') || !existsSync(weights)) return undefined;
  return `file:${await sha256File(weights)}${variant}`;
}

/** The network, with its converted weights restored from the cache before and saved right after (a later failure does
 * not lose them). */
export async function loadNetwork(o: ModeOptions, cacheDir: string, useCache: boolean): Promise<LoadedExtractor> {
  const { inputs: inp, core } = o;
  let weightsKey: string | undefined;
  let weightsHit = false;
  const weightsPaths = [path.join(cacheDir, 'weights'), path.join(cacheDir, 'onnx')];
  if (useCache) {
    const id = await weightsIdentity(inp.weights, inp.resize, !!inp.encoder);
    if (id) {
      weightsKey = weightsCacheKey(id, INCEPTION_BUILDER_VERSION);
      weightsHit = !!(await core.group('Restore the cached weights', () =>
        restoreCache(weightsPaths, weightsKey!, core),
      ));
    }
  }
  const ex = await core.group(inp.encoder ? 'Load the encoder' : 'Load the Inception network', () =>
    loadExtractor({
      weights: inp.weights,
      resize: inp.resize,
      encoder: inp.encoder,
      cacheDir,
      device: inp.device,
      log: (m) => core.info(m),
    }),
  );
  if (ex.bytes.warning) core.warning(ex.bytes.warning);
  if (weightsKey && !weightsHit) await saveCache(weightsPaths, weightsKey, core);
  return ex;
}
