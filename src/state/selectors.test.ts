import { describe, expect, it } from 'vitest';
import { backward, outputJacobian } from '../nn';
import { selectPass } from './selectors';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X } from './twoByTwo';

const state = (e: number) => ({
  weights: DEFAULT_WEIGHTS.map((m, l) =>
    m.map((r, i) => r.map((v, j) => (l === 1 && i === 0 && j === 0 ? e : v))),
  ),
  x: [...DEFAULT_X],
  t: [...DEFAULT_T],
});

describe('selectPass', () => {
  it('gives one pass per change of the network, the same object while nothing changes', () => {
    const s = state(0.4);
    expect(selectPass(s)).toBe(selectPass(s));
    expect(selectPass(s).grad).toEqual(backward(s.weights, s.x, s.t).grad);
  });

  it('works the Jacobian out for the weights of its own pass, even when read after the network changed', () => {
    const a = state(0.4);
    const passA = selectPass(a);
    const b = state(-3);
    const passB = selectPass(b);
    // read late: A's Jacobian is still A's, not the store's latest network's
    expect(passA.jacobian).toEqual(outputJacobian(a.weights, a.x));
    expect(passB.jacobian).toEqual(outputJacobian(b.weights, b.x));
    expect(passA.jacobian).not.toEqual(passB.jacobian);
    expect(passA.jacobian).toBe(passA.jacobian);
  });
});
