import { useSyncExternalStore } from 'react';

/** One MediaQueryList per query, shared by every component that asks. */
const lists = new Map<string, { list: MediaQueryList; subscribe: (onChange: () => void) => () => void }>();

function entry(query: string) {
  let e = lists.get(query);
  if (!e) {
    const list = window.matchMedia(query);
    e = {
      list,
      subscribe: (onChange) => {
        list.addEventListener('change', onChange);
        return () => list.removeEventListener('change', onChange);
      },
    };
    lists.set(query, e);
  }
  return e;
}

const noSubscribe = () => () => {};

/** Whether a CSS media query matches now; re-renders when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  const e = typeof window !== 'undefined' && 'matchMedia' in window ? entry(query) : null;
  return useSyncExternalStore(e?.subscribe ?? noSubscribe, () => e?.list.matches ?? false);
}

/** A phone-width column: formulas break their lines sooner. */
export const NARROW = '(max-width: 40rem)';
