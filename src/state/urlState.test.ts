import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from './twoByTwo';
import { networkQuery, parseNetworkQuery } from './urlState';

describe('parseNetworkQuery', () => {
  it('reads weights, inputs and targets', () => {
    const r = parseNetworkQuery('?W1=1,2,3;4,5,6&W2=-1,-2,-3;0.5,0.25,0&x=0.3,0.7&t=1,0');
    expect(r.notices).toEqual([]);
    expect(r.weights).toEqual([
      [
        [1, 2, 3],
        [4, 5, 6],
      ],
      [
        [-1, -2, -3],
        [0.5, 0.25, 0],
      ],
    ]);
    expect(r.x).toEqual([0.3, 0.7]);
    expect(r.t).toEqual([1, 0]);
  });

  it('keeps the default for a malformed or non-finite entry and names it', () => {
    const r = parseNetworkQuery('?W1=1,abc,3;4,5,6&W2=Infinity,0,0;0,0,NaN&x=0.1,1e400');
    expect(r.weights?.[0]?.[0]).toEqual([1, DEFAULT_WEIGHTS[0]?.[0]?.[1], 3]);
    expect(r.weights?.[1]?.[0]?.[0]).toBe(DEFAULT_WEIGHTS[1]?.[0]?.[0]);
    expect(r.weights?.[1]?.[1]?.[2]).toBe(DEFAULT_WEIGHTS[1]?.[1]?.[2]);
    expect(r.x).toEqual([0.1, 0.1]);
    expect(r.notices.join('\n')).toMatch(/\bb in W1 is “abc”/);
    expect(r.notices.join('\n')).toMatch(/\be in W2 is “Infinity”/);
    expect(r.notices.join('\n')).toMatch(/β_I in W2 is “NaN”/);
    expect(r.notices.join('\n')).toMatch(/i2 is “1e400”/);
  });

  it('says when a matrix has the wrong shape and fills the rest with defaults', () => {
    const r = parseNetworkQuery('?W1=1,2');
    expect(r.notices[0]).toMatch(/W1 should be 2 rows of 3 numbers/);
    expect(r.weights?.[0]).toEqual([[1, 2, DEFAULT_WEIGHTS[0]?.[0]?.[2]], DEFAULT_WEIGHTS[0]?.[1]]);
  });

  it('returns nothing to change for an address without our parameters', () => {
    expect(parseNetworkQuery('?lab=1')).toEqual({ notices: [] });
  });
});

describe('networkQuery', () => {
  it('round-trips through parseNetworkQuery and keeps other parameters', () => {
    const net = {
      weights: [
        [
          [0.1, -0.2, 0.3],
          [1e-7, 5, -6],
        ],
        [
          [7, 8, 9],
          [-0.125, 0, 1],
        ],
      ],
      x: [0.05, -0.1],
      t: [0.01, 0.99],
    };
    const q = networkQuery('?seed=7&W1=0,0,0;0,0,0', net);
    expect(q).toContain('seed=7');
    expect(q.match(/W1=/g)).toHaveLength(1);
    const back = parseNetworkQuery(q);
    expect(back).toEqual({ ...net, notices: [] });
  });
});
