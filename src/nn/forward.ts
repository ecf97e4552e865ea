import { copyWeightsIn, createFlatNet, type FlatNet, forwardFlat } from './flatNet';
import { type Model, resolveModel } from './model';
import type { ReadonlyWeights } from './types';
import { validateInput, validateWeights } from './validate';

/**
 * The forward pass (section 2, any depth in section 8):
 * net[l] = weights[l] · (out[l-1] ‖ 1) with out[-1] = x, and out[l] = f_l(net[l]), where f_l is
 * the model's activation for layer l (default sigmoid). out[out.length - 1] is the network's
 * output. Throws on malformed weights, x or model.
 */
export function forward(
  weights: ReadonlyWeights,
  x: readonly number[],
  model?: Model,
): { net: number[][]; out: number[][] } {
  const fn = flatNetFor(weights, model);
  validateInput(x, Array.from(fn.sizes));
  forwardFlat(fn, x, 0, 0, 1);
  return { net: layers(fn, fn.net), out: layers(fn, fn.out) };
}

/** Validates weights and model, and returns a flat network holding the weights. */
export function flatNetFor(weights: ReadonlyWeights, model: Model | undefined): FlatNet {
  const sizes = validateWeights(weights);
  const fn = createFlatNet(sizes, resolveModel(model, weights.length));
  copyWeightsIn(weights, fn.w);
  return fn;
}

/** Layers 1..L of a flat per-unit array (net, out or delta) as number[][], index 0 = layer 1. */
export function layers(fn: FlatNet, flat: Float64Array): number[][] {
  const r: number[][] = [];
  for (let l = 1; l <= fn.L; l++) r.push(Array.from(flat.subarray(fn.aOff[l], fn.aOff[l + 1])));
  return r;
}
