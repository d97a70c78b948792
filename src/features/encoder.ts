// Bring-your-own ONNX encoders (`--encoder PATH.onnx`): DINOv2, CLIP or any image model whose output is [N, D].
// The preprocessing is done here in TypeScript, as the reference Python pipelines do it on a PIL image:
//   dinov2  dgm-eval (Stein et al. 2023): torchvision Resize((224, 224), BICUBIC) on the PIL image, ToTensor,
//           Normalize(ImageNet mean, std)
//   clip    OpenAI CLIP's preprocess: Resize(224, BICUBIC) (shorter side to 224), CenterCrop(224), ToTensor,
//           Normalize(CLIP mean, std)
//   custom  --encoder-size HxW (stretch) or S (shorter side to S, center crop S×S), --encoder-mean/-std,
//           --encoder-layout nchw|nhwc, --encoder-range 0-1|0-255
// Resizing a PIL RGB image is Pillow's 8-bit antialiased resampler (pilBicubicResizeUint8, bit-exact with Pillow 9.4);
// ToTensor's /255 and Normalize's (x − mean)/std are float32 operations, reproduced with float32 rounding.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { RgbImage } from '../images/decode.js';
import { InputError } from '../util/errors.js';
import { pilBicubicResizeUint8 } from './clean-resize.js';
import type { ModelInput } from './extract.js';

export type EncoderPresetName = 'dinov2' | 'clip' | 'custom';
export const ENCODER_PRESETS: readonly EncoderPresetName[] = ['dinov2', 'clip', 'custom'];
export type EncoderLayout = 'nchw' | 'nhwc';
export type EncoderRange = '0-1' | '0-255';
type Triple = readonly [number, number, number];

export interface EncoderPreprocess {
  preset: EncoderPresetName;
  /** Model input size. */
  width: number;
  height: number;
  /** 'stretch': resize to width×height; 'crop': shorter side to width (= height), then a center crop. */
  fit: 'stretch' | 'crop';
  mean: Triple;
  std: Triple;
  layout: EncoderLayout;
  /** '0-1': pixel/255 before the normalization (torchvision ToTensor); '0-255': the pixel values as they are. */
  range: EncoderRange;
}

const IMAGENET_MEAN: Triple = [0.485, 0.456, 0.406];
const IMAGENET_STD: Triple = [0.229, 0.224, 0.225];
const CLIP_MEAN: Triple = [0.48145466, 0.4578275, 0.40821073];
const CLIP_STD: Triple = [0.26862954, 0.26130258, 0.27577711];

export const PRESET_PREPROCESS: Record<'dinov2' | 'clip', EncoderPreprocess> = {
  dinov2: {
    preset: 'dinov2',
    width: 224,
    height: 224,
    fit: 'stretch',
    mean: IMAGENET_MEAN,
    std: IMAGENET_STD,
    layout: 'nchw',
    range: '0-1',
  },
  clip: {
    preset: 'clip',
    width: 224,
    height: 224,
    fit: 'crop',
    mean: CLIP_MEAN,
    std: CLIP_STD,
    layout: 'nchw',
    range: '0-1',
  },
};

/** A parsed `--encoder PATH.onnx` with its preprocessing. */
export interface EncoderSpec {
  path: string;
  preprocess: EncoderPreprocess;
  /** Output to use (default: the model's first output). */
  output?: string;
}

/** The raw option values (CLI flags or Action inputs). */
export interface EncoderArgs {
  encoder?: string;
  preset?: string;
  output?: string;
  size?: string;
  mean?: string;
  std?: string;
  layout?: string;
  range?: string;
}

/** How to name an option in errors: the CLI says `--encoder-size`, the Action `input encoder-preset`. */
export type OptionNamer = (
  key:
    | 'encoder'
    | 'encoder-preset'
    | 'encoder-output'
    | 'encoder-size'
    | 'encoder-mean'
    | 'encoder-std'
    | 'encoder-layout'
    | 'encoder-range',
) => string;
export const cliOptionName: OptionNamer = (k) => `--${k}`;

function parseTriple(v: string, name: string, positive: boolean): Triple {
  const parts = v.split(',').map((s) => s.trim());
  const nums = parts.map(Number);
  if (
    parts.length !== 3 ||
    parts.some((s) => s === '') ||
    nums.some((n) => !Number.isFinite(n)) ||
    (positive && nums.some((n) => n <= 0))
  ) {
    throw new InputError(
      `${name}: expected three ${positive ? 'positive ' : ''}numbers a,b,c (one per RGB channel), got "${v}"`,
      name,
    );
  }
  return [nums[0], nums[1], nums[2]];
}

function parseSize(v: string, name: string): { width: number; height: number; fit: 'stretch' | 'crop' } {
  const m = /^\s*(\d+)\s*(?:[x×]\s*(\d+))?\s*$/i.exec(v);
  const ok = (n: number) => Number.isInteger(n) && n >= 1 && n <= 8192;
  if (m) {
    if (m[2] === undefined) {
      const s = Number(m[1]);
      if (ok(s)) return { width: s, height: s, fit: 'crop' };
    } else {
      const h = Number(m[1]),
        w = Number(m[2]);
      if (ok(h) && ok(w)) return { width: w, height: h, fit: 'stretch' };
    }
  }
  throw new InputError(
    `${name}: expected HxW (resize to exactly H×W) or S (shorter side to S, then a center crop S×S), got "${v}"`,
    name,
  );
}

/**
 * `--encoder` and its companions → an EncoderSpec, or undefined for the Inception network (`--encoder` unset or
 * "inception"). The preset may carry the custom settings as key=value words ("custom size=224x224 mean=0.5,0.5,0.5
 * std=0.5,0.5,0.5 layout=nchw range=0-1"), which is how the Action passes them in one input.
 */
const CUSTOM_KEYS = ['size', 'mean', 'std', 'layout', 'range'] as const;
type CustomSettings = Partial<Record<(typeof CUSTOM_KEYS)[number], string>>;
const given = (v: string | undefined) => v !== undefined && v.trim() !== '';

/** The custom settings, from their own options and from key=value words after the preset's name (each once). */
function customSettings(a: EncoderArgs, words: string[], name: OptionNamer): CustomSettings {
  const custom: CustomSettings = {};
  for (const c of CUSTOM_KEYS) if (given(a[c])) custom[c] = a[c]!.trim();
  for (const wd of words) {
    const m = /^([a-z]+)=(.+)$/i.exec(wd);
    const key = m?.[1].toLowerCase() as (typeof CUSTOM_KEYS)[number] | undefined;
    if (!m || !key || !(CUSTOM_KEYS as readonly string[]).includes(key)) {
      throw new InputError(
        `${name('encoder-preset')}: cannot read "${wd}" (after the preset name: size=, mean=, std=, layout=, range=)`,
        'encoder-preset',
      );
    }
    if (custom[key] !== undefined)
      throw new InputError(`${name('encoder-preset')}: ${key} is given twice`, 'encoder-preset');
    custom[key] = m[2];
  }
  return custom;
}

/** The custom preset's preprocessing: size (required), mean, std, layout and range. */
function customPreprocess(custom: CustomSettings, name: OptionNamer): EncoderPreprocess {
  if (custom.size === undefined) {
    throw new InputError(
      `${name('encoder-preset')} custom needs ${name('encoder-size')} (HxW, or S for shorter side + center crop)`,
      'encoder-size',
    );
  }
  const size = parseSize(custom.size, name('encoder-size'));
  const layout = (custom.layout ?? 'nchw').toLowerCase();
  if (layout !== 'nchw' && layout !== 'nhwc')
    throw new InputError(`${name('encoder-layout')}: expected nchw or nhwc, got "${custom.layout}"`, 'encoder-layout');
  const range = (custom.range ?? '0-1').toLowerCase();
  if (range !== '0-1' && range !== '0-255')
    throw new InputError(`${name('encoder-range')}: expected 0-1 or 0-255, got "${custom.range}"`, 'encoder-range');
  return {
    preset: 'custom',
    ...size,
    mean: custom.mean === undefined ? [0, 0, 0] : parseTriple(custom.mean, name('encoder-mean'), false),
    std: custom.std === undefined ? [1, 1, 1] : parseTriple(custom.std, name('encoder-std'), true),
    layout,
    range,
  };
}

/** A named preset's fixed preprocessing; custom settings beside it are refused. */
function namedPreprocess(presetName: string, custom: CustomSettings, name: OptionNamer): EncoderPreprocess {
  const extra = Object.keys(custom);
  if (extra.length) {
    throw new InputError(
      `${extra.map((k) => name(`encoder-${k}` as Parameters<OptionNamer>[0])).join(', ')}: only with ${name('encoder-preset')} custom (the ${presetName} preset fixes its preprocessing)`,
      'encoder-preset',
    );
  }
  return PRESET_PREPROCESS[presetName as 'dinov2' | 'clip'];
}

export function parseEncoderArgs(a: EncoderArgs, name: OptionNamer = cliOptionName): EncoderSpec | undefined {
  const enc = a.encoder?.trim();
  if (!enc || enc.toLowerCase() === 'inception') {
    for (const [k, v] of [
      ['encoder-preset', a.preset],
      ['encoder-output', a.output],
      ...CUSTOM_KEYS.map((c) => [`encoder-${c}`, a[c]] as const),
    ] as const) {
      if (given(v))
        throw new InputError(
          `${name(k as Parameters<OptionNamer>[0])} is for an ONNX encoder: give ${name('encoder')} PATH.onnx too`,
          k,
        );
    }
    return undefined;
  }
  if (!enc.toLowerCase().endsWith('.onnx')) {
    throw new InputError(
      `${name('encoder')}: expected "inception" or the path of an .onnx model, got "${enc}"`,
      'encoder',
    );
  }
  const words = (a.preset ?? '').trim().split(/\s+/).filter(Boolean);
  const presetName = (words.shift() ?? '').toLowerCase();
  if (!presetName) {
    throw new InputError(
      `${name('encoder')} ${enc} needs ${name('encoder-preset')} dinov2, clip or custom (the preprocessing the model was trained with)`,
      'encoder-preset',
    );
  }
  if (!(ENCODER_PRESETS as readonly string[]).includes(presetName)) {
    throw new InputError(
      `${name('encoder-preset')}: expected dinov2, clip or custom, got "${presetName}"`,
      'encoder-preset',
    );
  }
  const custom = customSettings(a, words, name);
  const pre = presetName === 'custom' ? customPreprocess(custom, name) : namedPreprocess(presetName, custom, name);
  const output = a.output?.trim() || undefined;
  return { path: enc, preprocess: pre, output };
}

/** The preprocessing as one line: it goes into the protocol, so two runs compare only when it is the same. */
export function describePreprocess(p: EncoderPreprocess, output: string): string {
  const resize =
    p.fit === 'crop'
      ? `PIL bicubic shorter side ${p.width}, center crop ${p.width}x${p.height}`
      : `PIL bicubic ${p.height}x${p.width}`;
  const scale = p.range === '0-1' ? '/255, ' : '';
  return `${p.preset}: ${resize}, ${scale}mean ${p.mean.join(',')}, std ${p.std.join(',')}, ${p.layout.toUpperCase()} float32, output ${output}`;
}

/** Python's round() (half to even), as torchvision's center_crop uses it. */
function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const d = x - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

/** torchvision's size for Resize(S) (an int): the shorter side becomes S, the longer int(S·long/short). */
export function shorterSideSize(w: number, h: number, s: number): { width: number; height: number } {
  return w <= h ? { width: s, height: Math.trunc((s * h) / w) } : { width: Math.trunc((s * w) / h), height: s };
}

/** The resized (and cropped) uint8 RGB image the model sees, before normalization. */
export function resizeForEncoder(
  img: { width: number; height: number; data: Uint8Array },
  p: EncoderPreprocess,
): Uint8Array {
  const { width: w, height: h } = img;
  if (p.fit === 'stretch') {
    return w === p.width && h === p.height ? img.data : pilBicubicResizeUint8(img.data, w, h, 3, p.width, p.height);
  }
  const r = shorterSideSize(w, h, p.width);
  const resized =
    r.width === w && r.height === h ? img.data : pilBicubicResizeUint8(img.data, w, h, 3, r.width, r.height);
  const left = roundHalfEven((r.width - p.width) / 2);
  const top = roundHalfEven((r.height - p.height) / 2);
  if (left === 0 && top === 0 && r.width === p.width && r.height === p.height) return resized;
  const out = new Uint8Array(p.width * p.height * 3);
  for (let y = 0; y < p.height; y++) {
    const from = ((y + top) * r.width + left) * 3;
    out.set(resized.subarray(from, from + p.width * 3), y * p.width * 3);
  }
  return out;
}

/** Per channel, the float32 value of every uint8 pixel after ToTensor (optional) and Normalize. */
function normalizationTable(p: EncoderPreprocess): Float32Array {
  const t = new Float32Array(3 * 256);
  for (let c = 0; c < 3; c++) {
    const m = Math.fround(p.mean[c]),
      s = Math.fround(p.std[c]);
    for (let v = 0; v < 256; v++) {
      const x = p.range === '0-1' ? Math.fround(v / 255) : v;
      t[c * 256 + v] = Math.fround(x - m) / s; // float32 sub, then float32 div (rounded by the store)
    }
  }
  return t;
}

/** The encoder's input preparation for the extraction loop (every image becomes one input of the same shape). */
export function encoderInput(p: EncoderPreprocess): ModelInput {
  const table = normalizationTable(p);
  const { width: W, height: H } = p;
  const plane = W * H;
  return {
    batchKey: () => '',
    dims: (n) => (p.layout === 'nchw' ? [n, 3, H, W] : [n, H, W, 3]),
    write(img: RgbImage, out: Float32Array, offset: number): void {
      const rgb = resizeForEncoder(img, p);
      if (p.layout === 'nhwc') {
        for (let i = 0; i < plane * 3; i++) out[offset + i] = table[(i % 3) * 256 + rgb[i]];
      } else {
        for (let i = 0, j = 0; i < plane; i++, j += 3) {
          out[offset + i] = table[rgb[j]];
          out[offset + plane + i] = table[256 + rgb[j + 1]];
          out[offset + 2 * plane + i] = table[512 + rgb[j + 2]];
        }
      }
    },
  };
}

/** SHA-256 of a file, streamed (an encoder can be larger than a Buffer should hold twice). */
export function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', (b) => h.update(b))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}
