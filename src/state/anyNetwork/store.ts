import { create } from 'zustand';
import type { Activation, Loss, Model, Weights } from '../../nn';
import { allSigmoid, checkModel, DEFAULT_LOSS, resizeActivations } from './modelChoice';
import { checkSizes, DEFAULT_SEED, DEFAULT_SIZES, LIMITS, seededNetwork, withLayerCount } from './shape';

/**
 * Section 8's own network, separate from the shared 2x2 one: the reader's chosen layer sizes,
 * seed, activation per layer and loss are the inputs; weights, x and t are drawn from the shape
 * and the seed. Everything shown is derived from (weights, x, t, model) by selectors.ts.
 */
export interface AnyNetworkState {
  /** [n_0 (inputs), n_1, …, n_L (outputs)] */
  sizes: number[];
  seed: number;
  /** weights[l − 1] is W^l: n_l rows, n_{l−1} + 1 columns (the last one for the bias) */
  weights: Weights;
  x: number[];
  t: number[];
  /** the engine's model, always valid for the shape (modelChoice.ts); replaced, never mutated */
  model: { activation: Activation[]; loss: Loss };
  /** why the last request was changed or refused, for the reader; null when it was fine */
  message: string | null;
  setSizes: (requested: readonly unknown[]) => void;
  setLayerCount: (count: number) => void;
  setLayerSize: (layer: number, units: number) => void;
  setSeed: (seed: number) => void;
  /** layer l = 1 … L */
  setActivation: (l: number, activation: Activation) => void;
  setLoss: (loss: Loss) => void;
  /** shape, seed and model at once (the address); what had to change is the message */
  load: (requested: {
    sizes?: readonly unknown[];
    seed?: number;
    activations?: readonly unknown[];
    loss?: unknown;
  }) => void;
  setWeight: (layer: number, row: number, col: number, value: number) => void;
  reset: () => void;
}

type Inputs = Pick<AnyNetworkState, 'sizes' | 'seed' | 'weights' | 'x' | 't' | 'model' | 'message'>;

const joinProblems = (problems: readonly string[]) => (problems.length ? problems.join(' ') : null);

/**
 * A valid network for the requested shape and model: new weights, x and t whenever the shape
 * or seed changes; the activations follow the shape (resizeActivations) unless given.
 */
function build(
  requested: readonly unknown[],
  seed: number,
  model: { activations?: readonly unknown[]; loss?: unknown },
): Inputs {
  const { sizes, problems } = checkSizes(requested);
  const checked = checkModel(model, sizes.length - 1);
  return {
    sizes,
    seed,
    ...seededNetwork(sizes, seed),
    model: { activation: checked.activations, loss: checked.loss },
    message: joinProblems([...problems, ...checked.problems]),
  };
}

export const DEFAULT_MODEL = { activations: allSigmoid(DEFAULT_SIZES.length - 1), loss: DEFAULT_LOSS };

export const initialAnyNetwork = (): Inputs => build(DEFAULT_SIZES, DEFAULT_SEED, DEFAULT_MODEL);

/** The store's model as the engine takes it (src/nn's Model). */
export const engineModel = (s: Pick<AnyNetworkState, 'model'>): Model => s.model;

export const createAnyNetworkStore = () =>
  create<AnyNetworkState>()((set, get) => {
    /** the current model, resized to a shape of `count` layers (input and output included) */
    const modelFor = (count: number) => ({
      activations: resizeActivations(get().model.activation, count - 1),
      loss: get().model.loss,
    });
    return {
      ...initialAnyNetwork(),
      setSizes: (requested) => {
        const count = checkSizes(requested).sizes.length;
        set(build(requested, get().seed, modelFor(count)));
      },
      setLayerCount: (count) => {
        const { sizes, seed } = get();
        if (!Number.isInteger(count)) {
          set({ message: `The number of layers must be a whole number; ${String(count)} was ignored.` });
          return;
        }
        const used = Math.min(Math.max(count, LIMITS.minLayers), LIMITS.maxLayers);
        const next = build(withLayerCount(sizes, used), seed, modelFor(used));
        if (used !== count) {
          next.message = `A network here has ${LIMITS.minLayers} to ${LIMITS.maxLayers} layers (input and output included); ${count} asked for, ${used} used.`;
        }
        set(next);
      },
      setLayerSize: (layer, units) => {
        const { sizes, seed } = get();
        if (!Number.isInteger(layer) || layer < 0 || layer >= sizes.length) {
          set({
            message: `There is no layer ${String(layer)}; the network has layers 0 to ${sizes.length - 1}.`,
          });
          return;
        }
        set(
          build(
            sizes.map((n, l) => (l === layer ? units : n)),
            seed,
            modelFor(sizes.length),
          ),
        );
      },
      setSeed: (seed) => {
        if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0) {
          set({ message: `The seed must be a whole number from 0 up; ${String(seed)} was ignored.` });
          return;
        }
        set(build(get().sizes, seed, modelFor(get().sizes.length)));
      },
      setActivation: (l, activation) => {
        const { model } = get();
        if (!Number.isInteger(l) || l < 1 || l > model.activation.length) {
          set({
            message: `There is no layer ${String(l)} with weights; the layers are 1 to ${model.activation.length}.`,
          });
          return;
        }
        const activations = model.activation.map((a, i) => (i === l - 1 ? activation : a));
        const checked = checkModel({ activations, loss: model.loss }, activations.length);
        set({
          model: { activation: checked.activations, loss: checked.loss },
          message: joinProblems(checked.problems),
        });
      },
      setLoss: (loss) => {
        const { model } = get();
        const checked = checkModel({ activations: model.activation, loss }, model.activation.length);
        set({
          model: { activation: checked.activations, loss: checked.loss },
          message: joinProblems(checked.problems),
        });
      },
      load: (requested) => {
        const sizes = requested.sizes ?? get().sizes;
        const count = checkSizes(sizes).sizes.length;
        const seed = requested.seed ?? get().seed;
        const current = modelFor(count);
        set(
          build(sizes, seed, {
            activations: requested.activations ?? current.activations,
            loss: requested.loss ?? current.loss,
          }),
        );
      },
      setWeight: (layer, row, col, value) => {
        const { weights } = get();
        if (!Number.isFinite(value) || weights[layer]?.[row]?.[col] === undefined) return;
        // copy only the path to the entry, so unchanged rows keep their identity
        set({
          weights: weights.map((m, l) =>
            l !== layer ? m : m.map((r, i) => (i !== row ? r : r.map((v, j) => (j === col ? value : v)))),
          ),
        });
      },
      reset: () => set(initialAnyNetwork()),
    };
  });

export type AnyNetworkStore = ReturnType<typeof createAnyNetworkStore>;

/** The page's one section-8 network. */
export const useAnyNetworkStore = createAnyNetworkStore();
