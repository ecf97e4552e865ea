import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyOrNearValid } from './address/__fixtures__/nearValid';
import { MAX_ABS, networkQuery, parseNetworkQuery } from './urlState';

/**
 * parseNetworkQuery over 10,000 generated addresses of each kind: it never throws, and what it
 * returns is always a usable network (finite, within ±1e6, the right shapes).
 */
const value = fc.double({ min: -MAX_ABS, max: MAX_ABS, noNaN: true });
const network = fc.record({
  weights: fc.tuple(
    fc.tuple(fc.tuple(value, value, value), fc.tuple(value, value, value)),
    fc.tuple(fc.tuple(value, value, value), fc.tuple(value, value, value)),
  ),
  x: fc.tuple(value, value),
  t: fc.tuple(value, value),
});
const validQuery = network.map((net) => networkQuery('', net));

const usable = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MAX_ABS;

function expectUsable(r: ReturnType<typeof parseNetworkQuery>) {
  if (r.weights) {
    expect(r.weights).toHaveLength(2);
    for (const m of r.weights) {
      expect(m).toHaveLength(2);
      for (const row of m) {
        expect(row).toHaveLength(3);
        expect(row.every(usable)).toBe(true);
      }
    }
  }
  for (const v of [r.x, r.t]) {
    if (v) {
      expect(v).toHaveLength(2);
      expect(v.every(usable)).toBe(true);
    }
  }
  for (const n of r.notices) {
    expect(typeof n).toBe('string');
    // the wording itself is checked exactly in urlState.test.ts; here, that every notice is one of its sentences
    expect(n).toMatch(/^(W1|W2|x|t) [\s\S]*\.$/);
  }
}

describe('parseNetworkQuery, driven by generated addresses', { timeout: 120_000 }, () => {
  it('never throws and always yields a usable network for any text or near-valid address', () => {
    fc.assert(
      fc.property(anyOrNearValid(validQuery), (search) => {
        expectUsable(parseNetworkQuery(search));
        expectUsable(parseNetworkQuery(`?${search}`));
      }),
      { numRuns: 10_000 },
    );
  });

  it('never throws for a query built from our parameter names and arbitrary values', () => {
    const pair = fc
      .tuple(fc.constantFrom('W1', 'W2', 'x', 't', '%', 'W%31', 'lab'), fc.string({ maxLength: 40 }))
      .map(([k, v]) => `${k}=${v}`);
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 6 }), (pairs) => {
        expectUsable(parseNetworkQuery(`?${pairs.join('&')}`));
      }),
      { numRuns: 10_000 },
    );
  });

  it('reads back every valid network exactly, with no notice, and any other parameter survives', () => {
    fc.assert(
      fc.property(network, fc.constantFrom('', '?seed=7', '?W1=junk&gallery', '?%=1'), (net, current) => {
        const q = networkQuery(current, net);
        expect(parseNetworkQuery(q)).toEqual({ ...net, notices: [] });
        if (current.includes('seed')) expect(q).toContain('seed=7');
        expect(q).not.toContain('%');
      }),
      { numRuns: 10_000 },
    );
  });
});
