import { scaleLinear } from 'd3-scale';

/**
 * Figure colours are the page's CSS custom properties (src/app/styles.css), mixed by the browser
 * with `color-mix`, so a figure follows the theme (light, dark, print) without re-rendering and
 * the same markup serves every theme.
 */

/** The colour `t` of the way from the property `from` to the property `to` (t clamped to [0, 1]). */
export function mixVar(from: string, to: string, t: number): string {
  const p = Number.isFinite(t) ? Math.round(Math.max(0, Math.min(1, t)) * 1000) / 10 : 0;
  // Lab, like d3's interpolateLab, so the canvas (which cannot read color-mix) paints the same ramp
  return `color-mix(in lab, var(${to}) ${p}%, var(${from}))`;
}

/**
 * Weight colour: a diverging purple–orange ramp (readable with the common colour-vision
 * deficiencies), orange for positive, purple for negative, neutral near zero. Saturates at ±span.
 */
export function weightColor(span: number) {
  return (w: number) =>
    w >= 0
      ? mixVar('--weight-zero', '--weight-pos', w / span)
      : mixVar('--weight-zero', '--weight-neg', -w / span);
}

export function weightWidth(span: number) {
  return scaleLinear().domain([0, span]).range([1, 6]).clamp(true);
}

/** Node fill by activation in (0, 1): pale for 0, deep for 1 (in dark: dim for 0, bright for 1). */
export const activationFill = (a: number) => mixVar('--act-low', '--act-high', a);

/** Whether the label on a node filled with `activationFill(a)` takes the ink for deep fills. */
export const onDeepFill = (a: number) => a > 0.6;
