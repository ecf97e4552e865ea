import type { LabStore } from './labStore';

/**
 * Training off React's render path: while the store says `playing`, every animation frame
 * trains one chunk of epochs and writes the result to the store once; the figures then draw
 * that latest state. A chunk is `settings.speed` epochs, cut down so the training part of a
 * frame stays within `budgetMs` (measured, per frame), which keeps the page at full frame rate
 * whatever the speed. Chunking never changes the run (see advance.ts).
 */
export interface LoopClock {
  requestFrame: (cb: (time: number) => void) => number;
  cancelFrame: (handle: number) => void;
}

export interface LoopStats {
  /** epochs trained and frames run since the loop last started playing */
  epochs: number;
  frames: number;
  /** the current cap on epochs per frame from the time budget */
  cap: number;
}

export interface TrainingLoop {
  stop: () => void;
  stats: () => LoopStats;
}

/** Training's share of a 16.7 ms frame; the rest is for React, the canvas and the browser. */
export const FRAME_BUDGET_MS = 1.25;
/** The first frame's cap, before any timing is known. */
const FIRST_CAP = 50;

export function startTrainingLoop(
  store: LabStore,
  clock: LoopClock,
  budgetMs = FRAME_BUDGET_MS,
  onError: (e: unknown) => void = () => {},
): TrainingLoop {
  let handle = 0;
  /** measured epochs per millisecond, smoothed */
  let rate = 0;
  let cap = FIRST_CAP;
  const stats = { epochs: 0, frames: 0 };

  const frame = () => {
    handle = 0;
    const s = store.getState();
    if (!s.playing) return;
    const n = Math.max(1, Math.min(s.settings.speed, cap));
    let result: { epochs: number; ms: number };
    try {
      result = s.trainEpochs(n);
    } catch (e) {
      store.getState().pause();
      onError(e);
      return;
    }
    const done = result.epochs;
    stats.epochs += done;
    stats.frames += 1;
    if (done > 0) {
      // the engine's time only: redrawing happens in the same call but is not training's cost
      const measured = done / Math.max(result.ms, 0.05);
      rate = rate === 0 ? measured : 0.7 * rate + 0.3 * measured;
      cap = Math.max(1, Math.floor(rate * budgetMs));
    }
    if (store.getState().playing) handle = clock.requestFrame(frame);
  };

  const unsubscribe = store.subscribe(
    (s) => s.playing,
    (playing) => {
      if (playing && !handle) {
        stats.epochs = 0;
        stats.frames = 0;
        handle = clock.requestFrame(frame);
      } else if (!playing && handle) {
        clock.cancelFrame(handle);
        handle = 0;
      }
    },
    { fireImmediately: true },
  );

  return {
    stop: () => {
      unsubscribe();
      if (handle) clock.cancelFrame(handle);
      handle = 0;
    },
    stats: () => ({ ...stats, cap }),
  };
}
