import type { StateCreator } from 'zustand';
import type { Weights } from '../nn';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X, PARAM_BY_ID, type ParamId } from './twoByTwo';

/** The 2x2 network's inputs: what the reader sets. Everything else is derived (selectors.ts). */
export interface NetworkSlice {
  weights: Weights;
  x: number[];
  t: number[];
  setParam: (id: ParamId, value: number) => void;
  setInput: (index: number, value: number) => void;
  setTarget: (index: number, value: number) => void;
  setNetwork: (next: Partial<Pick<NetworkSlice, 'weights' | 'x' | 't'>>) => void;
  resetNetwork: () => void;
}

const cloneDefaults = (): Weights => DEFAULT_WEIGHTS.map((m) => m.map((r) => [...r]));

/** Replace one entry, copying only the path to it so unchanged rows keep their identity. */
function withEntry(weights: Weights, layer: number, row: number, col: number, value: number): Weights {
  return weights.map((m, l) =>
    l !== layer ? m : m.map((r, i) => (i !== row ? r : r.map((v, j) => (j === col ? value : v)))),
  );
}

const withIndex = (v: number[], index: number, value: number) =>
  v.map((old, i) => (i === index ? value : old));

export const createNetworkSlice: StateCreator<NetworkSlice, [], [], NetworkSlice> = (set) => ({
  weights: cloneDefaults(),
  x: [...DEFAULT_X],
  t: [...DEFAULT_T],
  setParam: (id, value) => {
    if (!Number.isFinite(value)) return;
    const { layer, row, col } = PARAM_BY_ID[id];
    set((s) => ({ weights: withEntry(s.weights, layer, row, col, value) }));
  },
  setInput: (index, value) => {
    if (Number.isFinite(value)) set((s) => ({ x: withIndex(s.x, index, value) }));
  },
  setTarget: (index, value) => {
    if (Number.isFinite(value)) set((s) => ({ t: withIndex(s.t, index, value) }));
  },
  setNetwork: (next) => set(next),
  resetNetwork: () => set({ weights: cloneDefaults(), x: [...DEFAULT_X], t: [...DEFAULT_T] }),
});
