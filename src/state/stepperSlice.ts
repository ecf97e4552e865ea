import type { StateCreator } from 'zustand';
import { train } from '../nn';
import type { NetworkSlice } from './networkSlice';
import { selectPass } from './selectors';
import { STEPS, UPDATE_STEP } from './steps2x2';

type W = NetworkSlice['weights'];

/**
 * Stepping is a mode: `step` null shows every quantity live; a number shows only what the
 * passes have reached so far and lights the current one. The update step records the weights
 * before and after, so the figure can show old weights, gradients and new weights side by side.
 * Training repeats forward, backward and update and keeps the error of every update.
 */
export interface StepperSlice {
  step: number | null;
  playing: boolean;
  learningRate: number;
  lastUpdate: { before: W; grad: W; after: W; errorBefore: number } | null;
  /** the error before each update of the current training run, oldest first */
  errorHistory: number[];
  training: boolean;
  /** predict mode: the stepper offers a field to guess each quantity before it is revealed */
  predict: boolean;
  setPredict: (on: boolean) => void;
  stepTo: (index: number | null) => void;
  stepNext: () => void;
  stepPrev: () => void;
  play: () => void;
  pause: () => void;
  setLearningRate: (eta: number) => void;
  /** one forward, backward and update: W ← W − η·∂E/∂W on all twelve parameters */
  applyUpdate: () => boolean;
  startTraining: () => void;
  stopTraining: () => void;
  /** forget the last update and the error history */
  resetTraining: () => void;
}

export const PLAY_INTERVAL_MS = 900;
const MAX_HISTORY = 2000;

let playTimer: ReturnType<typeof setInterval> | null = null;
let trainFrame = 0;

export const createStepperSlice: StateCreator<StepperSlice & NetworkSlice, [], [], StepperSlice> = (
  set,
  get,
) => ({
  step: null,
  playing: false,
  learningRate: 0.5,
  lastUpdate: null,
  errorHistory: [],
  training: false,
  predict: false,
  setPredict: (predict) => set({ predict }),
  stepTo: (index) => {
    if (index === null) get().pause();
    set({ step: index === null ? null : Math.max(0, Math.min(STEPS.length - 1, index)) });
  },
  stepNext: () => {
    const { step } = get();
    const next = step === null ? 0 : step + 1;
    if (next >= STEPS.length) {
      get().pause();
      return;
    }
    set({ step: next });
    if (STEPS[next] === UPDATE_STEP) get().applyUpdate();
  },
  stepPrev: () => {
    const { step, lastUpdate } = get();
    if (step === null || step === 0) return;
    // stepping back over the update undoes it, so the earlier steps show the numbers they had
    if (STEPS[step] === UPDATE_STEP && lastUpdate) set({ weights: lastUpdate.before, lastUpdate: null });
    set({ step: step - 1 });
  },
  play: () => {
    if (playTimer) return;
    const s = get();
    if (s.step === null || s.step >= STEPS.length - 1) s.stepTo(0);
    set({ playing: true });
    playTimer = setInterval(() => get().stepNext(), PLAY_INTERVAL_MS);
  },
  pause: () => {
    if (playTimer) clearInterval(playTimer);
    playTimer = null;
    if (get().playing) set({ playing: false });
  },
  setLearningRate: (eta) => {
    if (Number.isFinite(eta) && eta > 0) set({ learningRate: eta });
  },
  applyUpdate: () => {
    const s = get();
    const { grad, error } = selectPass(s);
    // one full-batch epoch on the single sample is exactly W ← W − η·∂E/∂W
    const result = train(s.weights, [{ x: s.x, t: s.t }], {
      learningRate: s.learningRate,
      epochs: 1,
      loss: s.loss2x2,
    });
    if (result.diverged) return false;
    const history = s.errorHistory.length >= MAX_HISTORY ? s.errorHistory.slice(1) : s.errorHistory;
    set({
      lastUpdate: { before: s.weights, grad, after: result.weights, errorBefore: error },
      weights: result.weights,
      errorHistory: [...history, error],
    });
    return true;
  },
  startTraining: () => {
    if (get().training) return;
    get().pause();
    set({ training: true, step: null });
    const tick = () => {
      if (!get().training) return;
      if (!get().applyUpdate()) {
        get().stopTraining();
        return;
      }
      trainFrame = requestAnimationFrame(tick);
    };
    trainFrame = requestAnimationFrame(tick);
  },
  stopTraining: () => {
    cancelAnimationFrame(trainFrame);
    if (get().training) set({ training: false });
  },
  resetTraining: () => set({ lastUpdate: null, errorHistory: [] }),
});
