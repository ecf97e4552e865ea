import { describe, expect, it } from 'vitest';
import { hasPath, pathOf, signalsOf } from './paths2x2';
import { definedIn, isDefinedBy } from './stage';

describe('pathOf', () => {
  it('∂E/∂a runs a → F → H and a → F → I', () => {
    expect(new Set(pathOf('grad:a'))).toEqual(new Set(['a', 'F', 'e', 'H', 'g', 'I']));
    expect(new Set(pathOf('grad:d'))).toEqual(new Set(['d', 'G', 'f', 'H', 'h', 'I']));
    expect(new Set(pathOf('grad:bG'))).toEqual(new Set(['bG', 'G', 'f', 'H', 'h', 'I']));
  });

  it('∂H/∂a runs one path only; ∂H/∂b_G through f, never e', () => {
    expect(pathOf('jac:H:a')).toEqual(['a', 'F', 'e', 'H']);
    expect(pathOf('jac:I:a')).toEqual(['a', 'F', 'g', 'I']);
    expect(pathOf('jac:H:bG')).toEqual(['bG', 'G', 'f', 'H']);
  });

  it('a hidden δ comes back from both outputs; output weights light their own edge and unit', () => {
    expect(new Set(pathOf('delta:G'))).toEqual(new Set(['G', 'f', 'H', 'h', 'I']));
    expect(pathOf('grad:e')).toEqual(['e', 'H']);
    expect(pathOf('jac:I:e')).toEqual(['e']);
    expect(pathOf('net:F')).toEqual(['F']);
    expect(hasPath('grad:a')).toBe(true);
    expect(hasPath('grad:e')).toBe(false);
  });

  it('the error signal of δ_F travels from H along e and from I along g', () => {
    expect(signalsOf('delta:F')).toEqual([
      { edge: 'e', from: 'H', to: 'F' },
      { edge: 'g', from: 'I', to: 'F' },
    ]);
    expect(signalsOf('delta:H')).toEqual([]);
  });
});

describe('stages', () => {
  it('defines each quantity in its section', () => {
    expect(definedIn('out:H')).toBe('forward');
    expect(definedIn('E')).toBe('error');
    expect(definedIn('grad:e')).toBe('error');
    expect(definedIn('delta:I')).toBe('output');
    expect(definedIn('delta:F')).toBe('hidden');
    expect(definedIn('grad:bF')).toBe('hidden');
    expect(isDefinedBy('output', 'grad:h')).toBe(true);
    expect(isDefinedBy('output', 'grad:a')).toBe(false);
    expect(isDefinedBy('forward', 'E')).toBe(false);
  });
});
