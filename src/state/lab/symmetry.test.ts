import { describe, expect, it } from 'vitest';
import { initWeights, train, XOR } from '../../nn';
import { EQUAL_WEIGHT, equalWeights, hiddenUnitsIdentical } from './symmetry';

const xor = XOR.map((s) => ({ x: [...s.x], t: [...s.t] }));

describe('equal weights and symmetry', () => {
  it('sets every entry of every layer to one value and makes the hidden units identical', () => {
    const w = equalWeights(initWeights([2, 4, 1], 7));
    expect(w.map((m) => [m.length, m[0]?.length])).toEqual([
      [4, 3],
      [1, 5],
    ]);
    expect(w.flat(2).every((v) => v === EQUAL_WEIGHT)).toBe(true);
    expect(hiddenUnitsIdentical(w)).toBe(true);
    expect(hiddenUnitsIdentical(initWeights([2, 4, 1], 7))).toBe(false);
  });

  it('keeps the hidden units identical through training: the same rows of W1 after 500 epochs', () => {
    const { weights } = train(equalWeights(initWeights([2, 4, 1], 1)), xor, { learningRate: 2, epochs: 500 });
    expect(hiddenUnitsIdentical(weights)).toBe(true);
    // the weights did move: it is symmetry, not a network that stopped learning
    expect(weights[0]?.[0]?.[0]).not.toBe(EQUAL_WEIGHT);
    // per-sample updates, momentum and shuffling keep it too
    const sgd = train(equalWeights(initWeights([2, 4, 1], 1)), xor, {
      learningRate: 1,
      epochs: 200,
      batchSize: 1,
      momentum: 0.9,
      shuffle: true,
      seed: 3,
    });
    expect(hiddenUnitsIdentical(sgd.weights)).toBe(true);
  });

  it('dropout breaks the symmetry', () => {
    const { weights } = train(equalWeights(initWeights([2, 4, 1], 1)), xor, {
      learningRate: 1,
      epochs: 50,
      dropout: 0.5,
      seed: 3,
    });
    expect(hiddenUnitsIdentical(weights)).toBe(false);
  });
});
