import type { Weights } from '../nn';
import { formatDecimal, limitText, parseDecimal } from './address/decimal';
import { paramValue, quote, type ReadQuery, readQuery, withParams } from './address/query';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X, type Loss2x2, paramAt } from './twoByTwo';

/**
 * The 2x2 network in the address bar: `?W1=a,b,bF;c,d,bG&W2=e,f,bH;g,h,bI&x=i1,i2&t=t1,t2`
 * (rows split by `;`, entries by `,`). Parsing never throws: a value that is missing,
 * malformed or out of range keeps its default, and a notice quotes it and states the rule.
 * `half=1` switches the error to Mazur's ½Σ(out − t)²; without it (every older link) the
 * error is the page's Σ(out − t)².
 */
export interface Network2x2 {
  weights: Weights;
  x: number[];
  t: number[];
  loss2x2?: Loss2x2;
}

export interface ParsedNetwork extends Partial<Network2x2> {
  notices: string[];
}

/** Every weight, bias, input and target a link may set lies within ±MAX_ABS. */
export const MAX_ABS = 1e6;
export const NETWORK_PARAMS: ReadonlySet<string> = new Set(['W1', 'W2', 'x', 't', 'half']);

const within = `a decimal number within ±${limitText(MAX_ABS)}`;

/** The value, or null when it breaks the rule. */
function entry(raw: string): number | null {
  const v = parseDecimal(raw);
  return v !== null && Math.abs(v) <= MAX_ABS ? v : null;
}

function parseMatrix(raw: string, layer: 0 | 1, notices: string[]): number[][] {
  const name = `W${layer + 1}`;
  const defaults = DEFAULT_WEIGHTS[layer] as number[][];
  const rows = raw.split(';');
  if (rows.length !== 2 || rows.some((r) => r.split(',').length !== 3)) {
    notices.push(
      `${name} was ${quote(raw)}: it must be 2 rows of 3 numbers, rows split by “;” and entries by “,”. Missing entries keep their defaults and extra ones are ignored.`,
    );
  }
  return defaults.map((row, i) =>
    row.map((def, j) => {
      const cell = rows[i]?.split(',')[j];
      if (cell === undefined) return def;
      const v = entry(cell);
      if (v === null) {
        const sym = paramAt(layer, i, j)?.label ?? `${name}[${i + 1}][${j + 1}]`;
        const kind = j === 2 ? 'bias' : 'weight';
        notices.push(
          `${name} row ${i + 1}, column ${j + 1} (${sym}) was ${quote(cell)}: a ${kind} must be ${within}. The ${kind} ${sym} keeps its default, ${def}.`,
        );
      }
      return v ?? def;
    }),
  );
}

interface VectorSpec {
  name: 'x' | 't';
  labels: readonly string[];
  /** the noun, and its indefinite article */
  kind: 'input' | 'target';
  article: 'an' | 'a';
  defaults: readonly number[];
}

const X_SPEC: VectorSpec = {
  name: 'x',
  labels: ['i1', 'i2'],
  kind: 'input',
  article: 'an',
  defaults: DEFAULT_X,
};
const T_SPEC: VectorSpec = {
  name: 't',
  labels: ['t1', 't2'],
  kind: 'target',
  article: 'a',
  defaults: DEFAULT_T,
};

function parseVector(raw: string, spec: VectorSpec, notices: string[]): number[] {
  const cells = raw.split(',');
  const n = spec.defaults.length;
  if (cells.length !== n) {
    notices.push(
      `${spec.name} was ${quote(raw)}: it must be ${n} numbers split by “,”. Missing entries keep their defaults and extra ones are ignored.`,
    );
  }
  return spec.defaults.map((def, i) => {
    const cell = cells[i];
    if (cell === undefined) return def;
    const v = entry(cell);
    const label = spec.labels[i];
    if (v === null) {
      notices.push(
        `${spec.name} entry ${i + 1} (${label}) was ${quote(cell)}: ${spec.article} ${spec.kind} must be ${within}. The ${spec.kind} ${label} keeps its default, ${def}.`,
      );
    }
    return v ?? def;
  });
}

const copyDefaults = (layer: 0 | 1) => (DEFAULT_WEIGHTS[layer] as number[][]).map((r) => [...r]);

/** What the query sets of the 2x2 network; a pair that does not decode is ignored (the sync reports it). */
export function parseNetworkQuery(search: string | ReadQuery): ParsedNetwork {
  const query = typeof search === 'string' ? readQuery(search) : search;
  const notices: string[] = [];
  const result: ParsedNetwork = { notices };
  const w1 = paramValue(query, 'W1');
  const w2 = paramValue(query, 'W2');
  if (w1 !== null || w2 !== null) {
    result.weights = [
      w1 === null ? copyDefaults(0) : parseMatrix(w1, 0, notices),
      w2 === null ? copyDefaults(1) : parseMatrix(w2, 1, notices),
    ];
  }
  const x = paramValue(query, 'x');
  if (x !== null) result.x = parseVector(x, X_SPEC, notices);
  const t = paramValue(query, 't');
  if (t !== null) result.t = parseVector(t, T_SPEC, notices);
  const half = paramValue(query, 'half');
  if (half === '1') result.loss2x2 = 'half-squared';
  else if (half === '0') result.loss2x2 = 'squared';
  else if (half !== null) {
    notices.push(
      `half was ${quote(half)}: it must be 1 (the error with Mazur's ½) or 0 (without it). The error stays without the ½.`,
    );
  }
  return result;
}

/** The network's own parameters, `name=value`, in the order the address shows them. */
export function networkParams(net: Network2x2): string[] {
  const matrix = (m: readonly (readonly number[])[]) =>
    m.map((r) => r.map(formatDecimal).join(',')).join(';');
  return [
    `W1=${matrix(net.weights[0] ?? [])}`,
    `W2=${matrix(net.weights[1] ?? [])}`,
    `x=${net.x.map(formatDecimal).join(',')}`,
    `t=${net.t.map(formatDecimal).join(',')}`,
    ...(net.loss2x2 === 'half-squared' ? ['half=1'] : []),
  ];
}

/** The address for this network, keeping every query parameter that is not ours. */
export function networkQuery(current: string, net: Network2x2): string {
  return withParams(current, NETWORK_PARAMS, networkParams(net));
}
