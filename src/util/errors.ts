/**
 * Errors that the CLI and the Action report as "bad input or usage" (exit code 2), as opposed to a failed gate
 * (exit code 1) or a bug. The message always names the file or input at fault.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly subject?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
