import './backward.css';
import { memo, type Ref, useMemo } from 'react';
import { type EdgeView, edgeLooks, type NodeView, nodeLook } from './diagramLooks';
import { type DiagramNode, layoutNetwork } from './layout';
import { Subscripted } from './Subscripted';
import { type SliderRange, WeightHandle } from './WeightHandle';

/** A dot travelling from one node to another along an edge: the error signal going back. */
export interface Signal {
  id: string;
  from: string;
  to: string;
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
  /** the largest |gradient|: it gets the deepest colour and the widest stroke (square-root scale) */
  gradSpan?: number;
  /** dots animated along edges (instant and hidden under prefers-reduced-motion) */
  signals?: readonly Signal[];
  /** the drawn SVG, for a figure that writes new numbers into it without rendering (patchDiagram.ts) */
  svgRef?: Ref<SVGSVGElement>;
}

export type { EdgeView, NodeView } from './diagramLooks';

const DEFAULT_RANGE: SliderRange = { min: -10, max: 10, step: 0.01 };

/**
 * A layered network drawn from data: React renders the SVG; d3-scale places and colours it.
 * Edges are coloured and sized by weight; each edge with a symbol carries a handle that is
 * also its label. The same component draws the 2x2 network, 2-4-1 and any shape.
 */
export function NetworkDiagram(props: NetworkDiagramProps) {
  const { title, nodes, edges, width = 440, height = 300, lit, range = DEFAULT_RANGE, span = 1 } = props;
  const { gradSpan = 1, signals } = props;
  // the layout depends on the shape only, not on the values, so dragging never re-lays it out
  const shapeKey = `${nodes.map((n) => `${n.id}:${n.column}`).join()}|${edges.map((e) => `${e.from}>${e.to}`).join()}`;
  // each δ sits above its unit, where no edge label is: the top row needs a line more room
  const marginTop = nodes.some((n) => n.deltaText) ? 48 : 28;
  // biome-ignore lint/correctness/useExhaustiveDependencies: shapeKey stands for nodes and edges
  const layout = useMemo(
    () =>
      layoutNetwork(nodes, edges, {
        width,
        height,
        margin: { top: marginTop, right: 36, bottom: 28, left: 36 },
      }),
    [shapeKey, width, height, marginTop],
  );
  const look = useMemo(() => edgeLooks(span, gradSpan), [span, gradSpan]);
  const radius = Math.min(22, (height - 40) / (2.6 * Math.max(...columnCounts(nodes))));
  return (
    <svg
      ref={props.svgRef}
      className="network-diagram"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={title}
    >
      <g className="network-diagram__edges">
        {edges.map((e) => {
          const a = layout.nodes.get(e.from);
          const b = layout.nodes.get(e.to);
          if (!a || !b) return null;
          const l = look(e);
          return (
            <EdgeLine
              key={e.id}
              id={e.id}
              grad={l.grad}
              lit={lit?.has(e.id) ?? false}
              pending={e.gradPending ?? false}
              x1={a.x}
              y1={a.y}
              x2={b.x}
              y2={b.y}
              stroke={l.stroke}
              strokeWidth={l.strokeWidth}
              onHover={props.onHover}
            />
          );
        })}
      </g>
      <g className="network-diagram__nodes">
        {nodes.map((n) => {
          const p = layout.nodes.get(n.id);
          if (!p) return null;
          return (
            <NodeGroup
              key={n.id}
              id={n.id}
              label={n.label}
              bias={n.bias ?? false}
              activation={n.activation}
              dropped={n.dropped ?? false}
              value={n.value}
              deltaText={n.deltaText}
              targetText={n.targetText}
              x={p.x}
              y={p.y}
              radius={radius}
              hidden={props.hiddenValues?.has(n.id) ?? false}
              lit={lit?.has(n.id) ?? false}
            />
          );
        })}
      </g>
      {signals?.length ? (
        <g className="network-diagram__signals">
          {signals.map((sig) => {
            const a = layout.nodes.get(sig.from);
            const b = layout.nodes.get(sig.to);
            if (!a || !b) return null;
            const style = { '--x0': `${a.x}px`, '--y0': `${a.y}px`, '--x1': `${b.x}px`, '--y1': `${b.y}px` };
            return <circle key={sig.id} className="signal" r={5} style={style as React.CSSProperties} />;
          })}
        </g>
      ) : null}
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
              detail={e.detail}
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

/*
 * An edge and a node are drawn by components of their own, given only numbers and strings:
 * dragging one weight then renders the one edge it colours and the units whose values move,
 * not every element of the diagram.
 */

interface EdgeLineProps {
  id: string;
  /** ∂E/∂w when the edge shows the gradient (`data-grad`, read by the tests and the print) */
  grad: number | undefined;
  lit: boolean;
  pending: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  stroke: string | undefined;
  strokeWidth: number;
  onHover: ((id: string | null) => void) | undefined;
}

const EdgeLine = memo(function EdgeLine(p: EdgeLineProps) {
  return (
    <line
      data-q={p.id}
      data-grad={p.grad}
      className={`edge${p.lit ? ' is-lit' : ''}${p.pending ? ' is-pending' : ''}`}
      x1={p.x1}
      y1={p.y1}
      x2={p.x2}
      y2={p.y2}
      style={{ stroke: p.stroke }}
      strokeWidth={p.strokeWidth}
      onPointerEnter={(ev) => ev.buttons === 0 && p.onHover?.(p.id)}
      onPointerLeave={(ev) => ev.buttons === 0 && p.onHover?.(null)}
    />
  );
});

interface NodeGroupProps {
  id: string;
  label: string;
  bias: boolean;
  activation: number | undefined;
  dropped: boolean;
  value: number | undefined;
  deltaText: string | undefined;
  targetText: string | undefined;
  x: number;
  y: number;
  radius: number;
  /** the stepper has not reached this value yet: a "?" */
  hidden: boolean;
  lit: boolean;
}

const NodeGroup = memo(function NodeGroup(n: NodeGroupProps) {
  const l = nodeLook(n, n.hidden);
  const radius = n.radius;
  return (
    <g
      data-q={n.id}
      className={`node${n.bias ? ' node--bias' : ''}${n.lit ? ' is-lit' : ''}${n.dropped ? ' is-dropped' : ''}`}
      transform={`translate(${n.x},${n.y})`}
    >
      <circle r={radius} style={l.fill ? { fill: l.fill } : undefined} />
      <text className={l.labelClass} textAnchor="middle" dy="0.35em">
        <Subscripted text={n.label} size="0.7em" />
      </text>
      {l.valueText !== undefined ? (
        <text className="node__value" textAnchor="middle" y={radius + 13}>
          {l.valueText}
        </text>
      ) : null}
      {n.deltaText ? (
        // above the unit, ending at its right edge: its value is below it, the handles of the
        // edges it sends sit a third of the way along them, to its right, and an output's δ
        // stays inside the drawing
        <text className="node__delta" textAnchor="end" x={radius} y={-radius - 8}>
          {n.deltaText}
        </text>
      ) : null}
      {n.targetText ? (
        // under the output's value, ending at the unit's right edge: beside it, it would need
        // room the columns give up, and the handles would crowd the values of the units
        <text className="node__target" textAnchor="end" x={radius} y={radius + 29}>
          {n.targetText}
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
});

function columnCounts(nodes: readonly DiagramNode[]): number[] {
  const counts: number[] = [];
  for (const n of nodes) counts[n.column] = (counts[n.column] ?? 0) + 1;
  return counts.map((c) => c ?? 0);
}
