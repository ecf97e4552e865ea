import { useAppStore } from './store';
import { networkQuery, parseNetworkQuery } from './urlState';

/**
 * Load the 2x2 network from the address once, then keep the address in step with the reader's
 * changes (history.replaceState, URL_DELAY_MS after the last change), so any
 * view can be shared by copying it. Returns the unsubscribe function.
 */
export const URL_DELAY_MS = 250;

export function startUrlSync(win: Window = window): () => void {
  const { notices, ...values } = parseNetworkQuery(win.location.search);
  const store = useAppStore.getState();
  if (Object.keys(values).length) store.setNetwork(values);
  store.addNotices(notices.map((n) => `The address had a value we could not use: ${n}`));
  const write = () => {
    const { weights, x, t } = useAppStore.getState();
    const query = networkQuery(win.location.search, { weights, x, t });
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${query}${win.location.hash}`);
  };
  // an address with values we could not use is corrected at once to what the page shows
  if (notices.length) write();
  // replaceState is slow and browsers limit how often it may run: while the reader drags, the
  // address follows a moment after the last change rather than on every frame
  let pending: ReturnType<typeof setTimeout> | null = null;
  return useAppStore.subscribe(
    (s) => [s.weights, s.x, s.t] as const,
    () => {
      if (pending) clearTimeout(pending);
      pending = setTimeout(() => {
        pending = null;
        write();
      }, URL_DELAY_MS);
    },
    { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] },
  );
}
