// The Action's entry: read inputs, run the pipeline, write outputs. All logic lives in plain functions elsewhere.
import * as core from '@actions/core';
import { InputError } from '../util/errors.js';
import { parseDevice } from '../features/session.js';
import { extractFolder, loadExtractor } from '../pipeline.js';
import { frechetDistanceFromFeatures } from '../metrics/fid.js';

export async function runAction(): Promise<void> {
  try {
    const real = core.getInput('real', { required: true });
    const generated = core.getInput('generated', { required: true });
    const batch = Number(core.getInput('batch-size') || '50');
    if (!Number.isInteger(batch) || batch < 1) throw new InputError(`input batch-size: expected a positive integer, got "${core.getInput('batch-size')}"`);
    const ex = await core.group('Load the Inception network', () => loadExtractor({
      weights: core.getInput('weights') || undefined,
      cacheDir: core.getInput('cache') || undefined,
      device: parseDevice(core.getInput('device') || 'auto', 'input device'),
      log: (m) => core.info(m),
    }));
    if (ex.bytes.warning) core.warning(ex.bytes.warning);
    const progress = (l: string) => core.info(l);
    const r = await core.group(`Features of ${real}`, () => extractFolder(ex, real, { batchSize: batch, progress, label: 'real' }));
    const g = await core.group(`Features of ${generated}`, () => extractFolder(ex, generated, { batchSize: batch, progress, label: 'generated' }));
    const fid = await frechetDistanceFromFeatures(r.features.pool3, r.count, g.features.pool3, g.count, 2048);
    core.info(`FID ${fid.fid.toFixed(4)} (${r.count} real, ${g.count} generated, ${ex.model.device})`);
    core.setOutput('fid', String(fid.fid));
    core.setOutput('passed', 'true');
  } catch (err) {
    core.setFailed(err instanceof InputError ? err.message : `fid-gate failed: ${(err as Error).stack ?? err}`);
  }
}
