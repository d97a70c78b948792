// The baseline: validation of a metrics JSON from another run (schema, types, NaN, size), protocol check, and the
// `auto` lookup's non-fatal outcomes against the local fake API (no run, API refusal, unusable artifact, a good one).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MAX_METRICS_BYTES, readMetricsFile, validateMetricsReport } from '../../src/report/metrics-json.js';
import { resolveBaseline } from '../../src/github/baseline.js';
import { downloadMetricsArtifact } from '../../src/github/artifacts.js';
import { createOctokit } from '../../src/github/client.js';
import { InputError } from '../../src/util/errors.js';
import { writeZip } from '../../src/util/zip.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { makeReport } from '../helpers/report-fixtures.js';

let fake: FakeGitHub;
let tmp: string;
const TOKEN = 'ghs_baselineTestToken';

before(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-baseline-'));
  fake = await new FakeGitHub().start();
  process.env.GITHUB_API_URL = fake.url; // before @actions/artifact is loaded (lazily, by the auto lookup)
  process.env.GITHUB_WORKSPACE = tmp;
});
after(async () => {
  await fake.close();
  rmSync(tmp, { recursive: true, force: true });
});

// biome-ignore lint/suspicious/noExplicitAny: the mutations reach anywhere into the report's JSON
type Json = Record<string, any>;
const bad = (mutate: (r: Json) => void): unknown => {
  const r = JSON.parse(JSON.stringify(makeReport({ fid: 20, recall: 0.5 }))) as Json;
  mutate(r);
  return r;
};

function rejects(data: unknown, re: RegExp): void {
  assert.throws(
    () => validateMetricsReport(data, 'base.json'),
    (e: unknown) =>
      e instanceof InputError &&
      /^base\.json: not a valid fid-gate metrics file/.test((e as Error).message) &&
      re.test((e as Error).message),
    String(re),
  );
}

test('validation: a good report passes as a fresh copy of the validated fields only', () => {
  const data = bad((r) => {
    r.metrics.future = { value: 1, better: 'lower' };
    r.gate = { passed: true, results: 'anything' };
    r.extra = { x: 1 };
    r.metrics.recall.std = 0.01;
  });
  const v = validateMetricsReport(data, 'base.json');
  assert.deepEqual(Object.keys(v.metrics).sort(), ['fid', 'recall']);
  assert.equal(v.metrics.recall?.std, 0.01);
  assert.equal(v.gate, undefined);
  assert.equal((v as unknown as Record<string, unknown>).extra, undefined);
  assert.equal(v.protocol.nReal, 1000);
});

test('validation: schema, types of every field used, NaN and friends are refused with the field named', () => {
  rejects('not an object', /expected an object/);
  rejects(
    bad((r) => {
      r.schema = 'fid-gate/metrics@3';
    }),
    /schema: expected "fid-gate\/metrics@1" or "fid-gate\/metrics@2"/,
  );
  rejects(
    bad((r) => {
      delete r.schema;
    }),
    /schema/,
  );
  rejects(
    bad((r) => {
      r.metrics.fid.value = 'NaN';
    }),
    /metrics\.fid\.value: expected a finite number, found "NaN"/,
  );
  rejects(
    bad((r) => {
      r.metrics.fid.value = null;
    }),
    /metrics\.fid\.value: expected a finite number, found null/,
  );
  rejects(
    bad((r) => {
      r.metrics.fid.value = NaN;
    }),
    /metrics\.fid\.value/,
  );
  rejects(
    bad((r) => {
      r.metrics.fid.value = Infinity;
    }),
    /metrics\.fid\.value/,
  );
  rejects(
    bad((r) => {
      r.metrics.fid.std = '1';
    }),
    /metrics\.fid\.std/,
  );
  rejects(
    bad((r) => {
      r.metrics.fid.better = 'higher';
    }),
    /metrics\.fid\.better: expected "lower"/,
  );
  rejects(
    bad((r) => {
      r.metrics.recall = [1];
    }),
    /metrics\.recall: expected an object/,
  );
  rejects(
    bad((r) => {
      r.protocol.weightsSha256 = 7;
    }),
    /protocol\.weightsSha256: expected a string, found number/,
  );
  rejects(
    bad((r) => {
      delete r.protocol.resize;
    }),
    /protocol\.resize/,
  );
  rejects(
    bad((r) => {
      r.protocol.nReal = 2.5;
    }),
    /protocol\.nReal: expected a non-negative integer/,
  );
  rejects(
    bad((r) => {
      r.protocol.nGenerated = -1;
    }),
    /protocol\.nGenerated/,
  );
  rejects(
    bad((r) => {
      r.real.kind = 'url';
    }),
    /real\.kind/,
  );
  rejects(
    bad((r) => {
      r.generated.source = { a: 1 };
    }),
    /generated\.source/,
  );
  rejects(
    bad((r) => {
      r.notes = ['ok', 3];
    }),
    /notes\[1\]/,
  );
  rejects(
    bad((r) => {
      r.durationSeconds = '1';
    }),
    /durationSeconds/,
  );
  rejects(
    bad((r) => {
      r.run = { pullRequest: 0 };
    }),
    /run\.pullRequest/,
  );
  rejects(
    bad((r) => {
      r.protocol.extractor = 'x'.repeat(20_000);
    }),
    /protocol\.extractor: string longer/,
  );
});

test('validation: bootstrap intervals, the fingerprint fields and sampler settings are read back and checked', () => {
  const ci = { halfWidth: 1.5, level: 0.95, se: 0.8, scale: 1, replicates: [19, 20.5, 21] };
  const good = bad((r) => {
    r.metrics.fid.ci = ci;
    r.protocol.seed = 2020;
    r.protocol.realDigest = 'ab'.repeat(32);
    r.protocol.bootstrap = {
      replicates: 3,
      draws: { real: 1000, generated: 1000 },
      fidDraws: { real: 4096, generated: 4096 },
    };
    r.protocol.sampling = { kind: 'diffusion', steps: 50, model: { source: 'm.onnx', sha256: 'x' } };
  });
  const v = validateMetricsReport(good, 'base.json');
  assert.deepEqual(v.metrics.fid?.ci, ci);
  assert.equal(v.protocol.seed, 2020);
  assert.deepEqual(v.protocol.bootstrap, {
    replicates: 3,
    draws: { real: 1000, generated: 1000 },
    fidDraws: { real: 4096, generated: 4096 },
  });
  assert.equal(v.protocol.sampling?.steps, 50);
  rejects(
    bad((r) => {
      r.metrics.fid.ci = { ...ci, replicates: [1, 'x'] };
    }),
    /metrics\.fid\.ci\.replicates\[1\]: expected a finite number, found "x"/,
  );
  rejects(
    bad((r) => {
      r.metrics.fid.ci = { ...ci, replicates: new Array(10_001).fill(1) };
    }),
    /metrics\.fid\.ci\.replicates: expected an array of at most 10000 numbers/,
  );
  rejects(
    bad((r) => {
      r.metrics.fid.ci = { ...ci, halfWidth: -1 };
    }),
    /metrics\.fid\.ci: halfWidth and se must be ≥ 0/,
  );
  rejects(
    bad((r) => {
      r.metrics.fid.ci = { ...ci, scale: 2 };
    }),
    /scale in \(0, 1\]/,
  );
  rejects(
    bad((r) => {
      r.metrics.fid.ci = { ...ci, level: 0.9 };
    }),
    /metrics\.fid\.ci\.level: expected 0\.95/,
  );
  rejects(
    bad((r) => {
      r.protocol.realDigest = 'not-a-hash';
    }),
    /protocol\.realDigest: expected a SHA-256 in hex/,
  );
  rejects(
    bad((r) => {
      r.protocol.seed = -1;
    }),
    /protocol\.seed: expected a non-negative integer/,
  );
  rejects(
    bad((r) => {
      r.protocol.bootstrap = { replicates: 3 };
    }),
    /protocol\.bootstrap: expected \{ replicates, draws/,
  );
  rejects(
    bad((r) => {
      r.protocol.sampling = { pad: 'x'.repeat(30_000) };
    }),
    /protocol\.sampling: larger than 20000 characters/,
  );
});

test('readMetricsFile: size limit, not JSON, missing file', async () => {
  const big = path.join(tmp, 'big.json');
  writeFileSync(big, JSON.stringify({ pad: 'x'.repeat(1024 * 1024) }));
  await assert.rejects(readMetricsFile(big), /bytes; a metrics JSON is at most 1048576 bytes/);
  const notJson = path.join(tmp, 'nan.json');
  writeFileSync(notJson, '{"schema": "fid-gate/metrics@1", "value": NaN}');
  await assert.rejects(readMetricsFile(notJson), /nan\.json: not JSON/);
  await assert.rejects(readMetricsFile(path.join(tmp, 'none.json')), /none\.json: cannot read \(ENOENT\)/);
});

test('baseline file: comparable, or a different fingerprint (protocol, N, seed, sampler, version) = one warning and no comparison', async () => {
  const current = makeReport({ fid: 21 });
  const same = path.join(tmp, 'same.json');
  const base = makeReport({ fid: 20 });
  writeFileSync(same, JSON.stringify(base));
  const ok = await resolveBaseline(same, current, { tempDir: tmp, artifactName: 'fid-gate-metrics' });
  assert.equal(ok.report?.metrics.fid?.value, 20);
  assert.deepEqual(ok.warnings, []);
  assert.equal(ok.view.source, 'file');

  const smallN = makeReport({ fid: 20 });
  smallN.protocol.nGenerated = 500;
  smallN.protocol.seed = 7;
  smallN.protocol.fidGateVersion = '0.0.9';
  const cur = makeReport({ fid: 21 });
  cur.protocol.seed = 2020;
  writeFileSync(same, JSON.stringify(smallN));
  const n = await resolveBaseline(same, cur, { tempDir: tmp, artifactName: 'fid-gate-metrics' });
  assert.equal(n.report, undefined);
  assert.deepEqual(n.notComparable, [
    "N generated 500 → 1000 (FID's bias depends on N)",
    'seed 7 → 2020',
    'fid-gate 0.0.9 → 0.1.0',
  ]);
  assert.deepEqual(n.warnings, [
    "baseline not comparable: N generated 500 → 1000 (FID's bias depends on N); seed 7 → 2020; fid-gate 0.0.9 → 0.1.0; no comparison",
  ]);

  const other = makeReport({ fid: 20 });
  other.protocol.resize = 'clean-fid-pil-bicubic';
  const otherFile = path.join(tmp, 'other.json');
  writeFileSync(otherFile, JSON.stringify(other));
  const no = await resolveBaseline(otherFile, current, { tempDir: tmp, artifactName: 'fid-gate-metrics' });
  assert.equal(no.report, undefined);
  assert.equal(no.found?.metrics.fid?.value, 20);
  assert.deepEqual(no.warnings, [
    'baseline not comparable: resize clean-fid-pil-bicubic → legacy-pytorch; no comparison',
  ]);

  await assert.rejects(
    resolveBaseline(path.join(tmp, 'missing.json'), current, { tempDir: tmp, artifactName: 'x' }),
    InputError,
  );
  assert.deepEqual(await resolveBaseline('none', current, { tempDir: tmp, artifactName: 'x' }), {
    view: { source: 'none' },
    warnings: [],
    notes: [],
  });
});

test('baseline auto: never fatal; notes for no run, warnings for refusals and bad artifacts; a good artifact is used', async () => {
  const current = makeReport({ fid: 21 });
  const octokit = () => createOctokit(TOKEN, { log: () => undefined, baseDelayMs: 1 });
  const auto = {
    token: TOKEN,
    owner: 'o',
    repo: 'r',
    runId: 900,
    branch: 'main',
    artifactName: 'fid-gate-metrics',
    tempDir: tmp,
    octokit,
  };

  const outside = await resolveBaseline('auto', current, { tempDir: tmp, artifactName: 'x' });
  assert.match(outside.notes[0], /no baseline: baseline: auto needs a workflow run to look up \(no github-token\)/);

  fake.addRun({ id: 900, workflow_id: 5, head_branch: 'feature', conclusion: null });
  const none = await resolveBaseline('auto', current, auto);
  assert.deepEqual(none.notes, ['no baseline: no successful run of this workflow on main yet']);
  assert.deepEqual(none.warnings, []);

  fake.failures.push({ match: /\/actions\/workflows\/5\/runs$/, status: 403, count: 1 });
  const refused = await resolveBaseline('auto', current, auto);
  assert.match(refused.warnings[0], /could not list the workflow's runs on main: HTTP 403.*permissions: actions: read/);

  fake.addRun({ id: 901, workflow_id: 5, head_branch: 'main' });
  fake.addArtifact(
    901,
    'fid-gate-metrics',
    writeZip([
      { name: 'metrics.json', data: Buffer.from('{"schema":"fid-gate/metrics@1","metrics":{"fid":{"value":"NaN"}}}') },
    ]),
  );
  const unusable = await resolveBaseline('auto', current, auto);
  assert.equal(unusable.report, undefined);
  assert.match(
    unusable.warnings[0],
    /^baseline auto: the metrics of run 901 are unusable: metrics\.json: not a valid fid-gate metrics file/,
  );

  fake.addRun({ id: 902, workflow_id: 5, head_branch: 'main' });
  fake.addArtifact(
    902,
    'fid-gate-metrics',
    writeZip([{ name: 'metrics.json', data: Buffer.from(JSON.stringify(makeReport({ fid: 19.5 }))) }], true),
  );
  const good = await resolveBaseline('auto', current, auto);
  assert.equal(good.report?.metrics.fid?.value, 19.5);
  assert.deepEqual(good.view, {
    source: 'auto',
    runId: 902,
    branch: 'main',
    createdAt: fake.runs.get(902)!.created_at,
    runUrl: 'https://github.com/o/r/actions/runs/902',
  });
  assert.deepEqual(good.warnings, []);
});

test('artifacts from other runs: zip-slip member names and oversized members are refused, nothing lands outside', async () => {
  // the download folder lives in `dl`; `tmp` around it must stay untouched
  const dl = path.join(tmp, 'dl');
  mkdirSync(dl, { recursive: true });
  const ref = { token: TOKEN, owner: 'o', repo: 'r', artifactName: 'fid-gate-metrics', tempDir: dl };
  const good = Buffer.from(JSON.stringify(makeReport({ fid: 18 })));
  const abs = path.join(tmp, 'abs-evil.json');
  const before = readdirSync(tmp).sort();
  const outside = () => {
    assert.ok(
      !existsSync(path.join(tmp, 'evil.json')) && !existsSync(path.join(tmp, 'metrics.json')) && !existsSync(abs),
      'a member escaped the download folder',
    );
    assert.deepEqual(readdirSync(tmp).sort(), before);
  };
  // zip-slip names only: `../evil.json`, `../metrics.json`, an absolute path, a subfolder: none is THE metrics.json
  fake.addRun({ id: 950, workflow_id: 6, head_branch: 'main' });
  fake.addArtifact(
    950,
    'fid-gate-metrics',
    writeZip([
      { name: '../evil.json', data: good },
      { name: '../metrics.json', data: good },
      { name: abs, data: good },
      { name: 'sub/../../metrics.json', data: good },
      { name: 'sub/metrics.json', data: good },
    ]),
  );
  await assert.rejects(
    downloadMetricsArtifact({ ...ref, runId: 950 }),
    /^Error: artifact fid-gate-metrics of run 950 holds no metrics\.json$/,
  );
  outside();
  // the same evil members next to a real metrics.json: only metrics.json is read, and only into the download folder
  fake.addRun({ id: 951, workflow_id: 6, head_branch: 'main' });
  fake.addArtifact(
    951,
    'fid-gate-metrics',
    writeZip(
      [
        { name: '../evil.json', data: good },
        { name: abs, data: good },
        { name: 'metrics.json', data: good },
      ],
      true,
    ),
  );
  const got = await downloadMetricsArtifact({ ...ref, runId: 951 });
  assert.ok('file' in got && got.file.startsWith(dl + path.sep), JSON.stringify(got));
  assert.equal((await readMetricsFile((got as { file: string }).file)).metrics.fid?.value, 18);
  outside();
  // an oversized member (a compressed zip of 2 MiB of spaces: small artifact, big JSON) is refused before inflating
  fake.addRun({ id: 952, workflow_id: 6, head_branch: 'main' });
  const big = Buffer.concat([Buffer.alloc(2 * MAX_METRICS_BYTES, 0x20), good]);
  fake.addArtifact(952, 'fid-gate-metrics', writeZip([{ name: 'metrics.json', data: big }], true));
  await assert.rejects(
    downloadMetricsArtifact({ ...ref, runId: 952 }),
    new RegExp(
      `^Error: artifact fid-gate-metrics of run 952: its metrics\\.json is ${big.length} bytes; a metrics JSON is at most ${MAX_METRICS_BYTES} bytes$`,
    ),
  );
  outside();
});

test('reference digest: sha256 of "stats\\0" and mu, sigma (or "features\\0" and the rows), as baselines record it', async () => {
  const { referenceDigest } = await import('../../src/core/protocol.js');
  const { createHash } = await import('node:crypto');
  const mu = Float64Array.of(0.5, -1, 2),
    sigma = Float64Array.of(2, 0.1, 0, 0.1, 1, 0.2, 0, 0.2, 3);
  const expected = createHash('sha256')
    .update('stats\0')
    .update(Buffer.from(mu.buffer))
    .update(Buffer.from(sigma.buffer))
    .digest('hex');
  assert.equal(referenceDigest({ mu, sigma, dim: 3, count: 10 }), expected);
  const features = Float32Array.of(1, 2, 3, 4, 5, 6);
  const expectedF = createHash('sha256').update('features\0').update(Buffer.from(features.buffer)).digest('hex');
  assert.equal(referenceDigest({ mu, sigma, dim: 3, count: 2, features }), expectedF);
});
