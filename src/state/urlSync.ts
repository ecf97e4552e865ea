import { syncAddress } from './address/syncAddress';
import { anyNetworkAddressPart } from './anyNetwork/anyNetworkAddress';
import { type AnyNetworkStore, useAnyNetworkStore } from './anyNetwork/store';
import { labAddressPart } from './lab/labAddress';
import { type LabStore, useLabStore } from './lab/labStore';
import { networkAddressPart } from './networkAddress';
import { type AppStore, useAppStore } from './store';
import { viewAddressPart } from './viewAddress';

/**
 * The page's one address sync: loads the 2x2 network, where the reader is in it (step, display),
 * section 8's network and the lab from the address once, says what it could not use, corrects the
 * address at once, then keeps it in step with the stores (history.replaceState), so any view can
 * be shared by copying it. Call it from the client's start-up code, never at import time; returns
 * the function that stops it.
 */
export function startUrlSync(
  win: Window = window,
  stores: { app: AppStore; lab: LabStore; any?: AnyNetworkStore } = { app: useAppStore, lab: useLabStore },
): () => void {
  return syncAddress(
    win,
    [
      networkAddressPart(stores.app),
      viewAddressPart(stores.app),
      anyNetworkAddressPart(stores.any ?? useAnyNetworkStore),
      labAddressPart(stores.lab),
    ],
    (texts) => stores.app.getState().addNotices(texts),
  );
}
