// The `sample` and `elbo` commands of the CLI (src/cli/sample.ts, src/cli/elbo.ts) and the in-memory sampler, for
// callers that drive them directly. This module loads onnxruntime and sharp (src/sampling/sample.ts): the CLI's
// entry (src/cli.ts) does not import it.
export { sampleCommand, defaultGridPath } from '../cli/sample.js';
export { elboCommand } from '../cli/elbo.js';
export type { Command as SamplingCommand } from '../cli/command.js';
export { sampleImages, openSampler, samplesAsDecoder } from './sample.js';
export type { SampleImagesOptions, Sampler, SamplerKind } from './sample.js';
