import type { ReadonlyMatrix } from '../../nn';
import type { LayerView } from '../../state/anyNetwork/selectors';
import { formatNumber } from '../../tex/format';
import { texColumn, texNumberMatrix } from '../../tex/matrix';

/**
 * TeX for section 8's live lines, in the page's notation: the layer is a subscript, as in W_1 and
 * W_2 of sections 1–7 (layers numbered 1 … L, out_0 = x), and W̄ is W without its bias column.
 * Each line is an `aligned` block: the formula, then the reader's numbers, then the result,
 * so a wide line grows downwards before it grows sideways.
 */

const texRow = (v: readonly number[]) => texNumberMatrix([v]);
const prev = (l: number) => (l === 1 ? 'x' : `out_{${l - 1}}`);
const aligned = (lhs: string, ...rhs: string[]) =>
  `\\begin{aligned} ${lhs} ${rhs.map((r) => `&= ${r}`).join(' \\\\ ')} \\end{aligned}`;

export const weightsTex = (v: LayerView) =>
  `W_{${v.l}} = ${texNumberMatrix(v.W)} \\quad {\\scriptstyle ${v.W.length}\\times${v.W[0].length}}`;

/** δ_L = 2(out_L − t) ⊙ σ'(net_L): where the backward pass starts. */
export const outputDeltaTex = (v: LayerView, t: readonly number[]) =>
  aligned(
    `\\delta_{${v.l}}`,
    `2\\,(out_{${v.l}} - t) \\odot \\sigma'(net_{${v.l}})`,
    `2\\left(${texColumn(v.out)} - ${texColumn(t)}\\right) \\odot ${texColumn(v.slope)}`,
    texColumn(v.delta),
  );

/** δ_l = diag(σ'(net_l)) W̄_{l+1}ᵀ δ_{l+1}: one step of the recursion, for a hidden layer. */
export function recursionTex(v: LayerView): string {
  if (!v.back) throw new Error(`layer ${v.l} is the output layer; it has no recursion step`);
  const next = v.l + 1;
  return aligned(
    `\\delta_{${v.l}}`,
    `\\operatorname{diag}\\big(\\sigma'(net_{${v.l}})\\big)\\,\\bar W_{${next}}^{\\top}\\,\\delta_{${next}}`,
    `\\operatorname{diag}${texColumn(v.slope)}\\,${texNumberMatrix(v.back.weightsT)}\\,${texColumn(v.back.deltaNext)}`,
    texColumn(v.delta),
  );
}

/** ∂E/∂W_l = δ_l (out_{l−1} ‖ 1)ᵀ: an outer product with the shape of W_l. */
export const gradientTex = (v: LayerView) =>
  aligned(
    `\\frac{\\partial E}{\\partial W_{${v.l}}}`,
    `\\delta_{${v.l}}\\,(${prev(v.l)} \\,\\|\\, 1)^{\\top}`,
    `${texColumn(v.delta)}\\,${texRow(v.inputWithOne)}`,
    texNumberMatrix(v.grad),
  );

/** Plain words for a matrix (a column: one entry per row): rows separated by semicolons, the page's number format. */
export const matrixWords = (m: ReadonlyMatrix) => m.map((r) => r.map(formatNumber).join(', ')).join('; ');
