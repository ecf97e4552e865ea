/**
 * Training by gradient descent (sections 9-10): full batch, mini-batches or per-sample SGD,
 * classical momentum, inverted dropout on hidden units, seeded shuffling. Pure: the arguments
 * are never mutated; the hot loops run on flat copies (see workspace.ts, kernel.ts).
 */
import { sigmoid } from './activation';
import { compile, type GeneratedKernel } from './codegen';
import { accumulateSample, allFinite, applyUpdate, sgdFused, shuffleOrder } from './kernel';
import { hashSeed } from './prng';
import type { ReadonlyWeights, Sample, Weights } from './types';
import { validateData, validateTrainOptions, validateWeights } from './validate';
import { copyOut, createWorkspace, hiddenMasks, locate, type Workspace } from './workspace';

/** The seed train() uses when options.seed is not given. */
export const DEFAULT_SEED = 1;

/** Samples per fused kernel call when epochs are batched into one call. */
const CHUNK_SAMPLES = 8192;

export interface TrainOptions {
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
  /** Shape-specialised kernels (codegen.ts), or null to use the generic loops (kernel.ts). */
  sgdKernel: GeneratedKernel | null;
  accumulateKernel: GeneratedKernel | null;
  batchKernel: GeneratedKernel | null;
  /** Set by runGeneral when an update was refused: flat index and the batch's sample count. */
  bad: number;
  badCount: number;
}

/**
 * Trains a copy of `weights` on `data` and returns the new weights, the velocity and the
 * per-epoch running loss. Throws (before any work) on malformed weights, data or options.
 *
 * Training in chunks (startEpoch and velocity carried over) gives bit-identical results to
 * one call, because every epoch's randomness comes from its own stream (seed, epoch index).
 */
export function train(weights: ReadonlyWeights, data: readonly Sample[], options: TrainOptions): TrainResult {
  const sizes = validateWeights(weights);
  validateData(data, sizes);
  validateTrainOptions(options, sizes, data.length);
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
    sgdKernel: null,
    accumulateKernel: null,
    batchKernel: null,
    bad: -1,
    badCount: 0,
  };
  const ws = createWorkspace(sizes, weights, options.velocity, data);
  const epochs = options.epochs;
  const startEpoch = options.startEpoch ?? 0;
  // Per-sample SGD without momentum or dropout takes the fused path (update inside backward).
  const fast = st.batchSize === 1 && st.mu === 0 && dropP === 0;
  if (epochs > 0) {
    if (fast) st.sgdKernel = compile(sizes, 'sgd');
    else if (st.mu === 0 && dropP === 0) st.batchKernel = compile(sizes, 'batch');
    if (dropP === 0) st.accumulateKernel = compile(sizes, 'accumulate');
  }
  /** totals[e]: the summed error of epoch e's samples (divided by N at the end for 'mean'). */
  const totals = new Float64Array(epochs);
  let done = 0;
  let diverged: Divergence | undefined;

  // Without momentum, dropout or shuffling, a generated kernel runs many epochs per call (all
  // but the call's last epoch, which the loop below runs so that its last update records the
  // velocity). Divergence is checked once per chunk: a weight that became non-finite stays
  // non-finite, so if one did, the chunk is undone and the loop below replays it with checked
  // updates (same arithmetic), stopping before the offending one.
  const chunked = st.sgdKernel ?? st.batchKernel;
  if (chunked && !shuffle) {
    const chunk = Math.max(1, Math.floor(CHUNK_SAMPLES / N));
    while (done < epochs - 1) {
      const c = Math.min(chunk, epochs - 1 - done);
      ws.wSnap.set(ws.w);
      chunked(ws.w, ws.g, ws.X, ws.T, ws.order, 0, N, st.lr, sigmoid, c, totals, done, st.batchSize, st.sum);
      if (!allFinite(ws.w)) {
        ws.w.set(ws.wSnap);
        break;
      }
      done += c;
    }
  }

  for (; done < epochs; done++) {
    const epoch = startEpoch + done;
    let total: number;
    beginEpoch(ws, st, epoch);
    if (fast) {
      ws.wSnap.set(ws.w);
      const fusedEnd = done === epochs - 1 ? N - 1 : N;
      total = runFused(ws, st, fusedEnd);
      if (!allFinite(ws.w)) {
        // Some fused update overflowed: replay the epoch with the checked general path, which
        // does the same arithmetic and stops before the offending update.
        ws.w.set(ws.wSnap);
        beginEpoch(ws, st, epoch);
        total = runGeneral(ws, st, 0);
      } else if (fusedEnd < N) {
        total += runGeneral(ws, st, fusedEnd);
      }
    } else {
      total = runGeneral(ws, st, 0);
    }
    if (st.bad >= 0) {
      const gradient = st.sum ? ws.g[st.bad] : ws.g[st.bad] / st.badCount;
      diverged = { epoch, ...locate(ws, st.bad), gradient };
      break;
    }
    totals[done] = total;
  }

  const errors = new Array<number>(done);
  for (let e = 0; e < done; e++) errors[e] = st.sum ? totals[e] : totals[e] / N;
  const result: TrainResult = { weights: copyOut(ws, ws.w), velocity: copyOut(ws, ws.v), errors };
  if (diverged) result.diverged = diverged;
  if (dropP > 0 && epochs > 0) result.lastMask = hiddenMasks(ws);
  return result;
}

/** Fused SGD over order[0..end) for one epoch; returns the summed error. */
function runFused(ws: Workspace, st: Settings, end: number): number {
  const k = st.sgdKernel;
  return k
    ? k(ws.w, ws.g, ws.X, ws.T, ws.order, 0, end, st.lr, sigmoid, 1, null, 0, 1, false)
    : sgdFused(ws, 0, end, st.lr);
}

/** Seeds epoch `epoch`'s stream and, when shuffling, draws its sample order from it. */
function beginEpoch(ws: Workspace, st: Settings, epoch: number): void {
  if (!st.needsRng) return;
  ws.rng = hashSeed(st.seed, epoch);
  if (st.shuffle) shuffleOrder(ws);
}

/**
 * The general path over order[from..N): per batch, zero g, accumulate every sample's gradient,
 * then the checked momentum update. Returns the summed sample errors; on a refused update sets
 * st.bad / st.badCount and returns early.
 */
function runGeneral(ws: Workspace, st: Settings, from: number): number {
  const N = ws.N;
  const order = ws.order;
  const g = ws.g;
  let total = 0;
  for (let start = from; start < N; start += st.batchSize) {
    const end = Math.min(N, start + st.batchSize);
    g.fill(0);
    // The batch's errors are summed on their own, then added: the same association as the
    // generated 'batch' kernel, so either path gives bit-identical running losses.
    const k = st.accumulateKernel;
    let sub = 0;
    if (k) sub = k(ws.w, g, ws.X, ws.T, order, start, end, 0, sigmoid, 1, null, 0, 1, false);
    else for (let q = start; q < end; q++) sub += accumulateSample(ws, order[q], st.dropP, st.keepScale);
    total += sub;
    const lrEff = st.sum ? st.lr : st.lr / (end - start);
    const bad = applyUpdate(ws, lrEff, st.mu);
    if (bad >= 0) {
      st.bad = bad;
      st.badCount = end - start;
      return total;
    }
  }
  return total;
}
