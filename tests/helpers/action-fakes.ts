// In-process runs of the Action (src/action/run.ts) for the tests: a recording core, the request a runner would give
// (action.yml's defaults as inputs, a pull_request or workflow_run event, GITHUB_* variables), an instant sleep.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ActionCore } from '../../src/action/deps.js';
import { readActionRequest } from '../../src/action/request.js';
import { runFidGate, type ActionResult } from '../../src/action/run.js';
import { actionDefaults } from './action-yml.js';

/** Records everything the Action logs, in order; groups run their function inline. */
export class RecordingCore implements ActionCore {
  readonly lines: { kind: 'info' | 'warning' | 'debug' | 'group'; text: string }[] = [];
  summaryText = '';
  constructor(private readonly inputs: Record<string, string> = {}) {}
  getInput(name: string): string {
    return (this.inputs[name] ?? '').trim();
  }
  info(text: string): void {
    this.lines.push({ kind: 'info', text });
  }
  warning(text: string): void {
    this.lines.push({ kind: 'warning', text });
  }
  debug(text: string): void {
    this.lines.push({ kind: 'debug', text });
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ kind: 'group', text: name });
    return fn();
  }
  summary = async (markdown: string): Promise<boolean> => {
    this.summaryText += `${markdown}\n`;
    return true;
  };
  of(kind: 'info' | 'warning' | 'debug' | 'group'): string[] {
    return this.lines.filter((l) => l.kind === kind).map((l) => l.text);
  }
  get log(): string {
    return this.lines.map((l) => `${l.kind}: ${l.text}`).join('\n');
  }
}

export interface InProcessRun extends ActionResult {
  core: RecordingCore;
  /** The retry waits asked for (milliseconds), none of them waited. */
  sleeps: number[];
  /** The step's error annotations: setFailed's message, when the step fails. */
  errors: string[];
}

export interface RunSetup {
  tmp: string;
  token: string;
  pr: number;
  headSha: string;
  runId: number;
}

let count = 0;

/** One run of the Action in this process, as a runner would start it for `inputs` and the event. */
export async function runInProcess(
  s: RunSetup,
  inputs: Record<string, string>,
  o: { eventName?: string; event?: unknown; runId?: number } = {},
): Promise<InProcessRun> {
  const n = ++count;
  const eventFile = path.join(s.tmp, `in-process-event-${n}.json`);
  const eventName = o.eventName ?? 'pull_request';
  writeFileSync(
    eventFile,
    JSON.stringify(
      o.event ?? {
        action: 'synchronize',
        number: s.pr,
        pull_request: {
          number: s.pr,
          head: { sha: s.headSha, ref: 'feature' },
          base: { ref: 'main', sha: 'f'.repeat(40) },
        },
        repository: { full_name: 'o/r', name: 'r', owner: { login: 'o' } },
      },
    ),
  );
  const env: NodeJS.ProcessEnv = {
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: String(o.runId ?? s.runId),
    GITHUB_SHA: s.headSha,
    GITHUB_REF: eventName === 'pull_request' ? `refs/pull/${s.pr}/merge` : 'refs/heads/main',
    GITHUB_BASE_REF: eventName === 'pull_request' ? 'main' : '',
    GITHUB_SERVER_URL: 'https://github.com',
    RUNNER_TEMP: path.join(s.tmp, `in-process-run-${n}`),
  };
  const core = new RecordingCore({
    ...actionDefaults(),
    'github-token': s.token,
    weights: 'synthetic',
    device: 'cpu',
    ...inputs,
  });
  const sleeps: number[] = [];
  const result = await runFidGate(
    readActionRequest((name) => core.getInput(name), env),
    {
      core,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    },
  );
  return { ...result, core, sleeps, errors: result.failure ? [result.failure] : [] };
}
