import './copy.css';
import { openCopyMenu } from './copyMenu';

/**
 * Page-wide copying of math, installed once (src/main.tsx), with no React:
 * - the context menu of a live matrix or formula (`[data-copy]`) is the copy menu; with Shift
 *   held the browser's own menu appears as usual;
 * - a text selection that touches typeset math copies its source: a formula gives its TeX (not
 *   one glyph per line), a live matrix its rows, prose around them stays prose. The MathML and
 *   the screen-reader words are left out of the copy, not out of the page.
 */
export function installCopyBehaviour(doc: Document): () => void {
  const onContextMenu = (e: MouseEvent) => {
    if (e.shiftKey) return;
    const target = (e.target as Element | null)?.closest?.<HTMLElement>('[data-copy]');
    if (!target) return;
    e.preventDefault();
    // from the keyboard (the menu key, Shift+F10) there is no pointer: open under the element
    const r = target.getBoundingClientRect();
    const at = e.clientX || e.clientY ? { x: e.clientX, y: e.clientY } : { x: r.left + 8, y: r.top + 8 };
    const focusable = target.closest<HTMLElement>('[tabindex], button, a') ?? target;
    openCopyMenu(target, at, (doc.activeElement as HTMLElement | null) ?? focusable);
  };
  const onCopy = (e: ClipboardEvent) => {
    const text = selectionText(doc);
    if (text === null || !e.clipboardData) return;
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  };
  doc.addEventListener('contextmenu', onContextMenu);
  doc.addEventListener('copy', onCopy);
  return () => {
    doc.removeEventListener('contextmenu', onContextMenu);
    doc.removeEventListener('copy', onCopy);
  };
}

/** Elements whose source replaces their glyphs in a copy, outermost first in this order. */
const SOURCE = '[data-copy-text], .live-tex[data-copy-tex], .katex';

/** A matrix's rows, a live formula's TeX, or a static formula's TeX (KaTeX's annotation). */
function sourceOf(el: Element): string | null {
  if (el instanceof HTMLElement && el.dataset.copyText !== undefined) return el.dataset.copyText;
  if (el instanceof HTMLElement && el.dataset.copyTex !== undefined) return el.dataset.copyTex;
  return el.querySelector('annotation[encoding="application/x-tex"]')?.textContent?.trim() ?? null;
}

const outermost = (el: Element): Element => {
  let top = el;
  for (let up = el.parentElement?.closest(SOURCE); up; up = up.parentElement?.closest(SOURCE) ?? null)
    top = up;
  return top;
};

/**
 * What a selection should copy, or null to let the browser copy as usual (it touches no math).
 * A selection inside one formula copies that formula's source alone; otherwise each formula it
 * touches is copied whole, as `$…$` (or `$$…$$` on a line of its own) between the prose.
 */
export function selectionText(doc: Document): string | null {
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0).cloneRange();
  const common = range.commonAncestorContainer;
  const commonEl = common instanceof Element ? common : common.parentElement;
  const inside = commonEl?.closest(SOURCE);
  if (inside) return sourceOf(outermost(inside));
  const touched = [...(commonEl?.querySelectorAll(SOURCE) ?? [])].filter((el) => range.intersectsNode(el));
  if (!touched.length) return null;
  // a formula cut in half by the selection is copied whole
  const startIn = (range.startContainer.parentElement ?? null)?.closest(SOURCE);
  const endIn = (range.endContainer.parentElement ?? null)?.closest(SOURCE);
  if (startIn) range.setStartBefore(outermost(startIn));
  if (endIn) range.setEndAfter(outermost(endIn));
  return fragmentText(range, doc);
}

/** A private-use character that stands for a space the trimming must not touch. */
const KEEP = '\uE000';

const BLOCK = /^(P|DIV|FIGURE|LI|UL|OL|H[1-6]|SECTION|TR|TABLE|BLOCKQUOTE|FIGCAPTION)$/;

function fragmentText(range: Range, doc: Document): string {
  // the range now holds every formula it touches whole, so each clone carries its own source
  const frag = range.cloneContents();
  for (const el of [...frag.querySelectorAll(SOURCE)]) {
    if (el.parentElement?.closest(SOURCE)) continue; // its outer source stands for it
    const src = sourceOf(el) ?? '';
    const rows = el.matches('[data-copy-text]');
    const wrapper = el.parentElement?.classList.contains('katex-display') ? el.parentElement : null;
    const display = rows || wrapper !== null || el.classList.contains('live-tex--display');
    const raw = doc.createElement('span');
    raw.dataset.src = display ? 'block' : 'inline';
    raw.textContent = rows ? src : display ? `$$${src}$$` : `$${src}$`;
    (wrapper ?? el).replaceWith(raw);
  }
  for (const el of [...frag.querySelectorAll('.sr-only, [data-copy-skip], .katex-mathml, button')])
    el.remove();
  let out = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    const tag = (node as Element).tagName ?? '';
    const raw = (node as HTMLElement).dataset?.src;
    if (raw) {
      // the source as it is, its line breaks kept; a display formula or a matrix on its own lines
      // (its spaces are kept from the trimming below: a plain-text matrix is aligned with them)
      const text = (node.textContent ?? '').replace(/ /g, KEEP);
      out += raw === 'block' ? `\n${text}\n` : text;
      return;
    }
    const block = BLOCK.test(tag);
    if (block) out += '\n';
    for (const child of node.childNodes) walk(child);
    if (block) out += '\n';
  };
  for (const child of frag.childNodes) walk(child);
  return out
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .replace(new RegExp(KEEP, 'g'), ' ');
}
