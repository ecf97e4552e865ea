import { useMemo, useState } from 'react';
import { widthOf } from '../../state/lab/labConfig';
import { paramById } from '../../state/lab/labParams';
import {
  selectMask,
  selectSampleActivations,
  selectSamples,
  selectTextSampleActivations,
} from '../../state/lab/labSelectors';
import { useLab } from '../../state/lab/useLab';
import { formatNumber } from '../../tex/format';
import { NetworkDiagram } from '../network/NetworkDiagram';
import { labEdges, labNodes } from './labDiagramModel';

/** Weights beyond ±WEIGHT_SPAN get the deepest colour and the widest line. */
const WEIGHT_SPAN = 6;

/**
 * The 2-h-1 network: edges coloured and sized by weight (orange positive, purple negative),
 * nodes filled by their activation for the selected sample (the numbers under them refresh a few
 * times a second while training plays); with dropout on, the units the last training pass
 * dropped are crossed out. Hovering an edge names its weight.
 */
export function LabDiagram({ title }: { title?: string }) {
  const weights = useLab((s) => s.net.weights);
  const width = widthOf(weights);
  const data = useLab(selectSamples);
  const selected = useLab((s) => s.selected);
  const activations = useLab(selectSampleActivations);
  const shown = useLab(selectTextSampleActivations);
  const mask = useLab(selectMask);
  const [hovered, setHovered] = useState<string | null>(null);
  // with no samples (an empty drawn set) the inputs show 0, 0 and the units nothing
  const x = data[selected]?.x ?? [0, 0];
  const nodes = useMemo(
    () => labNodes(x, activations, mask, shown, width),
    [x, activations, mask, shown, width],
  );
  const edges = useMemo(() => labEdges(weights), [weights]);
  const p = hovered ? paramById(hovered, width) : undefined;
  const dropped = nodes.filter((n) => n.dropped).map((n) => n.id);
  return (
    <figure className="lab-diagram">
      <NetworkDiagram
        title={title ?? `The 2-${width}-1 network`}
        nodes={nodes}
        edges={edges}
        width={440}
        height={width > 5 ? 330 : 290}
        span={WEIGHT_SPAN}
        onHover={setHovered}
      />
      <figcaption className="lab-caption">
        {p ? (
          <span>
            {p.name} ({p.role}) = {formatNumber(weights[p.layer][p.row][p.col])}
          </span>
        ) : (
          <span>
            {data.length ? `Sample ${selected + 1}: (${x.map(formatNumber).join(', ')}).` : 'No samples yet.'}{' '}
            {mask
              ? `Dropped in the last training pass: ${dropped.length ? dropped.join(', ') : 'none'}.`
              : 'Hover an edge to read its weight.'}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
