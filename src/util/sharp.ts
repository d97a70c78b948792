// sharp (libvips) loaded on first use. A static `import sharp from 'sharp'` would be hoisted by the bundler to the top
// of dist/app/index.js, so every command (compare from statistics files, merge, --help) would pay for loading libvips,
// about 40 ms of a start-up of about 100, without decoding a single image. The require goes through
// process.getBuiltinModule so that the bundler leaves it alone: resolved at run time from this module's own URL (in
// the bundle: dist/app/, whose parent holds the vendored node_modules), exactly as the static import was.
import type SharpModule from 'sharp';

let loaded: typeof SharpModule | undefined;

/** The sharp module, loaded (once) on the first call. */
export function sharpModule(): typeof SharpModule {
  loaded ??= process.getBuiltinModule('node:module').createRequire(import.meta.url)('sharp') as typeof SharpModule;
  return loaded;
}
