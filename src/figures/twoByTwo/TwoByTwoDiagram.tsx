import { useCallback, useMemo } from 'react';
import { isHidden, litAnchor, selectFocus } from '../../state/focus';
import { selectPass } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { useLive } from '../../state/useLive';
import { NetworkDiagram } from '../network/NetworkDiagram';
import { isParamId, twoByTwoEdges, twoByTwoNodes } from './diagramModel';

/** The live 2x2 network: every weight a handle, every node its current value. */
export function TwoByTwoDiagram({ title = 'The 2x2 network with its biases' }: { title?: string }) {
  const weights = useLive((s) => s.weights);
  const x = useLive((s) => s.x);
  const out = useLive((s) => selectPass(s).out);
  const anchor = useLive((s) => litAnchor(selectFocus(s)));
  const step = useLive((s) => s.step);
  // while stepping, an activation not computed yet shows as a blank
  const hiddenValues = useMemo(
    () => new Set(['F', 'G', 'H', 'I'].filter((u) => isHidden(`out:${u}`, step))),
    [step],
  );
  const setParam = useAppStore((s) => s.setParam);
  const setHighlight = useAppStore((s) => s.setHighlight);

  const nodes = useMemo(() => twoByTwoNodes(x, out), [x, out]);
  const edges = useMemo(() => twoByTwoEdges(weights), [weights]);
  const lit = useMemo(() => new Set(anchor ? [anchor] : []), [anchor]);
  const onEdgeChange = useCallback((id: string, v: number) => isParamId(id) && setParam(id, v), [setParam]);
  const onHover = useCallback(
    (id: string | null) => setHighlight(id ? { q: id, source: 'diagram' } : null),
    [setHighlight],
  );
  return (
    <NetworkDiagram
      title={title}
      nodes={nodes}
      edges={edges}
      lit={lit}
      hiddenValues={hiddenValues}
      onEdgeChange={onEdgeChange}
      onHover={onHover}
    />
  );
}
