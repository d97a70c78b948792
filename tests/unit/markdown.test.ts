// The markdown report: escaping of everything that comes from files or inputs, the hidden marker, the table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  escapeText,
  markerFor,
  readableTime,
  renderMarkdown,
  sanitizeKey,
  shownPaths,
} from '../../src/report/markdown.js';
import { formatSignificant, plural } from '../../src/core/format.js';
import { evaluateGate, parseRules } from '../../src/gate/rules.js';
import { makeReport } from '../helpers/report-fixtures.js';

const NASTY = [
  'evil|name<img src=x onerror=alert(1)>.png',
  '@octocat and @org/team please look',
  '[click](https://evil.example/x) ![img](https://evil.example/i.png) <https://evil.example>',
  '**bold** _it_ ~~strike~~ `code` ```fence``` $\\color{red}{x}$',
  'line1\n# Heading\r\n- list\u2028| a | b |\n<!-- hidden --> </sub><script>alert(1)</script>',
  'back\\slash \\| pipe &amp; entity &#64;octocat \u202eRTL\u200b zero-width',
  'a'.repeat(1000),
];

/** Checks that `s` is inert: every markdown special is backslash-escaped, no raw < > or line break, no bare @. */
function assertInert(s: string): void {
  assert.ok(!/[\r\n\u2028\u2029]/.test(s), `line break in ${JSON.stringify(s)}`);
  assert.ok(!/[<>]/.test(s), `raw < or > in ${s}`);
  assert.ok(!/@(?!&#8203;)/.test(s), `@ not followed by a zero-width space in ${s}`);
  assert.ok(!/[\u202a-\u202e\u2066-\u2069\u200b]/.test(s), 'bidi or zero-width character kept');
  // the entities this escaping writes are the only places where & and # may stand unescaped
  const rest = s.replace(/&(amp|lt|gt|#8203);/g, '');
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '\\') {
      assert.ok('\\`*_[]()#|!~$'.includes(rest[i + 1]), `stray backslash before ${rest[i + 1]} in ${s}`);
      i++;
      continue;
    }
    assert.ok(!'`*_[]()#|!~$&'.includes(c), `unescaped ${c} at ${i} in ${rest}`);
  }
}

test('escapeText makes nasty text inert', () => {
  for (const s of NASTY) assertInert(escapeText(s));
  assert.equal(escapeText('a|b'), 'a\\|b');
  assert.equal(escapeText('<b>'), '&lt;b&gt;');
  assert.equal(escapeText('x & y'), 'x &amp; y');
  assert.equal(escapeText('hi @octocat'), 'hi @&#8203;octocat');
  assert.equal(escapeText('[a](b)'), '\\[a\\]\\(b\\)');
  assert.equal(escapeText('one\ntwo\r\nthree'), 'one two three');
  assert.equal(escapeText('a\\b'), 'a\\\\b');
  assert.equal(escapeText('x'.repeat(50), 10), 'x'.repeat(9) + '…');
  assert.equal(escapeText('plain text-1.2_3'), 'plain text-1.2\\_3');
});

test('comment key: sanitized, never empty, no way out of the HTML comment', () => {
  assert.equal(markerFor(undefined), '<!-- fid-gate:default -->');
  assert.equal(markerFor('  '), '<!-- fid-gate:default -->');
  assert.equal(markerFor('cifar10-32px'), '<!-- fid-gate:cifar10-32px -->');
  assert.equal(sanitizeKey('my key --> <script>'), 'my-key-script');
  assert.equal(sanitizeKey('a'.repeat(100)).length, 64);
  assert.equal(sanitizeKey('../../x'), 'x');
});

test('nasty file names, notes, protocol strings and rule texts cannot inject markdown, HTML or mentions', () => {
  const report = makeReport(
    { fid: 31.2, is: 8.4 },
    {
      real: { source: NASTY[0] + ' ' + NASTY[1], kind: 'folder', count: 24 },
      generated: { source: NASTY[2] + NASTY[4], kind: 'folder', count: 24 },
      notes: ['WARNING: synthetic <b>weights</b> @here', ...NASTY],
    },
  );
  report.protocol.extractor = NASTY[3];
  report.protocol.weights = '@octocat</sub>';
  report.protocol.device = NASTY[4];
  const gate = evaluateGate(report, undefined, parseRules('fid <= 25\nis >= 8', ''));
  const md = renderMarkdown({
    report,
    gate,
    key: 'k<!-- -->',
    warnings: [NASTY[1]],
    notes: [NASTY[5]],
    error: undefined,
    runUrl: 'https://github.com/o/r/actions/runs/1) [x](http://evil',
  });
  const lines = md.split('\n');
  assert.equal(lines[0], '<!-- fid-gate:k -->');
  // the only HTML is our own: the marker and the footer's <sub>
  const withoutOurs = md
    .replace(lines[0], '')
    .replace(/<sub>/g, '')
    .replace(/<\/sub>/g, '')
    .replace(/^> /gm, '');
  assert.ok(!/[<>]/.test(withoutOurs), 'raw < or > from untrusted text');
  assert.ok(!/@(?!&#8203;)/.test(md), 'an @mention survived');
  assert.ok(!md.includes('<img') && !md.includes('<script') && !md.includes('<!-- hidden'));
  assert.ok(!md.includes('](https://evil'), 'a link survived');
  assert.ok(!md.includes('[x](http://evil'), 'an invalid run URL was not dropped');
  // every table row has exactly the 7 unescaped pipes of its 6 cells
  for (const l of lines.filter((x) => x.startsWith('|'))) {
    assert.equal(l.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 1, 7, l);
  }
  // untrusted text only appears escaped: no line starts with a heading, list or quote that we did not write
  for (const l of lines) {
    if (/^(#|-|>|\|)/.test(l)) assert.ok(/^(### |- |> ⚠️ |> ❌ |\| |\|:--\|)/.test(l), `unexpected block: ${l}`);
  }
  assert.ok(md.includes(escapeText(NASTY[0] + ' ' + NASTY[1], 120)));
  assert.ok(md.includes(`- ${escapeText(NASTY[5], 600)}`));
});

test('table: value [interval], baseline, change, the rules and one verdict per metric; protocol line; warning first', () => {
  const report = makeReport(
    { fid: 24.0, kid: 0.0112, is: 8.41, recall: 0.75 },
    {
      notes: [
        'WARNING: synthetic Inception weights (fid-gate --weights synthetic). These numbers are NOT comparable with published FIDs.',
        'N (24 real, 24 generated) is not above the feature dimension 2048',
      ],
    },
  );
  report.metrics.is!.std = 0.31;
  report.protocol.nReal = 24;
  report.protocol.nGenerated = 24;
  report.durationSeconds = 12.34;
  report.real.source = 'data/real';
  report.generated.source = 'out/samples';
  report.protocol.weights = 'synthetic';
  report.protocol.weightsSha256 = 'e23305e2b70ee7741ee876eaf2a1da8e4d1ed44c542635bf1d0782b4d59c3f2a';
  const base = makeReport({ fid: 22.1, kid: 0.0112, is: 9.5, recall: 0.7 });
  const gate = evaluateGate(report, base, parseRules('fid <= 25\nis >= 8', 'fid: +5%'));
  const md = renderMarkdown({
    report,
    gate,
    baseline: {
      source: 'auto',
      report: base,
      runId: 123,
      branch: 'main',
      runUrl: 'https://github.com/o/r/actions/runs/123',
      createdAt: '2024-03-05T10:07:31.123Z',
    },
    runUrl: 'https://github.com/o/r/actions/runs/456',
    version: '0.1.0',
  });
  const lines = md.split('\n');
  assert.equal(lines[0], '<!-- fid-gate:default -->');
  assert.equal(lines[1], '### ❌ fid-gate: failed (1 of 3 rules)');
  assert.match(lines[3], /^> ⚠️ WARNING: synthetic Inception weights/, 'synthetic-weights warning comes first');
  assert.equal(
    lines.find((l) => l.startsWith('| Metric |')),
    '| Metric | Value [95% interval] | Baseline | Change [95% interval] | Rules | Verdict |',
  );
  // no-break spaces keep a value, a change and a rule on one line in GitHub's narrow comment column
  const row = (label: string) =>
    lines.find((l) => l.replace(/\u00a0/g, ' ').startsWith(`| ${label} `)) ?? assert.fail(`no row ${label}`);
  assert.ok(row('FID').includes('≤\u00a023.21\u00a0(base\u00a0+5%) crossed | ❌\u00a0fail |'), row('FID'));
  const plain = (label: string) => row(label).replace(/\u00a0/g, ' ');
  // one verdict per row, and nothing in the row judges otherwise (no better/worse emoji next to it)
  assert.equal(plain('FID'), '| FID ↓ | 24.00 | 22.10 | +1.900 (+8.6%) | ≤ 25; ≤ 23.21 (base +5%) crossed | ❌ fail |');
  assert.equal(plain('KID'), '| KID ↓ | 0.01120 | 0.01120 | 0 | — | — |');
  assert.equal(plain('IS'), '| IS ↑ | 8.410 (std 0.3100) | 9.500 | -1.090 (-11.5%) | ≥ 8 | ✅ pass |');
  assert.equal(plain('Recall'), '| Recall ↑ | 0.7500 | 0.7000 | +0.05000 (+7.1%) | — | — |');
  assert.ok(!/[🟢🔴⚪]/u.test(md), 'no better/worse emoji');
  assert.ok(!md.includes('| Precision'), 'metrics not computed get no row');
  assert.ok(
    md.includes(
      `**Protocol:** ${escapeText('pytorch-fid-inception-v3, weights synthetic (sha256 e23305e2b70e), resize legacy-pytorch, quantization png-uint8, N real 24 / generated 24, fid-gate 0.1.0')} · real data/real / generated out/samples · cpu · 12.3 s`,
    ),
  );
  assert.ok(
    md.includes('**Baseline:** [run 123](https://github.com/o/r/actions/runs/123) on main (2024-03-05 10:07 UTC)'),
    md,
  );
  assert.ok(md.includes(`**Failed rules:**\n- ${escapeText('fid regressed 22.10 → 24.00 (+8.6%, limit +5%)')}\n`), md);
  assert.ok(md.includes(`- ${escapeText('N (24 real, 24 generated) is not above the feature dimension 2048')}\n`));
  assert.ok(
    md.trimEnd().endsWith('<sub>fid-gate 0.1.0 · [workflow run](https://github.com/o/r/actions/runs/456)</sub>'),
  );
});

test("intervals: clipped to the metric's domain, in the one number format; the difference's interval in the change", () => {
  const report = makeReport(
    { fid: 24, kid: 2.048, precision: 0.9583, recall: 1, coverage: 0.5 },
    {
      protocol: {
        ...makeReport({}).protocol,
        bootstrap: { replicates: 200, draws: { real: 1000, generated: 1000 } } as never,
      },
    },
  );
  report.metrics.kid!.ci = { halfWidth: 4.685, scale: 1 } as never;
  report.metrics.precision!.ci = { halfWidth: 0.1, scale: 1 } as never;
  report.metrics.recall!.ci = { halfWidth: 0.02, scale: 1 } as never;
  report.metrics.coverage!.ci = { halfWidth: 0.125, scale: 1 } as never;
  report.metrics.fid!.ci = { halfWidth: 3, scale: 1 } as never;
  const base = makeReport({ fid: 20 });
  base.metrics.fid!.ci = { halfWidth: 4, scale: 1 } as never;
  const gate = evaluateGate(report, base, parseRules('', 'fid: +5%'));
  const md = renderMarkdown({ report, gate, baseline: { source: 'file', report: base, path: 'base.json' } }).replace(
    /\u00a0/g,
    ' ',
  );
  assert.ok(md.includes('| KID ↓ | 2.048 [0, 6.733] |'), md);
  assert.ok(md.includes('| Precision ↑ | 0.9583 [0.8583, 1.000] |'), md);
  assert.ok(md.includes('| Recall ↑ | 1.000 [0.9800, 1.000] |'), md);
  assert.ok(md.includes('| Coverage ↑ | 0.5000 [0.3750, 0.6250] |'), md);
  // independent intervals: √(3² + 4²) = 5 around +4: [-1, 9] includes 0, so the +20% regression passes within noise
  assert.ok(
    md.includes(
      '| FID ↓ | 24.00 [21.00, 27.00] | 20.00 | +4.000 (+20.0%) [-1.000, 9.000] | ≤ 21.00 (base +5%) within noise | ✅ pass |',
    ),
    md,
  );
  assert.ok(
    md.includes(
      `- ${escapeText('passed, within noise: fid 20.00 → 24.00 (+20.0%, limit +5%), 95% interval of the difference [-1.000, 9.000], which includes 0')}`,
    ),
    md,
  );
  assert.ok(md.includes('intervals: 95% bootstrap, 200 replicates'), md);
});

test('paths: relative to the workspace, temp and home folders named, runner folders of other runs recognised', () => {
  const paths = { workspace: '/home/me/ws', temp: '/tmp/rt', home: '/home/me' };
  assert.equal(shownPaths('/home/me/ws/data/real and /home/me/ws', paths), 'data/real and .');
  assert.equal(
    shownPaths('written to /tmp/rt/fid-gate-default/pairs.png', paths),
    'written to $RUNNER_TEMP/fid-gate-default/pairs.png',
  );
  assert.equal(shownPaths('cache /home/me/.cache/fid-gate', paths), 'cache ~/.cache/fid-gate');
  assert.equal(
    shownPaths('/home/me/wsx/a', paths),
    '~/wsx/a',
    'a sibling folder whose name starts like the workspace is not inside it',
  );
  assert.equal(
    shownPaths('/home/runner/work/repo/repo/data/real, /home/runner/work/_temp/fid-gate-k/m.png'),
    'data/real, $RUNNER_TEMP/fid-gate-k/m.png',
  );
  const report = makeReport(
    { fid: 10 },
    { notes: ['closest pairs written to /home/runner/work/_temp/fid-gate-default/memorization-pairs.png'] },
  );
  report.real.source = '/work/ws/data/real';
  const md = renderMarkdown({ report, paths: { workspace: '/work/ws' } });
  assert.ok(md.includes('real data/real / generated gen'), md);
  assert.ok(md.includes('written to \\$RUNNER\\_TEMP/fid-gate-default/memorization-pairs.png'), md);
  assert.ok(!md.includes('/home/runner') && !md.includes('/work/ws'), md);
});

test('readableTime: ISO timestamps in UTC, anything else dropped', () => {
  assert.equal(readableTime('2024-03-05T10:07:31.123Z'), '2024-03-05 10:07 UTC');
  assert.equal(readableTime('2024-03-05T23:30:00-02:00'), '2024-03-06 01:30 UTC');
  assert.equal(readableTime('2024-03-05T10:07:31Z<script>'), undefined);
  assert.equal(readableTime('yesterday'), undefined);
  assert.equal(readableTime(undefined), undefined);
});

test('formatSignificant: 4 significant digits with the zeros kept; plural', () => {
  assert.deepEqual(
    [1, 0.9583, 24, 22.1, 1234.5, 0.0112, 9.99996, -1.09, 1e-5, 2.5e7, 188.2124376152846, 0].map((x) =>
      formatSignificant(x),
    ),
    ['1.000', '0.9583', '24.00', '22.10', '1235', '0.01120', '10.00', '-1.090', '1.000e-5', '2.500e7', '188.2', '0'],
  );
  assert.equal(plural(1, 'rule'), '1 rule');
  assert.equal(plural(3, 'rule'), '3 rules');
});

test('headings: passed, no rules, error; warnings; skipped rules as notes', () => {
  const report = makeReport({ fid: 10 });
  const passed = renderMarkdown({
    report,
    gate: evaluateGate(report, undefined, parseRules('fid <= 25', 'fid: +5%')),
    key: 'cifar',
  });
  assert.match(passed, /^<!-- fid-gate:cifar -->\n### ✅ fid-gate \(cifar\): passed\n/);
  assert.ok(passed.includes(`- ${escapeText('regression rule "fid: +5%" not evaluated: no comparable baseline')}`));
  assert.ok(passed.includes('| FID\u00a0↓ | 10.00 | — | — | ≤\u00a025 | ✅\u00a0pass |'), passed);
  const none = renderMarkdown({
    report,
    gate: evaluateGate(report, undefined, parseRules('', '')),
    warnings: ['baseline not comparable: weights a vs b'],
  });
  assert.match(none, /### fid-gate: no rules\n\n> ⚠️ baseline not comparable: weights a vs b\n/);
  const err = renderMarkdown({ error: 'real input /x/<y>: no such folder' });
  assert.match(
    err,
    /### ⚠️ fid-gate: error\n\n> ❌ \*\*fid-gate error:\*\* real input \/x\/&lt;y&gt;: no such folder\n/,
  );
  assert.ok(!err.includes('| Metric |'));
});

test('a crossed threshold is told with the operator that holds instead, for each of the four operators', () => {
  const report = makeReport({ fid: 31.2, is: 7.5, precision: 0.6, recall: 0.7 });
  const gate = evaluateGate(report, undefined, parseRules('fid <= 25\nis > 8\nprecision < 0.6\nrecall >= 0.75', ''));
  const md = renderMarkdown({ report, gate });
  const failed = md.slice(md.indexOf('**Failed rules:**'));
  for (const sentence of [
    'fid = 31.20 > 25 (threshold "fid <= 25")',
    'is = 7.500 ≤ 8 (threshold "is > 8")',
    'precision = 0.6000 ≥ 0.6 (threshold "precision < 0.6")',
    'recall = 0.7000 < 0.75 (threshold "recall >= 0.75")',
  ])
    assert.ok(failed.includes(`- ${escapeText(sentence)}`), `${sentence}\n${failed}`);
});
