/**
 * The engine's one fast path: a network's parameters, net inputs, activations and deltas laid
 * out in flat Float64Arrays, and the loops over them. forward(), backward(), train(), the
 * lab's batch passes and the decision boundary all run these loops, so they agree bit for bit.
 * The loops allocate nothing: a caller creates a FlatNet once and reuses it.
 *
 * Layout: weights[l] is stored row-major at w[wOff[l] ...], sizes[l+1] rows of sizes[l]+1
 * entries (bias last), layers in order; flat index p ↔ (layer, row, col) in that order.
 * Layer l's units (layer 0 = the input x) live at net/out/act/delta[aOff[l] ...].
 *
 * Arithmetic order (pinned by tests): a net input starts from the first product, runs over the
 * sending units in order and adds the bias last; back_j = Σ_i w_ij·delta_i in i order.
 */
import { sigmoid, softplus } from './activation';
import {
  CROSS_ENTROPY,
  HALF_SQUARED,
  RELU,
  type ResolvedModel,
  SIGMOID,
  SOFTMAX,
  SQUARED,
  TANH,
} from './model';
import { MULBERRY32_STEP, mulberry32Output } from './prng';

export interface FlatNet {
  /** Number of weight layers. */
  L: number;
  /** Layer sizes [n_in, n_1, ..., n_out]. */
  sizes: Int32Array;
  wOff: Int32Array;
  aOff: Int32Array;
  /** Parameter count. */
  P: number;
  /** Activation code per weight layer, and the loss code (model.ts). */
  acts: Int32Array;
  loss: number;
  /** The sigmoid the forward pass uses: the exact one, or a caller's faster approximation. */
  sigma: (z: number) => number;
  w: Float64Array;
  /** net[l] = W[l-1]·(act[l-1] ‖ 1) for l ≥ 1. */
  net: Float64Array;
  /** f(net) before dropout's mask; layer 0 holds x. */
  out: Float64Array;
  /** What the next layer sees: out times the dropout mask. The same array as out without dropout. */
  act: Float64Array;
  /** Dropout multipliers: 0 or 1/(1−p) on hidden units; 1 elsewhere. */
  mask: Float64Array;
  /** delta = ∂E/∂net for every non-input layer. */
  delta: Float64Array;
  /** Scratch: Σ_i W[i][j]·delta[i] for the layer below, as wide as the widest layer. */
  back: Float64Array;
  /** mulberry32 state for dropout masks (and the trainer's shuffles). */
  rng: number;
}

export interface FlatNetOptions {
  /** Allocate a separate mask and masked activations (training with dropout). */
  dropout?: boolean;
  /** Replaces the sigmoid in the forward pass (the decision map's table sigmoid). */
  sigma?: (z: number) => number;
}

export function createFlatNet(
  sizes: readonly number[],
  model: ResolvedModel,
  options: FlatNetOptions = {},
): FlatNet {
  const L = sizes.length - 1;
  const wOff = new Int32Array(L + 1);
  const aOff = new Int32Array(L + 2);
  for (let l = 0; l < L; l++) wOff[l + 1] = wOff[l] + sizes[l + 1] * (sizes[l] + 1);
  for (let l = 0; l <= L; l++) aOff[l + 1] = aOff[l] + sizes[l];
  const A = aOff[L + 1];
  const out = new Float64Array(A);
  return {
    L,
    sizes: Int32Array.from(sizes),
    wOff,
    aOff,
    P: wOff[L],
    acts: model.activations,
    loss: model.loss,
    sigma: options.sigma ?? sigmoid,
    w: new Float64Array(wOff[L]),
    net: new Float64Array(A),
    out,
    act: options.dropout ? new Float64Array(A) : out,
    mask: new Float64Array(A).fill(1),
    delta: new Float64Array(A),
    back: new Float64Array(Math.max(...sizes)),
    rng: 0,
  };
}

/** Copies number[][] weights (or a velocity) into a flat array in the layout above. */
export function copyWeightsIn(
  weights: readonly (readonly (readonly number[])[])[],
  flat: Float64Array,
): void {
  let p = 0;
  for (const m of weights) for (const row of m) for (let j = 0; j < row.length; j++) flat[p++] = row[j];
}

/**
 * The forward pass for the input at x[xOff ...]: net and out (and act) of every layer.
 * With dropP > 0, hidden units are dropped with probability dropP (masks drawn from fn.rng) and
 * the kept ones scaled by keepScale = 1/(1 − dropP) (inverted dropout).
 */
export function forwardFlat(
  fn: FlatNet,
  x: ArrayLike<number>,
  xOff: number,
  dropP: number,
  keepScale: number,
): void {
  const w = fn.w;
  const net = fn.net;
  const out = fn.out;
  const act = fn.act;
  const sizes = fn.sizes;
  const aOff = fn.aOff;
  const acts = fn.acts;
  const sigma = fn.sigma;
  const L = fn.L;
  const nIn = sizes[0];
  for (let j = 0; j < nIn; j++) act[j] = x[xOff + j];
  let p = 0;
  for (let l = 0; l < L; l++) {
    const nPrev = sizes[l];
    const nCur = sizes[l + 1];
    const ip = aOff[l];
    const op = aOff[l + 1];
    const code = acts[l];
    for (let i = 0; i < nCur; i++) {
      let sum = w[p] * act[ip];
      for (let j = 1; j < nPrev; j++) sum += w[p + j] * act[ip + j];
      const z = sum + w[p + nPrev];
      net[op + i] = z;
      out[op + i] = activate(code, z, sigma); // softmax needs the whole layer: finished below
      p += nPrev + 1;
    }
    if (code === SOFTMAX) softmaxLayer(net, out, op, nCur);
    if (dropP > 0 && l < L - 1) dropLayer(fn, op, nCur, dropP, keepScale);
  }
}

/** out = softmax(net) over one layer, shifted by its maximum so no exp overflows. */
function softmaxLayer(net: Float64Array, out: Float64Array, op: number, n: number): void {
  let m = net[op];
  for (let k = 1; k < n; k++) if (net[op + k] > m) m = net[op + k];
  let s = 0;
  for (let k = 0; k < n; k++) {
    const e = Math.exp(net[op + k] - m);
    out[op + k] = e;
    s += e;
  }
  for (let k = 0; k < n; k++) out[op + k] /= s;
}

function dropLayer(fn: FlatNet, op: number, n: number, dropP: number, keepScale: number): void {
  let rng = fn.rng;
  for (let i = 0; i < n; i++) {
    rng = (rng + MULBERRY32_STEP) | 0;
    const m = mulberry32Output(rng) < dropP ? 0 : keepScale;
    fn.mask[op + i] = m;
    fn.act[op + i] = fn.out[op + i] * m;
  }
  fn.rng = rng;
}

/**
 * f′(net) of an elementwise activation, from its output o = f(net) alone: sigmoid o(1 − o),
 * tanh 1 − o², relu 1 where o > 0 (which is where net > 0; relu′(0) = 0), linear 1.
 */
export function slope(code: number, o: number): number {
  return code === SIGMOID ? o * (1 - o) : code === TANH ? 1 - o * o : code === RELU ? (o > 0 ? 1 : 0) : 1;
}

/** f(z) of an elementwise activation (softmax is finished per layer by the caller). */
export function activate(code: number, z: number, sigma: (z: number) => number): number {
  // biome-ignore lint/complexity/useMathMinMax: relu as one compare in the hot loop
  return code === SIGMOID ? sigma(z) : code === TANH ? Math.tanh(z) : code === RELU ? (z > 0 ? z : 0) : z;
}

/**
 * The sample's error against the target at t[tOff ...], after forwardFlat, and the output
 * layer's delta = ∂E/∂net[L]:
 *   squared       E = Σ(out − t)²,   delta = 2(out − t)·f′(net)  (softmax: through its Jacobian)
 *   half-squared  E = ½Σ(out − t)²,  delta = (out − t)·f′(net)
 *   cross-entropy E from the net inputs (softplus / log-sum-exp), delta = out − t
 *                 (softmax: out·Σt − t)
 */
export function lossFlat(fn: FlatNet, t: ArrayLike<number>, tOff: number): number {
  const L = fn.L;
  const n = fn.sizes[L];
  const op = fn.aOff[L];
  const out = fn.out;
  const delta = fn.delta;
  const code = fn.acts[L - 1];
  const loss = fn.loss;
  if (loss === CROSS_ENTROPY) {
    return code === SOFTMAX ? softmaxCrossEntropy(fn, t, tOff) : sigmoidCrossEntropy(fn, t, tOff);
  }
  const c = loss === SQUARED ? 2 : 1;
  let err = 0;
  if (code === SOFTMAX) {
    // ∂E/∂net_k = Σ_m g_m·o_m(δ_km − o_k) = o_k(g_k − Σ_m g_m o_m), with g = ∂E/∂out
    let gs = 0;
    for (let k = 0; k < n; k++) {
      const o = out[op + k];
      const d = o - t[tOff + k];
      err += d * d;
      gs += c * d * o;
    }
    for (let k = 0; k < n; k++) {
      const o = out[op + k];
      delta[op + k] = o * (c * (o - t[tOff + k]) - gs);
    }
  } else {
    for (let k = 0; k < n; k++) {
      const o = out[op + k];
      const d = o - t[tOff + k];
      err += d * d;
      delta[op + k] = c * d * slope(code, o);
    }
  }
  return loss === HALF_SQUARED ? 0.5 * err : err;
}

/** E = −Σ[t ln σ(z) + (1 − t) ln(1 − σ(z))] = Σ[t·softplus(−z) + (1 − t)·softplus(z)]. */
function sigmoidCrossEntropy(fn: FlatNet, t: ArrayLike<number>, tOff: number): number {
  const op = fn.aOff[fn.L];
  const n = fn.sizes[fn.L];
  let err = 0;
  for (let k = 0; k < n; k++) {
    const z = fn.net[op + k];
    const tk = t[tOff + k];
    err += tk * softplus(-z) + (1 - tk) * softplus(z);
    fn.delta[op + k] = fn.out[op + k] - tk;
  }
  return err;
}

/** E = −Σ t ln softmax(z) = Σ t_k (lse − z_k), lse = m + ln Σ e^(z − m), m = max z. */
function softmaxCrossEntropy(fn: FlatNet, t: ArrayLike<number>, tOff: number): number {
  const op = fn.aOff[fn.L];
  const n = fn.sizes[fn.L];
  const net = fn.net;
  let m = net[op];
  for (let k = 1; k < n; k++) if (net[op + k] > m) m = net[op + k];
  let s = 0;
  let ts = 0;
  for (let k = 0; k < n; k++) {
    s += Math.exp(net[op + k] - m);
    ts += t[tOff + k];
  }
  const lse = m + Math.log(s);
  let err = 0;
  for (let k = 0; k < n; k++) {
    const tk = t[tOff + k];
    err += tk * (lse - net[op + k]);
    fn.delta[op + k] = fn.out[op + k] * ts - tk;
  }
  return err;
}

/** delta of hidden layer l from back: back_j·f′(net_j), times the dropout mask when training with it. */
function hiddenDelta(fn: FlatNet, l: number, masked: boolean): void {
  const n = fn.sizes[l];
  const ip = fn.aOff[l];
  const code = fn.acts[l - 1];
  const back = fn.back;
  const out = fn.out;
  const delta = fn.delta;
  for (let j = 0; j < n; j++) {
    const d = back[j] * slope(code, out[ip + j]);
    delta[ip + j] = masked ? d * fn.mask[ip + j] : d;
  }
}

/**
 * The backward recursion from the output delta (set by lossFlat, or a caller's seed):
 *   delta[l-1] = (W[l][:, :n]ᵀ · delta[l]) ⊙ f′(net[l-1]),  and  g[l] += delta[l] (act[l-1] ‖ 1)ᵀ.
 */
export function backpropAccumulate(fn: FlatNet, g: Float64Array, masked: boolean): void {
  const w = fn.w;
  const act = fn.act;
  const delta = fn.delta;
  const back = fn.back;
  const sizes = fn.sizes;
  const aOff = fn.aOff;
  const wOff = fn.wOff;
  for (let l = fn.L - 1; l >= 0; l--) {
    const nPrev = sizes[l];
    const nCur = sizes[l + 1];
    const ip = aOff[l];
    const op = aOff[l + 1];
    let p = wOff[l];
    for (let i = 0; i < nCur; i++) {
      const di = delta[op + i];
      if (l > 0) {
        if (i === 0) for (let j = 0; j < nPrev; j++) back[j] = w[p + j] * di;
        else for (let j = 0; j < nPrev; j++) back[j] += w[p + j] * di;
      }
      for (let j = 0; j < nPrev; j++) g[p + j] += di * act[ip + j];
      g[p + nPrev] += di;
      p += nPrev + 1;
    }
    if (l > 0) hiddenDelta(fn, l, masked);
  }
}

/**
 * The same recursion fused with per-sample SGD: w ← w − lr·(delta_i · a_j) as each weight is
 * read, after it has contributed to back. The same floating-point operations as accumulating
 * into a zeroed g and then stepping (0 + x = x; w + −(lr·x) = w − lr·x), so both agree bit for bit.
 */
export function backpropUpdate(fn: FlatNet, lr: number): void {
  const w = fn.w;
  const act = fn.act;
  const delta = fn.delta;
  const back = fn.back;
  const sizes = fn.sizes;
  const aOff = fn.aOff;
  const wOff = fn.wOff;
  for (let l = fn.L - 1; l >= 0; l--) {
    const nPrev = sizes[l];
    const nCur = sizes[l + 1];
    const ip = aOff[l];
    const op = aOff[l + 1];
    let p = wOff[l];
    for (let i = 0; i < nCur; i++) {
      const di = delta[op + i];
      if (l > 0) {
        if (i === 0) for (let j = 0; j < nPrev; j++) back[j] = w[p + j] * di;
        else for (let j = 0; j < nPrev; j++) back[j] += w[p + j] * di;
      }
      for (let j = 0; j < nPrev; j++) w[p + j] -= lr * (di * act[ip + j]);
      w[p + nPrev] -= lr * di;
      p += nPrev + 1;
    }
    if (l > 0) hiddenDelta(fn, l, false);
  }
}
