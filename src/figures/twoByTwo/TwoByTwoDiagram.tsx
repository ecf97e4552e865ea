import { useCallback, useMemo } from 'react';
import { isHidden, selectFocus } from '../../state/focus';
import { pathOf, signalsOf } from '../../state/paths2x2';
import { anchorOf } from '../../state/quantities2x2';
import { selectPass } from '../../state/selectors';
import { isDefinedBy, type Stage } from '../../state/stage';
import { STEPS } from '../../state/steps2x2';
import { useAppStore } from '../../state/store';
import { PARAM_BY_ID, type ParamId } from '../../state/twoByTwo';
import { useLive } from '../../state/useLive';
import { formatNumber } from '../../tex/format';
import { NetworkDiagram } from '../network/NetworkDiagram';
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
  const weights = useLive((s) => s.weights);
  const x = useLive((s) => s.x);
  const t = useLive((s) => s.t);
  const pass = useLive(selectPass);
  const focus = useLive(selectFocus);
  const step = useLive((s) => s.step);
  const setParam = useAppStore((s) => s.setParam);
  const setHighlight = useAppStore((s) => s.setHighlight);

  const nodes = useMemo(
    () => backwardNodes(twoByTwoNodes(x, pass.out), { delta: pass.delta, t, stage, step }),
    [x, t, pass, stage, step],
  );
  const edges = useMemo(
    () => backwardEdges(twoByTwoEdges(weights), { grad: pass.grad, stage, step }),
    [weights, pass, stage, step],
  );
  const gradSpan = useMemo(
    () =>
      Math.max(
        1e-12,
        ...edges.flatMap((e) => (e.grad === undefined || e.gradPending ? [] : [Math.abs(e.grad)])),
      ),
    [edges],
  );
  // the reader's pointer on an edge or node lights that element; a formula, a matrix entry or
  // the stepper lights every link its quantity runs along
  const lit = useMemo(
    () => new Set(focus ? (focus.source === 'diagram' ? [anchorOf(focus.q)] : pathOf(focus.q)) : []),
    [focus],
  );
  const current = step === null ? null : (STEPS[step] ?? null);
  const signals = useMemo(
    () =>
      current && isDefinedBy(stage, current)
        ? signalsOf(current).map((sg) => ({ id: `${step}:${sg.edge}`, from: sg.from, to: sg.to }))
        : [],
    [current, stage, step],
  );
  const onEdgeChange = useCallback((id: string, v: number) => isParamId(id) && setParam(id, v), [setParam]);
  const onHover = useCallback(
    (id: string | null) => setHighlight(id ? { q: id, source: 'diagram' } : null),
    [setHighlight],
  );
  const showsGradients = isDefinedBy(stage, 'grad:e');
  const pointed = focus?.source === 'diagram' && isParamId(focus.q) ? focus.q : null;
  return (
    <>
      <NetworkDiagram
        title={title}
        nodes={nodes}
        edges={edges}
        lit={lit}
        hiddenValues={hiddenUnits(step)}
        gradSpan={gradSpan}
        // the targets (from section 5) and the gradients' chips sit right of the output units
        marginRight={isDefinedBy(stage, 'E') ? 124 : 36}
        signals={signals}
        onEdgeChange={onEdgeChange}
        onHover={onHover}
      />
      {showsGradients ? (
        <p className="diagram-legend" data-testid="diagram-legend" aria-live="polite">
          {pointed ? (
            <GradientReading id={pointed} grad={pass.grad} stage={stage} step={step} />
          ) : (
            'Edge colour and width: ∂E/∂w (orange positive, purple negative; square-root scale); the chips hold the weights. Hover or focus a weight to read its gradient.'
          )}
        </p>
      ) : null}
    </>
  );
}

/** "∂E/∂e = 0.1643", or why it is not shown */
function GradientReading(props: { id: ParamId; grad: number[][][]; stage: Stage; step: number | null }) {
  const p = PARAM_BY_ID[props.id];
  const key = `grad:${p.id}`;
  const name = `∂E/∂${p.label}`;
  if (!isDefinedBy(props.stage, key)) return <>{`${name}: worked out in section 7.`}</>;
  if (isHidden(key, props.step)) return <>{`${name} = ? (not computed yet)`}</>;
  return (
    <>
      {`${name} = `}
      <span className="diagram-legend__value">
        {formatNumber(props.grad[p.layer]?.[p.row]?.[p.col] ?? Number.NaN)}
      </span>
    </>
  );
}

/** while stepping, an activation not computed yet shows as a blank */
const hiddenUnits = (step: number | null) =>
  new Set(['F', 'G', 'H', 'I'].filter((u) => isHidden(`out:${u}`, step)));
