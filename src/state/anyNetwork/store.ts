import { create } from 'zustand';
import type { Weights } from '../../nn';
import { checkSizes, DEFAULT_SEED, DEFAULT_SIZES, LIMITS, seededNetwork, withLayerCount } from './shape';

/**
 * Section 8's own network, separate from the shared 2x2 one: the reader's chosen layer sizes
 * and seed are the inputs; weights, x and t are drawn from them. Everything shown is derived
 * from (weights, x, t) by selectors.ts.
 */
export interface AnyNetworkState {
  /** [n_0 (inputs), n_1, …, n_L (outputs)] */
  sizes: number[];
  seed: number;
  /** weights[l − 1] is W^l: n_l rows, n_{l−1} + 1 columns (the last one for the bias) */
  weights: Weights;
  x: number[];
  t: number[];
  /** why the last request was changed or refused, for the reader; null when it was fine */
  message: string | null;
  setSizes: (requested: readonly unknown[]) => void;
  setLayerCount: (count: number) => void;
  setLayerSize: (layer: number, units: number) => void;
  setSeed: (seed: number) => void;
  setWeight: (layer: number, row: number, col: number, value: number) => void;
  reset: () => void;
}

type Inputs = Pick<AnyNetworkState, 'sizes' | 'seed' | 'weights' | 'x' | 't' | 'message'>;

/** A valid network for the requested shape: new weights, x and t whenever the shape or seed changes. */
function build(requested: readonly unknown[], seed: number): Inputs {
  const { sizes, problems } = checkSizes(requested);
  return { sizes, seed, ...seededNetwork(sizes, seed), message: problems.length ? problems.join(' ') : null };
}

export const initialAnyNetwork = (): Inputs => build(DEFAULT_SIZES, DEFAULT_SEED);

export const useAnyNetworkStore = create<AnyNetworkState>()((set, get) => ({
  ...initialAnyNetwork(),
  setSizes: (requested) => set(build(requested, get().seed)),
  setLayerCount: (count) => {
    const { sizes, seed } = get();
    if (!Number.isInteger(count)) {
      set({ message: `The number of layers must be a whole number; ${String(count)} was ignored.` });
      return;
    }
    const used = Math.min(Math.max(count, LIMITS.minLayers), LIMITS.maxLayers);
    const next = build(withLayerCount(sizes, used), seed);
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
      ),
    );
  },
  setSeed: (seed) => {
    if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0) {
      set({ message: `The seed must be a whole number from 0 up; ${String(seed)} was ignored.` });
      return;
    }
    set(build(get().sizes, seed));
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
}));
