// The protocol of a set of features: what must agree for two results to be comparable, and the digest that
// identifies a reference set.
import { createHash } from 'node:crypto';
import type { GaussianStats } from '../metrics/stats.js';

export interface Protocol {
  extractor: string;
  weights: string;
  weightsSha256: string;
  /**
   * 'legacy-pytorch' = pytorch-fid's in-model bilinear resize (align_corners=False, no antialias); 'clean' =
   * clean-fid's PIL bicubic float resize and (x − 128)/128. For an ONNX encoder: its whole preprocessing, one line
   * (preset, resize, normalization, layout, output), so runs with different preprocessing never compare.
   */
  resize: string;
  /** How generated images were quantized before extraction ('png-uint8' for files read from disk). */
  quantization: string;
  fidGateVersion: string;
  /** The sampler's settings (seed included) when the images were sampled from a model by fid-gate. */
  sampling?: Record<string, unknown>;
}

/** The fields that must agree for two results to be comparable. */
export function protocolKey(p: Protocol): string {
  return JSON.stringify([p.extractor, p.weightsSha256, p.resize]);
}

export function protocolDifferences(a: Protocol, b: Protocol): string[] {
  const out: string[] = [];
  if (a.extractor !== b.extractor) out.push(`extractor ${a.extractor} vs ${b.extractor}`);
  if (a.weightsSha256 !== b.weightsSha256)
    out.push(
      `weights ${a.weights} (${a.weightsSha256.slice(0, 12)}) vs ${b.weights} (${b.weightsSha256.slice(0, 12)})`,
    );
  if (a.resize !== b.resize) out.push(`resize ${a.resize} vs ${b.resize}`);
  return out;
}

/** SHA-256 of the reference set's features (else of its mu and sigma): identifies the reference in the fingerprint. */
export function referenceDigest(s: GaussianStats & { features?: Float32Array }): string {
  const h = createHash('sha256');
  if (s.features)
    h.update('features\0').update(new Uint8Array(s.features.buffer, s.features.byteOffset, s.count * s.dim * 4));
  else
    h.update('stats\0')
      .update(new Uint8Array(s.mu.buffer, s.mu.byteOffset, s.mu.byteLength))
      .update(new Uint8Array(s.sigma.buffer, s.sigma.byteOffset, s.sigma.byteLength));
  return h.digest('hex');
}
