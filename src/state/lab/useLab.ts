import { createContext, useContext, useRef } from 'react';
import { VisibleContext } from '../useLive';
import type { LabState } from './labStore';
import { useLabStore } from './labStore';

/**
 * Whether the panel around a component is on screen. The lab's figure column scrolls on its
 * own, so each panel (diagram, charts, matrices) watches itself; see LivePanel.tsx.
 */
export const PanelVisibleContext = createContext(true);

const FROZEN = Symbol('frozen');

/**
 * `useLabStore(selector)`, frozen while the component's panel or section is off screen: while
 * training, a hidden figure keeps what it last drew and costs nothing per frame, and catches up
 * the moment it scrolls back into view. The selector must return the same object for the same
 * state (labSelectors.ts memoises).
 */
export function useLab<T>(selector: (s: LabState) => T): T {
  const panelVisible = useContext(PanelVisibleContext);
  const sectionVisible = useContext(VisibleContext);
  const visible = panelVisible && sectionVisible;
  const last = useRef<{ value: T } | null>(null);
  const value = useLabStore((s) => (visible || last.current === null ? selector(s) : FROZEN));
  if (value === FROZEN) return (last.current as { value: T }).value;
  last.current = { value: value as T };
  return value as T;
}
