import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';
import { createDataSlice, type DataSlice } from './dataSlice';
import { createNetworkSlice, type NetworkSlice } from './networkSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';
import { createViewSlice, type ViewSlice } from './viewSlice';

export type LabState = NetworkSlice & SettingsSlice & ViewSlice & DataSlice;

/** A fresh lab store (tests make their own); the page uses the one below. */
export const createLabStore = () =>
  create<LabState>()(
    subscribeWithSelector((...a) => ({
      ...createNetworkSlice(...a),
      ...createSettingsSlice(...a),
      ...createViewSlice(...a),
      ...createDataSlice(...a),
    })),
  );

export type LabStore = ReturnType<typeof createLabStore>;

/**
 * The lab of sections 9–10. Separate from the 2x2 network's store: training writes here once
 * per animation frame, and only the lab's figures listen.
 */
export const useLabStore: LabStore = createLabStore();
