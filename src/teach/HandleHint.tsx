import './teach.css';
import { type ReactNode, useEffect } from 'react';
import { useHintStore } from './hintStore';

const VALUE_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);

/**
 * Around a diagram with weight handles: a one-time hint that the edge labels can be dragged or
 * keyed, dismissed for good the first time the reader drags (once the drag ends) or keys a
 * handle, or closes it.
 */
export function HandleHint({ children }: { children: ReactNode }) {
  const dismissed = useHintStore((s) => s.dismissed);
  const { load, dismiss } = useHintStore.getState();
  useEffect(() => load(), [load]);
  const onHandle = (e: React.SyntheticEvent) =>
    !dismissed && Boolean((e.target as Element).closest?.('.weight-handle.is-editable'));
  const used = (e: React.SyntheticEvent) => {
    if (onHandle(e)) dismiss();
  };
  // A drag dismisses the hint when the finger or button is lifted, not when it goes down: taking
  // the hint out of the page moves the diagram up by the hint's height, which under a pressed
  // finger would move the handle away from it (and lay out the page again mid-drag).
  const pressed = (e: React.PointerEvent) => {
    if (!onHandle(e)) return;
    const view = (e.target as Element).ownerDocument.defaultView;
    if (!view) return dismiss();
    const released = () => {
      view.removeEventListener('pointerup', released, true);
      view.removeEventListener('pointercancel', released, true);
      dismiss();
    };
    view.addEventListener('pointerup', released, true);
    view.addEventListener('pointercancel', released, true);
  };
  // moving a value is a use; Tab passing through a handle is not
  const keyed = (e: React.KeyboardEvent) => {
    if (VALUE_KEYS.has(e.key)) used(e);
  };
  return (
    <div className="handle-hint-area" onPointerDownCapture={pressed} onKeyDownCapture={keyed}>
      {dismissed === false ? (
        <div className="handle-hint" role="note">
          <span>
            <span aria-hidden="true">▾ </span>Each label on an edge is a handle: drag it sideways, or focus it
            with Tab and use the arrow keys.
          </span>
          <button type="button" onClick={dismiss} aria-label="Got it, hide this hint">
            Got it
          </button>
        </div>
      ) : null}
      {children}
    </div>
  );
}
