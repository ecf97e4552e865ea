/** A matrix stored as rows: m[i][j] is row i, column j. */
export type Matrix = number[][];

/**
 * Weights[l] maps layer l (plus the appended 1) to layer l+1: one row per receiving unit,
 * one column per sending unit, plus a LAST column for the bias.
 */
export type Weights = Matrix[];

/** One training example: input x and target t. */
export interface Sample {
  x: number[];
  t: number[];
}

/** Read-only views, so functions can promise in their signature not to mutate their inputs. */
export type ReadonlyMatrix = readonly (readonly number[])[];
export type ReadonlyWeights = readonly ReadonlyMatrix[];
