// The gate: parsing of `thresholds` and `max-regression`, evaluation against a report and a baseline, messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateGate, formatNumber, parseMaxRegression, parseRules, parseThresholds, checkRulesComputable } from '../src/gate/rules.js';
import { InputError } from '../src/util/errors.js';
import { makeReport } from './report-fixtures.js';

function throwsInput(fn: () => unknown, re: RegExp): void {
  assert.throws(fn, (e: unknown) => e instanceof InputError && re.test((e as Error).message), `expected InputError matching ${re}`);
}

test('thresholds: one rule a line, all operators, comments, blank lines, aliases, spacing', () => {
  const r = parseThresholds('fid <= 25\n\n  # a comment\nis >= 8   # trailing comment\nprecision>=0.6\nKID < 1e-3\nrecall > .5\ninception-score ≥ 2');
  assert.deepEqual(r.map((x) => [x.metric, x.op, x.limit, x.line]), [
    ['fid', '<=', 25, 1], ['is', '>=', 8, 4], ['precision', '>=', 0.6, 5], ['kid', '<', 0.001, 6], ['recall', '>', 0.5, 7], ['is', '>=', 2, 8],
  ]);
  assert.equal(r[0].text, 'fid <= 25');
  assert.deepEqual(parseThresholds(''), []);
  assert.deepEqual(parseThresholds(undefined), []);
  assert.equal(parseThresholds('fid <= 25, is >= 8').length, 2, 'commas separate rules on one line too');
});

test('thresholds: unparsable line names the line number and text; unknown metric lists the known ones', () => {
  throwsInput(() => parseThresholds('fid <= 25\nfid = 30'), /line 2: cannot parse "fid = 30"/);
  throwsInput(() => parseThresholds('# c\n\nfid <= twenty'), /line 3: cannot parse "fid <= twenty"/);
  throwsInput(() => parseThresholds('fid <='), /line 1/);
  throwsInput(() => parseThresholds('fdi <= 25'), /unknown metric "fdi" \(known: fid kid is precision recall density coverage elbo-bpd\)/);
  throwsInput(() => parseThresholds('prdc >= 0.5'), /unknown metric "prdc"/);
});

test('max-regression: absolute and relative, sign optional, commas and newlines', () => {
  const r = parseMaxRegression('fid: +5%, recall: -0.02\nkid: 0.001\n# note\nprecision 2%\nis=-10%');
  assert.deepEqual(r.map((x) => [x.metric, x.amount, x.relative, x.text]), [
    ['fid', 0.05, true, 'fid: +5%'], ['recall', 0.02, false, 'recall: -0.02'], ['kid', 0.001, false, 'kid: +0.001'],
    ['precision', 0.02, true, 'precision: -2%'], ['is', 0.1, true, 'is: -10%'],
  ]);
  throwsInput(() => parseMaxRegression('fid: -5%'), /fid is better when lower, so a regression is an increase; write "fid: \+5%"/);
  throwsInput(() => parseMaxRegression('recall: +0.02'), /recall is better when higher/);
  throwsInput(() => parseMaxRegression('fid: 5%%'), /line 1: cannot parse "fid: 5%%"/);
  throwsInput(() => parseMaxRegression('fid: +5%\nfoo: 1'), /line 2: unknown metric "foo"/);
});

test('threshold evaluation: messages name the value, the limit and the rule', () => {
  const report = makeReport({ fid: 31.2, is: 8.41, precision: 0.58, recall: 0.7 });
  const g = evaluateGate(report, undefined, parseRules('fid <= 25\nis >= 8\nprecision >= 0.6\nrecall > 0.7', ''));
  assert.equal(g.passed, false);
  assert.deepEqual(g.results.map((r) => [r.metric, r.kind, r.value, r.limit, r.passed]), [
    ['fid', 'threshold', 31.2, 25, false], ['is', 'threshold', 8.41, 8, true], ['precision', 'threshold', 0.58, 0.6, false], ['recall', 'threshold', 0.7, 0.7, false],
  ]);
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
  throwsInput(() => evaluateGate(makeReport({ fid: 20 }), undefined, parseRules('is >= 8', '')), /rule "is >= 8" is on is, which was not computed \(computed: fid\)/);
  throwsInput(() => evaluateGate(makeReport({ fid: 20 }), makeReport({ fid: 20 }), parseRules('', 'recall: -0.1')), /not computed/);
  throwsInput(() => checkRulesComputable(parseRules('precision >= 0.5', ''), ['fid', 'kid']), /add "prdc" to the metrics input/);
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
