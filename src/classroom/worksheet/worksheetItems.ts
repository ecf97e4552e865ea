import { type Env, quantity } from '../../state/quantities2x2';
import { plainTex } from '../../tex/plainTex';

/**
 * What a worksheet asks, in the order of one step of backpropagation: the forward pass, the
 * error, the deltas and the two gradient matrices. Each question is a quantity of the 2x2 table
 * (src/state/quantities2x2.ts), so its formula and its answer are the ones the page shows.
 */
export interface SheetQuestion {
  key: string;
  /** the symbol, TeX */
  symbol: string;
  /** the formula to use, TeX */
  formula: string;
  /** the formula with this network's numbers, TeX (for the key) */
  worked: (env: Env) => string;
  value: (env: Env) => number;
}

export interface SheetPart {
  title: string;
  /** what to do, in words */
  intro: string;
  questions: SheetQuestion[];
  /** a gradient matrix: its questions fill a grid of rows × columns, with these labels */
  grid?: { tex: string; formula: string; rows: [string, string]; cols: [string, string, string] };
}

const ask = (key: string): SheetQuestion => {
  const q = quantity(key);
  // a gradient's symbolic form starts with δ times its input: that product is the formula to use
  const formula = plainTex(q.symbolic).split(' = ')[0] ?? '';
  return { key, symbol: q.tex, formula, worked: q.numeric, value: q.value };
};

export const SHEET_PARTS: readonly SheetPart[] = [
  {
    title: 'The forward pass',
    intro:
      'Each net input is the weighted sum of what the layer receives, bias included; each activation squashes it with σ(z) = 1/(1 + e^(−z)).',
    questions: ['net:F', 'net:G', 'out:F', 'out:G', 'net:H', 'net:I', 'out:H', 'out:I'].map(ask),
  },
  {
    title: 'The error',
    intro: 'Square each output’s miss from its target and add them, with no ½ in front.',
    questions: [ask('E')],
  },
  {
    title: 'The output deltas',
    intro:
      'δ = ∂E/∂net for each output unit: the error’s slope 2(out − t) times the unit’s slope σ′(net) = out(1 − out).',
    questions: ['delta:H', 'delta:I'].map(ask),
  },
  {
    title: 'The hidden deltas',
    intro:
      'Send the output deltas back through the weights they came through, then multiply by the hidden unit’s own slope.',
    questions: ['delta:F', 'delta:G'].map(ask),
  },
  {
    title: 'The output layer’s gradient',
    intro: 'Each entry is the delta of its row’s unit times what its column sends (the bias column sends 1).',
    questions: ['grad:e', 'grad:f', 'grad:bH', 'grad:g', 'grad:h', 'grad:bI'].map(ask),
    grid: {
      tex: '\\frac{\\partial E}{\\partial W_2}',
      formula:
        '\\frac{\\partial E}{\\partial W_2} = \\begin{pmatrix} \\delta_H \\\\ \\delta_I \\end{pmatrix} (F\\;\\; G\\;\\; 1)',
      rows: ['H', 'I'],
      cols: ['F', 'G', '1'],
    },
  },
  {
    title: 'The hidden layer’s gradient',
    intro: 'The same rule one layer down: the hidden deltas times the input with its 1.',
    questions: ['grad:a', 'grad:b', 'grad:bF', 'grad:c', 'grad:d', 'grad:bG'].map(ask),
    grid: {
      tex: '\\frac{\\partial E}{\\partial W_1}',
      formula:
        '\\frac{\\partial E}{\\partial W_1} = \\begin{pmatrix} \\delta_F \\\\ \\delta_G \\end{pmatrix} (i_1\\;\\; i_2\\;\\; 1)',
      rows: ['F', 'G'],
      cols: ['i₁', 'i₂', '1'],
    },
  },
];
