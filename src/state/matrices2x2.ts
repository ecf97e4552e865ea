import { type Env, quantity } from './quantities2x2';
import { PARAM_BY_ID, type ParamId } from './twoByTwo';

/**
 * The matrices the derivation names, cell by cell. A cell is a quantity (its key), a parameter
 * (its id, read from the weights) or a constant (the 0s of a diagonal matrix, the appended 1).
 */
export type Cell = { key: string } | { param: ParamId } | { constant: number };

export interface MatrixSpec {
  /** TeX for the left-hand side, without "=" */
  lhs: string;
  /** the left-hand side under Mazur's ½ in E, where it differs */
  lhsHalf?: string;
  /** words for screen readers */
  label: string;
  cells: readonly (readonly Cell[])[];
}

const k = (key: string): Cell => ({ key });
const p = (param: ParamId): Cell => ({ param });
const c = (constant: number): Cell => ({ constant });

export const MATRICES = {
  W1: {
    lhs: 'W_1',
    label: "W1, the hidden layer's weights",
    cells: [
      [p('a'), p('b'), p('bF')],
      [p('c'), p('d'), p('bG')],
    ],
  },
  W2: {
    lhs: 'W_2',
    label: "W2, the output layer's weights",
    cells: [
      [p('e'), p('f'), p('bH')],
      [p('g'), p('h'), p('bI')],
    ],
  },
  input1: {
    lhs: '\\begin{pmatrix} i_1 \\\\ i_2 \\\\ 1 \\end{pmatrix}',
    label: 'the input with its appended 1',
    cells: [[k('in:i1')], [k('in:i2')], [c(1)]],
  },
  netHidden: { lhs: 'net_{hidden}', label: 'the hidden net inputs', cells: [[k('net:F')], [k('net:G')]] },
  outHidden: {
    lhs: '\\begin{pmatrix} F \\\\ G \\end{pmatrix}',
    label: 'the hidden activations',
    cells: [[k('out:F')], [k('out:G')]],
  },
  netOut: { lhs: 'net_{out}', label: 'the output net inputs', cells: [[k('net:H')], [k('net:I')]] },
  outOut: {
    lhs: '\\begin{pmatrix} H \\\\ I \\end{pmatrix}',
    label: 'the outputs',
    cells: [[k('out:H')], [k('out:I')]],
  },
  hiddenCol: {
    lhs: '\\begin{pmatrix} F \\\\ G \\\\ 1 \\end{pmatrix}',
    label: 'the hidden layer with its appended 1',
    cells: [[k('out:F')], [k('out:G')], [c(1)]],
  },
  hiddenRow: {
    lhs: '(F\\;\\; G\\;\\; 1)',
    label: 'the hidden layer with its 1, as a row',
    cells: [[k('out:F'), k('out:G'), c(1)]],
  },
  inputRow: {
    lhs: '(i_1\\;\\; i_2\\;\\; 1)',
    label: 'the input with its 1, as a row',
    cells: [[k('in:i1'), k('in:i2'), c(1)]],
  },
  slopeOut: {
    lhs: "\\sigma'(net_{out})",
    label: 'the output slopes',
    cells: [[k('slope:H')], [k('slope:I')]],
  },
  slopeOutDiag: {
    lhs: "\\operatorname{diag}(\\sigma'(net_{out}))",
    label: 'the output slopes on a diagonal',
    cells: [
      [k('slope:H'), c(0)],
      [c(0), k('slope:I')],
    ],
  },
  slopeHiddenDiag: {
    lhs: "\\operatorname{diag}(\\sigma'(net_{hidden}))",
    label: 'the hidden slopes on a diagonal',
    cells: [
      [k('slope:F'), c(0)],
      [c(0), k('slope:G')],
    ],
  },
  jacOut: {
    lhs: '\\begin{pmatrix} \\frac{\\partial H}{\\partial e} & \\frac{\\partial H}{\\partial f} & \\frac{\\partial H}{\\partial \\beta_H} \\\\ \\frac{\\partial I}{\\partial g} & \\frac{\\partial I}{\\partial h} & \\frac{\\partial I}{\\partial \\beta_I} \\end{pmatrix}',
    label: 'the non-zero entries of the output Jacobian',
    cells: [
      [k('jac:H:e'), k('jac:H:f'), k('jac:H:bH')],
      [k('jac:I:g'), k('jac:I:h'), k('jac:I:bI')],
    ],
  },
  jacHiddenH: {
    lhs: '\\frac{\\partial H}{\\partial (a,\\, b,\\, \\beta_F,\\, c,\\, d,\\, \\beta_G)}',
    label: 'how H moves with the hidden weights',
    cells: [['a', 'b', 'bF', 'c', 'd', 'bG'].map((id) => k(`jac:H:${id}`))],
  },
  jacHiddenI: {
    lhs: '\\frac{\\partial I}{\\partial (a,\\, b,\\, \\beta_F,\\, c,\\, d,\\, \\beta_G)}',
    label: 'how I moves with the hidden weights',
    cells: [['a', 'b', 'bF', 'c', 'd', 'bG'].map((id) => k(`jac:I:${id}`))],
  },
  targets: { lhs: 't', label: 'the targets', cells: [[k('target:t1')], [k('target:t2')]] },
  errSlope: {
    lhs: '2(out - t)',
    lhsHalf: '(out - t)',
    label: 'the error’s slope per output',
    cells: [[k('dE:H')], [k('dE:I')]],
  },
  deltaOut: {
    lhs: '\\delta_{out}',
    label: 'the output deltas (the bracket)',
    cells: [[k('delta:H')], [k('delta:I')]],
  },
  deltaHidden: {
    lhs: '\\delta_{hidden}',
    label: 'the hidden deltas',
    cells: [[k('delta:F')], [k('delta:G')]],
  },
  W2noBias: {
    lhs: '\\bar W_2',
    label: 'W̄2, W2 without its bias column',
    cells: [
      [p('e'), p('f')],
      [p('g'), p('h')],
    ],
  },
  W2noBiasT: {
    lhs: '\\bar W_2^{\\top}',
    label: 'W̄2 transposed: W2 without its bias column, rows and columns swapped',
    cells: [
      [p('e'), p('g')],
      [p('f'), p('h')],
    ],
  },
  gradW2: {
    lhs: '\\frac{\\partial E}{\\partial W_2}',
    label: 'the gradient of E with respect to W2',
    cells: [
      [k('grad:e'), k('grad:f'), k('grad:bH')],
      [k('grad:g'), k('grad:h'), k('grad:bI')],
    ],
  },
  gradW1: {
    lhs: '\\frac{\\partial E}{\\partial W_1}',
    label: 'the gradient of E with respect to W1',
    cells: [
      [k('grad:a'), k('grad:b'), k('grad:bF')],
      [k('grad:c'), k('grad:d'), k('grad:bG')],
    ],
  },
} satisfies Record<string, MatrixSpec>;

export type MatrixName = keyof typeof MATRICES;

/** A cell's number for the current network. */
export function cellValue(cell: Cell, env: Env): number {
  if ('constant' in cell) return cell.constant;
  if ('param' in cell) {
    const q = PARAM_BY_ID[cell.param];
    return env.weights[q.layer]?.[q.row]?.[q.col] ?? Number.NaN;
  }
  return quantity(cell.key).value(env);
}

/**
 * TeX written between matrices in the content, for the error E is measured with: a factor 2
 * before a bracket (`= 2\\Big(`) is the one differentiating (out − t)² brings down, which
 * Mazur's ½ cancels.
 */
export function termTex(term: string, half: boolean): string {
  return half ? term.replace(/(^|[=\s])2\s*(\\[Bb]ig)?\(/g, '$1$2(') : term;
}

/** The key a cell is linked by: a quantity key or a parameter id; constants have none. */
export const cellKey = (cell: Cell): string | undefined =>
  'key' in cell ? cell.key : 'param' in cell ? cell.param : undefined;
