import { type Loss, type ReadonlyWeights, type Sample, sigmoid, softplus } from '../../nn';
import type { HiddenActivation, Reduction } from './labConfig';
import type { LabParam } from './labParams';

/**
 * The set's error E as a function of two of the lab network's weights, every other weight held:
 * what the loss landscape draws, 1,600 times per surface. Moving two weights changes at most two
 * hidden units, so each sample's hidden layer is computed once here and, per grid cell, only the
 * changed units and the output are recomputed: the cost per sample no longer grows with the
 * width, which keeps a 200-point set's surface fast. The arithmetic is the engine's (σ, tanh,
 * relu, the loss from the output's net input) and a test checks it against fastNet's setError.
 */
export type TwoWeightLoss = (va: number, vb: number) => number;

const act = (a: HiddenActivation): ((z: number) => number) =>
  // relu as the engine writes it: one compare, relu′(0) = 0
  // biome-ignore lint/complexity/useMathMinMax: the same compare as the engine's flat path
  a === 'sigmoid' ? sigmoid : a === 'tanh' ? Math.tanh : a === 'relu' ? (z) => (z > 0 ? z : 0) : (z) => z;

/** One sample's error from the output unit's net input z (the output is a sigmoid). */
function lossOf(loss: Loss): (z: number, t: number) => number {
  // t·softplus(−z) + (1 − t)·softplus(z) = softplus(z) − t·z, since softplus(−z) = softplus(z) − z:
  // one logarithm per sample instead of two
  if (loss === 'cross-entropy') return (z, t) => softplus(z) - t * z;
  const c = loss === 'half-squared' ? 0.5 : 1;
  return (z, t) => {
    const d = sigmoid(z) - t;
    return c * d * d;
  };
}

export function twoWeightLoss(
  weights: ReadonlyWeights,
  a: LabParam,
  b: LabParam,
  data: readonly Sample[],
  activation: HiddenActivation,
  loss: Loss,
  reduction: Reduction,
): TwoWeightLoss {
  const W1 = weights[0] as readonly (readonly number[])[];
  const W2 = (weights[1] as readonly (readonly number[])[])[0] as readonly number[];
  const h = W1.length;
  const N = data.length;
  const f = act(activation);
  const e = lossOf(loss);
  // per sample: the inputs with their 1, each hidden unit's net input and output, the output's net input
  const X = new Float64Array(N * 3);
  const net1 = new Float64Array(N * h);
  const out1 = new Float64Array(N * h);
  const net2 = new Float64Array(N);
  const T = new Float64Array(N);
  for (let j = 0; j < N; j++) {
    const s = data[j] as Sample;
    X[3 * j] = s.x[0] as number;
    X[3 * j + 1] = s.x[1] as number;
    X[3 * j + 2] = 1;
    T[j] = s.t[0] as number;
    let z2 = 0;
    for (let i = 0; i < h; i++) {
      const r = W1[i] as readonly number[];
      // the engine's order: Σ w·x over the inputs, then the bias
      const z = (r[0] as number) * X[3 * j] + (r[1] as number) * X[3 * j + 1] + (r[2] as number);
      net1[j * h + i] = z;
      const o = f(z);
      out1[j * h + i] = o;
      z2 += (W2[i] as number) * o;
    }
    net2[j] = z2 + (W2[h] as number);
  }
  const wa = a.layer === 0 ? (W1[a.row]?.[a.col] ?? 0) : (W2[a.col] ?? 0);
  const wb = b.layer === 0 ? (W1[b.row]?.[b.col] ?? 0) : (W2[b.col] ?? 0);
  // the hidden units the two weights feed (−1: none), and the output columns they occupy
  const ra = a.layer === 0 ? a.row : -1;
  const rb = b.layer === 0 && b.row !== ra ? b.row : -1;
  const scale = reduction === 'mean' && N > 0 ? 1 / N : 1;
  return (va, vb) => {
    const da = va - wa;
    const db = vb - wb;
    let total = 0;
    for (let j = 0; j < N; j++) {
      let z2 = net2[j] as number;
      // the changed hidden units: their new outputs replace the old ones in the output's sum
      let ha = 0;
      let hb = 0;
      if (ra >= 0) {
        let z = net1[j * h + ra] as number;
        if (a.layer === 0) z += da * (X[3 * j + a.col] as number);
        if (b.layer === 0 && b.row === ra) z += db * (X[3 * j + b.col] as number);
        ha = f(z);
        z2 += (W2[ra] as number) * (ha - (out1[j * h + ra] as number));
      }
      if (rb >= 0) {
        const z = (net1[j * h + rb] as number) + db * (X[3 * j + b.col] as number);
        hb = f(z);
        z2 += (W2[rb] as number) * (hb - (out1[j * h + rb] as number));
      }
      // an output weight moved: its change times the (possibly changed) hidden output, or the 1
      const hiddenOut = (c: number) =>
        c === h ? 1 : c === ra ? ha : c === rb ? hb : (out1[j * h + c] as number);
      if (a.layer === 1) z2 += da * hiddenOut(a.col);
      if (b.layer === 1) z2 += db * hiddenOut(b.col);
      total += e(z2, T[j] as number);
    }
    return total * scale;
  };
}
