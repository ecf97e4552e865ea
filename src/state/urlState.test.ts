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

  it('reads 1e+5 with its plus sign (kept as written, not read as a space) and 1e-5', () => {
    const r = parseNetworkQuery('?x=1e+5,1e-5&t=+2,-.5');
    expect(r).toEqual({ x: [100000, 0.00001], t: [2, -0.5], notices: [] });
  });

  it('keeps the default for a malformed or out-of-range entry, quoting it and stating the rule', () => {
    const r = parseNetworkQuery('?W1=1,abc,3;4,5,0x10&W2=Infinity,0,0;0,0,NaN&x=0.1,1e400&t=,0b11');
    expect(r.weights?.[0]).toEqual([
      [1, DEFAULT_WEIGHTS[0]?.[0]?.[1], 3],
      [4, 5, DEFAULT_WEIGHTS[0]?.[1]?.[2]],
    ]);
    expect(r.weights?.[1]?.[0]?.[0]).toBe(DEFAULT_WEIGHTS[1]?.[0]?.[0]);
    expect(r.weights?.[1]?.[1]?.[2]).toBe(DEFAULT_WEIGHTS[1]?.[1]?.[2]);
    expect(r.x).toEqual([0.1, 0.1]);
    expect(r.t).toEqual([0.01, 0.99]);
    expect(r.notices).toEqual([
      'W1 row 1, column 2 (b) was “abc”: a weight must be a decimal number within ±1e6. The weight b keeps its default, 0.2.',
      'W1 row 2, column 3 (β_G) was “0x10”: a bias must be a decimal number within ±1e6. The bias β_G keeps its default, 0.35.',
      'W2 row 1, column 1 (e) was “Infinity”: a weight must be a decimal number within ±1e6. The weight e keeps its default, 0.4.',
      'W2 row 2, column 3 (β_I) was “NaN”: a bias must be a decimal number within ±1e6. The bias β_I keeps its default, 0.6.',
      'x entry 2 (i2) was “1e400”: an input must be a decimal number within ±1e6. The input i2 keeps its default, 0.1.',
      't entry 1 (t1) was empty: a target must be a decimal number within ±1e6. The target t1 keeps its default, 0.01.',
      't entry 2 (t2) was “0b11”: a target must be a decimal number within ±1e6. The target t2 keeps its default, 0.99.',
    ]);
  });

  it('refuses values beyond ±1e6, octal and non-ASCII digits', () => {
    const r = parseNetworkQuery(`?x=1000001,0o7&t=${encodeURIComponent('\u0661')},1e6`);
    expect(r.x).toEqual([0.05, 0.1]);
    expect(r.t).toEqual([0.01, 1e6]);
    expect(r.notices[0]).toBe(
      'x entry 1 (i1) was “1000001”: an input must be a decimal number within ±1e6. The input i1 keeps its default, 0.05.',
    );
    expect(r.notices[1]).toMatch(/^x entry 2 \(i2\) was “0o7”/);
    expect(r.notices[2]).toMatch(/^t entry 1 \(t1\) was “\u0661”/);
  });

  it('says when a matrix or a vector has the wrong shape, and fills the rest with defaults', () => {
    const r = parseNetworkQuery('?W1=1,2&x=0.5');
    expect(r.notices).toEqual([
      'W1 was “1,2”: it must be 2 rows of 3 numbers, rows split by “;” and entries by “,”. Missing entries keep their defaults and extra ones are ignored.',
      'x was “0.5”: it must be 2 numbers split by “,”. Missing entries keep their defaults and extra ones are ignored.',
    ]);
    expect(r.weights?.[0]).toEqual([[1, 2, DEFAULT_WEIGHTS[0]?.[0]?.[2]], DEFAULT_WEIGHTS[0]?.[1]]);
    expect(r.x).toEqual([0.5, 0.1]);
  });

  it('quotes a long value cut short, with its length', () => {
    const r = parseNetworkQuery(`?x=${'9'.repeat(500)},0`);
    expect(r.notices[0]).toBe(
      `x entry 1 (i1) was “${'9'.repeat(40)}…” (500 characters): an input must be a decimal number within ±1e6. The input i1 keeps its default, 0.05.`,
    );
  });

  it('reads past a malformed escape elsewhere in the address instead of throwing', () => {
    expect(parseNetworkQuery('?%=1&W1=1,2,3;4,5,6&x=%zz').weights?.[0]).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(parseNetworkQuery('?%=1&W1=1,2,3;4,5,6&x=%zz').x).toBeUndefined();
  });

  it('returns nothing to change for an address without our parameters', () => {
    expect(parseNetworkQuery('?lab=1')).toEqual({ notices: [] });
  });
});

describe('networkQuery', () => {
  const net = {
    weights: [
      [
        [0.1, -0.2, 0.3],
        [1e-7, 5, -6],
      ],
      [
        [7, 8, 9e-21],
        [-0.125, 0, 1],
      ],
    ],
    x: [0.05, -0.1],
    t: [0.01, 0.99],
  };

  it('round-trips through parseNetworkQuery and keeps other parameters', () => {
    const q = networkQuery('?seed=7&W1=0,0,0;0,0,0', net);
    expect(q).toContain('seed=7');
    expect(q).toContain('9e-21');
    expect(q.match(/W1=/g)).toHaveLength(1);
    expect(parseNetworkQuery(q)).toEqual({ ...net, notices: [] });
  });

  it('drops a pair that does not decode instead of throwing', () => {
    expect(networkQuery('?%=1&keep=%20&bad=%E0%A4', net)).toBe(
      '?W1=0.1,-0.2,0.3;1e-7,5,-6&W2=7,8,9e-21;-0.125,0,1&x=0.05,-0.1&t=0.01,0.99&keep=%20',
    );
  });
});
