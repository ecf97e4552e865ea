/**
 * A figure's diagram as a file a reader can keep: the live SVG, cloned, with every element's
 * computed style written onto it (so CSS custom properties and light-dark() arrive as the
 * current theme's colours), a background in the figure panel's colour, and its size. Fonts are
 * named by family, not embedded.
 */

/** The presentation properties a diagram's look depends on. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
  'display',
  'vector-effect',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The figure's main diagram: the network diagram where there is one, else the largest SVG in
 * it (a chart). Icons inside buttons and KaTeX's glyph SVGs are never the largest.
 */
export function mainDiagram(figure: Element): SVGSVGElement | null {
  const network = figure.querySelector<SVGSVGElement>('svg.network-diagram');
  if (network) return network;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.closest('.katex, button, .figure-tools')) continue;
    const r = svg.getBoundingClientRect();
    if (r.width * r.height > bestArea) {
      best = svg;
      bestArea = r.width * r.height;
    }
  }
  return best;
}

export interface StandaloneSvg {
  text: string;
  width: number;
  height: number;
}

/** The SVG as a standalone document, styled as it looks now. */
export function standaloneSvg(svg: SVGSVGElement, background: string): StandaloneSvg {
  const win = svg.ownerDocument.defaultView ?? window;
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    const cs = win.getComputedStyle(el);
    const style = STYLE_PROPERTIES.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
    copy.setAttribute('style', style);
    // page-only attributes mean nothing in a file
    for (const a of ['tabindex', 'data-q', 'aria-describedby']) copy.removeAttribute(a);
  });
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const vb = svg.viewBox.baseVal;
  const view =
    vb && vb.width > 0
      ? { x: vb.x, y: vb.y, w: vb.width, h: vb.height }
      : { x: 0, y: 0, w: width, h: height };
  clone.setAttribute('viewBox', `${view.x} ${view.y} ${view.w} ${view.h}`);
  const rect = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('x', String(view.x));
  rect.setAttribute('y', String(view.y));
  rect.setAttribute('width', String(view.w));
  rect.setAttribute('height', String(view.h));
  rect.setAttribute('fill', background);
  clone.insertBefore(rect, clone.firstChild);
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  return { text, width, height };
}

/** The figure panel's background colour, resolved for the current theme. */
export function figureBackground(figure: Element): string {
  const panel = figure.querySelector('.section__figure-inner') ?? figure;
  const win = figure.ownerDocument.defaultView ?? window;
  const bg = win.getComputedStyle(panel).backgroundColor;
  return bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent'
    ? bg
    : win.getComputedStyle(figure.ownerDocument.body).backgroundColor || '#ffffff';
}

/** The SVG drawn at `scale` times its size, as a PNG. */
export async function svgToPng(svg: StandaloneSvg, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the browser could not draw the SVG'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('this browser gives no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob under `name` through an <a download>. */
export function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
