import { type RefObject, useEffect, useState } from 'react';

/**
 * True while the element is within `margin` of the viewport, clipping by scrolling ancestors
 * included (IntersectionObserver does that), so a panel scrolled out of the figure column
 * counts as hidden. True where IntersectionObserver does not exist (tests, old browsers).
 */
export function useInView(ref: RefObject<Element | null>, margin = '100px'): boolean {
  const [inView, setInView] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) setInView(last.isIntersecting);
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, margin]);
  return inView;
}
