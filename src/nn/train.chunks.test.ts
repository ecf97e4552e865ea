import { describe, expect, it } from 'vitest';
import { initWeights } from './init';
import { type TrainOptions, type TrainResult, train } from './train';
import type { Sample, Weights } from './types';
import { XOR } from './xor';

/** Trains `total` epochs in calls of the given chunk sizes (cycled), carrying weights,
 *  velocity and startEpoch across calls, as the app does between animation frames. */
function chunked(w0: Weights, data: Sample[], options: TrainOptions, sizes: number[]): TrainResult {
  let weights = w0;
  let velocity: Weights | undefined;
  const errors: number[] = [];
  let done = 0;
  let k = 0;
  let last: TrainResult | undefined;
  while (done < options.epochs) {
    const n = Math.min(sizes[k++ % sizes.length], options.epochs - done);
    last = train(weights, data, { ...options, epochs: n, startEpoch: done, velocity });
    weights = last.weights;
    velocity = last.velocity;
    errors.push(...last.errors);
    done += n;
  }
  return { ...(last as TrainResult), weights, errors };
}

const DATA: Sample[] = Array.from({ length: 10 }, (_, i) => ({
  x: [Math.sin(i), Math.cos(3 * i), (i % 3) - 1],
  t: [(i % 2) * 0.8 + 0.1, i / 10],
}));

describe('train in chunks = train in one call, bit for bit', () => {
  const cases: [string, Weights, Sample[], TrainOptions][] = [
    [
      'SGD, data order (fused kernel, multi-epoch calls)',
      initWeights([2, 4, 1], 1),
      XOR,
      { learningRate: 0.5, epochs: 300, batchSize: 1 },
    ],
    [
      'SGD, shuffled',
      initWeights([2, 4, 1], 1),
      XOR,
      { learningRate: 0.5, epochs: 300, batchSize: 1, shuffle: true, seed: 9 },
    ],
    [
      'mini-batches, shuffle, dropout and momentum',
      initWeights([3, 6, 5, 2], 4),
      DATA,
      {
        learningRate: 0.3,
        epochs: 200,
        batchSize: 3,
        shuffle: true,
        dropout: 0.25,
        momentum: 0.8,
        seed: 123,
      },
    ],
    [
      'SGD with dropout and momentum',
      initWeights([3, 6, 2], 5),
      DATA,
      { learningRate: 0.2, epochs: 100, batchSize: 1, dropout: 0.5, momentum: 0.5, shuffle: true },
    ],
    [
      'full batch, sum',
      initWeights([3, 3, 2], 6),
      DATA,
      { learningRate: 0.05, epochs: 100, reduction: 'sum' },
    ],
    [
      'mini-batches of 3 over 10 samples, in order',
      initWeights([3, 5, 2], 8),
      DATA,
      { learningRate: 0.4, epochs: 150, batchSize: 3 },
    ],
    [
      'a larger network with one hidden layer (the merged pass, 20 inputs)',
      initWeights([20, 30, 2], 7),
      DATA.map((s) => ({ x: Array.from({ length: 20 }, (_, j) => s.x[j % 3] * (j + 1) * 0.1), t: s.t })),
      { learningRate: 0.1, epochs: 40, batchSize: 1, shuffle: true },
    ],
  ];

  for (const [name, w0, data, options] of cases) {
    it(name, () => {
      const once = train(w0, data, options);
      for (const sizes of [[7, 13], [1], [options.epochs - 1, 1], [64]]) {
        const parts = chunked(w0, data, options, sizes);
        expect(parts.weights).toEqual(once.weights);
        expect(parts.velocity).toEqual(once.velocity);
        expect(parts.errors).toEqual(once.errors);
      }
    });
  }

  it('every epoch draws from its own stream (seed, startEpoch + k)', () => {
    const w = initWeights([3, 16, 2], 1);
    const masks = [0, 1, 2, 3, 4, 5].map(
      (startEpoch) =>
        train(w, DATA.slice(0, 1), { learningRate: 0.1, epochs: 1, dropout: 0.5, seed: 8, startEpoch })
          .lastMask,
    );
    expect(new Set(masks.map((m) => JSON.stringify(m))).size).toBe(6);
    const orders = [0, 1, 2, 3].map(
      (startEpoch) =>
        train(w, DATA, { learningRate: 0.1, epochs: 1, batchSize: 1, shuffle: true, startEpoch }).weights,
    );
    expect(new Set(orders.map((o) => JSON.stringify(o))).size).toBe(4);
    // ...and epoch k of a long run is epoch k of a run started at k.
    const two = train(w, DATA.slice(0, 1), { learningRate: 0.1, epochs: 2, dropout: 0.5, seed: 8 });
    expect(two.lastMask).toEqual(masks[1]);
  });

  it('the same seed reproduces a run; another seed changes shuffle and masks', () => {
    const options: TrainOptions = {
      learningRate: 0.3,
      epochs: 20,
      batchSize: 2,
      shuffle: true,
      dropout: 0.3,
      seed: 1,
    };
    const a = train(initWeights([3, 5, 2], 1), DATA, options);
    const b = train(initWeights([3, 5, 2], 1), DATA, options);
    const c = train(initWeights([3, 5, 2], 1), DATA, { ...options, seed: 2 });
    expect(a).toEqual(b);
    expect(c.weights).not.toEqual(a.weights);
  });

  it('shuffling changes the sample order (and so the result) but not the set', () => {
    const base: TrainOptions = { learningRate: 0.5, epochs: 1, batchSize: 1 };
    const inOrder = train(initWeights([3, 5, 2], 1), DATA, base);
    const shuffled = train(initWeights([3, 5, 2], 1), DATA, { ...base, shuffle: true, seed: 3 });
    expect(shuffled.weights).not.toEqual(inOrder.weights);
    // Full batch with shuffle: the batch is the whole set, so the order only changes rounding.
    const full = train(initWeights([3, 5, 2], 1), DATA, { learningRate: 0.5, epochs: 1 });
    const fullShuffled = train(initWeights([3, 5, 2], 1), DATA, {
      learningRate: 0.5,
      epochs: 1,
      shuffle: true,
    });
    expect(Math.abs(full.errors[0] - fullShuffled.errors[0])).toBeLessThan(1e-15);
  });
});
