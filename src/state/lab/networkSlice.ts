import type { StateCreator } from 'zustand';
import { advance, freshNetwork, type LabNetwork, startFrom } from './advance';
import { samplesOf } from './datasets';
import { DEFAULT_AXES, DEFAULT_LAB_SEED, SEED_RANGE, WEIGHT_LIMIT, WIDTH_RANGE, widthOf } from './labConfig';
import { paramById } from './labParams';
import type { LabSnapshot } from './labSnapshot';
import type { LabState } from './labStore';
import { checkSeed } from './labValidate';
import { equalWeights } from './symmetry';
import { appendPath } from './weightPath';

/** The trained network and the run: what the training loop advances, once per frame. */
export interface NetworkSlice {
  net: LabNetwork;
  /**
   * The state text-heavy displays show (typeset matrices, numbers in the prose, the loss
   * landscape's surface): `net` itself, except while playing, when it follows `net` at most
   * every TEXT_REFRESH_MS. Re-typesetting every matrix sixty times a second would cost the
   * frame budget, and nobody can read numbers changing that fast; paused or stepping, these
   * displays show every state.
   */
  textNet: LabNetwork;
  /**
   * The state the decision map draws: `net`, except while playing, when it follows at most
   * every MAP_REFRESH_MS (every other frame at 60 fps). Its 10,000 cells are the lab's most
   * expensive drawing, and 30 redraws a second look as smooth.
   */
  mapNet: LabNetwork;
  playing: boolean;
  /** Play pauses by itself on reaching this epoch (null: never) */
  stopAt: number | null;
  /** one epoch, whatever the speed; pauses a running loop */
  step: () => void;
  play: () => void;
  pause: () => void;
  togglePlay: () => void;
  /** back to this seed's initial weights, epoch 0: Play then replays the same run exactly */
  reset: () => void;
  /** a new initialisation from `seed` (ignored unless a whole number in SEED_RANGE) */
  reseed: (seed: number) => void;
  randomInit: () => void;
  /**
   * `width` hidden units (ignored unless a whole number in WIDTH_RANGE): new weights from the
   * current seed, epoch 0. The landscape's axes fall back to W1[1,1], W1[1,2] if one is gone.
   */
  setWidth: (width: number) => void;
  /**
   * Every weight and bias of each layer set to one value (symmetry.ts), epoch 0: the hidden
   * units start identical and, without dropout, stay identical however long training runs.
   */
  equalWeights: () => void;
  /**
   * The training loop's call: up to n epochs, stopping at stopAt or at a divergence. Returns
   * the epochs trained and the milliseconds the engine took, which the loop's time budget
   * needs without the cost of redrawing (store listeners run inside the same call).
   */
  trainEpochs: (n: number) => { epochs: number; ms: number };
  /** the reader sets weights by id (the loss landscape's point); training continues from there */
  setWeights: (values: readonly (readonly [string, number])[]) => void;
  setStopAt: (epoch: number | null) => void;
  /** a link's or a file's state; the loss curve starts again from its epoch */
  loadSnapshot: (s: Omit<LabSnapshot, 'settings' | 'data'>) => void;
}

/** How often text-heavy displays refresh while training plays. */
export const TEXT_REFRESH_MS = 250;
/** How often the decision map redraws while training plays. */
export const MAP_REFRESH_MS = 30;

type NetUpdate = Pick<NetworkSlice, 'net' | 'playing'> & Partial<Pick<NetworkSlice, 'textNet' | 'mapNet'>>;

export const createNetworkSlice: StateCreator<LabState, [], [], NetworkSlice> = (set, get) => {
  let lastText = Number.NEGATIVE_INFINITY;
  let lastMap = Number.NEGATIVE_INFINITY;
  /** Every write of `net` goes through here, so `textNet` and `mapNet` keep their promises. */
  const withNet = (net: LabNetwork, playing: boolean): NetUpdate => {
    const now = performance.now();
    const update: NetUpdate = { net, playing };
    if (!playing || now - lastText >= TEXT_REFRESH_MS) {
      lastText = now;
      update.textNet = net;
    }
    if (!playing || now - lastMap >= MAP_REFRESH_MS) {
      lastMap = now;
      update.mapNet = net;
    }
    return update;
  };
  const initial = freshNetwork(DEFAULT_LAB_SEED);
  return {
    net: initial,
    textNet: initial,
    mapNet: initial,
    playing: false,
    stopAt: null,
    step: () => set((s) => withNet(advance(s.net, s.settings, 1, samplesOf(s.data)), false)),
    play: () =>
      set((s) => ({
        // an empty drawn set has nothing to train on
        playing: samplesOf(s.data).length > 0,
        // a pause-at epoch already passed no longer applies
        stopAt: s.stopAt !== null && s.stopAt <= s.net.epoch ? null : s.stopAt,
      })),
    pause: () => set((s) => withNet(s.net, false)),
    togglePlay: () => (get().playing ? get().pause() : get().play()),
    reset: () => set((s) => withNet(freshNetwork(s.net.seed, widthOf(s.net.weights)), false)),
    reseed: (seed) => {
      if (checkSeed(seed) === null) set((s) => withNet(freshNetwork(seed, widthOf(s.net.weights)), false));
    },
    setWidth: (width) => {
      if (!Number.isInteger(width) || width < WIDTH_RANGE.min || width > WIDTH_RANGE.max) return;
      set((s) => ({
        ...withNet(freshNetwork(s.net.seed, width), false),
        axes: s.axes.every((id) => paramById(id, width)) ? s.axes : DEFAULT_AXES,
        comparison: null,
      }));
    },
    randomInit: () => get().reseed(Math.floor(Math.random() * (SEED_RANGE.max + 1))),
    equalWeights: () => set((s) => withNet(startFrom(s.net.seed, equalWeights(s.net.weights), 0), false)),
    trainEpochs: (n) => {
      const s = get();
      const left =
        s.stopAt !== null && s.stopAt > s.net.epoch ? s.stopAt - s.net.epoch : Number.POSITIVE_INFINITY;
      const t0 = performance.now();
      const net = advance(s.net, s.settings, Math.min(n, left), samplesOf(s.data));
      const ms = performance.now() - t0;
      const done = net.divergence !== null || net.epoch === s.stopAt;
      set(withNet(net, s.playing && !done));
      return { epochs: net.epoch - s.net.epoch, ms };
    },
    setWeights: (values) =>
      set((s) => {
        const weights = s.net.weights.map((m) => m.map((r) => [...r]));
        for (const [id, v] of values) {
          const p = paramById(id, widthOf(weights));
          if (!p || !Number.isFinite(v)) continue;
          weights[p.layer][p.row][p.col] = Math.max(-WEIGHT_LIMIT, Math.min(WEIGHT_LIMIT, v));
        }
        return withNet(
          { ...s.net, weights, path: appendPath(s.net.path, weights), divergence: null },
          s.playing,
        );
      }),
    setStopAt: (epoch) => set({ stopAt: epoch === null || !(epoch > 0) ? null : Math.floor(epoch) }),
    loadSnapshot: (snap) =>
      set((s) => {
        const width = widthOf(snap.weights);
        return {
          ...withNet(startFrom(snap.seed, snap.weights, snap.epoch, snap.velocity), false),
          axes: s.axes.every((id) => paramById(id, width)) ? s.axes : DEFAULT_AXES,
        };
      }),
  };
};
