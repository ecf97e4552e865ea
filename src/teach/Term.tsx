import './teach.css';
import { type ReactNode, useId, useLayoutEffect, useRef, useState } from 'react';
import { GLOSSARY, isTermId } from './glossary';

type Open = 'hover' | 'focus' | 'pinned' | null;

/**
 * A glossary term in the prose: `<Term id="jacobian">Jacobian</Term>`. A button (a disclosure)
 * whose definition opens on hover, on keyboard focus and on Enter/Space/click, and closes on Esc,
 * on leaving, or on a second press. The definition sits in a live region the button points to.
 * Around math, `label` names the button in words (typeset math has no text name of its own).
 */
export function Term({ id, label, children }: { id: string; label?: string; children: ReactNode }) {
  const popId = useId();
  const [open, setOpen] = useState<Open>(null);
  const popRef = useRef<HTMLSpanElement>(null);
  // keep the popover inside the viewport on a narrow screen
  useLayoutEffect(() => {
    const el = popRef.current;
    if (!el || !open) return;
    el.style.transform = '';
    const r = el.getBoundingClientRect();
    const over = r.right - (document.documentElement.clientWidth - 8);
    const shift = over > 0 ? -over : r.left < 8 ? 8 - r.left : 0;
    if (shift) el.style.transform = `translateX(${shift}px)`;
  }, [open]);
  if (!isTermId(id)) return <>{children}</>;
  const entry = GLOSSARY[id];
  const close = () => setOpen(null);
  return (
    <span
      className="term"
      onPointerEnter={(e) => e.pointerType === 'mouse' && setOpen((o) => o ?? 'hover')}
      onPointerLeave={() => setOpen((o) => (o === 'hover' ? null : o))}
    >
      <button
        type="button"
        className="term__button"
        aria-expanded={open !== null}
        aria-controls={popId}
        aria-describedby={open ? popId : undefined}
        data-term={id}
        // around math, whose typeset form has no text name: `<Term id="delta" label="δ_H">$\delta_H$</Term>`
        aria-label={label}
        onClick={() => setOpen((o) => (o === 'pinned' ? null : 'pinned'))}
        onFocus={(e) => e.currentTarget.matches(':focus-visible') && setOpen((o) => o ?? 'focus')}
        onBlur={() => setOpen((o) => (o === 'hover' ? o : null))}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.stopPropagation();
            close();
          }
        }}
      >
        {children}
      </button>
      <span ref={popRef} id={popId} className="term__pop" role="note" aria-live="polite" hidden={!open}>
        {open ? (
          <>
            <strong className="term__name">{entry.term}.</strong> {entry.definition}
          </>
        ) : null}
      </span>
    </span>
  );
}
