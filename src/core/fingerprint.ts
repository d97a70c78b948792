// The protocol fingerprint of a result and the reasons two results are not comparable. FID moves with the extractor,
// its weights, the resize, the quantization of the images, N (its bias is O(d/N)), the reference set and the sampler's
// settings; a baseline that differs in any of them says nothing about this run's model, so it is never compared
// silently: the report says "not comparable" and lists each difference.
import type { MetricsReport, ReportProtocol } from './report-types.js';
import { protocolDifferences } from './protocol.js';
import { countText } from './format.js';

/** Stable JSON (sorted keys) for comparing settings objects. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

/**
 * The sampler settings that define how samples are drawn. Left out: the model (its file and hash are what a PR
 * changes: the thing under test), the command line of --kind command (likewise names the model), the device.
 */
function samplingWithoutDevice(s: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!s) return undefined;
  const { device: _device, model: _model, command: _command, ...rest } = s;
  return rest;
}

function short(v: unknown): string {
  const s = typeof v === 'string' ? v : stable(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Every way `current` and `base` differ in what defines their numbers; empty when they are comparable. Fields a
 * report from an older fid-gate does not record (seed, realDigest) are compared only when both have them.
 */
export function fingerprintDifferences(current: ReportProtocol, base: ReportProtocol): string[] {
  // protocolDifferences says "A vs B"; here every difference reads baseline → this run
  const out = protocolDifferences(base, current).map((d) => d.replace(' vs ', ' → '));
  if ((current.quantization || '') !== (base.quantization || ''))
    out.push(`quantization ${base.quantization || 'unrecorded'} → ${current.quantization || 'unrecorded'}`);
  if (current.nReal !== base.nReal) out.push(`N real ${base.nReal} → ${current.nReal}`);
  if (current.nGenerated !== base.nGenerated)
    out.push(`N generated ${base.nGenerated} → ${current.nGenerated} (FID's bias depends on N)`);
  if (current.realDigest && base.realDigest && current.realDigest !== base.realDigest) {
    out.push(`reference set changed (features ${base.realDigest.slice(0, 12)} → ${current.realDigest.slice(0, 12)})`);
  }
  if (current.seed !== undefined && base.seed !== undefined && current.seed !== base.seed)
    out.push(`seed ${base.seed} → ${current.seed}`);
  const sa = samplingWithoutDevice(base.sampling),
    sb = samplingWithoutDevice(current.sampling);
  if (!!sa !== !!sb)
    out.push(
      sb
        ? 'the generated side is now sampled from a model, the baseline read images'
        : 'the baseline sampled from a model, this run read images',
    );
  else if (sa && sb) {
    for (const k of [...new Set([...Object.keys(sa), ...Object.keys(sb)])].sort()) {
      if (stable(sa[k]) !== stable(sb[k])) out.push(`sampler ${k} ${short(sa[k])} → ${short(sb[k])}`);
    }
  }
  if ((current.fidGateVersion || '') !== (base.fidGateVersion || ''))
    out.push(`fid-gate ${base.fidGateVersion || 'unrecorded'} → ${current.fidGateVersion || 'unrecorded'}`);
  return out;
}

/** "N real A / generated B", or "N unknown" when neither size is recorded. */
function countsText(nReal: number, nGenerated: number): string {
  return nReal > 0 || nGenerated > 0 ? `N real ${countText(nReal)} / generated ${countText(nGenerated)}` : 'N unknown';
}

/** The fingerprint in one line (plain text; markdown escapes it): extractor, weights, resize, quantization, N, seed,
 * sampler, version. */
export function protocolSummary(r: Pick<MetricsReport, 'protocol'>): string {
  const p = r.protocol;
  const s = samplingWithoutDevice(p.sampling);
  const sampler = s
    ? `, sampler ${Object.entries(s)
        .filter(([k]) => k !== 'n')
        .map(([k, v]) => `${k}=${short(v)}`)
        .join(' ')}`
    : '';
  return (
    `${p.extractor}, weights ${p.weights} (sha256 ${String(p.weightsSha256).slice(0, 12)}), resize ${p.resize}, quantization ${p.quantization || 'unrecorded'}, ` +
    `${countsText(p.nReal, p.nGenerated)}${p.realDigest ? ` (reference ${p.realDigest.slice(0, 12)})` : ''}${p.seed !== undefined ? `, seed ${p.seed}` : ''}${sampler}, fid-gate ${p.fidGateVersion || 'unrecorded'}`
  );
}
