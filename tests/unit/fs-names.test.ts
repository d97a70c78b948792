// File names that are not UTF-8: decoded like Python's os.fsdecode (UTF-8 with surrogateescape), encoded back
// losslessly, sorted in Python's str order, and printed with \xNN escapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fsDecode, fsEncode, fsPath, printableName } from '../../src/util/fs-names.js';
import { compareCodePoints } from '../../src/images/list.js';

// expected strings: Python 3.11, os.fsdecode(b) on a UTF-8 system
const CASES: [number[], string][] = [
  [[0x61, 0xe9, 0x2e, 0x70], 'a\udce9.p'], // Latin-1 é
  [[0xc3, 0xa9], '\u00e9'], // UTF-8 é
  [[0xe9, 0xa9, 0x2e], '\udce9\udca9.'], // a truncated 3-byte sequence: each byte escaped
  [[0xc0, 0xaf], '\udcc0\udcaf'], // overlong '/': refused by Python's strict decoder
  [[0xed, 0xa0, 0x80], '\udced\udca0\udc80'], // an encoded UTF-16 surrogate: invalid UTF-8
  [[0xf4, 0x90, 0x80, 0x80], '\udcf4\udc90\udc80\udc80'], // above U+10FFFF
  [[0xf0, 0x9f, 0x98, 0x80, 0xff], '\u{1f600}\udcff'],
  [[0xef, 0xbf, 0xbd], '\ufffd'], // a real U+FFFD stays one
];

test('fsDecode matches os.fsdecode and fsEncode gives the bytes back', () => {
  for (const [bytes, want] of CASES) {
    const s = fsDecode(Uint8Array.from(bytes));
    assert.equal(s, want, bytes.join(','));
    assert.deepEqual([...fsEncode(s)], bytes);
  }
  assert.equal(fsPath('plain/é.png'), 'plain/é.png');
  assert.deepEqual([...(fsPath('a\udce9') as Buffer)], [0x61, 0xe9]);
});

test('printableName writes escaped bytes as \\xNN and leaves other names alone', () => {
  assert.equal(printableName('dir/a\udce9\udc80.png'), 'dir/a\\xe9\\x80.png');
  assert.equal(printableName('dir/é\u{1f600}.png'), 'dir/é\u{1f600}.png');
});

test("compareCodePoints: Python's sorted() order with escaped bytes and non-BMP characters", () => {
  // sorted(['\U0001f600', '\ue000', '\udce9', 'é', 'z', '\udce9a', '\ud7ff']) in Python 3.11
  const names = ['\u{1f600}', '\ue000', '\udce9', 'é', 'z', '\udce9a', '\ud7ff'];
  assert.deepEqual(names.sort(compareCodePoints), ['z', 'é', '\ud7ff', '\udce9', '\udce9a', '\ue000', '\u{1f600}']);
  // both strings in the same pair's second half
  assert.ok(compareCodePoints('\u{1f600}', '\u{1f601}') < 0);
  assert.ok(compareCodePoints('\u{1f600}', '\udcff') > 0);
});
