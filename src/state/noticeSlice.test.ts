import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import { createNoticeSlice, MAX_NOTICES, mergeNotices } from './noticeSlice';

const texts = (n: number) => Array.from({ length: n }, (_, i) => `Problem ${i + 1}.`);

describe('notices are capped and merged', () => {
  it('20,001 different notices keep the first four and count the rest', () => {
    const s = mergeNotices({ notices: [], moreNotices: 0 }, texts(20_001));
    expect(MAX_NOTICES).toBe(4);
    expect(s.notices.map((n) => n.text)).toEqual(['Problem 1.', 'Problem 2.', 'Problem 3.', 'Problem 4.']);
    expect(s.moreNotices).toBe(19_997);
  });

  it('a repeated text is one notice with a count, however often it comes', () => {
    const s = mergeNotices({ notices: [], moreNotices: 0 }, [...Array(500).fill('Same.'), 'Other.']);
    expect(s.notices.map((n) => [n.text, n.times])).toEqual([
      ['Same.', 500],
      ['Other.', 1],
    ]);
    expect(s.moreNotices).toBe(0);
  });

  it('later batches merge into the earlier ones, and every id is distinct', () => {
    const first = mergeNotices({ notices: [], moreNotices: 0 }, ['A.', 'B.']);
    const second = mergeNotices(first, ['B.', 'C.', 'D.', 'E.', 'F.']);
    expect(second.notices.map((n) => `${n.text}${n.times}`)).toEqual(['A.1', 'B.2', 'C.1', 'D.1']);
    expect(second.moreNotices).toBe(2);
    expect(new Set(second.notices.map((n) => n.id)).size).toBe(4);
    expect(first.notices.map((n) => n.times)).toEqual([1, 1]);
  });

  it('dismissing frees a place for the next notice; the count line is dismissed on its own', () => {
    const store = create(createNoticeSlice);
    store.getState().addNotices(texts(6));
    expect(store.getState().moreNotices).toBe(2);
    store.getState().dismissNotice(store.getState().notices[0]?.id ?? -1);
    store.getState().addNotices(['New.']);
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'Problem 2.',
      'Problem 3.',
      'Problem 4.',
      'New.',
    ]);
    store.getState().dismissMoreNotices();
    expect(store.getState().moreNotices).toBe(0);
  });

  it('an empty batch changes nothing', () => {
    const store = create(createNoticeSlice);
    const before = store.getState();
    store.getState().addNotices([]);
    expect(store.getState()).toBe(before);
  });
});
