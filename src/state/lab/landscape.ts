import { contours } from 'd3-contour';
import { scaleLinear } from 'd3-scale';
import { type Loss, type ReadonlyWeights, type Sample, XOR } from '../../nn';
import { cellCentre, polygonPath } from './decisionGrid';
import { type HiddenActivation, type Reduction, WEIGHT_LIMIT } from './labConfig';
import type { LabParam } from './labParams';
import { twoWeightLoss } from './twoWeightLoss';
import type { WeightPath } from './weightPath';

/**
 * The loss landscape (section 10): the set's error E as a function of two chosen weights, every
 * other weight held at its current value, sampled on an n x n grid and cut into filled contour
 * bands. Row 0 is the TOP of the plot (the largest value of weight b).
 */
export const LANDSCAPE_SIZE = 40;
export const LANDSCAPE_LEVELS = 12;
/** A large set's surface on a coarser grid (30 x 30): each cell costs a pass over every sample. */
export const LARGE_SET = 64;
export const landscapeSize = (samples: number) => (samples > LARGE_SET ? 30 : LANDSCAPE_SIZE);

export type Domain = readonly [number, number];

export interface Landscape {
  n: number;
  domainA: Domain;
  domainB: Domain;
  /** E on the grid, values[row * n + col], col ↦ weight a, row ↦ weight b (top = largest) */
  values: Float64Array;
  min: number;
  max: number;
  /** filled bands, lowest threshold first: each covers where E ≥ its threshold (grid units) */
  bands: { threshold: number; path: string }[];
}

export function lossSurface(
  weights: ReadonlyWeights,
  a: LabParam,
  b: LabParam,
  domainA: Domain,
  domainB: Domain,
  reduction: Reduction,
  n = LANDSCAPE_SIZE,
  data: readonly Sample[] = XOR,
  activation: HiddenActivation = 'sigmoid',
  loss: Loss = 'squared',
): Landscape {
  const error = twoWeightLoss(weights, a, b, data, activation, loss, reduction);
  const values = new Float64Array(n * n);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let row = 0; row < n; row++) {
    const vb = cellCentre(n - 1 - row, n, domainB);
    for (let col = 0; col < n; col++) {
      // an empty (drawn) set has no error to show: a flat 0, never NaN
      const e = data.length ? error(cellCentre(col, n, domainA), vb) : 0;
      values[row * n + col] = e;
      if (e < min) min = e;
      if (e > max) max = e;
    }
  }
  // Levels crowd towards the minimum (quadratic spacing), where training ends up.
  const thresholds: number[] = [];
  for (let k = 1; k < LANDSCAPE_LEVELS; k++) thresholds.push(min + (max - min) * (k / LANDSCAPE_LEVELS) ** 2);
  const bands =
    max > min ? contours().size([n, n]).thresholds(thresholds)(values as unknown as number[]) : [];
  return {
    n,
    domainA,
    domainB,
    values,
    min,
    max,
    bands: bands.map((c) => ({ threshold: c.value, path: polygonPath(c.coordinates) })),
  };
}

/**
 * An axis for weight p that holds its current value and the whole path training took, with some
 * room around them, rounded to nice numbers so it changes rarely while training runs.
 */
export function landscapeDomain(p: LabParam, current: number, path: WeightPath): Domain {
  let lo = current;
  let hi = current;
  for (const w of path) {
    const v = w[p.flat] ?? current;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const pad = Math.max(1.5, (hi - lo) * 0.15);
  const [nlo, nhi] = scaleLinear()
    .domain([Math.max(-WEIGHT_LIMIT, lo - pad), Math.min(WEIGHT_LIMIT, hi + pad)])
    .nice(6)
    .domain();
  return [nlo as number, nhi as number];
}
