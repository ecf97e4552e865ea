import { describe, expect, it } from 'vitest';
import { backward, forward, type Weights } from '../nn';
import { type Env, QUANTITIES, quantity } from './quantities2x2';
import { selectEnv } from './selectors';
import { PARAM_BY_ID, PARAMS, type ParamId } from './twoByTwo';

/** An Env for given weights, as the store derives it. */
const envFor = (weights: Weights, x: number[], t: number[]): Env => selectEnv({ weights, x, t });

const W: Weights = [
  [
    [0.7, -1.3, 0.2],
    [-0.4, 0.9, -0.6],
  ],
  [
    [1.1, -0.8, 0.3],
    [-1.5, 0.45, 0.1],
  ],
];
const X = [0.3, -0.8];
const T = [0.2, 0.9];
const env = envFor(W, X, T);

/** Central difference of f over parameter p, an independent value for every derivative. */
function fd(f: (w: Weights) => number, p: ParamId, eps = 1e-6): number {
  const { layer, row, col } = PARAM_BY_ID[p];
  const shifted = (d: number) =>
    W.map((m, l) => m.map((r, i) => r.map((v, j) => (l === layer && i === row && j === col ? v + d : v))));
  return (f(shifted(eps)) - f(shifted(-eps))) / (2 * eps);
}
const outputOf = (k: number) => (w: Weights) => forward(w, X).out[1]?.[k] ?? Number.NaN;
const errorOf = (w: Weights) => backward(w, X, T).error;

describe('the 2x2 quantity table', () => {
  it('every gradient formula ∂E/∂θ matches a central difference of E', () => {
    for (const p of PARAMS) expect(quantity(`grad:${p.id}`).value(env)).toBeCloseTo(fd(errorOf, p.id), 8);
  });

  it('every Jacobian entry ∂H/∂θ, ∂I/∂θ matches a central difference of the output', () => {
    for (const [k, o] of ['H', 'I'].entries()) {
      for (const p of PARAMS)
        expect(quantity(`jac:${o}:${p.id}`).value(env)).toBeCloseTo(fd(outputOf(k), p.id), 8);
    }
  });

  it('shows the corrected forms of the source’s errata', () => {
    // ∂H/∂b_G = σ'(net_H) f σ'(net_G) (the source wrote e); ∂I/∂b_F = σ'(net_I) g σ'(net_F); ∂I/∂b_H = 0
    expect(quantity('jac:H:bG').symbolic).toBe("\\sigma'(net_H)\\,f\\,\\sigma'(net_G)\\,1");
    expect(quantity('jac:I:bF').symbolic).toBe("\\sigma'(net_I)\\,g\\,\\sigma'(net_F)\\,1");
    expect(quantity('jac:I:bH').value(env)).toBe(0);
    // ∂E/∂e = 2(H − t1) σ'(net_H) F, with the slope σ', not σ
    expect(quantity('grad:e').symbolic).toContain("2(H - t_1)\\,\\sigma'(net_H)\\,F");
  });

  it('the deltas are ∂E/∂net, checked by moving net through its bias', () => {
    // ∂net_X/∂b_X = 1, so ∂E/∂b_X = ∂E/∂net_X = δ_X
    for (const [u, b] of [
      ['F', 'bF'],
      ['G', 'bG'],
      ['H', 'bH'],
      ['I', 'bI'],
    ] as const) {
      expect(quantity(`delta:${u}`).value(env)).toBeCloseTo(fd(errorOf, b), 8);
    }
  });

  it('forward quantities agree with a hand computation', () => {
    const netF = 0.7 * 0.3 + -1.3 * -0.8 + 0.2;
    const F = 1 / (1 + Math.exp(-netF));
    expect(quantity('net:F').value(env)).toBeCloseTo(netF, 12);
    expect(quantity('out:F').value(env)).toBeCloseTo(F, 12);
    expect(quantity('slope:F').value(env)).toBeCloseTo(F * (1 - F), 12);
    const [H = 0, I = 0] = env.pass.out[1] ?? [];
    expect(quantity('E').value(env)).toBeCloseTo((H - 0.2) ** 2 + (I - 0.9) ** 2, 12);
    expect(quantity('dE:H').value(env)).toBeCloseTo(2 * (H - 0.2), 12);
  });

  it('every formula’s numeric side evaluates to its value', () => {
    // turn the substituted TeX back into arithmetic and evaluate it: the numbers shown are the
    // numbers used, to the 4 significant digits shown
    const sigma = (v: number) => 1 / (1 + Math.exp(-v));
    for (const q of QUANTITIES) {
      const tex = q.numeric(env);
      const js = tex
        .replace(/\\big/g, '')
        .replace(/\\times10\^\{(-?\d+)\}/g, 'e$1')
        .replace(/\\sigma/g, 'sigma')
        .replace(/\)\(/g, ')*(')
        .replace(/(\d)\(/g, '$1*(')
        .replace(/\)\^2/g, ')**2');
      const value = new Function('sigma', `return ${js};`)(sigma) as number;
      const expected = q.value(env);
      expect(Math.abs(value - expected), `${q.key}: ${tex}`).toBeLessThanOrEqual(
        2e-3 * Math.max(1, Math.abs(expected)),
      );
    }
  });
});
