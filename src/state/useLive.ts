import { createContext, useContext, useRef } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import { type AppState, useAppStore } from './store';

/**
 * Whether the section around a component is on screen. Off screen, figures and formulas keep
 * the numbers they last drew and stop re-rendering, so dragging a weight re-typesets only what
 * the reader can see; they catch up the moment they scroll back into view.
 */
export const VisibleContext = createContext(true);

const FROZEN = Symbol('frozen');

/** `store(selector)`, paused while the enclosing section is off screen. */
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
