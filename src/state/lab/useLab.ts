import { useLiveStore } from '../useLive';
import { type LabState, useLabStore } from './labStore';

/**
 * `useLabStore(selector)`, frozen while the component's panel or section is off screen (the
 * mechanism every store shares, src/state/useLive.ts): while training, a hidden figure keeps
 * what it last drew and costs nothing per frame.
 */
export const useLab = <T>(selector: (s: LabState) => T): T => useLiveStore(useLabStore, selector);
