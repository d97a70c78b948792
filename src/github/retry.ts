// GitHub API errors: their HTTP status, a one-line description without credentials, and retries with exponential
// backoff on 5xx, 429, rate-limit 403s and dropped connections, honouring Retry-After up to a cap. The wait is
// injected (`sleep`) so that tests of the backoff take no time.
import { coreLog } from './log.js';

export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff (default 1000 ms), doubled each time. */
  baseDelayMs?: number;
  /** Cap on one wait, Retry-After included (default 20 s). */
  maxDelayMs?: number;
  /** Waits `ms` milliseconds (default: a timer). */
  sleep?: (ms: number) => Promise<void>;
  /** The current time in ms since the epoch, for a Retry-After given as an HTTP date (default Date.now). */
  now?: () => number;
  log?: (msg: string) => void;
}

/** HTTP status of an Octokit error (RequestError), if any. */
export function httpStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

function header(err: unknown, name: string): string | undefined {
  const h = (err as { response?: { headers?: Record<string, unknown> } })?.response?.headers;
  const v = h?.[name];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date), if it is present and sane. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const t = Date.parse(value);
  return Number.isFinite(t) ? Math.max(0, t - now) : undefined;
}

/** One line about an API error, without headers or request details (they may hold credentials). */
export function describeApiError(err: unknown): string {
  const status = httpStatus(err);
  const raw = (err as Error)?.message ?? String(err);
  const msg = raw
    .split('\n')[0]
    .replace(/(token|bearer)\s+[A-Za-z0-9_.-]+/gi, '$1 ***')
    .slice(0, 300);
  return status !== undefined ? `HTTP ${status}: ${msg}` : msg;
}

/** Connection-level failures worth a retry (the error's code, or its cause's: fetch wraps them). */
const RETRYABLE_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);

function networkCode(err: unknown): string | undefined {
  for (
    let e = err as { code?: unknown; cause?: unknown } | undefined, i = 0;
    e && i < 5;
    e = e.cause as typeof e, i++
  ) {
    if (typeof e.code === 'string' && RETRYABLE_CODES.has(e.code)) return e.code;
  }
  return undefined;
}

function isRetryable(err: unknown): boolean {
  // a connection reset (the server or a proxy dropped the socket) carries no HTTP status
  if (networkCode(err)) return true;
  const status = httpStatus(err);
  if (status === undefined) return false;
  if (status === 429 || status >= 500) return true;
  // secondary rate limits come as 403 with retry-after or an exhausted quota
  return status === 403 && (header(err, 'retry-after') !== undefined || header(err, 'x-ratelimit-remaining') === '0');
}

/** Runs `fn`, retrying on 5xx, 429 and rate-limit 403s with exponential backoff; honours Retry-After up to the cap. */
export async function withRetry<T>(what: string, fn: () => Promise<T>, o: RetryOptions = {}): Promise<T> {
  const retries = o.retries ?? 3;
  const base = o.baseDelayMs ?? 1000;
  const cap = o.maxDelayMs ?? 20_000;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const log = o.log ?? ((m: string) => coreLog.info(m));
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (!isRetryable(err) || attempt >= retries) throw err;
      const asked = retryAfterMs(header(err, 'retry-after'), (o.now ?? Date.now)());
      const delay = Math.min(cap, asked ?? base * 2 ** attempt);
      log(`${what}: ${describeApiError(err)}; retry ${attempt + 1}/${retries} in ${(delay / 1000).toFixed(1)} s`);
      await sleep(delay);
    }
  }
}
