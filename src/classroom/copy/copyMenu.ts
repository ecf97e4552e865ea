import { copyText } from './clipboard';

/**
 * The copy menu of a live matrix or formula. A copyable element carries its sources as data
 * attributes, kept current by the component that renders it:
 * - `data-copy="<name>"` marks it (the name is what the menu says it copies);
 * - `data-copy-tex` the TeX with the current numbers (a formula's `.live-tex` inside it also
 *   carries one: src/tex/Tex.tsx);
 * - `data-copy-csv`, `data-copy-text` a matrix's numbers as CSV and as aligned plain text.
 * The same menu opens from the small Copy button and from the context menu (copyBehaviour.ts).
 */
export interface CopySources {
  name: string;
  tex: string | null;
  csv: string | null;
  text: string | null;
}

export function copySources(el: HTMLElement): CopySources {
  const tex = el.dataset.copyTex ?? el.querySelector<HTMLElement>('[data-copy-tex]')?.dataset.copyTex ?? null;
  return {
    name: el.dataset.copy || 'this',
    tex,
    csv: el.dataset.copyCsv ?? null,
    text: el.dataset.copyText ?? null,
  };
}

interface Item {
  label: string;
  what: string;
  value: string;
}

export function menuItems(s: CopySources): Item[] {
  const items: Item[] = [];
  if (s.tex) items.push({ label: 'Copy LaTeX', what: 'LaTeX', value: s.tex });
  if (s.csv) items.push({ label: 'Copy CSV', what: 'CSV', value: s.csv });
  if (s.text) items.push({ label: 'Copy as plain text', what: 'plain text', value: s.text });
  return items;
}

let closeOpen: (() => void) | null = null;

/** Closes the copy menu if one is open. */
export const closeCopyMenu = () => closeOpen?.();

/**
 * Opens the menu at a point (the pointer, or under the control): a list of menu items the arrow
 * keys walk, Enter or a click copies, Escape or a click elsewhere closes and gives focus back.
 */
export function openCopyMenu(target: HTMLElement, at: { x: number; y: number }, returnFocus: HTMLElement) {
  closeCopyMenu();
  const doc = target.ownerDocument;
  const win = doc.defaultView;
  if (!win) return;
  const sources = copySources(target);
  const items = menuItems(sources);
  if (!items.length) return;
  const menu = doc.createElement('div');
  menu.className = 'copy-menu';
  menu.setAttribute('role', 'menu');
  menu.setAttribute('aria-label', `Copy ${sources.name}`);
  const buttons = items.map((item) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    b.tabIndex = -1;
    b.textContent = item.label;
    b.addEventListener('click', () => {
      const near = menu.getBoundingClientRect();
      close();
      void copyText(doc, item.value, item.what, near);
    });
    return b;
  });
  menu.append(...buttons);
  doc.body.append(menu);
  // at the point, kept inside the window
  const { offsetWidth: w, offsetHeight: h } = menu;
  menu.style.left = `${Math.max(4, Math.min(at.x, win.innerWidth - w - 4))}px`;
  menu.style.top = `${Math.max(4, Math.min(at.y, win.innerHeight - h - 4))}px`;

  const focusAt = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
  const onKey = (e: KeyboardEvent) => {
    const i = buttons.indexOf(doc.activeElement as HTMLButtonElement);
    // a switch, not a table of arrows: the linter reads capitalised keys as components
    switch (e.key) {
      case 'ArrowDown':
        focusAt(i + 1);
        break;
      case 'ArrowUp':
        focusAt(i - 1);
        break;
      case 'Home':
        focusAt(0);
        break;
      case 'End':
        focusAt(buttons.length - 1);
        break;
      case 'Escape':
        close();
        break;
      case 'Tab':
        close();
        return; // Tab goes on to the next control
      default:
        return;
    }
    e.preventDefault();
    e.stopPropagation();
  };
  const onPointerDown = (e: PointerEvent) => {
    if (!menu.contains(e.target as Node)) close(false);
  };
  const onScroll = () => close(false);
  menu.addEventListener('keydown', onKey);
  doc.addEventListener('pointerdown', onPointerDown, true);
  win.addEventListener('scroll', onScroll, { passive: true, once: true });
  win.addEventListener('resize', onScroll, { once: true });
  function close(refocus = true) {
    if (closeOpen !== closeThis) return;
    closeOpen = null;
    menu.remove();
    doc.removeEventListener('pointerdown', onPointerDown, true);
    win?.removeEventListener('scroll', onScroll);
    win?.removeEventListener('resize', onScroll);
    if (refocus && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
  }
  const closeThis = () => close(false);
  closeOpen = closeThis;
  buttons[0]?.focus({ preventScroll: true });
}
