// Vendors the two native packages that ncc cannot bundle (onnxruntime-node, sharp) and their runtime dependencies
// into dist/node_modules, copied from this checkout's node_modules (installed by `npm ci`; no network here).
// Only the linux-x64 binaries are kept (see shared/notes/packaging.md §4, recipe A). Install-time-only code
// (onnxruntime-node's CUDA download script and its dependencies) is left out.
import fs from 'node:fs';
import path from 'node:path';

const ROOTS = ['onnxruntime-node', 'sharp'];
const TARGET = { platform: 'linux', arch: 'x64' };
const INSTALL_ONLY = new Set(['adm-zip', 'global-agent']);
const dest = path.resolve('dist/node_modules');

function pkgJson(name) {
  return JSON.parse(fs.readFileSync(path.join('node_modules', name, 'package.json'), 'utf8'));
}

const wanted = new Set();
const queue = [...ROOTS];
while (queue.length) {
  const name = queue.shift();
  if (wanted.has(name) || INSTALL_ONLY.has(name)) continue;
  if (!fs.existsSync(path.join('node_modules', name, 'package.json'))) continue; // optional dep for another platform
  const pj = pkgJson(name);
  if (pj.os && !pj.os.includes(TARGET.platform)) continue;
  if (pj.cpu && !pj.cpu.includes(TARGET.arch)) continue;
  wanted.add(name);
  queue.push(...Object.keys(pj.dependencies ?? {}), ...Object.keys(pj.optionalDependencies ?? {}));
}

fs.rmSync(dest, { recursive: true, force: true });
for (const name of [...wanted].sort()) {
  fs.cpSync(path.join('node_modules', name), path.join(dest, name), {
    recursive: true,
    dereference: true,
    filter: (src) => !/[\\/](\.bin|node_modules)$/.test(src) || src === path.join('node_modules', name),
  });
}
// keep only the target's ORT binaries; drop install-time-only files
const bin = path.join(dest, 'onnxruntime-node/bin/napi-v6');
for (const plat of fs.readdirSync(bin)) {
  for (const arch of fs.readdirSync(path.join(bin, plat))) {
    if (plat !== TARGET.platform || arch !== TARGET.arch) fs.rmSync(path.join(bin, plat, arch), { recursive: true });
  }
  if (!fs.readdirSync(path.join(bin, plat)).length) fs.rmdirSync(path.join(bin, plat));
}
for (const p of ['onnxruntime-node/script', 'sharp/src', 'sharp/install'])
  fs.rmSync(path.join(dest, p), { recursive: true, force: true });
// provider libraries fetched at run time (--device cuda) must never be committed
for (const f of fs.readdirSync(path.join(bin, TARGET.platform, TARGET.arch))) {
  if (f.startsWith('libonnxruntime_providers_')) fs.rmSync(path.join(bin, TARGET.platform, TARGET.arch, f));
}
console.log(`vendored into dist/node_modules: ${[...wanted].sort().join(', ')}`);
