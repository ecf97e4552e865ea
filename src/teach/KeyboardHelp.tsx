import './teach.css';
import { useEffect, useRef } from 'react';
import { LiveForm } from '../islands/LiveField';

/** Keys that belong to whatever has focus: typing "?" there is text, not a request for help. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.closest !== 'function') return false;
  return el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
}

const KEYS: [string, string][] = [
  ['← →', 'step back and forward through the passes, with focus in a figure beside sections 2–7'],
  ['Space', 'play or pause the stepper there'],
  ['Tab', 'move to the next weight handle, matrix entry, term or control'],
  [
    '← → ↑ ↓ on a weight handle',
    'lower or raise that weight; with Shift, ten times faster; Home and End go to the ends',
  ],
  ['← → ↑ ↓ on a matrix', 'walk its entries; each lights its edge and its formula'],
  ['Enter or Space on a dotted term', 'open its definition'],
  ['Enter in an answer box', 'check the answer'],
  ['?', 'open this help'],
  ['Esc', 'close this help, or a definition'],
];

/**
 * The keyboard help: a real <dialog>, opened by "?" anywhere on the page (but not while typing
 * in a field) or by its button; Esc or Close shuts it and focus returns where it was.
 */
export function KeyboardHelp() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      const dialog = ref.current;
      if (!dialog || dialog.open) return;
      e.preventDefault();
      dialog.showModal();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button type="button" className="keyboard-help-button" onClick={() => ref.current?.showModal()}>
        Keyboard help <kbd>?</kbd>
      </button>
      <dialog ref={ref} className="keyboard-help" aria-labelledby="keyboard-help-title">
        <h2 id="keyboard-help-title">Keyboard</h2>
        <dl>
          {KEYS.map(([k, what]) => (
            <div key={k} style={{ display: 'contents' }}>
              <dt>{k}</dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <LiveForm method="dialog">
          <button type="submit">Close</button>
        </LiveForm>
      </dialog>
    </>
  );
}
