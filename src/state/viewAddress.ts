import { parseDecimal } from './address/decimal';
import { paramValue, quote } from './address/query';
import type { AddressPart } from './address/syncAddress';
import { STEPS, UPDATE_STEP } from './steps2x2';
import type { AppStore } from './store';
import type { MathMode } from './uiSlice';

/**
 * Where the reader is in the 2x2 derivation, beside the network: the stepper's position
 * (`step=12`, counted from 1 as the stepper says "Step 12 of 26"), what the formulas show
 * (`show=numbers`; `both` is the default and not written) and the learning rate (`eta=`, only
 * when not the default 0.5). Listed after the network part, so a step past the update applies
 * the update to the linked weights.
 */
export const VIEW_PARAMS: ReadonlySet<string> = new Set(['step', 'show', 'eta']);

const MODES: readonly MathMode[] = ['symbols', 'numbers', 'both'];
const DEFAULT_ETA = 0.5;
const MAX_ETA = 10;
const UPDATE_INDEX = STEPS.indexOf(UPDATE_STEP);

export function viewAddressPart(store: AppStore): AddressPart {
  return {
    names: VIEW_PARAMS,
    load: (query) => {
      const notices: string[] = [];
      const s = store.getState();
      const show = paramValue(query, 'show');
      if (show !== null) {
        if ((MODES as readonly string[]).includes(show)) s.setMathMode(show as MathMode);
        else
          notices.push(
            `show was ${quote(show)}: it must be symbols, numbers or both. The formulas show both.`,
          );
      }
      const etaText = paramValue(query, 'eta');
      if (etaText !== null) {
        const eta = parseDecimal(etaText);
        if (eta !== null && eta > 0 && eta <= MAX_ETA) s.setLearningRate(eta);
        else
          notices.push(
            `eta was ${quote(etaText)}: the learning rate must be a decimal number above 0 and at most ${MAX_ETA}. It stays ${DEFAULT_ETA}.`,
          );
      }
      const stepText = paramValue(query, 'step');
      if (stepText !== null) {
        const n = /^\d{1,3}$/.test(stepText) ? Number(stepText) : Number.NaN;
        if (n >= 1 && n <= STEPS.length) {
          // the update step is reached by stepping onto it, so it updates the linked weights
          if (n - 1 === UPDATE_INDEX) {
            s.stepTo(UPDATE_INDEX - 1);
            s.stepNext();
          } else s.stepTo(n - 1);
        } else
          notices.push(
            `step was ${quote(stepText)}: it must be a whole number from 1 to ${STEPS.length}. Every quantity is shown live.`,
          );
      }
      return notices;
    },
    params: () => {
      const { step, mathMode, learningRate } = store.getState();
      return [
        ...(step === null ? [] : [`step=${step + 1}`]),
        ...(mathMode === 'both' ? [] : [`show=${mathMode}`]),
        ...(learningRate === DEFAULT_ETA ? [] : [`eta=${learningRate}`]),
      ];
    },
    watch: (changed) =>
      store.subscribe((s) => [s.step, s.mathMode, s.learningRate] as const, changed, {
        equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2],
      }),
    pace: () => ({ ms: 100, restart: false }),
  };
}
