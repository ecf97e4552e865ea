import { describe, expect, it } from 'vitest';
import type { Env } from './quantities2x2';
import { selectEnv } from './selectors';
import { SLIPS, type SlipId, slipValues } from './slips';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X } from './twoByTwo';

const x = [...DEFAULT_X];
const t = [...DEFAULT_T];
const env: Env = selectEnv({ weights: DEFAULT_WEIGHTS, x, t });

describe('common slips', () => {
  for (const id of Object.keys(SLIPS) as SlipId[]) {
    it(`${id}: the right form agrees with the central difference and the slip does not`, () => {
      const v = slipValues(env, id);
      expect(v.right).toBeCloseTo(v.numeric, 8);
      expect(Math.abs(v.wrong - v.numeric)).toBeGreaterThan(1e-4);
    });
  }

  it('the σ-for-σ′ slip is the hand-worked ∂E/∂e with H in place of H(1−H)', () => {
    // worked case: H = 0.75136507, F = 0.59326999, t1 = 0.01
    const v = slipValues(env, 'sigma-for-slope');
    expect(v.right).toBeCloseTo(2 * (0.75136507 - 0.01) * 0.75136507 * (1 - 0.75136507) * 0.59326999, 7);
    expect(v.wrong).toBeCloseTo(2 * (0.75136507 - 0.01) * 0.75136507 * 0.59326999, 7);
  });
});
