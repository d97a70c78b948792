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

/**
 * The reports' one number format: `digits` significant digits with trailing zeros kept, so that every value reads at
 * the same precision ("1.000" next to "0.9583"). The integer part is never rounded (1234.5 prints as 1235); beyond
 * 1e6 and below 1e-4 (in magnitude) an exponent (1.235e-5).
 */
export function formatSignificant(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e6 || a < 1e-4) return x.toExponential(Math.max(0, digits - 1)).replace('e+', 'e');
  // the exponent after rounding (9.99996 has 2 integer digits at 4 significant digits)
  let exp = Math.floor(Math.log10(a));
  if (Math.abs(Number(x.toPrecision(digits))) >= 10 ** (exp + 1)) exp += 1;
  const s = x.toFixed(Math.min(20, Math.max(0, digits - exp - 1)));
  return s === '-0' || /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** A change with its sign (+1.900, -0.01400, 0) in the reports' number format. */
export function formatSignedSignificant(x: number, digits = 4): string {
  const s = formatSignificant(x, digits);
  return x > 0 ? `+${s}` : s;
}

/** "1 rule", "3 rules": a count with its noun in the right number. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
