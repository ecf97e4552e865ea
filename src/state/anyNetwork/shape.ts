import { createRng, hashSeed, initWeights, type Weights } from '../../nn';

/**
 * The shapes section 8 lets the reader pick: 2 to 5 layers counting the input and the
 * output (so 1 to 4 weight matrices W^1 … W^L), each of 1 to 8 units. Small enough that every
 * matrix of the recursion fits beside the prose, large enough to show it is shape-agnostic.
 */
export const LIMITS = { minLayers: 2, maxLayers: 5, minUnits: 1, maxUnits: 8 } as const;

export const DEFAULT_SIZES: readonly number[] = [2, 3, 3, 2];
export const DEFAULT_SEED = 1;

export interface CheckedSizes {
  sizes: number[];
  /** what had to change, in words for the reader; empty when the request was valid */
  problems: string[];
}

const layerName = (l: number, count: number) =>
  l === 0 ? 'the input layer' : l === count - 1 ? 'the output layer' : `hidden layer ${l}`;

/**
 * Bring a requested shape within LIMITS: too few or too many layers are padded or cut,
 * a size that is not a whole number falls back to 2, and sizes out of range are clamped.
 * Every change is reported, so the figure can say what happened instead of failing.
 */
export function checkSizes(requested: readonly unknown[]): CheckedSizes {
  const problems: string[] = [];
  let list = Array.isArray(requested) ? [...requested] : [];
  if (list.length < LIMITS.minLayers || list.length > LIMITS.maxLayers) {
    problems.push(
      `A network here has ${LIMITS.minLayers} to ${LIMITS.maxLayers} layers (input and output included); ${list.length} asked for.`,
    );
    list = list.slice(0, LIMITS.maxLayers);
    while (list.length < LIMITS.minLayers) list.push(2);
  }
  const sizes = list.map((n, l) => {
    const name = layerName(l, list.length);
    if (typeof n !== 'number' || !Number.isFinite(n) || !Number.isInteger(n)) {
      problems.push(`The size of ${name} must be a whole number; ${String(n)} became 2.`);
      return 2;
    }
    const clamped = Math.min(LIMITS.maxUnits, Math.max(LIMITS.minUnits, n));
    if (clamped !== n) {
      problems.push(
        `Each layer has ${LIMITS.minUnits} to ${LIMITS.maxUnits} units; ${name} asked for ${n} and got ${clamped}.`,
      );
    }
    return clamped;
  });
  return { sizes, problems };
}

/** Resize a shape to `count` layers, keeping the sizes it had and the output layer's size. */
export function withLayerCount(sizes: readonly number[], count: number): number[] {
  if (count === sizes.length) return [...sizes];
  const output = sizes[sizes.length - 1];
  const body = sizes.slice(0, -1);
  while (body.length < count - 1) body.push(3);
  return [...body.slice(0, count - 1), output];
}

export interface SeededNetwork {
  weights: Weights;
  x: number[];
  t: number[];
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Weights for `sizes` from src/nn's initWeights(sizes, seed), plus an input x in [−1, 1] and
 * a target t in [0.05, 0.95] (a sigmoid output can reach it), both from their own stream of
 * the same seed and rounded to two decimals so the reader can copy them.
 */
export function seededNetwork(sizes: readonly number[], seed: number): SeededNetwork {
  const weights = initWeights(sizes, seed);
  const rng = createRng(hashSeed(seed, -2));
  const x = Array.from({ length: sizes[0] }, () => round2(2 * rng() - 1));
  const t = Array.from({ length: sizes[sizes.length - 1] }, () => round2(0.05 + 0.9 * rng()));
  return { weights, x, t };
}
