import { describe, expect, it } from 'vitest';
import { formulaTex } from '../figures/formula/formulaTex';
import { selectGradientCheck } from './gradientCheck';
import { termTex } from './matrices2x2';
import { quantity } from './quantities2x2';
import { selectEnv, selectPass } from './selectors';
import { centralDifference } from './slips';
import { useAppStore } from './store';
import {
  DEFAULT_T,
  DEFAULT_WEIGHTS,
  DEFAULT_X,
  type Loss2x2,
  MAZUR_T,
  MAZUR_WEIGHTS,
  MAZUR_X,
} from './twoByTwo';
import { networkParams, parseNetworkQuery } from './urlState';

const x = [...DEFAULT_X];
const t = [...DEFAULT_T];
const state = (loss2x2: Loss2x2) => ({ weights: DEFAULT_WEIGHTS, x, t, loss2x2 });
const off = { hidden: false };

/** E by hand for the defaults, independent of the engine: σ, the forward pass, the squared misses. */
function errorByHand(): number {
  const s = (v: number) => 1 / (1 + Math.exp(-v));
  const [[a, b, bF], [c, d, bG]] = DEFAULT_WEIGHTS[0] as number[][];
  const [[e, f, bH], [g, h, bI]] = DEFAULT_WEIGHTS[1] as number[][];
  const [i1 = 0, i2 = 0] = x;
  const F = s(a * i1 + b * i2 + bF);
  const G = s(c * i1 + d * i2 + bG);
  const H = s(e * F + f * G + bH);
  const I = s(g * F + h * G + bI);
  return (H - (t[0] ?? 0)) ** 2 + (I - (t[1] ?? 0)) ** 2;
}

describe("the 2x2 sections' error: Σ(out − t)² or Mazur's ½Σ(out − t)²", () => {
  it('the default is the page’s error, without the ½', () => {
    expect(useAppStore.getInitialState().loss2x2).toBe('squared');
    expect(selectPass({ weights: DEFAULT_WEIGHTS, x, t }).error).toBeCloseTo(errorByHand(), 14);
  });

  it('with the ½ the page prints Mazur’s published E_total and ∂E/∂w5 (w5 is e, W2 row 1 column 1)', () => {
    const p = selectPass(state('half-squared'));
    expect(p.error.toFixed(9)).toBe('0.298371109');
    expect(p.grad[1]?.[0]?.[0]?.toFixed(9)).toBe('0.082167041');
    expect(p.error).toBeCloseTo(errorByHand() / 2, 14);
  });

  it('halves E, δ and every gradient, and the error slope loses its factor 2', () => {
    const full = selectEnv(state('squared'));
    const half = selectEnv(state('half-squared'));
    for (const key of ['E', 'dE:H', 'dE:I', 'delta:H', 'delta:F', 'grad:e', 'grad:a', 'grad:bG']) {
      expect(quantity(key).value(half), key).toBeCloseTo(quantity(key).value(full) / 2, 15);
    }
    // the output's slope is (H − t1) itself, read off the forward pass
    const H = half.pass.out[1]?.[0] ?? 0;
    expect(quantity('dE:H').value(half)).toBe(H - (t[0] ?? 0));
  });

  it('the live formulas lose the 2 and E gains the ½, in symbols and with numbers', () => {
    const half = selectEnv(state('half-squared'));
    const full = selectEnv(state('squared'));
    expect(formulaTex(quantity('grad:e'), full, 'symbols', off)).toContain('2(H - t_1)');
    const gradE = formulaTex(quantity('grad:e'), half, 'both', off);
    expect(gradE).not.toContain('2(');
    expect(gradE).toContain('(H - t_1)');
    expect(formulaTex(quantity('delta:I'), half, 'both', off)).not.toContain('2(');
    expect(formulaTex(quantity('dE:H'), half, 'numbers', off)).not.toContain('2(');
    expect(formulaTex(quantity('E'), half, 'both', off)).toContain('\\tfrac12');
    expect(formulaTex(quantity('E'), full, 'both', off)).not.toContain('\\tfrac12');
  });

  it('the matrix line of section 5 drops the 2 before its bracket', () => {
    expect(termTex('= 2\\Big(', true)).toBe('= \\Big(');
    expect(termTex('= 2\\Big(', false)).toBe('= 2\\Big(');
    expect(termTex('\\cdot', true)).toBe('\\cdot');
  });

  it('the gradient check differentiates the same error: it agrees, at half the squared gradients', () => {
    const half = selectGradientCheck(state('half-squared'));
    const full = selectGradientCheck(state('squared'));
    expect(half.agrees).toBe(true);
    half.rows.forEach((r, i) => {
      expect(r.analytic).toBeCloseTo((full.rows[i]?.analytic ?? 0) / 2, 15);
    });
    // the slips' referee measures the same E
    const env = selectEnv(state('half-squared'));
    expect(centralDifference(env, 'E', 'e')).toBeCloseTo(quantity('grad:e').value(env), 8);
  });

  it('an update follows the ½: a step of η times the halved gradient', () => {
    const store = useAppStore;
    const initial = store.getState();
    try {
      store.setState({ weights: DEFAULT_WEIGHTS, x, t, loss2x2: 'half-squared', learningRate: 0.5 });
      const g = selectPass(store.getState()).grad;
      store.getState().applyUpdate();
      const e = store.getState().weights[1]?.[0]?.[0] ?? 0;
      expect(e).toBeCloseTo(0.4 - 0.5 * (g[1]?.[0]?.[0] ?? 0), 15);
      expect(g[1]?.[0]?.[0]?.toFixed(9)).toBe('0.082167041');
    } finally {
      store.setState(initial, true);
    }
  });

  it("“Load Mazur's example” sets his weights, inputs and targets and turns the ½ on", () => {
    const store = useAppStore;
    const initial = store.getState();
    try {
      store.setState({
        weights: [
          [
            [1, 2, 3],
            [4, 5, 6],
          ],
          [
            [1, 1, 1],
            [1, 1, 1],
          ],
        ],
        x: [1, 1],
        t: [0, 0],
      });
      store.getState().loadMazur();
      const s = store.getState();
      expect(s.weights).toEqual(MAZUR_WEIGHTS);
      expect(s.x).toEqual(MAZUR_X);
      expect(s.t).toEqual(MAZUR_T);
      expect(s.loss2x2).toBe('half-squared');
      expect(selectPass(s).error.toFixed(9)).toBe('0.298371109');
    } finally {
      store.setState(initial, true);
    }
  });
});

describe('the ½ in the address', () => {
  it('half=1 turns it on, half=0 off; an address without it (every older link) sets nothing', () => {
    expect(parseNetworkQuery('?half=1')).toEqual({ loss2x2: 'half-squared', notices: [] });
    expect(parseNetworkQuery('?half=0')).toEqual({ loss2x2: 'squared', notices: [] });
    expect(parseNetworkQuery('?W1=1,2,3;4,5,6')).not.toHaveProperty('loss2x2');
  });

  it('anything else is a notice that quotes it, and the error keeps no ½', () => {
    const r = parseNetworkQuery('?half=yes');
    expect(r.loss2x2).toBeUndefined();
    expect(r.notices).toHaveLength(1);
    expect(r.notices[0]).toContain('“yes”');
  });

  it('is written only when on, so the default address is unchanged', () => {
    const net = { weights: DEFAULT_WEIGHTS, x, t };
    expect(networkParams(net)).not.toContain('half=1');
    expect(networkParams({ ...net, loss2x2: 'squared' })).toEqual(networkParams(net));
    expect(networkParams({ ...net, loss2x2: 'half-squared' })).toContain('half=1');
  });
});
