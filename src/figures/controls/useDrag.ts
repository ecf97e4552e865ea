import { type RefObject, useEffect, useRef } from 'react';

/** What a drag does with its pointer: see followDrags. */
interface PointerDrag {
  /** a press that starts a drag, with the pointer where it pressed */
  start: (e: PointerEvent) => void;
  /** every move of the dragging pointer, as it comes */
  move: (e: PointerEvent) => void;
  /** applies the moves so far: once a frame while they come, and once more at the end if due */
  apply: () => void;
  /** the drag is over (released, cancelled, or its capture lost) */
  end?: () => void;
}

/**
 * Follows drags on `el` with pointer events (mouse, pen and finger alike) until the returned
 * function stops it. One pointer drags at a time, and a mouse only with its main button; the
 * element captures the pointer, so the drag goes on outside it.
 *
 * Why not d3-drag, as the weight handles and the loss landscape once used: it listens to
 * touchmove with a listener that cancels the event, so the browser waits for the page's script
 * before it takes each next touch of a drag. Traced at full CPU speed (docs/DESIGN.md,
 * "Measured, sixth session"), a touch drag of a weight drew about 30 updates a second with it and
 * about 58 (one a frame) without, and each move's event handling fell from 0.57–0.70 to
 * 0.44–0.47 ms. What is dragged sets `touch-action: none`, so a finger on it never scrolls:
 * pointer events with pointer capture need no blocking listener.
 */
function followDrags(el: Element, drag: PointerDrag): () => void {
  /** the pointer dragging, or null */
  let id: number | null = null;
  let frame = 0;
  const flush = () => {
    frame = 0;
    drag.apply();
  };
  const down = (e: PointerEvent) => {
    if (id !== null || (e.pointerType === 'mouse' && e.button !== 0)) return;
    id = e.pointerId;
    el.setPointerCapture(e.pointerId);
    drag.start(e);
    listen(true);
  };
  const move = (e: PointerEvent) => {
    if (e.pointerId !== id) return;
    // The drag's moves are its own: it takes them at the window, before anything else, and
    // stops them there. React listens at each island's root in the capturing phase too, and
    // would look through the component tree for handlers on every move of every drag.
    e.stopPropagation();
    drag.move(e);
    // pointer events can outnumber frames several times over: apply the latest once a frame
    if (!frame) frame = requestAnimationFrame(flush);
  };
  // a finger's moves come as touch events as well, which nothing needs during the drag either
  const touchMove = (e: TouchEvent) => {
    if (id !== null && e.target instanceof Node && el.contains(e.target)) e.stopPropagation();
  };
  const view = el.ownerDocument.defaultView;
  const listen = (on: boolean) => {
    if (!view) return;
    if (on) {
      view.addEventListener('pointermove', move, true);
      // passive: it never cancels a touch, so the browser need not wait for it
      view.addEventListener('touchmove', touchMove, { capture: true, passive: true });
    } else {
      view.removeEventListener('pointermove', move, true);
      view.removeEventListener('touchmove', touchMove, true);
    }
  };
  const end = (e: PointerEvent) => {
    if (e.pointerId !== id) return;
    id = null;
    listen(false);
    if (frame) {
      cancelAnimationFrame(frame);
      flush();
    }
    drag.end?.();
  };
  // the capture is lost after pointerup too: `end` then finds no drag and does nothing
  const handlers = [
    ['pointerdown', down],
    ['pointerup', end],
    ['pointercancel', end],
    ['lostpointercapture', end],
  ] as const;
  for (const [type, f] of handlers) el.addEventListener(type, f as EventListener);
  return () => {
    for (const [type, f] of handlers) el.removeEventListener(type, f as EventListener);
    listen(false);
    if (frame) cancelAnimationFrame(frame);
  };
}

/**
 * Drags a value on an element React rendered. The value at drag start plus the pointer's travel
 * (right and up increase it), in the element's own units (an SVG's user units: the same travel
 * moves a weight as far on a phone as on a desktop), times `perPixel` gives the new value. The
 * handlers read the latest callbacks through refs, so the effect binds once per element and
 * stays idempotent.
 */
export function useDragValue<E extends Element>(
  ref: RefObject<E | null>,
  /** the value a drag starts from, read when it starts */
  value: () => number,
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
    let last = { x: 0, y: 0 };
    /** user units per CSS pixel, measured when the drag starts */
    let unitsPerPx = 1;
    return followDrags(el, {
      start: (e) => {
        const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
        const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 1;
        unitsPerPx = scale > 0 ? 1 / scale : 1;
        start = latest.current.value();
        travel = 0;
        last = { x: e.clientX, y: e.clientY };
      },
      move: (e) => {
        travel += (e.clientX - last.x - (e.clientY - last.y)) * unitsPerPx;
        last = { x: e.clientX, y: e.clientY };
      },
      apply: () => latest.current.onChange?.(start + travel * latest.current.perPixel),
    });
  }, [ref, editable]);
}

/**
 * Drags a point on an SVG element React rendered: reports where the pointer is, in the
 * element's own coordinates (its SVG user units), when a drag starts and then once a frame
 * while it moves. The handlers read the latest callbacks through a ref, so the effect binds
 * once per element and stays idempotent.
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
    /** where the pointer is, in the window's coordinates */
    let client = { x: 0, y: 0 };
    // the element's coordinates of that point, with the element where it is now (the page may
    // have scrolled since the drag began)
    const report = () => {
      const m = el.getScreenCTM();
      if (!m) return;
      const p = new DOMPoint(client.x, client.y).matrixTransform(m.inverse());
      latest.current.move(p.x, p.y);
    };
    return followDrags(el, {
      start: (e) => {
        client = { x: e.clientX, y: e.clientY };
        latest.current.start?.();
        report();
      },
      move: (e) => {
        client = { x: e.clientX, y: e.clientY };
      },
      apply: report,
      end: () => latest.current.end?.(),
    });
  }, [ref]);
}
