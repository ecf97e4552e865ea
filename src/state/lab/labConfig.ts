import type { Loss, Model, ReadonlyWeights } from '../../nn';

/**
 * The lab of sections 9–10: a 2-h-1 network (h = 4 by default) learning XOR or another data
 * set. Everything a setting may be, and every range a shared link or an imported file is
 * checked against, is defined here once.
 */
export const DEFAULT_WIDTH = 4;
/** The hidden layer's width: 1 to 8 units. */
export const WIDTH_RANGE = { min: 1, max: 8 } as const;
export const WIDTHS: readonly number[] = Array.from(
  { length: WIDTH_RANGE.max - WIDTH_RANGE.min + 1 },
  (_, k) => WIDTH_RANGE.min + k,
);
/** The layer sizes for hidden width `width`: two inputs, `width` hidden units, one output. */
export const labSizes = (width: number): readonly number[] => [2, width, 1];
/** The default network's sizes, 2-4-1. */
export const LAB_SIZES: readonly number[] = Object.freeze(labSizes(DEFAULT_WIDTH));
/** The hidden width of a lab network: the rows of W1. */
export const widthOf = (weights: ReadonlyWeights): number => weights[0]?.length ?? DEFAULT_WIDTH;

/** The hidden layer's activation; the output stays a sigmoid, so cross-entropy is always valid. */
export type HiddenActivation = 'sigmoid' | 'tanh' | 'relu' | 'linear';
export const HIDDEN_ACTIVATIONS: readonly HiddenActivation[] = ['sigmoid', 'tanh', 'relu', 'linear'];
export const LAB_LOSSES: readonly Loss[] = ['squared', 'half-squared', 'cross-entropy'];

/** The engine's model for the lab's settings. */
export const labModel = (s: { activation: HiddenActivation; loss: Loss }): Model => ({
  activation: [s.activation, 'sigmoid'],
  loss: s.loss,
});

export type BatchSize = number;
export type Reduction = 'mean' | 'sum';

export interface LabSettings {
  /** η in w ← w − η·∂E/∂w */
  learningRate: number;
  /** samples per update: the set's size = the whole set, 1 = per-sample SGD (see batchOptions) */
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
  /** the hidden layer's activation (the output unit is always a sigmoid) */
  activation: HiddenActivation;
  /** the error of one sample: (o − t)², ½(o − t)² or the cross-entropy */
  loss: Loss;
}

export const DEFAULT_SETTINGS: Readonly<LabSettings> = Object.freeze({
  learningRate: 2,
  batchSize: 4,
  reduction: 'mean',
  momentum: 0,
  dropout: 0,
  shuffle: false,
  speed: 10,
  activation: 'sigmoid',
  loss: 'squared',
});

export const DEFAULT_LAB_SEED = 1;

/** XOR's batch sizes, as they always were. */
export const BATCH_SIZES: readonly BatchSize[] = [1, 2, 4];

/**
 * The batch sizes that make sense for a set of n samples: 1, 2, 4 for XOR's four; otherwise
 * 1, 4, 16 and the whole set (those below n), so a batch never claims more samples than exist.
 */
export function batchOptions(n: number): readonly BatchSize[] {
  if (n <= 4) return n <= 1 ? [1] : n === 4 ? BATCH_SIZES : [...new Set([1, 2, n])].filter((b) => b <= n);
  return [...[1, 4, 16].filter((b) => b < n), n];
}

/**
 * The batch size after the set changes from `from` to `to` samples: the whole set stays the
 * whole set; a size the new set still offers stays; anything else becomes the whole set.
 */
export function carryBatch(batch: number, from: number, to: number): BatchSize {
  const options = batchOptions(to);
  if (batch >= from) return options[options.length - 1] as number;
  return options.includes(batch) ? batch : (options[options.length - 1] as number);
}
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

/** The loss landscape's default axes, W1[1,1] (i1 → h1) against W1[1,2] (i2 → h1): one hidden unit's two input weights (present at every width). */
export const DEFAULT_AXES: readonly [string, string] = ['L0r0c0', 'L0r0c1'];
