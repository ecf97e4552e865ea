import { describe, expect, it } from 'vitest';
import {
  BLOB_CENTRES,
  BLOB_CUTOFF,
  CIRCLE_CENTRE,
  CIRCLE_RADIUS,
  GENERATED_NAMES,
  generate,
  MOON_NOISE,
  moonArc,
  roundPoint,
  SPIRAL_NOISE,
  samplesOf,
  spiralArm,
} from './datasets';
import { INPUT_DOMAIN } from './decisionGrid';

/** The shortest distance from (x, y) to a curve, sampled densely over s ∈ [lo, hi]. */
function distanceTo(curve: (s: number) => [number, number], x: number, y: number, lo: number, hi: number) {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k <= 4000; k++) {
    const [cx, cy] = curve(lo + ((hi - lo) * k) / 4000);
    best = Math.min(best, Math.hypot(cx - x, cy - y));
  }
  return best;
}

describe('generated data sets', () => {
  it.each(GENERATED_NAMES)('%s: the same seed gives the same points, another seed others', (name) => {
    const a = generate(name, 7, 120);
    expect(generate(name, 7, 120)).toEqual(a);
    expect(generate(name, 8, 120)).not.toEqual(a);
    expect(a).toHaveLength(120);
    // both classes, half each, every point inside the decision map's square
    expect(a.filter((s) => s.t[0] === 1)).toHaveLength(60);
    for (const s of a) {
      for (const v of s.x) {
        expect(v).toBeGreaterThan(INPUT_DOMAIN[0]);
        expect(v).toBeLessThan(INPUT_DOMAIN[1]);
      }
    }
  });

  it('circle: label 1 exactly when the point lies inside the radius', () => {
    for (const seed of [1, 2, 3]) {
      for (const s of generate('circle', seed, 200)) {
        const r = Math.hypot((s.x[0] as number) - CIRCLE_CENTRE, (s.x[1] as number) - CIRCLE_CENTRE);
        expect(s.t[0]).toBe(r < CIRCLE_RADIUS ? 1 : 0);
      }
    }
  });

  it('moons: every point lies within the noise of its own arc and farther from the other', () => {
    for (const s of generate('moons', 3, 200)) {
      const [x, y] = s.x as [number, number];
      const t = s.t[0] as 0 | 1;
      const own = distanceTo((u) => moonArc(t, u), x, y, 0, Math.PI);
      const other = distanceTo((u) => moonArc((1 - t) as 0 | 1, u), x, y, 0, Math.PI);
      expect(own).toBeLessThanOrEqual(MOON_NOISE + 1e-3);
      expect(own).toBeLessThan(other);
    }
  });

  it('spiral: every point lies within the noise of its own arm and farther from the other', () => {
    for (const s of generate('spiral', 5, 200)) {
      const [x, y] = s.x as [number, number];
      const t = s.t[0] as 0 | 1;
      const own = distanceTo((u) => spiralArm(t, u), x, y, 0, 1);
      const other = distanceTo((u) => spiralArm((1 - t) as 0 | 1, u), x, y, 0, 1);
      expect(own).toBeLessThanOrEqual(SPIRAL_NOISE + 1e-3);
      expect(own).toBeLessThan(other);
    }
  });

  it('blobs: each class gathers around its own centre', () => {
    const pts = generate('blobs', 11, 200);
    for (const t of [0, 1] as const) {
      const mine = pts.filter((s) => s.t[0] === t);
      const [cx, cy] = BLOB_CENTRES[t] as readonly [number, number];
      const mx = mine.reduce((a, s) => a + (s.x[0] as number), 0) / mine.length;
      const my = mine.reduce((a, s) => a + (s.x[1] as number), 0) / mine.length;
      expect(Math.hypot(mx - cx, my - cy)).toBeLessThan(0.05);
      for (const s of mine)
        expect(Math.hypot((s.x[0] as number) - cx, (s.x[1] as number) - cy)).toBeLessThanOrEqual(BLOB_CUTOFF);
    }
  });
});

describe('samplesOf', () => {
  it('gives XOR for xor, the generator for a generated set, and the drawn points as samples', () => {
    expect(samplesOf({ name: 'xor' }).map((s) => [...s.x, ...s.t])).toEqual([
      [0, 0, 0],
      [0, 1, 1],
      [1, 0, 1],
      [1, 1, 0],
    ]);
    expect(samplesOf({ name: 'moons', seed: 2, count: 60 })).toEqual(generate('moons', 2, 60));
    expect(
      samplesOf({
        name: 'drawn',
        points: [
          { i1: 0.1, i2: 0.2, t: 1 },
          { i1: -0.25, i2: 1.25, t: 0 },
        ],
      }).map((s) => [...s.x, ...s.t]),
    ).toEqual([
      [0.1, 0.2, 1],
      [-0.25, 1.25, 0],
    ]);
  });

  it('rounds a drawn point to hundredths and keeps it in the square', () => {
    expect(roundPoint(0.123456, 2, 1)).toEqual({ i1: 0.12, i2: 1.25, t: 1 });
    expect(roundPoint(-3, 0.555, 0)).toEqual({ i1: -0.25, i2: 0.56, t: 0 });
  });
});
