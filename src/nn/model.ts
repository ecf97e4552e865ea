/**
 * Activations and losses (DESIGN.md, "Activations and losses"): the names a caller passes, and
 * their validation into small integer codes the flat path switches on.
 */
import { describe } from './validate';

export type Activation = 'sigmoid' | 'tanh' | 'relu' | 'linear' | 'softmax';
export type Loss = 'squared' | 'half-squared' | 'cross-entropy';

/** A network's choice of activation (one for every layer, or one per layer) and loss. */
export interface Model {
  activation?: Activation | readonly Activation[];
  loss?: Loss;
}

export const ACTIVATIONS: readonly Activation[] = ['sigmoid', 'tanh', 'relu', 'linear', 'softmax'];
export const LOSSES: readonly Loss[] = ['squared', 'half-squared', 'cross-entropy'];

/** Activation codes: an index into ACTIVATIONS (the hot loops compare small integers). */
export const SIGMOID = 0;
export const TANH = 1;
export const RELU = 2;
export const LINEAR = 3;
export const SOFTMAX = 4;

/** Loss codes: an index into LOSSES. */
export const SQUARED = 0;
export const HALF_SQUARED = 1;
export const CROSS_ENTROPY = 2;

/** A validated model: one activation code per weight layer, and a loss code. */
export interface ResolvedModel {
  activations: Int32Array;
  loss: number;
}

/** The model as names, one activation per layer (for code generators and captions). */
export interface NamedModel {
  activations: Activation[];
  loss: Loss;
}

function activationCode(name: unknown, where: string): number {
  const k = ACTIVATIONS.indexOf(name as Activation);
  if (typeof name !== 'string' || k < 0) {
    throw new Error(
      `${where} must be one of ${ACTIVATIONS.map((a) => `'${a}'`).join(', ')}, got ${describe(name)}`,
    );
  }
  return k;
}

/**
 * Checks a model against a network of `layers` weight layers and returns its codes. Throws an
 * Error naming the problem: an unknown name, the wrong number of activations, softmax before the
 * last layer, or cross-entropy on outputs that are not sigmoid or softmax.
 */
export function resolveModel(model: Model | undefined, layers: number): ResolvedModel {
  if (model !== undefined && (typeof model !== 'object' || model === null)) {
    throw new Error(`model must be an object { activation?, loss }, got ${describe(model)}`);
  }
  const activation: unknown = model?.activation ?? 'sigmoid';
  const activations = new Int32Array(layers);
  if (Array.isArray(activation)) {
    if (activation.length !== layers) {
      throw new Error(
        `activation lists ${activation.length} name${activation.length === 1 ? '' : 's'}; expected ${layers}, one per weight layer`,
      );
    }
    activation.forEach((a, l) => {
      activations[l] = activationCode(a, `activation[${l}]`);
    });
  } else {
    activations.fill(activationCode(activation, 'activation'));
  }
  for (let l = 0; l < layers - 1; l++) {
    if (activations[l] === SOFTMAX) {
      throw new Error(
        `softmax is only allowed on the last layer (layer ${layers - 1}), but layer ${l} uses it`,
      );
    }
  }
  const lossName: unknown = model?.loss ?? 'squared';
  const loss = LOSSES.indexOf(lossName as Loss);
  if (typeof lossName !== 'string' || loss < 0) {
    throw new Error(
      `loss must be one of ${LOSSES.map((n) => `'${n}'`).join(', ')}, got ${describe(lossName)}`,
    );
  }
  const last = activations[layers - 1];
  if (loss === CROSS_ENTROPY && last !== SIGMOID && last !== SOFTMAX) {
    throw new Error(
      `loss 'cross-entropy' needs sigmoid or softmax outputs, but the last layer is '${ACTIVATIONS[last]}'`,
    );
  }
  return { activations, loss };
}

/** The model with every default filled in, as names (validated like resolveModel). */
export function nameModel(model: Model | undefined, layers: number): NamedModel {
  const r = resolveModel(model, layers);
  return { activations: Array.from(r.activations, (k) => ACTIVATIONS[k]), loss: LOSSES[r.loss] };
}

/** The model part of an options object such as train()'s ({ ...options, ...model }). */
export function pickModel(options: Model): Model {
  return { activation: options.activation, loss: options.loss };
}
