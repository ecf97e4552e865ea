import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchGradient, forward, initWeights, XOR } from '.';
import { fastNet } from './fastNet';

const weights241 = fc
  .array(fc.double({ min: -8, max: 8, noNaN: true }), { minLength: 17, maxLength: 17 })
  .map((v) => [[0, 1, 2, 3].map((r) => v.slice(3 * r, 3 * r + 3)), [v.slice(12, 17)]]);

describe('fastNet', () => {
  it('computes exactly what forward() computes', () => {
    fc.assert(
      fc.property(
        weights241,
        fc.double({ min: -1, max: 2, noNaN: true }),
        fc.double({ min: -1, max: 2, noNaN: true }),
        (w, a, b) => {
          expect(fastNet(w).output([a, b])[0]).toBe(forward(w, [a, b]).out[1]?.[0]);
        },
      ),
    );
  });

  it("gives the set's error like batchGradient, for both reductions", () => {
    const w = initWeights([2, 4, 1], 7);
    const net = fastNet(w);
    expect(net.setError(XOR, 'mean')).toBeCloseTo(batchGradient(w, XOR, 'mean').error, 14);
    expect(net.setError(XOR, 'sum')).toBeCloseTo(batchGradient(w, XOR, 'sum').error, 14);
  });

  it('uses its writable flat parameters: changing one changes the output', () => {
    const net = fastNet(initWeights([2, 4, 1], 1));
    const before = net.output([1, 0])[0];
    net.w[16] += 1; // the output bias
    expect(net.output([1, 0])[0]).toBeGreaterThan(before as number);
  });

  it('follows the model, and can run a plugged-in sigmoid', () => {
    const w = initWeights([2, 4, 3], 3);
    const model = { activation: ['relu', 'softmax'], loss: 'cross-entropy' } as const;
    const net = fastNet(w, model);
    expect(Array.from(net.output([0.3, -0.7]))).toEqual(forward(w, [0.3, -0.7], model).out[1]);
    const data = [
      { x: [0.3, -0.7], t: [0, 1, 0] },
      { x: [1, 1], t: [1, 0, 0] },
    ];
    expect(net.setError(data, 'sum')).toBeCloseTo(batchGradient(w, data, 'sum', model).error, 14);
    // a caller's sigmoid replaces the exact one (the decision map's table)
    const calls: number[] = [];
    const spy = fastNet(initWeights([2, 2, 1], 1), undefined, {
      sigma: (z) => {
        calls.push(z);
        return 0.5;
      },
    });
    expect(spy.output([1, 2])[0]).toBe(0.5);
    expect(calls).toHaveLength(3);
  });
});
