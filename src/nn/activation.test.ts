import { describe, expect, it } from 'vitest';
import { sigmoid, sigmoidPrime, sigmoidPrimeFromOut } from './activation';

describe('sigmoid', () => {
  it('is 1/2 at 0', () => {
    expect(sigmoid(0)).toBe(0.5);
  });

  it('never returns NaN, even at ±1000, ±1e308 and ±Infinity', () => {
    for (const x of [1000, -1000, 1e308, -1e308, 745.2, -745.2, 710, -710, Infinity, -Infinity]) {
      const s = sigmoid(x);
      expect(Number.isNaN(s)).toBe(false);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
    }
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1e308)).toBe(1);
    expect(sigmoid(-1e308)).toBe(0);
  });

  it('matches 1/(1+e^-x) at known points and is symmetric: sigma(-x) = 1 - sigma(x)', () => {
    // e^-1 = 0.36787944117144233, so sigma(1) = 1/1.3678794411714423 = 0.7310585786300049
    expect(sigmoid(1)).toBeCloseTo(0.7310585786300049, 15);
    expect(sigmoid(-1)).toBeCloseTo(0.2689414213699951, 15);
    for (const x of [-30, -5, -0.3, 0.3, 5, 30]) expect(sigmoid(-x)).toBeCloseTo(1 - sigmoid(x), 15);
  });

  it('keeps relative precision far into the negative tail', () => {
    // sigma(-40) = e^-40 / (1 + e^-40) ≈ 4.248354255291589e-18
    expect(sigmoid(-40) / 4.248354255291589e-18).toBeCloseTo(1, 12);
  });
});

describe('sigmoidPrime', () => {
  it('is s(1-s): 1/4 at 0, and matches a central difference', () => {
    expect(sigmoidPrime(0)).toBe(0.25);
    expect(sigmoidPrimeFromOut(0.5)).toBe(0.25);
    for (const x of [-4, -1, 0.5, 3]) {
      const h = 1e-6;
      expect(sigmoidPrime(x)).toBeCloseTo((sigmoid(x + h) - sigmoid(x - h)) / (2 * h), 9);
    }
  });

  it('is 0, not NaN, when sigma saturates', () => {
    expect(sigmoidPrime(1e308)).toBe(0);
    expect(sigmoidPrime(-1e308)).toBe(0);
  });
});
