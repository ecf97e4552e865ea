import { forward, sigmoid, type Weights } from '../nn';
import { type Env, isHalf, quantity } from './quantities2x2';
import { PARAM_BY_ID, type ParamId } from './twoByTwo';

/**
 * Slips that printed versions of this derivation make (DESIGN.md, errata), each set beside the
 * correct form and a central difference, so the reader's own numbers show which one is right.
 */
export interface Slip {
  id: SlipId;
  /** TeX of the derivative in question */
  lhs: string;
  /** `texHalf`: the form under Mazur's ½ in E, where it differs */
  wrong: { tex: string; texHalf?: string; value: (env: Env) => number };
  right: { tex: string; texHalf?: string; key: string };
  /** the quantity the central difference differentiates, and by what */
  check: { of: 'H' | 'I' | 'E'; by: ParamId };
  /** what the slip is, in a sentence */
  note: string;
}

export type SlipId = 'bG-uses-e' | 'bF-labelled-bH' | 'sigma-for-slope';

const out = (env: Env, l: number, i: number) => env.pass.out[l]?.[i] ?? Number.NaN;
const sp = (env: Env, l: number, i: number) => out(env, l, i) * (1 - out(env, l, i));
const w = (env: Env, id: ParamId) => {
  const p = PARAM_BY_ID[id];
  return env.weights[p.layer]?.[p.row]?.[p.col] ?? Number.NaN;
};

export const SLIPS: Record<SlipId, Slip> = {
  'bG-uses-e': {
    id: 'bG-uses-e',
    lhs: '\\frac{\\partial H}{\\partial \\beta_G}',
    wrong: {
      tex: "\\sigma'(net_H)\\,e\\,\\sigma'(net_G)",
      value: (env) => sp(env, 1, 0) * w(env, 'e') * sp(env, 0, 1),
    },
    right: { tex: "\\sigma'(net_H)\\,f\\,\\sigma'(net_G)", key: 'jac:H:bG' },
    check: { of: 'H', by: 'bG' },
    note: 'using e, the weight out of F, on a path that runs through G',
  },
  'bF-labelled-bH': {
    id: 'bF-labelled-bH',
    lhs: '\\frac{\\partial I}{\\partial \\beta_H}',
    wrong: {
      tex: "\\sigma'(net_I)\\,g\\,\\sigma'(net_F)",
      value: (env) => sp(env, 1, 1) * w(env, 'g') * sp(env, 0, 0),
    },
    right: { tex: '0', key: 'jac:I:bH' },
    check: { of: 'I', by: 'bH' },
    note: 'the expression is ∂I/∂β_F, filed under β_H; I never uses β_H, so ∂I/∂β_H is 0',
  },
  'sigma-for-slope': {
    id: 'sigma-for-slope',
    lhs: '\\frac{\\partial E}{\\partial e}',
    wrong: {
      tex: '2(H - t_1)\\,\\sigma(net_H)\\,F',
      texHalf: '(H - t_1)\\,\\sigma(net_H)\\,F',
      value: (env) =>
        (isHalf(env) ? 1 : 2) *
        (out(env, 1, 0) - (env.t[0] ?? 0)) *
        sigmoid(env.pass.net[1]?.[0] ?? 0) *
        out(env, 0, 0),
    },
    right: {
      tex: "2(H - t_1)\\,\\sigma'(net_H)\\,F",
      texHalf: "(H - t_1)\\,\\sigma'(net_H)\\,F",
      key: 'grad:e',
    },
    check: { of: 'E', by: 'e' },
    note: 'writing the activation σ where the chain rule needs its slope σ′',
  },
};

/** (f(θ + ε) − f(θ − ε)) / 2ε for f = H, I or E, by the engine's forward pass. */
export function centralDifference(env: Env, of: 'H' | 'I' | 'E', by: ParamId, eps = 1e-6): number {
  const p = PARAM_BY_ID[by];
  const f = (d: number) => {
    const weights: Weights = env.weights.map((m, l) =>
      m.map((r, i) => r.map((v, j) => (l === p.layer && i === p.row && j === p.col ? v + d : v))),
    );
    const o = forward(weights, env.x).out[1] ?? [];
    if (of === 'H') return o[0] ?? Number.NaN;
    if (of === 'I') return o[1] ?? Number.NaN;
    const sum = o.reduce((e, v, k) => e + (v - (env.t[k] ?? 0)) ** 2, 0);
    return isHalf(env) ? sum / 2 : sum;
  };
  return (f(eps) - f(-eps)) / (2 * eps);
}

export interface SlipValues {
  wrong: number;
  right: number;
  numeric: number;
}

const cache = new WeakMap<Env, Map<SlipId, SlipValues>>();
/** The three numbers of a slip for the current network, computed once per network change. */
export function slipValues(env: Env, id: SlipId): SlipValues {
  const byId = cache.get(env) ?? new Map<SlipId, SlipValues>();
  cache.set(env, byId);
  const hit = byId.get(id);
  if (hit) return hit;
  const slip = SLIPS[id];
  const values = {
    wrong: slip.wrong.value(env),
    right: quantity(slip.right.key).value(env),
    numeric: centralDifference(env, slip.check.of, slip.check.by),
  };
  byId.set(id, values);
  return values;
}
