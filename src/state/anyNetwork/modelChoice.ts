import type { Activation, Loss } from '../../nn';

/**
 * Section 8's choice of activation per layer and loss, kept valid by construction: softmax
 * only on the output layer, cross-entropy only on sigmoid or softmax outputs (the engine's
 * rules, src/nn/model.ts). Every request is brought within the rules here, and what had to
 * change is said in words, so the engine never sees a model it would refuse.
 */
export interface ModelChoice {
  /** activations[l − 1] is layer l's, l = 1 … L (the output last) */
  activations: Activation[];
  loss: Loss;
}

export const HIDDEN_ACTIVATIONS: readonly Activation[] = ['sigmoid', 'tanh', 'relu', 'linear'];
export const OUTPUT_ACTIVATIONS: readonly Activation[] = [...HIDDEN_ACTIVATIONS, 'softmax'];
export const CHOSEN_LOSSES: readonly Loss[] = ['squared', 'half-squared', 'cross-entropy'];

export const DEFAULT_LOSS: Loss = 'squared';

export const allSigmoid = (layers: number): Activation[] => Array.from({ length: layers }, () => 'sigmoid');

/** Cross-entropy is defined here only for outputs in (0, 1): sigmoid or softmax. */
export const crossEntropyFits = (output: Activation | undefined) =>
  output === 'sigmoid' || output === 'softmax';

export const ACTIVATION_WORDS: Record<Activation, string> = {
  sigmoid: 'sigmoid σ',
  tanh: 'tanh',
  relu: 'ReLU',
  linear: 'linear',
  softmax: 'softmax',
};

export const LOSS_WORDS: Record<Loss, string> = {
  squared: 'squared error Σ(out − t)²',
  'half-squared': 'half squared error ½Σ(out − t)²',
  'cross-entropy': 'cross-entropy',
};

const isActivation = (a: unknown): a is Activation => OUTPUT_ACTIVATIONS.includes(a as Activation);
const isLoss = (l: unknown): l is Loss => CHOSEN_LOSSES.includes(l as Loss);

/**
 * A valid model for `layers` weight layers from any request: missing layers take the last
 * hidden layer's activation (sigmoid if none), extra ones are dropped, softmax before the
 * output becomes sigmoid, and cross-entropy on outputs it does not fit becomes squared error.
 */
export function checkModel(
  requested: { activations?: readonly unknown[]; loss?: unknown },
  layers: number,
): ModelChoice & { problems: string[] } {
  const problems: string[] = [];
  const asked = requested.activations ?? [];
  const activations: Activation[] = [];
  for (let i = 0; i < layers; i++) {
    const a = asked[i];
    const isOutput = i === layers - 1;
    if (a === undefined) {
      activations.push(i > 0 && !isOutput ? (activations[i - 1] as Activation) : 'sigmoid');
    } else if (!isActivation(a)) {
      problems.push(
        `Layer ${i + 1}'s activation must be one of ${OUTPUT_ACTIVATIONS.join(', ')}; ${String(a)} became sigmoid.`,
      );
      activations.push('sigmoid');
    } else if (a === 'softmax' && !isOutput) {
      problems.push(`Softmax is for the output layer only; layer ${i + 1} got sigmoid instead.`);
      activations.push('sigmoid');
    } else {
      activations.push(a);
    }
  }
  let loss: Loss = DEFAULT_LOSS;
  if (requested.loss !== undefined) {
    if (!isLoss(requested.loss)) {
      problems.push(
        `The loss must be one of ${CHOSEN_LOSSES.join(', ')}; ${String(requested.loss)} became squared.`,
      );
    } else loss = requested.loss;
  }
  if (loss === 'cross-entropy' && !crossEntropyFits(activations[layers - 1])) {
    problems.push(
      `Cross-entropy needs outputs between 0 and 1 (sigmoid or softmax), and the output layer is ${activations[layers - 1]}, so the loss is squared error.`,
    );
    loss = 'squared';
  }
  return { activations, loss, problems };
}

/**
 * The activations after the shape changed from `before` to `after` layers: the output keeps its
 * activation, the hidden layers keep theirs in order, and a new hidden layer repeats the last
 * hidden one (sigmoid if there was none).
 */
export function resizeActivations(activations: readonly Activation[], after: number): Activation[] {
  const output = activations[activations.length - 1] ?? 'sigmoid';
  const hidden = activations.slice(0, -1);
  const fill: Activation = hidden[hidden.length - 1] ?? 'sigmoid';
  const next = hidden.slice(0, after - 1);
  while (next.length < after - 1) next.push(fill);
  return [...next, output];
}
