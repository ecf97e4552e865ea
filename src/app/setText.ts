/**
 * Sets an element's text by rewriting its one text node in place, as React does for a lone text
 * child. Replacing the node instead (`textContent =`) also restyles the element and re-checks
 * every `:has()` rule of its ancestors: on every frame of a drag, for each number the drag moves.
 * Returns whether the text changed.
 */
export function setText(el: Element | null, value: string): boolean {
  if (!el) return false;
  const text = el.firstChild;
  if (text !== null && text === el.lastChild && text.nodeType === Node.TEXT_NODE) {
    if (text.nodeValue === value) return false;
    text.nodeValue = value;
  } else if (el.textContent !== value) el.textContent = value;
  else return false;
  return true;
}
