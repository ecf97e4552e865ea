import { type ReactNode, type RefObject, useRef } from 'react';
import { LiveEverywhereContext, useVisibleHere, VisibleContext } from './useOnScreen';

interface OnScreenProps {
  children: ReactNode;
  className?: string;
  /** how far outside the viewport still counts as on screen (CSS margin syntax) */
  margin?: string;
  /** watch this element instead of a box of our own (an island watches its host element) */
  target?: RefObject<Element | null>;
  /** follow the stores wherever it is (printing) */
  forceLive?: boolean;
}

/**
 * The one on-screen mechanism: the components inside follow the stores only while this part of
 * the page is near the viewport. Without `target` it draws a box of its own (a panel of a figure,
 * one matrix line); with `target` it adds no element.
 */
export function OnScreen({ children, className, margin, target, forceLive = false }: OnScreenProps) {
  const own = useRef<HTMLDivElement>(null);
  const visible = useVisibleHere(target ?? own, margin);
  const inner = <VisibleContext.Provider value={visible || forceLive}>{children}</VisibleContext.Provider>;
  const body = forceLive ? (
    <LiveEverywhereContext.Provider value>{inner}</LiveEverywhereContext.Provider>
  ) : (
    inner
  );
  if (target) return body;
  return (
    <div ref={own} className={className}>
      {body}
    </div>
  );
}
