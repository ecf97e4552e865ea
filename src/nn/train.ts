/**
 * Training by gradient descent (sections 9-10): full batch, mini-batches or per-sample SGD,
 * classical momentum, inverted dropout on hidden units, seeded shuffling. Pure: the arguments
 * are never mutated; the hot loops run on flat copies (see trainer.ts, flatNet.ts).
 */
import { type Model, pickModel, resolveModel } from './model';
import { hashSeed } from './prng';
import { sgdEpochs } from './sgd';
import {
  accumulateSample,
  allFinite,
  applyUpdate,
  copyOut,
  createTrainer,
  hiddenMasks,
  locate,
  shuffleOrder,
  type Trainer,
} from './trainer';
import type { ReadonlyWeights, Sample, Weights } from './types';
import { validateData, validateTrainOptions, validateWeights } from './validate';

/** The seed train() uses when options.seed is not given. */
export const DEFAULT_SEED = 1;

/** Samples per fused call when epochs run back to back (a divergence check per call). */
const CHUNK_SAMPLES = 8192;

/** train()'s options; the model's activation and loss ride along ({ ...options, ...model }). */
export interface TrainOptions extends Model {
  learningRate: number;
  epochs: number;
  /** Default: the whole set (full batch); 1 = per-sample SGD. */
  batchSize?: number;
  /** How a batch's gradients (and an epoch's errors) combine; default 'mean'. */
  reduction?: 'mean' | 'sum';
  /** Default 0; classical: v ← mu·v − lr·grad; w ← w + v. */
  momentum?: number;
  /** Default 0; probability of dropping a hidden unit (inverted scaling by 1/(1−p)). */
  dropout?: number;
  /** Default false: samples in data order. When true, a seeded reshuffle every epoch. */
  shuffle?: boolean;
  /** Default DEFAULT_SEED. Epoch k's shuffle and masks come from stream hashSeed(seed, k). */
  seed?: number;
  /** Extension: the initial velocity (default zeros), to continue training across calls. */
  velocity?: ReadonlyWeights;
  /** Extension: the absolute index of this call's first epoch (default 0), for the streams. */
  startEpoch?: number;
}

export interface Divergence {
  /** Absolute epoch index (startEpoch + epochs completed in this call). */
  epoch: number;
  layer: number;
  row: number;
  col: number;
  /** The batch's combined gradient (per reduction) for that parameter. */
  gradient: number;
}

export interface TrainResult {
  weights: Weights;
  velocity: Weights;
  /** errors[e]: epoch e's running loss (mean or sum of the samples' errors in its own passes). */
  errors: number[];
  /** Present when an update would have made a weight or velocity non-finite: training stopped
   *  before it, and weights/velocity are those from before that update. */
  diverged?: Divergence;
  /** With dropout: the last sample's mask per hidden layer (0 or 1/(1−p) per unit). */
  lastMask?: number[][];
}

interface Settings {
  lr: number;
  batchSize: number;
  sum: boolean;
  mu: number;
  dropP: number;
  keepScale: number;
  shuffle: boolean;
  needsRng: boolean;
  seed: number;
  /** Set by runGeneral when an update was refused: flat index and the batch's sample count. */
  bad: number;
  badCount: number;
}

/**
 * Trains a copy of `weights` on `data` and returns the new weights, the velocity and the
 * per-epoch running loss. Throws (before any work) on malformed weights, data, options or model.
 *
 * Training in chunks (startEpoch and velocity carried over) gives bit-identical results to
 * one call, because every epoch's randomness comes from its own stream (seed, epoch index).
 */
export function train(weights: ReadonlyWeights, data: readonly Sample[], options: TrainOptions): TrainResult {
  const sizes = validateWeights(weights);
  validateData(data, sizes);
  validateTrainOptions(options, sizes, data.length);
  const model = resolveModel(pickModel(options), sizes.length - 1);
  const N = data.length;
  const dropP = sizes.length > 2 ? (options.dropout ?? 0) : 0;
  const shuffle = options.shuffle ?? false;
  const st: Settings = {
    lr: options.learningRate,
    batchSize: options.batchSize ?? N,
    sum: options.reduction === 'sum',
    mu: options.momentum ?? 0,
    dropP,
    keepScale: 1 / (1 - dropP),
    shuffle,
    needsRng: shuffle || dropP > 0,
    seed: options.seed ?? DEFAULT_SEED,
    bad: -1,
    badCount: 0,
  };
  const tr = createTrainer(sizes, model, weights, options.velocity, data, dropP > 0);
  const w = tr.fn.w;
  const epochs = options.epochs;
  const startEpoch = options.startEpoch ?? 0;
  // Per-sample SGD without momentum or dropout takes the fused path (update inside backward).
  const fast = st.batchSize === 1 && st.mu === 0 && dropP === 0;
  /** totals[e]: the summed error of epoch e's samples (divided by N at the end for 'mean'). */
  const totals = new Float64Array(epochs);
  let done = 0;
  let diverged: Divergence | undefined;

  // In data order, the fused path runs many epochs per call (all but the call's last epoch,
  // which the loop below runs so that its last update records the velocity). Divergence is
  // checked once per call: a weight that became non-finite stays non-finite, so if one did, the
  // call is undone and the loop below replays it with checked updates (same arithmetic),
  // stopping before the offending one.
  if (fast && !shuffle) {
    const chunk = Math.max(1, Math.floor(CHUNK_SAMPLES / N));
    while (done < epochs - 1) {
      const c = Math.min(chunk, epochs - 1 - done);
      tr.wSnap.set(w);
      sgdEpochs(tr.fn, tr.X, tr.T, tr.order, 0, N, st.lr, c, totals, done);
      if (!allFinite(w)) {
        w.set(tr.wSnap);
        break;
      }
      done += c;
    }
  }

  for (; done < epochs; done++) {
    const epoch = startEpoch + done;
    let total: number;
    beginEpoch(tr, st, epoch);
    if (fast) {
      tr.wSnap.set(w);
      const fusedEnd = done === epochs - 1 ? N - 1 : N;
      total = sgdEpochs(tr.fn, tr.X, tr.T, tr.order, 0, fusedEnd, st.lr, 1, null, 0);
      if (!allFinite(w)) {
        // Some fused update overflowed: replay the epoch with the checked general path, which
        // does the same arithmetic and stops before the offending update.
        w.set(tr.wSnap);
        beginEpoch(tr, st, epoch);
        total = runGeneral(tr, st, 0);
      } else if (fusedEnd < N) {
        total += runGeneral(tr, st, fusedEnd);
      }
    } else {
      total = runGeneral(tr, st, 0);
    }
    if (st.bad >= 0) {
      const gradient = st.sum ? tr.g[st.bad] : tr.g[st.bad] / st.badCount;
      diverged = { epoch, ...locate(tr.fn, st.bad), gradient };
      break;
    }
    totals[done] = total;
  }

  const errors = new Array<number>(done);
  for (let e = 0; e < done; e++) errors[e] = st.sum ? totals[e] : totals[e] / N;
  const result: TrainResult = { weights: copyOut(tr.fn, w), velocity: copyOut(tr.fn, tr.v), errors };
  if (diverged) result.diverged = diverged;
  if (dropP > 0 && epochs > 0) result.lastMask = hiddenMasks(tr.fn);
  return result;
}

/** Seeds epoch `epoch`'s stream and, when shuffling, draws its sample order from it. */
function beginEpoch(tr: Trainer, st: Settings, epoch: number): void {
  if (!st.needsRng) return;
  tr.fn.rng = hashSeed(st.seed, epoch);
  if (st.shuffle) shuffleOrder(tr);
}

/**
 * The general path over order[from..N): per batch, zero g, accumulate every sample's gradient,
 * then the checked momentum update. Returns the summed sample errors; on a refused update sets
 * st.bad / st.badCount and returns early.
 */
function runGeneral(tr: Trainer, st: Settings, from: number): number {
  const N = tr.N;
  const order = tr.order;
  const g = tr.g;
  let total = 0;
  for (let start = from; start < N; start += st.batchSize) {
    const end = Math.min(N, start + st.batchSize);
    g.fill(-0); // −0 + x = x exactly (−0 included), so g is the sum of the products alone
    // A batch's errors are summed on their own, then added to the epoch's total.
    let sub = 0;
    for (let q = start; q < end; q++) sub += accumulateSample(tr, order[q], st.dropP, st.keepScale);
    total += sub;
    const lrEff = st.sum ? st.lr : st.lr / (end - start);
    const bad = applyUpdate(tr, lrEff, st.mu);
    if (bad >= 0) {
      st.bad = bad;
      st.badCount = end - start;
      return total;
    }
  }
  return total;
}
