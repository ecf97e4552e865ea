import { describe, expect, it } from 'vitest';
import { backward } from '../../nn';
import { checkModel, resizeActivations } from './modelChoice';
import { seededNetwork } from './shape';

describe('checkModel', () => {
  it('keeps a valid choice as it is', () => {
    expect(checkModel({ activations: ['relu', 'tanh', 'softmax'], loss: 'cross-entropy' }, 3)).toEqual({
      activations: ['relu', 'tanh', 'softmax'],
      loss: 'cross-entropy',
      problems: [],
    });
  });

  it('never lets softmax sit before the output, and says so', () => {
    const m = checkModel({ activations: ['softmax', 'sigmoid'] }, 2);
    expect(m.activations).toEqual(['sigmoid', 'sigmoid']);
    expect(m.problems).toEqual([expect.stringMatching(/Softmax is for the output layer only; layer 1/)]);
  });

  it('turns cross-entropy on an output outside (0, 1) into squared error, naming the output', () => {
    for (const output of ['tanh', 'relu', 'linear'] as const) {
      const m = checkModel({ activations: ['sigmoid', output], loss: 'cross-entropy' }, 2);
      expect(m.loss).toBe('squared');
      expect(m.problems.join(' ')).toMatch(new RegExp(`output layer is ${output}`));
    }
  });

  it('replaces unknown names and fills missing layers', () => {
    const m = checkModel({ activations: ['swish'], loss: 'l1' }, 3);
    expect(m.activations).toEqual(['sigmoid', 'sigmoid', 'sigmoid']);
    expect(m.loss).toBe('squared');
    expect(m.problems).toHaveLength(2);
    expect(checkModel({ activations: ['relu'] }, 3).activations).toEqual(['relu', 'relu', 'sigmoid']);
  });

  it('gives a model the engine accepts for every request it can be handed', () => {
    const names = ['sigmoid', 'tanh', 'relu', 'linear', 'softmax', 'x', undefined];
    const losses = ['squared', 'half-squared', 'cross-entropy', 'x', undefined];
    const net = seededNetwork([2, 3, 2], 4);
    for (const a of names)
      for (const b of names)
        for (const loss of losses) {
          const m = checkModel({ activations: [a, b], loss }, 2);
          expect(() =>
            backward(net.weights, net.x, net.t, { activation: m.activations, loss: m.loss }),
          ).not.toThrow();
        }
  });
});

describe('resizeActivations', () => {
  it('keeps the output and the hidden layers, repeating the last hidden one', () => {
    expect(resizeActivations(['relu', 'tanh', 'softmax'], 5)).toEqual([
      'relu',
      'tanh',
      'tanh',
      'tanh',
      'softmax',
    ]);
    expect(resizeActivations(['relu', 'tanh', 'softmax'], 2)).toEqual(['relu', 'softmax']);
    expect(resizeActivations(['relu', 'tanh', 'softmax'], 1)).toEqual(['softmax']);
    expect(resizeActivations(['linear'], 3)).toEqual(['sigmoid', 'sigmoid', 'linear']);
  });
});
