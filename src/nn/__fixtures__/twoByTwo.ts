/**
 * The 2x2 network of sections 2-7: inputs i1, i2; hidden F, G; outputs H, I.
 * weights[0] = W1 = [[a, b, b_F], [c, d, b_G]], weights[1] = W2 = [[e, f, b_H], [g, h, b_I]].
 * Expected values for it are computed independently by handworked.py (decimal, 50 digits).
 */
import type { Weights } from '../types';

export const W1 = [
  [0.15, 0.2, 0.35],
  [0.25, 0.3, 0.35],
];
export const W2 = [
  [0.4, 0.45, 0.6],
  [0.5, 0.55, 0.6],
];
export const twoByTwo = (): Weights => [W1.map((r) => r.slice()), W2.map((r) => r.slice())];
export const x = [0.05, 0.1];
export const t = [0.01, 0.99];
