// Verified, resumable-by-retry (not by Range) HTTP(S) downloads with node:http/https only.
//
// Guarantees:
//  - the body is streamed to `<dest>.partial-<pid>-<random>` while it is hashed (SHA-256);
//  - `dest` only ever receives a complete, verified file, by an atomic rename (after fsync);
//  - the temp file is removed on every failure path (HTTP error, stall, truncation, wrong hash, fs error);
//  - transient failures (5xx, 408, 429, connection errors, stalls, truncated bodies) are retried with exponential
//    backoff + jitter, honouring Retry-After (capped); 4xx such as 404/403/410 fail at once.
//
// No proxy support: Node 20's http/https ignore HTTPS_PROXY, and tunnelling via CONNECT is not trivial enough to add
// here. Users behind a proxy pass the file with --weights instead.
import { createHash } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileHandleSink, tempNameFor } from './cache.js';

export interface DownloadOptions {
  url: string;
  dest: string;
  /** Full SHA-256 (hex) the file must have. */
  sha256?: string;
  /** torch.hub-style prefix of the SHA-256 (hex), e.g. '6726825d' from `pt_inception-2015-12-05-6726825d.pth`. */
  sha256Prefix?: string;
  /** Retries after the first attempt (default 4, so at most 5 attempts). */
  retries?: number;
  /** Base of the exponential backoff in ms (default 1000): base·2^k, with jitter in [50 %, 100 %]. */
  backoffMs?: number;
  /** No byte (or no response) for this long aborts the attempt, which is retried (default 30000). */
  stallTimeoutMs?: number;
  /** Wall-clock limit of ONE attempt in ms (default: none). Exceeding it aborts the attempt, which is retried. */
  timeoutMs?: number;
  /** Refuse bodies larger than this (Content-Length or received bytes). Not retried. */
  maxBytes?: number;
  /** Upper bound for a server's Retry-After in ms (default 60000). */
  maxRetryAfterMs?: number;
  onProgress?: (done: number, total: number | undefined) => void;
  log?: (msg: string) => void;
  headers?: Record<string, string>;
}

export type DownloadFailure =
  | 'http' // non-2xx status (see `status`)
  | 'network' // connection-level error (see `code`)
  | 'stall' // no byte for stallTimeoutMs
  | 'timeout' // attempt ran past timeoutMs
  | 'truncated' // fewer bytes than Content-Length
  | 'hash-mismatch'
  | 'too-large' // maxBytes exceeded
  | 'redirect' // too many redirects, missing Location, https→http downgrade
  | 'protocol' // unsupported URL scheme, bad URL
  | 'fs'; // local file system error

export class DownloadError extends Error {
  /** The URL that was asked for (not a redirect target, which may carry signed query strings). */
  readonly url: string;
  readonly reason: DownloadFailure;
  readonly retryable: boolean;
  /** HTTP status, for reason 'http'. */
  readonly status?: number;
  /** System error code (ECONNREFUSED, ENOTFOUND, …), for reason 'network' or 'fs'. */
  readonly code?: string;
  /** Attempts made before giving up (set on the error that downloadVerified finally throws). */
  attempts = 1;
  /** Retry-After from the response, in ms, already capped. */
  retryAfterMs?: number;

  constructor(
    url: string,
    reason: DownloadFailure,
    message: string,
    opts: { retryable: boolean; status?: number; code?: string; cause?: unknown },
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'DownloadError';
    this.url = url;
    this.reason = reason;
    this.retryable = opts.retryable;
    this.status = opts.status;
    this.code = opts.code;
  }
}

/** Error codes that mean "we could not reach the server at all" (offline runner, firewall, DNS). */
export const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NONAME',
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'ETIMEDOUT',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** True when `err` is a DownloadError caused by the network being unreachable (as opposed to a server's answer). */
export function isUnreachable(err: unknown): boolean {
  return (
    err instanceof DownloadError &&
    err.reason === 'network' &&
    err.code !== undefined &&
    UNREACHABLE_CODES.has(err.code)
  );
}

const MAX_REDIRECTS = 5;
const RETRY_4XX = new Set([408, 425, 429]);
const MAX_BACKOFF_MS = 60_000;

/**
 * Parses Retry-After: delta-seconds or an HTTP date. Returns ms (≥ 0), or undefined when absent/unparseable.
 * Capped by the caller.
 */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, t - now);
}

function backoffDelay(base: number, retryIndex: number): number {
  const exp = Math.min(MAX_BACKOFF_MS, base * 2 ** retryIndex);
  return Math.round(exp * (0.5 + Math.random() * 0.5));
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Removes a URL's credentials and query string for messages (signed redirect URLs carry tokens). */
function redact(u: URL): string {
  return `${u.protocol}//${u.host}${u.pathname}`;
}

async function removeQuietly(p: string): Promise<void> {
  try {
    await unlink(p);
  } catch {
    /* already gone */
  }
}

interface AttemptResult {
  sha256: string;
  bytes: number;
}

/** One attempt: follows redirects, streams the body into `tmp` (created here), fsyncs it. Throws DownloadError. */
async function attempt(opts: DownloadOptions, tmp: string): Promise<AttemptResult> {
  const origUrl = opts.url;
  const stallMs = opts.stallTimeoutMs ?? 30_000;
  const maxRetryAfter = opts.maxRetryAfterMs ?? 60_000;
  let url: URL;
  try {
    url = new URL(origUrl);
  } catch {
    throw new DownloadError(origUrl, 'protocol', `Invalid URL: ${origUrl}`, { retryable: false });
  }
  const headers: Record<string, string> = { 'user-agent': 'fid-gate', 'accept-encoding': 'identity', ...opts.headers };
  const originHost = url.host;

  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new DownloadError(origUrl, 'protocol', `Unsupported URL scheme ${url.protocol} in ${redact(url)}`, {
        retryable: false,
      });
    }
    // Credentials given for the original host must not leak to a redirect target on another host.
    const hopHeaders = { ...headers };
    if (url.host !== originHost) {
      for (const k of Object.keys(hopHeaders)) if (/^(authorization|cookie)$/i.test(k)) delete hopHeaders[k];
    }
    const pending = await sendRequest(origUrl, url, hopHeaders, stallMs, opts.timeoutMs);
    const status = pending.res.statusCode ?? 0;
    if (status >= 300 && status < 400 && status !== 304) {
      discard(pending);
      const loc = pending.res.headers.location;
      if (!loc)
        throw new DownloadError(origUrl, 'redirect', `HTTP ${status} without a Location header from ${redact(url)}`, {
          retryable: false,
        });
      if (hop + 1 > MAX_REDIRECTS) {
        throw new DownloadError(
          origUrl,
          'redirect',
          `Too many redirects (more than ${MAX_REDIRECTS}) downloading ${origUrl}`,
          { retryable: false },
        );
      }
      const next = new URL(loc, url);
      if (url.protocol === 'https:' && next.protocol === 'http:') {
        throw new DownloadError(origUrl, 'redirect', `Refusing redirect from https to plain http (${redact(next)})`, {
          retryable: false,
        });
      }
      opts.log?.(`redirect ${status} → ${redact(next)}`);
      url = next;
      continue;
    }
    if (status !== 200) {
      discard(pending);
      // 5xx, 408 Request Timeout, 425 Too Early and 429 Too Many Requests are transient; every other status
      // (404/403/410/401…, or an unexpected 2xx such as 206) will not change by asking again.
      const retryable = status >= 500 || RETRY_4XX.has(status);
      const hint =
        status === 404 || status === 410
          ? ' (not found: check the URL / version)'
          : status === 403
            ? ' (forbidden)'
            : '';
      const err = new DownloadError(
        origUrl,
        'http',
        `HTTP ${status}${hint} downloading ${origUrl}${url.toString() !== origUrl ? ` (from ${redact(url)})` : ''}`,
        { retryable, status },
      );
      const ra = parseRetryAfter(headerString(pending.res.headers['retry-after']));
      if (ra !== undefined) err.retryAfterMs = Math.min(ra, maxRetryAfter);
      throw err;
    }
    return await receiveBody(opts, origUrl, pending, tmp);
  }
}

function headerString(h: string | string[] | undefined): string | undefined {
  return Array.isArray(h) ? h[0] : h;
}

interface Pending {
  res: http.IncomingMessage;
  /** (Re)arms the stall timer. */
  touch: () => void;
  /** Clears timers. */
  cleanup: () => void;
  /** The error that aborted the request (stall/timeout), if any. */
  abortReason: () => DownloadError | undefined;
  req: http.ClientRequest;
}

function sendRequest(
  origUrl: string,
  url: URL,
  headers: Record<string, string>,
  stallMs: number,
  timeoutMs: number | undefined,
): Promise<Pending> {
  return new Promise<Pending>((resolve, reject) => {
    const mod = url.protocol === 'https:' ? https : http;
    let abortErr: DownloadError | undefined;
    let stallTimer: NodeJS.Timeout | undefined;
    let wallTimer: NodeJS.Timeout | undefined;
    // agent:false → a fresh connection, closed afterwards (Node 20's global agent keeps sockets alive).
    const req = mod.request(url, { method: 'GET', headers, agent: false });
    const abort = (e: DownloadError) => {
      if (abortErr) return;
      abortErr = e;
      req.destroy(e);
    };
    const touch = () => {
      if (stallTimer) clearTimeout(stallTimer);
      stallTimer = setTimeout(
        () =>
          abort(
            new DownloadError(origUrl, 'stall', `Download stalled: no data for ${stallMs} ms from ${redact(url)}`, {
              retryable: true,
            }),
          ),
        stallMs,
      );
    };
    const cleanup = () => {
      if (stallTimer) clearTimeout(stallTimer);
      if (wallTimer) clearTimeout(wallTimer);
    };
    if (timeoutMs !== undefined) {
      wallTimer = setTimeout(
        () =>
          abort(
            new DownloadError(origUrl, 'timeout', `Download attempt exceeded ${timeoutMs} ms (${redact(url)})`, {
              retryable: true,
            }),
          ),
        timeoutMs,
      );
    }
    touch();
    req.on('response', (res) => {
      touch();
      resolve({ res, touch, cleanup, abortReason: () => abortErr, req });
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      cleanup();
      if (abortErr) return reject(abortErr);
      reject(networkError(origUrl, url, e));
    });
    req.end();
  });
}

/** Drops a response we will not read: stops the timers and closes the connection. */
function discard(p: Pending): void {
  p.cleanup();
  p.res.on('error', () => undefined); // destroying the request makes the response emit 'aborted' errors
  p.res.resume();
  p.req.destroy();
}

function networkError(origUrl: string, url: URL, e: NodeJS.ErrnoException): DownloadError {
  if (e instanceof DownloadError) return e;
  const code = e.code ?? (e.message === 'aborted' ? 'ECONNRESET' : undefined);
  return new DownloadError(
    origUrl,
    'network',
    `Network error downloading ${origUrl} (${redact(url)}): ${code ? `${code} ` : ''}${e.message}`,
    { retryable: true, code, cause: e },
  );
}

/** Counts, hashes and size-limits the body on its way to the file; `state` holds what it saw. */
function bodyTap(opts: DownloadOptions, origUrl: string, p: Pending, total: number | undefined) {
  const state: { hash: ReturnType<typeof createHash>; bytes: number; tooLarge?: DownloadError } = {
    hash: createHash('sha256'),
    bytes: 0,
  };
  const tap = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      p.touch();
      state.bytes += chunk.length;
      if (opts.maxBytes !== undefined && state.bytes > opts.maxBytes) {
        state.tooLarge = new DownloadError(
          origUrl,
          'too-large',
          `Refusing to download ${origUrl}: more than ${opts.maxBytes} bytes`,
          { retryable: false },
        );
        cb(state.tooLarge);
        return;
      }
      state.hash.update(chunk);
      try {
        opts.onProgress?.(state.bytes, total);
      } catch {
        /* a failing progress callback must not break the download */
      }
      cb(null, chunk);
    },
  });
  return { tap, state };
}

/** What a failed body transfer was: too large, stalled, aborted, a local write error, truncated or the network. */
function bodyError(
  e: unknown,
  origUrl: string,
  p: Pending,
  tmp: string,
  total: number | undefined,
  state: { bytes: number; tooLarge?: DownloadError },
): DownloadError {
  const bytes = state.bytes;
  const abort = p.abortReason();
  if (state.tooLarge) return state.tooLarge;
  if (abort && abort.reason === 'stall' && total !== undefined) {
    return new DownloadError(origUrl, 'stall', `${abort.message} after ${bytes} of ${total} bytes`, {
      retryable: true,
    });
  }
  if (abort) return abort;
  const err = e as NodeJS.ErrnoException;
  if (
    err.syscall === 'write' ||
    err.code === 'ENOSPC' ||
    err.code === 'EDQUOT' ||
    err.code === 'EROFS' ||
    err.code === 'EACCES'
  ) {
    return new DownloadError(origUrl, 'fs', `Cannot write ${tmp}: ${err.message}`, {
      retryable: false,
      code: err.code,
      cause: e,
    });
  }
  if (total !== undefined && bytes < total) {
    return new DownloadError(
      origUrl,
      'truncated',
      `Connection closed after ${bytes} of ${total} bytes downloading ${origUrl}`,
      { retryable: true, code: err.code, cause: e },
    );
  }
  return networkError(origUrl, new URL(origUrl), err);
}

async function receiveBody(opts: DownloadOptions, origUrl: string, p: Pending, tmp: string): Promise<AttemptResult> {
  const { res } = p;
  const clHeader = headerString(res.headers['content-length']);
  const total = clHeader !== undefined && /^\d+$/.test(clHeader.trim()) ? Number(clHeader) : undefined;
  if (opts.maxBytes !== undefined && total !== undefined && total > opts.maxBytes) {
    discard(p);
    throw new DownloadError(
      origUrl,
      'too-large',
      `Refusing to download ${origUrl}: ${total} bytes exceeds the ${opts.maxBytes}-byte limit`,
      { retryable: false },
    );
  }
  const { tap, state } = bodyTap(opts, origUrl, p, total);
  let fh;
  try {
    fh = await open(tmp, 'wx', 0o644);
  } catch (e) {
    discard(p);
    const err = e as NodeJS.ErrnoException;
    throw new DownloadError(origUrl, 'fs', `Cannot create ${tmp}: ${err.message}`, {
      retryable: false,
      code: err.code,
      cause: e,
    });
  }
  try {
    try {
      await pipeline(res, tap, fileHandleSink(fh)); // fsyncs at the end
    } catch (e) {
      throw bodyError(e, origUrl, p, tmp, total, state);
    } finally {
      p.cleanup();
    }
    if (total !== undefined && state.bytes !== total) {
      throw new DownloadError(
        origUrl,
        'truncated',
        `Truncated download of ${origUrl}: received ${state.bytes} of ${total} bytes`,
        { retryable: true },
      );
    }
  } finally {
    await fh.close().catch(() => undefined);
  }
  return { sha256: state.hash.digest('hex'), bytes: state.bytes };
}

/** The expected SHA-256 (full) or its prefix, lower-cased; a malformed one is a programming error (TypeError). */
function expectedHash(opts: DownloadOptions): { expectedFull?: string; expectedPrefix?: string } {
  const expectedFull = opts.sha256?.trim().toLowerCase();
  const expectedPrefix = opts.sha256Prefix?.trim().toLowerCase();
  for (const [what, v] of [
    ['sha256', expectedFull],
    ['sha256Prefix', expectedPrefix],
  ] as const) {
    if (v !== undefined && !/^[0-9a-f]{1,64}$/.test(v))
      throw new TypeError(`downloadVerified: ${what} must be hex, got ${JSON.stringify(v)}`);
  }
  if (expectedFull !== undefined && expectedFull.length !== 64)
    throw new TypeError('downloadVerified: sha256 must have 64 hex digits (use sha256Prefix for a prefix)');
  return { expectedFull, expectedPrefix };
}

/** The destination's absolute path, its folder created. */
async function destinationFolder(opts: DownloadOptions): Promise<string> {
  const dest = path.resolve(opts.dest);
  try {
    await mkdir(path.dirname(dest), { recursive: true });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new DownloadError(opts.url, 'fs', `Cannot create directory ${path.dirname(dest)}: ${err.message}`, {
      retryable: false,
      code: err.code,
      cause: e,
    });
  }
  return dest;
}

/** A hash-mismatch DownloadError unless the download's SHA-256 is the expected one (or starts with the prefix). */
function checkHash(
  url: string,
  r: AttemptResult,
  expectedFull: string | undefined,
  expectedPrefix: string | undefined,
  retryable: boolean,
): void {
  const ok =
    expectedFull !== undefined
      ? r.sha256 === expectedFull
      : expectedPrefix !== undefined
        ? r.sha256.startsWith(expectedPrefix)
        : true;
  if (!ok) {
    const exp = expectedFull ?? `${expectedPrefix}… (prefix)`;
    throw new DownloadError(
      url,
      'hash-mismatch',
      `SHA-256 mismatch for ${url}: expected ${exp}, got ${r.sha256} (${r.bytes} bytes)`,
      { retryable },
    );
  }
}

async function moveIntoPlace(url: string, tmp: string, dest: string): Promise<void> {
  try {
    await rename(tmp, dest);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new DownloadError(url, 'fs', `Cannot move the download into place at ${dest}: ${err.message}`, {
      retryable: false,
      code: err.code,
      cause: e,
    });
  }
}

/**
 * Downloads `opts.url` to `opts.dest`, verifying the SHA-256 (full or prefix) when given.
 * Resolves with the final path, the file's SHA-256 and its size. Rejects with a DownloadError; `dest` is then
 * untouched.
 */
export async function downloadVerified(
  opts: DownloadOptions,
): Promise<{ path: string; sha256: string; bytes: number }> {
  const retries = Math.max(0, opts.retries ?? 4);
  const base = opts.backoffMs ?? 1000;
  const { expectedFull, expectedPrefix } = expectedHash(opts);
  const dest = await destinationFolder(opts);

  // A wrong hash is retried ONCE: a corrupt byte from a CDN edge or a middlebox, or a file replaced while we read it,
  // is transient; a second mismatch means the server really serves other bytes (or our pin is wrong), and more
  // retries would only download the same wrong file again.
  let hashRetried = false;
  let lastErr: DownloadError | undefined;
  let attempts = 0;
  for (let i = 0; i <= retries; i++) {
    attempts++;
    const tmp = tempNameFor(dest);
    try {
      const r = await attempt(opts, tmp);
      checkHash(opts.url, r, expectedFull, expectedPrefix, !hashRetried);
      await moveIntoPlace(opts.url, tmp, dest);
      return { path: dest, sha256: r.sha256, bytes: r.bytes };
    } catch (e) {
      await removeQuietly(tmp);
      if (!(e instanceof DownloadError)) throw e;
      lastErr = e;
      if (e.reason === 'hash-mismatch') hashRetried = true;
      if (!e.retryable || i === retries) break;
      const delay = e.retryAfterMs ?? backoffDelay(base, i);
      opts.log?.(`${e.message}; retrying in ${delay} ms (attempt ${i + 2} of ${retries + 1})`);
      await sleep(delay);
    }
  }
  const e = lastErr!;
  const final = new DownloadError(
    e.url,
    e.reason,
    attempts > 1 ? `${e.message} (gave up after ${attempts} attempts)` : e.message,
    {
      retryable: e.retryable,
      status: e.status,
      code: e.code,
      cause: e.cause,
    },
  );
  final.attempts = attempts;
  throw final;
}
