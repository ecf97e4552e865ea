/**
 * The smallest a figure's display math is drawn, as a fraction of its size: 0.7 of a figure's
 * KaTeX (about 17 px wide screens, 16 px on a phone) is still 12 px and 11 px.
 */
export const MIN_MATH_SCALE = 0.7;

/**
 * Shrinks each display formula that is wider than its box, down to MIN_MATH_SCALE, so a matrix
 * beside the prose re-flows into its column instead of scrolling sideways; what is still wider
 * scrolls (and the caller makes it focusable). All writes, then all reads, then all writes: one
 * forced layout however many formulas there are.
 */
export function fitMathToWidth(boxes: readonly HTMLElement[]): void {
  for (const el of boxes) el.style.fontSize = '';
  const scales = boxes.map((el) => {
    const natural = el.scrollWidth;
    const room = el.clientWidth;
    if (natural <= room + 1 || natural === 0) return 1;
    // a little slack, so a number that grows by a digit while dragging does not overflow again
    return Math.max(MIN_MATH_SCALE, Math.floor((room / natural) * 0.98 * 100) / 100);
  });
  boxes.forEach((el, i) => {
    const s = scales[i] as number;
    if (s < 1) el.style.fontSize = `${s}em`;
  });
}
