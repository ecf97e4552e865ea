import { describe, expect, it } from 'vitest';
import { t, twoByTwo, x } from './__fixtures__/twoByTwo';
import { gradientCheck } from './gradientCheck';

describe('gradientCheck', () => {
  it('reports the 12 parameters of the 2x2 network in (layer, row, col) order', () => {
    const entries = gradientCheck(twoByTwo(), x, t);
    expect(entries.map((e) => [e.layer, e.row, e.col])).toEqual([
      [0, 0, 0], // a
      [0, 0, 1], // b
      [0, 0, 2], // b_F
      [0, 1, 0], // c
      [0, 1, 1], // d
      [0, 1, 2], // b_G
      [1, 0, 0], // e
      [1, 0, 1], // f
      [1, 0, 2], // b_H
      [1, 1, 0], // g
      [1, 1, 1], // h
      [1, 1, 2], // b_I
    ]);
  });

  it('finds relative errors below 1e-6 on the hand-worked case', () => {
    const entries = gradientCheck(twoByTwo(), x, t);
    for (const e of entries) expect(e.relativeError, JSON.stringify(e)).toBeLessThan(1e-6);
    // The numeric derivative itself matches the independent values (handworked.py).
    expect(entries[0].numeric).toBeCloseTo(0.0008771354689486935, 9); // dE/da
    expect(entries[6].numeric).toBeCloseTo(0.16433408112846157, 9); // dE/de
  });

  it('computes relativeError = |a - n| / max(|a| + |n|, 1e-12), 0 when both are 0', () => {
    // A saturated unit: every gradient underflows to exactly 0 on both sides.
    const entries = gradientCheck([[[0, 1000]]], [1], [1]);
    expect(entries[0].analytic).toBe(0);
    expect(entries[0].numeric).toBe(0);
    expect(entries[0].relativeError).toBe(0);
    for (const e of gradientCheck(twoByTwo(), x, t)) {
      expect(e.relativeError).toBe(
        Math.abs(e.analytic - e.numeric) / Math.max(Math.abs(e.analytic) + Math.abs(e.numeric), 1e-12),
      );
    }
  });

  it('would catch a wrong gradient (a check that can fail)', () => {
    // With epsilon so large the central difference is inaccurate, the errors grow visibly.
    const coarse = gradientCheck(twoByTwo(), x, t, 1);
    expect(Math.max(...coarse.map((e) => e.relativeError))).toBeGreaterThan(1e-6);
  });

  it('rejects a non-positive epsilon', () => {
    expect(() => gradientCheck(twoByTwo(), x, t, 0)).toThrow(
      /epsilon must be a finite positive number, got 0/,
    );
  });

  it('does not mutate the weights', () => {
    const w = twoByTwo();
    gradientCheck(w, x, t);
    expect(w).toEqual(twoByTwo());
  });
});
