import { texNumber } from './format';

/** A TeX matrix from rows of TeX cells: `pmatrix` by default, as in the derivation. */
export function texMatrix(
  rows: readonly (readonly string[])[],
  env: 'pmatrix' | 'bmatrix' = 'pmatrix',
): string {
  return `\\begin{${env}}${rows.map((r) => r.join(' & ')).join(' \\\\ ')}\\end{${env}}`;
}

/** A numeric matrix typeset with the page's number format. */
export function texNumberMatrix(
  m: readonly (readonly number[])[],
  env: 'pmatrix' | 'bmatrix' = 'pmatrix',
): string {
  return texMatrix(
    m.map((r) => r.map(texNumber)),
    env,
  );
}

/** A column vector. */
export const texColumn = (v: readonly number[]) => texNumberMatrix(v.map((x) => [x]));

/**
 * Mark a TeX term so the page can find it: KaTeX turns \htmlData into a span with a data
 * attribute (allowed by katex.ts's `trust`). `data-q` names the quantity (a parameter id, a node,
 * a delta), shared with the diagram. Lighting it is a class the Tex component toggles on that
 * span (`lit` prop), so a hover never re-typesets a formula.
 */
export function texTerm(tex: string, quantity: string): string {
  return `\\htmlData{q=${quantity}}{${tex}}`;
}
