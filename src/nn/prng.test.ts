import { describe, expect, it } from 'vitest';
import { createRng, hashSeed } from './prng';

describe('createRng (mulberry32)', () => {
  it('is reproducible and in [0, 1)', () => {
    const a = createRng(42);
    const b = createRng(42);
    const va = Array.from({ length: 1000 }, a);
    expect(va).toEqual(Array.from({ length: 1000 }, b));
    expect(va.every((v) => v >= 0 && v < 1)).toBe(true);
  });

  it('matches the canonical mulberry32', () => {
    // The widely copied reference (bryc, "PRNGs.md", public domain), written out independently:
    function mulberry32(a: number): () => number {
      return () => {
        a |= 0;
        a = (a + 0x6d2b79f5) | 0;
        let t = Math.imul(a ^ (a >>> 15), 1 | a);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
    }
    const r = createRng(0);
    expect([r(), r(), r()].map((v) => v * 4294967296)).toEqual([1144304738, 1416247, 958946056]);
    for (const seed of [1, 12345, -7, 2 ** 31]) {
      expect(Array.from({ length: 1000 }, createRng(seed))).toEqual(
        Array.from({ length: 1000 }, mulberry32(seed)),
      );
    }
  });

  it('is roughly uniform (mean ≈ 1/2, variance ≈ 1/12)', () => {
    const r = createRng(7);
    const n = 100_000;
    let s = 0;
    let s2 = 0;
    for (let i = 0; i < n; i++) {
      const v = r();
      s += v;
      s2 += v * v;
    }
    expect(s / n).toBeCloseTo(0.5, 2);
    expect(s2 / n - (s / n) ** 2).toBeCloseTo(1 / 12, 2);
  });

  it('gives different streams for different seeds', () => {
    expect(createRng(1)()).not.toBe(createRng(2)());
  });
});

describe('hashSeed', () => {
  it('is a deterministic 32-bit unsigned integer', () => {
    expect(hashSeed(5, 3)).toBe(hashSeed(5, 3));
    for (const [s, n] of [
      [0, 0],
      [-1, 7],
      [2 ** 40 + 3, 2 ** 33],
    ]) {
      const h = hashSeed(s, n);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    }
  });

  it('separates nearby (seed, n) pairs, including seeds that differ above 32 bits', () => {
    const seen = new Set<number>();
    for (let s = 0; s < 50; s++) for (let n = 0; n < 50; n++) seen.add(hashSeed(s, n));
    expect(seen.size).toBe(2500);
    expect(hashSeed(1, 0)).not.toBe(hashSeed(1 + 2 ** 32, 0));
    expect(hashSeed(1, 0)).not.toBe(hashSeed(0, 1));
    expect(hashSeed(3, -1)).not.toBe(hashSeed(3, 0));
  });
});
