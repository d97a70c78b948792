// Renders the PR comment and the job summary the way GitHub shows them, to PNGs for the README (docs/images/):
// the markdown from report/markdown.ts and report/history-chart.ts, turned into HTML by a GFM renderer (marked),
// styled like GitHub's comment body and photographed by headless Chromium at the comment column's width.
//
//   node --import tsx scripts/render-report.ts [OUT_DIR]        (default docs/images)
//
// A developer tool, run by hand when the report's layout changes; neither CI nor the tests run it. It needs the
// `marked` package (a devDependency) and a `chromium` on PATH (Debian: apt-get install chromium; CHROMIUM=... names
// another binary). Chromium here has no mermaid, so each ```mermaid chart of the summary is drawn as the SVG chart
// that the Action uploads as the history artifact (the same data and axes).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { marked } from 'marked';
import sharp from 'sharp';
import { renderMarkdown } from '../src/report/markdown.js';
import { historyMarkdown, renderHistorySvg } from '../src/report/history-chart.js';
import { evaluateGate, parseRules } from '../src/gate/rules.js';
import type { HistoryPoint } from '../src/github/history.js';
import type { MetricName, MetricResult, MetricsReport } from '../src/core/report-types.js';
import { metricDef } from '../src/metrics/registry.js';
import { protocolKey } from '../src/core/protocol.js';

/** The width of the markdown column of a PR comment on github.com (a desktop window, the conversation tab). */
const COMMENT_WIDTH = 780;
const WORKSPACE = '/home/runner/work/diffusion/diffusion';
const TEMP = '/home/runner/work/_temp';

type Values = Partial<Record<MetricName, { value: number; halfWidth?: number; std?: number }>>;

function report(values: Values, extra: Partial<MetricsReport> = {}): MetricsReport {
  const metrics: MetricsReport['metrics'] = {};
  for (const [name, v] of Object.entries(values) as [MetricName, NonNullable<Values[MetricName]>][]) {
    const m: MetricResult = { value: v.value, better: metricDef(name)!.better };
    if (v.halfWidth !== undefined) m.ci = { halfWidth: v.halfWidth, level: 0.95, se: v.halfWidth / 1.96, scale: 1 };
    if (v.std !== undefined) m.std = v.std;
    metrics[name] = m;
  }
  return {
    schema: 'fid-gate/metrics@1',
    fidGateVersion: '0.1.0',
    createdAt: '2026-03-04T09:12:44.000Z',
    protocol: {
      extractor: 'pytorch-fid-inception-v3',
      weights: 'pytorch-fid',
      weightsSha256: '6726825d0af5f729cebd5821db510b11b1cfad8faad88a03f1befd49fb9129b2',
      resize: 'legacy-pytorch',
      quantization: 'png-uint8',
      fidGateVersion: '0.1.0',
      nReal: 2000,
      nGenerated: 2000,
      device: 'cpu',
      seed: 2020,
      realDigest: '1d65783e7fb2c0a1',
      bootstrap: { replicates: 200, draws: { real: 2000, generated: 2000 } },
    },
    real: { source: `${WORKSPACE}/data/cifar10-test`, kind: 'folder', count: 2000 },
    generated: { source: `${WORKSPACE}/out/samples`, kind: 'folder', count: 2000 },
    metrics,
    notes: [],
    durationSeconds: 212.4,
    ...extra,
  };
}

/** A pull request whose samples got worse: FID past its threshold, the regression rule within noise. */
function pullRequestCase(): { current: MetricsReport; base: MetricsReport; history: HistoryPoint[] } {
  const current = report(
    {
      fid: { value: 27.93, halfWidth: 1.62 },
      kid: { value: 0.002048, halfWidth: 0.004685 },
      is: { value: 8.912, std: 0.1843 },
      precision: { value: 0.6917, halfWidth: 0.02104 },
      recall: { value: 0.5538, halfWidth: 0.02233 },
      coverage: { value: 0.8125, halfWidth: 0.01977 },
    },
    { notes: [`sample grid (first 64 samples) written to ${TEMP}/fid-gate-default/samples-grid.png`] },
  );
  const base = report({
    fid: { value: 26.18, halfWidth: 1.55 },
    kid: { value: 0.001903, halfWidth: 0.004402 },
    is: { value: 8.925, std: 0.1702 },
    precision: { value: 0.7012, halfWidth: 0.02051 },
    recall: { value: 0.5816, halfWidth: 0.02197 },
    coverage: { value: 0.8233, halfWidth: 0.01903 },
  });
  const key = protocolKey(current.protocol);
  const history: HistoryPoint[] = Array.from({ length: 21 }, (_, i) => ({
    runId: 8100 + i,
    createdAt: `2026-02-${String(i + 6).padStart(2, '0')}T10:00:00Z`,
    protocolKey: key,
    metrics: {
      fid: { value: 31.5 - 0.26 * i + 0.6 * Math.sin(i * 1.7), halfWidth: 1.6 },
      kid: { value: 0.0024 - 0.00003 * i, halfWidth: 0.0045 },
      precision: { value: 0.68 + 0.001 * i + 0.006 * Math.cos(i), halfWidth: 0.021 },
      recall: { value: 0.55 + 0.0015 * i, halfWidth: 0.022 },
    },
  }));
  return { current, base, history };
}

/** The markdown of the comment and of the job summary (comment + history), as the Action writes them. */
function markdowns(): { comment: string; summary: string; charts: string[] } {
  const { current, base, history } = pullRequestCase();
  const gate = evaluateGate(current, base, parseRules('fid <= 27\nprecision >= 0.6', 'fid: +5%\nrecall: -0.05'));
  const comment = renderMarkdown({
    report: current,
    gate,
    key: 'cifar10',
    version: '0.1.0',
    runUrl: 'https://github.com/acme/diffusion/actions/runs/8123',
    paths: { workspace: WORKSPACE, temp: TEMP, home: '/home/runner' },
    baseline: {
      source: 'auto',
      report: base,
      runId: 8120,
      branch: 'main',
      runUrl: 'https://github.com/acme/diffusion/actions/runs/8120',
      createdAt: '2026-02-26T10:00:00Z',
    },
  });
  const block = historyMarkdown(history, current, ['fid', 'kid', 'precision', 'recall'], { branch: 'main' });
  const charts = (['fid', 'precision'] as const).map((m) => renderHistorySvg(m, history, current));
  return { comment, summary: `${comment}\n${block}`, charts };
}

/** GitHub's comment body, approximately (Primer's markdown-body, light theme). */
const CSS = `
  body { margin: 0; background: #fff; }
  .markdown-body { box-sizing: border-box; width: ${COMMENT_WIDTH}px; padding: 16px; color: #1f2328; background: #fff;
    font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; overflow-wrap: break-word; }
  .markdown-body h3 { font-size: 1.25em; font-weight: 600; margin: 0 0 16px; }
  .markdown-body h4 { font-size: 1em; font-weight: 600; margin: 24px 0 16px; }
  .markdown-body p, .markdown-body ul, .markdown-body blockquote, .markdown-body table { margin: 0 0 16px; }
  .markdown-body ul { padding-left: 2em; }
  .markdown-body blockquote { padding: 0 1em; color: #59636e; border-left: .25em solid #d1d9e0; }
  .markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
  .markdown-body th { font-weight: 600; }
  .markdown-body th, .markdown-body td { padding: 6px 13px; border: 1px solid #d1d9e0; }
  .markdown-body tr { background: #fff; border-top: 1px solid #d1d9e0b3; }
  .markdown-body tr:nth-child(2n) { background: #f6f8fa; }
  .markdown-body a { color: #0969da; text-decoration: none; }
  .markdown-body sub { font-size: 75%; }
  .markdown-body details summary { cursor: pointer; }
  .markdown-body .chart { margin: 0 0 8px; }
`;

function page(markdown: string, charts: string[]): string {
  let html = marked.parse(markdown, { gfm: true, async: false }) as string;
  // no mermaid in this Chromium: the SVG charts of the history artifact stand in for the ```mermaid blocks
  html = html.replace(/<pre><code class="language-mermaid">[\s\S]*?<\/code><\/pre>\s*/g, '');
  if (charts.length)
    html = html.replace(
      /(<summary>Charts<\/summary>)/,
      `$1\n${charts.map((c) => `<div class="chart">${c}</div>`).join('\n')}`,
    );
  return `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body><div class="markdown-body">${html}</div></body></html>`;
}

/** Photographs `html` at the comment's width and the page's full height; returns a palette PNG. */
async function screenshot(html: string, chromium: string, dir: string, name: string): Promise<Buffer> {
  const file = path.join(dir, `${name}.html`);
  const shot = path.join(dir, `${name}.png`);
  // first pass: the page's height, written into the title by a script and read back from the dumped DOM
  writeFileSync(
    file,
    html.replace(
      '</body>',
      '<script>document.title = "height:" + Math.ceil(document.documentElement.scrollHeight);</script></body>',
    ),
  );
  const flags = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    '--virtual-time-budget=2000',
  ];
  const dom = execFileSync(chromium, [...flags, `--window-size=${COMMENT_WIDTH},800`, '--dump-dom', `file://${file}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const height = Number(/height:(\d+)/.exec(dom)?.[1] ?? 1200);
  execFileSync(
    chromium,
    [...flags, `--window-size=${COMMENT_WIDTH},${height}`, `--screenshot=${shot}`, `file://${file}`],
    { stdio: 'ignore' },
  );
  return sharp(shot).png({ palette: true, quality: 90, compressionLevel: 9 }).toBuffer();
}

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? 'docs/images');
  const chromium = process.env.CHROMIUM ?? 'chromium';
  const { comment, summary, charts } = markdowns();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-render-'));
  try {
    mkdirSync(out, { recursive: true });
    for (const [name, html] of [
      ['pr-comment', page(comment, [])],
      ['job-summary', page(summary, charts)],
    ] as const) {
      const png = await screenshot(html, chromium, tmp, name);
      const target = path.join(out, `${name}.png`);
      writeFileSync(`${target}.tmp`, png);
      renameSync(`${target}.tmp`, target);
      console.log(`${path.relative(process.cwd(), target)}: ${(png.length / 1024).toFixed(0)} KB`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
