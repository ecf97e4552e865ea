import { useCallback, useMemo, useSyncExternalStore } from 'react';

const canMatch = () => typeof window !== 'undefined' && 'matchMedia' in window;

/**
 * Whether a CSS media query matches now; re-renders when it starts or stops matching. The
 * prerendered page (and an island hydrating onto it) assumes it does not match: the first
 * render after hydration brings the real answer. One MediaQueryList per component: React reads
 * the snapshot on every render, and a drag re-renders every live formula on every frame, where a
 * fresh `matchMedia` each time cost more than the formula.
 */
export function useMediaQuery(query: string): boolean {
  const list = useMemo(() => (canMatch() ? window.matchMedia(query) : null), [query]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!list) return () => {};
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [list],
  );
  return useSyncExternalStore(
    subscribe,
    () => list?.matches ?? false,
    () => false,
  );
}

/** A phone-width column: formulas break their lines sooner. */
export const NARROW = '(max-width: 40rem)';
