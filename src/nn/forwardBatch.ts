/**
 * The forward and backward passes over a whole set (section 9), in the matrix form the prose
 * uses: samples are the columns of a matrix. Column j is computed by the engine's flat path for
 * sample j, so it equals forward()/backward() of that sample bit for bit; a grad entry sums the
 * samples' products in data order, as the matrix product Δ · Aᵀ does.
 */
import { backpropAccumulate, type FlatNet, forwardFlat, lossFlat } from './flatNet';
import { flatNetFor } from './forward';
import { unflattenWeights, zeros } from './matrix';
import type { Model } from './model';
import type { Matrix, ReadonlyWeights, Sample, Weights } from './types';
import { describe, validateData, validateVector } from './validate';

export interface BatchForward {
  /** The inputs as an (n_in + 1) x N matrix, column j = sample j, last row all ones. */
  X: Matrix;
  /** net[l] = weights[l] · (out[l-1] with a row of ones), units x N; out[-1] = X without its ones. */
  net: Matrix[];
  /** out[l] = f(net[l]), units x N. */
  out: Matrix[];
}

/** Column j of every layer's units x N matrix from the flat per-unit array `flat`. */
function storeColumn(fn: FlatNet, flat: Float64Array, into: Matrix[], j: number): void {
  for (let l = 1; l <= fn.L; l++) {
    const off = fn.aOff[l];
    const m = into[l - 1];
    for (let i = 0; i < m.length; i++) m[i][j] = flat[off + i];
  }
}

const layerMatrices = (fn: FlatNet, N: number): Matrix[] =>
  Array.from({ length: fn.L }, (_, l) => zeros(fn.sizes[l + 1], N));

function inputMatrix(xs: readonly (readonly number[])[], nIn: number): Matrix {
  const X = zeros(nIn + 1, xs.length);
  xs.forEach((x, j) => {
    for (let i = 0; i < nIn; i++) X[i][j] = x[i];
    X[nIn][j] = 1;
  });
  return X;
}

/** forward() for every sample at once: column j of net[l] and out[l] is sample xs[j]. */
export function forwardBatch(
  weights: ReadonlyWeights,
  xs: readonly (readonly number[])[],
  model?: Model,
): BatchForward {
  const fn = flatNetFor(weights, model);
  const nIn = fn.sizes[0];
  if (!Array.isArray(xs) || xs.length === 0) {
    throw new Error(`xs must be a non-empty array of inputs, got ${describe(xs)}`);
  }
  xs.forEach((x, s) => {
    validateVector(x, nIn, `xs[${s}]`, 'input size');
  });
  const net = layerMatrices(fn, xs.length);
  const out = layerMatrices(fn, xs.length);
  xs.forEach((x, j) => {
    forwardFlat(fn, x, 0, 0, 1);
    storeColumn(fn, fn.net, net, j);
    storeColumn(fn, fn.out, out, j);
  });
  return { X: inputMatrix(xs, nIn), net, out };
}

export interface BatchGradient {
  /** The set's error: mean (or sum) of perSample. */
  error: number;
  /** ∂error/∂weights[l]: mean (or sum) of the samples' gradients. */
  grad: Weights;
  /** Each sample's E (the model's loss; default Σ_k (out_k − t_k)^2), in data order. */
  perSample: number[];
  /** Extension: delta[l] = ∂E/∂net[l] per sample, units x N (column j = sample j). */
  delta: Matrix[];
}

/**
 * The set's combined error and gradient, in matrix form (defaults: sigmoid, squared error):
 *   Δ[L] = 2(OUT[L] − T) ⊙ OUT[L] ⊙ (1 − OUT[L]),  Δ[l-1] = (W[l][:, :n]ᵀ Δ[l]) ⊙ OUT ⊙ (1 − OUT),
 *   grad[l] = Δ[l] · (OUT[l-1] with a row of ones)ᵀ, times 1/N for 'mean'.
 */
export function batchGradient(
  weights: ReadonlyWeights,
  data: readonly Sample[],
  reduction: 'mean' | 'sum' = 'mean',
  model?: Model,
): BatchGradient {
  const fn = flatNetFor(weights, model);
  validateData(data, Array.from(fn.sizes));
  if (reduction !== 'mean' && reduction !== 'sum') {
    throw new Error(`reduction must be 'mean' or 'sum', got '${String(reduction)}'`);
  }
  const N = data.length;
  const g = new Float64Array(fn.P).fill(-0); // −0 + x = x exactly, −0 included
  const perSample = new Array<number>(N);
  const delta = layerMatrices(fn, N);
  data.forEach((s, j) => {
    forwardFlat(fn, s.x, 0, 0, 1);
    perSample[j] = lossFlat(fn, s.t, 0);
    backpropAccumulate(fn, g, false);
    storeColumn(fn, fn.delta, delta, j);
  });
  const scale = reduction === 'mean' ? 1 / N : 1;
  for (let p = 0; p < g.length; p++) g[p] *= scale;
  const total = perSample.reduce((a, b) => a + b, 0);
  return { error: total * scale, grad: unflattenWeights(g, Array.from(fn.sizes)), perSample, delta };
}
