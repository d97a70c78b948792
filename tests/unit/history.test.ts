// The base branch's history: listing its successful runs and reading their metrics artifacts against the local fake
// API (order, limits, a broken artifact, a missing one, API refusals: notes, never exceptions), the SVG chart (well
// formed, values at the expected pixels, another protocol marked, untrusted text kept out) and the markdown block.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { collectHistory } from '../../src/github/history.js';
import { historyMetrics, type HistoryPoint } from '../../src/report/history-data.js';
import {
  CHART,
  historyMarkdown,
  historyMermaid,
  historySvgFiles,
  isoDay,
  plainNumber,
  renderHistorySvg,
  sparkline,
} from '../../src/report/history-chart.js';
import { listSuccessfulRuns } from '../../src/github/runs.js';
import { createOctokit } from '../../src/github/client.js';
import { writeZip } from '../../src/util/zip.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { makeReport } from '../helpers/report-fixtures.js';
import { protocolKey } from '../../src/core/protocol.js';
import type { MetricsReport } from '../../src/core/report-types.js';

let fake: FakeGitHub;
let tmp: string;
const TOKEN = 'ghs_historyTestToken';
const ARTIFACT = 'fid-gate-metrics';

before(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-history-'));
  fake = await new FakeGitHub().start();
  process.env.GITHUB_API_URL = fake.url; // before @actions/artifact is loaded (lazily, by the download)
  process.env.GITHUB_WORKSPACE = tmp;
});
after(async () => {
  await fake.close();
  rmSync(tmp, { recursive: true, force: true });
});

const day = (d: number) => `2024-03-${String(d).padStart(2, '0')}T10:00:00Z`;
const metricsZip = (r: MetricsReport | string) =>
  writeZip([{ name: 'metrics.json', data: Buffer.from(typeof r === 'string' ? r : JSON.stringify(r)) }], true);

function options(workflowRun: number, extra: Partial<Parameters<typeof collectHistory>[0]> = {}) {
  const octokit = () => createOctokit(TOKEN, { log: () => undefined, baseDelayMs: 1 });
  return {
    token: TOKEN,
    owner: 'o',
    repo: 'r',
    runId: workflowRun,
    branch: 'main',
    artifactName: ARTIFACT,
    tempDir: tmp,
    octokit,
    ...extra,
  };
}

test('collectHistory: the good runs on the base branch, oldest first; a broken artifact and a missing one are notes', async () => {
  fake.addRun({ id: 900, workflow_id: 5, head_branch: 'feature', created_at: day(9), conclusion: null }); // this run
  const clean = makeReport({ fid: 30 });
  clean.protocol.resize = 'clean-fid-pil-bicubic';
  const is = makeReport({ fid: 20, is: 10 });
  is.metrics.is!.std = 0.5;
  fake.addRun({ id: 901, workflow_id: 5, created_at: day(1) });
  fake.addArtifact(901, ARTIFACT, metricsZip(is));
  fake.addRun({ id: 902, workflow_id: 5, created_at: day(2) });
  fake.addArtifact(902, ARTIFACT, metricsZip('{"schema":"fid-gate/metrics@1","metrics":{"fid":{"value":"NaN"}}}'));
  fake.addRun({ id: 903, workflow_id: 5, created_at: day(3) }); // no artifact (before fid-gate was added)
  fake.addRun({ id: 904, workflow_id: 5, created_at: day(4) });
  fake.addArtifact(904, ARTIFACT, metricsZip(clean));
  Object.assign(fake.addRun({ id: 905, workflow_id: 5, created_at: day(5) }), { head_sha: 'ABCDEF0123456789' });
  fake.addArtifact(905, ARTIFACT, metricsZip(makeReport({ fid: 22 })));
  Object.assign(fake.addRun({ id: 906, workflow_id: 5, created_at: day(6) }), { head_sha: '"><script>' });
  fake.addArtifact(906, ARTIFACT, metricsZip(makeReport({ fid: 21 })));
  // not part of the history: another branch, a failed run, another workflow
  fake.addRun({ id: 907, workflow_id: 5, head_branch: 'feature', created_at: day(7) });
  fake.addRun({ id: 908, workflow_id: 5, created_at: day(8), conclusion: 'failure' });
  fake.addRun({ id: 909, workflow_id: 6, created_at: day(8) });
  for (const id of [907, 908, 909]) fake.addArtifact(id, ARTIFACT, metricsZip(makeReport({ fid: 99 })));

  const h = await collectHistory(options(900));
  assert.deepEqual(
    h.points.map((p) => p.runId),
    [901, 904, 905, 906],
  );
  assert.deepEqual(
    h.points.map((p) => p.metrics.fid?.value),
    [20, 30, 22, 21],
  );
  assert.deepEqual(h.points[0].metrics.is, { value: 10, halfWidth: 0.5 });
  assert.deepEqual(h.points[0].metrics.fid, { value: 20 });
  assert.equal(h.points[0].createdAt, day(1));
  assert.equal(h.points[2].headSha, 'abcdef0123456789');
  assert.equal(h.points[3].headSha, undefined, 'a head_sha that is not hex is dropped');
  const key = protocolKey(makeReport({}).protocol);
  assert.deepEqual(
    h.points.map((p) => p.protocolKey === key),
    [true, false, true, true],
  );
  assert.equal(h.notes.length, 2, h.notes.join('\n'));
  assert.match(
    h.notes[0],
    /^history: the metrics of run 902 are unusable, skipped: metrics\.json: not a valid fid-gate metrics file \(protocol: expected an object\)$/,
  );
  assert.equal(h.notes[1], 'history: 1 run on main had no artifact fid-gate-metrics');
  const listing = fake.requests.filter((r) => r.path.startsWith('/repos/o/r/actions/workflows/5/runs'));
  assert.match(listing[listing.length - 1].path, /branch=main/);
  assert.match(listing[listing.length - 1].path, /status=success/);

  // at most maxRuns points: the newest ones
  const two = await collectHistory(options(900, { maxRuns: 2 }));
  assert.deepEqual(
    two.points.map((p) => p.runId),
    [905, 906],
  );
  assert.deepEqual(two.notes, []);
});

test('listSuccessfulRuns: newest first, without the run itself; refusals are a problem line, not an exception', async () => {
  const listed = await listSuccessfulRuns(options(900));
  assert.ok('runs' in listed);
  assert.deepEqual(
    listed.runs.map((r) => r.id),
    [906, 905, 904, 903, 902, 901],
  );
  assert.deepEqual(listed.runs[1], {
    id: 905,
    createdAt: day(5),
    headBranch: 'main',
    htmlUrl: 'https://github.com/o/r/actions/runs/905',
    headSha: 'abcdef0123456789',
  });

  fake.failures.push({ match: /\/actions\/workflows\/5\/runs$/, status: 403, count: 1 });
  const refused = await listSuccessfulRuns(options(900));
  assert.deepEqual(refused, {
    problem:
      "could not list the workflow's runs on main: HTTP 403: fake failure 403 (the token needs `permissions: actions: read`)",
  });

  fake.failures.push({ match: /\/actions\/workflows\/5\/runs$/, status: 403, count: 1 });
  const h = await collectHistory(options(900));
  assert.deepEqual(h, {
    points: [],
    notes: [
      "history: could not list the workflow's runs on main: HTTP 403: fake failure 403 (the token needs `permissions: actions: read`); no chart",
    ],
  });

  const unknown = await collectHistory(options(12345));
  assert.deepEqual(unknown.points, []);
  assert.match(unknown.notes[0], /^history: could not list the workflow's runs on main: HTTP 404/);

  fake.addRun({ id: 950, workflow_id: 7, head_branch: 'feature' });
  assert.deepEqual(await collectHistory(options(950)), {
    points: [],
    notes: ['history: no successful run of this workflow on main yet'],
  });
});

test('collectHistory: failing artifact downloads are a note each, and it stops after three', async () => {
  // @actions/artifact retries the lookup itself: refuse every attempt, then lift the refusal
  const refusal = { match: /\/actions\/runs\/\d+\/artifacts$/, status: 403, count: 100 };
  fake.failures.push(refusal);
  const n0 = fake.requests.length;
  const h = await collectHistory(options(900));
  refusal.count = 0;
  const looked = new Set(
    fake.requests
      .slice(n0)
      .map((r) => r.path.match(/\/runs\/(\d+)\/artifacts/)?.[1])
      .filter(Boolean),
  );
  assert.deepEqual([...looked], ['906', '905', '904'], 'no lookup after the third failure');
  assert.deepEqual(h.points, []);
  assert.equal(h.notes.length, 4, h.notes.join('\n'));
  for (const [i, id] of [906, 905, 904].entries()) {
    assert.match(
      h.notes[i],
      new RegExp(`^history: run ${id} skipped: could not look up artifact fid-gate-metrics of run ${id}: HTTP 403`),
    );
  }
  assert.equal(h.notes[3], 'history: stopped after 3 failed downloads');
});

// ---- charts -------------------------------------------------------------------------------------------------------

const current = makeReport({ fid: 23 });
const sameKey = protocolKey(current.protocol);
const points: HistoryPoint[] = [
  { runId: 1, createdAt: day(1), metrics: { fid: { value: 20 } }, protocolKey: sameKey, headSha: 'abcdef0123' },
  { runId: 2, createdAt: day(2), metrics: { fid: { value: 30 } }, protocolKey: '["other"]' },
  { runId: 3, createdAt: day(3), metrics: { fid: { value: 22, halfWidth: 1 } }, protocolKey: sameKey },
  { runId: 4, createdAt: day(4), metrics: { fid: { value: 21 } }, protocolKey: sameKey },
];

/** A minimal XML well-formedness check: one root, balanced tags, quoted attributes, no raw < or & in text. */
function assertWellFormedXml(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:amp|lt|gt|quot|#\d+);[^"<&]*)*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < xml.length) {
    if (xml[i] === '<') {
      tag.lastIndex = i;
      const m = tag.exec(xml);
      assert.ok(m, `malformed tag at ${i}: ${xml.slice(i, i + 60)}`);
      const [, close, name, , selfClose] = m;
      if (close) assert.equal(stack.pop(), name, `unbalanced </${name}> at ${i}`);
      else if (!selfClose) {
        if (!stack.length) roots++;
        stack.push(name);
      } else if (!stack.length) roots++;
      i = tag.lastIndex;
    } else {
      const next = xml.indexOf('<', i);
      const text = xml.slice(i, next < 0 ? xml.length : next);
      assert.ok(!/&(?!(?:amp|lt|gt|quot|#\d+);)/.test(text) && !text.includes('>'), `bad text: ${text}`);
      if (!stack.length) assert.equal(text.trim(), '', 'text outside the root');
      i = next < 0 ? xml.length : next;
    }
  }
  assert.deepEqual(stack, [], 'unclosed tags');
  assert.equal(roots, 1, 'one root element');
}

const attr = (svg: string, cls: string, name: string) =>
  [...svg.matchAll(new RegExp(`class="${cls}"[^>]*? ${name}="([^"]*)"`, 'g'))].map((m) => m[1]);

test('renderHistorySvg: well formed; the values at the expected pixels; another protocol marked off the line', () => {
  const svg = renderHistorySvg('fid', points, current);
  assertWellFormedXml(svg);
  assert.equal(renderHistorySvg('fid', points, current), svg, 'deterministic');
  assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="400" height="130"/);
  assert.deepEqual(CHART, { width: 400, height: 130, left: 60, right: 20, top: 24, bottom: 26 });
  // 5 slots over x ∈ [60, 380]: 60, 140, 220, 300, 380. The value axis: compared values 20..23 (22 ± 1 included),
  // padded by 10 % of 3 = 0.3 → [19.7, 23.3] over y ∈ [24, 104]: y(v) = 24 + 80 (23.3 − v) / 3.6
  assert.deepEqual(attr(svg, 'history', 'points'), ['60,97.33 220,52.89 300,75.11']);
  assert.deepEqual(attr(svg, 'run', 'cx'), ['60', '220', '300']);
  assert.deepEqual(attr(svg, 'current', 'cx'), ['380']);
  assert.deepEqual(attr(svg, 'current', 'cy'), ['30.67']);
  // the other protocol's run: a hollow square, not on the line; 30 is above the axis, so it sits at the top edge
  assert.deepEqual(attr(svg, 'other-protocol', 'x'), ['137']);
  assert.deepEqual(attr(svg, 'other-protocol', 'y'), ['21']);
  assert.match(svg, /<title>run 2 · 2024-03-02: 30\.00 \(different protocol\), off scale<\/title>/);
  assert.match(svg, /<title>run 3 · 2024-03-03: 22\.00 \[21\.00, 23\.00\]<\/title>/);
  assert.match(svg, /□ other protocol/);
  // 22 ± 1: from y(23) to y(21), with caps
  assert.deepEqual(attr(svg, 'error-bar', 'd'), ['M220 30.67V75.11M217 30.67H223M217 75.11H223']);
  // axis labels: max and min of the compared values at their heights; the first and last dates
  assert.deepEqual(
    [...svg.matchAll(/class="y-label" x="56" y="([\d.]+)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]),
    [
      ['30.67', '23.00'],
      ['97.33', '20.00'],
    ],
  );
  assert.deepEqual(
    [...svg.matchAll(/class="x-label" x="([\d.]+)"[^>]*>([^<]*)</g)].map((m) => [m[1], m[2]]),
    [
      ['60', '2024-03-01'],
      ['300', '2024-03-04'],
    ],
  );
  assert.match(svg, /<title>run 1 · 2024-03-01 · abcdef0: 20\.00<\/title>/);
  assert.match(svg, /<title>this run: 23\.00<\/title>/);
  assert.match(svg, /<text x="8" y="14" font-weight="bold" fill="#24292f">FID \(lower is better\)<\/text>/);
});

test('renderHistorySvg: untrusted dates and SHAs never reach the SVG; a single value and no data still render', () => {
  const evil: HistoryPoint[] = [
    {
      runId: 7,
      createdAt: '2024-03-01T10:00:00Z"><script>alert(1)</script>',
      headSha: '"><script>',
      metrics: { kid: { value: 0.5 } },
    },
    { runId: 8, createdAt: '<b>yesterday</b>', metrics: { kid: { value: 0.25 } } },
  ];
  const svg = renderHistorySvg('kid', evil, undefined);
  assertWellFormedXml(svg);
  assert.ok(!/script|yesterday|<b>/.test(svg), svg);
  assert.match(svg, /<title>run 7: 0\.5000<\/title>/);
  assert.doesNotMatch(svg, /class="x-label"/);
  assert.deepEqual(attr(svg, 'history', 'points'), ['60,30.67 380,97.33']); // 0.5 and 0.25, padded by 0.025

  const one = renderHistorySvg('fid', [], current);
  assertWellFormedXml(one);
  assert.deepEqual(attr(one, 'current', 'cx'), ['220']);
  assert.deepEqual(attr(one, 'current', 'cy'), ['64']); // a flat range is centred
  const none = renderHistorySvg('recall', points, current);
  assertWellFormedXml(none);
  assert.match(none, />no data</);
  assert.deepEqual(
    historySvgFiles(points, current).map((f) => f.name),
    ['history-fid.svg'],
  );
});

test('historyMarkdown: a sparkline row per metric with the values, then a mermaid xychart; nothing to show is empty', () => {
  const md = historyMarkdown(points, current, ['fid', 'is', 'kid'], { branch: 'main' });
  const lines = md.split('\n');
  assert.equal(lines[0], '#### History on main');
  // compared: 20, 22, 21, then this run 23, on one scale 20..23: ▁ ▆ ▃ → █
  assert.ok(
    lines.includes('| FID | ▁▆▃\u00a0→\u00a0█ | 23.00 | 20.00 – 22.00 | 3 (1 with another protocol left out) |'),
    md,
  );
  assert.ok(!lines.some((l) => l.startsWith('| IS') || l.startsWith('| KID')), 'metrics without history are left out');
  const chart = historyMermaid('fid', points, current);
  assert.equal(
    chart,
    [
      '```mermaid',
      '%%{init: {"xyChart": {"width": 480, "height": 220}}}%%',
      'xychart-beta',
      '  title "FID (lower is better)"',
      '  x-axis ["Mar 1", "Mar 3", "Mar 4", "this run"]',
      '  y-axis "FID" 19.7 --> 23.3',
      '  line [20, 22, 21, 23]',
      '  bar [19.7, 19.7, 19.7, 23]',
      '```',
    ].join('\n'),
  );
  assert.ok(md.includes(`<details open><summary>Charts</summary>\n\n${chart}\n\n</details>`), md);
  assert.equal(historyMarkdown([], current), '');
  assert.doesNotMatch(historyMarkdown(points, current, ['fid'], { mermaid: false }), /mermaid/);
  // the branch name is untrusted: escaped
  assert.match(
    historyMarkdown(points, current, ['fid'], { branch: 'x_<img src=y>' }),
    /^#### History on x\\_&lt;img src=y&gt;\n/,
  );
  // same-day runs get distinct categories (mermaid would merge equal ones)
  const sameDay = [points[0], { ...points[2], createdAt: '2024-03-01T18:00:00Z' }];
  assert.match(historyMermaid('fid', sameDay, current)!, /x-axis \["Mar 1", "Mar 1 #2", "this run"\]/);
});

test("history charts: axes inside the metric's domain; many runs get no overlapping x labels", () => {
  // FID values near 0 with wide error bars: the axis starts at 0, not below; the bars are clipped there too
  const near0: HistoryPoint[] = [1, 2, 3].map((d) => ({
    runId: d,
    createdAt: day(d),
    metrics: { fid: { value: d, halfWidth: 5 } },
    protocolKey: sameKey,
  }));
  const svg = renderHistorySvg('fid', near0, undefined);
  // bars span [0, 8]: padded by 0.8 above only → [0, 8.8] over y ∈ [24, 104]; run 1's bar [0, 6] runs from
  // y(6) = 24 + 80 · 2.8 / 8.8 = 49.45 down to y(0) = 104
  assert.deepEqual(
    [...svg.matchAll(/class="y-label"[^>]*>([^<]*)</g)].map((m) => m[1]),
    ['8.000', '0'],
  );
  assert.deepEqual(attr(svg, 'error-bar', 'd')[0], 'M60 49.45V104M57 49.45H63M57 104H63');
  assert.match(svg, /<title>run 1 · 2024-03-01: 1\.000 \[0, 6\.000\]<\/title>/);
  const mermaid = historyMermaid('fid', near0, makeReport({ fid: 2 }))!;
  assert.match(mermaid, /y-axis "FID" 0 --> 8\.8\n/);
  // precision at 1 (a flat range at the top of [0, 1]): the axis ends at 1; the padding (5 % of 1) is below only
  const at1: HistoryPoint[] = [1, 2].map((d) => ({
    runId: d,
    createdAt: day(d),
    metrics: { precision: { value: 1 } },
    protocolKey: sameKey,
  }));
  assert.match(historyMermaid('precision', at1, makeReport({ precision: 1 }))!, /y-axis "Precision" 0\.95 --> 1\n/);
  // 21 runs: the labels are hidden, the axis title names the first and last day
  const many: HistoryPoint[] = Array.from({ length: 21 }, (_, i) => ({
    runId: i + 1,
    createdAt: `2024-02-${String(i + 1).padStart(2, '0')}T10:00:00Z`,
    metrics: { fid: { value: 20 + (i % 3) } },
    protocolKey: sameKey,
  }));
  const thin = historyMermaid('fid', many, current)!;
  assert.match(thin, /"xAxis": \{"showLabel": false\}/);
  assert.match(thin, /x-axis "Feb 1 … Feb 21, then this run" \["Feb 1", "Feb 2", /);
  assert.doesNotMatch(historyMermaid('fid', points, current)!, /showLabel/);
});

test('helpers: numbers mermaid can parse, ISO days only, sparkline levels', () => {
  assert.equal(plainNumber(1.2e-7), '0.00000012');
  assert.equal(plainNumber(-0.000123456789), '-0.000123457');
  assert.equal(plainNumber(21.75), '21.75');
  assert.equal(plainNumber(1234567.89), '1234568');
  assert.equal(plainNumber(0), '0');
  for (const x of [1e-12, 3.3e21, -7.5e-9]) assert.match(plainNumber(x), /^[+-]?\d+(?:\.\d+)?$/);
  assert.equal(isoDay('2024-03-01T10:00:00Z'), '2024-03-01');
  assert.equal(isoDay('2024-13-45T10:00:00Z'), undefined);
  assert.equal(isoDay('March 1'), undefined);
  assert.equal(sparkline([0, 1, 2, 3, 4, 5, 6, 7], 0, 7), '▁▂▃▄▅▆▇█');
  assert.equal(sparkline([5, 5], 5, 5), '▄▄');
});

test('historyMetrics: the error bar is the bootstrap interval where there is one, else the std', () => {
  const r = makeReport({ fid: 20, kid: 0.01, is: 9 });
  r.metrics.fid!.ci = { halfWidth: 0.8, level: 0.95, se: 0.41, scale: 1 };
  r.metrics.kid!.std = 0.002;
  r.metrics.kid!.ci = { halfWidth: 0.003, level: 0.95, se: 0.0015, scale: 1 };
  r.metrics.is!.std = 0.25;
  assert.deepEqual(historyMetrics(r), {
    fid: { value: 20, halfWidth: 0.8 },
    kid: { value: 0.01, halfWidth: 0.003 },
    is: { value: 9, halfWidth: 0.25 },
  });
});
