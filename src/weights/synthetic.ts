// The deterministic made-up weights of the reference pack (shared/reference/WEIGHTS.md): every value is
// fmix32 (MurmurHash3's finalizer) of (tensor index * 0x9E3779B1 + element index), mapped to [-1, 1) and scaled per
// tensor kind, computed in float64 and rounded once to float32. They exist so that numbers can be checked against
// pytorch-fid bit for bit without downloading anything; they are NOT the published FID weights.
import { inceptionParams, type ParamKind } from '../features/inception-arch.js';

export const SYNTHETIC_WEIGHTS_WARNING =
  'WARNING: synthetic Inception weights (fid-gate --weights synthetic). These numbers are NOT comparable with published FIDs; use them only to test the pipeline.';

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

function scaleFor(kind: ParamKind, fanIn: number | undefined): (x: number) => number {
  switch (kind) {
    case 'conv_weight': {
      const s = Math.sqrt(8 / fanIn!);
      return (x) => x * s;
    }
    case 'bn_weight':
      return (x) => 1 + 0.1 * x;
    case 'bn_bias':
      return (x) => 0.1 * x;
    case 'bn_running_mean':
      return (x) => 0.1 * x;
    case 'bn_running_var':
      return (x) => 1 + 0.25 * (x + 1);
    case 'fc_weight': {
      const s = Math.sqrt(1 / 2048);
      return (x) => x * s;
    }
    case 'fc_bias':
      return (x) => 0.01 * x;
  }
}

/** All 472 tensors of the synthetic FID Inception state dict, in state-dict order. */
export function syntheticInceptionStateDict(): Map<string, { shape: number[]; data: Float32Array }> {
  const out = new Map<string, { shape: number[]; data: Float32Array }>();
  inceptionParams().forEach((p, index) => {
    const n = p.shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(n);
    const f = scaleFor(p.kind, p.fanIn);
    const base = Math.imul(index, 0x9e3779b1);
    for (let i = 0; i < n; i++) {
      const x = (fmix32((base + i) >>> 0) / 4294967296) * 2 - 1;
      data[i] = f(x);
    }
    out.set(p.name, { shape: p.shape, data });
  });
  return out;
}
