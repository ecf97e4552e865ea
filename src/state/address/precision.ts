import { formatDecimal } from './decimal';

/**
 * Short numbers for the address. `formatDecimal` already writes the shortest decimal that reads
 * back as the same double; but after a drag or an update the weights are arbitrary doubles that
 * need all 17 digits to round-trip exactly. The page shows four significant digits, so a link
 * only needs the digits that keep what the reader sees the same.
 */

/** `v` rounded to `p` significant digits (1 ≤ p ≤ 17), as a double. */
export const roundTo = (v: number, p: number): number =>
  v === 0 || !Number.isFinite(v) ? v : Number(v.toPrecision(p));

/** The shortest decimal text that parses back to exactly `v`: tries 1, 2, … 17 digits. */
export function shortestExact(v: number): string {
  for (let p = 1; p <= 17; p++) {
    if (Object.is(roundTo(v, p), v)) return formatDecimal(roundTo(v, p));
  }
  return formatDecimal(v);
}

/**
 * The fewest significant digits `p` (from `from` up to 17) such that the numbers rounded to `p`
 * digits give the same view (`same` compares what a reader would see), and those numbers. At 17
 * digits every double is exact, so there is always an answer.
 */
export function leastPrecision<T>(
  round: (p: number) => T,
  same: (candidate: T) => boolean,
  from = 4,
): { p: number; value: T } {
  for (let p = from; p < 17; p++) {
    const value = round(p);
    if (same(value)) return { p, value };
  }
  return { p: 17, value: round(17) };
}
