// Calibration of the 95 % intervals (metrics/intervals.ts) and power of the noise-aware gate, on Gaussian features
// with known population FID and KID (tests/helpers/calibration.ts says how they are computed and how FID's bias is
// accounted for). Prints the coverages, the honest block rate and the rate at which a candidate whose population FID
// is 10 % worse is caught by a `fid: +0%` rule.
// Usage: npx tsx bench/calibration.ts [--d 64] [--n 2000] [--repetitions 200] [--shift 0.5]
import { parseArgs } from 'node:util';
import { calibrate, type CalibrationResult } from '../tests/helpers/calibration.js';

const { values } = parseArgs({
  options: { d: { type: 'string' }, n: { type: 'string' }, repetitions: { type: 'string' }, shift: { type: 'string' } },
});
const d = Number(values.d ?? 64),
  n = Number(values.n ?? 2000),
  R = Number(values.repetitions ?? 200),
  shift = Number(values.shift ?? 0.5);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const print = (r: CalibrationResult) => {
  console.log(
    `d = ${d}, N = ${n} per set, ${r.repetitions} repetitions, 200 replicates each (${r.seconds.toFixed(0)} s)`,
  );
  console.log(
    `population FID ${r.fidPopulation.toFixed(4)} (estimator bias, mean over repetitions: ${r.fidBias.toFixed(4)}), population KID ${r.kidPopulation.toExponential(4)}`,
  );
  console.log(`coverage of the 95 % intervals: FID ${pct(r.fidCoverage)} (bias-corrected), KID ${pct(r.kidCoverage)}`);
  console.log(`honest pairs sharing the reference: difference interval covers 0 in ${pct(r.differenceCoverage)}`);
  console.log(
    `gate "fid: +0%": honest candidates blocked ${pct(r.honestBlocked)}, candidates with population FID 10 % worse caught ${pct(r.worseCaught)}`,
  );
};
// partial results every 20 repetitions (a long run on a busy machine still leaves numbers behind)
print(
  await calibrate({
    d,
    n,
    repetitions: R,
    shift,
    onRepetition: (i, partial) => {
      if (i % 20 === 0 && i < R) {
        console.log(`-- after ${i}:`);
        print(partial());
      }
    },
  }),
);
