import { describe, expect, it } from 'vitest';
import { twoByTwo, x } from './__fixtures__/twoByTwo';
import { forward } from './forward';

/** |a - b| ≤ tol, with a readable failure. */
const near = (a: number, b: number, tol = 1e-15) =>
  expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(tol);

describe('forward', () => {
  it('computes the 2x2 network (expected values from __fixtures__/handworked.py, decimal arithmetic)', () => {
    const { net, out } = forward(twoByTwo(), x);
    // netF = a i1 + b i2 + b_F, netG = c i1 + d i2 + b_G
    near(net[0][0], 0.3775);
    near(net[0][1], 0.3925);
    near(out[0][0], 0.5932699921071872); // F
    near(out[0][1], 0.596884378259767); // G
    near(net[1][0], 1.1059059670597702); // netH
    near(net[1][1], 1.2249214040964655); // netI
    near(out[1][0], 0.7513650695523157); // H
    near(out[1][1], 0.7729284653214626); // I
  });

  it('returns one net and one out per weight layer, out = sigma(net)', () => {
    const w = [
      [[1, -1, 0.5]],
      [[2, 0]],
      [
        [-3, 1],
        [0.5, 0.25],
      ],
    ];
    const { net, out } = forward(w, [0.2, 0.7]);
    expect(net.map((n) => n.length)).toEqual([1, 1, 2]);
    expect(out.map((o) => o.length)).toEqual([1, 1, 2]);
    near(net[0][0], 0.2 - 0.7 + 0.5);
    net.forEach((n, l) => {
      n.forEach((v, i) => {
        near(out[l][i], 1 / (1 + Math.exp(-v)));
      });
    });
    near(net[1][0], 2 * out[0][0]);
  });

  it('does not mutate its arguments', () => {
    const w = Object.freeze(twoByTwo().map((m) => Object.freeze(m.map((r) => Object.freeze(r)))));
    const input = Object.freeze([0.05, 0.1]);
    expect(() => forward(w as never, input)).not.toThrow();
  });

  it('stays finite for extreme weights', () => {
    const { out } = forward([[[1e308, 1e308, -1e308]]], [1, 1]);
    expect(out[0][0]).toBe(1);
  });
});
