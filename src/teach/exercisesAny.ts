import type { AnyPass } from '../state/anyNetwork/selectors';
import { texNumber } from '../tex/format';
import type { Exercise } from './exercise';

/** Section 8's exercises read its own network: the reader's shape and seed. */
export interface CtxAny {
  pass: AnyPass;
}

const last = (c: CtxAny) => c.pass.layers[c.pass.layers.length - 1];
const outL = (c: CtxAny) => last(c)?.out[0] ?? Number.NaN;
const t1 = (c: CtxAny) => c.pass.t[0] ?? Number.NaN;
const L = (c: CtxAny) => c.pass.layers.length;
/** out^{L−1}_1, what W^L_{11} multiplies (out^0 = x when L = 1) */
const below = (c: CtxAny) => last(c)?.inputWithOne[0] ?? Number.NaN;

export const EXERCISES_ANY: readonly Exercise<CtxAny>[] = [
  {
    id: 'any-delta-out',
    store: 'any',
    section: 'any-network',
    question:
      'For the network you picked, compute $\\delta^L_1$, the delta of the first output unit, from its activation $out^L_1$ and its target $t_1$.',
    hint: 'At the output, δ = 2(out − t) σ′(net), and σ′(net) = out(1 − out).',
    answer: (c) => last(c)?.delta[0] ?? Number.NaN,
    worked: (c) => {
      const o = outL(c);
      return `\\delta^{${L(c)}}_1 = 2(out^{${L(c)}}_1 - t_1)\\,out^{${L(c)}}_1(1 - out^{${L(c)}}_1) = 2(${texNumber(o)} - ${texNumber(t1(c))})(${texNumber(o)})(1 - ${texNumber(o)}) = ${texNumber(last(c)?.delta[0] ?? Number.NaN)}`;
    },
    slips: {
      'sigma-for-slope': (c) => 2 * (outL(c) - t1(c)) * outL(c),
      'forgot-2': (c) => (outL(c) - t1(c)) * outL(c) * (1 - outL(c)),
      'half-convention': (c) => 0.5 * 2 * (outL(c) - t1(c)) * outL(c) * (1 - outL(c)),
      'wrong-sign': (c) => 2 * (t1(c) - outL(c)) * outL(c) * (1 - outL(c)),
    },
  },
  {
    id: 'any-grad-out',
    store: 'any',
    section: 'any-network',
    question:
      'Now the gradient entry $\\partial E/\\partial W^L_{11}$: the weight from the first unit of layer $L-1$ to the first output.',
    hint: 'An entry of δ^L (out^{L−1} ‖ 1)ᵀ: row 1 gives δ^L_1, column 1 gives out^{L−1}_1.',
    answer: (c) => last(c)?.grad[0]?.[0] ?? Number.NaN,
    worked: (c) =>
      `\\frac{\\partial E}{\\partial W^{${L(c)}}_{11}} = \\delta^{${L(c)}}_1\\,out^{${L(c) - 1}}_1 = (${texNumber(last(c)?.delta[0] ?? Number.NaN)})(${texNumber(below(c))}) = ${texNumber(last(c)?.grad[0]?.[0] ?? Number.NaN)}`,
    slips: {
      'sigma-for-slope': (c) => 2 * (outL(c) - t1(c)) * outL(c) * below(c),
      'forgot-2': (c) => (outL(c) - t1(c)) * outL(c) * (1 - outL(c)) * below(c),
      'half-convention': (c) => (outL(c) - t1(c)) * outL(c) * (1 - outL(c)) * below(c),
      'wrong-sign': (c) => 2 * (t1(c) - outL(c)) * outL(c) * (1 - outL(c)) * below(c),
    },
  },
];
