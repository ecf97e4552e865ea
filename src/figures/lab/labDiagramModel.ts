import { LAB_SIZES } from '../../state/lab/labConfig';
import { LAB_PARAMS, unitId } from '../../state/lab/labParams';
import type { EdgeView, NodeView } from '../network/NetworkDiagram';

/**
 * The 2-4-1 network as the diagram draws it: inputs i1, i2 and their 1; hidden h1..h4 and
 * their 1; the output o. Values come from the store (the selected sample's activations); this
 * file only arranges them.
 */
export function labNodes(
  x: readonly number[],
  activations: readonly (readonly number[])[],
  mask: readonly number[] | null,
  /** the numbers written under the nodes; the fills use `activations` */
  shown: readonly (readonly number[])[] = activations,
): NodeView[] {
  const nodes: NodeView[] = [];
  LAB_SIZES.forEach((n, l) => {
    for (let i = 0; i < n; i++) {
      const id = unitId(l, i);
      const label = id.length > 1 ? `${id[0]}_${id.slice(1)}` : id;
      if (l === 0) {
        nodes.push({ id, label, column: 0, value: x[i] });
        continue;
      }
      const a = activations[l - 1]?.[i];
      const hidden = l < LAB_SIZES.length - 1;
      nodes.push({
        id,
        label,
        column: l,
        value: shown[l - 1]?.[i],
        activation: a,
        dropped: hidden && mask !== null && mask[i] === 0,
      });
    }
    if (l < LAB_SIZES.length - 1) nodes.push({ id: unitId(l, n), label: '1', column: l, bias: true });
  });
  return nodes;
}

export function labEdges(weights: readonly (readonly (readonly number[])[])[]): EdgeView[] {
  return LAB_PARAMS.map((p) => ({
    id: p.id,
    from: p.from,
    to: p.to,
    weight: weights[p.layer]?.[p.row]?.[p.col] ?? 0,
    ariaLabel: `${p.name}, ${p.role}`,
  }));
}
