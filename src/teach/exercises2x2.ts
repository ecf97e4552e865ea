import type { Env } from '../state/quantities2x2';
import { quantity, symbolicOf } from '../state/quantities2x2';
import { PARAM_BY_ID, type ParamId } from '../state/twoByTwo';
import { texNumber } from '../tex/format';
import type { Exercise } from './exercise';

/** The 2x2 exercises read the shared network and the stepper's learning rate η. */
export interface Ctx2x2 {
  env: Env;
  eta: number;
}

type Unit = 'F' | 'G' | 'H' | 'I';
const POS: Record<Unit, [number, number]> = { F: [0, 0], G: [0, 1], H: [1, 0], I: [1, 1] };

// The forward pass's numbers, from which every slip is worked out by its own formula.
const w = (c: Ctx2x2, id: ParamId) => {
  const p = PARAM_BY_ID[id];
  return c.env.weights[p.layer]?.[p.row]?.[p.col] ?? Number.NaN;
};
const out = (c: Ctx2x2, u: Unit) => c.env.pass.out[POS[u][0]]?.[POS[u][1]] ?? Number.NaN;
/** σ′(net_u) = u(1 − u) */
const sp = (c: Ctx2x2, u: Unit) => out(c, u) * (1 - out(c, u));
const x = (c: Ctx2x2, k: number) => c.env.x[k] ?? Number.NaN;
const t = (c: Ctx2x2, k: number) => c.env.t[k] ?? Number.NaN;
/** out − t for output H (k = 0) or I (k = 1) */
const miss = (c: Ctx2x2, k: 0 | 1) => out(c, k === 0 ? 'H' : 'I') - t(c, k);
/** a number subtracted from another: in parentheses when negative, so no "− −0.5" */
const signed = (v: number) => (v < 0 ? `(${texNumber(v)})` : texNumber(v));
const deltaOut = (c: Ctx2x2, k: 0 | 1) => 2 * miss(c, k) * sp(c, k === 0 ? 'H' : 'I');
/** The factor differentiating the error brings down: 2, or 1 under Mazur's ½ (section 5's switch) */
const errorFactor = (c: Ctx2x2) => (c.env.loss === 'half-squared' ? 1 : 2);

/** An exercise on one quantity of the table: its value and worked numbers come from there. */
function onQuantity(
  id: string,
  section: string,
  key: string,
  question: string,
  hint: string,
  slips: Exercise<Ctx2x2>['slips'],
): Exercise<Ctx2x2> {
  const q = quantity(key);
  return {
    id,
    store: '2x2',
    section,
    question,
    hint,
    answer: (c) => q.value(c.env),
    worked: (c) => `${q.tex} = ${symbolicOf(q, c.env)} = ${q.numeric(c.env)} = ${texNumber(q.value(c.env))}`,
    slips,
  };
}

export const EXERCISES_2X2: readonly Exercise<Ctx2x2>[] = [
  onQuantity(
    'net-F',
    'forward',
    'net:F',
    'Compute $net_F$ for the network as it is now: its weights are on the diagram, the inputs under Inputs, targets and display.',
    'Each weight into F times what it carries: a with i₁, b with i₂, and the bias b_F with the constant 1.',
    {
      'no-bias': (c) => w(c, 'a') * x(c, 0) + w(c, 'b') * x(c, 1),
      'e-for-f': (c) => w(c, 'c') * x(c, 0) + w(c, 'd') * x(c, 1) + w(c, 'bG'),
    },
  ),
  onQuantity(
    'out-H',
    'forward',
    'out:H',
    'Compute the output $H$ for the current network.',
    'First net_H = e F + f G + b_H, from the hidden activations; then squash it: H = σ(net_H) = 1/(1 + exp(−net_H)).',
    { 'no-squash': (c) => w(c, 'e') * out(c, 'F') + w(c, 'f') * out(c, 'G') + w(c, 'bH') },
  ),
  onQuantity(
    'jac-H-e',
    'output-derivatives',
    'jac:H:e',
    'Compute $\\partial H/\\partial e$ for the current network.',
    'The slope of H at its net input, σ′(net_H) = H(1 − H), times what e multiplies.',
    {
      'sigma-for-slope': (c) => out(c, 'H') * out(c, 'F'),
      'e-for-f': (c) => sp(c, 'H') * out(c, 'G'),
    },
  ),
  onQuantity(
    'jac-H-c',
    'hidden-derivatives',
    'jac:H:c',
    'Compute $\\partial H/\\partial c$: the weight c feeds G, and G reaches H.',
    'Follow the path c → net_G → G → net_H → H: one factor per link, σ′(net_H), the weight from G to H, σ′(net_G), and i₁.',
    {
      'e-for-f': (c) => sp(c, 'H') * w(c, 'e') * sp(c, 'G') * x(c, 0),
      'sigma-for-slope': (c) => out(c, 'H') * w(c, 'f') * out(c, 'G') * x(c, 0),
    },
  ),
  onQuantity(
    'error',
    'error',
    'E',
    'Compute the error $E$ of the current network, with its targets.',
    'Square each output’s miss from its target and add the two; a ½ in front only when the figure’s ½ switch is on.',
    { 'half-convention': (c) => 0.5 * (miss(c, 0) ** 2 + miss(c, 1) ** 2) },
  ),
  {
    ...onQuantity(
      'grad-e',
      'error',
      'grad:e',
      'Compute $\\partial E/\\partial e$ for the current network.',
      'e moves E only through H: ∂E/∂H = 2(H − t₁) (H − t₁ with the ½ switch on) times ∂H/∂e = σ′(net_H) F.',
      {
        'sigma-for-slope': (c) => 2 * miss(c, 0) * out(c, 'H') * out(c, 'F'),
        'forgot-2': (c) => miss(c, 0) * sp(c, 'H') * out(c, 'F'),
        'half-convention': (c) => 0.5 * 2 * miss(c, 0) * sp(c, 'H') * out(c, 'F'),
        'wrong-sign': (c) => 2 * (t(c, 0) - out(c, 'H')) * sp(c, 'H') * out(c, 'F'),
        'e-for-f': (c) => 2 * miss(c, 0) * sp(c, 'H') * out(c, 'G'),
      },
    ),
    // section 5 comes before δ has a name (section 6): the worked answer follows the chain rule
    // link by link, in the section's own terms, instead of the table's δ_H F
    worked: (c) => {
      const [H, F, t1] = [out(c, 'H'), out(c, 'F'), t(c, 0)];
      // with Mazur's ½ (section 5's switch) the 2 of the square's derivative cancels
      const half = c.env.loss === 'half-squared';
      const value = (half ? 1 : 2) * miss(c, 0) * sp(c, 'H') * F;
      const two = half ? '' : '2';
      return `\\frac{\\partial E}{\\partial e} = ${two}(H - t_1)\\,H(1 - H)\\,F = ${two}\\,(${texNumber(H)} - ${signed(t1)})\\cdot ${texNumber(H)}\\,(1 - ${texNumber(H)})\\cdot ${texNumber(F)} = ${texNumber(value)}`;
    },
  },
  onQuantity(
    'delta-H',
    'output-gradient',
    'delta:H',
    'Compute $\\delta_H = \\partial E/\\partial net_H$ for the current network.',
    'The error’s slope with respect to H, 2(H − t₁), times H’s own slope σ′(net_H) = H(1 − H).',
    {
      'sigma-for-slope': (c) => 2 * miss(c, 0) * out(c, 'H'),
      'forgot-2': (c) => miss(c, 0) * sp(c, 'H'),
      'half-convention': (c) => 0.5 * 2 * miss(c, 0) * sp(c, 'H'),
      'wrong-sign': (c) => 2 * (t(c, 0) - out(c, 'H')) * sp(c, 'H'),
    },
  ),
  onQuantity(
    'grad-g',
    'output-gradient',
    'grad:g',
    'Compute $\\partial E/\\partial g$, the entry of $\\partial E/\\partial W_2$ in row 2, column 1.',
    'Row 2 belongs to I, column 1 to F: δ_I times F.',
    {
      'e-for-f': (c) => deltaOut(c, 1) * out(c, 'G'),
      'sigma-for-slope': (c) => 2 * miss(c, 1) * out(c, 'I') * out(c, 'F'),
      'forgot-2': (c) => miss(c, 1) * sp(c, 'I') * out(c, 'F'),
      'half-convention': (c) => 0.5 * deltaOut(c, 1) * out(c, 'F'),
      'wrong-sign': (c) => -deltaOut(c, 1) * out(c, 'F'),
    },
  ),
  onQuantity(
    'delta-F',
    'hidden-gradient',
    'delta:F',
    'Compute $\\delta_F$ for the current network, from $\\delta_H$ and $\\delta_I$.',
    'F sends to H through e and to I through g: collect e δ_H + g δ_I, then multiply by F’s slope σ′(net_F) = F(1 − F).',
    {
      'e-for-f': (c) => sp(c, 'F') * (w(c, 'f') * deltaOut(c, 0) + w(c, 'h') * deltaOut(c, 1)),
      'sigma-for-slope': (c) => out(c, 'F') * (w(c, 'e') * deltaOut(c, 0) + w(c, 'g') * deltaOut(c, 1)),
      'forgot-2': (c) =>
        sp(c, 'F') * (w(c, 'e') * miss(c, 0) * sp(c, 'H') + w(c, 'g') * miss(c, 1) * sp(c, 'I')),
      'half-convention': (c) => 0.5 * sp(c, 'F') * (w(c, 'e') * deltaOut(c, 0) + w(c, 'g') * deltaOut(c, 1)),
      'wrong-sign': (c) => -sp(c, 'F') * (w(c, 'e') * deltaOut(c, 0) + w(c, 'g') * deltaOut(c, 1)),
    },
  ),
  onQuantity(
    'grad-c',
    'hidden-gradient',
    'grad:c',
    'Compute $\\partial E/\\partial c$, the entry of $\\partial E/\\partial W_1$ in row 2, column 1.',
    'Row 2 belongs to G, column 1 to i₁: δ_G times i₁, with δ_G = σ′(net_G)(f δ_H + h δ_I).',
    {
      'e-for-f': (c) => sp(c, 'G') * (w(c, 'e') * deltaOut(c, 0) + w(c, 'g') * deltaOut(c, 1)) * x(c, 0),
      'sigma-for-slope': (c) =>
        out(c, 'G') * (w(c, 'f') * deltaOut(c, 0) + w(c, 'h') * deltaOut(c, 1)) * x(c, 0),
      'forgot-2': (c) =>
        sp(c, 'G') * (w(c, 'f') * miss(c, 0) * sp(c, 'H') + w(c, 'h') * miss(c, 1) * sp(c, 'I')) * x(c, 0),
      'half-convention': (c) =>
        0.5 * sp(c, 'G') * (w(c, 'f') * deltaOut(c, 0) + w(c, 'h') * deltaOut(c, 1)) * x(c, 0),
      'wrong-sign': (c) => -sp(c, 'G') * (w(c, 'f') * deltaOut(c, 0) + w(c, 'h') * deltaOut(c, 1)) * x(c, 0),
    },
  ),
  {
    id: 'update-e',
    store: '2x2',
    section: 'hidden-gradient',
    question:
      'What is $e$ after one update $e \\leftarrow e - \\eta\\,\\partial E/\\partial e$, with the learning rate $\\eta$ the figure’s update uses?',
    hint: 'Take the current e, and subtract η times ∂E/∂e: a positive gradient makes e smaller.',
    answer: (c) => w(c, 'e') - c.eta * quantity('grad:e').value(c.env),
    worked: (c) => {
      const g = quantity('grad:e').value(c.env);
      const next = w(c, 'e') - c.eta * g;
      return `e - \\eta\\,\\frac{\\partial E}{\\partial e} = ${texNumber(w(c, 'e'))} - (${texNumber(c.eta)})(${texNumber(g)}) = ${texNumber(next)}`;
    },
    slips: {
      'wrong-sign': (c) => w(c, 'e') + c.eta * 2 * miss(c, 0) * sp(c, 'H') * out(c, 'F'),
      'half-convention': (c) => w(c, 'e') - c.eta * miss(c, 0) * sp(c, 'H') * out(c, 'F'),
    },
  },
  {
    id: 'adjoint-F',
    store: '2x2',
    section: 'autodiff',
    question:
      'In the graph, the box $F$ feeds $e\\,F$ and $g\\,F$, whose adjoints are $\\delta_H$ and $\\delta_I$. Compute $\\bar F = \\partial E/\\partial F$.',
    hint: 'Each box F feeds passes back its adjoint times its local slope with respect to F: e for e F, g for g F. Add the two.',
    answer: (c) =>
      w(c, 'e') * quantity('delta:H').value(c.env) + w(c, 'g') * quantity('delta:I').value(c.env),
    worked: (c) => {
      const dH = quantity('delta:H').value(c.env);
      const dI = quantity('delta:I').value(c.env);
      return `\\bar F = \\overline{eF}\\,e + \\overline{gF}\\,g = (${texNumber(dH)})(${texNumber(w(c, 'e'))}) + (${texNumber(dI)})(${texNumber(w(c, 'g'))}) = ${texNumber(w(c, 'e') * dH + w(c, 'g') * dI)}`;
    },
    slips: {
      // worked out from the forward pass, with the error's own factor (2, or 1 under Mazur's ½)
      'one-path': (c) => w(c, 'e') * errorFactor(c) * miss(c, 0) * sp(c, 'H'),
      'e-for-f': (c) =>
        errorFactor(c) * (w(c, 'f') * miss(c, 0) * sp(c, 'H') + w(c, 'h') * miss(c, 1) * sp(c, 'I')),
    },
  },
];
