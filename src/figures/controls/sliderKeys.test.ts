import { describe, expect, it } from 'vitest';
import { clampRound, sliderKeyValue } from './sliderKeys';

const range = { min: -10, max: 10, step: 0.01 };

describe('sliderKeyValue', () => {
  it('moves by one step on arrows and ten with Shift or PageUp', () => {
    expect(sliderKeyValue('ArrowUp', false, 0.15, range)).toBe(0.16);
    expect(sliderKeyValue('ArrowLeft', false, 0.15, range)).toBe(0.14);
    expect(sliderKeyValue('ArrowUp', true, 0.15, range)).toBe(0.25);
    expect(sliderKeyValue('PageDown', false, 0.15, range)).toBe(0.05);
  });
  it('goes to the ends on Home and End and ignores other keys', () => {
    expect(sliderKeyValue('Home', false, 3, range)).toBe(-10);
    expect(sliderKeyValue('End', false, 3, range)).toBe(10);
    expect(sliderKeyValue('a', false, 3, range)).toBeNull();
  });
  it('clamps to the range', () => {
    expect(sliderKeyValue('ArrowUp', false, 10, range)).toBe(10);
    expect(clampRound(-12.345, range)).toBe(-10);
  });
});
