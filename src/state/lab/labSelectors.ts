import { type BatchGradient, batchGradient, forwardBatch, type Matrix, type Weights } from '../../nn';
import { boundaryPath, GRID_SIZE, outputGrid } from './decisionGrid';
import { LAB_DATA, LAB_INPUTS, type Reduction } from './labConfig';
import { type LabParam, paramById } from './labParams';
import type { LabState } from './labStore';
import { type Domain, type Landscape, landscapeDomain, lossSurface } from './landscape';

/**
 * Everything the lab's figures show that is not stored: derived from (weights, settings) by the
 * engine, once per change, and shared by every component that asks. Each cache holds the last
 * inputs, so a frame of training computes each quantity once however many figures show it.
 */
function memoOne<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  let last: { args: A; value: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => Object.is(a, args[i]))) {
      return last.value;
    }
    const value = f(...args);
    last = { args, value };
    return value;
  };
}

export interface SetPass {
  /** X: the inputs as columns, with a row of ones (3x4) */
  X: Matrix;
  /** NET[l] = W[l] · (previous OUT with a row of ones): units x 4 */
  net: Matrix[];
  /** OUT[l] = σ(NET[l]) */
  out: Matrix[];
  /** the set's error, its per-sample errors, and ∂E/∂W averaged (or summed) over the set */
  gradient: BatchGradient;
}

/** The vectorised forward pass over all four samples and the set's gradient (section 9). */
function computeSetPass(weights: Weights, reduction: Reduction): SetPass {
  const { X, net, out } = forwardBatch(weights, LAB_INPUTS);
  return { X, net, out, gradient: batchGradient(weights, LAB_DATA, reduction) };
}
// Two caches: one for the live state, one for the text displays' (textNet), so the two never evict each other.
const setPass = memoOne(computeSetPass);
const textSetPass = memoOne(computeSetPass);

export const selectSetPass = (s: LabState) => setPass(s.net.weights, s.settings.reduction);
/** The same for the text-heavy displays: refreshed a few times a second while training plays. */
export const selectTextSetPass = (s: LabState) => textSetPass(s.textNet.weights, s.settings.reduction);
export const selectTextGrad = (s: LabState) => selectTextSetPass(s).gradient.grad;
export const selectTextError = (s: LabState) => selectTextSetPass(s).gradient.error;
export const selectTextWeights = (s: LabState) => s.textNet.weights;
export const selectTextVelocity = (s: LabState) => s.textNet.velocity;
export const selectError = (s: LabState) => selectSetPass(s).gradient.error;
export const selectGrad = (s: LabState) => selectSetPass(s).gradient.grad;
export const selectPerSample = (s: LabState) => selectSetPass(s).gradient.perSample;
/** the output unit's activation for each sample: OUT's last row */
export const selectOutputs = (s: LabState) => selectSetPass(s).out[s.net.weights.length - 1][0];

/** The hidden and output activations of the selected sample: column `selected` of OUT[l]. */
const column = (pass: SetPass, j: number) => pass.out.map((o) => o.map((row) => row[j]));
const sampleActivations = memoOne(column);
const textSampleActivations = memoOne(column);
export const selectSampleActivations = (s: LabState) => sampleActivations(selectSetPass(s), s.selected);
/** The same, for the numbers written under the nodes (a few refreshes a second while playing). */
export const selectTextSampleActivations = (s: LabState) =>
  textSampleActivations(selectTextSetPass(s), s.selected);
/** The table's outputs and per-sample errors, for text (see textNet). */
export const selectTextOutputs = (s: LabState) => selectTextSetPass(s).out[s.textNet.weights.length - 1][0];
export const selectTextPerSample = (s: LabState) => selectTextSetPass(s).gradient.perSample;

export interface DecisionMap {
  n: number;
  values: Float64Array;
  /** out = 0.5, in grid units */
  boundary: string;
}

const decisionMap = memoOne((weights: Weights): DecisionMap => {
  const values = outputGrid(weights, GRID_SIZE);
  return { n: GRID_SIZE, values, boundary: boundaryPath(values, GRID_SIZE) };
});
/** The decision map follows mapNet (at most ~30 redraws a second while playing). */
export const selectDecisionMap = (s: LabState) => decisionMap(s.mapNet.weights);

export const selectAxisParams = (s: LabState): readonly [LabParam, LabParam] =>
  axisParams(s.axes[0], s.axes[1]);
const axisParams = memoOne((a: string, b: string) => [paramById(a), paramById(b)] as [LabParam, LabParam]);

/** The landscape's axes: around the current point and the path, unless the caller holds them (while dragging). */
const domains = memoOne(
  (a: LabParam, b: LabParam, va: number, vb: number, path: LabState['net']['path']) =>
    [landscapeDomain(a, va, path), landscapeDomain(b, vb, path)] as const,
);

const surface = memoOne(
  (
    weights: Weights,
    a: LabParam,
    b: LabParam,
    da0: number,
    da1: number,
    db0: number,
    db1: number,
    r: Reduction,
  ) => lossSurface(weights, a, b, [da0, da1], [db0, db1], r),
);

/** The surface follows textNet (it costs a few milliseconds); the point, arrow and path follow net. */
export function selectLandscape(s: LabState, held?: readonly [Domain, Domain] | null): Landscape {
  const [a, b] = selectAxisParams(s);
  const w = held ? s.net.weights : s.textNet.weights;
  const [da, db] = held ?? domains(a, b, w[a.layer][a.row][a.col], w[b.layer][b.row][b.col], s.textNet.path);
  return surface(w, a, b, da[0], da[1], db[0], db[1], s.settings.reduction);
}

/** Where the run is in the landscape: the two weights now, their gradient, and the path so far. */
export const selectLandscapePoint = (s: LabState) => {
  const [a, b] = selectAxisParams(s);
  const w = s.net.weights;
  const g = selectGrad(s);
  return landscapePoint(
    w[a.layer][a.row][a.col],
    w[b.layer][b.row][b.col],
    g[a.layer][a.row][a.col],
    g[b.layer][b.row][b.col],
  );
};
const landscapePoint = memoOne((a: number, b: number, ga: number, gb: number) => ({ a, b, ga, gb }));

export const selectPathXY = (s: LabState) => {
  const [a, b] = selectAxisParams(s);
  return pathXY(s.net.path, a.flat, b.flat);
};
const pathXY = memoOne((path: LabState['net']['path'], ia: number, ib: number) =>
  path.map((w) => [w[ia], w[ib]] as const),
);

export const selectEpoch = (s: LabState) => s.net.epoch;
export const selectDivergence = (s: LabState) => s.net.divergence;
/** The last training pass's dropout mask, a few times a second while playing: a new random mask
 * every frame would only flicker, and the reader could not take any of them in. */
export const selectMask = (s: LabState) => s.textNet.mask;

/** Inverted dropout scales the kept units by 1/(1−p), so a unit's expected output is unchanged. */
export const selectKeepScale = (s: LabState) => 1 / (1 - s.settings.dropout);
/** Updates per epoch: the set of 4 split into batches of B. */
export const selectUpdatesPerEpoch = (s: LabState) => Math.ceil(LAB_DATA.length / s.settings.batchSize);
