import type { StateCreator } from 'zustand';

/**
 * What the reader points at, by quantity key (`grad:e`, `out:F`) or diagram id (`e`, `F`).
 * `source: 'diagram'` means an edge or node: then everything anchored to it lights up.
 */
export interface Highlight {
  q: string;
  source: 'diagram' | 'entry';
}

export type MathMode = 'symbols' | 'numbers' | 'both';

export interface UiSlice {
  highlight: Highlight | null;
  mathMode: MathMode;
  setHighlight: (h: Highlight | null) => void;
  setMathMode: (m: MathMode) => void;
}

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  highlight: null,
  mathMode: 'both',
  setHighlight: (highlight) => set({ highlight }),
  setMathMode: (mathMode) => set({ mathMode }),
});
