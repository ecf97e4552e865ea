import { create } from 'zustand';

/**
 * The first-visit hint on the weight handles: shown until the reader first drags or keys a
 * handle (or closes it), then remembered in localStorage. Read lazily, never at import.
 */
export const HINT_KEY = 'backprop.hint.handles.v1';

export interface HintState {
  /** null until read from storage */
  dismissed: boolean | null;
  load: () => void;
  dismiss: () => void;
}

export const useHintStore = create<HintState>()((set, get) => ({
  dismissed: null,
  load: () => {
    if (get().dismissed !== null) return;
    let seen = false;
    try {
      seen = globalThis.localStorage?.getItem(HINT_KEY) === '1';
    } catch {
      seen = false;
    }
    set({ dismissed: seen });
  },
  dismiss: () => {
    if (get().dismissed === true) return;
    set({ dismissed: true });
    try {
      globalThis.localStorage?.setItem(HINT_KEY, '1');
    } catch {
      // not remembered: the hint comes back on the next visit, which does no harm
    }
  },
}));
