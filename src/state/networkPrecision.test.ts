import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { train } from '../nn';
import { formatDecimal } from './address/decimal';
import { shortNetwork, shownNumbers } from './networkPrecision';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X } from './twoByTwo';
import { networkParams, parseNetworkQuery } from './urlState';

const DEFAULT = { weights: DEFAULT_WEIGHTS, x: [...DEFAULT_X], t: [...DEFAULT_T] };
const digits = (n: number) =>
  formatDecimal(n)
    .replace(/^-/, '')
    .replace(/e.*$/, '')
    .replace(/^0\.0*/, '')
    .replace('.', '').length;
const allNumbers = (net: typeof DEFAULT) => [...net.weights.flat(2), ...net.x, ...net.t];

/** the address's text for a network, and the network it reads back as */
const viaAddress = (net: typeof DEFAULT) => {
  const query = `?${networkParams(net).join('&')}`;
  const back = parseNetworkQuery(query);
  expect(back.notices).toEqual([]);
  return { query, back: { weights: back.weights ?? [], x: back.x ?? [], t: back.t ?? [] } };
};

describe('shortNetwork: the fewest digits that keep every shown number', () => {
  it('after one update the address holds no 17-digit numbers, and reopens the same view', () => {
    const after = train(DEFAULT.weights, [{ x: DEFAULT.x, t: DEFAULT.t }], {
      learningRate: 0.5,
      epochs: 1,
    }).weights;
    const net = { ...DEFAULT, weights: after };
    expect(Math.max(...allNumbers(net).map(digits))).toBeGreaterThanOrEqual(16); // what the address used to carry
    const short = shortNetwork(net, 0.5);
    const { query, back } = viaAddress(short);
    expect(Math.max(...allNumbers(back).map(digits))).toBeLessThanOrEqual(10);
    expect(query.length).toBeLessThan(viaAddress(net).query.length - 60);
    expect(shownNumbers(back, 0.5)).toBe(shownNumbers(net, 0.5));
  });

  it('a nudged weight (0.15 + 0.01) is written 0.16', () => {
    const weights = [[[0.15 + 0.01, 0.2, 0.35], ...DEFAULT.weights[0].slice(1)], DEFAULT.weights[1]];
    const short = shortNetwork({ ...DEFAULT, weights }, 0.5);
    expect(networkParams(short)[0]).toBe('W1=0.16,0.2,0.35;0.25,0.3,0.35');
  });

  it('for any network, the shortened one shows the same numbers; short exact values are kept', () => {
    const v = fc.double({ min: -8, max: 8, noNaN: true });
    const row = fc.tuple(v, v, v);
    const net = fc.record({
      weights: fc.tuple(fc.tuple(row, row), fc.tuple(row, row)),
      x: fc.tuple(v, v),
      t: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
    });
    fc.assert(
      fc.property(net, fc.constantFrom(0.05, 0.5, 2), (n, eta) => {
        const short = shortNetwork(n, eta);
        const { back } = viaAddress(short);
        expect(shownNumbers(back, eta)).toBe(shownNumbers(n, eta));
        allNumbers(n).forEach((x, i) => {
          if (digits(x) <= 4) expect(allNumbers(back)[i]).toBe(x);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('the old format, with 17-digit numbers, still loads exactly', () => {
    const old =
      '?W1=0.14978071613276281,0.19956143226552567,0.34561432265525649;0.24975114363237164,0.29950228726474329,0.34502287264743273&W2=0.35891647971788465,0.40866190465252693,0.53075072608871331;0.51130127023873313,0.56137012110265957,0.61904911825827756&x=0.05,0.1&t=0.01,0.99';
    const r = parseNetworkQuery(old);
    expect(r.notices).toEqual([]);
    expect(r.weights?.[0]?.[0]?.[0]).toBe(Number('0.14978071613276281'));
    expect(r.weights?.[1]?.[1]?.[2]).toBe(Number('0.61904911825827756'));
  });
});
