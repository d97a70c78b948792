#!/usr/bin/env node
// The fid-gate CLI, from the self-contained bundle in dist/ (rebuilt with `npm run build`).
process.env.FID_GATE_CLI = '1';
await import('../dist/index.js');
