// Number formatting shared by the gate's messages, the markdown report and the history charts.

/** A number for messages: `digits` significant digits, without float noise. */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toExponential(Math.max(0, digits - 1)).replace(/\.?0+e/, 'e');
  // significant digits, but never rounding the integer part (1234.5 prints as 1235, not 1.235e3)
  const exp = Math.floor(Math.log10(a));
  const decimals = exp >= 0 ? Math.max(0, digits - exp - 1) : digits - 1 - exp;
  return String(Number(x.toFixed(Math.min(decimals, 15))));
}

/** Relative change in percent, with one decimal (two below 1%). */
export function formatPercent(fraction: number): string {
  const p = fraction * 100;
  const s = Math.abs(p) < 1 ? p.toFixed(2) : p.toFixed(1);
  return p > 0 ? `+${s}%` : p === 0 ? '±0%' : `${s}%`;
}

/** A set's size for the reports: 0 is what a statistics file without a count (pytorch-fid's mu/sigma) records. */
export function countText(n: number): string {
  return n > 0 ? String(n) : 'unknown';
}
