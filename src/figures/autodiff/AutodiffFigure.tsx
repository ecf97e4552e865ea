import './autodiff.css';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { useKeyboardScrollable } from '../../app/useKeyboardScrollable';
import { describeAdjoint, gradientPairs, selectAutodiff } from '../../state/autodiff2x2';
import { useLive } from '../../state/useLive';
import { ParamSymbol } from '../gradcheck/ParamSymbol';
import { formatPrecise } from '../gradcheck/precise';
import { Scientific } from '../gradcheck/Scientific';
import { GraphSvg } from './GraphSvg';

/**
 * Section 11: the 2x2 network of sections 1–7 (the same store, live) as a computational graph
 * of scalar operations, built by the engine's scalar autodiff. The reader walks the backward
 * pass one node at a time in reverse topological order (buttons, or ← → Home End with the
 * figure focused); a table sets the adjoints at the twelve weights beside ∂E/∂W1 and ∂E/∂W2
 * from the matrix formulas of section 7.
 */
export function AutodiffFigure() {
  const graph = useLive(selectAutodiff);
  const pairs = useLive(gradientPairs);
  // −1: only the forward values; k: the first k + 1 nodes of the backward order have adjoints
  const [step, setStep] = useState(-1);
  const total = graph.order.length;
  const at = Math.min(step, total - 1); // the ½ adds a node; a shorter order clamps
  const reached = useMemo(() => new Set(graph.order.slice(0, at + 1)), [graph, at]);
  const current = at >= 0 ? (graph.order[at] ?? null) : null;
  const go = (k: number) => setStep(Math.max(-1, Math.min(total - 1, k)));
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).closest('input, select, textarea')) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: -1, End: total - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    go(next);
  };
  const scrollRef = useRef<HTMLDivElement>(null);
  useKeyboardScrollable(scrollRef, '.autodiff__scroll');
  const node = current ? graph.byId[current] : undefined;
  const status = node
    ? `Step ${at + 1} of ${total}, ${node.words}: ${describeAdjoint(graph, node.id)}`
    : `No adjoint yet: the forward pass has filled in every value. Next (or →) starts the backward pass at E.`;
  const done = at === total - 1;
  const maxDiff = Math.max(...pairs.map((p) => Math.abs(p.difference)));
  return (
    <div
      className="figure-stack autodiff"
      role="group"
      aria-label="The 2x2 network as a computational graph. With focus here, the left and right arrow keys step through the backward pass."
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the figure takes ← → Home End for the steps
      tabIndex={0}
      onKeyDown={onKeyDown}
      ref={scrollRef}
    >
      <p className="autodiff__legend">
        Each box: an operation or a leaf, its value from the forward pass, and{' '}
        <span className="autodiff__key">∂</span> its adjoint ∂E/∂(box) once the backward pass reaches it.
        Inputs and weights at the top, E at the bottom.
      </p>
      <div className="autodiff__buttons">
        <button type="button" onClick={() => go(at - 1)} disabled={at < 0}>
          ← Back
        </button>
        <button type="button" onClick={() => go(at + 1)} disabled={done}>
          Next →
        </button>
        <button type="button" onClick={() => go(total - 1)} disabled={done}>
          All adjoints
        </button>
        <button type="button" onClick={() => go(-1)} disabled={at < 0}>
          Start over
        </button>
      </div>
      <p className="autodiff__status" aria-live="polite" data-testid="autodiff-status">
        {status}
      </p>
      <div className="autodiff__scroll" data-scroll-box>
        <GraphSvg graph={graph} reached={reached} current={current} />
      </div>
      <div className="autodiff__scroll" data-scroll-box>
        <table className="autodiff__table" data-testid="autodiff-table">
          <caption>
            The adjoints at the twelve weights beside the matrix formulas ∂E/∂W₂ (section 6) and ∂E/∂W₁
            (section 7), computed by backward(), to 12 decimals.
          </caption>
          <thead>
            <tr>
              <th scope="col">θ</th>
              <th scope="col">graph: adjoint of θ</th>
              <th scope="col">matrix formula: ∂E/∂θ</th>
              <th scope="col">difference</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((p) => {
              const shown = reached.has(p.param.id);
              return (
                <tr key={p.param.id} data-param={p.param.id}>
                  <th scope="row">
                    <ParamSymbol label={p.param.label} />
                  </th>
                  <td className="autodiff__graph">{shown ? formatPrecise(p.graph) : 'not reached'}</td>
                  <td className="autodiff__matrix">{formatPrecise(p.matrix)}</td>
                  <td>{shown ? <Scientific value={p.difference} /> : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="autodiff__summary" data-testid="autodiff-summary">
        {done ? (
          <>
            All twelve reached. The largest difference between the graph and sections 6–7 is{' '}
            <Scientific value={maxDiff} />.
          </>
        ) : (
          `${pairs.filter((p) => reached.has(p.param.id)).length} of 12 weights reached.`
        )}
      </p>
    </div>
  );
}
