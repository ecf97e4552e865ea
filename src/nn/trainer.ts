/**
 * train()'s memory and loops on top of the flat path (flatNet.ts): the data set as flat arrays,
 * the batch gradient, the velocity and the sample order, allocated once per train() call.
 */
import {
  backpropAccumulate,
  copyWeightsIn,
  createFlatNet,
  type FlatNet,
  forwardFlat,
  lossFlat,
} from './flatNet';
import { unflattenWeights } from './matrix';
import type { ResolvedModel } from './model';
import { MULBERRY32_STEP, mulberry32Output } from './prng';
import type { ReadonlyWeights, Sample, Weights } from './types';

export interface Trainer {
  fn: FlatNet;
  /** Velocity (momentum), the shape of fn.w. */
  v: Float64Array;
  /** A batch's summed gradient, the shape of fn.w. */
  g: Float64Array;
  /** fn.w before the current run of fused updates, to replay it when an update diverges. */
  wSnap: Float64Array;
  /** Inputs, N x n_in row-major; targets N x n_out row-major. */
  X: Float64Array;
  T: Float64Array;
  N: number;
  /** Sample order of the current epoch (identity, or a seeded shuffle). */
  order: Int32Array;
}

export function createTrainer(
  sizes: readonly number[],
  model: ResolvedModel,
  weights: ReadonlyWeights,
  velocity: ReadonlyWeights | undefined,
  data: readonly Sample[],
  dropout: boolean,
): Trainer {
  const fn = createFlatNet(sizes, model, { dropout });
  copyWeightsIn(weights, fn.w);
  const v = new Float64Array(fn.P);
  if (velocity) copyWeightsIn(velocity, v);
  const N = data.length;
  const nIn = sizes[0];
  const nOut = sizes[sizes.length - 1];
  const X = new Float64Array(N * nIn);
  const T = new Float64Array(N * nOut);
  for (let s = 0; s < N; s++) {
    const { x, t } = data[s];
    for (let j = 0; j < nIn; j++) X[s * nIn + j] = x[j];
    for (let k = 0; k < nOut; k++) T[s * nOut + k] = t[k];
  }
  const order = new Int32Array(N);
  for (let s = 0; s < N; s++) order[s] = s;
  return { fn, v, g: new Float64Array(fn.P), wSnap: new Float64Array(fn.P), X, T, N, order };
}

/** One sample's forward (with dropout when dropP > 0), error and g += gradient. Returns its error. */
export function accumulateSample(tr: Trainer, s: number, dropP: number, keepScale: number): number {
  const fn = tr.fn;
  forwardFlat(fn, tr.X, s * fn.sizes[0], dropP, keepScale);
  const err = lossFlat(fn, tr.T, s * fn.sizes[fn.L]);
  backpropAccumulate(fn, tr.g, dropP > 0);
  return err;
}

/**
 * Classical momentum on the batch gradient g: v ← mu·v − lrEff·g; w ← w + v, applied only if
 * every new w and v is finite. Returns −1 when applied, else the flat index of the first
 * parameter that would become non-finite (nothing is changed then).
 * With mu = 0 the step is v = −(lrEff·g) exactly (no 0·v term, whose sign of zero would depend
 * on the previous velocity), so w + v equals the fused path's w − lr·g bit for bit.
 */
export function applyUpdate(tr: Trainer, lrEff: number, mu: number): number {
  const w = tr.fn.w;
  const v = tr.v;
  const g = tr.g;
  const P = tr.fn.P;
  for (let p = 0; p < P; p++) {
    const nv = mu === 0 ? -(lrEff * g[p]) : mu * v[p] - lrEff * g[p];
    if (!Number.isFinite(nv) || !Number.isFinite(w[p] + nv)) return p;
  }
  for (let p = 0; p < P; p++) {
    const nv = mu === 0 ? -(lrEff * g[p]) : mu * v[p] - lrEff * g[p];
    v[p] = nv;
    w[p] += nv;
  }
  return -1;
}

/** True when every weight is finite (a non-finite weight stays non-finite under w += step). */
export function allFinite(a: Float64Array): boolean {
  let probe = 0;
  for (let p = 0; p < a.length; p++) probe += a[p] * 0;
  return probe === 0;
}

/** Resets the order to 0..N-1 and Fisher-Yates shuffles it with the stream in fn.rng. */
export function shuffleOrder(tr: Trainer): void {
  const order = tr.order;
  const N = tr.N;
  let rng = tr.fn.rng;
  for (let s = 0; s < N; s++) order[s] = s;
  for (let i = N - 1; i > 0; i--) {
    rng = (rng + MULBERRY32_STEP) | 0;
    const j = Math.floor(mulberry32Output(rng) * (i + 1));
    const tmp = order[i];
    order[i] = order[j];
    order[j] = tmp;
  }
  tr.fn.rng = rng;
}

/** Flat index p → (layer, row, col) of the parameter it holds. */
export function locate(fn: FlatNet, p: number): { layer: number; row: number; col: number } {
  let layer = 0;
  while (p >= fn.wOff[layer + 1]) layer++;
  const cols = fn.sizes[layer] + 1;
  const q = p - fn.wOff[layer];
  return { layer, row: Math.floor(q / cols), col: q % cols };
}

/** A flat, layer-ordered Float64Array back to number[][] per layer. */
export function copyOut(fn: FlatNet, flat: Float64Array): Weights {
  return unflattenWeights(flat, Array.from(fn.sizes));
}

/** The dropout mask of every hidden layer from the last sample run. */
export function hiddenMasks(fn: FlatNet): number[][] {
  const masks: number[][] = [];
  for (let l = 1; l < fn.L; l++) masks.push(Array.from(fn.mask.subarray(fn.aOff[l], fn.aOff[l + 1])));
  return masks;
}
