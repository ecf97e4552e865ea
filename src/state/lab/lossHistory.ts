/**
 * The loss curve's data: epoch e's running loss, kept for every `stride`-th epoch. When more
 * than MAX_POINTS are kept, every other one is dropped and the stride doubles, so a run of a
 * million epochs still draws from ~500 points (about one per pixel of the chart). Which epochs are kept depends only on their
 * numbers, never on how training was split into frames: a replayed run draws the same curve.
 */
export interface LossHistory {
  stride: number;
  epochs: readonly number[];
  losses: readonly number[];
}

export const MAX_POINTS = 512;

export const emptyHistory = (): LossHistory => ({ stride: 1, epochs: [], losses: [] });

/** Appends errors[k], the loss of epoch startEpoch + k, keeping the stride rule above. */
export function appendLosses(
  h: LossHistory,
  startEpoch: number,
  errors: readonly number[],
  maxPoints = MAX_POINTS,
): LossHistory {
  if (errors.length === 0) return h;
  let stride = h.stride;
  let epochs = h.epochs.slice();
  let losses = h.losses.slice();
  for (let k = 0; k < errors.length; k++) {
    const epoch = startEpoch + k;
    if (epoch % stride !== 0) continue;
    epochs.push(epoch);
    losses.push(errors[k] as number);
    if (epochs.length > maxPoints) {
      stride *= 2;
      const keep = epochs.map((e) => e % stride === 0);
      epochs = epochs.filter((_, i) => keep[i]);
      losses = losses.filter((_, i) => keep[i]);
    }
  }
  return { stride, epochs, losses };
}

/** The first kept epoch whose loss is below `level`, or null. */
export function firstEpochBelow(h: LossHistory, level: number): number | null {
  const i = h.losses.findIndex((l) => l < level);
  return i < 0 ? null : (h.epochs[i] ?? null);
}
