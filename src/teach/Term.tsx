import './teach.css';
import type { ReactNode } from 'react';
import { GLOSSARY, isTermId } from './glossary';

/** The definition's element id: each term is wrapped once on the page (contentIds.test.ts). */
export const termPopId = (id: string) => `term-${id}`;

/**
 * A glossary term in the prose: `<Term id="jacobian">Jacobian</Term>`. It sits inside prose,
 * which is prerendered HTML with no React behind it, so the component renders static markup: a
 * button (a disclosure) and its definition, hidden. `termBehaviour.ts`, installed once for the
 * whole page, opens it on hover, on keyboard focus and on Enter/Space/click, and closes it on
 * Esc, on leaving, or on a second press. Around math, `label` names the button in words (typeset
 * math has no text name of its own).
 */
export function Term({ id, label, children }: { id: string; label?: string; children: ReactNode }) {
  if (!isTermId(id)) return <>{children}</>;
  const entry = GLOSSARY[id];
  const popId = termPopId(id);
  return (
    <span className="term">
      <button
        type="button"
        className="term__button"
        aria-expanded="false"
        aria-controls={popId}
        data-term={id}
        aria-label={label}
      >
        {children}
      </button>
      <span id={popId} className="term__pop" role="note" aria-live="polite" hidden>
        <strong className="term__name">{entry.term}.</strong> {entry.definition}
      </span>
    </span>
  );
}
