// downloadVerified / ensurePytorchFidPth / cache helpers against local HTTP servers on 127.0.0.1 (no internet).
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { InputError } from '../../src/util/errors.js';
import { defaultCacheDir, removeStalePartials, writeFileAtomic } from '../../src/weights/cache.js';
import { DownloadError, downloadVerified, isUnreachable, parseRetryAfter } from '../../src/weights/download.js';
import {
  ensurePytorchFidPth,
  PYTORCH_FID_WEIGHTS_FILE,
  PYTORCH_FID_WEIGHTS_URL,
} from '../../src/weights/pytorch-fid-weights.js';

interface TestServer {
  base: string;
  port: number;
  hits: { url: string; headers: http.IncomingHttpHeaders }[];
  close: () => Promise<void>;
}

async function serve(
  handler: (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void,
): Promise<TestServer> {
  const hits: TestServer['hits'] = [];
  const server = http.createServer((req, res) => {
    hits.push({ url: req.url ?? '', headers: req.headers });
    handler(req, res, hits.length);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-dl-'));
after(() => rmSync(tmpRoot, { recursive: true, force: true }));
let dirCount = 0;
function freshDir(): string {
  const d = path.join(tmpRoot, `d${dirCount++}`);
  mkdirSync(d, { recursive: true });
  return d;
}
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const body = randomBytes(200_000);
const bodyHash = sha256(body);
const fast = { retries: 2, backoffMs: 10, stallTimeoutMs: 2000 };

function sendBody(res: http.ServerResponse, data: Buffer = body) {
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(data.length) });
  res.end(data);
}

async function rejectsDownload(p: Promise<unknown>, check: (e: DownloadError) => void): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof DownloadError, `expected DownloadError, got ${String(e)}`);
    check(e);
    return true;
  });
}

describe('downloadVerified', () => {
  test('success: hash verified, file in place, no temp files left, progress reported', async () => {
    const s = await serve((_q, res) => sendBody(res));
    try {
      const dir = freshDir();
      const dest = path.join(dir, 'sub', 'w.bin');
      const progress: [number, number | undefined][] = [];
      const r = await downloadVerified({
        url: `${s.base}/w.bin`,
        dest,
        sha256: bodyHash.toUpperCase(),
        ...fast,
        onProgress: (d, t) => progress.push([d, t]),
      });
      assert.equal(r.path, dest);
      assert.equal(r.sha256, bodyHash);
      assert.equal(r.bytes, body.length);
      assert.deepEqual(readFileSync(dest), body);
      assert.deepEqual(readdirSync(path.dirname(dest)), ['w.bin']);
      assert.equal(s.hits.length, 1);
      assert.deepEqual(progress.at(-1), [body.length, body.length]);
      // torch.hub-style prefix, and replacing an existing file atomically
      const r2 = await downloadVerified({ url: `${s.base}/w.bin`, dest, sha256Prefix: bodyHash.slice(0, 8), ...fast });
      assert.equal(r2.sha256, bodyHash);
      assert.deepEqual(readdirSync(path.dirname(dest)), ['w.bin']);
    } finally {
      await s.close();
    }
  });

  test('404: no retry, clear error, nothing written', async () => {
    const s = await serve((_q, res) => {
      res.writeHead(404);
      res.end('nope');
    });
    try {
      const dir = freshDir();
      const dest = path.join(dir, 'w.bin');
      await rejectsDownload(downloadVerified({ url: `${s.base}/missing.bin`, dest, ...fast, retries: 4 }), (e) => {
        assert.equal(e.reason, 'http');
        assert.equal(e.status, 404);
        assert.equal(e.retryable, false);
        assert.match(e.message, /HTTP 404/);
        assert.ok(e.message.includes(`${s.base}/missing.bin`));
      });
      assert.equal(s.hits.length, 1);
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      await s.close();
    }
  });

  test('403 and 410 are not retried either', async () => {
    for (const status of [403, 410]) {
      const s = await serve((_q, res) => {
        res.writeHead(status);
        res.end();
      });
      try {
        const dir = freshDir();
        await rejectsDownload(downloadVerified({ url: `${s.base}/x`, dest: path.join(dir, 'x'), ...fast }), (e) =>
          assert.equal(e.status, status),
        );
        assert.equal(s.hits.length, 1);
        assert.deepEqual(readdirSync(dir), []);
      } finally {
        await s.close();
      }
    }
  });

  test('truncated body (Content-Length larger than the body, connection dropped): retried, then error, nothing cached', async () => {
    const s = await serve((_q, res) => {
      res.writeHead(200, { 'content-length': String(body.length) });
      res.write(body.subarray(0, 5000), () => res.socket?.destroy());
    });
    try {
      const dir = freshDir();
      const logs: string[] = [];
      await rejectsDownload(
        downloadVerified({ url: `${s.base}/t.bin`, dest: path.join(dir, 't.bin'), ...fast, log: (m) => logs.push(m) }),
        (e) => {
          assert.equal(e.reason, 'truncated');
          assert.equal(e.attempts, 3);
          assert.match(e.message, /of 200000 bytes/);
          assert.match(e.message, /gave up after 3 attempts/);
        },
      );
      assert.equal(s.hits.length, 3);
      assert.equal(logs.filter((l) => /retrying/.test(l)).length, 2);
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      await s.close();
    }
  });

  test('truncated body ended cleanly by the server (res.end with a short body) is also caught', async () => {
    const s = await serve((_q, res) => {
      res.writeHead(200, { 'content-length': String(body.length), connection: 'close' });
      res.end(body.subarray(0, 1000));
    });
    try {
      const dir = freshDir();
      await rejectsDownload(
        downloadVerified({ url: `${s.base}/t.bin`, dest: path.join(dir, 't.bin'), ...fast, retries: 1 }),
        (e) => {
          assert.equal(e.reason, 'truncated', e.message);
        },
      );
      assert.equal(s.hits.length, 2);
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      await s.close();
    }
  });

  test('wrong hash: retried exactly once, error names expected and actual hash, nothing cached', async () => {
    const s = await serve((_q, res) => sendBody(res));
    try {
      const dir = freshDir();
      const wrong = sha256(Buffer.from('something else'));
      await rejectsDownload(
        downloadVerified({ url: `${s.base}/w.bin`, dest: path.join(dir, 'w.bin'), sha256: wrong, ...fast, retries: 4 }),
        (e) => {
          assert.equal(e.reason, 'hash-mismatch');
          assert.ok(e.message.includes(wrong), e.message);
          assert.ok(e.message.includes(bodyHash), e.message);
        },
      );
      assert.equal(s.hits.length, 2);
      assert.deepEqual(readdirSync(dir), []);
      // prefix form
      await rejectsDownload(
        downloadVerified({
          url: `${s.base}/w.bin`,
          dest: path.join(dir, 'w.bin'),
          sha256Prefix: '00000000',
          ...fast,
          retries: 0,
        }),
        (e) => {
          assert.match(e.message, /expected 00000000… \(prefix\), got [0-9a-f]{64}/);
        },
      );
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      await s.close();
    }
  });

  test('stalled server: aborted after stallTimeoutMs, retried, final error, fast', async () => {
    // Mid-body stall on hit 1, no response at all on hit 2.
    const s = await serve((_q, res, n) => {
      if (n % 2 === 1) {
        res.writeHead(200, { 'content-length': String(body.length) });
        res.write(body.subarray(0, 1000));
      }
    });
    try {
      const dir = freshDir();
      const t0 = Date.now();
      await rejectsDownload(
        downloadVerified({
          url: `${s.base}/slow.bin`,
          dest: path.join(dir, 'slow.bin'),
          retries: 1,
          backoffMs: 10,
          stallTimeoutMs: 150,
        }),
        (e) => {
          assert.equal(e.reason, 'stall');
          assert.equal(e.retryable, true);
          assert.match(e.message, /no data for 150 ms/);
        },
      );
      const took = Date.now() - t0;
      assert.ok(took < 5000, `took ${took} ms`);
      assert.equal(s.hits.length, 2);
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      await s.close();
    }
  });

  test('timeoutMs bounds one attempt even when bytes keep trickling', async () => {
    const s = await serve((_q, res) => {
      res.writeHead(200, { 'content-length': '100000' });
      const iv = setInterval(() => {
        if (!res.destroyed) res.write('x');
      }, 20);
      res.on('close', () => clearInterval(iv));
    });
    try {
      const dir = freshDir();
      await rejectsDownload(
        downloadVerified({
          url: `${s.base}/trickle`,
          dest: path.join(dir, 't'),
          retries: 0,
          stallTimeoutMs: 1000,
          timeoutMs: 200,
        }),
        (e) => {
          assert.equal(e.reason, 'timeout');
        },
      );
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      await s.close();
    }
  });

  test('503 with Retry-After: 0, then success', async () => {
    const s = await serve((_q, res, n) => {
      if (n === 1) {
        res.writeHead(503, { 'retry-after': '0' });
        res.end();
        return;
      }
      sendBody(res);
    });
    try {
      const dir = freshDir();
      const logs: string[] = [];
      const r = await downloadVerified({
        url: `${s.base}/w.bin`,
        dest: path.join(dir, 'w.bin'),
        sha256: bodyHash,
        retries: 2,
        backoffMs: 5000,
        log: (m) => logs.push(m),
      });
      assert.equal(r.sha256, bodyHash);
      assert.equal(s.hits.length, 2);
      assert.ok(
        logs.some((l) => /HTTP 503.*retrying in 0 ms/.test(l)),
        logs.join('\n'),
      );
      assert.deepEqual(readdirSync(dir), ['w.bin']);
    } finally {
      await s.close();
    }
  });

  test('429 with a huge Retry-After is capped by maxRetryAfterMs; 500 uses the exponential backoff', async () => {
    const s = await serve((_q, res, n) => {
      if (n === 1) {
        res.writeHead(429, { 'retry-after': '3600' });
        res.end();
        return;
      }
      if (n === 2) {
        res.writeHead(500);
        res.end();
        return;
      }
      sendBody(res);
    });
    try {
      const dir = freshDir();
      const t0 = Date.now();
      await downloadVerified({
        url: `${s.base}/w.bin`,
        dest: path.join(dir, 'w.bin'),
        sha256: bodyHash,
        retries: 3,
        backoffMs: 10,
        maxRetryAfterMs: 30,
      });
      assert.ok(Date.now() - t0 < 2000);
      assert.equal(s.hits.length, 3);
    } finally {
      await s.close();
    }
  });

  test('parseRetryAfter: seconds and HTTP dates', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    assert.equal(parseRetryAfter('120', now), 120_000);
    assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(undefined, now), undefined);
  });

  test('redirects: 302 to another path, then 301 to another server; Authorization is not forwarded across hosts', async () => {
    const other = await serve((_q, res) => sendBody(res));
    const s = await serve((q, res) => {
      if (q.url === '/release/w.bin') {
        res.writeHead(302, { location: '/cdn/w.bin' });
        res.end();
        return;
      }
      if (q.url === '/cdn/w.bin') {
        res.writeHead(301, { location: `${other.base}/signed/w.bin?token=abc` });
        res.end();
        return;
      }
      res.writeHead(404);
      res.end();
    });
    try {
      const dir = freshDir();
      const r = await downloadVerified({
        url: `${s.base}/release/w.bin`,
        dest: path.join(dir, 'w.bin'),
        sha256: bodyHash,
        ...fast,
        headers: { authorization: 'token secret' },
      });
      assert.equal(r.sha256, bodyHash);
      assert.deepEqual(
        s.hits.map((h) => h.url),
        ['/release/w.bin', '/cdn/w.bin'],
      );
      assert.equal(s.hits[1].headers.authorization, 'token secret');
      assert.deepEqual(
        other.hits.map((h) => h.url),
        ['/signed/w.bin?token=abc'],
      );
      assert.equal(other.hits[0].headers.authorization, undefined);
    } finally {
      await s.close();
      await other.close();
    }
  });

  test('redirect loop: capped at 5 redirects, not retried', async () => {
    const s = await serve((q, res) => {
      res.writeHead(302, { location: q.url === '/a' ? '/b' : '/a' });
      res.end();
    });
    try {
      const dir = freshDir();
      await rejectsDownload(downloadVerified({ url: `${s.base}/a`, dest: path.join(dir, 'a'), ...fast }), (e) => {
        assert.equal(e.reason, 'redirect');
        assert.match(e.message, /Too many redirects/);
      });
      assert.equal(s.hits.length, 6);
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      await s.close();
    }
  });

  test('maxBytes: a too-large Content-Length is refused without retry', async () => {
    const s = await serve((_q, res) => sendBody(res));
    try {
      const dir = freshDir();
      await rejectsDownload(
        downloadVerified({ url: `${s.base}/w.bin`, dest: path.join(dir, 'w.bin'), maxBytes: 1000, ...fast }),
        (e) => assert.equal(e.reason, 'too-large'),
      );
      assert.equal(s.hits.length, 1);
      assert.deepEqual(readdirSync(dir), []);
    } finally {
      await s.close();
    }
  });

  test('connection refused: retried, classified as unreachable', async () => {
    const port = await closedPort();
    const dir = freshDir();
    await rejectsDownload(
      downloadVerified({ url: `http://127.0.0.1:${port}/x`, dest: path.join(dir, 'x'), retries: 1, backoffMs: 10 }),
      (e) => {
        assert.equal(e.reason, 'network');
        assert.equal(e.code, 'ECONNREFUSED');
        assert.equal(e.attempts, 2);
        assert.ok(isUnreachable(e));
      },
    );
    assert.deepEqual(readdirSync(dir), []);
  });
});

async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('ensurePytorchFidPth', () => {
  test("the URL is pytorch-fid 0.3's FID_WEIGHTS_URL", () => {
    assert.equal(
      PYTORCH_FID_WEIGHTS_URL,
      'https://github.com/mseitzer/pytorch-fid/releases/download/fid_weights/pt_inception-2015-12-05-6726825d.pth',
    );
    assert.ok(PYTORCH_FID_WEIGHTS_URL.endsWith(`/${PYTORCH_FID_WEIGHTS_FILE}`));
  });

  test('offline (closed port, empty cache): ONE InputError naming the URL and --weights', async () => {
    const port = await closedPort();
    const cacheDir = freshDir();
    const url = `http://127.0.0.1:${port}/fid_weights/${PYTORCH_FID_WEIGHTS_FILE}`;
    const logs: string[] = [];
    await assert.rejects(
      ensurePytorchFidPth({ cacheDir, url, retries: 1, backoffMs: 10, torchHub: false, log: (m) => logs.push(m) }),
      (e: unknown) => {
        assert.ok(e instanceof InputError, String(e));
        assert.ok(e.message.includes(url), e.message);
        assert.match(e.message, /network is unreachable \(ECONNREFUSED/);
        assert.ok(e.message.includes(`--weights /path/to/${PYTORCH_FID_WEIGHTS_FILE}`), e.message);
        assert.match(e.message, /Action input: weights/);
        assert.match(e.message, /--weights synthetic/);
        assert.ok(e.message.includes(path.join(cacheDir, 'weights')), e.message);
        assert.ok(e.cause instanceof DownloadError);
        return true;
      },
    );
    assert.deepEqual(readdirSync(path.join(cacheDir, 'weights')), []);
  });

  test('offline: true never touches the network and explains how to pass the weights', async () => {
    const s = await serve((_q, res) => sendBody(res));
    try {
      const cacheDir = freshDir();
      await assert.rejects(
        ensurePytorchFidPth({ cacheDir, url: `${s.base}/w.pth`, offline: true, torchHub: false }),
        (e: unknown) => {
          assert.ok(e instanceof InputError);
          assert.match(e.message, /offline mode/);
          assert.match(e.message, /--weights/);
          return true;
        },
      );
      assert.equal(s.hits.length, 0);
    } finally {
      await s.close();
    }
  });

  test('a wrong file from the server becomes an InputError with the hash mismatch; nothing cached', async () => {
    const s = await serve((_q, res) => sendBody(res));
    try {
      const cacheDir = freshDir();
      await assert.rejects(
        ensurePytorchFidPth({ cacheDir, url: `${s.base}/w.pth`, retries: 3, backoffMs: 10, torchHub: false }),
        (e: unknown) => {
          assert.ok(e instanceof InputError);
          assert.match(e.message, /SHA-256 mismatch/);
          assert.ok(e.message.includes(bodyHash));
          assert.match(e.message, /--weights/);
          return true;
        },
      );
      assert.equal(s.hits.length, 2); // one retry on a wrong hash
      assert.deepEqual(readdirSync(path.join(cacheDir, 'weights')), []);
    } finally {
      await s.close();
    }
  });

  test('a cached file is used without any request; a corrupt cached file is re-downloaded (and here rejected)', async () => {
    const s = await serve((_q, res) => sendBody(res));
    try {
      const cacheDir = freshDir();
      const file = path.join(cacheDir, 'weights', PYTORCH_FID_WEIGHTS_FILE);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, 'not really weights');
      assert.equal(
        await ensurePytorchFidPth({ cacheDir, url: `${s.base}/w.pth`, verifyCached: false, torchHub: false }),
        file,
      );
      assert.equal(s.hits.length, 0);
      // With verification, the bad hash triggers a download, which is the wrong file too: the old file stays untouched.
      await assert.rejects(
        ensurePytorchFidPth({ cacheDir, url: `${s.base}/w.pth`, retries: 0, backoffMs: 10, torchHub: false }),
        InputError,
      );
      assert.equal(readFileSync(file, 'utf8'), 'not really weights');
      assert.deepEqual(readdirSync(path.dirname(file)), [PYTORCH_FID_WEIGHTS_FILE]);
    } finally {
      await s.close();
    }
  });
});

describe('cache helpers', () => {
  test('defaultCacheDir precedence', () => {
    const home = '/home/u';
    assert.equal(
      defaultCacheDir(
        { FID_GATE_CACHE: '/c', GITHUB_ACTIONS: 'true', RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' },
        'linux',
        home,
      ),
      '/c',
    );
    assert.equal(
      defaultCacheDir(
        { GITHUB_ACTIONS: 'true', RUNNER_TOOL_CACHE: '/opt/hostedtoolcache', XDG_CACHE_HOME: '/x' },
        'linux',
        home,
      ),
      '/opt/hostedtoolcache/fid-gate',
    );
    assert.equal(
      defaultCacheDir({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache', XDG_CACHE_HOME: '/x' }, 'linux', home),
      '/x/fid-gate',
    );
    assert.equal(defaultCacheDir({ XDG_CACHE_HOME: 'relative' }, 'linux', home), '/home/u/.cache/fid-gate');
    assert.equal(defaultCacheDir({}, 'linux', home), '/home/u/.cache/fid-gate');
    assert.equal(defaultCacheDir({}, 'darwin', home), '/home/u/Library/Caches/fid-gate');
    assert.equal(
      defaultCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'),
      'C:\\Users\\u\\AppData\\Local\\fid-gate',
    );
    assert.equal(
      defaultCacheDir(
        { GITHUB_ACTIONS: 'true', RUNNER_TOOL_CACHE: 'C:\\hostedtoolcache\\windows' },
        'win32',
        'C:\\Users\\u',
      ),
      'C:\\hostedtoolcache\\windows\\fid-gate',
    );
  });

  test('writeFileAtomic writes, replaces and leaves no temp file; removeStalePartials only removes old partials', async () => {
    const dir = freshDir();
    const f = path.join(dir, 'a', 'entry.json');
    await writeFileAtomic(f, '{"v":1}');
    await writeFileAtomic(f, new Uint8Array([1, 2, 3]));
    assert.deepEqual([...readFileSync(f)], [1, 2, 3]);
    assert.deepEqual(readdirSync(path.dirname(f)), ['entry.json']);
    const young = `${f}.partial-123-abcdef`;
    writeFileSync(young, 'x');
    assert.deepEqual(await removeStalePartials(path.dirname(f)), []);
    assert.deepEqual(await removeStalePartials(path.dirname(f), -1), [young]);
    assert.ok(!existsSync(young));
  });
});
