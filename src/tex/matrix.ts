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
 * Mark a TeX term so the page can light it and find it: KaTeX turns \htmlClass and
 * \htmlData into a span with that class and data attribute (allowed by katex.ts's `trust`).
 * `data-q` names the quantity (a parameter id, a node, a delta), shared with the diagram.
 */
export function texTerm(tex: string, quantity: string, lit = false): string {
  const inner = `\\htmlData{q=${quantity}}{${tex}}`;
  return lit ? `\\htmlClass{tex-lit}{${inner}}` : inner;
}
