// memorization (metrics/memorization.ts): the share of generated samples whose nearest training sample is closer than
// β × that sample's own nearest-neighbour distance; the reference is checked the same way (a reference image that
// close to a training image means the reference set leaks into training). Writes the pairs grid.
import path from 'node:path';
import { defineMetricGroup, UNIT_INTERVAL, type LoadedInput, type MetricContext } from '../metric-def.js';
import type { MetricResult } from '../../core/metric-result.js';
import { memorization, type MemorizationResult } from '../memorization.js';
import { decodeRgb } from '../../images/decode.js';
import { writePairsGrid } from '../../images/pairs-grid.js';
import { formatSignificant } from '../../core/format.js';

const fileName = (side: LoadedInput, i: number) => side.files?.[i] ?? `#${i}`;

/** The reference set's leak check: details and, when it found near-duplicates, the warning note. */
function referenceLeaks(
  r: MemorizationResult,
  real: LoadedInput,
  training: LoadedInput,
  details: Record<string, unknown>,
  notes: string[],
): void {
  if (!r.reference) return;
  details.referenceShare = r.reference.share;
  details.referenceFlagged = r.reference.flagged;
  const leaks = r.reference.closestPairs
    .filter((p) => p.ratio < r.beta)
    .map((p) => ({
      reference: fileName(real, p.reference),
      training: fileName(training, p.training),
      distance: p.distance,
      ratio: p.ratio,
    }));
  details.referenceLeaks = leaks;
  if (r.reference.flagged) {
    notes.push(
      `WARNING: ${r.reference.flagged} of ${real.count} reference images are near-duplicates of training images (the reference set leaks into training; memorization and FID are then optimistic): ${leaks
        .slice(0, 5)
        .map((p) => `${p.reference} ~ ${p.training}`)
        .join(', ')}${r.reference.flagged > 5 ? ', …' : ''}`,
    );
  }
}

/** Writes the closest generated/training pairs as a PNG (image folders only; else a note says why not). */
async function pairsGrid(
  file: string,
  r: MemorizationResult,
  generated: LoadedInput,
  training: LoadedInput,
  details: Record<string, unknown>,
  notes: string[],
): Promise<void> {
  const gdir = generated.summary.kind === 'folder' ? generated.summary.source : undefined;
  const tdir = training.summary.kind === 'folder' ? training.summary.source : undefined;
  if (gdir && tdir && generated.files && training.files && r.closestPairs.length) {
    const images = await Promise.all(
      r.closestPairs.map(async (p) => ({
        left: await decodeRgb(path.join(gdir, generated.files![p.generated])),
        right: await decodeRgb(path.join(tdir, training.files![p.training])),
      })),
    );
    await writePairsGrid(file, images);
    details.pairsGrid = file;
  } else {
    notes.push(
      `memorization: no pairs grid (${!gdir ? 'the generated side is not an image folder' : 'the training side is not an image folder'}: the images are not at hand)`,
    );
  }
}

async function computeMemorization({
  real,
  generated,
  training: t,
  dim,
  settings,
  notes,
  device,
}: MetricContext): Promise<{ memorization: MetricResult }> {
  const training = t!;
  const r = await memorization(training.features!, training.count, generated.features!, generated.count, dim, {
    beta: settings.memorizationBeta,
    device,
    ...(real.features ? { reference: { features: real.features, n: real.count } } : {}),
  });
  const pairs = r.closestPairs.map((p) => ({
    generated: fileName(generated, p.generated),
    training: fileName(training, p.training),
    distance: p.distance,
    ratio: p.ratio,
  }));
  const details: Record<string, unknown> = {
    reference: 'authenticity rule of Alaa et al. 2022 with ratio threshold beta',
    beta: r.beta,
    flagged: r.flagged,
    nTraining: training.count,
    trainingSource: training.summary.source,
    closestPairs: pairs,
  };
  if (r.flagged)
    notes.push(
      `memorization: ${r.flagged} of ${generated.count} generated images (a share of ${formatSignificant(r.share)}) are closer to a training image than ${r.beta} × its distance to the nearest other training image: suspected copies (closest: ${pairs
        .slice(0, 3)
        .map((p) => `${p.generated} ~ ${p.training}`)
        .join(', ')})`,
    );
  referenceLeaks(r, real, training, details, notes);
  if (settings.pairsGrid) await pairsGrid(settings.pairsGrid, r, generated, training, details, notes);
  return { memorization: { value: r.share, better: 'lower', details } };
}

export const memorizationGroup = defineMetricGroup({
  group: 'memorization',
  selectable: false,
  byDefault: false,
  title: 'memorization',
  needs: { source: 'training', features: ['generated', 'training'] },
  computedOnly: 'only computed against training images (the training input, or compare --training DIR)',
  metrics: [
    {
      name: 'memorization',
      aliases: ['memorisation', 'copies'],
      better: 'lower',
      label: 'Memorization',
      tableLabel: 'memorization',
      domain: UNIT_INTERVAL,
      settings: (d) => `share of samples nearer a training image than β = ${d.beta ?? '?'} × its neighbour distance`,
    },
  ],
  compute: computeMemorization,
});
