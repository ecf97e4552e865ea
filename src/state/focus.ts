import { anchorOf } from './quantities2x2';
import { revealedAt, STEPS } from './steps2x2';
import type { AppState } from './store';
import type { Highlight } from './uiSlice';

/**
 * What is lit right now: the reader's hover or focus if any, else the stepper's current step.
 * Returns the same object while nothing changes, so components re-render only on a change.
 */
let lastFocus: Highlight | null = null;
export function selectFocus(s: Pick<AppState, 'highlight' | 'step'>): Highlight | null {
  const next: Highlight | null =
    s.highlight ?? (s.step === null ? null : { q: STEPS[s.step] ?? '', source: 'entry' });
  if (next?.q === lastFocus?.q && next?.source === lastFocus?.source) return lastFocus;
  lastFocus = next;
  return next;
}

/** Is this quantity (a formula term or matrix entry) lit by the focus? */
export function isLit(key: string, focus: Highlight | null): boolean {
  if (!focus) return false;
  if (key === focus.q) return true;
  // an edge or node lights everything that belongs to it; an entry lights its own key only
  return focus.source === 'diagram' && anchorOf(key) === focus.q;
}

/** The diagram element the focus lights: the edge or node its quantity belongs to. */
export const litAnchor = (focus: Highlight | null) => (focus ? anchorOf(focus.q) : null);

/** While stepping, a quantity not reached yet shows as a blank. */
export const isHidden = (key: string, step: number | null) => step !== null && revealedAt(key) > step;
