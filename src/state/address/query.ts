/**
 * The query string read and rewritten without ever throwing. `decodeURIComponent` throws on a
 * malformed escape (`%`, `%zz`), and one stray `%=1` in a shared link used to blank the page.
 * Here every `name=value` pair is decoded on its own: a pair that does not decode becomes a
 * notice and is left out of the address the page writes back.
 *
 * A `+` is kept as `+` rather than read as a space (the form-encoding rule): the page's own
 * parameters hold numbers, where `1e+5` can only mean 1e+5.
 */
export interface QueryPair {
  /** the pair as it stood in the address, still encoded */
  raw: string;
  name: string;
  /** null for a bare `name` without `=` */
  value: string | null;
}

export interface ReadQuery {
  pairs: readonly QueryPair[];
  /** the pairs that could not be decoded, as they stood in the address */
  malformed: readonly string[];
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

const rawPairs = (search: string) =>
  search
    .replace(/^\?/, '')
    .split('&')
    .filter((kv) => kv !== '');

export function readQuery(search: string): ReadQuery {
  const pairs: QueryPair[] = [];
  const malformed: string[] = [];
  for (const raw of rawPairs(search)) {
    const eq = raw.indexOf('=');
    const name = decode(eq < 0 ? raw : raw.slice(0, eq));
    const value = eq < 0 ? null : decode(raw.slice(eq + 1));
    if (name === null || (eq >= 0 && value === null)) malformed.push(raw);
    else pairs.push({ raw, name, value });
  }
  return { pairs, malformed };
}

/** The first value given for `name` (a bare `name` counts as ''), or null when it is absent. */
export function paramValue(query: ReadQuery, name: string): string | null {
  const pair = query.pairs.find((p) => p.name === name);
  return pair ? (pair.value ?? '') : null;
}

/**
 * The query with every pair named in `names` replaced by `mine` (already encoded `name=value`
 * texts, placed first), every other decodable pair kept exactly as it was, and every pair that
 * does not decode dropped.
 */
export function withParams(search: string, names: ReadonlySet<string>, mine: readonly string[]): string {
  const kept = readQuery(search)
    .pairs.filter((p) => !names.has(p.name))
    .map((p) => p.raw);
  const all = [...mine, ...kept];
  return all.length ? `?${all.join('&')}` : '';
}

/** A raw text as a message quotes it: long texts are cut, with their length said. */
export function quote(raw: string, max = 40): string {
  if (raw === '') return 'empty';
  return raw.length > max ? `“${raw.slice(0, max)}…” (${count(raw.length)} characters)` : `“${raw}”`;
}

/** 19997 → “19,997”, the same in every locale. */
export const count = (n: number) => n.toLocaleString('en-US');

/** The notice for the pairs `readQuery` could not decode. */
export function malformedNotice(malformed: readonly string[]): string[] {
  if (!malformed.length) return [];
  const shown = malformed
    .slice(0, 3)
    .map((m) => quote(m))
    .join(', ');
  const more = malformed.length > 3 ? ` and ${count(malformed.length - 3)} more` : '';
  const one = malformed.length === 1;
  return [
    `The address held ${shown}${more}, which ${one ? 'is' : 'are'} not valid percent-encoding: a “%” must be followed by two hexadecimal digits that spell UTF-8. ${one ? 'It was' : 'They were'} removed from the address.`,
  ];
}
