import { sigmoid } from './activation';
import { flattenWeights, layerSizes } from './matrix';
import type { ReadonlyWeights } from './types';

/**
 * The forward pass of section 9, out = σ(W2 · (σ(W1 · (x ‖ 1)) ‖ 1)), on a flat parameter
 * vector with preallocated buffers, for the figures that evaluate the network thousands of
 * times per frame (the decision heatmap, the loss landscape). Same arithmetic and order as
 * src/nn's forward(), checked against it in fastNet.test.ts.
 */
export interface FastNet {
  /** the flat parameters: W1 row by row, then W2; writable, so a caller can vary two of them */
  readonly w: Float64Array;
  /** the output units for input x */
  output(x: ArrayLike<number>): Float64Array;
  /** the set's error: Σ_k (out_k − t_k)² per sample, then their mean or sum */
  setError(
    data: readonly { x: ArrayLike<number>; t: ArrayLike<number> }[],
    reduction: 'mean' | 'sum',
  ): number;
}

export function fastNet(weights: ReadonlyWeights): FastNet {
  const w = flattenWeights(weights);
  const sizes = layerSizes(weights);
  const widest = Math.max(...sizes);
  let a = new Float64Array(widest);
  let b = new Float64Array(widest);
  const out = new Float64Array(sizes[sizes.length - 1]);
  const L = sizes.length - 1;

  function output(x: ArrayLike<number>): Float64Array {
    const n0 = sizes[0];
    for (let i = 0; i < n0; i++) a[i] = x[i];
    let p = 0;
    for (let l = 0; l < L; l++) {
      const senders = sizes[l];
      const units = sizes[l + 1];
      for (let u = 0; u < units; u++) {
        let net = 0;
        for (let j = 0; j < senders; j++) net += w[p++] * a[j];
        // the bias is the weight on the appended 1, added last as in forward()
        net += w[p++];
        b[u] = sigmoid(net);
      }
      const t = a;
      a = b;
      b = t;
    }
    for (let k = 0; k < out.length; k++) out[k] = a[k];
    return out;
  }

  function setError(
    data: readonly { x: ArrayLike<number>; t: ArrayLike<number> }[],
    reduction: 'mean' | 'sum',
  ) {
    let total = 0;
    for (const s of data) {
      const o = output(s.x);
      for (let k = 0; k < o.length; k++) {
        const d = o[k] - s.t[k];
        total += d * d;
      }
    }
    return reduction === 'mean' ? total / data.length : total;
  }

  return { w, output, setError };
}
