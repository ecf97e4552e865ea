import type { Activation, Loss, ReadonlyMatrix } from '../../nn';
import type { LayerView } from '../../state/anyNetwork/selectors';
import { formatNumber, texNumber } from '../../tex/format';
import { texColumn, texNumberMatrix } from '../../tex/matrix';

/**
 * TeX for section 8's live lines, in the page's notation: the layer is a subscript, as in W_1 and
 * W_2 of sections 1–7 (layers numbered 1 … L, out_0 = x), and W̄ is W without its bias column.
 * Each line is an `aligned` block: the formula, then the reader's numbers, then the result,
 * so a wide line grows downwards before it grows sideways. The result stays last: the browser
 * tests read it there.
 */

const texRow = (v: readonly number[]) => texNumberMatrix([v]);
const prev = (l: number) => (l === 1 ? 'x' : `out_{${l - 1}}`);
const aligned = (lhs: string, ...rhs: string[]) =>
  `\\begin{aligned} ${lhs} ${rhs.map((r) => `&= ${r}`).join(' \\\\ ')} \\end{aligned}`;

export const weightsTex = (v: LayerView) =>
  `W_{${v.l}} = ${texNumberMatrix(v.W)} \\quad {\\scriptstyle ${v.W.length}\\times${v.W[0].length}}`;

/**
 * f′(net_l) for an activation that acts on each entry: σ′ = σ(1 − σ), 1 − tanh², the ReLU
 * indicator [net > 0]; null for linear (its slope is 1) and softmax (a whole Jacobian).
 */
export function slopeTex(activation: Activation, l: number): string | null {
  switch (activation) {
    case 'sigmoid':
      return `\\sigma'(net_{${l}})`;
    case 'tanh':
      return `1 - \\tanh^2(net_{${l}})`;
    case 'relu':
      return `[\\,net_{${l}} > 0\\,]`;
    default:
      return null;
  }
}

/** ∂E/∂out_L for the squared losses: 2(out − t), or (out − t) with the ½. */
const errorSlope = (loss: Loss, l: number) => `${loss === 'squared' ? '2\\,' : ''}(out_{${l}} - t)`;
const errorSlopeNumbers = (loss: Loss, out: readonly number[], t: readonly number[]) =>
  `${loss === 'squared' ? '2' : ''}\\left(${texColumn(out)} - ${texColumn(t)}\\right)`;

/**
 * δ_L, where the backward pass starts: ∂E/∂out_L times the output's slope. Squared error
 * gives 2(out_L − t) ⊙ f′(net_L) (no 2 with the ½), softmax multiplies by its Jacobian
 * diag(out) − out outᵀ instead, and cross-entropy's slope cancels f′: out_L − t (softmax:
 * out_L Σt − t, the same when the targets add up to 1).
 */
export function outputDeltaTex(v: LayerView, t: readonly number[], loss: Loss): string {
  const l = v.l;
  const result = texColumn(v.delta);
  if (loss === 'cross-entropy') {
    if (v.activation === 'softmax') {
      const sum = t.reduce((a, b) => a + b, 0);
      return aligned(
        `\\delta_{${l}}`,
        `out_{${l}} \\textstyle\\sum_k t_k - t`,
        `${texColumn(v.out)}\\,(${texNumber(sum)}) - ${texColumn(t)}`,
        result,
      );
    }
    return aligned(`\\delta_{${l}}`, `out_{${l}} - t`, `${texColumn(v.out)} - ${texColumn(t)}`, result);
  }
  if (v.jacobian) {
    return aligned(
      `\\delta_{${l}}`,
      `\\big(\\operatorname{diag}(out_{${l}}) - out_{${l}}\\,out_{${l}}^{\\top}\\big)\\,${errorSlope(loss, l)}`,
      `${texNumberMatrix(v.jacobian)}\\,${errorSlopeNumbers(loss, v.out, t)}`,
      result,
    );
  }
  const slope = slopeTex(v.activation, l);
  if (slope === null || v.slope === null) {
    return aligned(`\\delta_{${l}}`, errorSlope(loss, l), errorSlopeNumbers(loss, v.out, t), result);
  }
  return aligned(
    `\\delta_{${l}}`,
    `${errorSlope(loss, l)} \\odot ${slope.startsWith('1 -') ? `\\big(${slope}\\big)` : slope}`,
    `${errorSlopeNumbers(loss, v.out, t)} \\odot ${texColumn(v.slope)}`,
    result,
  );
}

/** δ_l = diag(f′(net_l)) W̄_{l+1}ᵀ δ_{l+1}: one step of the recursion, for a hidden layer. */
export function recursionTex(v: LayerView): string {
  if (!v.back) throw new Error(`layer ${v.l} is the output layer; it has no recursion step`);
  const next = v.l + 1;
  const slope = slopeTex(v.activation, v.l);
  const product = `\\bar W_{${next}}^{\\top}\\,\\delta_{${next}}`;
  const numbers = `${texNumberMatrix(v.back.weightsT)}\\,${texColumn(v.back.deltaNext)}`;
  if (slope === null || v.slope === null) {
    // linear: f′ = 1, so diag(f′) is the identity and drops out
    return aligned(`\\delta_{${v.l}}`, product, numbers, texColumn(v.delta));
  }
  return aligned(
    `\\delta_{${v.l}}`,
    `\\operatorname{diag}\\big(${slope}\\big)\\,${product}`,
    `\\operatorname{diag}${texColumn(v.slope)}\\,${numbers}`,
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

/** The error as the figure states it, for the chosen loss and output. */
export function errorTex(loss: Loss, output: Activation, L: number): string {
  const o = `(out_{${L}})_k`;
  if (loss === 'squared') return `E = \\textstyle\\sum_k \\big(${o} - t_k\\big)^2`;
  if (loss === 'half-squared') return `E = \\tfrac12 \\textstyle\\sum_k \\big(${o} - t_k\\big)^2`;
  if (output === 'softmax') return `E = -\\textstyle\\sum_k t_k \\ln ${o}`;
  return `E = -\\textstyle\\sum_k \\big(t_k \\ln ${o} + (1 - t_k) \\ln(1 - ${o})\\big)`;
}

/** Plain words for a matrix (a column: one entry per row): rows separated by semicolons, the page's number format. */
export const matrixWords = (m: ReadonlyMatrix) => m.map((r) => r.map(formatNumber).join(', ')).join('; ');
