import { describe, expect, it } from 'vitest';
import { selectEnv } from '../../state/selectors';
import { diagnose } from '../../teach/diagnose';
import { seededNetwork } from '../classNetwork';
import { readSet, SET_ETA, score, setLink } from './exerciseSet';

describe('exercise sets', () => {
  it('keeps the named 2-2-2 exercises in order, once each, and says what it left out', () => {
    const { exercises, notices } = readSet(['grad-e', 'net-F', 'grad-e', 'nope']);
    expect(exercises.map((e) => e.id)).toEqual(['grad-e', 'net-F']);
    expect(notices).toEqual(['There is no exercise named “nope”; it was left out.']);
  });
  it('makes a link that names the exercises and the seed', () => {
    expect(setLink(['net-F', 'E'], 7)).toBe('?exercises=net-F,E&seed=7');
  });
  it('scores the latest verdicts: a right answer for the seeded network counts, a slip does not', () => {
    const net = seededNetwork(7);
    const ctx = { env: selectEnv(net), eta: SET_ETA };
    const [netF, error] = readSet(['net-F', 'error']).exercises;
    if (!netF || !error) throw new Error('missing exercises');
    // net_F = a i1 + b i2 + bF by hand, from the drawn numbers
    const [[a, b, bF]] = net.weights[0] as number[][] as [number[]];
    const [i1, i2] = net.x as [number, number];
    const byHand = (a as number) * i1 + (b as number) * i2 + (bF as number);
    const right = diagnose(netF, ctx, byHand.toFixed(6));
    const slip = diagnose(netF, ctx, ((a as number) * i1 + (b as number) * i2).toFixed(6));
    expect(Math.abs(bF as number)).toBeGreaterThan(0.01); // seed 7's bias makes the slip visible
    expect(right.kind).toBe('right');
    expect(slip.kind).toBe('slip');
    expect(score({ 'net-F': right, error: slip }, ['net-F', 'error'])).toEqual({
      right: 1,
      checked: 2,
      total: 2,
    });
  });
});

describe('seeded networks', () => {
  it('are the same for the same seed and differ between seeds, with two-decimal numbers', () => {
    expect(seededNetwork(3)).toEqual(seededNetwork(3));
    expect(seededNetwork(3)).not.toEqual(seededNetwork(4));
    const n = seededNetwork(3);
    for (const v of [...n.weights.flat(2), ...n.x, ...n.t]) expect(Math.round(v * 100) / 100).toBe(v);
    for (const v of n.t) expect(v >= 0.01 && v <= 0.99).toBe(true);
  });
});
