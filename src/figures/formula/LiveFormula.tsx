import { memo } from 'react';
import { NARROW, useMediaQuery } from '../../app/useMediaQuery';
import { CopyButton } from '../../classroom/copy/CopyButton';
import { isHidden, isLit, selectFocus } from '../../state/focus';
import { hasPath } from '../../state/paths2x2';
import { quantity } from '../../state/quantities2x2';
import { selectEnv } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useLive } from '../../state/useLive';
import { formatNumber } from '../../tex/format';
import { Tex } from '../../tex/Tex';
import { formulaTex } from './formulaTex';

/**
 * A formula of the derivation with the reader's numbers: `<LiveFormula q="grad:e" />` in
 * the prose shows ∂E/∂e in symbols, with numbers substituted, or both (the reader's choice),
 * recomputed whenever anything changes and lit when the stepper or a hover reaches it. As an
 * island (src/islands) it follows the store only while near the viewport.
 */
export const LiveFormula = memo(function LiveFormula({ q }: { q: string }) {
  const lit = useLive((s) => isLit(q, selectFocus(s)));
  const setHighlight = useAppStore((s) => s.setHighlight);
  // a formula that runs through a hidden unit takes focus, so the keyboard can light its paths too
  const focusable = hasPath(q);
  return (
    <div
      className={`live-formula${lit ? ' is-lit' : ''}`}
      data-formula={q}
      data-copy={quantity(q).words}
      onPointerEnter={() => setHighlight({ q, source: 'entry' })}
      onPointerLeave={() => setHighlight(null)}
      {...(focusable
        ? {
            tabIndex: 0,
            role: 'group',
            'aria-label': `${quantity(q).words}; focus lights its paths in the diagram`,
            onFocus: () => setHighlight({ q, source: 'entry' }),
            onBlur: () => setHighlight(null),
          }
        : {})}
    >
      <FormulaBody q={q} lit={lit} />
      <CopyButton name={quantity(q).words} />
    </div>
  );
});

/** The typeset formula; it stops following the store while scrolled out of view. */
function FormulaBody({ q, lit }: { q: string; lit: boolean }) {
  const spec = quantity(q);
  const env = useLive(selectEnv);
  const mode = useLive((s) => s.mathMode);
  const hidden = useLive((s) => isHidden(q, s.step));
  // on a phone the substituted numbers and their result take a line each
  const narrow = useMediaQuery(NARROW);
  const tex = formulaTex(spec, env, mode, { hidden, long: narrow ? 20 : 48 });
  const value = spec.value(env);
  return (
    <Tex
      tex={tex}
      lit={lit ? [q] : undefined}
      display
      fallback={`${spec.words}: ${hidden ? 'not computed yet' : formatNumber(value)}`}
    />
  );
}
