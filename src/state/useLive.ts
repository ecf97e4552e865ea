import { useContext, useRef } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import { VisibleContext } from '../app/useOnScreen';
import { type AppState, useAppStore } from './store';

export { VisibleContext } from '../app/useOnScreen';

const FROZEN = Symbol('frozen');

/**
 * `store(selector)`, paused while the enclosing part of the page is off screen (VisibleContext):
 * the one way every figure reads every store. It goes through zustand's own hook, whose server
 * snapshot is the store's initial state, so an island hydrating after the address changed the
 * store still matches its prerendered HTML. The selector must return the same object for the
 * same state (the selectors memoise).
 */
export function useLiveStore<S, T>(store: UseBoundStore<StoreApi<S>>, selector: (s: S) => T): T {
  const visible = useContext(VisibleContext);
  const last = useRef<{ value: T } | null>(null);
  const value = store((s) => (visible || last.current === null ? selector(s) : FROZEN));
  if (value === FROZEN) return (last.current as { value: T }).value;
  last.current = { value: value as T };
  return value as T;
}

/** The shared 2x2 store, paused off screen. */
export const useLive = <T>(selector: (s: AppState) => T): T => useLiveStore(useAppStore, selector);
