import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { t, twoByTwo, x } from './__fixtures__/twoByTwo';
import { backward } from './backward';
import { forward } from './forward';
import type { Weights } from './types';

const near = (a: number, b: number, tol = 1e-15) =>
  expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThanOrEqual(tol);

describe('backward on the 2x2 network', () => {
  // Expected values: src/nn/__fixtures__/handworked.py, which evaluates the derivation's scalar
  // chain-rule formulas (e.g. dE/de = 2(H-t1) s_H F, dE/da = 2 s_F i1 [(H-t1) s_H e + (I-t2) s_I g])
  // in 50-digit decimal arithmetic, independently of the engine's matrix code.
  const r = backward(twoByTwo(), x, t);

  it('computes E = (H-t1)^2 + (I-t2)^2 with no 1/2', () => {
    near(r.error, 0.5967422175200053);
  });

  it('computes delta = dE/dnet for both layers', () => {
    near(r.delta[0][0], 0.01754270937897387); // delta_F
    near(r.delta[0][1], 0.019908509410434403); // delta_G
    near(r.delta[1][0], 0.27699712325711395); // delta_H
    near(r.delta[1][1], -0.07619647303311243); // delta_I
  });

  it('computes all 12 gradients, shaped like the weights', () => {
    const expected = [
      [
        [0.0008771354689486935, 0.001754270937897387, 0.01754270937897387], // a, b, b_F
        [0.0009954254705217202, 0.0019908509410434404, 0.019908509410434403], // c, d, b_G
      ],
      [
        [0.16433408112846157, 0.16533525569506652, 0.27699712325711395], // e, f, b_H
        [-0.04520508095495012, -0.045480484431956424, -0.07619647303311243], // g, h, b_I
      ],
    ];
    expect(r.grad.map((m) => m.map((row) => row.length))).toEqual([
      [3, 3],
      [3, 3],
    ]);
    expected.forEach((m, l) => {
      m.forEach((row, i) => {
        row.forEach((v, j) => {
          near(r.grad[l][i][j], v, 1e-16);
        });
      });
    });
  });
});

/** E at weights w for one sample, from forward() alone. */
function errorAt(w: Weights, input: number[], target: number[]): number {
  const out = forward(w, input).out.at(-1) as number[];
  return out.reduce((s, o, k) => s + (o - target[k]) ** 2, 0);
}

/** A random network of 1-4 weight layers, 1-8 units wide, weights in [-2, 2], with x and t. */
const networkCase = fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 5 }).chain((sizes) =>
  fc.record({
    weights: fc.tuple(
      ...sizes.slice(1).map((n, l) =>
        fc.array(
          fc.array(fc.double({ min: -2, max: 2, noNaN: true }), {
            minLength: sizes[l] + 1,
            maxLength: sizes[l] + 1,
          }),
          {
            minLength: n,
            maxLength: n,
          },
        ),
      ),
    ),
    x: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: sizes[0], maxLength: sizes[0] }),
    t: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), {
      minLength: sizes[sizes.length - 1],
      maxLength: sizes[sizes.length - 1],
    }),
  }),
);

describe('backward on random networks (fast-check)', () => {
  it('grad agrees with central finite differences of E', () => {
    fc.assert(
      fc.property(networkCase, ({ weights, x: input, t: target }) => {
        const w = weights as Weights;
        const { grad, error } = backward(w, input, target);
        expect(Math.abs(error - errorAt(w, input, target))).toBeLessThanOrEqual(1e-15);
        const h = 1e-6;
        w.forEach((m, l) => {
          m.forEach((row, i) => {
            row.forEach((v, j) => {
              row[j] = v + h;
              const plus = errorAt(w, input, target);
              row[j] = v - h;
              const minus = errorAt(w, input, target);
              row[j] = v;
              const numeric = (plus - minus) / (2 * h);
              const diff = Math.abs(grad[l][i][j] - numeric);
              expect(diff, `grad[${l}][${i}][${j}] ${grad[l][i][j]} vs ${numeric}`).toBeLessThanOrEqual(
                1e-8 + 1e-6 * Math.abs(numeric),
              );
            });
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it('delta[l] agrees with finite differences of E with respect to net[l]', () => {
    fc.assert(
      fc.property(networkCase, ({ weights, x: input, t: target }) => {
        const w = weights as Weights;
        const { delta } = backward(w, input, target);
        // Nudging net[l][i] by h is the same as nudging the bias weights[l][i][last] by h.
        const h = 1e-6;
        w.forEach((m, l) => {
          m.forEach((row, i) => {
            const last = row.length - 1;
            const b = row[last];
            row[last] = b + h;
            const plus = errorAt(w, input, target);
            row[last] = b - h;
            const minus = errorAt(w, input, target);
            row[last] = b;
            const numeric = (plus - minus) / (2 * h);
            expect(Math.abs(delta[l][i] - numeric)).toBeLessThanOrEqual(1e-8 + 1e-6 * Math.abs(numeric));
          });
        });
      }),
      { numRuns: 100 },
    );
  });

  it('grad[l] is the outer product delta[l] (out[l-1] ‖ 1)', () => {
    fc.assert(
      fc.property(networkCase, ({ weights, x: input, t: target }) => {
        const w = weights as Weights;
        const { delta, grad } = backward(w, input, target);
        const { out } = forward(w, input);
        grad.forEach((m, l) => {
          const a = [...(l === 0 ? input : out[l - 1]), 1];
          m.forEach((row, i) => {
            row.forEach((g, j) => {
              expect(g).toBe(delta[l][i] * a[j]);
            });
          });
        });
      }),
      { numRuns: 50 },
    );
  });
});
