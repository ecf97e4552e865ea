import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastNet, initWeights } from '../../nn';
import { generate } from './datasets';
import { HIDDEN_ACTIVATIONS, LAB_LOSSES, labModel } from './labConfig';
import { labParams } from './labParams';
import { twoWeightLoss } from './twoWeightLoss';

/**
 * The landscape's shortcut (recompute only the hidden units two weights feed) against the
 * engine's full forward pass with those two weights set: the same E for every width, every
 * hidden activation and loss, any pair of weights (same unit, two units, output weights, biases).
 */
describe('twoWeightLoss', () => {
  it('equals fastNet.setError with the two weights set, for random networks and pairs', () => {
    const data = generate('moons', 3, 60);
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom(...HIDDEN_ACTIVATIONS),
        fc.constantFrom(...LAB_LOSSES),
        fc.constantFrom('mean' as const, 'sum' as const),
        fc.nat(),
        fc.nat(),
        fc.double({ min: -8, max: 8, noNaN: true }),
        fc.double({ min: -8, max: 8, noNaN: true }),
        (width, seed, activation, loss, reduction, ia, ib, va, vb) => {
          const params = labParams(width);
          const a = params[ia % params.length];
          let b = params[ib % params.length];
          if (!a || !b) return;
          if (b === a) b = params[(ib + 1) % params.length];
          if (!b || b === a) return;
          const weights = initWeights([2, width, 1], seed, 3);
          const fast = twoWeightLoss(weights, a, b, data, activation, loss, reduction)(va, vb);
          const net = fastNet(weights, labModel({ activation, loss }));
          net.w[a.flat] = va;
          net.w[b.flat] = vb;
          const full = net.setError(data, reduction);
          expect(Math.abs(fast - full)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(full)));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('at the current weights gives the set error itself', () => {
    const weights = initWeights([2, 4, 1], 1);
    const [a, b] = labParams(4);
    if (!a || !b) throw new Error('no params');
    const data = generate('circle', 2, 120);
    const e = twoWeightLoss(
      weights,
      a,
      b,
      data,
      'sigmoid',
      'squared',
      'mean',
    )(weights[0]?.[0]?.[0] as number, weights[0]?.[0]?.[1] as number);
    expect(e).toBeCloseTo(fastNet(weights).setError(data, 'mean'), 12);
  });
});
