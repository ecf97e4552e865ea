import { gradientCheck, type Weights } from '../nn';
import { GRADIENT_TOLERANCE, gradientsAgree, scaledDifference } from './gradientAgreement';
import type { NetworkInputs2x2 } from './selectors';
import { DEFAULT_LOSS_2X2, type Loss2x2, PARAMS, type ParamInfo } from './twoByTwo';

/** One row of the 2x2 gradient check: a parameter, ∂E/∂θ from backward() and its numeric estimate. */
export interface GradientCheckRow {
  param: ParamInfo;
  analytic: number;
  /** (E(θ + ε) − E(θ − ε)) / 2ε */
  numeric: number;
  /** |analytic − numeric| / max(1, |analytic|, |numeric|), see gradientAgreement.ts */
  scaled: number;
  agrees: boolean;
}

export interface GradientCheck2x2 {
  rows: GradientCheckRow[];
  maxScaled: number;
  epsilon: number;
  tolerance: number;
  /** every row within the tolerance: the backward pass matches the numeric estimate */
  agrees: boolean;
}

/** ε for the central difference: small enough for a truncation error ~ε², large enough to avoid cancellation. */
export const GRADIENT_CHECK_EPSILON = 1e-5;

let cache: { weights: Weights; x: number[]; t: number[]; loss: Loss2x2; value: GradientCheck2x2 } | null =
  null;

/**
 * src/nn's gradientCheck for the shared 2x2 network, recomputed once per change of (weights,
 * x, t). The engine lists entries in (layer, row, col) order, which is PARAMS' order a … b_I.
 */
export function selectGradientCheck(s: NetworkInputs2x2): GradientCheck2x2 {
  const loss = s.loss2x2 ?? DEFAULT_LOSS_2X2;
  if (cache && cache.weights === s.weights && cache.x === s.x && cache.t === s.t && cache.loss === loss)
    return cache.value;
  const entries = gradientCheck(s.weights, s.x, s.t, GRADIENT_CHECK_EPSILON, { loss });
  const rows = PARAMS.map((param): GradientCheckRow => {
    const e = entries.find((q) => q.layer === param.layer && q.row === param.row && q.col === param.col);
    if (!e) throw new Error(`the gradient check has no entry for ${param.label}`);
    return {
      param,
      analytic: e.analytic,
      numeric: e.numeric,
      scaled: scaledDifference(e.analytic, e.numeric),
      agrees: gradientsAgree(e.analytic, e.numeric),
    };
  });
  const value = {
    rows,
    maxScaled: Math.max(...rows.map((r) => r.scaled)),
    epsilon: GRADIENT_CHECK_EPSILON,
    tolerance: GRADIENT_TOLERANCE,
    agrees: rows.every((r) => r.agrees),
  };
  cache = { weights: s.weights, x: s.x, t: s.t, loss, value };
  return value;
}
