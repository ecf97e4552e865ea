import type { Weights } from '../nn';
import { DEFAULT_T, DEFAULT_WEIGHTS, DEFAULT_X, PARAMS } from './twoByTwo';

/**
 * The 2x2 network in the address bar: `?W1=a,b,bF;c,d,bG&W2=e,f,bH;g,h,bI&x=i1,i2&t=t1,t2`
 * (rows split by `;`, entries by `,`). Parsing never throws: a value that is missing,
 * malformed or not finite keeps its default, and a notice names it.
 */
export interface Network2x2 {
  weights: Weights;
  x: number[];
  t: number[];
}

export interface ParsedNetwork extends Partial<Network2x2> {
  notices: string[];
}

const MAX_ABS = 1e6;

function parseNumber(raw: string | undefined): number | null {
  if (raw === undefined || raw.trim() === '') return null;
  const v = Number(raw.trim());
  return Number.isFinite(v) && Math.abs(v) <= MAX_ABS ? v : null;
}

const show = (raw: string) => `“${raw.length > 24 ? `${raw.slice(0, 24)}…` : raw}”`;

function parseMatrix(raw: string, layer: 0 | 1, notices: string[]): number[][] {
  const name = `W${layer + 1}`;
  const defaults = DEFAULT_WEIGHTS[layer] as number[][];
  const rows = raw.split(';');
  if (rows.length !== 2 || rows.some((r) => r.split(',').length !== 3)) {
    notices.push(
      `${name} should be 2 rows of 3 numbers (rows split by “;”, entries by “,”); missing entries keep their defaults.`,
    );
  }
  return defaults.map((row, i) =>
    row.map((def, j) => {
      const cell = rows[i]?.split(',')[j];
      const v = parseNumber(cell);
      if (v === null && cell !== undefined) {
        const sym =
          PARAMS.find((p) => p.layer === layer && p.row === i && p.col === j)?.label ?? `${name}[${i}][${j}]`;
        notices.push(`${sym} in ${name} is ${show(cell)}, not a finite number; it keeps its default ${def}.`);
      }
      return v ?? def;
    }),
  );
}

function parseVector(
  raw: string,
  name: string,
  labels: readonly string[],
  defaults: readonly number[],
  notices: string[],
) {
  const cells = raw.split(',');
  if (cells.length !== defaults.length)
    notices.push(`${name} should be ${defaults.length} numbers split by “,”.`);
  return defaults.map((def, i) => {
    const v = parseNumber(cells[i]);
    if (v === null && cells[i] !== undefined) {
      notices.push(
        `${labels[i]} is ${show(cells[i] ?? '')}, not a finite number; it keeps its default ${def}.`,
      );
    }
    return v ?? def;
  });
}

export function parseNetworkQuery(search: string): ParsedNetwork {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const result: ParsedNetwork = { notices };
  const w1 = params.get('W1');
  const w2 = params.get('W2');
  if (w1 !== null || w2 !== null) {
    result.weights = [
      w1 === null ? (DEFAULT_WEIGHTS[0] as number[][]).map((r) => [...r]) : parseMatrix(w1, 0, notices),
      w2 === null ? (DEFAULT_WEIGHTS[1] as number[][]).map((r) => [...r]) : parseMatrix(w2, 1, notices),
    ];
  }
  const x = params.get('x');
  if (x !== null) result.x = parseVector(x, 'x', ['i1', 'i2'], DEFAULT_X, notices);
  const t = params.get('t');
  if (t !== null) result.t = parseVector(t, 't', ['t1', 't2'], DEFAULT_T, notices);
  return result;
}

/** Shortest text that reads back as the same double. */
const num = (v: number) => String(v);

/** The address for this network, keeping every query parameter that is not ours. */
export function networkQuery(current: string, net: Network2x2): string {
  const ours = new Set(['W1', 'W2', 'x', 't']);
  const kept = current
    .replace(/^\?/, '')
    .split('&')
    .filter((kv) => kv !== '' && !ours.has(decodeURIComponent(kv.split('=')[0] ?? '')));
  const matrix = (m: readonly (readonly number[])[]) => m.map((r) => r.map(num).join(',')).join(';');
  const mine = [
    `W1=${matrix(net.weights[0] ?? [])}`,
    `W2=${matrix(net.weights[1] ?? [])}`,
    `x=${net.x.map(num).join(',')}`,
    `t=${net.t.map(num).join(',')}`,
  ];
  return `?${[...mine, ...kept].join('&')}`;
}
