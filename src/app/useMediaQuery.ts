import { useCallback, useSyncExternalStore } from 'react';

const canMatch = () => typeof window !== 'undefined' && 'matchMedia' in window;

/**
 * Whether a CSS media query matches now; re-renders when it starts or stops matching. The
 * prerendered page (and an island hydrating onto it) assumes it does not match: the first
 * render after hydration brings the real answer.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!canMatch()) return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => canMatch() && window.matchMedia(query).matches,
    () => false,
  );
}

/** A phone-width column: formulas break their lines sooner. */
export const NARROW = '(max-width: 40rem)';
