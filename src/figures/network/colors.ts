import { scaleDiverging, scaleLinear, scaleSequential } from 'd3-scale';
import { interpolateBlues, interpolatePuOr } from 'd3-scale-chromatic';

/**
 * Weight colour: a diverging purple–orange scale (readable with the common colour-vision
 * deficiencies), orange for positive, purple for negative, grey near zero. Saturates at ±span.
 */
export function weightColor(span: number) {
  return scaleDiverging(interpolatePuOr).domain([-span, 0, span]).clamp(true);
}

export function weightWidth(span: number) {
  return scaleLinear().domain([0, span]).range([1, 6]).clamp(true);
}

/** Node fill by activation in (0, 1): pale for 0, deep blue for 1. */
export const activationFill = scaleSequential((t: number) => interpolateBlues(0.08 + 0.72 * t))
  .domain([0, 1])
  .clamp(true);

/** Text on a node filled with `activationFill(a)`: white once the fill is dark. */
export const activationText = (a: number) => (a > 0.6 ? '#fff' : '#0b1f33');
