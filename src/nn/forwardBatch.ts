/**
 * The vectorised forward and backward passes over a whole set (section 9): samples are the
 * columns of a matrix, so one matrix product per layer replaces N matrix-vector products.
 */
import { sigmoid } from './activation';
import { appendOnesRow, dropBiasColumn, mapMatrix, matMul, transpose } from './matrix';
import type { Matrix, ReadonlyWeights, Sample, Weights } from './types';
import { describe, validateData, validateVector, validateWeights } from './validate';

export interface BatchForward {
  /** The inputs as an (n_in + 1) x N matrix, column j = sample j, last row all ones. */
  X: Matrix;
  /** net[l] = weights[l] · (out[l-1] with a row of ones), units x N; out[-1] = X without its ones. */
  net: Matrix[];
  /** out[l] = sigma(net[l]), units x N. */
  out: Matrix[];
}

/** forward() for every sample at once: column j of net[l] and out[l] is sample xs[j]. */
export function forwardBatch(weights: ReadonlyWeights, xs: readonly (readonly number[])[]): BatchForward {
  const sizes = validateWeights(weights);
  if (!Array.isArray(xs) || xs.length === 0) {
    throw new Error(`xs must be a non-empty array of inputs, got ${describe(xs)}`);
  }
  xs.forEach((x, s) => {
    validateVector(x, sizes[0], `xs[${s}]`, 'input size');
  });
  return forwardBatchUnchecked(weights, xs);
}

function forwardBatchUnchecked(weights: ReadonlyWeights, xs: readonly (readonly number[])[]): BatchForward {
  const X = appendOnesRow(transpose(xs));
  const net: Matrix[] = [];
  const out: Matrix[] = [];
  let A = X;
  for (const w of weights) {
    // Column j of A ends in a 1, so the bias (W's last column) is added last, as in forward().
    const n = matMul(w, A);
    const o = mapMatrix(n, sigmoid);
    net.push(n);
    out.push(o);
    A = appendOnesRow(o);
  }
  return { X, net, out };
}

export interface BatchGradient {
  /** The set's error: mean (or sum) of perSample. */
  error: number;
  /** ∂error/∂weights[l]: mean (or sum) of the samples' gradients. */
  grad: Weights;
  /** Each sample's E = Σ_k (out_k − t_k)^2, in data order. */
  perSample: number[];
  /** Extension: delta[l] = ∂E/∂net[l] per sample, units x N (column j = sample j). */
  delta: Matrix[];
}

/**
 * The set's combined error and gradient, in matrix form:
 *   Δ[L] = 2(OUT[L] − T) ⊙ OUT[L] ⊙ (1 − OUT[L]),  Δ[l-1] = (W[l][:, :n]ᵀ Δ[l]) ⊙ OUT ⊙ (1 − OUT),
 *   grad[l] = Δ[l] · (OUT[l-1] with a row of ones)ᵀ, divided by N for 'mean'.
 */
export function batchGradient(
  weights: ReadonlyWeights,
  data: readonly Sample[],
  reduction: 'mean' | 'sum' = 'mean',
): BatchGradient {
  const sizes = validateWeights(weights);
  validateData(data, sizes);
  if (reduction !== 'mean' && reduction !== 'sum') {
    throw new Error(`reduction must be 'mean' or 'sum', got '${String(reduction)}'`);
  }
  const N = data.length;
  const L = weights.length;
  const { X, out } = forwardBatchUnchecked(
    weights,
    data.map((s) => s.x),
  );
  const T = transpose(data.map((s) => s.t));
  const Y = out[L - 1];
  const perSample = new Array<number>(N).fill(0);
  Y.forEach((row, k) => {
    row.forEach((o, j) => {
      const d = o - T[k][j];
      perSample[j] += d * d;
    });
  });
  const delta: Matrix[] = new Array(L);
  delta[L - 1] = mapMatrix(Y, (o, k, j) => 2 * (o - T[k][j]) * (o * (1 - o)));
  for (let l = L - 1; l > 0; l--) {
    const back = matMul(transpose(dropBiasColumn(weights[l])), delta[l]);
    const o = out[l - 1];
    delta[l - 1] = mapMatrix(back, (b, i, j) => b * (o[i][j] * (1 - o[i][j])));
  }
  const scale = reduction === 'mean' ? 1 / N : 1;
  const grad: Weights = delta.map((d, l) => {
    const A = l === 0 ? X : appendOnesRow(out[l - 1]);
    return mapMatrix(matMul(d, transpose(A)), (v) => v * scale);
  });
  const total = perSample.reduce((a, b) => a + b, 0);
  return { error: total * scale, grad, perSample, delta };
}
