import { copyWeightsIn, createFlatNet, forwardFlat, lossFlat } from './flatNet';
import { layerSizes } from './matrix';
import { type Model, resolveModel } from './model';
import type { ReadonlyWeights } from './types';
import { validateWeights } from './validate';

/**
 * The network on the engine's flat path, for figures that evaluate it thousands of times per
 * frame (the decision heatmap, the loss landscape): the same loops as forward() and train(), so
 * the same numbers, with no allocation per call.
 */
export interface FastNet {
  /** the flat parameters: W1 row by row, then W2; writable, so a caller can vary two of them */
  readonly w: Float64Array;
  /** the output units for input x (a view into the net's buffer, overwritten by the next call) */
  output(x: ArrayLike<number>): Float64Array;
  /** the set's error: each sample's E (the model's loss), then their mean or sum */
  setError(
    data: readonly { x: ArrayLike<number>; t: ArrayLike<number> }[],
    reduction: 'mean' | 'sum',
  ): number;
}

export interface FastNetOptions {
  /** Replaces the sigmoid (e.g. by a table lookup, for a picture where 1e-6 is invisible). */
  sigma?: (z: number) => number;
}

export function fastNet(weights: ReadonlyWeights, model?: Model, options: FastNetOptions = {}): FastNet {
  validateWeights(weights);
  const sizes = layerSizes(weights);
  const fn = createFlatNet(sizes, resolveModel(model, weights.length), { sigma: options.sigma });
  copyWeightsIn(weights, fn.w);
  const L = fn.L;
  const out = fn.out.subarray(fn.aOff[L], fn.aOff[L + 1]);

  function output(x: ArrayLike<number>): Float64Array {
    forwardFlat(fn, x, 0, 0, 1);
    return out;
  }

  function setError(
    data: readonly { x: ArrayLike<number>; t: ArrayLike<number> }[],
    reduction: 'mean' | 'sum',
  ) {
    let total = 0;
    for (const s of data) {
      forwardFlat(fn, s.x, 0, 0, 1);
      total += lossFlat(fn, s.t, 0);
    }
    return reduction === 'mean' ? total / data.length : total;
  }

  return { w: fn.w, output, setError };
}
