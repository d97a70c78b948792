// The extractor registry: what each feature extractor provides. The Inception network gives pool3 features and its
// class logits; an ONNX encoder (every preset of features/encoder.ts) gives one [N, D] feature output and no logits.
// Which metrics an extractor supports is decided from this and the metric registry (metrics/registry.ts's
// checkMetricsSupported), nowhere else.
import type { EncoderPresetName, EncoderSpec } from './encoder.js';

/** 'pool': per-image features (FD, KID, precision/recall...); 'logits': Inception's class logits (IS). */
export type ExtractorOutput = 'pool' | 'logits';

export interface ExtractorDecl {
  id: 'inception' | EncoderPresetName;
  provides: readonly ExtractorOutput[];
}

export const EXTRACTORS = {
  inception: { id: 'inception', provides: ['pool', 'logits'] },
  dinov2: { id: 'dinov2', provides: ['pool'] },
  clip: { id: 'clip', provides: ['pool'] },
  custom: { id: 'custom', provides: ['pool'] },
} as const satisfies Record<'inception' | EncoderPresetName, ExtractorDecl>;

/** The extractor that an `encoder` option selects (undefined: the Inception network). */
export function extractorFor(encoder: EncoderSpec | undefined): ExtractorDecl {
  return encoder ? EXTRACTORS[encoder.preprocess.preset] : EXTRACTORS.inception;
}

/**
 * The extractor a recorded protocol names (statistics files, reports): pytorch-fid's Inception (INCEPTION_EXTRACTOR and
 * its variants), else an ONNX encoder
 * (whose preset is not recorded, and all of whose presets provide the same); undefined when it is unknown.
 */
export function extractorOfProtocol(extractor: string | undefined): ExtractorDecl | undefined {
  if (!extractor || extractor === 'unknown') return undefined;
  return extractor.startsWith('pytorch-fid-inception') ? EXTRACTORS.inception : EXTRACTORS.custom;
}
