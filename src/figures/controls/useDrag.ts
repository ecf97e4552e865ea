import { drag } from 'd3-drag';
import { select } from 'd3-selection';
import { type RefObject, useEffect, useRef } from 'react';

/**
 * d3-drag on an element React rendered. The value at drag start plus the pointer's travel
 * (right and up increase it) times `perPixel` gives the new value; the handler reads the
 * latest callbacks through refs, so the effect binds once per element and stays idempotent.
 */
export function useDragValue<E extends Element>(
  ref: RefObject<E | null>,
  value: number,
  onChange: ((v: number) => void) | undefined,
  perPixel = 0.01,
) {
  const latest = useRef({ value, onChange, perPixel });
  latest.current = { value, onChange, perPixel };
  const editable = onChange !== undefined;
  useEffect(() => {
    const el = ref.current;
    if (!el || !editable) return;
    let start = 0;
    let travel = 0;
    let frame = 0;
    const behaviour = drag<E, unknown>()
      .on('start', () => {
        start = latest.current.value;
        travel = 0;
      })
      .on('drag', (event: { dx: number; dy: number }) => {
        travel += event.dx - event.dy;
        // pointer events can outnumber frames several times over: apply the latest once a frame
        if (!frame) frame = requestAnimationFrame(flush);
      })
      .on('end', () => {
        if (!frame) return;
        cancelAnimationFrame(frame);
        flush();
      });
    const flush = () => {
      frame = 0;
      latest.current.onChange?.(start + travel * latest.current.perPixel);
    };
    const sel = select(el);
    sel.call(behaviour);
    return () => {
      sel.on('.drag', null);
    };
  }, [ref, editable]);
}
