// Builds pytorch-fid 0.3.0's InceptionV3(resize_input=True, normalize_input=True) plus its fc layer as an ONNX graph,
// from a state dict. Input: uint8 images NHWC [N, H, W, 3] of any size (one size per batch), or, for clean-fid's
// protocol, float32 NHWC [N, 299, 299, 3] already resized (see InceptionInput). Outputs: pool3 [N, 2048]
// and logits [N, 1008] (= pool3 @ fc.weight^T + fc.bias, for the Inception Score).
//
// Preprocessing follows pytorch-fid exactly: ToTensor (x/255), F.interpolate(size=(299, 299), mode='bilinear',
// align_corners=False) — ONNX Resize 'linear' with 'pytorch_half_pixel' coordinates, no antialias — then 2x - 1.
// Two exact algebraic rewrites keep the graph lean:
//   * BatchNorm(eps=0.001) is folded into the preceding bias-free conv (w' = w·γ/√(var+ε), b' = β − mean·γ/√(var+ε)),
//     so each BasicConv2d is one Conv + Relu that ORT fuses.
//   * The affine x ↦ (2/255)·x − 1 is folded into Conv2d_1a_3x3, which has no padding, so the fold is exact up to
//     float rounding: conv(a·x + b) = conv_{a·w}(x) + b·Σw.
import {
  blockConvs,
  BN_EPS,
  INCEPTION_BLOCKS,
  INCEPTION_INPUT_SIZE,
  inceptionParams,
  LOGITS_DIM,
  POOL3_DIM,
  type ConvSpec,
} from './inception-arch.js';
import { DataType, model, node, tensor, valueInfo, type Chunks } from './onnx-writer.js';
import { InputError } from '../util/errors.js';

export interface FloatTensor {
  shape: number[];
  data: Float32Array;
}
export type FloatStateDict = Map<string, FloatTensor>;

/** Checks names and shapes against the FID Inception layout; the error names every missing or mis-shaped key. */
export function validateInceptionStateDict(sd: FloatStateDict, source: string): void {
  const problems: string[] = [];
  const expected = inceptionParams();
  const names = new Set(expected.map((p) => p.name));
  for (const p of expected) {
    const t = sd.get(p.name);
    if (!t) {
      problems.push(`missing ${p.name}`);
      continue;
    }
    if (t.shape.join('x') !== p.shape.join('x'))
      problems.push(`${p.name} has shape [${t.shape}], expected [${p.shape}]`);
  }
  for (const k of sd.keys()) {
    if (!names.has(k) && !k.endsWith('.num_batches_tracked')) problems.push(`unexpected key ${k}`);
  }
  if (problems.length) {
    const shown = problems.slice(0, 8).join('; ') + (problems.length > 8 ? `; and ${problems.length - 8} more` : '');
    throw new InputError(`${source}: not pytorch-fid's FID Inception state dict (${shown})`, source);
  }
}

interface Builder {
  nodes: Chunks[];
  inits: Chunks[];
  counter: number;
}

function foldedConv(sd: FloatStateDict, c: ConvSpec, inputAffine?: { scale: number; shift: number }) {
  const w = sd.get(`${c.name}.conv.weight`)!.data;
  const gamma = sd.get(`${c.name}.bn.weight`)!.data;
  const beta = sd.get(`${c.name}.bn.bias`)!.data;
  const mean = sd.get(`${c.name}.bn.running_mean`)!.data;
  const variance = sd.get(`${c.name}.bn.running_var`)!.data;
  const per = c.inC * c.kh * c.kw;
  const wf = new Float32Array(w.length);
  const bf = new Float32Array(c.outC);
  for (let o = 0; o < c.outC; o++) {
    const s = gamma[o] / Math.sqrt(variance[o] + BN_EPS); // float64, rounded once
    let sumW = 0;
    for (let j = 0; j < per; j++) {
      const v = w[o * per + j];
      sumW += v;
      wf[o * per + j] = inputAffine ? v * inputAffine.scale * s : v * s;
    }
    const shift = inputAffine ? inputAffine.shift * sumW : 0;
    bf[o] = (shift - mean[o]) * s + beta[o];
  }
  return { wf, bf };
}

function addConv(
  b: Builder,
  sd: FloatStateDict,
  c: ConvSpec,
  input: string,
  inputAffine?: { scale: number; shift: number },
): string {
  const { wf, bf } = foldedConv(sd, c, inputAffine);
  const wName = `${c.name}.w`,
    bName = `${c.name}.b`,
    out = `${c.name}.out`,
    conv = `${c.name}.conv`;
  b.inits.push(
    tensor(wName, [c.outC, c.inC, c.kh, c.kw], DataType.FLOAT, wf),
    tensor(bName, [c.outC], DataType.FLOAT, bf),
  );
  b.nodes.push(
    node(
      'Conv',
      [input, wName, bName],
      [conv],
      {
        kernel_shape: [c.kh, c.kw],
        strides: [c.stride, c.stride],
        pads: [c.padH, c.padW, c.padH, c.padW],
      },
      conv,
    ),
  );
  b.nodes.push(node('Relu', [conv], [out], {}, `${c.name}.relu`));
  return out;
}

function pool(b: Builder, op: 'MaxPool' | 'AveragePool', input: string, stride: number, pad: number): string {
  const out = `${op.toLowerCase()}_${b.counter++}`;
  const attrs: Record<string, number | number[]> = {
    kernel_shape: [3, 3],
    strides: [stride, stride],
    pads: [pad, pad, pad, pad],
  };
  if (op === 'AveragePool') attrs.count_include_pad = 0; // FID blocks: avg_pool2d(..., count_include_pad=False)
  b.nodes.push(node(op, [input], [out], attrs, out));
  return out;
}

function concat(b: Builder, name: string, inputs: string[]): string {
  const out = `${name}.out`;
  b.nodes.push(node('Concat', inputs, [out], { axis: 1 }, `${name}.concat`));
  return out;
}

/**
 * uint8 NHWC → float NCHW in 0..255 → bilinear 299×299 as torch's F.interpolate(mode='bilinear',
 * align_corners=False): src = (dst + 0.5)·in/out − 0.5, clamped at 0, no antialias ('pytorch_half_pixel').
 */
function addPreprocess(b: Builder, input: string, output: string): void {
  const S = INCEPTION_INPUT_SIZE;
  b.inits.push(tensor('resize.sizes', [2], DataType.INT64, new BigInt64Array([BigInt(S), BigInt(S)])));
  b.nodes.push(node('Cast', [input], ['images.f32'], { to: DataType.FLOAT }, 'cast'));
  b.nodes.push(node('Transpose', ['images.f32'], ['images.nchw'], { perm: [0, 3, 1, 2] }, 'nhwc_to_nchw'));
  b.nodes.push(
    node(
      'Resize',
      ['images.nchw', '', '', 'resize.sizes'],
      [output],
      {
        mode: 'linear',
        coordinate_transformation_mode: 'pytorch_half_pixel',
        axes: [2, 3],
        antialias: 0,
      },
      'resize_bilinear',
    ),
  );
}

/** Only the preprocessing (for tests): uint8 NHWC in, float NCHW 299×299 in 0..255 out. */
export function buildPreprocessOnnx(): Uint8Array {
  const b: Builder = { nodes: [], inits: [], counter: 0 };
  addPreprocess(b, 'images', 'resized');
  return model(
    {
      nodes: b.nodes,
      initializers: b.inits,
      inputs: [valueInfo('images', DataType.UINT8, ['N', 'H', 'W', 3])],
      outputs: [valueInfo('resized', DataType.FLOAT, ['N', 3, INCEPTION_INPUT_SIZE, INCEPTION_INPUT_SIZE])],
    },
    { opset: 18 },
  );
}

/**
 * Which input the graph takes:
 *   'uint8-bilinear'  pytorch-fid: uint8 NHWC of any size, resized in the graph (bilinear, no antialias), 2x/255 − 1;
 *   'float299-clean'  clean-fid: float32 NHWC 299×299 in 0..255, already resized (PIL bicubic, in TypeScript), no
 *                     resize in the graph, and clean-fid's TF-derived normalization (x − 128)/128.
 * Either way the normalization is folded into Conv2d_1a_3x3.
 */
export type InceptionInput = 'uint8-bilinear' | 'float299-clean';

export interface InceptionBuildOptions {
  input?: InceptionInput;
}

/** One Inception block after the stem (pools and the mixed blocks A–E), reading x; returns its output's name. */
function addBlock(
  b: Builder,
  sd: FloatStateDict,
  blk: Exclude<(typeof INCEPTION_BLOCKS)[number], { type: 'conv' }>,
  x: string,
): string {
  const convs = blockConvs(blk);
  let out = x;
  const by = (suffix: string) => convs.find((c) => c.name.endsWith(`.${suffix}`))!;
  switch (blk.type) {
    case 'maxpool3s2':
      out = pool(b, 'MaxPool', x, 2, 0);
      break;
    case 'A': {
      const b1 = addConv(b, sd, by('branch1x1'), x);
      const b5 = addConv(b, sd, by('branch5x5_2'), addConv(b, sd, by('branch5x5_1'), x));
      const b3 = addConv(
        b,
        sd,
        by('branch3x3dbl_3'),
        addConv(b, sd, by('branch3x3dbl_2'), addConv(b, sd, by('branch3x3dbl_1'), x)),
      );
      const bp = addConv(b, sd, by('branch_pool'), pool(b, 'AveragePool', x, 1, 1));
      out = concat(b, blk.name, [b1, b5, b3, bp]);
      break;
    }
    case 'B': {
      const b3 = addConv(b, sd, by('branch3x3'), x);
      const bd = addConv(
        b,
        sd,
        by('branch3x3dbl_3'),
        addConv(b, sd, by('branch3x3dbl_2'), addConv(b, sd, by('branch3x3dbl_1'), x)),
      );
      out = concat(b, blk.name, [b3, bd, pool(b, 'MaxPool', x, 2, 0)]);
      break;
    }
    case 'C': {
      const b1 = addConv(b, sd, by('branch1x1'), x);
      let b7 = x;
      for (const s of ['branch7x7_1', 'branch7x7_2', 'branch7x7_3']) b7 = addConv(b, sd, by(s), b7);
      let bd = x;
      for (const s of ['branch7x7dbl_1', 'branch7x7dbl_2', 'branch7x7dbl_3', 'branch7x7dbl_4', 'branch7x7dbl_5'])
        bd = addConv(b, sd, by(s), bd);
      const bp = addConv(b, sd, by('branch_pool'), pool(b, 'AveragePool', x, 1, 1));
      out = concat(b, blk.name, [b1, b7, bd, bp]);
      break;
    }
    case 'D': {
      const b3 = addConv(b, sd, by('branch3x3_2'), addConv(b, sd, by('branch3x3_1'), x));
      let b7 = x;
      for (const s of ['branch7x7x3_1', 'branch7x7x3_2', 'branch7x7x3_3', 'branch7x7x3_4'])
        b7 = addConv(b, sd, by(s), b7);
      out = concat(b, blk.name, [b3, b7, pool(b, 'MaxPool', x, 2, 0)]);
      break;
    }
    case 'E': {
      const b1 = addConv(b, sd, by('branch1x1'), x);
      const t3 = addConv(b, sd, by('branch3x3_1'), x);
      const a = addConv(b, sd, by('branch3x3_2a'), t3),
        bb = addConv(b, sd, by('branch3x3_2b'), t3);
      const td = addConv(b, sd, by('branch3x3dbl_2'), addConv(b, sd, by('branch3x3dbl_1'), x));
      const c = addConv(b, sd, by('branch3x3dbl_3a'), td),
        d = addConv(b, sd, by('branch3x3dbl_3b'), td);
      // FIDInceptionE_1 pools with avg (count_include_pad=False); FIDInceptionE_2 with max_pool2d(3, 1, 1)
      const bp = addConv(b, sd, by('branch_pool'), pool(b, blk.pool === 'avg' ? 'AveragePool' : 'MaxPool', x, 1, 1));
      // cat([b1, cat([a, bb]), cat([c, d]), bp]) is one concat along channels
      out = concat(b, blk.name, [b1, a, bb, c, d, bp]);
      break;
    }
  }
  return out;
}

/** ONNX model bytes for the FID Inception with the given (validated) weights. */
export function buildInceptionOnnx(
  sd: FloatStateDict,
  source = 'state dict',
  metadata: Record<string, string> = {},
  opts: InceptionBuildOptions = {},
): Uint8Array {
  validateInceptionStateDict(sd, source);
  const input = opts.input ?? 'uint8-bilinear';
  const b: Builder = { nodes: [], inits: [], counter: 0 };
  let inputAffine: { scale: number; shift: number };
  if (input === 'float299-clean') {
    b.nodes.push(node('Transpose', ['images'], ['images.299'], { perm: [0, 3, 1, 2] }, 'nhwc_to_nchw'));
    inputAffine = { scale: 1 / 128, shift: -1 }; // (x − 128)/128
  } else {
    addPreprocess(b, 'images', 'images.299');
    inputAffine = { scale: 2 / 255, shift: -1 }; // ToTensor's /255, then pytorch-fid's 2x − 1
  }

  let x = 'images.299';
  let first = true;
  for (const blk of INCEPTION_BLOCKS) {
    if (blk.type === 'conv') {
      // pixel values are 0..255 here: the input normalization is folded into the first conv
      x = addConv(b, sd, blk.conv, x, first ? inputAffine : undefined);
      first = false;
    } else {
      x = addBlock(b, sd, blk, x);
    }
  }
  b.nodes.push(node('GlobalAveragePool', [x], ['pool3.4d'], {}, 'avgpool'));
  b.nodes.push(node('Flatten', ['pool3.4d'], ['pool3'], { axis: 1 }, 'flatten'));
  const fcW = sd.get('fc.weight')!,
    fcB = sd.get('fc.bias')!;
  b.inits.push(
    tensor('fc.weight', [LOGITS_DIM, POOL3_DIM], DataType.FLOAT, fcW.data),
    tensor('fc.bias', [LOGITS_DIM], DataType.FLOAT, fcB.data),
  );
  b.nodes.push(node('Gemm', ['pool3', 'fc.weight', 'fc.bias'], ['logits'], { transB: 1 }, 'fc'));

  return model(
    {
      name: 'pytorch_fid_inception_v3',
      nodes: b.nodes,
      initializers: b.inits,
      inputs: [
        input === 'float299-clean'
          ? valueInfo('images', DataType.FLOAT, ['N', INCEPTION_INPUT_SIZE, INCEPTION_INPUT_SIZE, 3])
          : valueInfo('images', DataType.UINT8, ['N', 'H', 'W', 3]),
      ],
      outputs: [
        valueInfo('pool3', DataType.FLOAT, ['N', POOL3_DIM]),
        valueInfo('logits', DataType.FLOAT, ['N', LOGITS_DIM]),
      ],
    },
    {
      opset: 18,
      metadata: {
        'fid-gate.extractor': 'pytorch-fid-inception-v3',
        ...(input === 'uint8-bilinear' ? {} : { 'fid-gate.input': input }),
        ...metadata,
      },
    },
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a prebuilt model (`--weights x.onnx`, or a cached conversion) before onnxruntime sees it.

export interface OnnxValueInfo {
  name: string;
  /** TensorProto.DataType (1 float, 2 uint8, 7 int64, 11 double, ...); 0 when not a tensor. */
  elemType: number;
  /** Fixed sizes as numbers, symbolic ones as their names ('' when unnamed); undefined when no shape is given. */
  dims?: (number | string)[];
}

/**
 * The graph inputs and outputs of an ONNX ModelProto, read from its protobuf wire format (onnx.proto3: ModelProto
 * field 7 graph; GraphProto 11 input, 12 output; ValueInfoProto 1 name, 2 type; TypeProto 1 tensor_type;
 * Tensor 1 elem_type, 2 shape; TensorShapeProto 1 dim; Dimension 1 dim_value, 2 dim_param). Every top-level field
 * is walked, so a truncated file is noticed. Throws Error(reason) for bytes that are not such a message.
 */
export function readOnnxSignature(bytes: Uint8Array): { inputs: OnnxValueInfo[]; outputs: OnnxValueInfo[] } {
  const dec = new TextDecoder();
  type Field = { no: number; wire: number; value: number; start: number; end: number };
  const fields = function* (start: number, end: number): Generator<Field> {
    let p = start;
    const varint = (): number => {
      let v = 0,
        mul = 1;
      for (let i = 0; i < 10; i++) {
        if (p >= end) throw new Error('truncated protobuf varint');
        const b = bytes[p++]!;
        v += (b & 0x7f) * mul;
        mul *= 128;
        if (!(b & 0x80)) return v;
      }
      throw new Error('malformed protobuf varint');
    };
    while (p < end) {
      const key = varint();
      const no = Math.floor(key / 8),
        wire = key % 8;
      if (no === 0) throw new Error('protobuf field number 0');
      if (wire === 0) yield { no, wire, value: varint(), start: p, end: p };
      else if (wire === 1 || wire === 5) {
        const n = wire === 1 ? 8 : 4;
        if (p + n > end) throw new Error('truncated protobuf field');
        p += n;
      } else if (wire === 2) {
        const len = varint();
        if (len > end - p) throw new Error(`truncated (a field of ${len} bytes runs past the end)`);
        const s = p;
        p += len;
        yield { no, wire, value: len, start: s, end: p };
      } else throw new Error(`invalid protobuf wire type ${wire}`);
    }
  };
  const valueInfo = (start: number, end: number): OnnxValueInfo => {
    const vi: OnnxValueInfo = { name: '', elemType: 0 };
    for (const f of fields(start, end)) {
      if (f.no === 1 && f.wire === 2) vi.name = dec.decode(bytes.subarray(f.start, f.end));
      if (f.no === 2 && f.wire === 2) {
        for (const t of fields(f.start, f.end)) {
          if (t.no !== 1 || t.wire !== 2) continue;
          for (const tt of fields(t.start, t.end)) {
            if (tt.no === 1 && tt.wire === 0) vi.elemType = tt.value;
            if (tt.no === 2 && tt.wire === 2) {
              vi.dims = [];
              for (const d of fields(tt.start, tt.end)) {
                if (d.no !== 1 || d.wire !== 2) continue;
                let dim: number | string = '';
                for (const x of fields(d.start, d.end)) {
                  if (x.no === 1 && x.wire === 0) dim = x.value;
                  if (x.no === 2 && x.wire === 2) dim = dec.decode(bytes.subarray(x.start, x.end));
                }
                vi.dims.push(dim);
              }
            }
          }
        }
      }
    }
    return vi;
  };
  let graph: Field | undefined;
  let opset = false;
  for (const f of fields(0, bytes.length)) {
    if (f.no === 7 && f.wire === 2) graph = f;
    if (f.no === 8 && f.wire === 2) opset = true;
  }
  if (!graph) throw new Error('no graph (not an ONNX model)');
  if (!opset) throw new Error('no opset import (not an ONNX model, or truncated)');
  const inputs: OnnxValueInfo[] = [],
    outputs: OnnxValueInfo[] = [];
  for (const f of fields(graph.start, graph.end)) {
    if (f.no === 11 && f.wire === 2) inputs.push(valueInfo(f.start, f.end));
    if (f.no === 12 && f.wire === 2) outputs.push(valueInfo(f.start, f.end));
  }
  return { inputs, outputs };
}

/**
 * Checks that ONNX bytes are a FID Inception as fid-gate builds them: input `images` uint8 [N, H, W, 3] (float32
 * [N, 299, 299, 3] for 'float299-clean'), outputs `pool3` float [N, 2048] and `logits` float [N, 1008]. Throws
 * InputError(`${label}: ...`) naming what differs.
 */
export function checkInceptionOnnx(
  bytes: Uint8Array,
  label: string,
  subject: string,
  input: InceptionInput = 'uint8-bilinear',
): void {
  let sig;
  try {
    sig = readOnnxSignature(bytes);
  } catch (err) {
    throw new InputError(`${label}: not a readable ONNX model (${(err as Error).message})`, subject);
  }
  const typeName = (t: number) =>
    (({ 1: 'float32', 2: 'uint8', 7: 'int64', 11: 'float64' }) as Record<number, string>)[t] ?? `type ${t}`;
  const show = (v: OnnxValueInfo) =>
    `${v.name} ${typeName(v.elemType)} [${(v.dims ?? ['?']).map((d) => (d === '' ? '?' : d)).join(', ')}]`;
  const inType = input === 'float299-clean' ? 1 : 2;
  const expected = `an Inception made by fid-gate (input images ${typeName(inType)} [N, H, W, 3]; outputs pool3 float32 [N, 2048], logits float32 [N, 1008])`;
  const wrong = (what: string) => new InputError(`${label}: not ${expected}: ${what}`, subject);
  const images = sig.inputs.find((v) => v.name === 'images');
  if (!images) throw wrong(`its inputs are ${sig.inputs.map(show).join(', ') || 'none'}`);
  if (
    images.elemType !== inType ||
    (images.dims && (images.dims.length !== 4 || (typeof images.dims[3] === 'number' && images.dims[3] !== 3)))
  ) {
    throw wrong(`its input is ${show(images)}`);
  }
  for (const [name, width] of [
    ['pool3', POOL3_DIM],
    ['logits', LOGITS_DIM],
  ] as const) {
    const o = sig.outputs.find((v) => v.name === name);
    if (!o) throw wrong(`no output ${name} (outputs: ${sig.outputs.map(show).join(', ') || 'none'})`);
    if (
      o.elemType !== 1 ||
      (o.dims && (o.dims.length !== 2 || (typeof o.dims[1] === 'number' && o.dims[1] !== width)))
    ) {
      throw wrong(`its output is ${show(o)}`);
    }
  }
}
