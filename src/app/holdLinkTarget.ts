/**
 * A link to a heading (`/#xor`, a contents click, back/forward) lands with the heading at the top
 * and stays there while the page settles around it: web fonts arriving re-wrap the lines above,
 * islands coming alive re-lay their figures. For a few seconds after each jump, any change of
 * the page's height puts the target back at the top, until the reader scrolls, types or touches.
 * Returns a stop function.
 */
export function holdLinkTarget(win: Window, settleMs = 3000): () => void {
  const doc = win.document;
  let until = 0;
  let target: Element | null = null;
  const align = () => {
    if (!target || win.performance.now() > until) return;
    const top = target.getBoundingClientRect().top;
    if (Math.abs(top) > 1) win.scrollBy({ top, behavior: 'instant' as ScrollBehavior });
  };
  const hold = () => {
    const id = decodeHash(win.location.hash);
    target = id ? doc.getElementById(id) : null;
    until = target ? win.performance.now() + settleMs : 0;
  };
  const release = () => {
    until = 0;
  };
  const resize = new ResizeObserver(() => align());
  resize.observe(doc.body);
  void doc.fonts?.ready.then(align);
  hold();
  // a contents click scrolls smoothly: hold the target from the moment the scroll ends
  const onHash = () => hold();
  const onScrollEnd = () => align();
  win.addEventListener('hashchange', onHash);
  win.addEventListener('popstate', onHash);
  win.addEventListener('scrollend', onScrollEnd);
  const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  for (const e of inputs) win.addEventListener(e, release, { passive: true });
  return () => {
    resize.disconnect();
    win.removeEventListener('hashchange', onHash);
    win.removeEventListener('popstate', onHash);
    win.removeEventListener('scrollend', onScrollEnd);
    for (const e of inputs) win.removeEventListener(e, release);
  };
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}
