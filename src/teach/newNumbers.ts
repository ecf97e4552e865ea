import { createRng, type Weights } from '../nn';

/**
 * Fresh numbers for the 2x2 network from a seed, for repeating an exercise: weights and biases in
 * [−2, 2], inputs in [−1, 1], targets in [0.05, 0.95], each rounded to two decimals so they can
 * be worked by hand. The same seed always gives the same network.
 */
export function numbersFromSeed(seed: number): { weights: Weights; x: number[]; t: number[] } {
  const rng = createRng(seed);
  const pick = (lo: number, hi: number) => Math.round((lo + (hi - lo) * rng()) * 100) / 100;
  const layer = () => [0, 1].map(() => [0, 1, 2].map(() => pick(-2, 2)));
  const weights = [layer(), layer()];
  return { weights, x: [pick(-1, 1), pick(-1, 1)], t: [pick(0.05, 0.95), pick(0.05, 0.95)] };
}

/** Seeds a reader can read and type back: 1 … 9999. */
export const SEED_MAX = 9999;

export function isSeed(v: number): boolean {
  return Number.isInteger(v) && v >= 1 && v <= SEED_MAX;
}
