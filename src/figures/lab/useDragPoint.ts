import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { type RefObject, useEffect, useRef } from 'react';

/**
 * d3-drag on a React-rendered element: reports the pointer's position in the element's own
 * coordinates (its SVG user units) at the start of a drag and on every move. Callbacks are read
 * through a ref, so the behaviour binds once per element and the effect stays idempotent.
 */
export function useDragPoint<E extends SVGGraphicsElement>(
  ref: RefObject<E | null>,
  handlers: { start?: () => void; move: (x: number, y: number) => void; end?: () => void },
) {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const behaviour = drag<E, unknown>()
      .container(el)
      .on('start', (event: { x: number; y: number }) => {
        latest.current.start?.();
        latest.current.move(event.x, event.y);
      })
      .on('drag', (event: { x: number; y: number }) => latest.current.move(event.x, event.y))
      .on('end', () => latest.current.end?.());
    const sel = select(el);
    sel.call(behaviour);
    return () => {
      sel.on('.drag', null);
    };
  }, [ref]);
}
