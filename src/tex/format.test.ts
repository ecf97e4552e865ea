import { describe, expect, it } from 'vitest';
import { formatNumber, texNumber } from './format';

describe('formatNumber', () => {
  it('shows four significant digits with a real minus sign', () => {
    expect(formatNumber(0.164334082)).toBe('0.1643');
    expect(formatNumber(-0.0808)).toBe('−0.08080');
    expect(formatNumber(12.3456)).toBe('12.35');
  });
  it('switches to scientific notation for tiny and huge magnitudes', () => {
    expect(formatNumber(0.0000877136)).toBe('8.771e−5');
    expect(formatNumber(-2.5e7)).toBe('−2.500e+7');
  });
  it('prints zero with the same four digits as any other number, never a signed zero', () => {
    expect(formatNumber(0)).toBe('0.000');
    expect(formatNumber(-0)).toBe('0.000');
    expect(formatNumber(1)).toBe('1.000');
  });
  it('never shows NaN or Infinity', () => {
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(formatNumber(Number.NEGATIVE_INFINITY)).toBe('−∞');
  });
});

describe('texNumber', () => {
  it('writes exponents as powers of ten and minus as ASCII', () => {
    expect(texNumber(-0.0808)).toBe('-0.08080');
    expect(texNumber(0.0000877136)).toBe('8.771\\times10^{-5}');
    expect(texNumber(2.5e7)).toBe('2.500\\times10^{7}');
  });
});
