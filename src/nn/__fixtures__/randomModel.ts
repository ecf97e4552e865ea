/**
 * fast-check generators for networks with any activation per layer and any loss the contract
 * allows, shared by the activation/loss tests and the autodiff tests.
 */
import fc from 'fast-check';
import { initWeights } from '../init';
import type { Activation, Loss, Model } from '../model';
import type { Weights } from '../types';

export const HIDDEN: readonly Activation[] = ['sigmoid', 'tanh', 'relu', 'linear'];
export const OUTPUT: readonly Activation[] = ['sigmoid', 'tanh', 'relu', 'linear', 'softmax'];
export const ALL_LOSSES: readonly Loss[] = ['squared', 'half-squared', 'cross-entropy'];

export interface ModelCase {
  weights: Weights;
  x: number[];
  t: number[];
  model: Required<Model> & { activation: Activation[] };
}

/** Every (output activation, loss) pair the contract allows. */
export const PAIRS: [Activation, Loss][] = OUTPUT.flatMap((a) =>
  ALL_LOSSES.filter((l) => l !== 'cross-entropy' || a === 'sigmoid' || a === 'softmax').map(
    (l) => [a, l] as [Activation, Loss],
  ),
);

/** A random network (1-3 weight layers of 1-4 units) for a given output activation and loss. */
export function modelCase(output: Activation, loss: Loss): fc.Arbitrary<ModelCase> {
  return fc
    .record({
      widths: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 }),
      seed: fc.integer({ min: 0, max: 1e6 }),
      hidden: fc.array(fc.constantFrom(...HIDDEN), { minLength: 3, maxLength: 3 }),
      xs: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 4, maxLength: 4 }),
      ts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 4, maxLength: 4 }),
    })
    .map(({ widths, seed, hidden, xs, ts }) => {
      const sizes = [...widths];
      // softmax over one unit is the constant 1; give it at least two
      if (output === 'softmax' && sizes[sizes.length - 1] < 2) sizes[sizes.length - 1] = 2;
      const L = sizes.length - 1;
      const activation = [...hidden.slice(0, L - 1), output];
      let t = ts.slice(0, sizes[L]);
      if (output === 'softmax' && loss === 'cross-entropy') {
        const s = t.reduce((a, b) => a + b, 0) || 1;
        t = t.map((v) => v / s); // a distribution, the usual target
      }
      return {
        weights: initWeights(sizes, seed, 1.5),
        x: xs.slice(0, sizes[0]),
        t,
        model: { activation, loss },
      };
    });
}
