import { useContext, useRef, useSyncExternalStore } from 'react';
import type { StoreApi } from 'zustand';
import { VisibleContext } from '../app/useOnScreen';
import { type AppState, useAppStore } from './store';

export { VisibleContext } from '../app/useOnScreen';

const FROZEN = Symbol('frozen');

/**
 * `store(selector)`, paused while the enclosing part of the page is off screen (VisibleContext):
 * the one way every figure reads every store. Like zustand's own hook, its server snapshot is the
 * store's initial state, so an island hydrating after the address changed the store still
 * matches its prerendered HTML, then catches up. A value that came from that prerendered state
 * is never what a paused component keeps: it catches up first, on or off screen. The selector
 * must return the same object for the same state (the selectors memoise).
 */
export function useLiveStore<S, T>(store: StoreApi<S>, selector: (s: S) => T): T {
  const visible = useContext(VisibleContext);
  const last = useRef<{ value: T; prerendered: boolean } | null>(null);
  const live = visible || last.current === null || last.current.prerendered;
  let prerendered = false;
  const value = useSyncExternalStore(
    store.subscribe,
    () => (live ? selector(store.getState()) : FROZEN),
    () => {
      prerendered = true;
      return selector(store.getInitialState());
    },
  );
  if (value === FROZEN) return (last.current as { value: T }).value;
  last.current = { value: value as T, prerendered };
  return value as T;
}

/** The shared 2x2 store, paused off screen. */
export const useLive = <T>(selector: (s: AppState) => T): T => useLiveStore(useAppStore, selector);
