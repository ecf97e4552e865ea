import type { ReadonlyWeights } from '../../nn';
import type { EdgeView, NodeView } from '../network/NetworkDiagram';

/** Layer k of n_k units, in words: "input 2", "unit 3 of layer 1", "output 1". */
function unitName(layer: number, j: number, last: number): string {
  if (layer === 0) return `input ${j + 1}`;
  if (layer === last) return `output ${j + 1}`;
  return `unit ${j + 1} of layer ${layer}`;
}

export const unitId = (layer: number, j: number) => `L${layer}u${j}`;
export const biasId = (layer: number) => `L${layer}one`;
/** the edge carrying W^l[row][col] (l counted from 1, as in the derivation) */
export const edgeId = (l: number, row: number, col: number) => `W${l}r${row}c${col}`;

/**
 * Columns 0 … L: the inputs x_j, then every layer's units top to bottom in row order of its
 * W^l; every column but the last ends with its appended 1. Units show out^l (inputs show x).
 */
export function anyNetworkNodes(
  sizes: readonly number[],
  x: readonly number[],
  out: readonly (readonly number[])[],
): NodeView[] {
  const last = sizes.length - 1;
  const nodes: NodeView[] = [];
  sizes.forEach((n, layer) => {
    for (let j = 0; j < n; j++) {
      const value = layer === 0 ? x[j] : out[layer - 1]?.[j];
      nodes.push({
        id: unitId(layer, j),
        label: layer === 0 ? `x_${j + 1}` : '',
        column: layer,
        value,
        activation: layer === 0 ? undefined : value,
      });
    }
    if (layer < last) nodes.push({ id: biasId(layer), label: '1', column: layer, bias: true, value: 1 });
  });
  return nodes;
}

/** One edge per entry of every W^l: column j < n_{l−1} from unit j, the last column from the 1. */
export function anyNetworkEdges(weights: ReadonlyWeights): EdgeView[] {
  const last = weights.length;
  const edges: EdgeView[] = [];
  weights.forEach((W, i) => {
    const l = i + 1;
    W.forEach((row, r) => {
      row.forEach((weight, c) => {
        const isBias = c === row.length - 1;
        const from = isBias ? biasId(l - 1) : unitId(l - 1, c);
        const fromName = isBias ? 'the bias 1' : unitName(l - 1, c, last);
        edges.push({
          id: edgeId(l, r, c),
          from,
          to: unitId(l, r),
          weight,
          ariaLabel: `${isBias ? 'bias' : 'weight'} W${l}[${r + 1}, ${c + 1}], from ${fromName} to ${unitName(l, r, last)}`,
        });
      });
    });
  });
  return edges;
}

/** Tall enough that a column of up to 8 units and its 1 keep their values clear of each other. */
export function diagramHeight(sizes: readonly number[]): number {
  const rows = Math.max(...sizes) + 1;
  return Math.max(240, 56 + (rows - 1) * 64);
}
