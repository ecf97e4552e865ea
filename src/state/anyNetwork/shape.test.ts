import { describe, expect, it } from 'vitest';
import { checkSizes, LIMITS, seededNetwork, withLayerCount } from './shape';

describe('checkSizes', () => {
  it('accepts shapes within the limits unchanged', () => {
    expect(checkSizes([2, 3, 2])).toEqual({ sizes: [2, 3, 2], problems: [] });
    expect(checkSizes([1, 8, 8, 8, 1])).toEqual({ sizes: [1, 8, 8, 8, 1], problems: [] });
  });

  it('clamps sizes out of range and names the layer', () => {
    const { sizes, problems } = checkSizes([0, 12, 3]);
    expect(sizes).toEqual([LIMITS.minUnits, LIMITS.maxUnits, 3]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/input layer asked for 0 and got 1/);
    expect(problems[1]).toMatch(/hidden layer 1 asked for 12 and got 8/);
  });

  it('replaces sizes that are not whole numbers', () => {
    const { sizes, problems } = checkSizes([2, 2.5, Number.NaN, 'x']);
    expect(sizes).toEqual([2, 2, 2, 2]);
    expect(problems.join(' ')).toMatch(/hidden layer 1 must be a whole number; 2.5 became 2/);
    expect(problems.join(' ')).toMatch(/output layer must be a whole number; x became 2/);
  });

  it('pads too few layers and cuts too many, saying so', () => {
    expect(checkSizes([3]).sizes).toEqual([3, 2]);
    expect(checkSizes([]).sizes).toEqual([2, 2]);
    const long = checkSizes([1, 2, 3, 4, 5, 6, 7]);
    expect(long.sizes).toEqual([1, 2, 3, 4, 5]);
    expect(long.problems[0]).toMatch(/2 to 5 layers/);
  });
});

describe('withLayerCount', () => {
  it('keeps the output size and the sizes before it', () => {
    expect(withLayerCount([2, 3, 2], 4)).toEqual([2, 3, 3, 2]);
    expect(withLayerCount([2, 5, 4, 1], 2)).toEqual([2, 1]);
    expect(withLayerCount([2, 5, 4, 1], 3)).toEqual([2, 5, 1]);
  });
});

describe('seededNetwork', () => {
  it('draws W^l of n_l × (n_{l−1} + 1), x of n_0 and t of n_L, the same for the same seed', () => {
    const a = seededNetwork([3, 5, 2, 1], 7);
    expect(a.weights.map((m) => [m.length, m[0].length])).toEqual([
      [5, 4],
      [2, 6],
      [1, 3],
    ]);
    expect(a.x).toHaveLength(3);
    expect(a.t).toHaveLength(1);
    expect(seededNetwork([3, 5, 2, 1], 7)).toEqual(a);
    expect(seededNetwork([3, 5, 2, 1], 8).weights).not.toEqual(a.weights);
  });

  it('keeps x in [−1, 1] and t in [0.05, 0.95], at two decimals', () => {
    for (let seed = 0; seed < 50; seed++) {
      const { x, t } = seededNetwork([8, 8], seed);
      for (const v of x) expect(Math.abs(v)).toBeLessThanOrEqual(1);
      for (const v of t) expect(v >= 0.05 && v <= 0.95).toBe(true);
      for (const v of [...x, ...t]) expect(Math.round(v * 100) / 100).toBe(v);
    }
  });
});
