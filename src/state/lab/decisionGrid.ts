import { contours } from 'd3-contour';
import { fastNet, type Model, type ReadonlyWeights } from '../../nn';

/**
 * The decision heatmap (section 9): the network's output over the input square, sampled on an
 * n x n grid slightly larger than [0, 1]² so the four XOR corners sit inside it.
 */
export const GRID_SIZE = 100;
export const INPUT_DOMAIN: readonly [number, number] = [-0.25, 1.25];

/** Cell centre i (0-based) of an n-cell axis over [lo, hi]. */
export const cellCentre = (i: number, n: number, [lo, hi]: readonly [number, number]) =>
  lo + ((i + 0.5) * (hi - lo)) / n;

/**
 * out(i1, i2) on the grid, row-major with row 0 at the TOP (largest i2), as a canvas draws it:
 * values[row * n + col], col ↦ i1, row ↦ i2 (the first output unit). Redrawn every frame while
 * training, so it runs the engine's flat pass with σ read from a table (within 1e-6 of the exact
 * value: invisible, and three times faster than Math.exp for tens of thousands of sigmoids a frame).
 */
export function outputGrid(
  weights: ReadonlyWeights,
  n = GRID_SIZE,
  domain = INPUT_DOMAIN,
  model?: Model,
): Float64Array {
  const net = fastNet(weights, model, { sigma: tableSigmoid });
  const values = new Float64Array(n * n);
  const x = new Float64Array(2);
  for (let row = 0; row < n; row++) {
    x[1] = cellCentre(n - 1 - row, n, domain);
    for (let col = 0; col < n; col++) {
      x[0] = cellCentre(col, n, domain);
      values[row * n + col] = net.output(x)[0];
    }
  }
  return values;
}

/** σ on [−SPAN, SPAN] in STEPS steps, linearly interpolated; beyond, σ is within 2e−9 of 0 or 1. */
const SPAN = 20;
const STEPS = 8192;
const TABLE = Float64Array.from(
  { length: STEPS + 1 },
  (_, k) => 1 / (1 + Math.exp(-(-SPAN + (2 * SPAN * k) / STEPS))),
);

export function tableSigmoid(z: number): number {
  if (!(z > -SPAN)) return TABLE[0]; // (a NaN lands here too: the map never shows one)
  if (z >= SPAN) return TABLE[STEPS];
  const t = ((z + SPAN) * STEPS) / (2 * SPAN);
  const k = t | 0;
  const f = t - k;
  return TABLE[k] + (TABLE[k + 1] - TABLE[k]) * f;
}

/** SVG path data for d3-contour's MultiPolygon, its grid units times `scale`. */
export function polygonPath(
  coordinates: readonly (readonly (readonly (readonly number[])[])[])[],
  scale = 1,
): string {
  let d = '';
  for (const polygon of coordinates) {
    for (const ring of polygon) {
      ring.forEach((p, k) => {
        d += `${k === 0 ? 'M' : 'L'}${round(p[0] * scale)},${round(p[1] * scale)}`;
      });
      d += 'Z';
    }
  }
  return d;
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The outline of where the network answers 1 (out ≥ 0.5), in the grid's units (0…n); empty when
 * it answers the same everywhere. Traced on every other cell (a quarter of the work, per frame
 * while training) and scaled back; the line is interpolated between samples, so it stays smooth.
 */
export function boundaryPath(values: Float64Array, n = GRID_SIZE): string {
  const m = Math.floor(n / 2);
  const half = new Float64Array(m * m);
  let above = false;
  let below = false;
  for (let r = 0; r < m; r++) {
    for (let c = 0; c < m; c++) {
      const v = values[2 * r * n + 2 * c];
      half[r * m + c] = v;
      if (v >= 0.5) above = true;
      else below = true;
    }
  }
  if (!above || !below) return '';
  // d3-contour only indexes `values`, so the typed array goes in as is (no copy per frame)
  const [level] = contours().size([m, m]).thresholds([0.5])(half as unknown as number[]);
  return level ? polygonPath(level.coordinates, n / m) : '';
}
