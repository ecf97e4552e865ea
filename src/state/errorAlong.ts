import { backward, type Loss, type Weights } from '../nn';
import { PARAM_BY_ID, type ParamId } from './twoByTwo';

/**
 * E as one parameter of the 2-2-2 network runs through `values`, every other number held where
 * it is: the curve the opening's warm-up draws, so the reader sees the slope ∂E/∂θ as the
 * tangent of a real curve. Each point is one call of the engine; nothing is computed here.
 */
export function errorAlong(
  weights: Weights,
  x: readonly number[],
  t: readonly number[],
  id: ParamId,
  values: readonly number[],
  loss: Loss = 'squared',
): number[] {
  const { layer, row, col } = PARAM_BY_ID[id];
  // one copy of the weights, its single entry rewritten per point (backward never mutates it)
  const w = weights.map((m) => m.map((r) => [...r]));
  const target = w[layer]?.[row];
  if (!target) throw new Error(`no weight ${id} in a network of ${weights.length} layers`);
  return values.map((v) => {
    target[col] = v;
    return backward(w, x, t, { loss }).error;
  });
}

/** `count` evenly spaced values from `min` to `max`, both included. */
export function evenly(min: number, max: number, count: number): number[] {
  if (count < 2) return [min];
  return Array.from({ length: count }, (_, i) => min + ((max - min) * i) / (count - 1));
}
