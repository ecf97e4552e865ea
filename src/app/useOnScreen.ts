import { createContext, type RefObject, useContext, useEffect, useState } from 'react';

/**
 * Whether the part of the page around a component is on screen. Off screen, figures and formulas
 * keep the numbers they last drew and stop re-rendering, so dragging a weight or training
 * redraws only what the reader can see; they catch up the moment they scroll back into view.
 * Provided by OnScreen (src/app/OnScreen.tsx); read through useLiveStore (src/state/useLive.ts).
 */
export const VisibleContext = createContext(true);

/** True while printing: every part follows the stores, wherever it is, so print shows today's numbers. */
export const LiveEverywhereContext = createContext(false);

/**
 * True while the element is within `margin` of the viewport, clipping by scrolling ancestors
 * included (IntersectionObserver does that), so a panel scrolled out of its figure column counts
 * as hidden. True before the first observation and where IntersectionObserver does not exist
 * (the prerender, unit tests), so the first rendering shows everything.
 */
export function useOnScreen(ref: RefObject<Element | null>, margin = '150px'): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setOnScreen(last.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin]);
  return onScreen;
}

/**
 * On screen as far as this element is concerned: whatever encloses it is on screen and so is the
 * element itself (or the page is being printed).
 */
export function useVisibleHere(ref: RefObject<Element | null>, margin?: string): boolean {
  const enclosing = useContext(VisibleContext);
  const everywhere = useContext(LiveEverywhereContext);
  const own = useOnScreen(ref, margin);
  return everywhere || (enclosing && own);
}
