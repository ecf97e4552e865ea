import {
  type Activation,
  appendOne,
  backward,
  dropBiasColumn,
  forward,
  gradientCheck,
  type Loss,
  type Matrix,
  nameModel,
  type ReadonlyMatrix,
  transpose,
} from '../../nn';
import { gradientsAgree, scaledDifference } from '../gradientAgreement';
import { allSigmoid } from './modelChoice';
import type { AnyNetworkState } from './store';

/** Everything section 8's figure shows about layer l (1 … L in the derivation's numbering). */
export interface LayerView {
  l: number;
  activation: Activation;
  /** W^l = weights[l − 1]: n_l rows, n_{l−1} + 1 columns */
  W: ReadonlyMatrix;
  /** out^{l−1} ‖ 1, with out^0 = x: what W^l multiplies */
  inputWithOne: number[];
  net: number[];
  out: number[];
  /**
   * f′(net^l), the diagonal of diag(f′(net^l)): σ(1 − σ), 1 − tanh², [net > 0] or 1; null for
   * softmax, whose slope is a whole matrix (jacobian)
   */
  slope: number[] | null;
  /** softmax only: diag(out) − out outᵀ, ∂out^L/∂net^L */
  jacobian: Matrix | null;
  /** δ^l = ∂E/∂net^l, from src/nn's backward pass with the model */
  delta: number[];
  /** ∂E/∂W^l = δ^l (out^{l−1} ‖ 1)ᵀ, the shape of W^l */
  grad: Matrix;
  /** for a hidden layer (l < L): (W^{l+1} without its bias column)ᵀ and δ^{l+1}, the recursion's inputs */
  back: { weightsT: Matrix; deltaNext: number[] } | null;
}

export interface AnyPass {
  sizes: readonly number[];
  layers: LayerView[];
  loss: Loss;
  error: number;
  x: readonly number[];
  t: readonly number[];
}

/** What the selectors read. Without a model the network is all sigmoid with squared error. */
export type AnyInputs = Pick<AnyNetworkState, 'weights' | 'x' | 't'> & {
  model?: AnyNetworkState['model'];
};

/** Cache on the identity of (weights, x, t, model): the store replaces them, never mutates them. */
function memoOnInputs<T>(compute: (s: AnyInputs) => T): (s: AnyInputs) => T {
  let last: (AnyInputs & { value: T }) | null = null;
  return (s) => {
    if (last && last.weights === s.weights && last.x === s.x && last.t === s.t && last.model === s.model) {
      return last.value;
    }
    const value = compute(s);
    last = { weights: s.weights, x: s.x, t: s.t, model: s.model, value };
    return value;
  };
}

/** f′(net) as the recursion's diagonal, read from the forward pass; null for softmax. */
function slopeOf(activation: Activation, net: readonly number[], out: readonly number[]): number[] | null {
  switch (activation) {
    case 'sigmoid':
      return out.map((o) => o * (1 - o));
    case 'tanh':
      return out.map((o) => 1 - o * o);
    case 'relu':
      return net.map((n) => (n > 0 ? 1 : 0));
    case 'linear':
      return net.map(() => 1);
    case 'softmax':
      return null;
  }
}

const softmaxJacobian = (s: readonly number[]): Matrix =>
  s.map((si, i) => s.map((sj, j) => (i === j ? si : 0) - si * sj));

/**
 * One forward and one backward pass through src/nn for the current network and model, arranged
 * layer by layer as the recursion is written: δ_l = diag(f′(net_l)) W̄_{l+1}ᵀ δ_{l+1}.
 */
export const selectAnyPass = memoOnInputs(({ weights, x, t, model }): AnyPass => {
  const { activations, loss } = nameModel(model, weights.length);
  const { net, out } = forward(weights, x, model);
  const { error, delta, grad } = backward(weights, x, t, model);
  const L = weights.length;
  const layers = weights.map((W, i): LayerView => {
    const activation = activations[i] as Activation;
    return {
      l: i + 1,
      activation,
      W,
      inputWithOne: appendOne(i === 0 ? x : out[i - 1]),
      net: net[i],
      out: out[i],
      slope: slopeOf(activation, net[i], out[i]),
      jacobian: activation === 'softmax' ? softmaxJacobian(out[i]) : null,
      delta: delta[i],
      grad: grad[i],
      back:
        i + 1 < L ? { weightsT: transpose(dropBiasColumn(weights[i + 1])), deltaNext: delta[i + 1] } : null,
    };
  });
  return { sizes: [x.length, ...weights.map((m) => m.length)], layers, loss, error, x, t };
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
  /**
   * a ReLU unit whose net input lies within the nudge's reach of 0, where relu has a corner and
   * the central difference straddles it: then a disagreement is the difference's fault
   */
  nearKink: { l: number; unit: number } | null;
}

/** How far a net input moves when one weight moves by ε: ε times the largest input it multiplies. */
const CHECK_EPSILON = 1e-5;

/** src/nn's central-difference check over every parameter, with the same model, reduced to its worst entry. */
export const selectAnyGradCheck = memoOnInputs((s): GradCheckSummary => {
  const { weights, x, t, model } = s;
  const entries = gradientCheck(weights, x, t, CHECK_EPSILON, model);
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
  let nearKink: GradCheckSummary['nearKink'] = null;
  for (const v of selectAnyPass(s).layers) {
    if (v.activation !== 'relu') continue;
    const reach = CHECK_EPSILON * 100 * Math.max(1, ...v.inputWithOne.map(Math.abs));
    const unit = v.net.findIndex((n) => Math.abs(n) < reach);
    if (unit >= 0 && nearKink === null) nearKink = { l: v.l, unit };
  }
  return { count: entries.length, maxScaled, agrees, worst, nearKink };
});

/** How big layer l's deltas are: the mean of |δ_l| over its units, l = 1 … L. */
export interface DeltaSize {
  l: number;
  meanAbs: number;
  /** the same network (weights, x, t, loss) with sigmoid on every layer */
  sigmoidMeanAbs: number;
  /** units of a ReLU layer with net ≤ 0 for this input: their slope, so their δ, is 0 */
  dead: number;
  /** the layer's units if it is a ReLU layer, else 0 */
  reluUnits: number;
}

const meanAbs = (v: readonly number[]) => v.reduce((sum, d) => sum + Math.abs(d), 0) / v.length;

/**
 * Mean |δ_l| per layer for the reader's model and for all-sigmoid, from src/nn's backward
 * pass with the same weights, input, target and loss (cross-entropy fits sigmoid outputs too).
 */
export const selectDeltaSizes = memoOnInputs((s): DeltaSize[] => {
  const pass = selectAnyPass(s);
  const sigmoid = backward(s.weights, s.x, s.t, {
    activation: allSigmoid(s.weights.length),
    loss: pass.loss,
  });
  return pass.layers.map((v, i) => ({
    l: v.l,
    meanAbs: meanAbs(v.delta),
    sigmoidMeanAbs: meanAbs(sigmoid.delta[i] as number[]),
    dead: v.activation === 'relu' ? v.net.filter((n) => n <= 0).length : 0,
    reluUnits: v.activation === 'relu' ? v.net.length : 0,
  }));
});

/** Whether the model is the page's default everywhere: sigmoid on every layer and squared error. */
export const isAllSigmoid = (model: AnyInputs['model']) =>
  !model || model.activation.every((a) => a === 'sigmoid');
