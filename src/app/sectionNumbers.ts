/**
 * Each section's number as the page prints it: the numbered sections count 1, 2, … in reading
 * order and an unnumbered one (the opening) has none, so "section 7" in the prose stays section 7.
 */
export function sectionNumbers(
  list: readonly { meta: { unnumbered?: boolean } }[],
): readonly (number | null)[] {
  let n = 0;
  return list.map((s) => (s.meta.unnumbered ? null : ++n));
}
