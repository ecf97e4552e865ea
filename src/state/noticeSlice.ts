import type { StateCreator } from 'zustand';

/** Messages the page owes the reader: a malformed address, a value it could not use. */
export interface Notice {
  id: number;
  text: string;
  /** how many times this same text was raised; shown when more than once */
  times: number;
}

/**
 * At most this many notices are shown; the rest are counted on one line (“… and 19,997 more”).
 * A link with 20,000 bad fields must not put 20,000 paragraphs on the page.
 */
export const MAX_NOTICES = 4;

export interface NoticeSlice {
  notices: Notice[];
  /** notices raised beyond MAX_NOTICES, counted rather than kept */
  moreNotices: number;
  addNotices: (texts: readonly string[]) => void;
  dismissNotice: (id: number) => void;
  dismissMoreNotices: () => void;
}

/** The notices after `texts` arrive: a repeated text counts up, new ones fill the free places. */
export function mergeNotices(
  state: Pick<NoticeSlice, 'notices' | 'moreNotices'>,
  texts: readonly string[],
): Pick<NoticeSlice, 'notices' | 'moreNotices'> {
  const notices = state.notices.map((n) => ({ ...n }));
  let moreNotices = state.moreNotices;
  let nextId = Math.max(0, ...notices.map((n) => n.id)) + 1;
  for (const text of texts) {
    const same = notices.find((n) => n.text === text);
    if (same) same.times += 1;
    else if (notices.length < MAX_NOTICES) notices.push({ id: nextId++, text, times: 1 });
    else moreNotices += 1;
  }
  return { notices, moreNotices };
}

export const createNoticeSlice: StateCreator<NoticeSlice, [], [], NoticeSlice> = (set) => ({
  notices: [],
  moreNotices: 0,
  addNotices: (texts) => {
    if (texts.length) set((s) => mergeNotices(s, texts));
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissMoreNotices: () => set({ moreNotices: 0 }),
});
