import type { Loss } from '../../nn';
import {
  type BatchGradient,
  batchGradient,
  forwardBatch,
  type Matrix,
  type Sample,
  type Weights,
  zerosLike,
} from '../../nn';
import { memoOne } from '../memoOne';
import { samplesOf } from './datasets';
import { boundaryPath, GRID_SIZE, outputGrid } from './decisionGrid';
import { type HiddenActivation, labModel, type Reduction, widthOf } from './labConfig';
import { type LabParam, paramById } from './labParams';
import type { LabState } from './labStore';
import { type Domain, type Landscape, landscapeDomain, landscapeSize, lossSurface } from './landscape';

/*
 * Everything the lab's figures show that is not stored: derived from (weights, settings) by the
 * engine, once per change, and shared by every component that asks. Each cache (memoOne) holds
 * the last inputs, so a frame of training computes each quantity once however many figures show it.
 */

export interface SetPass {
  /** X: the inputs as columns, with a row of ones (3 x N) */
  X: Matrix;
  /** NET[l] = W[l] · (previous OUT with a row of ones): units x N */
  net: Matrix[];
  /** OUT[l] = f(NET[l]) */
  out: Matrix[];
  /** the set's error, its per-sample errors, and ∂E/∂W averaged (or summed) over the set */
  gradient: BatchGradient;
}

/** An empty set (the reader cleared the drawn points): no columns, error 0, gradient 0. */
function emptyPass(weights: Weights): SetPass {
  const rows = [3, ...weights.map((m) => m.length)];
  const empty = (n: number): Matrix => Array.from({ length: n }, () => []);
  return {
    X: empty(3),
    net: rows.slice(1).map(empty),
    out: rows.slice(1).map(empty),
    gradient: { error: 0, grad: zerosLike(weights), perSample: [], delta: rows.slice(1).map(empty) },
  };
}

/** The vectorised forward pass over every sample and the set's gradient (section 9). */
function computeSetPass(
  weights: Weights,
  reduction: Reduction,
  data: readonly Sample[],
  activation: HiddenActivation,
  loss: Loss,
): SetPass {
  if (data.length === 0) return emptyPass(weights);
  const model = labModel({ activation, loss });
  const { X, net, out } = forwardBatch(
    weights,
    data.map((d) => d.x),
    model,
  );
  return { X, net, out, gradient: batchGradient(weights, data, reduction, model) };
}
// Two caches: one for the live state, one for the text displays' (textNet), so the two never evict each other.
const setPass = memoOne(computeSetPass);
const textSetPass = memoOne(computeSetPass);

/** The samples the lab trains on (one array per data set, so memoised selectors keep hitting). */
export const selectSamples = (s: LabState) => samplesOf(s.data);
/** The hidden width: 1 to 8. */
export const selectWidth = (s: LabState) => widthOf(s.net.weights);

export const selectSetPass = (s: LabState) =>
  setPass(s.net.weights, s.settings.reduction, samplesOf(s.data), s.settings.activation, s.settings.loss);
/** The same for the text-heavy displays: refreshed a few times a second while training plays. */
export const selectTextSetPass = (s: LabState) =>
  textSetPass(
    s.textNet.weights,
    s.settings.reduction,
    samplesOf(s.data),
    s.settings.activation,
    s.settings.loss,
  );
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

const decisionMap = memoOne((weights: Weights, activation: HiddenActivation): DecisionMap => {
  const values = outputGrid(weights, GRID_SIZE, undefined, labModel({ activation, loss: 'squared' }));
  return { n: GRID_SIZE, values, boundary: boundaryPath(values, GRID_SIZE) };
});
/** The decision map follows mapNet (at most ~30 redraws a second while playing). */
export const selectDecisionMap = (s: LabState) => decisionMap(s.mapNet.weights, s.settings.activation);

export const selectAxisParams = (s: LabState): readonly [LabParam, LabParam] =>
  axisParams(s.axes[0], s.axes[1], widthOf(s.net.weights));
const axisParams = memoOne(
  (a: string, b: string, width: number) =>
    // the store keeps the axes valid for the width; W1[1,1] and W1[1,2] exist at every width
    [
      paramById(a, width) ?? paramById('L0r0c0', width),
      paramById(b, width) ?? paramById('L0r0c1', width),
    ] as [LabParam, LabParam],
);

/** The landscape's axes: around the current point and the path, unless the caller holds them (while dragging). */
const domains = memoOne(
  (a: LabParam, b: LabParam, va: number, vb: number, path: LabState['net']['path']) =>
    [landscapeDomain(a, va, path), landscapeDomain(b, vb, path)] as const,
);

/** Equal weights apart from the two plotted ones (the surface does not depend on those). */
function sameBesides(x: Weights, y: Weights, a: LabParam, b: LabParam): boolean {
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let l = 0; l < x.length; l++) {
    const mx = x[l] as number[][];
    const my = y[l] as number[][];
    if (mx.length !== my.length) return false;
    for (let i = 0; i < mx.length; i++) {
      const rx = mx[i] as number[];
      const ry = my[i] as number[];
      if (rx.length !== ry.length) return false;
      for (let j = 0; j < rx.length; j++) {
        const plotted =
          (l === a.layer && i === a.row && j === a.col) || (l === b.layer && i === b.row && j === b.col);
        if (!plotted && !Object.is(rx[j], ry[j])) return false;
      }
    }
  }
  return true;
}

type SurfaceArgs = [
  weights: Weights,
  a: LabParam,
  b: LabParam,
  da0: number,
  da1: number,
  db0: number,
  db1: number,
  r: Reduction,
  data: readonly Sample[],
  activation: HiddenActivation,
  loss: Loss,
];
/**
 * The last surface, reused while only the two plotted weights moved: dragging the point (or its
 * sliders) sets just those two, so the surface under it stays the same, and a large set's
 * surface is not recomputed on every pointer move.
 */
let lastSurface: { args: SurfaceArgs; value: Landscape } | null = null;
function surface(...args: SurfaceArgs): Landscape {
  const [weights, a, b] = args;
  const last = lastSurface;
  if (
    last?.args.slice(1).every((v, i) => Object.is(v, args[i + 1])) &&
    sameBesides(last.args[0], weights, a, b)
  ) {
    return last.value;
  }
  const [, , , da0, da1, db0, db1, r, data, activation, loss] = args;
  const value = lossSurface(
    weights,
    a,
    b,
    [da0, da1],
    [db0, db1],
    r,
    landscapeSize(data.length),
    data,
    activation,
    loss,
  );
  lastSurface = { args, value };
  return value;
}

/** The surface follows textNet (it costs a few milliseconds); the point, arrow and path follow net. */
export function selectLandscape(s: LabState, held?: readonly [Domain, Domain] | null): Landscape {
  const [a, b] = selectAxisParams(s);
  const w = held ? s.net.weights : s.textNet.weights;
  const [da, db] = held ?? domains(a, b, w[a.layer][a.row][a.col], w[b.layer][b.row][b.col], s.textNet.path);
  return surface(
    w,
    a,
    b,
    da[0],
    da[1],
    db[0],
    db[1],
    s.settings.reduction,
    samplesOf(s.data),
    s.settings.activation,
    s.settings.loss,
  );
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
/** Updates per epoch: the set of N split into batches of B. */
export const selectUpdatesPerEpoch = (s: LabState) => {
  const n = samplesOf(s.data).length;
  return n === 0 ? 0 : Math.ceil(n / Math.min(n, s.settings.batchSize));
};
/** How many samples the set has. */
export const selectSampleCount = (s: LabState) => samplesOf(s.data).length;
