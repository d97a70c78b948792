// The gate: parsing of `thresholds` and `max-regression`, evaluation against a report and a baseline, messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  evaluateGate,
  parseMaxRegression,
  parseRules,
  parseThresholds,
  checkRulesComputable,
} from '../../src/gate/rules.js';
import { InputError } from '../../src/util/errors.js';
import { makeReport } from '../helpers/report-fixtures.js';
import { formatNumber } from '../../src/core/format.js';

function throwsInput(fn: () => unknown, re: RegExp): void {
  assert.throws(
    fn,
    (e: unknown) => e instanceof InputError && re.test((e as Error).message),
    `expected InputError matching ${re}`,
  );
}

test('thresholds: one rule a line, all operators, comments, blank lines, aliases, spacing', () => {
  const r = parseThresholds(
    'fid <= 25\n\n  # a comment\nis >= 8   # trailing comment\nprecision>=0.6\nKID < 1e-3\nrecall > .5\ninception-score ≥ 2',
  );
  assert.deepEqual(
    r.map((x) => [x.metric, x.op, x.limit, x.line]),
    [
      ['fid', '<=', 25, 1],
      ['is', '>=', 8, 4],
      ['precision', '>=', 0.6, 5],
      ['kid', '<', 0.001, 6],
      ['recall', '>', 0.5, 7],
      ['is', '>=', 2, 8],
    ],
  );
  assert.equal(r[0].text, 'fid <= 25');
  assert.deepEqual(parseThresholds(''), []);
  assert.deepEqual(parseThresholds(undefined), []);
  assert.equal(parseThresholds('fid <= 25, is >= 8').length, 2, 'commas separate rules on one line too');
});

test('thresholds: unparsable line names the line number and text; unknown metric lists the known ones', () => {
  throwsInput(() => parseThresholds('fid <= 25\nfid = 30'), /line 2: cannot parse "fid = 30"/);
  throwsInput(() => parseThresholds('# c\n\nfid <= twenty'), /line 3: cannot parse "fid <= twenty"/);
  throwsInput(() => parseThresholds('fid <='), /line 1/);
  throwsInput(
    () => parseThresholds('fdi <= 25'),
    /unknown metric "fdi" \(known: fid kid is precision recall density coverage elbo-bpd fd-inf memorization\)/,
  );
  throwsInput(() => parseThresholds('prdc >= 0.5'), /unknown metric "prdc"/);
});

test('max-regression: absolute and relative, sign optional, commas and newlines', () => {
  const r = parseMaxRegression('fid: +5%, recall: -0.02\nkid: 0.001\n# note\nprecision 2%\nis=-10%');
  assert.deepEqual(
    r.map((x) => [x.metric, x.amount, x.relative, x.text]),
    [
      ['fid', 0.05, true, 'fid: +5%'],
      ['recall', 0.02, false, 'recall: -0.02'],
      ['kid', 0.001, false, 'kid: +0.001'],
      ['precision', 0.02, true, 'precision: -2%'],
      ['is', 0.1, true, 'is: -10%'],
    ],
  );
  throwsInput(
    () => parseMaxRegression('fid: -5%'),
    /fid is better when lower, so a regression is an increase; write "fid: \+5%"/,
  );
  throwsInput(() => parseMaxRegression('recall: +0.02'), /recall is better when higher/);
  throwsInput(() => parseMaxRegression('fid: 5%%'), /line 1: cannot parse "fid: 5%%"/);
  throwsInput(() => parseMaxRegression('fid: +5%\nfoo: 1'), /line 2: unknown metric "foo"/);
});

test('threshold evaluation: messages name the value, the limit and the rule', () => {
  const report = makeReport({ fid: 31.2, is: 8.41, precision: 0.58, recall: 0.7 });
  const g = evaluateGate(report, undefined, parseRules('fid <= 25\nis >= 8\nprecision >= 0.6\nrecall > 0.7', ''));
  assert.equal(g.passed, false);
  assert.deepEqual(
    g.results.map((r) => [r.metric, r.kind, r.value, r.limit, r.passed]),
    [
      ['fid', 'threshold', 31.2, 25, false],
      ['is', 'threshold', 8.41, 8, true],
      ['precision', 'threshold', 0.58, 0.6, false],
      ['recall', 'threshold', 0.7, 0.7, false],
    ],
  );
  assert.equal(g.results[0].message, 'fid = 31.2 > 25 (threshold "fid <= 25")');
  assert.equal(g.results[1].message, 'is = 8.41 >= 8 (threshold "is >= 8")');
  assert.equal(g.results[2].message, 'precision = 0.58 < 0.6 (threshold "precision >= 0.6")');
  assert.equal(g.results[3].message, 'recall = 0.7 <= 0.7 (threshold "recall > 0.7")');
  // a value that rounds to the limit is printed with enough digits to see why it failed
  const close = evaluateGate(makeReport({ fid: 25.000012 }), undefined, parseRules('fid <= 25', ''));
  assert.equal(close.passed, false);
  assert.equal(close.results[0].message, 'fid = 25.00001 > 25 (threshold "fid <= 25")');
  assert.equal(evaluateGate(makeReport({ fid: 25 }), undefined, parseRules('fid <= 25', '')).passed, true);
});

test('regression evaluation: relative and absolute, direction from the metric', () => {
  const base = makeReport({ fid: 22.1, recall: 0.71, is: 9.5, kid: 0.0102 });
  const cur = makeReport({ fid: 24.0, recall: 0.7, is: 9.7, kid: 0.0112 });
  const g = evaluateGate(cur, base, parseRules('', 'fid: +5%\nrecall: -0.02\nis: -1%\nkid: 0.0005'));
  const by = Object.fromEntries(g.results.map((r) => [r.metric, r]));
  assert.equal(by.fid.passed, false);
  assert.equal(by.fid.message, 'fid regressed 22.1 → 24 (+8.6%, limit +5%)');
  assert.equal(by.fid.baseline, 22.1);
  assert.ok(Math.abs(by.fid.limit - 23.205) < 1e-12);
  assert.equal(by.recall.passed, true, 'recall fell 0.01, 0.02 allowed');
  assert.equal(by.recall.message, 'recall 0.71 → 0.7 (-0.01, limit -0.02)');
  assert.ok(Math.abs(by.recall.limit - 0.69) < 1e-12);
  assert.equal(by.is.passed, true, 'IS rose: an improvement, never a regression');
  assert.equal(by.kid.passed, false);
  assert.equal(by.kid.message, 'kid regressed 0.0102 → 0.0112 (+0.001, limit +0.0005)');
  assert.equal(g.passed, false);
  // an improvement of a lower-is-better metric passes however large
  assert.equal(evaluateGate(makeReport({ fid: 10 }), base, parseRules('', 'fid: 0%')).passed, true);
  // no change passes even with a zero allowance
  assert.equal(evaluateGate(makeReport({ fid: 22.1 }), base, parseRules('', 'fid: 0')).passed, true);
});

test('regression rules without a baseline are skipped (listed), thresholds still count', () => {
  const g = evaluateGate(makeReport({ fid: 20 }), undefined, parseRules('fid <= 25', 'fid: +5%'));
  assert.equal(g.passed, true);
  assert.equal(g.results.length, 1);
  assert.deepEqual(g.skipped, ['regression rule "fid: +5%" not evaluated: no comparable baseline']);
  const g2 = evaluateGate(makeReport({ fid: 20, kid: 0.01 }), makeReport({ fid: 19 }), parseRules('', 'kid: +5%'));
  assert.deepEqual(g2.skipped, ['regression rule "kid: +5%" not evaluated: the baseline has no kid']);
});

test('a rule on a metric that was not computed is an input error', () => {
  throwsInput(
    () => evaluateGate(makeReport({ fid: 20 }), undefined, parseRules('is >= 8', '')),
    /rule "is >= 8" is on is, which was not computed \(computed: fid\)/,
  );
  throwsInput(
    () => evaluateGate(makeReport({ fid: 20 }), makeReport({ fid: 20 }), parseRules('', 'recall: -0.1')),
    /not computed/,
  );
  throwsInput(
    () => checkRulesComputable(parseRules('precision >= 0.5', ''), ['fid', 'kid']),
    /add "prdc" to the metrics input/,
  );
  checkRulesComputable(parseRules('precision >= 0.5\nfid <= 3', 'is: 1%'), ['fid', 'is', 'prdc']);
});

test('formatNumber: significant digits without float noise', () => {
  assert.equal(formatNumber(31.2), '31.2');
  assert.equal(formatNumber(31.23456), '31.23');
  assert.equal(formatNumber(1234.56), '1235');
  assert.equal(formatNumber(0.0012346), '0.001235');
  assert.equal(formatNumber(0.1 + 0.2), '0.3');
  assert.equal(formatNumber(0), '0');
  assert.equal(formatNumber(-2.5e-7), '-2.5e-7');
});

// The noise-aware regression rule: past the limit AND the 95 % interval of the difference excludes zero on
// the worse side → fail; past the limit but the interval includes zero → pass, "within noise".
function withInterval(
  r: ReturnType<typeof makeReport>,
  metric: 'fid' | 'recall',
  halfWidth: number,
  replicates?: number[],
) {
  r.metrics[metric]!.ci = {
    halfWidth,
    level: 0.95,
    se: halfWidth / 1.96,
    scale: 1,
    ...(replicates ? { replicates } : {}),
  };
  r.protocol.seed = 2020;
  r.protocol.realDigest = 'a'.repeat(64);
  r.protocol.bootstrap = { replicates: replicates?.length ?? 200, draws: { real: 1000, generated: 1000 } };
  return r;
}

test('noise-aware regression: independent intervals √(h₁² + h₂²); a worsening inside it is within noise', () => {
  const base = withInterval(makeReport({ fid: 20 }), 'fid', 3);
  const noisy = withInterval(makeReport({ fid: 24 }), 'fid', 4); // +4 > +5% (1.0), interval ±5
  const g = evaluateGate(noisy, base, parseRules('', 'fid: +5%'));
  assert.equal(g.passed, true);
  const r = g.results[0];
  assert.deepEqual(r.noise, { difference: 4, halfWidth: 5, method: 'independent', verdict: 'within noise' });
  assert.equal(
    r.message,
    'fid 20 → 24 (+20.0%, limit +5%): within noise, 95% interval of the difference +4 ± 5, which includes 0',
  );
  assert.deepEqual(g.withinNoise, [r.message]);
  const clear = withInterval(makeReport({ fid: 26 }), 'fid', 4); // +6 > 5
  const g2 = evaluateGate(clear, base, parseRules('', 'fid: +5%'));
  assert.equal(g2.passed, false);
  assert.equal(
    g2.results[0].message,
    'fid regressed 20 → 26 (+30.0%, limit +5%, 95% interval of the difference +6 ± 5, which excludes 0)',
  );
  assert.equal(g2.results[0].noise?.verdict, 'significant');
  // inside the limit: passes whatever the interval
  const small = withInterval(makeReport({ fid: 20.5 }), 'fid', 0.01);
  assert.equal(evaluateGate(small, base, parseRules('', 'fid: +5%')).results[0].passed, true);
});

test('noise-aware regression: paired replicates (same seed, N, reference) cancel the shared noise', () => {
  // replicates move together (the reference's noise): the difference is +2 in every replicate but one pair
  const baseReps = Array.from({ length: 40 }, (_, i) => 20 + Math.sin(i) * 5);
  const curReps = baseReps.map((v, i) => v + 2 + (i % 2 ? 0.1 : -0.1));
  const base = withInterval(makeReport({ fid: 20 }), 'fid', 9, baseReps);
  const cur = withInterval(makeReport({ fid: 22 }), 'fid', 9, curReps);
  const g = evaluateGate(cur, base, parseRules('', 'fid: +1'));
  const n = g.results[0].noise!;
  assert.equal(n.method, 'paired');
  assert.ok(Math.abs(n.halfWidth - 0.1) < 1e-9, `paired half-width ${n.halfWidth}`);
  assert.equal(n.verdict, 'significant');
  assert.equal(g.passed, false);
  // independent halves would have said ±12.7 and "within noise"
  cur.protocol.seed = 1;
  const ind = evaluateGate(cur, base, parseRules('', 'fid: +1')).results[0].noise!;
  assert.equal(ind.method, 'independent');
  assert.ok(Math.abs(ind.halfWidth - Math.hypot(9, 9)) < 1e-12);
  assert.equal(ind.verdict, 'within noise');
});

test('noise-aware regression: higher-is-better metrics, a baseline without interval, and no intervals at all', () => {
  const base = makeReport({ recall: 0.7 });
  const cur = withInterval(makeReport({ recall: 0.64 }), 'recall', 0.03); // −0.06 > 0.02; assumed √2·0.03 = 0.0424
  const g = evaluateGate(cur, base, parseRules('', 'recall: -0.02'));
  assert.equal(g.results[0].noise?.method, 'assumed');
  assert.ok(Math.abs(g.results[0].noise!.halfWidth - Math.SQRT2 * 0.03) < 1e-15);
  assert.equal(g.passed, false);
  const cur2 = withInterval(makeReport({ recall: 0.67 }), 'recall', 0.03); // −0.03 past −0.02, inside ±0.042
  assert.equal(evaluateGate(cur2, base, parseRules('', 'recall: -0.02')).passed, true);
  // no intervals: the plain rule
  const plain = evaluateGate(makeReport({ recall: 0.67 }), base, parseRules('', 'recall: -0.02'));
  assert.equal(plain.passed, false);
  assert.equal(plain.results[0].noise, undefined);
});
