import { paramValue } from '../address/query';
import type { AddressPart } from '../address/syncAddress';
import { widthOf } from './labConfig';
import type { LabStore } from './labStore';
import { decodeLab, encodeLab, LAB_PARAM } from './labUrl';

/**
 * While training runs, the lab's address follows at most this often: replaceState costs a
 * frame's worth of time (and browsers throttle it). Pausing writes the final state promptly.
 */
export const URL_INTERVAL_WHILE_PLAYING_MS = 5000;
/** While paused (dragging in the loss landscape, typing a setting), at most ten writes a second. */
export const URL_INTERVAL_PAUSED_MS = 100;

/** The lab (sections 9–10) as one `lab=` parameter; see labUrl.ts for the encoding. */
export function labAddressPart(store: LabStore): AddressPart {
  return {
    names: new Set([LAB_PARAM]),
    load: (query) => {
      const raw = paramValue(query, LAB_PARAM);
      if (raw === null) return [];
      const d = decodeLab(raw);
      const s = store.getState();
      // the set first (the batch size is checked against its size), then the width, then the rest
      if (d.data) s.setData(d.data);
      if (d.width !== undefined && d.width !== widthOf(store.getState().net.weights)) s.setWidth(d.width);
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
      return d.notices;
    },
    params: () => [`${LAB_PARAM}=${encodeLab(store.getState().snapshot())}`],
    watch: (changed) =>
      store.subscribe((s) => [s.net, s.settings, s.playing, s.data] as const, changed, {
        equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3],
      }),
    pace: (sinceWrite) =>
      store.getState().playing
        ? { ms: Math.max(0, URL_INTERVAL_WHILE_PLAYING_MS - sinceWrite), restart: false }
        : { ms: URL_INTERVAL_PAUSED_MS, restart: false },
  };
}
