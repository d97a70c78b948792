// Where the GitHub-side helpers write their log lines: the Action passes its own (so tests can record them); the
// default writes through @actions/core, which prints workflow commands on a runner and plain lines elsewhere.
import * as core from '@actions/core';

export interface Log {
  info(message: string): void;
  /** A warning annotation on a runner. */
  warning(message: string): void;
  /** Shown only with step debug logging on. */
  debug(message: string): void;
}

export const coreLog: Log = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};
