import { describe, expect, it } from 'vitest';
import { batchGradient, initWeights, XOR } from '../../nn';
import { cellCentre } from './decisionGrid';
import { LAB_PARAMS } from './labParams';
import { landscapeDomain, lossSurface } from './landscape';
import { appendPath } from './weightPath';

const [a, b] = [LAB_PARAMS[0], LAB_PARAMS[16]] as const;

describe('lossSurface', () => {
  const w = initWeights([2, 4, 1], 2);
  const n = 8;
  const land = lossSurface(w, a, b, [-3, 3], [-2, 4], 'mean', n);

  it("holds the set's error with the two weights set to each cell's centre, the rest unchanged", () => {
    for (const [row, col] of [
      [0, 0],
      [7, 3],
      [2, 6],
    ] as const) {
      const v = w.map((m) => m.map((r) => [...r]));
      v[0][0][0] = cellCentre(col, n, [-3, 3]);
      v[1][0][4] = cellCentre(n - 1 - row, n, [-2, 4]);
      expect(land.values[row * n + col]).toBeCloseTo(batchGradient(v, XOR).error, 14);
    }
  });

  it('reports its range and bands ordered from the lowest threshold', () => {
    expect(land.min).toBe(Math.min(...land.values));
    expect(land.max).toBe(Math.max(...land.values));
    const t = land.bands.map((x) => x.threshold);
    expect(t).toEqual([...t].sort((x, y) => x - y));
    expect(t[0]).toBeGreaterThan(land.min);
  });
});

describe('landscapeDomain', () => {
  it('holds the current value and every value on the path, with room around them', () => {
    const w0 = initWeights([2, 4, 1], 1);
    const w1 = w0.map((m) => m.map((r) => r.map((x) => x + 5)));
    const path = appendPath(appendPath([], w0), w1);
    const [lo, hi] = landscapeDomain(a, w1[0][0][0], path);
    expect(lo).toBeLessThan(w0[0][0][0]);
    expect(hi).toBeGreaterThan(w1[0][0][0]);
  });
});
