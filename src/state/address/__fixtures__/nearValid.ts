import fc from 'fast-check';

/**
 * Texts near a valid encoding, for property tests of the parsers: a valid text with a few
 * edits (a character inserted, deleted or replaced, a stretch repeated or cut), the edits drawn
 * from the characters that matter to the parsers (separators, signs, exponents, escapes,
 * look-alike digits) as well as any character at all.
 */
const TRICKY = [...'0123456789.,;~:=&%+-eExXbBoO _'];
const LOOKALIKES = [
  '\u0661',
  '\uff11',
  '\u00b7',
  '\u2212',
  '%zz',
  '%',
  '%E0%A4',
  'Infinity',
  'NaN',
  '0x10',
  '1e400',
];

const piece = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.constantFrom(...LOOKALIKES),
  fc.string({ maxLength: 3 }),
);

type Edit = (text: string) => string;

const at = (text: string, f: number) => Math.floor(f * (text.length + 1));

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), piece).map(([f, p]) => (t: string) => {
    const i = at(t, f);
    return t.slice(0, i) + p + t.slice(i);
  }),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 8 }))
    .map(([f, n]) => (t: string) => {
      const i = at(t, f);
      return t.slice(0, i) + t.slice(i + n);
    }),
  fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), piece).map(([f, p]) => (t: string) => {
    const i = at(t, f);
    return t.slice(0, i) + p + t.slice(i + 1);
  }),
  fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 30 }))
    .map(([f, n]) => (t: string) => {
      const i = at(t, f);
      return t.slice(0, i) + t.slice(i, i + n).repeat(2) + t.slice(i + n);
    }),
);

/** `valid` with one to four edits. */
export const nearValid = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(valid, fc.array(edit, { minLength: 1, maxLength: 4 }))
    .map(([text, edits]) => edits.reduce((t, e) => e(t), text));

/** Either any text at all, or a near-valid one: what a hand-edited or truncated link holds. */
export const anyOrNearValid = (valid: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 60 }), nearValid(valid));
