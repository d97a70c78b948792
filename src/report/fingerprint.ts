// The protocol fingerprint lives in core/fingerprint.ts (the gate, the reports and compare share it).
export { fingerprintDifferences, protocolSummary } from '../core/fingerprint.js';
