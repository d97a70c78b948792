// Installs onnxruntime-node's CUDA execution provider libraries on demand (for `--device cuda`).
//
// onnxruntime-node ships libonnxruntime.so.1 with the CPU (and WebGPU) EPs compiled in; the CUDA/TensorRT EPs are
// separate shared libraries that its postinstall script (script/install.js, skipped in this project) downloads from
// the NuGet package Microsoft.ML.OnnxRuntime.Gpu.Linux of the same version, extracting
//   runtimes/linux-x64/native/libonnxruntime_providers_{shared,cuda,tensorrt}.so
// into bin/napi-v6/linux/x64/, next to libonnxruntime.so.1 (ORT looks for provider libraries in the directory of
// libonnxruntime). We do the same, with verification, atomic copies and a cache:
//
//   <cacheDir>/cuda-ep/microsoft.ml.onnxruntime.gpu.linux.<version>/{*.so, manifest.json}
//
// Differences from ORT's installer: it resolves the feed's PackageBaseAddress from https://api.nuget.org/v3/index.json
// at run time; we use nuget.org's documented flat-container base directly (override: feedUrl). It checks no hash.
// NuGet's flat container serves no hash either (nuget.org publishes a base64 SHA-512 `packageHash` only in its
// registration/catalog JSON, from the same origin; and the .nupkg's repository signature, .signature.p7s, would need
// PKCS#7 + X.509 chain validation, which we do not do). What we check: TLS to the feed, the ZIP structure, every
// extracted member's CRC-32 and size (catches truncation/corruption, NOT tampering), the .nuspec id/version, an ELF
// header, and — when the user pins one — a SHA-256 or SHA-512 of the .nupkg (FID_GATE_CUDA_EP_SHA256 / _SHA512).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { constants, createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { access, mkdir, open, readFile, rename, rm, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { readZipEntries, readZipEntry, type ZipEntry } from '../util/zip.js';
import { fileHandleSink, fsyncDir, tempNameFor, writeFileAtomic } from '../weights/cache.js';
import { DownloadError, downloadVerified } from '../weights/download.js';

export const CUDA_EP_NUGET_PACKAGE = 'Microsoft.ML.OnnxRuntime.Gpu.Linux';
/** nuget.org's PackageBaseAddress/3.0.0 (what https://api.nuget.org/v3/index.json lists). */
export const NUGET_FLAT_CONTAINER = 'https://api.nuget.org/v3-flatcontainer/';
export const CUDA_EP_MEMBER_DIR = 'runtimes/linux-x64/native/';
/** The files ORT's install-metadata.js lists for 'linux/x64:cuda12'. TensorRT's EP is optional for `--device cuda`. */
export const CUDA_EP_FILES: ReadonlyArray<{ name: string; required: boolean }> = [
  { name: 'libonnxruntime_providers_shared.so', required: true },
  { name: 'libonnxruntime_providers_cuda.so', required: true },
  { name: 'libonnxruntime_providers_tensorrt.so', required: false },
];
/** nuget.org refuses packages over 250 MB; this bound only protects against a misbehaving feed. */
const MAX_NUPKG_BYTES = 1024 ** 3;
const MANIFEST = 'manifest.json';

export type CudaProvidersFailure =
  | 'unsupported-platform'
  | 'no-ort'
  | 'not-writable'
  | 'download'
  | 'corrupt-package'
  | 'missing-member'
  | 'hash-mismatch'
  | 'fs';

export class CudaProvidersError extends Error {
  constructor(
    readonly reason: CudaProvidersFailure,
    message: string,
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'CudaProvidersError';
  }
}

export interface EnsureCudaProvidersOptions {
  /** Directory of libonnxruntime.so.1 (default: onnxruntime-node's bin/napi-v6/linux/x64). */
  ortBinDir?: string;
  cacheDir: string;
  /** NuGet flat-container base URL (default nuget.org's). */
  feedUrl?: string;
  /** Package version (default: onnxruntime-node's own version, as ORT's installer uses). */
  version?: string;
  log?: (msg: string) => void;
  onProgress?: (done: number, total: number | undefined) => void;
  retries?: number;
  backoffMs?: number;
  stallTimeoutMs?: number;
  /** Pinned hash of the .nupkg (hex). Default: $FID_GATE_CUDA_EP_SHA256. */
  sha256?: string;
  /** Pinned SHA-512 of the .nupkg, hex or base64 (nuget.org's catalog `packageHash`). Default:
   * $FID_GATE_CUDA_EP_SHA512. */
  sha512?: string;
  /** Reinstall even when the libraries are already next to libonnxruntime. */
  force?: boolean;
  /** `${process.platform}/${process.arch}` by default; for tests. */
  platform?: string;
  env?: NodeJS.ProcessEnv;
}

export interface EnsureCudaProvidersResult {
  /** Absolute paths written into the ORT bin directory by this call (empty when nothing had to be done). */
  installed: string[];
  /** True when no download happened (libraries already present, or copied from the cache). */
  fromCache: boolean;
  /** True when the required libraries were already next to libonnxruntime (nothing was written). */
  alreadyPresent: boolean;
  ortBinDir: string;
}

/** onnxruntime-node's package root, resolved from this module (also right for the bundled Action's vendored copy). */
export function onnxruntimeNodeRoot(): string {
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve('onnxruntime-node');
  } catch (e) {
    throw new CudaProvidersError(
      'no-ort',
      `Cannot locate onnxruntime-node from ${import.meta.url}: ${(e as Error).message}`,
      e,
    );
  }
  let dir = path.dirname(entry);
  for (;;) {
    const pj = path.join(dir, 'package.json');
    if (existsSync(pj)) {
      try {
        if ((JSON.parse(readFileSync(pj, 'utf8')) as { name?: string }).name === 'onnxruntime-node') return dir;
      } catch {
        /* keep walking */
      }
    }
    const up = path.dirname(dir);
    if (up === dir)
      throw new CudaProvidersError('no-ort', `Cannot find onnxruntime-node's package.json above ${entry}`);
    dir = up;
  }
}

export function onnxruntimeNodeVersion(root = onnxruntimeNodeRoot()): string {
  const v = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string }).version;
  if (!v) throw new CudaProvidersError('no-ort', `onnxruntime-node's package.json in ${root} has no version`);
  return v;
}

export function ortBinDirFor(root: string, platform = 'linux', arch = 'x64'): string {
  return path.join(root, 'bin', 'napi-v6', platform, arch);
}

/** The .nupkg URL in a NuGet v3 flat container (lower-cased id and version, as ORT's installer builds it). */
export function cudaEpNupkgUrl(version: string, feedUrl = NUGET_FLAT_CONTAINER): string {
  const base = feedUrl.endsWith('/') ? feedUrl : `${feedUrl}/`;
  const id = CUDA_EP_NUGET_PACKAGE.toLowerCase();
  const v = version.toLowerCase();
  return `${base}${id}/${v}/${id}.${v}.nupkg`;
}

/** True when the required provider libraries are next to libonnxruntime (non-empty files). */
export function cudaProvidersPresent(ortBinDir: string): boolean {
  return CUDA_EP_FILES.filter((f) => f.required).every((f) => {
    try {
      const s = statSync(path.join(ortBinDir, f.name));
      return s.isFile() && s.size > 0;
    } catch {
      return false;
    }
  });
}

/** An NVIDIA driver is loaded (/proc/driver/nvidia/version) or `nvidia-smi -L` lists a GPU. */
export function hasNvidiaGpu(opts: { procFile?: string; nvidiaSmi?: string } = {}): boolean {
  if (existsSync(opts.procFile ?? '/proc/driver/nvidia/version')) return true;
  try {
    const r = spawnSync(opts.nvidiaSmi ?? 'nvidia-smi', ['-L'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return r.status === 0 && /\bGPU \d+/.test(r.stdout ?? '');
  } catch {
    return false;
  }
}

/**
 * A member name we are willing to extract: relative, '/'-separated, no '..' or '.' segments, no backslash, NUL or
 * drive letter. (We only ever extract exact, known names to fixed basenames, so this is belt and braces against
 * zip-slip.)
 */
export function isSafeMemberName(name: string): boolean {
  if (name === '' || name.includes('\0') || name.includes('\\') || name.startsWith('/') || /^[A-Za-z]:/.test(name))
    return false;
  return name.split('/').every((seg) => seg !== '..' && seg !== '.');
}

interface Manifest {
  package: string;
  version: string;
  url: string;
  nupkgSha256: string;
  files: { name: string; size: number; sha256: string }[];
}

function cacheEntryDir(cacheDir: string, version: string): string {
  return path.join(cacheDir, 'cuda-ep', `${CUDA_EP_NUGET_PACKAGE.toLowerCase()}.${version.toLowerCase()}`);
}

function readManifest(dir: string, version: string): Manifest | undefined {
  try {
    const m = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8')) as Manifest;
    if (m.package !== CUDA_EP_NUGET_PACKAGE || m.version !== version || !Array.isArray(m.files)) return undefined;
    for (const f of CUDA_EP_FILES) if (f.required && !m.files.some((x) => x.name === f.name)) return undefined;
    for (const f of m.files) {
      if (!CUDA_EP_FILES.some((x) => x.name === f.name)) return undefined;
      const s = statSync(path.join(dir, f.name));
      if (!s.isFile() || s.size !== f.size) return undefined;
    }
    return m;
  } catch {
    return undefined;
  }
}

function sha512ToHex(v: string): string | undefined {
  const t = v.trim();
  if (/^[0-9a-fA-F]{128}$/.test(t)) return t.toLowerCase();
  const b = Buffer.from(t, 'base64');
  return b.length === 64 ? b.toString('hex') : undefined;
}

async function hashFile(file: string, algo: 'sha256' | 'sha512'): Promise<string> {
  const h = createHash(algo);
  for await (const chunk of createReadStream(file)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/** Copies `src` to `dst` via a temp file in dst's directory, hashing on the way; renames only when the hash matches. */
async function copyFileAtomicVerified(src: string, dst: string, sha256: string): Promise<void> {
  const tmp = tempNameFor(dst);
  const h = createHash('sha256');
  let renamed = false;
  try {
    const fh = await open(tmp, 'wx', 0o755);
    try {
      const tap = new Transform({
        transform(chunk: Buffer, _e, cb) {
          h.update(chunk);
          cb(null, chunk);
        },
      });
      await pipeline(createReadStream(src), tap, fileHandleSink(fh)); // fsyncs at the end
    } finally {
      await fh.close();
    }
    const got = h.digest('hex');
    if (got !== sha256)
      throw new CudaProvidersError('hash-mismatch', `Cached ${src} has SHA-256 ${got}, its manifest says ${sha256}`);
    await rename(tmp, dst);
    renamed = true;
  } finally {
    if (!renamed) await unlink(tmp).catch(() => undefined);
  }
}

function parseNuspec(xml: string): { id?: string; version?: string } {
  const tag = (t: string) => xml.match(new RegExp(`<${t}>\\s*([^<]*?)\\s*</${t}>`))?.[1];
  return { id: tag('id'), version: tag('version') };
}

/** The package's zip entries, once it is a readable NuGet package of the expected id and version. */
function checkedPackage(bytes: Uint8Array, label: string, url: string, version: string): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(bytes, label);
  } catch (e) {
    throw new CudaProvidersError(
      'corrupt-package',
      `The downloaded ${label} from ${url} is not a valid NuGet package: ${(e as Error).message}`,
      e,
    );
  }
  const nuspecs = entries.filter((e) => /^[^/]+\.nuspec$/i.test(e.name));
  if (nuspecs.length !== 1)
    throw new CudaProvidersError(
      'corrupt-package',
      `${label} from ${url} is not a NuGet package (${nuspecs.length} top-level .nuspec files)`,
    );
  let spec: { id?: string; version?: string };
  try {
    spec = parseNuspec(Buffer.from(readZipEntry(bytes, nuspecs[0], label, 1024 ** 2)).toString('utf8'));
  } catch (e) {
    throw new CudaProvidersError('corrupt-package', `${label} from ${url}: ${(e as Error).message}`, e);
  }
  if (
    spec.id?.toLowerCase() !== CUDA_EP_NUGET_PACKAGE.toLowerCase() ||
    spec.version?.toLowerCase() !== version.toLowerCase()
  ) {
    throw new CudaProvidersError(
      'corrupt-package',
      `${label} from ${url} is ${spec.id ?? '?'} ${spec.version ?? '?'}, expected ${CUDA_EP_NUGET_PACKAGE} ${version}`,
    );
  }
  return entries;
}

/**
 * Extracts the provider libraries from the .nupkg into the cache entry, verifying everything before the manifest is
 * written (the manifest is what makes the entry valid). On failure, removes what it wrote and throws.
 */
async function extractToCache(
  nupkg: string,
  entryDir: string,
  version: string,
  url: string,
  nupkgSha256: string,
  log?: (m: string) => void,
): Promise<Manifest> {
  const bytes = await readFile(nupkg);
  const label = path.basename(nupkg);
  const written: string[] = [];
  try {
    const entries = checkedPackage(bytes, label, url, version);
    const files: Manifest['files'] = [];
    for (const f of CUDA_EP_FILES) {
      const memberName = CUDA_EP_MEMBER_DIR + f.name;
      const matches = entries.filter((e) => e.name === memberName);
      if (matches.length > 1)
        throw new CudaProvidersError(
          'corrupt-package',
          `${label} from ${url} has ${matches.length} members named ${memberName}`,
        );
      if (matches.length === 0) {
        if (f.required) throw new CudaProvidersError('missing-member', `${label} from ${url} has no ${memberName}`);
        log?.(`${label} has no ${memberName}; skipping it (optional)`);
        continue;
      }
      const m = matches[0];
      if (!isSafeMemberName(m.name) || path.posix.basename(m.name) !== f.name) {
        throw new CudaProvidersError(
          'corrupt-package',
          `${label}: refusing unsafe member name ${JSON.stringify(m.name)}`,
        );
      }
      let data: Uint8Array;
      try {
        data = readZipEntry(bytes, m, label); // checks size and CRC-32
      } catch (e) {
        throw new CudaProvidersError(
          'corrupt-package',
          `The downloaded ${label} from ${url} is corrupt: ${(e as Error).message}`,
          e,
        );
      }
      if (data.length < 4 || data[0] !== 0x7f || data[1] !== 0x45 || data[2] !== 0x4c || data[3] !== 0x46) {
        throw new CudaProvidersError('corrupt-package', `${label}: ${memberName} is not an ELF shared library`);
      }
      const dst = path.join(entryDir, f.name);
      await writeFileAtomic(dst, data, 0o755);
      written.push(dst);
      files.push({ name: f.name, size: data.length, sha256: createHash('sha256').update(data).digest('hex') });
      log?.(`extracted ${memberName} (${data.length} bytes)`);
    }
    const manifest: Manifest = { package: CUDA_EP_NUGET_PACKAGE, version, url, nupkgSha256, files };
    await writeFileAtomic(path.join(entryDir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
    return manifest;
  } catch (e) {
    for (const w of written) await unlink(w).catch(() => undefined);
    throw e;
  }
}

/**
 * Makes sure libonnxruntime_providers_{shared,cuda}.so (and _tensorrt.so when the package has it) are next to
 * onnxruntime-node's libonnxruntime.so.1, downloading Microsoft.ML.OnnxRuntime.Gpu.Linux (same version as
 * onnxruntime-node) once into the cache. Does not check that CUDA 12 / cuDNN 9 are installed: creating a session with
 * the 'cuda' EP is the real test.
 */
export async function ensureCudaProviders(opts: EnsureCudaProvidersOptions): Promise<EnsureCudaProvidersResult> {
  const env = opts.env ?? process.env;
  const log = opts.log;
  const platform = opts.platform ?? `${process.platform}/${process.arch}`;
  if (platform !== 'linux/x64') {
    throw new CudaProvidersError(
      'unsupported-platform',
      `onnxruntime-node's CUDA execution provider is only available on linux/x64 (this is ${platform}); use --device cpu`,
    );
  }
  const root =
    opts.ortBinDir === undefined || opts.version === undefined ? safeRoot(opts.ortBinDir !== undefined) : undefined;
  const binDir = path.resolve(opts.ortBinDir ?? ortBinDirFor(root!));
  const version = opts.version ?? onnxruntimeNodeVersion(root);
  if (!existsSync(binDir))
    throw new CudaProvidersError('no-ort', `onnxruntime-node's native directory ${binDir} does not exist`);

  if (!opts.force && cudaProvidersPresent(binDir)) {
    log?.(`CUDA execution provider libraries already present in ${binDir}`);
    return { installed: [], fromCache: true, alreadyPresent: true, ortBinDir: binDir };
  }

  await checkWritable(binDir, version, opts.feedUrl);

  const entryDir = cacheEntryDir(opts.cacheDir, version);
  let manifest = readManifest(entryDir, version);
  let fromCache = manifest !== undefined;
  if (manifest) {
    log?.(`using cached CUDA execution provider libraries from ${entryDir}`);
    try {
      return {
        installed: await installFromCache(manifest, entryDir, binDir, log),
        fromCache: true,
        alreadyPresent: false,
        ortBinDir: binDir,
      };
    } catch (e) {
      if (!(e instanceof CudaProvidersError && e.reason === 'hash-mismatch')) throw e;
      log?.(`${e.message}; discarding the cache entry and downloading again`);
      await rm(entryDir, { recursive: true, force: true });
      manifest = undefined;
      fromCache = false;
    }
  }

  const downloaded = await downloadToCache(opts, env, entryDir, version);
  return {
    installed: await installFromCache(downloaded, entryDir, binDir, log),
    fromCache,
    alreadyPresent: false,
    ortBinDir: binDir,
  };
}

/** The CUDA EP's libraries go next to libonnxruntime.so.1: refuse early, saying what to do, when that folder is
 * read-only. */
async function checkWritable(binDir: string, version: string, feedUrl: string | undefined): Promise<void> {
  try {
    await access(binDir, constants.W_OK);
  } catch (e) {
    const names = CUDA_EP_FILES.map((f) => f.name).join(', ');
    throw new CudaProvidersError(
      'not-writable',
      `--device cuda needs ${names} next to libonnxruntime.so.1 in ${binDir}, but that directory is not writable ` +
        `(${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Make it writable for this user, or copy those files there from ` +
        `runtimes/linux-x64/native/ in the NuGet package ${CUDA_EP_NUGET_PACKAGE} ${version} (${cudaEpNupkgUrl(version, feedUrl)}), ` +
        'or use --device cpu.',
      e,
    );
  }
}

/** Downloads the NuGet package (verified against a pinned hash when one is set) and extracts its libraries into the
 * cache entry. */
async function downloadToCache(
  opts: EnsureCudaProvidersOptions,
  env: NodeJS.ProcessEnv,
  entryDir: string,
  version: string,
): Promise<Manifest> {
  const log = opts.log;
  const url = cudaEpNupkgUrl(version, opts.feedUrl);
  const nupkg = path.join(entryDir, `${CUDA_EP_NUGET_PACKAGE.toLowerCase()}.${version.toLowerCase()}.nupkg`);
  const pinned256 = (opts.sha256 ?? env.FID_GATE_CUDA_EP_SHA256)?.trim() || undefined;
  const pinned512raw = (opts.sha512 ?? env.FID_GATE_CUDA_EP_SHA512)?.trim() || undefined;
  const pinned512 = pinned512raw === undefined ? undefined : sha512ToHex(pinned512raw);
  if (pinned512raw !== undefined && pinned512 === undefined) {
    throw new CudaProvidersError(
      'hash-mismatch',
      `FID_GATE_CUDA_EP_SHA512 / sha512 must be 128 hex digits or base64 of 64 bytes, got ${JSON.stringify(pinned512raw)}`,
    );
  }
  if (pinned256 === undefined && pinned512 === undefined) {
    log?.(
      'no pinned hash for the CUDA EP package (set FID_GATE_CUDA_EP_SHA256 or _SHA512 to pin one); relying on TLS and the ZIP CRCs',
    );
  }
  log?.(`downloading ${CUDA_EP_NUGET_PACKAGE} ${version} from ${url}`);
  let nupkgSha256: string;
  try {
    const r = await downloadVerified({
      url,
      dest: nupkg,
      sha256: pinned256,
      retries: opts.retries,
      backoffMs: opts.backoffMs,
      stallTimeoutMs: opts.stallTimeoutMs,
      maxBytes: MAX_NUPKG_BYTES,
      onProgress: opts.onProgress,
      log,
    });
    nupkgSha256 = r.sha256;
  } catch (e) {
    if (e instanceof DownloadError) {
      throw new CudaProvidersError(
        e.reason === 'hash-mismatch' ? 'hash-mismatch' : 'download',
        `Could not download the CUDA execution provider (${CUDA_EP_NUGET_PACKAGE} ${version}): ${e.message}`,
        e,
      );
    }
    throw e;
  }
  try {
    if (pinned512 !== undefined) {
      const got = await hashFile(nupkg, 'sha512');
      if (got !== pinned512)
        throw new CudaProvidersError('hash-mismatch', `SHA-512 mismatch for ${url}: expected ${pinned512}, got ${got}`);
    }
    return await extractToCache(nupkg, entryDir, version, url, nupkgSha256, log);
  } finally {
    // The extracted libraries are what we cache; the .nupkg (up to 250 MB) would only double the disk use.
    await unlink(nupkg).catch(() => undefined);
  }
}

function safeRoot(optional: boolean): string | undefined {
  try {
    return onnxruntimeNodeRoot();
  } catch (e) {
    if (optional) return undefined;
    throw e;
  }
}

/** Copies the cached libraries next to libonnxruntime; rolls back what it copied when one copy fails. */
async function installFromCache(
  manifest: Manifest,
  entryDir: string,
  binDir: string,
  log?: (m: string) => void,
): Promise<string[]> {
  const installed: string[] = [];
  try {
    await mkdir(binDir, { recursive: true });
    for (const f of manifest.files) {
      const dst = path.join(binDir, f.name);
      await copyFileAtomicVerified(path.join(entryDir, f.name), dst, f.sha256);
      installed.push(dst);
      log?.(`installed ${dst}`);
    }
    await fsyncDir(binDir);
    return installed;
  } catch (e) {
    for (const p of installed) await unlink(p).catch(() => undefined);
    if (e instanceof CudaProvidersError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new CudaProvidersError(
      'fs',
      `Cannot install the CUDA execution provider libraries into ${binDir}: ${err.message}`,
      e,
    );
  }
}
