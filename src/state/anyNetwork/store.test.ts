import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SIZES } from './shape';
import { useAnyNetworkStore } from './store';

const store = () => useAnyNetworkStore.getState();
const shapes = () => store().weights.map((m) => m.map((r) => r.length));

beforeEach(() => store().reset());

describe('the any-network store', () => {
  it('starts from the default shape with weights, x and t of matching sizes', () => {
    expect(store().sizes).toEqual(DEFAULT_SIZES);
    expect(store().weights).toHaveLength(DEFAULT_SIZES.length - 1);
    expect(store().x).toHaveLength(DEFAULT_SIZES[0]);
    expect(store().t).toHaveLength(DEFAULT_SIZES.at(-1) as number);
    expect(store().message).toBeNull();
  });

  it('re-initialises the weights with the new shapes when the sizes change', () => {
    store().setSizes([3, 5, 2, 1]);
    expect(store().sizes).toEqual([3, 5, 2, 1]);
    expect(shapes()).toEqual([[4, 4, 4, 4, 4], [6, 6], [3]]);
    expect(store().x).toHaveLength(3);
    expect(store().t).toHaveLength(1);
    store().setLayerSize(1, 2);
    expect(shapes()).toEqual([[4, 4], [3, 3], [3]]);
  });

  it('adds or removes layers before the output', () => {
    store().setSizes([2, 3, 1]);
    store().setLayerCount(5);
    expect(store().sizes).toEqual([2, 3, 3, 3, 1]);
    expect(store().weights).toHaveLength(4);
    store().setLayerCount(2);
    expect(store().sizes).toEqual([2, 1]);
  });

  it('clamps invalid sizes and says why, never leaving a broken network', () => {
    store().setSizes([2, 20, 0]);
    expect(store().sizes).toEqual([2, 8, 1]);
    expect(shapes()).toEqual([Array(8).fill(3), [9]]);
    expect(store().message).toMatch(/asked for 20 and got 8/);
    store().setLayerCount(9);
    expect(store().sizes).toHaveLength(5);
    expect(store().message).toMatch(/9 asked for, 5 used/);
    store().setLayerSize(1, 3);
    expect(store().message).toBeNull();
  });

  it('ignores a bad seed or layer index with a message and keeps the network', () => {
    const before = store().weights;
    store().setSeed(1.5);
    expect(store().weights).toBe(before);
    expect(store().message).toMatch(/seed must be a whole number/);
    store().setLayerSize(7, 3);
    expect(store().weights).toBe(before);
    expect(store().message).toMatch(/no layer 7/);
    store().setLayerCount(Number.NaN);
    expect(store().weights).toBe(before);
  });

  it('draws different weights for a different seed, the same for the same seed', () => {
    const first = store().weights;
    store().setSeed(2);
    expect(store().weights).not.toEqual(first);
    store().setSeed(1);
    expect(store().weights).toEqual(first);
  });

  it('sets one weight, keeping the other rows and matrices', () => {
    const before = store().weights;
    store().setWeight(1, 2, 0, 0.5);
    const after = store().weights;
    expect(after[1][2][0]).toBe(0.5);
    expect(after[0]).toBe(before[0]);
    expect(after[1][0]).toBe(before[1][0]);
    store().setWeight(1, 2, 0, Number.NaN);
    store().setWeight(9, 0, 0, 1);
    expect(store().weights).toBe(after);
  });
});

describe('the any-network store: activations and loss', () => {
  it('sets one layer’s activation and keeps the model through shape and seed changes', () => {
    store().setSizes([2, 3, 3, 1]);
    store().setActivation(1, 'relu');
    store().setActivation(2, 'tanh');
    expect(store().model).toEqual({ activation: ['relu', 'tanh', 'sigmoid'], loss: 'squared' });
    store().setSeed(9);
    expect(store().model.activation).toEqual(['relu', 'tanh', 'sigmoid']);
    store().setLayerCount(5);
    expect(store().model.activation).toEqual(['relu', 'tanh', 'tanh', 'sigmoid']);
    store().setLayerCount(2);
    expect(store().model.activation).toEqual(['sigmoid']);
  });

  it('refuses softmax before the output and cross-entropy on a tanh output, saying why', () => {
    store().setSizes([2, 3, 2]);
    store().setActivation(1, 'softmax');
    expect(store().model.activation).toEqual(['sigmoid', 'sigmoid']);
    expect(store().message).toMatch(/Softmax is for the output layer only/);
    store().setLoss('cross-entropy');
    expect(store().model.loss).toBe('cross-entropy');
    expect(store().message).toBeNull();
    store().setActivation(2, 'tanh');
    expect(store().model).toEqual({ activation: ['sigmoid', 'tanh'], loss: 'squared' });
    expect(store().message).toMatch(/Cross-entropy needs outputs between 0 and 1/);
    store().setLoss('cross-entropy');
    expect(store().model.loss).toBe('squared');
  });

  it('loads shape, seed and model at once, keeping the weights the seed draws', () => {
    store().load({ sizes: [2, 4, 1], seed: 7, activations: ['relu', 'sigmoid'], loss: 'cross-entropy' });
    expect(store()).toMatchObject({
      sizes: [2, 4, 1],
      seed: 7,
      model: { activation: ['relu', 'sigmoid'], loss: 'cross-entropy' },
      message: null,
    });
    const weights = store().weights;
    store().setSeed(8);
    store().setSeed(7);
    expect(store().weights).toEqual(weights);
  });
});
