/**
 * The training kernel's hot loops over a Workspace. No allocation, no closures: every array is
 * read into a local once per call and the loops index flat Float64Arrays.
 *
 * Arithmetic is written in exactly the order of forward()/backward() (sums start from the first
 * product and run over sending units in order, bias added last; delta = dE/dout · s(1-s)), and the fused SGD loop performs the
 * same floating-point operations as the general path (gradient then update), so whichever
 * path runs a step, the result is bit-identical.
 */
import { sigmoid } from './activation';
import { MULBERRY32_STEP, mulberry32Output } from './prng';
import type { Workspace } from './workspace';

/**
 * Fast path: per-sample SGD with no momentum and no dropout, over order[from..to).
 * Forward, backward and the update w ← w − lr·(delta_i · a_j) are fused: each weight row is
 * read once, contributing to the delta of the layer below before it is overwritten.
 * Returns the summed error of the samples (each measured before its own update).
 */
export function sgdFused(ws: Workspace, from: number, to: number, lr: number): number {
  const w = ws.w;
  const act = ws.act;
  const delta = ws.delta;
  const back = ws.back;
  const X = ws.X;
  const T = ws.T;
  const order = ws.order;
  const sizes = ws.sizes;
  const wOff = ws.wOff;
  const aOff = ws.aOff;
  const L = ws.L;
  const nIn = sizes[0];
  const nOut = sizes[L];
  const outOff = aOff[L];
  let total = 0;
  for (let q = from; q < to; q++) {
    const s = order[q];
    const xb = s * nIn;
    for (let j = 0; j < nIn; j++) act[j] = X[xb + j];
    for (let l = 0; l < L; l++) {
      const nPrev = sizes[l];
      const nCur = sizes[l + 1];
      const ip = aOff[l];
      const op = aOff[l + 1];
      let p = wOff[l];
      for (let i = 0; i < nCur; i++) {
        let sum = w[p] * act[ip];
        for (let j = 1; j < nPrev; j++) sum += w[p + j] * act[ip + j];
        act[op + i] = sigmoid(sum + w[p + nPrev]);
        p += nPrev + 1;
      }
    }
    const tb = s * nOut;
    let err = 0;
    for (let k = 0; k < nOut; k++) {
      const o = act[outOff + k];
      const d = o - T[tb + k];
      err += d * d;
      delta[outOff + k] = 2 * d * (o * (1 - o));
    }
    total += err;
    for (let l = L - 1; l >= 0; l--) {
      const nPrev = sizes[l];
      const nCur = sizes[l + 1];
      const ip = aOff[l];
      const op = aOff[l + 1];
      let p = wOff[l];
      if (l > 0) {
        for (let i = 0; i < nCur; i++) {
          const di = delta[op + i];
          if (i === 0) {
            for (let j = 0; j < nPrev; j++) {
              back[j] = w[p + j] * di;
              w[p + j] -= lr * (di * act[ip + j]);
            }
          } else {
            for (let j = 0; j < nPrev; j++) {
              back[j] += w[p + j] * di;
              w[p + j] -= lr * (di * act[ip + j]);
            }
          }
          w[p + nPrev] -= lr * di;
          p += nPrev + 1;
        }
        for (let j = 0; j < nPrev; j++) {
          const o = act[ip + j];
          delta[ip + j] = back[j] * (o * (1 - o));
        }
      } else {
        for (let i = 0; i < nCur; i++) {
          const di = delta[op + i];
          for (let j = 0; j < nPrev; j++) w[p + j] -= lr * (di * act[ip + j]);
          w[p + nPrev] -= lr * di;
          p += nPrev + 1;
        }
      }
    }
  }
  return total;
}

/**
 * General path, one sample: forward (with inverted dropout on hidden units when dropP > 0,
 * masks drawn from ws.rng), backward, and g += grad. Returns the sample's error.
 */
export function accumulateSample(ws: Workspace, s: number, dropP: number, keepScale: number): number {
  const w = ws.w;
  const g = ws.g;
  const act = ws.act;
  const sig = ws.sig;
  const mask = ws.mask;
  const delta = ws.delta;
  const back = ws.back;
  const sizes = ws.sizes;
  const wOff = ws.wOff;
  const aOff = ws.aOff;
  const L = ws.L;
  const nIn = sizes[0];
  const nOut = sizes[L];
  const outOff = aOff[L];
  const xb = s * nIn;
  for (let j = 0; j < nIn; j++) act[j] = ws.X[xb + j];
  let rng = ws.rng;
  for (let l = 0; l < L; l++) {
    const nPrev = sizes[l];
    const nCur = sizes[l + 1];
    const ip = aOff[l];
    const op = aOff[l + 1];
    const drop = dropP > 0 && l < L - 1;
    let p = wOff[l];
    for (let i = 0; i < nCur; i++) {
      let sum = w[p] * act[ip];
      for (let j = 1; j < nPrev; j++) sum += w[p + j] * act[ip + j];
      const o = sigmoid(sum + w[p + nPrev]);
      sig[op + i] = o;
      if (drop) {
        rng = (rng + MULBERRY32_STEP) | 0;
        const m = mulberry32Output(rng) < dropP ? 0 : keepScale;
        mask[op + i] = m;
        act[op + i] = o * m;
      } else {
        act[op + i] = o;
      }
      p += nPrev + 1;
    }
  }
  ws.rng = rng;
  const tb = s * nOut;
  let err = 0;
  for (let k = 0; k < nOut; k++) {
    const o = act[outOff + k];
    const d = o - ws.T[tb + k];
    err += d * d;
    delta[outOff + k] = 2 * d * (o * (1 - o));
  }
  for (let l = L - 1; l >= 0; l--) {
    const nPrev = sizes[l];
    const nCur = sizes[l + 1];
    const ip = aOff[l];
    const op = aOff[l + 1];
    let p = wOff[l];
    for (let i = 0; i < nCur; i++) {
      const di = delta[op + i];
      if (l > 0) {
        if (i === 0) for (let j = 0; j < nPrev; j++) back[j] = w[p + j] * di;
        else for (let j = 0; j < nPrev; j++) back[j] += w[p + j] * di;
      }
      for (let j = 0; j < nPrev; j++) g[p + j] += di * act[ip + j];
      g[p + nPrev] += di;
      p += nPrev + 1;
    }
    if (l > 0) {
      for (let j = 0; j < nPrev; j++) {
        const o = sig[ip + j];
        const d = back[j] * (o * (1 - o));
        delta[ip + j] = dropP > 0 ? d * mask[ip + j] : d;
      }
    }
  }
  return err;
}

/**
 * Classical momentum on the batch gradient g: v ← mu·v − lrEff·g; w ← w + v, applied only if
 * every new w and v is finite. Returns −1 when applied, else the flat index of the first
 * parameter that would become non-finite (nothing is changed then).
 * With mu = 0 the step is v = −(lrEff·g) exactly (no 0·v term, whose sign of zero would depend
 * on the previous velocity), so w + v equals the fused path's w − lr·g bit for bit.
 */
export function applyUpdate(ws: Workspace, lrEff: number, mu: number): number {
  const w = ws.w;
  const v = ws.v;
  const g = ws.g;
  const P = ws.P;
  for (let p = 0; p < P; p++) {
    const nv = mu === 0 ? -(lrEff * g[p]) : mu * v[p] - lrEff * g[p];
    if (!Number.isFinite(nv) || !Number.isFinite(w[p] + nv)) return p;
  }
  if (mu === 0) {
    for (let p = 0; p < P; p++) {
      const nv = -(lrEff * g[p]);
      v[p] = nv;
      w[p] += nv;
    }
  } else {
    for (let p = 0; p < P; p++) {
      const nv = mu * v[p] - lrEff * g[p];
      v[p] = nv;
      w[p] += nv;
    }
  }
  return -1;
}

/** True when every weight is finite (a non-finite weight stays non-finite under w += step). */
export function allFinite(a: Float64Array): boolean {
  let probe = 0;
  for (let p = 0; p < a.length; p++) probe += a[p] * 0;
  return probe === 0;
}

/** Resets ws.order to 0..N-1 and Fisher-Yates shuffles it with ws.rng. */
export function shuffleOrder(ws: Workspace): void {
  const order = ws.order;
  const N = ws.N;
  let rng = ws.rng;
  for (let s = 0; s < N; s++) order[s] = s;
  for (let i = N - 1; i > 0; i--) {
    rng = (rng + MULBERRY32_STEP) | 0;
    const j = Math.floor(mulberry32Output(rng) * (i + 1));
    const tmp = order[i];
    order[i] = order[j];
    order[j] = tmp;
  }
  ws.rng = rng;
}
