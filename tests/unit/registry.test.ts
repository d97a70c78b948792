// The metric and extractor registries: one declaration per metric drives the rule parser, --metrics, the reports and
// the check that the extractor can serve the metrics; names are looked up safely; the report fixes that read them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  checkRulesComputable,
  parseMaxRegression,
  parseRules,
  parseThresholds,
  evaluateGate,
} from '../../src/gate/rules.js';
import { runCompare } from '../../src/compare.js';
import {
  checkMetricsSupported,
  defaultMetricGroups,
  lookupMetric,
  METRIC_GROUPS,
  METRICS,
  SELECTABLE_GROUPS,
} from '../../src/metrics/registry.js';
import { EXTRACTORS, extractorFor, extractorOfProtocol } from '../../src/features/extractors.js';
import { escapeText, renderMarkdown } from '../../src/report/markdown.js';
import { formatMetricsTable } from '../../src/report/table.js';
import { protocolSummary } from '../../src/core/fingerprint.js';
import { formatNpz } from '../../src/util/npy.js';
import { InputError } from '../../src/util/errors.js';
import { makeReport } from '../helpers/report-fixtures.js';
import { KNOWN_METRICS, METRIC_BETTER, METRIC_GROUP, ALL_METRICS, parseMetrics } from '../../src/metrics/registry.js';

const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

test('Object.prototype names are unknown metrics everywhere a metric is named', () => {
  for (const name of PROTOTYPE_NAMES) {
    // a rule's metric is [A-Za-z][A-Za-z-]*: `__proto__` does not parse at all, the others are unknown metrics
    const refused = name.startsWith('_') ? 'cannot parse' : `unknown metric "${name}"`;
    assert.throws(
      () => parseThresholds(`${name} <= 1`),
      (e: Error) => e instanceof InputError && e.message.includes(refused),
      name,
    );
    assert.throws(
      () => parseMaxRegression(`${name}: 5%`),
      (e: Error) => e instanceof InputError && e.message.includes(refused),
      name,
    );
    assert.throws(
      () => parseMetrics(`fid,${name}`),
      (e: Error) =>
        e instanceof InputError &&
        e.message === `--metrics: unknown metric "${name}" (known: fid, kid, is, prdc, fdinf)`,
      name,
    );
    assert.equal(lookupMetric(name), undefined);
  }
});

test('the registry gives the tables the gate and compare exported before, unchanged', () => {
  assert.deepEqual(KNOWN_METRICS, [
    'fid',
    'kid',
    'is',
    'precision',
    'recall',
    'density',
    'coverage',
    'elbo-bpd',
    'fd-inf',
    'memorization',
  ]);
  assert.deepEqual(METRIC_BETTER, {
    fid: 'lower',
    kid: 'lower',
    is: 'higher',
    precision: 'higher',
    recall: 'higher',
    density: 'higher',
    coverage: 'higher',
    'elbo-bpd': 'lower',
    'fd-inf': 'lower',
    memorization: 'lower',
  });
  assert.deepEqual(METRIC_GROUP, {
    fid: 'fid',
    kid: 'kid',
    is: 'is',
    precision: 'prdc',
    recall: 'prdc',
    density: 'prdc',
    coverage: 'prdc',
    'elbo-bpd': 'elbo',
    'fd-inf': 'fdinf',
    memorization: 'memorization',
  });
  assert.deepEqual([...ALL_METRICS], ['fid', 'kid', 'is', 'prdc', 'fdinf']);
  assert.deepEqual(SELECTABLE_GROUPS, ALL_METRICS);
  assert.deepEqual(parseMetrics(undefined), ['fid', 'kid', 'is', 'prdc']);
  assert.deepEqual(parseMetrics('PR, isc ,fid-inf,inception-score'), ['prdc', 'is', 'fdinf']);
  // every alias of every rule metric parses to it
  const aliases: Record<string, string> = {
    isc: 'is',
    'inception-score': 'is',
    elbo: 'elbo-bpd',
    bpd: 'elbo-bpd',
    nll: 'elbo-bpd',
    fdinf: 'fd-inf',
    'fid-inf': 'fd-inf',
    fdinfinity: 'fd-inf',
    memorisation: 'memorization',
    copies: 'memorization',
  };
  for (const [alias, name] of Object.entries(aliases))
    assert.equal(parseThresholds(`${alias.toUpperCase()} <= 1`)[0].metric, name, alias);
});

test('every name and alias is declared once; intervals name bootstrap quantities; groups yield their metrics', () => {
  const seen = new Map<string, string>();
  for (const m of METRICS) {
    for (const a of [m.name, ...(m.aliases ?? [])]) {
      assert.ok(!seen.has(a), `${a} declared by ${seen.get(a)} and ${m.name}`);
      seen.set(a, m.name);
    }
    assert.ok(m.label && m.tableLabel, m.name);
  }
  assert.deepEqual(
    METRICS.filter((m) => m.interval).map((m) => [m.name, m.interval]),
    [
      ['fid', 'fid'],
      ['kid', 'kid'],
      ['precision', 'precision'],
      ['recall', 'recall'],
      ['density', 'density'],
      ['coverage', 'coverage'],
    ],
  );
  for (const g of METRIC_GROUPS)
    assert.ok(g.selectable || g.computedOnly, `${g.group}: neither selectable nor says what computes it`);
});

test('extractor registry: IS needs the Inception logits, decided once for options, encoders and recorded protocols', () => {
  assert.deepEqual(defaultMetricGroups(EXTRACTORS.inception), ['fid', 'kid', 'is', 'prdc']);
  for (const preset of ['dinov2', 'clip', 'custom'] as const)
    assert.deepEqual(defaultMetricGroups(EXTRACTORS[preset]), ['fid', 'kid', 'prdc'], preset);
  assert.equal(extractorFor(undefined), EXTRACTORS.inception);
  assert.equal(extractorOfProtocol('pytorch-fid-inception-v3'), EXTRACTORS.inception);
  assert.equal(extractorOfProtocol('onnx:dino.onnx')?.provides.includes('logits'), false);
  assert.equal(extractorOfProtocol('unknown'), undefined);
  checkMetricsSupported(['fid', 'kid', 'is', 'prdc', 'fdinf'], EXTRACTORS.inception, 'inception');
  checkMetricsSupported(['fid', 'kid', 'prdc', 'fdinf'], EXTRACTORS.dinov2, 'onnx:dino.onnx');
  assert.throws(() => checkMetricsSupported(['fid', 'is'], EXTRACTORS.dinov2, 'onnx:dino.onnx'), {
    name: 'InputError',
    message: `IS (Inception Score) needs the Inception network's class logits; onnx:dino.onnx has none: leave "is" out of the metrics (fid, kid, prdc work with any encoder)`,
  });
  assert.throws(() => checkMetricsSupported(['is'], EXTRACTORS.clip, 'onnx:clip.onnx', 'inputs'), {
    message: `IS (Inception Score) needs the Inception network's class logits; these inputs come from onnx:clip.onnx: leave "is" out of the metrics`,
  });
});

test('rules on metrics computed only by other inputs say which input', () => {
  assert.throws(() => checkRulesComputable(parseRules('nll <= 3', ''), ['fid']), {
    message: /is on elbo-bpd, which is only computed with held-out images for the ELBO \(the elbo-images input/,
  });
  assert.throws(() => checkRulesComputable(parseRules('', 'copies: 0.01'), ['fid']), {
    message: /is on memorization, which is only computed against training images \(the training input/,
  });
  assert.throws(() => checkRulesComputable(parseRules('is >= 8', ''), ['fid', 'kid']), {
    message: 'rule "is >= 8" is on is, which is not computed: add "is" to the metrics input (now: fid,kid)',
  });
});

test('markdown: bare URLs in notes are not autolinked; the text reads the same', () => {
  const e = escapeText('see https://example.com/x and www.example.org or HTTP://A.B');
  assert.equal(e, 'see https:&#8203;//example.com/x and www&#8203;.example.org or HTTP:&#8203;//A.B');
  assert.ok(!/[a-z]:\/\//i.test(e) && !/\bwww\./i.test(e));
  const md = renderMarkdown({
    report: makeReport({ fid: 10 }, { notes: ['weights from https://github.com/mseitzer/pytorch-fid/releases'] }),
  });
  assert.ok(md.includes('- weights from https:&#8203;//github.com/mseitzer/pytorch-fid/releases'), md);
});

test('markdown: regression rules without a baseline are "not evaluated", not "no rules"', () => {
  const report = makeReport({ fid: 10, kid: 0.01 });
  const md = renderMarkdown({
    report,
    gate: evaluateGate(report, undefined, parseRules('', 'fid: +5%, kid: 0.001')),
    key: 'x',
  });
  assert.match(md, /^<!-- fid-gate:x -->\n### fid-gate \(x\): regression rules not evaluated \(no baseline\)\n/);
  assert.ok(!md.includes('no rules'));
  assert.ok(md.includes(`- ${escapeText('regression rule "fid: +5%" not evaluated: no comparable baseline')}`));
  const base = makeReport({ kid: 0.02 });
  const md2 = renderMarkdown({
    report,
    gate: evaluateGate(report, base, parseRules('', 'fid: +5%')),
    baseline: { source: 'file', report: base, path: 'b.json' },
  });
  assert.match(md2, /### fid-gate: regression rules not evaluated \(the baseline lacks their metrics\)\n/);
  // with nothing given at all, it still says so
  assert.match(
    renderMarkdown({ report, gate: evaluateGate(report, undefined, parseRules('', '')) }),
    /### fid-gate: no rules\n/,
  );
});

test('statistics files without a count (pytorch-fid mu/sigma): "N unknown", no N ≤ d warning', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'fid-gate-registry-'));
  const d = 4;
  const write = (name: string, shift: number) => {
    const mu = new Float64Array(d).fill(shift);
    const sigma = new Float64Array(d * d);
    for (let i = 0; i < d; i++) sigma[i * d + i] = 1;
    const file = path.join(dir, name);
    writeFileSync(file, formatNpz({ mu: { data: mu, shape: [d] }, sigma: { data: sigma, shape: [d, d] } }));
    return file;
  };
  const { report } = await runCompare({ real: write('a.npz', 0), generated: write('b.npz', 1), metrics: ['fid'] });
  // identical covariances: FID = |mu1 − mu2|² = d × 1²
  assert.ok(Math.abs(report.metrics.fid!.value - d) < 1e-9, String(report.metrics.fid!.value));
  assert.equal(report.protocol.nReal, 0);
  assert.ok(
    !report.notes.some((n) => n.includes('0 real') || n.includes('is not above the feature dimension')),
    report.notes.join('\n'),
  );
  assert.match(protocolSummary(report), /quantization unknown, N unknown \(reference [0-9a-f]{12}\), seed 2020, /);
  assert.match(formatMetricsTable(report), /N unknown/);
  assert.ok(!renderMarkdown({ report }).includes('N real 0'));
  assert.match(protocolSummary({ protocol: { ...report.protocol, nGenerated: 50 } }), /N real unknown \/ generated 50/);
});

test('what users read follows the registry: action.yml (metrics and thresholds inputs, one output per metric) and --help', async () => {
  const { parse } = await import('yaml');
  const { readFileSync } = await import('node:fs');
  const { ROOT } = await import('../helpers/helpers.js');
  const { cli } = await import('../helpers/cli.js');
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'));
  for (const m of KNOWN_METRICS) {
    assert.ok(action.outputs[m], `action.yml has no output "${m}"`);
    assert.match(
      action.inputs.thresholds.description,
      new RegExp(`\\b${m}\\b`),
      `the thresholds input does not name ${m}`,
    );
  }
  for (const g of SELECTABLE_GROUPS) {
    assert.match(action.inputs.metrics.description, new RegExp(`\\b${g}\\b`), `the metrics input does not name ${g}`);
  }
  const { out, err } = await cli('compare', '--help');
  const help = out + err;
  for (const g of SELECTABLE_GROUPS)
    assert.match(help, new RegExp(`--metrics[^]*\\b${g}\\b`), `compare --help does not name ${g}`);
});

test("the table's ± line names each interval's method (ci.method), metrics that share one together", () => {
  const ci = (method: 'bootstrap' | 'delta-method' | 'u-statistic' | undefined, scale = 1) => ({
    halfWidth: 0.1,
    level: 0.95 as const,
    se: 0.05,
    scale,
    ...(method ? { method } : {}),
  });
  const report = makeReport({ fid: 12, kid: 0.01, precision: 0.7, coverage: 0.8 });
  report.metrics.fid!.ci = ci('delta-method');
  report.metrics.kid!.ci = ci('u-statistic', 0.5);
  report.metrics.precision!.ci = ci('bootstrap', 0.5);
  report.metrics.coverage!.ci = ci(undefined, 0.5); // a version 1 interval: bootstrap
  report.protocol = {
    ...report.protocol,
    seed: 2020,
    bootstrap: { replicates: 200, draws: { real: 250, generated: 250 } },
  };
  const line = formatMetricsTable(report)
    .split('\n')
    .find((l) => l.startsWith('± :'));
  assert.equal(
    line,
    '± : 95% interval, seed 2020: FID by delta method (influence function); KID by U-statistic variance (of a seeded subset, scaled by √(m/N)); ' +
      'Precision, Coverage by bootstrap (200 replicates, 250/250-out-of-N, scaled by √(m/N))',
  );
  delete report.protocol.bootstrap;
  assert.ok(!formatMetricsTable(report).includes('± :'), 'no interval line without intervals in the protocol');
});
