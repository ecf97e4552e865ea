const GAP = 16;

/**
 * A figure beside its prose is sticky. One that fits the window sticks 1rem from the top; one
 * taller than the window would have its bottom (section 7's update results, say) out of reach
 * until the section ends, so it sticks with its bottom 1rem above the window's bottom instead:
 * the page scrolls it into view, and nothing in it needs a scrollbar of its own. The figure
 * columns are prerendered HTML, so this runs once for the page (src/main.tsx), not per component.
 * Returns a function that stops it.
 */
export function keepFiguresStickyFit(win: Window): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const figures = [...win.document.querySelectorAll<HTMLElement>('.section__figure')];
  // Heights come from the observer, never from offsetHeight: reading the layout of a figure in a
  // section the browser skips (content-visibility) would force that section to be laid out, and
  // at start-up that was every section. The observer reports each figure once it is laid out.
  const heights = new Map<HTMLElement, number>();
  const place = (el: HTMLElement) => {
    const height = heights.get(el);
    if (height === undefined) return;
    const top = Math.min(GAP, win.innerHeight - height - GAP);
    el.style.top = `${top}px`;
  };
  const observer = new ResizeObserver((entries) => {
    for (const e of entries) {
      const el = e.target as HTMLElement;
      heights.set(el, e.borderBoxSize?.[0]?.blockSize ?? el.offsetHeight);
      place(el);
    }
  });
  const all = () => figures.forEach(place);
  for (const el of figures) observer.observe(el);
  win.addEventListener('resize', all);
  return () => {
    observer.disconnect();
    win.removeEventListener('resize', all);
  };
}
