import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAIRS } from './__fixtures__/randomModel';
import { copyWeightsIn, createFlatNet } from './flatNet';
import { initWeights } from './init';
import { resolveModel } from './model';
import { createRng } from './prng';
import { layeredPass, oneHiddenPass, sgdEpochs, sigmoidSquaredPass } from './sgd';

/** Two flat nets holding the same n-H-1 weights, and a small data set for them. */
function twin(nIn: number, H: number, seed: number, model: ReturnType<typeof resolveModel>) {
  const sizes = [nIn, H, 1];
  const w = initWeights(sizes, seed, 1.5);
  const a = createFlatNet(sizes, model);
  const b = createFlatNet(sizes, model);
  copyWeightsIn(w, a.w);
  copyWeightsIn(w, b.w);
  const rng = createRng(seed);
  const N = 5;
  const X = Float64Array.from({ length: N * nIn }, () => 4 * rng() - 2);
  const T = Float64Array.from({ length: N }, () => rng());
  const order = Int32Array.from([3, 0, 4, 1, 2]);
  return { a, b, X, T, order, N };
}

describe('the one-hidden-layer SGD pass', () => {
  it('gives the layered pass bit for bit, for every activation and loss (fast-check)', () => {
    const pairs = PAIRS.filter(([o]) => o !== 'softmax'); // one output unit: no softmax
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.constantFrom('sigmoid', 'tanh', 'relu', 'linear' as const),
        fc.constantFrom(...pairs),
        (nIn, H, seed, hidden, [output, loss]) => {
          const model = resolveModel({ activation: [hidden, output], loss }, 2);
          const { a, b, X, T, order, N } = twin(nIn, H, seed, model);
          for (let e = 0; e < 3; e++) {
            const ea = oneHiddenPass(a, X, T, order, 0, N, 0.3);
            const eb = layeredPass(b, X, T, order, 0, N, 0.3);
            expect(ea).toBe(eb);
          }
          expect(Array.from(a.w)).toEqual(Array.from(b.w));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the default model on two inputs (sigmoid, squared error) gives the layered pass bit for bit', () => {
    const model = resolveModel({}, 2);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 1e6 }), (H, seed) => {
        const { a, b, X, T, order, N } = twin(2, H, seed, model);
        for (let e = 0; e < 3; e++) {
          expect(sigmoidSquaredPass(a, X, T, order, 0, N, 0.3)).toBe(layeredPass(b, X, T, order, 0, N, 0.3));
        }
        expect(Array.from(a.w)).toEqual(Array.from(b.w));
      }),
      { numRuns: 150 },
    );
  });

  it('sgdEpochs takes the specialised pass only where it applies, and every choice agrees', () => {
    for (const spec of [
      {},
      { loss: 'half-squared' as const },
      { activation: ['tanh', 'sigmoid'] as const },
    ]) {
      const model = resolveModel(spec as Parameters<typeof resolveModel>[0], 2);
      const { a, b, X, T, order, N } = twin(2, 3, 7, model);
      const totals = new Float64Array(4);
      sgdEpochs(a, X, T, order, 0, N, 0.3, 4, totals, 0);
      const expected = [0, 1, 2, 3].map(() => layeredPass(b, X, T, order, 0, N, 0.3));
      expect(Array.from(totals)).toEqual(expected);
      expect(Array.from(a.w)).toEqual(Array.from(b.w));
    }
  });
});
