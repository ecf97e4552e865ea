import { describe, expect, it } from 'vitest';
import { selectEnv } from '../state/selectors';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X } from '../state/twoByTwo';
import { howClose, judge, parseAnswer, tolerance } from './checkAnswer';
import { diagnose } from './diagnose';
import { EXERCISE_BY_ID } from './exercises';
import type { Ctx2x2 } from './exercises2x2';

/**
 * The default network is Mazur's worked example (inputs 0.05, 0.10; targets 0.01, 0.99). The
 * answers below were worked by hand from its numbers (F = 0.593270, G = 0.596884,
 * H = 0.751365, I = 0.772928) or taken from Mazur's own write-up, which uses E = ½Σ(out − t)²:
 * his E = 0.298371, ∂E/∂w5 = 0.082167, w5 after one step at η = 0.5 = 0.358916, and
 * w3 after that step = 0.249751 (so his ∂E/∂w3 = (0.25 − 0.249751)/0.5 = 0.000498).
 * Those are exactly the ½-convention slip on our page, which has no ½.
 */
const ctx: Ctx2x2 = {
  env: selectEnv({
    weights: DEFAULT_WEIGHTS.map((m) => m.map((r) => [...r])),
    x: [...DEFAULT_X],
    t: [...DEFAULT_T],
  }),
  eta: 0.5,
};

function verdict(id: string, text: string) {
  const ex = EXERCISE_BY_ID.get(id);
  if (ex?.store !== '2x2') throw new Error(`no 2x2 exercise ${id}`);
  return diagnose(ex, ctx, text);
}
const slipsOf = (id: string, text: string) => {
  const v = verdict(id, text);
  return v.kind === 'slip' ? [...v.slips].sort() : v.kind;
};

describe('the slip recogniser on the default network, against hand-made wrong answers', () => {
  it('net_F: 0.15·0.05 + 0.2·0.1 + 0.35 = 0.3775; without the bias 0.0275; G’s row gives 0.3925', () => {
    expect(verdict('net-F', '0.3775').kind).toBe('right');
    expect(slipsOf('net-F', '0.0275')).toEqual(['no-bias']);
    expect(slipsOf('net-F', '0.3925')).toEqual(['e-for-f']);
  });

  it('H = σ(1.1059) = 0.7514; net_H itself is the forgotten sigmoid', () => {
    expect(verdict('out-H', '0.7514').kind).toBe('right');
    expect(slipsOf('out-H', '1.106')).toEqual(['no-squash']);
  });

  it('E = 0.5967 here, and Mazur’s 0.2984 is the ½ convention', () => {
    expect(verdict('error', '0.5967').kind).toBe('right');
    expect(slipsOf('error', '0.2984')).toEqual(['half-convention']);
  });

  it('∂E/∂e = 2(0.741365)(0.186816)(0.593270) = 0.1643, and each classic slip is named', () => {
    expect(verdict('grad-e', '0.1643').kind).toBe('right');
    // σ for σ′: 2(0.741365)(0.751365)(0.593270)
    expect(slipsOf('grad-e', '0.6609')).toEqual(['sigma-for-slope']);
    // Mazur's ∂E/∂w5: the 2 dropped, or the ½ in E; the two give the same number
    expect(slipsOf('grad-e', '0.08217')).toEqual(['forgot-2', 'half-convention']);
    expect(slipsOf('grad-e', '−0.1643')).toEqual(['wrong-sign']);
    // G where F belongs: 2(0.741365)(0.186816)(0.596884)
    expect(slipsOf('grad-e', '0.1653')).toEqual(['e-for-f']);
  });

  it('δ_H = 2(0.741365)(0.186816) = 0.2770; Mazur’s δ_o1 = 0.1385 is half of it', () => {
    expect(verdict('delta-H', '0.2770').kind).toBe('right');
    expect(slipsOf('delta-H', '0.1385')).toEqual(['forgot-2', 'half-convention']);
    expect(slipsOf('delta-H', '-0.277')).toEqual(['wrong-sign']);
  });

  it('δ_F = F(1 − F)(e δ_H + g δ_I) = 0.01754; f and h in place of e and g give 0.01997', () => {
    expect(verdict('delta-F', '0.01754').kind).toBe('right');
    expect(slipsOf('delta-F', '0.01997')).toEqual(['e-for-f']);
    // F in place of F(1 − F): 0.593270 (0.4·0.276997 + 0.5·(−0.076196))
    expect(slipsOf('delta-F', '0.04313')).toEqual(['sigma-for-slope']);
  });

  it('∂E/∂c = 0.0009954, twice Mazur’s 0.000498', () => {
    expect(verdict('grad-c', '0.0009954').kind).toBe('right');
    expect(slipsOf('grad-c', '0.0004977')).toEqual(['forgot-2', 'half-convention']);
  });

  it('e after one step at η = 0.5: 0.4 − 0.5·0.1643 = 0.3178; Mazur’s 0.3589 is the ½ convention', () => {
    expect(verdict('update-e', '0.3178').kind).toBe('right');
    expect(slipsOf('update-e', '0.3589')).toEqual(['half-convention']);
    expect(slipsOf('update-e', '0.4822')).toEqual(['wrong-sign']);
  });

  it('∂H/∂c goes through f: 0.001011; through e it would be 0.0008990', () => {
    expect(verdict('jac-H-c', '0.001011').kind).toBe('right');
    expect(slipsOf('jac-H-c', '0.000899')).toEqual(['e-for-f']);
  });

  it('an answer near but not within the shown precision is "close"; a far one is wrong', () => {
    expect(verdict('grad-e', '0.164').kind).toBe('close');
    expect(verdict('grad-e', '0.3').kind).toBe('wrong');
    expect(verdict('grad-e', 'abc').kind).toBe('not-a-number');
    expect(verdict('grad-e', '  ').kind).toBe('empty');
  });
});

describe('the tolerance rule and the parser', () => {
  it('accepts within one unit of the fourth significant digit', () => {
    expect(tolerance(0.1643)).toBeCloseTo(1e-4, 15);
    expect(tolerance(-25.7)).toBeCloseTo(0.01, 15);
    expect(tolerance(5.2e-9)).toBeCloseTo(1e-12, 20);
    expect(judge('0.1644', 0.16433, []).kind).toBe('right');
    expect(judge('0.1646', 0.16433, []).kind).toBe('close');
    expect(judge('0', 0, []).kind).toBe('right');
  });

  it('reads minus signs, decimal commas and powers of ten as readers type them', () => {
    expect(parseAnswer('−0.2')).toBe(-0.2);
    expect(parseAnswer('1,5')).toBe(1.5);
    expect(parseAnswer('.5')).toBe(0.5);
    expect(parseAnswer('1.2e-3')).toBe(0.0012);
    expect(parseAnswer('1.2×10^-3')).toBeCloseTo(0.0012, 15);
    expect(parseAnswer('')).toBeNull();
    expect(parseAnswer('0.1.2')).toBeNaN();
  });

  it('a right answer wins over a slip that gives the same number', () => {
    expect(judge('0', 0, [{ id: 'wrong-sign', value: 0 }]).kind).toBe('right');
  });
});

describe('howClose, the predict mode’s verdict', () => {
  it('says spot on within the shown precision, else the direction and the size of the miss', () => {
    expect(howClose(0.3775, 0.3775, 'net_F')).toBe('Spot on: net_F is 0.3775.');
    expect(howClose(0.4, 0.3775, 'net_F')).toBe(
      'You guessed 0.4000; net_F is 0.3775: too high by 0.02250 (5.960 % of it).',
    );
    expect(howClose(-1, 0.5, 'F')).toMatch(/too low by 1\.500 \(300\.0 % of it\)/);
    expect(howClose(50, 0.5, 'F')).toMatch(/too high by 49\.50 \(99\.00 times its size\)/);
  });
});

describe('worked answers use only what their section has introduced', () => {
  it('section 5’s ∂E/∂e is worked link by link, before δ has a name, and ends at the answer', () => {
    const ex = EXERCISE_BY_ID.get('grad-e');
    if (ex?.store !== '2x2') throw new Error('no 2x2 exercise grad-e');
    const tex = ex.worked(ctx);
    expect(tex).not.toMatch(/delta/);
    // 2(H − t₁) H(1 − H) F with the hand-worked numbers above: 2(0.741365)(0.186816)(0.593270) = 0.16433
    expect(tex).toMatch(/2\\,\(0\.7514 - 0\.01000\)/);
    expect(tex.endsWith('= 0.1643')).toBe(true);
  });

  it('a negative target is subtracted in parentheses', () => {
    const ex = EXERCISE_BY_ID.get('grad-e');
    if (ex?.store !== '2x2') throw new Error('no 2x2 exercise grad-e');
    const env = selectEnv({
      weights: DEFAULT_WEIGHTS.map((m) => m.map((r) => [...r])),
      x: [...DEFAULT_X],
      t: [-0.5, 0.99],
    });
    expect(ex.worked({ env, eta: 0.5 })).toContain('- (-0.5000)');
  });
});

describe('with Mazur’s ½ (section 5’s switch)', () => {
  it('the worked ∂E/∂e drops the 2 and ends at his 0.08217', () => {
    const ex = EXERCISE_BY_ID.get('grad-e');
    if (ex?.store !== '2x2') throw new Error('no 2x2 exercise grad-e');
    const env = { ...ctx.env, loss: 'half-squared' as const };
    const tex = ex.worked({ env, eta: 0.5 });
    expect(tex.startsWith('\\frac{\\partial E}{\\partial e} = (H - t_1)')).toBe(true);
    // Mazur's published ∂E/∂w5 = 0.082167041
    expect(tex.endsWith('= 0.08217')).toBe(true);
  });
});
