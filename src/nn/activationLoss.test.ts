import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_LOSSES, type ModelCase, modelCase, PAIRS } from './__fixtures__/randomModel';
import { backward, forwardBackward } from './backward';
import { forward } from './forward';
import { gradientCheck } from './gradientCheck';
import { outputJacobian } from './jacobian';
import type { Model } from './model';
import { train } from './train';
import type { Weights } from './types';

const H = 1e-6;

/** No relu unit sits within reach of its kink, where a central difference straddles two slopes. */
function awayFromKinks({ weights, x, model }: ModelCase): boolean {
  const { net } = forward(weights, x, model);
  return net.every((layer, l) => model.activation[l] !== 'relu' || layer.every((z) => Math.abs(z) > 1e-4));
}

/** (E(w + h) − E(w − h)) / 2h for every parameter, from backward()'s error alone. */
function numericGradient(c: ModelCase): Weights {
  return c.weights.map((m, l) =>
    m.map((row, i) =>
      row.map((_, j) => {
        const at = (d: number) => {
          const w = c.weights.map((mm) => mm.map((r) => r.slice()));
          w[l][i][j] += d;
          return backward(w, c.x, c.t, c.model).error;
        };
        return (at(H) - at(-H)) / (2 * H);
      }),
    ),
  );
}

describe('backward() against central differences, every activation × loss (fast-check)', () => {
  for (const [output, loss] of PAIRS) {
    it(`${output} output, ${loss}`, () => {
      fc.assert(
        fc.property(modelCase(output, loss), (c) => {
          fc.pre(awayFromKinks(c));
          const { grad } = backward(c.weights, c.x, c.t, c.model);
          const numeric = numericGradient(c);
          grad.forEach((m, l) => {
            m.forEach((row, i) => {
              row.forEach((g, j) => {
                const n = numeric[l][i][j];
                expect(Math.abs(g - n), `W${l}[${i}][${j}]: ${g} vs ${n}`).toBeLessThan(
                  1e-6 * Math.max(1, Math.abs(g)),
                );
              });
            });
          });
        }),
        { numRuns: 40 },
      );
    });
  }

  it('gradientCheck() takes the model too', () => {
    const w = [
      [[0.4, -0.3, 0.2]],
      [
        [0.7, 0.1],
        [-0.5, 0.3],
      ],
    ];
    const entries = gradientCheck(w, [0.5, 1], [0, 1], 1e-5, {
      activation: ['tanh', 'softmax'],
      loss: 'cross-entropy',
    });
    expect(entries).toHaveLength(7);
    for (const e of entries) expect(e.relativeError).toBeLessThan(1e-7);
  });
});

describe('the output delta of each loss', () => {
  const w = [
    [
      [0.3, -0.6, 0.1],
      [0.8, 0.2, -0.4],
    ],
  ];
  const x = [0.7, -0.2];
  const t = [0.25, 0.6];

  it("'squared' (the default) gives today's numbers; 'half-squared' exactly half of error and delta", () => {
    const plain = backward(w, x, t);
    expect(backward(w, x, t, { activation: 'sigmoid', loss: 'squared' })).toEqual(plain);
    const half = backward(w, x, t, { loss: 'half-squared' });
    expect(half.error).toBe(plain.error / 2);
    expect(half.delta[0]).toEqual(plain.delta[0].map((d) => d / 2));
  });

  it('cross-entropy on sigmoid outputs: delta = out − t', () => {
    const { out } = forward(w, x);
    const { delta, error } = backward(w, x, t, { loss: 'cross-entropy' });
    expect(delta[0]).toEqual(out[0].map((o, k) => o - t[k]));
    const byDefinition = -t.reduce(
      (s, tk, k) => s + tk * Math.log(out[0][k]) + (1 - tk) * Math.log(1 - out[0][k]),
      0,
    );
    expect(error).toBeCloseTo(byDefinition, 14);
  });

  it('cross-entropy on softmax outputs: delta = out·Σt − t; out sums to 1', () => {
    const model: Model = { activation: 'softmax', loss: 'cross-entropy' };
    const { out } = forward(w, x, model);
    expect(out[0][0] + out[0][1]).toBeCloseTo(1, 15);
    const { delta, error } = backward(w, x, t, model);
    const st = t[0] + t[1];
    delta[0].forEach((d, k) => {
      expect(d).toBeCloseTo(out[0][k] * st - t[k], 15);
    });
    expect(error).toBeCloseTo(-(t[0] * Math.log(out[0][0]) + t[1] * Math.log(out[0][1])), 14);
  });
});

describe('saturation and dead units', () => {
  it('cross-entropy stays finite when the outputs saturate (net = ±1000)', () => {
    for (const net of [1000, -1000]) {
      const w = [[[0, net]]]; // one input, one sigmoid output, net = bias
      for (const target of [0, 1, 0.3]) {
        const r = backward(w, [1], [target], { loss: 'cross-entropy' });
        expect(Number.isFinite(r.error)).toBe(true);
        const out = net > 0 ? 1 : 0;
        expect(r.delta[0][0]).toBe(out - target);
        // the wrong answer costs |net| nats; the right one nothing
        if (target === 1 - out) expect(r.error).toBe(1000);
        if (target === out) expect(r.error).toBe(0);
      }
    }
    const soft = backward(
      [
        [
          [0, 1000],
          [0, -1000],
        ],
      ],
      [1],
      [0, 1],
      { activation: 'softmax', loss: 'cross-entropy' },
    );
    expect(soft.error).toBe(2000);
    expect(soft.delta[0]).toEqual([1, -1]);
  });

  it('softmax is shifted by its maximum: huge equal nets give equal, finite outputs', () => {
    const { out } = forward(
      [
        [
          [0, 1e6],
          [0, 1e6],
          [0, 1e6],
        ],
      ],
      [1],
      { activation: 'softmax' },
    );
    for (const o of out[0]) expect(o).toBeCloseTo(1 / 3, 15);
  });

  it('relu: a unit with a negative net input is dead, and so are all its incoming gradients', () => {
    const w = [
      [
        [1, 1, -5], // net = −3 for x = (1, 1): dead
        [0.5, -0.25, 0.1],
      ],
      [[0.7, -0.9, 0.2]],
    ];
    const model: Model = { activation: ['relu', 'sigmoid'] };
    const { out } = forward(w, [1, 1], model);
    expect(out[0][0]).toBe(0);
    const { grad, delta } = backward(w, [1, 1], [1], model);
    expect(Math.abs(delta[0][0])).toBe(0);
    expect(grad[0][0].map(Math.abs)).toEqual([0, 0, 0]);
    expect(Math.abs(grad[1][0][0])).toBe(0); // its output carries no signal to the next layer either
    expect(grad[0][1].every((g) => g !== 0)).toBe(true);
  });

  it('relu′(0) = 0: a unit exactly at its kink passes no gradient', () => {
    const { grad } = backward([[[1, -1, 0]], [[2, 0]]], [0.5, 0.5], [1], { activation: ['relu', 'linear'] });
    expect(grad[0][0].map(Math.abs)).toEqual([0, 0, 0]);
  });
});

describe('outputJacobian with a model', () => {
  it('equals the central difference of each output, softmax included', () => {
    const w = [
      [
        [0.4, -0.3, 0.2],
        [0.1, 0.6, -0.5],
      ],
      [
        [0.7, 0.1, 0.3],
        [-0.5, 0.3, 0.05],
        [0.2, -0.8, 0.4],
      ],
    ];
    const x = [0.5, 1];
    for (const model of [
      { activation: ['tanh', 'softmax'] },
      { activation: ['relu', 'linear'] },
    ] as Model[]) {
      const J = outputJacobian(w, x, model);
      J.forEach((Jk, k) => {
        Jk.forEach((m, l) => {
          m.forEach((row, i) => {
            row.forEach((v, j) => {
              const at = (d: number) => {
                const ww = w.map((mm) => mm.map((r) => r.slice()));
                ww[l][i][j] += d;
                return forward(ww, x, model).out[1][k];
              };
              expect(v).toBeCloseTo((at(H) - at(-H)) / (2 * H), 8);
            });
          });
        });
      });
    }
  });
});

describe('an invalid model throws an error naming the problem', () => {
  const w = [[[0.1, 0.2, 0.3]], [[0.4, 0.5]]];
  const cases: [unknown, RegExp][] = [
    [
      { activation: 'swish' },
      /activation must be one of 'sigmoid', 'tanh', 'relu', 'linear', 'softmax', got 'swish'/,
    ],
    [{ activation: ['tanh'] }, /activation lists 1 name; expected 2, one per weight layer/],
    [{ activation: ['tanh', 'gelu'] }, /activation\[1\] must be one of .* got 'gelu'/],
    [
      { activation: ['softmax', 'sigmoid'] },
      /softmax is only allowed on the last layer \(layer 1\), but layer 0 uses it/,
    ],
    [{ loss: 'hinge' }, /loss must be one of 'squared', 'half-squared', 'cross-entropy', got 'hinge'/],
    [
      { activation: 'tanh', loss: 'cross-entropy' },
      /loss 'cross-entropy' needs sigmoid or softmax outputs, but the last layer is 'tanh'/,
    ],
    [{ activation: ['sigmoid', 'relu'], loss: 'cross-entropy' }, /last layer is 'relu'/],
  ];
  for (const [model, message] of cases) {
    it(JSON.stringify(model), () => {
      expect(() => forward(w, [1], model as Model)).toThrow(message);
      expect(() => backward(w, [1], [0], model as Model)).toThrow(message);
    });
  }

  it('train() validates the model from its options', () => {
    expect(() =>
      train(w, [{ x: [1, 1], t: [0] }], {
        learningRate: 0.1,
        epochs: 1,
        loss: 'cross-entropy',
        activation: 'linear',
      }),
    ).toThrow(/'cross-entropy' needs sigmoid or softmax outputs/);
  });

  it('every loss name is accepted with sigmoid outputs', () => {
    for (const loss of ALL_LOSSES) expect(() => backward(w, [1, 1], [0], { loss })).not.toThrow();
  });
});

describe('forwardBackward', () => {
  it('gives forward() and backward() of the same sample, for every activation and loss', () => {
    for (const [output, loss] of PAIRS) {
      fc.assert(
        fc.property(modelCase(output, loss), ({ weights, x, t, model }) => {
          const both = forwardBackward(weights, x, t, model);
          expect(both).toEqual({ ...forward(weights, x, model), ...backward(weights, x, t, model) });
        }),
        { numRuns: 20 },
      );
    }
  });

  it('refuses what backward() refuses', () => {
    expect(() => forwardBackward([[[1, 2, 3]]], [1], [0])).toThrow();
  });
});
