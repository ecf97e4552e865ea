import type { AddressPart } from '../address/syncAddress';
import { ANY_PARAM_NAMES, anyNetworkParams, parseAnyNetworkQuery } from './anyNetworkUrl';
import type { AnyNetworkState, AnyNetworkStore } from './store';

/** Section 8's controls change in steps (a select, a seed): the address follows promptly. */
export const ANY_URL_DELAY_MS = 100;

const key = (s: AnyNetworkState) => [s.sizes, s.seed, s.model] as const;

/** Section 8 (`net8`, `act8`, `loss8`, `seed8`); see anyNetworkUrl.ts. */
export function anyNetworkAddressPart(store: AnyNetworkStore): AddressPart {
  return {
    names: ANY_PARAM_NAMES,
    load: (query) => {
      const { notices, ...values } = parseAnyNetworkQuery(query);
      if (Object.keys(values).length) store.getState().load(values);
      return notices;
    },
    params: () => {
      const s = store.getState();
      return anyNetworkParams({
        sizes: s.sizes,
        seed: s.seed,
        activations: s.model.activation,
        loss: s.model.loss,
      });
    },
    watch: (changed) => {
      let last = key(store.getState());
      return store.subscribe((s) => {
        const next = key(s);
        if (next.every((v, i) => v === last[i])) return;
        last = next;
        changed();
      });
    },
    pace: () => ({ ms: ANY_URL_DELAY_MS, restart: false }),
  };
}
