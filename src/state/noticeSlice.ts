import type { StateCreator } from 'zustand';

/** Messages the page owes the reader: a malformed address, a value it could not use. */
export interface Notice {
  id: number;
  text: string;
}

export interface NoticeSlice {
  notices: Notice[];
  addNotices: (texts: readonly string[]) => void;
  dismissNotice: (id: number) => void;
}

let nextId = 1;

export const createNoticeSlice: StateCreator<NoticeSlice, [], [], NoticeSlice> = (set) => ({
  notices: [],
  addNotices: (texts) => {
    if (texts.length)
      set((s) => ({ notices: [...s.notices, ...texts.map((text) => ({ id: nextId++, text }))] }));
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
