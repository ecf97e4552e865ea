import { PARAMS, type ParamId } from '../../state/twoByTwo';
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
