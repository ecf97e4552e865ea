import { useMemo, useRef } from 'react';
import { setText } from '../../app/setText';
import { isHidden } from '../../state/focus';
import { memoOne } from '../../state/memoOne';
import { type Pass, selectPass } from '../../state/selectors';
import type { AppState } from '../../state/store';
import { useLivePatch } from '../../state/useLivePatch';
import { formatNumber, texNumber } from '../../tex/format';
import { patchTex, RewriteNumbersContext, Tex, texNumbers } from '../../tex/Tex';

/**
 * The network's outputs H and I (and optionally E), as the reader sees and hears them. While
 * the stepper runs, a value it has not reached yet is a "?". New numbers in the same line (a
 * weight dragged) are written in place, not rendered (useLivePatch).
 */
export function OutputsLine({ withError = false }: { withError?: boolean }) {
  const line = useRef<HTMLParagraphElement>(null);
  const select = useMemo(() => {
    const build = memoOne((pass: Pass, step: number | null) => outputsView(pass, step, withError));
    return (s: AppState) => build(selectPass(s), s.step);
  }, [withError]);
  const { view, rewrite } = useLivePatch(select, outputsShape, (v) => {
    const el = line.current;
    if (!el) return;
    patchTex(el.querySelector('.live-tex'), v);
    setText(el.querySelector(':scope > .sr-only--live'), v.text);
  });
  return (
    <p ref={line} className="figure-outputs" data-testid="outputs">
      <span aria-hidden="true">
        <RewriteNumbersContext.Provider value={rewrite}>
          <Tex tex={view.tex} />
        </RewriteNumbersContext.Provider>
      </span>
      <span className="sr-only sr-only--live">{view.text}</span>
    </p>
  );
}

function outputsView(pass: Pass, step: number | null, withError: boolean) {
  const [H = Number.NaN, I = Number.NaN] = pass.out[1] ?? [];
  const shown = [
    { name: 'H', key: 'out:H', value: H },
    { name: 'I', key: 'out:I', value: I },
    ...(withError ? [{ name: 'E', key: 'E', value: pass.error }] : []),
  ].map((q) => ({ ...q, hidden: isHidden(q.key, step) }));
  const tex = shown.map((q) => `${q.name} = ${q.hidden ? '\\text{?}' : texNumber(q.value)}`).join(',\\quad ');
  const text = shown.map((q) => `${q.name} = ${q.hidden ? 'not computed yet' : formatNumber(q.value)}`);
  return { ...texNumbers(tex), text: `Outputs: ${text.join(', ')}` };
}

/** the typeset template: a "?" where a number was renders, new numbers do not */
const outputsShape = (v: ReturnType<typeof outputsView>) => v.template;
