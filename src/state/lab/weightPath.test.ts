import { describe, expect, it } from 'vitest';
import { appendPath } from './weightPath';

const w = (v: number) => [[[v, v + 1]]];

describe('appendPath', () => {
  it('adds the flat weights after each chunk', () => {
    const p = appendPath(appendPath([], w(1)), w(2));
    expect(p.map((x) => Array.from(x))).toEqual([
      [1, 2],
      [2, 3],
    ]);
  });

  it('past the cap drops every other point but always keeps the first and the newest', () => {
    let p = appendPath([], w(0), 8);
    for (let i = 1; i <= 20; i++) p = appendPath(p, w(i), 8);
    expect(p.length).toBeLessThanOrEqual(8);
    expect(p[0]?.[0]).toBe(0);
    expect(p[p.length - 1]?.[0]).toBe(20);
  });
});
