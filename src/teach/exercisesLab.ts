import type { LabNetwork } from '../state/lab/advance';
import { LAB_DATA, type LabSettings } from '../state/lab/labConfig';
import type { SetPass } from '../state/lab/labSelectors';
import { texNumber } from '../tex/format';
import type { Exercise } from './exercise';

/** Sections 9–10 read the lab: the set's pass, its weights, velocity and settings. */
export interface CtxLab {
  pass: SetPass;
  net: LabNetwork;
  settings: LabSettings;
}

/** W2[1,5], the output unit's bias: layer 1, row 0, column 4 */
const B = [1, 0, 4] as const;
const outs = (c: CtxLab) => c.pass.out[1]?.[0] ?? [];
const targets = LAB_DATA.map((s) => s.t[0] ?? Number.NaN);
const n = LAB_DATA.length;
/** Σ_j 2(out_j − t_j)·slope(out_j)·sign, with the slope σ′ = out(1 − out) or a slip's stand-in */
const sumOver = (c: CtxLab, slope: (o: number) => number, two = 2, sign = 1) =>
  outs(c).reduce((acc, o, j) => acc + two * sign * (o - (targets[j] ?? 0)) * slope(o), 0);
const prime = (o: number) => o * (1 - o);
/** the reduction's divisor: 1/4 for the mean, 1 for the sum */
const per = (c: CtxLab) => (c.settings.reduction === 'mean' ? 1 / n : 1);
const grad = (c: CtxLab) => c.pass.gradient.grad[B[0]]?.[B[1]]?.[B[2]] ?? Number.NaN;
const bias = (c: CtxLab) => c.net.weights[B[0]]?.[B[1]]?.[B[2]] ?? Number.NaN;
const velocity = (c: CtxLab) => c.net.velocity[B[0]]?.[B[1]]?.[B[2]] ?? 0;

export const EXERCISES_LAB: readonly Exercise<CtxLab>[] = [
  {
    id: 'lab-grad-bias',
    store: 'lab',
    section: 'xor',
    question:
      'Pause training, then compute $\\partial E/\\partial W_2[1,5]$, the gradient of the output unit’s bias, combined over the four samples as the lab does (the mean, unless you switched the reduction to sum).',
    hint: 'Each sample j contributes its output delta 2(out_j − t_j) out_j(1 − out_j) times the constant 1; average the four (or add them, with the sum).',
    answer: grad,
    worked: (c) => {
      const terms = outs(c)
        .map(
          (o, j) =>
            `2(${texNumber(o)} - ${texNumber(targets[j] ?? 0)})(${texNumber(o)})(1 - ${texNumber(o)})`,
        )
        .join(' + ');
      const pre = c.settings.reduction === 'mean' ? '\\tfrac14\\big(' : '\\big(';
      return `\\frac{\\partial E}{\\partial W_2[1,5]} = ${pre}${terms}\\big) = ${texNumber(grad(c))}`;
    },
    slips: {
      'sum-for-mean': (c) => sumOver(c, prime) * (c.settings.reduction === 'mean' ? 1 : 1 / n),
      'sigma-for-slope': (c) => per(c) * sumOver(c, (o) => o),
      'forgot-2': (c) => per(c) * sumOver(c, prime, 1),
      'half-convention': (c) => per(c) * sumOver(c, prime, 1),
      'wrong-sign': (c) => per(c) * sumOver(c, prime, 2, -1),
    },
  },
  {
    id: 'lab-momentum-step',
    store: 'lab',
    section: 'tricks',
    question:
      'With the current momentum $\\mu$ and velocity, what would the output bias $W_2[1,5]$ be after one full-batch step $V \\leftarrow \\mu V - \\eta\\,\\partial E/\\partial W$, $W \\leftarrow W + V$?',
    hint: 'Five numbers for this one weight: w, its velocity v (shown with the velocity matrices when μ > 0; μv is 0 when μ = 0), μ, η and its gradient ∂E/∂w; then w + μv − η ∂E/∂w.',
    answer: (c) => bias(c) + c.settings.momentum * velocity(c) - c.settings.learningRate * grad(c),
    worked: (c) => {
      const { momentum: mu, learningRate: eta } = c.settings;
      const next = bias(c) + mu * velocity(c) - eta * grad(c);
      return `w + \\mu v - \\eta\\,\\frac{\\partial E}{\\partial w} = ${texNumber(bias(c))} + (${texNumber(mu)})(${texNumber(velocity(c))}) - (${texNumber(eta)})(${texNumber(grad(c))}) = ${texNumber(next)}`;
    },
    slips: {
      'no-momentum': (c) => bias(c) - c.settings.learningRate * grad(c),
      'wrong-sign': (c) => bias(c) + c.settings.momentum * velocity(c) + c.settings.learningRate * grad(c),
      'half-convention': (c) =>
        bias(c) +
        c.settings.momentum * velocity(c) -
        c.settings.learningRate * 0.5 * per(c) * sumOver(c, prime),
    },
  },
];
