import { describe, expect, it } from 'vitest';
import cases from './__fixtures__/handworked.json';
import { backward } from './backward';
import { forward } from './forward';
import type { Activation, Loss } from './model';

/**
 * Expected values: src/nn/__fixtures__/handworked.py --json, which evaluates each model's chain
 * rule unit by unit at 50 significant digits (softmax through its full Jacobian, cross-entropy
 * from −Σ t ln out), independently of the engine's code.
 */
const close = (got: number, want: string, what: string) => {
  const w = Number(want);
  expect(Math.abs(got - w), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(
    1e-14 * Math.max(1, Math.abs(w)),
  );
};

describe('hand-worked cases for other activations and losses (decimal, 50 digits)', () => {
  for (const c of cases) {
    it(c.name, () => {
      const model = { activation: c.activation as Activation[], loss: c.loss as Loss };
      const { out } = forward(c.weights, c.x, model);
      out[out.length - 1].forEach((o, k) => {
        close(o, c.out[k], `out[${k}]`);
      });
      const r = backward(c.weights, c.x, c.t, model);
      close(r.error, c.E, 'E');
      r.delta.forEach((layer, l) => {
        layer.forEach((d, i) => {
          close(d, c.delta[l][i], `delta[${l}][${i}]`);
        });
      });
      r.grad.forEach((m, l) => {
        m.forEach((row, i) => {
          row.forEach((g, j) => {
            close(g, c.grad[l][i][j], `grad[${l}][${i}][${j}]`);
          });
        });
      });
    });
  }

  it('covers every activation and loss', () => {
    expect(new Set(cases.flatMap((c) => c.activation))).toEqual(
      new Set(['sigmoid', 'tanh', 'relu', 'linear', 'softmax']),
    );
    expect(new Set(cases.map((c) => c.loss))).toEqual(new Set(['squared', 'half-squared', 'cross-entropy']));
  });
});
