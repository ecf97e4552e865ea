import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS, type LabSettings } from './labConfig';
import type { LabState } from './labStore';
import { SETTING_CHECKS } from './labValidate';

/** How the lab trains. A change applies from the next epoch on: the weights stay as they are. */
export interface SettingsSlice {
  settings: LabSettings;
  /** ignored unless the value passes the same check a link or a file would */
  setSetting: <K extends keyof LabSettings>(key: K, value: LabSettings[K]) => void;
  setSettings: (next: Partial<LabSettings>) => void;
}

export const createSettingsSlice: StateCreator<LabState, [], [], SettingsSlice> = (set) => ({
  settings: { ...DEFAULT_SETTINGS },
  setSetting: (key, value) => {
    if (SETTING_CHECKS[key](value) === null) set((s) => ({ settings: { ...s.settings, [key]: value } }));
  },
  setSettings: (next) => {
    const ok = Object.entries(next).filter(([k, v]) => SETTING_CHECKS[k as keyof LabSettings]?.(v) === null);
    if (ok.length) set((s) => ({ settings: { ...s.settings, ...Object.fromEntries(ok) } }));
  },
});
