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
  const place = (el: HTMLElement) => {
    const top = Math.min(GAP, win.innerHeight - el.offsetHeight - GAP);
    el.style.top = `${top}px`;
  };
  const observer = new ResizeObserver((entries) => {
    for (const e of entries) place(e.target as HTMLElement);
  });
  const all = () => figures.forEach(place);
  for (const el of figures) observer.observe(el);
  win.addEventListener('resize', all);
  all();
  return () => {
    observer.disconnect();
    win.removeEventListener('resize', all);
  };
}
