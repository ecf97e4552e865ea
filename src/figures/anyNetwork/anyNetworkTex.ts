import type { ReadonlyMatrix } from '../../nn';
import type { LayerView } from '../../state/anyNetwork/selectors';
import { formatNumber } from '../../tex/format';
import { texColumn, texNumberMatrix } from '../../tex/matrix';

/**
 * TeX for section 8's live lines, in the derivation's notation (layers numbered 1 … L, out^0 = x).
 * Each line is an `aligned` block: the formula, then the reader's numbers, then the result,
 * so a wide line grows downwards before it grows sideways.
 */

const texRow = (v: readonly number[]) => texNumberMatrix([v]);
const prev = (l: number) => (l === 1 ? 'x' : `out^{${l - 1}}`);
const aligned = (lhs: string, ...rhs: string[]) =>
  `\\begin{aligned} ${lhs} ${rhs.map((r) => `&= ${r}`).join(' \\\\ ')} \\end{aligned}`;

export const weightsTex = (v: LayerView) =>
  `W^{${v.l}} = ${texNumberMatrix(v.W)} \\quad {\\scriptstyle ${v.W.length}\\times${v.W[0].length}}`;

/** δ^L = 2(out^L − t) ⊙ σ'(net^L): where the backward pass starts. */
export const outputDeltaTex = (v: LayerView, t: readonly number[]) =>
  aligned(
    `\\delta^{${v.l}}`,
    `2\\,(out^{${v.l}} - t) \\odot \\sigma'(net^{${v.l}})`,
    `2\\left(${texColumn(v.out)} - ${texColumn(t)}\\right) \\odot ${texColumn(v.slope)}`,
    texColumn(v.delta),
  );

/** δ^l = diag(σ'(net^l)) (W^{l+1}[:, :−1])ᵀ δ^{l+1}: one step of the recursion, for a hidden layer. */
export function recursionTex(v: LayerView): string {
  if (!v.back) throw new Error(`layer ${v.l} is the output layer; it has no recursion step`);
  const next = v.l + 1;
  return aligned(
    `\\delta^{${v.l}}`,
    `\\operatorname{diag}\\big(\\sigma'(net^{${v.l}})\\big)\\,\\big(W^{${next}}[:, :\\!-1]\\big)^{\\top}\\,\\delta^{${next}}`,
    `\\operatorname{diag}${texColumn(v.slope)}\\,${texNumberMatrix(v.back.weightsT)}\\,${texColumn(v.back.deltaNext)}`,
    texColumn(v.delta),
  );
}

/** ∂E/∂W^l = δ^l (out^{l−1} ‖ 1)ᵀ: an outer product with the shape of W^l. */
export const gradientTex = (v: LayerView) =>
  aligned(
    `\\frac{\\partial E}{\\partial W^{${v.l}}}`,
    `\\delta^{${v.l}}\\,(${prev(v.l)} \\,\\|\\, 1)^{\\top}`,
    `${texColumn(v.delta)}\\,${texRow(v.inputWithOne)}`,
    texNumberMatrix(v.grad),
  );

/** Plain words for a matrix (a column: one entry per row): rows separated by semicolons, the page's number format. */
export const matrixWords = (m: ReadonlyMatrix) => m.map((r) => r.map(formatNumber).join(', ')).join('; ');
