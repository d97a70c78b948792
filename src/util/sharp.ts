// sharp (libvips) loaded on first use. A static `import sharp from 'sharp'` would be hoisted by the bundler to the top
// of dist/app/index.js, so every command (compare from statistics files, merge, --help) would pay for loading libvips,
// about 40 ms of a start-up of about 100, without decoding a single image. The require is made through the namespace
// of node:module, a call the bundler leaves as it is (it rewrites only a createRequire imported by name): resolved at
// run time from this module's own URL (in the bundle: a file of dist/app/, whose parent holds the vendored
// node_modules), exactly as the static import was.
import * as nodeModule from 'node:module';
import type SharpModule from 'sharp';

let loaded: typeof SharpModule | undefined;

/** The sharp module, loaded (once) on the first call. */
export function sharpModule(): typeof SharpModule {
  loaded ??= nodeModule.createRequire(import.meta.url)('sharp') as typeof SharpModule;
  return loaded;
}
