import { isHidden } from '../../state/focus';
import { isDefinedBy, type Stage } from '../../state/stage';
import { PARAM_BY_ID, PARAMS, type ParamId } from '../../state/twoByTwo';
import { formatNumber } from '../../tex/format';
import type { EdgeView, NodeView } from '../network/NetworkDiagram';

/** The 2x2 network's columns: inputs and their 1, hidden units and their 1, outputs. */
const NODES: readonly NodeView[] = [
  { id: 'i1', label: 'i_1', column: 0 },
  { id: 'i2', label: 'i_2', column: 0 },
  { id: 'one0', label: '1', column: 0, bias: true },
  { id: 'F', label: 'F', column: 1 },
  { id: 'G', label: 'G', column: 1 },
  { id: 'one1', label: '1', column: 1, bias: true },
  { id: 'H', label: 'H', column: 2 },
  { id: 'I', label: 'I', column: 2 },
];

const NODE_NAME: Record<string, string> = {
  i1: 'i1',
  i2: 'i2',
  one0: 'the bias 1',
  one1: 'the bias 1',
  F: 'F',
  G: 'G',
  H: 'H',
  I: 'I',
};

/** Nodes with their current values: inputs, activations F, G, H, I (out[0], out[1]). */
export function twoByTwoNodes(x: readonly number[], out: readonly (readonly number[])[]): NodeView[] {
  const value: Record<string, number | undefined> = {
    i1: x[0],
    i2: x[1],
    F: out[0]?.[0],
    G: out[0]?.[1],
    H: out[1]?.[0],
    I: out[1]?.[1],
  };
  return NODES.map((n) => {
    const v = value[n.id];
    const isUnit = n.column > 0 && !n.bias;
    return { ...n, value: v, activation: isUnit ? v : undefined };
  });
}

export function twoByTwoEdges(weights: readonly (readonly (readonly number[])[])[]): EdgeView[] {
  return PARAMS.map((q) => ({
    id: q.id,
    from: q.from,
    to: q.to,
    weight: weights[q.layer]?.[q.row]?.[q.col] ?? 0,
    symbol: q.label,
    ariaLabel: `${q.col === 2 ? 'bias' : 'weight'} ${q.label}, from ${NODE_NAME[q.from]} to ${NODE_NAME[q.to]}`,
  }));
}

export const isParamId = (id: string): id is ParamId => PARAMS.some((q) => q.id === id);

interface BackwardView {
  stage: Stage;
  step: number | null;
}

/** δ under every unit and the targets beside the outputs, as far as the stage and the stepper allow. */
export function backwardNodes(
  nodes: NodeView[],
  v: BackwardView & { delta: readonly (readonly number[])[]; t: readonly number[] },
): NodeView[] {
  return nodes.map((n) => {
    const unit = UNIT_POSITION[n.id];
    if (!unit) return n;
    const key = `delta:${n.id}`;
    const next: NodeView = { ...n };
    if (isDefinedBy(v.stage, key)) {
      next.deltaText = `δ = ${isHidden(key, v.step) ? '?' : formatNumber(v.delta[unit[0]]?.[unit[1]] ?? Number.NaN)}`;
    }
    if (unit[0] === 1 && isDefinedBy(v.stage, 'E')) {
      next.targetText = `t${unit[1] === 0 ? '₁' : '₂'} = ${formatNumber(v.t[unit[1]] ?? Number.NaN)}`;
    }
    return next;
  });
}

/** ∂E/∂w on every edge whose gradient the stage has defined; pending while the stepper has not reached it. */
export function backwardEdges(
  edges: EdgeView[],
  v: BackwardView & { grad: readonly (readonly (readonly number[])[])[] },
) {
  return edges.map((e): EdgeView => {
    if (!isParamId(e.id)) return e;
    const p = PARAM_BY_ID[e.id];
    const key = `grad:${p.id}`;
    if (!isDefinedBy(v.stage, key)) return e;
    const pending = isHidden(key, v.step);
    const grad = v.grad[p.layer]?.[p.row]?.[p.col] ?? Number.NaN;
    return {
      ...e,
      grad,
      gradPending: pending,
      detail: `∂E/∂${p.label} = ${pending ? 'not computed yet' : formatNumber(grad)}`,
    };
  });
}

const UNIT_POSITION: Record<string, readonly [number, number] | undefined> = {
  F: [0, 0],
  G: [0, 1],
  H: [1, 0],
  I: [1, 1],
};
