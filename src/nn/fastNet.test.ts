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
});
