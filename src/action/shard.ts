// The two stages of a sharded evaluation in the Action (docs/sharding.md). Input shard: i/n makes a stats-only run
// that writes the generated side's part for shard i of n (src/parts.ts) and uploads it as artifact NAME-part-i-of-n;
// no metrics, no gate, no comment. Input generated-parts (the gate job, after actions/download-artifact) merges the
// downloaded parts (metrics/partial-stats.ts) into the statistics file that stands for the generated side.
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../util/errors.js';
import { cacheAvailable } from '../github/cache.js';
import { uploadFiles } from '../github/artifacts.js';
import { writeJobSummary } from '../github/job-summary.js';
import { partFileName, shardText } from '../images/shard.js';
import { mergePartFiles, writePartNpz } from '../metrics/partial-stats.js';
import { writeStatsNpz } from '../metrics/stats-file.js';
import { folderPart, samplesPart } from '../parts.js';
import { loadNetwork, networkCacheDir } from './network.js';
import { workDir } from './request.js';
import type { ModeOptions } from './mode.js';
import type { ActionResult } from './mode.js';
import { KNOWN_METRICS } from '../metrics/registry.js';

/** The artifact a shard's part is uploaded as: NAME-part-02-of-10. */
export function partArtifactName(artifactName: string, shard: { index: number; of: number }): string {
  return `${artifactName}-${partFileName(shard).slice(0, -'.npz'.length)}`;
}

/** input shard: the part of shard i/n of the generated side (a folder, or the samples of input generator). */
export async function runShard(o: ModeOptions): Promise<ActionResult> {
  const { inputs: inp, core } = o;
  const shard = inp.shard!;
  const s = inp.sampler;
  if (!s && !existsSync(inp.generated))
    throw new InputError(`input generated: ${inp.generated}: no such folder`, 'generated');
  if (!s && !statSync(inp.generated).isDirectory())
    throw new InputError(
      `input generated: ${inp.generated} is not a folder: input shard splits a folder of images (or the samples of input generator)`,
      'generated',
    );
  if (s && typeof s.generator === 'string' && !existsSync(s.generator))
    throw new InputError(`input generator: ${s.generator}: no such file`, 'generator');
  const dir = workDir(o.tempRoot, inp.commentKey);
  await mkdir(dir, { recursive: true });
  const cacheDir = networkCacheDir(inp);
  const ex = await loadNetwork(o, cacheDir, await cacheAvailable());
  const progress = (l: string) => core.info(l);
  const opts = {
    features: true,
    batchSize: inp.batchSize,
    maxPixels: inp.maxPixels,
    onBadImage: inp.onBadImage,
    warn: (m: string) => core.warning(m),
    progress,
  };
  const r = await core.group(`Extract shard ${shardText(shard)}`, () =>
    s
      ? samplesPart(
          ex,
          { ...s, device: inp.device, cacheDir, log: (m: string) => core.info(m), progress },
          shard,
          opts,
          'input shard',
        )
      : folderPart(ex, inp.generated, shard, opts),
  );
  const file = path.join(dir, partFileName(shard));
  await writePartNpz(file, r.part);
  const name = partArtifactName(inp.artifactName, shard);
  const up = await core.group('Upload the part', () => uploadFiles(name, [file], dir, { log: core }));
  const p = r.part.shard;
  const line =
    `fid-gate: shard ${shardText(shard)}: ${r.part.count} of ${p.total} ${s ? 'samples' : 'images'} (positions ${p.start}..${p.end - 1})` +
    ` → ${up.uploaded ? `artifact ${name}` : file}; the gate job merges the ${shard.of} parts (input generated-parts)`;
  core.info(line);
  for (const note of [r.omittedNote, r.skippedNote]) if (note) core.warning(note);
  await writeJobSummary(`${line}\n`, core.summary, core);
  const outputs: Record<string, string> = { passed: '', report: '', error: '', 'comment-url': '', part: file };
  for (const m of KNOWN_METRICS) outputs[m] = '';
  return { outputs, exitCode: 0 };
}

/** input generated-parts: a folder (every .npz under it: what actions/download-artifact leaves) or files, one a line.
 * */
export async function listPartFiles(value: string): Promise<string[]> {
  const entries = value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const out: string[] = [];
  for (const e of entries) {
    if (!existsSync(e)) throw new InputError(`input generated-parts: ${e}: no such folder or file`, 'generated-parts');
    if (!statSync(e).isDirectory()) {
      out.push(e);
      continue;
    }
    const found = (await readdir(e, { recursive: true }))
      .filter((f) => f.endsWith('.npz'))
      .sort()
      .map((f) => path.join(e, f));
    if (!found.length)
      throw new InputError(
        `input generated-parts: ${e} holds no .npz part files (did actions/download-artifact run, with the right pattern?)`,
        'generated-parts',
      );
    out.push(...found);
  }
  return out;
}

/** With input generated-parts: the parts merged into one statistics file, which becomes the generated side. */
export async function withMergedParts(o: ModeOptions): Promise<ModeOptions> {
  const inp = o.inputs;
  if (!inp.generatedParts) return o;
  const files = await listPartFiles(inp.generatedParts);
  const merged = await o.core.group('Merge the parts', async () => {
    const m = await mergePartFiles(files);
    o.core.info(`merged ${files.length} parts: ${m.count} images`);
    return m;
  });
  const dir = workDir(o.tempRoot, inp.commentKey);
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, 'generated-merged.npz');
  await writeStatsNpz(file, merged);
  return { ...o, inputs: { ...inp, generated: file } };
}
