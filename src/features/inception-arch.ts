// The FID Inception-v3 of pytorch-fid 0.3.0 (pytorch_fid/inception.py, fid_inception_v3()): torchvision's
// Inception3(num_classes=1008, aux_logits=False) with Mixed_5b..5d = FIDInceptionA, Mixed_6b..6e = FIDInceptionC,
// Mixed_7b = FIDInceptionE_1, Mixed_7c = FIDInceptionE_2. Every conv is a BasicConv2d (bias-free conv,
// BatchNorm2d(eps=0.001), ReLU). The lists below are in module registration order, which is state-dict order.

export interface ConvSpec {
  /** State-dict prefix, e.g. 'Mixed_5b.branch5x5_2'. */
  name: string;
  inC: number;
  outC: number;
  kh: number;
  kw: number;
  stride: number;
  padH: number;
  padW: number;
}

export type Block =
  | { type: 'conv'; conv: ConvSpec }
  | { type: 'maxpool3s2' }
  | { type: 'A'; name: string; inC: number; poolFeatures: number }
  | { type: 'B'; name: string; inC: number }
  | { type: 'C'; name: string; inC: number; c7: number }
  | { type: 'D'; name: string; inC: number }
  | { type: 'E'; name: string; inC: number; pool: 'avg' | 'max' };

const conv = (
  name: string,
  inC: number,
  outC: number,
  k: number | [number, number],
  stride = 1,
  pad: number | [number, number] = 0,
): ConvSpec => {
  const [kh, kw] = typeof k === 'number' ? [k, k] : k;
  const [padH, padW] = typeof pad === 'number' ? [pad, pad] : pad;
  return { name, inC, outC, kh, kw, stride, padH, padW };
};

export const INCEPTION_BLOCKS: readonly Block[] = [
  { type: 'conv', conv: conv('Conv2d_1a_3x3', 3, 32, 3, 2) },
  { type: 'conv', conv: conv('Conv2d_2a_3x3', 32, 32, 3) },
  { type: 'conv', conv: conv('Conv2d_2b_3x3', 32, 64, 3, 1, 1) },
  { type: 'maxpool3s2' },
  { type: 'conv', conv: conv('Conv2d_3b_1x1', 64, 80, 1) },
  { type: 'conv', conv: conv('Conv2d_4a_3x3', 80, 192, 3) },
  { type: 'maxpool3s2' },
  { type: 'A', name: 'Mixed_5b', inC: 192, poolFeatures: 32 },
  { type: 'A', name: 'Mixed_5c', inC: 256, poolFeatures: 64 },
  { type: 'A', name: 'Mixed_5d', inC: 288, poolFeatures: 64 },
  { type: 'B', name: 'Mixed_6a', inC: 288 },
  { type: 'C', name: 'Mixed_6b', inC: 768, c7: 128 },
  { type: 'C', name: 'Mixed_6c', inC: 768, c7: 160 },
  { type: 'C', name: 'Mixed_6d', inC: 768, c7: 160 },
  { type: 'C', name: 'Mixed_6e', inC: 768, c7: 192 },
  { type: 'D', name: 'Mixed_7a', inC: 768 },
  { type: 'E', name: 'Mixed_7b', inC: 1280, pool: 'avg' },
  { type: 'E', name: 'Mixed_7c', inC: 2048, pool: 'max' },
];

/** The convs of one Inception block, in registration order (torchvision inception.py). */
export function blockConvs(b: Block): ConvSpec[] {
  const n = (s: string) => `${'name' in b ? b.name : ''}.${s}`;
  switch (b.type) {
    case 'conv':
      return [b.conv];
    case 'maxpool3s2':
      return [];
    case 'A':
      return [
        conv(n('branch1x1'), b.inC, 64, 1),
        conv(n('branch5x5_1'), b.inC, 48, 1),
        conv(n('branch5x5_2'), 48, 64, 5, 1, 2),
        conv(n('branch3x3dbl_1'), b.inC, 64, 1),
        conv(n('branch3x3dbl_2'), 64, 96, 3, 1, 1),
        conv(n('branch3x3dbl_3'), 96, 96, 3, 1, 1),
        conv(n('branch_pool'), b.inC, b.poolFeatures, 1),
      ];
    case 'B':
      return [
        conv(n('branch3x3'), b.inC, 384, 3, 2),
        conv(n('branch3x3dbl_1'), b.inC, 64, 1),
        conv(n('branch3x3dbl_2'), 64, 96, 3, 1, 1),
        conv(n('branch3x3dbl_3'), 96, 96, 3, 2),
      ];
    case 'C':
      return [
        conv(n('branch1x1'), b.inC, 192, 1),
        conv(n('branch7x7_1'), b.inC, b.c7, 1),
        conv(n('branch7x7_2'), b.c7, b.c7, [1, 7], 1, [0, 3]),
        conv(n('branch7x7_3'), b.c7, 192, [7, 1], 1, [3, 0]),
        conv(n('branch7x7dbl_1'), b.inC, b.c7, 1),
        conv(n('branch7x7dbl_2'), b.c7, b.c7, [7, 1], 1, [3, 0]),
        conv(n('branch7x7dbl_3'), b.c7, b.c7, [1, 7], 1, [0, 3]),
        conv(n('branch7x7dbl_4'), b.c7, b.c7, [7, 1], 1, [3, 0]),
        conv(n('branch7x7dbl_5'), b.c7, 192, [1, 7], 1, [0, 3]),
        conv(n('branch_pool'), b.inC, 192, 1),
      ];
    case 'D':
      return [
        conv(n('branch3x3_1'), b.inC, 192, 1),
        conv(n('branch3x3_2'), 192, 320, 3, 2),
        conv(n('branch7x7x3_1'), b.inC, 192, 1),
        conv(n('branch7x7x3_2'), 192, 192, [1, 7], 1, [0, 3]),
        conv(n('branch7x7x3_3'), 192, 192, [7, 1], 1, [3, 0]),
        conv(n('branch7x7x3_4'), 192, 192, 3, 2),
      ];
    case 'E':
      return [
        conv(n('branch1x1'), b.inC, 320, 1),
        conv(n('branch3x3_1'), b.inC, 384, 1),
        conv(n('branch3x3_2a'), 384, 384, [1, 3], 1, [0, 1]),
        conv(n('branch3x3_2b'), 384, 384, [3, 1], 1, [1, 0]),
        conv(n('branch3x3dbl_1'), b.inC, 448, 1),
        conv(n('branch3x3dbl_2'), 448, 384, 3, 1, 1),
        conv(n('branch3x3dbl_3a'), 384, 384, [1, 3], 1, [0, 1]),
        conv(n('branch3x3dbl_3b'), 384, 384, [3, 1], 1, [1, 0]),
        conv(n('branch_pool'), b.inC, 192, 1),
      ];
  }
}

export type ParamKind =
  | 'conv_weight'
  | 'bn_weight'
  | 'bn_bias'
  | 'bn_running_mean'
  | 'bn_running_var'
  | 'fc_weight'
  | 'fc_bias';

export interface ParamSpec {
  name: string;
  shape: number[];
  kind: ParamKind;
  fanIn?: number;
}

/** The 472 float tensors of the state dict, in order (num_batches_tracked buffers excluded). */
export function inceptionParams(): ParamSpec[] {
  const out: ParamSpec[] = [];
  for (const b of INCEPTION_BLOCKS) {
    for (const c of blockConvs(b)) {
      out.push({
        name: `${c.name}.conv.weight`,
        shape: [c.outC, c.inC, c.kh, c.kw],
        kind: 'conv_weight',
        fanIn: c.inC * c.kh * c.kw,
      });
      out.push({ name: `${c.name}.bn.weight`, shape: [c.outC], kind: 'bn_weight' });
      out.push({ name: `${c.name}.bn.bias`, shape: [c.outC], kind: 'bn_bias' });
      out.push({ name: `${c.name}.bn.running_mean`, shape: [c.outC], kind: 'bn_running_mean' });
      out.push({ name: `${c.name}.bn.running_var`, shape: [c.outC], kind: 'bn_running_var' });
    }
  }
  out.push({ name: 'fc.weight', shape: [1008, 2048], kind: 'fc_weight' });
  out.push({ name: 'fc.bias', shape: [1008], kind: 'fc_bias' });
  return out;
}

export const POOL3_DIM = 2048;
export const LOGITS_DIM = 1008;
export const INCEPTION_INPUT_SIZE = 299;
export const BN_EPS = 0.001;
