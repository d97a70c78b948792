// The options of the CLI's commands, each declared once with its type and help text; the Action's inputs
// (action.yml) use the same names where they exist. parseArgsOptions feeds node:util parseArgs, helpText renders
// the option lists of `fid-gate COMMAND --help`. Light on purpose: imports nothing heavy, so --help stays fast.
import type { ParseArgsConfig } from 'node:util';
import {
  DEFAULT_ANALYSIS_SEED,
  DEFAULT_BATCH_SIZE,
  GPU_BATCH_SIZE,
  DEFAULT_BOOTSTRAP_REPLICATES,
  DEFAULT_MAX_PIXELS,
  ELBO_DEFAULTS,
  SAMPLER_DEFAULTS,
} from '../core/defaults.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in the help (FILE, N). */
  arg?: string;
  /** Help text; continuation lines are indented by helpText. Without help the option is left out of the list. */
  help?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export function parseArgsOptions(specs: OptionSpecs): NonNullable<ParseArgsConfig['options']> {
  const out: NonNullable<ParseArgsConfig['options']> = {};
  for (const [k, s] of Object.entries(specs)) out[k] = s.short ? { type: s.type, short: s.short } : { type: s.type };
  return out;
}

const COLUMN = 18;

/** "  --flag ARG        help" lines, help continued on lines indented to the help column. */
export function helpText(specs: OptionSpecs): string {
  const lines: string[] = [];
  for (const [k, s] of Object.entries(specs)) {
    if (!s.help) continue;
    const flag = `${s.short ? `-${s.short}, ` : ''}--${k}${s.arg ? ` ${s.arg}` : ''}`;
    const [first, ...rest] = s.help.split('\n');
    lines.push(`  ${flag.length < COLUMN ? flag.padEnd(COLUMN) + ' ' : flag + '  '}${first}`);
    for (const r of rest) lines.push(`${' '.repeat(COLUMN + 3)}${r}`);
  }
  return lines.join('\n');
}

const str = (arg: string, help?: string): OptionSpec => ({ type: 'string', arg, help });
const bool = (help?: string): OptionSpec => ({ type: 'boolean', help });

export const helpOption: OptionSpecs = { help: { type: 'boolean', short: 'h' } };

/** The feature extractor and the image reading (stats, compare). */
export const extractorSpecs: OptionSpecs = {
  weights: str('W', "synthetic | PATH.pth | PATH.onnx (default: pytorch-fid's published weights, downloaded once)"),
  resize: str(
    'MODE',
    "legacy-pytorch (default: pytorch-fid's bilinear resize in the network) | clean (clean-fid's\nPIL bicubic float resize to 299x299 and (x-128)/128); part of the protocol",
  ),
  encoder: str(
    'E',
    'inception (default) | PATH.onnx: another feature extractor (e.g. DINOv2, CLIP) whose output is\n[N, D]; FID, KID and precision/recall are then computed in its feature space (no IS)',
  ),
  'encoder-preset': str(
    'P',
    'dinov2 (224x224 bicubic, ImageNet mean/std) | clip (shorter side 224 bicubic, center crop,\nCLIP mean/std) | custom (with the options below); required with --encoder PATH.onnx',
  ),
  'encoder-output': str('N', 'the model output holding the features (default: its first output)'),
  'encoder-size': str('S', 'custom: HxW (resize to exactly HxW) or S (shorter side to S, center crop SxS)'),
  'encoder-mean': str('M', 'custom: a,b,c (default 0,0,0)'),
  'encoder-std': str('S', 'custom: a,b,c (default 1,1,1)'),
  'encoder-layout': str('L', 'custom: nchw (default) | nhwc'),
  'encoder-range': str('R', 'custom: 0-1 (default, pixel/255) | 0-255'),
  device: str(
    'D',
    'auto | cpu | cuda | webgpu (default auto: CUDA when its libraries load, else WebGPU on a\nhardware GPU adapter, else CPU; webgpu also runs on a software adapter such as lavapipe)',
  ),
  'batch-size': str('N', `images per batch (default ${DEFAULT_BATCH_SIZE} on the CPU, ${GPU_BATCH_SIZE} on a GPU)`),
  'cache-dir': str(
    'DIR',
    "where downloaded and converted weights live (default: $FID_GATE_CACHE, the runner's\ntool cache inside GitHub Actions, else ~/.cache/fid-gate)",
  ),
  threads: str('N', 'CPU threads for inference (default: all cores)'),
  recursive: bool('also read images in subfolders'),
  'max-pixels': str(
    'N',
    `refuse images with more than N pixels (decompression-bomb guard; default ${DEFAULT_MAX_PIXELS}, twice\nPillow's MAX_IMAGE_PIXELS; 0 = no limit)`,
  ),
  'on-bad-image': str(
    'M',
    'fail (default): an image that cannot be decoded stops the run | skip: leave it out with a\nwarning naming it; the report says how many were skipped and which',
  ),
  quiet: bool('no progress lines'),
  ...helpOption,
};

/** Sharding over machines (stats, sample): shard i of n. */
export const shardSpecs: OptionSpecs = {
  shard: str(
    'i/n',
    'process only shard i of n (1 <= i <= n): the i-th of n contiguous, near-equal blocks of the sorted\nfile list (sample: of the sample indices); see docs/sharding.md',
  ),
};

/** compare's own options: the metrics and their report. */
export const compareSpecs: OptionSpecs = {
  metrics: str(
    'LIST',
    'comma-separated: fid, kid, is, prdc, fdinf (default: fid,kid,is,prdc; without is for an ONNX\nencoder); fdinf = FD∞ (Chong & Forsyth 2020), FID extrapolated to infinite N',
  ),
  json: str('FILE', 'write the metrics report (JSON) to FILE'),
  seed: str('N', `seed of the analysis: KID subsets and the bootstrap (default ${DEFAULT_ANALYSIS_SEED})`),
  bootstrap: str(
    'B',
    `bootstrap replicates for the 95% intervals of FID, KID, P/R/D/C (default ${DEFAULT_BOOTSTRAP_REPLICATES}; 0 = none)`,
  ),
  training: str(
    'DIR',
    'training images (folder or stats .npz with --features): adds the memorization metric (share\nof generated images that look copied from a training image) and flags reference images that\nare near-duplicates of training images; the closest pairs go to --pairs-grid',
  ),
  'pairs-grid': str('FILE', 'with --training: a PNG of the closest generated/training pairs'),
};

/** The gate (the same as the Action's). */
export const gateSpecs: OptionSpecs = {
  thresholds: str('T', 'FILE or rules: "fid <= 25, precision >= 0.6" (one per line or comma-separated)'),
  baseline: str('FILE', "a metrics JSON (--json of an earlier run, or the Action's artifact) to compare with"),
  'max-regression': str(
    'R',
    '"fid: +5%, recall: -0.02": how far each metric may worsen against --baseline; a worsening past\nthe limit fails only when the bootstrap interval of the difference excludes zero (else it\nis reported as within noise)',
  ),
  kid: str('MODE', 'full | subsets | auto (default auto: full up to 5,000 × 5,000, else 100 subsets of 1,000)'),
};

/** Options of every sampling command (sample, elbo). */
export const samplingCommonSpecs: OptionSpecs = {
  seed: str('S', `seed (default ${SAMPLER_DEFAULTS.seed}); samples do not depend on --batch-size`),
  'batch-size': str(
    'B',
    `samples per model run (default ${SAMPLER_DEFAULTS.diffusionBatchSize} for diffusion, ${SAMPLER_DEFAULTS.ganBatchSize} for gan)`,
  ),
  device: str('D', 'auto | cpu | cuda | webgpu (default auto)'),
  threads: str('N', 'CPU threads for the model (default: all cores)'),
  'cache-dir': str('DIR', 'where the CUDA provider libraries are cached (--device auto/cuda)'),
  quiet: bool('no progress lines'),
  ...helpOption,
};

/** What a diffusion denoiser was trained with (sample, elbo, compare --generator). */
export const diffusionModelSpecs: OptionSpecs = {
  schedule: str('S', 'linear | cosine | scaled-linear (default linear)'),
  'train-steps': str('T', `the T the model was trained with (default ${SAMPLER_DEFAULTS.trainSteps})`),
  prediction: str('P', 'what output 0 is: eps | v | x0 (default eps)'),
  variance: str('V', 'reverse variance: large (β, default) | small (posterior β̃)'),
  'no-clip': bool('do not clip the predicted x0 to [-1, 1]'),
  'num-classes': str('K', 'for models with a labels input (input 2); label K is the null label'),
  size: str('H[xW]', "image size where the model's input shape leaves it open"),
  channels: str('C', "channels (1 or 3) where the model's input shape leaves them open"),
};

/** The model to sample from (sample, compare --generator). */
export const generatorSpecs: OptionSpecs = {
  generator: str(
    'FILE',
    'the ONNX model (gan: input z [N,Z] or [N,Z,1,1], optional int64 labels, output NCHW images;\ndiffusion: inputs x_t [N,C,H,W], timestep [N] int64/float32, optional int64 labels)',
  ),
  kind: str('K', 'gan | diffusion | command'),
  'num-samples': { type: 'string', short: 'n', arg: 'N', help: 'how many samples (required)' },
};

export const ganSpecs: OptionSpecs = {
  'z-dist': str('D', 'normal (default) | uniform (on [-1, 1))'),
  'output-range': str('R', "range of the generator's output: -1,1 (default) or 0,1"),
  latent: str('Z', "z's size, where the model leaves it open"),
  'num-classes': str('K', 'for generators with a labels input (input 1); labels are uniform over 0..K-1'),
  class: str('L', 'use label L for every sample'),
};

export const diffusionSamplerSpecs: OptionSpecs = {
  sampler: str('S', 'ddim (default) | ddpm'),
  steps: str(
    'S',
    `sampling steps (default ${SAMPLER_DEFAULTS.ddimSteps} for ddim, T for ddpm); kept steps floor(i*T/S), i = 0..S-1`,
  ),
  eta: str('E', "DDIM's eta (default 0: deterministic)"),
  guidance: str('W', 'classifier-free guidance weight (models with labels): eps_u + W (eps_c - eps_u)'),
  class: str('L', 'use label L for every sample (default: uniform over 0..K-1)'),
};

export const commandSpecs: OptionSpecs = {
  command: str(
    'CMD',
    'run through the shell; {out}, {n} and {seed} are replaced (quoted); the images it writes\ninto {out} (= -o FOLDER) are read back. Its log is streamed with a [sampler] prefix.',
  ),
  timeout: str(
    'SEC',
    `stop it (SIGTERM, then SIGKILL after 10 s) after SEC seconds (default ${SAMPLER_DEFAULTS.timeoutSeconds})`,
  ),
};

/** Every sampler setting (without the common ones): `fid-gate sample`'s, reused by `compare --generator`. */
export const samplerSpecs: OptionSpecs = {
  ...diffusionModelSpecs,
  ...generatorSpecs,
  ...ganSpecs,
  ...diffusionSamplerSpecs,
  ...commandSpecs,
};

export const elboSpecs: OptionSpecs = {
  denoiser: str('FILE', 'the ONNX denoiser (inputs x_t [N,C,H,W], timestep [N] int64/float32, optional labels)'),
  images: str('DIR', 'held-out real images'),
  draws: str('K', `step draws per image (default ${ELBO_DEFAULTS.draws})`),
  't-sampling': str('M', 'uniform (default: i.i.d. uniform steps) | stratified (one draw in each of K equal strata)'),
  steps: str('S', 'evaluate the chain respaced to S steps (default T: the model as trained)'),
  limit: str('N', 'only the first N images (sorted by name)'),
  recursive: bool('also read images in subfolders'),
  json: str('FILE', 'write the result (value, stderr, settings) as JSON'),
};
