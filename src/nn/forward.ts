import { sigmoid } from './activation';
import { matVecWithBias } from './matrix';
import type { ReadonlyWeights } from './types';
import { validateInput, validateWeights } from './validate';

/**
 * The forward pass (section 2, any depth in section 8):
 * net[l] = weights[l] · (out[l-1] ‖ 1) with out[-1] = x, and out[l] = sigma(net[l]).
 * out[out.length - 1] is the network's output. Throws on malformed weights or x.
 */
export function forward(
  weights: ReadonlyWeights,
  x: readonly number[],
): { net: number[][]; out: number[][] } {
  const sizes = validateWeights(weights);
  validateInput(x, sizes);
  return forwardUnchecked(weights, x);
}

/** forward() without validation, for callers that already validated (backward, gradientCheck). */
export function forwardUnchecked(
  weights: ReadonlyWeights,
  x: readonly number[],
): { net: number[][]; out: number[][] } {
  const net: number[][] = [];
  const out: number[][] = [];
  let a: readonly number[] = x;
  for (const w of weights) {
    const n = matVecWithBias(w, a);
    const o = n.map(sigmoid);
    net.push(n);
    out.push(o);
    a = o;
  }
  return { net, out };
}

/** E = Σ_k (out_k − t_k)^2 (no 1/2), summed in k order like the training kernel. */
export function sampleError(output: readonly number[], t: readonly number[]): number {
  let e = 0;
  for (let k = 0; k < output.length; k++) {
    const d = output[k] - t[k];
    e += d * d;
  }
  return e;
}
