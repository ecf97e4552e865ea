/**
 * Numbers as a link or a file spells them: plain decimal only. `Number()` would also take
 * `0x10`, `0b11`, `0o7`, `Infinity`, `''` (as 0) and surrounding blanks; a shared link should
 * mean one thing to every reader, so this parser refuses them all.
 */

/** An optional sign, digits with at most one point, an optional exponent; ASCII digits only. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The finite number `text` spells in decimal, or null (malformed, or beyond a double's range). */
export function parseDecimal(text: string): number | null {
  if (!DECIMAL.test(text)) return null;
  const v = Number(text);
  return Number.isFinite(v) ? v : null;
}

/**
 * The shortest decimal text that reads back as the same double (−0 included), without the `+`
 * of `1e+21`: a form-decoded query reads `+` as a space.
 */
export const formatDecimal = (v: number): string => (Object.is(v, -0) ? '-0' : String(v).replace('e+', 'e'));

/** A limit as the messages state it: `1e6` rather than `1000000`, `0.000001` as it is. */
export const limitText = (v: number): string =>
  Math.abs(v) >= 1e6 && Number.isInteger(Math.log10(Math.abs(v)))
    ? `${v < 0 ? '-' : ''}1e${Math.log10(Math.abs(v))}`
    : formatDecimal(v);
