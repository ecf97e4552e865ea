import { type ReactNode, useRef } from 'react';
import { VisibleContext } from '../state/useLive';
import { useVisibleHere } from './useVisibleHere';

/**
 * A box whose contents follow the store only while the box itself is on screen: parts of a
 * tall figure scrolled out of view stop redrawing while the reader drags elsewhere.
 */
export function OnScreen({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const visible = useVisibleHere(ref);
  return (
    <div ref={ref} className={className}>
      <VisibleContext.Provider value={visible}>{children}</VisibleContext.Provider>
    </div>
  );
}
