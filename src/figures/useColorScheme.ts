import { useSyncExternalStore } from 'react';
import { resolvedScheme, subscribeTheme } from '../app/theme';

const subscribe = (onChange: () => void) => subscribeTheme(window, onChange);
const current = () => resolvedScheme(window);
const onServer = () => 'light' as const;

/**
 * The scheme the page is drawn in now (`light` or `dark`; print is light). What CSS colours by
 * itself needs no hook; a canvas does: it paints pixels, so it must repaint when this changes.
 */
export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, current, onServer);
}

/**
 * A colour property (`--act-low`) as `rgb(…)` the way `el` sees it: a property holds
 * `light-dark(…)`, which only the browser's style resolution turns into one colour.
 */
export function resolveColorVar(el: HTMLElement, name: string): string {
  const before = el.style.color;
  el.style.color = `var(${name})`;
  const rgb = getComputedStyle(el).color;
  el.style.color = before;
  return rgb;
}
