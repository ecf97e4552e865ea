/**
 * What the NumPy and PyTorch generators share: the validated network, its model as names, and
 * the derivation's names for each layer's quantities.
 */
import {
  type Activation,
  type Loss,
  type Model,
  nameModel,
  type ReadonlyWeights,
  validateWeights,
} from '../nn';

export interface ScriptInput {
  weights: ReadonlyWeights;
  x: readonly number[];
  t: readonly number[];
  model?: Model;
}

export interface ScriptPlan {
  /** Weight layers. */
  L: number;
  sizes: number[];
  activations: Activation[];
  loss: Loss;
}

export function plan({ weights, x, t, model }: ScriptInput): ScriptPlan {
  const sizes = validateWeights(weights);
  if (x.length !== sizes[0])
    throw new Error(`x has ${x.length} entries; the network takes ${sizes[0]} inputs`);
  if (t.length !== sizes[sizes.length - 1]) {
    throw new Error(`t has ${t.length} entries; the network has ${sizes[sizes.length - 1]} outputs`);
  }
  const { activations, loss } = nameModel(model, weights.length);
  return { L: weights.length, sizes, activations, loss };
}

/** "δ_out" and "δ_hidden" for the page's one-hidden-layer networks, else δ1 … δL by layer. */
export function deltaName(l: number, L: number): string {
  if (L === 2) return l === 2 ? 'δ_out' : 'δ_hidden';
  return l === L ? `δ${l} (the output layer)` : `δ${l}`;
}

export const LOSS_FORMULA: Record<Loss, string> = {
  squared: 'E = Σ (out − t)²  (no ½)',
  'half-squared': 'E = ½ Σ (out − t)²  (Mazur’s convention)',
  'cross-entropy': 'E = −Σ t ln out, computed from the net inputs so it stays finite',
};

/** f′ written as the page writes it, for comments. */
export const SLOPE_FORMULA: Record<Activation, string> = {
  sigmoid: "σ'(net) = out (1 − out)",
  tanh: "tanh'(net) = 1 − out²",
  relu: "relu'(net) = 1 where net > 0, else 0",
  linear: "linear'(net) = 1",
  softmax: 'the softmax Jacobian diag(out) − out outᵀ',
};
