import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMultiplications } from './multiplications';

/**
 * The per-path route done literally: walk every path from every parameter to every output and
 * count its factors. Independent of the closed form in multiplications.ts.
 */
function perPathByEnumeration(sizes: readonly number[]): number {
  const L = sizes.length - 1;
  let total = 0;
  // at a unit of `layer` with `factors` collected so far; stepping to a unit of the next layer
  // adds the weight between them and that unit's σ′; at the output the error slope is the last
  const walk = (layer: number, factors: number) => {
    if (layer === L) {
      total += factors + 1 - 1;
      return;
    }
    for (let next = 0; next < (sizes[layer + 1] as number); next++) walk(layer + 1, factors + 2);
  };
  for (let l = 1; l <= L; l++)
    for (let unit = 0; unit < (sizes[l] as number); unit++)
      for (let col = 0; col <= (sizes[l - 1] as number); col++) {
        const isBias = col === sizes[l - 1];
        // the value the weight multiplies (nothing for the bias's 1), then σ′ of its unit
        walk(l, (isBias ? 0 : 1) + 1);
      }
  return total;
}

describe('countMultiplications', () => {
  it('1-1-1 by hand: 10 per path, 5 by backpropagation', () => {
    // per path: w2 = 2(o−t)·σ′₂·h (2), b2 = 2(o−t)·σ′₂ (1), w1 = 2(o−t)·σ′₂·w2·σ′₁·x (4), b1 (3)
    // backprop: δ₂ (1), δ₁ = σ′₁·(w2·δ₂) (2), ∂E/∂w2 = δ₂·h (1), ∂E/∂w1 = δ₁·x (1)
    expect(countMultiplications([1, 1, 1])).toEqual({ perPath: 10, backprop: 5 });
  });

  it('2-2-2, the 2x2 network, by hand: 54 per path, 16 by backpropagation', () => {
    // per path: e, f, g, h: 2 each; b_H, b_I: 1 each (10). a, b, c, d: two paths of 5 factors,
    // 8 each; b_F, b_G: two paths of 4 factors, 6 each (44)
    // backprop: δ_out 2; δ_hidden 2·2 + 2 = 6; ∂E/∂W2 2·2 = 4; ∂E/∂W1 2·2 = 4
    expect(countMultiplications([2, 2, 2])).toEqual({ perPath: 54, backprop: 16 });
  });

  it('one layer (2-1): both routes are the same products', () => {
    // ∂E/∂w = 2(o−t)·σ′·x: 2 each for two weights, 1 for the bias; backprop: δ (1) + δ·x (2)
    expect(countMultiplications([2, 1])).toEqual({ perPath: 5, backprop: 3 });
  });

  it('matches a literal walk over every path for any shape section 8 offers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 5 }), (sizes) => {
        expect(countMultiplications(sizes).perPath).toBe(perPathByEnumeration(sizes));
      }),
    );
  });

  it('grows with depth per path but stays about three products per weight by backpropagation', () => {
    const deep = countMultiplications([8, 8, 8, 8, 8]);
    const weights = 4 * 8 * 9;
    expect(deep.backprop).toBeLessThan(3 * weights);
    expect(deep.perPath).toBeGreaterThan(100 * deep.backprop);
  });

  it('refuses a shape that is not a network', () => {
    expect(() => countMultiplications([3])).toThrow(/at least two whole numbers/);
    expect(() => countMultiplications([2, 0])).toThrow(/at least two whole numbers/);
  });
});
