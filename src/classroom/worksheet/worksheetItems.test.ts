import { describe, expect, it } from 'vitest';
import { selectEnv } from '../../state/selectors';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X } from '../../state/twoByTwo';
import { SHEET_PARTS } from './worksheetItems';

const env = selectEnv({ weights: DEFAULT_WEIGHTS, x: [...DEFAULT_X], t: [...DEFAULT_T] });
const value = (key: string) =>
  SHEET_PARTS.flatMap((p) => p.questions)
    .find((q) => q.key === key)
    ?.value(env);

describe('the worksheet', () => {
  it('asks for one step of backpropagation, 27 numbers, each once', () => {
    const keys = SHEET_PARTS.flatMap((p) => p.questions.map((q) => q.key));
    expect(keys).toHaveLength(8 + 1 + 2 + 2 + 6 + 6);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it("answers Mazur's worked example, doubled because E has no ½ here", () => {
    // Mazur: E_total = 0.298371109, ∂E/∂w5 = 0.082167041, ∂E/∂w1 = 0.000438568, out_h1 = 0.593269992
    expect(value('out:F')).toBeCloseTo(0.593269992, 8);
    expect(value('E')).toBeCloseTo(2 * 0.298371109, 8);
    expect(value('grad:e')).toBeCloseTo(2 * 0.082167041, 8);
    expect(value('grad:a')).toBeCloseTo(2 * 0.000438568, 8);
  });
  it('gives each question the formula to use, without the page’s markup', () => {
    for (const q of SHEET_PARTS.flatMap((p) => p.questions)) {
      expect(q.formula).not.toMatch(/htmlData|^$/);
    }
    const gradE = SHEET_PARTS.flatMap((p) => p.questions).find((q) => q.key === 'grad:e');
    expect(gradE?.formula).toBe('\\delta_H\\,F');
  });
});
