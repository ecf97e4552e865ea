import type { FormEvent, ReactNode } from 'react';
import { LiveField, LiveForm } from '../islands/LiveField';
import { formatNumber } from '../tex/format';
import { SLIP_NAMES, type Verdict } from './checkAnswer';

interface AnswerFormProps {
  /** the exercise card's useId(): names the field, its feedback and its hint */
  uid: string;
  text: string;
  onText: (text: string) => void;
  onCheck: (e: FormEvent) => void;
  verdict: Verdict | { kind: 'stale' } | null;
  hintText: string;
  hintShown: boolean;
  onHint: (shown: boolean) => void;
  /** more buttons after Check and Hint (the page's "Show answer") */
  children?: ReactNode;
}

/**
 * The answer field of an exercise, its Check and Hint buttons, what the check said and the
 * hint: the same on the page (YourTurn, an island: the field exists once it is live) and on a
 * teacher's exercise set (rendered in the browser, where it exists at once).
 */
export function AnswerForm(p: AnswerFormProps) {
  const { uid, text, verdict } = p;
  return (
    <>
      <LiveForm className="your-turn__form" onSubmit={p.onCheck}>
        <label htmlFor={`${uid}-answer`}>Your answer</label>
        <LiveField kind="text" text={text}>
          <input
            id={`${uid}-answer`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(e) => p.onText(e.currentTarget.value)}
            aria-describedby={`${uid}-feedback`}
          />
        </LiveField>
        <button type="submit">Check</button>
        <button
          type="button"
          aria-expanded={p.hintShown}
          aria-controls={`${uid}-hint`}
          onClick={() => p.onHint(!p.hintShown)}
        >
          Hint
        </button>
        {p.children}
      </LiveForm>
      <p id={`${uid}-feedback`} className={`your-turn__feedback is-${verdict?.kind ?? 'none'}`} role="status">
        {verdict ? feedback(verdict) : ''}
      </p>
      <div id={`${uid}-hint`} className="your-turn__hint" hidden={!p.hintShown}>
        Hint: {p.hintText}
      </div>
    </>
  );
}

/** The verdict in words; a slip is named, the right value is not given away before "Show answer". */
function feedback(v: Verdict | { kind: 'stale' }): string {
  switch (v.kind) {
    case 'stale':
      return 'The network has changed since you checked: work it out for the new numbers and check again.';
    case 'empty':
      return 'Type a number first, then Check.';
    case 'not-a-number':
      return `“${v.text}” is not a number this box can read; type one like 0.1643, −2.5 or 1.2e−3.`;
    case 'right':
      return `Right: ${formatNumber(v.value)}, to the four significant digits the page shows.`;
    case 'slip':
      return `Not quite. Your number is exactly what this slip gives: ${v.slips.map((s) => SLIP_NAMES[s]).join('; or ')}. Fix it and check again.`;
    case 'close':
      return 'Close, but not to four significant digits: keep more digits in the intermediate numbers and check again.';
    case 'wrong':
      return `Not right: ${formatNumber(v.answer)} is not it, and it matches none of the usual slips. Try the hint.`;
  }
}
