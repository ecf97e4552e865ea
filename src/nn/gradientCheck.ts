import { backwardUnchecked } from './backward';
import { forwardUnchecked, sampleError } from './forward';
import { cloneWeights } from './matrix';
import type { ReadonlyWeights } from './types';
import { describe, validateInput, validateTarget, validateWeights } from './validate';

export interface GradientCheckEntry {
  layer: number;
  row: number;
  col: number;
  /** ∂E/∂w from backward(). */
  analytic: number;
  /** (E(w + ε) − E(w − ε)) / 2ε, the central difference. */
  numeric: number;
  /** |analytic − numeric| / max(|analytic| + |numeric|, 1e-12); 0 when both are 0. */
  relativeError: number;
}

/**
 * Compares backward()'s gradient with central finite differences, one entry per parameter,
 * ordered by layer, then row, then column (the bias column last), i.e. the row-major order of
 * weights[0], then weights[1], ... For the 2x2 network: a, b, b_F, c, d, b_G, e, f, b_H, g, h, b_I.
 *
 * The relative error divides by |analytic| + |numeric| (floored at 1e-12 so two zeros give 0),
 * which lies in [0, 1]; values below ~1e-7 mean the two agree to the precision of the method.
 */
export function gradientCheck(
  weights: ReadonlyWeights,
  x: readonly number[],
  t: readonly number[],
  epsilon = 1e-5,
): GradientCheckEntry[] {
  const sizes = validateWeights(weights);
  validateInput(x, sizes);
  validateTarget(t, sizes);
  if (typeof epsilon !== 'number' || !Number.isFinite(epsilon) || epsilon <= 0) {
    throw new Error(`epsilon must be a finite positive number, got ${describe(epsilon)}`);
  }
  const { grad } = backwardUnchecked(weights, x, t);
  const w = cloneWeights(weights);
  const errorAt = (): number => {
    const { out } = forwardUnchecked(w, x);
    return sampleError(out[out.length - 1], t);
  };
  const entries: GradientCheckEntry[] = [];
  w.forEach((m, layer) => {
    m.forEach((r, row) => {
      r.forEach((original, col) => {
        r[col] = original + epsilon;
        const plus = errorAt();
        r[col] = original - epsilon;
        const minus = errorAt();
        r[col] = original;
        const analytic = grad[layer][row][col];
        const numeric = (plus - minus) / (2 * epsilon);
        const relativeError =
          Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), 1e-12);
        entries.push({ layer, row, col, analytic, numeric, relativeError });
      });
    });
  });
  return entries;
}
