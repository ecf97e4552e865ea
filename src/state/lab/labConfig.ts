import type { Sample } from '../../nn';
import { XOR } from '../../nn';

/**
 * The lab of sections 9–10: a 2-4-1 network learning XOR. Everything a setting may be, and
 * every range a shared link or an imported file is checked against, is defined here once.
 */
export const LAB_SIZES: readonly number[] = Object.freeze([2, 4, 1]);
export const LAB_DATA: readonly Sample[] = XOR;
/** The inputs alone, the columns of X (section 9). */
export const LAB_INPUTS: readonly (readonly number[])[] = XOR.map((s) => s.x);

export type BatchSize = 1 | 2 | 4;
export type Reduction = 'mean' | 'sum';

export interface LabSettings {
  /** η in w ← w − η·∂E/∂w */
  learningRate: number;
  /** samples per update: 4 = the whole set, 1 = per-sample SGD */
  batchSize: BatchSize;
  /** how a batch's per-sample gradients combine */
  reduction: Reduction;
  /** μ in v ← μv − η∇E; w ← w + v (0 = plain gradient descent) */
  momentum: number;
  /** p, the probability that a hidden unit is dropped in a training pass */
  dropout: number;
  /** a fresh, seeded order of the samples every epoch */
  shuffle: boolean;
  /** epochs trained per animation frame while playing (at most; see trainingLoop.ts) */
  speed: number;
}

export const DEFAULT_SETTINGS: Readonly<LabSettings> = Object.freeze({
  learningRate: 2,
  batchSize: 4,
  reduction: 'mean',
  momentum: 0,
  dropout: 0,
  shuffle: false,
  speed: 10,
});

export const DEFAULT_LAB_SEED = 1;

export const BATCH_SIZES: readonly BatchSize[] = [1, 2, 4];
export const REDUCTIONS: readonly Reduction[] = ['mean', 'sum'];
export const SPEEDS: readonly number[] = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000];

/** η may be typed anywhere in this range; the slider covers 10^-3 … 10^3. */
export const LEARNING_RATE_RANGE = { min: 1e-6, max: 1e300 } as const;
export const LEARNING_RATE_SLIDER = { min: -3, max: 3, step: 0.1 } as const;
/** The engine needs μ < 1 and p < 1; beyond these the lab is not instructive. */
export const MOMENTUM_RANGE = { min: 0, max: 0.99, step: 0.01 } as const;
export const DROPOUT_RANGE = { min: 0, max: 0.9, step: 0.05 } as const;
/** Seeds are 32-bit: the PRNG uses the low 32 bits only, so larger ones would alias. */
export const SEED_RANGE = { min: 0, max: 4294967295 } as const;
export const MAX_EPOCH = 1e12;

/**
 * Beyond ±10^6 every sigmoid a weight feeds is pinned to 0 or 1 (σ′ ≈ 0), so training can
 * never bring it back: the lab pauses there and reports the parameter (see advance.ts). The
 * same bound limits weights and velocities arriving from a link or a file.
 */
export const WEIGHT_LIMIT = 1e6;

/** Where the reader's chosen quantities start. */
export const DEFAULT_SELECTED_SAMPLE = 1;
