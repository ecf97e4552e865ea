import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initWeights, zerosLike } from '../../nn';
import { paramValue, readQuery } from '../address/query';
import { XOR_SPEC } from './datasets';
import { BATCH_SIZES, DEFAULT_SETTINGS, REDUCTIONS, SPEEDS, WEIGHT_LIMIT } from './labConfig';
import type { LabSnapshot } from './labSnapshot';
import { decodeLab, encodeLab, MAX_LAB_CHARS } from './labUrl';

const snapshot = (over: Partial<LabSnapshot> = {}): LabSnapshot => {
  const weights = initWeights([2, 4, 1], 3);
  return {
    seed: 3,
    epoch: 1234,
    settings: { ...DEFAULT_SETTINGS },
    data: XOR_SPEC,
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
          const s = {
            seed,
            epoch,
            settings: { ...settings, activation: 'sigmoid' as const, loss: 'squared' as const },
            data: XOR_SPEC,
            weights,
            velocity,
          };
          const url = new URL(`https://example.org/?W1=1,2,3;4,5,6&${'lab'}=${encodeLab(s)}`);
          const d = decodeLab(paramValue(readQuery(url.search), 'lab') ?? '');
          expect(d.notices).toEqual([]);
          const still = velocity.every((m) => m.every((r) => r.every((x) => x === 0)));
          // the default activation, loss and data set are left out of a link, as before they existed
          expect(d).toEqual({
            ...s,
            settings,
            data: undefined,
            velocity: still ? undefined : velocity,
            notices: [],
          });
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

  it('drops a malformed or out-of-range field with a notice that quotes it and states the rule', () => {
    const text = encodeLab(snapshot())
      .replace(/lr:[^~]+/, 'lr:abc')
      .replace(/b:4/, 'b:3')
      .replace(/m:0/, 'm:1.5')
      .replace(/r:mean/, 'r:median')
      .replace(/sh:0/, 'sh:yes');
    const d = decodeLab(text);
    expect(d.settings).toEqual({ dropout: 0, speed: DEFAULT_SETTINGS.speed });
    expect(d.seed).toBe(3);
    expect(d.weights).toEqual(snapshot().weights);
    const tail = 'The lab keeps its default instead.';
    expect(d.notices).toEqual([
      `The link's lab field “lr:abc” was refused: the learning rate must be a decimal number from 0.000001 to 1e300. ${tail}`,
      `The link's lab field “b:3” was refused: the batch size must be 1, 2 or 4. ${tail}`,
      `The link's lab field “r:median” was refused: the reduction must be “mean” or “sum”. ${tail}`,
      `The link's lab field “m:1.5” was refused: the momentum μ must be a decimal number from 0 to 0.99. ${tail}`,
      `The link's lab field “sh:yes” was refused: shuffle must be 1 (on) or 0 (off). ${tail}`,
    ]);
  });

  it('reads numbers as decimals only: 0x10, 0b11, 0o7, Infinity, empty and non-ASCII digits are refused', () => {
    for (const bad of ['0x10', '0b11', '0o7', 'Infinity', '', '\u0661', ' 1']) {
      const d = decodeLab(`v1~s:${bad}`);
      expect(d.seed, bad).toBeUndefined();
      expect(d.notices).toHaveLength(1);
    }
    expect(decodeLab('v1~lr:1e+2~s:7').settings.learningRate).toBe(100);
    expect(decodeLab('v1~s:07').seed).toBe(7);
  });

  it('rejects weights of the wrong count, non-finite or beyond the limit, naming the entry', () => {
    const w = encodeLab(snapshot());
    const rule =
      'the weights must be 17 decimal numbers split by “,”, W1 row by row and then W2, each within ±1e6';
    expect(decodeLab(w.replace(/w:[^~]+/, 'w:1,2,3')).notices).toEqual([
      `The link's lab field “w:1,2,3” was refused: ${rule}, and it held 3. The lab keeps its default instead.`,
    ]);
    const seventeen = (x: string) => Array.from({ length: 17 }, (_, i) => (i === 5 ? x : '0')).join(',');
    const bad = decodeLab(w.replace(/w:[^~]+/, `w:${seventeen('Infinity')}`));
    expect(bad.weights).toBeUndefined();
    expect(bad.notices[0]).toMatch(
      /^The link.s lab field “w:0,0,0,0,0,Infinity,0,0,0,0,0,0,0,0,0,0…” \(42 characters\) was refused/,
    );
    expect(bad.notices[0]).toContain(`${rule}, and W1 row 2, column 3 was “Infinity”.`);
    expect(decodeLab(w.replace(/w:[^~]+/, `w:${seventeen('2e6')}`)).notices[0]).toContain(
      'and W1 row 2, column 3 was “2e6”.',
    );
    const v = decodeLab(`v1~v:${Array.from({ length: 17 }, (_, i) => (i === 16 ? '0x1' : '0')).join(',')}`);
    expect(v.notices[0]).toContain('the velocity must be 17 decimal numbers');
    expect(v.notices[0]).toContain('and W2 row 1, column 5 was “0x1”.');
  });

  it('names an unknown version or field, quoting it', () => {
    expect(decodeLab('v9~s:1').notices).toEqual([
      "The link's lab value starts with “v9”, and this page reads lab links that start with “v1”, so the lab ignored it and starts from its defaults.",
    ]);
    expect(decodeLab('v1~zz:1').notices).toEqual([
      "The link's lab field “zz:1” is not one the lab knows (its fields start with s:, e:, lr:, b:, r:, m:, p:, sh:, sp:, a:, l:, h:, d:, ds:, n:, pt:, w:, v:), so it was ignored.",
    ]);
    expect(decodeLab('v1~s:-4').notices[0]).toBe(
      "The link's lab field “s:-4” was refused: the seed must be a whole number from 0 to 4294967295. The lab keeps its default instead.",
    );
    expect(decodeLab('v1~e:1.5').notices[0]).toMatch(
      /“e:1.5” was refused: the epoch must be a whole number from 0 to 1e12/,
    );
  });

  it('reads a bounded amount: an overlong value or too many fields is one notice, not one per field', () => {
    const long = `v1${'~zz:1'.repeat(20_000)}`;
    expect(decodeLab(long)).toEqual({
      settings: {},
      notices: [
        "The link's lab value has 100,002 characters, and a lab link has at most 4,000, so the lab ignored it and starts from its defaults.",
      ],
    });
    const many = `v1${'~s:1'.repeat(30)}`;
    expect(many.length).toBeLessThan(MAX_LAB_CHARS);
    expect(decodeLab(many).notices).toEqual([
      "The link's lab value has 31 fields split by “~”, and a lab link has at most 24, so the lab ignored it and starts from its defaults.",
    ]);
  });

  it('fits every valid value within the bound', () => {
    const worst = -1.234567890123456e-300;
    const weights = [[0, 1, 2, 3].map(() => [worst, worst, worst]), [[worst, worst, worst, worst, worst]]];
    const text = encodeLab(
      snapshot({
        seed: 4294967295,
        epoch: 1e12,
        settings: { ...DEFAULT_SETTINGS, learningRate: 1.234567890123456e-6, momentum: 0.123456789012345 },
        weights,
        velocity: weights,
      }),
    );
    expect(text.length).toBeLessThan(MAX_LAB_CHARS);
    expect(decodeLab(text).notices).toEqual([]);
  });
});
