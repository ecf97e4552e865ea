import { formatNumber } from '../../tex/format';
import { activationFill, onDeepFill, weightColor, weightWidth } from './colors';
import type { DiagramEdge, DiagramNode } from './layout';

/*
 * What each element of a network diagram looks like for given numbers, as plain strings and
 * numbers. The diagram's JSX renders these, and patchDiagram.ts writes the same ones into a
 * diagram already drawn: one definition, so a patched diagram cannot differ from a rendered one.
 */

export interface NodeView extends DiagramNode {
  /** the number shown under the node: an input, an activation, or 1 */
  value?: number;
  /** in (0, 1): fills the node; absent for inputs and bias nodes */
  activation?: number;
  /** a dropped unit (dropout): drawn crossed out */
  dropped?: boolean;
  /** a second line under the value, e.g. `δ = −0.0138` or `δ = ?` (backward pass) */
  deltaText?: string;
  /** written to the right of an output, e.g. `t₁ = 0.01` */
  targetText?: string;
}

export interface EdgeView extends DiagramEdge {
  weight: number;
  /** symbol for the chip, e.g. `b_F`; no chip when absent */
  symbol?: string;
  ariaLabel: string;
  /** ∂E/∂w: when present the edge's colour and width show it instead of the weight */
  grad?: number;
  /** the gradient is part of this view but not computed yet (stepping): drawn neutral, dashed */
  gradPending?: boolean;
  /** appended to the handle's value text for screen readers, e.g. `∂E/∂e = 0.1643` */
  detail?: string;
}

/** An edge's colour and width: by its gradient when it shows one, else by its weight. */
export interface EdgeLook {
  /** ∂E/∂w when the edge shows the gradient (`data-grad`, read by the tests and the print) */
  grad: number | undefined;
  stroke: string | undefined;
  strokeWidth: number;
}

/**
 * The colour and width scales of one diagram: weights saturate at ±span; gradients span orders of
 * magnitude, so a square-root scale up to gradSpan keeps the small ones visible.
 */
export function edgeLooks(span: number, gradSpan: number): (e: EdgeView) => EdgeLook {
  const color = weightColor(span);
  const width = weightWidth(span);
  const unitColor = weightColor(1);
  const unitWidth = weightWidth(1);
  return (e) => {
    if (e.gradPending) return { grad: undefined, stroke: undefined, strokeWidth: 1 };
    if (e.grad === undefined)
      return { grad: undefined, stroke: color(e.weight), strokeWidth: width(Math.abs(e.weight)) };
    const g = e.grad;
    return {
      grad: g,
      stroke: unitColor(Math.sign(g) * Math.sqrt(Math.abs(g) / gradSpan)),
      strokeWidth: unitWidth(Math.sqrt(Math.abs(g) / gradSpan)),
    };
  };
}

/** A node's fill, the class of its label on that fill, and the texts around it. */
export function nodeLook(n: Pick<NodeView, 'value' | 'activation' | 'bias'>, hidden: boolean) {
  const a = n.activation;
  return {
    fill: a === undefined ? undefined : activationFill(a),
    labelClass: `node__label${a !== undefined && onDeepFill(a) ? ' node__label--on-deep' : a !== undefined ? ' node__label--on-pale' : ''}`,
    /** under the node; undefined for a bias node or a node without a value */
    valueText: n.value !== undefined && !n.bias ? (hidden ? '?' : formatNumber(n.value)) : undefined,
  };
}

/** Chip text size in the SVG's units (see .weight-handle text in styles.css) over 11.5. */
const TEXT_SCALE = 13 / 11.5;
/**
 * The handle's hit area is at least this tall, in the SVG's units: 24 CSS px on a 375 px phone,
 * where the 440-wide diagram is drawn about 375 px wide, and less than the 36.6 units between
 * two stacked handles of the 2x2 network, so neighbours do not cover each other.
 */
export const HIT_HEIGHT = 30;

/** A weight handle's value text, its chip's size (it grows with the text) and its words. */
export function handleLook(symbol: string, value: number, detail: string | undefined) {
  const valueText = formatNumber(value);
  const width = (9 + `${symbol.replace('_', '')} ${valueText}`.length * 6.4) * TEXT_SCALE;
  return {
    valueText,
    width,
    height: 20 * TEXT_SCALE,
    hitWidth: Math.max(width, HIT_HEIGHT),
    /** the arrows either side of an editable chip */
    arrows: `M${-width / 2 - 3},-4L${-width / 2 - 8},0L${-width / 2 - 3},4ZM${width / 2 + 3},-4L${width / 2 + 8},0L${width / 2 + 3},4Z`,
    // as React writes a number into an attribute
    valueNow: String(value),
    valueWords: `${symbol} = ${valueText}${detail ? `, ${detail}` : ''}`,
  };
}

/**
 * Everything about a diagram's view except its numbers: which elements it has and how they are
 * marked. Two views of the same shape differ only in what patchDiagram.ts writes.
 */
export function diagramShape(v: {
  title: string;
  nodes: readonly NodeView[];
  edges: readonly EdgeView[];
  lit?: ReadonlySet<string>;
  hiddenValues?: ReadonlySet<string>;
  signals?: readonly { id: string }[];
}): string {
  const nodes = v.nodes.map(
    (n) =>
      `${n.id}:${n.label}:${n.column}:${n.bias ? 'b' : ''}${n.dropped ? 'x' : ''}${n.value === undefined ? '' : 'v'}${n.activation === undefined ? '' : 'a'}${n.deltaText ? 'd' : ''}${n.targetText ? 't' : ''}${v.hiddenValues?.has(n.id) ? 'h' : ''}${v.lit?.has(n.id) ? 'l' : ''}`,
  );
  const edges = v.edges.map(
    (e) =>
      `${e.id}:${e.from}>${e.to}:${e.symbol ?? ''}:${e.ariaLabel}:${e.gradPending ? 'p' : ''}${e.grad === undefined ? '' : 'g'}${v.lit?.has(e.id) ? 'l' : ''}`,
  );
  return [v.title, nodes.join(), edges.join(), v.signals?.map((s) => s.id).join()].join('|');
}
