/**
 * What makes the prerendered glossary terms (Term.tsx) open and close: one set of listeners on
 * the document, installed by the page's entry, so a term needs no React of its own. A term is
 * open for one of three reasons: the mouse is over it (`hover`), it has keyboard focus
 * (`focus`), or the reader pressed it (`pinned`); a press toggles the pin, Esc closes.
 */
type Open = 'hover' | 'focus' | 'pinned';

const buttonOf = (t: EventTarget | null): HTMLButtonElement | null =>
  t instanceof Element ? t.closest<HTMLButtonElement>('button[data-term]') : null;

function popOf(button: HTMLButtonElement): HTMLElement | null {
  const id = button.getAttribute('aria-controls');
  return id ? button.ownerDocument.getElementById(id) : null;
}

function setOpen(button: HTMLButtonElement, open: Open | null) {
  const pop = popOf(button);
  if (!pop) return;
  if (open) button.dataset.open = open;
  else delete button.dataset.open;
  button.setAttribute('aria-expanded', String(open !== null));
  if (open) button.setAttribute('aria-describedby', pop.id);
  else button.removeAttribute('aria-describedby');
  const wasHidden = pop.hidden;
  pop.hidden = open === null;
  if (open && wasHidden) {
    // re-insert the words so the polite live region announces them
    pop.replaceChildren(...Array.from(pop.childNodes));
    keepInside(pop);
  }
}

/** keep the definition inside the viewport on a narrow screen */
function keepInside(pop: HTMLElement) {
  pop.style.transform = '';
  const r = pop.getBoundingClientRect();
  const width = pop.ownerDocument.documentElement.clientWidth;
  const over = r.right - (width - 8);
  const shift = over > 0 ? -over : r.left < 8 ? 8 - r.left : 0;
  if (shift) pop.style.transform = `translateX(${shift}px)`;
}

const state = (b: HTMLButtonElement) => (b.dataset.open as Open | undefined) ?? null;

/** Install the listeners; returns a function that removes them. */
export function installTermBehaviour(doc: Document): () => void {
  const over = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse') return;
    const b = buttonOf(e.target);
    if (b && !state(b)) setOpen(b, 'hover');
  };
  const out = (e: PointerEvent) => {
    const b = buttonOf(e.target);
    if (!b || state(b) !== 'hover') return;
    const to = e.relatedTarget;
    if (to instanceof Node && b.parentElement?.contains(to)) return;
    setOpen(b, null);
  };
  const click = (e: MouseEvent) => {
    const b = buttonOf(e.target);
    if (b) setOpen(b, state(b) === 'pinned' ? null : 'pinned');
  };
  const focusIn = (e: FocusEvent) => {
    const b = buttonOf(e.target);
    if (b?.matches(':focus-visible') && !state(b)) setOpen(b, 'focus');
  };
  const focusOut = (e: FocusEvent) => {
    const b = buttonOf(e.target);
    if (b && state(b) !== 'hover') setOpen(b, null);
  };
  const key = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    const b = buttonOf(e.target);
    if (b && state(b)) {
      e.stopPropagation();
      setOpen(b, null);
    }
  };
  doc.addEventListener('pointerover', over);
  doc.addEventListener('pointerout', out);
  doc.addEventListener('click', click);
  doc.addEventListener('focusin', focusIn);
  doc.addEventListener('focusout', focusOut);
  doc.addEventListener('keydown', key);
  return () => {
    doc.removeEventListener('pointerover', over);
    doc.removeEventListener('pointerout', out);
    doc.removeEventListener('click', click);
    doc.removeEventListener('focusin', focusIn);
    doc.removeEventListener('focusout', focusOut);
    doc.removeEventListener('keydown', key);
  };
}
