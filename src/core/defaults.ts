// Every default that more than one module relies on, stated once. This module imports nothing, so the CLI's help
// text can quote them without loading onnxruntime or sharp.

/** Seed of the analysis (KID subsets, FD∞'s permutation, the bootstrap): torch-fidelity's default KID seed. */
export const DEFAULT_ANALYSIS_SEED = 2020;

/** KID is computed over all pairs up to this many (real × generated) pairs, with 100 subsets of 1,000 above. */
export const KID_FULL_MAX_PAIRS = 25e6;

/** The Inception Score's splits (torch-fidelity's and the original paper's 10). */
export const IS_SPLITS = 10;

/** Images per feature-extraction batch (--batch-size, input batch-size). */
export const DEFAULT_BATCH_SIZE = 50;
/**
 * Images per feature-extraction batch on a GPU (CUDA, WebGPU) when none is given. A batch the device refuses (WebGPU
 * binds each tensor whole, up to the adapter's maxStorageBufferBindingSize: on Mesa's lavapipe, 128 MiB, a batch of
 * 48 Inception images fails in Conv2d_2a_3x3 while 47 run) runs again in halves, and the session's later batches in
 * the size that worked (extractFeatures), so this default serves GPUs with large limits without failing on small ones.
 */
export const GPU_BATCH_SIZE = 200;
/** The largest feature-extraction batch accepted. */
export const MAX_BATCH_SIZE = 100_000;

/** 2 * PIL.Image.MAX_IMAGE_PIXELS (Pillow 9.4: int(1024 * 1024 * 1024 // 4 // 3) = 89478485). */
export const DEFAULT_MAX_PIXELS = 178956970;

export const DEFAULT_BOOTSTRAP_REPLICATES = 200;
/** At most this many replicates: their values travel in the metrics JSON (≈ 18 bytes each per metric), which a later
 *  run reads back under a 1 MiB limit. */
export const MAX_BOOTSTRAP_REPLICATES = 5000;

/** Seeds are 32-bit. */
export const MAX_SEED = 2 ** 32 - 1;

/** The sampler's defaults (fid-gate sample, compare --generator, the Action's sampler inputs). */
export const SAMPLER_DEFAULTS = {
  seed: 0,
  ganBatchSize: 64,
  diffusionBatchSize: 16,
  trainSteps: 1000,
  /** DDIM's steps (at most the training steps); DDPM defaults to the training steps. */
  ddimSteps: 50,
  eta: 0,
  timeoutSeconds: 3600,
} as const;

/** fid-gate elbo and compare --elbo-images. */
export const ELBO_DEFAULTS = { draws: 16, batchSize: 64 } as const;
