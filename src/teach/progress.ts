import { create } from 'zustand';

/**
 * Which exercises the reader has answered right, kept in this browser's localStorage only
 * (nothing leaves the browser). Read lazily, the first time a component asks, never at import.
 */
export const PROGRESS_KEY = 'backprop.progress.v1';

export interface ParsedProgress {
  solved: string[];
  /** why a stored entry was not used, for the reader; null when it was fine or absent */
  problem: string | null;
}

/** A stored entry, checked: anything not `{ "solved": [known ids…] }` is set aside with a reason. */
export function parseProgress(raw: string | null, known: ReadonlySet<string>): ParsedProgress {
  if (raw === null || raw === '') return { solved: [], problem: null };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {
      solved: [],
      problem: 'The saved progress in this browser could not be read, so it starts afresh.',
    };
  }
  const solved = (data as { solved?: unknown } | null)?.solved;
  if (!Array.isArray(solved)) {
    return {
      solved: [],
      problem: 'The saved progress in this browser had an unknown form, so it starts afresh.',
    };
  }
  // ids of exercises that no longer exist are dropped quietly
  return {
    solved: [...new Set(solved.filter((s): s is string => typeof s === 'string' && known.has(s)))],
    problem: null,
  };
}

/** localStorage, or undefined where it is missing or refused (private modes, sandboxed frames). */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

function save(solved: readonly string[]) {
  try {
    storage()?.setItem(PROGRESS_KEY, JSON.stringify({ solved }));
  } catch {
    // a full or refused storage only means progress is not remembered
  }
}

export interface ProgressState {
  solved: string[];
  loaded: boolean;
  problem: string | null;
  load: (known: ReadonlySet<string>) => void;
  markSolved: (id: string) => void;
  clear: () => void;
}

export const useProgressStore = create<ProgressState>()((set, get) => ({
  solved: [],
  loaded: false,
  problem: null,
  load: (known) => {
    if (get().loaded) return;
    let raw: string | null = null;
    try {
      raw = storage()?.getItem(PROGRESS_KEY) ?? null;
    } catch {
      raw = null;
    }
    const parsed = parseProgress(raw, known);
    set({ solved: parsed.solved, problem: parsed.problem, loaded: true });
  },
  markSolved: (id) => {
    const { solved } = get();
    if (solved.includes(id)) return;
    const next = [...solved, id];
    set({ solved: next });
    save(next);
  },
  clear: () => {
    set({ solved: [], problem: null });
    try {
      storage()?.removeItem(PROGRESS_KEY);
    } catch {
      // nothing stored, nothing to clear
    }
  },
}));
