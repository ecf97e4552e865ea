import { describe, expect, it } from 'vitest';
import { seededNetwork } from '../../state/anyNetwork/shape';
import { anyNetworkEdges, anyNetworkNodes, biasId, diagramHeight, edgeId, unitId } from './diagramModel';

describe('the any-network diagram model', () => {
  const sizes = [3, 5, 2, 1];
  const { weights, x } = seededNetwork(sizes, 1);

  it('draws every unit and a 1 under every layer but the output', () => {
    const nodes = anyNetworkNodes(sizes, x, [[0, 0, 0, 0, 0], [0, 0], [0.25]]);
    expect(nodes).toHaveLength(3 + 5 + 2 + 1 + 3);
    expect(nodes.filter((n) => n.bias).map((n) => n.column)).toEqual([0, 1, 2]);
    expect(nodes.find((n) => n.id === unitId(0, 2))).toMatchObject({ label: 'x_3', value: x[2], column: 0 });
    expect(nodes.find((n) => n.id === unitId(3, 0))).toMatchObject({ activation: 0.25, column: 3 });
  });

  it('draws one edge per weight, the last column from the 1', () => {
    const edges = anyNetworkEdges(weights);
    expect(edges).toHaveLength(5 * 4 + 2 * 6 + 1 * 3);
    const bias = edges.find((e) => e.id === edgeId(2, 1, 5));
    expect(bias).toMatchObject({ from: biasId(1), to: unitId(2, 1), weight: weights[1][1][5] });
    expect(bias?.ariaLabel).toBe('bias W2[2, 6], from the bias 1 to unit 2 of layer 2');
    expect(edges.find((e) => e.id === edgeId(1, 4, 0))).toMatchObject({
      from: unitId(0, 0),
      to: unitId(1, 4),
    });
  });

  it('grows taller with the widest layer', () => {
    expect(diagramHeight([2, 2])).toBe(240);
    expect(diagramHeight([8, 1])).toBeGreaterThan(diagramHeight([4, 1]));
  });
});
