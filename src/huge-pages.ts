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
// glibc.malloc.mmap_threshold at its largest (32 MiB: smaller blocks come from malloc's heaps, where a freed block
// is reused, instead of a mapping of their own that free unmaps; glibc's dynamic threshold gets there only block size
// by block size), and glibc.malloc.trim_threshold at 1 GiB (the heap's free top is given back only beyond that).
// Measured on FID from two 2048-d statistics files: 130,000 page faults and 2.5–2.8 s without, 18,000 and 1.5–1.8 s
// with all three; huge pages alone left 21,000–34,000 faults and 0.15 s more.
//
// glibc reads its tunables once, when the process starts, from the environment: so the entry point re-executes
// itself once with the tunable added (process.execve, Node ≥ 22.15: the same pid, stdio, arguments and environment
// otherwise), which costs one more Node start-up (~0.05 s). FID_GATE_HUGE_PAGES=0 turns it off; the re-executed
// process carries FID_GATE_HUGE_PAGES=1, so that it never re-executes again.
import { readFileSync } from 'node:fs';

/** The tunables added (the user's own GLIBC_TUNABLES come after them, so that any of theirs wins). */
export const MALLOC_TUNABLES =
  'glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=1073741824';

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
}

/**
 * The environment to re-execute this process with so that malloc uses transparent huge pages, or undefined when
 * nothing would change or it cannot be done: not Linux with glibc ≥ 2.35, THP not in "madvise" mode, no execve,
 * glibc.malloc.hugetlb already set by the user, or FID_GATE_HUGE_PAGES set (by the user, or by an earlier
 * re-execution).
 */
export function hugePageEnvironment(f: HugePageFacts): Record<string, string | undefined> | undefined {
  if (f.platform !== 'linux' || !f.canExecve || f.env.FID_GATE_HUGE_PAGES !== undefined) return undefined;
  const [major, minor] = (f.glibcVersion ?? '').split('.').map(Number);
  if (!(major > 2 || (major === 2 && minor >= 35))) return undefined;
  if (!/\[madvise\]/.test(f.thpEnabled ?? '')) return undefined;
  const tunables = f.env.GLIBC_TUNABLES;
  if (tunables !== undefined && /(^|:)glibc\.malloc\.hugetlb=/.test(tunables)) return undefined;
  return {
    ...f.env,
    GLIBC_TUNABLES: tunables ? `${MALLOC_TUNABLES}:${tunables}` : MALLOC_TUNABLES,
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
  return {
    platform: process.platform,
    glibcVersion,
    thpEnabled,
    env: process.env,
    canExecve: typeof (process as ProcessWithExecve).execve === 'function',
  };
}

type ProcessWithExecve = NodeJS.Process & {
  execve?: (file: string, args: string[], env: Record<string, string | undefined>) => never;
};

/**
 * Re-executes this process with huge pages when hugePageEnvironment says so; returns (having done nothing) otherwise,
 * or if execve fails.
 */
export function reexecWithHugePages(glibcVersion: string | undefined): void {
  const env = hugePageEnvironment(currentHugePageFacts(glibcVersion));
  if (!env) return;
  try {
    (process as ProcessWithExecve).execve!(
      process.execPath,
      [process.execPath, ...process.execArgv, ...process.argv.slice(1)],
      env,
    );
  } catch {
    // not re-executed (an unusual sandbox refusing execve): the run goes on with ordinary pages
  }
}
