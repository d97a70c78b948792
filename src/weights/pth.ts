// Safe reader of PyTorch state dicts written by `torch.save`, in the zip format (torch >= 1.6 default) and in the
// legacy format (torch < 1.6, e.g. pytorch-fid's pt_inception-2015-12-05-6726825d.pth from 2019).
//
// Nothing in a checkpoint is ever executed: the pickle is run by a small VM written here that knows only the opcodes a
// state dict needs and resolves only an allow-list of globals; everything else is refused with a named reason.
//
// Format sources:
//  * Pickle opcodes and their semantics: CPython Lib/pickle.py (_Unpickler) and Lib/pickletools.py (opcode table),
//    PEP 307 (protocol 2), PEP 3154 (protocol 4: FRAME, MEMOIZE, STACK_GLOBAL), PEP 574 (protocol 5).
//  * torch/serialization.py: `_save`/`_load` (zip: `<archive>/data.pkl`, `<archive>/data/<key>`, `version`,
//    `byteorder`; persistent id `('storage', StorageType, key, location, numel)`) and `_legacy_save`/`_legacy_load`
//    (five pickles: MAGIC_NUMBER 0x1950a86a20f9469cfc6c, PROTOCOL_VERSION 1001, sys_info, the object with persistent
// ids
//    `('storage', StorageType, root_key, location, numel, view_metadata)`, the storage keys; then per storage an int64
//    element count and the raw bytes, see torch/csrc/serialization.cpp `THPStorage_readFileRaw`).
//  * torch/_utils.py: `_rebuild_tensor`, `_rebuild_tensor_v2`, `_rebuild_tensor_v3`, `_rebuild_parameter`.
//  * The reference pack's README (fixtures/reference holds its .pth part), section "The `.pth` files and the format of
//    the published FID weights".
import { readUserFile } from '../util/user-file.js';
import { looksLikeZip, readZipEntries, readZipEntry, ZipError, type ZipEntry } from '../util/zip.js';

export type TorchTensor = { dtype: 'float32' | 'int64'; shape: number[]; data: Float32Array | BigInt64Array };

export class PthError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'PthError';
    this.file = file;
    this.reason = reason;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Internal failure, turned into a PthError (with the file name) at the API boundary.

type FaultKind =
  | 'not-checkpoint'
  | 'truncated'
  | 'corrupt'
  | 'global'
  | 'opcode'
  | 'dtype'
  | 'not-state-dict'
  | 'unsupported';

class Fault extends Error {
  constructor(
    readonly kind: FaultKind,
    readonly reason: string,
  ) {
    super(reason);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Python values as the VM sees them. Ints are numbers when exact, bigints otherwise; floats are boxed so that an int
// (a shape, an offset) can never be confused with a float.

class PyTuple {
  constructor(readonly items: Py[]) {}
}
class PyList {
  constructor(readonly items: Py[]) {}
}
class PyDict {
  readonly map = new Map<DictKey, Py>();
  constructor(readonly ordered: boolean) {}
}
class PyFloat {
  constructor(readonly value: number) {}
}
class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

type Callable =
  | 'OrderedDict'
  | 'rebuild_tensor'
  | 'rebuild_tensor_v2'
  | 'rebuild_tensor_v3'
  | 'rebuild_parameter'
  | 'rebuild_parameter_with_state';
type GlobalRole =
  | { kind: 'callable'; fn: Callable }
  | { kind: 'storage'; dtype: string; elemSize: number }
  | { kind: 'dtype'; dtype: string; elemSize: number };
class PyGlobal {
  constructor(
    readonly qualname: string,
    readonly role: GlobalRole,
  ) {}
}

/** A storage as a persistent id names it: a root storage (key), or (legacy) a view of one. Offsets in elements. */
class StorageRef {
  constructor(
    readonly rootKey: string,
    readonly typeName: string,
    readonly dtype: string,
    readonly elemSize: number,
    readonly viewOffset: number,
    readonly numel: number,
  ) {}
}

/** A tensor not yet materialized: legacy storages' bytes only come after the pickle. */
class TensorRef {
  constructor(
    readonly storage: StorageRef,
    readonly dtype: 'float32' | 'int64',
    readonly elemSize: number,
    readonly offset: number, // in elements of dtype, from the start of `storage`
    readonly shape: number[],
    readonly stride: number[],
    readonly numel: number,
    readonly span: number, // elements from `offset` to one past the last element read (0 when numel is 0)
  ) {}
}

type DictKey = string | number | bigint | boolean | null;
type Py =
  | null
  | boolean
  | number
  | bigint
  | string
  | PyTuple
  | PyList
  | PyDict
  | PyFloat
  | PyBytes
  | PyGlobal
  | StorageRef
  | TensorRef;

/** "a list", "an int": for messages. */
function aType(v: Py): string {
  const t = typeName(v);
  return `${/^[aeiouAEIOU]/.test(t) ? 'an' : 'a'} ${t}`;
}

function typeName(v: Py): string {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return 'bool';
    case 'number':
    case 'bigint':
      return 'int';
    case 'string':
      return 'str';
  }
  if (v instanceof PyTuple) return 'tuple';
  if (v instanceof PyList) return 'list';
  if (v instanceof PyDict) return v.ordered ? 'OrderedDict' : 'dict';
  if (v instanceof PyFloat) return 'float';
  if (v instanceof PyBytes) return 'bytes';
  if (v instanceof PyGlobal) return v.qualname;
  if (v instanceof StorageRef) return 'storage';
  return 'tensor';
}

// ---------------------------------------------------------------------------------------------------------------
// Allow-listed globals.

const SUPPORTED_DTYPES = new Set(['float32', 'int64']);

// torch.<X>Storage -> [dtype, element size]. Only float32 and int64 are read; the rest are recognised to be refused
// with "unsupported dtype".
const STORAGE_TYPES: Record<string, [string, number]> = {
  FloatStorage: ['float32', 4],
  LongStorage: ['int64', 8],
  DoubleStorage: ['float64', 8],
  HalfStorage: ['float16', 2],
  BFloat16Storage: ['bfloat16', 2],
  IntStorage: ['int32', 4],
  ShortStorage: ['int16', 2],
  CharStorage: ['int8', 1],
  ByteStorage: ['uint8', 1],
  BoolStorage: ['bool', 1],
  ComplexFloatStorage: ['complex64', 8],
  ComplexDoubleStorage: ['complex128', 16],
  QInt8Storage: ['qint8', 1],
  QUInt8Storage: ['quint8', 1],
  QInt32Storage: ['qint32', 4],
  QUInt4x2Storage: ['quint4x2', 1],
  QUInt2x4Storage: ['quint2x4', 1],
};

// torch.<dtype> globals (a torch.dtype pickles as the global `torch <name>`), used by _rebuild_tensor_v3.
const DTYPES: Record<string, number> = {
  float32: 4,
  float64: 8,
  float16: 2,
  bfloat16: 2,
  int64: 8,
  int32: 4,
  int16: 2,
  int8: 1,
  uint8: 1,
  bool: 1,
  uint16: 2,
  uint32: 4,
  uint64: 8,
  complex32: 4,
  complex64: 8,
  complex128: 16,
  qint8: 1,
  quint8: 1,
  qint32: 4,
  quint4x2: 1,
  quint2x4: 1,
  float8_e4m3fn: 1,
  float8_e5m2: 1,
  float8_e4m3fnuz: 1,
  float8_e5m2fnuz: 1,
};

const CALLABLES: Record<string, Callable> = {
  'collections.OrderedDict': 'OrderedDict',
  'torch._utils._rebuild_tensor': 'rebuild_tensor',
  'torch._utils._rebuild_tensor_v2': 'rebuild_tensor_v2',
  'torch._utils._rebuild_tensor_v3': 'rebuild_tensor_v3',
  'torch._utils._rebuild_parameter': 'rebuild_parameter',
  'torch._utils._rebuild_parameter_with_state': 'rebuild_parameter_with_state',
};

function resolveGlobal(module: string, name: string): PyGlobal {
  const qualname = `${module}.${name}`;
  const fn = CALLABLES[qualname];
  if (fn) return new PyGlobal(qualname, { kind: 'callable', fn });
  // torch.cuda.*Storage: pre-0.4 files saved from the GPU; the bytes on disk are the same.
  if ((module === 'torch' || module === 'torch.cuda') && Object.hasOwn(STORAGE_TYPES, name)) {
    const [dtype, elemSize] = STORAGE_TYPES[name]!;
    return new PyGlobal(qualname, { kind: 'storage', dtype, elemSize });
  }
  if ((module === 'torch' || module === 'torch.storage') && name === 'UntypedStorage') {
    return new PyGlobal(qualname, { kind: 'storage', dtype: 'uint8', elemSize: 1 });
  }
  if (module === 'torch' && Object.hasOwn(DTYPES, name)) {
    return new PyGlobal(qualname, { kind: 'dtype', dtype: name, elemSize: DTYPES[name]! });
  }
  throw new Fault('global', `unexpected global ${qualname} (refused: only state-dict globals are allowed)`);
}

// ---------------------------------------------------------------------------------------------------------------
// The pickle VM.

const OPCODE_NAMES: Record<number, string> = {
  0x28: 'MARK',
  0x2e: 'STOP',
  0x30: 'POP',
  0x31: 'POP_MARK',
  0x32: 'DUP',
  0x46: 'FLOAT',
  0x49: 'INT',
  0x4a: 'BININT',
  0x4b: 'BININT1',
  0x4c: 'LONG',
  0x4d: 'BININT2',
  0x4e: 'NONE',
  0x50: 'PERSID',
  0x51: 'BINPERSID',
  0x52: 'REDUCE',
  0x53: 'STRING',
  0x54: 'BINSTRING',
  0x55: 'SHORT_BINSTRING',
  0x56: 'UNICODE',
  0x58: 'BINUNICODE',
  0x61: 'APPEND',
  0x62: 'BUILD',
  0x63: 'GLOBAL',
  0x64: 'DICT',
  0x7d: 'EMPTY_DICT',
  0x65: 'APPENDS',
  0x67: 'GET',
  0x68: 'BINGET',
  0x69: 'INST',
  0x6a: 'LONG_BINGET',
  0x6c: 'LIST',
  0x5d: 'EMPTY_LIST',
  0x6f: 'OBJ',
  0x70: 'PUT',
  0x71: 'BINPUT',
  0x72: 'LONG_BINPUT',
  0x73: 'SETITEM',
  0x74: 'TUPLE',
  0x29: 'EMPTY_TUPLE',
  0x75: 'SETITEMS',
  0x47: 'BINFLOAT',
  0x80: 'PROTO',
  0x81: 'NEWOBJ',
  0x82: 'EXT1',
  0x83: 'EXT2',
  0x84: 'EXT4',
  0x85: 'TUPLE1',
  0x86: 'TUPLE2',
  0x87: 'TUPLE3',
  0x88: 'NEWTRUE',
  0x89: 'NEWFALSE',
  0x8a: 'LONG1',
  0x8b: 'LONG4',
  0x42: 'BINBYTES',
  0x43: 'SHORT_BINBYTES',
  0x8c: 'SHORT_BINUNICODE',
  0x8d: 'BINUNICODE8',
  0x8e: 'BINBYTES8',
  0x8f: 'EMPTY_SET',
  0x90: 'ADDITEMS',
  0x91: 'FROZENSET',
  0x92: 'NEWOBJ_EX',
  0x93: 'STACK_GLOBAL',
  0x94: 'MEMOIZE',
  0x95: 'FRAME',
  0x96: 'BYTEARRAY8',
  0x97: 'NEXT_BUFFER',
  0x98: 'READONLY_BUFFER',
};

interface PickleSource {
  bytes: Uint8Array;
  start: number;
  end: number;
  /** Appended to byte offsets in messages, e.g. " of archive/data.pkl". */
  where: string;
  /** What running past `end` means: the file was cut (legacy) or a complete record is malformed (zip). */
  eof: Fault;
  persistentLoad?: (pid: Py) => Py;
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');
const MAX_LONG_BYTES = 1024; // no state dict needs a wider int; bounds the BigInt work on hostile input
/**
 * The most opcodes one pickle may run. A state dict takes about 40 per tensor (Inception's: about 20 000 in all), so
 * this allows some 100 000 tensors; it bounds the objects, memo entries and stack slots a pickle can make (each
 * opcode makes at most one: about 600 MB at most) and the time spent. Without it a 30 KB zip (a data.pkl of 30 M
 * EMPTY_LIST opcodes) took 4.7 GB and crashed, and 30 M MEMOIZE opcodes overflowed the memo (an internal error).
 */
export const MAX_PICKLE_OPS = 1 << 22;
/** The largest data.pkl of a zip checkpoint inflated (at most MAX_PICKLE_OPS opcodes with their short operands). */
export const MAX_PICKLE_BYTES = 64 * 1024 * 1024;

/** Runs one pickle from `src.start`; returns its value and the offset after STOP. Never calls anything. */
function unpickle(src: PickleSource): { value: Py; next: number } {
  const { bytes, end, where } = src;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = src.start;
  let opPos = pos;
  const stack: Py[] = [];
  const marks: number[] = [];
  const memo = new Map<number, Py>();

  const at = (): string => `at byte ${opPos}${where}`;
  const corrupt = (what: string): Fault => new Fault('corrupt', `corrupt pickle: ${what} ${at()}`);
  const need = (n: number): void => {
    if (n > end - pos) throw src.eof;
  };
  const u8 = (): number => {
    need(1);
    return bytes[pos++]!;
  };
  const u16 = (): number => {
    need(2);
    const v = view.getUint16(pos, true);
    pos += 2;
    return v;
  };
  const i32 = (): number => {
    need(4);
    const v = view.getInt32(pos, true);
    pos += 4;
    return v;
  };
  const u32 = (): number => {
    need(4);
    const v = view.getUint32(pos, true);
    pos += 4;
    return v;
  };
  const u64 = (): number => {
    need(8);
    const v = view.getBigUint64(pos, true);
    pos += 8;
    // Any length beyond what is left is a cut or corrupt file; say so before anything is allocated.
    if (v > BigInt(end - pos)) throw src.eof;
    return Number(v);
  };
  const take = (n: number): Uint8Array => {
    need(n);
    const b = bytes.subarray(pos, pos + n);
    pos += n;
    return b;
  };
  const line = (): string => {
    const nl = bytes.indexOf(0x0a, pos);
    if (nl < 0 || nl >= end) throw src.eof;
    const s = utf8.decode(bytes.subarray(pos, nl));
    pos = nl + 1;
    return s;
  };

  const floor = (): number => (marks.length ? marks[marks.length - 1]! : 0);
  const push = (v: Py): void => {
    stack.push(v);
  };
  const pop = (): Py => {
    if (stack.length <= floor()) throw corrupt('stack underflow');
    return stack.pop()!;
  };
  const top = (): Py => {
    if (stack.length <= floor()) throw corrupt('stack underflow');
    return stack[stack.length - 1]!;
  };
  const popMark = (): Py[] => {
    const m = marks.pop();
    if (m === undefined) throw corrupt('no MARK for');
    return stack.splice(m);
  };
  const intValue = (n: bigint): number | bigint =>
    n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  const long = (n: number): number | bigint => {
    if (n > MAX_LONG_BYTES) throw corrupt(`integer of ${n} bytes`);
    const b = take(n);
    let v = 0n;
    for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(b[i]!);
    if (n > 0 && b[n - 1]! & 0x80) v -= 1n << BigInt(8 * n);
    return intValue(v);
  };
  const dictKey = (k: Py): DictKey => {
    if (k === null || typeof k === 'string' || typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean')
      return k;
    throw corrupt(`unsupported dict key of type ${typeName(k)}`);
  };
  const setItem = (d: Py, k: Py, v: Py): void => {
    if (!(d instanceof PyDict)) throw corrupt(`SETITEM on ${typeName(d)}`);
    d.map.set(dictKey(k), v);
  };
  const setItems = (d: PyDict, items: Py[]): void => {
    if (items.length % 2) throw corrupt('odd number of items for a dict');
    for (let i = 0; i < items.length; i += 2) d.map.set(dictKey(items[i]!), items[i + 1]!);
  };

  let ops = 0;
  for (;;) {
    opPos = pos;
    const op = u8();
    if (++ops > MAX_PICKLE_OPS)
      throw new Fault(
        'corrupt',
        `implausible checkpoint: its pickle runs more than ${MAX_PICKLE_OPS} opcodes (a state dict needs about 40 per tensor) ${at()}`,
      );
    switch (op) {
      case 0x80: {
        // PROTO
        const v = u8();
        if (v < 2 || v > 5) throw new Fault('unsupported', `unsupported pickle protocol ${v} ${at()}`);
        break;
      }
      case 0x95:
        u64();
        break; // FRAME: framing is advisory; its length was bounds-checked
      case 0x2e: {
        // STOP
        const value = pop();
        return { value, next: pos };
      }
      case 0x28:
        marks.push(stack.length);
        break; // MARK
      case 0x30:
        pop();
        break; // POP
      case 0x31:
        popMark();
        break; // POP_MARK
      case 0x32:
        push(top());
        break; // DUP
      case 0x4e:
        push(null);
        break; // NONE
      case 0x88:
        push(true);
        break; // NEWTRUE
      case 0x89:
        push(false);
        break; // NEWFALSE
      case 0x4a:
        push(i32());
        break; // BININT
      case 0x4b:
        push(u8());
        break; // BININT1
      case 0x4d:
        push(u16());
        break; // BININT2
      case 0x8a:
        push(long(u8()));
        break; // LONG1
      case 0x8b: {
        // LONG4
        const n = i32();
        if (n < 0) throw corrupt('negative LONG4 length');
        push(long(n));
        break;
      }
      case 0x47: {
        // BINFLOAT: big-endian IEEE double
        need(8);
        push(new PyFloat(view.getFloat64(pos, false)));
        pos += 8;
        break;
      }
      case 0x58:
        push(utf8.decode(take(u32())));
        break; // BINUNICODE
      case 0x8c:
        push(utf8.decode(take(u8())));
        break; // SHORT_BINUNICODE
      case 0x8d:
        push(utf8.decode(take(u64())));
        break; // BINUNICODE8
      // Python 2 str: torch.load decodes it with encoding='utf-8'.
      case 0x54: {
        // BINSTRING
        const n = i32();
        if (n < 0) throw corrupt('negative BINSTRING length');
        push(utf8.decode(take(n)));
        break;
      }
      case 0x55:
        push(utf8.decode(take(u8())));
        break; // SHORT_BINSTRING
      case 0x43:
        push(new PyBytes(take(u8())));
        break; // SHORT_BINBYTES
      case 0x42:
        push(new PyBytes(take(u32())));
        break; // BINBYTES
      case 0x8e:
      case 0x96:
        push(new PyBytes(take(u64())));
        break; // BINBYTES8, BYTEARRAY8
      case 0x7d:
        push(new PyDict(false));
        break; // EMPTY_DICT
      case 0x5d:
        push(new PyList([]));
        break; // EMPTY_LIST
      case 0x29:
        push(new PyTuple([]));
        break; // EMPTY_TUPLE
      case 0x74:
        push(new PyTuple(popMark()));
        break; // TUPLE
      case 0x85: {
        const a = pop();
        push(new PyTuple([a]));
        break;
      } // TUPLE1
      case 0x86: {
        const b = pop();
        const a = pop();
        push(new PyTuple([a, b]));
        break;
      } // TUPLE2
      case 0x87: {
        const c = pop();
        const b = pop();
        const a = pop();
        push(new PyTuple([a, b, c]));
        break;
      } // TUPLE3
      case 0x6c:
        push(new PyList(popMark()));
        break; // LIST
      case 0x64: {
        const d = new PyDict(false);
        setItems(d, popMark());
        push(d);
        break;
      } // DICT
      case 0x61: {
        // APPEND
        const v = pop();
        const l = top();
        if (!(l instanceof PyList)) throw corrupt(`APPEND to ${typeName(l)}`);
        l.items.push(v);
        break;
      }
      case 0x65: {
        // APPENDS
        const items = popMark();
        const l = top();
        if (!(l instanceof PyList)) throw corrupt(`APPENDS to ${typeName(l)}`);
        for (const v of items) l.items.push(v);
        break;
      }
      case 0x73: {
        const v = pop();
        const k = pop();
        setItem(top(), k, v);
        break;
      } // SETITEM
      case 0x75: {
        // SETITEMS
        const items = popMark();
        const d = top();
        if (!(d instanceof PyDict)) throw corrupt(`SETITEMS on ${typeName(d)}`);
        setItems(d, items);
        break;
      }
      case 0x71:
        memo.set(u8(), top());
        break; // BINPUT
      case 0x72:
        memo.set(u32(), top());
        break; // LONG_BINPUT
      case 0x94:
        memo.set(memo.size, top());
        break; // MEMOIZE
      case 0x68:
      case 0x6a: {
        // BINGET, LONG_BINGET
        const i = op === 0x68 ? u8() : u32();
        if (!memo.has(i)) throw corrupt(`memo entry ${i} missing`);
        push(memo.get(i)!);
        break;
      }
      case 0x63: {
        // GLOBAL
        const module = line();
        const name = line();
        push(resolveGlobal(module, name));
        break;
      }
      case 0x93: {
        // STACK_GLOBAL
        const name = pop();
        const module = pop();
        if (typeof module !== 'string' || typeof name !== 'string') throw corrupt('STACK_GLOBAL on non-strings');
        push(resolveGlobal(module, name));
        break;
      }
      case 0x52: {
        // REDUCE
        const args = pop();
        const fn = pop();
        if (!(args instanceof PyTuple)) throw corrupt(`REDUCE with ${typeName(args)} arguments`);
        push(call(fn, args.items, at()));
        break;
      }
      case 0x62: {
        // BUILD
        const state = pop();
        const obj = top();
        // OrderedDict state dicts carry `_metadata` (per-module versions) as an instance attribute; not needed here.
        if (!(obj instanceof PyDict && obj.ordered)) throw corrupt(`BUILD on ${typeName(obj)}`);
        if (!(state instanceof PyDict || state instanceof PyTuple || state === null))
          throw corrupt(`BUILD with ${typeName(state)} state`);
        break;
      }
      case 0x51: {
        // BINPERSID
        const pid = pop();
        if (!src.persistentLoad) throw corrupt('unexpected persistent id');
        push(src.persistentLoad(pid));
        break;
      }
      default: {
        const name = OPCODE_NAMES[op];
        const label = name
          ? `${name} (0x${op.toString(16).padStart(2, '0')})`
          : `0x${op.toString(16).padStart(2, '0')} (unknown)`;
        throw new Fault('opcode', `unsupported pickle opcode ${label} ${at()}`);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The allowed callables.

function nonNegInt(v: Py, what: string, at: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
    throw new Fault('corrupt', `corrupt tensor record: ${what} is not a non-negative int ${at}`);
  return v;
}

function intTuple(v: Py, what: string, at: string): number[] {
  if (!(v instanceof PyTuple || v instanceof PyList))
    throw new Fault('corrupt', `corrupt tensor record: ${what} is ${aType(v)}, not a tuple ${at}`);
  return v.items.map((x) => nonNegInt(x, what, at));
}

function supportedDtype(dtype: string, from: string): 'float32' | 'int64' {
  if (!SUPPORTED_DTYPES.has(dtype))
    throw new Fault('dtype', `unsupported dtype ${dtype} (${from}); only float32 and int64 tensors are read`);
  return dtype as 'float32' | 'int64';
}

function makeTensor(storage: Py, offset: Py, size: Py, stride: Py, dtypeArg: Py | undefined, at: string): TensorRef {
  if (!(storage instanceof StorageRef))
    throw new Fault('corrupt', `corrupt tensor record: storage is ${aType(storage)} ${at}`);
  let dtype: 'float32' | 'int64';
  let elemSize: number;
  if (dtypeArg === undefined) {
    dtype = supportedDtype(storage.dtype, storage.typeName);
    elemSize = storage.elemSize;
  } else {
    if (!(dtypeArg instanceof PyGlobal && dtypeArg.role.kind === 'dtype'))
      throw new Fault('corrupt', `corrupt tensor record: dtype is ${aType(dtypeArg)} ${at}`);
    dtype = supportedDtype(dtypeArg.role.dtype, dtypeArg.qualname);
    elemSize = dtypeArg.role.elemSize;
  }
  const off = nonNegInt(offset, 'storage offset', at);
  const shape = intTuple(size, 'size', at);
  const strides = intTuple(stride, 'stride', at);
  if (shape.length !== strides.length)
    throw new Fault('corrupt', `corrupt tensor record: size has ${shape.length} dims, stride ${strides.length} ${at}`);
  // BigInt: a hostile shape must not overflow into something that looks in bounds.
  let numel = 1n;
  let last = 0n;
  for (let i = 0; i < shape.length; i++) {
    numel *= BigInt(shape[i]!);
    if (shape[i]! > 0) last += BigInt(shape[i]! - 1) * BigInt(strides[i]!);
  }
  const span = numel === 0n ? 0n : last + 1n;
  const storageBytes = BigInt(storage.numel) * BigInt(storage.elemSize);
  if ((BigInt(off) + span) * BigInt(elemSize) > storageBytes) {
    throw new Fault(
      'corrupt',
      `corrupt tensor record: a ${dtype} tensor of size [${shape.join(', ')}] at offset ${off} reads past the end of its ${storage.numel}-element storage ${storage.rootKey} ${at}`,
    );
  }
  if (numel > BigInt(Number.MAX_SAFE_INTEGER))
    throw new Fault('corrupt', `corrupt tensor record: size [${shape.join(', ')}] is too large ${at}`);
  return new TensorRef(storage, dtype, elemSize, off, shape, strides, Number(numel), Number(span));
}

function call(fn: Py, args: Py[], at: string): Py {
  if (!(fn instanceof PyGlobal)) throw new Fault('corrupt', `corrupt pickle: REDUCE on ${aType(fn)} ${at}`);
  if (fn.role.kind !== 'callable') throw new Fault('global', `unexpected call of ${fn.qualname} ${at}`);
  const bad = (): Fault =>
    new Fault(
      'corrupt',
      `corrupt pickle: ${fn.qualname} called with ${args.length} arguments (${args.map(typeName).join(', ')}) ${at}`,
    );
  switch (fn.role.fn) {
    case 'OrderedDict': {
      const d = new PyDict(true);
      if (args.length === 0) return d;
      // Python 2's OrderedDict.__reduce__ passes the items as a list of [key, value] pairs.
      const items = args[0];
      if (args.length !== 1 || !(items instanceof PyList || items instanceof PyTuple)) throw bad();
      for (const pair of items.items) {
        if (!((pair instanceof PyList || pair instanceof PyTuple) && pair.items.length === 2)) throw bad();
        const k = pair.items[0]!;
        if (!(k === null || ['string', 'number', 'bigint', 'boolean'].includes(typeof k))) throw bad();
        d.map.set(k as DictKey, pair.items[1]!);
      }
      return d;
    }
    case 'rebuild_tensor': // (storage, storage_offset, size, stride)
      if (args.length !== 4) throw bad();
      return makeTensor(args[0]!, args[1]!, args[2]!, args[3]!, undefined, at);
    case 'rebuild_tensor_v2': // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
      if (args.length !== 6 && args.length !== 7) throw bad();
      return makeTensor(args[0]!, args[1]!, args[2]!, args[3]!, undefined, at);
    case 'rebuild_tensor_v3': // (storage, storage_offset, size, stride, requires_grad, backward_hooks, dtype[, metadata])
      if (args.length !== 7 && args.length !== 8) throw bad();
      return makeTensor(args[0]!, args[1]!, args[2]!, args[3]!, args[6]!, at);
    case 'rebuild_parameter': // (data, requires_grad, backward_hooks)
    case 'rebuild_parameter_with_state': // (data, requires_grad, backward_hooks, state)
      if (args.length !== (fn.role.fn === 'rebuild_parameter' ? 3 : 4) || !(args[0] instanceof TensorRef)) throw bad();
      return args[0];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Persistent ids -> storages.

interface RootStorage {
  key: string;
  typeName: string;
  dtype: string;
  elemSize: number;
  numel: number;
  data?: Uint8Array; // exactly numel * elemSize bytes, once resolved
}

const MAX_SAFE_ELEMS = Math.floor(Number.MAX_SAFE_INTEGER / 16);

function makePersistentLoad(roots: Map<string, RootStorage>, legacy: boolean): (pid: Py) => Py {
  const views = new Map<string, StorageRef>();
  return (pid: Py): Py => {
    if (!(pid instanceof PyTuple) || pid.items.length === 0)
      throw new Fault('corrupt', `corrupt persistent id (${aType(pid)})`);
    const [tag0, ...rest] = pid.items;
    const tag = tag0 instanceof PyBytes ? latin1.decode(tag0.bytes) : tag0;
    if (tag === 'module')
      throw new Fault(
        'not-state-dict',
        'not a state dict: the checkpoint holds a pickled nn.Module (torch.save(model)); save model.state_dict() instead',
      );
    if (tag !== 'storage') throw new Fault('corrupt', `corrupt persistent id (tag ${JSON.stringify(tag)})`);
    if (rest.length !== (legacy ? 5 : 4))
      throw new Fault('corrupt', `corrupt persistent id (${pid.items.length} fields)`);
    const [type, key0, , numel0, viewMeta] = rest;
    if (!(type instanceof PyGlobal && type.role.kind === 'storage'))
      throw new Fault('corrupt', `corrupt persistent id (storage type is ${typeName(type!)})`);
    const key = key0 instanceof PyBytes ? latin1.decode(key0.bytes) : key0;
    if (typeof key !== 'string') throw new Fault('corrupt', 'corrupt persistent id (storage key is not a string)');
    const numel = numel0;
    if (typeof numel !== 'number' || !Number.isInteger(numel) || numel < 0 || numel > MAX_SAFE_ELEMS) {
      throw new Fault('corrupt', `corrupt persistent id (storage ${key} claims ${String(numel)} elements)`);
    }
    const { dtype, elemSize } = type.role;
    let root = roots.get(key);
    if (!root) {
      root = { key, typeName: type.qualname, dtype, elemSize, numel };
      roots.set(key, root);
    } else if (root.dtype !== dtype || root.numel !== numel) {
      throw new Fault(
        'corrupt',
        `corrupt checkpoint: storage ${key} is declared twice, as ${root.numel} ${root.dtype} and as ${numel} ${dtype}`,
      );
    }
    if (viewMeta === undefined || viewMeta === null)
      return new StorageRef(key, root.typeName, dtype, elemSize, 0, numel);
    // Legacy storage views (torch < 1.0): (view_key, offset, view_size) in elements of the root storage.
    if (!(viewMeta instanceof PyTuple && viewMeta.items.length === 3))
      throw new Fault('corrupt', 'corrupt persistent id (view metadata)');
    const [vk, vo, vs] = viewMeta.items;
    if (
      typeof vk !== 'string' ||
      typeof vo !== 'number' ||
      typeof vs !== 'number' ||
      !Number.isInteger(vo) ||
      !Number.isInteger(vs) ||
      vo < 0 ||
      vs < 0 ||
      vo + vs > numel
    ) {
      throw new Fault('corrupt', `corrupt persistent id (view of storage ${key} outside it)`);
    }
    let v = views.get(vk);
    if (!v) {
      v = new StorageRef(key, root.typeName, dtype, elemSize, vo, vs);
      views.set(vk, v);
    }
    return v;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Materialization.

const HOST_LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function swapBytes(b: Uint8Array, size: number): void {
  for (let i = 0; i + size <= b.length; i += size) b.subarray(i, i + size).reverse();
}

function isContiguous(shape: number[], stride: number[]): boolean {
  let expected = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] === 1) continue; // the stride of a size-1 dim never matters
    if (stride[i] !== expected) return false;
    expected *= shape[i]!;
  }
  return true;
}

function materialize(t: TensorRef, roots: Map<string, RootStorage>, fileLittle: boolean): TorchTensor {
  const root = roots.get(t.storage.rootKey)!;
  const data = root.data!;
  const es = t.elemSize;
  const start = t.storage.viewOffset * t.storage.elemSize + t.offset * es;
  const out = new Uint8Array(t.numel * es);
  if (isContiguous(t.shape, t.stride) || t.numel <= 1) {
    out.set(data.subarray(start, start + t.numel * es)); // the one copy; the source may be unaligned
  } else {
    // Strided (e.g. a saved transpose) or expanded tensor: gather into row-major order. Elements move as 32-bit
    // words (never as floats, which could touch NaN payloads), from an aligned copy of the span read.
    const span = new Uint8Array(t.span * es);
    span.set(data.subarray(start, start + t.span * es));
    const src = new Uint32Array(span.buffer);
    const dst = new Uint32Array(out.buffer);
    const w = es / 4; // 1 (float32) or 2 (int64)
    const nd = t.shape.length;
    const idx = new Array<number>(nd).fill(0);
    let s = 0;
    for (let d = 0; d < t.numel; d++) {
      for (let j = 0; j < w; j++) dst[d * w + j] = src[s * w + j]!;
      for (let k = nd - 1; k >= 0; k--) {
        if (++idx[k]! < t.shape[k]!) {
          s += t.stride[k]!;
          break;
        }
        s -= (t.shape[k]! - 1) * t.stride[k]!;
        idx[k] = 0;
      }
    }
  }
  if (fileLittle !== HOST_LITTLE) swapBytes(out, es);
  return {
    dtype: t.dtype,
    shape: t.shape.slice(),
    data: t.dtype === 'float32' ? new Float32Array(out.buffer, 0, t.numel) : new BigInt64Array(out.buffer, 0, t.numel),
  };
}

/** The most tensor bytes a checkpoint of `fileSize` bytes may hold (shared storages, light compression). */
function plausibleTensorBytes(fileSize: number): number {
  return 4 * fileSize + 64 * 1024 * 1024;
}

function toStateDict(
  obj: Py,
  roots: Map<string, RootStorage>,
  fileLittle: boolean,
  fileSize: number,
): Map<string, TorchTensor> {
  if (!(obj instanceof PyDict))
    throw new Fault('not-state-dict', `not a state dict: the checkpoint holds ${aType(obj)}, not a dict of tensors`);
  const tensors: [string, TensorRef][] = [];
  let total = 0;
  for (const [k, v] of obj.map) {
    if (typeof k !== 'string')
      throw new Fault('not-state-dict', `not a state dict: key ${String(k)} is ${aType(k)}, not a str`);
    if (!(v instanceof TensorRef)) {
      // A training checkpoint ({'epoch': ..., 'state_dict': {...}}) is the usual case; say where the dict is.
      const inner = [...obj.map].find(
        ([ik, iv]) =>
          typeof ik === 'string' && iv instanceof PyDict && [...iv.map.values()].some((x) => x instanceof TensorRef),
      );
      const hint = inner ? ` (the tensors seem to be under ${JSON.stringify(inner[0])}; save that dict instead)` : '';
      throw new Fault(
        'not-state-dict',
        `not a state dict: the value of ${JSON.stringify(k)} is ${aType(v)}, not a tensor${hint}`,
      );
    }
    total += v.numel * v.elemSize;
    tensors.push([k, v]);
  }
  // Shared or expanded (stride 0) storages can make the tensors larger than the file; bound what a file can make us
  // allocate.
  const limit = plausibleTensorBytes(fileSize);
  if (total > limit)
    throw new Fault(
      'corrupt',
      `implausible checkpoint: its tensors would need ${total} bytes from a ${fileSize}-byte file`,
    );
  const out = new Map<string, TorchTensor>();
  for (const [k, t] of tensors) out.set(k, materialize(t, roots, fileLittle));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The two container formats.

const LEGACY_PROTOCOL_VERSION = 1001;
// The magic number 0x1950a86a20f9469cfc6c as every pickle protocol >= 2 writes it: LONG1, 10 bytes little-endian,
// STOP.
const MAGIC_PICKLE_BODY = [0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e];

/**
 * Checks the first pickle byte by byte rather than running it, so that any other file (a pickle included) is
 * "not a checkpoint" and not some VM error. Returns the offset after it.
 */
function checkMagic(bytes: Uint8Array): number {
  const n = bytes.length;
  const cut = (): Fault =>
    new Fault('truncated', `truncated: the file (${n} bytes) ends inside the torch.save magic number`);
  const notCheckpoint = new Fault(
    'not-checkpoint',
    'not a checkpoint: neither a zip-format torch.save file nor a legacy one (no torch.save magic number)',
  );
  if (n < 2) throw cut();
  if (bytes[0] !== 0x80 || bytes[1]! < 2 || bytes[1]! > 5) throw notCheckpoint;
  let p = 2;
  if (bytes[1]! >= 4 && n > p && bytes[p] === 0x95) p += 9; // FRAME + 8-byte length
  for (const b of MAGIC_PICKLE_BODY) {
    if (p >= n) throw cut();
    if (bytes[p++] !== b) throw notCheckpoint;
  }
  return p;
}

function readLegacy(bytes: Uint8Array): Map<string, TorchTensor> {
  const n = bytes.length;
  let which = 2;
  const truncated = (): Fault =>
    new Fault('truncated', `truncated: the file (${n} bytes) ends inside pickle ${which} of 5`);
  const src = (start: number, persistentLoad?: (pid: Py) => Py): PickleSource => ({
    bytes,
    start,
    end: n,
    where: '',
    get eof() {
      return truncated();
    },
    persistentLoad,
  });

  let r = unpickle(src(checkMagic(bytes)));
  if (r.value !== LEGACY_PROTOCOL_VERSION)
    throw new Fault(
      'unsupported',
      `unsupported legacy checkpoint version ${String(r.value)} (expected ${LEGACY_PROTOCOL_VERSION})`,
    );
  which = 3;
  r = unpickle(src(r.next));
  if (!(r.value instanceof PyDict)) throw new Fault('corrupt', 'corrupt legacy checkpoint: sys_info is not a dict');
  const le = r.value.map.get('little_endian');
  if (le === false)
    throw new Fault('unsupported', 'unsupported checkpoint: legacy file written on a big-endian machine');
  which = 4;
  const roots = new Map<string, RootStorage>();
  r = unpickle(src(r.next, makePersistentLoad(roots, true)));
  const obj = r.value;
  which = 5;
  r = unpickle(src(r.next));
  if (!(r.value instanceof PyList))
    throw new Fault('corrupt', 'corrupt legacy checkpoint: the storage key list is not a list');

  // Then, in the listed order: int64 element count, raw little-endian bytes.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let p = r.next;
  for (const key of r.value.items) {
    if (typeof key !== 'string') throw new Fault('corrupt', 'corrupt legacy checkpoint: a storage key is not a string');
    const root = roots.get(key);
    if (!root) throw new Fault('corrupt', `corrupt legacy checkpoint: storage ${key} is listed but no tensor uses it`);
    if (root.data) throw new Fault('corrupt', `corrupt legacy checkpoint: storage ${key} is listed twice`);
    if (p + 8 > n)
      throw new Fault(
        'truncated',
        `truncated: the file (${n} bytes) ends before the header of storage ${key} at byte ${p}`,
      );
    const count = view.getBigInt64(p, true);
    if (count !== BigInt(root.numel))
      throw new Fault(
        'corrupt',
        `corrupt legacy checkpoint: storage ${key} holds ${count} elements, the pickle says ${root.numel}`,
      );
    const nbytes = root.numel * root.elemSize;
    if (nbytes > n - (p + 8)) {
      throw new Fault(
        'truncated',
        `truncated: storage ${key} needs ${nbytes} bytes at byte ${p + 8} but the file has ${n} bytes`,
      );
    }
    root.data = bytes.subarray(p + 8, p + 8 + nbytes);
    p += 8 + nbytes;
  }
  for (const root of roots.values()) {
    if (!root.data) throw new Fault('corrupt', `corrupt legacy checkpoint: storage ${root.key} has no data`);
  }
  return toStateDict(obj, roots, true, n);
}

function zipFault(e: unknown): Fault {
  if (e instanceof ZipError) {
    const m = e.message.indexOf(': ');
    return new Fault('corrupt', `truncated or corrupt zip checkpoint: ${m >= 0 ? e.message.slice(m + 2) : e.message}`);
  }
  return e as Fault;
}

function readZip(bytes: Uint8Array, file: string): Map<string, TorchTensor> {
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(bytes, file);
  } catch (e) {
    throw zipFault(e);
  }
  const pkls = entries.filter((e) => e.name === 'data.pkl' || e.name.endsWith('/data.pkl'));
  if (pkls.length === 0)
    throw new Fault(
      'not-checkpoint',
      'not a checkpoint: a zip archive without a data.pkl record (not written by torch.save)',
    );
  // torch writes every record under one top-level folder; take the shallowest data.pkl.
  pkls.sort((a, b) => a.name.length - b.name.length);
  const pkl = pkls[0]!;
  const prefix = pkl.name.slice(0, pkl.name.length - 'data.pkl'.length);
  const byName = new Map(entries.map((e) => [e.name, e]));
  if (byName.has(`${prefix}constants.pkl`) || entries.some((e) => e.name.startsWith(`${prefix}code/`))) {
    throw new Fault(
      'not-state-dict',
      'not a state dict: a TorchScript archive (torch.jit.save), not a torch.save file',
    );
  }
  const read = (e: ZipEntry, maxSize?: number): Uint8Array => {
    try {
      return readZipEntry(bytes, e, file, maxSize);
    } catch (err) {
      throw zipFault(err);
    }
  };
  let fileLittle = true;
  const bo = byName.get(`${prefix}byteorder`);
  if (bo) {
    const s = latin1.decode(read(bo, 64)).trim();
    if (s !== 'little' && s !== 'big')
      throw new Fault('corrupt', `corrupt zip checkpoint: byteorder record says ${JSON.stringify(s)}`);
    fileLittle = s === 'little';
  }
  const roots = new Map<string, RootStorage>();
  // the pickle itself is small (a state dict's: tens of kB); a deflated data.pkl of gigabytes is refused from its
  // header before it is inflated
  if (pkl.size > MAX_PICKLE_BYTES)
    throw new Fault(
      'corrupt',
      `implausible checkpoint: ${pkl.name} would inflate to ${pkl.size} bytes (more than ${MAX_PICKLE_BYTES})`,
    );
  const pklBytes = read(pkl, MAX_PICKLE_BYTES);
  const { value } = unpickle({
    bytes: pklBytes,
    start: 0,
    end: pklBytes.length,
    where: ` of ${pkl.name}`,
    eof: new Fault('corrupt', `corrupt pickle: ${pkl.name} ends before its STOP opcode`),
    persistentLoad: makePersistentLoad(roots, false),
  });
  // Every storage record is checked against the pickle's claim, and their total against what the file can
  // plausibly hold (toStateDict's bound), before any is inflated: a small file of deflated zeros must not inflate
  // to gigabytes first.
  const records: [RootStorage, ZipEntry, number][] = [];
  let inflated = 0;
  for (const root of roots.values()) {
    const name = `${prefix}data/${root.key}`;
    const e = byName.get(name);
    if (!e) throw new Fault('corrupt', `corrupt zip checkpoint: storage record ${name} is missing`);
    const nbytes = root.numel * root.elemSize;
    // Check the claim against the record before inflating or allocating anything.
    const possible = e.method === 0 ? e.compressedSize : e.compressedSize * 1032 + 64; // deflate's best ratio is ~1032:1
    if (e.size < nbytes || possible < nbytes) {
      throw new Fault(
        'corrupt',
        `truncated or corrupt zip checkpoint: storage ${name} holds ${e.size} bytes but the pickle claims ${root.numel} ${root.dtype} elements (${nbytes} bytes)`,
      );
    }
    inflated += e.size;
    records.push([root, e, nbytes]);
  }
  const limit = plausibleTensorBytes(bytes.length);
  if (inflated > limit)
    throw new Fault(
      'corrupt',
      `implausible checkpoint: its storages would inflate to ${inflated} bytes from a ${bytes.length}-byte file`,
    );
  for (const [root, e, nbytes] of records) root.data = read(e, e.size).subarray(0, nbytes);
  return toStateDict(value, roots, fileLittle, bytes.length);
}

// ---------------------------------------------------------------------------------------------------------------
// API.

/**
 * Reads a state dict saved by `torch.save` (zip or legacy format). Keys keep their order; every tensor's data is a
 * fresh row-major array (never a view of `bytes`). Throws PthError for anything that is not a plain state dict of
 * float32/int64 tensors, and never executes anything from the file.
 */
export function readStateDict(bytes: Uint8Array, file: string): Map<string, TorchTensor> {
  try {
    if (bytes.length === 0) throw new Fault('not-checkpoint', 'not a checkpoint: the file is empty');
    if (looksLikeZip(bytes)) return readZip(bytes, file);
    // torch < 0.1.10 wrote a tar archive; nothing in use still has that format.
    if (bytes.length >= 262 && latin1.decode(bytes.subarray(257, 262)) === 'ustar') {
      throw new Fault('unsupported', 'unsupported checkpoint: a tar archive (the format of torch < 0.1.10)');
    }
    if (bytes[0] !== 0x80)
      throw new Fault('not-checkpoint', 'not a checkpoint: neither a zip-format torch.save file nor a legacy one');
    return readLegacy(bytes);
  } catch (e) {
    if (e instanceof Fault) throw new PthError(file, e.reason);
    throw e;
  }
}

/** The largest checkpoint file read (a regular file only: not /dev/zero, not a FIFO). */
export const MAX_CHECKPOINT_BYTES = 4 * 1024 ** 3;

export async function readStateDictFile(path: string): Promise<Map<string, TorchTensor>> {
  let bytes: Uint8Array;
  try {
    bytes = await readUserFile(path, MAX_CHECKPOINT_BYTES, path);
  } catch (e) {
    const m = (e as Error).message;
    throw new PthError(path, `cannot read the file (${m.startsWith(`${path}: `) ? m.slice(path.length + 2) : m})`);
  }
  return readStateDict(bytes, path);
}
