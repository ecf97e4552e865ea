import { type RefObject, useEffect } from 'react';

/**
 * A display formula or matrix wider than a phone scrolls sideways inside its own box; a box
 * that scrolls must be reachable by keyboard, so it gets tabindex 0 while (and only while) it
 * overflows.
 */
export function useKeyboardScrollable(
  ref: RefObject<HTMLElement | null>,
  selector = '.katex-display, .live-matrix',
) {
  useEffect(() => {
    const root = ref.current;
    if (!root || typeof ResizeObserver === 'undefined') return;
    const update = () => {
      for (const el of root.querySelectorAll<HTMLElement>(selector)) {
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
    const observer = new ResizeObserver(update);
    observer.observe(root);
    const mutations = new MutationObserver(update);
    mutations.observe(root, { childList: true, subtree: true });
    update();
    return () => {
      observer.disconnect();
      mutations.disconnect();
    };
  }, [ref, selector]);
}
