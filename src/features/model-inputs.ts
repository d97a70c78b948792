// The float32 model inputs made in TypeScript (FeatureModel.input): clean-fid's resize for the Inception network and
// an ONNX encoder's preprocessing. Each is described by plain data (InputSpec), from which modelInputFor builds it;
// the main thread's model and the decode workers (decode-pool.ts) both build it that way, so a worker prepares its
// image with the very same functions (cleanResize; encoderInput's resize and normalization) as the main thread would.
import type { RgbImage } from '../images/decode.js';
import { cleanResize } from './clean-resize.js';
import { encoderInput } from './encoder.js';
import { INCEPTION_INPUT_SIZE } from './inception-arch.js';
import type { InputSpec, ModelInput } from './extract.js';

/** clean-fid's input: the image resized to 299×299 as float32 0..255 (PIL bicubic per channel, clipped), NHWC. */
export const cleanInceptionInput: ModelInput = {
  spec: { kind: 'clean-inception' },
  batchKey: () => '',
  dims: (n) => [n, INCEPTION_INPUT_SIZE, INCEPTION_INPUT_SIZE, 3],
  write(img: RgbImage, out: Float32Array, offset: number): void {
    out.set(cleanResize(img.data, img.width, img.height, INCEPTION_INPUT_SIZE, INCEPTION_INPUT_SIZE), offset);
  },
};

/** The model input a spec describes (its `spec` is the spec given). */
export function modelInputFor(spec: InputSpec): ModelInput {
  if (spec.kind === 'clean-inception') return cleanInceptionInput;
  return { ...encoderInput(spec.preprocess), spec };
}

/** The inputs built for prepareModelInput, by their spec (a worker sees one or two specs in its life). */
const built = new Map<string, ModelInput>();

/**
 * One image's model input, as the extraction loop would write it into its batch: a float32 array of ∏ dims(1, w, h)
 * values, in a buffer of its own (a decode worker transfers it to the main thread).
 */
export function prepareModelInput(img: RgbImage, spec: InputSpec): Float32Array {
  const key = JSON.stringify(spec);
  let input = built.get(key);
  if (!input) {
    if (built.size >= 8) built.clear();
    input = modelInputFor(spec);
    built.set(key, input);
  }
  const out = new Float32Array(input.dims(1, img.width, img.height).reduce((a, b) => a * b, 1));
  input.write(img, out, 0);
  return out;
}
