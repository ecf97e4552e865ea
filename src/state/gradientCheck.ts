import { gradientCheck, type Weights } from '../nn';
import type { AppState } from './store';
import { PARAMS, type ParamInfo } from './twoByTwo';

/** One row of the 2x2 gradient check: a parameter, ∂E/∂θ from backward() and its numeric estimate. */
export interface GradientCheckRow {
  param: ParamInfo;
  analytic: number;
  /** (E(θ + ε) − E(θ − ε)) / 2ε */
  numeric: number;
  /** |analytic − numeric| / (|analytic| + |numeric|) */
  relativeError: number;
}

export interface GradientCheck2x2 {
  rows: GradientCheckRow[];
  maxRelativeError: number;
  epsilon: number;
  /** every relative error below AGREEMENT: the backward pass matches the numeric estimate */
  agrees: boolean;
}

/** ε for the central difference: small enough for a truncation error ~ε², large enough to avoid cancellation. */
export const GRADIENT_CHECK_EPSILON = 1e-5;

/**
 * With ε = 1e-5 a correct gradient agrees to ~1e-9 or better at ordinary weights; a wrong
 * formula (σ for σ', e for f) is off by 1e-2 or more. 1e-6 separates the two with room to spare.
 */
export const AGREEMENT = 1e-6;

let cache: { weights: Weights; x: number[]; t: number[]; value: GradientCheck2x2 } | null = null;

/**
 * src/nn's gradientCheck for the shared 2x2 network, recomputed once per change of (weights,
 * x, t). The engine lists entries in (layer, row, col) order, which is PARAMS' order a … b_I.
 */
export function selectGradientCheck(s: Pick<AppState, 'weights' | 'x' | 't'>): GradientCheck2x2 {
  if (cache && cache.weights === s.weights && cache.x === s.x && cache.t === s.t) return cache.value;
  const entries = gradientCheck(s.weights, s.x, s.t, GRADIENT_CHECK_EPSILON);
  const rows = PARAMS.map((param): GradientCheckRow => {
    const e = entries.find((q) => q.layer === param.layer && q.row === param.row && q.col === param.col);
    if (!e) throw new Error(`the gradient check has no entry for ${param.label}`);
    return { param, analytic: e.analytic, numeric: e.numeric, relativeError: e.relativeError };
  });
  const maxRelativeError = Math.max(...rows.map((r) => r.relativeError));
  const value = {
    rows,
    maxRelativeError,
    epsilon: GRADIENT_CHECK_EPSILON,
    agrees: maxRelativeError < AGREEMENT,
  };
  cache = { weights: s.weights, x: s.x, t: s.t, value };
  return value;
}
