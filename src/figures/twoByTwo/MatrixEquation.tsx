import {
  type FocusEvent,
  type KeyboardEvent,
  memo,
  type PointerEvent,
  useCallback,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CopyButton } from '../../classroom/copy/CopyButton';
import { copyNumber, type NamedGrid, toCsv, toPlainText } from '../../classroom/copy/copyFormats';
import { isHidden, isLit, selectFocus } from '../../state/focus';
import {
  type Cell,
  cellKey,
  cellValue,
  MATRICES,
  type MatrixName,
  type MatrixSpec,
  termTex,
} from '../../state/matrices2x2';
import { memoOne } from '../../state/memoOne';
import { type Env, isHalf, QUANTITY } from '../../state/quantities2x2';
import { selectEnv } from '../../state/selectors';
import { type AppState, useAppStore } from '../../state/store';
import { PARAM_BY_ID, type ParamId } from '../../state/twoByTwo';
import { useLive } from '../../state/useLive';
import { useLivePatch } from '../../state/useLivePatch';
import { formatNumber, texNumber } from '../../tex/format';
import { texMatrix, texTerm } from '../../tex/matrix';
import { patchTex, RewriteNumbersContext, Tex, texNumbers } from '../../tex/Tex';

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
  // the keyboard's way to point at an entry: focus the figure, then the arrows walk the entries
  const linked = useMemo(
    () =>
      terms.flatMap((t) => MATRICES[t as MatrixName]?.cells.flat().flatMap((c) => cellKey(c) ?? []) ?? []),
    [terms],
  );
  const [cursor, setCursor] = useState<number | null>(null);
  const current = cursor === null ? null : (linked[cursor] ?? null);
  const figure = useRef<HTMLElement>(null);
  // The numbers follow a drag without rendering: a new template (a step hides an entry, the ½
  // switch) renders, new numbers in the same template are written in place (useLivePatch).
  const termsKey = terms.join('\u0000');
  // biome-ignore lint/correctness/useExhaustiveDependencies: termsKey stands for terms
  const select = useMemo(() => {
    const texOf = memoOne(equationView);
    // the same object while the line's strings stay the same: W1's line, while the reader
    // drags a weight of W2, is not even patched
    let last: EquationView | null = null;
    return (s: AppState) => {
      const next = texOf(terms, selectEnv(s), s.step);
      if (last && next.tex === last.tex && next.csv === last.csv && next.text === last.text) return last;
      last = next;
      return next;
    };
  }, [termsKey]);
  const { view, rewrite } = useLivePatch(select, equationShape, (v) => {
    const el = figure.current;
    if (!el) return;
    for (const [name, value] of [
      ['data-copy-tex', v.source],
      ['data-copy-csv', v.csv],
      ['data-copy-text', v.text],
    ] as const) {
      if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    }
    patchTex(el.querySelector(':scope > .live-tex'), v);
  });
  // what is lit, and the entry under the keyboard's cursor: these render
  const marks = useLive(
    useShallow((s: AppState) => {
      const focus = selectFocus(s);
      return {
        lit: linked.filter((k) => isLit(k, focus)).join(' '),
        entry: current ? entryWords(current, selectEnv(s), s.step) : '',
      };
    }),
  );
  const setHighlight = useAppStore((s) => s.setHighlight);
  const onOver = useCallback(
    (e: PointerEvent | FocusEvent) => {
      if ('buttons' in e && e.buttons !== 0) return; // dragging across, not pointing
      const q = (e.target as Element).closest('[data-q]')?.getAttribute('data-q');
      if (q) setHighlight({ q, source: 'entry' });
    },
    [setHighlight],
  );
  const onKeyDown = (e: KeyboardEvent) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
    if (step === undefined || linked.length === 0) return;
    e.preventDefault();
    e.stopPropagation(); // the arrows move within the matrix, not the stepper
    const next = cursor === null ? 0 : (cursor + step + linked.length) % linked.length;
    setCursor(next);
    setHighlight({ q: linked[next] as string, source: 'entry' });
  };
  const onBlur = () => {
    setCursor(null);
    setHighlight(null);
  };
  const { tex, words, csv, text, source: copyTex } = view;
  const name = label ?? view.names;
  // one array per set of lit keys, so Tex marks its terms again only when they change
  const lit = useMemo(() => (marks.lit ? marks.lit.split(' ') : undefined), [marks.lit]);
  return (
    <figure
      ref={figure}
      className="live-matrix live-matrix--copyable"
      data-copy={name}
      data-copy-tex={copyTex}
      data-copy-csv={csv}
      data-copy-text={text}
      aria-label={`${name}. Arrow keys move between its entries.`}
      tabIndex={linked.length ? 0 : undefined}
      onPointerOver={onOver}
      onPointerLeave={() => setHighlight(null)}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <RewriteNumbersContext.Provider value={rewrite}>
        <Tex tex={tex} display fallback={words} lit={lit} />
      </RewriteNumbersContext.Provider>
      <span className="sr-only sr-only--live" aria-live="polite">
        {marks.entry}
      </span>
      <CopyButton name={name} matrix />
    </figure>
  );
});

/** The line as MatrixEquation shows it: its TeX, its words, and what copying it gives. */
function equationView(terms: readonly (MatrixName | string)[], env: Env, step: number | null) {
  const eq = equationTex(terms, env, step);
  // source: what Copy, the context menu and a text selection give (src/classroom/copy)
  return { ...eq, ...texNumbers(eq.tex, eq.words) };
}
type EquationView = ReturnType<typeof equationView>;

/** the typeset template and the matrices' names: a change of either renders */
const equationShape = (v: EquationView) => `${v.template}|${v.names}`;

/**
 * The line's TeX with the reader's numbers, and the same numbers for screen readers and for
 * copying (CSV and aligned text): what the figure shows, as strings.
 */
function equationTex(terms: readonly (MatrixName | string)[], env: Env, step: number | null) {
  const cellTex = (c: Cell) => {
    const key = cellKey(c);
    if (key && isHidden(key, step)) return '\\phantom{0.0000}';
    const num = texNumber(cellValue(c, env));
    return key ? texTerm(num, key) : num;
  };
  const cellText = (c: Cell) => {
    const key = cellKey(c);
    return key && isHidden(key, step) ? 'not yet computed' : formatNumber(cellValue(c, env));
  };
  const cellCopy = (c: Cell) => {
    const key = cellKey(c);
    return key && isHidden(key, step) ? '' : copyNumber(cellValue(c, env));
  };
  let lhs = '';
  const parts: string[] = [];
  const words: string[] = [];
  const labels: string[] = [];
  const grids: NamedGrid[] = [];
  for (const term of terms) {
    const spec: MatrixSpec | undefined = MATRICES[term as MatrixName];
    if (!spec) {
      parts.push(termTex(term, isHalf(env)));
      continue;
    }
    if (!lhs) lhs = (isHalf(env) ? spec.lhsHalf : undefined) ?? spec.lhs;
    parts.push(texMatrix(spec.cells.map((r) => r.map(cellTex))));
    words.push(`${spec.label}: ${spec.cells.map((r) => r.map(cellText).join(', ')).join('; ')}`);
    labels.push(spec.label);
    grids.push({ label: spec.label, rows: spec.cells.map((r) => r.map(cellCopy)) });
  }
  // a product of several matrices goes on a second line after the result, so it fits the column
  const matrices = terms.filter((t) => t in MATRICES).length;
  // a long row (the six-entry Jacobians of section 4) goes under its name, so it fits the column
  const longRow = matrices === 1 && (MATRICES[terms[0] as MatrixName]?.cells[0]?.length ?? 0) > 4;
  const tex =
    matrices > 2 && parts[1]?.trim().startsWith('=')
      ? `\\begin{aligned} ${lhs} &= ${parts[0]} \\\\ &${parts.slice(1).join(' ')} \\end{aligned}`
      : longRow
        ? `\\begin{aligned} & ${lhs} = \\\\ & \\quad ${parts.join(' ')} \\end{aligned}`
        : `${lhs} = ${parts.join(' ')}`;
  return {
    tex,
    words: words.join('. '),
    names: labels.join(', '),
    csv: toCsv(grids),
    text: toPlainText(grids),
  };
}

/** "the gradient of E with respect to e equals 0.1643", for the entry under the keyboard cursor */
function entryWords(key: string, env: Env, step: number | null): string {
  if (isHidden(key, step)) return `${QUANTITY[key]?.words ?? key}: not computed yet`;
  const param = PARAM_BY_ID[key as ParamId];
  if (param)
    return `${param.col === 2 ? 'bias' : 'weight'} ${param.label} equals ${formatNumber(cellValue({ param: param.id }, env))}`;
  const q = QUANTITY[key];
  return q ? `${q.words} equals ${formatNumber(q.value(env))}` : key;
}
