import { type FocusEvent, memo, type PointerEvent, useCallback } from 'react';
import { isHidden, isLit, selectFocus } from '../../state/focus';
import { type Cell, cellKey, cellValue, MATRICES, type MatrixName } from '../../state/matrices2x2';
import { selectEnv } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useLive } from '../../state/useLive';
import { formatNumber, texNumber } from '../../tex/format';
import { texMatrix, texTerm } from '../../tex/matrix';
import { Tex } from '../../tex/Tex';

/**
 * One line of matrices with the reader's numbers, e.g.
 * `['gradW2', '=', 'slopeOutDiag', '\\cdot', 'errSlope', '\\cdot', 'hiddenRow']`: names are
 * matrices from matrices2x2.ts, other strings are TeX between them. The first matrix is
 * preceded by its symbol. Every linked entry carries its key (`data-q`): hovering it lights the
 * same quantity in the diagram and the formulas; a lit quantity is marked here.
 */
export const MatrixEquation = memo(function MatrixEquation({
  terms,
  label,
}: {
  terms: readonly (MatrixName | string)[];
  label?: string;
}) {
  const env = useLive(selectEnv);
  const focus = useLive(selectFocus);
  const step = useLive((s) => s.step);
  const setHighlight = useAppStore((s) => s.setHighlight);

  const cellTex = (c: Cell) => {
    const key = cellKey(c);
    if (key && isHidden(key, step)) return '\\phantom{0.0000}';
    const num = texNumber(cellValue(c, env));
    return key ? texTerm(num, key, isLit(key, focus)) : num;
  };
  const cellText = (c: Cell) => {
    const key = cellKey(c);
    return key && isHidden(key, step) ? 'not yet computed' : formatNumber(cellValue(c, env));
  };
  let lhs = '';
  const parts: string[] = [];
  const words: string[] = [];
  for (const term of terms) {
    const spec = MATRICES[term as MatrixName];
    if (!spec) {
      parts.push(term);
      continue;
    }
    if (!lhs) lhs = spec.lhs;
    parts.push(texMatrix(spec.cells.map((r) => r.map(cellTex))));
    words.push(`${spec.label}: ${spec.cells.map((r) => r.map(cellText).join(', ')).join('; ')}`);
  }
  const onOver = useCallback(
    (e: PointerEvent | FocusEvent) => {
      const q = (e.target as Element).closest('[data-q]')?.getAttribute('data-q');
      if (q) setHighlight({ q, source: 'entry' });
    },
    [setHighlight],
  );
  // a product of several matrices goes on a second line after the result, so it fits the column
  const matrices = terms.filter((t) => t in MATRICES).length;
  const tex =
    matrices > 2 && parts[1]?.trim().startsWith('=')
      ? `\\begin{aligned} ${lhs} &= ${parts[0]} \\\\ &${parts.slice(1).join(' ')} \\end{aligned}`
      : `${lhs} = ${parts.join(' ')}`;
  return (
    <figure
      className="live-matrix"
      aria-label={label ?? words.map((w) => w.split(':')[0]).join(', ')}
      onPointerOver={onOver}
      onPointerLeave={() => setHighlight(null)}
    >
      <Tex tex={tex} display fallback={words.join('. ')} />
    </figure>
  );
});
