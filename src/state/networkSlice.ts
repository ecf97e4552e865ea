import type { StateCreator } from 'zustand';
import type { Weights } from '../nn';
import {
  DEFAULT_LOSS_2X2,
  DEFAULT_T,
  DEFAULT_WEIGHTS,
  DEFAULT_X,
  type Loss2x2,
  MAZUR_T,
  MAZUR_WEIGHTS,
  MAZUR_X,
  PARAM_BY_ID,
  type ParamId,
} from './twoByTwo';

/** The 2x2 network's inputs: what the reader sets. Everything else is derived (selectors.ts). */
export interface NetworkSlice {
  weights: Weights;
  x: number[];
  t: number[];
  /** the error the 2x2 sections use: Σ(out − t)² (the default) or Mazur's ½Σ(out − t)² */
  loss2x2: Loss2x2;
  setParam: (id: ParamId, value: number) => void;
  setInput: (index: number, value: number) => void;
  setTarget: (index: number, value: number) => void;
  setNetwork: (next: Partial<Pick<NetworkSlice, 'weights' | 'x' | 't' | 'loss2x2'>>) => void;
  setLoss2x2: (loss: Loss2x2) => void;
  /** Mazur's weights, inputs and targets with his ½, so the page prints his published numbers */
  loadMazur: () => void;
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
  loss2x2: DEFAULT_LOSS_2X2,
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
  setLoss2x2: (loss2x2) => {
    if (loss2x2 === 'squared' || loss2x2 === 'half-squared') set({ loss2x2 });
  },
  loadMazur: () =>
    set({
      weights: MAZUR_WEIGHTS.map((m) => m.map((r) => [...r])),
      x: [...MAZUR_X],
      t: [...MAZUR_T],
      loss2x2: 'half-squared',
    }),
  resetNetwork: () => set({ weights: cloneDefaults(), x: [...DEFAULT_X], t: [...DEFAULT_T] }),
});
