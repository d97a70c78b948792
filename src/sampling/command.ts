// `--kind command`: run the user's own sampler, e.g. `python sample.py --out {out} --n {n} --seed {seed}`, then
// read the images it wrote.
//
// - {out}, {n} and {seed} in the command are replaced by the output folder, the number of samples and the seed,
//   each quoted for the shell (POSIX single quotes; on Windows double quotes for cmd.exe). The same values are in
//   the environment as FID_GATE_OUT, FID_GATE_N and FID_GATE_SEED.
// - The environment is an allow-list of the runner's (samplerEnvironment: PATH, HOME, locale, TMPDIR, CUDA_*,
//   NVIDIA_*, PYTHON*, VIRTUAL_ENV, CONDA_*, FID_GATE_*, ...), plus `env`; tokens and INPUT_* are not passed.
// - The command runs through the shell (/bin/sh -c, cmd.exe on Windows) in its own process group, with stdin
//   closed; its stdout and stderr are streamed line by line with a prefix ("[sampler] ").
// - The timeout sends SIGTERM to the whole process group, then SIGKILL after a grace period (default 10 s).
// - A non-zero exit, a signal or the timeout is an InputError quoting the last lines of its log. Afterwards the
//   folder's images (src/images/list.ts, sorted like pytorch-fid) are read: fewer than n is an error; more are
//   allowed, and the first n in sorted order are used.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { listImages } from '../images/list.js';
import { InputError } from '../util/errors.js';

export interface CommandSamplerOptions {
  command: string;
  n: number;
  seed: number;
  /** Output folder ({out}); created when missing. */
  out: string;
  /** Seconds before the command is stopped (default 3600). */
  timeoutSeconds?: number;
  /** Milliseconds between SIGTERM and SIGKILL (default 10000). */
  killGraceMs?: number;
  /** Receives every log line of the command, prefixed. */
  log?: (line: string) => void;
  prefix?: string;
  env?: NodeJS.ProcessEnv;
}

export interface CommandSamplerResult {
  /** The first n images, sorted. */
  files: string[];
  /** How many images the folder held. */
  found: number;
  seconds: number;
}

/** Variables the sampler inherits by exact name (docs/sampling.md). */
const INHERITED_NAMES = new Set([
  'PATH',
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'LANG',
  'LANGUAGE',
  'TZ',
  'TERM',
  'TMPDIR',
  'TMP',
  'TEMP',
  'CUDA_VISIBLE_DEVICES',
  'CUDA_HOME',
  'CUDA_PATH',
  'LD_LIBRARY_PATH',
  'VIRTUAL_ENV',
  'HF_HOME',
  'TORCH_HOME',
  'XDG_CACHE_HOME',
  'OMP_NUM_THREADS',
  'MKL_NUM_THREADS',
  // Windows: cmd.exe and Python need these
  'SYSTEMROOT',
  'SystemRoot',
  'COMSPEC',
  'ComSpec',
  'PATHEXT',
  'WINDIR',
  'windir',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
]);
/** Variables the sampler inherits by prefix. */
const INHERITED_PREFIXES = ['LC_', 'NVIDIA_', 'PYTHON', 'CONDA_', 'FID_GATE_'];

/**
 * The part of `env` the sampler command gets: an allow-list (the names and prefixes above), so that the runner's
 * secrets (ACTIONS_RUNTIME_TOKEN, ACTIONS_ID_TOKEN_REQUEST_TOKEN, GITHUB_TOKEN, INPUT_*, ...) never reach it.
 */
export function samplerEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    if (INHERITED_NAMES.has(k) || INHERITED_PREFIXES.some((p) => k.startsWith(p))) out[k] = v;
  }
  return out;
}

export function shellQuote(s: string, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return `"${s.replace(/"/g, '""')}"`;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

export function expandCommand(
  command: string,
  values: { out: string; n: number; seed: number },
  platform: NodeJS.Platform = process.platform,
): string {
  return command.replace(/\{(out|n|seed)\}/g, (_, k: 'out' | 'n' | 'seed') => shellQuote(String(values[k]), platform));
}

/** Forwards a child's output to the log line by line, with a prefix, keeping its last 20 lines for an error message. */
function lineForwarder(
  log: (line: string) => void,
  prefix: string,
): { follow: (s: NodeJS.ReadableStream) => void; tail: string[] } {
  const tail: string[] = [];
  const emit = (line: string) => {
    const l = line.replace(/\r$/, '');
    tail.push(l);
    if (tail.length > 20) tail.shift();
    log(prefix + l);
  };
  const follow = (stream: NodeJS.ReadableStream) => {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buf += chunk;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        emit(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
    stream.on('end', () => {
      if (buf) emit(buf);
      buf = '';
    });
  };
  return { follow, tail };
}

type Exit = { code: number | null; signal: NodeJS.Signals | null };

/** The child's exit; background children that keep its pipes open are killed 2 s after it exits. */
function childExit(child: ChildProcess, kill: (sig: NodeJS.Signals) => void): Promise<Exit> {
  return new Promise<Exit>((resolve, reject) => {
    let exited: Exit | undefined;
    let orphanTimer: NodeJS.Timeout | undefined;
    child.on('error', (err) => reject(new InputError(`--command: cannot start the shell (${err.message})`, 'command')));
    child.on('exit', (c, s) => {
      exited = { code: c, signal: s };
      // Background children that keep the pipes open would hold 'close' back forever: stop them.
      orphanTimer = setTimeout(() => {
        kill('SIGKILL');
        resolve(exited!);
      }, 2000);
    });
    child.on('close', (c, s) => {
      clearTimeout(orphanTimer);
      resolve(exited ?? { code: c, signal: s });
    });
  });
}

/** SIGTERM after the timeout, SIGKILL after the grace period; `stop` disarms both, `timedOut` says whether it fired. */
function armTimeout(
  o: CommandSamplerOptions,
  log: (line: string) => void,
  prefix: string,
  kill: (sig: NodeJS.Signals) => void,
) {
  const state = { timedOut: false, stop: () => {} };
  let killTimer: NodeJS.Timeout | undefined;
  const timer = setTimeout(
    () => {
      state.timedOut = true;
      log(`${prefix}timeout after ${o.timeoutSeconds ?? 3600}s: sending SIGTERM`);
      kill('SIGTERM');
      killTimer = setTimeout(() => {
        log(`${prefix}still running: sending SIGKILL`);
        kill('SIGKILL');
      }, o.killGraceMs ?? 10000);
    },
    (o.timeoutSeconds ?? 3600) * 1000,
  );
  state.stop = () => {
    clearTimeout(timer);
    clearTimeout(killTimer);
  };
  return state;
}

/** Runs the user's sampler command in its own process group with an allow-listed environment. */
function startSampler(
  o: CommandSamplerOptions,
  cmd: string,
): { child: ChildProcess; kill: (sig: NodeJS.Signals) => void } {
  const win = process.platform === 'win32';
  const child = spawn(win ? 'cmd.exe' : '/bin/sh', win ? ['/d', '/s', '/c', cmd] : ['-c', cmd], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: !win,
    windowsVerbatimArguments: win,
    env: {
      ...samplerEnvironment(process.env),
      ...o.env,
      FID_GATE_OUT: o.out,
      FID_GATE_N: String(o.n),
      FID_GATE_SEED: String(o.seed),
    },
  });
  const kill = (sig: NodeJS.Signals) => {
    try {
      if (!win && child.pid) process.kill(-child.pid, sig);
      else child.kill(sig);
    } catch {
      /* already gone */
    }
  };
  return { child, kill };
}

export async function runSamplerCommand(o: CommandSamplerOptions): Promise<CommandSamplerResult> {
  if (!o.command.trim()) throw new InputError('--command: empty command', 'command');
  await mkdir(o.out, { recursive: true });
  const cmd = expandCommand(o.command, o);
  const prefix = o.prefix ?? '[sampler] ';
  const log = o.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const t0 = performance.now();
  const { child, kill } = startSampler(o, cmd);
  const { follow, tail } = lineForwarder(log, prefix);
  follow(child.stdout!);
  follow(child.stderr!);
  const timeout = armTimeout(o, log, prefix, kill);
  const { code, signal } = await childExit(child, kill);
  timeout.stop();
  const seconds = (performance.now() - t0) / 1000;
  const quoted = tail.length ? `; its last lines:\n${tail.map((l) => '  ' + l).join('\n')}` : ' (it printed nothing)';
  if (timeout.timedOut)
    throw new InputError(
      `--command did not finish within --timeout ${o.timeoutSeconds ?? 3600}s and was stopped${quoted}`,
      'command',
    );
  if (code !== 0)
    throw new InputError(
      `--command failed (${signal ? `killed by ${signal}` : `exit code ${code}`})${quoted}`,
      'command',
    );

  let files: string[];
  try {
    files = await listImages(o.out);
  } catch (err) {
    if ((err as Error).name === 'InputError')
      throw new InputError(
        `--command finished but wrote no images into ${o.out} (${(err as Error).message})`,
        'command',
      );
    throw err;
  }
  if (files.length < o.n)
    throw new InputError(`--command wrote ${files.length} image(s) into ${o.out}; ${o.n} were asked for`, 'command');
  return { files: files.slice(0, o.n), found: files.length, seconds };
}
