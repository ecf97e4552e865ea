import { describe, expect, it } from 'vitest';
import { selectGradientCheck } from './gradientCheck';
import { selectPass } from './selectors';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X } from './twoByTwo';

const defaults = () => ({ weights: DEFAULT_WEIGHTS, x: [...DEFAULT_X], t: [...DEFAULT_T] });

/** E = (H − t1)² + (I − t2)², written out independently of src/nn. */
function error2x2(w: number[][][], x: readonly number[], t: readonly number[]): number {
  const s = (v: number) => 1 / (1 + Math.exp(-v));
  const [[a, b, bF], [c, d, bG]] = w[0];
  const [[e, f, bH], [g, h, bI]] = w[1];
  const F = s(a * x[0] + b * x[1] + bF);
  const G = s(c * x[0] + d * x[1] + bG);
  const H = s(e * F + f * G + bH);
  const I = s(g * F + h * G + bI);
  return (H - t[0]) ** 2 + (I - t[1]) ** 2;
}

describe('selectGradientCheck', () => {
  it('lists the 12 parameters in the order a, b, b_F, c, d, b_G, e, f, b_H, g, h, b_I', () => {
    const check = selectGradientCheck(defaults());
    expect(check.rows.map((r) => r.param.id)).toEqual([
      'a',
      'b',
      'bF',
      'c',
      'd',
      'bG',
      'e',
      'f',
      'bH',
      'g',
      'h',
      'bI',
    ]);
  });

  it('agrees to better than 1e-6 at the defaults', () => {
    const check = selectGradientCheck(defaults());
    for (const r of check.rows) expect(r.scaled, r.param.label).toBeLessThan(1e-9);
    expect(check.agrees).toBe(true);
    expect(check.maxScaled).toBe(Math.max(...check.rows.map((r) => r.scaled)));
  });

  it("shows the backward pass's gradient and an independent central difference", () => {
    const net = defaults();
    const check = selectGradientCheck(net);
    const { grad } = selectPass(net);
    for (const { param, analytic, numeric } of check.rows) {
      expect(analytic).toBe(grad[param.layer][param.row][param.col]);
      const nudged = (d: number) =>
        error2x2(
          net.weights.map((m, l) =>
            m.map((r, i) =>
              r.map((v, j) => (l === param.layer && i === param.row && j === param.col ? v + d : v)),
            ),
          ),
          net.x,
          net.t,
        );
      expect(numeric).toBeCloseTo((nudged(1e-5) - nudged(-1e-5)) / 2e-5, 8);
    }
  });

  it('known values at the defaults: ∂E/∂e ≈ 0.1644 (2 × 0.0822 without the ½)', () => {
    const e = selectGradientCheck(defaults()).rows[6];
    expect(e.param.id).toBe('e');
    expect(e.analytic).toBeCloseTo(2 * 0.082167041, 6);
  });

  it('is computed once per (weights, x, t)', () => {
    const net = defaults();
    expect(selectGradientCheck(net)).toBe(selectGradientCheck({ ...net }));
    // every weight 10 saturates σ: the gradients are tiny, and so is their absolute difference
    const saturated = { ...net, weights: net.weights.map((m) => m.map((r) => r.map(() => 10))) };
    const check = selectGradientCheck(saturated);
    expect(check.agrees).toBe(true);
    for (const r of check.rows) expect(Math.abs(r.analytic - r.numeric)).toBeLessThan(1e-9);
  });
});
