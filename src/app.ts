// The CLI and the Action, started by src/index.ts once it has checked the runner. Bundled on its own as
// dist/app/index.js (see package.json's build script), so that the native modules it loads are not evaluated before
// that check.
export async function main(args: string[], asAction: boolean): Promise<void> {
  if (asAction) {
    const { runAction } = await import('./action/main.js');
    await runAction();
  } else {
    const { runCli } = await import('./cli.js');
    process.exitCode = await runCli(args);
  }
}

/**
 * decodeRgb for the decode workers (src/features/decode-pool.ts), which import this module by URL: in the bundle it
 * is dist/app/index.js, so the workers decode with the bundle's own code. Loaded on first use.
 */
export async function decodeRgb(
  ...args: Parameters<typeof import('./images/decode.js').decodeRgb>
): ReturnType<typeof import('./images/decode.js').decodeRgb> {
  const { decodeRgb: decode } = await import('./images/decode.js');
  return decode(...args);
}

/**
 * prepareModelInput for the decode workers (src/features/decode-pool.ts), imported as decodeRgb above: the workers
 * make a model's float32 input with the bundle's own code. Loaded on first use.
 */
export async function prepareModelInput(
  ...args: Parameters<typeof import('./features/model-inputs.js').prepareModelInput>
): Promise<ReturnType<typeof import('./features/model-inputs.js').prepareModelInput>> {
  const { prepareModelInput: prepare } = await import('./features/model-inputs.js');
  return prepare(...args);
}
