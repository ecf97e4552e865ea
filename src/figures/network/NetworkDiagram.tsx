import { useMemo } from 'react';
import { formatNumber } from '../../tex/format';
import { activationFill, onDeepFill, weightColor, weightWidth } from './colors';
import { type DiagramEdge, type DiagramNode, layoutNetwork } from './layout';
import { Subscripted } from './Subscripted';
import { type SliderRange, WeightHandle } from './WeightHandle';

export interface NodeView extends DiagramNode {
  /** the number shown under the node: an input, an activation, or 1 */
  value?: number;
  /** in (0, 1): fills the node; absent for inputs and bias nodes */
  activation?: number;
  /** a dropped unit (dropout): drawn crossed out */
  dropped?: boolean;
}

export interface EdgeView extends DiagramEdge {
  weight: number;
  /** symbol for the chip, e.g. `b_F`; no chip when absent */
  symbol?: string;
  ariaLabel: string;
}

export interface NetworkDiagramProps {
  title: string;
  nodes: readonly NodeView[];
  edges: readonly EdgeView[];
  width?: number;
  height?: number;
  /** ids of nodes or edges lit together with their formula term and matrix entry */
  lit?: ReadonlySet<string>;
  range?: SliderRange;
  /** weights beyond ±span get the deepest colour and the widest stroke */
  span?: number;
  onEdgeChange?: (id: string, value: number) => void;
  onHover?: (id: string | null) => void;
  /** hide values (the stepper blanks quantities not yet reached) */
  hiddenValues?: ReadonlySet<string>;
}

const DEFAULT_RANGE: SliderRange = { min: -10, max: 10, step: 0.01 };

/**
 * A layered network drawn from data: React renders the SVG; d3-scale places and colours it.
 * Edges are coloured and sized by weight; each edge with a symbol carries a handle that is
 * also its label. The same component draws the 2x2 network, 2-4-1 and any shape.
 */
export function NetworkDiagram(props: NetworkDiagramProps) {
  const { title, nodes, edges, width = 440, height = 300, lit, range = DEFAULT_RANGE, span = 1 } = props;
  // the layout depends on the shape only, not on the values, so dragging never re-lays it out
  const shapeKey = `${nodes.map((n) => `${n.id}:${n.column}`).join()}|${edges.map((e) => `${e.from}>${e.to}`).join()}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: shapeKey stands for nodes and edges
  const layout = useMemo(() => layoutNetwork(nodes, edges, { width, height }), [shapeKey, width, height]);
  const color = useMemo(() => weightColor(span), [span]);
  const strokeWidth = useMemo(() => weightWidth(span), [span]);
  const radius = Math.min(22, (height - 40) / (2.6 * Math.max(...columnCounts(nodes))));
  return (
    <svg className="network-diagram" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={title}>
      <g className="network-diagram__edges">
        {edges.map((e) => {
          const a = layout.nodes.get(e.from);
          const b = layout.nodes.get(e.to);
          if (!a || !b) return null;
          return (
            <line
              key={e.id}
              data-q={e.id}
              className={`edge${lit?.has(e.id) ? ' is-lit' : ''}`}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              style={{ stroke: color(e.weight) }}
              strokeWidth={strokeWidth(Math.abs(e.weight))}
              onPointerEnter={(ev) => ev.buttons === 0 && props.onHover?.(e.id)}
              onPointerLeave={(ev) => ev.buttons === 0 && props.onHover?.(null)}
            />
          );
        })}
      </g>
      <g className="network-diagram__nodes">
        {nodes.map((n) => {
          const p = layout.nodes.get(n.id);
          if (!p) return null;
          const fill = n.activation === undefined ? undefined : activationFill(n.activation);
          const hidden = props.hiddenValues?.has(n.id);
          return (
            <g
              key={n.id}
              data-q={n.id}
              className={`node${n.bias ? ' node--bias' : ''}${lit?.has(n.id) ? ' is-lit' : ''}${n.dropped ? ' is-dropped' : ''}`}
              transform={`translate(${p.x},${p.y})`}
            >
              <circle r={radius} style={fill ? { fill } : undefined} />
              <text
                className={`node__label${n.activation !== undefined && onDeepFill(n.activation) ? ' node__label--on-deep' : n.activation !== undefined ? ' node__label--on-pale' : ''}`}
                textAnchor="middle"
                dy="0.35em"
              >
                <Subscripted text={n.label} size="0.7em" />
              </text>
              {n.value !== undefined && !n.bias ? (
                <text className="node__value" textAnchor="middle" y={radius + 13}>
                  {hidden ? '?' : formatNumber(n.value)}
                </text>
              ) : null}
              {n.dropped ? (
                <path
                  className="node__cross"
                  d={`M${-radius},${-radius}L${radius},${radius}M${radius},${-radius}L${-radius},${radius}`}
                />
              ) : null}
            </g>
          );
        })}
      </g>
      <g className="network-diagram__handles">
        {edges.map((e) => {
          const h = layout.handles.get(e.id);
          if (!h || !e.symbol) return null;
          return (
            <WeightHandle
              key={e.id}
              q={e.id}
              x={h.x}
              y={h.y}
              symbol={e.symbol}
              value={e.weight}
              ariaLabel={e.ariaLabel}
              range={range}
              lit={lit?.has(e.id)}
              onChange={props.onEdgeChange}
              onHover={props.onHover}
            />
          );
        })}
      </g>
    </svg>
  );
}

function columnCounts(nodes: readonly DiagramNode[]): number[] {
  const counts: number[] = [];
  for (const n of nodes) counts[n.column] = (counts[n.column] ?? 0) + 1;
  return counts.map((c) => c ?? 0);
}
