// ensureCudaProviders against a fake NuGet flat container on 127.0.0.1 serving a fake .nupkg built with writeZip.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import {
  CUDA_EP_MEMBER_DIR,
  CudaProvidersError,
  cudaEpNupkgUrl,
  cudaProvidersPresent,
  ensureCudaProviders,
  hasNvidiaGpu,
  isSafeMemberName,
  onnxruntimeNodeRoot,
  onnxruntimeNodeVersion,
  ortBinDirFor,
} from '../../src/features/cuda-providers.js';
import { writeZip, type ZipInput } from '../../src/util/zip.js';

const VERSION = '1.30.0';
const NUPKG_PATH = `/v3-flatcontainer/microsoft.ml.onnxruntime.gpu.linux/${VERSION}/microsoft.ml.onnxruntime.gpu.linux.${VERSION}.nupkg`;
const LIBS = [
  'libonnxruntime_providers_shared.so',
  'libonnxruntime_providers_cuda.so',
  'libonnxruntime_providers_tensorrt.so',
];

const elf = (n: number) => Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), randomBytes(n)]);
const libData = new Map(LIBS.map((l, i) => [l, elf(20_000 + i * 1000)]));

function nuspec(id = 'Microsoft.ML.OnnxRuntime.Gpu.Linux', version = VERSION): ZipInput {
  return {
    name: `${id}.nuspec`,
    data: Buffer.from(
      `<?xml version="1.0"?>\n<package xmlns="http://schemas.microsoft.com/packaging/2012/06/nuspec.xsd">\n<metadata>\n<id>${id}</id>\n<version>${version}</version>\n</metadata>\n</package>\n`,
    ),
  };
}

function fakeNupkg(opts: { omit?: string; version?: string; compress?: boolean; extra?: ZipInput[] } = {}): Buffer {
  const members: ZipInput[] = [
    { name: '_rels/.rels', data: Buffer.from('<Relationships/>') },
    nuspec(undefined, opts.version),
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'runtimes/linux-x64/native/libonnxruntime.so', data: elf(100) },
    ...LIBS.filter((l) => l !== opts.omit).map((l) => ({ name: CUDA_EP_MEMBER_DIR + l, data: libData.get(l)! })),
    ...(opts.extra ?? []),
  ];
  return writeZip(members, opts.compress ?? false);
}

interface Feed {
  base: string;
  hits: string[];
  setBody: (b: Buffer | null) => void;
  close: () => Promise<void>;
}

async function fakeFeed(initial: Buffer | null): Promise<Feed> {
  let body = initial;
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url !== NUPKG_PATH || body === null) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(body.length) });
    res.end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    setBody: (b) => {
      body = b;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'fid-gate-cuda-'));
after(() => rmSync(tmpRoot, { recursive: true, force: true }));
let n = 0;
function fakeOrtBinDir(): string {
  const d = path.join(tmpRoot, `bin${n++}`);
  mkdirSync(d, { recursive: true });
  writeFileSync(path.join(d, 'libonnxruntime.so.1'), elf(10));
  return d;
}
function freshCache(): string {
  const d = path.join(tmpRoot, `cache${n++}`);
  mkdirSync(d, { recursive: true });
  return d;
}
const common = (feed: Feed) => ({
  feedUrl: `${feed.base}/v3-flatcontainer/`,
  version: VERSION,
  retries: 1,
  backoffMs: 10,
  env: {},
  platform: 'linux/x64',
});

async function rejectsCuda(p: Promise<unknown>, reason: string, re?: RegExp): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof CudaProvidersError, String(e));
    assert.equal(e.reason, reason, e.message);
    if (re) assert.match(e.message, re);
    return true;
  });
}

describe('ensureCudaProviders', () => {
  test('installs from a fake feed, then a second call uses the cache with zero HTTP requests', async () => {
    const feed = await fakeFeed(fakeNupkg({ compress: true }));
    try {
      const cacheDir = freshCache();
      const bin1 = fakeOrtBinDir();
      const logs: string[] = [];
      const r1 = await ensureCudaProviders({ ...common(feed), ortBinDir: bin1, cacheDir, log: (m) => logs.push(m) });
      assert.equal(r1.fromCache, false);
      assert.equal(r1.alreadyPresent, false);
      assert.deepEqual(
        r1.installed,
        LIBS.map((l) => path.join(bin1, l)),
      );
      for (const l of LIBS) assert.deepEqual(readFileSync(path.join(bin1, l)), libData.get(l));
      assert.deepEqual(readdirSync(bin1).sort(), ['libonnxruntime.so.1', ...LIBS].sort()); // no temp files
      assert.deepEqual(feed.hits, [NUPKG_PATH]);
      assert.ok(cudaProvidersPresent(bin1));
      assert.ok(logs.some((l) => /no pinned hash/.test(l)));
      // The cache holds the extracted libraries and a manifest, not the .nupkg.
      const entry = path.join(cacheDir, 'cuda-ep', `microsoft.ml.onnxruntime.gpu.linux.${VERSION}`);
      assert.deepEqual(readdirSync(entry).sort(), [...LIBS, 'manifest.json'].sort());

      const bin2 = fakeOrtBinDir();
      const r2 = await ensureCudaProviders({ ...common(feed), ortBinDir: bin2, cacheDir });
      assert.equal(r2.fromCache, true);
      assert.equal(r2.installed.length, 3);
      for (const l of LIBS) assert.deepEqual(readFileSync(path.join(bin2, l)), libData.get(l));
      assert.equal(feed.hits.length, 1, 'second call must not touch the network');

      const r3 = await ensureCudaProviders({ ...common(feed), ortBinDir: bin1, cacheDir });
      assert.deepEqual(r3, { installed: [], fromCache: true, alreadyPresent: true, ortBinDir: bin1 });
      assert.equal(feed.hits.length, 1);
    } finally {
      await feed.close();
    }
  });

  test('a corrupt .nupkg (CRC mismatch) is an error and installs nothing; nothing is cached', async () => {
    const good = fakeNupkg();
    const bad = Buffer.from(good);
    // Flip a byte inside the (stored) cuda library's data.
    const marker = libData.get('libonnxruntime_providers_cuda.so')!.subarray(100, 132);
    const at = bad.indexOf(marker);
    assert.ok(at > 0);
    bad[at + 5] ^= 0xff;
    const feed = await fakeFeed(bad);
    try {
      const cacheDir = freshCache();
      const bin = fakeOrtBinDir();
      await rejectsCuda(
        ensureCudaProviders({ ...common(feed), ortBinDir: bin, cacheDir }),
        'corrupt-package',
        /CRC mismatch/,
      );
      assert.deepEqual(readdirSync(bin), ['libonnxruntime.so.1']);
      const entry = path.join(cacheDir, 'cuda-ep', `microsoft.ml.onnxruntime.gpu.linux.${VERSION}`);
      assert.deepEqual(existsSync(entry) ? readdirSync(entry) : [], []);
      assert.equal(feed.hits.length, 1, 'a corrupt package that downloaded completely is not re-downloaded');

      // Truncated archive (no end-of-central-directory record) — served with a matching Content-Length.
      feed.setBody(good.subarray(0, good.length - 100));
      await rejectsCuda(
        ensureCudaProviders({ ...common(feed), ortBinDir: bin, cacheDir }),
        'corrupt-package',
        /not a valid NuGet package/,
      );
      assert.deepEqual(readdirSync(bin), ['libonnxruntime.so.1']);
    } finally {
      await feed.close();
    }
  });

  test('wrong package version, missing member, non-ELF member, unsafe duplicate names are rejected', async () => {
    const feed = await fakeFeed(fakeNupkg({ version: '1.29.0' }));
    try {
      const bin = fakeOrtBinDir();
      await rejectsCuda(
        ensureCudaProviders({ ...common(feed), ortBinDir: bin, cacheDir: freshCache() }),
        'corrupt-package',
        /expected Microsoft\.ML\.OnnxRuntime\.Gpu\.Linux 1\.30\.0/,
      );
      feed.setBody(fakeNupkg({ omit: 'libonnxruntime_providers_cuda.so' }));
      await rejectsCuda(
        ensureCudaProviders({ ...common(feed), ortBinDir: bin, cacheDir: freshCache() }),
        'missing-member',
        /libonnxruntime_providers_cuda\.so/,
      );
      feed.setBody(
        fakeNupkg({ extra: [{ name: CUDA_EP_MEMBER_DIR + 'libonnxruntime_providers_shared.so', data: elf(5) }] }),
      );
      await rejectsCuda(
        ensureCudaProviders({ ...common(feed), ortBinDir: bin, cacheDir: freshCache() }),
        'corrupt-package',
        /has 2 members named/,
      );
      feed.setBody(
        fakeNupkg({
          omit: 'libonnxruntime_providers_shared.so',
          extra: [
            { name: CUDA_EP_MEMBER_DIR + 'libonnxruntime_providers_shared.so', data: Buffer.from('<html>oops</html>') },
          ],
        }),
      );
      await rejectsCuda(
        ensureCudaProviders({ ...common(feed), ortBinDir: bin, cacheDir: freshCache() }),
        'corrupt-package',
        /not an ELF shared library/,
      );
      assert.deepEqual(readdirSync(bin), ['libonnxruntime.so.1']);

      // The optional TensorRT EP may be missing.
      feed.setBody(fakeNupkg({ omit: 'libonnxruntime_providers_tensorrt.so' }));
      const r = await ensureCudaProviders({ ...common(feed), ortBinDir: bin, cacheDir: freshCache() });
      assert.equal(r.installed.length, 2);
    } finally {
      await feed.close();
    }
  });

  test('pinned hashes: FID_GATE_CUDA_EP_SHA256 mismatch fails; a correct base64 SHA-512 passes', async () => {
    const pkg = fakeNupkg();
    const feed = await fakeFeed(pkg);
    try {
      const bin = fakeOrtBinDir();
      await rejectsCuda(
        ensureCudaProviders({
          ...common(feed),
          env: { FID_GATE_CUDA_EP_SHA256: 'ab'.repeat(32) },
          ortBinDir: bin,
          cacheDir: freshCache(),
        }),
        'hash-mismatch',
        /expected abab/,
      );
      assert.deepEqual(readdirSync(bin), ['libonnxruntime.so.1']);
      await rejectsCuda(
        ensureCudaProviders({ ...common(feed), sha512: 'ab'.repeat(64), ortBinDir: bin, cacheDir: freshCache() }),
        'hash-mismatch',
        /SHA-512 mismatch/,
      );
      assert.deepEqual(readdirSync(bin), ['libonnxruntime.so.1']);
      const sha512 = createHash('sha512').update(pkg).digest('base64');
      const sha256 = createHash('sha256').update(pkg).digest('hex');
      const r = await ensureCudaProviders({
        ...common(feed),
        env: { FID_GATE_CUDA_EP_SHA256: sha256, FID_GATE_CUDA_EP_SHA512: sha512 },
        ortBinDir: bin,
        cacheDir: freshCache(),
      });
      assert.equal(r.installed.length, 3);
    } finally {
      await feed.close();
    }
  });

  test('a tampered cache entry is detected, discarded and re-downloaded', async () => {
    const feed = await fakeFeed(fakeNupkg());
    try {
      const cacheDir = freshCache();
      await ensureCudaProviders({ ...common(feed), ortBinDir: fakeOrtBinDir(), cacheDir });
      const cached = path.join(
        cacheDir,
        'cuda-ep',
        `microsoft.ml.onnxruntime.gpu.linux.${VERSION}`,
        'libonnxruntime_providers_cuda.so',
      );
      const b = readFileSync(cached);
      b[10] ^= 1;
      writeFileSync(cached, b); // same size: only the hash check can tell
      const bin = fakeOrtBinDir();
      const r = await ensureCudaProviders({ ...common(feed), ortBinDir: bin, cacheDir });
      assert.equal(r.fromCache, false);
      assert.equal(feed.hits.length, 2);
      assert.deepEqual(
        readFileSync(path.join(bin, 'libonnxruntime_providers_cuda.so')),
        libData.get('libonnxruntime_providers_cuda.so'),
      );
      assert.deepEqual(readdirSync(bin).sort(), ['libonnxruntime.so.1', ...LIBS].sort());
    } finally {
      await feed.close();
    }
  });

  test('404 from the feed: clear download error naming the URL, not retried', async () => {
    const feed = await fakeFeed(null);
    try {
      await rejectsCuda(
        ensureCudaProviders({ ...common(feed), ortBinDir: fakeOrtBinDir(), cacheDir: freshCache() }),
        'download',
        /HTTP 404.*microsoft\.ml\.onnxruntime\.gpu\.linux\.1\.30\.0\.nupkg/,
      );
      assert.equal(feed.hits.length, 1);
    } finally {
      await feed.close();
    }
  });

  test('unwritable ORT directory: clear error before any download', async (t) => {
    const feed = await fakeFeed(fakeNupkg());
    try {
      let dir: string;
      if (process.getuid?.() !== 0) {
        dir = fakeOrtBinDir();
        const { chmodSync } = await import('node:fs');
        chmodSync(dir, 0o555);
        t.after(() => chmodSync(dir, 0o755));
      } else {
        // root ignores permission bits; /proc/self is not writable even for root.
        try {
          accessSync('/proc/self', constants.W_OK);
          t.skip('no unwritable directory available as root');
          return;
        } catch {
          dir = '/proc/self';
        }
      }
      await rejectsCuda(
        ensureCudaProviders({ ...common(feed), ortBinDir: dir, cacheDir: freshCache() }),
        'not-writable',
        /not writable.*--device cpu/s,
      );
      assert.equal(feed.hits.length, 0);
    } finally {
      await feed.close();
    }
  });

  test('other platforms are refused', async () => {
    await rejectsCuda(
      ensureCudaProviders({ cacheDir: freshCache(), platform: 'darwin/arm64' }),
      'unsupported-platform',
      /linux\/x64/,
    );
  });
});

describe('cuda-providers helpers', () => {
  test("onnxruntime-node is located, and the URL matches ORT's installer", () => {
    const root = onnxruntimeNodeRoot();
    assert.ok(existsSync(path.join(root, 'script', 'install.js')));
    assert.equal(onnxruntimeNodeVersion(root), '1.30.0');
    assert.ok(existsSync(path.join(ortBinDirFor(root), 'libonnxruntime.so.1')));
    assert.equal(
      cudaEpNupkgUrl('1.30.0'),
      'https://api.nuget.org/v3-flatcontainer/microsoft.ml.onnxruntime.gpu.linux/1.30.0/microsoft.ml.onnxruntime.gpu.linux.1.30.0.nupkg',
    );
  });

  test('isSafeMemberName', () => {
    assert.ok(isSafeMemberName('runtimes/linux-x64/native/libonnxruntime_providers_cuda.so'));
    for (const bad of ['', '../x.so', 'runtimes/../../etc/passwd', '/abs.so', 'a\\b.so', 'C:/x.so', 'a/./b', 'a\0b']) {
      assert.equal(isSafeMemberName(bad), false, bad);
    }
  });

  test('hasNvidiaGpu', () => {
    const f = path.join(tmpRoot, 'nvidia-version');
    writeFileSync(f, 'NVRM version: fake');
    assert.equal(hasNvidiaGpu({ procFile: f }), true);
    assert.equal(
      hasNvidiaGpu({ procFile: path.join(tmpRoot, 'none'), nvidiaSmi: path.join(tmpRoot, 'no-nvidia-smi') }),
      false,
    );
  });
});
