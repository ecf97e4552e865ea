import { backpropagateFlat } from './backward';
import { forwardFlat, slope } from './flatNet';
import { flatNetFor } from './forward';
import { type Model, SOFTMAX } from './model';
import type { ReadonlyWeights, Weights } from './types';
import { validateInput } from './validate';

/**
 * How each output moves with each weight (sections 3 and 4): jacobian[k][l][i][j] is
 * ∂out_k/∂weights[l][i][j], the shape of the weights for every output k. It is the backward
 * pass seeded with ∂out_k/∂net[L] in place of ∂E/∂net[L]: f′(net[L]_k) at unit k and 0
 * elsewhere (softmax: out_k(δ_km − out_m) at every unit m). For the default 2x2 network,
 * jacobian[0][1] is the output Jacobian's first row sigma'(net_H)·(F G 1) beside zeros.
 */
export function outputJacobian(weights: ReadonlyWeights, x: readonly number[], model?: Model): Weights[] {
  const fn = flatNetFor(weights, model);
  validateInput(x, Array.from(fn.sizes));
  forwardFlat(fn, x, 0, 0, 1);
  const op = fn.aOff[fn.L];
  const n = fn.sizes[fn.L];
  const code = fn.acts[fn.L - 1];
  const y = Array.from(fn.out.subarray(op, op + n));
  return y.map((yk, k) => {
    for (let m = 0; m < n; m++) {
      fn.delta[op + m] = code === SOFTMAX ? yk * ((m === k ? 1 : 0) - y[m]) : m === k ? slope(code, y[m]) : 0;
    }
    return backpropagateFlat(fn).grad;
  });
}
