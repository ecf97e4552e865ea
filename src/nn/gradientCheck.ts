import { backpropagateFlat, sampleErrorFlat } from './backward';
import { flatNetFor } from './forward';
import type { Model } from './model';
import type { ReadonlyWeights } from './types';
import { describe, validateInput, validateTarget } from './validate';

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
  model?: Model,
): GradientCheckEntry[] {
  const fn = flatNetFor(weights, model);
  const sizes = Array.from(fn.sizes);
  validateInput(x, sizes);
  validateTarget(t, sizes);
  if (typeof epsilon !== 'number' || !Number.isFinite(epsilon) || epsilon <= 0) {
    throw new Error(`epsilon must be a finite positive number, got ${describe(epsilon)}`);
  }
  sampleErrorFlat(fn, x, t); // leaves the output delta in fn.delta
  const { grad } = backpropagateFlat(fn);
  const w = fn.w;
  const entries: GradientCheckEntry[] = [];
  let p = 0;
  grad.forEach((m, layer) => {
    m.forEach((r, row) => {
      r.forEach((analytic, col) => {
        const original = w[p];
        w[p] = original + epsilon;
        const plus = sampleErrorFlat(fn, x, t);
        w[p] = original - epsilon;
        const minus = sampleErrorFlat(fn, x, t);
        w[p] = original;
        p++;
        const numeric = (plus - minus) / (2 * epsilon);
        const relativeError =
          Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), 1e-12);
        entries.push({ layer, row, col, analytic, numeric, relativeError });
      });
    });
  });
  return entries;
}
