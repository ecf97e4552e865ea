/**
 * TeX as a reader can paste it into a document (src/classroom/copy): the page's markup for
 * highlighting and number slots is taken out, what it wraps is kept.
 */
const MARKUP = /\\html(?:Data|Class)\{/g;

/** The braced group that starts at `open` (a '{'): its content and the index after its '}'. */
function group(tex: string, open: number): { inner: string; end: number } {
  let depth = 0;
  for (let i = open; i < tex.length; i++) {
    const ch = tex[i];
    if (ch === '\\') {
      i++; // an escaped character, \{ or \}, is not a brace
      continue;
    }
    if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return { inner: tex.slice(open + 1, i), end: i + 1 };
  }
  return { inner: tex.slice(open + 1), end: tex.length };
}

/** A group that is one symbol or number needs no braces once its markup is gone. */
const ATOM = /^(?:-?[\w.]+|\\[a-zA-Z]+)$/;

/**
 * The TeX a reader can paste into a document: `\htmlData{q=grad:e}{0.1643}` (how the page marks
 * a term for highlighting) becomes `0.1643`. Everything else is left as it is.
 */
export function plainTex(tex: string): string {
  let result = '';
  let from = 0;
  MARKUP.lastIndex = 0;
  for (let m = MARKUP.exec(tex); m; m = MARKUP.exec(tex)) {
    const attrs = group(tex, m.index + m[0].length - 1);
    if (tex[attrs.end] !== '{') continue;
    const body = group(tex, attrs.end);
    const inner = plainTex(body.inner);
    result += tex.slice(from, m.index) + (ATOM.test(inner.trim()) ? inner.trim() : `{${inner}}`);
    from = body.end;
    MARKUP.lastIndex = body.end;
  }
  return (result + tex.slice(from)).replace(/\s+/g, ' ').trim();
}
