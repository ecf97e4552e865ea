import { scaleLinear } from 'd3-scale';
import { linkVertical } from 'd3-shape';
import { memo } from 'react';
import type { AutodiffGraph, GraphNode } from '../../state/autodiff2x2';
import { formatNumber } from '../../tex/format';

/** The SVG's own units: drawn 1:1 at its minimum width, a little larger beside the prose. */
export const GRAPH_WIDTH = 540;
const NODE_W = 82;
const NODE_H = 48;
const ROW = 70;
const TOP = 8 + NODE_H / 2;
const SIDE = 8 + NODE_W / 2;

const link = linkVertical<{ source: [number, number]; target: [number, number] }, [number, number]>();

/** `net_F` → net with a subscript F; other names as they are */
function Name({ name }: { name: string }) {
  const [base, sub] = name.split('_');
  return (
    <>
      {base}
      {sub ? (
        <tspan dy={2} fontSize="0.8em">
          {sub}
        </tspan>
      ) : null}
    </>
  );
}

/**
 * The computational graph: one box per scalar operation or leaf, with its name, its forward
 * value and, once the backward pass has reached it, its adjoint ∂E/∂node. The current node's
 * outgoing edges carry the local slopes its adjoint was assembled from.
 */
export const GraphSvg = memo(function GraphSvg({
  graph,
  reached,
  current,
}: {
  graph: AutodiffGraph;
  reached: ReadonlySet<string>;
  current: string | null;
}) {
  const x = scaleLinear()
    .domain([0, 5])
    .range([SIDE, GRAPH_WIDTH - SIDE]);
  const y = (row: number) => TOP + row * ROW;
  const height = y(graph.rows - 1) + NODE_H / 2 + 8;
  const cur = current ? graph.byId[current] : undefined;
  const edges = graph.nodes.flatMap((n) =>
    n.inputs.map((from) => {
      const src = graph.byId[from] as GraphNode;
      const path = link({
        source: [x(src.col), y(src.row) + NODE_H / 2],
        target: [x(n.col), y(n.row) - NODE_H / 2],
      });
      return { key: `${from}>${n.id}`, from, to: n.id, path: path ?? '', src, dst: n };
    }),
  );
  return (
    <svg
      className="autodiff-graph"
      viewBox={`0 0 ${GRAPH_WIDTH} ${height}`}
      role="img"
      aria-label={`The computational graph of the 2x2 network and its error: ${graph.nodes.length} nodes, leaves at the top, E at the bottom.`}
    >
      <g className="autodiff-graph__edges">
        {edges.map((e) => (
          <path
            key={e.key}
            d={e.path}
            className={`autodiff-edge${e.from === current ? ' is-current' : ''}`}
            data-edge={e.key}
          />
        ))}
      </g>
      <g className="autodiff-graph__nodes">
        {graph.nodes.map((n) => {
          const shown = reached.has(n.id);
          return (
            <g
              key={n.id}
              className={`autodiff-node${n.leaf ? ' is-leaf' : ''}${shown ? ' is-reached' : ''}${n.id === current ? ' is-current' : ''}`}
              transform={`translate(${x(n.col)},${y(n.row)})`}
              data-node={n.id}
            >
              <rect x={-NODE_W / 2} y={-NODE_H / 2} width={NODE_W} height={NODE_H} rx={n.leaf ? 3 : 12} />
              <text className="autodiff-node__name" y={-10}>
                <Name name={n.name} />
              </text>
              <text className="autodiff-node__value" y={6}>
                {formatNumber(n.value)}
              </text>
              {shown ? (
                <text className="autodiff-node__adjoint" y={20} data-adjoint={n.adjoint}>
                  ∂ {formatNumber(n.adjoint)}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
      {cur ? (
        <g className="autodiff-graph__slopes">
          {cur.uses.map((u) => {
            const to = graph.byId[u.id] as GraphNode;
            const mx = (x(cur.col) + x(to.col)) / 2;
            const my = (y(cur.row) + y(to.row)) / 2;
            return (
              <text key={u.id} className="autodiff-slope" x={mx} y={my + 4}>
                ×{formatNumber(u.local)}
              </text>
            );
          })}
        </g>
      ) : null}
    </svg>
  );
});
