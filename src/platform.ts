// Which runners the bundled dist/ can run on, checked before any native module is loaded.
//
// dist/ is self-contained: ncc bundles the JavaScript, and scripts/vendor-natives.mjs copies the two native packages
// (onnxruntime-node, sharp) into dist/node_modules with their linux-x64 glibc binaries only. On any other runner
// (macOS, Windows, linux-arm64, Alpine's musl) loading them fails deep inside a loader with a message that names
// neither the cause nor the way out. This module says so first, in one sentence.
//
// The check is decided by what is vendored next to the bundle, not by a fixed list: when the bundle's folder has no
// node_modules/onnxruntime-node (the npm package, which leaves dist/node_modules out, or a run from src/), the natives
// come from an ordinary npm install that chose them for this platform, and nothing is enforced.
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The runtime facts the check depends on (injected by tests). */
export interface Runtime {
  platform: string;
  arch: string;
  /** Linux only: the C library, which decides between sharp's linux and linuxmusl binaries. */
  libc?: 'glibc' | 'musl';
  /** Linux with glibc: its version at run time ("2.36"). */
  glibcVersion?: string;
}

/** The runtime of this process. The C library is read from Node's diagnostic report header, as sharp does. */
export function currentRuntime(): Runtime {
  const rt: Runtime = { platform: process.platform, arch: process.arch };
  if (rt.platform === 'linux') {
    const header = (process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined)?.header;
    rt.libc = header?.glibcVersionRuntime ? 'glibc' : 'musl';
    if (header?.glibcVersionRuntime) rt.glibcVersion = header.glibcVersionRuntime;
  }
  return rt;
}

/** The runner label a person knows, e.g. linux-x64, linux-arm64 (musl), darwin-arm64, win32-x64. */
export function runtimeLabel(rt: Runtime): string {
  return `${rt.platform}-${rt.arch}${rt.libc === 'musl' ? ' (musl)' : ''}`;
}

/** The folder name of sharp's prebuilt binary package for a runtime (@img/sharp-NAME). */
function sharpTarget(rt: Runtime): string {
  return `${rt.platform === 'linux' && rt.libc === 'musl' ? 'linuxmusl' : rt.platform}-${rt.arch}`;
}

/**
 * Why the bundle in `bundleDir` cannot run on `rt`, or null when it can (or when it vendors no natives, so the
 * natives come from an npm install for this platform).
 */
export function unsupportedRunnerMessage(rt: Runtime, bundleDir: string): string | null {
  const vendored = path.join(bundleDir, 'node_modules');
  if (!existsSync(path.join(vendored, 'onnxruntime-node'))) return null;
  const ort = path.join(vendored, 'onnxruntime-node', 'bin', 'napi-v6', rt.platform, rt.arch);
  const sharp = path.join(vendored, '@img', `sharp-${sharpTarget(rt)}`);
  if (existsSync(ort) && existsSync(sharp)) return null;
  return (
    `fid-gate cannot run on this runner (${runtimeLabel(rt)}): the Action's bundle (dist/) carries the native modules ` +
    'onnxruntime-node and sharp for Linux x64 with glibc only. Run the step on a Linux x64 runner ' +
    '(runs-on: ubuntu-latest, ubuntu-24.04 or ubuntu-22.04, or a self-hosted Linux x64 runner without an Alpine container), ' +
    `or, on this runner, use the CLI from npm, which installs the natives for ${runtimeLabel(rt)}: ` +
    '`npx fid-gate compare REAL GENERATED --thresholds "fid <= 25"` (see the README, section Runners).'
  );
}
