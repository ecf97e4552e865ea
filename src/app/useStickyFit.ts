import { type RefObject, useEffect } from 'react';

const GAP = 16;

/**
 * A figure beside its prose is sticky. One that fits the window sticks 1rem from the top; one
 * taller than the window would have its bottom (section 7's update results, say) out of reach
 * until the section ends, so it sticks with its bottom 1rem above the window's bottom instead:
 * the page scrolls it into view, and nothing in it needs a scrollbar of its own.
 */
export function useStickyFit(ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const place = () => {
      const top = Math.min(GAP, window.innerHeight - el.offsetHeight - GAP);
      el.style.top = `${top}px`;
    };
    const observer = new ResizeObserver(place);
    observer.observe(el);
    window.addEventListener('resize', place);
    place();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', place);
    };
  }, [ref]);
}
