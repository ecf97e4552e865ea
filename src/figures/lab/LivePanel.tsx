import { type ReactNode, useRef } from 'react';
import { PanelVisibleContext } from '../../state/lab/useLab';
import { useInView } from './useInView';

/** A part of a lab figure that stops redrawing while it is scrolled out of view. */
export function LivePanel({ className, children }: { className?: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  // no margin: a panel just out of view would otherwise redraw every frame for nobody
  const inView = useInView(ref, '0px');
  return (
    <PanelVisibleContext.Provider value={inView}>
      <div ref={ref} className={`lab-panel${className ? ` ${className}` : ''}`}>
        {children}
      </div>
    </PanelVisibleContext.Provider>
  );
}
