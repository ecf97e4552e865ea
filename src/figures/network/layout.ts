import { scaleLinear } from 'd3-scale';

/** A node of a layered diagram. A bias node is the appended constant 1 of its column. */
export interface DiagramNode {
  id: string;
  /** short label drawn in the node: `F`, `i_1`, `1` */
  label: string;
  column: number;
  bias?: boolean;
}

export interface DiagramEdge {
  id: string;
  from: string;
  to: string;
}

export interface Point {
  x: number;
  y: number;
}

export interface Layout {
  width: number;
  height: number;
  nodes: Map<string, Point>;
  /** where an edge's label and handle sit: `labelAt` of the way from sender to receiver */
  handles: Map<string, Point>;
}

export interface LayoutOptions {
  width: number;
  height: number;
  margin?: { top: number; right: number; bottom: number; left: number };
  /** fraction of the way along an edge for its label; near the sender, where edges fan out */
  labelAt?: number;
}

/**
 * Columns spread evenly across the width; within a column nodes sit on a shared row grid so
 * that the bias node of every column lines up at the bottom, like the appended 1 of the
 * derivation.
 */
export function layoutNetwork(
  nodes: readonly DiagramNode[],
  edges: readonly DiagramEdge[],
  opts: LayoutOptions,
): Layout {
  const margin = opts.margin ?? { top: 28, right: 36, bottom: 28, left: 36 };
  // 0.35: clear of the sending node and the value written under it, where edges have fanned out
  const labelAt = opts.labelAt ?? 0.35;
  const columns = Math.max(...nodes.map((n) => n.column)) + 1;
  const rows = Math.max(...countPerColumn(nodes, columns));
  const x = scaleLinear()
    .domain([0, Math.max(columns - 1, 1)])
    .range([margin.left, opts.width - margin.right]);
  const y = scaleLinear()
    .domain([0, Math.max(rows - 1, 1)])
    .range([margin.top, opts.height - margin.bottom]);
  const placed = new Map<string, Point>();
  for (let c = 0; c < columns; c++) {
    const col = nodes.filter((n) => n.column === c);
    const units = col.filter((n) => !n.bias);
    const bias = col.filter((n) => n.bias);
    // units centred in the rows above the bias row; the bias takes the last row
    const unitRows = bias.length ? rows - 1 : rows;
    const offset = (unitRows - units.length) / 2;
    units.forEach((n, i) => {
      placed.set(n.id, { x: x(c), y: y(offset + i) });
    });
    for (const n of bias) placed.set(n.id, { x: x(c), y: y(rows - 1) });
  }
  const handles = new Map<string, Point>();
  for (const e of edges) {
    const a = placed.get(e.from);
    const b = placed.get(e.to);
    if (!a || !b) continue;
    handles.set(e.id, { x: a.x + (b.x - a.x) * labelAt, y: a.y + (b.y - a.y) * labelAt });
  }
  return { width: opts.width, height: opts.height, nodes: placed, handles };
}

function countPerColumn(nodes: readonly DiagramNode[], columns: number): number[] {
  const counts = new Array<number>(columns).fill(0);
  for (const n of nodes) counts[n.column] = (counts[n.column] ?? 0) + 1;
  return counts;
}
