import {
  batchGradient,
  initWeights,
  type ReadonlyWeights,
  type Sample,
  train,
  type Weights,
  XOR,
  zerosLike,
} from '../../nn';
import { DEFAULT_WIDTH, type LabSettings, labModel, labSizes, WEIGHT_LIMIT, widthOf } from './labConfig';
import { type LabParam, labParams } from './labParams';
import { appendLosses, emptyHistory, type LossHistory, MAX_POINTS } from './lossHistory';
import { appendPath, type WeightPath } from './weightPath';

/** Why training stopped by itself. */
export interface LabDivergence {
  /** 'limit': a weight or velocity left ±WEIGHT_LIMIT; 'overflow': the engine refused a non-finite update */
  kind: 'limit' | 'overflow';
  /** the epoch (0-based) whose update was refused; the weights are those from before it */
  epoch: number;
  param: LabParam;
  /** ∂E/∂w for that parameter: the set's gradient at the epoch's start ('limit'), the batch's ('overflow') */
  gradient: number;
  /** how far that epoch would have moved the parameter ('limit' only) */
  step?: number;
  learningRate: number;
}

/** The lab's trained state: everything a chunk of training reads and writes. */
export interface LabNetwork {
  seed: number;
  weights: Weights;
  /** v in v ← μv − η∇E; all zeros without momentum */
  velocity: Weights;
  /** epochs trained so far */
  epoch: number;
  history: LossHistory;
  path: WeightPath;
  /** the last trained sample's dropout mask on the hidden units: 0 (dropped) or 1/(1−p); null without dropout */
  mask: readonly number[] | null;
  divergence: LabDivergence | null;
}

/** The state a seed starts from: its initial weights for `width` hidden units, no velocity, epoch 0. */
export function freshNetwork(seed: number, width = DEFAULT_WIDTH): LabNetwork {
  return startFrom(seed, initWeights(labSizes(width), seed), 0);
}

/** The state for given weights (and velocity) at a given epoch: from a link, a file or a drag. */
export function startFrom(seed: number, weights: Weights, epoch: number, velocity?: Weights): LabNetwork {
  return {
    seed,
    weights,
    velocity: velocity ?? zerosLike(weights),
    epoch,
    history: emptyHistory(),
    path: appendPath([], weights),
    mask: null,
    divergence: null,
  };
}

function options(net: LabNetwork, s: LabSettings, epochs: number, n: number) {
  return {
    ...labModel(s),
    learningRate: s.learningRate,
    epochs,
    // a batch never claims more samples than the set has (see batchOptions)
    batchSize: Math.min(s.batchSize, n),
    reduction: s.reduction,
    momentum: s.momentum,
    dropout: s.dropout,
    shuffle: s.shuffle,
    seed: net.seed,
    velocity: net.velocity,
    startEpoch: net.epoch,
  };
}

/** The parameter (flat order) with the largest |value| beyond the limit in either w or v, or −1. */
function beyondLimit(weights: ReadonlyWeights, velocity: ReadonlyWeights): number {
  let worst = -1;
  let worstAbs = WEIGHT_LIMIT;
  for (const p of labParams(widthOf(weights))) {
    const a = Math.max(
      Math.abs(weights[p.layer]?.[p.row]?.[p.col] ?? 0),
      Math.abs(velocity[p.layer]?.[p.row]?.[p.col] ?? 0),
    );
    if (a > worstAbs) {
      worst = p.flat;
      worstAbs = a;
    }
  }
  return worst;
}

const at = (w: ReadonlyWeights, p: LabParam) => w[p.layer]?.[p.row]?.[p.col] ?? 0;

/**
 * Trains `epochs` more epochs from `net` with settings `s` and returns the new state. The
 * engine makes every epoch's randomness depend on (seed, epoch) only, so N calls of one epoch
 * and one call of N epochs give bit-identical weights: how the loop splits training into frames
 * never changes the run. Stops before an epoch whose update overflows (the engine's `diverged`)
 * or takes a weight or velocity beyond ±WEIGHT_LIMIT, and records why in `divergence`.
 * `data` is the training set (XOR unless given; an empty set trains nothing), and `maxPoints`
 * caps the loss history (see lossHistory.ts).
 */
export function advance(
  net: LabNetwork,
  s: LabSettings,
  epochs: number,
  data: readonly Sample[] = XOR,
  maxPoints = MAX_POINTS,
): LabNetwork {
  if (epochs <= 0 || data.length === 0) return net;
  const r = train(net.weights, data, options(net, s, epochs, data.length));
  if (!r.diverged && beyondLimit(r.weights, r.velocity) < 0) {
    return {
      ...net,
      weights: r.weights,
      velocity: r.velocity,
      epoch: net.epoch + epochs,
      history: appendLosses(net.history, net.epoch, r.errors, maxPoints),
      path: appendPath(net.path, r.weights),
      mask: r.lastMask?.[0] ?? null,
      divergence: null,
    };
  }
  const reach = r.diverged ? r.diverged.epoch - net.epoch + 1 : epochs;
  return replayToTrouble(net, s, reach, data, maxPoints);
}

/**
 * Replays from `net` one epoch at a time (bit-identical to the chunk, see above) and stops at
 * the start of the first epoch that overflows or leaves ±WEIGHT_LIMIT. Runs only after a chunk
 * went wrong, so its cost (one train() call per epoch) is paid once.
 */
function replayToTrouble(
  net: LabNetwork,
  s: LabSettings,
  epochs: number,
  data: readonly Sample[],
  maxPoints: number,
): LabNetwork {
  const params = labParams(widthOf(net.weights));
  let cur = net;
  for (let k = 0; k < epochs; k++) {
    const r = train(cur.weights, data, options(cur, s, 1, data.length));
    const worst = r.diverged ? -1 : beyondLimit(r.weights, r.velocity);
    if (r.diverged || worst >= 0) {
      const d = r.diverged;
      const param = (
        d ? params.find((p) => p.layer === d.layer && p.row === d.row && p.col === d.col) : params[worst]
      ) as LabParam;
      const divergence: LabDivergence = d
        ? { kind: 'overflow', epoch: cur.epoch, param, gradient: d.gradient, learningRate: s.learningRate }
        : {
            kind: 'limit',
            epoch: cur.epoch,
            param,
            gradient: at(batchGradient(cur.weights, data, s.reduction, labModel(s)).grad, param),
            step: at(r.weights, param) - at(cur.weights, param),
            learningRate: s.learningRate,
          };
      return { ...cur, path: cur === net ? net.path : appendPath(net.path, cur.weights), divergence };
    }
    cur = {
      ...cur,
      weights: r.weights,
      velocity: r.velocity,
      epoch: cur.epoch + 1,
      history: appendLosses(cur.history, cur.epoch, r.errors, maxPoints),
      mask: r.lastMask?.[0] ?? null,
    };
  }
  return { ...cur, path: appendPath(net.path, cur.weights), divergence: null };
}
