// onnxruntime plumbing for the float64 linear algebra of src/math/: one session cache shared by every kernel that
// runs a small ONNX graph (linear algebra, distance tiles, top-k tiles), the value-info and Gemm helpers the graphs
// are written with, and runGraph, which feeds typed arrays without copies.
import * as ort from 'onnxruntime-node';
import { DataType, node, model, valueInfo } from '../features/onnx-writer.js';
import { cpuSessionOptions, webgpuSessionOptions } from '../features/session.js';

export interface GraphSpec {
  nodes: ReturnType<typeof node>[];
  inputs: ReturnType<typeof valueInfo>[];
  outputs: ReturnType<typeof valueInfo>[];
}

const sessions = new Map<string, Promise<ort.InferenceSession>>();

/**
 * The one cached ORT session per key (module level; the graphs' dimensions are symbolic, so a graph serves all
 * sizes). `build` runs once, on the first call for the key; `options` default to cpuSessionOptions().
 */
export function cachedSession(
  key: string,
  build: () => GraphSpec,
  options?: () => ort.InferenceSession.SessionOptions,
): Promise<ort.InferenceSession> {
  let s = sessions.get(key);
  if (!s) {
    const g = build();
    s = ort.InferenceSession.create(
      model({ name: key, nodes: g.nodes, initializers: [], inputs: g.inputs, outputs: g.outputs }, { opset: 17 }),
      options ? options() : cpuSessionOptions(),
    );
    sessions.set(key, s);
  }
  return s;
}

/**
 * Where the metrics' float32 tiles (distance and Gram tiles of PRDC, KID, memorization) run: the device the features
 * were extracted on. WebGPU runs them on the GPU: WGSL's f32 addition and multiplication are correctly rounded
 * (WGSL § 15.7), so a float32 dot product there obeys the same any-order error bound (γ_d‖x‖‖y‖) as on the CPU, which
 * is what the float64 re-checks near thresholds rely on. CUDA does not: onnxruntime's CUDA provider lets cuBLAS use
 * TF32 (11-bit products) for float32 Gemm, and onnxruntime-node cannot turn that off, so with 'cuda' the tiles stay
 * on the CPU. Float64 graphs always run on the CPU (WebGPU has no float64).
 */
export type MetricsDevice = 'cpu' | 'cuda' | 'webgpu';

/**
 * The cached session of a float32 tile graph on `device` (see MetricsDevice); on the CPU when the device cannot be
 * used (or when no session can be made there). The graph's result does not depend on where it runs beyond float32
 * rounding.
 */
export function tileSession(
  key: string,
  build: () => GraphSpec,
  device: MetricsDevice = 'cpu',
  cpuOptions?: () => ort.InferenceSession.SessionOptions,
): Promise<ort.InferenceSession> {
  if (device !== 'webgpu') {
    if (device === 'cuda') tileProviders.set(key, 'cpu');
    return cachedSession(key, build, cpuOptions);
  }
  const gpuKey = `${key}@webgpu`;
  let s = sessions.get(gpuKey);
  if (!s) {
    s = cachedSession(gpuKey, build, () => webgpuSessionOptions()).then(
      (gpu) => {
        tileProviders.set(key, 'webgpu');
        return gpu;
      },
      () => {
        tileProviders.set(key, 'cpu');
        return cachedSession(key, build, cpuOptions);
      },
    );
    sessions.set(gpuKey, s);
  }
  return s;
}

/** Where tileSession placed each graph asked for on a GPU device: 'webgpu', or 'cpu' (asked for with 'cuda', or no
 * WebGPU session could be made). */
export const tileProviders = new Map<string, 'webgpu' | 'cpu'>();

/**
 * A session for the linear-algebra graphs of src/math/. The intra-op threads do not spin between operators: these
 * graphs are chains of short, often memory-bound Gemms called hundreds of times with JS work in between, and on a busy
 * machine spinning workers measured 2–4× slower
 * (they compete with the JS thread and with each other) while on an idle one the difference is within noise.
 * No memory arena: at d = 2048 the arenas of these sessions kept ~250 MB after the call for no measurable speed-up.
 */
export function graphSession(key: string, build: () => GraphSpec): Promise<ort.InferenceSession> {
  return cachedSession(`linalg:${key}`, build, () => ({
    ...cpuSessionOptions(),
    enableCpuMemArena: false,
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  }));
}

export const f64 = (name: string, dims: (number | string)[]) => valueInfo(name, DataType.DOUBLE, dims);
export const i64 = (name: string, dims: (number | string)[]) => valueInfo(name, DataType.INT64, dims);

/** ONNX Gemm: Y = alpha·op(A)·op(B) + beta·C. */
export function gemm(
  a: string,
  b: string,
  c: string | undefined,
  y: string,
  o: { ta?: boolean; tb?: boolean; alpha?: number; beta?: number } = {},
) {
  const attrs: Record<string, { float: number } | number> = {
    alpha: { float: o.alpha ?? 1 },
    beta: { float: o.beta ?? 1 },
  };
  if (o.ta) attrs.transA = 1;
  if (o.tb) attrs.transB = 1;
  return node('Gemm', c ? [a, b, c] : [a, b], [y], attrs);
}

export type Feed = [Float64Array | BigInt64Array, number[]];

/**
 * Runs a cached graph. Inputs are passed to ORT without a copy (views into larger arrays are fine). An output comes
 * back as a new array, unless `outputs` gives an array (and shape) for it: that array is then filled. Reusing such
 * arrays across calls saves allocating fresh, page-faulting memory for each output (about half the time of a call
 * whose output is a few MB), so large outputs of repeated calls go to reused arrays.
 */
export async function runGraph(
  session: Promise<ort.InferenceSession>,
  feeds: Record<string, Feed>,
  outputs: Record<string, Feed> = {},
): Promise<Record<string, Float64Array>> {
  const s = await session;
  const inputs: Record<string, ort.Tensor> = {};
  for (const [k, [data, dims]] of Object.entries(feeds))
    inputs[k] = new ort.Tensor(data instanceof BigInt64Array ? 'int64' : 'float64', data, dims);
  // preallocated outputs: filled in place; they must not overlap an input (an internal error, not a user's)
  const preallocated = Object.keys(outputs).length > 0;
  for (const [k, [o]] of Object.entries(outputs))
    for (const [i, [x]] of Object.entries(feeds))
      if (overlaps(o, x)) throw new Error(`runGraph: output ${k} overlaps input ${i}`);
  const fetches: Record<string, ort.Tensor | null> = {};
  for (const k of s.outputNames) {
    const o = outputs[k];
    fetches[k] = o ? new ort.Tensor('float64', o[0] as Float64Array, o[1]) : null;
  }
  const res = preallocated ? await s.run(inputs, fetches) : await s.run(inputs);
  const out: Record<string, Float64Array> = {};
  for (const k of s.outputNames) out[k] = outputs[k] ? (outputs[k][0] as Float64Array) : (res[k].data as Float64Array);
  return out;
}

function overlaps(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return (
    a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength
  );
}

export const i64s = (...v: number[]) => BigInt64Array.from(v.map((x) => BigInt(x)));

/** Adds elapsed seconds since t0 to timings[key] (when timings are collected). */
export function lap(timings: Record<string, number> | undefined, key: string, t0: number): number {
  const t = performance.now();
  if (timings) timings[key] = (timings[key] ?? 0) + (t - t0) / 1000;
  return t;
}
