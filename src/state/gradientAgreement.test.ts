import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradientCheck } from '../nn';
import { GRADIENT_TOLERANCE, gradientsAgree, scaledDifference } from './gradientAgreement';
import { selectGradientCheck } from './gradientCheck';

describe('scaledDifference and gradientsAgree', () => {
  it('is absolute below 1 and relative above, by hand', () => {
    // |a − n| / max(1, |a|, |n|)
    expect(scaledDifference(5.2e-9, 5.2e-9 + 3e-12)).toBeCloseTo(3e-12, 20);
    expect(scaledDifference(0.5, 0.5000004)).toBeCloseTo(4e-7, 15);
    expect(scaledDifference(200, 200.0002)).toBeCloseTo(0.0002 / 200.0002, 15);
    expect(scaledDifference(-3, 3)).toBe(2);
    expect(scaledDifference(0, 0)).toBe(0);
    expect(gradientsAgree(5.2e-9, 5.2e-9 + 3e-12)).toBe(true);
    expect(gradientsAgree(0.5, 0.5 + 2e-6)).toBe(false);
    expect(gradientsAgree(200, 200.0001)).toBe(true); // 5e-7 of 200
    expect(gradientsAgree(200, 200.001)).toBe(false); // 5e-6 of 200
  });

  it('never agrees with NaN or infinity', () => {
    expect(gradientsAgree(Number.NaN, 0)).toBe(false);
    expect(gradientsAgree(0, Number.POSITIVE_INFINITY)).toBe(false);
    expect(scaledDifference(Number.NaN, 1)).toBe(Number.POSITIVE_INFINITY);
  });
});

const W1 = [
  [3, 2, 1],
  [-2, 4, 0.5],
];
const W2 = [
  [9, -8, 7],
  [-6, 9, -5],
];

describe('the 2x2 gradient check with the combined criterion', () => {
  it('agrees on every row for the weights where a relative measure failed (∂E/∂b_F ≈ 5.2e-9)', () => {
    const check = selectGradientCheck({ weights: [W1, W2], x: [4, 3], t: [0.2, 0.9] });
    const bF = check.rows.find((r) => r.param.id === 'bF');
    expect(Math.abs(bF?.analytic ?? 1)).toBeLessThan(1e-8);
    expect(Math.abs(bF?.analytic ?? 0)).toBeGreaterThan(1e-9);
    // the old measure |a − n| / (|a| + |n|) is far above any sensible threshold here
    const old =
      Math.abs((bF?.analytic ?? 0) - (bF?.numeric ?? 0)) /
      (Math.abs(bF?.analytic ?? 0) + Math.abs(bF?.numeric ?? 0));
    expect(old).toBeGreaterThan(1e-5);
    for (const r of check.rows) expect(r.agrees, r.param.label).toBe(true);
    expect(check.agrees).toBe(true);
  });

  it('flags a deliberately wrong gradient at the same weights and at the defaults', () => {
    const weights = [W1, W2];
    for (const entry of gradientCheck(weights, [4, 3], [0.2, 0.9], 1e-5)) {
      // σ used for σ′ in the last factor, or one part in 10⁴ off: both must be caught
      const wrong = entry.analytic + 1e-4 * Math.max(1, Math.abs(entry.analytic)) * 1.5;
      expect(gradientsAgree(wrong, entry.numeric)).toBe(false);
    }
    const defaults = gradientCheck(
      [
        [
          [0.15, 0.2, 0.35],
          [0.25, 0.3, 0.35],
        ],
        [
          [0.4, 0.45, 0.6],
          [0.5, 0.55, 0.6],
        ],
      ],
      [0.05, 0.1],
      [0.01, 0.99],
    );
    // ∂E/∂e with σ(net_H) in place of σ′(net_H): H = 0.7514, σ′ = 0.1868
    const e = defaults[6];
    const sigmaSlip = (e.analytic / (0.7513650695523157 * (1 - 0.7513650695523157))) * 0.7513650695523157;
    expect(gradientsAgree(sigmaSlip, e.numeric)).toBe(false);
    expect(gradientsAgree(e.analytic, e.numeric)).toBe(true);
  });

  it('accepts the backward gradient for any weights, inputs and targets the reader can set', () => {
    const weight = fc.double({ min: -10, max: 10, noNaN: true });
    const row = fc.tuple(weight, weight, weight);
    fc.assert(
      fc.property(
        fc.tuple(row, row),
        fc.tuple(row, row),
        fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true })),
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
        (w1, w2, x, t) => {
          const check = selectGradientCheck({ weights: [w1, w2], x, t });
          expect(check.maxScaled).toBeLessThanOrEqual(GRADIENT_TOLERANCE);
          expect(check.agrees).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
