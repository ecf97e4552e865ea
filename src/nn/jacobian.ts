import { sigmoidPrimeFromOut } from './activation';
import { backpropagate } from './backward';
import { forwardUnchecked } from './forward';
import type { ReadonlyWeights, Weights } from './types';
import { validateInput, validateWeights } from './validate';

/**
 * How each output moves with each weight (sections 3 and 4): jacobian[k][l][i][j] is
 * ∂out_k/∂weights[l][i][j], the shape of the weights for every output k. It is the backward
 * pass seeded with ∂out_k/∂net[L] = sigma'(net[L]_k) at unit k and 0 elsewhere, in place of
 * ∂E/∂net[L]; for the 2x2 network, jacobian[0][1] is the output Jacobian's first row
 * sigma'(net_H)·(F G 1) beside zeros for g, h, b_I.
 */
export function outputJacobian(weights: ReadonlyWeights, x: readonly number[]): Weights[] {
  const sizes = validateWeights(weights);
  validateInput(x, sizes);
  const { out } = forwardUnchecked(weights, x);
  const y = out[weights.length - 1];
  return y.map((_, k) => {
    const seed = y.map((o, m) => (m === k ? sigmoidPrimeFromOut(o) : 0));
    return backpropagate(weights, x, out, seed).grad;
  });
}
