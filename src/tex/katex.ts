import type katexType from 'katex';

/**
 * Live math (formulas with the reader's numbers) is typeset in the browser. KaTeX's JavaScript
 * loads after first paint: until it arrives, `renderTex` returns null and callers show the
 * plain-text fallback. Results are memoised: dragging a weight re-typesets only the formulas
 * whose numbers changed.
 */
let katex: typeof katexType | null = null;
let loading: Promise<typeof katexType> | null = null;
const listeners = new Set<() => void>();

export function loadKatex(): Promise<typeof katexType> {
  loading ??= import('katex').then((m) => {
    katex = m.default;
    for (const l of listeners) l();
    listeners.clear();
    return katex;
  });
  return loading;
}

export const isKatexReady = () => katex !== null;

/** Call `listener` once KaTeX is here, asking for it now if nobody has. */
export function onKatexReady(listener: () => void): () => void {
  if (katex) return () => {};
  listeners.add(listener);
  void loadKatex();
  return () => listeners.delete(listener);
}

/** Only the markup commands texTerm and number slots use; no links, no raw HTML. */
const allowMarkup = (ctx: { command: string }) =>
  ctx.command === '\\htmlClass' || ctx.command === '\\htmlData';

const MAX_CACHE = 2000;
const cache = new Map<string, string>();

export function renderTex(tex: string, displayMode = false): string | null {
  if (!katex) return null;
  const key = (displayMode ? 'D' : 'I') + tex;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = katex.renderToString(tex, {
    displayMode,
    throwOnError: false,
    output: 'html',
    trust: allowMarkup,
    strict: 'ignore',
  });
  if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value as string);
  cache.set(key, html);
  return html;
}
