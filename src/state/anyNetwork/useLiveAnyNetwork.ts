import { useContext, useRef } from 'react';
import { VisibleContext } from '../useLive';
import { type AnyNetworkState, useAnyNetworkStore } from './store';

const FROZEN = Symbol('frozen');

/**
 * `useAnyNetworkStore(selector)`, paused while section 8 is off screen (like useLive for the
 * 2x2 store), so its many matrices are re-typeset only while the reader can see them.
 */
export function useLiveAnyNetwork<T>(selector: (s: AnyNetworkState) => T): T {
  const visible = useContext(VisibleContext);
  const last = useRef<{ value: T } | null>(null);
  const value = useAnyNetworkStore((s) => (visible || last.current === null ? selector(s) : FROZEN));
  if (value === FROZEN) return (last.current as { value: T }).value;
  last.current = { value: value as T };
  return value as T;
}
