import { setText } from '../../app/setText';
import { type EdgeView, edgeLooks, handleLook, type NodeView, nodeLook } from './diagramLooks';

/** What a diagram's numbers are drawn from: the props of NetworkDiagram that carry numbers. */
export interface DiagramNumbers {
  nodes: readonly NodeView[];
  edges: readonly EdgeView[];
  hiddenValues?: ReadonlySet<string>;
  span?: number;
  gradSpan?: number;
}

/** The elements of a drawn diagram that carry numbers, by edge or node id. */
interface Parts {
  edges: Map<string, SVGElement>;
  handles: Map<
    string,
    { g: Element; value: Element | null; box: Element | null; hit: Element | null; arrows: Element | null }
  >;
  nodes: Map<
    string,
    {
      circle: SVGElement | null;
      label: Element | null;
      value: Element | null;
      delta: Element | null;
      target: Element | null;
    }
  >;
}

/** each element `selector` finds in `svg`, described by `part`, by its quantity key (`data-q`) */
function byKey<T>(svg: SVGSVGElement, selector: string, part: (el: SVGElement) => T): Map<string, T> {
  return new Map([...svg.querySelectorAll<SVGElement>(selector)].map((el) => [el.dataset.q ?? '', part(el)]));
}

function partsOf(svg: SVGSVGElement): Parts {
  return {
    edges: byKey(svg, 'line.edge[data-q]', (el) => el),
    handles: byKey(svg, 'g.weight-handle[data-q]', (g) => ({
      g,
      value: g.querySelector('.weight-handle__value'),
      box: g.querySelector('.weight-handle__box'),
      hit: g.querySelector('.weight-handle__hit'),
      arrows: g.querySelector('.weight-handle__arrows'),
    })),
    nodes: byKey(svg, 'g.node[data-q]', (g) => ({
      circle: g.querySelector('circle'),
      label: g.querySelector(':scope > text:first-of-type'),
      value: g.querySelector('.node__value'),
      delta: g.querySelector('.node__delta'),
      target: g.querySelector('.node__target'),
    })),
  };
}

/**
 * A writer of new numbers into a diagram NetworkDiagram drew from a view of the same shape
 * (diagramShape): edge colours and widths, node fills and values, the texts around the nodes,
 * and each handle's value, chip size and words. It writes only what differs from what it last
 * wrote, in place (a text node's value, an attribute, a style property), so a dragged weight
 * touches the few elements it moves and React renders nothing. The looks come from
 * diagramLooks.ts, as the JSX's do. After a render (`rendered`), what it knew of the drawn
 * elements is stale: it finds them again and writes every edge and node, comparing with the DOM.
 */
export function diagramPatcher() {
  let parts: Parts | null = null;
  /** the numbers each edge and node was last written with: one that kept them is skipped */
  let drawn = new Map<string, readonly unknown[]>();
  const same = (key: string, numbers: readonly unknown[]) => {
    const before = drawn.get(key);
    drawn.set(key, numbers);
    return (
      before !== undefined &&
      before.length === numbers.length &&
      before.every((v, i) => Object.is(v, numbers[i]))
    );
  };
  /** set an attribute (a style property for `style:…`) unless it already holds the value */
  const put = (el: Element | null | undefined, name: string, value: string | null) => {
    if (!el) return;
    if (name.startsWith('style:')) {
      const style = (el as SVGElement).style;
      const prop = name.slice(6) as 'stroke' | 'fill';
      if (style[prop] !== (value ?? '')) style[prop] = value ?? '';
    } else if (el.getAttribute(name) !== value) {
      if (value === null) el.removeAttribute(name);
      else el.setAttribute(name, value);
    }
  };
  return (svg: SVGSVGElement, view: DiagramNumbers, rendered: boolean) => {
    if (rendered || !parts) {
      parts = partsOf(svg);
      drawn = new Map();
    }
    const span = view.span ?? 1;
    const gradSpan = view.gradSpan ?? 1;
    const look = edgeLooks(span, gradSpan);
    for (const e of view.edges) {
      if (same(`e:${e.id}`, [e.weight, e.grad, e.gradPending, e.detail, span, gradSpan])) continue;
      const line = parts.edges.get(e.id);
      if (line) {
        const l = look(e);
        put(line, 'style:stroke', l.stroke ?? null);
        put(line, 'stroke-width', String(l.strokeWidth));
        put(line, 'data-grad', l.grad === undefined ? null : String(l.grad));
      }
      const handle = parts.handles.get(e.id);
      if (handle && e.symbol) {
        const h = handleLook(e.symbol, e.weight, e.detail);
        setText(handle.value, h.valueText);
        put(handle.g, 'aria-valuenow', h.valueNow);
        put(handle.g, 'aria-valuetext', h.valueWords);
        put(handle.box, 'x', String(-h.width / 2));
        put(handle.box, 'width', String(h.width));
        put(handle.hit, 'x', String(-h.hitWidth / 2));
        put(handle.hit, 'width', String(h.hitWidth));
        put(handle.arrows, 'd', h.arrows);
      }
    }
    for (const n of view.nodes) {
      const node = parts.nodes.get(n.id);
      const hidden = view.hiddenValues?.has(n.id) ?? false;
      if (!node || same(`n:${n.id}`, [n.value, n.activation, n.deltaText, n.targetText, hidden])) continue;
      const l = nodeLook(n, hidden);
      put(node.circle, 'style:fill', l.fill ?? null);
      put(node.label, 'class', l.labelClass);
      if (l.valueText !== undefined) setText(node.value, l.valueText);
      if (n.deltaText) setText(node.delta, n.deltaText);
      if (n.targetText) setText(node.target, n.targetText);
    }
  };
}
