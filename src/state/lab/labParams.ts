import { LAB_SIZES } from './labConfig';

/**
 * The 2-4-1 network's 17 parameters, named as the prose names them: W1 (4x3) maps (i1, i2, 1)
 * to the hidden units h1..h4, W2 (1x5) maps (h1..h4, 1) to the output o. Rows and columns are
 * 1-based in names, 0-based in `layer/row/col`.
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
export function unitId(l: number, i: number): string {
  const n = LAB_SIZES[l] ?? 0;
  if (i === n) return `one${l}`;
  if (l === 0) return `i${i + 1}`;
  if (l === LAB_SIZES.length - 1) return n === 1 ? 'o' : `o${i + 1}`;
  return `h${i + 1}`;
}

/** Reader-facing name of a unit: `i1`, `h3`, `o`, `the constant 1`. */
export function unitName(l: number, i: number): string {
  const id = unitId(l, i);
  return id.startsWith('one') ? 'the constant 1' : id;
}

function buildParams(): LabParam[] {
  const params: LabParam[] = [];
  let flat = 0;
  for (let l = 0; l + 1 < LAB_SIZES.length; l++) {
    const senders = LAB_SIZES[l] ?? 0;
    for (let row = 0; row < (LAB_SIZES[l + 1] ?? 0); row++) {
      for (let col = 0; col <= senders; col++) {
        const from = unitId(l, col);
        const to = unitId(l + 1, row);
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

export const LAB_PARAMS: readonly LabParam[] = Object.freeze(buildParams());
export const PARAM_COUNT = LAB_PARAMS.length;

export const paramById = (id: string): LabParam | undefined => LAB_PARAMS.find((p) => p.id === id);

export function paramAt(layer: number, row: number, col: number): LabParam | undefined {
  return LAB_PARAMS.find((p) => p.layer === layer && p.row === row && p.col === col);
}

/** `W2[1,5] (bias of o)`: how messages name a parameter. */
export const describeParam = (p: LabParam) => `${p.name} (${p.role})`;
