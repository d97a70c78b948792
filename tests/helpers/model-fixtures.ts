// Fixture models with known answers, built as ONNX graphs (tests and bench/sampling.ts use them):
//
// 1. gaussianDenoiser: the optimal denoiser for data x_0 ~ N(μ, s²I). With x_t = a·x_0 + σ·ε (a = √ᾱ_t,
//    σ = √(1 − ᾱ_t)), x_t ~ N(aμ, (ᾱs² + 1 − ᾱ)I) and (x_t, ε) are jointly Gaussian with Cov(x_t, ε) = σI, so
//        ε*(x_t, t) = E[ε | x_t] = σ·(x_t − aμ)/(ᾱs² + 1 − ᾱ)
//        x̂_0*(x_t, t) = E[x_0 | x_t] = μ + a·s²·(x_t − aμ)/(ᾱs² + 1 − ᾱ)      (= (x_t − σε*)/a)
//        v*(x_t, t) = a·ε* − σ·x̂_0*                                            (Salimans & Ho 2022)
//    These minimise the respective squared errors, so they are what a perfectly trained network would output.
//    The graph gathers √ᾱ_t and √(1 − ᾱ_t) from constant tables by the timestep input and computes the expression
//    in float32. With labels, μ is looked up per label (label K = the null label, for guidance tests).
// 2. mixtureDenoiser: data = K template images c_k with weights w_k (point masses). Then
//        p(k | x_t) = softmax_k(log w_k − |x_t − a·c_k|²/(2σ²)),   x̂_0*(x_t, t) = Σ_k p(k | x_t)·c_k
//    and ε*, v* follow from x̂_0* as above.
// 3. identityDenoiser: output = x_t (the cheapest model with the denoiser's interface; for timing the sampler).
// 4. linearGenerator: a GAN-like generator out = act(z·W + b [+ E[label]]) reshaped to [N, C, H, W], with z of
//    shape [N, Z] or [N, Z, 1, 1].
// 5. identityEncoder: an image encoder whose features are its float32 input, flattened: the preprocessed tensor
//    itself, for exact checks of the preprocessing.
import { DataType, model, node, tensor, valueInfo, type Chunks } from '../../src/features/onnx-writer.js';
import type { Prediction } from '../../src/sampling/samplers.js';

export type TimestepType = 'int64' | 'float32';

const f32 = (name: string, dims: number[], values: ArrayLike<number>): Chunks =>
  tensor(name, dims, DataType.FLOAT, Float32Array.from(values));
const i64 = (name: string, values: number[]): Chunks =>
  tensor(name, [values.length], DataType.INT64, BigInt64Array.from(values.map(BigInt)));

interface Common {
  /** ᾱ_t for t = 0..T-1 (the schedule the denoiser was "trained" with). */
  alphasCumprod: Float64Array;
  prediction: Prediction;
  channels: number;
  height: number;
  width: number;
  timestepType?: TimestepType;
  /** Declare H and W as symbolic dims (the sampler then needs --size). */
  dynamicSize?: boolean;
  /** Output 2C channels, the second half zeros (a learned-variance model's layout). */
  varianceChannels?: boolean;
}

function tables(ac: Float64Array): Chunks[] {
  return [
    f32('sqrt_ac', [ac.length], ac.map(Math.sqrt)),
    f32(
      'sqrt_1m_ac',
      [ac.length],
      ac.map((v) => Math.sqrt(1 - v)),
    ),
  ];
}

function xInput(o: Common): Chunks {
  return valueInfo('x', DataType.FLOAT, [
    'N',
    o.channels,
    o.dynamicSize ? 'H' : o.height,
    o.dynamicSize ? 'W' : o.width,
  ]);
}

/** Nodes: t → ti (int64) → a4, s4 ([N,1,1,1]), ac4 = a4². */
function timestepNodes(o: Common): Chunks[] {
  const n: Chunks[] = [];
  if ((o.timestepType ?? 'int64') === 'float32') n.push(node('Cast', ['t'], ['ti'], { to: DataType.INT64 }));
  else n.push(node('Identity', ['t'], ['ti']));
  n.push(node('Gather', ['sqrt_ac', 'ti'], ['a1'], { axis: 0 }), node('Reshape', ['a1', 'shape4'], ['a4']));
  n.push(node('Gather', ['sqrt_1m_ac', 'ti'], ['s1'], { axis: 0 }), node('Reshape', ['s1', 'shape4'], ['s4']));
  n.push(node('Mul', ['a4', 'a4'], ['ac4']));
  return n;
}

/** Nodes from x0 (and eps where already known) to the output `out` in the requested parameterization. */
function outputNodes(o: Common, haveEps: boolean): Chunks[] {
  const n: Chunks[] = [];
  const out = o.varianceChannels ? 'pred' : 'out';
  if (o.prediction === 'x0') n.push(node('Identity', ['x0'], [out]));
  else {
    if (!haveEps)
      n.push(node('Mul', ['a4', 'x0'], ['ax0']), node('Sub', ['x', 'ax0'], ['xr']), node('Div', ['xr', 's4'], ['eps']));
    if (o.prediction === 'eps') n.push(node('Identity', ['eps'], [out]));
    else
      n.push(
        node('Mul', ['a4', 'eps'], ['aeps']),
        node('Mul', ['s4', 'x0'], ['sx0']),
        node('Sub', ['aeps', 'sx0'], [out]),
      );
  }
  if (o.varianceChannels)
    n.push(node('Mul', ['pred', 'zero'], ['var']), node('Concat', ['pred', 'var'], ['out'], { axis: 1 }));
  return n;
}

const zeroInit = (o: Common): Chunks[] => (o.varianceChannels ? [f32('zero', [], [0])] : []);

function inputs(o: Common, labels: boolean): Chunks[] {
  return [
    xInput(o),
    valueInfo('t', (o.timestepType ?? 'int64') === 'float32' ? DataType.FLOAT : DataType.INT64, ['N']),
    ...(labels ? [valueInfo('y', DataType.INT64, ['N'])] : []),
  ];
}

function outputInfo(o: Common): Chunks {
  return valueInfo('out', DataType.FLOAT, [
    'N',
    (o.varianceChannels ? 2 : 1) * o.channels,
    o.dynamicSize ? 'H' : o.height,
    o.dynamicSize ? 'W' : o.width,
  ]);
}

export interface GaussianDenoiserOptions extends Common {
  mu: number;
  s: number;
  /** Per-label means (index = label; the last one is the null label's). Adds input 2 `y` (int64). */
  labelMeans?: number[];
}

export function gaussianDenoiser(o: GaussianDenoiserOptions): Uint8Array {
  const labels = !!o.labelMeans;
  const nodes: Chunks[] = [...timestepNodes(o)];
  if (labels)
    nodes.push(node('Gather', ['mu_table', 'y'], ['mu1'], { axis: 0 }), node('Reshape', ['mu1', 'shape4'], ['mu']));
  nodes.push(
    // den = ᾱ s² + 1 − ᾱ
    node('Mul', ['ac4', 's2'], ['acs2']),
    node('Sub', ['one', 'ac4'], ['omac']),
    node('Add', ['acs2', 'omac'], ['den']),
    // d = x − aμ
    node('Mul', ['a4', 'mu'], ['amu']),
    node('Sub', ['x', 'amu'], ['d']),
    node('Mul', ['d', 's4'], ['ds']),
    node('Div', ['ds', 'den'], ['eps']),
    node('Mul', ['a4', 's2'], ['as2']),
    node('Mul', ['d', 'as2'], ['das2']),
    node('Div', ['das2', 'den'], ['dx0']),
    node('Add', ['mu', 'dx0'], ['x0']),
    ...outputNodes(o, true),
  );
  const inits = [
    ...tables(o.alphasCumprod),
    i64('shape4', [-1, 1, 1, 1]),
    f32('s2', [], [o.s * o.s]),
    f32('one', [], [1]),
    labels ? f32('mu_table', [o.labelMeans!.length], o.labelMeans!) : f32('mu', [], [o.mu]),
    ...zeroInit(o),
  ];
  return model({
    name: 'gaussian_denoiser',
    nodes,
    initializers: inits,
    inputs: inputs(o, labels),
    outputs: [outputInfo(o)],
  });
}

export interface MixtureDenoiserOptions extends Common {
  /** K templates, each C·H·W values (CHW order) in [−1, 1]. */
  templates: Float64Array[];
  weights: number[];
}

export function mixtureDenoiser(o: MixtureDenoiserOptions): Uint8Array {
  const K = o.templates.length,
    D = o.channels * o.height * o.width;
  const C = new Float64Array(K * D),
    Ct = new Float64Array(D * K);
  o.templates.forEach((c, k) => {
    for (let j = 0; j < D; j++) {
      C[k * D + j] = c[j];
      Ct[j * K + k] = c[j];
    }
  });
  const cc = o.templates.map((c) => c.reduce((acc, v) => acc + v * v, 0));
  const nodes: Chunks[] = [
    ...timestepNodes(o),
    node('Reshape', ['x', 'shape_nd'], ['xf']),
    node('Reshape', ['a1', 'shape_n1'], ['a2']),
    node('Reshape', ['s1', 'shape_n1'], ['s2']),
    node('Mul', ['s2', 's2'], ['var2']),
    node('MatMul', ['xf', 'Ct'], ['xc']), // [N,K] x·c_k
    node('Mul', ['xf', 'xf'], ['xsq']),
    node('ReduceSum', ['xsq', 'axis1'], ['xx'], { keepdims: 1 }), // [N,1] |x|²
    node('Mul', ['a2', 'xc'], ['axc']),
    node('Mul', ['axc', 'two'], ['axc2']),
    node('Mul', ['a2', 'a2'], ['aa']),
    node('Mul', ['aa', 'cc'], ['aacc']),
    node('Sub', ['xx', 'axc2'], ['d1']),
    node('Add', ['d1', 'aacc'], ['dist']), // |x − a c_k|²
    node('Mul', ['var2', 'two'], ['twovar']),
    node('Div', ['dist', 'twovar'], ['e']),
    node('Sub', ['logw', 'e'], ['logits']),
    node('Softmax', ['logits'], ['p'], { axis: 1 }),
    node('MatMul', ['p', 'C'], ['x0f']),
    node('Shape', ['x'], ['xshape']),
    node('Reshape', ['x0f', 'xshape'], ['x0']),
    ...outputNodes(o, false),
  ];
  const inits = [
    ...tables(o.alphasCumprod),
    i64('shape4', [-1, 1, 1, 1]),
    i64('shape_nd', [0, -1]),
    i64('shape_n1', [-1, 1]),
    i64('axis1', [1]),
    f32('Ct', [D, K], Ct),
    f32('C', [K, D], C),
    f32('cc', [1, K], cc),
    f32('logw', [1, K], o.weights.map(Math.log)),
    f32('two', [], [2]),
    ...zeroInit(o),
  ];
  return model({
    name: 'mixture_denoiser',
    nodes,
    initializers: inits,
    inputs: inputs(o, false),
    outputs: [outputInfo(o)],
  });
}

/** out = x; the timestep input is declared (and passed through a 0-cost Identity) but does not change the output. */
export function identityDenoiser(o: {
  channels: number;
  height: number;
  width: number;
  timestepType?: TimestepType;
}): Uint8Array {
  const c: Common = { ...o, alphasCumprod: new Float64Array(1), prediction: 'eps' };
  return model({
    name: 'identity_denoiser',
    nodes: [node('Identity', ['x'], ['out']), node('Identity', ['t'], ['t_unused'])],
    initializers: [],
    inputs: inputs(c, false),
    outputs: [
      outputInfo(c),
      valueInfo('t_unused', (o.timestepType ?? 'int64') === 'float32' ? DataType.FLOAT : DataType.INT64, ['N']),
    ],
  });
}

export interface LinearGeneratorOptions {
  latent: number;
  channels: number;
  height: number;
  width: number;
  /** Row-major [Z, C·H·W]. */
  weight: ArrayLike<number>;
  bias?: ArrayLike<number>;
  /** z as [N, Z, 1, 1] instead of [N, Z]. */
  zRank4?: boolean;
  /** Per-class offsets, row-major [K, C·H·W]; adds input 1 `y` (int64). */
  classEmbedding?: { numClasses: number; values: ArrayLike<number> };
  activation?: 'tanh' | 'none';
  /** Declare the output's shape (some exporters leave it out). */
  declareOutputShape?: boolean;
}

export function linearGenerator(o: LinearGeneratorOptions): Uint8Array {
  const D = o.channels * o.height * o.width;
  const nodes: Chunks[] = [
    node('Reshape', ['z', 'shape_nz'], ['z2']),
    node('MatMul', ['z2', 'W'], ['h0']),
    node('Add', ['h0', 'b'], ['h1']),
  ];
  let h = 'h1';
  if (o.classEmbedding) {
    nodes.push(node('Gather', ['E', 'y'], ['emb'], { axis: 0 }), node('Add', [h, 'emb'], ['h2']));
    h = 'h2';
  }
  if ((o.activation ?? 'none') === 'tanh') {
    nodes.push(node('Tanh', [h], ['h3']));
    h = 'h3';
  }
  nodes.push(node('Reshape', [h, 'shape_img'], ['img']));
  const inits = [
    i64('shape_nz', [0, -1]),
    i64('shape_img', [-1, o.channels, o.height, o.width]),
    f32('W', [o.latent, D], o.weight),
    f32('b', [D], o.bias ?? new Float64Array(D)),
    ...(o.classEmbedding ? [f32('E', [o.classEmbedding.numClasses, D], o.classEmbedding.values)] : []),
  ];
  return model({
    name: 'linear_generator',
    nodes,
    initializers: inits,
    inputs: [
      valueInfo('z', DataType.FLOAT, o.zRank4 ? ['N', o.latent, 1, 1] : ['N', o.latent]),
      ...(o.classEmbedding ? [valueInfo('y', DataType.INT64, ['N'])] : []),
    ],
    outputs: [
      valueInfo(
        'img',
        DataType.FLOAT,
        o.declareOutputShape === false ? ['N', 'C', 'H', 'W'] : ['N', o.channels, o.height, o.width],
      ),
    ],
  });
}

/** identityEncoder: pixels [N, 3, H, W] (or [N, H, W, 3]) float32 → features [N, 3·H·W], the input flattened. */
export function identityEncoder(H: number, W: number, layout: 'nchw' | 'nhwc'): Uint8Array {
  return model(
    {
      nodes: [node('Flatten', ['pixels'], ['flat'], { axis: 1 })],
      initializers: [],
      inputs: [valueInfo('pixels', DataType.FLOAT, layout === 'nchw' ? ['N', 3, H, W] : ['N', H, W, 3])],
      outputs: [valueInfo('flat', DataType.FLOAT, ['N', 3 * H * W])],
    },
    { opset: 17 },
  );
}
