import type { Sample } from '../nn';
import type { LabNetwork } from '../state/lab/advance';
import type { LabSettings } from '../state/lab/labConfig';
import type { SetPass } from '../state/lab/labSelectors';
import { texNumber } from '../tex/format';
import type { Exercise } from './exercise';

/** Sections 9–10 read the lab: the set's pass, its weights, velocity and settings. */
export interface CtxLab {
  pass: SetPass;
  net: LabNetwork;
  settings: LabSettings;
  /** the set the lab trains on */
  data: readonly Sample[];
}

/** The output unit's bias, W2[1, h+1] (W2[1,5] in the 2-4-1 network): layer 1, row 0, its last column. */
const biasCol = (c: CtxLab) => (c.net.weights[1]?.[0]?.length ?? 5) - 1;
const outs = (c: CtxLab) => c.pass.out[1]?.[0] ?? [];
const targets = (c: CtxLab) => c.data.map((s) => s.t[0] ?? Number.NaN);
const n = (c: CtxLab) => c.data.length;
/** Σ_j 2(out_j − t_j)·slope(out_j)·sign, with the slope σ′ = out(1 − out) or a slip's stand-in */
const sumOver = (c: CtxLab, slope: (o: number) => number, two = 2, sign = 1) => {
  const t = targets(c);
  return outs(c).reduce((acc, o, j) => acc + two * sign * (o - (t[j] ?? 0)) * slope(o), 0);
};
const prime = (o: number) => o * (1 - o);
/** the reduction's divisor: 1/N for the mean, 1 for the sum */
const per = (c: CtxLab) => (c.settings.reduction === 'mean' ? 1 / Math.max(1, n(c)) : 1);
const grad = (c: CtxLab) => c.pass.gradient.grad[1]?.[0]?.[biasCol(c)] ?? Number.NaN;
const bias = (c: CtxLab) => c.net.weights[1]?.[0]?.[biasCol(c)] ?? Number.NaN;
const velocity = (c: CtxLab) => c.net.velocity[1]?.[0]?.[biasCol(c)] ?? 0;
/** One sample's output delta for the current loss, as the worked answer writes it. */
function deltaTex(c: CtxLab, o: number, t: number): string {
  const d = `(${texNumber(o)} - ${texNumber(t)})`;
  if (c.settings.loss === 'cross-entropy') return d;
  const slope = `(${texNumber(o)})(1 - ${texNumber(o)})`;
  return c.settings.loss === 'half-squared' ? `${d}${slope}` : `2${d}${slope}`;
}

export const EXERCISES_LAB: readonly Exercise<CtxLab>[] = [
  {
    id: 'lab-grad-bias',
    store: 'lab',
    section: 'xor',
    question:
      'Pause training, then compute the gradient of the output unit’s bias ($W_2[1,5]$ in the 2-4-1 network, the last entry of $W_2$ at any width), combined over the samples as the lab does (the mean, unless you switched the reduction to sum).',
    hint: 'Each sample j contributes its output delta (with squared error 2(out_j − t_j) out_j(1 − out_j)) times the constant 1; average them (or add them, with the sum).',
    answer: grad,
    worked: (c) => {
      const t = targets(c);
      const all = outs(c).map((o, j) => deltaTex(c, o, t[j] ?? 0));
      // a long set is written by its first terms
      const terms = all.length > 4 ? `${all.slice(0, 3).join(' + ')} + \\cdots` : all.join(' + ');
      const pre = c.settings.reduction === 'mean' ? `\\tfrac1{${n(c)}}\\big(` : '\\big(';
      return `\\frac{\\partial E}{\\partial W_2[1,${biasCol(c) + 1}]} = ${pre}${terms}\\big) = ${texNumber(grad(c))}`;
    },
    slips: {
      'sum-for-mean': (c) =>
        sumOver(c, prime) * (c.settings.reduction === 'mean' ? 1 : 1 / Math.max(1, n(c))),
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
