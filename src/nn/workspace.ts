/**
 * The training kernel's memory: every parameter, activation and delta of the network laid out
 * in flat Float64Arrays, allocated once per train() call so the hot loops allocate nothing.
 *
 * Layout: weights[l] is stored row-major at w[wOff[l] ...], sizes[l+1] rows of sizes[l]+1
 * entries (bias last), layers in order; flat index p ↔ (layer, row, col) in that order.
 * Layer l's activations (layer 0 = the input x) live at act[aOff[l] ...], sizes[l] entries;
 * delta, sig and mask share act's layout.
 */
import { unflattenWeights } from './matrix';
import type { ReadonlyWeights, Sample, Weights } from './types';

export interface Workspace {
  /** Number of weight layers. */
  L: number;
  /** Layer sizes [n_in, n_1, ..., n_out]. */
  sizes: Int32Array;
  wOff: Int32Array;
  aOff: Int32Array;
  /** Parameter count. */
  P: number;
  w: Float64Array;
  /** Velocity (momentum), the shape of w. */
  v: Float64Array;
  /** A batch's summed gradient, the shape of w. */
  g: Float64Array;
  /** w before the current run of fused updates, to replay it when an update diverges. */
  wSnap: Float64Array;
  /** out[l] as the next layer sees it (after dropout's mask), layer 0 = x. */
  act: Float64Array;
  /** sigma(net) before the mask, for sigma' = s(1-s) (dropout path). */
  sig: Float64Array;
  /** Dropout multipliers: 0 or 1/(1-p) on hidden units; 1 elsewhere. */
  mask: Float64Array;
  /** delta = ∂E/∂net for every non-input layer. */
  delta: Float64Array;
  /** Scratch: Σ_i W[i][j]·delta[i] for the layer below, as wide as the widest layer. */
  back: Float64Array;
  /** Inputs, N x n_in row-major; targets N x n_out row-major. */
  X: Float64Array;
  T: Float64Array;
  N: number;
  /** Sample order of the current epoch (identity, or a seeded shuffle). */
  order: Int32Array;
  /** mulberry32 state for the current epoch's stream. */
  rng: number;
}

export function createWorkspace(
  sizes: readonly number[],
  weights: ReadonlyWeights,
  velocity: ReadonlyWeights | undefined,
  data: readonly Sample[],
): Workspace {
  const L = sizes.length - 1;
  const wOff = new Int32Array(L + 1);
  const aOff = new Int32Array(L + 2);
  for (let l = 0; l < L; l++) wOff[l + 1] = wOff[l] + sizes[l + 1] * (sizes[l] + 1);
  for (let l = 0; l <= L; l++) aOff[l + 1] = aOff[l] + sizes[l];
  const P = wOff[L];
  const A = aOff[L + 1];
  const w = new Float64Array(P);
  const v = new Float64Array(P);
  copyIn(weights, w);
  if (velocity) copyIn(velocity, v);
  const N = data.length;
  const nIn = sizes[0];
  const nOut = sizes[L];
  const X = new Float64Array(N * nIn);
  const T = new Float64Array(N * nOut);
  for (let s = 0; s < N; s++) {
    const { x, t } = data[s];
    for (let j = 0; j < nIn; j++) X[s * nIn + j] = x[j];
    for (let k = 0; k < nOut; k++) T[s * nOut + k] = t[k];
  }
  const order = new Int32Array(N);
  for (let s = 0; s < N; s++) order[s] = s;
  return {
    L,
    sizes: Int32Array.from(sizes),
    wOff,
    aOff,
    P,
    w,
    v,
    g: new Float64Array(P),
    wSnap: new Float64Array(P),
    act: new Float64Array(A),
    sig: new Float64Array(A),
    mask: new Float64Array(A).fill(1),
    delta: new Float64Array(A),
    back: new Float64Array(Math.max(...sizes)),
    X,
    T,
    N,
    order,
    rng: 0,
  };
}

function copyIn(weights: ReadonlyWeights, flat: Float64Array): void {
  let p = 0;
  for (const m of weights) for (const row of m) for (let j = 0; j < row.length; j++) flat[p++] = row[j];
}

/** Flat index p → (layer, row, col) of the parameter it holds. */
export function locate(ws: Workspace, p: number): { layer: number; row: number; col: number } {
  let layer = 0;
  while (p >= ws.wOff[layer + 1]) layer++;
  const cols = ws.sizes[layer] + 1;
  const q = p - ws.wOff[layer];
  return { layer, row: Math.floor(q / cols), col: q % cols };
}

/** A flat, layer-ordered Float64Array back to number[][] per layer. */
export function copyOut(ws: Workspace, flat: Float64Array): Weights {
  return unflattenWeights(flat, Array.from(ws.sizes));
}

/** The dropout mask of every hidden layer (out[0] .. out[L-2]) from the last sample run. */
export function hiddenMasks(ws: Workspace): number[][] {
  const masks: number[][] = [];
  for (let l = 1; l < ws.L; l++) masks.push(Array.from(ws.mask.subarray(ws.aOff[l], ws.aOff[l + 1])));
  return masks;
}
