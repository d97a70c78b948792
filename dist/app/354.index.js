export const id = 354;
export const ids = [354];
export const modules = {

/***/ 41354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zy: () => (/* binding */ INCEPTION_BUILDER_VERSION),
  hz: () => (/* binding */ INCEPTION_EXTRACTOR),
  _n: () => (/* binding */ RESIZE_MODES),
  pC: () => (/* binding */ loadInceptionModel)
});

// UNUSED EXPORTS: SYNTHETIC_WEIGHTS_SHA256

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/features/inception-arch.ts
var inception_arch = __webpack_require__(50785);
// EXTERNAL MODULE: ./src/features/onnx-writer.ts
var onnx_writer = __webpack_require__(70130);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/features/inception-onnx.ts
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



/** Checks names and shapes against the FID Inception layout; the error names every missing or mis-shaped key. */
function validateInceptionStateDict(sd, source) {
    const problems = [];
    const expected = (0,inception_arch/* inceptionParams */.QM)();
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
        if (!names.has(k) && !k.endsWith('.num_batches_tracked'))
            problems.push(`unexpected key ${k}`);
    }
    if (problems.length) {
        const shown = problems.slice(0, 8).join('; ') + (problems.length > 8 ? `; and ${problems.length - 8} more` : '');
        throw new errors/* InputError */.d(`${source}: not pytorch-fid's FID Inception state dict (${shown})`, source);
    }
}
function foldedConv(sd, c, inputAffine) {
    const w = sd.get(`${c.name}.conv.weight`).data;
    const gamma = sd.get(`${c.name}.bn.weight`).data;
    const beta = sd.get(`${c.name}.bn.bias`).data;
    const mean = sd.get(`${c.name}.bn.running_mean`).data;
    const variance = sd.get(`${c.name}.bn.running_var`).data;
    const per = c.inC * c.kh * c.kw;
    const wf = new Float32Array(w.length);
    const bf = new Float32Array(c.outC);
    for (let o = 0; o < c.outC; o++) {
        const s = gamma[o] / Math.sqrt(variance[o] + inception_arch/* BN_EPS */.aE); // float64, rounded once
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
function addConv(b, sd, c, input, inputAffine) {
    const { wf, bf } = foldedConv(sd, c, inputAffine);
    const wName = `${c.name}.w`, bName = `${c.name}.b`, out = `${c.name}.out`, conv = `${c.name}.conv`;
    b.inits.push((0,onnx_writer/* tensor */.OE)(wName, [c.outC, c.inC, c.kh, c.kw], onnx_writer/* DataType */.pe.FLOAT, wf), (0,onnx_writer/* tensor */.OE)(bName, [c.outC], onnx_writer/* DataType */.pe.FLOAT, bf));
    b.nodes.push((0,onnx_writer/* node */.rH)('Conv', [input, wName, bName], [conv], {
        kernel_shape: [c.kh, c.kw],
        strides: [c.stride, c.stride],
        pads: [c.padH, c.padW, c.padH, c.padW],
    }, conv));
    b.nodes.push((0,onnx_writer/* node */.rH)('Relu', [conv], [out], {}, `${c.name}.relu`));
    return out;
}
function pool(b, op, input, stride, pad) {
    const out = `${op.toLowerCase()}_${b.counter++}`;
    const attrs = {
        kernel_shape: [3, 3],
        strides: [stride, stride],
        pads: [pad, pad, pad, pad],
    };
    if (op === 'AveragePool')
        attrs.count_include_pad = 0; // FID blocks: avg_pool2d(..., count_include_pad=False)
    b.nodes.push((0,onnx_writer/* node */.rH)(op, [input], [out], attrs, out));
    return out;
}
function concat(b, name, inputs) {
    const out = `${name}.out`;
    b.nodes.push((0,onnx_writer/* node */.rH)('Concat', inputs, [out], { axis: 1 }, `${name}.concat`));
    return out;
}
/**
 * uint8 NHWC → float NCHW in 0..255 → bilinear 299×299 as torch's F.interpolate(mode='bilinear',
 * align_corners=False): src = (dst + 0.5)·in/out − 0.5, clamped at 0, no antialias ('pytorch_half_pixel').
 */
function addPreprocess(b, input, output) {
    const S = inception_arch/* INCEPTION_INPUT_SIZE */.jV;
    b.inits.push((0,onnx_writer/* tensor */.OE)('resize.sizes', [2], onnx_writer/* DataType */.pe.INT64, new BigInt64Array([BigInt(S), BigInt(S)])));
    b.nodes.push((0,onnx_writer/* node */.rH)('Cast', [input], ['images.f32'], { to: onnx_writer/* DataType */.pe.FLOAT }, 'cast'));
    b.nodes.push((0,onnx_writer/* node */.rH)('Transpose', ['images.f32'], ['images.nchw'], { perm: [0, 3, 1, 2] }, 'nhwc_to_nchw'));
    b.nodes.push((0,onnx_writer/* node */.rH)('Resize', ['images.nchw', '', '', 'resize.sizes'], [output], {
        mode: 'linear',
        coordinate_transformation_mode: 'pytorch_half_pixel',
        axes: [2, 3],
        antialias: 0,
    }, 'resize_bilinear'));
}
/** Only the preprocessing (for tests): uint8 NHWC in, float NCHW 299×299 in 0..255 out. */
function buildPreprocessOnnx() {
    const b = { nodes: [], inits: [], counter: 0 };
    addPreprocess(b, 'images', 'resized');
    return model({
        nodes: b.nodes,
        initializers: b.inits,
        inputs: [valueInfo('images', DataType.UINT8, ['N', 'H', 'W', 3])],
        outputs: [valueInfo('resized', DataType.FLOAT, ['N', 3, INCEPTION_INPUT_SIZE, INCEPTION_INPUT_SIZE])],
    }, { opset: 18 });
}
/** One Inception block after the stem (pools and the mixed blocks A–E), reading x; returns its output's name. */
function addBlock(b, sd, blk, x) {
    const convs = (0,inception_arch/* blockConvs */.ZO)(blk);
    let out = x;
    const by = (suffix) => convs.find((c) => c.name.endsWith(`.${suffix}`));
    switch (blk.type) {
        case 'maxpool3s2':
            out = pool(b, 'MaxPool', x, 2, 0);
            break;
        case 'A': {
            const b1 = addConv(b, sd, by('branch1x1'), x);
            const b5 = addConv(b, sd, by('branch5x5_2'), addConv(b, sd, by('branch5x5_1'), x));
            const b3 = addConv(b, sd, by('branch3x3dbl_3'), addConv(b, sd, by('branch3x3dbl_2'), addConv(b, sd, by('branch3x3dbl_1'), x)));
            const bp = addConv(b, sd, by('branch_pool'), pool(b, 'AveragePool', x, 1, 1));
            out = concat(b, blk.name, [b1, b5, b3, bp]);
            break;
        }
        case 'B': {
            const b3 = addConv(b, sd, by('branch3x3'), x);
            const bd = addConv(b, sd, by('branch3x3dbl_3'), addConv(b, sd, by('branch3x3dbl_2'), addConv(b, sd, by('branch3x3dbl_1'), x)));
            out = concat(b, blk.name, [b3, bd, pool(b, 'MaxPool', x, 2, 0)]);
            break;
        }
        case 'C': {
            const b1 = addConv(b, sd, by('branch1x1'), x);
            let b7 = x;
            for (const s of ['branch7x7_1', 'branch7x7_2', 'branch7x7_3'])
                b7 = addConv(b, sd, by(s), b7);
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
            const a = addConv(b, sd, by('branch3x3_2a'), t3), bb = addConv(b, sd, by('branch3x3_2b'), t3);
            const td = addConv(b, sd, by('branch3x3dbl_2'), addConv(b, sd, by('branch3x3dbl_1'), x));
            const c = addConv(b, sd, by('branch3x3dbl_3a'), td), d = addConv(b, sd, by('branch3x3dbl_3b'), td);
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
function buildInceptionOnnx(sd, source = 'state dict', metadata = {}, opts = {}) {
    validateInceptionStateDict(sd, source);
    const input = opts.input ?? 'uint8-bilinear';
    const b = { nodes: [], inits: [], counter: 0 };
    let inputAffine;
    if (input === 'float299-clean') {
        b.nodes.push((0,onnx_writer/* node */.rH)('Transpose', ['images'], ['images.299'], { perm: [0, 3, 1, 2] }, 'nhwc_to_nchw'));
        inputAffine = { scale: 1 / 128, shift: -1 }; // (x − 128)/128
    }
    else {
        addPreprocess(b, 'images', 'images.299');
        inputAffine = { scale: 2 / 255, shift: -1 }; // ToTensor's /255, then pytorch-fid's 2x − 1
    }
    let x = 'images.299';
    let first = true;
    for (const blk of inception_arch/* INCEPTION_BLOCKS */.vG) {
        if (blk.type === 'conv') {
            // pixel values are 0..255 here: the input normalization is folded into the first conv
            x = addConv(b, sd, blk.conv, x, first ? inputAffine : undefined);
            first = false;
        }
        else {
            x = addBlock(b, sd, blk, x);
        }
    }
    b.nodes.push((0,onnx_writer/* node */.rH)('GlobalAveragePool', [x], ['pool3.4d'], {}, 'avgpool'));
    b.nodes.push((0,onnx_writer/* node */.rH)('Flatten', ['pool3.4d'], ['pool3'], { axis: 1 }, 'flatten'));
    const fcW = sd.get('fc.weight'), fcB = sd.get('fc.bias');
    b.inits.push((0,onnx_writer/* tensor */.OE)('fc.weight', [inception_arch/* LOGITS_DIM */.S6, inception_arch/* POOL3_DIM */.vf], onnx_writer/* DataType */.pe.FLOAT, fcW.data), (0,onnx_writer/* tensor */.OE)('fc.bias', [inception_arch/* LOGITS_DIM */.S6], onnx_writer/* DataType */.pe.FLOAT, fcB.data));
    b.nodes.push((0,onnx_writer/* node */.rH)('Gemm', ['pool3', 'fc.weight', 'fc.bias'], ['logits'], { transB: 1 }, 'fc'));
    return (0,onnx_writer/* model */.ge)({
        name: 'pytorch_fid_inception_v3',
        nodes: b.nodes,
        initializers: b.inits,
        inputs: [
            input === 'float299-clean'
                ? (0,onnx_writer/* valueInfo */.ul)('images', onnx_writer/* DataType */.pe.FLOAT, ['N', inception_arch/* INCEPTION_INPUT_SIZE */.jV, inception_arch/* INCEPTION_INPUT_SIZE */.jV, 3])
                : (0,onnx_writer/* valueInfo */.ul)('images', onnx_writer/* DataType */.pe.UINT8, ['N', 'H', 'W', 3]),
        ],
        outputs: [
            (0,onnx_writer/* valueInfo */.ul)('pool3', onnx_writer/* DataType */.pe.FLOAT, ['N', inception_arch/* POOL3_DIM */.vf]),
            (0,onnx_writer/* valueInfo */.ul)('logits', onnx_writer/* DataType */.pe.FLOAT, ['N', inception_arch/* LOGITS_DIM */.S6]),
        ],
    }, {
        opset: 18,
        metadata: {
            'fid-gate.extractor': 'pytorch-fid-inception-v3',
            ...(input === 'uint8-bilinear' ? {} : { 'fid-gate.input': input }),
            ...metadata,
        },
    });
}
/**
 * The graph inputs and outputs of an ONNX ModelProto, read from its protobuf wire format (onnx.proto3: ModelProto
 * field 7 graph; GraphProto 11 input, 12 output; ValueInfoProto 1 name, 2 type; TypeProto 1 tensor_type;
 * Tensor 1 elem_type, 2 shape; TensorShapeProto 1 dim; Dimension 1 dim_value, 2 dim_param). Every top-level field
 * is walked, so a truncated file is noticed. Throws Error(reason) for bytes that are not such a message.
 */
function readOnnxSignature(bytes) {
    const dec = new TextDecoder();
    const fields = function* (start, end) {
        let p = start;
        const varint = () => {
            let v = 0, mul = 1;
            for (let i = 0; i < 10; i++) {
                if (p >= end)
                    throw new Error('truncated protobuf varint');
                const b = bytes[p++];
                v += (b & 0x7f) * mul;
                mul *= 128;
                if (!(b & 0x80))
                    return v;
            }
            throw new Error('malformed protobuf varint');
        };
        while (p < end) {
            const key = varint();
            const no = Math.floor(key / 8), wire = key % 8;
            if (no === 0)
                throw new Error('protobuf field number 0');
            if (wire === 0)
                yield { no, wire, value: varint(), start: p, end: p };
            else if (wire === 1 || wire === 5) {
                const n = wire === 1 ? 8 : 4;
                if (p + n > end)
                    throw new Error('truncated protobuf field');
                p += n;
            }
            else if (wire === 2) {
                const len = varint();
                if (len > end - p)
                    throw new Error(`truncated (a field of ${len} bytes runs past the end)`);
                const s = p;
                p += len;
                yield { no, wire, value: len, start: s, end: p };
            }
            else
                throw new Error(`invalid protobuf wire type ${wire}`);
        }
    };
    const valueInfo = (start, end) => {
        const vi = { name: '', elemType: 0 };
        for (const f of fields(start, end)) {
            if (f.no === 1 && f.wire === 2)
                vi.name = dec.decode(bytes.subarray(f.start, f.end));
            if (f.no === 2 && f.wire === 2) {
                for (const t of fields(f.start, f.end)) {
                    if (t.no !== 1 || t.wire !== 2)
                        continue;
                    for (const tt of fields(t.start, t.end)) {
                        if (tt.no === 1 && tt.wire === 0)
                            vi.elemType = tt.value;
                        if (tt.no === 2 && tt.wire === 2) {
                            vi.dims = [];
                            for (const d of fields(tt.start, tt.end)) {
                                if (d.no !== 1 || d.wire !== 2)
                                    continue;
                                let dim = '';
                                for (const x of fields(d.start, d.end)) {
                                    if (x.no === 1 && x.wire === 0)
                                        dim = x.value;
                                    if (x.no === 2 && x.wire === 2)
                                        dim = dec.decode(bytes.subarray(x.start, x.end));
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
    let graph;
    let opset = false;
    for (const f of fields(0, bytes.length)) {
        if (f.no === 7 && f.wire === 2)
            graph = f;
        if (f.no === 8 && f.wire === 2)
            opset = true;
    }
    if (!graph)
        throw new Error('no graph (not an ONNX model)');
    if (!opset)
        throw new Error('no opset import (not an ONNX model, or truncated)');
    const inputs = [], outputs = [];
    for (const f of fields(graph.start, graph.end)) {
        if (f.no === 11 && f.wire === 2)
            inputs.push(valueInfo(f.start, f.end));
        if (f.no === 12 && f.wire === 2)
            outputs.push(valueInfo(f.start, f.end));
    }
    return { inputs, outputs };
}
/**
 * Checks that ONNX bytes are a FID Inception as fid-gate builds them: input `images` uint8 [N, H, W, 3] (float32
 * [N, 299, 299, 3] for 'float299-clean'), outputs `pool3` float [N, 2048] and `logits` float [N, 1008]. Throws
 * InputError(`${label}: ...`) naming what differs.
 */
function checkInceptionOnnx(bytes, label, subject, input = 'uint8-bilinear') {
    let sig;
    try {
        sig = readOnnxSignature(bytes);
    }
    catch (err) {
        throw new errors/* InputError */.d(`${label}: not a readable ONNX model (${err.message})`, subject);
    }
    const typeName = (t) => ({ 1: 'float32', 2: 'uint8', 7: 'int64', 11: 'float64' })[t] ?? `type ${t}`;
    const show = (v) => `${v.name} ${typeName(v.elemType)} [${(v.dims ?? ['?']).map((d) => (d === '' ? '?' : d)).join(', ')}]`;
    const inType = input === 'float299-clean' ? 1 : 2;
    const expected = `an Inception made by fid-gate (input images ${typeName(inType)} [N, H, W, 3]; outputs pool3 float32 [N, 2048], logits float32 [N, 1008])`;
    const wrong = (what) => new errors/* InputError */.d(`${label}: not ${expected}: ${what}`, subject);
    const images = sig.inputs.find((v) => v.name === 'images');
    if (!images)
        throw wrong(`its inputs are ${sig.inputs.map(show).join(', ') || 'none'}`);
    if (images.elemType !== inType ||
        (images.dims && (images.dims.length !== 4 || (typeof images.dims[3] === 'number' && images.dims[3] !== 3)))) {
        throw wrong(`its input is ${show(images)}`);
    }
    for (const [name, width] of [
        ['pool3', inception_arch/* POOL3_DIM */.vf],
        ['logits', inception_arch/* LOGITS_DIM */.S6],
    ]) {
        const o = sig.outputs.find((v) => v.name === name);
        if (!o)
            throw wrong(`no output ${name} (outputs: ${sig.outputs.map(show).join(', ') || 'none'})`);
        if (o.elemType !== 1 ||
            (o.dims && (o.dims.length !== 2 || (typeof o.dims[1] === 'number' && o.dims[1] !== width)))) {
            throw wrong(`its output is ${show(o)}`);
        }
    }
}

;// CONCATENATED MODULE: ./src/weights/synthetic.ts
// The deterministic made-up weights of the reference pack (shared/reference/WEIGHTS.md): every value is
// fmix32 (MurmurHash3's finalizer) of (tensor index * 0x9E3779B1 + element index), mapped to [-1, 1) and scaled per
// tensor kind, computed in float64 and rounded once to float32. They exist so that numbers can be checked against
// pytorch-fid bit for bit without downloading anything; they are NOT the published FID weights.

const SYNTHETIC_WEIGHTS_WARNING = 'WARNING: synthetic Inception weights (fid-gate --weights synthetic). These numbers are NOT comparable with published FIDs; use them only to test the pipeline.';
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
    return h >>> 0;
}
function scaleFor(kind, fanIn) {
    switch (kind) {
        case 'conv_weight': {
            const s = Math.sqrt(8 / fanIn);
            return (x) => x * s;
        }
        case 'bn_weight':
            return (x) => 1 + 0.1 * x;
        case 'bn_bias':
            return (x) => 0.1 * x;
        case 'bn_running_mean':
            return (x) => 0.1 * x;
        case 'bn_running_var':
            return (x) => 1 + 0.25 * (x + 1);
        case 'fc_weight': {
            const s = Math.sqrt(1 / 2048);
            return (x) => x * s;
        }
        case 'fc_bias':
            return (x) => 0.01 * x;
    }
}
/** All 472 tensors of the synthetic FID Inception state dict, in state-dict order. */
function syntheticInceptionStateDict() {
    const out = new Map();
    (0,inception_arch/* inceptionParams */.QM)().forEach((p, index) => {
        const n = p.shape.reduce((a, b) => a * b, 1);
        const data = new Float32Array(n);
        const f = scaleFor(p.kind, p.fanIn);
        const base = Math.imul(index, 0x9e3779b1);
        for (let i = 0; i < n; i++) {
            const x = (fmix32((base + i) >>> 0) / 4294967296) * 2 - 1;
            data[i] = f(x);
        }
        out.set(p.name, { shape: p.shape, data });
    });
    return out;
}

// EXTERNAL MODULE: ./src/util/user-file.ts
var user_file = __webpack_require__(3832);
// EXTERNAL MODULE: ./src/util/zip.ts
var zip = __webpack_require__(52003);
;// CONCATENATED MODULE: ./src/weights/pth.ts
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


class PthError extends Error {
    file;
    reason;
    constructor(file, reason) {
        super(`${file}: ${reason}`);
        this.name = 'PthError';
        this.file = file;
        this.reason = reason;
    }
}
class Fault extends Error {
    kind;
    reason;
    constructor(kind, reason) {
        super(reason);
        this.kind = kind;
        this.reason = reason;
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Python values as the VM sees them. Ints are numbers when exact, bigints otherwise; floats are boxed so that an int
// (a shape, an offset) can never be confused with a float.
class PyTuple {
    items;
    constructor(items) {
        this.items = items;
    }
}
class PyList {
    items;
    constructor(items) {
        this.items = items;
    }
}
class PyDict {
    ordered;
    map = new Map();
    constructor(ordered) {
        this.ordered = ordered;
    }
}
class PyFloat {
    value;
    constructor(value) {
        this.value = value;
    }
}
class PyBytes {
    bytes;
    constructor(bytes) {
        this.bytes = bytes;
    }
}
class PyGlobal {
    qualname;
    role;
    constructor(qualname, role) {
        this.qualname = qualname;
        this.role = role;
    }
}
/** A storage as a persistent id names it: a root storage (key), or (legacy) a view of one. Offsets in elements. */
class StorageRef {
    rootKey;
    typeName;
    dtype;
    elemSize;
    viewOffset;
    numel;
    constructor(rootKey, typeName, dtype, elemSize, viewOffset, numel) {
        this.rootKey = rootKey;
        this.typeName = typeName;
        this.dtype = dtype;
        this.elemSize = elemSize;
        this.viewOffset = viewOffset;
        this.numel = numel;
    }
}
/** A tensor not yet materialized: legacy storages' bytes only come after the pickle. */
class TensorRef {
    storage;
    dtype;
    elemSize;
    offset;
    shape;
    stride;
    numel;
    span;
    constructor(storage, dtype, elemSize, offset, // in elements of dtype, from the start of `storage`
    shape, stride, numel, span) {
        this.storage = storage;
        this.dtype = dtype;
        this.elemSize = elemSize;
        this.offset = offset;
        this.shape = shape;
        this.stride = stride;
        this.numel = numel;
        this.span = span;
    }
}
/** "a list", "an int": for messages. */
function aType(v) {
    const t = typeName(v);
    return `${/^[aeiouAEIOU]/.test(t) ? 'an' : 'a'} ${t}`;
}
function typeName(v) {
    if (v === null)
        return 'None';
    switch (typeof v) {
        case 'boolean':
            return 'bool';
        case 'number':
        case 'bigint':
            return 'int';
        case 'string':
            return 'str';
    }
    if (v instanceof PyTuple)
        return 'tuple';
    if (v instanceof PyList)
        return 'list';
    if (v instanceof PyDict)
        return v.ordered ? 'OrderedDict' : 'dict';
    if (v instanceof PyFloat)
        return 'float';
    if (v instanceof PyBytes)
        return 'bytes';
    if (v instanceof PyGlobal)
        return v.qualname;
    if (v instanceof StorageRef)
        return 'storage';
    return 'tensor';
}
// ---------------------------------------------------------------------------------------------------------------
// Allow-listed globals.
const SUPPORTED_DTYPES = new Set(['float32', 'int64']);
// torch.<X>Storage -> [dtype, element size]. Only float32 and int64 are read; the rest are recognised to be refused
// with "unsupported dtype".
const STORAGE_TYPES = {
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
const DTYPES = {
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
const CALLABLES = {
    'collections.OrderedDict': 'OrderedDict',
    'torch._utils._rebuild_tensor': 'rebuild_tensor',
    'torch._utils._rebuild_tensor_v2': 'rebuild_tensor_v2',
    'torch._utils._rebuild_tensor_v3': 'rebuild_tensor_v3',
    'torch._utils._rebuild_parameter': 'rebuild_parameter',
    'torch._utils._rebuild_parameter_with_state': 'rebuild_parameter_with_state',
};
function resolveGlobal(module, name) {
    const qualname = `${module}.${name}`;
    const fn = CALLABLES[qualname];
    if (fn)
        return new PyGlobal(qualname, { kind: 'callable', fn });
    // torch.cuda.*Storage: pre-0.4 files saved from the GPU; the bytes on disk are the same.
    if ((module === 'torch' || module === 'torch.cuda') && Object.hasOwn(STORAGE_TYPES, name)) {
        const [dtype, elemSize] = STORAGE_TYPES[name];
        return new PyGlobal(qualname, { kind: 'storage', dtype, elemSize });
    }
    if ((module === 'torch' || module === 'torch.storage') && name === 'UntypedStorage') {
        return new PyGlobal(qualname, { kind: 'storage', dtype: 'uint8', elemSize: 1 });
    }
    if (module === 'torch' && Object.hasOwn(DTYPES, name)) {
        return new PyGlobal(qualname, { kind: 'dtype', dtype: name, elemSize: DTYPES[name] });
    }
    throw new Fault('global', `unexpected global ${qualname} (refused: only state-dict globals are allowed)`);
}
// ---------------------------------------------------------------------------------------------------------------
// The pickle VM.
const OPCODE_NAMES = {
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
const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');
const MAX_LONG_BYTES = 1024; // no state dict needs a wider int; bounds the BigInt work on hostile input
/**
 * The most opcodes one pickle may run. A state dict takes about 40 per tensor (Inception's: about 20 000 in all), so
 * this allows some 100 000 tensors; it bounds the objects, memo entries and stack slots a pickle can make (each
 * opcode makes at most one: about 600 MB at most) and the time spent. Without it a 30 KB zip (a data.pkl of 30 M
 * EMPTY_LIST opcodes) took 4.7 GB and crashed, and 30 M MEMOIZE opcodes overflowed the memo (an internal error).
 */
const MAX_PICKLE_OPS = 1 << 22;
/** The largest data.pkl of a zip checkpoint inflated (at most MAX_PICKLE_OPS opcodes with their short operands). */
const MAX_PICKLE_BYTES = 64 * 1024 * 1024;
/** Runs one pickle from `src.start`; returns its value and the offset after STOP. Never calls anything. */
function unpickle(src) {
    const { bytes, end, where } = src;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let pos = src.start;
    let opPos = pos;
    const stack = [];
    const marks = [];
    const memo = new Map();
    const at = () => `at byte ${opPos}${where}`;
    const corrupt = (what) => new Fault('corrupt', `corrupt pickle: ${what} ${at()}`);
    const need = (n) => {
        if (n > end - pos)
            throw src.eof;
    };
    const u8 = () => {
        need(1);
        return bytes[pos++];
    };
    const u16 = () => {
        need(2);
        const v = view.getUint16(pos, true);
        pos += 2;
        return v;
    };
    const i32 = () => {
        need(4);
        const v = view.getInt32(pos, true);
        pos += 4;
        return v;
    };
    const u32 = () => {
        need(4);
        const v = view.getUint32(pos, true);
        pos += 4;
        return v;
    };
    const u64 = () => {
        need(8);
        const v = view.getBigUint64(pos, true);
        pos += 8;
        // Any length beyond what is left is a cut or corrupt file; say so before anything is allocated.
        if (v > BigInt(end - pos))
            throw src.eof;
        return Number(v);
    };
    const take = (n) => {
        need(n);
        const b = bytes.subarray(pos, pos + n);
        pos += n;
        return b;
    };
    const line = () => {
        const nl = bytes.indexOf(0x0a, pos);
        if (nl < 0 || nl >= end)
            throw src.eof;
        const s = utf8.decode(bytes.subarray(pos, nl));
        pos = nl + 1;
        return s;
    };
    const floor = () => (marks.length ? marks[marks.length - 1] : 0);
    const push = (v) => {
        stack.push(v);
    };
    const pop = () => {
        if (stack.length <= floor())
            throw corrupt('stack underflow');
        return stack.pop();
    };
    const top = () => {
        if (stack.length <= floor())
            throw corrupt('stack underflow');
        return stack[stack.length - 1];
    };
    const popMark = () => {
        const m = marks.pop();
        if (m === undefined)
            throw corrupt('no MARK for');
        return stack.splice(m);
    };
    const intValue = (n) => n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    const long = (n) => {
        if (n > MAX_LONG_BYTES)
            throw corrupt(`integer of ${n} bytes`);
        const b = take(n);
        let v = 0n;
        for (let i = n - 1; i >= 0; i--)
            v = (v << 8n) | BigInt(b[i]);
        if (n > 0 && b[n - 1] & 0x80)
            v -= 1n << BigInt(8 * n);
        return intValue(v);
    };
    const dictKey = (k) => {
        if (k === null || typeof k === 'string' || typeof k === 'number' || typeof k === 'bigint' || typeof k === 'boolean')
            return k;
        throw corrupt(`unsupported dict key of type ${typeName(k)}`);
    };
    const setItem = (d, k, v) => {
        if (!(d instanceof PyDict))
            throw corrupt(`SETITEM on ${typeName(d)}`);
        d.map.set(dictKey(k), v);
    };
    const setItems = (d, items) => {
        if (items.length % 2)
            throw corrupt('odd number of items for a dict');
        for (let i = 0; i < items.length; i += 2)
            d.map.set(dictKey(items[i]), items[i + 1]);
    };
    let ops = 0;
    for (;;) {
        opPos = pos;
        const op = u8();
        if (++ops > MAX_PICKLE_OPS)
            throw new Fault('corrupt', `implausible checkpoint: its pickle runs more than ${MAX_PICKLE_OPS} opcodes (a state dict needs about 40 per tensor) ${at()}`);
        switch (op) {
            case 0x80: {
                // PROTO
                const v = u8();
                if (v < 2 || v > 5)
                    throw new Fault('unsupported', `unsupported pickle protocol ${v} ${at()}`);
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
                if (n < 0)
                    throw corrupt('negative LONG4 length');
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
                if (n < 0)
                    throw corrupt('negative BINSTRING length');
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
                if (!(l instanceof PyList))
                    throw corrupt(`APPEND to ${typeName(l)}`);
                l.items.push(v);
                break;
            }
            case 0x65: {
                // APPENDS
                const items = popMark();
                const l = top();
                if (!(l instanceof PyList))
                    throw corrupt(`APPENDS to ${typeName(l)}`);
                for (const v of items)
                    l.items.push(v);
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
                if (!(d instanceof PyDict))
                    throw corrupt(`SETITEMS on ${typeName(d)}`);
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
                if (!memo.has(i))
                    throw corrupt(`memo entry ${i} missing`);
                push(memo.get(i));
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
                if (typeof module !== 'string' || typeof name !== 'string')
                    throw corrupt('STACK_GLOBAL on non-strings');
                push(resolveGlobal(module, name));
                break;
            }
            case 0x52: {
                // REDUCE
                const args = pop();
                const fn = pop();
                if (!(args instanceof PyTuple))
                    throw corrupt(`REDUCE with ${typeName(args)} arguments`);
                push(call(fn, args.items, at()));
                break;
            }
            case 0x62: {
                // BUILD
                const state = pop();
                const obj = top();
                // OrderedDict state dicts carry `_metadata` (per-module versions) as an instance attribute; not needed here.
                if (!(obj instanceof PyDict && obj.ordered))
                    throw corrupt(`BUILD on ${typeName(obj)}`);
                if (!(state instanceof PyDict || state instanceof PyTuple || state === null))
                    throw corrupt(`BUILD with ${typeName(state)} state`);
                break;
            }
            case 0x51: {
                // BINPERSID
                const pid = pop();
                if (!src.persistentLoad)
                    throw corrupt('unexpected persistent id');
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
function nonNegInt(v, what, at) {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0)
        throw new Fault('corrupt', `corrupt tensor record: ${what} is not a non-negative int ${at}`);
    return v;
}
function intTuple(v, what, at) {
    if (!(v instanceof PyTuple || v instanceof PyList))
        throw new Fault('corrupt', `corrupt tensor record: ${what} is ${aType(v)}, not a tuple ${at}`);
    return v.items.map((x) => nonNegInt(x, what, at));
}
function supportedDtype(dtype, from) {
    if (!SUPPORTED_DTYPES.has(dtype))
        throw new Fault('dtype', `unsupported dtype ${dtype} (${from}); only float32 and int64 tensors are read`);
    return dtype;
}
function makeTensor(storage, offset, size, stride, dtypeArg, at) {
    if (!(storage instanceof StorageRef))
        throw new Fault('corrupt', `corrupt tensor record: storage is ${aType(storage)} ${at}`);
    let dtype;
    let elemSize;
    if (dtypeArg === undefined) {
        dtype = supportedDtype(storage.dtype, storage.typeName);
        elemSize = storage.elemSize;
    }
    else {
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
        numel *= BigInt(shape[i]);
        if (shape[i] > 0)
            last += BigInt(shape[i] - 1) * BigInt(strides[i]);
    }
    const span = numel === 0n ? 0n : last + 1n;
    const storageBytes = BigInt(storage.numel) * BigInt(storage.elemSize);
    if ((BigInt(off) + span) * BigInt(elemSize) > storageBytes) {
        throw new Fault('corrupt', `corrupt tensor record: a ${dtype} tensor of size [${shape.join(', ')}] at offset ${off} reads past the end of its ${storage.numel}-element storage ${storage.rootKey} ${at}`);
    }
    if (numel > BigInt(Number.MAX_SAFE_INTEGER))
        throw new Fault('corrupt', `corrupt tensor record: size [${shape.join(', ')}] is too large ${at}`);
    return new TensorRef(storage, dtype, elemSize, off, shape, strides, Number(numel), Number(span));
}
function call(fn, args, at) {
    if (!(fn instanceof PyGlobal))
        throw new Fault('corrupt', `corrupt pickle: REDUCE on ${aType(fn)} ${at}`);
    if (fn.role.kind !== 'callable')
        throw new Fault('global', `unexpected call of ${fn.qualname} ${at}`);
    const bad = () => new Fault('corrupt', `corrupt pickle: ${fn.qualname} called with ${args.length} arguments (${args.map(typeName).join(', ')}) ${at}`);
    switch (fn.role.fn) {
        case 'OrderedDict': {
            const d = new PyDict(true);
            if (args.length === 0)
                return d;
            // Python 2's OrderedDict.__reduce__ passes the items as a list of [key, value] pairs.
            const items = args[0];
            if (args.length !== 1 || !(items instanceof PyList || items instanceof PyTuple))
                throw bad();
            for (const pair of items.items) {
                if (!((pair instanceof PyList || pair instanceof PyTuple) && pair.items.length === 2))
                    throw bad();
                const k = pair.items[0];
                if (!(k === null || ['string', 'number', 'bigint', 'boolean'].includes(typeof k)))
                    throw bad();
                d.map.set(k, pair.items[1]);
            }
            return d;
        }
        case 'rebuild_tensor': // (storage, storage_offset, size, stride)
            if (args.length !== 4)
                throw bad();
            return makeTensor(args[0], args[1], args[2], args[3], undefined, at);
        case 'rebuild_tensor_v2': // (storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
            if (args.length !== 6 && args.length !== 7)
                throw bad();
            return makeTensor(args[0], args[1], args[2], args[3], undefined, at);
        case 'rebuild_tensor_v3': // (storage, storage_offset, size, stride, requires_grad, backward_hooks, dtype[, metadata])
            if (args.length !== 7 && args.length !== 8)
                throw bad();
            return makeTensor(args[0], args[1], args[2], args[3], args[6], at);
        case 'rebuild_parameter': // (data, requires_grad, backward_hooks)
        case 'rebuild_parameter_with_state': // (data, requires_grad, backward_hooks, state)
            if (args.length !== (fn.role.fn === 'rebuild_parameter' ? 3 : 4) || !(args[0] instanceof TensorRef))
                throw bad();
            return args[0];
    }
}
const MAX_SAFE_ELEMS = Math.floor(Number.MAX_SAFE_INTEGER / 16);
function makePersistentLoad(roots, legacy) {
    const views = new Map();
    return (pid) => {
        if (!(pid instanceof PyTuple) || pid.items.length === 0)
            throw new Fault('corrupt', `corrupt persistent id (${aType(pid)})`);
        const [tag0, ...rest] = pid.items;
        const tag = tag0 instanceof PyBytes ? latin1.decode(tag0.bytes) : tag0;
        if (tag === 'module')
            throw new Fault('not-state-dict', 'not a state dict: the checkpoint holds a pickled nn.Module (torch.save(model)); save model.state_dict() instead');
        if (tag !== 'storage')
            throw new Fault('corrupt', `corrupt persistent id (tag ${JSON.stringify(tag)})`);
        if (rest.length !== (legacy ? 5 : 4))
            throw new Fault('corrupt', `corrupt persistent id (${pid.items.length} fields)`);
        const [type, key0, , numel0, viewMeta] = rest;
        if (!(type instanceof PyGlobal && type.role.kind === 'storage'))
            throw new Fault('corrupt', `corrupt persistent id (storage type is ${typeName(type)})`);
        const key = key0 instanceof PyBytes ? latin1.decode(key0.bytes) : key0;
        if (typeof key !== 'string')
            throw new Fault('corrupt', 'corrupt persistent id (storage key is not a string)');
        const numel = numel0;
        if (typeof numel !== 'number' || !Number.isInteger(numel) || numel < 0 || numel > MAX_SAFE_ELEMS) {
            throw new Fault('corrupt', `corrupt persistent id (storage ${key} claims ${String(numel)} elements)`);
        }
        const { dtype, elemSize } = type.role;
        let root = roots.get(key);
        if (!root) {
            root = { key, typeName: type.qualname, dtype, elemSize, numel };
            roots.set(key, root);
        }
        else if (root.dtype !== dtype || root.numel !== numel) {
            throw new Fault('corrupt', `corrupt checkpoint: storage ${key} is declared twice, as ${root.numel} ${root.dtype} and as ${numel} ${dtype}`);
        }
        if (viewMeta === undefined || viewMeta === null)
            return new StorageRef(key, root.typeName, dtype, elemSize, 0, numel);
        // Legacy storage views (torch < 1.0): (view_key, offset, view_size) in elements of the root storage.
        if (!(viewMeta instanceof PyTuple && viewMeta.items.length === 3))
            throw new Fault('corrupt', 'corrupt persistent id (view metadata)');
        const [vk, vo, vs] = viewMeta.items;
        if (typeof vk !== 'string' ||
            typeof vo !== 'number' ||
            typeof vs !== 'number' ||
            !Number.isInteger(vo) ||
            !Number.isInteger(vs) ||
            vo < 0 ||
            vs < 0 ||
            vo + vs > numel) {
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
function swapBytes(b, size) {
    for (let i = 0; i + size <= b.length; i += size)
        b.subarray(i, i + size).reverse();
}
function isContiguous(shape, stride) {
    let expected = 1;
    for (let i = shape.length - 1; i >= 0; i--) {
        if (shape[i] === 1)
            continue; // the stride of a size-1 dim never matters
        if (stride[i] !== expected)
            return false;
        expected *= shape[i];
    }
    return true;
}
function materialize(t, roots, fileLittle) {
    const root = roots.get(t.storage.rootKey);
    const data = root.data;
    const es = t.elemSize;
    const start = t.storage.viewOffset * t.storage.elemSize + t.offset * es;
    const out = new Uint8Array(t.numel * es);
    if (isContiguous(t.shape, t.stride) || t.numel <= 1) {
        out.set(data.subarray(start, start + t.numel * es)); // the one copy; the source may be unaligned
    }
    else {
        // Strided (e.g. a saved transpose) or expanded tensor: gather into row-major order. Elements move as 32-bit
        // words (never as floats, which could touch NaN payloads), from an aligned copy of the span read.
        const span = new Uint8Array(t.span * es);
        span.set(data.subarray(start, start + t.span * es));
        const src = new Uint32Array(span.buffer);
        const dst = new Uint32Array(out.buffer);
        const w = es / 4; // 1 (float32) or 2 (int64)
        const nd = t.shape.length;
        const idx = new Array(nd).fill(0);
        let s = 0;
        for (let d = 0; d < t.numel; d++) {
            for (let j = 0; j < w; j++)
                dst[d * w + j] = src[s * w + j];
            for (let k = nd - 1; k >= 0; k--) {
                if (++idx[k] < t.shape[k]) {
                    s += t.stride[k];
                    break;
                }
                s -= (t.shape[k] - 1) * t.stride[k];
                idx[k] = 0;
            }
        }
    }
    if (fileLittle !== HOST_LITTLE)
        swapBytes(out, es);
    return {
        dtype: t.dtype,
        shape: t.shape.slice(),
        data: t.dtype === 'float32' ? new Float32Array(out.buffer, 0, t.numel) : new BigInt64Array(out.buffer, 0, t.numel),
    };
}
/** The most tensor bytes a checkpoint of `fileSize` bytes may hold (shared storages, light compression). */
function plausibleTensorBytes(fileSize) {
    return 4 * fileSize + 64 * 1024 * 1024;
}
function toStateDict(obj, roots, fileLittle, fileSize) {
    if (!(obj instanceof PyDict))
        throw new Fault('not-state-dict', `not a state dict: the checkpoint holds ${aType(obj)}, not a dict of tensors`);
    const tensors = [];
    let total = 0;
    for (const [k, v] of obj.map) {
        if (typeof k !== 'string')
            throw new Fault('not-state-dict', `not a state dict: key ${String(k)} is ${aType(k)}, not a str`);
        if (!(v instanceof TensorRef)) {
            // A training checkpoint ({'epoch': ..., 'state_dict': {...}}) is the usual case; say where the dict is.
            const inner = [...obj.map].find(([ik, iv]) => typeof ik === 'string' && iv instanceof PyDict && [...iv.map.values()].some((x) => x instanceof TensorRef));
            const hint = inner ? ` (the tensors seem to be under ${JSON.stringify(inner[0])}; save that dict instead)` : '';
            throw new Fault('not-state-dict', `not a state dict: the value of ${JSON.stringify(k)} is ${aType(v)}, not a tensor${hint}`);
        }
        total += v.numel * v.elemSize;
        tensors.push([k, v]);
    }
    // Shared or expanded (stride 0) storages can make the tensors larger than the file; bound what a file can make us
    // allocate.
    const limit = plausibleTensorBytes(fileSize);
    if (total > limit)
        throw new Fault('corrupt', `implausible checkpoint: its tensors would need ${total} bytes from a ${fileSize}-byte file`);
    const out = new Map();
    for (const [k, t] of tensors)
        out.set(k, materialize(t, roots, fileLittle));
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
function checkMagic(bytes) {
    const n = bytes.length;
    const cut = () => new Fault('truncated', `truncated: the file (${n} bytes) ends inside the torch.save magic number`);
    const notCheckpoint = new Fault('not-checkpoint', 'not a checkpoint: neither a zip-format torch.save file nor a legacy one (no torch.save magic number)');
    if (n < 2)
        throw cut();
    if (bytes[0] !== 0x80 || bytes[1] < 2 || bytes[1] > 5)
        throw notCheckpoint;
    let p = 2;
    if (bytes[1] >= 4 && n > p && bytes[p] === 0x95)
        p += 9; // FRAME + 8-byte length
    for (const b of MAGIC_PICKLE_BODY) {
        if (p >= n)
            throw cut();
        if (bytes[p++] !== b)
            throw notCheckpoint;
    }
    return p;
}
function readLegacy(bytes) {
    const n = bytes.length;
    let which = 2;
    const truncated = () => new Fault('truncated', `truncated: the file (${n} bytes) ends inside pickle ${which} of 5`);
    const src = (start, persistentLoad) => ({
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
        throw new Fault('unsupported', `unsupported legacy checkpoint version ${String(r.value)} (expected ${LEGACY_PROTOCOL_VERSION})`);
    which = 3;
    r = unpickle(src(r.next));
    if (!(r.value instanceof PyDict))
        throw new Fault('corrupt', 'corrupt legacy checkpoint: sys_info is not a dict');
    const le = r.value.map.get('little_endian');
    if (le === false)
        throw new Fault('unsupported', 'unsupported checkpoint: legacy file written on a big-endian machine');
    which = 4;
    const roots = new Map();
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
        if (typeof key !== 'string')
            throw new Fault('corrupt', 'corrupt legacy checkpoint: a storage key is not a string');
        const root = roots.get(key);
        if (!root)
            throw new Fault('corrupt', `corrupt legacy checkpoint: storage ${key} is listed but no tensor uses it`);
        if (root.data)
            throw new Fault('corrupt', `corrupt legacy checkpoint: storage ${key} is listed twice`);
        if (p + 8 > n)
            throw new Fault('truncated', `truncated: the file (${n} bytes) ends before the header of storage ${key} at byte ${p}`);
        const count = view.getBigInt64(p, true);
        if (count !== BigInt(root.numel))
            throw new Fault('corrupt', `corrupt legacy checkpoint: storage ${key} holds ${count} elements, the pickle says ${root.numel}`);
        const nbytes = root.numel * root.elemSize;
        if (nbytes > n - (p + 8)) {
            throw new Fault('truncated', `truncated: storage ${key} needs ${nbytes} bytes at byte ${p + 8} but the file has ${n} bytes`);
        }
        root.data = bytes.subarray(p + 8, p + 8 + nbytes);
        p += 8 + nbytes;
    }
    for (const root of roots.values()) {
        if (!root.data)
            throw new Fault('corrupt', `corrupt legacy checkpoint: storage ${root.key} has no data`);
    }
    return toStateDict(obj, roots, true, n);
}
function zipFault(e) {
    if (e instanceof zip/* ZipError */.Wz) {
        const m = e.message.indexOf(': ');
        return new Fault('corrupt', `truncated or corrupt zip checkpoint: ${m >= 0 ? e.message.slice(m + 2) : e.message}`);
    }
    return e;
}
function readZip(bytes, file) {
    let entries;
    try {
        entries = (0,zip/* readZipEntries */.YJ)(bytes, file);
    }
    catch (e) {
        throw zipFault(e);
    }
    const pkls = entries.filter((e) => e.name === 'data.pkl' || e.name.endsWith('/data.pkl'));
    if (pkls.length === 0)
        throw new Fault('not-checkpoint', 'not a checkpoint: a zip archive without a data.pkl record (not written by torch.save)');
    // torch writes every record under one top-level folder; take the shallowest data.pkl.
    pkls.sort((a, b) => a.name.length - b.name.length);
    const pkl = pkls[0];
    const prefix = pkl.name.slice(0, pkl.name.length - 'data.pkl'.length);
    const byName = new Map(entries.map((e) => [e.name, e]));
    if (byName.has(`${prefix}constants.pkl`) || entries.some((e) => e.name.startsWith(`${prefix}code/`))) {
        throw new Fault('not-state-dict', 'not a state dict: a TorchScript archive (torch.jit.save), not a torch.save file');
    }
    const read = (e, maxSize) => {
        try {
            return (0,zip/* readZipEntry */.g7)(bytes, e, file, maxSize);
        }
        catch (err) {
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
    const roots = new Map();
    // the pickle itself is small (a state dict's: tens of kB); a deflated data.pkl of gigabytes is refused from its
    // header before it is inflated
    if (pkl.size > MAX_PICKLE_BYTES)
        throw new Fault('corrupt', `implausible checkpoint: ${pkl.name} would inflate to ${pkl.size} bytes (more than ${MAX_PICKLE_BYTES})`);
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
    const records = [];
    let inflated = 0;
    for (const root of roots.values()) {
        const name = `${prefix}data/${root.key}`;
        const e = byName.get(name);
        if (!e)
            throw new Fault('corrupt', `corrupt zip checkpoint: storage record ${name} is missing`);
        const nbytes = root.numel * root.elemSize;
        // Check the claim against the record before inflating or allocating anything.
        const possible = e.method === 0 ? e.compressedSize : e.compressedSize * 1032 + 64; // deflate's best ratio is ~1032:1
        if (e.size < nbytes || possible < nbytes) {
            throw new Fault('corrupt', `truncated or corrupt zip checkpoint: storage ${name} holds ${e.size} bytes but the pickle claims ${root.numel} ${root.dtype} elements (${nbytes} bytes)`);
        }
        inflated += e.size;
        records.push([root, e, nbytes]);
    }
    const limit = plausibleTensorBytes(bytes.length);
    if (inflated > limit)
        throw new Fault('corrupt', `implausible checkpoint: its storages would inflate to ${inflated} bytes from a ${bytes.length}-byte file`);
    for (const [root, e, nbytes] of records)
        root.data = read(e, e.size).subarray(0, nbytes);
    return toStateDict(value, roots, fileLittle, bytes.length);
}
// ---------------------------------------------------------------------------------------------------------------
// API.
/**
 * Reads a state dict saved by `torch.save` (zip or legacy format). Keys keep their order; every tensor's data is a
 * fresh row-major array (never a view of `bytes`). Throws PthError for anything that is not a plain state dict of
 * float32/int64 tensors, and never executes anything from the file.
 */
function readStateDict(bytes, file) {
    try {
        if (bytes.length === 0)
            throw new Fault('not-checkpoint', 'not a checkpoint: the file is empty');
        if ((0,zip/* looksLikeZip */.fw)(bytes))
            return readZip(bytes, file);
        // torch < 0.1.10 wrote a tar archive; nothing in use still has that format.
        if (bytes.length >= 262 && latin1.decode(bytes.subarray(257, 262)) === 'ustar') {
            throw new Fault('unsupported', 'unsupported checkpoint: a tar archive (the format of torch < 0.1.10)');
        }
        if (bytes[0] !== 0x80)
            throw new Fault('not-checkpoint', 'not a checkpoint: neither a zip-format torch.save file nor a legacy one');
        return readLegacy(bytes);
    }
    catch (e) {
        if (e instanceof Fault)
            throw new PthError(file, e.reason);
        throw e;
    }
}
/** The largest checkpoint file read (a regular file only: not /dev/zero, not a FIFO). */
const MAX_CHECKPOINT_BYTES = 4 * 1024 ** 3;
async function readStateDictFile(path) {
    let bytes;
    try {
        bytes = await readUserFile(path, MAX_CHECKPOINT_BYTES, path);
    }
    catch (e) {
        const m = e.message;
        throw new PthError(path, `cannot read the file (${m.startsWith(`${path}: `) ? m.slice(path.length + 2) : m})`);
    }
    return readStateDict(bytes, path);
}

// EXTERNAL MODULE: ./src/weights/pytorch-fid-weights.ts
var pytorch_fid_weights = __webpack_require__(66884);
// EXTERNAL MODULE: ./src/weights/cache.ts
var cache = __webpack_require__(40495);
;// CONCATENATED MODULE: ./src/features/inception.ts
// Where the Inception network comes from (`--weights`):
//   synthetic      the deterministic weights of the reference pack, built in process (NOT comparable with published
// FIDs)
//   PATH.onnx      a prebuilt model (e.g. one fid-gate converted earlier); used as is
//   PATH(.pth)     a PyTorch state dict (pytorch-fid's file, zip or legacy format); converted to ONNX once, cached
//   (unset)        pytorch-fid's published weights, downloaded once (SHA-256 prefix checked), converted, cached











/** Bumped whenever the ONNX builder's output changes, so cached conversions are rebuilt. */
const INCEPTION_BUILDER_VERSION = '1';
const INCEPTION_EXTRACTOR = 'pytorch-fid-inception-v3';
/** SHA-256 of the 472 synthetic tensors as float32 LE (shared/reference/WEIGHTS.md, "Check values"). */
const SYNTHETIC_WEIGHTS_SHA256 = 'e23305e2b70ee7741ee876eaf2a1da8e4d1ed44c542635bf1d0782b4d59c3f2a';
const RESIZE_MODES = ['legacy-pytorch', 'clean'];
const sha256 = (b) => (0,external_node_crypto_.createHash)('sha256').update(b).digest('hex');
function toFloatStateDict(sd) {
    const out = new Map();
    for (const [k, t] of sd) {
        if (t.dtype === 'float32')
            out.set(k, { shape: t.shape, data: t.data });
    }
    return out;
}
const graphInput = (resize) => (resize === 'clean' ? 'float299-clean' : 'uint8-bilinear');
async function convertPth(file, cacheDir, log, resize = 'legacy-pytorch') {
    // a regular file of at most MAX_CHECKPOINT_BYTES (`--weights /dev/zero` would read forever)
    const bytes = await (0,user_file/* readUserFile */.E)(file, MAX_CHECKPOINT_BYTES, `--weights ${file}`);
    const hash = sha256(bytes);
    // pytorch-fid's published file is recognised by content (the torch.hub hash prefix in its name), not by name
    const weightsLabel = hash.startsWith('6726825d') ? 'pytorch-fid' : 'custom-pth';
    const variant = resize === 'clean' ? '-clean' : '';
    const cached = external_node_path_default().join(cacheDir, 'onnx', `inception-${hash.slice(0, 16)}-b${INCEPTION_BUILDER_VERSION}${variant}.onnx`);
    if ((0,external_node_fs_.existsSync)(cached)) {
        // The SHA-256 recorded next to it when it was written must match, and it must still be an Inception: a
        // truncated or emptied cache entry (a full disk, a killed copy) is rebuilt, not loaded.
        const onnx = await readCachedModel(cached, resize);
        if (onnx) {
            log?.(`weights: using the converted model ${cached}`);
            return { onnx, weights: weightsLabel, weightsSha256: hash, source: file };
        }
        log?.(`weights: the converted model ${cached} is damaged or unverified; rebuilding it`);
    }
    log?.(`weights: converting ${external_node_path_default().basename(file)} to ONNX (once; cached in ${external_node_path_default().dirname(cached)})`);
    let sd;
    try {
        sd = readStateDict(bytes, file);
    }
    catch (err) {
        throw new errors/* InputError */.d(err.message, file);
    }
    const onnx = buildInceptionOnnx(toFloatStateDict(sd), file, { 'fid-gate.weights-sha256': hash }, { input: graphInput(resize) });
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(cached), { recursive: true });
        await (0,cache/* writeFileAtomic */.Zf)(cached, onnx);
        await (0,promises_.mkdir)(external_node_path_default().dirname(recordOf(cached)), { recursive: true });
        await (0,cache/* writeFileAtomic */.Zf)(recordOf(cached), `${sha256(onnx)}\n`);
    }
    catch (err) {
        log?.(`weights: could not cache the converted model (${err.message}); continuing`);
    }
    return { onnx, weights: weightsLabel, weightsSha256: hash, source: file };
}
/** Where the SHA-256 of a cached conversion is recorded: CACHE/onnx.sha256/NAME.sha256 (next to CACHE/onnx/NAME). */
function recordOf(cached) {
    return external_node_path_default().join(external_node_path_default().dirname(cached) + '.sha256', external_node_path_default().basename(cached) + '.sha256');
}
/** A cached conversion when its recorded SHA-256 matches and it reads as an Inception; undefined otherwise. */
async function readCachedModel(cached, resize) {
    try {
        const onnx = await (0,user_file/* readUserFile */.E)(cached, 2 * 1024 ** 3, cached);
        const recorded = (await (0,promises_.readFile)(recordOf(cached), 'utf8')).trim();
        if (recorded !== sha256(onnx))
            return undefined;
        checkInceptionOnnx(onnx, cached, cached, graphInput(resize));
        return onnx;
    }
    catch {
        return undefined;
    }
}
async function loadInceptionModel(opts) {
    const w = opts.weights?.trim();
    const resize = opts.resize ?? 'legacy-pytorch';
    if (w === 'synthetic') {
        const onnx = buildInceptionOnnx(syntheticInceptionStateDict(), 'synthetic weights', { 'fid-gate.weights': 'synthetic' }, { input: graphInput(resize) });
        return {
            onnx,
            weights: 'synthetic',
            weightsSha256: SYNTHETIC_WEIGHTS_SHA256,
            source: 'synthetic',
            warning: SYNTHETIC_WEIGHTS_WARNING,
        };
    }
    if (w) {
        if (!(0,external_node_fs_.existsSync)(w))
            throw new errors/* InputError */.d(`--weights ${w}: no such file (give a .pth state dict, a .onnx model, or "synthetic")`, w);
        if (w.toLowerCase().endsWith('.onnx')) {
            if (resize !== 'legacy-pytorch') {
                throw new errors/* InputError */.d(`--weights ${w}: a prebuilt .onnx Inception has its own input preprocessing; --resize ${resize} needs the weights as a .pth state dict (or the default download, or "synthetic")`, w);
            }
            // a regular file, at most protobuf's 2 GiB, and an Inception (not any ONNX model, not any file named .onnx)
            const onnx = await (0,user_file/* readUserFile */.E)(w, 2 * 1024 ** 3, `--weights ${w}`);
            checkInceptionOnnx(onnx, `--weights ${w}`, w);
            return { onnx, weights: 'custom-onnx', weightsSha256: sha256(onnx), source: w };
        }
        return convertPth(w, opts.cacheDir, opts.log, resize);
    }
    const pth = await (0,pytorch_fid_weights/* ensurePytorchFidPth */.Ts)({ cacheDir: opts.cacheDir, log: opts.log, ...opts.download });
    return convertPth(pth, opts.cacheDir, opts.log, resize);
}


/***/ }),

/***/ 66884:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ts: () => (/* binding */ ensurePytorchFidPth),
/* harmony export */   tE: () => (/* binding */ PYTORCH_FID_WEIGHTS_SHA256_PREFIX)
/* harmony export */ });
/* unused harmony exports PYTORCH_FID_WEIGHTS_URL, PYTORCH_FID_WEIGHTS_FILE, weightsCacheDir, torchHubCheckpointDir, sha256File */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _cache_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40495);
/* harmony import */ var _download_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(98981);
// The Inception weights that pytorch-fid 0.3 uses (FID_WEIGHTS_URL in pytorch_fid/inception.py), fetched once into the
// cache. pytorch-fid itself loads them through torch.hub's load_state_dict_from_url, which stores them in
// `$TORCH_HOME/hub/checkpoints/`; an existing copy there is reused.







const PYTORCH_FID_WEIGHTS_URL = 'https://github.com/mseitzer/pytorch-fid/releases/download/fid_weights/pt_inception-2015-12-05-6726825d.pth';
const PYTORCH_FID_WEIGHTS_FILE = 'pt_inception-2015-12-05-6726825d.pth';
/** torch.hub convention: the hex after the last '-' of the file name is a prefix of the file's SHA-256. */
const PYTORCH_FID_WEIGHTS_SHA256_PREFIX = '6726825d';
/** Generous bound on the download (the real file is about 95 MB) so a misbehaving server cannot fill the disk. */
const MAX_WEIGHTS_BYTES = 512 * 1024 * 1024;
function weightsCacheDir(cacheDir) {
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(cacheDir, 'weights');
}
/** torch.hub's checkpoint directory: `$TORCH_HOME/hub/checkpoints`, default
 * `${XDG_CACHE_HOME:-~/.cache}/torch/hub/checkpoints`. */
function torchHubCheckpointDir(env = process.env, home = node_os__WEBPACK_IMPORTED_MODULE_2___default().homedir()) {
    const torchHome = env.TORCH_HOME || node_path__WEBPACK_IMPORTED_MODULE_3___default().join(env.XDG_CACHE_HOME || node_path__WEBPACK_IMPORTED_MODULE_3___default().join(home, '.cache'), 'torch');
    return node_path__WEBPACK_IMPORTED_MODULE_3___default().join(torchHome, 'hub', 'checkpoints');
}
async function sha256File(file) {
    const h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file))
        h.update(chunk);
    return h.digest('hex');
}
async function hasGoodHash(file) {
    try {
        const sha256 = await sha256File(file);
        return { ok: sha256.startsWith(PYTORCH_FID_WEIGHTS_SHA256_PREFIX), sha256 };
    }
    catch {
        return { ok: false };
    }
}
function howToPass(dir) {
    return [
        'Pass the weights explicitly:',
        `  --weights /path/to/${PYTORCH_FID_WEIGHTS_FILE}   (GitHub Action input: weights)`,
        `  or place ${PYTORCH_FID_WEIGHTS_FILE} in ${dir}${(node_path__WEBPACK_IMPORTED_MODULE_3___default().sep)}`,
        '  or --weights synthetic (random weights, for tests only: the FID values are meaningless).',
    ].join('\n');
}
/**
 * Returns the path of pytorch-fid's Inception weights (.pth), downloading them into `<cacheDir>/weights/` when missing.
 * Any failure to obtain them is ONE InputError that names the URL and says how to pass the file instead.
 */
async function ensurePytorchFidPth(opts) {
    const url = opts.url ?? PYTORCH_FID_WEIGHTS_URL;
    const dir = weightsCacheDir(opts.cacheDir);
    const file = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(dir, PYTORCH_FID_WEIGHTS_FILE);
    const verify = opts.verifyCached ?? true;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
        if (!verify)
            return file;
        const h = await hasGoodHash(file);
        if (h.ok)
            return file;
        const msg = `${file} has SHA-256 ${h.sha256 ?? '(unreadable)'}, which does not start with ${PYTORCH_FID_WEIGHTS_SHA256_PREFIX}`;
        if (opts.offline)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`${msg}: the cached weights are corrupt and offline mode forbids downloading them again.\n${howToPass(dir)}`, 'weights');
        opts.log?.(`${msg}; downloading it again`);
    }
    if (opts.torchHub ?? true) {
        const hub = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(torchHubCheckpointDir(opts.env ?? process.env), PYTORCH_FID_WEIGHTS_FILE);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(hub) && (!verify || (await hasGoodHash(hub)).ok)) {
            opts.log?.(`using pytorch-fid's torch.hub copy of the weights: ${hub}`);
            return hub;
        }
    }
    if (opts.offline) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`The pytorch-fid Inception weights are not in the cache (${dir}) and offline mode forbids downloading them from ${url}.\n${howToPass(dir)}`, 'weights');
    }
    await (0,_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .removeStalePartials */ .sV)(dir);
    opts.log?.(`downloading the pytorch-fid Inception weights from ${url}`);
    try {
        const r = await (0,_download_js__WEBPACK_IMPORTED_MODULE_6__/* .downloadVerified */ .nz)({
            url,
            dest: file,
            sha256Prefix: PYTORCH_FID_WEIGHTS_SHA256_PREFIX,
            retries: opts.retries,
            backoffMs: opts.backoffMs,
            stallTimeoutMs: opts.stallTimeoutMs,
            maxBytes: MAX_WEIGHTS_BYTES,
            onProgress: opts.onProgress,
            log: opts.log,
        });
        opts.log?.(`saved ${r.bytes} bytes to ${r.path} (sha256 ${r.sha256})`);
        return r.path;
    }
    catch (e) {
        if (!(e instanceof _download_js__WEBPACK_IMPORTED_MODULE_6__/* .DownloadError */ .nV))
            throw e;
        const why = (0,_download_js__WEBPACK_IMPORTED_MODULE_6__/* .isUnreachable */ .R0)(e)
            ? `the network is unreachable (${e.code}${e.attempts > 1 ? `, ${e.attempts} attempts` : ''})`
            : e.message;
        const err = new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .d(`Could not download the pytorch-fid Inception weights from ${url}: ${why}.\n${howToPass(dir)}`, 'weights');
        err.cause = e;
        throw err;
    }
}


/***/ })

};
