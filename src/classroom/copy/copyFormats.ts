import { formatNumber } from '../../tex/format';

export { plainTex } from '../../tex/plainTex';

/**
 * What a live matrix or formula puts on the clipboard: its TeX without the page's markup, and a
 * matrix's numbers as CSV or as aligned plain text, rows by rows. Pure, so it is tested alone.
 */

/** One matrix of an equation: its name and its cells as shown ('' for a value not yet computed). */
export interface NamedGrid {
  label: string;
  rows: readonly (readonly string[])[];
}

/** A number as a copy gives it: the page's four significant digits, with an ASCII minus. */
export const copyNumber = (v: number): string => formatNumber(v).replace(/\u2212/g, '-');

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Comma-separated rows, one line a row. An equation of several matrices gives each one after a
 * line with its name, with an empty line between them.
 */
export function toCsv(grids: readonly NamedGrid[]): string {
  const one = (g: NamedGrid) => g.rows.map((r) => r.map(csvCell).join(',')).join('\n');
  if (grids.length === 1) return one(grids[0] as NamedGrid);
  return grids.map((g) => `${csvCell(g.label)}\n${one(g)}`).join('\n\n');
}

/** Aligned columns (numbers right-aligned, two spaces apart), one line a row. */
export function toPlainText(grids: readonly NamedGrid[]): string {
  const one = (g: NamedGrid) => {
    const widths: number[] = [];
    for (const r of g.rows)
      r.forEach((c, j) => {
        widths[j] = Math.max(widths[j] ?? 0, [...c].length);
      });
    return g.rows
      .map((r) =>
        r
          .map((c, j) => c.padStart(widths[j] ?? 0))
          .join('  ')
          .trimEnd(),
      )
      .join('\n');
  };
  if (grids.length === 1) return one(grids[0] as NamedGrid);
  return grids.map((g) => `${g.label}\n${one(g)}`).join('\n\n');
}
