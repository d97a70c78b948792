// Defaults that more than one module relies on, stated once.

/** Seed of the analysis (KID subsets, FD∞'s permutation, the bootstrap): torch-fidelity's default KID seed. */
export const DEFAULT_ANALYSIS_SEED = 2020;

/** KID is computed over all pairs up to this many (real × generated) pairs, with 100 subsets of 1,000 above. */
export const KID_FULL_MAX_PAIRS = 25e6;

/** The Inception Score's splits (torch-fidelity's and the original paper's 10). */
export const IS_SPLITS = 10;

/** Images per batch of the feature extraction. */
export const DEFAULT_BATCH_SIZE = 50;
