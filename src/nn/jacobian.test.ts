import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forward } from './forward';
import { outputJacobian } from './jacobian';
import type { Weights } from './types';

/** ∂out_k/∂w by central differences: an independent value for every entry. */
function numericJacobian(weights: Weights, x: number[], eps = 1e-6): Weights[] {
  const outputs = forward(weights, x).out.at(-1)?.length ?? 0;
  return Array.from({ length: outputs }, (_, k) =>
    weights.map((m, l) =>
      m.map((r, i) =>
        r.map((_, j) => {
          const at = (d: number) => {
            const w = weights.map((mm, ll) =>
              mm.map((rr, ii) => rr.map((v, jj) => (ll === l && ii === i && jj === j ? v + d : v))),
            );
            return forward(w, x).out.at(-1)?.[k] ?? Number.NaN;
          };
          return (at(eps) - at(-eps)) / (2 * eps);
        }),
      ),
    ),
  );
}

describe('outputJacobian', () => {
  it('for the 2x2 network: the output rows are σ′(net)·(F G 1), with zeros across', () => {
    const W: Weights = [
      [
        [0.15, 0.2, 0.35],
        [0.25, 0.3, 0.35],
      ],
      [
        [0.4, 0.45, 0.6],
        [0.5, 0.55, 0.6],
      ],
    ];
    const J = outputJacobian(W, [0.05, 0.1]);
    // hand-worked: F = 0.593269992, G = 0.596884378, H = 0.75136507
    const sH = 0.75136507 * (1 - 0.75136507);
    expect(J[0]?.[1]?.[0]?.[0]).toBeCloseTo(sH * 0.593269992, 8);
    expect(J[0]?.[1]?.[0]?.[2]).toBeCloseTo(sH, 8);
    expect(J[0]?.[1]?.[1]).toEqual([0, 0, 0]); // H does not use g, h, b_I
    expect(J[1]?.[1]?.[0]).toEqual([0, 0, 0]); // I does not use e, f, b_H
  });

  it('agrees with central differences on random networks', () => {
    const net = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 4 }).chain((sizes) =>
      fc.record({
        sizes: fc.constant(sizes),
        weights: fc.tuple(
          ...sizes.slice(1).map((n, l) =>
            fc.array(
              fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
                minLength: (sizes[l] ?? 1) + 1,
                maxLength: (sizes[l] ?? 1) + 1,
              }),
              {
                minLength: n,
                maxLength: n,
              },
            ),
          ),
        ),
        x: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), {
          minLength: sizes[0] ?? 1,
          maxLength: sizes[0] ?? 1,
        }),
      }),
    );
    fc.assert(
      fc.property(net, ({ weights, x }) => {
        const J = outputJacobian(weights as Weights, x);
        const N = numericJacobian(weights as Weights, x);
        for (const [k, Jk] of J.entries()) {
          for (const [l, m] of Jk.entries()) {
            for (const [i, r] of m.entries()) {
              for (const [j, v] of r.entries()) expect(v).toBeCloseTo(N[k]?.[l]?.[i]?.[j] ?? Number.NaN, 6);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
