// action.yml read as the runner reads it, for the tests that start the Action.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.js';

/** action.yml's inputs and defaults, as the runner passes them (every input with a default becomes INPUT_*). */
export function actionDefaults(): Record<string, string> {
  const yml = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
  const section = yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\noutputs:'));
  const out: Record<string, string> = {};
  let name = '';
  for (const line of section.split('\n')) {
    const n = line.match(/^ {2}([a-z][a-z0-9-]*):\s*$/);
    if (n) {
      name = n[1];
      out[name] = '';
      continue;
    }
    const d = line.match(/^ {4}default:\s*(.*)$/);
    if (d && name) out[name] = d[1].replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');
  }
  return out;
}
