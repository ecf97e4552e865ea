import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appendLosses, emptyHistory, firstEpochBelow } from './lossHistory';

const losses = (from: number, n: number) => Array.from({ length: n }, (_, k) => 1 / (from + k + 1));

describe('appendLosses', () => {
  it('keeps every epoch until the cap, with their losses', () => {
    const h = appendLosses(emptyHistory(), 0, losses(0, 10), 16);
    expect(h.stride).toBe(1);
    expect(h.epochs).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(h.losses[3]).toBe(1 / 4);
  });

  it('past the cap keeps every other epoch and doubles the stride, as often as needed', () => {
    const h = appendLosses(emptyHistory(), 0, losses(0, 100), 16);
    expect(h.epochs.length).toBeLessThanOrEqual(16);
    expect(h.stride).toBe(8);
    expect(h.epochs.every((e) => e % 8 === 0)).toBe(true);
    expect(h.epochs[0]).toBe(0);
    expect(h.losses[h.epochs.indexOf(40)]).toBe(1 / 41);
  });

  it('gives the same history however the epochs are split into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 12 }), (chunks) => {
        const total = chunks.reduce((a, b) => a + b, 0);
        const whole = appendLosses(emptyHistory(), 0, losses(0, total), 20);
        let h = emptyHistory();
        let at = 0;
        for (const c of chunks) {
          h = appendLosses(h, at, losses(at, c), 20);
          at += c;
        }
        expect(h).toEqual(whole);
      }),
    );
  });

  it('returns the same object for no errors', () => {
    const h = emptyHistory();
    expect(appendLosses(h, 5, [])).toBe(h);
  });
});

describe('firstEpochBelow', () => {
  it('finds the first kept epoch under the level, or null', () => {
    const h = appendLosses(emptyHistory(), 0, [0.5, 0.2, 0.009, 0.02, 0.001]);
    expect(firstEpochBelow(h, 0.01)).toBe(2);
    expect(firstEpochBelow(h, 0.0001)).toBeNull();
  });
});
