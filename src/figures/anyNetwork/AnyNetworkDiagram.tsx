import { useMemo } from 'react';
import { selectAnyPass } from '../../state/anyNetwork/selectors';
import { useLiveAnyNetwork } from '../../state/anyNetwork/useLiveAnyNetwork';
import { NetworkDiagram } from '../network/NetworkDiagram';
import { anyNetworkEdges, anyNetworkNodes, diagramHeight } from './diagramModel';

/** Initial weights lie within ±2/√n_{l−1}, so ±2 spans the colour scale. */
const SPAN = 2;

/** The reader's network, redrawn whenever the shape or the seed changes. */
export function AnyNetworkDiagram() {
  const weights = useLiveAnyNetwork((s) => s.weights);
  const pass = useLiveAnyNetwork(selectAnyPass);
  const nodes = useMemo(
    () =>
      anyNetworkNodes(
        pass.sizes,
        pass.x,
        pass.layers.map((v) => v.out),
      ),
    [pass],
  );
  const edges = useMemo(() => anyNetworkEdges(weights), [weights]);
  const shape = pass.sizes.join('-');
  return (
    <NetworkDiagram
      title={`A ${shape} network: edges coloured by weight (orange positive, purple negative), units shaded by activation`}
      nodes={nodes}
      edges={edges}
      height={diagramHeight(pass.sizes)}
      span={SPAN}
    />
  );
}
