// The feature extractor's options (weights, resize, encoder*, device, batch size, image reading), read from the
// CLI's flags or the Action's inputs, with the checks between them. Loads onnxruntime (parseDevice): the CLI
// imports this module only inside a command's run.
import { parseDevice, type Device } from '../features/session.js';
import { RESIZE_MODES, type ResizeMode } from '../features/inception.js';
import { parseEncoderArgs, type EncoderSpec, type OptionNamer } from '../features/encoder.js';
import type { OnBadImage } from '../features/extract.js';
import { InputError } from '../util/errors.js';
import { DEFAULT_MAX_PIXELS, MAX_BATCH_SIZE } from '../core/defaults.js';
import { choice, int } from './numbers.js';
import { flag, pathValue, text, type OptionSource } from './source.js';

export interface ExtractorOptions {
  weights?: string;
  resize: ResizeMode;
  encoder?: EncoderSpec;
  device: Device;
  /** Undefined: the device's default (defaultBatchSize in features/extract.ts). */
  batchSize?: number;
  threads?: number;
  cacheDir?: string;
  recursive: boolean;
  maxPixels: number;
  onBadImage: OnBadImage;
}

/** --resize and --encoder* (checked against each other and --weights; the model file is opened when it loads). */
export function readExtractorChoice(src: OptionSource): {
  resize: ResizeMode;
  encoder?: EncoderSpec;
  weights?: string;
} {
  const resize = choice(src, 'resize', RESIZE_MODES, 'legacy-pytorch');
  const weights = text(src, 'weights') === 'synthetic' ? 'synthetic' : pathValue(src, 'weights');
  const encoderPath =
    text(src, 'encoder')?.toLowerCase() === 'inception' ? text(src, 'encoder') : pathValue(src, 'encoder');
  const encoder = parseEncoderArgs(
    {
      encoder: encoderPath,
      preset: text(src, 'encoder-preset'),
      output: text(src, 'encoder-output'),
      size: text(src, 'encoder-size'),
      mean: text(src, 'encoder-mean'),
      std: text(src, 'encoder-std'),
      layout: text(src, 'encoder-layout'),
      range: text(src, 'encoder-range'),
    },
    src.name as OptionNamer,
  );
  if (encoder && resize !== 'legacy-pytorch') {
    throw new InputError(
      `${src.given('resize', resize)} is for the Inception network; an ONNX encoder's resize comes from ${src.name('encoder-preset')}`,
      'resize',
    );
  }
  if (encoder && weights !== undefined) {
    throw new InputError(
      `${src.name('weights')} is for the Inception network; leave it out with ${src.given('encoder', encoder.path)}`,
      'weights',
    );
  }
  return { resize, encoder, weights };
}

/** Every extractor option. */
export function readExtractorOptions(src: OptionSource): ExtractorOptions {
  return {
    ...readExtractorChoice(src),
    device: parseDevice(text(src, 'device'), src.name('device')),
    batchSize: int(src, 'batch-size', undefined, { max: MAX_BATCH_SIZE, expected: 'a positive integer' }),
    threads: int(src, 'threads', undefined, { expected: 'a positive integer' }),
    cacheDir: pathValue(src, 'cache-dir'),
    recursive: flag(src, 'recursive'),
    maxPixels: int(src, 'max-pixels', DEFAULT_MAX_PIXELS, {
      min: 0,
      expected: 'a non-negative integer (0 = no limit)',
    }),
    onBadImage: choice(src, 'on-bad-image', ['fail', 'skip'] as const, 'fail'),
  };
}
