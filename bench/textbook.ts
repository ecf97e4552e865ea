/**
 * A plain textbook implementation over number[][], written for the benchmark: the loops one
 * would write from the derivation, allocating fresh arrays for net, out, delta and the
 * gradient of every sample, no typed arrays, no specialisation. Same maths as the engine:
 * sigma everywhere, bias as the last column, E = Σ (o − t)^2 with no 1/2.
 */
type Matrix = number[][];

const sigma = (x: number): number => 1 / (1 + Math.exp(-x));

function forward(W: Matrix[], x: number[]): number[][] {
  const outs: number[][] = [x];
  let a = x;
  for (const w of W) {
    const o: number[] = [];
    for (const row of w) {
      let s = row[a.length];
      for (let j = 0; j < a.length; j++) s += row[j] * a[j];
      o.push(sigma(s));
    }
    outs.push(o);
    a = o;
  }
  return outs;
}

/** Gradients of E for one sample: grad[l] = delta[l] (out[l-1] ‖ 1)ᵀ. Returns the error too. */
function gradients(W: Matrix[], x: number[], t: number[]): { error: number; grad: Matrix[] } {
  const outs = forward(W, x);
  const L = W.length;
  const y = outs[L];
  let error = 0;
  let delta = y.map((o, k) => {
    error += (o - t[k]) ** 2;
    return 2 * (o - t[k]) * o * (1 - o);
  });
  const grad: Matrix[] = new Array(L);
  for (let l = L - 1; l >= 0; l--) {
    const a = outs[l];
    grad[l] = delta.map((d) => [...a.map((aj) => d * aj), d]);
    if (l > 0) {
      const w = W[l];
      const prev = delta;
      delta = a.map((aj, j) => {
        let s = 0;
        for (let i = 0; i < w.length; i++) s += w[i][j] * prev[i];
        return s * aj * (1 - aj);
      });
    }
  }
  return { error, grad };
}

export interface TextbookSample {
  x: number[];
  t: number[];
}

/**
 * Trains W in place for `epochs` passes; batchSize 1 = per-sample SGD, data.length = full batch
 * (mean gradient). Returns each epoch's mean error.
 */
export function trainTextbook(
  W: Matrix[],
  data: TextbookSample[],
  epochs: number,
  lr: number,
  batchSize: number,
): number[] {
  const errors: number[] = [];
  for (let e = 0; e < epochs; e++) {
    let total = 0;
    for (let start = 0; start < data.length; start += batchSize) {
      const batch = data.slice(start, start + batchSize);
      const sum = W.map((m) => m.map((row) => row.map(() => 0)));
      for (const { x, t } of batch) {
        const { error, grad } = gradients(W, x, t);
        total += error;
        grad.forEach((m, l) => {
          m.forEach((row, i) => {
            row.forEach((v, j) => {
              sum[l][i][j] += v;
            });
          });
        });
      }
      const step = lr / batch.length;
      W.forEach((m, l) => {
        m.forEach((row, i) => {
          row.forEach((_, j) => {
            row[j] -= step * sum[l][i][j];
          });
        });
      });
    }
    errors.push(total / data.length);
  }
  return errors;
}
