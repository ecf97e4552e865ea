import { describe, expect, it } from 'vitest';
import { type Env, quantity } from '../../state/quantities2x2';
import { selectEnv } from '../../state/selectors';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X } from '../../state/twoByTwo';
import { formulaTex } from './formulaTex';

const x = [...DEFAULT_X];
const t = [...DEFAULT_T];
const env: Env = selectEnv({ weights: DEFAULT_WEIGHTS, x, t });
const gradE = quantity('grad:e');
const off = { hidden: false };

describe('formulaTex', () => {
  it('shows symbols only, numbers only, or both', () => {
    expect(formulaTex(gradE, env, 'symbols', off)).not.toMatch(/\d\.\d/);
    const numbers = formulaTex(gradE, env, 'numbers', off);
    expect(numbers).not.toContain('sigma');
    expect(numbers).toContain('0.1643'); // the hand-worked ∂E/∂e
    const both = formulaTex(gradE, env, 'both', off);
    expect(both).toContain("\\sigma'(net_H)");
    expect(both).toContain('0.1643');
  });

  it('blanks the numbers of a quantity the stepper has not reached', () => {
    const tex = formulaTex(gradE, env, 'both', { hidden: true });
    expect(tex).not.toContain('0.1643');
    expect(tex).toContain('\\boxed{\\phantom');
  });

  it('marks the left side and the result with the quantity, so both can be lit', () => {
    const tex = formulaTex(gradE, env, 'numbers', off);
    expect(tex.match(/\\htmlData\{q=grad:e\}/g)).toHaveLength(2);
  });

  it('puts a long substitution and its result on separate lines', () => {
    const wide = formulaTex(quantity('net:F'), env, 'numbers', { ...off, long: 200 });
    const narrow = formulaTex(quantity('net:F'), env, 'numbers', { ...off, long: 10 });
    expect(wide.split('\\\\').length).toBe(1);
    expect(narrow.split('\\\\').length).toBe(2);
  });
});
