import {
  appendOne,
  backward,
  dropBiasColumn,
  forward,
  gradientCheck,
  type Matrix,
  type ReadonlyMatrix,
  sigmoidPrime,
  transpose,
  type Weights,
} from '../../nn';
import { gradientsAgree, scaledDifference } from '../gradientAgreement';
import type { AnyNetworkState } from './store';

/** Everything section 8's figure shows about layer l (1 … L in the derivation's numbering). */
export interface LayerView {
  l: number;
  /** W^l = weights[l − 1]: n_l rows, n_{l−1} + 1 columns */
  W: ReadonlyMatrix;
  /** out^{l−1} ‖ 1, with out^0 = x: what W^l multiplies */
  inputWithOne: number[];
  net: number[];
  out: number[];
  /** σ'(net^l), the diagonal of diag(σ'(net^l)) */
  slope: number[];
  /** δ^l = ∂E/∂net^l */
  delta: number[];
  /** ∂E/∂W^l = δ^l (out^{l−1} ‖ 1)ᵀ, the shape of W^l */
  grad: Matrix;
  /** for a hidden layer (l < L): (W^{l+1} without its bias column)ᵀ and δ^{l+1}, the recursion's inputs */
  back: { weightsT: Matrix; deltaNext: number[] } | null;
}

export interface AnyPass {
  sizes: readonly number[];
  layers: LayerView[];
  error: number;
  x: readonly number[];
  t: readonly number[];
}

type Inputs = Pick<AnyNetworkState, 'weights' | 'x' | 't'>;

/** Cache on the identity of (weights, x, t): the store replaces them, never mutates them. */
function memoOnInputs<T>(compute: (s: Inputs) => T): (s: Inputs) => T {
  let last: { weights: Weights; x: number[]; t: number[]; value: T } | null = null;
  return (s) => {
    if (last && last.weights === s.weights && last.x === s.x && last.t === s.t) return last.value;
    const value = compute(s);
    last = { weights: s.weights, x: s.x, t: s.t, value };
    return value;
  };
}

/**
 * One forward and one backward pass through src/nn for the current network, arranged layer by
 * layer as the recursion is written: δ^l = diag(σ'(net^l)) (W^{l+1}[:, :−1])ᵀ δ^{l+1}.
 */
export const selectAnyPass = memoOnInputs(({ weights, x, t }): AnyPass => {
  const { net, out } = forward(weights, x);
  const { error, delta, grad } = backward(weights, x, t);
  const L = weights.length;
  const layers = weights.map(
    (W, i): LayerView => ({
      l: i + 1,
      W,
      inputWithOne: appendOne(i === 0 ? x : out[i - 1]),
      net: net[i],
      out: out[i],
      slope: net[i].map(sigmoidPrime),
      delta: delta[i],
      grad: grad[i],
      back:
        i + 1 < L ? { weightsT: transpose(dropBiasColumn(weights[i + 1])), deltaNext: delta[i + 1] } : null,
    }),
  );
  return { sizes: [x.length, ...weights.map((m) => m.length)], layers, error, x, t };
});

export interface GradCheckSummary {
  /** number of parameters checked (every weight and bias) */
  count: number;
  /** the largest |analytic − numeric| / max(1, |analytic|, |numeric|) (gradientAgreement.ts) */
  maxScaled: number;
  /** every entry within GRADIENT_TOLERANCE */
  agrees: boolean;
  /** where the largest scaled difference sits, as W^l[row][col] in the derivation's numbering */
  worst: { l: number; row: number; col: number } | null;
}

/** src/nn's central-difference check over every parameter, reduced to its worst entry. */
export const selectAnyGradCheck = memoOnInputs(({ weights, x, t }): GradCheckSummary => {
  const entries = gradientCheck(weights, x, t);
  let worst: GradCheckSummary['worst'] = null;
  let maxScaled = 0;
  let agrees = true;
  for (const e of entries) {
    const scaled = scaledDifference(e.analytic, e.numeric);
    agrees &&= gradientsAgree(e.analytic, e.numeric);
    if (worst === null || scaled > maxScaled) {
      maxScaled = scaled;
      worst = { l: e.layer + 1, row: e.row, col: e.col };
    }
  }
  return { count: entries.length, maxScaled, agrees, worst };
});

/** How big layer l's deltas are: the mean of |δ^l_j| over its units, l = 1 … L. */
export interface DeltaSize {
  l: number;
  meanAbs: number;
}

/** Mean |δ^l| per layer, from the same pass as everything else (src/nn's backward). */
export const selectDeltaSizes = memoOnInputs((s): DeltaSize[] =>
  selectAnyPass(s).layers.map((v) => ({
    l: v.l,
    meanAbs: v.delta.reduce((sum, d) => sum + Math.abs(d), 0) / v.delta.length,
  })),
);
