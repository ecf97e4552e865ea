import type { AddressPart } from './address/syncAddress';
import type { AppStore } from './store';
import { NETWORK_PARAMS, networkParams, parseNetworkQuery } from './urlState';

/**
 * replaceState is slow and browsers limit how often it may run: while the reader drags a
 * weight, the address follows this long after the last change rather than on every frame.
 */
export const URL_DELAY_MS = 250;

/** The 2x2 network (sections 1–7) as `W1`, `W2`, `x`, `t` and `half`; see urlState.ts. */
export function networkAddressPart(store: AppStore): AddressPart {
  return {
    names: NETWORK_PARAMS,
    load: (query) => {
      const { notices, ...values } = parseNetworkQuery(query);
      if (Object.keys(values).length) store.getState().setNetwork(values);
      return notices;
    },
    params: () => {
      const { weights, x, t, loss2x2 } = store.getState();
      return networkParams({ weights, x, t, loss2x2 });
    },
    watch: (changed) =>
      store.subscribe((s) => [s.weights, s.x, s.t, s.loss2x2] as const, changed, {
        equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3],
      }),
    pace: () => ({ ms: URL_DELAY_MS, restart: true }),
  };
}
