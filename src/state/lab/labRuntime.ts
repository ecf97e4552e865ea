import { useAppStore } from '../store';
import { useLabStore } from './labStore';
import { startTrainingLoop, type TrainingLoop } from './trainingLoop';

/**
 * The lab's machinery outside React: the training loop. (Its link is kept by the page's one
 * address sync, src/state/urlSync.ts.) Started by the first lab figure that mounts and stopped
 * when the last one unmounts (reference counted, so React's double effects in development and
 * two figures on one page share one loop).
 */
let users = 0;
let stopAll: (() => void) | null = null;
let loop: TrainingLoop | null = null;

export function acquireLabRuntime(win: Window = window): () => void {
  users += 1;
  if (users === 1) {
    loop = startTrainingLoop(
      useLabStore,
      {
        requestFrame: (cb) => win.requestAnimationFrame(cb),
        cancelFrame: (h) => win.cancelAnimationFrame(h),
      },
      undefined,
      (e) => useAppStore.getState().addNotices([`Training stopped: ${(e as Error).message ?? String(e)}`]),
    );
    stopAll = () => {
      loop?.stop();
      loop = null;
    };
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    users -= 1;
    if (users === 0) {
      stopAll?.();
      stopAll = null;
    }
  };
}

/** The running loop's counters, for the page's speed readout and the benchmark. */
export const labLoopStats = () => loop?.stats() ?? null;
