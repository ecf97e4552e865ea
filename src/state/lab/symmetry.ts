import type { ReadonlyWeights, Weights } from '../../nn';

/** The value every weight and bias of a layer gets from "start with all weights equal". */
export const EQUAL_WEIGHT = 0.5;

/** Every entry of every layer set to EQUAL_WEIGHT: the same shapes as `weights`. */
export const equalWeights = (weights: ReadonlyWeights): Weights =>
  weights.map((m) => m.map((r) => r.map(() => EQUAL_WEIGHT)));

/**
 * Are all hidden units of the first hidden layer interchangeable? True when they receive the
 * same weights (equal rows of W1, bias included) and send the same weight to each unit of the
 * next layer (within each row of W2, the columns from those units are equal). Then they compute
 * the same activation, get the same δ, hence the same gradient, and stay identical: symmetry.
 */
export function hiddenUnitsIdentical(weights: ReadonlyWeights): boolean {
  const [W1, W2] = weights;
  if (!W1 || !W2 || W1.length < 2) return false;
  const first = W1[0] as readonly number[];
  const sameRows = W1.every((r) => r.length === first.length && r.every((v, j) => v === first[j]));
  const sameOut = W2.every((r) => r.slice(0, W1.length).every((v) => v === r[0]));
  return sameRows && sameOut;
}
