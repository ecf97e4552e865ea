/**
 * The floor: per-sample SGD for exactly a 2-4-1 sigmoid network, hand-unrolled over one
 * Float64Array of 17 parameters, laid out like the engine (weights[0] row-major 4 x 3, then
 * weights[1] 1 x 5; bias last in each row). Same arithmetic as the engine: E = (o − t)^2 with
 * no 1/2, running loss accumulated per sample, w ← w − lr·(delta·a).
 * Uses the textbook sigmoid 1/(1+exp(−x)) (no sign branch).
 */

/** Trains `w` in place for `epochs` passes over (X, T) in order; returns each epoch's mean error. */
export function trainUnrolled241(
  w: Float64Array,
  X: Float64Array,
  T: Float64Array,
  epochs: number,
  lr: number,
): Float64Array {
  const N = T.length;
  const errors = new Float64Array(epochs);
  for (let e = 0; e < epochs; e++) {
    let total = 0;
    for (let s = 0; s < N; s++) {
      const x0 = X[2 * s];
      const x1 = X[2 * s + 1];
      const h0 = 1 / (1 + Math.exp(-(w[0] * x0 + w[1] * x1 + w[2])));
      const h1 = 1 / (1 + Math.exp(-(w[3] * x0 + w[4] * x1 + w[5])));
      const h2 = 1 / (1 + Math.exp(-(w[6] * x0 + w[7] * x1 + w[8])));
      const h3 = 1 / (1 + Math.exp(-(w[9] * x0 + w[10] * x1 + w[11])));
      const o = 1 / (1 + Math.exp(-(w[12] * h0 + w[13] * h1 + w[14] * h2 + w[15] * h3 + w[16])));
      const d = o - T[s];
      total += d * d;
      const dO = 2 * d * (o * (1 - o));
      const d0 = w[12] * dO * (h0 * (1 - h0));
      const d1 = w[13] * dO * (h1 * (1 - h1));
      const d2 = w[14] * dO * (h2 * (1 - h2));
      const d3 = w[15] * dO * (h3 * (1 - h3));
      w[12] -= lr * (dO * h0);
      w[13] -= lr * (dO * h1);
      w[14] -= lr * (dO * h2);
      w[15] -= lr * (dO * h3);
      w[16] -= lr * dO;
      w[0] -= lr * (d0 * x0);
      w[1] -= lr * (d0 * x1);
      w[2] -= lr * d0;
      w[3] -= lr * (d1 * x0);
      w[4] -= lr * (d1 * x1);
      w[5] -= lr * d1;
      w[6] -= lr * (d2 * x0);
      w[7] -= lr * (d2 * x1);
      w[8] -= lr * d2;
      w[9] -= lr * (d3 * x0);
      w[10] -= lr * (d3 * x1);
      w[11] -= lr * d3;
    }
    errors[e] = total / N;
  }
  return errors;
}

/**
 * Full-batch gradient descent for 2-4-1, hand-unrolled: the mean gradient of the N samples,
 * then one step w ← w − lr·grad per epoch.
 */
export function trainUnrolled241Batch(
  w: Float64Array,
  X: Float64Array,
  T: Float64Array,
  epochs: number,
  lr: number,
): Float64Array {
  const N = T.length;
  const errors = new Float64Array(epochs);
  const g = new Float64Array(17);
  const step = lr / N;
  for (let e = 0; e < epochs; e++) {
    let total = 0;
    g.fill(0);
    for (let s = 0; s < N; s++) {
      const x0 = X[2 * s];
      const x1 = X[2 * s + 1];
      const h0 = 1 / (1 + Math.exp(-(w[0] * x0 + w[1] * x1 + w[2])));
      const h1 = 1 / (1 + Math.exp(-(w[3] * x0 + w[4] * x1 + w[5])));
      const h2 = 1 / (1 + Math.exp(-(w[6] * x0 + w[7] * x1 + w[8])));
      const h3 = 1 / (1 + Math.exp(-(w[9] * x0 + w[10] * x1 + w[11])));
      const o = 1 / (1 + Math.exp(-(w[12] * h0 + w[13] * h1 + w[14] * h2 + w[15] * h3 + w[16])));
      const d = o - T[s];
      total += d * d;
      const dO = 2 * d * (o * (1 - o));
      const d0 = w[12] * dO * (h0 * (1 - h0));
      const d1 = w[13] * dO * (h1 * (1 - h1));
      const d2 = w[14] * dO * (h2 * (1 - h2));
      const d3 = w[15] * dO * (h3 * (1 - h3));
      g[12] += dO * h0;
      g[13] += dO * h1;
      g[14] += dO * h2;
      g[15] += dO * h3;
      g[16] += dO;
      g[0] += d0 * x0;
      g[1] += d0 * x1;
      g[2] += d0;
      g[3] += d1 * x0;
      g[4] += d1 * x1;
      g[5] += d1;
      g[6] += d2 * x0;
      g[7] += d2 * x1;
      g[8] += d2;
      g[9] += d3 * x0;
      g[10] += d3 * x1;
      g[11] += d3;
    }
    for (let p = 0; p < 17; p++) w[p] -= step * g[p];
    errors[e] = total / N;
  }
  return errors;
}
