import type { StateCreator } from 'zustand';
import { samplesOf } from './datasets';
import { batchOptions, DEFAULT_SETTINGS, type LabSettings } from './labConfig';
import type { LabState } from './labStore';
import { SETTING_CHECKS } from './labValidate';

/** The same check a link or a file passes; the batch size also against the current set's size. */
const usable = (s: LabState, key: string, value: unknown) =>
  SETTING_CHECKS[key as keyof LabSettings]?.(value) === null &&
  (key !== 'batchSize' || batchOptions(samplesOf(s.data).length).includes(value as number));

/** How the lab trains. A change applies from the next epoch on: the weights stay as they are. */
export interface SettingsSlice {
  settings: LabSettings;
  /** ignored unless the value passes the same check a link or a file would */
  setSetting: <K extends keyof LabSettings>(key: K, value: LabSettings[K]) => void;
  setSettings: (next: Partial<LabSettings>) => void;
}

export const createSettingsSlice: StateCreator<LabState, [], [], SettingsSlice> = (set, get) => ({
  settings: { ...DEFAULT_SETTINGS },
  setSetting: (key, value) => {
    if (usable(get(), key, value)) set((s) => ({ settings: { ...s.settings, [key]: value } }));
  },
  setSettings: (next) => {
    const ok = Object.entries(next).filter(([k, v]) => usable(get(), k, v));
    if (ok.length) set((s) => ({ settings: { ...s.settings, ...Object.fromEntries(ok) } }));
  },
});
