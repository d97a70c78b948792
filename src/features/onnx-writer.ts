// A small ONNX ModelProto writer (protobuf wire format by hand; field numbers from onnx/onnx.proto, IR version 8).
// Messages are kept as lists of byte chunks with a known length and flattened once at the end, so a ~95 MB
// initializer payload is copied a single time instead of once per nesting level.

const te = new TextEncoder();

/** A protobuf message body as a list of chunks. */
export interface Chunks {
  parts: Uint8Array[];
  length: number;
}

function chunks(parts: Uint8Array[]): Chunks {
  let length = 0;
  for (const p of parts) length += p.length;
  return { parts, length };
}

function join(list: Chunks[]): Chunks {
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const c of list) {
    parts.push(...c.parts);
    length += c.length;
  }
  return { parts, length };
}

function varint(value: number | bigint): Uint8Array {
  let x = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    let b = Number(x & 0x7fn);
    x >>= 7n;
    if (x) b |= 0x80;
    out.push(b);
  } while (x);
  return Uint8Array.from(out);
}

const tag = (field: number, wire: number) => varint((field << 3) | wire);
const fInt = (field: number, v: number | bigint): Chunks => chunks([tag(field, 0), varint(v)]);
const fMsg = (field: number, body: Chunks): Chunks => join([chunks([tag(field, 2), varint(body.length)]), body]);
const fBytes = (field: number, b: Uint8Array): Chunks => fMsg(field, chunks([b]));
const fStr = (field: number, s: string): Chunks => fBytes(field, te.encode(s));
const fFloat = (field: number, v: number): Chunks => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, v, true);
  return chunks([tag(field, 5), b]);
};
const fPackedInts = (field: number, vs: readonly (number | bigint)[]): Chunks =>
  fMsg(field, chunks(vs.map((v) => varint(v))));

export const DataType = { FLOAT: 1, UINT8: 2, INT8: 3, INT32: 6, INT64: 7, BOOL: 9, FLOAT16: 10, DOUBLE: 11 } as const;

export type Attr =
  | number
  | bigint
  | readonly number[]
  | string
  | { floats: readonly number[] }
  | { float: number }
  | { int: number };

/** TensorProto with raw_data (little-endian, as every platform ORT runs on). */
export function tensor(name: string, dims: readonly number[], dataType: number, data: ArrayBufferView): Chunks {
  return join([
    fPackedInts(1, dims),
    fInt(2, dataType),
    fStr(8, name),
    fBytes(9, new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
  ]);
}

function attribute(name: string, v: Attr): Chunks {
  // AttributeProto: name=1, f=2, i=3, s=4, floats=7, ints=8, type=20 (FLOAT=1, INT=2, STRING=3, FLOATS=6, INTS=7)
  if (typeof v === 'string') return join([fStr(1, name), fStr(4, v), fInt(20, 3)]);
  if (typeof v === 'bigint') return join([fStr(1, name), fInt(3, v), fInt(20, 2)]);
  if (typeof v === 'number') {
    return Number.isInteger(v)
      ? join([fStr(1, name), fInt(3, v), fInt(20, 2)])
      : join([fStr(1, name), fFloat(2, v), fInt(20, 1)]);
  }
  if ('int' in v) return join([fStr(1, name), fInt(3, v.int), fInt(20, 2)]);
  if ('float' in v) return join([fStr(1, name), fFloat(2, v.float), fInt(20, 1)]);
  if (!('floats' in v)) return join([fStr(1, name), fPackedInts(8, v as readonly number[]), fInt(20, 7)]);
  const fb = new Uint8Array(v.floats.length * 4);
  const dv = new DataView(fb.buffer);
  v.floats.forEach((x, i) => dv.setFloat32(i * 4, x, true));
  return join([fStr(1, name), fBytes(7, fb), fInt(20, 6)]);
}

export function node(
  opType: string,
  inputs: readonly string[],
  outputs: readonly string[],
  attrs: Record<string, Attr> = {},
  name = '',
): Chunks {
  return join([
    ...inputs.map((s) => fStr(1, s)),
    ...outputs.map((s) => fStr(2, s)),
    ...(name ? [fStr(3, name)] : []),
    fStr(4, opType),
    ...Object.entries(attrs).map(([k, v]) => fMsg(5, attribute(k, v))),
  ]);
}

/** ValueInfoProto for a tensor; a string dim is a symbolic (dynamic) dimension. */
export function valueInfo(name: string, elemType: number, dims: readonly (number | string)[]): Chunks {
  const shape = join(dims.map((d) => fMsg(1, typeof d === 'string' ? fStr(2, d) : fInt(1, d))));
  const tensorType = join([fInt(1, elemType), fMsg(2, shape)]);
  return join([fStr(1, name), fMsg(2, fMsg(1, tensorType))]);
}

export interface GraphSpec {
  name?: string;
  nodes: Chunks[];
  initializers: Chunks[];
  inputs: Chunks[];
  outputs: Chunks[];
  docString?: string;
}

/** Serializes a ModelProto. The result is one contiguous buffer, ready for InferenceSession.create. */
export function model(
  g: GraphSpec,
  opts: { opset?: number; producer?: string; metadata?: Record<string, string> } = {},
): Uint8Array {
  const graph = join([
    ...g.nodes.map((n) => fMsg(1, n)),
    fStr(2, g.name ?? 'graph'),
    ...g.initializers.map((t) => fMsg(5, t)),
    ...(g.docString ? [fStr(10, g.docString)] : []),
    ...g.inputs.map((v) => fMsg(11, v)),
    ...g.outputs.map((v) => fMsg(12, v)),
  ]);
  const meta = Object.entries(opts.metadata ?? {}).map(([k, v]) => fMsg(14, join([fStr(1, k), fStr(2, v)])));
  const m = join([
    fInt(1, 8),
    fStr(2, opts.producer ?? 'fid-gate'),
    fMsg(7, graph),
    fMsg(8, join([fStr(1, ''), fInt(2, opts.opset ?? 18)])),
    ...meta,
  ]);
  const out = new Uint8Array(m.length);
  let off = 0;
  for (const p of m.parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
