import type { Weights } from '../nn';

/**
 * The 2x2 network of the derivation: inputs i1, i2; hidden F, G; outputs H, I.
 * W1 = [[a, b, β_F], [c, d, β_G]] and W2 = [[e, f, β_H], [g, h, β_I]]: one row per
 * receiving unit, a last column for the bias (the weight on the appended 1).
 */
export type ParamId = 'a' | 'b' | 'bF' | 'c' | 'd' | 'bG' | 'e' | 'f' | 'bH' | 'g' | 'h' | 'bI';
export type NodeId = 'i1' | 'i2' | 'one0' | 'F' | 'G' | 'one1' | 'H' | 'I';

export interface ParamInfo {
  id: ParamId;
  layer: 0 | 1;
  row: number;
  col: number;
  /**
   * TeX for the symbol, e.g. `\beta_F`. The biases are written β_F … β_I on the page so they
   * cannot be confused with the weight b; their ids (bF …) and the URL keep the plain letters.
   */
  tex: string;
  /** plain-text name for labels and screen readers, e.g. `β_F` */
  label: string;
  from: NodeId;
  to: NodeId;
}

/** `\beta_F` is read as `β_F` in plain text */
const plain = (tex: string) => tex.replace('\\beta', 'β').replace(/[{}]/g, '');
const p = (id: ParamId, layer: 0 | 1, row: number, col: number, tex: string, from: NodeId, to: NodeId) =>
  ({ id, layer, row, col, tex, label: plain(tex), from, to }) satisfies ParamInfo;

/** In the order (layer, row, col), which is also the engine's gradient-check order. */
export const PARAMS: readonly ParamInfo[] = [
  p('a', 0, 0, 0, 'a', 'i1', 'F'),
  p('b', 0, 0, 1, 'b', 'i2', 'F'),
  p('bF', 0, 0, 2, '\\beta_F', 'one0', 'F'),
  p('c', 0, 1, 0, 'c', 'i1', 'G'),
  p('d', 0, 1, 1, 'd', 'i2', 'G'),
  p('bG', 0, 1, 2, '\\beta_G', 'one0', 'G'),
  p('e', 1, 0, 0, 'e', 'F', 'H'),
  p('f', 1, 0, 1, 'f', 'G', 'H'),
  p('bH', 1, 0, 2, '\\beta_H', 'one1', 'H'),
  p('g', 1, 1, 0, 'g', 'F', 'I'),
  p('h', 1, 1, 1, 'h', 'G', 'I'),
  p('bI', 1, 1, 2, '\\beta_I', 'one1', 'I'),
];

export const PARAM_BY_ID: Readonly<Record<ParamId, ParamInfo>> = Object.fromEntries(
  PARAMS.map((q) => [q.id, q]),
) as Record<ParamId, ParamInfo>;

/** The symbol that sits at W[layer][row][col]. */
export function paramAt(layer: number, row: number, col: number): ParamInfo | undefined {
  return PARAMS.find((q) => q.layer === layer && q.row === row && q.col === col);
}

/**
 * Defaults: a well-known worked example (inputs 0.05, 0.10; targets 0.01, 0.99), so a
 * reader can check our numbers against a hand computation.
 */
export const DEFAULT_WEIGHTS: Weights = [
  [
    [0.15, 0.2, 0.35],
    [0.25, 0.3, 0.35],
  ],
  [
    [0.4, 0.45, 0.6],
    [0.5, 0.55, 0.6],
  ],
];
export const DEFAULT_X: readonly number[] = [0.05, 0.1];
export const DEFAULT_T: readonly number[] = [0.01, 0.99];

/**
 * The 2x2 sections' error: 'squared' E = Σ(out − t)², the page's convention (no ½), or
 * 'half-squared' E = ½Σ(out − t)², Mazur's, under which every gradient is exactly half as large.
 */
export type Loss2x2 = 'squared' | 'half-squared';
export const DEFAULT_LOSS_2X2: Loss2x2 = 'squared';

/** The range a slider offers; values typed or loaded outside it are kept, not clamped. */
export const PARAM_RANGE = { min: -10, max: 10 } as const;
export const INPUT_RANGE = { min: -5, max: 5 } as const;
export const TARGET_RANGE = { min: 0, max: 1 } as const;

/**
 * Matt Mazur, "A Step by Step Backpropagation Example" (2015): i1 = 0.05, i2 = 0.10,
 * w1 … w4 = a, b, c, d; w5 … w8 = e, f, g, h; b1 = 0.35 on both hidden units, b2 = 0.60 on both
 * outputs; targets 0.01, 0.99. With his ½ he prints E_total = 0.298371109 and
 * ∂E/∂w5 = ∂E/∂e = 0.082167041. (The page's defaults are the same numbers.)
 */
export const MAZUR_WEIGHTS: Weights = [
  [
    [0.15, 0.2, 0.35],
    [0.25, 0.3, 0.35],
  ],
  [
    [0.4, 0.45, 0.6],
    [0.5, 0.55, 0.6],
  ],
];
export const MAZUR_X: readonly number[] = [0.05, 0.1];
export const MAZUR_T: readonly number[] = [0.01, 0.99];
