import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDecimal, limitText, parseDecimal } from './decimal';

describe('parseDecimal', { timeout: 120_000 }, () => {
  it('reads plain decimals, with a sign, a point or an exponent', () => {
    expect(parseDecimal('0.25')).toBe(0.25);
    expect(parseDecimal('-3')).toBe(-3);
    expect(parseDecimal('+3')).toBe(3);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('5.')).toBe(5);
    expect(parseDecimal('1e+5')).toBe(100000);
    expect(parseDecimal('1e5')).toBe(100000);
    expect(parseDecimal('2.5E-3')).toBe(0.0025);
    expect(Object.is(parseDecimal('-0'), -0)).toBe(true);
  });

  it.each([
    ['hexadecimal', '0x10'],
    ['binary', '0b11'],
    ['octal', '0o7'],
    ['Infinity', 'Infinity'],
    ['-Infinity', '-Infinity'],
    ['NaN', 'NaN'],
    ['the empty string', ''],
    ['blanks', '  '],
    ['a leading blank', ' 1'],
    ['a trailing blank', '1 '],
    ['a space for the exponent sign', '1e 5'],
    ['Arabic-Indic digits', '\u0661\u0662'],
    ['full-width digits', '\uff11'],
    ['two points', '1.2.3'],
    ['a lone sign', '-'],
    ['a lone point', '.'],
    ['an exponent without digits', '1e'],
    ['digit separators', '1_000'],
    ['a comma', '1,5'],
    ['an overflow', '1e400'],
  ])('refuses %s (%j)', (_, text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('reads back every finite double formatDecimal writes', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        const text = formatDecimal(v);
        expect(text).not.toContain('+');
        expect(Object.is(parseDecimal(text), v)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with Number on the decimals it accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.e+-xEo ') }), (text) => {
        const v = parseDecimal(text);
        if (v !== null) expect(v).toBe(Number(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('limitText', { timeout: 120_000 }, () => {
  it('writes powers of ten from a million up as 1eN, and other limits in full', () => {
    expect(limitText(1e6)).toBe('1e6');
    expect(limitText(1e300)).toBe('1e300');
    expect(limitText(1e12)).toBe('1e12');
    expect(limitText(1e-6)).toBe('0.000001');
    expect(limitText(4294967295)).toBe('4294967295');
    expect(limitText(0.99)).toBe('0.99');
  });
});
