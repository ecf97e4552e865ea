import type { AddressPart } from './address/syncAddress';
import { shortNetwork } from './networkPrecision';
import { STEPS, UPDATE_STEP } from './steps2x2';
import type { AppState, AppStore } from './store';
import { NETWORK_PARAMS, networkParams, parseNetworkQuery } from './urlState';

/**
 * replaceState is slow and browsers limit how often it may run: while the reader drags a
 * weight, the address follows this long after the last change rather than on every frame.
 */
export const URL_DELAY_MS = 250;

const UPDATE_INDEX = STEPS.indexOf(UPDATE_STEP);

/**
 * The weights a link carries: at the stepper's update step, the weights before the update (the
 * link's `step=` applies it again on load, so the update panel shows before and after as here).
 */
const linkWeights = (s: AppState) =>
  s.step === UPDATE_INDEX && s.lastUpdate ? s.lastUpdate.before : s.weights;

/**
 * The 2x2 network (sections 1–7) as `W1`, `W2`, `x`, `t` and `half`; see urlState.ts. Numbers are
 * written with the fewest digits that keep every shown number the same (networkPrecision.ts).
 */
export function networkAddressPart(store: AppStore): AddressPart {
  return {
    names: NETWORK_PARAMS,
    load: (query) => {
      const { notices, ...values } = parseNetworkQuery(query);
      if (Object.keys(values).length) store.getState().setNetwork(values);
      return notices;
    },
    params: () => {
      const s = store.getState();
      const short = shortNetwork({ weights: linkWeights(s), x: s.x, t: s.t }, s.learningRate);
      return networkParams({ ...short, loss2x2: s.loss2x2 });
    },
    watch: (changed) =>
      store.subscribe((s) => [linkWeights(s), s.x, s.t, s.learningRate, s.loss2x2] as const, changed, {
        equalityFn: (a, b) => a.every((v, i) => v === b[i]),
      }),
    pace: () => ({ ms: URL_DELAY_MS, restart: true }),
  };
}
