import { useCallback, useMemo, useRef } from 'react';
import { setText } from '../../app/setText';
import type { Weights } from '../../nn';
import { isHidden, selectFocus } from '../../state/focus';
import { memoOne } from '../../state/memoOne';
import { pathOf, signalsOf } from '../../state/paths2x2';
import { anchorOf } from '../../state/quantities2x2';
import { type Pass, selectPass } from '../../state/selectors';
import { isDefinedBy, type Stage } from '../../state/stage';
import { STEPS } from '../../state/steps2x2';
import { type AppState, useAppStore } from '../../state/store';
import { PARAM_BY_ID, type ParamId } from '../../state/twoByTwo';
import type { Highlight } from '../../state/uiSlice';
import { useLivePatch } from '../../state/useLivePatch';
import { formatNumber } from '../../tex/format';
import { diagramShape } from '../network/diagramLooks';
import { NetworkDiagram } from '../network/NetworkDiagram';
import { diagramPatcher } from '../network/patchDiagram';
import { backwardEdges, backwardNodes, isParamId, twoByTwoEdges, twoByTwoNodes } from './diagramModel';

interface TwoByTwoDiagramProps {
  title?: string;
  /** how far the section has got: which backward quantities the diagram may show */
  stage?: Stage;
}

/**
 * The live 2x2 network: every weight a handle, every node its current value. From the section
 * that defines them on, the backward pass too: δ under each unit, ∂E/∂w as each edge's colour
 * and width (its value on hover or focus, below the diagram), the targets beside the outputs.
 * Whatever the stepper has not reached is blank; a hidden δ's step shows the error signal
 * travelling back from the outputs along W2ᵀ.
 */
export function TwoByTwoDiagram({
  title = 'The 2x2 network with its biases',
  stage = 'forward',
}: TwoByTwoDiagramProps) {
  const setParam = useAppStore((s) => s.setParam);
  const setHighlight = useAppStore((s) => s.setHighlight);
  const svg = useRef<SVGSVGElement>(null);
  const legend = useRef<HTMLSpanElement>(null);
  const select = useMemo(() => diagramViewOf(title, stage), [title, stage]);
  const patcher = useMemo(diagramPatcher, []);
  // a weight dragged moves numbers only: they are written into the drawn diagram, not rendered
  const { view } = useLivePatch(select, viewShape, (v, rendered) => {
    if (svg.current) patcher(svg.current, v, rendered);
    if (v.reading?.value !== undefined) setText(legend.current, v.reading.value);
  });
  const onEdgeChange = useCallback((id: string, v: number) => isParamId(id) && setParam(id, v), [setParam]);
  const onHover = useCallback(
    (id: string | null) => setHighlight(id ? { q: id, source: 'diagram' } : null),
    [setHighlight],
  );
  return (
    <>
      <NetworkDiagram
        svgRef={svg}
        title={title}
        nodes={view.nodes}
        edges={view.edges}
        lit={view.lit}
        hiddenValues={view.hiddenValues}
        gradSpan={view.gradSpan}
        signals={view.signals}
        onEdgeChange={onEdgeChange}
        onHover={onHover}
      />
      {view.showsGradients ? (
        <p className="diagram-legend" data-testid="diagram-legend" aria-live="polite">
          {view.reading ? (
            <>
              {view.reading.text}
              {view.reading.value === undefined ? null : (
                <span ref={legend} className="diagram-legend__value">
                  {view.reading.value}
                </span>
              )}
            </>
          ) : (
            'Edge colour and width: ∂E/∂w (orange positive, purple negative; square-root scale); the chips hold the weights. Hover or focus a weight to read its gradient.'
          )}
        </p>
      ) : null}
    </>
  );
}

type DiagramView = ReturnType<ReturnType<typeof diagramViewOf>>;

/**
 * The diagram's view for a section's stage, from the store: its nodes and edges with their
 * numbers, what is lit, what the stepper hides, the error signal's dots and the legend's reading.
 * One object per change of what it depends on.
 */
function diagramViewOf(title: string, stage: Stage) {
  const build = memoOne(
    (
      weights: Weights,
      x: number[],
      t: number[],
      pass: Pass,
      focus: Highlight | null,
      step: number | null,
    ) => {
      const nodes = backwardNodes(twoByTwoNodes(x, pass.out), { delta: pass.delta, t, stage, step });
      const edges = backwardEdges(twoByTwoEdges(weights), { grad: pass.grad, stage, step });
      const gradSpan = Math.max(
        1e-12,
        ...edges.flatMap((e) => (e.grad === undefined || e.gradPending ? [] : [Math.abs(e.grad)])),
      );
      // the reader's pointer on an edge or node lights that element; a formula, a matrix entry
      // or the stepper lights every link its quantity runs along
      const lit = new Set(focus ? (focus.source === 'diagram' ? [anchorOf(focus.q)] : pathOf(focus.q)) : []);
      const current = step === null ? null : (STEPS[step] ?? null);
      const signals =
        current && isDefinedBy(stage, current)
          ? signalsOf(current).map((sg) => ({ id: `${step}:${sg.edge}`, from: sg.from, to: sg.to }))
          : [];
      const pointed = focus?.source === 'diagram' && isParamId(focus.q) ? focus.q : null;
      return {
        title,
        nodes,
        edges,
        gradSpan,
        lit,
        signals,
        hiddenValues: hiddenUnits(step),
        showsGradients: isDefinedBy(stage, 'grad:e'),
        reading: pointed ? gradientReading(pointed, pass.grad, stage, step) : null,
      };
    },
  );
  return (s: AppState) => build(s.weights, s.x, s.t, selectPass(s), selectFocus(s), s.step);
}

/** everything but the numbers: a change of it is rendered, a change of numbers is patched */
const viewShape = (v: DiagramView) =>
  `${diagramShape(v)}|${v.showsGradients}|${v.reading ? `${v.reading.text}${v.reading.value === undefined ? '' : '#'}` : ''}`;

/** "∂E/∂e = " and "0.1643", or why it is not shown */
function gradientReading(
  id: ParamId,
  grad: number[][][],
  stage: Stage,
  step: number | null,
): { text: string; value?: string } {
  const p = PARAM_BY_ID[id];
  const key = `grad:${p.id}`;
  const name = `∂E/∂${p.label}`;
  if (!isDefinedBy(stage, key)) return { text: `${name}: worked out in section 7.` };
  if (isHidden(key, step)) return { text: `${name} = ? (not computed yet)` };
  return { text: `${name} = `, value: formatNumber(grad[p.layer]?.[p.row]?.[p.col] ?? Number.NaN) };
}

/** while stepping, an activation not computed yet shows as a blank */
const hiddenUnits = (step: number | null) =>
  new Set(['F', 'G', 'H', 'I'].filter((u) => isHidden(`out:${u}`, step)));
