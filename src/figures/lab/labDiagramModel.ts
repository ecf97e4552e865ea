import { labSizes, widthOf } from '../../state/lab/labConfig';
import { labParams, unitId } from '../../state/lab/labParams';
import type { EdgeView, NodeView } from '../network/NetworkDiagram';

/**
 * The 2-h-1 network as the diagram draws it: inputs i1, i2 and their 1; hidden h1..hh and
 * their 1; the output o. Values come from the store (the selected sample's activations); this
 * file only arranges them.
 */
export function labNodes(
  x: readonly number[],
  activations: readonly (readonly number[])[],
  mask: readonly number[] | null,
  /** the numbers written under the nodes; the fills use `activations` */
  shown: readonly (readonly number[])[] = activations,
  width = activations[0]?.length ?? 4,
): NodeView[] {
  const nodes: NodeView[] = [];
  const sizes = labSizes(width);
  sizes.forEach((n, l) => {
    for (let i = 0; i < n; i++) {
      const id = unitId(l, i, width);
      const label = id.length > 1 ? `${id[0]}_${id.slice(1)}` : id;
      if (l === 0) {
        nodes.push({ id, label, column: 0, value: x[i] });
        continue;
      }
      const a = activations[l - 1]?.[i];
      const hidden = l < sizes.length - 1;
      nodes.push({
        id,
        label,
        column: l,
        value: shown[l - 1]?.[i],
        activation: a,
        dropped: hidden && mask !== null && mask[i] === 0,
      });
    }
    if (l < sizes.length - 1) nodes.push({ id: unitId(l, n, width), label: '1', column: l, bias: true });
  });
  return nodes;
}

export function labEdges(weights: readonly (readonly (readonly number[])[])[]): EdgeView[] {
  return labParams(widthOf(weights)).map((p) => ({
    id: p.id,
    from: p.from,
    to: p.to,
    weight: weights[p.layer]?.[p.row]?.[p.col] ?? 0,
    ariaLabel: `${p.name}, ${p.role}`,
  }));
}
