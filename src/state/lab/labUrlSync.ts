import { useAppStore } from '../store';
import type { LabStore } from './labStore';
import { decodeLab, encodeLab, labParamIn, labQuery } from './labUrl';

/**
 * While training runs, the address follows at most this often: replaceState costs a frame's
 * worth of time (and browsers throttle it); pausing writes the final state at once.
 */
export const URL_INTERVAL_WHILE_PLAYING_MS = 5000;

/**
 * Loads the lab from `lab=` in the address once, then keeps `lab=` in step with the lab
 * (history.replaceState), leaving every other query parameter, the 2x2 network's included,
 * as it finds it. A malformed value becomes a notice at the top of the page and the lab keeps
 * its default for it. The address is read once per page load. Returns the unsubscribe function.
 */
let loaded = false;

export function startLabUrlSync(store: LabStore, win: Window = window): () => void {
  const raw = loaded ? null : labParamIn(win.location.search);
  loaded = true;
  if (raw !== null) {
    const d = decodeLab(raw);
    const s = store.getState();
    s.setSettings(d.settings);
    if (d.weights) {
      s.loadSnapshot({
        seed: d.seed ?? s.net.seed,
        epoch: d.epoch ?? 0,
        weights: d.weights,
        velocity: d.velocity ?? d.weights.map((m) => m.map((r) => r.map(() => 0))),
      });
    } else if (d.seed !== undefined) {
      s.reseed(d.seed);
    }
    useAppStore.getState().addNotices(d.notices);
  }

  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame = 0;
  let lastWrite = 0;
  const write = () => {
    timer = null;
    frame = 0;
    lastWrite = Date.now();
    const query = labQuery(win.location.search, encodeLab(store.getState().snapshot()));
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${query}${win.location.hash}`);
  };
  const schedule = () => {
    if (timer !== null || frame) return;
    if (store.getState().playing) {
      timer = setTimeout(write, Math.max(0, URL_INTERVAL_WHILE_PLAYING_MS - (Date.now() - lastWrite)));
    } else {
      frame = win.requestAnimationFrame(write);
    }
  };
  const unsubscribe = store.subscribe(
    (s) => [s.net, s.settings, s.playing] as const,
    ([, , playing]) => {
      // pausing writes the final state promptly instead of waiting for the interval
      if (!playing && timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      schedule();
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
    if (frame) win.cancelAnimationFrame(frame);
  };
}
