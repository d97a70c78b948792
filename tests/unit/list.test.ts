import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareCodePoints, IMAGE_EXTENSIONS, isImageName, listImages } from '../../src/images/list.js';
import { InputError } from '../../src/util/errors.js';

async function tree(
  t: { after: (fn: () => Promise<void>) => void },
  files: string[],
  dirs: string[] = [],
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'fid-gate-list-'));
  t.after(() => rm(root, { recursive: true, force: true }));
  for (const d of dirs) await mkdir(join(root, d), { recursive: true });
  for (const f of files) {
    await mkdir(join(root, f, '..'), { recursive: true });
    await writeFile(join(root, f), 'x');
  }
  return root;
}

function assertInputError(err: unknown, re: RegExp): true {
  assert.ok(err instanceof InputError, `expected InputError, got ${String(err)}`);
  assert.match(err.message, re);
  return true;
}

test('IMAGE_EXTENSIONS is pytorch-fid 0.3 list', () => {
  assert.deepEqual([...IMAGE_EXTENSIONS], ['bmp', 'jpg', 'jpeg', 'pgm', 'png', 'ppm', 'tif', 'tiff', 'webp']);
  assert.ok(Object.isFrozen(IMAGE_EXTENSIONS));
  assert.ok(isImageName('a.PNG') && isImageName('b.JpEg') && isImageName('.hidden.webp') && isImageName('.png'));
  assert.ok(!isImageName('a.gif') && !isImageName('png') && !isImageName('a.png.txt') && !isImageName('a.jpe'));
});

test('lists images in any letter case, skips non-images and subfolders, sorts by code point', async (t) => {
  const root = await tree(
    t,
    [
      'b.png',
      'B.PNG',
      'a.JPG',
      'a.jpg',
      'c.Jpeg',
      'd.webp',
      'e.tif',
      'f.TIFF',
      'g.bmp',
      'h.pgm',
      'i.ppm',
      '.hidden.png',
      'notes.txt',
      'anim.gif',
      'png',
      'x.png.bak',
      'Z.png',
      '_.png',
      '10.png',
      '9.png',
      'sub/inner.png',
    ],
    ['dir.png'],
  );
  const got = await listImages(root);
  const names = got.map((p) => p.slice(root.length + 1));
  assert.deepEqual(names, [
    '.hidden.png',
    '10.png',
    '9.png',
    'B.PNG',
    'Z.png',
    '_.png',
    'a.JPG',
    'a.jpg',
    'b.png',
    'c.Jpeg',
    'd.webp',
    'e.tif',
    'f.TIFF',
    'g.bmp',
    'h.pgm',
    'i.ppm',
  ]);
  assert.ok(got.every((p) => p.startsWith(root + '/')));
});

test('code point order, not UTF-16 or locale order', async (t) => {
  // U+FF5E (fullwidth tilde) < U+1F600 (emoji) in code points, but not in UTF-16 code units
  const root = await tree(t, ['\u{1F600}.png', '\uFF5E.png', 'é.png', 'z.png', 'E.png']);
  const names = (await listImages(root)).map((p) => p.slice(root.length + 1));
  assert.deepEqual(names, ['E.png', 'z.png', 'é.png', '\uFF5E.png', '\u{1F600}.png']);
  assert.ok(compareCodePoints('\uFF5E', '\u{1F600}') < 0);
  assert.ok(compareCodePoints('a', 'ab') < 0);
  assert.equal(compareCodePoints('x', 'x'), 0);
});

test('recursive: walks subfolders, pathlib-like order (folder by folder), follows symlinks without looping', async (t) => {
  const root = await tree(t, ['top.png', 'a/b.png', 'a/deep/c.PNG', 'a-b/a.png', 'a.png', 'empty/readme.md']);
  await symlink(root, join(root, 'a', 'loop')); // a/loop -> root: must not loop forever
  await symlink(join(root, 'top.png'), join(root, 'link.png'));
  await symlink(join(root, 'missing.png'), join(root, 'dangling.png'));
  const flat = (await listImages(root)).map((p) => p.slice(root.length + 1));
  assert.deepEqual(flat, ['a.png', 'link.png', 'top.png']);
  const rec = (await listImages(root, { recursive: true })).map((p) => p.slice(root.length + 1));
  assert.deepEqual(rec, ['a/b.png', 'a/deep/c.PNG', 'a-b/a.png', 'a.png', 'link.png', 'top.png']);
});

test('paths are joined onto the folder as given', async (t) => {
  const root = await tree(t, ['x.png']);
  const got = await listImages(root + '/');
  assert.deepEqual(got, [join(root, 'x.png')]);
});

test('errors: missing folder, file instead of folder, empty folder, images only in subfolders', async (t) => {
  const root = await tree(t, ['only/sub/img.webp', 'file.png', 'notes.txt'], ['empty']);
  await assert.rejects(listImages(join(root, 'nope')), (e) => assertInputError(e, /Image folder not found: .*nope/));
  await assert.rejects(listImages(join(root, 'file.png')), (e) => assertInputError(e, /Not a folder: .*file\.png/));
  await assert.rejects(listImages(join(root, 'empty')), (e) =>
    assertInputError(
      e,
      /No images found in .*empty: looked for files ending in \.bmp \.jpg .*\.webp \(any letter case\) in the folder; its subfolders \(if any\) hold none either/,
    ),
  );
  await assert.rejects(listImages(join(root, 'only')), (e) =>
    assertInputError(
      e,
      /No images found in .*only.*directly in the folder\. Its subfolders hold images \(e\.g\. .*img\.webp\): use --recursive/,
    ),
  );
  assert.deepEqual(await listImages(join(root, 'only'), { recursive: true }), [join(root, 'only', 'sub', 'img.webp')]);
  await assert.rejects(listImages(join(root, 'empty'), { recursive: true }), (e) =>
    assertInputError(e, /No images found in .*empty.*in the folder and all its subfolders\./),
  );
});
