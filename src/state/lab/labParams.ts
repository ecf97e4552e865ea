import { DEFAULT_WIDTH, labSizes, WIDTH_RANGE } from './labConfig';

/**
 * The 2-h-1 network's 4h + 1 parameters (17 for the default 2-4-1), named as the prose names
 * them: W1 (h x 3) maps (i1, i2, 1) to the hidden units h1..hh, W2 (1 x (h+1)) maps (h1..hh, 1)
 * to the output o. Rows and columns are 1-based in names, 0-based in `layer/row/col`. An id
 * names the same weight at every width (`L0r0c0` is always W1[1,1]).
 */
export interface LabParam {
  /** stable id, also the diagram's edge id: `L0r1c2` */
  id: string;
  layer: number;
  row: number;
  col: number;
  /** index into the flat parameter vector (layer by layer, row by row) */
  flat: number;
  /** `W1[2,3]` */
  name: string;
  /** what it connects: `i2 → h1`, or `bias of h2` */
  role: string;
  /** diagram node ids at either end */
  from: string;
  to: string;
}

/** Diagram node id of unit `i` (0-based) in layer `l` (0 = inputs), or of its appended 1. */
export function unitId(l: number, i: number, width = DEFAULT_WIDTH): string {
  const sizes = labSizes(width);
  const n = sizes[l] ?? 0;
  if (i === n) return `one${l}`;
  if (l === 0) return `i${i + 1}`;
  if (l === sizes.length - 1) return n === 1 ? 'o' : `o${i + 1}`;
  return `h${i + 1}`;
}

/** Reader-facing name of a unit: `i1`, `h3`, `o`, `the constant 1`. */
export function unitName(l: number, i: number, width = DEFAULT_WIDTH): string {
  const id = unitId(l, i, width);
  return id.startsWith('one') ? 'the constant 1' : id;
}

function buildParams(width: number): LabParam[] {
  const sizes = labSizes(width);
  const params: LabParam[] = [];
  let flat = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    const senders = sizes[l] ?? 0;
    for (let row = 0; row < (sizes[l + 1] ?? 0); row++) {
      for (let col = 0; col <= senders; col++) {
        const from = unitId(l, col, width);
        const to = unitId(l + 1, row, width);
        params.push({
          id: `L${l}r${row}c${col}`,
          layer: l,
          row,
          col,
          flat: flat++,
          name: `W${l + 1}[${row + 1},${col + 1}]`,
          role: col === senders ? `bias of ${to}` : `${from} → ${to}`,
          from,
          to,
        });
      }
    }
  }
  return params;
}

const BY_WIDTH: readonly (readonly LabParam[])[] = Array.from({ length: WIDTH_RANGE.max + 1 }, (_, w) =>
  Object.freeze(w >= WIDTH_RANGE.min ? buildParams(w) : []),
);

/** The parameters of the network with `width` hidden units (built once per width). */
export const labParams = (width: number): readonly LabParam[] => BY_WIDTH[width] ?? buildParams(width);
/** The default 2-4-1 network's 17 parameters. */
export const LAB_PARAMS: readonly LabParam[] = labParams(DEFAULT_WIDTH);
/** How many numbers a network of `width` hidden units has: W1 (width x 3) and W2 (1 x (width + 1)). */
export const paramCount = (width: number) => 4 * width + 1;
export const PARAM_COUNT = paramCount(DEFAULT_WIDTH);

export const paramById = (id: string, width = DEFAULT_WIDTH): LabParam | undefined =>
  labParams(width).find((p) => p.id === id);

export function paramAt(
  layer: number,
  row: number,
  col: number,
  width = DEFAULT_WIDTH,
): LabParam | undefined {
  return labParams(width).find((p) => p.layer === layer && p.row === row && p.col === col);
}

/** `W2[1,5] (bias of o)`: how messages name a parameter. */
export const describeParam = (p: LabParam) => `${p.name} (${p.role})`;
