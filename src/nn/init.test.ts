import { describe, expect, it } from 'vitest';
import { DEFAULT_INIT_SEED, INIT_GAIN, initWeights } from './init';
import { train } from './train';
import { XOR } from './xor';

describe('initWeights', () => {
  it('has the shapes of the layer sizes, bias column included', () => {
    const w = initWeights([2, 4, 1], 1);
    expect(w.map((m) => [m.length, m[0].length])).toEqual([
      [4, 3],
      [1, 5],
    ]);
  });

  it('is reproducible from the seed and differs between seeds', () => {
    expect(initWeights([3, 5, 2], 9)).toEqual(initWeights([3, 5, 2], 9));
    expect(initWeights([3, 5, 2], 9)).not.toEqual(initWeights([3, 5, 2], 10));
  });

  it('draws every entry uniformly within ±INIT_GAIN/sqrt(fanIn), or ±scale', () => {
    const w = initWeights([16, 64, 4], 3);
    w.forEach((m, l) => {
      const bound = INIT_GAIN / Math.sqrt([16, 64][l]);
      const all = m.flat();
      expect(Math.max(...all.map(Math.abs))).toBeLessThanOrEqual(bound);
      // Uniform on ±bound: the largest magnitude is close to the bound, the mean close to 0.
      expect(Math.max(...all.map(Math.abs))).toBeGreaterThan(0.8 * bound);
      expect(Math.abs(all.reduce((a, b) => a + b, 0) / all.length)).toBeLessThan(0.2 * bound);
    });
    const scaled = initWeights([2, 3, 1], 3, 0.01).flat(2);
    expect(Math.max(...scaled.map(Math.abs))).toBeLessThanOrEqual(0.01);
  });

  it('validates its arguments', () => {
    expect(() => initWeights([2], 1)).toThrow(/sizes must list at least 2 layer sizes/);
    expect(() => initWeights([2, 0, 1], 1)).toThrow(/sizes\[1\] must be a positive integer, got 0/);
    expect(() => initWeights([2, 1], 1.5)).toThrow(/seed must be an integer, got 1.5/);
    expect(() => initWeights([2, 1], 1, -1)).toThrow(/scale must be a finite positive number, got -1/);
  });
});

describe('XOR from the default initialisation', () => {
  it('2-4-1, full batch, lr 2: mean error < 0.01 within 1000 epochs', () => {
    const r = train(initWeights([2, 4, 1], DEFAULT_INIT_SEED), XOR, { learningRate: 2, epochs: 1000 });
    expect(r.errors.at(-1)).toBeLessThan(0.01);
    expect(r.errors[0]).toBeGreaterThan(0.2); // it really started untrained
  });

  it('2-4-1, per-sample SGD, lr 0.5: mean error < 0.01 within 1000 epochs', () => {
    const r = train(initWeights([2, 4, 1], DEFAULT_INIT_SEED), XOR, {
      learningRate: 0.5,
      epochs: 1000,
      batchSize: 1,
    });
    expect(r.errors.at(-1)).toBeLessThan(0.01);
  });

  it('converges for nearly every seed (the default gain is not a lucky pick)', () => {
    let converged = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const r = train(initWeights([2, 4, 1], seed), XOR, { learningRate: 2, epochs: 1500 });
      if ((r.errors.at(-1) as number) < 0.01) converged++;
    }
    expect(converged).toBe(40);
  });
});
