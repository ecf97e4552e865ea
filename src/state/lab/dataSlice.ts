import type { StateCreator } from 'zustand';
import { type DataSpec, MAX_DRAWN, roundPoint, samplesOf, XOR_SPEC } from './datasets';
import { carryBatch, DEFAULT_SELECTED_SAMPLE } from './labConfig';
import type { LabState } from './labStore';

/** The set the lab trains on (datasets.ts): XOR, a generated set, or the reader's own points. */
export interface DataSlice {
  data: DataSpec;
  /**
   * Another set: the network starts again from its seed (epoch 0), because a loss curve that
   * mixed two sets would mean nothing. The whole batch stays the whole batch.
   */
  setData: (spec: DataSpec) => void;
  /**
   * A drawn point (rounded to hundredths, kept inside the square); ignored unless the set is
   * the reader's own and holds fewer than MAX_DRAWN. Training goes on from the current weights.
   */
  addPoint: (i1: number, i2: number, t: 0 | 1) => void;
  /** Removes every drawn point (and pauses: there is nothing left to train on). */
  clearPoints: () => void;
}

export const createDataSlice: StateCreator<LabState, [], [], DataSlice> = (set, get) => {
  /** The new set's batch size and selected sample, carried over from the old set's. */
  const carried = (s: LabState, spec: DataSpec) => {
    const from = samplesOf(s.data).length;
    const to = samplesOf(spec).length;
    return {
      data: spec,
      settings: { ...s.settings, batchSize: carryBatch(s.settings.batchSize, from, to) },
      selected: s.selected < to ? s.selected : 0,
      comparison: null,
    };
  };
  return {
    data: XOR_SPEC,
    setData: (spec) => {
      const s = get();
      s.pause();
      const next = carried(s, spec);
      set({ ...next, selected: Math.min(DEFAULT_SELECTED_SAMPLE, Math.max(0, samplesOf(spec).length - 1)) });
      get().reset();
    },
    addPoint: (i1, i2, t) => {
      const s = get();
      if (s.data.name !== 'drawn' || s.data.points.length >= MAX_DRAWN) return;
      if (!Number.isFinite(i1) || !Number.isFinite(i2)) return;
      set(carried(s, { name: 'drawn', points: [...s.data.points, roundPoint(i1, i2, t)] }));
    },
    clearPoints: () => {
      const s = get();
      if (s.data.name !== 'drawn') return;
      s.pause();
      set(carried(s, { name: 'drawn', points: [] }));
    },
  };
};
