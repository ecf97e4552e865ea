import { describe, expect, it } from 'vitest';
import { numbersFromSeed } from './newNumbers';

describe('numbersFromSeed', () => {
  it('gives the same network for the same seed and another for another seed', () => {
    expect(numbersFromSeed(42)).toEqual(numbersFromSeed(42));
    expect(numbersFromSeed(43)).not.toEqual(numbersFromSeed(42));
  });

  it('stays in the stated ranges with two decimals', () => {
    for (let seed = 1; seed < 200; seed++) {
      const { weights, x, t } = numbersFromSeed(seed);
      const all = [...weights.flat(2), ...x, ...t];
      for (const v of all) expect(Math.abs(v * 100 - Math.round(v * 100))).toBeLessThan(1e-9);
      for (const v of weights.flat(2)) expect(Math.abs(v)).toBeLessThanOrEqual(2);
      for (const v of x) expect(Math.abs(v)).toBeLessThanOrEqual(1);
      for (const v of t) expect(v >= 0.05 && v <= 0.95).toBe(true);
      expect(weights.map((m) => m.map((r) => r.length))).toEqual([
        [3, 3],
        [3, 3],
      ]);
    }
  });
});
