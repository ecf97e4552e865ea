/**
 * Per-sample SGD without momentum or dropout, train()'s fast path (always the exact sigmoid): forward, backward and the
 * update w ← w − lr·(delta_i·a_j) fused, each weight updated right after it has contributed to
 * the delta of the layer below. Same floating-point operations, in the same order, as
 * forwardFlat + lossFlat + backpropAccumulate + the checked update, so every path gives the same
 * bits (tested in sgd.test.ts).
 */
import { sigmoid, softplus } from './activation';
import { activate, backpropUpdate, type FlatNet, forwardFlat, lossFlat, slope } from './flatNet';
import { CROSS_ENTROPY, HALF_SQUARED, SIGMOID, SOFTMAX, SQUARED } from './model';

/**
 * `epochs` passes over the samples order[from..to) of (X, T); pass e's summed error goes to
 * totals[base + e] when totals is given. Returns the last pass's summed error.
 */
export function sgdEpochs(
  fn: FlatNet,
  X: Float64Array,
  T: Float64Array,
  order: Int32Array,
  from: number,
  to: number,
  lr: number,
  epochs: number,
  totals: Float64Array | null,
  base: number,
): number {
  const oneHidden = fn.L === 2 && fn.sizes[2] === 1 && fn.acts[1] !== SOFTMAX;
  // Chosen once per call, not per unit: the default model on points in the plane is what the
  // tutorial trains most, and its loop with no activation or loss dispatch runs about 1.3x faster.
  const pass = !oneHidden
    ? layeredPass
    : fn.sizes[0] === 2 &&
        fn.acts[0] === SIGMOID &&
        fn.acts[1] === SIGMOID &&
        fn.loss === SQUARED &&
        fn.sigma === sigmoid
      ? sigmoidSquaredPass
      : oneHiddenPass;
  let total = 0;
  for (let e = 0; e < epochs; e++) {
    total = pass(fn, X, T, order, from, to, lr);
    if (totals) totals[base + e] = total;
  }
  return total;
}

/** Any depth: the flat path's own loops, sample by sample. */
export function layeredPass(
  fn: FlatNet,
  X: Float64Array,
  T: Float64Array,
  order: Int32Array,
  from: number,
  to: number,
  lr: number,
): number {
  const nIn = fn.sizes[0];
  const nOut = fn.sizes[fn.L];
  let total = 0;
  for (let q = from; q < to; q++) {
    const s = order[q];
    forwardFlat(fn, X, s * nIn, 0, 1);
    total += lossFlat(fn, T, s * nOut);
    backpropUpdate(fn, lr);
  }
  return total;
}

/**
 * One hidden layer and one output (the lab's n-H-1 and the benchmark's 2-4-1), with the two
 * layers' loops merged: the output's net input is summed while the hidden units are computed,
 * and each hidden unit's delta and updates follow in one loop. For these tiny layers the loop
 * bookkeeping of the layered pass costs as much as the arithmetic; merging keeps the output in
 * a register and brings the pass within reach of a hand-unrolled loop with no generated code
 * (on 2-4-1 XOR the layered pass ran at about 0.6x of bench/unrolled.ts, this one at about 0.8x).
 * Same operations and order as the layered pass:
 *   net_out = Σ_i v_i h_i (i in order, from the first product) + v_bias
 *   delta_i = (v_i · delta_out) · f′(h_i), from v_i before its update
 */
export function oneHiddenPass(
  fn: FlatNet,
  X: Float64Array,
  T: Float64Array,
  order: Int32Array,
  from: number,
  to: number,
  lr: number,
): number {
  const w = fn.w;
  const h = fn.out; // hidden outputs at out[aOff[1] ...]
  const hOff = fn.aOff[1];
  const nIn = fn.sizes[0];
  const H = fn.sizes[1];
  const m = nIn + 1;
  const v0 = H * m; // the output row: v_0 … v_{H−1}, then its bias
  // Two inputs (every data set of the lab is a set of points in the plane): the input loops,
  // one or two trips each, are written out; same products, same order.
  const two = nIn === 2;
  const cH = fn.acts[0];
  const cO = fn.acts[1];
  const loss = fn.loss;
  const c = loss === SQUARED ? 2 : 1;
  let total = 0;
  for (let q = from; q < to; q++) {
    const s = order[q];
    const xb = s * nIn;
    const x0 = X[xb];
    const x1 = two ? X[xb + 1] : 0;
    let p = 0;
    let z = -0; // −0 + x = x exactly: the sum starts from the first product, as in the layered pass
    for (let i = 0; i < H; i++) {
      let a: number;
      if (two) a = w[p] * x0 + w[p + 1] * x1;
      else {
        a = w[p] * x0;
        for (let j = 1; j < nIn; j++) a += w[p + j] * X[xb + j];
      }
      const hi = activate(cH, a + w[p + nIn], sigmoid);
      h[hOff + i] = hi;
      z += w[v0 + i] * hi;
      p += m;
    }
    z += w[v0 + H];
    const o = activate(cO, z, sigmoid);
    const t = T[s];
    const d = o - t;
    let dO: number;
    if (loss === CROSS_ENTROPY) {
      total += t * softplus(-z) + (1 - t) * softplus(z);
      dO = d;
    } else {
      total += loss === HALF_SQUARED ? 0.5 * (d * d) : d * d;
      dO = c * d * slope(cO, o);
    }
    p = 0;
    for (let i = 0; i < H; i++) {
      const hi = h[hOff + i];
      const di = w[v0 + i] * dO * slope(cH, hi);
      w[v0 + i] -= lr * (dO * hi);
      if (two) {
        w[p] -= lr * (di * x0);
        w[p + 1] -= lr * (di * x1);
      } else {
        for (let j = 0; j < nIn; j++) w[p + j] -= lr * (di * X[xb + j]);
      }
      w[p + nIn] -= lr * di;
      p += m;
    }
    w[v0 + H] -= lr * dO;
  }
  return total;
}

/**
 * oneHiddenPass for the default model on two inputs: sigmoid hidden units, a sigmoid output and
 * E = (o − t)². The same operations in the same order, with the activation, its slope
 * s(1 − s) and the loss written in place of their dispatch:
 *   h_i = sigma(w_i0·x_0 + w_i1·x_1 + w_i2),  net_out = Σ_i v_i h_i + v_bias,  o = sigma(net_out)
 *   delta_out = 2(o − t)·o(1 − o),  delta_i = (v_i·delta_out)·h_i(1 − h_i)
 */
export function sigmoidSquaredPass(
  fn: FlatNet,
  X: Float64Array,
  T: Float64Array,
  order: Int32Array,
  from: number,
  to: number,
  lr: number,
): number {
  const w = fn.w;
  const h = fn.out;
  const hOff = fn.aOff[1];
  const H = fn.sizes[1];
  const v0 = H * 3;
  let total = 0;
  for (let q = from; q < to; q++) {
    const s = order[q];
    const x0 = X[2 * s];
    const x1 = X[2 * s + 1];
    let z = -0; // −0 + x = x exactly, as in oneHiddenPass
    for (let i = 0, p = 0; i < H; i++, p += 3) {
      const hi = sigmoid(w[p] * x0 + w[p + 1] * x1 + w[p + 2]);
      h[hOff + i] = hi;
      z += w[v0 + i] * hi;
    }
    z += w[v0 + H];
    const o = sigmoid(z);
    const d = o - T[s];
    total += d * d;
    const dO = 2 * d * (o * (1 - o));
    for (let i = 0, p = 0; i < H; i++, p += 3) {
      const hi = h[hOff + i];
      const di = w[v0 + i] * dO * (hi * (1 - hi));
      w[v0 + i] -= lr * (dO * hi);
      w[p] -= lr * (di * x0);
      w[p + 1] -= lr * (di * x1);
      w[p + 2] -= lr * di;
    }
    w[v0 + H] -= lr * dO;
  }
  return total;
}
