/**
 * Index of the first NaN or ±Inf in `x`, or −1. The loop builds no message: a string template inside a loop over
 * millions of values keeps some V8 versions (Node 20) from optimizing it, so callers build theirs from the index.
 */
export function firstNonFinite(x: Float64Array | Float32Array): number {
  for (let i = 0; i < x.length; i++) if (!Number.isFinite(x[i])) return i;
  return -1;
}
