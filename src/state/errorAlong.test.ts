import { describe, expect, it } from 'vitest';
import { errorAlong, evenly } from './errorAlong';
import { selectPass } from './selectors';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X } from './twoByTwo';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

/** E of the 2-2-2 network written out by hand, independent of the engine */
function handError(e: number): number {
  const [i1, i2] = [0.05, 0.1];
  const F = sigma(0.15 * i1 + 0.2 * i2 + 0.35);
  const G = sigma(0.25 * i1 + 0.3 * i2 + 0.35);
  const H = sigma(e * F + 0.45 * G + 0.6);
  const I = sigma(0.5 * F + 0.55 * G + 0.6);
  return (H - 0.01) ** 2 + (I - 0.99) ** 2;
}

describe('errorAlong', () => {
  const state = {
    weights: DEFAULT_WEIGHTS.map((m) => m.map((r) => [...r])),
    x: [...DEFAULT_X],
    t: [...DEFAULT_T],
  };

  it("is E with one weight replaced: Mazur's 0.5967 (twice his 0.2984) at e = 0.4, and a hand computation elsewhere", () => {
    const [atDefault, atMinus3, at7] = errorAlong(state.weights, state.x, state.t, 'e', [0.4, -3, 7]);
    expect(atDefault).toBeCloseTo(0.596742, 6);
    expect(atMinus3).toBeCloseTo(handError(-3), 12);
    expect(at7).toBeCloseTo(handError(7), 12);
  });

  it("has the backward pass's ∂E/∂e as its slope (a central difference of the curve)", () => {
    const h = 1e-5;
    const [lo, hi] = errorAlong(state.weights, state.x, state.t, 'e', [0.4 - h, 0.4 + h]);
    const slope = ((hi ?? 0) - (lo ?? 0)) / (2 * h);
    expect(slope).toBeCloseTo(selectPass(state).grad[1]?.[0]?.[0] ?? Number.NaN, 8);
    expect(slope).toBeCloseTo(0.164334, 5);
  });

  it('leaves the weights it was given untouched', () => {
    const before = JSON.stringify(state.weights);
    errorAlong(state.weights, state.x, state.t, 'bF', [-10, 10]);
    expect(JSON.stringify(state.weights)).toBe(before);
  });
});

describe('evenly', () => {
  it('spans the range with both ends included', () => {
    expect(evenly(-10, 10, 5)).toEqual([-10, -5, 0, 5, 10]);
    expect(evenly(2, 3, 1)).toEqual([2]);
  });
});
