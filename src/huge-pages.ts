// Transparent huge pages for the process's large buffers, decided before anything heavy is loaded.
//
// A run allocates, fills and frees many large arrays: one 2048 × 2048 float64 covariance is 32 MiB, and the Fréchet
// distance alone goes through about sixteen of them (inflated statistics, Cholesky factors, the congruence, the band
// reduction's trailing matrices, onnxruntime's own buffers). glibc's malloc serves each from a fresh mmap of 4 KiB
// pages, and the first touch of every page is a page fault: about 130,000 for FID from two statistics files, more
// than a second of system time on a 2-core VM (bench/vs-python.ts). glibc 2.35 and later read the tunable
// glibc.malloc.hugetlb=1, with which malloc asks the kernel for transparent huge pages (madvise MADV_HUGEPAGE) on the
// memory it maps: 2 MiB pages, 512 times fewer faults. Kernels in THP mode "madvise" (Ubuntu's default, GitHub's
// hosted runners) grant them only to memory so marked; in mode "always" every large mapping has them already, in
// "never" none can. Two more tunables keep freed memory for reuse instead of handing it back to be faulted in again:
// glibc.malloc.mmap_threshold at 32 MiB (blocks below it come from malloc's heaps, where a freed block is reused,
// instead of a mapping of their own that free unmaps; glibc's dynamic threshold gets there only block size by block
// size; the 32 MiB matrices themselves, a header over it, still get mappings: 64 MiB measured no faster), and
// glibc.malloc.trim_threshold at 1 GiB (the heap's free top is given back only beyond that).
// Measured on FID from two 2048-d statistics files: 130,000 page faults and 2.5–2.8 s without, 18,000 and 1.5–1.8 s
// with all three; huge pages alone left 21,000–34,000 faults and 0.15 s more.
//
// glibc reads its tunables once, when the process starts, from the environment: so the entry point re-executes
// itself once with the tunables added (process.execve, Node ≥ 22.15: the same pid, stdio, arguments and environment
// otherwise), which costs one more Node start-up (~0.05 s). The user's own settings win: GLIBC_TUNABLES come after
// ours (glibc takes the last value), a MALLOC_MMAP_THRESHOLD_ or MALLOC_TRIM_THRESHOLD_ drops our value of that
// tunable (which would override it), and a glibc.malloc.hugetlb of theirs means no re-execution at all.
// FID_GATE_HUGE_PAGES=0 turns it off (for a sandbox that forbids execve: a failed execve aborts the process, so the
// obvious failures are checked first); the re-executed process carries FID_GATE_HUGE_PAGES=1, so that it never
// re-executes again.
import { accessSync, constants, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The tunables added, each with glibc's older environment variable for the same setting (which our tunable would
 * override, so a user's value of it drops ours).
 */
const TUNABLES: readonly { tunable: string; alias?: string }[] = [
  { tunable: 'glibc.malloc.hugetlb=1' },
  { tunable: 'glibc.malloc.mmap_threshold=33554432', alias: 'MALLOC_MMAP_THRESHOLD_' },
  { tunable: 'glibc.malloc.trim_threshold=1073741824', alias: 'MALLOC_TRIM_THRESHOLD_' },
];

/** The tunables added when the user sets none of them (their GLIBC_TUNABLES come after, so that theirs win). */
export const MALLOC_TUNABLES = TUNABLES.map((t) => t.tunable).join(':');

/** What the decision depends on (injected by tests). */
export interface HugePageFacts {
  platform: string;
  /** glibc's version at run time ("2.36"), undefined when the C library is not glibc. */
  glibcVersion?: string;
  /** The contents of /sys/kernel/mm/transparent_hugepage/enabled ("always [madvise] never"), if readable. */
  thpEnabled?: string;
  env: Record<string, string | undefined>;
  /** Whether process.execve exists (Node ≥ 22.15 on POSIX). */
  canExecve: boolean;
  /** process.execPath, and whether it is still an executable file (a Node upgraded or removed meanwhile is not). */
  execPath: string;
  execPathRunnable: boolean;
  /** process.argv[1]: the script; '-' or undefined when the program came from stdin, which cannot be read again. */
  script: string | undefined;
  /** Whether the process has an IPC channel to its parent (child_process.fork), which an execve would close. */
  ipc: boolean;
}

/**
 * The environment to re-execute this process with so that malloc uses transparent huge pages, or undefined when
 * nothing would change or it cannot be done: not Linux with glibc ≥ 2.35, THP not in "madvise" mode, no execve, an
 * executable that is not Node's (started through ld.so) or no longer there, a program read from stdin, an IPC channel
 * to keep, glibc.malloc.hugetlb already set by the user, or FID_GATE_HUGE_PAGES set (by the user, or by an earlier
 * re-execution).
 */
export function hugePageEnvironment(f: HugePageFacts): Record<string, string | undefined> | undefined {
  if (f.platform !== 'linux' || !f.canExecve || f.env.FID_GATE_HUGE_PAGES !== undefined) return undefined;
  const [major, minor] = (f.glibcVersion ?? '').split('.').map(Number);
  if (!(major > 2 || (major === 2 && minor >= 35))) return undefined;
  if (!/\[madvise\]/.test(f.thpEnabled ?? '')) return undefined;
  if (!/^node/i.test(path.basename(f.execPath)) || !f.execPathRunnable) return undefined;
  if (f.script === undefined || f.script === '-' || f.ipc) return undefined;
  const theirs = f.env.GLIBC_TUNABLES;
  if (theirs !== undefined && /(^|:)glibc\.malloc\.hugetlb=/.test(theirs)) return undefined;
  const ours = TUNABLES.filter((t) => t.alias === undefined || f.env[t.alias] === undefined).map((t) => t.tunable);
  return {
    ...f.env,
    GLIBC_TUNABLES: [...ours, ...(theirs ? [theirs] : [])].join(':'),
    FID_GATE_HUGE_PAGES: '1',
  };
}

/** The facts of this process. `glibcVersion` comes from the caller, who has read Node's diagnostic report already. */
export function currentHugePageFacts(glibcVersion: string | undefined): HugePageFacts {
  let thpEnabled: string | undefined;
  try {
    thpEnabled = readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8');
  } catch {
    thpEnabled = undefined; // no THP in this kernel, or /sys not mounted
  }
  let execPathRunnable = true;
  try {
    accessSync(process.execPath, constants.X_OK);
  } catch {
    execPathRunnable = false;
  }
  return {
    platform: process.platform,
    glibcVersion,
    thpEnabled,
    env: process.env,
    canExecve: typeof (process as ProcessWithExecve).execve === 'function',
    execPath: process.execPath,
    execPathRunnable,
    script: process.argv[1],
    ipc: process.channel !== undefined,
  };
}

type ProcessWithExecve = NodeJS.Process & {
  execve?: (file: string, args: string[], env: Record<string, string | undefined>) => never;
};

/**
 * Re-executes this process with huge pages when hugePageEnvironment says so; returns (having done nothing) otherwise.
 * Node throws for the checks it makes before the system call (a worker thread, the permission model) and the run then
 * goes on with ordinary pages; a failing system call itself aborts the process, hence the checks above.
 */
export function reexecWithHugePages(glibcVersion: string | undefined): void {
  if (process.permission !== undefined) return; // --permission: execve is refused, with a warning on stderr
  const env = hugePageEnvironment(currentHugePageFacts(glibcVersion));
  if (!env) return;
  try {
    (process as ProcessWithExecve).execve!(
      process.execPath,
      [process.execPath, ...process.execArgv, ...process.argv.slice(1)],
      env,
    );
  } catch {
    // refused before the system call: the run goes on with ordinary pages
  }
}
