// `fid-gate --help` and `--version` must start without onnxruntime-node, sharp or the @actions packages (each takes
// a noticeable fraction of a second to load): the static import graph of src/cli.ts, followed file by file through
// `import … from '../x.js'` (not `import type`, not a dynamic import()), reaches none of them. The commands load
// them inside their run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/helpers.js';

const HEAVY = /^(onnxruntime-node|sharp|@actions\/)/;

/** The specifiers a module imports statically (value imports and re-exports; type-only ones left out). */
export function staticImports(source: string): string[] {
  const re = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s+)?['"]([^'"]+)['"]/gm;
  return [...source.matchAll(re)].map((m) => m[1]);
}

/** Every package reached from `entry`, with the chain of files that leads to it. */
function packagesReached(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const queue: [string, string[]][] = [[entry, [entry]]];
  while (queue.length) {
    const [file, chain] = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.'))
        queue.push([path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')), [...chain, spec]]);
      else if (!spec.startsWith('node:') && !reached.has(spec)) reached.set(spec, chain);
    }
  }
  return reached;
}

test('the import graph reader sees value imports and re-exports, not type imports', () => {
  const src = `import { a } from './a.js';\nimport type { B } from './b.js';\nexport { c } from './c.js';\nexport type { D } from './d.js';\nimport * as ort from 'onnxruntime-node';\nimport {\n  e,\n  f,\n} from './ef.js';\nconst g = await import('./g.js');\nimport './side-effect.js';`;
  assert.deepEqual(staticImports(src), ['./a.js', './c.js', 'onnxruntime-node', './ef.js', './side-effect.js']);
  // the heavy modules are reached from the commands' runs: the check below is not vacuous
  const heavy = [...packagesReached(path.join(ROOT, 'src/action/main.ts')).keys()].filter((p) => HEAVY.test(p));
  assert.ok(heavy.includes('onnxruntime-node') && heavy.includes('@actions/core'), heavy.join(', '));
});

test('sharp is loaded at run time by src/util/sharp.ts only, so the bundle does not load it at start-up', () => {
  // no source file imports sharp's value statically (the bundler hoists such an import to the top of
  // dist/app/index.js, where it would load libvips for every command)
  const reached = packagesReached(path.join(ROOT, 'src/action/main.ts'));
  for (const [p, chain] of [...reached, ...packagesReached(path.join(ROOT, 'src/cli.ts'))])
    assert.notEqual(p, 'sharp', `sharp imported statically via ${chain.join(' → ')}`);
  assert.match(
    readFileSync(path.join(ROOT, 'src/util/sharp.ts'), 'utf8'),
    /createRequire\(import\.meta\.url\)\('sharp'\)/,
  );
  // and the bundle built from the sources has no top-level import of it (its first statements are its imports)
  const bundle = readFileSync(path.join(ROOT, 'dist/app/index.js'), 'utf8');
  assert.doesNotMatch(bundle.slice(0, bundle.indexOf('__webpack_modules__')), /from "sharp"/);
  assert.match(bundle.slice(0, bundle.indexOf('__webpack_modules__')), /from "onnxruntime-node"/);
});

test('src/cli.ts statically imports no onnxruntime-node, sharp or @actions package', () => {
  const reached = packagesReached(path.join(ROOT, 'src/cli.ts'));
  const heavy = [...reached].filter(([p]) => HEAVY.test(p)).map(([p, chain]) => `${p} via ${chain.join(' → ')}`);
  assert.deepEqual(heavy, []);
});
