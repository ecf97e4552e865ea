import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initWeights, zerosLike } from '../../nn';
import { BATCH_SIZES, DEFAULT_SETTINGS, REDUCTIONS, SPEEDS, WEIGHT_LIMIT } from './labConfig';
import type { LabSnapshot } from './labSnapshot';
import { decodeLab, encodeLab, labParamIn, labQuery } from './labUrl';

const snapshot = (over: Partial<LabSnapshot> = {}): LabSnapshot => {
  const weights = initWeights([2, 4, 1], 3);
  return {
    seed: 3,
    epoch: 1234,
    settings: { ...DEFAULT_SETTINGS },
    weights,
    velocity: zerosLike(weights),
    ...over,
  };
};

const finite = fc.double({ min: -WEIGHT_LIMIT, max: WEIGHT_LIMIT, noNaN: true });
const weights241 = fc
  .array(finite, { minLength: 17, maxLength: 17 })
  .map((v) => [[0, 1, 2, 3].map((r) => v.slice(3 * r, 3 * r + 3)), [v.slice(12, 17)]]);

describe('encodeLab / decodeLab', () => {
  it('round-trips every field exactly, through a real URL', () => {
    fc.assert(
      fc.property(
        weights241,
        weights241,
        fc.record({
          learningRate: fc.double({ min: 1e-6, max: 1e300, noNaN: true }),
          batchSize: fc.constantFrom(...BATCH_SIZES),
          reduction: fc.constantFrom(...REDUCTIONS),
          momentum: fc.double({ min: 0, max: 0.99, noNaN: true }),
          dropout: fc.double({ min: 0, max: 0.9, noNaN: true }),
          shuffle: fc.boolean(),
          speed: fc.constantFrom(...SPEEDS),
        }),
        fc.integer({ min: 0, max: 4294967295 }),
        fc.integer({ min: 0, max: 1e9 }),
        (weights, velocity, settings, seed, epoch) => {
          const s = { seed, epoch, settings, weights, velocity };
          const url = new URL(`https://example.org/?W1=1,2,3;4,5,6&${'lab'}=${encodeLab(s)}`);
          const d = decodeLab(labParamIn(url.search) ?? '');
          expect(d.notices).toEqual([]);
          const still = velocity.every((m) => m.every((r) => r.every((x) => x === 0)));
          expect(d).toEqual({ ...s, velocity: still ? undefined : velocity, notices: [] });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('leaves out an all-zero velocity, and decoding then gives no velocity', () => {
    const text = encodeLab(snapshot());
    expect(text).not.toMatch(/~v:/);
    expect(decodeLab(text).velocity).toBeUndefined();
  });

  it('drops a malformed or out-of-range field with a notice naming it, and keeps the others', () => {
    const text = encodeLab(snapshot())
      .replace(/lr:[^~]+/, 'lr:abc')
      .replace(/b:4/, 'b:3')
      .replace(/m:0/, 'm:1.5')
      .replace(/r:mean/, 'r:median');
    const d = decodeLab(text);
    expect(d.settings).toEqual({ dropout: 0, shuffle: false, speed: DEFAULT_SETTINGS.speed });
    expect(d.seed).toBe(3);
    expect(d.weights).toEqual(snapshot().weights);
    const all = d.notices.join('\n');
    expect(all).toMatch(/learning rate must be a number from 0.000001 to 1e\+300, got not a number/);
    expect(all).toMatch(/batch size must be one of 1, 2, 4, got 3/);
    expect(all).toMatch(/momentum μ must be a number from 0 to 0.99, got 1.5/);
    expect(all).toMatch(/reduction must be one of mean, sum, got “median”/);
    expect(d.notices).toHaveLength(4);
    for (const n of d.notices) expect(n).toMatch(/keeps its default/);
  });

  it('rejects weights of the wrong count, non-finite or beyond the limit', () => {
    const w = encodeLab(snapshot());
    expect(decodeLab(w.replace(/w:[^~]+/, 'w:1,2,3')).notices[0]).toMatch(
      /weights should list 17 numbers, got 3/,
    );
    const seventeen = (x: string) => Array.from({ length: 17 }, (_, i) => (i === 5 ? x : '0')).join(',');
    const bad = decodeLab(w.replace(/w:[^~]+/, `w:${seventeen('Infinity')}`));
    expect(bad.weights).toBeUndefined();
    expect(bad.notices[0]).toMatch(/weights W1\[2,3\] must be a finite number/);
    expect(decodeLab(w.replace(/w:[^~]+/, `w:${seventeen('2e6')}`)).notices[0]).toMatch(
      /W1\[2,3\] is 2000000, beyond ±1000000/,
    );
  });

  it('names an unknown version or field', () => {
    expect(decodeLab('v9~s:1').notices[0]).toMatch(/version is “v9”, and this page reads v1/);
    expect(decodeLab('v1~zz:1').notices[0]).toMatch(/“zz” is not one of its fields/);
    expect(decodeLab('v1~s:-4').notices[0]).toMatch(
      /seed must be a whole number from 0 to 4294967295, got -4/,
    );
    expect(decodeLab('v1~e:1.5').notices[0]).toMatch(/epoch must be a whole number/);
  });
});

describe('labQuery', () => {
  it("sets lab= and keeps every other parameter as it was, the 2x2 network's included", () => {
    const q = labQuery('?W1=1,2,3;4,5,6&x=0.1,0.2&lab=old&t=1,0', 'v1~s:2');
    expect(q).toBe('?W1=1,2,3;4,5,6&x=0.1,0.2&t=1,0&lab=v1~s:2');
    expect(labParamIn(q)).toBe('v1~s:2');
  });

  it('removes lab= for null and handles an empty query', () => {
    expect(labQuery('?lab=x', null)).toBe('');
    expect(labQuery('', 'v1')).toBe('?lab=v1');
  });
});
