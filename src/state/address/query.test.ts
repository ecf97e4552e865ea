import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { malformedNotice, paramValue, quote, readQuery, withParams } from './query';

describe('readQuery', { timeout: 120_000 }, () => {
  it('decodes each pair on its own and sets aside those that do not decode', () => {
    const q = readQuery('?W1=1,2&%=1&a%20b=c%2Cd&bad=%zz&flag&utf=%E0%A4&x=1e+5');
    expect(q.pairs.map((p) => [p.name, p.value])).toEqual([
      ['W1', '1,2'],
      ['a b', 'c,d'],
      ['flag', null],
      ['x', '1e+5'],
    ]);
    expect(q.malformed).toEqual(['%=1', 'bad=%zz', 'utf=%E0%A4']);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const q = readQuery(s);
        expect(q.pairs.length + q.malformed.length).toBeLessThanOrEqual(s.split('&').length);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('paramValue', { timeout: 120_000 }, () => {
  it('gives the first value for a name, "" for a bare name and null when absent', () => {
    const q = readQuery('?a=1&a=2&b');
    expect(paramValue(q, 'a')).toBe('1');
    expect(paramValue(q, 'b')).toBe('');
    expect(paramValue(q, 'c')).toBeNull();
  });
});

describe('withParams', { timeout: 120_000 }, () => {
  it('puts ours first, keeps every other decodable pair as written, drops what does not decode', () => {
    expect(withParams('?keep=a%20b&W1=old&%=1&W1=older&gallery', new Set(['W1']), ['W1=new'])).toBe(
      '?W1=new&keep=a%20b&gallery',
    );
    expect(withParams('?lab=x', new Set(['lab']), [])).toBe('');
    expect(withParams('', new Set(['lab']), ['lab=v1'])).toBe('?lab=v1');
  });

  it('never throws and never writes back a pair that does not decode', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        expect(readQuery(withParams(s, new Set(['x']), ['x=1'])).malformed).toEqual([]);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('messages', { timeout: 120_000 }, () => {
  it('quote marks a value, cuts a long one and says its length, and calls "" empty', () => {
    expect(quote('abc')).toBe('“abc”');
    expect(quote('')).toBe('empty');
    expect(quote('x'.repeat(12_345))).toBe(`“${'x'.repeat(40)}…” (12,345 characters)`);
  });

  it('the malformed-escape notice quotes what was removed and states the rule', () => {
    expect(malformedNotice([])).toEqual([]);
    expect(malformedNotice(['%=1'])).toEqual([
      'The address held “%=1”, which is not valid percent-encoding: a “%” must be followed by two hexadecimal digits that spell UTF-8. It was removed from the address.',
    ]);
    expect(malformedNotice(['%=1', 'a=%', 'b=%z', 'c=%%', 'd=%'])).toEqual([
      'The address held “%=1”, “a=%”, “b=%z” and 2 more, which are not valid percent-encoding: a “%” must be followed by two hexadecimal digits that spell UTF-8. They were removed from the address.',
    ]);
  });
});
