/**
 * The keyboard model of every numeric slider on the page (WAI-ARIA slider pattern):
 * arrows move by one step, Shift+arrow and PageUp/PageDown by ten, Home/End to the ends.
 * Returns the new value, or null when the key is not the slider's.
 */
export function sliderKeyValue(
  key: string,
  shift: boolean,
  value: number,
  range: { min: number; max: number; step: number },
): number | null {
  const big = range.step * 10;
  let next: number;
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      next = value + (shift ? big : range.step);
      break;
    case 'ArrowDown':
    case 'ArrowLeft':
      next = value - (shift ? big : range.step);
      break;
    case 'PageUp':
      next = value + big;
      break;
    case 'PageDown':
      next = value - big;
      break;
    case 'Home':
      next = range.min;
      break;
    case 'End':
      next = range.max;
      break;
    default:
      return null;
  }
  return clampRound(next, range);
}

/** Clamp to the range and snap to the step grid, so 0.15 + 0.01 shows 0.16, not 0.15999… */
export function clampRound(v: number, range: { min: number; max: number; step: number }): number {
  const snapped = Math.round(v / range.step) * range.step;
  const decimals = Math.max(0, -Math.floor(Math.log10(range.step)));
  return Math.min(range.max, Math.max(range.min, Number(snapped.toFixed(decimals))));
}
