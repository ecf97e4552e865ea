import type { ReactNode } from 'react';
import { OnScreen } from '../../app/OnScreen';

/** A part of a lab figure that stops redrawing while it is scrolled out of view. */
export function LivePanel({ className, children }: { className?: string; children: ReactNode }) {
  // no margin: a panel just out of view would otherwise redraw every frame for nobody
  return (
    <OnScreen margin="0px" className={`lab-panel${className ? ` ${className}` : ''}`}>
      {children}
    </OnScreen>
  );
}
