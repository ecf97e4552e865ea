import { describe, expect, it } from 'vitest';
import type { Activation, Loss, Weights } from '../../nn';
import { selectAnyGradCheck, selectAnyPass, selectDeltaSizes } from './selectors';
import { seededNetwork } from './shape';

/** Independent activations and losses, written out here (no src/nn), straight from their definitions. */
const apply = (a: Activation, net: number[]): number[] => {
  if (a === 'softmax') {
    const e = net.map((n) => Math.exp(n));
    const sum = e.reduce((s, v) => s + v, 0);
    return e.map((v) => v / sum);
  }
  return net.map((n) =>
    a === 'sigmoid'
      ? 1 / (1 + Math.exp(-n))
      : a === 'tanh'
        ? Math.tanh(n)
        : a === 'relu'
          ? Math.max(n, 0)
          : n,
  );
};

function errorOf(weights: Weights, x: number[], t: number[], acts: Activation[], loss: Loss): number {
  let a = [...x];
  weights.forEach((W, l) => {
    const net = W.map((row) => row.reduce((s, w, j) => s + w * (j < a.length ? a[j] : 1), 0));
    a = apply(acts[l], net);
  });
  if (loss === 'squared') return a.reduce((e, o, k) => e + (o - t[k]) ** 2, 0);
  if (loss === 'half-squared') return 0.5 * a.reduce((e, o, k) => e + (o - t[k]) ** 2, 0);
  if (acts.at(-1) === 'softmax') return -a.reduce((e, o, k) => e + t[k] * Math.log(o), 0);
  return -a.reduce((e, o, k) => e + t[k] * Math.log(o) + (1 - t[k]) * Math.log(1 - o), 0);
}

/** δ_l by nudging each unit's bias, which nudges its net input by the same amount. */
function numericDeltas(weights: Weights, x: number[], t: number[], acts: Activation[], loss: Loss) {
  const eps = 1e-6;
  return weights.map((W, l) =>
    W.map((_, i) => {
      const at = (d: number) =>
        errorOf(
          weights.map((M, m) =>
            m !== l ? M : M.map((r, ii) => r.map((v, jj) => (ii === i && jj === r.length - 1 ? v + d : v))),
          ),
          x,
          t,
          acts,
          loss,
        );
      return (at(eps) - at(-eps)) / (2 * eps);
    }),
  );
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-7 + 1e-5 * Math.abs(b);

const cases: { acts: Activation[]; loss: Loss }[] = [
  { acts: ['tanh', 'tanh', 'sigmoid'], loss: 'squared' },
  { acts: ['relu', 'relu', 'sigmoid'], loss: 'cross-entropy' },
  { acts: ['linear', 'tanh', 'linear'], loss: 'half-squared' },
  { acts: ['relu', 'tanh', 'softmax'], loss: 'cross-entropy' },
  { acts: ['sigmoid', 'relu', 'softmax'], loss: 'squared' },
  { acts: ['tanh', 'sigmoid', 'relu'], loss: 'half-squared' },
];

describe('selectAnyPass with a model', () => {
  for (const { acts, loss } of cases) {
    it(`${acts.join(', ')} with ${loss}: E, δ and the slopes match values computed independently`, () => {
      const net = seededNetwork([3, 4, 3, 2], 5);
      const model = { activation: acts, loss };
      const pass = selectAnyPass({ ...net, model });
      expect(pass.loss).toBe(loss);
      expect(pass.error).toBeCloseTo(errorOf(net.weights, net.x, net.t, acts, loss), 12);
      const numeric = numericDeltas(net.weights, net.x, net.t, acts, loss);
      pass.layers.forEach((v, i) => {
        expect(v.activation).toBe(acts[i]);
        v.delta.forEach((d, j) => {
          expect(close(d, numeric[i][j]), `δ${v.l}[${j}] ${d} vs ${numeric[i][j]}`).toBe(true);
        });
        if (v.activation === 'softmax') {
          expect(v.slope).toBeNull();
          // diag(s) − s sᵀ: rows add up to 0, since the outputs always add up to 1
          for (const row of v.jacobian ?? []) {
            expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(0, 14);
          }
        } else {
          const expected = v.net.map((n, j) =>
            v.activation === 'sigmoid'
              ? v.out[j] * (1 - v.out[j])
              : v.activation === 'tanh'
                ? 1 - Math.tanh(n) ** 2
                : v.activation === 'relu'
                  ? n > 0
                    ? 1
                    : 0
                  : 1,
          );
          v.slope?.forEach((s, j) => {
            expect(s).toBeCloseTo(expected[j], 14);
          });
        }
      });
      const check = selectAnyGradCheck({ ...net, model });
      expect(check.agrees).toBe(true);
    });
  }

  it('with cross-entropy on a sigmoid output, δ_L is out − t', () => {
    const net = seededNetwork([2, 3, 2], 8);
    const pass = selectAnyPass({ ...net, model: { activation: ['relu', 'sigmoid'], loss: 'cross-entropy' } });
    const last = pass.layers[1];
    last.delta.forEach((d, k) => {
      expect(d).toBeCloseTo(last.out[k] - net.t[k], 15);
    });
  });
});

describe('selectDeltaSizes with a model', () => {
  it('compares with all-sigmoid on the same weights and counts the ReLU units with net ≤ 0', () => {
    const net = seededNetwork([2, 8, 8, 8, 1], 3);
    const acts: Activation[] = ['relu', 'relu', 'relu', 'sigmoid'];
    const sizes = selectDeltaSizes({ ...net, model: { activation: acts, loss: 'squared' } });
    const plain = selectDeltaSizes(net);
    sizes.forEach((d, i) => {
      expect(d.sigmoidMeanAbs).toBeCloseTo(plain[i].meanAbs, 15);
    });
    const pass = selectAnyPass({ ...net, model: { activation: acts, loss: 'squared' } });
    pass.layers.slice(0, 3).forEach((v, i) => {
      const dead = v.net.filter((n) => n <= 0).length;
      expect(sizes[i].dead).toBe(dead);
      expect(sizes[i].reluUnits).toBe(8);
      // a unit with net ≤ 0 has δ exactly 0
      v.net.forEach((n, j) => {
        if (n <= 0) expect(Math.abs(v.delta[j])).toBe(0);
      });
    });
    expect(sizes[3]).toMatchObject({ dead: 0, reluUnits: 0 });
  });
});
