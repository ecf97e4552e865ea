import { type RefObject, useEffect } from 'react';
import { fitMathToWidth } from './fitMath';

/**
 * A display formula or matrix wider than a phone scrolls sideways inside its own box; a box
 * that scrolls must be reachable by keyboard, so it gets tabindex 0 while (and only while) it
 * overflows.
 */
export function useKeyboardScrollable(ref: RefObject<HTMLElement | null>, selector?: string) {
  useEffect(
    () => (ref.current ? keepScrollableFocusable(ref.current, selector) : undefined),
    [ref, selector],
  );
}

/** The same for a part of the page React does not render (the prerendered prose); returns a stop function. */
export function keepScrollableFocusable(
  root: HTMLElement,
  selector = '.section__prose .katex-display:not(.live-tex .katex-display), .live-tex--display',
): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const update = () => {
    const boxes = [...root.querySelectorAll<HTMLElement>(selector)];
    fitMathToWidth(boxes.filter((el) => el.closest('.section__figure')));
    for (const el of boxes) {
      const overflows = el.scrollWidth > el.clientWidth + 1;
      if (overflows && !el.hasAttribute('tabindex')) {
        el.tabIndex = 0;
        el.dataset.scrollFocus = '';
      } else if (!overflows && 'scrollFocus' in el.dataset) {
        el.removeAttribute('tabindex');
        delete el.dataset.scrollFocus;
      }
    }
  };
  // measuring forces layout: do it at most every 250 ms, not on every number that changes
  let timer: ReturnType<typeof setTimeout> | null = null;
  const later = () => {
    timer ??= setTimeout(() => {
      timer = null;
      update();
    }, 250);
  };
  const observer = new ResizeObserver(later);
  observer.observe(root);
  const mutations = new MutationObserver(later);
  mutations.observe(root, { childList: true, subtree: true });
  update();
  return () => {
    if (timer) clearTimeout(timer);
    observer.disconnect();
    mutations.disconnect();
  };
}
