import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDecimal } from './decimal';
import { leastPrecision, roundTo, shortestExact } from './precision';

describe('shortestExact: the shortest decimal that reads back as the same double', () => {
  it('round-trips every finite double, and no shorter text would', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const text = shortestExact(v);
        expect(Object.is(parseDecimal(text), v)).toBe(true);
        const digits = text.replace(/^-/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+/, '');
        const p = Math.max(1, digits.replace(/0+$/, '').length);
        // one digit fewer never reads back as v
        if (p > 1) expect(Object.is(roundTo(v, p - 1), v)).toBe(false);
      }),
      { numRuns: 10_000 },
    );
  });

  it('hand-worked cases', () => {
    expect(shortestExact(0.15)).toBe('0.15');
    expect(shortestExact(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(shortestExact(-0)).toBe('-0');
    expect(shortestExact(1e21)).toBe('1e21');
  });
});

describe('leastPrecision', () => {
  it('takes the first precision from 4 up that passes, else 17', () => {
    const v = 2 / 3;
    expect(
      leastPrecision(
        (p) => roundTo(v, p),
        (r) => Math.abs(r - v) < 1e-6,
      ),
    ).toEqual({
      p: 6,
      value: 0.666667,
    });
    expect(
      leastPrecision(
        (p) => roundTo(v, p),
        () => false,
      ),
    ).toEqual({ p: 17, value: v });
  });
});
