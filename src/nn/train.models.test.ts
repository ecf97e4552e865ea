import { describe, expect, it } from 'vitest';
import { backward } from './backward';
import { batchGradient } from './forwardBatch';
import { initWeights } from './init';
import { addScaled } from './matrix';
import type { Model } from './model';
import { train } from './train';
import type { Sample, Weights } from './types';
import { XOR } from './xor';

const DATA: Sample[] = Array.from({ length: 6 }, (_, i) => ({
  x: [Math.sin(i), Math.cos(2 * i)],
  t: i % 2 ? [0, 1, 0] : [0.2, 0.3, 0.5],
}));

const MODELS: [string, number[], Sample[], Model][] = [
  [
    'tanh hidden, sigmoid output, cross-entropy (one hidden layer)',
    [2, 4, 1],
    XOR,
    { activation: ['tanh', 'sigmoid'], loss: 'cross-entropy' },
  ],
  [
    'relu hidden, linear output, half-squared (one hidden layer)',
    [2, 3, 1],
    XOR,
    { activation: ['relu', 'linear'], loss: 'half-squared' },
  ],
  [
    'two hidden layers, softmax, cross-entropy',
    [2, 4, 3, 3],
    DATA,
    { activation: ['relu', 'tanh', 'softmax'], loss: 'cross-entropy' },
  ],
  ['softmax with squared error', [2, 3, 3], DATA, { activation: ['sigmoid', 'softmax'], loss: 'squared' }],
];

describe('train() with a model', () => {
  for (const [name, sizes, data, model] of MODELS) {
    it(`${name}: per-sample SGD is the sequence of backward() steps, bit for bit`, () => {
      const w0 = initWeights(sizes, 3);
      const r = train(w0, data, { learningRate: 0.2, epochs: 3, batchSize: 1, ...model });
      let w: Weights = w0;
      const errors: number[] = [];
      for (let e = 0; e < 3; e++) {
        let total = 0;
        for (const s of data) {
          const b = backward(w, s.x, s.t, model);
          total += b.error;
          w = addScaled(w, b.grad, -0.2);
        }
        errors.push(total / data.length);
      }
      expect(r.weights).toEqual(w);
      expect(r.errors).toEqual(errors);
    });

    it(`${name}: full batch is w − η·batchGradient, and chunks equal one call`, () => {
      const w0 = initWeights(sizes, 4);
      const options = { learningRate: 0.3, epochs: 1, ...model };
      const r = train(w0, data, options);
      const g = batchGradient(w0, data, 'mean', model);
      expect(r.errors[0]).toBeCloseTo(g.error, 14);
      const expected = addScaled(w0, g.grad, -0.3);
      r.weights.forEach((m, l) => {
        m.forEach((row, i) => {
          row.forEach((v, j) => {
            expect(v).toBeCloseTo(expected[l][i][j], 14);
          });
        });
      });
      const once = train(w0, data, { ...options, epochs: 20, batchSize: 2, momentum: 0.5, shuffle: true });
      let w = w0;
      let velocity: Weights | undefined;
      for (let k = 0; k < 20; k += 5) {
        const part = train(w, data, {
          ...options,
          epochs: 5,
          batchSize: 2,
          momentum: 0.5,
          shuffle: true,
          startEpoch: k,
          velocity,
        });
        w = part.weights;
        velocity = part.velocity;
      }
      expect(w).toEqual(once.weights);
    });
  }

  it('the defaults are the sigmoid, squared-error results', () => {
    const w0 = initWeights([2, 4, 1], 1);
    const plain = train(w0, XOR, { learningRate: 0.5, epochs: 50, batchSize: 1 });
    const named = train(w0, XOR, {
      learningRate: 0.5,
      epochs: 50,
      batchSize: 1,
      activation: 'sigmoid',
      loss: 'squared',
    });
    expect(named).toEqual(plain);
  });
});
