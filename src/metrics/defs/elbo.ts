// elbo-bpd: the diffusion ELBO in bits/dim of a denoiser over held-out real images (sampling/elbo.ts).
import { existsSync, statSync } from 'node:fs';
import { InputError } from '../../util/errors.js';
import { defineMetricGroup, NON_NEGATIVE, type CompareElboOptions, type MetricSettings } from '../metric-def.js';
import type { MetricResult } from '../../core/metric-result.js';
import { configureSharp, decodeRgb } from '../../images/decode.js';
import { listImages } from '../../images/list.js';
import { estimateElbo, elboMetric, type ElboResult } from '../../sampling/elbo.js';
import { loadModel, type LoadedModel } from '../../sampling/model.js';

/** One ELBO estimate over a folder of held-out images: the estimate itself and the model it came from. */
export interface FolderElbo {
  result: ElboResult;
  model: LoadedModel;
}

/**
 * The ELBO of a diffusion denoiser over a folder of held-out images: the one route for compare's `elbo` option and
 * for `fid-gate elbo`. `denoiserName` names the model in errors ('--denoiser' for `fid-gate elbo`).
 */
export async function estimateFolderElbo(
  e: CompareElboOptions,
  o: Pick<MetricSettings, 'device' | 'threads' | 'cacheDir' | 'log' | 'progress' | 'seed'> = {},
  denoiserName = 'ELBO denoiser',
): Promise<FolderElbo> {
  if (!existsSync(e.images) || !statSync(e.images).isDirectory())
    throw new InputError(`ELBO images ${e.images}: no such folder`, e.images);
  configureSharp();
  let files = await listImages(e.images, { recursive: e.recursive });
  if (e.limit !== undefined) files = files.slice(0, e.limit);
  const model = await loadModel(
    { model: e.denoiser, device: o.device, threads: o.threads, cacheDir: o.cacheDir, log: o.log },
    denoiserName,
  );
  async function* images() {
    for (const f of files) yield await decodeRgb(f);
  }
  const { denoiser: _d, images: _i, recursive: _r, limit: _l, ...settings } = e;
  const progress =
    typeof o.progress === 'function' ? o.progress : o.progress === true ? (l: string) => o.log?.(l) : false;
  const result = await estimateElbo(model.session, images(), {
    ...settings,
    seed: e.seed ?? o.seed ?? 0,
    progress,
    total: files.length,
    model: model.source,
  });
  return { result, model };
}

/** elbo-bpd as a metric of compare's report. */
export async function computeElbo(
  e: CompareElboOptions,
  o: Pick<MetricSettings, 'device' | 'threads' | 'cacheDir' | 'log' | 'progress' | 'seed'> = {},
  denoiserName = 'ELBO denoiser',
): Promise<MetricResult> {
  const { result, model } = await estimateFolderElbo(e, o, denoiserName);
  const m = elboMetric(result);
  return {
    value: m.value,
    std: m.std,
    better: 'lower',
    details: { ...m.details, model: { source: model.source, sha256: model.sha256 }, imagesFolder: e.images },
  };
}

export const elboGroup = defineMetricGroup({
  group: 'elbo',
  selectable: false,
  byDefault: false,
  title: 'elbo-bpd',
  needs: { source: 'elbo' },
  computedOnly:
    'only computed with held-out images for the ELBO (the elbo-images input, or compare --elbo-images with a diffusion --generator)',
  metrics: [
    {
      name: 'elbo-bpd',
      aliases: ['elbo', 'bpd', 'nll'],
      better: 'lower',
      label: 'ELBO (bits/dim)',
      tableLabel: 'ELBO (bits/dim)',
      domain: NON_NEGATIVE,
      settings: (d) => `${d.images ?? '?'} images × ${d.draws ?? '?'} draws (± standard error)`,
    },
  ],
  async compute({ settings }) {
    return { 'elbo-bpd': await computeElbo(settings.elbo!, settings) };
  },
});
