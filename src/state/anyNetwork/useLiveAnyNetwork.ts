import { useLiveStore } from '../useLive';
import { type AnyNetworkState, useAnyNetworkStore } from './store';

/**
 * `useAnyNetworkStore(selector)`, paused while section 8 is off screen (like useLive for the
 * 2x2 store), so its many matrices are re-typeset only while the reader can see them.
 */
export const useLiveAnyNetwork = <T>(selector: (s: AnyNetworkState) => T): T =>
  useLiveStore(useAnyNetworkStore, selector);
