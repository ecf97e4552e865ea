import { networkGraph, type Value } from '../nn';
import { formatNumber } from '../tex/format';
import { type NetworkInputs2x2, selectPass } from './selectors';
import { DEFAULT_LOSS_2X2, type Loss2x2, PARAMS, type ParamId } from './twoByTwo';

/**
 * The 2x2 network and its error as a computational graph of scalar operations (section 11),
 * built by the engine's scalar autodiff (`networkGraph`, one `Value` per operation) and laid out
 * for the figure: forward values on every node, and the adjoint ∂E/∂node that reverse mode
 * computes. Constants (the targets, the ½) are folded into the node that uses them.
 */
export interface GraphNode {
  /** stable id: a parameter id, `i1`, `mul:a`, `sum:F`, `net:F`, `out:F`, `diff:H`, `sq:H`, `sum`, `E` */
  id: string;
  /** the name drawn on the node; `_X` marks a subscript (`net_F`, `β_F`) */
  name: string;
  /** the name for a screen reader */
  words: string;
  /** the symbol in ∂E/∂(symbol): `F` for the box σ(net_F), `net_F`, `a·i₁`, `E` */
  symbol: string;
  value: number;
  /** ∂E/∂node, after the whole backward pass */
  adjoint: number;
  /** grid position: row 0 (the leaves) down to the error; col 0–5 across */
  row: number;
  col: number;
  /** a weight, bias or input: nothing flows into it */
  leaf: boolean;
  param?: ParamId;
  /** the drawn nodes this one is computed from */
  inputs: string[];
  /** the drawn nodes that use this one, each with the local slope ∂(that node)/∂(this node) */
  uses: { id: string; local: number }[];
}

export interface AutodiffGraph {
  nodes: GraphNode[];
  byId: Readonly<Record<string, GraphNode>>;
  /** the backward pass's order: E first, every node after all the nodes that use it */
  order: string[];
  rows: number;
}

const SUB = ['₁', '₂'] as const;
const UNITS = [
  ['F', 'G'],
  ['H', 'I'],
] as const;
/** where each unit's chain of nodes sits: its products at col ± ½, the rest at col */
const UNIT_COL = [1, 4] as const;

interface Place {
  id: string;
  name: string;
  words: string;
  symbol?: string;
  row: number;
  col: number;
  param?: ParamId;
}

/** Names and places every node of networkGraph's 2x2 graph; throws if its structure changed. */
function placeNodes(g: ReturnType<typeof networkGraph>, half: boolean): Map<Value, Place> {
  const at = new Map<Value, Place>();
  const put = (v: Value | undefined, p: Place) => {
    if (!v) throw new Error(`the 2x2 graph has no node for ${p.id}`);
    at.set(v, p);
  };
  put(g.inputs[0], { id: 'i1', name: 'i₁', words: 'the input i1', row: 0, col: 2 });
  put(g.inputs[1], { id: 'i2', name: 'i₂', words: 'the input i2', row: 0, col: 3 });
  for (const l of [0, 1] as const) {
    const top = l === 0 ? 0 : 4; // the row of the layer's weights
    for (const i of [0, 1] as const) {
      const u = UNITS[l][i];
      const col = UNIT_COL[i];
      const senders = l === 0 ? ['i₁', 'i₂'] : ['F', 'G'];
      const ps = PARAMS.filter((p) => p.layer === l && p.row === i);
      const net = g.net[l]?.[i];
      const [sum, bias] = net?.inputs ?? [];
      const products = sum?.inputs ?? [];
      // the weights sit beside their products: outer columns for F/H's, inner for G/I's
      const weightCols = l === 0 ? (i === 0 ? [0, 1] : [4, 5]) : i === 0 ? [0, 2] : [3, 5];
      ps.forEach((p, j) => {
        const isBias = j === 2;
        put(g.params[l]?.[i]?.[j], {
          id: p.id,
          name: p.label,
          words: `the ${isBias ? 'bias' : 'weight'} ${p.label}`,
          row: isBias ? top + 2 : top,
          col: isBias ? (i === 0 ? 0 : 5) : (weightCols[j] as number),
          param: p.id,
        });
        if (isBias) return;
        put(products[j], {
          id: `mul:${p.id}`,
          name: `${p.label}·${senders[j]}`,
          words: `the product ${p.label} times ${senders[j]}`,
          row: top + 1,
          col: col - 0.5 + j,
        });
      });
      if (bias !== g.params[l]?.[i]?.[2]) throw new Error('the 2x2 graph changed shape');
      const [w0, w1] = ps;
      put(sum, {
        id: `sum:${u}`,
        name: `${w0?.label}·${senders[0]}+${w1?.label}·${senders[1]}`,
        words: `the sum ${w0?.label} times ${senders[0]} plus ${w1?.label} times ${senders[1]}`,
        row: top + 2,
        col,
      });
      put(net, {
        id: `net:${u}`,
        name: `net_${u}`,
        words: `net_${u}, the net input of ${u}`,
        row: top + 3,
        col,
      });
      put(g.out[l]?.[i], {
        id: `out:${u}`,
        name: `${u} = σ`,
        symbol: u,
        words: `${u}, the sigmoid of net_${u}`,
        row: top + 4,
        col,
      });
    }
  }
  // the error: E = (H − t1)² + (I − t2)², times ½ with Mazur's convention
  const sumNode = half ? g.loss.inputs[0] : g.loss;
  sumNode?.inputs.forEach((sq, k) => {
    const u = UNITS[1][k] as string;
    const miss = `${u} − t${SUB[k]}`;
    put(sq, {
      id: `sq:${u}`,
      name: `(${miss})²`,
      words: `the square of ${u} minus t${k + 1}`,
      row: 10,
      col: UNIT_COL[k] as number,
    });
    put(sq.inputs[0], {
      id: `diff:${u}`,
      name: miss,
      words: `the miss ${u} minus t${k + 1}`,
      row: 9,
      col: UNIT_COL[k] as number,
    });
  });
  if (half) {
    put(sumNode, {
      id: 'sum',
      name: 'Σ(·)²',
      symbol: 'Σ',
      words: 'the sum of the squared misses',
      row: 11,
      col: 2.5,
    });
    put(g.loss, {
      id: 'E',
      name: 'E = ½·Σ',
      symbol: 'E',
      words: 'the error E, half the sum',
      row: 12,
      col: 2.5,
    });
  } else {
    put(g.loss, {
      id: 'E',
      name: 'E',
      words: 'the error E, the sum of the squared misses',
      row: 11,
      col: 2.5,
    });
  }
  return at;
}

/** The graph for (weights, x, t, error), from the engine's scalar autodiff, after backward(). */
export function autodiffGraph(
  weights: NetworkInputs2x2['weights'],
  x: readonly number[],
  t: readonly number[],
  loss: Loss2x2 = DEFAULT_LOSS_2X2,
): AutodiffGraph {
  const g = networkGraph(weights, x, t, { loss });
  const at = placeNodes(g, loss === 'half-squared');
  const nodes: GraphNode[] = [];
  const byId: Record<string, GraphNode> = {};
  // g.nodes is topological (each after its inputs); only the placed ones are drawn
  for (const v of g.nodes) {
    const p = at.get(v);
    if (!p) continue;
    const node: GraphNode = {
      ...p,
      symbol: p.symbol ?? p.name,
      value: v.data,
      adjoint: v.grad,
      leaf: v.inputs.length === 0,
      inputs: v.inputs.flatMap((w) => at.get(w)?.id ?? []),
      uses: [],
    };
    nodes.push(node);
    byId[p.id] = node;
  }
  for (const v of g.nodes) {
    const p = at.get(v);
    if (!p) continue;
    v.inputs.forEach((w, k) => {
      const q = at.get(w);
      if (q) byId[q.id]?.uses.push({ id: p.id, local: v.local[k] as number });
    });
  }
  // every edge runs one row down, so the rows from the bottom up are a reverse topological order
  const order = [...nodes].sort((m, n) => n.row - m.row || m.col - n.col).map((n) => n.id);
  return { nodes, byId, order, rows: Math.max(...nodes.map((n) => n.row)) + 1 };
}

let cache: { weights: unknown; x: unknown; t: unknown; loss: Loss2x2; graph: AutodiffGraph } | null = null;
/** The store's network as a graph, once per change of weights, inputs, targets or error. */
export function selectAutodiff(s: NetworkInputs2x2): AutodiffGraph {
  const loss = s.loss2x2 ?? DEFAULT_LOSS_2X2;
  if (cache && cache.weights === s.weights && cache.x === s.x && cache.t === s.t && cache.loss === loss)
    return cache.graph;
  const graph = autodiffGraph(s.weights, s.x, s.t, loss);
  cache = { weights: s.weights, x: s.x, t: s.t, loss, graph };
  return graph;
}

/** The table: each parameter's adjoint in the graph beside ∂E/∂W from backward() (section 7). */
export interface GradientPair {
  param: (typeof PARAMS)[number];
  graph: number;
  matrix: number;
  difference: number;
}

let pairsCache: { graph: AutodiffGraph; grad: unknown; pairs: GradientPair[] } | null = null;
/** The twelve rows, once per change of the network (a stable array, as a selector must return). */
export function gradientPairs(s: NetworkInputs2x2): GradientPair[] {
  const graph = selectAutodiff(s);
  const { grad } = selectPass(s);
  if (pairsCache && pairsCache.graph === graph && pairsCache.grad === grad) return pairsCache.pairs;
  const pairs = PARAMS.map((param) => {
    const g = graph.byId[param.id]?.adjoint ?? Number.NaN;
    const m = grad[param.layer]?.[param.row]?.[param.col] ?? Number.NaN;
    return { param, graph: g, matrix: m, difference: g - m };
  });
  pairsCache = { graph, grad, pairs };
  return pairs;
}

/** A symbol inside ∂E/∂(…): bare when it is one name, in parentheses when it is an expression. */
const wrap = (symbol: string) => (/[·+−² ]/.test(symbol) ? `(${symbol})` : symbol);

/**
 * How a step's adjoint is made, in words: the chain rule over the boxes that use it, e.g.
 * "∂E/∂F = ∂E/∂(e·F) × ∂(e·F)/∂F + ∂E/∂(g·F) × ∂(g·F)/∂F = 0.2770 × 0.4000 + … = 0.0819".
 */
export function describeAdjoint(graph: AutodiffGraph, id: string): string {
  const n = graph.byId[id];
  if (!n) return '';
  const v = wrap(n.symbol);
  if (n.uses.length === 0) return `∂E/∂E = 1: the backward pass starts at the error.`;
  const users = n.uses.map((u) => ({ ...u, node: graph.byId[u.id] as GraphNode }));
  const symbolic = users.map((u) => `∂E/∂${wrap(u.node.symbol)} × ∂${wrap(u.node.symbol)}/∂${v}`).join(' + ');
  const numeric = users.map((u) => `${formatNumber(u.node.adjoint)} × ${formatNumber(u.local)}`).join(' + ');
  const fan = users.length > 1 ? ` ${n.symbol} feeds ${users.length} boxes, so their contributions add.` : '';
  const leaf = n.param ? ` This is the gradient ∂E/∂${n.symbol}.` : '';
  return `∂E/∂${v} = ${symbolic} = ${numeric} = ${formatNumber(n.adjoint)}.${fan}${leaf}`;
}
