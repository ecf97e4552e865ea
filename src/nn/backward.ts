import { backpropAccumulate, type FlatNet, forwardFlat, lossFlat } from './flatNet';
import { flatNetFor, layers } from './forward';
import { unflattenWeights } from './matrix';
import type { Model } from './model';
import type { ReadonlyWeights, Weights } from './types';
import { validateInput, validateTarget } from './validate';

export interface BackwardResult {
  /** The sample's error: Σ_k (out_k − t_k)^2 by default (no 1/2); see Model's loss. */
  error: number;
  /** delta[l] = ∂E/∂net[l]: the bracket the hidden layer reuses (section 7). */
  delta: number[][];
  /** grad[l] = ∂E/∂weights[l] = delta[l] ⊗ (out[l-1] ‖ 1), the shape of weights[l]. */
  grad: Weights;
}

/**
 * Backpropagation for one sample (sections 6-8), with the defaults (sigmoid, squared error):
 *   delta[L]   = 2(out[L] − t) ⊙ sigma'(net[L])
 *   delta[l-1] = (weights[l][:, :n]ᵀ · delta[l]) ⊙ sigma'(net[l-1])
 *   grad[l]    = delta[l] (out[l-1] ‖ 1)ᵀ,   out[-1] = x
 * Other activations replace sigma' by their slope; the loss sets delta[L] (flatNet.ts, lossFlat).
 * Throws on malformed weights, x, t or model.
 */
export function backward(
  weights: ReadonlyWeights,
  x: readonly number[],
  t: readonly number[],
  model?: Model,
): BackwardResult {
  const { fn, error } = passFlat(weights, x, t, model);
  return { error, ...backpropagateFlat(fn) };
}

/**
 * forward() and backward() for one sample from one pass over one flat network, the same
 * numbers as the two calls: for a figure that shows both on every frame of a drag.
 */
export function forwardBackward(
  weights: ReadonlyWeights,
  x: readonly number[],
  t: readonly number[],
  model?: Model,
): BackwardResult & { net: number[][]; out: number[][] } {
  const { fn, error } = passFlat(weights, x, t, model);
  return { net: layers(fn, fn.net), out: layers(fn, fn.out), error, ...backpropagateFlat(fn) };
}

/** A flat network holding the weights, run forward on x, with the error against t. */
function passFlat(weights: ReadonlyWeights, x: readonly number[], t: readonly number[], model?: Model) {
  const fn = flatNetFor(weights, model);
  const sizes = Array.from(fn.sizes);
  validateInput(x, sizes);
  validateTarget(t, sizes);
  forwardFlat(fn, x, 0, 0, 1);
  return { fn, error: lossFlat(fn, t, 0) };
}

/** The recursion from the output delta already in fn.delta: every delta and gradient. */
export function backpropagateFlat(fn: FlatNet): { delta: number[][]; grad: Weights } {
  // −0 is the exact identity of +: −0 + x = x even for x = −0, so g ends as the products themselves
  const g = new Float64Array(fn.P).fill(-0);
  backpropAccumulate(fn, g, false);
  return { delta: layers(fn, fn.delta), grad: unflattenWeights(g, Array.from(fn.sizes)) };
}

/** The sample's error alone (one forward pass), as backward() measures it. */
export function sampleErrorFlat(fn: FlatNet, x: ArrayLike<number>, t: ArrayLike<number>): number {
  forwardFlat(fn, x, 0, 0, 1);
  return lossFlat(fn, t, 0);
}
