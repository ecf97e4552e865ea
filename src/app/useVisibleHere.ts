import { type RefObject, useContext } from 'react';
import { VisibleContext } from '../state/useLive';
import { useOnScreen } from './useOnScreen';

/**
 * On screen as far as this element is concerned: its section is on screen and so is the
 * element itself. A long section keeps only the formulas the reader can see live; provide
 * the result through VisibleContext to the part that reads the store.
 */
export function useVisibleHere(ref: RefObject<Element | null>): boolean {
  const section = useContext(VisibleContext);
  const own = useOnScreen(ref, '150px');
  return section && own;
}
