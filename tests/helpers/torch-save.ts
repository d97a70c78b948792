// A minimal writer of torch.save's legacy (pre-1.6) format for float32 state dicts, used by the tests to make a
// checkpoint laid out like pytorch-fid's published `pt_inception-2015-12-05-6726825d.pth` (2019, legacy format)
// from the synthetic weights, without Python. Layout: shared/reference/README.md, "Legacy format".
const enc = new TextEncoder();

class PickleWriter {
  parts: number[] = [];
  private memo = 0;
  byte(...b: number[]) {
    this.parts.push(...b);
  }
  u32(v: number) {
    this.byte(v & 255, (v >>> 8) & 255, (v >>> 16) & 255, (v >>> 24) & 255);
  }
  proto() {
    this.byte(0x80, 2);
  }
  stop() {
    this.byte(0x2e);
  }
  put() {
    this.byte(0x71, this.memo++ & 255);
  } // BINPUT (memo ids are never read back here)
  int(v: number) {
    if (v >= 0 && v < 256) this.byte(0x4b, v);
    else if (v >= 0 && v < 65536) this.byte(0x4d, v & 255, v >> 8);
    else {
      this.byte(0x4a);
      this.u32(v);
    }
  }
  str(s: string) {
    const b = enc.encode(s);
    this.byte(0x58);
    this.u32(b.length);
    this.byte(...b);
    this.put();
  }
  global(mod: string, name: string) {
    this.byte(0x63, ...enc.encode(`${mod}\n${name}\n`));
    this.put();
  }
  tuple(items: (() => void)[]) {
    this.byte(0x28);
    items.forEach((f) => f());
    this.byte(0x74);
    this.put();
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

export function legacyTorchSave(sd: Map<string, { shape: number[]; data: Float32Array }>): Buffer {
  const pickles: Uint8Array[] = [];
  // 1. magic number as LONG1
  let w = new PickleWriter();
  w.proto();
  w.byte(0x8a, 10, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19);
  w.stop();
  pickles.push(w.bytes());
  // 2. protocol version 1001
  w = new PickleWriter();
  w.proto();
  w.int(1001);
  w.stop();
  pickles.push(w.bytes());
  // 3. sys_info
  w = new PickleWriter();
  w.proto();
  w.byte(0x7d);
  w.put();
  w.byte(0x28);
  w.str('protocol_version');
  w.int(1001);
  w.str('little_endian');
  w.byte(0x88);
  w.str('type_sizes');
  w.byte(0x7d);
  w.put();
  w.byte(0x28);
  w.str('short');
  w.int(2);
  w.str('int');
  w.int(4);
  w.str('long');
  w.int(4);
  w.byte(0x75);
  w.byte(0x75);
  w.stop();
  pickles.push(w.bytes());
  // 4. OrderedDict of _rebuild_tensor_v2(persistent id, offset, size, stride, requires_grad, hooks)
  w = new PickleWriter();
  w.proto();
  w.global('collections', 'OrderedDict');
  w.byte(0x29);
  w.byte(0x52);
  w.put();
  w.byte(0x28);
  const keys: string[] = [];
  let k = 0;
  for (const [name, t] of sd) {
    const key = String(k++);
    keys.push(key);
    const stride = t.shape.map((_, i) => t.shape.slice(i + 1).reduce((a, b) => a * b, 1));
    w.str(name);
    w.global('torch._utils', '_rebuild_tensor_v2');
    w.tuple([
      () => {
        w.tuple([
          () => w.str('storage'),
          () => w.global('torch', 'FloatStorage'),
          () => w.str(key),
          () => w.str('cpu'),
          () => w.int(t.data.length),
          () => w.byte(0x4e),
        ]);
        w.byte(0x51);
      },
      () => w.int(0),
      () => w.tuple(t.shape.map((s) => () => w.int(s))),
      () => w.tuple(stride.map((s) => () => w.int(s))),
      () => w.byte(0x89),
      () => {
        w.global('collections', 'OrderedDict');
        w.byte(0x29);
        w.byte(0x52);
        w.put();
      },
    ]);
    w.byte(0x52);
    w.put();
  }
  w.byte(0x75);
  w.stop();
  pickles.push(w.bytes());
  // 5. storage keys sorted as strings
  const sorted = [...keys].sort();
  w = new PickleWriter();
  w.proto();
  w.byte(0x5d);
  w.put();
  w.byte(0x28);
  sorted.forEach((s) => w.str(s));
  w.byte(0x65);
  w.stop();
  pickles.push(w.bytes());
  const byKey = new Map([...sd.values()].map((t, i) => [String(i), t.data]));
  const tail: Buffer[] = [];
  for (const key of sorted) {
    const data = byKey.get(key)!;
    const n = Buffer.alloc(8);
    n.writeBigInt64LE(BigInt(data.length));
    tail.push(n, Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  }
  return Buffer.concat([...pickles.map((p) => Buffer.from(p)), ...tail]);
}
