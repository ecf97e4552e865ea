import { type RefObject, useEffect } from 'react';
import { fitMathToWidth } from './fitMath';

/**
 * A display formula or matrix wider than a phone scrolls sideways inside its own box; a box
 * that scrolls must be reachable by keyboard, so it gets tabindex 0 while (and only while) it
 * overflows.
 */
export function useKeyboardScrollable(ref: RefObject<HTMLElement | null>, selector?: string) {
  useEffect(
    // an island mounts near the window: its boxes are measured at once, drawn or not
    () => (ref.current ? keepScrollableFocusable(ref.current, selector, true) : undefined),
    [ref, selector],
  );
}

/** The same for a part of the page React does not render (the prerendered prose); returns a stop function. */
export function keepScrollableFocusable(
  root: HTMLElement,
  selector = '.section__prose .katex-display:not(.live-tex .katex-display), .live-tex--display',
  measureAllNow = false,
): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  // Measuring a box inside a section the browser skips (content-visibility: auto, far from the
  // window) would force that whole section to be laid out: on a phone, every check of the page
  // cost seconds. So only the boxes of drawn sections are measured, and a section's boxes are
  // measured when it is drawn. Where the browser does not say which sections it skips, every
  // section counts as drawn.
  const tracksSkipping = !!win && 'ContentVisibilityAutoStateChangeEvent' in win;
  const skipped = new WeakMap<Element, boolean>();
  const isDrawn = (el: Element) => {
    const section = el.closest('.section');
    if (!tracksSkipping || !section) return true;
    let known = skipped.get(section);
    if (known === undefined) {
      // before the first state change: skipped iff its content is hidden by content-visibility
      const first = section.firstElementChild;
      known = !!first && !first.checkVisibility({ contentVisibilityAuto: true });
      skipped.set(section, known);
    }
    return !known;
  };
  const check = (boxes: HTMLElement[]) => {
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
  const all = () => [...root.querySelectorAll<HTMLElement>(selector)];
  const update = () => check(all().filter(isDrawn));
  // measuring forces layout: do it at most every 250 ms, not on every number that changes, and
  // not while a finger or the mouse is down (a drag changes numbers every frame; the boxes are
  // measured once it is let go)
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pressed = false;
  let pending = false;
  const later = () => {
    if (pressed) {
      pending = true;
      return;
    }
    timer ??= setTimeout(() => {
      timer = null;
      update();
    }, 250);
  };
  const press = () => {
    pressed = true;
  };
  const letGo = () => {
    pressed = false;
    if (pending) {
      pending = false;
      later();
    }
  };
  win?.addEventListener('pointerdown', press, true);
  win?.addEventListener('pointerup', letGo, true);
  win?.addEventListener('pointercancel', letGo, true);
  const onState = (e: Event) => {
    const section = e.target as Element;
    const nowSkipped = (e as Event & { skipped: boolean }).skipped;
    skipped.set(section, nowSkipped);
    if (nowSkipped) return;
    const inside = root.contains(section)
      ? [...section.querySelectorAll<HTMLElement>(selector)].filter((el) => root.contains(el))
      : section.contains(root)
        ? [...root.querySelectorAll<HTMLElement>(selector)]
        : [];
    if (inside.length > 0) check(inside);
  };
  if (tracksSkipping) doc.addEventListener('contentvisibilityautostatechange', onState, true);
  const observer = new ResizeObserver(later);
  observer.observe(root);
  const mutations = new MutationObserver(later);
  mutations.observe(root, { childList: true, subtree: true });
  if (measureAllNow) check(all());
  else update();
  return () => {
    if (timer) clearTimeout(timer);
    observer.disconnect();
    mutations.disconnect();
    doc.removeEventListener('contentvisibilityautostatechange', onState, true);
    win?.removeEventListener('pointerdown', press, true);
    win?.removeEventListener('pointerup', letGo, true);
    win?.removeEventListener('pointercancel', letGo, true);
  };
}
