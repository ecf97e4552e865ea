import { sigmoidPrimeFromOut } from './activation';
import { forwardUnchecked, sampleError } from './forward';
import type { ReadonlyWeights, Weights } from './types';
import { validateInput, validateTarget, validateWeights } from './validate';

export interface BackwardResult {
  /** E = Σ_k (out_k − t_k)^2 for this sample (no 1/2). */
  error: number;
  /** delta[l] = ∂E/∂net[l]: the bracket the hidden layer reuses (section 7). */
  delta: number[][];
  /** grad[l] = ∂E/∂weights[l] = delta[l] ⊗ (out[l-1] ‖ 1), the shape of weights[l]. */
  grad: Weights;
}

/**
 * Backpropagation for one sample (sections 6-8):
 *   delta[L]   = 2(out[L] − t) ⊙ sigma'(net[L])
 *   delta[l-1] = (weights[l][:, :n]ᵀ · delta[l]) ⊙ sigma'(net[l-1])
 *   grad[l]    = delta[l] (out[l-1] ‖ 1)ᵀ,   out[-1] = x
 * Throws on malformed weights, x or t.
 */
export function backward(
  weights: ReadonlyWeights,
  x: readonly number[],
  t: readonly number[],
): BackwardResult {
  const sizes = validateWeights(weights);
  validateInput(x, sizes);
  validateTarget(t, sizes);
  return backwardUnchecked(weights, x, t);
}

/** backward() without validation, for callers that already validated. */
export function backwardUnchecked(
  weights: ReadonlyWeights,
  x: readonly number[],
  t: readonly number[],
): BackwardResult {
  const { out } = forwardUnchecked(weights, x);
  const y = out[weights.length - 1];
  // The sums and products below are written in the same order as the training kernel's,
  // so train() reproduces these numbers bit for bit.
  const deltaOut = y.map((o, k) => 2 * (o - t[k]) * sigmoidPrimeFromOut(o));
  return { error: sampleError(y, t), ...backpropagate(weights, x, out, deltaOut) };
}

/**
 * The recursion itself, from a given delta of the output layer down to the first layer:
 *   delta[l-1] = (weights[l][:, :n]ᵀ · delta[l]) ⊙ sigma'(net[l-1]),  grad[l] = delta[l] (out[l-1] ‖ 1)ᵀ.
 * backward() seeds it with ∂E/∂net[L]; outputJacobian() with ∂out_k/∂net[L].
 */
export function backpropagate(
  weights: ReadonlyWeights,
  x: readonly number[],
  out: readonly (readonly number[])[],
  deltaOut: number[],
): { delta: number[][]; grad: Weights } {
  const L = weights.length;
  const delta: number[][] = new Array(L);
  delta[L - 1] = deltaOut;
  for (let l = L - 1; l > 0; l--) {
    const w = weights[l];
    const d = delta[l];
    const a = out[l - 1];
    // back_j = Σ_i w[i][j]·delta_i, summed in i order from the first product.
    const back = a.map((_, j) => w[0][j] * d[0]);
    for (let i = 1; i < w.length; i++) {
      const row = w[i];
      for (let j = 0; j < a.length; j++) back[j] += row[j] * d[i];
    }
    delta[l - 1] = a.map((o, j) => back[j] * sigmoidPrimeFromOut(o));
  }
  const grad: Weights = new Array(L);
  for (let l = 0; l < L; l++) {
    const a = l === 0 ? x : out[l - 1];
    grad[l] = delta[l].map((di) => {
      const row = new Array<number>(a.length + 1);
      for (let j = 0; j < a.length; j++) row[j] = di * a[j];
      row[a.length] = di;
      return row;
    });
  }
  return { delta, grad };
}
